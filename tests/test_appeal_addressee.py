"""Whom an appeal addresses in a relative clause is no speaker.

"القرار الذي يدعو المتمردين إلى …": the relative pronoun is the verb's
subject and the name after it, followed by the appeal's own complement, is
the one called on (eventx.relative_speaker.addressed_after); a name after
the verb with no complement after it is left to the slots as before.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-07-25"


@pytest.mark.parametrize("text", [
    "وذكّر رئيس النقابة بالقرار الدولي رقم 14 الذي يدعو المسلحين إلى احترام عمل الصحفيين.",
    "وأشار إلى البيان الختامي الذي يطالب المسلحين بالإفراج عن المخطوفين فورا.",
    "ونشرت اللجنة تقريرا جاء فيه نص المبادرة التي تدعو الجيش إلى وقف العمليات.",
])
def test_the_addressee_of_a_relative_appeal_is_no_source(text: str) -> None:
    roles = all_role_mentions(text, "statement", REF)
    assert not [m for r, m in roles if r == "source"], roles


def test_an_accusation_after_an_office_keeps_its_target() -> None:
    roles = all_role_mentions(
        "وانتقد النائب تصريحات وزير الداخلية الذي اتهم حركة حماس بالوقوف وراء التفجير.",
        "statement", REF)
    assert ("target", "حركة حماس") in roles
