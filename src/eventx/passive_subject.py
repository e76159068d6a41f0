"""A killing verb's passive subject: "قتل الجنود الثلاثة في هجوم على حاجز".

Why: unvocalised Arabic writes the active قَتَلَ and the passive قُتِلَ alike.
A bare force or group named right after the verb is read as its doer when
nothing says otherwise ("قتل الجيش ثلاثة مسلحين"), yet a verb with no object
after that phrase has none to take: the phrase is what the deed befell, and
the words that follow tell where, when or in what deed it came ("قتل الجنود
في انفجار"، "اغتيل الضابط جراء هجوم"، "أصيب رجال الشرطة برصاص قناص").  These
are the words that tell a subject named before the verb to be its passive
one ("جندي قتل في انفجار": events._PASSIVE_NEXT), and they tell it here too.
An object put off past such a phrase ("قتل الجيش في العريش ثلاثة مسلحين")
keeps the active reading.
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Final

from eventx.analysis import Sentence
from eventx.numbers import parse_number

# how far past the first such word an object put off may stand
_OBJECT_REACH: Final = 6


def passive_subject(s: Sentence, j: int, opens: Collection[str]) -> bool:
    """Whether the noun phrase ending before token ``j`` (past its modifiers)
    is the passive subject of the verb before it: a word of ``opens`` (a
    preposition or adverb of where, when or by what) stands at ``j``, past
    a definite number, and no count (of the dead, of gunmen: any that no
    such word governs, "في ثلاث هجمات") stands as an object within a few
    words after it."""
    j = _past_definite_number(s, j)
    if j >= len(s.tokens) or s.texts[j] not in opens:
        return False
    stop = j + _OBJECT_REACH
    for c in s.counts:
        k = s.token_at(c.start)
        if j < k <= stop and not s.texts[k].startswith(("ال", "و")) and s.texts[k - 1] not in opens:
            return False  # "قتل الجيش في البلدة خمسة مسلحين": the object, put off
    return True


def _past_definite_number(s: Sentence, j: int) -> int:
    """The token past a definite number at ``j`` ("الجنود الثلاثة"), an
    adjective of the noun before it; ``j`` when there is none."""
    if j < len(s.tokens) and s.texts[j].startswith("ال") and parse_number(s.texts[j][2:]):
        return j + 1
    return j
