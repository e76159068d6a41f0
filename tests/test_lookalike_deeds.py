"""Deeds that are told but did not happen as incidents: violence done by an
abstract noun, an intention, and criticism told with the verb of assault.

Each look-alike sits beside the phrasing it resembles that does report an
incident, so the cues must tell them apart rather than silence a trigger.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import eventx
from eventx.packs.loader import load_pack
from eventx.records import INCIDENT_MODALITIES

REF = "2021-02-24"


def incidents(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in eventx.extract(text, reference_date=REF)
            if e.modality in INCIDENT_MODALITIES]


def attacks(text: str) -> list[str]:
    return [m for t, m in incidents(text) if t == "attack"]


@pytest.mark.parametrize("text", [
    "وقالت الصحيفة إن الإرهاب استهدف المساجد في المملكة.",
    "واستهدف الإرهاب بيوت الله في القطيف والدمام.",
    "وقال إن العنف قتل الآلاف في العراق.",
])
def test_abstract_doer_is_no_incident(text: str) -> None:
    assert not [t for t, _ in incidents(text) if t in ("attack", "killing")]


@pytest.mark.parametrize("text", [
    "وقال المصدر إن عناصر الإرهاب هاجموا حاجزا أمنيا في الشيخ زويد أمس.",
    "وقالت الشرطة إن مسلحين استهدفوا مسجدا في القطيف أمس.",
])
def test_named_doers_still_report(text: str) -> None:
    assert attacks(text) == ["asserted"]


@pytest.mark.parametrize("word", ["اعتزامهم", "عزمه", "نيتهم", "بنيته", "نواياه", "عازمون على"])
def test_intentions_are_planned(word: str) -> None:
    text = f"واعتقلت الشرطة خمسة أشخاص للاشتباه في {word} تنفيذ هجمات في إسطنبول."
    assert attacks(text) == []
    assert ("arrest", "asserted") in incidents(text)


@pytest.mark.parametrize("text", [
    "وهاجم الوزير المعارضة في كلمته أمام البرلمان أمس.",
    "وهاجم رئيس الوزراء حزب المعارضة أمس.",
    "وهاجم أردوغان حزب الشعوب الديمقراطي بشدة أمس.",
    "وهاجم النائب الحكومة منتقدا سياستها الاقتصادية.",
    "ونشر التنظيم أمس شريطا صوتيا هاجم فيه الرئيس الأمريكي ووصفه بالغباء.",
    "وألقى أنصار الحزب خطابات هاجموا فيها الحكومة أمس.",
    "وهاجمت الوزيرة الحركة قائلة إنها لا ترغب في السلام.",
    "وتفجر الخلاف مع بداية الأزمة إذ هاجم خطباء الحركة إضرابات الموظفين.",
])
def test_criticism_is_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize("text", [
    "هاجم مسلحون نقطة أمنية في العريش أمس.",
    "وهاجم مسلحون موكب الوزير في مقديشو أمس.",
    "وقالت الشرطة إن مسلحين استهدفوا الوزير في مقديشو أمس.",
    # the noun keeps firing beside a speech word: a condemnation of a deed
    "وأدان الرئيس بشدة الهجوم الذي شنه مسلحون على نقطة أمنية في العريش أمس.",
])
def test_assaults_stay_attacks(text: str) -> None:
    assert "asserted" in attacks(text)


# A decision, a statement, a policy or a stance as the object of هاجم: words
# aimed at words, whoever the subject (no office needed); an attack that only
# mentions one further on stays an attack.
@pytest.mark.parametrize("text", [
    "وهاجم حزب العدالة والتنمية قرار المحكمة الدستورية أمس.",
    "وهاجمت حركة حماس تصريحات وزير الخارجية الأمريكي أمس.",
    "وهاجم ترامب سياسات أوباما في الشرق الأوسط.",
    "وهاجم نتنياهو موقف الاتحاد الأوروبي من الاستيطان.",
    "وهاجمت الصحف الإسرائيلية الاتفاق النووي مع إيران.",
])
def test_criticism_of_words_and_decisions_is_no_attack(text: str) -> None:
    assert attacks(text) == []


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون نقطة أمنية في العريش بعد قرار الحكومة إغلاق المعبر.",
    "وهاجم مسلحون موكب الرئيس بعد خطاب ألقاه في المدينة.",
])
def test_attack_told_beside_a_decision_stays_one(text: str) -> None:
    assert attacks(text) == ["asserted"]


def test_cue_rules_resolve_to_the_pack_ids(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    d.mkdir()
    (d / "pack.toml").write_text('[pack]\nname = "demo"\nversion = "1"\n', encoding="utf-8")
    (d / "rules.toml").write_text(
        '[[rule]]\nid = "attack.x"\ntype = "attack"\nverbs = ["هاجم"]\n\n'
        '[[cue]]\nvalue = "suppress"\nside = "after"\nwindow = 3\n'
        'rules = ["attack.x", "core.attack.assail"]\nwords = ["بشدة"]\n', encoding="utf-8")
    cue = load_pack(d).cues[0]
    assert cue.rules == ("demo.attack.x", "core.attack.assail")


@pytest.mark.parametrize(("text", "is_incident"), [
    # a possible deed is no incident
    ("وشهدت المدينة حالة استنفار بعد ورود معلومات بإمكانية وقوع عملية إرهابية.", False),
    ("وقالت الخارجية إن المطارات والفنادق كلها أهداف محتملة لهجمات.", False),
    # the deed itself, told beside the same words, still is; a meeting that
    # discussed a possibility was held
    ("وهاجم مسلحون نقطة أمنية في المدينة أمس رغم التحذير من هجوم.", True),
])
def test_a_possible_deed_is_no_incident(text: str, is_incident: bool) -> None:
    assert bool(attacks(text)) is is_incident


def test_a_meeting_on_a_possibility_was_held() -> None:
    text = "وناقش الوزير والأمين العام إمكانية عودة الدبلوماسيين خلال لقاء بينهما في الرياض أمس."
    assert ("meeting", "asserted") in incidents(text)
