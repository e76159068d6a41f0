"""Which stated date an event's date slot takes, sentences written for this file.

Why: a sentence states a time once for several coordinated deeds, and a
report's own day is not its incident's; these check the slot choice, not the
date parser (tests/test_dates.py does that).
"""
from __future__ import annotations

import datetime as dt

import eventx
from eventx.records import INCIDENT_MODALITIES, Event

REF = "2021-02-24"  # a Wednesday


def _events(text: str, etype: str) -> list[Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == etype]


def test_coordinated_deed_shares_the_earlier_clause_date() -> None:
    text = ("وشنت القوات الحكومية الشهر الماضي حملة واسعة شملت غارات جوية على مواقع "
            "المسلحين في الشمال بالإضافة إلى اعتقال عشرات المشتبه بهم.")
    arrests = _events(text, "arrest")
    assert arrests and arrests[0].date is not None
    assert (arrests[0].date.start, arrests[0].date.end) == (dt.date(2021, 1, 1), dt.date(2021, 1, 31))


def test_a_statement_day_is_not_shared_with_the_deed_it_names() -> None:
    text = ("أدان الرئيس اليوم الثلاثاء بشدة الهجوم المسلح على حافلة للركاب "
            "في جنوب البلاد والذي أسفر عن مقتل 12 شخصا.")
    attacks = [e for e in eventx.extract(text, reference_date=REF)
               if e.type in ("attack", "bombing")]
    assert attacks
    for e in attacks:
        assert e.date is None or e.date.mention.text != "اليوم الثلاثاء"


def test_a_day_told_from_the_day_named_before() -> None:
    text = ("وقال الجيش إن مسلحين هاجموا نقطة تفتيش في المدينة مساء السبت. "
            "وقبل ذلك بيوم قتل أربعة جنود في اشتباكات مع المسلحين قرب الحدود.")
    clashes = _events(text, "armed_clash")
    assert clashes and clashes[0].date is not None
    assert clashes[0].date.start == clashes[0].date.end == dt.date(2021, 2, 19)
    assert clashes[0].date.mention.text == "وقبل ذلك بيوم"


def test_an_anaphoric_day_with_nothing_named_before_is_no_date() -> None:
    text = "وفي اليوم التالي اعتقلت الشرطة ثلاثة مشتبه بهم في المدينة."
    for e in eventx.extract(text, reference_date=REF):
        assert e.date is None or e.date.mention.text == ""


def test_a_background_relative_clause_lends_its_year_to_nothing() -> None:
    # the year dates the killing told in the relative clause, background; the
    # later "عملية اغتياله" gains no anchor from it and stays the deed in general
    text = ("في إشارة إلى المفكر الذي اغتيل عام 1980 والذي اتهمت المعارضة الحكومة "
            "بتدبير عملية اغتياله.")
    killings = _events(text, "killing")
    assert killings
    assert all(e.modality not in INCIDENT_MODALITIES for e in killings)


def test_a_deed_nouns_own_relative_clause_dates_it() -> None:
    # the day before the noun is when the photos came out; "الذي استهدف أمس" is the attack's
    text = ("نشرت وسائل الإعلام مساء اليوم صورا لضحايا الهجوم الإرهابي الذي استهدف أمس "
            "مصلين في مسجد بالمدينة.")
    attacks = _events(text, "attack")
    assert len(attacks) == 1, "the noun and its relative verb are one attack"
    assert attacks[0].date is not None and attacks[0].date.start == dt.date(2021, 2, 23)
    # with no relative clause, the noun keeps the nearest day of its own clause
    text = "نفذ مسلحون مساء اليوم هجوما على حاجز للجيش."
    attacks = _events(text, "attack")
    assert attacks and attacks[0].date is not None and attacks[0].date.start == dt.date(2021, 2, 24)
