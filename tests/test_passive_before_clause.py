"""A casualty verb followed by another clause has no object: the subject
before it is what it befell (events._no_object: "قُتل" is written "قتل")."""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-07-21"


@pytest.mark.parametrize(("text", "fallen"), [
    ("وقال المتحدث إن أربعة جنود قتلوا وإن ثلاثة آخرين أصيبوا عندما تعرضوا لهجوم مسلح على دوريتهم.",
     "جنود"),
    ("وقال المصدر إن ضابطين قتلوا فيما أصيب ثلاثة آخرون في الهجوم على الحاجز.", "ضابطين"),
])
def test_the_fallen_before_another_clause_are_victims(text: str, fallen: str) -> None:
    roles = all_role_mentions(text, "attack", REF)
    assert ("victim", fallen) in roles and ("agent", fallen) not in roles


def test_an_army_that_killed_gunmen_stays_the_doer() -> None:
    assert ("agent", "الجيش") in all_role_mentions(
        "وأكد المصدر أن الجيش قتل 31 مسلحا واعتقل 20 آخرين.", "raid", REF)
