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

from typing import Final

from eventx.analysis import Sentence

# the kinds of count that count people a deed befalls
_PEOPLE: Final = frozenset({"killed", "wounded", "abducted", "arrested"})


def counted_object(s: Sentence, j: int) -> bool:
    """Whether a count of people, neither definite nor joined by و, opens at token ``j``."""
    tok = s.texts[j]
    if tok.startswith(("ال", "و", "اخر")):
        return False
    return any(c.kind in _PEOPLE and s.token_at(c.start) == j for c in s.counts)
