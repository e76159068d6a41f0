"""A date before a result verb ("ما أدى إلى مقتل") belongs to the deed before
it, not to the outcome the verb leads to (eventx.events._date_clauses).

Why: "والهجوم على فندق قرب الساحل في يونيو ما أدى إلى مقتل 38" dates the
attack; read as the outcome's (the nearer trigger), the attack had no date of
its own, took the time an earlier deed of the sentence set ("الهجوم على سوق
المدينة في مارس") and then merged with it: two attacks of a list made one.
And a bare weekday beside a date stated in full, no comma between ("خلال صلاة
الجمعة في 14 يونيو"), is that day (events._bare_weekday).  Sentences are
written for this file.
"""
from __future__ import annotations

import datetime as dt

import eventx

REF = dt.date(2019, 8, 1)


def test_the_date_before_the_result_verb_is_the_deed_s() -> None:
    events = [e for e in eventx.extract(
        "وكان أبرزها الهجوم على سوق المدينة في مارس الماضي، والهجوم على فندق قرب الساحل "
        "في يونيو الماضي ما أدى إلى مقتل 38 شخصا.", reference_date=REF) if e.type == "attack"]
    assert sorted((e.date.start.month, e.date.mention.text) for e in events if e.date) == [
        (3, "مارس الماضي"), (6, "يونيو الماضي")], events


def test_the_outcome_of_a_dated_deed_keeps_the_deed_s_day() -> None:
    events = [e for e in eventx.extract(
        "انفجرت سيارة مفخخة في سوق البلدة الجمعة الماضي، ما أدى إلى مقتل 40 شخصا على الأقل.",
        reference_date=REF) if e.type == "bombing"]
    assert [e.date.start for e in events if e.date] == [dt.date(2019, 7, 26)], events


def test_a_full_date_beside_a_bare_weekday_names_its_day() -> None:
    # "صلاة الجمعة … في 14 يونيو الماضي": the Friday is 14 June, not the last Friday
    # before publication; and the outcome of the deed takes no day of its own
    events = eventx.extract("وتعرض المسجد في وسط المدينة لتفجير انتحاري خلال صلاة الجمعة في شهر "
                            "رمضان في 14 يونيو الماضي، ما أدى إلى مقتل 20 شخصا.", reference_date=REF)
    assert [(e.type, e.date.start) for e in events if e.date] == [("bombing", dt.date(2019, 6, 14))]


def test_a_weekday_parted_by_a_comma_from_a_full_date_stays() -> None:
    # the full date after the comma is the day the authorities spoke
    events = [e for e in eventx.extract("قتل خمسة حراس في التفجير الذي استهدف، الثلاثاء، مقر المحافظ، وفق "
                                        "ما أعلنت السلطات، الأربعاء 31 يوليو 2019.", reference_date=REF)
              if e.type == "bombing"]
    assert [e.date.start for e in events if e.date] == [dt.date(2019, 7, 30)]
