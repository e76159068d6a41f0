"""A definite name closing a بن chain is a family name, not a place."""
from __future__ import annotations

import eventx


def _locations(text: str) -> list[str | None]:
    return [e.to_dict()["location"]["name"] if e.to_dict()["location"] else None
            for e in eventx.extract(text, reference_date="2015-08-06")]


def test_a_family_name_spelt_like_a_region_locates_nothing() -> None:
    # السند (Sindh) is the family's name here; the bombing was in Asir
    text = ("ندد الشيخ الدكتور عبدالرحمن بن عبدالله السند، بالتفجير الإرهابي الذي "
            "وقع ظهر اليوم الخميس في مسجد مقر قوات الطوارئ.")
    assert "السند" not in _locations(text)


def test_a_glued_preposition_still_locates() -> None:
    text = "قتل الشيخ عبدالرحمن بن عبدالله بالرياض في انفجار عبوة ناسفة اليوم."
    assert "الرياض" in _locations(text)
