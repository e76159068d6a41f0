"""Document merging through the whole pipeline: which mentions of an article
become one incident, which stay apart, and what the merged record keeps."""
from __future__ import annotations

import datetime as dt

import eventx

REF = "2015-08-10"  # a Monday


def security(text: str, ref: str = REF) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=ref)
            if e.type not in ("statement", "threat", "meeting", "phone_call")
            and e.modality == "asserted"]


def test_last_night_and_late_saturday_are_one_night() -> None:
    # said on Sunday, "last night" and "late on Saturday" name the same night
    text = ("قال مسؤولون إن مسلحين هاجموا مركزا للشرطة الليلة الماضية في مدينة ماردين. "
            "وقال بيان للمحافظة إنه في وقت متأخر من السبت فتح مسلحون النار على مركز "
            "للشرطة في مدينة ماردين.")
    evs = security(text)
    assert len(evs) == 1
    assert evs[0].date is not None
    assert evs[0].date.start == dt.date(2015, 8, 8)  # the named day pins it


def test_an_evening_does_not_reach_the_next_day() -> None:
    text = ("هاجم مسلحون مركزا للشرطة مساء السبت في مدينة ماردين. "
            "وكان مسلحون قد هاجموا مركزا للشرطة يوم الخميس في مدينة ماردين.")
    assert len(security(text)) == 2


def test_the_day_of_a_report_is_not_the_day_of_the_incident() -> None:
    text = "قالت الشرطة الأحد إن مسلحين هاجموا مركزا أمنيا يوم الجمعة في مدينة بغداد."
    evs = security(text)
    assert len(evs) == 1 and evs[0].date is not None
    assert evs[0].date.start == dt.date(2015, 8, 7)


def test_the_day_of_a_report_dates_an_undated_clause() -> None:
    text = "أعلنت وزارة الدفاع الأسبوع الماضي أن الجيش اعتقل خمسة مسلحين في ولاية سطيف."
    evs = security(text)
    assert len(evs) == 1 and evs[0].date is not None
    assert evs[0].date.end < dt.date(2015, 8, 10)


def test_an_attack_and_the_arrest_of_its_author_are_two_events() -> None:
    text = ("هاجم مسلح دورية للشرطة في مدينة ليون أمس. "
            "واعتقلت الشرطة المهاجم بعد الهجوم في مدينة ليون.")
    types = sorted(e.type for e in security(text))
    assert types == ["arrest", "attack"]


def test_a_definite_construct_refers_back() -> None:
    # "إطلاق النار" is "the shooting": the earlier incident, told again
    text = ("قتل ثلاثة أشخاص في حادث إطلاق نار أمس. "
            "وقال المتحدث إن إطلاق النار وقع في مركز تجاري بمدينة دالاس.")
    evs = security(text)
    assert len(evs) == 1
    assert evs[0].location is not None
