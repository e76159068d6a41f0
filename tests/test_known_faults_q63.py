"""Known faults left by an earlier session, each fixed as a class.

The sentences are made up in the phrasing the corpus shows; each stands
beside a look-alike that must keep its reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def hit_texts(text: str) -> list[str]:
    return [a["mention"]["text"] for e in eventx.extract(text, reference_date=REF)
            for a in e.to_dict()["actors"] if a["role"] in ("target", "victim")]


# The hospital the hurt were taken to, lie in or left was not hit by the deed
# (GUIDELINES: a target is what the deed hit): the slots set it aside, and the
# code that gives a thing near a deed the target's role must not undo it.
@pytest.mark.parametrize("text", [
    "وأغلقت الشرطة الشاطئ بعد الهجوم، بينما نقل الرجل الجريح إلى المستشفى.",
    "وغادر 19 من مصابي تفجير المسجد أمس ولم يتبق بالمستشفى سوى خمس حالات.",
])
def test_hospital_of_the_hurt_is_no_target(text: str) -> None:
    assert not any("ستشف" in t for t in hit_texts(text))


def test_hospital_struck_stays_a_target() -> None:
    text = "وقالت مصادر محلية إن الحوثيين قصفوا مستشفى الثورة في مدينة تعز أمس."
    assert any("مستشفى" in t for t in hit_texts(text))
