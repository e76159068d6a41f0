"""Deeds named as kinds of wrong, or asked about, are no incidents.

A deed noun joined by "و" to a wrong that is no incident of ours (rape,
looting, torture, sabotage, aggression) belongs to a list of crimes: a
regime's or a militia's charge sheet.  A yes-no question asks whether a deed
was done.  Neither reports a deed; the real incidents beside them stay
asserted.  The sentences are written for these tests.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2021-02-24"


def modalities(text: str, etype: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == etype]


@pytest.mark.parametrize(("text", "etype"), [
    ("وقالت المنظمة إن الميليشيات ارتكبت عمليات قتل واغتصاب ونهب في قرى الإقليم.", "killing"),
    ("وعرض المتحف وثائق عما قام به النظام من اعتداء وعدوان على أبناء الشعب.", "attack"),
    ("وقال الأهالي إن المسلحين نفذوا هجمات وتخريب في القرى.", "attack"),
    # a yes-no question asks, it does not tell
    ("وتساءل الكاتب: هل هو حقا وراء اغتيال عشرات الضباط؟", "killing"),
    ("وسأل النائب الوزير: هل قتل الجنود المدنيين في القرية؟", "killing"),
])
def test_listed_or_asked_deed_is_no_incident(text: str, etype: str) -> None:
    mods = modalities(text, etype)
    assert mods and "asserted" not in mods


@pytest.mark.parametrize(("text", "etype"), [
    # two deeds of one day: the wrong is no next word joined by "و"
    ("وقالت الشرطة إن مسلحا أطلق النار على صاحب متجر في المدينة أمس، وسلب ما في خزينته.",
     "attack"),
    # the shelling is called aggression, it is not listed with it
    ("واعتبر الحزب القصف الإسرائيلي للبلدة أمس «عدوانا» على سيادة البلاد.", "rocket_strike"),
    # aggression names the doer's forces, no list
    ("وتمكنت المقاومة من دحر قوات العدوان بعد مقتل 6 من عناصرها أمس.", "killing"),
])
def test_deed_beside_a_wrong_word_stays_asserted(text: str, etype: str) -> None:
    assert modalities(text, etype) == ["asserted"]
