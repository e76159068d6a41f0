"""Background stretches: "خلال الأيام الماضية"، "في الأسابيع الأخيرة"، "مؤخرا".

A stretch is a window of time reaching up to the publication date that some
deed fell in.  It is a date an analyst does use (GUIDELINES: "a few days ago"
is the 7 days before), but a weak one: a deed's clause often states its own
day as well, and two mentions of one incident may tell it once with a day
and once "in recent days".  So a stretch is returned as a
:class:`~eventx.dates.DateMatch` with ``vague=True`` and precision
``approximate``, and the event slots (eventx.events) fill it only where the
deed's own clause gives no firmer date; merging weighs it only against a
date that ends long before it starts, an older incident (eventx.merge).

Why apart from the date grammar: these phrases open with words as common as
"في" and "خلال", which would make the grammar's anchors fire on nearly every
sentence; here one substring test on the closing word ("الماضية"، "الأخيرة")
gates a small regex, so a sentence without one costs a few string scans.
Years count only with their length told ("خلال العامين الماضيين"، "خلال
السنوات الخمس الأخيرة": that many years up to the reference date); the bare
plural ("في السنوات الأخيرة") is left out on purpose: a window of a decade
dates nothing (its unit's ``few`` is 0).  "منذ عامين" is no stretch here:
after "منذ" a length is mostly how long a state has lasted ("محتجز منذ
عامين"), and a deed after "منذ" is background (eventx.recalled).
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import regex
from collections.abc import Sequence
from typing import Any

import attr

from eventx.dates import DateMatch
from eventx.dates_grammar import _load_toml, grammar, holds_any
from eventx.text.normalize import normalize_key

__all__ = ["find_stretches", "period_stretch"]


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _Unit:
    days: int  # days per unit; 0 for hours
    few: int  # how many days back the bare plural reaches; 0: only a numbered plural is a stretch


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _Table:
    pattern: Any  # regex.Pattern
    gate: tuple[str, ...]  # word stems: every stretch holds one of them
    # unit words ("الأيام"، "يوما") and recency words: every stretch holds one of
    # them too (most sentences past ``gate`` say "الماضي" of a date, no stretch)
    units: tuple[str, ...]
    unit: dict[str, _Unit]  # form -> its unit
    dual: frozenset[str]
    recent_days: int
    # the unit words of the units told as periods (``period = true``: weeks,
    # months, years)
    period: frozenset[str]


def _alt(forms: Any) -> str:
    return "|".join(regex.escape(f).replace(r"\ ", r"\s+")
                    for f in sorted(set(forms), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _table() -> _Table:
    data = _load_toml()["stretch"]
    n = normalize_key
    unit: dict[str, _Unit] = {}
    period: set[str] = set()
    plural: list[str] = []
    # plurals a stretch holds only with their number ("السنوات الخمس"): few = 0
    numbered: list[str] = []
    dual: list[str] = []
    counted: list[str] = []
    for u in data["unit"].values():
        spec = _Unit(int(u["days"]), int(u["few"]))
        for key, bucket in (("plural", plural if spec.few else numbered), ("dual", dual),
                            ("counted", counted)):
            for f in u[key]:
                unit[n(f)] = spec
                bucket.append(n(f))
                if u.get("period"):
                    period.add(n(f))
    last = _alt(n(f) for f in data["last"])
    few = _alt(n(f) for f in data["few"])
    numw = _alt(grammar().number_word)
    lead = _alt(n(f) for f in data["lead"])
    recent = [n(f) for f in data["recent"]]
    num = r"(?:ال\s?)?(?P<n>\d{1,3})"
    count = rf"(?:{num}|(?:ال)?(?P<nw>{numw}))"
    # (one name for a group in two branches: the regex module allows it)
    numbered_branch = rf"|(?P<pl>{_alt(numbered)})\s+{count}\s+(?:{last})" if numbered else ""
    pattern = regex.compile(
        rf"(?:(?<!\w)|(?<=\W[وف])|(?<=^[وف]))(?:(?:{lead})\s+)?(?:"
        rf"(?P<pl>{_alt(plural)})(?:\s+{count})?(?:\s+(?:{few}))?\s+(?:{last})"
        rf"{numbered_branch}"
        rf"|(?P<du>{_alt(dual)})\s+(?:{last})"
        rf"|{num}\s+(?P<cu>{_alt(counted)})\s+(?:{last})"
        rf"|(?P<rec>{_alt(recent)})"
        # "في الأيام الأخيرة من رمضان": the last days OF something, not a stretch
        rf")(?!\w)(?!\s+من\s)")
    # a stem is the first word of what a stretch must hold (a closing word
    # less its last letter, or a recency word), so one substring test finds it
    stems = {w.split()[0] for w in [n(f)[:-1] for f in data["last"]] + recent}
    # the shortest stems only: "الماضي" already finds "الماضيين"
    units = _shortest({f.split()[0] for f in [*unit, *recent]})
    return _Table(pattern, _shortest(stems), units, unit, frozenset(n(f) for f in dual),
                  int(data["recent_days"]), frozenset(period))


def _shortest(words: set[str]) -> tuple[str, ...]:
    """The words no other of ``words`` is part of: a text holds one of
    ``words`` exactly when it holds one of these (fewer substring tests)."""
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


def find_stretches(text: str, reference_date: dt.date | None) -> list[DateMatch]:
    """Every background stretch of a normalised sentence, left to right, as
    ``vague`` approximate dates ending on the reference date (unresolved,
    ``relative``, without one)."""
    t = _table()
    if not holds_any(text, t.gate) or not holds_any(text, t.units):
        return []
    out = []
    for m in t.pattern.finditer(text):
        if reference_date is None:
            out.append(DateMatch(m.start(), m.end(), None, None, "approximate", True, vague=True))
            continue
        back = _days_back(m, t)
        out.append(DateMatch(m.start(), m.end(), reference_date - dt.timedelta(days=back),
                             reference_date, "approximate", True, vague=True))
    return out


def period_stretch(words: Sequence[str]) -> bool:
    """Whether a stretch, given by its normalised words, is counted in weeks,
    months or years ("في الشهرين الأخيرين"، "خلال الأسابيع الثلاثة الماضية"،
    "في العامين الماضيين"): a period over which deeds are summed, as the
    plural "في الأشهر الأخيرة" is, no day of one incident.  A stretch of
    days or hours ("خلال اليومين الماضيين") or "recently" ("مؤخرا") may
    date one incident."""
    period = _table().period
    return any(w in period for w in words)


def _days_back(m: Any, t: _Table) -> int:
    """How many days before the reference date the stretch reaches."""
    if m.group("rec"):
        return t.recent_days
    form = m.group("pl") or m.group("du") or m.group("cu")
    u = t.unit[" ".join(form.split())]
    if m.group("n"):
        count: int | None = int(m.group("n"))
    elif m.group("nw"):
        count = grammar().number_word[m.group("nw")]
    elif m.group("du"):
        count = 2
    else:
        count = None
    if count is None:
        return u.few
    if u.days == 0:
        return max(1, math.ceil(count / 24))
    return max(1, count * u.days)
