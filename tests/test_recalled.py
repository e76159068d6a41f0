"""Background incidents the text recalls from before its news (eventx.recalled).

Why: an undated deed is given the publication day on the assumption that it
is the day's news.  A deed told in the pluperfect ("وكان … قد"), after "سبق
أن", as an anniversary or a model ("في ذكرى"، "على غرار") or as the start of
a time since ("منذ هجوم …") is told as older than the news: with no time of
its own it gets no date (GUIDELINES: null where none is stated), and with one
it keeps that.  Sentences are written for this file in the style of the
corpus; nothing is copied from it.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import eventx

D = dt.date
REF = D(2021, 2, 24)
refs = st.dates(min_value=D(1995, 1, 1), max_value=D(2035, 12, 31))


def _events(text: str, etype: str, ref: dt.date = REF) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=ref) if e.type == etype]


def _one(text: str, etype: str, ref: dt.date = REF) -> eventx.Event:
    [ev] = _events(text, etype, ref)
    return ev


@settings(max_examples=25, deadline=None)
@given(ref=refs)
def test_a_pluperfect_deed_with_no_time_of_its_own_gets_no_date(ref: dt.date) -> None:
    news = _one("وهاجم مسلحون دورية للجيش في جبل سمامة.", "attack", ref)
    assert news.date is not None and news.date.precision == "approximate"
    assert news.date.end == ref and news.date.mention.text == ""
    told_before = _one("وكان مسلحون قد هاجموا دورية للجيش في جبل سمامة.", "attack", ref)
    assert told_before.date is None
    assert told_before.location is not None  # only the inferred date goes


def test_a_pluperfect_deed_keeps_the_time_its_clause_states() -> None:
    ev = _one("وكان مسلحون قد هاجموا دورية للجيش في جبل سمامة في مارس الماضي.", "attack",
              D(2021, 5, 10))
    assert ev.date is not None
    assert (ev.date.start, ev.date.end, ev.date.precision) == (D(2021, 3, 1), D(2021, 3, 31),
                                                               "month")


def test_a_deed_reported_inside_recalled_words_is_not_recalled_itself() -> None:
    # the pluperfect dates the announcement; the arrests it told are the day's
    ev = _one("وكانت الداخلية قد أعلنت أن الشرطة اعتقلت عشرة مشتبه بهم في صفاقس.", "arrest")
    assert ev.date is not None and ev.date.end == REF


def test_ever_before_and_memory_words_recall_the_deed() -> None:
    for text, etype in (("وسبق أن اعتقلت الشرطة ثلاثة أشخاص في المدينة.", "arrest"),
                        ("وسبق للشرطة أن اعتقلت ثلاثة أشخاص في المدينة.", "arrest"),
                        ("ونظمت الجمعية وقفة في ذكرى الهجوم على متحف باردو.", "attack"),
                        ("وشددت السلطات الإجراءات على غرار هجوم سوسة الإرهابي.", "attack")):
        evs = _events(text, etype)
        assert evs, text
        assert all(e.date is None for e in evs), text


def test_since_a_deed_recalls_it_but_since_a_while_is_a_time() -> None:
    assert all(e.date is None for e in _events(
        "وتعيش المدينة حالة تأهب منذ هجوم سوسة الإرهابي.", "attack"))
    # "منذ قليل": a moment ago, the day's news
    ev = _one("أعلن التنظيم منذ قليل تبنيه للهجوم على الثكنة.", "attack")
    assert ev.date is not None and ev.date.end == REF


def test_a_recalled_mention_that_joins_the_news_keeps_the_news_day() -> None:
    text = ("هاجم مسلحون أمس دورية للجيش في جبل سمامة. "
            "وكان المسلحون قد هاجموا الدورية في جبل سمامة بأسلحة رشاشة.")
    attacks = _events(text, "attack")
    assert attacks and all(e.date is not None for e in attacks)
    assert any(e.date.start == e.date.end == D(2021, 2, 23) for e in attacks if e.date)


ORDINALS = {"الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
            "العاشرة": 10, "العشرين": 20, "السبعين": 70}


def _years_back(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


@settings(max_examples=30, deadline=None)
@given(ref=st.dates(min_value=D(1995, 1, 1), max_value=D(2035, 12, 31)),
       ordinal=st.sampled_from(sorted(ORDINALS)), filler=st.sampled_from(["", "السنوية "]))
def test_an_anniversary_dates_its_deed_that_many_years_back(ref: dt.date, ordinal: str,
                                                            filler: str) -> None:
    text = f"وأحيت العائلات الذكرى {filler}{ordinal} لاغتيال المعارض في وسط العاصمة."
    ev = _one(text, "killing", ref)
    assert ev.date is not None
    day = _years_back(ref, ORDINALS[ordinal])
    assert ev.date.start <= day <= ev.date.end and (ev.date.end - ev.date.start).days <= 7
    assert ev.date.precision == "approximate"
    assert ev.date.mention.text == f"الذكرى {filler}{ordinal}"
    assert ev.modality != "planned"  # the لـ of an anniversary is no purpose


def test_a_day_told_before_the_anniversary_is_the_commemoration_s() -> None:
    ev = _one("ويصادف غدا الذكرى السنوية الأولى لاختطاف العسكريين على يد مسلحين.", "abduction",
              D(2015, 8, 1))
    assert ev.modality != "planned"  # tomorrow is the anniversary, not the abduction
    assert ev.date is not None and ev.date.start <= D(2014, 8, 2) <= ev.date.end
    assert ev.date.mention.text == "غدا الذكرى السنوية الأولى"


def test_a_deed_with_its_own_day_keeps_it_beside_an_anniversary() -> None:
    ev = _one("يصادف اليوم الذكرى الرابعة لاغتيال المعارض الذي قتل يوم 6 فيفري 2013.",
              "killing", D(2017, 2, 6))
    assert ev.date is not None and ev.date.start == ev.date.end == D(2013, 2, 6)
