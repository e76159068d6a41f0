"""Actor names the Maghreb and Palestinian press use: each beside a look-alike
that must stay no actor (found by a random audit of corpus articles)."""
from __future__ import annotations

import pytest
from probe import role_mentions

import eventx

REF = "2017-03-14"


# Missing actors: the Maghreb press names the security forces by their units
# ("الوحدات الأمنية") or officers ("أعوان الأمن"), and the PLO and Yemen's
# Southern Movement speak and are spoken to; none was an actor, so an arrest
# had no agent and a statement no source (actors.toml).
@pytest.mark.parametrize(("text", "name", "kind"), [
    ("ألقت الوحدات الأمنية القبض على السارق.", "الوحدات الأمنية", "state_forces"),
    ("تمكنت وحدات أمنية من حجز كمية من المخدرات.", "وحدات أمنية", "state_forces"),
    ("وتدخل أعوان الأمن لتفريق المحتجين.", "أعوان الأمن", "state_forces"),
    ("واعلنت منظمة التحرير الفلسطينية انها تحمل الحكومة المسؤولية.",
     "منظمة التحرير الفلسطينية", "organization"),
    ("وأعلن الحراك الجنوبي إصابة قياديه البارز.", "الحراك الجنوبي", "organization"),
])
def test_named_forces_and_movements_are_actors(text: str, name: str, kind: str) -> None:
    found = [e.to_dict() for e in eventx.entities(text) if e.label == "ACTOR"]
    assert (name, kind) in [(f["mention"]["text"], f["kind"]) for f in found]


@pytest.mark.parametrize(("text", "etype", "expected"), [
    ("وألقت الوحدات الأمنية القبض على السارق داخل المنزل أمس.",
     "arrest", ("agent", "الوحدات الأمنية")),
    ("تمكن أعوان الأمن بالكاف اليوم من إيقاف شاب مفتش عنه.",
     "arrest", ("agent", "أعوان الأمن")),
    ("وقالت منظمة التحرير في بيان إنها تدين الهجوم.",
     "statement", ("source", "منظمة التحرير")),
])
def test_units_and_bodies_take_their_roles(text: str, etype: str,
                                            expected: tuple[str, str]) -> None:
    assert expected in role_mentions(text, etype, REF)


# look-alikes: a unit of another body, an "organisation" of the ordinary noun,
# a movement of traffic stay no actor
@pytest.mark.parametrize("text", [
    "وأعلنت الوحدات الصحية في المدينة حالة الطوارئ.",
    "وأكد أن التحرير الكامل للمدينة بات قريبا.",
    "وشهدت الحركة المرورية اضطرابا كبيرا.",
])
def test_look_alikes_stay_no_actor(text: str) -> None:
    assert [e for e in eventx.entities(text) if e.label == "ACTOR"] == []
