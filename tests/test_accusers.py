"""Who accuses another of a deed is no doer of it (events._claimed_agents):
an accusation claims nothing, as "أعلنت قوات التحالف تنفيذ غارة" does."""
from __future__ import annotations

import eventx


def _agents(text: str, etype: str) -> list[str]:
    return [a.mention.text for e in eventx.extract(text, reference_date="2016-03-10")
            if e.type == etype for a in e.actors if a.role == "agent"]


def test_the_accusing_government_is_no_agent_of_the_attack() -> None:
    text = "واتهمت الحكومة حزب العمال الكردستاني بتنفيذ الهجوم على مركز الشرطة."
    assert "الحكومة" not in _agents(text, "attack")


def test_accusing_capitals_are_no_agents_of_the_attacks() -> None:
    text = "وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور على المدنيين."
    agents = _agents(text, "attack")
    assert not {"واشنطن", "ولندن", "وباريس"} & set(agents)


def test_a_speaker_announcing_its_own_strikes_stays_their_agent() -> None:
    text = "وأعلنت قوات التحالف تنفيذ 18 غارة على مواقع تنظيم داعش في الرقة."
    assert "قوات التحالف" in _agents(text, "air_strike")
