"""A deed named through who did or suffered it ("منفذ الهجوم"، "ضحايا
التفجير") took place: such a mention is no deed in the abstract, though its
clause gives it no day, place or toll of its own (class.deed_party)."""
from __future__ import annotations

import pytest

from probe import modalities

REF = "2017-03-20"


@pytest.mark.parametrize(("text", "typ"), [
    ("وقالت الشرطة إن منفذ الهجوم شاب في العشرين من عمره.", "attack"),
    ("وأعلنت السلطات أن شابا في العشرين هو منفذ الهجوم الانتحاري.", "bombing"),
    ("وأكد الوزير أن أحد منفذي هجوم باردو الإرهابي كان محل متابعة أمنية.", "attack"),
    ("وقال إن شقيق مرتكب الاعتداء كان يعرف مسبقا بالمخطط.", "attack"),
    ("ودعا الأهالي إلى التبرع بالدم لضحايا التفجير.", "bombing"),
])
def test_a_deed_named_by_its_party_took_place(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["asserted"]


@pytest.mark.parametrize(("text", "typ"), [
    # the deed alone, nobody named by it: in the abstract, as before
    ("وقالت الشرطة إن الهجوم شاب في العشرين من عمره.", "attack"),
    # several deeds: a record their doers are pursued for, no one incident
    ("ودعا الوزير إلى ملاحقة منفذي الهجمات الإرهابية.", "attack"),
    # an anniversary cue still makes the deed one recalled
    ("ووضع الوزير إكليلا من الزهور إحياء لذكرى ضحايا الهجوم الإرهابي.", "attack"),
])
def test_other_mentions_stay_generic(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["generic"]
