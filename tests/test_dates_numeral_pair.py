""""الاثنين" standing alone for "the two (of them)" is no Monday: before a word of
togetherness or of the other ones ("معا"، "الآخرين") or after a word asking for
a pair ("كلا"، "بين").  A Monday keeps its day in every other place, bare after
a verb or its subject included.  Sentences are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.dates import find_dates
from eventx.text.normalize import normalize_text

TUESDAY = dt.date(2015, 7, 21)
MONDAY = dt.date(2015, 7, 20)


def _dates(sentence: str, ref: dt.date = TUESDAY) -> list[tuple[dt.date | None, ...]]:
    return [(d.start_date, d.end_date) for d in find_dates(normalize_text(sentence), ref)]


@pytest.mark.parametrize("sentence", [
    "فقدت الأم ولديها وخسرت الاثنين معا في انفجار واحد.",
    "وأصيب كلا الاثنين بشظايا القذيفة.",
    "ولا يعرف الشهود الفرق بين الاثنين.",
    "ونقل المسعفون الإثنين الآخرين إلى المستشفى.",
    "وأطلقت الشرطة سراح الاثنين جميعا بعد التحقيق.",
])
def test_the_two_of_them_is_no_monday(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وأعلن مسؤول أمني الاثنين أن الهجوم أوقع قتلى.",
    "ووقع الانفجار الاثنين في سوق المدينة.",
    "وأصدر الرئيس الإثنين قرارا بتعيين محافظ جديد.",
    "وقتل مسلحون جنديين يوم الاثنين معا على الحاجز.",
    "وعقد الوزيران الاثنين الماضي اجتماعا مطولا.",
])
def test_monday_keeps_its_day(sentence: str) -> None:
    got = _dates(sentence)
    assert len(got) == 1 and got[0][0] == got[0][1]
    assert got[0][0] is not None and got[0][0].weekday() == 0


def test_between_monday_and_tuesday_is_a_range() -> None:
    assert _dates("وتواصل القصف بين الاثنين والثلاثاء على الأحياء.") == [(MONDAY, TUESDAY)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["معا", "معاً", "سويا", "كليهما", "الآخرين"]),
       st.sampled_from(["ونقلت ", "وأوقفت الشرطة ", "ثم اعتقلت "]))
def test_any_together_word_makes_the_numeral(after: str, lead: str) -> None:
    assert _dates(f"{lead}الاثنين {after} في المدينة.") == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["يوم ", "مساء ", "صباح "]))
def test_a_day_word_keeps_monday_before_together(lead: str) -> None:
    assert _dates(f"وسافر الوزيران {lead}الاثنين معا إلى العاصمة.") == [(MONDAY, MONDAY)]
