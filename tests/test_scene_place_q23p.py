"""A story's scene lent to a later deed of it that names no place
(eventx.scene_place): where the text leaves no doubt, and nowhere else."""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"
LEAD = "قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة الرمادي صباح اليوم. "


def _place(text: str, trigger: str) -> str | None:
    """The location mention of the event whose trigger is ``trigger``."""
    found = [e for e in eventx.extract(text, reference_date=REF) if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in eventx.extract(text, reference_date=REF)]
    loc = found[0].location
    return loc.mention.text if loc is not None else None


# the deed told after the lead without a place of its own is where the lead's was
@pytest.mark.parametrize(("text", "trigger", "place"), [
    (LEAD + "وذكر مصدر أمني أن جنديين آخرين أصيبا بجروح عندما فتح مسلحون النار على دورية.",
     "فتح", "الرمادي"),
    # a bare place noun points back to the scene ("in this quarter")
    ("قتل خمسة مدنيين في قصف على حي التواهي في عدن أمس. وقالت مصادر عسكرية إن المعارك في "
     "هذا الحي أسفرت عن مقتل عشرة مسلحين.", "المعارك", "التواهي"),
    (LEAD + "وقالت مصادر عسكرية إن المعارك في هذه المدينة أسفرت عن مقتل عشرة مسلحين.",
     "المعارك", "الرمادي"),
])
def test_a_later_deed_takes_the_scene(text: str, trigger: str, place: str) -> None:
    assert _place(text, trigger) == place


# a wrong place is worse than none: wherever the text leaves the scene in doubt
@pytest.mark.parametrize(("text", "trigger"), [
    # the deed names a place of its own the gazetteer does not know
    (LEAD + "وذكر مصدر أمني أن جنديين آخرين أصيبا بجروح عندما فتح مسلحون النار على دورية في "
     "منطقة الزهور.", "فتح"),
    (LEAD + "وذكر مصدر أمني أن مسلحين فتحوا النار على دورية على الحدود السورية.", "فتحوا النار"),
    # another place is named between the scene and the deed
    (LEAD + "وقال وزير الداخلية في مؤتمر صحافي في بغداد إن التحقيق جار. وذكر مصدر أمني أن "
     "مسلحين فتحوا النار على دورية.", "فتحوا النار"),
    # the sentence turns to another matter
    (LEAD + "من جهة أخرى، فتح مسلحون النار على دورية.", "فتح"),
    # its source is of another country than the scene
    (LEAD + "وقالت الشرطة البريطانية إن مسلحين فتحوا النار على دورية.", "فتحوا النار"),
    # a flashback, and a deed dated by a month: told of before the story
    (LEAD + "وكان مسلحون قد فتحوا النار على دورية.", "فتحوا النار"),
    (LEAD + "وكشف مصدر أمني أن مسلحين فتحوا النار على دورية في يونيو الماضي.", "فتحوا النار"),
])
def test_no_scene_where_the_text_leaves_it_in_doubt(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None


def test_a_country_sets_no_scene() -> None:
    """A deed after one placed only in a country may have been anywhere in it
    or abroad: a country is no scene."""
    text = ("قتل ثلاثة جنود في انفجار عبوة ناسفة في العراق صباح اليوم. وذكر مصدر أمني أن "
            "مسلحين فتحوا النار على دورية.")
    assert _place(text, "فتحوا النار") is None


def test_a_deed_named_as_the_time_of_another_sets_no_scene() -> None:
    """The bombing "a week before" the arrests is another incident, told to
    time them: its city is not where the arrests and the raids were."""
    text = ("اعتقلت الشرطة ثلاثة أشخاص أمس، بعد أسبوع على تفجير استهدف سوقا في مدينة كركوك. "
            "وداهمت الشرطة منازل أخرى.")
    assert _place(text, "وداهمت") is None


def test_the_scene_stays_in_its_story() -> None:
    """An item of a digest opens a story of its own: the scene of the item
    before does not reach it."""
    text = ("* مقتل ثلاثة جنود في الرمادي\n* الرمادي - «الشرق الأوسط»: قتل ثلاثة جنود في انفجار "
            "عبوة ناسفة في مدينة الرمادي صباح اليوم.\n\n* هجوم على دورية\n* القاهرة - «الشرق "
            "الأوسط»: فتح مسلحون النار على دورية للشرطة أمس.")
    assert _place(text, "فتح") != "الرمادي"
