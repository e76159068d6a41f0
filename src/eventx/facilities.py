"""Targets that are things or places: mosques, vehicles, patrols, checkpoints.

Analysts record what an attack hit, not only who did it; most targets are
common nouns no actor dictionary lists.  A facility noun becomes an actor
mention, its kind taken from an actor right after it ("the mosque of the
emergency forces" is a state-forces target) or from the table.
"""
from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Final

import attrs

from eventx.text.normalize import normalize_key

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


#: the shipped table (in ``eventx/data``), for the matcher's cache key
DATA_FILE: Final = "facilities.toml"


@attrs.frozen(slots=True)
class Facility:
    en: str
    kind: str
    #: buildings and works named after a person (مسجد أبو هريرة، جسر الملك
    #: فهد): a name right after the noun is the building's, not an actor
    named: bool = False


@cache
def table() -> dict[str, Facility]:
    """Normalised facility phrase → what it is (loaded once)."""
    raw = tomllib.loads((resources.files("eventx") / "data" / DATA_FILE)
                        .read_text(encoding="utf-8"))
    out: dict[str, Facility] = {}
    for row in raw.get("facility", []):
        fac = Facility(str(row["en"]), str(row["kind"]), bool(row.get("named", False)))
        for name in row["names"]:
            out.setdefault(normalize_key(name), fac)
    return out
