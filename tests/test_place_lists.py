"""A list of places after في is all places: "في سوريا والعراق".

Country names are actors or places by context (تركيا قصفت / في تركيا).  The
second name of a list joined by و used to be read on its own: with no
locating word of its own it became an actor, the target of strikes "in Syria
and Iraq" or a party to a call that only discussed the war there.  Sentences
written for this test in wire-copy style.
"""
from __future__ import annotations

import pytest

import eventx
from tests.probe import role_mentions

REF = "2023-05-10"


@pytest.mark.parametrize(("text", "etype"), [
    ("شنت طائرات التحالف غارات جوية على مواقع التنظيم في سوريا والعراق أمس.", "air_strike"),
    ("بحث الرئيسان في اتصال هاتفي الحرب في اليمن وليبيا والسودان.", "phone_call"),
    ("وقع تفجير انتحاري استهدف مسجدا في الكويت والسعودية يوم الجمعة.", "bombing"),
    ("قصفت المدفعية مواقع المسلحين داخل لبنان و سوريا فجر اليوم.", "rocket_strike"),
])
def test_later_names_of_a_located_list_are_no_actors(text: str, etype: str) -> None:
    countries = {"العراق", "والعراق", "ليبيا", "وليبيا", "السودان", "والسودان", "السعودية",
                 "والسعودية", "سوريا"}
    assert not [m for _, m in role_mentions(text, etype, REF) if m in countries]


def test_the_event_keeps_the_first_place_of_the_list() -> None:
    ev = next(e for e in eventx.extract(
        "شنت طائرات التحالف غارات جوية على مواقع التنظيم في سوريا والعراق أمس.",
        reference_date=REF) if e.type == "air_strike")
    assert ev.location is not None and ev.location.place.country == "SY"


@pytest.mark.parametrize(("text", "etype", "actor"), [
    # a country joined to an actor that is no place stays an actor
    ("قصفت تركيا والعراق مواقع حزب العمال الكردستاني في جبال قنديل.", "rocket_strike", "تركيا"),
    # without في, a list of countries is a list of parties
    ("بحث وزراء خارجية مصر والأردن في اجتماع بالقاهرة الأزمة.", "meeting", "الأردن"),
])
def test_a_list_without_a_locating_word_stays_actors(text: str, etype: str, actor: str) -> None:
    assert any(actor in m for _, m in role_mentions(text, etype, REF))
