"""Deeds a text names without reporting them: no security incident.

A deed someone wants to do ("تريد فرض سيطرتها"), the aim a deed is done for
when it is to resume, go on with or complete another ("لإعادة فرض سيطرة
الدولة"، "لاستكمال بسط سيطرتها") and an operation that "will begin" or is
awaited ("عملية أمنية ستبدأ قريبا"، "الهجوم المرتقب") are planned
(rules/core/cues.toml).  The same deeds told as done stay asserted.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2017-03-01"
SECURITY = {"attack", "armed_clash", "rocket_strike", "air_strike", "bombing", "raid",
            "killing", "abduction"}


def _modalities(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in eventx.extract(text, reference_date=REF):
        if e.type in SECURITY:
            out.setdefault(e.type, set()).add(e.modality)
    return out


def _asserted(text: str) -> set[str]:
    return {t for t, ms in _modalities(text).items() if ms & {"asserted", "claimed"}}


@pytest.mark.parametrize("text", [
    # a wish
    "ويريد التنظيم فرض سيطرته على المعابر الحدودية.",
    "واعتقلت الشرطة شابا يشتبه في أنه كان يريد شن هجوم على كنيسة.",
    "وقال إن الجماعة تريد تفجير الوضع في الإقليم.",
    # an aim: to restore, complete, resume
    "وقال المحافظ إن القوات تستعد لإعادة فرض سيطرتها على الأحياء الشرقية.",
    "وقال قائد ميداني إن رجاله في عملية لاستكمال بسط سيطرتهم على الوادي.",
    "وتحشد الميليشيات قواتها لاستئناف قصف البلدة.",
    "وقال إن القوات الحكومية تتأهب لمواصلة القصف على مواقع المتمردين.",
    # an operation to come
    "وأعلن المسؤول أن عملية أمنية واسعة ستبدأ قريبا في محافظة الأنبار.",
    "وقال إن الهجوم المرتقب على مدينة الرقة يحتاج إلى آلاف الجنود.",
])
def test_no_incident_reported(text: str) -> None:
    assert not _asserted(text), _modalities(text)


@pytest.mark.parametrize(("text", "kind"), [
    # the deed done, the wish an earlier one
    ("أراد السجين الفرار ثم قتل حارسه داخل الزنزانة يوم الأحد.", "killing"),
    # resuming told as done, with no ل of purpose
    ("وقامت الميليشيات باستئناف قصفها العشوائي لأحياء المدينة أمس.", "rocket_strike"),
    ("وفرضت القوات الأمنية سيطرتها على الحي بعد معارك عنيفة أمس.", "raid"),
    # something else will begin, not the attack
    ("قتل خمسة جنود في الهجوم الذي شنه مسلحون على حاجز أمس، وستبدأ التحقيقات غدا.", "attack"),
])
def test_deed_done_stays(text: str, kind: str) -> None:
    assert kind in _asserted(text), _modalities(text)


def test_a_warning_beside_a_wish_was_given() -> None:
    text = "وتلبسه الخلية الثوب الذي تريده، وحذر الخبير من مخاطر التطرف."
    threats = [e for e in eventx.extract(text, reference_date=REF) if e.type == "threat"]
    assert all(e.modality != "planned" for e in threats)


@pytest.mark.parametrize("text", [
    # a launcher or a launching site is equipment, no strike
    "وأعلن الجيش تدمير ثلاث منصات لإطلاق الصواريخ في ريف المدينة أمس.",
    "وأقامت البحرية برج إطلاق جديدا للصواريخ البعيدة المدى في قاعدتها الشمالية اليوم.",
    "وأعلن الجيش تدمير موقع إطلاق قذائف الهاون شرق البلدة أمس.",
])
def test_launcher_is_no_strike(text: str) -> None:
    assert "rocket_strike" not in _asserted(text), _modalities(text)


@pytest.mark.parametrize("text", [
    # launched from a launcher: the verb tells the strike
    "وأطلق المسلحون صواريخ من منصات متحركة على البلدة أمس.",
    # where the shells fell, not where they were fired from
    "وباشرت فرق الدفاع المدني مواقع سقوط القذائف في المدينة أمس.",
])
def test_strike_beside_launcher_stays(text: str) -> None:
    assert "rocket_strike" in _asserted(text), _modalities(text)


@pytest.mark.parametrize("text", [
    # a fire contained
    "وتمكن رجال الإطفاء من محاصرة الحريق قبل امتداده إلى المنازل المجاورة أمس.",
    "ونجحت فرق الحماية المدنية في محاصرة النيران داخل المستودع مساء الجمعة.",
    # an ill or an idea hemmed in
    "وعملت الجماعة المسلحة على محاصرة الإعلام في مدينة عدن منذ أشهر.",
])
def test_siege_of_no_one(text: str) -> None:
    assert "raid" not in _modalities(text), _modalities(text)


@pytest.mark.parametrize("text", [
    "وواصلت القوات محاصرة جيوب الإرهاب في جبل الشعانبي أمس.",
    "وتمت محاصرة الإرهابيين داخل منزل في مدينة القصرين أمس.",
])
def test_siege_of_fighters_stays(text: str) -> None:
    assert "raid" in _asserted(text), _modalities(text)


@pytest.mark.parametrize("text", [
    "وقال الكاتب إن الثورة تم اختطافها من قبل الأحزاب.",
    "القرار اختطفته الميليشيات منذ سنوات، والمنبر صار رهينة.",
])
def test_figurative_hijacking_told_before(text: str) -> None:
    assert "abduction" not in _modalities(text), _modalities(text)


@pytest.mark.parametrize("text", [
    # a time, not what was seized
    "وفي الثورة تم اختطاف عشرات الصحفيين في مدينة بنغازي.",
    "ابنه تم اختطافه أمس في مدينة بنغازي.",
])
def test_kidnapping_told_after_a_time_stays(text: str) -> None:
    assert "abduction" in _asserted(text), _modalities(text)
