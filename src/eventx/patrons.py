"""Whom a force is loyal to is no one its deed hit.

Why: "قصفت جماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح
مدينة عدن"، "غارات على مواقع الحوثيين والمسلحين الموالين للرئيس السابق علي
عبدالله صالح": Saleh is the patron that describes the forces, named inside
their description; read as any name after the deed, he came out its target.
The patron of "loyal to" (الموالية لـ، الموالين لـ، المؤيدة لـ) is part of the
actor it qualifies, so it takes no role of target or victim.  (Whose side it
is stays the doer's: the forces themselves keep their role.)

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, Sentence, is_punct
from eventx.grammar_words import words as grammar_words

__all__ = ["loyal_patron"]

_LOYAL: Final = grammar_words("loyalty_words")
# what may stand between the loyalty word and the patron's name besides the
# office words (للرئيس السابق، لحكومة الرئيس): the patron's adjectives
_FILLERS: Final = grammar_words("patron_fillers")
# how many words back the loyalty word may stand
_REACH: Final = 5


def loyal_patron(s: Sentence, a: ActorMention) -> bool:
    """``a`` is named as whom a force is loyal to: a loyalty word stands a
    few words before it with only ل, the patron's office and its adjectives
    between ("الموالية للرئيس السابق علي عبدالله صالح"، "الموالين لهادي")."""
    toks = s.tokens
    j = a.first - 1
    for _ in range(_REACH):
        while j >= 0 and is_punct(toks[j]):
            j -= 1
        if j < 0:
            return False
        word = toks[j].text
        if word in _LOYAL:
            return True
        other = next((x for x in s.actors if x.first <= j <= x.last and x is not a), None)
        if other is not None:
            # "القوات الموالية للرئيس السابق" (a force named with its loyalty) is
            # followed by its patron; "القوات الموالية لهادي المتمردين": هادي is the
            # patron, the rebels after him are no one's
            return (any(t.text in _LOYAL for t in toks[other.first:other.last + 1])
                    and _unnamed(toks[other.last].text))
        if not (word in _FILLERS or word == "ل" or word.startswith("ل")):
            return False
        j -= 1
    return False


def _unnamed(word: str) -> bool:
    """The last word of a force named with its loyalty leaves the patron to
    be named: an office or its adjective ("للرئيس السابق"), not a name
    ("لهادي")."""
    bare = "ال" + word[2:] if word.startswith("لل") else word
    return bare in _FILLERS
