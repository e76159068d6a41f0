"""Those a casualty word names as fallen in another deed did not raid.

"أسفرت عن استشهاد عدد من المدنيين والعسكريين، فضلا عن القضاء على 36 إرهابيا":
the raid's agent slot "before" took the soldiers, who died in the attack told
first.  A subject of a new clause after a casualty ("بعد مقتل جندي، شنت قوات
الأمن حملة مداهمات") still raids, and so do the fallen of the raid itself
("استشهد جنديان خلال مداهمة").
"""
from __future__ import annotations

import pytest

import eventx

REF = "2021-02-24"


def _raid_agents(text: str) -> set[str]:
    return {a.info.name_en for e in eventx.extract(text, reference_date=REF)
            if e.type in ("raid", "attack") for a in e.actors if a.role == "agent"}


@pytest.mark.parametrize("text", [
    "ندد الحزب بالهجوم الذي استهدف الثكنة وأسفر عن استشهاد عدد من المدنيين والأمنيين"
    " والعسكريين، فضلا عن القضاء على 20 إرهابيا.",
    "ندد الحزب بالهجوم الذي استهدف الثكنة وأسفر عن مقتل عدد من المدنيين والعسكريين، فضلا"
    " عن القضاء على 8 مسلحين.",
])
def test_the_fallen_of_another_deed_are_no_raiders(text: str) -> None:
    assert not {"soldiers", "soldier"} & _raid_agents(text)


def test_a_new_clause_subject_still_raids() -> None:
    # a verb ends the casualty's phrase: the forces are its subject, not the fallen
    assert "security forces" in _raid_agents("وبعد مقتل جندي، شنت قوات الأمن حملة مداهمات في الحي.")
