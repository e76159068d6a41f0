"""What a threat threatens has not happened (GUIDELINES: modality
`threatened`).  A threat verb governs its deed by ب, with the subject and a
day between ("هدد التنظيم يوم الأحد بشن هجوم"): the deed is threatened, not
asserted, however many words the subject takes.  The sentences are made up.
"""
from __future__ import annotations

import pytest

from tests.probe import modalities

REF = "2016-03-01"


@pytest.mark.parametrize(("text", "typ"), [
    ("وهدد تنظيم داعش يوم الأحد بشن هجوم على السفارة في العاصمة.", "attack"),
    ("وتوعدت حركة الشباب بتنفيذ هجمات جديدة في العاصمة مقديشو.", "attack"),
    ("وهدد المسلحون الملثمون أمس في بيان مصور بتفجير الجسر الرئيسي للمدينة.", "bombing"),
    ("وقال مصدر إن الخاطفين هددوا بقتل الرهائن إذا لم تدفع الفدية.", "killing"),
    ("وتلقى الصحفي تهديدات بتفجير منزله في الحي الشرقي.", "bombing"),
])
def test_deed_governed_by_a_threat_is_threatened(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["threatened"]


@pytest.mark.parametrize(("text", "typ"), [
    # the deed told after the threat, in a clause of its own, took place
    ("وهدد التنظيم بالانتقام، وشن مسلحون هجوما على حاجز للجيش مساء الأحد.", "attack"),
    # a threat made after a deed: the deed is told by بعد, no ب governs it
    ("وتوعد قائد الجيش الإرهابيين بعد الهجوم على الحاجز العسكري مساء الأحد.", "attack"),
])
def test_deed_beside_a_threat_keeps_its_reading(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["asserted"]
