"""Two date misreadings of news Arabic: the numeral "الاثنين" (two) read as
Monday, after a definite plural or standing alone for "the two (of them)" (before
a word of togetherness or of the other ones, "معا"، "الآخرين", or after a word
asking for a pair, "كلا"، "بين"), and a bare "نهاية الأسبوع" in a report read as
the weekend ahead.  A Monday keeps its day in every other place, bare after a
verb or its subject included.  Sentences are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.dates import find_dates
from eventx.text.normalize import normalize_text

TUESDAY = dt.date(2015, 7, 21)
MONDAY = dt.date(2015, 7, 20)
refs = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))


def _dates(sentence: str, ref: dt.date | None = TUESDAY) -> list[tuple[dt.date | None, ...]]:
    return [(d.start_date, d.end_date) for d in find_dates(normalize_text(sentence), ref)]


@pytest.mark.parametrize("sentence", [
    "وقال الشهود إن الجنديين الاثنين أصيبا بجروح خفيفة.",
    "وأفرجت الشرطة عن الموقوفين الاثنين بعد التحقيق معهما.",
    "وحاول الحارسين الاثنين منع المهاجمين من الدخول.",
])
def test_two_after_a_definite_plural_is_no_monday(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقتل مسلحون الجنود يوم الاثنين في البلدة.",
    "وهاجم المسلحين مساء الاثنين حاجزا للجيش.",
    "وأعلنت البحرين الاثنين سحب سفيرها.",
    "وأصدر خادم الحرمين الشريفين الاثنين أمرا ملكيا.",
    "ووقع الانفجار الاثنين في السوق.",
])
def test_monday_stays_a_day_elsewhere(sentence: str) -> None:
    assert _dates(sentence) == [(dt.date(2015, 7, 20), dt.date(2015, 7, 20))]


@settings(max_examples=80, deadline=None)
@given(refs, st.sampled_from(["المسلحين", "المعتقلين", "الفلسطينيين", "الضابطين"]),
       st.sampled_from(["", "و"]))
def test_two_after_any_definite_plural_never_dates(ref: dt.date, noun: str, clitic: str) -> None:
    assert _dates(f"وأكد المصدر أن {clitic}{noun} الاثنين نقلا إلى المستشفى.", ref) == []


@settings(max_examples=80, deadline=None)
@given(refs, st.sampled_from(["يوم ", "مساء ", "صباح "]))
def test_a_lead_day_word_keeps_monday_after_a_plural(ref: dt.date, lead: str) -> None:
    (got,) = _dates(f"وقتل المسلحين {lead}الاثنين في هجوم.", ref)
    assert got[0] == got[1] and got[0] is not None and got[0].weekday() == 0
    assert ref - dt.timedelta(days=6) <= got[0] <= ref


def test_bare_weekend_in_a_tuesday_report_is_the_one_past() -> None:
    assert _dates("وقتل ثلاثة في هجمات نهاية الأسبوع على القرية.") == [
        (dt.date(2015, 7, 17), dt.date(2015, 7, 19))]


@pytest.mark.parametrize("phrase", ["نهاية الأسبوع الجاري", "نهاية هذا الأسبوع",
                                    "نهاية الأسبوع المقبل"])
def test_a_named_week_keeps_its_weekend(phrase: str) -> None:
    (got,) = _dates(f"ويعقد الاجتماع {phrase} في العاصمة.")
    assert got[0] is not None and got[0] >= dt.date(2015, 7, 24)


@settings(max_examples=100, deadline=None)
@given(refs, st.sampled_from(["نهاية الأسبوع", "مطلع الأسبوع", "منتصف الأسبوع",
                              "عطلة نهاية الأسبوع"]))
def test_a_bare_part_of_the_week_has_begun_by_the_report(ref: dt.date, phrase: str) -> None:
    """Whatever the day of the report, a bare part of "the week" has begun by
    then and lies within the last nine days (a Friday-Sunday weekend at most
    six days past its start)."""
    (got,) = _dates(f"وقالت الشرطة إن المسلحين هاجموا القرية في {phrase} الأخيرة.", ref)
    start, end = got
    assert start is not None and end is not None
    assert ref - dt.timedelta(days=9) <= start <= ref <= end + dt.timedelta(days=6)


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
