"""A deed told in a relative clause on a person or a thing is news when the
clause states its own day ("الجندي الذي قتل صباح أمس"), background otherwise.

The sentences are made up in the phrasing corpus articles use; each reported
one stands beside a look-alike that must keep its background reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2016-03-10"


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]


@pytest.mark.parametrize("text, typ", [
    ("طالبت النقابة بالإفراج عن المهندس الذي اختطف الثلاثاء الماضي في مدينة سبها.", "abduction"),
    ("كشفت الشرطة هوية الجندي الذي قتل صباح أمس برصاص مسلحين قرب حاجز أمني.", "killing"),
    # the day set off by commas after the clause's place
    ("تحدث والد الشرطيين اللذين قتلا في مدينة الموصل، أمس، عن ابنيه.", "killing"),
    # a day and month by the report's reckoning
    ("تحدثت عائلة الطبيب الذي اختطف في 3 مارس الجاري عن مصيره.", "abduction"),
])
def test_a_relative_clause_with_its_own_day_reports_the_deed(text: str, typ: str) -> None:
    assert modalities(text, typ) == ["asserted"]


@pytest.mark.parametrize("text, typ", [
    # no day: the clause recalls its head's past
    ("طالبت النقابة بالإفراج عن المهندس الذي اختطف في مدينة سبها.", "abduction"),
    # a month and a year date background; so does a day told by its year
    ("تحدثت عائلة السياسي الذي اغتيل في مايو 2004 عن التحقيق.", "killing"),
    ("وقال إن خبير المتفجرات الذي قتلته الشرطة في التاسع من نوفمبر 2005 كان مطلوبا.", "killing"),
    # the day after a comma and another verb is the main clause's
    ("تحدث والد الشرطيين اللذين قتلا في مدينة الموصل، وقال أمس إن ابنيه بطلان.", "killing"),
    # the day after أن is what was announced, not when
    ("وفيما احتفلت الدول التي أعلنت أن اليوم السبت أول أيام العيد.", "statement"),
])
def test_a_relative_clause_without_a_day_of_its_own_stays_background(text: str, typ: str) -> None:
    assert "asserted" not in modalities(text, typ)
