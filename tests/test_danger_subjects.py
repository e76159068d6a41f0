"""Dangers that "threaten" and accidents that kill: no security incident.

GUIDELINES define a threat as a warning or threat of action by a party: a
drought, a crisis or an epidemic that "يهدد" something threatens no action
(classes.toml, danger_subject; cues.toml, the threat suppressors).  Deaths in
a domestic blast or a fire are an accident, no killing (cues.toml, the killing
suppressor after the verb).  Each look-alike sits beside the phrasing it
resembles that does report a threat or a killing.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

import eventx
from eventx.packs.loader import builtin_root, load_pack

REF = "2021-02-24"


def _types(text: str) -> list[str]:
    return [e.type for e in eventx.extract(text, reference_date=REF)]


@pytest.mark.parametrize("text", [
    "وقال الخبير إن الجفاف يهدد المحاصيل في الجنوب هذا العام.",
    "وحذر الطبيب من الأمراض التي تهدد سكان القرى المعزولة.",
    "وتراجعت الأمطار في الولاية مما يهدد إنتاج القمح.",
    "يهدد الجفاف المحاصيل في الجنوب منذ أشهر.",
    "وقال الباحث إن الوباء المتفاقم يهدد المستشفيات في المدينة.",
])
def test_a_danger_that_threatens_is_no_threat(text: str) -> None:
    assert "threat" not in _types(text)


@pytest.mark.parametrize("text", [
    "هدد تنظيم داعش يوم الأحد بشن هجمات على فرنسا.",
    "وقال المسؤول إن الجماعة تهدد بشن هجمات على المدينة.",
    "وهدد المحتجون أمس بالتصعيد إذا لم تستجب الحكومة لمطالبهم.",
])
def test_a_party_that_threatens_still_threatens(text: str) -> None:
    assert "threat" in _types(text)


_DANGERS = next(c for c in load_pack(builtin_root() / "core").classes
                if c.name == "danger_subject").words


@given(st.sampled_from([w for w in _DANGERS if w.startswith("ال")]),
       st.sampled_from(["يهدد", "تهدد"]))
@settings(max_examples=60, deadline=None)
def test_any_danger_as_the_subject_makes_no_threat(danger: str, verb: str) -> None:
    assert "threat" not in _types(f"وقال المسؤول إن {danger} {verb} المنطقة كلها.")


@pytest.mark.parametrize("text", [
    "قتل طفلان أمس في انفجار قارورة غاز داخل منزلهما بمدينة صفاقس.",
    "قتل ثلاثة عمال إثر انفجار أسطوانة غاز في مطعم بالعاصمة.",
    "قتل خمسة أشخاص مساء الأحد في حريق شب في مصنع للنسيج.",
])
def test_deaths_in_an_accident_are_no_killing(text: str) -> None:
    assert "killing" not in _types(text)


@pytest.mark.parametrize("text", [
    "قتل مسلحون حارس محطة الغاز في هجوم ليلي على المدينة.",
    "قتل شرطي أمس برصاص مسلحين قرب محطة وقود في المدينة.",
])
def test_a_killing_near_fuel_stays_a_killing(text: str) -> None:
    assert _types(text) and set(_types(text)) & {"killing", "attack"}
