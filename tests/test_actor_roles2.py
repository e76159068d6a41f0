"""Actor roles from general phrasing, round two: a deed put down to its doer
(نسب إلى), the genitive doer of a verbal noun with its ل-object, counted
nouns after a verb, passive accusations, affiliations, and the sides of a
conflict after بين in an arrest."""
from __future__ import annotations

import eventx
import probe
from probe import role_mentions

REF = "2016-01-01"


def actors(text: str, etype: str) -> list[tuple[str, str]]:
    return role_mentions(text, etype, REF)


def roles_of(text: str, etype: str, name: str) -> set[str]:
    return probe.roles_of(text, etype, name, REF)


# --- a deed put down to its doer -------------------------------------------

def test_a_deed_ascribed_to_a_group_names_its_agent() -> None:
    text = "قتل ثلاثة جنود في هجمات نسبت إلى حزب العمال الكردستاني جنوب شرق تركيا."
    assert roles_of(text, "attack", "حزب العمال الكردستاني") == {"agent"}


def test_ascribed_with_a_glued_preposition() -> None:
    text = "قتل 30 شخصا في تفجير انتحاري نسب للتنظيم في سوروتش."
    assert roles_of(text, "bombing", "للتنظيم") == {"agent"}


def test_who_ascribed_it_is_no_agent() -> None:
    """"نسبته السلطات إلى التنظيم": the authorities ascribed it; the verb
    with its object pronoun is no cue for the name right after it."""
    text = "قتل 32 شخصا في الهجوم الانتحاري في سوروتش الذي نسبته السلطات التركية الى التنظيم."
    assert "agent" not in roles_of(text, "bombing", "السلطات التركية")


# --- the genitive doer of a verbal noun -----------------------------------

def test_the_genitive_before_a_lam_object_is_the_doer() -> None:
    text = "دانت المنظمة قصف المتمردين لمناطق سكنية في مدينة عدن."
    assert roles_of(text, "rocket_strike", "المتمردين") == {"agent"}


def test_the_doers_place_may_stand_before_the_object() -> None:
    text = "دانت المنظمة قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن."
    assert roles_of(text, "rocket_strike", "المتمردين") == {"agent"}


def test_without_a_lam_object_the_genitive_is_what_was_hit() -> None:
    text = "دانت المنظمة قصف المتمردين في مدينة عدن."
    assert "agent" not in roles_of(text, "rocket_strike", "المتمردين")


def test_a_conjunction_glued_to_lam_is_no_object() -> None:
    """"لأن" opens a clause of reason: no object of the deed follows."""
    text = "قال الجيش إن قصف المتمردين لأن القرية خالية لم يوقع ضحايا."
    assert "agent" not in roles_of(text, "rocket_strike", "المتمردين")


# --- counted nouns after a verb -------------------------------------------

def test_a_counted_noun_after_a_casualty_verb_was_killed() -> None:
    text = "قتل ثلاثة جنود في هجمات في جنوب شرق تركيا."
    found = actors(text, "attack")
    assert ("victim", "جنود") in found
    assert ("agent", "جنود") not in found


def test_a_dual_after_a_casualty_verb_was_killed() -> None:
    text = "قتل جنديان في هجمات نسبت إلى حزب العمال الكردستاني."
    assert roles_of(text, "attack", "جنديان") == {"victim"}


def test_an_uncounted_subject_after_the_verb_still_acts() -> None:
    text = "قتل الجيش العراقي أبو ياسر العيساوي قرب الموصل أمس."
    assert "agent" in roles_of(text, "killing", "الجيش العراقي")


# --- passive accusations --------------------------------------------------

def test_a_passive_accusation_has_no_speaker() -> None:
    text = ("أصر البغدادي على قطع رأس امرأة قاضية تعمل في الحسبة، والتي اتهمت "
            "بالتجسس لصالح نظام الأسد.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    for e in evs:
        if e["type"] == "statement":
            assert not any(a["role"] == "source" for a in e["actors"])


def test_an_active_accusation_keeps_its_speaker() -> None:
    text = "اتهمت الحكومة اليمنية الحوثيين بتنفيذ الهجوم على المسجد."
    assert "source" in roles_of(text, "statement", "الحكومة اليمنية")


# --- affiliations ---------------------------------------------------------

def test_the_bombers_affiliation_acts_with_him() -> None:
    text = "وقتل انتحاري يشتبه بانتمائه لـ«داعش»، 32 شخصا على الأقل، في بلدة حدودية تركية."
    assert roles_of(text, "killing", "داعش") == {"agent"}


def test_the_affiliation_of_the_arrested_is_no_target() -> None:
    text = "اعتقلت الشرطة التركية عشرين شخصاً من المشتبه بانتمائهم لتنظيم داعش."
    assert roles_of(text, "arrest", "داعش") == set()


def test_the_group_of_gunmen_quoted_apart_acts_with_them() -> None:
    text = 'قتل مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الاشخاص في أربع قرى.'
    assert roles_of(text, "killing", "بوكو حرام") == {"agent"}


# --- the sides of a conflict ----------------------------------------------

def test_the_sides_of_a_conflict_are_not_arrested() -> None:
    text = ("اعتقلت قوات الأمن اثنين من أعضاء الحزب أمس في علامة على تفاقم التوترات "
            "بين الجيش والساسة.")
    found = actors(text, "arrest")
    assert not any(m in ("الجيش", "والساسة") for _, m in found)
    assert ("agent", "قوات الأمن") in found


# --- ل-named actors far from the deed -------------------------------------

def test_a_lam_named_actor_far_from_the_deed_takes_no_role() -> None:
    text = ("اكتشفت أجهزة الأمن أن أحد منفذي الهجوم الإرهابي الأخير في لندن، لم يكن معروفا "
            "للشرطة فحسب بل ظهر في فيلم وثائقي.")
    assert roles_of(text, "attack", "للشرطة") == set()


def test_a_lam_named_owner_of_a_site_far_from_the_deed_is_hit() -> None:
    text = "قتل 20 طالبا عسكريا في هجوم انتحاري استهدف أمس الجمعة أكاديمية للشرطة في كابول."
    assert "target" in roles_of(text, "bombing", "للشرطة")


def test_a_lam_named_target_right_after_the_deed_is_kept() -> None:
    text = "تمكن الجيش العراقي من قصف رتل للتنظيم وتدميره بالكامل قرب بعقوبة."
    assert "target" in roles_of(text, "rocket_strike", "للتنظيم")
