"""The countries an article is about, from one scan of its whole text.

Why: an ambiguous place name is resolved by the document's countries
(زنجبار in a Yemeni story is Zinjibar, not Zanzibar), and the pipeline only
analyses sentences holding a trigger; the sentence that says "جنوب اليمن" may
hold none.  Country names are strong, unambiguous
signals, so one Aho-Corasick pass over the normalised text (a C-level scan,
about the cost of the candidate scan) finds them in every sentence.
"""
from __future__ import annotations

from typing import Final
from collections import Counter
from collections.abc import Iterable

import ahocorasick

from eventx.text.clitics import PROCLITIC_CHAINS

# the Arabic letters (no digits, marks or punctuation): what makes a word go on
ARABIC_LETTERS: Final = frozenset(chr(c) for c in range(0x0621, 0x064B))


def build_scan(keys: Iterable[tuple[str, str]]) -> ahocorasick.Automaton:
    """An automaton of normalised keys (a country's names), each mapped to
    (key length, ISO2)."""
    auto = ahocorasick.Automaton()
    for key, iso2 in keys:
        auto.add_word(key, (len(key), iso2))
    auto.make_automaton()
    return auto


def doc_countries(scan: ahocorasick.Automaton | None, text: str, least: int = 2) -> list[str]:
    """ISO2 codes of the countries ``text`` names at least ``least`` times, most
    often named first (ties: first named first).  A key counts only as a whole
    word, behind proclitics at most (باليمن، واليمن), never inside another word.

    Why twice: a country named once in passing ("بحسب وكالة الأنباء
    الأمريكية") says little of where the story is, and would pull مانشستر to
    the United States."""
    if scan is None or not len(scan):
        return []
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    for end, (size, iso2) in scan.iter(text):
        if whole_word(text, end, size):
            seen[iso2] += 1
            first.setdefault(iso2, end - size + 1)
    return most_named(seen, first, least)


def whole_word(text: str, end: int, size: int) -> bool:
    """The key of ``size`` characters ending at ``end`` stands as a word of
    ``text``, behind proclitics at most (باليمن، واليمن), not inside another."""
    if end + 1 < len(text) and text[end + 1] in ARABIC_LETTERS:
        return False
    start = end - size + 1
    w = start
    while w > 0 and text[w - 1] in ARABIC_LETTERS:
        w -= 1
    return text[w:start] in PROCLITIC_CHAINS


def most_named(seen: Counter[str], first: dict[str, int], least: int = 2) -> list[str]:
    """The countries named at least ``least`` times, most often named first
    (ties: first named first)."""
    return sorted((c for c in seen if seen[c] >= least), key=lambda c: (-seen[c], first[c]))
