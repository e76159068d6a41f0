"""A group named as a member's affiliation is no party of its own to the deed.

Why: "مقتل أبو الحسن التونسي، قيادي بارز بجبهة النصرة، أثناء معارك"، "أصيب رائد
بالجيش الوطني في انفجار لغم"، "قتل قائد ميداني للمليشيا الحوثية": the group
glued to ب or ل after a rank or membership noun says whose side that person
is on.  Read as any name near the deed it came out the clash's agent or the
blast's victim, though the one who fought or fell is the person.  The schema
has no affiliation field, so the group takes no role of doer or sufferer
(a source or a participant it may still be: "قال مسؤول بالشرطة").  A
count of members ("قتل 25 جنديا بالقوات الخاصة") stands for their force,
which keeps its role.  Tokens are NORMALISED (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, Sentence, prev_word
from eventx.grammar_words import words as grammar_words

__all__ = ["member_affiliation"]

# how many adjectives may stand between the member noun and the group
_REACH: Final = 2
# the member nouns, one person each, and their adjectives (both normalised)
_MEMBERS: Final = grammar_words("member_nouns")
_FILLERS: Final = grammar_words("member_fillers")


def member_affiliation(s: Sentence, a: ActorMention) -> int:
    """Where the member noun stands whose group ``a`` (glued to ب or ل, which
    the caller knows) names, with at most two of its adjectives between
    ("قياديا ميدانيا كبيرا بتنظيم القاعدة"); -1 for none."""
    j = prev_word(s, a.first)
    for _ in range(_REACH + 1):
        if j < 0:
            return -1
        word = s.texts[j]
        if word in _MEMBERS:
            # "ضابط بالجيش": the member may be an actor himself, and keeps his
            # role; "قتلت عشرين عنصرا لقوات النظام" counts the force's own men
            return -1 if _counted(s, j) else j
        if word not in _FILLERS or any(x.first <= j <= x.last for x in s.actors):
            return -1
        j = prev_word(s, j)
    return -1


def _counted(s: Sentence, j: int) -> bool:
    """Token ``j`` is the noun of a count ("25 جنديا"، "عشرين عنصرا"): the
    counted members stand for their force, which the deed hit or fought."""
    return any(s.token_at(c.start) < j <= s.token_at(c.end - 1) for c in s.counts)
