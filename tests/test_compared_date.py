"""A superlative's frame of comparison or a schedule word's date dates no
deed (eventx.compared_date).

Why: a date phrase belongs to the word it is told of.  "وهو الأسوأ منذ مارس
2016" compares today's bombing with those since March 2016; "تقريره المرتقب
نهاية الشهر" dates the report, not the demand that it tell of shelling.  Sentences
are written for this file.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.compared_date import compared_deed_after, compared_or_scheduled
from eventx.text.normalize import normalize
from eventx.text.tokenize import Token, tokenize

REF = dt.date(2019, 10, 9)


def _dates(text: str, etype: str) -> list[dt.date | None]:
    return [e.date.start if e.date is not None else None
            for e in eventx.extract(text, reference_date=REF) if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("انفجرت سيارة مفخخة قرب سوق المدينة، وهو التفجير الأسوأ منذ مارس 2016.", "bombing"),
    ("قتل عشرون شخصا في هجوم على سوق المدينة يعد الأعنف من نوعه خلال العام الجاري.", "attack"),
    # the demand is today's; the report is due at the month's end
    ("وطالبوا بتضمين تقريره، المرتقب نهاية الشهر الجاري، شهادات عن القصف بالبراميل الذي"
     " يقوم به الجيش.", "statement"),
])
def test_a_compared_or_scheduled_date_is_not_the_deed_s(text: str, etype: str) -> None:
    dates = _dates(text, etype)
    assert dates and all(d is None or d <= REF for d in dates), dates


def test_the_scheduled_noun_keeps_its_date() -> None:
    # the meeting itself is what the schedule word dates
    assert [(d.month, d.day) for d in _dates(
        "وكشف المصدر عن أن لقاءه المرتقب يوم 20 أكتوبر سيتناول الملف الأمني.", "meeting")
        if d is not None] == [(10, 20)]


def test_the_compared_deed_keeps_the_frame_s_date() -> None:
    # the deed told by "when" after the frame is the one the date dates
    assert dt.date(2016, 3, 1) in _dates(
        "وهذا الهجوم هو الأعنف منذ مارس 2016، عند مقتل 22 شخصا في تفجير سيارة مفخخة في السوق.",
        "bombing")


def test_more_than_since_starts_a_tally_still() -> None:
    # "أكثر من" is an amount: the date still starts the deed's count
    assert dt.date(2019, 1, 1) in _dates(
        "وقتل أكثر من مئة شخص منذ يناير 2019 في هجمات المسلحين.", "killing") + _dates(
        "وقتل أكثر من مئة شخص منذ يناير 2019 في هجمات المسلحين.", "attack")


@pytest.mark.parametrize("text, etype, modality", [
    # "the fiercest since": measured against the time, not summed over it (class record)
    ("شنت الطائرات أمس غارات على المدينة هي الأعنف منذ أشهر.", "air_strike", "asserted"),
    ("قتل ثلاثون مسلحا أمس في غارات جوية على مواقعهم في أكبر عملية في المنطقة منذ مطلع السنة.",
     "air_strike", "asserted"),
    # a toll since a time is a tally
    ("قتل 76 صحافيا منذ الغزو.", "killing", "generic"),
    ("وقتل 19 شخصا من قوات الأمن في هجمات نسبت إلى الحزب منذ بداية الأزمة.", "attack", "generic"),
    ("وقتل أكثر من مئة شخص منذ تولي الرئيس الحكم.", "killing", "generic"),
])
def test_a_record_since_a_time_is_no_tally(text: str, etype: str, modality: str) -> None:
    assert [e.modality for e in eventx.extract(text, reference_date=REF)
            if e.type == etype] == [modality]


def test_the_deed_a_record_is_measured_by_is_another_incident() -> None:
    # the deed told by "when" after the frame is years older: its doer, toll and
    # date are not the compared attack's
    events = [e for e in eventx.extract(
        "وهجوم المدينة هو الأعنف منذ يوليو 2005 عندما قتل انتحاريون 52 شخصا في هجمات على"
        " شبكة المواصلات في العاصمة.", reference_date=REF) if e.type == "attack"]
    assert len(events) == 2
    today = [e for e in events if e.date is None or e.date.start.year == REF.year]
    assert len(today) == 1 and not today[0].actors


def _toks(text: str) -> list[Token]:
    return list(tokenize(normalize(text).text))


@given(st.lists(st.sampled_from(["قتل", "في", "المدينه", "،", "امس", "هجوم", "منذ", "خلال",
                                 "الاسوا", "اكثر", "من", "المرتقب", "يناير"]), max_size=12),
       st.integers(min_value=0, max_value=14))
def test_never_fails_on_any_position(words: list[str], at: int) -> None:
    toks = _toks(" ".join(words)) if words else []
    if at < len(toks):
        compared_or_scheduled(toks, 0, 0, at)


@given(st.lists(st.sampled_from(["قتل", "في", "هجوم", "هو", "الاعنف", "منذ", "خلال", "يوليو",
                                 "2005", "عندما", "اكثر", "من", "،"]), max_size=14),
       st.integers(min_value=-1, max_value=14), st.integers(min_value=0, max_value=14))
def test_compared_deed_never_fails_and_needs_a_superlative_between(
        words: list[str], first_last: int, trig_first: int) -> None:
    toks = _toks(" ".join(words)) if words else []
    if trig_first < len(toks) and compared_deed_after(toks, first_last, trig_first):
        between = [t.text for t in toks[first_last + 1:trig_first]]
        assert "الاعنف" in between and {"منذ", "خلال"} & set(between) and "عندما" in between
