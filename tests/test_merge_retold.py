"""Document merging, round q39: one incident told in two adjacent sentences
is one event.  News states the incident in its lead and retells it in the
next sentence in its source's words ("وقال المصدر إن …"); and a lead dated by
the day its source spoke ("قالت الوزارة اليوم الجمعة إن غارة …") agrees
with a retelling that gives the deed's own day shortly before.  Probe
articles in the corpus's style."""
from __future__ import annotations

import datetime as dt

import eventx
from eventx.events import Draft
from eventx.merge import (
    _bound_above,
    _own_encounter,
    _retold,
    _said_on,
    _unknown,
    _unknown_beside,
)

from probe import asserted_events
import probe

REF = "2015-07-24"  # a Friday

SHOT = ("أطلق مجهولان النار مساء الأحد على القيادي في الحركة أحمد سالم، ما تسبب "
        "بإصابته. وقال المصدر إن القيادي تعرض لإطلاق نار من مجهولين كانا يستقلان سيارة.")
ARRESTED = ("اعتقلت امرأتان يشتبه في انتمائهما لخلية إرهابية، كما أعلنت وزارة الداخلية "
            "المغربية أمس. وقالت الوزارة في بيان إنه تم في مدينة طنجة إيقاف المتطرفتين.")
STRIKE = ("قالت وزارة الدفاع الأمريكية اليوم الجمعة إن غارة جوية في أفغانستان قتلت "
          "قياديا في تنظيم القاعدة. وذكرت الوزارة أن الغارة استهدفت القيادي في ضربة "
          "وقعت في {day} في ولاية بكتيكا.")


def drafts(text: str) -> list[Draft]:
    return probe.drafts(text, REF)


def test_a_source_retelling_the_lead_joins_it() -> None:
    shots = asserted_events(SHOT, "attack", REF)
    assert len(shots) == 1
    # the retelling adds who fired to the lead's victim
    roles = {(a.role, a.mention.text) for a in shots[0].actors}
    assert ("target", "أحمد سالم") in roles and ("agent", "مجهولين") in roles


def test_a_retold_arrest_gives_the_lead_its_place() -> None:
    arrests = asserted_events(ARRESTED, "arrest", REF)
    assert len(arrests) == 1
    assert arrests[0].location is not None and arrests[0].location.mention.text == "طنجة"


def test_a_source_adding_another_deed_stays_apart() -> None:
    lead, back = [d for d in drafts(SHOT) if d.type == "attack"]
    assert _retold(lead, back) and _retold(back, lead)
    also = SHOT.replace("إن القيادي تعرض لإطلاق نار من مجهولين كانا يستقلان سيارة",
                        "إن مسلحين أطلقوا النار أيضا على حارس في السوق")
    lead, back = [d for d in drafts(also) if d.type == "attack"]
    assert not _retold(lead, back)
    assert len(asserted_events(also, "attack", REF)) == 2
    # a deed the source tells after another speech verb is more than the lead
    added = ("اعتقلت الشرطة الإيطالية اليوم رجلين. وقالت الشرطة إن التحقيق مستمر، "
             "وأضافت أنها اعتقلت امرأة يشتبه في تمويلها للخلية.")
    lead, back = [d for d in drafts(added) if d.type == "arrest"]
    assert not _retold(lead, back)
    # nor is a source's deed told a sentence further on a retelling
    far = SHOT.replace("بإصابته. ", "بإصابته. وشهدت المدينة توترا أمنيا. ")
    lead, back = [d for d in drafts(far) if d.type == "attack"]
    assert not _retold(lead, back)


def test_the_day_of_the_words_bounds_the_deed_from_above() -> None:
    lead, back = [d for d in drafts(STRIKE.format(day="11 يوليو")) if d.type == "air_strike"]
    assert _said_on(lead) and not _said_on(back)
    assert _bound_above(lead, back)
    strikes = asserted_events(STRIKE.format(day="11 يوليو"), "air_strike", REF)
    assert len(strikes) == 1
    # the merged strike takes the day it came on, not the day it was reported
    assert strikes[0].date is not None and strikes[0].date.start == dt.date(2015, 7, 11)


def test_a_deed_months_before_the_report_is_another() -> None:
    lead, back = [d for d in drafts(STRIKE.format(day="11 مايو")) if d.type == "air_strike"]
    assert _said_on(lead) and not _bound_above(lead, back)
    assert len(asserted_events(STRIKE.format(day="11 مايو"), "air_strike", REF)) == 2


def test_a_day_after_that_is_the_deeds_own() -> None:
    text = "قال مصدر أمني إن مسلحين هاجموا أمس الخميس حاجزا للجيش في مدينة العريش."
    ds = [d for d in drafts(text) if d.type == "attack"]
    assert ds and not any(_said_on(d) for d in ds)


QUARTER = ("قتل شخصان ليل السبت في مدينة بوجمبورا حيث سمع دوي انفجارات. وذكر مسؤول في "
           "الشرطة أن شرطيا قتل خلال الليل جراء انفجار قنبلة في حي {where}.")


def test_a_retelling_at_an_unknown_quarter_joins_the_lead() -> None:
    text = QUARTER.format(where="كاموسيري")
    lead, back = [d for d in drafts(text) if d.type == "bombing"]
    assert back.place is not None and _unknown(back.place)
    assert _unknown_beside(lead, back) and _unknown_beside(back, lead)
    blasts = asserted_events(text, "bombing", REF)
    assert len(blasts) == 1
    # the lead's known city stays the place of the incident
    assert blasts[0].location is not None and blasts[0].location.mention.text == "بوجمبورا"


def test_an_unknown_quarter_of_another_city_or_deed_stays_apart() -> None:
    elsewhere = QUARTER.format(where="كاموسيري بمدينة نيروبي")
    another = QUARTER.format(where="كاموسيري").replace("قنبلة في", "قنبلة أخرى في")
    for text in (elsewhere, another):
        lead, back = [d for d in drafts(text) if d.type == "bombing"]
        assert not _unknown_beside(lead, back)
        assert len(asserted_events(text, "bombing", REF)) == 2


def test_a_source_retells_a_definite_deed_with_an_indefinite_noun() -> None:
    # the report introduces the clashes its lead named; "عدة حملات" counts new ones
    text = ("أفاد مصدر في المقاومة الشعبية اليوم الجمعة بمقتل ثمانية عشر مسلحا خلال "
            "الاشتباكات التي اندلعت بين الطرفين في محافظة الضالع. وأوضح المصدر أن مواجهات "
            "عنيفة اندلعت مساء أمس الخميس بين الطرفين.")
    clashes = asserted_events(text, "armed_clash", "2015-07-31")
    assert len(clashes) == 1
    # the day the source spoke (Friday) yields to the day the clashes broke out
    assert clashes[0].date is not None and clashes[0].date.start == dt.date(2015, 7, 30)
    several = ("وقتلت قوات الأمن خمسة مسلحين خلال الحملة الأمنية في مدينة الشيخ زويد. "
               "وأعلنت مديرية الأمن أمس عن توجيهها عدة حملات مشتركة استهدفت العناصر التكفيرية.")
    lead, more = [d for d in drafts(several) if d.type == "raid"]
    assert not _retold(lead, more)


def test_a_day_in_an_aside_after_the_deed_is_the_day_it_was_reported() -> None:
    text = ("تسببت غارات جوية على مدرسة في شمال اليمن في مقتل عشرة أطفال وإصابة 28 آخرين، "
            "بحسب ما أعلنته منظمة أطباء بلا حدود اليوم الأحد. وقال متحدث باسم المنظمة إن "
            "الغارات الجوية على المدرسة نفذت السبت.")
    strikes = asserted_events(text, "air_strike", "2016-08-14")
    assert len(strikes) == 1
    assert strikes[0].date is not None and strikes[0].date.start == dt.date(2016, 8, 13)


def test_a_possessed_call_in_the_next_sentence_is_the_call_told() -> None:
    text = ("أجرى أمير المنطقة الأمير خالد بن سعود اتصالا هاتفيا نقل خلاله تعازي القيادة إلى "
            "أسرة الجندي الذي استشهد أمس. وأكد الأمير خالد بن سعود خلال اتصاله بأسرة الشهيد "
            "أنه نال شهادة العز والكرامة.")
    calls = [e for e in eventx.extract(text, reference_date=REF) if e.type == "phone_call"]
    assert len(calls) == 1
    first, again = [d for d in drafts(text) if d.type == "phone_call"]
    assert _own_encounter(first, again) and not _own_encounter(again, first)
    # told further on, "his call" may be anyone's
    far = text.replace("استشهد أمس. ", "استشهد أمس. وتشهد المنطقة هدوءا حذرا منذ أيام. ")
    first, again = [d for d in drafts(far) if d.type == "phone_call"]
    assert not _own_encounter(first, again)


def test_a_flashback_is_not_retold_by_the_next_report() -> None:
    text = ("وكانت جماعة متشددة أعلنت في مايو أنها أطلقت قذيفتي هاون على موقع للتدريب جنوب "
            "القطاع. وذكرت جماعة أخرى في بيان أنها استهدفت موقعا للتدريب بقذيفتي هاون.")
    ds = [d for d in drafts(text) if d.type == "rocket_strike"]
    assert len(ds) == 2 and not _retold(ds[0], ds[1])
