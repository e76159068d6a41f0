"""Days told relative to the last day an article named ("وقبل ذلك بيوم")."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from eventx.dates import dates_in_context, find_anaphoric
from eventx.text.normalize import normalize_text

REF = dt.date(2021, 2, 24)  # a Wednesday


def _offsets(text: str) -> list[int]:
    return [a.offset for a in find_anaphoric(normalize_text(text))]


def test_phrases_and_their_offsets() -> None:
    assert _offsets("وقبل ذلك بيوم قتل جندي") == [-1]
    assert _offsets("وبعد ذلك بيومين أعلنت الشرطة") == [2]
    assert _offsets("وبعدها بثلاثة أيام اعتقل") == [3]
    assert _offsets("وفي اليوم التالي عثر على الجثة") == [1]
    assert _offsets("في اليوم السابق اندلعت اشتباكات") == [-1]
    assert _offsets("كما انفجرت سيارة في اليوم نفسه") == [0]
    assert _offsets("وفي نفس اليوم قتل") == [0]


def test_no_anaphor_in_ordinary_words() -> None:
    assert _offsets("قبل ذلك كان الوضع هادئا") == []       # no count of days
    assert _offsets("في الوقت نفسه أعلنت الوزارة") == []    # the same time, no day
    assert _offsets("اليوم الأربعاء") == []
    assert _offsets("بعد ذلك بقليل") == []


def test_resolved_against_the_last_day_named() -> None:
    text = normalize_text("هاجم مسلحون الموقع السبت الماضي. وقبل ذلك بيوم قتل ستة")
    dates, anchor = dates_in_context(text, REF, None)
    assert [(d.start_date, d.precision) for d in dates] == [
        (dt.date(2021, 2, 20), "day"), (dt.date(2021, 2, 19), "day")]
    assert anchor is not None and anchor.start_date == dt.date(2021, 2, 19)


def test_the_anchor_carries_across_sentences_and_skips_until_dates() -> None:
    _, anchor = dates_in_context(normalize_text("قصفت الطائرات المواقع يوم 10 فبراير"), REF, None)
    _, anchor = dates_in_context(normalize_text("وأصيب 400 حتى 15 فبراير"), REF, anchor)
    dates, _ = dates_in_context(normalize_text("وفي اليوم التالي قتل خمسة"), REF, anchor)
    assert [d.start_date for d in dates] == [dt.date(2021, 2, 11)]


def test_no_anchor_no_date() -> None:
    dates, anchor = dates_in_context(normalize_text("وفي اليوم التالي قتل خمسة"), REF, None)
    assert dates == [] and anchor is None


@given(st.text(alphabet="قبلعدذكيومنفساتلي بها٠12و", max_size=60))
def test_never_raises_and_spans_are_in_text(text: str) -> None:
    for a in find_anaphoric(text):
        assert 0 <= a.start < a.end <= len(text)
    dates, _ = dates_in_context(text, REF, None)
    assert all(d.start_date is not None for d in dates)
