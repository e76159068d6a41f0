"""Deeds named in talk, not told as done: justified or forbidden, set aside
as the alternative, attempted or plotted, conditioned, or only suspected.

The sentences are written for these tests.  Each places its deed (a city) so
that the anchor alone would have read it as an incident before the cue words
of rules/core/cues.toml were added; the controls keep incidents asserted."""
from __future__ import annotations

import pytest

import eventx
from eventx.records import INCIDENT_MODALITIES

# (sentence, the deed's type, the modality wanted)
TALK = [
    ("استخدم الخطيب في بغداد نصوصا دينية لتبرير قتل الأسرى.", "killing", "generic"),
    ("أصدر المجلس فتوى بتحريم اغتيال المعارضين في بغداد.", "killing", "generic"),
    ("أصدر الداعية فتاوى تجيز التفجيرات الانتحارية في بغداد.", "bombing", "generic"),
    ("زودت السيارات بأقنعة لحماية الركاب في حالات تعرض السيارة لهجوم في بغداد.", "attack",
     "generic"),
    ("تتدخل القوات في حالة تعرض الحاجز لهجوم في بغداد.", "attack", "generic"),
    ("اختار الطرفان الحوار بدلا من المواجهات في بغداد.", "armed_clash", "generic"),
    ("تحدث التقرير عن محاولات تفجير سيارات في بغداد الشهر الماضي.", "bombing", "planned"),
    ("ذكر الكاتب محاولتي اغتيال الوزير في القاهرة.", "killing", "planned"),
    ("سعى القائد لتدبير هجوم على ميناء عدن.", "attack", "planned"),
    ("دعا قائد عسكري أمس السكان للاستعداد للتعرض لقصف بالصواريخ إذا انهارت الهدنة في غزة.",
     "rocket_strike", "generic"),
]


@pytest.mark.parametrize(("text", "kind", "modality"), TALK)
def test_talk_of_a_deed_is_no_incident(text: str, kind: str, modality: str) -> None:
    events = [e for e in eventx.extract(text) if e.type == kind]
    assert [e.modality for e in events] == [modality]


def test_a_suspected_device_is_no_bombing() -> None:
    text = "أغلقت الشرطة شارعا رئيسيا في وسط بغداد أمس بسبب الاشتباه بوجود سيارة مفخخة ثانية."
    assert not [e for e in eventx.extract(text) if e.type == "bombing"]


INCIDENTS = [
    ("قتل مسلحون خمسة جنود أمس في هجوم على حاجز في الموصل.", "attack"),
    ("انفجرت سيارة مفخخة أمس قرب السفارة في بغداد.", "bombing"),
    ("أسفرت محاولة اغتيال الوزير أمس عن مقتل اثنين من حراسه.", "killing"),
    ("قصفت الطائرات مواقع المسلحين في الموصل أمس، وإذا استمر القصف ستنهار دفاعاتهم.",
     "air_strike"),
]


@pytest.mark.parametrize(("text", "kind"), INCIDENTS)
def test_incidents_told_as_done_stay(text: str, kind: str) -> None:
    assert any(e.type == kind and e.modality in INCIDENT_MODALITIES
               for e in eventx.extract(text))
