""""غد" after a word of the day's time is tomorrow ("مساء غد الثلاثاء")."""
from __future__ import annotations

import datetime as dt

from eventx.dates import dates_in_context
from eventx.text.normalize import normalize_text

_MONDAY = dt.date(2017, 5, 1)


def _days(text: str) -> list[tuple[dt.date | None, str]]:
    norm = normalize_text(text)
    found, _ = dates_in_context(norm, _MONDAY, None)
    return [(d.start_date, norm[d.start:d.end]) for d in found]


def test_tomorrow_evening_with_its_weekday_is_tomorrow() -> None:
    assert [d for d, _ in _days("تعقد مساء غد الثلاثاء سبعة أحزاب اجتماعا تشاوريا.")] == [dt.date(2017, 5, 2)]


def test_tomorrow_afternoon_alone_is_tomorrow() -> None:
    assert [d for d, _ in _days("ويقيم الاتحاد عصر غد معرضا في الرياض.")] == [dt.date(2017, 5, 2)]


def test_bare_غد_names_no_day() -> None:
    assert _days("أعلن حزب غد الثورة مقاطعة الانتخابات.") == []
