"""A deed verb's dual that is spelt like an adverb of time: "فجرا".

"فجّرا" (the two blew up) and "فجرًا" (at dawn) are one word without vowels;
the rule bombing.detonation wants a device or a blast object near it, and a
house or a car is as near a dawn raid ("داهمت الشرطة منزله في الساعة الثالثة
فجرا") as a blast.  The verb is transitive: its object follows it
("انتحاريان فجرا نفسيهما"، "فجرا سيارتين"); the adverb closes its clause or
hands on to a preposition ("فجرا، حيث …"، "فجرا في إحدى الليالي").  The word
lists are data (grammar_words: time_adverb_duals, after_time_adverb).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

_DUALS: Final = grammar_words("time_adverb_duals")
_AFTER: Final = grammar_words("after_time_adverb")


def time_adverb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the token at ``i`` is a verb's dual read better as the adverb
    of time it is spelt like: nothing it could govern follows it."""
    if tokens[i].text not in _DUALS:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].text in _AFTER
