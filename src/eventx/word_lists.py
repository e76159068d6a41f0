"""Reading the word-list data files of ``eventx/data`` (grammar_words.toml,
place_words.toml): each file parsed once, each list normalised as the readers
compare tokens, and its shape checked on load.

Why one reader: every such file is written as in running text (hamza, ta
marbuta, tatweel as an editor types them) and must come out in the spelling
tokens have; a list of the wrong shape (a string where a list belongs, a
phrase in a list of single words, two spellings of one key with different
values) would otherwise match nothing, silently.  The error names the file
and the list.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib  # type: ignore[no-redef]

__all__ = ["set_of", "set_table_of", "table_of", "word_set", "word_set_table", "word_table"]

Normalise = Callable[[str], str]


@functools.lru_cache(maxsize=8)
def _data(file: str) -> dict[str, Any]:
    text = resources.files("eventx").joinpath("data", file).read_text(encoding="utf-8")
    return tomllib.loads(text)


def word_set(file: str, name: str, normalise: Normalise, single: bool = False) -> frozenset[str]:
    """The normalised words of list ``name`` of data file ``file`` (see :func:`set_of`)."""
    return set_of(_data(file), name, normalise, single, f"data/{file}")


def word_table(file: str, name: str, normalise: Normalise) -> dict[str, str]:
    """Table ``name`` of data file ``file`` (see :func:`table_of`)."""
    return table_of(_data(file), name, normalise, f"data/{file}")


def word_set_table(file: str, name: str, normalise: Normalise,
                   values: Normalise | None = None) -> dict[str, frozenset[str]]:
    """Table ``name`` of data file ``file`` (see :func:`set_table_of`)."""
    return set_table_of(_data(file), name, normalise, values, f"data/{file}")


def _entry(data: Mapping[str, Any], name: str, where: str) -> Any:
    """The raw value of list ``name`` (a KeyError names a missing list)."""
    if name not in data:
        raise KeyError(f"{name} (no such list in {where})")
    return data[name]


def _strings(value: Any, name: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise ValueError(f"{where}: {name} must be a list of non-empty strings")
    return value


def set_of(data: Mapping[str, Any], name: str, normalise: Normalise, single: bool = False,
           where: str = "word data") -> frozenset[str]:
    """The normalised words of list ``name`` of parsed ``data``.  ``single``:
    each entry must be one word (a phrase would never equal a token)."""
    out = frozenset(normalise(w) for w in _strings(_entry(data, name, where), name, where))
    if single and any(len(w.split()) != 1 for w in out):
        raise ValueError(f"{where}: {name} holds a phrase or a word normalised away; "
                         "it is compared with single tokens")
    return out


def _keys(data: Mapping[str, Any], name: str, normalise: Normalise, where: str) -> dict[str, Any]:
    table = _entry(data, name, where)
    if not isinstance(table, dict):
        raise ValueError(f"{where}: {name} must be a table")
    out: dict[str, Any] = {}
    for k, v in table.items():
        key = normalise(k)
        if not key:
            raise ValueError(f"{where}: {name} has a key normalised away: {k!r}")
        if key in out and out[key] != v:
            raise ValueError(f"{where}: {name} spells {key!r} twice with different values")
        out[key] = v
    return out


def table_of(data: Mapping[str, Any], name: str, normalise: Normalise,
             where: str = "word data") -> dict[str, str]:
    """Table ``name`` of parsed ``data``: normalised word or phrase -> its
    value as written."""
    out = _keys(data, name, normalise, where)
    if not all(isinstance(v, str) for v in out.values()):
        raise ValueError(f"{where}: {name} must map words to strings")
    return out


def set_table_of(data: Mapping[str, Any], name: str, normalise: Normalise,
                 values: Normalise | None = None, where: str = "word data") -> dict[str, frozenset[str]]:
    """Table ``name`` of parsed ``data``: normalised word -> a set of strings,
    normalised with ``values`` (None: kept as written, e.g. country codes)."""
    out: dict[str, frozenset[str]] = {}
    for k, v in _keys(data, name, normalise, where).items():
        words = _strings(v, f"{name}.{k}", where)
        out[k] = frozenset(words if values is None else (values(w) for w in words))
    return out
