"""Sentence splitting for news prose.

Real feeds glue sentences with odd punctuation (the seed's ``"داعش"., وأضاف``),
so a boundary is any run of terminal marks, closing quotes and stray commas
followed by white space, plus line breaks (save one inside a sentence of
prose: eventx.text.line_breaks).  A regex does the whole document in
one C-level pass; sentences matter because they bound argument search and are
the unit the candidate scan keeps or drops.
"""
from __future__ import annotations

import re
from typing import Final

from eventx.text.line_breaks import joined

_BOUNDARY: Final = re.compile(
    # ". ", '".,' joins, "?»"; or a stop glued between words ("الشرطة.وندد", not
    # "سي.إن.إن", letters' names), told in the same branch: a branch of its
    # own would make the scan a third slower
    # (not after a title's one-letter abbreviation: "قال د. ناصر العريفي"، "ندد
    # م. وليد" for مهندس)
    r"""(?:[.!?؟…]+(?:["')\]]*[.,،]*(?=\s|$)(?<!\b[A-Za-z]\.)(?<![\s(.][دأام]\.)"""
    r"""|(?<=[\u0621-\u064A]{3}.)(?=[\u0621-\u064A]{2}))"""
    r"""|["')\]]+\.(?=[\u0621-\u064A])"""                      # '".وأضاف' glued
    r"""|\n+|;|؛)"""
)

# The first character of every boundary.  Why: ``_BOUNDARY.finditer`` tried the
# whole pattern at every character (sre takes no first-character shortcut from
# branches that open with a class); scanning for these and asking the pattern
# at each is the same search at a quarter of the cost (its lookbehinds and \b
# still see the text before the position: tests/test_text.py holds the two equal).
_OPENER: Final = re.compile(r"""[.!?؟…"')\]\n;؛]""")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of the sentences of ``text``, stripped of outer space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    boundary_at = _BOUNDARY.match
    for c in _OPENER.finditer(text):
        if c.start() < pos:  # inside the boundary just found
            continue
        m = boundary_at(text, c.start())
        if m is None:
            continue
        _add(text, pos, m.end(), spans)
        pos = m.end()
    if pos < n:
        _add(text, pos, n, spans)
    return joined(text, spans)


MAX_SENTENCE: Final = 1200  # characters; longer runs (lists, scraped junk) are cut at spaces


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # A "sentence" without terminal punctuation can be megabytes long; cutting it
    # keeps every later step's cost bounded per sentence, so time stays linear.
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        spans.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        spans.append((s, e))
