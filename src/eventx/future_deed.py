"""A deed that a verb of the future takes as its object has not happened.

"ستستأنف القوات الجوية ضرباتها"، "سنضطر لإطلاق النار عليك"، "سنقوم بتفجير
المبنى": the verb is future (س, سوف), the deed noun its object; a س on the
deed's own verb is read in eventx.events, a noun has none of its own.  The
verbs are a word class (``future_conduct``), for س also begins nouns
("سيارة"، "سيناء") that no spelling tells from a verb.

Said after "وإلا" (otherwise), the future deed is what someone threatens to
do unless obeyed ("ألقي حقيبتك وإلا سنضطر لإطلاق النار"): threatened, not
planned (class ``or_else``).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

# the future verb and the deed: a preposition glued on the deed ("لإطلاق"،
# "بتفجير") or one word between ("سنقوم فورا بتفجير")
FUTURE_REACH: Final = 2
# "وإلا" and the future verb of its threat: "وإلا فإننا سنضطر"
OR_ELSE_REACH: Final = 4


def _bare(word: str) -> bool:
    """The word is no punctuation: a clause goes on over it."""
    return any(c.isalnum() for c in word)


def future_deed(texts: Sequence[str], first: int, future_at: Sequence[int]) -> int | None:
    """Where the future verb stands whose object is the deed at ``first``
    (``future_at``: the class ``future_conduct``'s positions), or None."""
    for i in future_at:
        if 0 < first - i <= FUTURE_REACH and all(_bare(w) for w in texts[i + 1:first]):
            return i
    return None


def or_else(texts: Sequence[str], verb: int, or_else_at: Sequence[int]) -> bool:
    """"وإلا" stands before the future verb at ``verb`` in its clause."""
    return any(0 < verb - i <= OR_ELSE_REACH and all(_bare(w) for w in texts[i + 1:verb])
               for i in or_else_at)
