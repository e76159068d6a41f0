"""Dates and counts moved to document offsets by their own ``shifted`` (named
fields, not attrs.evolve), and the date gates' ``holds_any`` (a plain loop
for any()): each equals what it replaced."""
from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from eventx.counts import CountMatch
from eventx.dates import DateMatch
from eventx.dates_grammar import holds_any


def test_date_shifted_equals_evolve() -> None:
    d = DateMatch(3, 9, dt.date(2021, 1, 2), dt.date(2021, 1, 5), "approximate", True, vague=True)
    assert d.shifted(40) == attrs.evolve(d, start=43, end=49)
    plain = DateMatch(0, 4, None, None, "day", True)
    assert plain.shifted(7) == attrs.evolve(plain, start=7, end=11)
    # a field added to the record must be carried by shifted too
    assert [f.name for f in attrs.fields(DateMatch)] == [
        "start", "end", "start_date", "end_date", "precision", "relative", "vague"]


def test_count_shifted_equals_evolve() -> None:
    c = CountMatch(5, 12, "munitions", 14, 14, 20, True, unit="rocket", joined=True)
    assert c.shifted(100) == attrs.evolve(c, start=105, end=112)
    assert [f.name for f in attrs.fields(CountMatch)] == [
        "start", "end", "kind", "value", "min", "max", "approximate", "unit", "joined"]


@given(st.text(alphabet="ابت ه", max_size=12),
       st.lists(st.text(alphabet="ابت ه", min_size=1, max_size=3), max_size=4))
def test_holds_any_is_any(text: str, parts: list[str]) -> None:
    assert holds_any(text, tuple(parts)) == any(p in text for p in parts)
