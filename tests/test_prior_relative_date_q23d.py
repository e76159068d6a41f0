"""A date in a relative clause of another head, closed by a comma before the
deed, dates that head, not the deed (eventx.events._in_prior_relative).

Why: "المبنى الذي سيطر عليه التنظيم في عام 2014، قصفته الطائرات" tells when
the building was taken, not when it was struck.  A clause whose head is a deed
noun ("العملية التي جرت في 11 مايو، أدت إلى مقتل") dates that deed, the one told
on; a day of the report's reckoning ("أمس") stays the deed's.  Sentences are
written for this file.
"""
from __future__ import annotations

import datetime as dt

import pytest

import eventx

REF = dt.date(2019, 6, 12)
# no day stated: the publication day or the one before it (eventx.extractor)
INFERRED = (dt.date(2019, 6, 11), dt.date(2019, 6, 12))


def _dates(text: str, etype: str) -> list[tuple[dt.date, dt.date]]:
    return [(e.date.start, e.date.end) for e in eventx.extract(text, reference_date=REF)
            if e.type == etype and e.date is not None]


@pytest.mark.parametrize("text, etype", [
    ("المبنى الذي سيطر عليه التنظيم في عام 2014، قصفته الطائرات الحربية.", "air_strike"),
    ("المعسكر الذي أقامه الجيش في مارس الماضي، تعرض لهجوم بقذائف الهاون.", "rocket_strike"),
])
def test_another_head_s_relative_clause_does_not_date_the_deed(text: str, etype: str) -> None:
    assert _dates(text, etype) == [INFERRED]


def test_a_deed_head_s_relative_clause_dates_the_deed_told_on() -> None:
    assert _dates("وأوضحت الوزارة أن العملية التي جرت في 11 مايو في ولاية باكتيكا، أدت إلى مقتل "
                  "قيادي في تنظيم القاعدة.", "killing") == [(dt.date(2019, 5, 11), dt.date(2019, 5, 11))]


def test_a_day_of_the_report_s_reckoning_stays_the_deed_s() -> None:
    assert _dates("القوات التي وصلت أمس إلى المدينة، اشتبكت مع المسلحين في الحي الشرقي.",
                  "armed_clash") == [(dt.date(2019, 6, 11), dt.date(2019, 6, 11))]
