"""A deed verb joined by و to the deed verb before it shares that verb's doer
(eventx.shared_subject): Arabic states the subject once ("داهمت قوات الأمن
المقر واعتقلت اثنين").  The verb's ending must agree with that subject; one
that cannot is a passive ("هاجم مسلحون الحاجز واختطف ثلاثة جنود": three
soldiers were taken).  Sentences are made up in the phrasing the corpus shows.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions, drafts

REF = "2015-08-10"


def _draft_roles(text: str, etype: str) -> list[tuple[str, str]]:
    return [(r, a.info.name) for d in drafts(text, REF) if d.rule.type == etype for r, a in d.actors]


@pytest.mark.parametrize(("text", "agent"), [
    ("داهمت قوات الأمن مقر الحزب في المدينة، واعتقلت اثنين من أعضائه أمس.", "قوات الأمن"),
    ("قال المتحدث إن الجيش قتل 31 مسلحا واعتقل 171 آخرين خلال اشتباكات شمال البلاد.", "الجيش"),
    ("داهمت الشرطة المنزل وأوقفت رجلا يقود خلية للتنظيم.", "الشرطة"),
])
def test_an_arrest_joined_to_a_deed_shares_its_doer(text: str, agent: str) -> None:
    assert ("agent", agent) in all_role_mentions(text, "arrest", REF)


def test_the_first_verbs_object_gives_way_to_its_subject() -> None:
    found = all_role_mentions("وقال إن قوات الشرطة الاتحادية قتلت 23 إرهابيا ودمرت 12 وكرا للعدو.",
                              "attack", REF)
    assert ("agent", "إرهابيا") not in found
    assert ("agent", "قوات الشرطة الاتحادية") in found


def test_a_plural_verb_shares_the_plural_subject_and_not_the_target() -> None:
    roles = _draft_roles("هاجم مسلحون الحاجز الأمني واختطفوا ثلاثة جنود.", "abduction")
    assert ("agent", "مسلحون") in roles
    assert not any(name == "الحاجز" for _, name in roles)


@pytest.mark.parametrize(("text", "etype"), [
    # a masculine singular after a plural subject: "three soldiers were taken"
    ("هاجم مسلحون الحاجز الأمني واختطف ثلاثة جنود.", "abduction"),
    # a masculine after a feminine subject: "eight were killed"
    ("أطلقت امرأتان النار على القنصلية في اسطنبول اليوم وقتل ثمانية أشخاص.", "killing"),
])
def test_a_verb_that_cannot_agree_shares_no_doer(text: str, etype: str) -> None:
    assert not any(r == "agent" for r, _ in _draft_roles(text, etype))


def test_a_doer_named_behind_a_preposition_is_not_shared() -> None:
    # whom the killing was put down to is no subject a passive "وجرح" shares
    text = ("وفي حادثة منفصلة نسبت أيضا إلى حزب العمال الكردستاني، قتل جندي تركي"
            " وجرح أربعة آخرون في ساعة مبكرة اليوم.")
    assert ("agent", "حزب العمال الكردستاني") in _draft_roles(text, "killing")
    assert not any(r == "agent" for r, _ in _draft_roles(text, "attack"))
