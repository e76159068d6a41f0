"""Cue words that must not make a real incident generic, and cues that must
still reach it.

Each case is a phrase holding a cue word that is no cue there ("عن غير قصد":
unintentionally; "مواقع التواصل": social media, no "it goes on"; "منذ يوم الجمعة": since this
week's Friday, no tally), or a cue
that bears on a deed noun rather than on the clause telling that deed's day
("في قضية الاعتداء الإرهابي الذي استهدف يوم 3 فبراير": the case is about an
attack that took place).  The sentences are written for these tests.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2021-02-24"


def modalities(text: str, etype: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == etype]


@pytest.mark.parametrize(("text", "etype"), [
    # unintentionally: the blast took place
    ("وقالت المعارضة إن الحكومة فتحت عن غير قصد الباب أمام تفجير انتحاري أودى بحياة "
     "12 شخصا في بلدة حدودية أمس.", "bombing"),
    # social media is where it was told, no habit
    ("وقال الفصيل على صفحته في موقع التواصل الاجتماعي إن مقاتليه فجروا أمس مقرا "
     "للمسلحين في بلدة قريبة.", "bombing"),
    ("وأوضحت الوزارة أنه تم التواصل مع السلطات حول مقتل الطالب في مدينة هيوستن أمس.",
     "killing"),
    # a trial cue before the deed noun; the noun's clause tells its own day
    ("وأصدر القاضي بطاقات إيداع بالسجن ضد المتهمين في قضية الاعتداء الإرهابي الذي "
     "استهدف يوم 3 فبراير الجاري دورية للحرس في مدينة قفصة.", "attack"),
    # since a weekday or two days ago: the week's news, no tally
    ("وأقدم ثلاثة أشخاص منذ يومين على الاعتداء على رجل في مدينة سوسة.", "attack"),
    ("وقالت الوزارة إن عمليات التمشيط التي انطلقت منذ يوم الجمعة في جبل سمامة "
     "لا تزال متواصلة.", "raid"),
])
def test_real_incident_stays_asserted(text: str, etype: str) -> None:
    assert modalities(text, etype) == ["asserted"]


@pytest.mark.parametrize(("text", "etype"), [
    # the continuing verb, with or without its conjunction, still tells a habit
    ("وتواصل الطائرات قصف مواقع المسلحين في الجبل.", "rocket_strike"),
    ("ويواصل المسلحون استهداف دوريات الجيش في المنطقة.", "attack"),
    # since a year: a tally
    ("وقتل المسلحون أكثر من ألف شخص منذ عام 2009 في شمال البلاد.", "killing"),
    # the case's deed with no day of its own stays talk about a deed
    ("وأصدر القاضي بطاقات إيداع بالسجن ضد المتهمين في قضية الاعتداء الإرهابي الذي "
     "استهدف دورية للحرس.", "attack"),
])
def test_cue_still_makes_generic(text: str, etype: str) -> None:
    assert "asserted" not in modalities(text, etype)


def test_misspelt_social_media_is_no_meeting() -> None:
    # "الاجتماع" for "الاجتماعي": the sites, no meeting
    text = "ونشط الناشطون على مواقع التواصل الاجتماع بعد المظاهرة التي خرجت أمس في المدينة."
    assert modalities(text, "meeting") == []
