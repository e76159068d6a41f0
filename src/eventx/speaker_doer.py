"""Who spoke did the deed a pronoun after the speech verb stands for: "أعلنت
الشرطة أنها قتلت ثلاثة متشددين"، "وقالت حركة طالبان إنها هاجمت قاعدة".

Why: the deed verb's subject is the pronoun glued to the complementizer, and
the slots read no name before a complementizer as the subject of what follows
it (the speaker is who told the deed, set aside in the deed slots).  When the
pronoun stands right before the deed verb, it is the speaker that did the
deed: a claim of one's own act, where the pronoun agrees with the speech
verb (a feminine verb, أعلنت، with أنها).  The masculine pronoun may be the dummy one
of a passive ("قال الجيش إنه قتل جندي": a soldier was killed), so it counts
only for deeds that are no killing.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import ActorMention, Sentence, prev_word
from eventx.grammar_words import words

_PRONOUNS: Final = words("speaker_pronouns")
_MASCULINE: Final = words("speaker_pronouns_masculine")
# how far the speech verb may stand before the pronoun (its subject, a place
# or a day between: "أعلنت الشرطة في بنغلادش أنها")
_REACH: Final = 8
# kinds of actor that carry out deeds
_DOERS: Final = frozenset({"state_forces", "armed_group", "government", "international"})


def speaker_doer(s: Sentence, t_first: int, killing: bool,
                 speech_at: Sequence[int]) -> ActorMention | None:
    """The speaker the pronoun right before the deed verb at ``t_first``
    stands for: the name right after the speech verb (at a position of
    ``speech_at``) that governs the pronoun, or right before it; None where
    there is no such pronoun, verb or name.  ``killing``: the deed is a
    killing (the masculine pronoun then says nothing)."""
    k = prev_word(s, t_first)
    if k < 0 or k != t_first - 1:
        return None
    w = s.texts[k]
    if w not in _PRONOUNS and (killing or w not in _MASCULINE):
        return None
    verbs = [v for v in speech_at if k - _REACH <= v < k]
    if not verbs:
        return None
    v = verbs[-1]
    if s.texts[v].endswith("ت") != w.endswith("ها"):
        # "وأشارت السلطات إلى أنه فجر نفسه": a pronoun that does not agree with
        # the speech verb stands for someone else
        return None
    for a in s.actors:
        if a.info.kind not in _DOERS or a.adjective or a.thing:
            continue
        if a.first == v + 1 and a.last < k:
            return a  # "أعلنت الشرطة أنها"
        if a.last == prev_word(s, v):
            return a  # "الجماعة أعلنت أنها"
    return None
