"""Receptions, visits and summits that are no meeting.

GUIDELINES: a meeting is talks in person, visits included, between parties.
A host taking in crowds counted by the hundred, a tour of sites and the top
of a mountain look like one and are not; each look-alike stands beside the
phrasing it resembles that is one, so the cues must tell them apart rather
than silence the trigger.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import eventx
from eventx.packs.loader import RulePackError, load_pack

REF = "2017-04-01"


def meetings(text: str) -> list[str]:
    """Triggers of the meetings found, whatever their modality."""
    return [e.trigger.text for e in eventx.extract(text, reference_date=REF) if e.type == "meeting"]


@pytest.mark.parametrize("text", [
    "وقال مسؤول المخيم إنهم استقبلوا أعدادا كبيرة من العائلات الفارة خلال الأسبوع.",
    "وسيطر التنظيم على البلدة واستقبل مئات المتطوعين القادمين من الخارج.",
    "وكانت ألمانيا قد استقبلت العام الماضي آلاف الأسر السورية.",
])
def test_a_counted_crowd_received_is_no_meeting(text: str) -> None:
    assert meetings(text) == []


def test_a_guest_received_is_still_a_meeting() -> None:
    assert meetings("واستقبل الرئيس في قصره أمس وزير الخارجية الإيطالي.") == ["واستقبل"]


@pytest.mark.parametrize("text", [
    "وأوضحت البعثة أنها زارت خمس مناطق في الريف الجنوبي تعرضت للقصف.",
    "وكان المحافظ قد زار ثلاث مدارس متضررة لتفقد أعمال الصيانة.",
    "وزار الوفد أحد المخيمات قرب الحدود أمس.",
])
def test_a_tour_of_sites_is_no_meeting(text: str) -> None:
    assert meetings(text) == []


def test_a_visit_to_a_country_is_still_a_meeting() -> None:
    assert meetings("زار وزير الخارجية الفرنسي تونس أمس والتقى نظيره.")


@pytest.mark.parametrize("text", [
    # a title, a name and a day between the verb and the site
    "وزار وزير الدفاع الفرنسي جان إيف لودريان صباح الأحد موقعا متقدما على الحدود.",
    # a site the lexicon reads as one facility phrase
    "وزار رئيس الأركان موقعا عسكريا في الجنوب.",
])
def test_a_site_toured_after_a_long_subject_is_no_meeting(text: str) -> None:
    assert meetings(text) == []


@pytest.mark.parametrize("text", [
    "وكان غرض النائب من الرحلة زيارة قبر والده في القرية.",
    "وقام المحافظ أمس بزيارة إلى مخيم النازحين شرق المدينة.",
])
def test_a_visit_noun_with_its_site_after_it_is_no_meeting(text: str) -> None:
    assert meetings(text) == []


def test_a_visit_noun_to_a_capital_is_still_a_meeting() -> None:
    assert meetings("وقام المحافظ أمس بزيارة إلى العاصمة التقى خلالها وزير الداخلية.") == ["بزيارة"]


def test_talks_held_in_a_camp_are_still_a_meeting() -> None:
    """The site cue bears on visits only: a meeting held in a camp is one."""
    assert meetings("واجتمع وفد الحركة مع قادة الفصائل أمس في مخيم للاجئين.") == ["واجتمع"]


@pytest.mark.parametrize("text", [
    "وزار محافظ المدينة اللواء سالم العتيبي مساء أمس المصابين في المستشفى العسكري.",
    "وقام وزير الداخلية بزيارة للجرحى الذين نقلوا إلى المستشفى بعد الانفجار.",
    "كما استقبل ولي العهد في مكتبه عددا من مصابي الانفجار الذين تماثلوا للشفاء.",
    "ونظمت الجمعية برنامجا لزيارة المرضى المنومين خلال أيام العيد.",
    "وقال مسؤول المنظمة إن فرقها تواصل زيارة المعتقلين في سجون الطرفين.",
])
def test_a_call_on_the_wounded_or_sick_is_no_meeting(text: str) -> None:
    assert meetings(text) == []


def test_a_guest_received_to_discuss_the_wounded_is_still_a_meeting() -> None:
    """The sick-call cue stops at a topic discussed: the minister was met."""
    assert meetings("واستقبل الرئيس في قصره وزير الصحة وبحث معه أوضاع الجرحى.") == ["واستقبل"]


@pytest.mark.parametrize("text", [
    # a mountain the gazetteer names as one phrase keeps its جبل
    "وتمركز القناصة على قمة جبل صبر المطل على المدينة.",
    "وصعد الجنود إلى قمة التلة المطلة على القرية.",
])
def test_a_mountain_top_is_no_summit(text: str) -> None:
    assert meetings(text) == []


def test_a_summit_named_for_its_city_is_still_one() -> None:
    assert meetings("وانعقدت قمة شرم الشيخ بحضور القادة العرب أمس.")


def test_a_cue_names_only_known_word_classes(tmp_path: Path) -> None:
    d = tmp_path / "demo"
    d.mkdir()
    (d / "pack.toml").write_text('[pack]\nname = "demo"\nversion = "1"\n', encoding="utf-8")
    (d / "rules.toml").write_text(
        '[[rule]]\nid = "x"\ntype = "meeting"\nnouns = ["قمة"]\n\n'
        '[[cue]]\nvalue = "suppress"\nside = "after"\nwindow = 1\nclasses = ["nope"]\nwords = ["جبل"]\n',
        encoding="utf-8")
    with pytest.raises(RulePackError, match="unknown word class"):
        load_pack(d)
