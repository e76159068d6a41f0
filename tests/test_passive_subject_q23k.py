"""A killing verb's passive subject after it: "قتل الجنود في هجوم".

Unvocalised قتل is both the active and the passive.  A bare force or group
right after the verb, with no object after it and a word of where, when or in
what deed next, is what the deed befell, never its doer; an object put off
past such a phrase, or a counted one right after the noun, keeps the active
reading.  The sentences are made up.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2016-03-10"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


@pytest.mark.parametrize(("text", "typ", "victim"), [
    ("قتل الجنود الأربعة في هجوم على مخفر حدودي مساء أمس.", "attack", "الجنود"),
    ("قتل عناصر الأمن في انفجار عبوة قرب السوق.", "bombing", "عناصر الأمن"),
    ("قتل المسلحون جراء غارة شمال المدينة.", "air_strike", "المسلحون"),
    ("قتل الجنود في البلدة الجنوبية صباح اليوم.", "killing", "الجنود"),
])
def test_phrase_after_a_passive_killing_verb_is_its_victim(text: str, typ: str, victim: str) -> None:
    found = roles(text, typ)
    assert ("victim", victim) in found
    assert ("agent", victim) not in found


@pytest.mark.parametrize(("text", "doer"), [
    # an object put off past the place
    ("قتل الجيش في البلدة الجنوبية خمسة مسلحين.", "الجيش"),
    # a counted object right after the subject (eventx.counted_object)
    ("قتل جندي أربعة من رفاقه في ثكنة عسكرية.", "جندي"),
    # a time phrase before the object: no passive reading for a verb whose
    # passive is spelled otherwise (اغتيل; class active_spelling)
    ("واغتال مسلحون مجهولون بعد صلاة الفجر أمس ضابطا كبيرا في الشرطة.", "مسلحون مجهولون"),
    ("اغتالت عصابة مسلحة خلال الليلة الماضية قاضيا في المدينة.", "عصابة مسلحة"),
])
def test_active_killing_verb_keeps_its_doer(text: str, doer: str) -> None:
    found = roles(text, "killing")
    assert ("agent", doer) in found
    assert ("victim", doer) not in found

