"""A verb's object that is a count of people: "قتل جندي ثلاثة من زملائه".

Why: unvocalised Arabic writes the active قَتَلَ and the passive قُتِلَ alike,
and news tells the passive far more often ("قتل جندي وأصيب ثلاثة": a soldier
was killed), so the slots read a singular or broken plural named right after
a killing verb as the one killed.  When a count of people follows that noun
straight away, the sentence has both a subject and an object: a passive has
no object, so the noun did the deed and the count names whom it befell.  A
count joined by و ("وثلاثة مدنيين") is a second subject of the passive, and a
definite number ("الجنود الثلاثة") or "others" counted by its own form
("قتل جنديان آخران") an adjective of the noun; none of them opens an object
(the verb-subject-object reading, events._vso_object, has already refused
the first).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

from eventx.analysis import ActorMention, Sentence
from eventx.counts import CountMatch

# the kinds of count that count people a deed befalls
_PEOPLE: Final = frozenset({"killed", "wounded", "abducted", "arrested"})
# the adjectives a counted subject may carry before its counted object
_ADJECTIVES: Final = 2
# what a doer's counted subject counts (eventx.counts: "قتل أربعة انتحاريين 52 شخصا")
_DOERS: Final = "attackers"
# a subject suffix on the verb ("قتلوا"، "يقتلون"): its subject is a pronoun
SUBJECT_SUFFIXES: Final = ("وا", "ون", "تم", "نا")


def counted_object(s: Sentence, j: int) -> bool:
    """Whether a count of people, neither definite nor joined by و, opens at token ``j``."""
    tok = s.texts[j]
    if tok.startswith(("ال", "و", "اخر")):
        return False
    return any(c.kind in _PEOPLE and s.token_at(c.start) == j for c in s.counts)


def doer_before_object(s: Sentence, first: int, last: int, past: Callable[[int], int]) -> bool:
    """Whether the verb at tokens ``first``..``last`` names its doer right
    after it, with a counted object after the doer: "قتلت قوات الأمن خمسة
    مسلحين" (a bare actor, past its adjectives: ``past`` steps over them),
    "قتل أربعة انتحاريين 52 شخصا" (a counted subject, counted as the
    attackers: eventx.counts).

    Why: such a toll tells a deed with its doer, as a deed word does, not
    who fell in a deed told beside it: the count of its clause is its own
    ("قتلت قوات الأمن خمسة مسلحين في بنزرت، فيما شنت الطائرات غارات" is no
    air strike that killed five).  A passive has no object after its
    subject ("قتل جنود في هجوم"), and a number right after the verb that
    counts the dead is its passive subject ("قتل 3 جنود")."""
    if first != last or s.texts[first].endswith(SUBJECT_SUFFIXES):
        return False
    j = last + 1
    if any(counted_doer(s, last, a) for a in s.actors if not a.adjective):
        return True
    subject = next((a for a in s.actors if a.first == j and not a.adjective), None)
    return subject is not None and counted_object(s, past(subject.last + 1))


def counted_doer(s: Sentence, last: int, a: ActorMention) -> bool:
    """Whether the actor ``a`` is the counted subject of the verb ending at
    token ``last``, with an object after it: a count of attackers right after
    the verb covers it, and an actor, a count or a definite word follows it
    past its adjectives (nationalities): "اغتال ثلاثة مسلحين مجهولين الضابط"، "قتل
    أربعة انتحاريين 52 شخصا" (eventx.counts read the figure so).

    Why: the slots read a counted noun after a killing verb as what the deed
    befell ("قتل ثلاثة جنود"); where the counts know it did the deed to an
    object named after it, the slot reading must agree with them.  With no
    object ("اغتال ثلاثة مسلحين في سيناء") nothing tells it did anything."""
    c = _doers_counted_at(s, last + 1)
    if c is None or not last < a.first <= s.token_at(c.end - 1) + 1:
        return False
    j = a.last + 1
    adjectives = {x.first: x.last for x in s.actors if x.adjective}
    while j in adjectives:
        j = adjectives[j] + 1
    if j >= len(s.tokens):
        return False
    if s.texts[j].startswith("ال") or any(x.first == j for x in s.actors):
        return True
    # a counted object, past up to two adjectives ("انتحاريين بريطانيين 52 شخصا")
    return any(x.kind in _PEOPLE and j <= s.token_at(x.start) <= j + _ADJECTIVES
               and all(w.isalnum() for w in s.texts[j:s.token_at(x.start)]) for x in s.counts)


def _doers_counted_at(s: Sentence, j: int) -> CountMatch | None:
    """The count of attackers that opens at token ``j``, else None."""
    return next((c for c in s.counts if c.kind == _DOERS and s.token_at(c.start) == j), None)
