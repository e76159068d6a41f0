"""Whom a deed is against: the party right after ضد، على or (في) مواجهة.

Why: a cue word near an actor ("نفذتها" before "مقاتلات تركية ضد تنظيم داعش")
or a loose slot condition can read the party after such a word as the doer of
a one-sided deed (an air strike, an arrest, a raid).  The preposition settles
it: what comes after it is what the deed was aimed at.  "على يد" is not one
of these: there the word before the actor is يد.  The word list is data
(``against_words`` in data/grammar_words.toml).
"""
from __future__ import annotations

from eventx.analysis import Sentence, is_punct, prev_word
from eventx.grammar_words import words as grammar_words
from eventx.text.clitics import variants


def after_against(s: Sentence, first: int) -> bool:
    """The token before position ``first`` (punctuation skipped) is ضد، على or
    مواجهة, bare or with proclitics (وضد، لمواجهة، بمواجهة); not with a pronoun
    glued after it ("القبض عليه قوات الأمن": the one held is the pronoun)."""
    j = first - 1
    while j >= 0 and is_punct(s.tokens[j]):
        j -= 1
    if j < 0:
        return False
    against = grammar_words("against_words")
    tok = s.tokens[j].text
    return any(v in against and tok.endswith(v) for v in variants(tok))


def joined_to_foe(s: Sentence, first: int, glued_and: bool) -> bool:
    """The actor starting at ``first`` is joined by و (glued on, ``glued_and``,
    or written apart) to an actor, or a chain of them, named right after ضد.

    Why: "بحث … العمليات التركية ضد «داعش» و«العمال الكردستاني»"، "عملياتها
    الأمنية ضد تنظيم داعش ومقاتلي حزب العمال": the preposition stands before
    the first conjunct only, yet the second is a foe of the same deed, never a
    party to the call or the talks that discuss it.  The word list is data
    (``joined_foe_words`` in data/grammar_words.toml)."""
    foe_words = grammar_words("joined_foe_words")
    by_last = {a.last: a for a in s.actors}
    start = first
    for _ in range(len(s.actors)):
        j = prev_word(s, start)
        if not glued_and:
            if j < 0 or s.tokens[j].text != "و":
                return False
            j = prev_word(s, j)
        prev = by_last.get(j)
        if prev is None:
            return False
        k = prev_word(s, prev.first)
        if k >= 0 and any(v in foe_words for v in variants(s.tokens[k].text)):
            return True
        # a chain ("ضد داعش والنصرة وأحرار الشام"): the conjunct before may be
        # joined to one before it in turn
        tok = s.tokens[prev.first].text
        glued_and = tok.startswith("و") and not prev.info.name.startswith("و")
        start = prev.first
    return False
