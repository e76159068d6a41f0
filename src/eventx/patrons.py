"""Whom a force is loyal to is no one its deed hit.

Why: "قصفت جماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح
مدينة عدن"، "غارات على مواقع الحوثيين والمسلحين الموالين للرئيس السابق علي
عبدالله صالح": Saleh is the patron that describes the forces, named inside
their description; read as any name after the deed, he came out its target.
The patron of "loyal to" (الموالية لـ، الموالين لـ، المؤيدة لـ) is part of the
actor it qualifies, so it takes no role of target or victim, nor of agent:
"القوات الموالية للحكومة استعادت السيطرة"، "مقاتلون موالون لروسيا" tell what
the forces did, not the government or Russia.  Where the sentence names the
force as an actor it is the deed's subject in the patron's stead
(:func:`loyal_force`).  A loyalty word heading its own phrase ("بين المتمردين
والموالين للحكومة") names a side by its patron alone, who then stays a doer
(:func:`loyalists`).

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, Sentence, is_punct
from eventx.grammar_words import words as grammar_words

__all__ = ["loyal_force", "loyal_patron", "loyalists"]

_LOYAL: Final = grammar_words("loyalty_words")
# what may stand between the loyalty word and the patron's name besides the
# office words (للرئيس السابق، لحكومة الرئيس): the patron's adjectives
_FILLERS: Final = grammar_words("patron_fillers")
# a preposition before the loyalty word makes it the head of its phrase
_BARRING: Final = grammar_words("subject_barring_prepositions")
# how many words back the loyalty word may stand
_REACH: Final = 5


def loyal_patron(s: Sentence, a: ActorMention) -> bool:
    """``a`` is named as whom a force is loyal to: a loyalty word stands a
    few words before it with only ل, the patron's office and its adjectives
    between ("الموالية للرئيس السابق علي عبدالله صالح"، "الموالين لهادي")."""
    return _loyalty(s, a)[0]


def loyal_force(s: Sentence, a: ActorMention) -> ActorMention | None:
    """The force ``a`` is named as the patron of, where the sentence names
    that force as an actor: the actor the loyalty word qualifies ("القوات
    الموالية للحكومة"، "قوات “فجر ليبيا” الموالية لحكومة طرابلس"، "قوات
    عسكرية موالية للمخلوع صالح"), or the actor holding the loyalty word
    itself ("القوات الموالية للرئيس السابق علي عبدالله صالح")."""
    loyal, at = _loyalty(s, a)
    if not loyal or at < 0:
        return None
    own = next((x for x in s.actors if x.first <= at <= x.last and x is not a), None)
    if own is not None:
        return own
    if _heads_phrase(s, at):
        return None
    toks = s.tokens
    j = at - 1
    words = 0  # an adjective of the force may stand between: "قوات عسكرية موالية"
    while j >= 0 and words <= 1:
        if is_punct(toks[j]):
            j -= 1
            continue
        force = next((x for x in s.actors if x.last == j and x is not a), None)
        if force is not None:
            return force
        if toks[j].text[:1] == "و" or toks[j].text in _LOYAL or toks[j].text in _BARRING:
            return None
        words += 1
        j -= 1
    return None


def loyalists(s: Sentence, a: ActorMention) -> bool:
    """``a`` is the patron of a loyalty word that heads its own phrase, a
    side named by whom it is loyal to ("بين المتمردين والموالين للحكومة"،
    "بين الموالين لهادي والحوثيين"): the patron then stands for that side.
    Behind a force ("القوات الموالية للحكومة"، "مقاتلون موالون لروسيا"،
    "الانفصاليين الموالين لروسيا") it only describes it."""
    loyal, at = _loyalty(s, a)
    return loyal and at >= 0 and _heads_phrase(s, at)


def _heads_phrase(s: Sentence, at: int) -> bool:
    """The loyalty word at ``at`` heads its phrase: و glued on it, or a
    preposition (or nothing) before it."""
    toks = s.tokens
    if toks[at].text[:1] == "و":
        return True
    j = at - 1
    while j >= 0 and is_punct(toks[j]):
        j -= 1
    return j < 0 or toks[j].text in _BARRING


def _loyalty(s: Sentence, a: ActorMention) -> tuple[bool, int]:
    """Whether ``a`` is a loyal patron, and the position of the loyalty word
    that makes it one (-1 where none is read)."""
    toks = s.tokens
    j = a.first - 1
    for _ in range(_REACH):
        while j >= 0 and is_punct(toks[j]):
            j -= 1
        if j < 0:
            return False, -1
        word = toks[j].text
        if word in _LOYAL:
            return True, j
        other = next((x for x in s.actors if x.first <= j <= x.last and x is not a), None)
        if other is not None:
            # "القوات الموالية للرئيس السابق" (a force named with its loyalty) is
            # followed by its patron; "القوات الموالية لهادي المتمردين": هادي is the
            # patron, the rebels after him are no one's
            at = next((k for k in range(other.first, other.last + 1) if toks[k].text in _LOYAL), -1)
            return at >= 0 and _unnamed(toks[other.last].text), at
        if not (word in _FILLERS or word == "ل" or word.startswith("ل")):
            return False, -1
        j -= 1
    return False, -1


def _unnamed(word: str) -> bool:
    """The last word of a force named with its loyalty leaves the patron to
    be named: an office or its adjective ("للرئيس السابق"), not a name
    ("لهادي")."""
    bare = "ال" + word[2:] if word.startswith("لل") else word
    return bare in _FILLERS
