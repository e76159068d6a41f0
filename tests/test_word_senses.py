"""Trigger words read in a sense that reports no deed (q16s).

Why: a word spelt like a trigger may name no deed at all: a toll noun or a
passive "was wounded" told of no specific incident (rules/core/tolls.toml,
merge._idle_toll), the adjective "cautious" (حذر), a sign-off ("إلى اللقاء"),
the town of Nusaybin (نصيبين, no أصاب), football's governing body
"threatening" points, a reactor or a gas bottle that blew up (no bomb).
Sentences are written for this file; each case failed before the fix, and the
controls beside them keep the deed those words do name.
"""
from __future__ import annotations

import datetime as dt

import pytest

import eventx

REF = dt.date(2016, 5, 1)


def _types(text: str) -> list[str]:
    return [e.type for e in eventx.extract(text, reference_date=REF)]


@pytest.mark.parametrize("text, etype", [
    # a toll told of no specific incident has none to join and is none itself
    ("وأكد مدير المستشفى هذه الحصيلة في تصريح للصحفيين.", "attack"),
    ("وقال الطبيب إن حصيلة الوفيات قد تشهد ارتفاعا خلال الأيام المقبلة.", "attack"),
    ("قدم المدير حصيلة نشاط الإدارة خلال العام الماضي في ندوة صحفية.", "attack"),
    # cautious, no warning
    ("وتقدمت القوات ببطء في تقدم حذر بسبب الألغام المزروعة في الطريق.", "threat"),
    ("وساد هدوء حذر في المدينة صباح اليوم بعد ليلة من المواجهات.", "threat"),
    # a sign-off, no meeting
    ("هذا ما أردت قوله لكم اليوم، وإلى اللقاء.", "meeting"),
    ("هذا ما أردت قوله لكم اليوم. إلى اللقاء.", "meeting"),
    # the town of Nusaybin
    ("وتقع بلدة نصيبين على الحدود مع سوريا.", "attack"),
    # football's governing body
    ("وقال المسؤول إن الفيفا يهدد النادي بخصم ثلاث نقاط من رصيده.", "threat"),
    # an accident, no bombing
    ("انفجر مفاعل في محطة الطاقة النووية عام 1986 مما أدى إلى تسرب إشعاعي واسع.", "bombing"),
    ("وأصيب ثلاثة أشخاص في انفجار قارورة غاز داخل منزل في المدينة اليوم.", "bombing"),
])
def test_a_word_in_another_sense_is_no_deed(text: str, etype: str) -> None:
    assert etype not in _types(text)


@pytest.mark.parametrize("text, etype", [
    # a toll beside its incident still joins it
    ("اقتحم مسلحون فندقا في العاصمة مساء الجمعة. وأعلنت السلطات أن حصيلة القتلى بلغت 21 قتيلا.",
     "attack"),
    ("وحذر الجيش السكان من الاقتراب من المنطقة العسكرية.", "threat"),
    ("وقتل خمسة أشخاص في انفجار سيارة مفخخة قرب محطة الوقود في المدينة.", "bombing"),
    ("وشارك مئات في لقاء جمع الوزير بممثلي الأحزاب في العاصمة اليوم.", "meeting"),
])
def test_the_deed_those_words_name_stays(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_a_toll_beside_its_incident_gives_its_count() -> None:
    events = eventx.extract("اقتحم مسلحون فندقا في العاصمة مساء الجمعة. وأعلنت السلطات أن حصيلة"
                            " القتلى بلغت 21 قتيلا.", reference_date=REF)
    assert [e.type for e in events] == ["attack"]
    assert [(c.kind, c.value) for c in events[0].counts] == [("killed", 21)]
