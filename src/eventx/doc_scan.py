"""One Aho-Corasick pass over a document for both of its scans: the trigger
forms that make a sentence a candidate, and the country names that tell the
article's countries (:mod:`eventx.doc_countries`).

Why one pass: each scan walked every character of the normalised text in C,
and together they were the dearest part of a document after its candidate
sentences; an automaton holding both sets of keys reports every key of
either at every position, as each of its own did, so the candidates and the
countries come out the same from half the walking.
"""
from __future__ import annotations

from collections import Counter
import ahocorasick

from eventx.doc_countries import ARABIC_LETTERS, most_named, whole_word
from eventx.text.clitics import PROCLITIC_CHAINS

def joint_scan(triggers: ahocorasick.Automaton,
               countries: ahocorasick.Automaton | None) -> ahocorasick.Automaton:
    """An automaton of the candidate scan's keys and the country scan's, each
    key mapped to (its length, whether it is a trigger key, the ISO2 of the
    country it names or "")."""
    values: dict[str, tuple[int, bool, str]] = {key: (len(key), True, "") for key in triggers.keys()}
    for key, (size, iso2) in (countries.items() if countries is not None else ()):
        values[key] = (size, key in values, iso2)
    auto = ahocorasick.Automaton()
    for key, value in values.items():
        auto.add_word(key, value)
    if values:
        auto.make_automaton()
    return auto


def scan_document(auto: ahocorasick.Automaton, text: str) -> tuple[set[int], list[str]]:
    """The ends of the trigger keys found at a word start (after clitics only:
    قتل inside مقتل does not count), and the countries the text names at
    least twice (:func:`eventx.doc_countries.doc_countries`)."""
    found: set[int] = set()
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    if not len(auto):
        return found, []
    for end, (size, trigger, iso2) in auto.iter(text):
        if trigger and at_word_start(text, end - size + 1):
            found.add(end)
        if iso2 and whole_word(text, end, size):
            seen[iso2] += 1
            first.setdefault(iso2, end - size + 1)
    return found, most_named(seen, first)


def at_word_start(text: str, start: int) -> bool:
    """True when only proclitics (و ب ال لل …) stand between the word start and ``start``."""
    ws = start
    while ws > 0 and text[ws - 1] in ARABIC_LETTERS and start - ws <= 4:
        ws -= 1
    if ws > 0 and text[ws - 1] in ARABIC_LETTERS:
        return False
    return text[ws:start] in PROCLITIC_CHAINS
