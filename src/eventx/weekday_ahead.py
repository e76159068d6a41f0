"""A bare weekday that a future verb governs lies ahead, not behind.

A weekday alone names the most recent such day (eventx.dates: news tells
what happened), but "سيقوم الوزير بزيارة العراق يوم الاثنين" or "ستعقد
اللجنة اجتماعا يوم الأحد" tell what will happen: the coming Monday, the
coming Sunday.  The date grammar cannot see the verb, and the draft's
modality alone does not tell it either (a plot foiled "الأحد" was planned,
the foiling took place), so both are asked: the deed is planned, and a verb
in the future (س before the imperfect: سيعقد، ستجري، سيزور) stands before the
weekday in its sentence, with nothing but the weekday and a time of day in
the date's words ("يوم الأحد"، "مساء الخميس"; "الأحد الماضي"، "أمس
الأحد" and dated days are left as they are).
"""
from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from eventx import dates_calendar as cal
from eventx.analysis import is_punct
from eventx.dates_grammar import grammar
from eventx.events import Draft
from eventx.text.clitics import without_conjunction

# what else a bare weekday's words may hold (normalised)
_TIME_OF_DAY: Final = frozenset({"يوم", "مساء", "صباح", "صبيحه", "ظهر", "عصر", "ليله", "ليل", "فجر",
                          "عشيه", "(", ")"})
# how far before the weekday its governing verb may stand
_VERB_REACH: Final = 8
# the imperfect's prefixes after the future س (not the first person سأ: normalised
# it is spelt like ساعات، ساحة، سابق)
_IMPERFECT: Final = frozenset("يتن")
# common words spelt like a future verb (normalised): car, control, Sinai, politics …
_NOT_VERBS: Final = frozenset({"سياره", "سيارات", "سيطره", "سيناء", "سياسه", "سياسي", "سياسيه", "سيول",
                        "ستين", "سنوات", "سنويا", "ستار", "سيدي", "سيده", "سنتين", "سياق", "سيرا"})


def _future_verb(text: str) -> bool:
    bare = without_conjunction(text)
    return (len(bare) >= 5 and bare[0] == "س" and bare[1] in _IMPERFECT
            and bare not in _NOT_VERBS)


def weekday_ahead(d: Draft, ref: dt.date | None) -> Draft:
    """``d`` with its bare weekday moved to the coming one when a future verb
    governs it (see the module's doc); ``d`` itself otherwise."""
    date = d.date
    if (ref is None or d.modality != "planned" or date is None or date.start_date is None
            or date.start_date >= ref or date.start_date != date.end_date):
        return d
    s = d.sentence
    if not s.start <= date.start < s.end:
        return d
    a, b = s.token_at(date.start), s.token_at(date.end - 1)
    words = [t.text for t in s.tokens[a:b + 1]]
    weekdays = grammar().weekday  # normalised names, Monday = 0 as datetime counts
    days = [weekdays[w] for w in words if w in weekdays]
    if len(days) != 1 or any(w not in weekdays and w not in _TIME_OF_DAY for w in words):
        return d
    verb = False
    for i in range(a - 1, max(-1, a - _VERB_REACH - 1), -1):
        if is_punct(s.tokens[i]) and s.tokens[i].text not in ("(", ")"):
            break
        if _future_verb(s.tokens[i].text):
            verb = True
            break
    if not verb:
        return d
    day = cal.next_weekday(ref, days[0])
    return attrs.evolve(d, date=attrs.evolve(date, start_date=day, end_date=day))
