"""Document merging, round q19m: an incident noun in construct with a definite
genitive ("هجوم المسلحين"، "تفجير السفارة"، "هجوم داعش") is as definite as
"الهجوم" and refers back; one with an indefinite genitive ("هجوم مسلحين"), in
the accusative ("هجوما") or before a preposition ("هجوم بسيارة") is not, nor
is a word or a meeting whose genitive is who speaks ("إدانة السلطنة").
Probe sentences in the corpus's style."""
from __future__ import annotations

import pytest

import eventx
from eventx.merge import _definite

import probe

REF = "2016-03-10"


def _noun(text: str, etype: str) -> bool:
    ds = [d for d in probe.drafts(text, REF) if d.rule.type == etype and d.form.pos != "verb"]
    assert len(ds) == 1
    return _definite(ds[0])


@pytest.mark.parametrize("text,etype", [
    ("تصدت المقاومة لهجوم الحوثيين على مواقعها.", "attack"),
    ("ندد الوزير بتفجير السفارة.", "bombing"),
    ("أدان الوزير هجوم داعش.", "attack"),
    ("وقتل خمسة في هجوم طالبان على الحاجز.", "attack"),
    ("وقع اعتداء الأحد على الحاجز.", "attack"),
])
def test_a_definite_genitive_makes_the_incident_noun_definite(text: str, etype: str) -> None:
    assert _noun(text, etype)


@pytest.mark.parametrize("text,etype", [
    ("أدان الوزير هجوم مسلحين على القرية.", "attack"),
    ("شن مسلحون هجوما على القرية.", "attack"),
    ("نفذ مسلح هجوم بسيارة على القرية.", "attack"),
    ("وقع انفجار اليوم في السوق.", "bombing"),
    ("أكدت الصحف إدانة السلطنة للتفجير.", "statement"),
])
def test_no_definite_genitive_or_no_incident_noun(text: str, etype: str) -> None:
    assert not _noun(text, etype)


def test_the_attack_of_the_gunmen_is_the_attack_told_before() -> None:
    text = ("قتل جنديان في هجوم على حاجز للجيش في مدينة العريش يوم الأحد. "
            "وقال الجيش في بيان إن قواته صدت هجوم المسلحين.")
    attacks = [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].location is not None and attacks[0].location.mention.text == "العريش"
    assert attacks[0].modality == "asserted"


def test_an_attack_by_gunmen_is_no_back_reference() -> None:
    text = ("قتل جنديان في هجوم على حاجز للجيش في مدينة العريش يوم الأحد. "
            "وفي مدينة رفح، صدت قوات الأمن هجوم مسلحين على نقطة تفتيش.")
    attacks = [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
    assert len(attacks) == 2
