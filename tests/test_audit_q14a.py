"""The fourteenth session's audit of fresh articles (seeds 593-596): one test
per class of fault, in sentences written for it after the phrasing met, with
the readings that must stay beside them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.counts import find_counts

from probe import all_role_mentions, typed

REF = "2015-08-10"


# "تعرض لقصف من X": what was exposed to the deed suffered it; the side "من"
# names right after the deed did it.  A bare past stem behind ل (لقصف) reads
# as the verb, so the deed noun's own "من"-doer reading did not apply.
@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وقال السكان إن الحي تعرض لقصف عنيف من ميليشيا الحوثي طوال الليل.",
     "rocket_strike", "ميليشيا الحوثي"),
    ("وتعرضت البلدة أمس لقصف من قوات النظام.", "rocket_strike", "قوات النظام"),
    ("وكان المسلحون قد تعرضوا لقصف مكثف من مقاتلات التحالف.", "air_strike", "مقاتلات التحالف"),
])
def test_exposed_to_a_deed_by_a_side(text: str, typ: str, doer: str) -> None:
    found = all_role_mentions(text, typ, REF)
    assert ("agent", doer) in found
    assert not any(t == doer and r in ("target", "victim") for r, t in found)


def test_exposed_side_before_the_deed_suffered_it() -> None:
    # the one exposed is still the target; only the من-phrase after acts
    text = "وتعرضت دورية للجيش لهجوم من مسلحين مجهولين."
    found = all_role_mentions(text, "attack", REF)
    assert not any(t.startswith("دورية") and r == "agent" for r, t in found)
    assert ("agent", "مسلحين مجهولين") in found


# A visit to a place or a page meets no one: the spot a traveller came to see,
# a fair the public is urged to visit, a web page.  A visit to a state or its
# officials is still a meeting.
@pytest.mark.parametrize("text", [
    "وقالت سائحة جاءت مع زوجها لزيارة المكان إنها لم تتوقع هذا العدد من الزوار.",
    "وأكد رئيس المجلس على ضرورة زيارة الملتقى بالقرية للاستفادة من العروض المقدمة.",
    "ويمكن للمستفيدين معرفة المواعيد من خلال زيارة صفحة الخدمات على الإنترنت.",
])
def test_visit_to_a_place_is_no_meeting(text: str) -> None:
    assert not any(t == "meeting" for t, _ in typed(text, REF))


def test_visit_to_a_country_is_a_meeting() -> None:
    text = "وبدأ وزير الخارجية الفرنسي أمس زيارة إلى الجزائر التقى خلالها الرئيس الجزائري."
    assert any(t == "meeting" for t, _ in typed(text, REF))


# Common words that read as a name through a clitic or tanween: enthusiasm in
# the accusative (حماسا) is no Hamas, a birthplace (مسقط رأسه) no Muscat.
# The name itself, bare or in its phrase, is still read.
def test_enthusiasm_and_birthplace_name_no_actor() -> None:
    text = ("وأثارت زيارة رئيس الوزراء إلى قريته حماسا كبيرا بين الأهالي، "
            "وهي أول زيارة له إلى مسقط رأسه منذ توليه منصبه.")
    found = [(a.info.name, a.mention.text) for e in eventx.extract(text, reference_date=REF)
             for a in e.actors]
    assert not any(name in ("حماس", "سلطنة عمان") for name, _ in found), found
    assert not any(e.location is not None and e.location.name_en == "Muscat"
                   for e in eventx.extract(text, reference_date=REF))


def test_hamas_by_name_is_still_an_actor() -> None:
    text = "وأجرى رئيس المكتب السياسي لحركة حماس اتصالا هاتفيا مع الرئيس المصري أمس."
    found = {a.info.name for e in eventx.extract(text, reference_date=REF) for a in e.actors}
    assert "حماس" in found


# A year-like figure right after في is the year, whatever noun follows it
# ("شهدت في 1998 هجوما"، "اعتقل في 1985 وحكم عليه"); any other figure there
# still counts ("شارك في 30 هجوما").
@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1900, max_value=2030))
def test_year_after_fi_is_no_count(year: int) -> None:
    text = f"وكانت المدينة قد شهدت في {year} هجوما داميا أوقع عشرات القتلى."
    assert not any(c.value == year for c in find_counts(text))


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=3, max_value=999))
def test_other_figure_after_fi_still_counts(n: int) -> None:
    text = f"وقال المصدر إن المسلح شارك في {n} هجوما على مواقع الجيش."
    assert [(c.kind, c.value) for c in find_counts(text)] == [("incidents", n)]


# An expert's warning threatens no one, whichever word names the experts
# ("وحذر متخصصون من تغير الساعة البيولوجية"), as with مختصون and خبراء.
def test_specialists_warning_is_no_threat() -> None:
    text = "وحذر متخصصون في التغذية من تغير العادات الغذائية بعد انتهاء شهر رمضان."
    assert not any(t == "threat" for t, _ in typed(text, REF))


# "وزير خارجية X": the construct names the office and its state; the words
# after the title are no person's name ("Kharjyh al-Nzam"), and that name's
# last word (النظام) then no person wherever it stands alone.
@pytest.mark.parametrize("text", [
    "ووصف وزير خارجية النظام وليد المعلم المبادرة بأنها معجزة، فيما تتواصل هجمات النظام على المدن.",
    "والتقى الوفد وزير خارجية المملكة عادل الجبير في الرياض أمس.",
    "وقال وزير دفاع النظام إن القوات تقدمت في ريف المدينة بعد هجوم واسع.",
])
def test_minister_of_a_state_names_no_person_of_his_office(text: str) -> None:
    found = [(a.info.name, a.info.kind) for e in eventx.extract(text, reference_date=REF)
             for a in e.actors]
    assert not any(name.startswith(("خارجيه", "دفاع ")) for name, _ in found), found


# A country that qualifies an office with no name after it ("رئيس مصر"،
# "وزير خارجية روسيا"، "زعيم كوريا الشمالية") is folded into the office's
# actor, and is still a place the text names.
@pytest.mark.parametrize(("text", "place"), [
    ("وقال رئيس مصر إن الحكومة لن تتراجع.", "مصر"),
    ("وأجرى نائب وزير خارجية روسيا محادثات في دمشق.", "روسيا"),
    ("وهدد زعيم كوريا الشمالية بالرد على المناورات.", "كوريا الشمالية"),
])
def test_country_of_an_office_is_a_place_named(text: str, place: str) -> None:
    ents = eventx.entities(text)
    assert any(e.label == "PLACE" and e.mention.text == place for e in ents)
    assert any(e.label == "ACTOR" and place in e.mention.text for e in ents)
