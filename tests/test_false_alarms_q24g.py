"""Deeds a text names without reporting them: no security incident.

A deed someone wants to do ("تريد فرض سيطرتها"), the aim a deed is done for
when it is to resume, go on with or complete another ("لإعادة فرض سيطرة
الدولة"، "لاستكمال بسط سيطرتها") and an operation that "will begin" or is
awaited ("عملية أمنية ستبدأ قريبا"، "الهجوم المرتقب") are planned.  A
launcher named by the launch word ("منصات لإطلاق الصواريخ"، "موقع إطلاق
قذائف الهاون") is equipment, a siege of a fire or of an idea ("محاصرة
الحريق"، "محاصرة الإعلام") and a hijacking of an idea told before the deed
("الثورة تم اختطافها") figures of speech, a capability ("قادرة على
قصف مواقع") and what a sanction or a programme "targets" no deed
(rules/core/cues.toml).  The same
words beside a deed told as done leave it asserted.  Sentences written for
these tests.
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


# figures of speech: no deed of the type at all, not even a generic one
FIGURES = [
    # a fire contained, an ill or an idea hemmed in
    ("وتمكن رجال الإطفاء من محاصرة الحريق قبل امتداده إلى المنازل المجاورة أمس.", "raid"),
    ("ونجحت فرق الحماية المدنية في محاصرة النيران داخل المستودع مساء الجمعة.", "raid"),
    ("وعملت الجماعة المسلحة على محاصرة الإعلام في مدينة عدن منذ أشهر.", "raid"),
    # an idea hijacked, told before the deed
    ("وقال الكاتب إن الثورة تم اختطافها من قبل الأحزاب.", "abduction"),
    ("القرار اختطفته الميليشيات منذ سنوات، والمنبر صار رهينة.", "abduction"),
]

# (text, the type that must not be reported as having happened)
NOT_REPORTED = [
    # a wish
    ("ويريد التنظيم فرض سيطرته على المعابر الحدودية.", "raid"),
    ("واعتقلت الشرطة شابا يشتبه في أنه كان يريد شن هجوم على كنيسة.", "attack"),
    ("وقال إن الجماعة تريد تفجير الوضع في الإقليم.", "bombing"),
    # an aim: to restore, complete, resume, go on with
    ("وقال المحافظ إن القوات تستعد لإعادة فرض سيطرتها على الأحياء الشرقية.", "raid"),
    ("وقال قائد ميداني إن رجاله في عملية لاستكمال بسط سيطرتهم على الوادي.", "raid"),
    ("وتحشد الميليشيات قواتها لاستئناف قصف البلدة.", "rocket_strike"),
    ("وقال إن القوات الحكومية تتأهب لمواصلة القصف على مواقع المتمردين.", "rocket_strike"),
    # an operation to come
    ("وأعلن المسؤول أن عملية أمنية واسعة ستبدأ قريبا في محافظة الأنبار.", "raid"),
    ("وقال إن الهجوم المرتقب على مدينة الرقة يحتاج إلى آلاف الجنود.", "attack"),
    # a launcher or a launching site
    ("وأعلن الجيش تدمير ثلاث منصات لإطلاق الصواريخ في ريف المدينة أمس.", "rocket_strike"),
    ("وأقامت البحرية برج إطلاق جديدا للصواريخ البعيدة المدى في قاعدتها الشمالية اليوم.",
     "rocket_strike"),
    ("وأعلن الجيش تدمير موقع إطلاق قذائف الهاون شرق البلدة أمس.", "rocket_strike"),
    *FIGURES,
    # a capability
    ("وقال إن التجربة عززت قدرته على شن هجوم نووي على الأعداء.", "attack"),
    ("وأكد أن الطائرات المسيرة قادرة على قصف مواقع المتمردين في صعدة.", "air_strike"),
    ("ويرى محللون أن التنظيم ما زال قادرا على شن هجوم في بغداد.", "attack"),
    # what a sanction or a programme "targets"
    ("وكان مجلس الأمن قد فرض عقوبات استهدفت الرئيس السابق في عام 2014.", "attack"),
    ("وقالت الوزارة إن العقوبات الجديدة استهدفت أمس أربعة مسؤولين في العاصمة.", "attack"),
    ("ونفذت الوزارة الشهر الماضي برنامجا تدريبيا استهدف الضباط في مدينة صفاقس.", "attack"),
    ("وأوضح المدير أن المسابقة استهدفت هذا العام طلاب المدارس في مدينة أبها.", "attack"),
]

# (text, the type that must stay reported as having happened)
REPORTED = [
    # the deed done, the wish an earlier one
    ("أراد السجين الفرار ثم قتل حارسه داخل الزنزانة يوم الأحد.", "killing"),
    # resuming told as done, with no ل of purpose
    ("وقامت الميليشيات باستئناف قصفها العشوائي لأحياء المدينة أمس.", "rocket_strike"),
    ("وفرضت القوات الأمنية سيطرتها على الحي بعد معارك عنيفة أمس.", "raid"),
    # something else will begin, not the attack
    ("قتل خمسة جنود في الهجوم الذي شنه مسلحون على حاجز أمس، وستبدأ التحقيقات غدا.", "attack"),
    # launched from a launcher: the verb tells the strike
    ("وأطلق المسلحون صواريخ من منصات متحركة على البلدة أمس.", "rocket_strike"),
    # where the shells fell, not where they were fired from
    ("وباشرت فرق الدفاع المدني مواقع سقوط القذائف في المدينة أمس.", "rocket_strike"),
    # a siege of fighters and of their ground
    ("وواصلت القوات محاصرة جيوب الإرهاب في جبل الشعانبي أمس.", "raid"),
    ("وتمت محاصرة الإرهابيين داخل منزل في مدينة القصرين أمس.", "raid"),
    # a time before the kidnapping, not what was seized
    ("وفي الثورة تم اختطاف عشرات الصحفيين في مدينة بنغازي.", "abduction"),
    ("ابنه تم اختطافه أمس في مدينة بنغازي.", "abduction"),
    # a decision named before a strike with its own subject
    ("ورغم قرار وقف إطلاق النار، استهدفت المدفعية أحياء المدينة أمس.", "rocket_strike"),
    ("واستهدف الخارجون عن القانون دورية للشرطة في مدينة القصرين أمس.", "attack"),
    # a capability named beside a deed told as done
    ("وقال إن الجيش قادر على دحر المسلحين، بعدما شن هجوما واسعا على مواقعهم في المدينة أمس.",
     "attack"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_REPORTED)
def test_not_reported(text: str, kind: str) -> None:
    assert kind not in _asserted(text), _modalities(text)


@pytest.mark.parametrize(("text", "kind"), REPORTED)
def test_reported(text: str, kind: str) -> None:
    assert kind in _asserted(text), _modalities(text)


def test_figures_of_speech_leave_no_event() -> None:
    """A fire contained or an idea hijacked is no deed at all, not even a generic one."""
    for text, kind in FIGURES:
        assert kind not in _modalities(text), (text, _modalities(text))


def test_a_warning_beside_a_wish_was_given() -> None:
    text = "يرتدي الثوب الذي تريده، وحذر من دعوات التحريض."
    threats = [e for e in eventx.extract(text, reference_date=REF) if e.type == "threat"]
    assert threats and all(e.modality != "planned" for e in threats)
