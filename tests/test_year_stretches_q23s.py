"""Stretches of years told by a dual or a number: "خلال العامين الماضيين"،
"في السنوات الخمس الأخيرة".

Why: such a phrase dates the deeds of its clause to the years it names, up to
the publication date; before, the deed fell back to the publication day.  A
bare plural of years ("في السنوات الأخيرة") reaches back a decade or more
and dates nothing, and a deed summed over years is a tally, no incident.
Sentences are written for this file; nothing is copied from the corpus.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.dates_stretch import find_stretches
from eventx.text.normalize import normalize_text

D = dt.date
REF = D(2021, 2, 24)
refs = st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31))
LEADS = ["", "في ", "خلال ", "طوال ", "على مدى "]
WORDS = {3: "الثلاث", 4: "الأربع", 5: "الخمس", 6: "الست", 7: "السبع", 8: "الثماني",
         9: "التسع", 10: "العشر"}


def stretches(sentence: str, ref: dt.date | None = REF) -> list[tuple[str, dt.date | None,
                                                                     dt.date | None]]:
    text = normalize_text(sentence)
    return [(text[m.start:m.end], m.start_date, m.end_date) for m in find_stretches(text, ref)]


@settings(max_examples=80, deadline=None)
@given(refs, st.sampled_from(LEADS),
       st.sampled_from([("العامين", "الماضيين"), ("العامين", "الأخيرين"),
                        ("السنتين", "الماضيتين"), ("السنتين", "الأخيرتين")]))
def test_a_dual_of_years_is_the_two_years_up_to_the_reference(
        ref: dt.date, lead: str, dual: tuple[str, str]) -> None:
    phrase = f"{lead}{dual[0]} {dual[1]}"
    [(text, start, end)] = stretches(f"وقتل مسلحون عشرات المدنيين {phrase} في المنطقة.", ref)
    assert text == normalize_text(phrase)
    assert end == ref and start is not None and (end - start).days == 2 * 365


@settings(max_examples=100, deadline=None)
@given(refs, st.sampled_from(LEADS), st.integers(min_value=3, max_value=10),
       st.sampled_from(["السنوات", "الأعوام"]), st.booleans(),
       st.sampled_from(["الماضية", "الأخيرة"]))
def test_counted_years_reach_back_that_many_years(
        ref: dt.date, lead: str, n: int, noun: str, digits: bool, last: str) -> None:
    count = f"الـ{n}" if digits else WORDS[n]
    phrase = f"{lead}{noun} {count} {last}"
    [(text, start, end)] = stretches(f"واعتقلت الشرطة مئات المشتبه بهم {phrase}.", ref)
    assert text == normalize_text(phrase)
    # a stretch ends on the reference date and spans the length it states
    assert end == ref and start is not None and start <= end
    assert (end - start).days == n * 365


@settings(max_examples=120, deadline=None)
@given(refs, st.sampled_from(["الساعات", "الأيام", "الأسابيع", "الأشهر", "السنوات"]),
       st.integers(min_value=2, max_value=10))
def test_every_counted_stretch_ends_by_the_reference_and_spans_its_units(
        ref: dt.date, noun: str, n: int) -> None:
    days = {"الساعات": 0, "الأيام": 1, "الأسابيع": 7, "الأشهر": 30, "السنوات": 365}[noun]
    [(_, start, end)] = stretches(f"وشهدت البلاد خلال {noun} ال{n} الماضية توترا.", ref)
    assert end is not None and start is not None and start <= end <= ref
    assert (end - start).days == (1 if days == 0 else n * days)


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.none(), refs), st.sampled_from(LEADS),
       st.sampled_from(["السنوات الأخيرة", "الأعوام الماضية", "السنوات القليلة الماضية",
                        "السنين الأخيرة"]))
def test_years_with_no_length_told_are_no_stretch(ref: dt.date | None, lead: str,
                                                  phrase: str) -> None:
    assert stretches(f"وتصاعدت الهجمات {lead}{phrase} في المنطقة.", ref) == []


def test_since_two_years_is_no_stretch() -> None:
    # "منذ عامين" mostly tells how long a state has lasted ("محتجز منذ عامين")
    assert stretches("والصحفي محتجز منذ عامين في سجن المدينة.") == []


def test_unresolved_without_a_reference_date() -> None:
    [(_, start, end)] = stretches("وقتل مسلحون عشرات خلال العامين الماضيين.", None)
    assert start is None and end is None


# -------------------------------------------------------------- the event ---

def _of(text: str, etype: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == etype]


def test_a_toll_over_two_years_is_dated_by_them_and_is_a_tally() -> None:
    [e] = _of("وقتل مسلحون 40 مدنيا في العامين الأخيرين في ولاية بورنو.", "killing")
    assert e.date is not None and e.date.mention.text == "في العامين الأخيرين"
    assert (e.date.start, e.date.end) == (REF - dt.timedelta(days=730), REF)
    assert e.modality == "generic"


def test_a_toll_over_ten_days_is_still_an_incident() -> None:
    [e] = _of("وقتل مسلحون 40 مدنيا في الأيام العشرة الأخيرة في ولاية بورنو.", "killing")
    assert e.date is not None and (e.date.start, e.date.end) == (D(2021, 2, 14), REF)
    assert e.modality == "asserted"
