"""A calendar date told by the report's own reckoning of days.

Why: a deed followed straight by a calendar date is the name of a known
incident ("تفجيرات 11 مارس 2004 في مدريد"، "هجمات 11 سبتمبر 2001"): recalled,
not reported (``events._named_by_date``).  News dates its own deeds the same
way, but spells the day out by the report's reckoning beside the calendar
date: "قتل اليوم الأربعاء 24 أوت 2016"، "زار اليوم 12 مارس 2017"، "اجتماعه
مساء أمس الأربعاء 16 نوفمبر 2016"، "استهدفت ليلة السبت 3 جوان".  A date whose
words hold a day counted from the report (today, yesterday, tomorrow) or a
weekday the calendar day agrees with is the report's, and the deed it dates
is news.  A bare calendar date ("قتل يوم 6 فيفري 2013") still names, and so
does a weekday the date disagrees with (a slip, or another day's name).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import Final

from eventx.dates_grammar import grammar
from eventx.text.clitics import without_conjunction
from eventx.text.tokenize import Token

# "ليلة السبت": the night before Saturday as Arabic counts it, or Saturday night
_EVE: Final = frozenset({"ليله", "ليل"})


@cache
def _relative_words() -> frozenset[str]:
    """The one-word days counted from the report (اليوم، أمس، البارحة، غدا):
    the date grammar's own table, so a spelling added there serves here too."""
    return frozenset(form for form in grammar().relative_day if " " not in form)


def report_reckoned(tokens: Sequence[Token], first: int, last: int, day: dt.date | None) -> bool:
    """Whether the date in ``tokens[first:last + 1]``, resolved to ``day``,
    is told by the report's reckoning (see the module's doc)."""
    weekdays = grammar().weekday  # normalised names, Monday = 0 as datetime counts
    relative = _relative_words()
    for k in range(first, last + 1):
        word = without_conjunction(tokens[k].text)
        if word in relative:
            return True
        wd = weekdays.get(word)
        if wd is not None and day is not None:
            if day.weekday() == wd:
                return True
            eve = k > first and without_conjunction(tokens[k - 1].text) in _EVE
            if eve and day.weekday() == (wd - 1) % 7:
                return True
    return False
