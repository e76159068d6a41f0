"""A warning of danger is no threat (GUIDELINES: a threat is "a warning or
threat of action"): a warning of an outcome that warns no party and names no
action of the speaker's ("حذرت الأرصاد من أمواج عاتية"، "حذر الوزير من النتائج
الكارثية للحرب") yields no event at all, not a generic threat.  A warning to a
party or of the speaker's own action stays a threat.  The sentences are made up.
"""
from __future__ import annotations

import pytest

from tests.probe import typed

REF = "2015-08-01"


@pytest.mark.parametrize("text", [
    "وحذرت هيئة الأرصاد الجوية أمس من أمواج عاتية على السواحل الشمالية.",
    "وحذر وزير الخارجية من النتائج الكارثية لاستمرار الحرب على المدنيين.",
    "وحذرت المنظمة الدولية من أن المجاعة قد تطال نصف السكان هذا العام.",
])
def test_warning_of_danger_is_no_event(text: str) -> None:
    assert [t for t, _ in typed(text, REF) if t == "threat"] == []


@pytest.mark.parametrize("text", [
    "وحذر وزير الدفاع المتمردين من أن الجيش سيرد بقوة على أي هجوم.",
    "وحذرت الحكومة أمس من أنها ستعاقب كل من يشارك في أعمال الشغب.",
])
def test_warning_of_action_stays_a_threat(text: str) -> None:
    assert [t for t, _ in typed(text, REF) if t == "threat"] == ["threat"]
