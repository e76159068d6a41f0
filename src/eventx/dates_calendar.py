"""Calendar arithmetic for date resolution: periods, weekdays, Hijri conversion.

Kept apart from the grammar so that each rule an analyst applies ("a bare
weekday is the most recent such day", "last week is the previous Monday to
Sunday", "a missing year is the latest one that does not put the event more
than a month ahead") is one small pure function that tests can check directly.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from hijridate import Gregorian, Hijri

Span = tuple[dt.date, dt.date]

ONE_DAY: Final = dt.timedelta(days=1)


def month_span(year: int, month: int) -> Span:
    """First and last day of a Gregorian month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_span(day: dt.date) -> Span:
    """The Monday-to-Sunday (ISO) week holding ``day``.

    Why Monday-first: news agencies and the gold annotations date "last week"
    as the previous ISO week (a Monday reference gives the Monday to Sunday
    before it); a Saturday-to-Friday week would disagree with them.
    """
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def last_weekday(ref: dt.date, weekday: int, *, strict: bool = False) -> dt.date:
    """The most recent ``weekday`` on or before ``ref`` (strictly before if ``strict``).

    A bare weekday in a news report names a day of the past week: the
    publication day itself when it matches ("اليوم الأربعاء"), otherwise the
    last such day before it.  "الماضي" (strict) never means the publication day.
    """
    delta = (ref.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


def next_weekday(ref: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` strictly after ``ref`` ("السبت المقبل")."""
    delta = (weekday - ref.weekday()) % 7 or 7
    return ref + dt.timedelta(days=delta)


# How far ahead of the reference a day of a named month with no year may lie
# and still be this year's.  Why a month: in the corpus, a bare day-month 1-30
# days after the publication date is this year's in every case read -- a
# fixture, session or summit announced ahead ("تنطلق يوم الجمعة 10 جوان"،
# "حدد يوم العاشر من أغسطس للجلسة القادمة"), a threat for a coming day, or a
# report dated a day early -- never the same day a year back.  Further ahead,
# past anniversaries ("11 سبتمبر") begin to mix in.
AHEAD_DAYS: Final = 30


def latest_day_month(ref: dt.date, month: int, day: int) -> dt.date:
    """The latest valid ``day``/``month`` no more than :data:`AHEAD_DAYS`
    after ``ref`` (year inferred).

    An event reported on ``ref`` has mostly already happened, so "28 ديسمبر"
    read on 2021-01-05 is 2020-12-28; but one a few days ahead is scheduled
    or misdated, not a year old ("الثالث من أغسطس" read on 2015-08-02 is
    2015-08-03).  29 February walks back to a leap year.
    Raises ValueError when no year within eight works (e.g. 31 April).
    """
    last = ref + dt.timedelta(days=AHEAD_DAYS)
    for year in range(last.year, ref.year - 9, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= last:
            return d
    raise ValueError(f"no valid date for day {day} month {month}")


# How long after a day the article named with its year a day and month with
# none may follow and still be read as going on from it ("في 28 ديسمبر 2014
# … وفي الثالث من يناير"): a quarter, the reach of one told sequence of days.
CONTEXT_DAYS: Final = 92


def year_after(start: dt.date, end: dt.date, since: dt.date, ref: dt.date) -> Span | None:
    """``start``..``end`` (a day or days of one month) moved to their first
    occurrence on or after ``since`` and within :data:`CONTEXT_DAYS` of it,
    or None when there is none, when it lies after ``ref`` (a day ahead is
    the reference date's to place, see :func:`latest_day_month`), or when it
    is where they stand.  29 February skips a year that has none."""
    for year in (since.year, since.year + 1):
        try:
            span = (start.replace(year=year), end.replace(year=year))
        except ValueError:
            continue
        if 0 <= (span[0] - since).days <= CONTEXT_DAYS:
            return span if span[1] <= ref and span[0] != start else None
    return None


def month_year(ref: dt.date, month: int, rel: str | None) -> int:
    """The year of a named month given its relative word (or none).

    none    → the latest such month on or before the reference month;
    past    → the latest such month strictly before it ("يناير الماضي");
    current → the reference year ("يوليو الجاري");
    next    → the first such month strictly after it ("يوليو المقبل").
    """
    if rel == "current":
        return ref.year
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel in ("past", "before_last"):
        return ref.year if month < ref.month else ref.year - 1
    return ref.year if month <= ref.month else ref.year - 1


def day_month_year(ref: dt.date, month: int, day: int, rel: str | None) -> int:
    """The year of a day of a named month given the month's relative word:
    as :func:`month_year`, save that "past" with a day is the latest such day
    strictly before the reference ("12 يوليو الماضي" told on 24 July is this
    July's 12th, days ago; "20 يوليو الماضي" told on 10 July, last year's)."""
    if rel == "past" and month == ref.month and day < ref.day:
        return ref.year
    return month_year(ref, month, rel)


REL_STEP: Final = {"past": -1, "current": 0, "next": 1, "before_last": -2}


def relative_period(ref: dt.date, unit: str, rel: str) -> Span:
    """"الأسبوع الماضي", "الشهر الجاري", "العام المقبل" … as calendar periods."""
    step = REL_STEP[rel]
    if unit == "week":
        start, end = week_span(ref)
        return start + dt.timedelta(weeks=step), end + dt.timedelta(weeks=step)
    if unit == "month":
        return month_span(*shift_month(ref.year, ref.month, step))
    return year_span(ref.year + step)


# --------------------------------------------------------------- Hijri ----

def hijri_to_date(year: int, month: int, day: int) -> dt.date:
    """Umm al-Qura Hijri → Gregorian (ValueError/OverflowError outside 1343–1500 AH)."""
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def hijri_month_span(year: int, month: int) -> Span:
    first = Hijri(year, month, 1)
    start = hijri_to_date(year, month, 1)
    return start, start + dt.timedelta(days=first.month_length() - 1)


def hijri_year_span(year: int) -> Span:
    return hijri_month_span(year, 1)[0], hijri_month_span(year, 12)[1]


def hijri_of(day: dt.date) -> tuple[int, int, int]:
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.year, h.month, h.day


def hijri_month_year(ref: dt.date, month: int, rel: str | None) -> int:
    """Hijri year of a Hijri month given a relative word, as :func:`month_year`."""
    hy, hm, _ = hijri_of(ref)
    if rel == "current":
        return hy
    if rel == "next":
        return hy if month > hm else hy + 1
    if rel in ("past", "before_last"):
        return hy if month < hm else hy - 1
    return hy if month <= hm else hy - 1


def latest_hijri_day_month(ref: dt.date, month: int, day: int) -> dt.date:
    """The latest Hijri ``day``/``month`` no more than :data:`AHEAD_DAYS`
    after ``ref`` (Hijri year inferred), as :func:`latest_day_month`."""
    last = ref + dt.timedelta(days=AHEAD_DAYS)
    hy = hijri_of(last)[0]
    for year in (hy, hy - 1, hy - 2):
        try:
            d = hijri_to_date(year, month, day)
        except (ValueError, OverflowError):
            continue
        if d <= last:
            return d
    raise ValueError(f"no valid Hijri date for day {day} month {month}")


# ------------------------------------------------------------- feasts ----

# the two Eids as (Hijri month, day): the bare "العيد" is whichever falls nearer
EIDS: Final = ((10, 1), (12, 10))


def nearest_feast(ref: dt.date, kind: str, month: int, day: int) -> dt.date:
    """The first day of a feast nearest ``ref``: a Hijri one (Umm al-Qura) or a
    Gregorian one in the reference's Hijri or Gregorian year or the one
    either side, or for ``kind == "eid"`` whichever Eid is nearer.

    Why nearest, not latest past: a feast is news just before it ("صلاة عيد
    الفطر" announced, security plans for "ليلة رأس السنة") as well as just
    after it, and no feast is ever more than half a year from one of them.
    Raises ValueError outside the Umm al-Qura table.
    """
    if kind == "gregorian":
        days = [dt.date(ref.year + k, month, day) for k in (-1, 0, 1)]
    else:
        hy = hijri_of(ref)[0]
        feasts = EIDS if kind == "eid" else ((month, day),)
        days = [hijri_to_date(hy + k, m, d) for k in (-1, 0, 1) for m, d in feasts]
    return min(days, key=lambda x: (abs((x - ref).days), x > ref))
