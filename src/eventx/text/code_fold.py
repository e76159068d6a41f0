"""The fast path of normalisation as one table lookup per code point, in numpy.

Why: ``str.translate`` asks its table for every character through the
generic mapping protocol (an int object per character, a type test per
answer) and cost about 290 thousand instructions an article, a third of
them for a character it keeps; the dropped marks were then found again by a
regex pass, and the characters the fast path cannot fold by two more.  Here
the text's code points are read as one array (its UTF-32 encoding), looked
up in one array table (:data:`_LUT`) and written back by one decode; the
same lookup flags the dropped marks, whose runs come from their positions,
and the characters the fast path leaves to the character walk.  About a
fifth of the instructions, the same text and offsets.

The table is the normaliser's own (``normalize._TABLE``, passed in when it
is built), so a character added there is folded here too.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np
import numpy.typing as npt

__all__ = ["FoldTable", "UNFOLDED"]

# what the table answers instead of a code point: the character is dropped;
# the fast path cannot fold it (or it lies past the Basic Multilingual Plane)
_DROP: Final = 0xFFFFFFFD
_SLOW: Final = 0xFFFFFFFE
_BMP: Final = 0x10000

Runs = tuple["array[int]", "array[int]"]
# fold() of a text the fast path cannot take
UNFOLDED: Final = None


class FoldTable:
    """A normaliser's character table as an array over the BMP (see module doc)."""

    __slots__ = ("_lut",)

    def __init__(self, table: Mapping[int, str | None], slow: Iterable[tuple[int, int]],
                 slow_points: Iterable[int] = ()) -> None:
        """``table``: code point -> its folded character, or None where it is
        dropped (single characters only: the fast path folds one to one);
        ``slow``: the inclusive code-point ranges the fast path leaves to the
        character walk, and ``slow_points`` single code points it leaves
        there (whatever the table says of them).  A code point past the BMP
        is slow here too (its index is clipped onto the last entry)."""
        lut: npt.NDArray[np.uint32] = np.arange(_BMP + 1, dtype=np.uint32)
        keys = np.fromiter(table.keys(), dtype=np.uint32, count=len(table))
        values = np.fromiter((_DROP if v is None else ord(v) for v in table.values()),
                             dtype=np.uint32, count=len(table))
        lut[keys] = values
        for lo, hi in slow:
            lut[lo:hi + 1] = _SLOW
        points = np.fromiter(slow_points, dtype=np.uint32)
        lut[points[points < _BMP]] = _SLOW
        lut[_BMP] = _SLOW
        self._lut = lut

    def fold(self, text: str) -> tuple[str, Runs | None] | None:
        """``text`` folded and the runs of dropped characters (None: nothing
        dropped), as ``normalize`` keeps them: per run, the folded offset it
        precedes and the characters dropped up to and including it.  None
        (:data:`UNFOLDED`) where some character is slow (see ``__init__``).

        Why the runs from positions: a run ends where the next dropped
        character is not the next one, and its count is the number dropped
        so far; three array operations instead of a regex pass."""
        if not text:
            return text, None
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        mapped = self._lut.take(codes, mode="clip")
        top = int(mapped.max())
        if top == _SLOW:
            return UNFOLDED
        if top != _DROP:
            return mapped.tobytes().decode("utf-32-le"), None
        dropped = mapped == _DROP
        at = np.flatnonzero(dropped)
        ends = np.append(np.flatnonzero(np.diff(at) != 1), len(at) - 1)  # index of each run's last
        totals = ends + 1
        pos = at[ends] + 1 - totals
        folded = mapped[~dropped].tobytes().decode("utf-32-le")
        return folded, (array("l", pos.tolist()), array("l", totals.tolist()))
