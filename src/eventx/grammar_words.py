"""The small closed word lists of the clause and slot readers, from
``data/grammar_words.toml``.

Why a data file and not lexicon entries: these words are compared with a
token or two the reader already holds (between two conjoined deeds, between a
deed noun and its actor, right after an office); as lexicon hits they would
cut names ("قسم العلاج المكثف") and weigh in every rule.  Why not in code:
rules are data, and the lists grow as phrasing is read.  They are normalised
on load (:mod:`eventx.word_lists`), so the file is written as in running text.
"""
from __future__ import annotations

import functools
from typing import Final

from eventx.text.normalize import normalize_text
from eventx.word_lists import word_set

_FILE: Final = "grammar_words.toml"  # in eventx/data


@functools.cache
def words(name: str) -> frozenset[str]:
    """The normalised words of list ``name`` (a KeyError names a missing list)."""
    return word_set(_FILE, name, normalize_text)
