""""ليلة السبت" is the night before Saturday: Arabic counts a night with the
day it leads into, so the phrase alone spans Friday evening to Saturday, the
same two days "ليل الجمعة السبت" names.  "ليل السبت" (news writes it for the
night after as often) and "منتصف ليلة الأحد" (the midnight ending Sunday) keep
one day, and a date the writer adds wins.  Sentences are written for these
tests; 2021-02-24 is a Wednesday."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.dates import find_dates
from eventx.text.normalize import normalize_text

D = dt.date
REF = D(2021, 2, 24)  # Wednesday
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
refs = st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31))


def spans(sentence: str, ref: dt.date | None = REF) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.start_date, m.end_date) for m in find_dates(normalize_text(sentence), ref)]


@pytest.mark.parametrize("sentence,start,end", [
    ("واشتدت المعارك ليلة السبت في أحياء المدينة.", D(2021, 2, 19), D(2021, 2, 20)),
    ("وقتل مسلحان في كمين ليلة الثلاثاء قرب الحدود.", D(2021, 2, 22), D(2021, 2, 23)),
    ("وداهمت الشرطة المنزل في ليلة يوم الجمعة.", D(2021, 2, 18), D(2021, 2, 19)),
    ("وسقطت قذائف على القرية ليلة الأحد الماضي.", D(2021, 2, 20), D(2021, 2, 21)),
])
def test_the_night_before_its_weekday(sentence: str, start: dt.date, end: dt.date) -> None:
    assert spans(sentence) == [(start, end)]


@pytest.mark.parametrize("sentence,day", [
    ("وقصفت الطائرات المواقع ليل السبت في الريف.", D(2021, 2, 20)),
    ("وتبدأ الهدنة اعتبارا من منتصف ليلة الأحد لمدة خمسة أيام.", D(2021, 2, 21)),
    ("وبث التسجيل ليلة السبت 20 فيفري 2021 على قناة خاصة.", D(2021, 2, 20)),
])
def test_other_nights_keep_one_day(sentence: str, day: dt.date) -> None:
    assert spans(sentence) == [(day, day)]


def test_a_night_of_two_weekdays_is_unchanged() -> None:
    assert spans("وهاجم مسلحون الحاجز ليلة السبت إلى الأحد.") == [(D(2021, 2, 20), D(2021, 2, 21))]


@settings(max_examples=100, deadline=None)
@given(refs, st.integers(min_value=0, max_value=6))
def test_the_night_before_always_ends_on_its_weekday(ref: dt.date, wd: int) -> None:
    ((start, end),) = spans(f"وتعرضت الأحياء لقصف عنيف ليلة {WEEKDAYS[wd]} وفق السكان.", ref)
    assert start is not None and end is not None
    assert end.weekday() == wd and (end - start).days == 1
    assert ref - dt.timedelta(days=6) <= end <= ref
