"""A group glued to ل after a site it owns, before a killing, owns what was
hit and did no killing (slots.toml killing: before&obj&prep:ل&cue:owned_site);
after a deed noun ("العدوان الغاشم للميليشيات") the ل-phrase stays its doer."""
from __future__ import annotations

from probe import all_role_mentions

REF = "2015-07-24"


def test_the_army_whose_post_was_fired_on_is_no_agent() -> None:
    roles = all_role_mentions("وأطلق جهاديون النار من سوريا على مركز حدودي للجيش التركي في كيليس"
                              " مما أدى إلى مقتل ضابط صف وإصابة عسكريين اثنين بجروح.", "attack", REF)
    assert ("agent", "جهاديون") in roles
    assert ("agent", "للجيش التركي") not in roles


def test_the_group_whose_sites_were_struck_killed_no_one() -> None:
    roles = all_role_mentions("وشنت إسرائيل عملية ضد مواقع لحزب الله في الجنوب أسفرت عن مقتل 40 شخصا.",
                              "killing", REF)
    assert ("agent", "لحزب الله") not in roles


def test_the_doer_of_an_aggression_still_kills() -> None:
    roles = all_role_mentions("وقال المصدر إن العدوان الغاشم للميليشيات الحوثية تسبب في قتل للأبرياء في عدن.",
                              "killing", REF)
    assert ("agent", "للميليشيات الحوثية") in roles
