"""Who repels a deed suffered it.

Why: "تصدت المقاومة والجيش، أمس، لهجمات شنها الحوثيون"، "صد الجيش هجوما
للتنظيم": the resistance and the army were attacked and held; the subject of
the repelling verb is the deed's target, never its doer (GUIDELINES: the
agent is who did it).  Read as any subject before a deed, it came out an
agent beside the attackers.

Only a repelling word that governs the trigger counts: nothing but its
subject (an actor), a time word, a demonstrative or punctuation may stand
between ("صدت هذا الهجوم"، "تصدت القوات الخاصة أمس لهجوم").  "التصدي لحركة
طالبان بعدما حصد تفجير" and "التصدي للتيار المسؤول عن الهجمات" repel
something else, and "رصد والتصدي والقبض" joins a second deed with و: none of
them makes anyone the target of the deed after.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import Sentence, is_punct
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit

__all__ = ["repels"]

# the word class of repelling verbs and their verbal noun (rules/core/classes.toml)
_CLASS: Final = "repelling"
# words that may stand between the repelling word and the deed it governs
_FILLERS: Final = grammar_words("repel_fillers")


def repels(s: Sentence, trig: Hit, before: Sequence[Hit]) -> bool:
    """A repelling word among ``before`` (the classed hits ending before the
    trigger) governs the trigger: the trigger is its object, so whoever is
    named as the subject before the trigger was attacked."""
    if s.tokens[trig.first].text[:1] == "و":
        return False  # "والتصدي والقبض": a second deed, not the object
    for h in before:
        if _CLASS in h.classes and _governs(s, h.last, trig.first):
            return True
    return False


def _governs(s: Sentence, last: int, first: int) -> bool:
    named: set[int] = set()
    for a in s.actors:
        if last < a.first and a.last < first:
            named.update(range(a.first, a.last + 1))
    toks = s.tokens
    return all(i in named or is_punct(toks[i]) or toks[i].text in _FILLERS
               for i in range(last + 1, first))
