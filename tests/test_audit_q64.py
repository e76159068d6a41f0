"""General recall errors found by auditing fresh corpus articles (seeds 541-546).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]


# A deed its doers began or set about, governed by ب or في, is under way: it
# took place, though no day or place stands beside it.
@pytest.mark.parametrize(("text", "typ"), [
    ("وقال القائد إن وحدات الجيش شرعت فورا بعمليات تمشيط واسعة للمناطق الجبلية.", "raid"),
    ("وأوضح المتحدث أن العملية بدأت بقصف مواقع المسلحين بالمدفعية الثقيلة.", "rocket_strike"),
    ("وأعلن الناطق أن الجيش بدأ في عملية عسكرية واسعة ضد معاقل التنظيم.", "raid"),
])
def test_begun_deed_is_asserted(text: str, typ: str) -> None:
    assert modalities(text, typ) == ["asserted"]


def test_begun_for_a_purpose_stays_planned() -> None:
    # لـ before the deed is an aim: "began work to arrest him"
    text = "وقال إن الشرطة بدأت العمل لإلقاء القبض على المشتبه به."
    assert "asserted" not in modalities(text, "arrest")
