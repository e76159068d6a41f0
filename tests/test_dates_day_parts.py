"""Parts of a day told relative to the publication date: the night two
weekdays name side by side ("ليل الخميس الجمعة"), the night just past in its
regional spellings ("الليلة الفارطة"), and this morning told with "هذا".

Expected values are worked out by hand from the calendar (2021-02-24 is a
Wednesday), not copied from the code's output.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.dates import DateMatch, find_dates
from eventx.text.normalize import normalize_text

D = dt.date
REF = D(2021, 2, 24)  # Wednesday
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
refs = st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31))


def found(sentence: str, ref: dt.date | None = REF) -> list[tuple[str, DateMatch]]:
    text = normalize_text(sentence)
    return [(text[m.start:m.end], m) for m in find_dates(text, ref)]


@pytest.mark.parametrize("sentence,phrase,start,end", [
    ("وقصفت المقاتلات ليل الجمعة السبت سبعة أهداف.", "ليل الجمعة السبت",
     D(2021, 2, 19), D(2021, 2, 20)),
    ("قتل طفل حرقا ليل الخميس الجمعة حين هاجم مستوطنون منزله.", "ليل الخميس الجمعة",
     D(2021, 2, 18), D(2021, 2, 19)),
    ("وبدأت الهدنة منتصف ليل الأحد الاثنين.", "منتصف ليل الأحد الاثنين",
     D(2021, 2, 21), D(2021, 2, 22)),
    ("وهاجم مسلحون الحاجز ليلة الاثنين على الثلاثاء.", "ليلة الاثنين على الثلاثاء",
     D(2021, 2, 22), D(2021, 2, 23)),
    ("وتمكنت الوحدات الأمنية خلال الليلة الفارطة من إيقاف عنصر متشدد.", "الليلة الفارطة",
     D(2021, 2, 23), REF),
    ("وقتل مسلحون حارسين في الليلة المنصرمة.", "الليلة المنصرمة", D(2021, 2, 23), REF),
    ("وتمكنت الوحدات ليلة البارح من حجز أسلحة.", "ليلة البارح", D(2021, 2, 23), D(2021, 2, 23)),
    ("استهدفت الضربة الجوية صبراتة فجر هذا اليوم.", "فجر هذا اليوم", REF, REF),
    ("وأعلن الحاكم هذا الصباح أن انتحاريا فجر سترته في السوق.", "هذا الصباح", REF, REF),
])
def test_day_parts(sentence: str, phrase: str, start: dt.date, end: dt.date) -> None:
    ((text, m),) = found(sentence)
    assert text == normalize_text(phrase)
    assert (m.start_date, m.end_date, m.precision, m.relative) == (start, end, "day", True)


@pytest.mark.parametrize("sentence", [
    "لا حاجة لأقول لكم إلى أي حد ننتظر هذا اليوم بفارغ الصبر.",  # a day looked forward to
    "وتعيش المدينة هذا اليوم على وقع الصدمة.",
])
def test_a_bare_this_day_is_no_date(sentence: str) -> None:
    assert found(sentence) == []


def test_two_weekdays_side_by_side_without_a_night_are_two_days() -> None:
    """Only a night spans two days: "مساء الخميس الجمعة" and a bare pair stay
    two dates (the second may open a new clause)."""
    assert [t for t, _ in found("وقعت الاشتباكات مساء الخميس الجمعة في المدينة.")] == [
        normalize_text("مساء الخميس"), normalize_text("الجمعة")]
    assert len(found("وقعت الاشتباكات الخميس الجمعة في المدينة.")) == 2


def test_a_night_word_before_another_word_joins_no_second_day() -> None:
    """"على الطريق" is no second weekday: the night is the one "ليلة الخميس"
    names alone, Wednesday evening into Thursday."""
    ((text, m),) = found("وهاجم مسلحون الحاجز ليلة الخميس على الطريق.")
    assert text == normalize_text("ليلة الخميس")
    assert (m.start_date, m.end_date) == (D(2021, 2, 17), D(2021, 2, 18))


@settings(max_examples=100, deadline=None)
@given(refs, st.integers(min_value=0, max_value=6),
       st.sampled_from(["ليل", "ليلة", "منتصف ليل", "منتصف ليلة"]),
       st.sampled_from(["", "على "]))
def test_a_night_named_by_two_weekdays_spans_both(ref: dt.date, wd: int, night: str,
                                                  joiner: str) -> None:
    """"ليل X Y" (Y the day after X), with "على" between or nothing, is one
    night from X to Y, the latest such night that has begun by the
    reference date, as with "إلى" or a dash."""
    first, second = WEEKDAYS[wd], WEEKDAYS[(wd + 1) % 7]
    ((text, m),) = found(f"وقصفت الطائرات المواقع {night} {first} {joiner}{second} في الريف.", ref)
    assert text == normalize_text(f"{night} {first} {joiner}{second}")
    assert m.start_date is not None and m.end_date is not None
    assert (m.end_date - m.start_date).days == 1 and m.precision == "day"
    assert m.start_date.weekday() == wd
    assert ref - dt.timedelta(days=6) <= m.end_date <= ref


@settings(max_examples=60, deadline=None)
@given(refs, st.sampled_from(["الماضية", "الفارطة", "الفائتة", "المنصرمة", "المنقضية"]))
def test_the_night_just_past_reaches_from_yesterday_into_today(ref: dt.date, word: str) -> None:
    ((_, m),) = found(f"وقال مصدر أمني إن مسلحين قتلوا شرطيا الليلة {word} في المدينة.", ref)
    assert (m.start_date, m.end_date, m.precision) == (ref - dt.timedelta(days=1), ref, "day")


@settings(max_examples=60, deadline=None)
@given(refs, st.sampled_from(["فجر هذا اليوم", "صباح هذا اليوم", "صبيحة هذا اليوم",
                              "ظهر هذا اليوم", "عصر هذا اليوم", "مساء هذا اليوم",
                              "هذا الصباح", "هذا المساء"]))
def test_this_morning_is_the_reference_day(ref: dt.date, phrase: str) -> None:
    ((text, m),) = found(f"وأعلنت الشرطة {phrase} مقتل ثلاثة مسلحين.", ref)
    assert text == normalize_text(phrase)
    assert (m.start_date, m.end_date, m.relative) == (ref, ref, True)
