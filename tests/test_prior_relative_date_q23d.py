"""A date in a relative clause of another head, closed by a comma before the
deed, dates that head, not the deed (eventx.events._in_prior_relative).

Why: "المبنى الذي سيطر عليه التنظيم في عام 2014، قصفته الطائرات" tells when
the building was taken, not when it was struck.  A clause whose head is a deed
noun ("العملية التي جرت في 11 مايو، أدت إلى مقتل") dates that deed, the one told
on; a day of the report's reckoning ("أمس") stays the deed's.  Of two dates
of the deed's clause, one before a comma and a و-glued word that open a
coordinated clause is that earlier clause's (events._coordinated_before).
Sentences are written for this file.
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


def test_a_date_before_a_comma_and_wa_is_the_earlier_clause_s() -> None:
    # "، وتعرض": a coordinated clause opens; its own date (March 2011) is the attack's,
    # though the opening's January stands nearer the trigger
    dates = _dates("افتتحت الحكومة المطار في يناير 2010، وتعرض لهجوم مسلح استهدف صالة الركاب "
                   "الرئيسية في مبنى المطار الدولي في مارس 2011.", "attack")
    assert dates == [(dt.date(2011, 3, 1), dt.date(2011, 3, 31))]


def test_a_lone_date_before_the_comma_still_dates_the_deed() -> None:
    # with no other date the earlier clause's stays (the preference only picks between dates)
    assert _dates("افتتحت الحكومة المطار الجديد في يناير 2010، وتعرض المطار لهجوم مسلح.",
                  "attack") == [(dt.date(2010, 1, 1), dt.date(2010, 1, 31))]
