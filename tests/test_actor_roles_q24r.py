"""Actor roles and missed deeds from the q24r audit: the counted object of a
verb of harm told before a deed noun, and a wound dealt by gunfire.

The sentences are made up; look-alikes that must keep their reading stand
beside them.
"""
from __future__ import annotations

import pytest

import eventx
from probe import all_role_mentions, asserted_types

REF = "2026-11-01"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# "قتل الجيش ثلاثة مسلحين خلال هجوم": the count after the killing verb's
# named subject is what the verb befell, no doer of the deed it was told in.
@pytest.mark.parametrize(("text", "typ", "slain", "doer"), [
    ("قتل الجيش أربعة مسلحين خلال هجوم على نقطة تفتيش قرب المدينة أمس.",
     "attack", "مسلحين", "الجيش"),
    ("قتلت قوات الأمن ستة إرهابيين خلال مداهمة في الضواحي أمس.",
     "raid", "إرهابيين", "قوات الأمن"),
    ("أصاب الجيش خمسة مسلحين في هجوم على قافلة شمال البلاد أمس.",
     "attack", "مسلحين", None),
    ("الجيش قتل أربعة مسلحين خلال هجوم على نقطة تفتيش قرب المدينة أمس.",
     "attack", "مسلحين", "الجيش"),
])
def test_counted_object_of_a_harm_verb_is_no_doer(
        text: str, typ: str, slain: str, doer: str | None) -> None:
    found = roles(text, typ)
    assert ("agent", slain) not in found
    assert any(r in ("target", "victim") and m == slain for r, m in found)
    if doer is not None:
        assert ("agent", doer) in found


# With no subject between the verb and the count the verb is the passive and
# the count its subject: those killed in an attack may have made it; and in
# a clash both sides fight, whoever fell.
@pytest.mark.parametrize(("text", "typ"), [
    ("قتل الجيش أربعة مسلحين خلال اشتباكات قرب المدينة أمس.", "armed_clash"),
])
def test_fallen_of_a_clash_stay_a_side(text: str, typ: str) -> None:
    assert ("agent", "مسلحين") in roles(text, typ)


# A wound told with the gunfire that dealt it is a shooting, whoever named.
@pytest.mark.parametrize(("text", "victim", "doer"), [
    ("أصيب عدد من رجال الأمن برصاص قناص في وسط المدينة أمس.", "رجال الأمن", None),
    ("وأصيب شرطيان بجروح بنيران مسلحين مجهولين قرب مركز الحدود أمس.", "شرطيان",
     "مسلحين مجهولين"),
    ("جرح ثلاثة جنود برصاص المتمردين في الجبال أمس.", "جنود", "المتمردين"),
])
def test_wound_by_gunfire_is_a_shooting(text: str, victim: str, doer: str | None) -> None:
    assert asserted_types(text, REF) == ["attack"]
    found = roles(text, "attack")
    assert ("victim", victim) in found
    if doer is not None:
        assert ("agent", doer) in found


def test_wound_by_gunfire_counts_the_wounded() -> None:
    [e] = eventx.extract("أصيب أربعة من رجال الشرطة برصاص قناص في المدينة أمس.",
                         reference_date=REF)
    assert {c.kind: c.value for c in e.counts} == {"wounded": 4}


# A bare wound is a toll with no incident to join; so is one told with no gunfire.
@pytest.mark.parametrize("text", [
    "أصيب لاعب الفريق بجروح في ركبته خلال التمرين أمس.",
    "أصيب عشرة أشخاص في حادث سير على الطريق السريع أمس.",
])
def test_wound_without_gunfire_is_no_incident(text: str) -> None:
    assert asserted_types(text, REF) == []
