"""Rules whose word lists were written in an unnormalised spelling (إلى، أجرى،
الفائت، جهة، كتائب) and so never fired: each now does what its comment says,
whatever spelling the writer used.  Probe sentences in the corpus's style,
each with the hamza, alef maqsura or teh marbuta the list used to miss."""
from __future__ import annotations

import pytest

import eventx

REF = "2015-08-01"


def events(text: str) -> list[eventx.Event]:
    return eventx.extract(text, reference_date=REF)


@pytest.mark.parametrize("text", [
    # "إلى" governs a verbal noun: an aim or a cause, no deed done
    "وتسعى المقاومة الشعبية إلى بسط سيطرتها على المواقع في تعز.",
    "أكد الثوار أن الدور الإيراني أدى إلى تفجر الأحداث في عدن.",
    "وحذر من أن هذه الممارسات قد تؤدي إلى تجمهر المواطنين في الساحات.",
])
def test_a_past_stem_after_ila_is_a_verbal_noun(text: str) -> None:
    assert not [e for e in events(text) if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("maker", ["أجرت", "أجرى", "وأجرى", "اجرى"])
def test_a_call_the_quoted_paper_made_is_no_diplomacy(maker: str) -> None:
    text = f"{maker} «الوطن» اتصالا هاتفيا بمدير المستشفى في جدة."
    assert not [e for e in events(text) if e.type == "phone_call"]


@pytest.mark.parametrize("past", ["الماضي", "الفائت", "المنصرم"])
def test_a_years_arrests_are_a_roundup(past: str) -> None:
    text = f"اعتقلت السلطات التونسية 60 شخصا مرتبطين بداعش العام {past}."
    found = [e for e in events(text) if e.type == "arrest"]
    assert found and all(e.modality == "generic" for e in found)


@pytest.mark.parametrize("where", ["داخل", "جهة"])
def test_from_where_the_speaker_stands_is_no_complement(where: str) -> None:
    """"حذر مصدر من جهة الحكومة من أن …": the first من tells where the speaker
    stands; the warning's complement is the second, an outcome (an idle
    warning, no event: read as the complement, the first would make a threat)."""
    text = f"حذر مصدر رسمي من {where} الحكومة من أن الوضع سيزداد سوءا."
    assert [e for e in events(text) if e.type == "threat"] == []


@pytest.mark.parametrize("group", ["جماعة", "كتائب"])
def test_a_quoted_group_after_its_group_noun_is_the_agents(group: str) -> None:
    text = f'هاجم مسلحون من {group} "حزب الله" قاعدة عسكرية في بغداد أمس.'
    attack = next(e for e in events(text) if e.type == "attack")
    roles = {a.info.name: a.role for a in attack.actors}
    assert roles.get("حزب الله") == "agent"
