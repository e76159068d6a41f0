"""eventx.since_lead: a toll after a clause-leading "since" is a running total."""
from __future__ import annotations

import eventx


def _tolls(text: str) -> list[tuple[str, str, list[int]]]:
    out = []
    for e in eventx.extract(text, reference_date="2015-07-31"):
        d = e.to_dict()
        out.append((d["type"], d["modality"], [c["value"] for c in d["counts"]]))
    return out


def test_a_running_total_is_not_todays_toll() -> None:
    text = ("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو الحالي، قتل 13 جنديا وشرطيا "
            "على الأقل، ثلاثة منهم في مكمن استهدف أمس قافلة عسكرية.")
    found = _tolls(text)
    assert ("attack", "asserted", []) in found
    assert all(13 not in counts for kind, modality, counts in found if modality == "asserted")


def test_since_this_morning_is_an_incident_under_way() -> None:
    text = "ومنذ صباح اليوم، قتل 5 أشخاص في قصف استهدف السوق."
    assert any(5 in counts and modality == "asserted" for _, modality, counts in _tolls(text))
