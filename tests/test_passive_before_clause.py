"""A casualty verb followed by another clause has no object: the subject
before it is what it befell (events._no_object: "قُتل" is written "قتل")."""
from __future__ import annotations

import eventx


def _roles(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.mention.text) for e in eventx.extract(text, reference_date="2015-07-21")
            for a in e.actors]


def test_soldiers_killed_before_wa_inna_are_victims() -> None:
    roles = _roles("وقال المتحدث إن أربعة جنود قتلوا وإن ثلاثة آخرين أصيبوا"
                   " عندما تعرضوا لهجوم مسلح على دوريتهم.")
    assert ("victim", "جنود") in roles
    assert ("agent", "جنود") not in roles


def test_officers_killed_before_fima_are_victims() -> None:
    roles = _roles("وقال المصدر إن ضابطين قتلوا فيما أصيب ثلاثة آخرون في الهجوم على الحاجز.")
    assert ("victim", "ضابطين") in roles
    assert ("agent", "ضابطين") not in roles


def test_an_army_that_killed_gunmen_stays_the_doer() -> None:
    roles = _roles("وأكد المصدر أن الجيش قتل 31 مسلحا واعتقل 20 آخرين.")
    assert ("agent", "الجيش") in roles
