"""Actor roles through the whole pipeline: who did it, across claims,
relative clauses, announcements of one's own deed and case endings."""
from __future__ import annotations

import eventx


def roles(text: str, etype: str) -> list[tuple[str, str]]:
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    ev = next(e for e in evs if e["type"] == etype)
    return [(a["role"], a["name_en"]) for a in ev["actors"]]


def agents(text: str, etype: str) -> list[str]:
    return [n for r, n in roles(text, etype) if r == "agent"]


def test_the_claimant_is_the_agent_of_the_claimed_bombing() -> None:
    assert "ISIS" in agents("تبنى تنظيم داعش تفجير سيارة مفخخة في بغداد أمس.", "bombing")


def test_who_claims_responsibility_is_the_agent_of_the_attack() -> None:
    text = "وأعلنت حركة طالبان المسؤولية عن هجوم أمس الانتحاري في كابول."
    assert "Taliban" in agents(text, "bombing")


def test_a_claim_in_a_relative_clause_names_the_claimant() -> None:
    """"التي تبناها X" is X's claim (a statement, as the gold annotates claims)
    with X as its source, not an actor-less aside."""
    text = "وندد الوزير بالهجمات على الموصل التي تبناها تنظيم داعش وأوقعت 13 قتيلا."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    claim = next(e for e in evs if e["type"] == "statement" and e["trigger"]["text"] == "تبناها")
    assert ("source", "ISIS") in [(a["role"], a["name_en"]) for a in claim["actors"]]


def test_the_head_of_a_relative_clause_is_the_subject() -> None:
    text = "ونفذت قوات التحالف الذي تقوده الولايات المتحدة أمس 12 غارة جوية على مواقع لداعش في سوريا."
    got = roles(text, "air_strike")
    assert ("agent", "coalition forces") in got
    assert all(n != "United States" for _, n in got)  # it only describes the coalition


def test_a_speaker_announcing_its_own_strikes_is_their_agent() -> None:
    text = "وأعلن التحالف الدولي أمس تنفيذ 9 غارات جوية على مواقع لداعش في العراق."
    assert agents(text, "air_strike")


def test_a_nominative_plural_after_the_verb_is_its_subject() -> None:
    text = "ألقى مستوطنون زجاجات حارقة على منزل في قرية قرب نابلس أمس."
    assert roles(text, "attack")[0][0] == "agent"


def test_the_genitive_of_a_casualty_noun_is_the_victim() -> None:
    text = "هاجم مسلحون حاجزا للجيش أمس في الموصل ما أدى الى مقتل شرطي."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    for ev in evs:
        assert all(not (a["role"] == "agent" and a["mention"]["text"] == "شرطي")
                   for a in ev["actors"])


def test_a_partner_joined_by_bimusharaka_is_a_subject_too() -> None:
    text = "وقال المحافظ إن الجيش بمشاركة متطوعي العشائر فرض سيطرته على قرية قرب الموصل أمس."
    got = agents(text, "raid")
    assert len(got) == 2


def test_a_place_in_a_clause_telling_the_outcome_is_the_deeds() -> None:
    text = "تبنى تنظيم داعش تفجير كنيسة في مصر، الذي أسفر عن سقوط عشرات الضحايا في مدينة طنطا."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    ev = next(e for e in evs if e["type"] == "bombing")
    assert ev["location"]["name_en"] == "Tanta"
