"""General recall errors found by auditing fresh corpus articles (seeds 541-546).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]


# A deed its doers began or set about, governed by ب or في, is under way: it
# took place, though no day or place stands beside it.
@pytest.mark.parametrize(("text", "typ"), [
    ("وقال القائد إن وحدات الجيش شرعت فورا بعمليات تمشيط واسعة للمناطق الجبلية.", "raid"),
    ("وأوضح المتحدث أن العملية بدأت بقصف مواقع المسلحين بالمدفعية الثقيلة.", "rocket_strike"),
    ("وأعلن الناطق أن الجيش بدأ في عملية عسكرية واسعة ضد معاقل التنظيم.", "raid"),
])
def test_begun_deed_is_asserted(text: str, typ: str) -> None:
    assert modalities(text, typ) == ["asserted"]


def test_begun_for_a_purpose_stays_planned() -> None:
    # لـ before the deed is an aim: "began work to arrest him"
    text = "وقال إن الشرطة بدأت العمل لإلقاء القبض على المشتبه به."
    assert "asserted" not in modalities(text, "arrest")


def types(text: str) -> list[str]:
    return [e.type for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]


# Managing to take ground is the seizure done; control as an aim, or a fire
# brought under control, is none.
@pytest.mark.parametrize("text", [
    "وتمكنت قوات الجيش صباح أمس من السيطرة على ثلاث بلدات في ريف المحافظة الجنوبي.",
    "وقال المتحدث إن المقاتلين نجحوا في السيطرة على معظم أحياء المدينة القديمة.",
    "وتمكنت القوات الحكومية صباح أمس من تحرير مبنى البلدية من قبضة المسلحين.",
    "وتمكنت الفصائل من استرداد بلدة الحصن بعد يومين من المعارك.",
])
def test_ground_taken_is_a_raid(text: str) -> None:
    assert types(text) == ["raid"]


@pytest.mark.parametrize("text", [
    "وتمكن رجال الإطفاء من السيطرة على الحريق الذي شب في المصنع.",
    "ودعا الوزير إلى منع المهربين من السيطرة على المعابر الحدودية.",
    "وتسعى الحكومة إلى السيطرة على الأسعار في الأسواق المحلية.",
    "وتمكنت الشرطة من تحرير الرهائن المحتجزين داخل المصرف.",
])
def test_control_without_ground_taken_is_none(text: str) -> None:
    assert "raid" not in types(text)


# Fighting named with its sides or its violence is a clash; the war at large,
# joining it or fearing it is none.
@pytest.mark.parametrize("text", [
    "وقال مسعفون إن جنديين قتلا وأصيب ثمانية أمس في قتال بين قوات الحكومة ومسلحين في وسط المدينة.",
    "وسيطر المسلحون على البلدة بعد قتال عنيف مع قوات الجيش الليلة الماضية.",
])
def test_fighting_is_a_clash(text: str) -> None:
    assert "armed_clash" in types(text)


@pytest.mark.parametrize("text", [
    "وتحدث الكاتب اليوم عن مشاركة الشباب من دول كثيرة في القتال مع التنظيم.",
    "وقالت الأم إن ابنها سافر للقتال مع التنظيم قبل عام.",
    "ولم يستبعد المتحدث أن ينشب قتال بين الفصيلين في العاصمة.",
])
def test_fighting_joined_or_feared_is_no_clash(text: str) -> None:
    assert "armed_clash" not in types(text)


def modality_of(text: str, typ: str) -> str | None:
    found = [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]
    return found[0] if found else None


# "Since" a recent hour is a deed under way; "since" a war or a year began sums
# a tally.
def test_under_way_since_yesterday_is_asserted() -> None:
    text = "وأكد المتحدث أن عمليات التمشيط التي انطلقت منذ أمس لا تزال متواصلة في الجبل."
    assert modality_of(text, "raid") == "asserted"


def test_toll_since_a_war_began_stays_generic() -> None:
    text = "وقتل أكثر من مئتي مدني في الغارات منذ بداية الحرب قبل أربعة أشهر."
    assert modality_of(text, "air_strike") != "asserted"
