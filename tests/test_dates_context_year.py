"""A day and month with no year that goes on from a day the article named
with its year ("في 28 ديسمبر 2014 … وفي الثالث من يناير") takes its year from
that day, not from the publication date."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from eventx.dates import DateMatch, dates_in_context, find_dates
from eventx.dates_calendar import CONTEXT_DAYS
from eventx.text.normalize import normalize_text

D = dt.date
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
days = st.dates(min_value=D(1995, 1, 1), max_value=D(2030, 12, 31))


def _told(*sentences: str, ref: dt.date) -> list[list[DateMatch]]:
    """The dates of each sentence, read in order as one article."""
    anchor = None
    out = []
    for s in sentences:
        found, anchor = dates_in_context(normalize_text(s), ref, anchor)
        out.append(found)
    return out


def _named(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def test_the_story_goes_on_into_the_next_year() -> None:
    first, then, later = _told("قتل مسلحون خمسة جنود في 28 ديسمبر 2014.",
                               "وفي الثالث من يناير هاجموا حاجزا آخر.",
                               "ثم قتلوا شرطيا في 5 يناير.", ref=D(2016, 3, 1))
    assert [d.start_date for d in first + then + later] == [
        D(2014, 12, 28), D(2015, 1, 3), D(2015, 1, 5)]
    assert not then[0].relative  # its year is the text's, and carries on


def test_a_day_before_the_named_one_keeps_the_reference_year() -> None:
    """A story that steps back ("وكان قد اعتقل في 8 فبراير") names no year to
    step back in: the publication date reads it, as alone."""
    _, (back,) = _told("سقط حكم الإخوان في 30 يونيو 2013.",
                       "وفي 8 فبراير اتصل الملك بالرئيس.", ref=D(2015, 8, 6))
    assert back.start_date == D(2015, 2, 8) and back.relative


@settings(max_examples=150, deadline=None)
@given(days, st.integers(min_value=0, max_value=CONTEXT_DAYS),
       st.integers(min_value=0, max_value=5 * 365))
def test_a_yearless_day_going_on_from_a_named_day_is_in_its_time(
        named: dt.date, after: int, late: int) -> None:
    """However long after it the article was published, a day and month told
    up to a quarter after a day named with its year is that quarter's."""
    day = named + dt.timedelta(days=after)
    assume(not (day.month == 2 and day.day == 29))
    ref = day + dt.timedelta(days=late)
    _, (d,) = _told(f"هاجم مسلحون الحاجز في {_named(named)} {named.year}.",
                    f"وفي {_named(day)} قتلوا شرطيا.", ref=ref)
    assert (d.start_date, d.end_date, d.precision) == (day, day, "day")


@settings(max_examples=100, deadline=None)
@given(days, st.dates(min_value=D(2001, 1, 1), max_value=D(2001, 12, 31)),
       st.integers(min_value=0, max_value=3 * 365))
def test_without_a_named_year_the_reference_reads_it(ref: dt.date, dm: dt.date,
                                                    back: int) -> None:
    """After a day the reference date placed ("أمس") or a day named ahead of
    the publication date, a yearless day is read as it is alone."""
    alone = find_dates(normalize_text(f"وفي {_named(dm)} قتلوا شرطيا."), ref)
    _, after_yesterday = _told("هاجم مسلحون الحاجز أمس.", f"وفي {_named(dm)} قتلوا شرطيا.",
                               ref=ref)
    assert [d.start_date for d in after_yesterday] == [d.start_date for d in alone]
    named = ref + dt.timedelta(days=1 + back)  # a day ahead: nothing told goes on from it
    _, (d,) = _told(f"تعقد الجلسة في {_named(named)} {named.year}.",
                    f"وفي {_named(dm)} قتلوا شرطيا.", ref=ref)
    assert d.start_date == alone[0].start_date
