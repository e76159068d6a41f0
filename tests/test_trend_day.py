"""A deed a trend verb tells of, dated by a day of its own clause, took place
(eventx.trend_day).  Sentences are written for this file."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.trend_day import trend_verb

REF = dt.date(2019, 10, 9)


def _modalities(text: str, etype: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == etype]


def test_a_trend_with_the_deed_s_own_night_is_an_incident() -> None:
    assert _modalities("وتصاعدت حدة المعارك، ليلة الأحد، بين القوات الحكومية والمسلحين في ريف"
                       " المدينة.", "armed_clash") == ["asserted"]


def test_a_trend_over_weeks_stays_generic() -> None:
    assert _modalities("وتصاعدت حدة المعارك في ريف المدينة خلال الأسابيع الماضية.",
                       "armed_clash") == ["generic"]


_VERBS = ["تصاعدت", "تتصاعد", "تزايدت", "يتزايد", "تنامت"]


@given(st.sampled_from(_VERBS), st.sampled_from(["", "و", "ف"]))
def test_a_conjunction_keeps_a_trend_verb(verb: str, conj: str) -> None:
    assert trend_verb(conj + verb)


@given(st.text(alphabet="وفتادلمكبرس", max_size=8))
def test_words_with_no_growth_root_are_no_trend(word: str) -> None:
    # (no ص، ز or ن: no root of growth can be spelled)
    assert not trend_verb(word)
