"""A date inside the words a statement quotes is not the statement's date
(eventx.quoted_date).

Why: a quotation is a clause of the speaker's, and its dates tell its own
matter (a deadline, a start, a year of figures).  Sentences are written for
this file.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.quoted_date import quoted_apart
from eventx.text.normalize import normalize
from eventx.text.tokenize import Token, tokenize

REF = dt.date(2019, 10, 9)


def _dates(text: str, etype: str) -> list[dt.date | None]:
    return [e.date.start if e.date is not None else None
            for e in eventx.extract(text, reference_date=REF) if e.type == etype]


@pytest.mark.parametrize("text", [
    "وقالت الوزارة في بيان إنه «ينبغي إنهاء المفاوضات بنهاية هذا العام».",
    "وقال وزير الداخلية في بيان: «خلال العام الماضي، ارتفع عدد الطلبات إلى عشرين ألفا».",
    "وأعلنت الحكومة في بيان أنه «تقرر تمديد حظر التجول لشهر اعتبارا من العاشر من أكتوبر».",
])
def test_a_quoted_date_does_not_date_the_statement(text: str) -> None:
    dates = _dates(text, "statement")
    assert dates and all(d is None or REF - dt.timedelta(days=2) <= d <= REF for d in dates), dates


def _toks(text: str) -> list[Token]:
    return list(tokenize(normalize(text).text))


def test_a_trigger_inside_the_quotation_keeps_it() -> None:
    toks = _toks('وقال: "لقد أعلنا أمس الحداد" اليوم')
    said, announced, yesterday, today = 0, 4, 5, 8
    assert quoted_apart(toks, said, yesterday)
    assert not quoted_apart(toks, announced, yesterday)
    assert not quoted_apart(toks, said, today)


@given(st.lists(st.sampled_from(["قال", '"', "امس", "في", "بيان", "،", "اليوم"]), max_size=12),
       st.integers(min_value=0, max_value=14), st.integers(min_value=0, max_value=14))
def test_unpaired_marks_tell_nothing(words: list[str], trig: int, at: int) -> None:
    toks = _toks(" ".join(words)) if words else []
    if sum(t.text == '"' for t in toks) % 2:
        assert not quoted_apart(toks, trig, at)
