"""Attacks that are no armed deeds (rules/core/cues.toml).

A verb of assault told with a cyber means or cyber doers a few words off
("استهدف قراصنة … بهجوم إلكتروني") attacks data; a هاجم told in the relative
clause of a speech named a few words before it ("المقابلة … التي هاجم فيها")
is criticism; a capability with its possessor between the noun and its على
("قدرة جيشها على شن هجوم") is no deed done.  The same words where the deed
is told as done, reported or apart from them leave it asserted.  Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2016-04-10"


def _attacks(text: str) -> set[str]:
    """The modalities of the attacks extracted from ``text``."""
    return {e.modality for e in eventx.extract(text, reference_date=REF) if e.type == "attack"}


CYBER = [
    "استهدف قراصنة مواقع وزارة المالية بهجوم إلكتروني مساء أمس.",
    "هاجم قراصنة أنظمة البنك المركزي الليلة الماضية بهجمات سيبرانية واسعة.",
    "وقال خبراء المعلوماتية إن القراصنة الذين استهدفوا المصارف أمس ما زالوا مجهولين.",
    "وأكدت الشركة أن شبكتها تعرضت صباح اليوم لهجوم فيروسي عطل خدماتها.",
    "وقالت الشرطة إن العصابة استهدفت عشرات الشركات في أوروبا عبر قرصنة حساباتها المصرفية.",
]

SPEECH = [
    "وانتقد النائب المقابلة التلفزيونية للرئيس والتي هاجم فيها الأحزاب المعارضة.",
    "وعقد زعيم الحزب مؤتمرا صحفيا أمس هاجم فيه الحكومة.",
]

CAPABILITY = [
    "وأعلن الرئيس أن التجربة عززت قدرة جيشه على شن هجوم واسع.",
    "وقالت الوزارة إن الضربات أضعفت قدرة التنظيم على تنفيذ هجمات في المدينة.",
]

# the same words beside an armed deed told as done or reported
ARMED = [
    "هاجم قراصنة صوماليون سفينة تجارية أمس قبالة سواحل عدن.",
    "وأعلن التنظيم في بيان على موقع إلكتروني مسؤوليته عن الهجوم على حاجز للجيش أمس.",
    "وبحسب تصريحات الشرطة هاجم مسلحون القرية فجر أمس.",
    "وفي تصريحات للصحفيين قال المتحدث إن مسلحين هاجموا الحاجز أمس.",
    "وتراجعت قدرة التنظيم الذي شن هجوما على الحاجز أمس.",
    "وتراجعت قدرة التنظيم بعد أن شن هجوما على الحاجز أمس.",
]


@pytest.mark.parametrize("text", CYBER)
def test_cyber_attack_is_no_armed_attack(text: str) -> None:
    assert _attacks(text) == set()


@pytest.mark.parametrize("text", SPEECH)
def test_attack_told_in_a_speech_is_criticism(text: str) -> None:
    assert _attacks(text) == set()


@pytest.mark.parametrize("text", CAPABILITY)
def test_capability_past_its_possessor_is_generic(text: str) -> None:
    assert _attacks(text) == {"generic"}


@pytest.mark.parametrize("text", ARMED)
def test_armed_attack_stays(text: str) -> None:
    assert "asserted" in _attacks(text) or "claimed" in _attacks(text)


def test_speech_cue_leaves_a_call_to_attack() -> None:
    """A noun of attacking after a speech is what it calls for, kept as such."""
    text = "وبث مقاتلون تسجيلا مصورا يدعو إلى مهاجمة الحركة."
    assert _attacks(text) == {"generic"}
