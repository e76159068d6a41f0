"""A deed dated by the report's reckoning is news, not a named incident (eventx.report_day).

Why: "تفجيرات 11 مارس 2004" names a known incident by its date, and the deed
is recalled; but "هاجم اليوم الأربعاء 24 أوت 2016 مسلحون" dates the day's
news, the calendar date beside the day the report counts.  Sentences are
written for this file; nothing is copied from the corpus.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx

D = dt.date
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


def _modalities(text: str, etype: str, ref: dt.date) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=ref) if e.type == etype]


def _calendar(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@settings(max_examples=25, deadline=None)
@given(day=st.dates(min_value=D(1995, 1, 1), max_value=D(2035, 12, 31)))
def test_a_weekday_agreeing_with_the_calendar_date_dates_news(day: dt.date) -> None:
    text = f"هاجم {WEEKDAYS[day.weekday()]} {_calendar(day)} مسلحون دورية للجيش في جبل سمامة."
    assert _modalities(text, "attack", day + dt.timedelta(days=1)) == ["asserted"]


@settings(max_examples=25, deadline=None)
@given(day=st.dates(min_value=D(1995, 1, 1), max_value=D(2035, 12, 31)))
def test_the_eve_of_the_next_weekday_agrees_too(day: dt.date) -> None:
    # "ليلة السبت" is the night before Saturday: Friday's date
    eve = WEEKDAYS[(day.weekday() + 1) % 7]
    text = f"هاجم ليلة {eve} {_calendar(day)} مسلحون دورية للجيش في جبل سمامة."
    assert _modalities(text, "attack", day + dt.timedelta(days=1)) == ["asserted"]


@pytest.mark.parametrize("text, etype", [
    ("اعتقلت اليوم الخميس 9 مارس 2017 الشرطة ثلاثة مشتبه بهم في صفاقس.", "arrest"),
    ("اختطف أمس 8 مارس 2017 مسلحون مهندسا أجنبيا في مدينة سبها.", "abduction"),
])
def test_today_or_yesterday_beside_the_calendar_date_dates_news(text: str, etype: str) -> None:
    assert "asserted" in _modalities(text, etype, D(2017, 3, 9))


def test_a_bare_calendar_date_still_names_a_known_incident() -> None:
    # no day by the report's reckoning: the incident is named, recalled
    text = "وتحدث الخبير عن هجمات 11 سبتمبر 2001 في نيويورك."
    assert "asserted" not in _modalities(text, "attack", D(2017, 3, 9))
    # a weekday the date disagrees with (11 September 2001 was a Tuesday) does not make it news
    text = "وتحدث الخبير عن هجمات الأحد 11 سبتمبر 2001 في نيويورك."
    assert "asserted" not in _modalities(text, "attack", D(2017, 3, 9))
