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


@pytest.mark.parametrize(("text", "typ"), [
    # the future verb's deed after "وإلا": what is done to whom does not obey
    ('وصاح الشرطي بالمرأة "ألقي حقيبتك وإلا سنضطر لإطلاق النار عليك" مساء الأحد.', "attack"),
    ("وقال القائد للمسلحين: سلموا أسلحتكم وإلا سنقوم بقصف مواقعكم في المدينة.",
     "rocket_strike"),
])
def test_future_deed_after_or_else_is_threatened(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["threatened"]


@pytest.mark.parametrize(("text", "typ"), [
    ("وقال المتحدث إن القوات الجوية ستستأنف ضرباتها الجوية على مواقع المسلحين في بنغازي.",
     "air_strike"),
    ("وأكد القائد أن الجيش سيقوم بقصف مواقع المسلحين في المدينة خلال الأيام المقبلة.",
     "rocket_strike"),
])
def test_deed_a_future_verb_takes_is_planned(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["planned"]


@pytest.mark.parametrize(("text", "typ"), [
    # a future verb of its own clause, the deed told after a comma, took place
    ("وقال إن الجيش سيواصل عملياته، وقصف مواقع المسلحين في المدينة مساء الأحد.",
     "rocket_strike"),
    # a س that begins a noun is no future: "سيارة مفخخة"
    ("وانفجرت سيارة مفخخة أمام مركز للشرطة في المدينة مساء الأحد.", "bombing"),
])
def test_deed_beside_a_future_verb_keeps_its_reading(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["asserted"]
