"""A dateline the sentence opens with: "بيني (الكونغو) - د.ب.أ:"، "* كابل - «الشرق الأوسط»:".

Why its own module: a dateline opens a story, and more than one step asks
where stories start.  Merging keeps a digest's stories apart and drops the
credit's words from places (eventx.merge); the sentence analysis reads
"البلاد" as the country of the story it is in, not of the article's first
story (eventx.analysis: a news digest tells of France, then of Chad, then of
Congo).

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.text.tokenize import Token

__all__ = ["CREDIT_WORDS", "PLACE_WORDS", "credit", "headline", "opens_dateline"]

# a bullet before a dateline ("* كابل - «الشرق الأوسط»:")
_BULLETS: Final = frozenset({"*", "-", "•", "·"})
_DASHES: Final = frozenset({"-", "–", "—"})
# a headline: short, and no full stop at its end
_HEADLINE_TOKENS: Final = 25
_STOPS: Final = frozenset({".", "!", "؟", "?"})
# how many words a dateline's place and credit take, at most
PLACE_WORDS: Final = 5
CREDIT_WORDS: Final = 8


def credit(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The credit of the dateline the sentence opens with, as (dash, colon)
    token indices: a place, a dash and a credit ended by a colon ("*
    نيودلهي - «الشرق الأوسط»:"، "بيني (الكونغو) - د.ب.أ:"); None without one."""
    reach = 1 + PLACE_WORDS + CREDIT_WORDS  # the tokens a dateline may take
    i = 1 if tokens and tokens[0].text in _BULLETS else 0
    for j in range(i + 1, min(len(tokens), i + PLACE_WORDS + 1)):
        if tokens[j].text in _DASHES:
            after = [t.text for t in tokens[j + 1:min(j + 1 + CREDIT_WORDS, reach)]]
            return (j, j + 1 + after.index(":")) if ":" in after else None
    return None


def opens_dateline(tokens: Sequence[Token]) -> bool:
    return credit(tokens) is not None


def headline(tokens: Sequence[Token]) -> bool:
    """A headline: short, with no full stop at its end.  Told right before a
    dateline, it opens the dateline's story."""
    return 0 < len(tokens) <= _HEADLINE_TOKENS and tokens[-1].text not in _STOPS
