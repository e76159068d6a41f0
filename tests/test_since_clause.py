"""A date inside a "since …" clause dates that clause's deed (eventx.since_clause).

Why: a date phrase belongs to the clause it stands in.  "منذ" with a deed of
its own ("منذ تسلمه مهامه في فبراير") opens a clause the date then dates; the
deed told before it is later.  "منذ" straight before a date ("منذ الجمعة")
tells when the deed began.  Sentences are written for this file.
"""
from __future__ import annotations

import datetime as dt

import pytest

import eventx

REF = dt.date(2019, 10, 9)


def _dates(text: str, etype: str) -> list[tuple[dt.date, dt.date]]:
    return [(e.date.start, e.date.end) for e in eventx.extract(text, reference_date=REF)
            if e.type == etype and e.date is not None]


@pytest.mark.parametrize("text, etype", [
    ("وأجرى الوزير زيارة إلى الموصل هي الأولى منذ تسلمه منصبه في مارس 2017.", "meeting"),
    ("وكثف التنظيم هجماته على القرى منذ انسحاب الجيش منها في يناير 2018.", "attack"),
])
def test_a_since_clause_s_date_is_not_the_deed_s(text: str, etype: str) -> None:
    dates = _dates(text, etype)
    assert dates and all(start.year == 2019 for start, _ in dates), dates


def test_since_straight_before_a_date_is_the_deed_s_start() -> None:
    # no deed between: the clash began that day
    assert (dt.date(2019, 10, 6), dt.date(2019, 10, 6)) in _dates(
        "ودارت اشتباكات عنيفة في المدينة منذ فجر الأحد بين الجيش والمسلحين.", "armed_clash")
    assert (dt.date(2019, 10, 6), dt.date(2019, 10, 6)) in _dates(
        "ودارت اشتباكات عنيفة في المدينة منذ ساعات فجر الأحد بين الجيش والمسلحين.", "armed_clash")
