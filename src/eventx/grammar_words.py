"""The small closed word lists of the clause and slot readers, from
``data/grammar_words.toml``.

Why a data file and not lexicon entries: these words are compared with a
token or two the reader already holds (between two conjoined deeds, between a
deed noun and its actor, right after an office); as lexicon hits they would
cut names ("قسم العلاج المكثف") and weigh in every rule.  Why not in code:
rules are data, and the lists grow as phrasing is read.  They are normalised
on load, so the file is written as in running text.
"""
from __future__ import annotations

import functools
from importlib import resources

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.text.normalize import normalize_text

_FILE = "grammar_words.toml"  # in eventx/data


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    data = tomllib.loads(resources.files("eventx").joinpath("data", _FILE).read_text(encoding="utf-8"))
    return {name: frozenset(normalize_text(w) for w in words) for name, words in data.items()}


def words(name: str) -> frozenset[str]:
    """The normalised words of list ``name`` (a KeyError names a missing list)."""
    return _table()[name]
