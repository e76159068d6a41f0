"""A group glued to ب or ل after one member's rank is that member's side.

"قيادي بارز بجبهة النصرة"، "رائد بالجيش الوطني"، "قائد ميداني للمليشيا": the
group says whose side the person is on, so it takes no role of doer or
sufferer in the deed the person fought or fell in (eventx.members).  Counted
members stand for their force, and a member who speaks speaks for it: those
keep the group's role, as does a group after a word that is no member noun."""
from __future__ import annotations

import pytest
from probe import all_role_mentions

import eventx

REF = "2015-08-01"


@pytest.mark.parametrize(("text", "etype", "group"), [
    ("قتلت غارة جوية أمريكية قياديا ميدانيا كبيرا بتنظيم القاعدة في ولاية هلمند.",
     "air_strike", "بتنظيم القاعدة"),
    ("أصيب ضابط بالجيش الوطني في انفجار عبوة ناسفة جنوب المدينة.", "bombing", "بالجيش الوطني"),
    ("وقتل أبو محمد، وهو قيادي بارز بحركة الشباب، في اشتباكات مع الجيش الصومالي.",
     "armed_clash", "بحركة الشباب"),
    ("وقتل أبو محمد، قيادي بارز بجبهة النصرة، أثناء معارك بين القوات السورية ومسلحين في إدلب.",
     "armed_clash", "بجبهة النصرة"),
    ("تمكنت المقاومة من قتل قائد ميداني للمليشيا الحوثية في جبهة صبر.",
     "killing", "للمليشيا الحوثية"),
])
def test_a_members_group_takes_no_role(text: str, etype: str, group: str) -> None:
    assert etype in {e.type for e in eventx.extract(text, reference_date=REF)}
    assert group not in {m for _, m in all_role_mentions(text, etype, REF)}


def test_the_member_named_as_an_actor_keeps_his_role() -> None:
    got = all_role_mentions("أصيب ضابط بالجيش الوطني في انفجار عبوة ناسفة جنوب المدينة.",
                            "bombing", REF)
    assert ("victim", "ضابط") in got


@pytest.mark.parametrize(("text", "etype", "role", "group"), [
    # counted members stand for their force
    ("قتل 12 جنديا بالجيش الوطني في هجوم شنه مسلحون على حاجز أمني.",
     "attack", "victim", "بالجيش الوطني"),
    ("أعلنت الحركة أنها قتلت عشرين عنصرا لقوات النظام في حلب.", "killing", "victim", "لقوات النظام"),
    # no member noun before the group
    ("أصيب مواطنون بالشرطة في انفجار.", "bombing", "victim", "بالشرطة"),
    # a member who speaks speaks for his group
    ('قالت المقاومة الشعبية إنها تقدمت في عدن. وقال قائد بالمقاومة "نحن في عملية '
     'لاستكمال بسط سيطرتنا على مدينة عدن".', "raid", "agent", "بالمقاومة"),
])
def test_a_group_not_named_as_one_members_side_keeps_its_role(
        text: str, etype: str, role: str, group: str) -> None:
    assert (role, group) in all_role_mentions(text, etype, REF)
