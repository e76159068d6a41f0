"""An inquiry into a death whose victim is named or counted tells that death
took place (eventx.inquired_death); one into deaths in general stays talk."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.inquired_death import victim_told
from probe import drafts, modalities

REF = "2017-06-03"


def test_named_victim_after_circumstances_is_asserted() -> None:
    assert modalities("فتحت النيابة العسكرية تحقيقا في ملابسات مقتل الجندي سامي الورتاني أمس.",
                      "killing", REF) == ["asserted"]


def test_name_alone_after_the_death_noun_is_asserted() -> None:
    assert modalities("بدأت الشرطة التحقيق في ملابسات استشهاد سامي الورتاني.",
                      "killing", REF) == ["asserted"]


def test_counted_victims_are_asserted() -> None:
    assert modalities("طالبت العائلة بكشف ملابسات مقتل ثلاثة صيادين قرب الحدود.",
                      "killing", REF) == ["asserted"]


def test_deaths_in_general_stay_generic() -> None:
    assert modalities("تبقى ملابسات مقتل المدنيين في الحروب غامضة عادة.",
                      "killing", REF) == ["generic"]
    assert modalities("قال الوزير إن ملابسات القتل في النزاعات تبقى غامضة في أغلب الأحيان.",
                      "killing", REF) == ["generic"]


def test_a_trial_still_speaks_of_the_deed() -> None:
    # only an inquiry's words yield: a court case named beside it keeps the talk
    assert modalities("نظرت المحكمة في قضية مقتل سامي الورتاني.", "killing", REF) == ["generic"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["في", "من", "على", "الى", "،", "."]),
       st.sampled_from(["المدنيين", "الاطفال", "الناس"]))
def test_no_name_after_a_plain_noun(word: str, noun: str) -> None:
    """A definite noun followed by a particle or punctuation names nobody."""
    text = f"كشف ملابسات مقتل {noun} {word} المنطقة"
    d = next(x for x in drafts(text, REF) if x.rule.type == "killing")
    assert not victim_told(d.sentence, d.trigger.last + 1)
