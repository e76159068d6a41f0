"""The closed word lists of the place readers (:mod:`eventx.places`,
:mod:`eventx.place_context`), from ``data/place_words.toml``.

Why a data file: rules are data, and these lists (the words that make a
name an organisation's, a person's, a team's; the nouns that introduce a
place; the directions of "north of X") grow as phrasing is read.  They are
normalised with ``normalize_key`` (the spelling of gazetteer keys and of the
tokens they are compared with) and checked on load by
:mod:`eventx.word_lists`, so the file is written as in running text.
"""
from __future__ import annotations

from typing import Final

from eventx.text.normalize import normalize_key
from eventx.word_lists import word_set, word_set_table, word_table

__all__ = ["table", "table_of_codes", "table_of_words", "words"]

_FILE: Final = "place_words.toml"  # in eventx/data


def words(name: str) -> frozenset[str]:
    """The normalised single words of list ``name`` (a KeyError names a missing list)."""
    return word_set(_FILE, name, normalize_key, single=True)


def table(name: str) -> dict[str, str]:
    """Table ``name``: normalised word or phrase -> its value (an English word)."""
    return word_table(_FILE, name, normalize_key)


def table_of_words(name: str) -> dict[str, frozenset[str]]:
    """Table ``name``: normalised word -> a set of normalised words."""
    return word_set_table(_FILE, name, normalize_key, normalize_key)


def table_of_codes(name: str) -> dict[str, frozenset[str]]:
    """Table ``name``: normalised word -> a set of codes kept as written (ISO 3166)."""
    return word_set_table(_FILE, name, normalize_key)
