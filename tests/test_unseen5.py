"""Classes of phrasing found by a fifth look at unseen corpus articles (probe
sentences written here, not copied).

Precision: a call or a talk "with" a paper named in quotes (an interview), a
measure declared (a state of emergency), a bankruptcy declared, a protest or
a statement decided on for later, plans and warrants, deeds named as
alternatives ("arrest or kill"), some of many, a routine in the present
passive, spectres and substances "highly explosive", the author's own voice
in an opinion column, scripture and prayer, threats to abstractions, an air
operation read as a ground raid, services and sites "stopped".  Each class
keeps its look-alike that is a real incident reported.
"""
from __future__ import annotations

import pytest

from probe import asserted_types

REF = "2016-03-09"  # a Wednesday


def asserted(text: str) -> list[str]:
    return asserted_types(text, REF)


# -- interviews: a name in quotes after "with" --------------------------------

@pytest.mark.parametrize("text", [
    "وقال قائد المنطقة في اتصال هاتفي مع «الحياة» إن قواته تتقدم ببطء.",
    "وأوضح المتحدث في اتصال هاتفي مع \"المساء\" أن المفاوضات متعثرة.",
    "وأشار الخبير في اتصال هاتفي مع (الجزيرة) إلى أن الأسعار ارتفعت.",
])
def test_a_call_with_a_quoted_paper_is_an_interview(text: str) -> None:
    assert "phone_call" not in asserted(text)


def test_a_call_with_a_bare_party_stays() -> None:
    text = "وأجرى وزير الخارجية أمس اتصالا هاتفيا مع نظيره الإيطالي بحثا خلاله الأزمة."
    assert "phone_call" in asserted(text)


def test_a_talk_with_a_quoted_station_is_an_interview() -> None:
    assert "meeting" not in asserted("وقال الوزير أمس في لقاء مع «المدى» إن الحكومة ستصمد.")


# -- measures and bankruptcies declared -----------------------------------------

@pytest.mark.parametrize("text", [
    "وقررت الحكومة أمس تمديد إعلان حالة الطوارئ في الجنوب لشهرين.",
    "ويتيح إعلان حالة الطوارئ للولاة منع الاجتماعات العامة.",
    "وأعلنت ثلاث شركات نقل إفلاسها خلال الأسبوع.",
])
def test_a_measure_or_a_bankruptcy_declared_is_no_statement(text: str) -> None:
    assert "statement" not in asserted(text)


def test_a_condemnation_still_counts() -> None:
    assert "statement" in asserted("وأدانت وزارة الخارجية أمس الهجوم الذي استهدف السفارة في كابول.")


# -- decided on, planned, ordered -----------------------------------------------

@pytest.mark.parametrize("text", [
    "وأكد الكاتب العام أنه تقرر الدخول في إضراب عام بداية من الأسبوع القادم.",
    "وفي اجتماعها أمس تقرر خوض تحركات احتجاجية في كامل الولايات.",
])
def test_a_protest_decided_on_has_not_happened(text: str) -> None:
    assert "protest" not in asserted(text)


def test_a_protest_held_stays() -> None:
    assert "protest" in asserted("ونفذ الأساتذة أمس وقفة احتجاجية أمام مقر الولاية.")


@pytest.mark.parametrize("text, etype", [
    ("وأصدرت النيابة أمس أمرا بالقبض على المتهم الفار.", "arrest"),
    ("وأوقفت الشرطة الإسبانية أمس مغربيا للاشتباه في تخطيطه لهجوم في مدريد.", "attack"),
    ("واعتقلت القوات خمسة عناصر كانوا ينوون القيام بتفجيرات واستهداف مقرات أمنية.", "attack"),
    ("ويبذل الأمن جهوده لإلقاء القبض على بقية أفراد الخلية.", "arrest"),
    ("وسيصدر المجلس عقب الجلسة بيانا يحدد الأولويات.", "statement"),
])
def test_a_deed_ordered_planned_or_aimed_at_is_no_incident(text: str, etype: str) -> None:
    assert etype not in asserted(text)


def test_the_arrest_made_stays() -> None:
    assert "arrest" in asserted("وألقت الوحدات الأمنية أمس القبض على ثلاثة عناصر في القصرين.")


# -- alternatives, some of many, routines -----------------------------------------

@pytest.mark.parametrize("text, etype", [
    ("ورصدت الحكومة مكافأة لمن يدلي بمعلومات تقود إلى اعتقاله أو قتله.", "killing"),
    ("فلا يكفي بيان أو تصريح أو تغريدة عند كل حادث.", "statement"),
    ("وأصيب في بعض الهجمات مدنيون كانوا في الأسواق.", "attack"),
    ("ويتم قصف مواقعهم في مختلف الجبال حسب قوله.", "rocket_strike"),
    ("وينقطع التيار بشكل يومي جراء استهداف الأبراج بالقذائف الصاروخية.", "rocket_strike"),
])
def test_alternatives_parts_and_routines_are_no_incident(text: str, etype: str) -> None:
    assert etype not in asserted(text)


# -- figures of speech and the author's voice ---------------------------------------

@pytest.mark.parametrize("text, etype", [
    ("وفي المدينة عاد شبح التفجيرات من جديد.", "bombing"),
    ("وحجزت الجمارك أمس مواد شديدة الانفجار في ميناء رادس.", "bombing"),
    ("وبرأيي فإن تصريحات المسؤولين الأخيرة تكشف المنهج نفسه.", "statement"),
    ("إذ حذرنا النبي عليه الصلاة والسلام من الغلو.", "threat"),
    ("ودعا الشيخ المولى عز وجل أن يحفظ البلاد.", "statement"),
    ("واعتبرت المنظمة أن هذا الإجراء تهديد خطير لحقوق الإنسان.", "threat"),
])
def test_figures_and_opinion_are_no_incident(text: str, etype: str) -> None:
    assert etype not in asserted(text)


def test_a_bombing_reported_stays() -> None:
    assert "bombing" in asserted("وانفجرت سيارة مفخخة أمس قرب مسجد في شرق العاصمة صنعاء.")


# -- not a ground raid, not a detention ------------------------------------------------

def test_an_air_operation_is_no_raid() -> None:
    assert "raid" not in asserted("وأطلقت أنقرة أمس عملية عسكرية جوية ضد مواقع المتمردين.")


@pytest.mark.parametrize("text", [
    "وأغلقت الشرطة الطريق وأوقفت حركة القطارات بعد الحادث أمس.",
    "وأوقفت السلطات أمس خدمات الإنترنت في المحافظة.",
])
def test_a_service_stopped_is_no_arrest(text: str) -> None:
    assert "arrest" not in asserted(text)


def test_a_leader_arrested_in_the_movement_stays() -> None:
    assert "arrest" in asserted("وقال الجيش إنه اعتقل أمس قياديا في الحركة قرب مايدوغوري.")


# -- words in the background, students --------------------------------------------

@pytest.mark.parametrize("text", [
    "وجرى حل الحزب العام الماضي بسبب تصريحاته المحرضة على العنف.",
    "وأقيل المدير أمس على خلفية تصريحات له في إحدى الإذاعات.",
    "فمن طالب في كليات الطب إلى وزير في الحكومة.",
])
def test_words_in_the_background_and_students_are_no_statement(text: str) -> None:
    assert "statement" not in asserted(text)


def test_sites_taken_down_are_no_arrest() -> None:
    assert "arrest" not in asserted("وأوقفت السلطات أمس مواقعه الإلكترونية في البلاد.")
