"""A toll told as risen, or named by its stage, retells its incident's toll
(eventx.merge._toll_updated).

Why: news brings a toll up to date ("ارتفع عدد القتلى إلى 20") and recalls
the first count ("وكانت حصيلة أولية تحدثت عن مقتل سبعة"); figures that differ
so are one incident's at two times, not two incidents, while two deeds told
with different tolls and no such word stay two.  Sentences are written for
this file.
"""
from __future__ import annotations

import datetime as dt

import eventx

REF = dt.date(2019, 6, 12)
LEAD = "قتل 12 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق بمدينة الموصل صباح اليوم. "


def _incidents(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.type in ("attack", "bombing") and e.modality == "asserted"]


def test_a_risen_toll_joins_the_incident_it_updates() -> None:
    events = _incidents(LEAD + "وقال مسؤول في وزارة الصحة إن عدد القتلى في الاعتداء على السوق صباح "
                               "اليوم ارتفع إلى 20 قتيلا و45 جريحا.")
    assert len(events) == 1, events
    assert events[0].type == "bombing"


def test_a_first_toll_recalled_joins_the_incident() -> None:
    events = _incidents(LEAD + "وكانت حصيلة أولية تحدثت عن مقتل سبعة أشخاص في الاعتداء.")
    assert len(events) == 1, events


def test_another_attack_keeps_no_toll_of_the_bombing() -> None:
    # "هجوم آخر" is another incident: the updated toll is the bombing's
    events = [e for e in eventx.extract(
        LEAD + "وقال مصدر في الشرطة إن هجوما آخر بالأسلحة الخفيفة وقع قرب المطار. وقال مسؤول في "
               "وزارة الصحة إن عدد القتلى في الاعتداء على السوق صباح اليوم ارتفع إلى 20 قتيلا.",
        reference_date=REF) if e.type == "attack"]
    assert all(not e.counts for e in events), events


def test_two_deeds_with_different_tolls_stay_two() -> None:
    # no word of updating: a later indefinite deed with its own toll is another
    events = _incidents(LEAD + "وفي مدينة كركوك قتل خمسة أشخاص في انفجار عبوة ناسفة مساء اليوم.")
    assert len(events) == 2, events
