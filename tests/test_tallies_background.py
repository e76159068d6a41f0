"""Period totals and background deeds are no incidents of the day.

A tally sums deeds over a period ("four months of fighting", "2041 barrel
bombs during July", what a report documents, a war's toll of thousands); a
background deed is recalled as what came before the news ("في أعقاب هجوم"،
"منذ هجوم").  Each case stands beside the phrasing it resembles that does
report an incident, so the rules must tell them apart rather than silence a
trigger.
"""
from __future__ import annotations

import pytest
from probe import asserted_types, typed

import eventx

REF = "2015-08-09"


@pytest.mark.parametrize("text", [
    # months of fighting, summed
    "وأدت أكثر من أربعة أشهر من المعارك الشرسة بين المتمردين والقوات الحكومية إلى دمار واسع.",
    # a monitor documents a month's munitions; the span qualifies the toll, not the deed
    "وثقت الشبكة الحقوقية إلقاء الطيران 2041 قنبلة برميلية على مناطق متفرقة في البلاد خلال شهر يوليو الماضي.",
    # what a report already named says
    "وأشار التقرير إلى أن القصف بالبراميل المتفجرة ألحق أضرارا بعشرات المدارس.",
    # a war's toll
    "وتقول الأمم المتحدة إن نحو أربعة آلاف شخص قتلوا.",
    # a campaign over recent months
    "وشارك في المعارك التي خاضتها الفصائل في الأشهر الأخيرة في المحافظة.",
    # a stated span of days
    "وتمكنت قوات الأمن في الفترة الممتدة من 31 يوليو وحتى يوم أمس من اعتقال 22 عنصرا.",
    # an outcome verb joined to fighting counted since a day: the verb has no
    # toll of its own, the fighting's "since" makes both a tally
    "قتل 40 مقاتلا في المواجهات مع القوات الحكومية منذ بداية الشهر الجاري.",
    "وأصيب 60 شخصا في الاشتباكات القبلية المتقطعة منذ مطلع العام.",
])
def test_tally_is_no_incident(text: str) -> None:
    assert not asserted_types(text, REF)


@pytest.mark.parametrize("text, etype", [
    ("واندلعت معارك عنيفة بين المتمردين والقوات الحكومية أمس في أطراف المدينة.", "armed_clash"),
    ("وألقى الطيران المروحي 12 قنبلة برميلية على البلدة أمس.", "air_strike"),
    ("وقال مسؤول إن أربعة أشخاص قتلوا في هجوم على نقطة تفتيش أمس.", "attack"),
    # a weekend is no span that sums deeds
    ("وقتل 14 شخصا في هجوم على قرية خلال عطلة نهاية الأسبوع.", "attack"),
    # today's deed, its toll carried on to a running total since a day
    ("وقتل مسلحون شرطيين في هجومين منفصلين بمدينتي حمص وحماة ليرتفع عدد قتلى الشرطة منذ 3 يوليو إلى 30 قتيلا.",
     "attack"),
    # fighting since this morning is under way, no tally
    ("قتل 7 مقاتلين في المواجهات مع القوات الحكومية منذ صباح اليوم.", "armed_clash"),
])
def test_incident_beside_tally_stays(text: str, etype: str) -> None:
    assert etype in asserted_types(text, REF)


def test_court_case_deeds_are_background() -> None:
    text = ("أصدرت المحكمة فجر اليوم أحكامها في قضيتي الأحداث الإرهابية بشباو "
            "ومقتل حارس استراحة.")
    assert not [t for t in asserted_types(text, REF) if t in ("attack", "killing")]


def test_security_of_a_country_is_no_target() -> None:
    text = "وأدان البيان العمليات الإرهابية التي استهدفت أمن واستقرار البلاد."
    assert "attack" not in asserted_types(text, REF)
    assert "attack" in asserted_types("وقالت الشرطة إن مسلحين استهدفوا رجال أمن في المدينة أمس.",
                                      REF)


def test_background_deed_takes_no_day_of_the_report() -> None:
    # the day told is the dismantling's; the attack came some time before
    text = ("قالت وزارة الداخلية أمس إن قوات الأمن فككت خلية إرهابية في أعقاب هجوم مسلح "
            "على منتجع سياحي.")
    assert ("attack", "asserted") not in typed(text, REF)


def test_background_deed_with_its_own_day_stays() -> None:
    text = ("وشددت تونس إجراءاتها الأمنية منذ الهجوم على فندق سوسة في 26 يونيو الماضي "
            "الذي أسفر عن مقتل 38 سائحا.")
    events = [e for e in eventx.extract(text, reference_date=REF)
              if e.type == "attack" and e.modality == "asserted"]
    assert events and events[0].date is not None and str(events[0].date.start) == "2015-06-26"


def test_background_mention_joined_by_news_keeps_the_incident() -> None:
    # the same attack, told as news in the next sentence: one incident, asserted
    text = ("نشرت الشرطة دوريات عند المساجد أمس الإثنين، في أعقاب الهجوم على مسجد في المدينة. "
            "وقالت السلطات إن مسلحا أطلق النار على المصلين في المسجد الأحد.")
    assert "attack" in asserted_types(text, REF)

