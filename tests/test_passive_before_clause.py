"""A casualty verb followed by another clause has no object: the subject
before it is what it befell (events._no_object: "قُتل" is written "قتل")."""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-07-21"


@pytest.mark.parametrize(("text", "typ", "fallen"), [
    ("وقال المتحدث إن أربعة جنود قتلوا وإن ثلاثة آخرين أصيبوا عندما تعرضوا لهجوم مسلح على دوريتهم.",
     "attack", "جنود"),
    ("وقال المصدر إن ضابطين قتلوا فيما أصيب ثلاثة آخرون في الهجوم على الحاجز.", "attack", "ضابطين"),
    # a time right after the verb is looked past: what follows it decides
    ("وذكرت الشرطة أن ثلاثة جنود قتلوا مساء الثلاثاء في هجوم على حاجز قرب المدينة.", "attack",
     "جنود"),
    ("وقال المتحدث إن 40 عنصرا من حركة طالبان قتلوا ليلة أول من أمس في غارات جوية على مواقعهم.",
     "air_strike", "حركة طالبان"),
])
def test_the_fallen_before_another_clause_are_victims(text: str, typ: str, fallen: str) -> None:
    roles = all_role_mentions(text, typ, REF)
    assert ("victim", fallen) in roles and ("agent", fallen) not in roles


@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وأكد المصدر أن الجيش قتل 31 مسلحا واعتقل 20 آخرين.", "raid", "الجيش"),
    # the object after a time told right after the verb
    ("ولم يتضح إن كانوا من مسلحي حركة الشباب الذين هاجموا يوم الجمعة نقطة تفتيش للجيش.",
     "attack", "مسلحي حركة الشباب"),
])
def test_a_verb_with_its_object_keeps_its_doer(text: str, typ: str, doer: str) -> None:
    assert ("agent", doer) in all_role_mentions(text, typ, REF)
