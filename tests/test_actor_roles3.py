"""Actor roles from general phrasing, round three: a nationality adjective
after a deed noun is its doer, an owner after "التابعة لـ" shares its
thing's part, an office right after a speech verb is its subject, a deed
noun's genitive doer is its only agent, and a name in apposition ("وهو رجل
أعمال") is a person's."""
from __future__ import annotations

from typing import Any

import eventx
import probe
from probe import actor_records

REF = "2016-01-01"


def actors(text: str, etype: str) -> list[dict[str, Any]]:
    return actor_records(text, etype, REF)


def roles_of(text: str, etype: str, name: str) -> set[str]:
    return probe.roles_of(text, etype, name, REF)


# --- a nationality adjective after a deed noun ------------------------------

def test_the_adjective_after_a_shelling_is_its_doer() -> None:
    text = "قتل خمسة مدنيين في القصف التركي على قرية في شمال العراق."
    found = [a for a in actors(text, "rocket_strike") if a["role"] == "agent"]
    assert [(a["name_en"], a["kind"], a["country"]) for a in found] == [
        ("Turkish forces", "state_forces", "TUR")]


def test_an_indefinite_strike_and_its_adjective() -> None:
    text = "استشهد ثلاثة فلسطينيين في غارة إسرائيلية على غزة."
    assert roles_of(text, "air_strike", "إسرائيلية") == {"agent"}


def test_a_describing_adjective_may_stand_between() -> None:
    text = "قتل قيادي في تنظيم القاعدة في غارة جوية أمريكية في سوريا."
    assert roles_of(text, "air_strike", "أمريكية") == {"agent"}


def test_strikes_as_the_subject_of_a_verb() -> None:
    text = "استهدفت الغارات الأمريكية مواقع لتنظيم داعش في الرقة."
    assert roles_of(text, "air_strike", "الأمريكية") == {"agent"}
    assert roles_of(text, "air_strike", "داعش") == {"target"}


def test_after_an_arrest_the_adjective_names_no_doer() -> None:
    """"اعتقال السوري": whom it befell, never the forces that made it."""
    text = "أعلنت الشرطة اعتقال السوري في المطار أمس."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    assert not any(a["mention"]["text"] == "السوري" and a["role"] == "agent"
                   for e in evs for a in e["actors"])


def test_an_adjective_after_a_preposition_is_no_doer() -> None:
    """"مكان التفجير لتركي": to a Turk, no nationality of the blast."""
    text = "وجد المحققون بطاقة هوية في مكان التفجير لتركي في العقد الثاني من العمر."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    assert not any("تركي" in a["mention"]["text"] for e in evs for a in e["actors"])


def test_a_border_adjective_names_no_actor() -> None:
    text = "قصفت المدفعية مواقع قرب الحدود التركية أمس."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    assert not any(a["mention"]["text"] == "التركية" for e in evs for a in e["actors"])


# --- an owner after "التابعة لـ" --------------------------------------------

def test_sites_owned_by_a_group_make_it_the_target() -> None:
    text = "استهدفت الطائرات مواقع تابعة لداعش في الموصل."
    assert roles_of(text, "air_strike", "لداعش") == {"target"}


def test_an_owned_aircraft_right_after_the_verb_struck() -> None:
    text = "قتل 90 شخصا عندما ألقت طائرة تابعة للجيش النيجيري قنبلتين على المخيم."
    assert roles_of(text, "air_strike", "للجيش النيجيري") == {"agent"}


def test_boats_named_by_an_agent_cue_acted() -> None:
    text = "تعرضت فرقاطة سعودية لهجوم من قبل 3 زوارق انتحارية تابعة للحوثيين."
    assert roles_of(text, "attack", "للحوثيين") == {"agent"}


def test_a_cell_owned_by_a_group_was_arrested() -> None:
    text = "اعتقلت الشرطة خلية تابعة لحركة حماس في الضفة الغربية."
    assert roles_of(text, "arrest", "حماس") == {"target"}
    assert roles_of(text, "arrest", "الشرطة") == {"agent"}


def test_the_owner_of_a_speaking_agency_speaks_with_it() -> None:
    text = "أعلنت وكالة أعماق التابعة لتنظيم داعش مسؤولية التنظيم عن الهجوم."
    assert roles_of(text, "statement", "وكالة أعماق") == {"source"}
    assert roles_of(text, "statement", "لتنظيم داعش") == {"source"}


# --- an office right after a speech verb -----------------------------------

def test_the_name_after_an_unresolved_office_is_the_object() -> None:
    text = "واتهم وزير الخارجية إيران بدعم الحوثيين."
    assert roles_of(text, "statement", "إيران") == {"target"}


def test_an_office_with_its_nationality() -> None:
    text = "واتهم الوزير السعودي إيران بدعم الإرهاب."
    assert roles_of(text, "statement", "إيران") == {"target"}


def test_a_spokesman_of_a_ministry_warns_the_name_after_him() -> None:
    text = "وحذر المتحدث باسم الوزارة إيران من التدخل."
    assert roles_of(text, "threat", "إيران") == {"target"}


def test_whom_an_office_calls_on_does_not_speak() -> None:
    text = "ودعا الرئيس المواطنين إلى اليقظة والحذر."
    assert "source" not in roles_of(text, "statement", "المواطنين")


def test_a_ministry_named_after_an_office_speaks_through_it() -> None:
    """"الرئيس المشارك لحزب الشعوب": a ل-complement of the office, its body."""
    text = "وقال الرئيس المشارك لحزب الشعوب الديمقراطي، صلاح الدين ديمرتاش، إن على الحكومة وقف عملياتها."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    assert not any(a["role"] == "target" and "الشعوب" in a["mention"]["text"]
                   for e in evs for a in e["actors"])


def test_the_holder_of_the_office_still_speaks() -> None:
    text = "اتهم الرئيس الأميركي دونالد ترامب إيران بدعم الإرهاب."
    assert roles_of(text, "statement", "دونالد ترامب") == {"source"}


# --- a deed noun's genitive doer -------------------------------------------

def test_who_answers_a_shelling_did_not_shell() -> None:
    text = "ردت القوات السعودية على قصف الحوثيين لمدينة نجران."
    assert roles_of(text, "rocket_strike", "الحوثيين") == {"agent"}
    assert roles_of(text, "rocket_strike", "القوات السعودية") == set()


def test_a_dual_deed_noun_names_an_adjective_after_it() -> None:
    """"تفجيرين انتحاريين": no construct; the subject before still acted."""
    text = "نفذ تنظيم داعش الإرهابي تفجيرين انتحاريين في قريتين قرب تل أبيض."
    assert "agent" in roles_of(text, "bombing", "تنظيم داعش")


# --- a name in apposition ----------------------------------------------------

def test_a_businessman_in_apposition_is_a_person() -> None:
    text = "واعتقلت الشرطة محمد العلي، وهو رجل أعمال، في الرياض."
    found = [a for a in actors(text, "arrest") if a["mention"]["text"] == "محمد العلي"]  # type: ignore[index]
    assert [(a["role"], a["kind"]) for a in found] == [("target", "person")]


def test_a_student_in_apposition_is_a_person() -> None:
    text = "واختطف مسلحون فاطمة الزهراني، وهي طالبة جامعية، في بغداد."
    assert roles_of(text, "abduction", "فاطمة الزهراني") == {"victim"}


def test_a_definite_noun_in_apposition_names_no_one_before_it() -> None:
    """"وهو الطالب ألكسندر": the name follows the noun, the place before stays a place."""
    ents = eventx.entities("كشفت الشرطة هوية منفذ هجوم المسجد في مقاطعة كيبيك وهو الطالب الجامعي.")
    assert not any(e.label == "ACTOR" and "كيبيك" in e.mention.text for e in ents)
