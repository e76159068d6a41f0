"""A vague deed left generic never rides an arrest into being an incident.

Why: "a vague mention left generic only for want of its own anchor" joins the
incident of its sentence (eventx.merge) — a raid and "the clashes that
followed" are one incident.  An arrest is no such anchor (NEVER_VAGUE): a
security campaign "targeting" suspects, joined to the arrests it yielded,
turned them into one asserted attack.
"""
from __future__ import annotations

import eventx


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in eventx.extract(text, reference_date="2015-07-22")]


def test_a_campaign_targeting_suspects_stays_no_attack() -> None:
    text = ("وأفاد بيان للوزارة بأنه في إطار المتابعات الأمنية التي تستهدف قيادات الجماعة "
            "المتهمين في قضايا العنف، أسفرت الجهود عن ضبط 10 منهم، وضبط 3 من العناصر "
            "الهاربة في المحافظة.")
    got = _types(text)
    assert ("arrest", "asserted") in got
    assert ("attack", "asserted") not in got
