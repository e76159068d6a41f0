"""A toll told after a clause-leading "since …" is a running total.

Why: a report closes with the tally of a whole campaign ("ومنذ اندلاع جولة
العنف الجديدة في 20 يوليو الحالي، قتل 13 جنديا وشرطيا، ثلاثة منهم في مكمن
استهدف أمس قافلة")؛ the figure is the sum since that day, and the deed told
after it in the same sentence (today's ambush) suffered only part of it.
Given to that deed, the total inflates today's toll.  Only a deed told inside
the since-clause, between "منذ" and the figure (the tally's own "قتل"), may
hold it; eventx.events then reads that deed as a tally (generic).

"منذ" leads the clause when it opens the sentence or carries the و of a new
clause ("ومنذ"); "منذ الصباح"، "منذ ساعات" is an incident under way, no tally
(the caller's ``today`` words).

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import Sentence

__all__ = ["since_lead"]

# how far (in tokens) before a figure its leading "since" may stand
_REACH: Final = 16


def since_lead(s: Sentence, pos: int, today: frozenset[str]) -> int:
    """The token of the clause-leading "منذ" that the figure at ``pos``
    follows (``-1`` if none): "ومنذ …، قتل 13"."""
    toks = s.tokens
    for j in range(pos - 1, max(-1, pos - _REACH - 1), -1):
        tok = toks[j].text
        if (tok == "ومنذ" or (j == 0 and tok == "منذ")) and j + 1 < len(toks) \
                and toks[j + 1].text not in today:
            return j
    return -1
