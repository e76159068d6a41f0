"""Precision errors found by auditing fresh corpus articles (seeds 571-574).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-08-10"


def actor_texts(text: str) -> list[str]:
    return [a.mention.text for e in eventx.extract(text, reference_date=REF) for a in e.actors]


# A word told after an office where a name would stand, an adverb, a
# participle or a verb, names no one: no actor is read from it.
@pytest.mark.parametrize(("text", "word"), [
    ("وأقر المجلس إصلاحات أعلنها رئيس الحكومة ردًا على احتجاجات ضد الفساد في العاصمة.", "ردًا"),
    ("وحمل المتحدث الحكومة المسؤولية عن مقتل الطفل معتبرة أن الهجوم نتيجة التحريض.", "معتبرة"),
    ("وأكد الرئيس خلال اللقاء مع وزير الخارجية شدد على دعم الحكومة الشرعية.", "شدد"),
    ("وأطلق المسلحون النار على السيارة، فقتل النائب ومن كان معه.", "ومن"),
])
def test_no_name_from_a_word_after_an_office(text: str, word: str) -> None:
    assert word not in actor_texts(text)


def test_a_name_after_an_office_is_still_read() -> None:
    text = "وقال رئيس الحكومة حيدر العبادي ردًا على سؤال إن القوات ستواصل العمليات."
    assert any("العبادي" in t for t in actor_texts(text))


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]


# A deed "on the verge" or "imminent" is about to happen: it took place not.
@pytest.mark.parametrize(("text", "typ"), [
    ("وكان المتهم الثاني على وشك تنفيذ هجوم انتحاري في بغداد.", "bombing"),
    ("وتشير المذكرة إلى هجمات إرهابية وشيكة في فرنسا وبلجيكا.", "attack"),
    ("وقالت إن الجماعات ستنفصل من أجل القيام بهجمات في أماكن مختلفة.", "attack"),
])
def test_imminent_deed_is_not_asserted(text: str, typ: str) -> None:
    assert modalities(text, typ) and "asserted" not in modalities(text, typ)


def test_a_deed_done_stays_asserted() -> None:
    text = "وفجر انتحاري نفسه أمس عند نقطة تفتيش في بغداد."
    assert modalities(text, "bombing") == ["asserted"]
