"""A rank of two words is one actor: "ضابط صف" (a non-commissioned officer)
is no officer named صف (data/actors.toml)."""
from __future__ import annotations

import eventx


def _victims(text: str) -> list[dict]:
    return [a for e in eventx.extract(text) for a in e.to_dict()["actors"] if a["role"] == "victim"]


def test_a_non_commissioned_officer_is_one_rank() -> None:
    victims = _victims("وأدى الهجوم المسلح على موقع للجيش إلى مقتل ضابط صف وإصابة جنديين.")
    assert any(a["mention"]["text"] == "ضابط صف" and a["kind"] == "state_forces"
               and a["name_en"] == "non-commissioned officer" for a in victims)
    assert all(a["mention"]["text"] != "صف" for a in victims)


def test_non_commissioned_officers_in_the_plural() -> None:
    victims = _victims("وأصيب ثلاثة ضباط صف في انفجار عبوة ناسفة استهدفت دورية للجيش.")
    assert any(a["mention"]["text"] == "ضباط صف"
               and a["name_en"] == "non-commissioned officers" for a in victims)
