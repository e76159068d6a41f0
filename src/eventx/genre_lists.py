"""The word lists of :mod:`eventx.genre` (``data/genre.toml``), read once.

Why a module of their own: the document scan (:mod:`eventx.doc_scan`, built
with the compiled packs) finds the listed words in its one pass over an
article, and the genre itself reads the events; the lists depend on neither.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Final

import attr

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.text.normalize import normalize_text

__all__ = ["Lists", "lists"]

_FILE: Final = "genre.toml"  # in eventx/data
_PROCLITICS: Final = ("و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "ول", "وب")


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Lists:
    essay: frozenset[str]
    report: frozenset[str]
    min_words: int
    min_score: float
    report_weight: float
    max_report_rate: float
    min_voice: int
    min_unsourced_words: int
    sport: dict[str, str]  # every written form of a sports word to the word
    essay_forms: frozenset[str]  # ``essay`` and ``report``, bare or after و
    report_forms: frozenset[str]
    min_sport_rate: float
    min_sport_forms: int
    min_sport_words: int
    violence: re.Pattern[str]
    armed_kinds: frozenset[str]
    # every form of the three lists: the only words whose counts are asked
    listed: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def lists() -> Lists:
    data = tomllib.loads(resources.files("eventx").joinpath("data", _FILE).read_text(encoding="utf-8"))
    sport = data["sport"]
    # a violence word at a word start, after proclitics; any ending
    stems = sorted({normalize_text(w) for w in sport["violence"]}, key=len, reverse=True)
    violence = re.compile(r"(?<![\u0621-\u064a])(?:" + "|".join(_PROCLITICS) + r")?(?:"
                          + "|".join(re.escape(w) for w in stems) + ")")
    essay = frozenset(normalize_text(w) for w in data["essay"])
    report = frozenset(normalize_text(w) for w in data["report"])
    sport_forms = _with_clitics(frozenset(normalize_text(w) for w in sport["words"]))
    essay_forms = essay | {"و" + w for w in essay}
    report_forms = report | {"و" + w for w in report}
    return Lists(essay, report,
                  int(data["min_words"]), float(data["min_score"]),
                  float(data["report_weight"]), float(data["max_report_rate"]),
                  int(data["min_voice"]), int(data["min_unsourced_words"]),
                  sport_forms, essay_forms, report_forms,
                  float(sport["min_rate"]), int(sport["min_forms"]), int(sport["min_words"]), violence,
                  frozenset(sport["armed_kinds"]),
                  # (frozenset | dict keys is a plain set: the compiled build checks the type)
                  essay_forms | report_forms | frozenset(sport_forms))


def _with_clitics(words: frozenset[str]) -> dict[str, str]:
    """Every written form of ``words`` (bare, or after a proclitic, whose ال
    takes the place of theirs) to its bare word: one lookup a word later."""
    out = {w: w for w in words}
    for w in sorted(words):
        for p in _PROCLITICS:
            if p.endswith("ال") or p == "لل":
                form = p + w[2:] if w.startswith("ال") else ""
            else:
                form = p + w
            if form:
                out.setdefault(form, w)
    return out
