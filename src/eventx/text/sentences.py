"""Sentence splitting for news prose.

Real feeds glue sentences with odd punctuation (the seed's ``"داعش"., وأضاف``),
so a boundary is any run of terminal marks, closing quotes and stray commas
followed by white space, plus line breaks.  A regex does the whole document in
one C-level pass; sentences matter because they bound argument search and are
the unit the candidate scan keeps or drops.
"""
from __future__ import annotations

import re

_BOUNDARY = re.compile(
    r"""(?:[.!?؟…]+["')\]]*[.,،]*(?=\s|$)(?<!\b[A-Za-z]\.)"""  # ". ", '".,' joins, "?»"
    r"""|["')\]]+\.(?=[\u0621-\u064A])"""                      # '".وأضاف' glued
    r"""|\n+|;|؛)"""
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of the sentences of ``text``, stripped of outer space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        _add(text, pos, m.end(), spans)
        pos = m.end()
    if pos < n:
        _add(text, pos, n, spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
