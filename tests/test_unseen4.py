"""Classes of phrasing found by a fourth look at unseen corpus articles (probe
sentences written here, not copied).

Precision: tolls summed over a period, deeds named as an aim (لـ + verbal
noun, "بصدد"), warnings of an outcome that threaten nothing, verdicts read as
condemnations, dawn read as a detonation, "our dead", a summit of a mountain,
words of friends and experts, ideas "adopted", bodies "held", calls
intercepted.  Merging: one incident told twice with the same toll, a deed
noun and its relative verb, words said in a call, a declaration going on in
the next sentence, a call retold without its parties; an ambush is never the
shelling or the air raid told elsewhere, nor "another" ambush a raid.
"""
from __future__ import annotations

import pytest

import eventx
from probe import asserted_types

REF = "2015-07-31"  # a Friday


def events(text: str) -> list[eventx.Event]:
    return list(eventx.extract(text, reference_date=REF))


def asserted(text: str) -> list[str]:
    return asserted_types(text, REF)


# -- tallies over a period ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال المسؤول إن 640 شخصا قتلوا في معارك المدينة خلال 4 أشهر من القتال.",
    "وخلال الأسبوع الماضي قتلت الغارات 37 مدنيا في أنحاء المحافظة.",
    "وقتل التنظيم 18 على الأقل من أفراد قوات الأمن التركية منذ 20 يوليو تموز.",
    "وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 2150 جراء غارات التحالف على المحافظة.",
    "وسيطر الجيش على المدينة بعد معارك استمرت أكثر من خمسة أشهر.",
])
def test_a_toll_over_a_period_is_no_incident(text: str) -> None:
    assert asserted(text) == []


def test_a_toll_of_the_last_hours_is_an_incident() -> None:
    text = "وقتل 14 مسلحا في اشتباكات مع الجيش خلال الساعات الأخيرة في ريف المدينة."
    assert asserted(text) != []


# -- aims and plans -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتحتاج القوات إلى مزيد من طلعات الطيران لاستهداف أرتال التنظيم القادمة من الحدود.",
    "وأعلنت الداخلية تفكيك خلية خططت لاغتيال ضباط في العاصمة.",
    "وتشهد المحافظة تحركات للتهيئة لعملية عسكرية واسعة لتحرير المدينة.",
])
def test_a_deed_named_as_an_aim_is_not_reported(text: str) -> None:
    assert asserted(text) == []


def test_a_deed_in_hand_is_planned() -> None:
    text = "وقال البيان إن الخلية كانت بصدد تنفيذ هجوم على منشآت أمنية."
    assert [e.modality for e in events(text) if e.type == "attack"] == ["planned"]


def test_exposed_to_a_deed_is_no_aim() -> None:
    text = "وتعرضت قرى الجبل القريبة من المدينة لاستهداف مسلحين مجهولين أمس."
    assert asserted(text) != []


def test_the_genitive_of_a_deed_is_no_aim() -> None:
    text = "وروى إمام المسجد اللحظات الأخيرة للتفجير الذي استهدف المصلين أمس."
    assert "planned" not in [e.modality for e in events(text) if e.type == "bombing"]


# -- warnings -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وحذر مسؤول الإغاثة الأممي أمس من النتائج المروعة للحرب على السكان.",
    "وقال الرئيس السابق: سبق أن حذرت من أن التدخل الأجنبي سيجعل المستقبل أكثر دموية.",
])
def test_a_warning_of_an_outcome_threatens_nothing(text: str) -> None:
    assert "threat" not in asserted(text)


def test_a_warning_to_a_party_is_a_threat() -> None:
    text = "وحذر الرئيس الأمريكي أمس طهران من أن دعم الإرهاب سيرتد عليها."
    assert "threat" in asserted(text)


# -- look-alikes --------------------------------------------------------------

@pytest.mark.parametrize("text, etype", [
    ("وأدانت المحكمة المتهم بإطلاق النار على مركز الشرطة وقضت بسجنه 20 عاما.", "statement"),
    ("وتمت مداهمة منزل المشتبه به فجر اليوم الجمعة بعد إذن النيابة.", "bombing"),
    ("وقال القائد إن النصر مهدى إلى عائلات قتلانا وجرحانا.", "killing"),
    ("ويقع المسجد على قمة جبل مرتفع شمال البلاد.", "meeting"),
    ("وفي تصريح لوسائل إعلام محلية قال أحد أصدقائه إنه كان رجلا طيبا.", "statement"),
    ("وتتكون الخلية من ثلاثة عناصر يتبنون الفكر المتطرف ويشيدون بالعمليات الإرهابية.", "statement"),
    ("وقالت العائلة إن سلطات الاحتلال احتجزت ملابس الشهيد سنوات طويلة.", "arrest"),
    ("وتم كشف المتورط عبر رصد مكالمة هاتفية أجراها مع أحد المهربين.", "phone_call"),
    ("وقال المفوض إن الإرهاب يستوجب الإدانة بلا لبس.", "statement"),
    ("وأوقفت الغارات تقدمهم نحو المدينة أمس.", "arrest"),
])
def test_look_alikes_report_nothing(text: str, etype: str) -> None:
    assert etype not in asserted(text)


# -- one incident, one event --------------------------------------------------

def test_one_incident_told_twice_with_its_toll_is_one_event() -> None:
    text = ("أسفر هجوم انتحاري استهدف مسجدا في إقليم حدودي عن مقتل 14 شخصا اليوم الجمعة. "
            "وقال مسؤول محلي إن انتحاريا فجر نفسه داخل مسجد في المنطقة مما أسفر عن مقتل 14 شخصا.")
    assert asserted(text).count("bombing") == 1


def test_a_deed_noun_and_its_relative_verb_are_one_event() -> None:
    text = "وقتل 30 شخصا في تفجيرين استهدفا محطتي حافلات في مدينة غومبي أمس."
    assert asserted(text) == ["bombing"]


def test_words_said_in_a_call_are_the_call() -> None:
    text = ("تلقى ولي العهد اتصالا هاتفيا اليوم من وزير الداخلية الكويتي أدان فيه "
            "التفجير الذي استهدف المسجد.")
    kinds = asserted(text)
    assert "phone_call" in kinds and "statement" not in kinds


def test_a_declaration_going_on_is_one_statement() -> None:
    text = ("أدانت تونس بشدة الهجوم على القاعدة الجوية في جنوب ليبيا، وفق بيان صادر اليوم "
            "عن وزارة الخارجية. كما دعت جميع الأطراف الليبية إلى ضبط النفس.")
    assert asserted(text).count("statement") == 1


def test_an_ambush_is_no_shelling_told_after_it() -> None:
    text = ("وكان كمين آخر للمقاومة في حوض الأشراف أوقع 3 قتلى في صفوف الحوثيين. "
            "وأفادت مصادر بإصابة 4 مدنيين في قصف مدفعي شنه الحوثيون على أحياء تعز.")
    kinds = asserted(text)
    assert "attack" in kinds and "rocket_strike" in kinds


def test_different_tolls_keep_an_attack_from_an_air_strike() -> None:
    text = ("أعلنت الشرطة اليوم صد هجوم شنه التنظيم شرقي الرمادي وقتل 12 من عناصره. "
            "وأعلنت خلية الإعلام الحربي اليوم مقتل عشرة من عناصر التنظيم بضربة جوية "
            "استهدفت مقرهم جنوبي الرمادي.")
    kinds = asserted(text)
    assert "attack" in kinds and "air_strike" in kinds
