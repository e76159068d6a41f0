"""The sixteenth session's second audit of fresh articles (seeds 611-614): one
test per class of fault fixed, in sentences written for it after the phrasing
met, with the readings that must stay beside them."""
from __future__ import annotations

import datetime

import pytest

import eventx
from eventx.dates import find_dates

REF = "2015-08-01"


# "Hijacked" in the figurative sense: a revolution, religion, minds, youths
# drawn into extremism, a goal in a match: no one is seized, so no abduction.
# People seized stay one, an aim told with بهدف included.
@pytest.mark.parametrize(("text", "seized"), [
    ("وتسعى هذه الجماعات إلى اختطاف الثورة وتحويلها إلى صراع طائفي.", False),
    ("وحذر الكاتب من محاولات اختطاف الشباب إلى حضن التطرف عبر المواقع.", False),
    ("وقال إن المتطرفين اختطفوا الدين والأوطان لخدمة أهدافهم.", False),
    ("ونجحت هذه التيارات في اختطاف عقول الشباب خلال السنوات الماضية.", False),
    ("وخطف الفريق الضيف هدفا مبكرا في الدقيقة الخامسة.", False),
    ("وهي محاولة لاختطاف ما سمي بـ\"الربيع العربي\" لصالح الجماعة.", False),
    ("واختطف مسلحون مجهولون ثلاثة موظفين في المدينة بهدف طلب فدية.", True),
    ("وكانت جماعة مسلحة قد اختطفت الصحفي من منزله في العاصمة أمس.", True),
    ("وأعلنت الشرطة اختطاف طفل من أمام مدرسته في وسط المدينة أمس.", True),
])
def test_only_people_seized_are_an_abduction(text: str, seized: bool) -> None:
    kinds = {e.type for e in eventx.extract(text, reference_date=REF)}
    assert ("abduction" in kinds) is seized, kinds


# A person named with الدين stays whole beside the cue words above.
def test_a_name_in_al_din_stays_whole() -> None:
    evs = eventx.extract("والتقى الوزير نور الدين البحيري بالسفير أمس في العاصمة.", reference_date=REF)
    names = [a["name"] for e in evs for a in e.to_dict()["actors"] if a["kind"] == "person"]
    assert "نور الدين البحيري" in names, names


# An armoured personnel carrier (ناقلة جنود) is a vehicle, whoever drives it:
# the soldiers in its name are no party to the strike that hit it, while
# soldiers killed beside it stay its victims.
def test_a_troop_carrier_names_no_soldiers() -> None:
    evs = eventx.extract("وقالت القيادة إن خمس غارات قرب المدينة قصفت دبابات وناقلة جنود مدرعة"
                         " تابعة للتنظيم أمس.", reference_date=REF)
    mentions = [a["mention"]["text"] for e in evs for a in e.to_dict()["actors"]]
    assert "جنود" not in mentions, mentions


def test_soldiers_killed_beside_a_troop_carrier_stay_victims() -> None:
    evs = eventx.extract("وقتل ثلاثة جنود في قصف استهدف ناقلة جنود قرب المدينة أمس.", reference_date=REF)
    roles = {(a["role"], a["mention"]["text"]) for e in evs for a in e.to_dict()["actors"]}
    assert ("victim", "جنود") in roles, roles


# "اليوم إلى": إلى normalises to "الي", which looks like the ال-word that makes
# "اليوم" "the day" (اليوم التالي); it is today all the same.
@pytest.mark.parametrize("to", ["إلى", "الى"])
def test_today_before_ila_is_today(to: str) -> None:
    evs = eventx.extract(f"وتعرض حارس المصنع اليوم {to} عملية اختطاف من قبل مسلحين مجهولين.",
                         reference_date="2017-06-02")
    kidnaps = [e for e in evs if e.type == "abduction"]
    assert kidnaps, evs
    assert kidnaps[0].to_dict()["date"]["start"] == "2017-06-02", kidnaps[0].to_dict()["date"]
    assert kidnaps[0].modality == "asserted"


def test_the_day_after_stays_no_date() -> None:
    assert not find_dates("وقع الهجوم في اليوم التالي للانتخابات", datetime.date(2017, 6, 2))


# A birth year ("من مواليد سنة 1993"، "المولود عام 1987"، "ولد في 1990") is no
# day of any deed; a year after a deed stays its date.
@pytest.mark.parametrize(("text", "years"), [
    ("وهو تونسي من مواليد سنة 1993 وينشط في الجبال", []),
    ("والإرهابي المولود عام 1987 قتل في العملية", []),
    ("ولد في 1990 بالقصرين ثم التحق بالتنظيم", []),
    ("وقع الهجوم في عام 2015 قرب الحدود", [2015]),
    ("قتل في 2014 بالمدينة", [2014]),
])
def test_a_birth_year_is_no_date(text: str, years: list[int]) -> None:
    found = find_dates(text, datetime.date(2017, 5, 30))
    assert [m.start_date.year for m in found] == years, found
