"""Civilians, refugees, worshippers and tourists are whom a deed befalls,
never its doers (eventx.bystanders).

The sentences are made up in the phrasing the corpus shows: a group the agent
slot took because it stood near the deed is its victim in a deed that hurts
people and no actor of a warning; a group that does act keeps its role.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-08-01"


@pytest.mark.parametrize(("text", "typ", "group"), [
    ("وقال المسؤول إن المدنيين حوصروا بشكل مأساوي وسط المعارك في المدينة.", "armed_clash", "المدنيين"),
    ("تزداد أزمة النازحين في الأنبار في ظل اتساع دائرة المعارك ضد تنظيم داعش.", "armed_clash", "النازحين"),
    ("قضى 38 سائحا حين أطلق طالب تونسي النار من بندقية على الشاطئ.", "attack", "سائحا"),
])
def test_bystander_group_is_no_doer(text: str, typ: str, group: str) -> None:
    found = all_role_mentions(text, typ, REF)
    assert ("agent", group) not in found
    assert ("victim", group) in found


def test_warned_group_is_no_actor_of_the_warning() -> None:
    text = "وقالت المتحدثة إنه يجري تحذير ملايين من السائحين الذين يزورون المتنزه كل عام."
    assert not [m for _, m in all_role_mentions(text, "threat", REF) if "السائحين" in m]


def test_group_named_a_side_of_the_clash_fights_it() -> None:
    text = "شهدت ساحات المسجد الأقصى اليوم الأحد مواجهات بين المصلين المسلمين وقوات الاحتلال الإسرائيلية."
    assert ("agent", "المصلين") in all_role_mentions(text, "armed_clash", REF)


@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("أطلقت امرأتان النار على القنصلية الأمريكية في اسطنبول اليوم الاثنين.", "attack", "امرأتان"),
    ("اندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين في إسطنبول.", "armed_clash", "ومتظاهرين"),
])
def test_groups_that_act_keep_their_role(text: str, typ: str, doer: str) -> None:
    assert ("agent", doer) in all_role_mentions(text, typ, REF)
