"""Precision errors found by auditing fresh corpus articles (seeds 581-584).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import pytest

import eventx
from probe import all_role_mentions

REF = "2015-08-10"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# People are arrested, never a government or a body: a ministry, an embassy
# or a country named after an arrest is what the one held aimed at, who
# reported the arrest or where it took place.
@pytest.mark.parametrize(("text", "body"), [
    ("ألقت الشرطة الألمانية اليوم القبض على شاب مسلح حاول اقتحام القنصلية الفرنسية في ميونيخ.",
     "القنصلية الفرنسية"),
    ("وتمكنت الوحدات الأمنية أمس من القبض على عنصر خطير نشرت صورته وزارة الداخلية قبل أسبوع.",
     "وزارة الداخلية"),
])
def test_no_government_body_is_held(text: str, body: str) -> None:
    assert not any(role == "target" and t == body for role, t in roles(text, "arrest"))


@pytest.mark.parametrize(("text", "who"), [
    # the body that makes the arrest, named after the verb, is still its agent
    ("واعتقلت أمس السلطات التونسية خمسة عناصر إرهابية في ولاية القصرين.",
     ("agent", "السلطات التونسية")),
    # forces a number counts are those held
    ("وأعلنت النيابة أنه جرى توقيف 11 رجل شرطة على خلفية التفجيرات.", ("target", "رجل شرطة")),
])
def test_arrest_parties_keep_their_roles(text: str, who: tuple[str, str]) -> None:
    assert who in roles(text, "arrest")


# The force the one held is handed over to, or that wanted him, took him in:
# it was not held.  Nor is the owner of that force ("التابعة للحرس الوطني").
@pytest.mark.parametrize(("text", "force"), [
    ("أكد مصدر أمني إيقاف مرافق الضحية أمس وإحالته على فرقة مكافحة الإرهاب.", "فرقة مكافحة الإرهاب"),
    ("وقد تم إيقاف الشاب أمس وتسليمه لفرقة الأبحاث التابعة للحرس الوطني.", "للحرس الوطني"),
    ("كما اعتقل شخصان مشتبه بهما في وقت لاحق، وسلما الثلاثاء إلى القوات الخاصة.", "القوات الخاصة"),
])
def test_no_force_held_that_takes_the_held_in(text: str, force: str) -> None:
    assert not any(role == "target" and t == force for role, t in roles(text, "arrest"))


def test_a_cell_owned_by_a_group_is_still_held() -> None:
    text = "واعتقلت الشرطة أمس خلية تابعة لتنظيم داعش في الموصل."
    assert ("target", "لتنظيم داعش") in roles(text, "arrest")


# Those named "among" a toll told before a deed fell in it: none of them is
# its doer.
@pytest.mark.parametrize(("text", "typ", "fallen"), [
    ("وذكر المسؤول أن 14 شخصاً قتلوا بينهم مدنيون جراء انفجار ألغام في مدينة زنجبار أمس.",
     "bombing", "مدنيون"),
    ("قتل 9 أشخاص، بينهم ثلاثة عسكريين، في عملية احتجاز رهائن في فندق بمدينة موبتي أمس.",
     "abduction", "عسكريين"),
])
def test_the_fallen_among_a_toll_are_no_doers(text: str, typ: str, fallen: str) -> None:
    assert ("agent", fallen) not in roles(text, typ)


def test_a_doer_among_others_keeps_his_role() -> None:
    # "among them" with no toll before it: who slipped in among them did it
    text = "وتسلل بينهم أحد الإرهابيين أمس في مدينة أبها وقام بتفجير نفسه داخل المسجد."
    assert ("agent", "أحد الإرهابيين") in roles(text, "bombing")


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]


# A deed offered as an option ("أمام خيار قتل المدنيين") was not done.
def test_a_deed_as_an_option_is_not_asserted() -> None:
    text = "ووضع الحصار المقاتلين أمس في بلدة الهامة أمام خيار قتل المدنيين جوعا أو الانسحاب."
    assert modalities(text, "killing") and "asserted" not in modalities(text, "killing")


def test_a_killing_done_stays_asserted() -> None:
    assert modalities("وقتل مسلحون أمس ثلاثة مدنيين في بلدة الهامة.", "killing") == ["asserted"]


# An ambush is laid by its doers: the bare phrase after the verb that laid
# it acted; the one behind ل is whom it was laid for.
def test_who_laid_an_ambush_did_it() -> None:
    text = "وقتل 8 من الحوثيين في كمين نصبته لهم القوات الشعبية أمس في رداع."
    assert ("agent", "القوات") in roles(text, "attack")
    assert ("target", "القوات") not in roles(text, "attack")


def test_whom_an_ambush_was_laid_for_did_not() -> None:
    text = "وأوقع الثوار 35 قتيلا في كمين محكم نصبوه للانقلابيين أمس في بلدة الوزيرية."
    assert ("agent", "للانقلابيين") not in roles(text, "attack")


# "This base" is a base: no one points at al-Qaeda so.
def test_this_base_is_no_group() -> None:
    text = "وأضاف الوزير أن استهداف هذه القاعدة أمس يعد أمرا مهما."
    assert not any(t == "القاعدة" for _, t in roles(text, "attack"))


def test_al_qaeda_is_still_read() -> None:
    text = "وتبنى تنظيم القاعدة الهجوم الذي استهدف أمس ثكنة للجيش في المكلا."
    assert ("agent", "تنظيم القاعدة") in roles(text, "attack")
