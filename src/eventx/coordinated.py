"""Deeds joined by و share whether they happened.

Why: news reports a fight as a list of deeds ("قتل 41 من الحوثيين في مواجهات
وغارات لطيران التحالف"، "تمت مداهمة منزل والديه وإلقاء القبض عليه"، "ودارت
اشتباكات عنيفة وقصف متبادل").  The anchors that make a deed noun specific (its
toll, its report verb, its day) stand by one conjunct only, so the other,
read alone, looked like a deed in the abstract and came out generic while its
partner was asserted.  A conjunct glued to و right after its partner, in the
same clause, is told the same way: both took place.

Only a generic conjunct is lifted, and only by an asserted partner: what a cue
made planned, negated or threatened keeps its reading, and a pair both
generic ("ردا على الهجمات والقصف") stays generic.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final, TYPE_CHECKING

import attrs

from eventx.analysis import Sentence, is_punct
from eventx.grammar_words import words as grammar_words
from eventx.records import SECURITY_TYPES

if TYPE_CHECKING:
    from eventx.events import Draft

__all__ = ["coordinated_modality"]

# how many words (an adjective, the first deed's object or its parties) may
# stand between the first conjunct and the و of the second
_REACH: Final = 4
# a relative pronoun or a subordinator between opens another clause: what
# follows it is no conjunct of the deed before ("الهجوم الذي استهدف … وقصف")
_CLAUSE_WORDS: Final = grammar_words("clause_words")
_NOMINAL: Final = frozenset({"noun", "plural", "phrase"})


def _deed(d: Draft) -> bool:
    return d.rule.type in SECURITY_TYPES and d.form.pos in _NOMINAL


def _joined(s: Sentence, a: Draft, b: Draft, triggers: frozenset[int]) -> bool:
    """``b`` is glued to و a few words after ``a`` in the same clause, with no
    other deed, punctuation or clause word between."""
    toks = s.tokens
    word = toks[b.trigger.first].text
    if not (word[:1] == "و" and len(word) > 3) or not 0 < b.trigger.first - a.trigger.last <= _REACH + 1:
        return False
    for i in range(a.trigger.last + 1, b.trigger.first):
        t = toks[i]
        if is_punct(t) or t.text in _CLAUSE_WORDS or i in triggers:
            return False
    return True


# what sets a raid before the arrest it led to ("احتفظت الدورية بالمتهم بعد مداهمة
# منزله"، "القبض على عنصر إرهابي بعد مداهمة منزله")
_BEFORE: Final = grammar_words("raid_before_arrest")


def _raid_before_arrest(s: Sentence, arrest: Draft, raid: Draft) -> bool:
    """An indefinite raid noun set by بعد/إثر/عقب after an arrest in the same
    clause is the search that found the one held: one operation, told as
    having happened with the arrest.  A definite raid ("بعد المداهمات") is a
    campaign the reader knows, no part of this arrest."""
    toks = s.tokens
    first = raid.trigger.first
    if not (arrest.rule.type == "arrest" and raid.rule.type == "raid" and arrest.trigger.last < first - 1
            and toks[first - 1].text in _BEFORE and not toks[first].text.startswith("ال")):
        return False
    return first - arrest.trigger.last <= _REACH + 4 and not any(
        is_punct(t) for t in toks[arrest.trigger.last + 1:first])


def coordinated_modality(drafts: list[Draft], s: Sentence) -> list[Draft]:
    """``drafts`` (one sentence's) with each generic deed noun joined by و to
    an asserted one made asserted, and so each raid noun set right after an
    asserted arrest (:func:`_raid_before_arrest`)."""
    deeds = sorted((d for d in drafts if _deed(d)), key=lambda d: d.trigger.first)
    if len(deeds) < 2:
        return drafts
    triggers = frozenset(i for d in drafts for i in range(d.trigger.first, d.trigger.last + 1))
    lifted: list[Draft] = [b for a in deeds if a.modality == "asserted" for b in deeds
                           if b.modality == "generic" and _raid_before_arrest(s, a, b)]
    for a, b in zip(deeds, deeds[1:]):
        if not _joined(s, a, b, triggers):
            continue
        if a.modality == "generic" and b.modality == "asserted":
            lifted.append(a)
        elif b.modality == "generic" and a.modality == "asserted":
            lifted.append(b)
    if not lifted:
        return drafts
    return [attrs.evolve(d, modality="asserted") if any(d is x for x in lifted) else d
            for d in drafts]
