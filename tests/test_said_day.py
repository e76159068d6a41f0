"""said_day: a day right after a verb of saying dates the saying; the deed
told after it takes the day its own words give, not one past a relative."""
from __future__ import annotations

import eventx


def _day(text: str, etype: str) -> str | None:
    ev = next(e for e in eventx.extract(text, reference_date="2015-07-31") if e.type == etype)
    return ev.date.start.isoformat() if ev.date and ev.date.start else None


def test_the_deed_after_the_saying_takes_its_own_day() -> None:
    assert _day("وأكد مسؤول في الشرطة اليوم، اعتقال ثلاثة شبان أمس في مدينة الموصل.",
                "arrest") == "2015-07-30"


def test_a_day_past_a_relative_pronoun_is_another_deeds() -> None:
    assert _day("أعلنت الشرطة أمس اعتقال رجل في بغداد، الذي قاتل في صفوف التنظيم في مارس الماضي.",
                "arrest") == "2015-07-30"


def test_a_sentence_with_one_day_gives_it_to_the_deed() -> None:
    assert _day("أعلنت الشرطة أمس اعتقال ثلاثة أشخاص في بغداد.", "arrest") == "2015-07-30"
