"""The runs of Arabic letters of a normalised text, listed once for every gate
that asks which words of some list stand in it.

Why: three steps ask of each candidate sentence whether it holds a word of
their list as a whole word (the date scan's anchors, the count and the number
prefilters), and the genre asks the same of each article.  Each listed the
sentence's letter runs with a pattern of its own, a set of the letters its
words are spelt with; listing a run costs the engine more per character than
any set test after it, and a set of thirty letters costs it half as much
again as a plain range.  One range, ``[\u0621-\u064a]`` (the Arabic letters,
every one a letter of ``[^\\W\\d_]``), lists the runs once per sentence for
all of them (the last text's list is kept: the date scan and the count
prefilter ask of the same sentence one after the other).

What a gate finds is the same: a word spelt with letters of the range is a
whole word of the text (no letter touches it) exactly when it is a whole run
of the range's letters with no letter next to it, and any such run is listed
by the range as by the smaller set.  A run the range lists that some other
letter touches (a Latin or Persian one) was listed by the smaller set too, so
the gates pass no sentence they refused before; the date scan checks every
hit against the letter class anyway.  Words spelt with a letter outside the
range keep a pattern of their own (:func:`lister`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

import numpy as np

__all__ = ["PATTERN", "RANGE_LETTERS", "lister", "run_count", "runs"]

PATTERN: Final = re.compile(r"[\u0621-\u064a]+")
_RANGE: Final = frozenset(map(chr, range(0x0621, 0x064B)))
RANGE_LETTERS: Final = _RANGE  # the letters of PATTERN's range, as a set
_FIRST: Final = 0x0621  # the range as code points: [_FIRST, _FIRST + _SPAN)
_SPAN: Final = 0x064B - 0x0621
_WORD: Final = re.compile(r"[^\W\d_]+")


# the last text listed and its runs, one tuple replaced at once: a reader in
# another thread sees a text with its own runs
_LAST: Final[list[tuple[str, list[str]]]] = [("", [])]


def runs(text: str) -> list[str]:
    """``PATTERN.findall(text)``, the same list again for the same text object.

    The list is shared: callers read it (set tests, counts), never change it.
    """
    text_before, found = _LAST[0]
    if text_before is text:
        return found
    found = PATTERN.findall(text)
    _LAST[0] = (text, found)
    return found


def run_count(text: str) -> int:
    """``len(PATTERN.findall(text))``, without listing the runs.

    Why: the genre of a document needs the number of its words and the
    count of a few listed ones (those the document scan finds,
    :mod:`eventx.doc_scan`); listing every run of a whole article to count
    them cost the regex engine a step per character and a string per word.
    Here the code points are read as one array (as
    :mod:`eventx.text.code_fold` reads them) and a run is counted where a
    letter of the range follows anything else."""
    if not text:
        return 0
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # (unsigned: a code point below the range wraps past its span)
    letter = (codes - np.uint32(_FIRST)) < np.uint32(_SPAN)
    return int(letter[0]) + int(np.count_nonzero(letter[1:] > letter[:-1]))


def lister(words: Iterable[str]) -> Callable[[str], list[str]]:
    """What lists the letter runs of a text among which every word of ``words``
    that is a whole letter run (no other can be a whole word) stands whenever
    it is a whole word of the text: :func:`runs` when those words are spelt
    with letters of the range, else the findall of a set of their letters."""
    letters = set("".join(w for w in words if _WORD.fullmatch(w)))
    if letters <= _RANGE:
        return runs
    return re.compile("[" + "".join(re.escape(c) for c in sorted(letters)) + "]+").findall
