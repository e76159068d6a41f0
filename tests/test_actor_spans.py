"""Actor mentions and roles from general phrasing: lists taken whole, a thing
noun with its adjective, names before a post-posed title, tribes, adjectives
of nationality, being exposed to a deed, titles followed by an adjective."""
from __future__ import annotations

import eventx
from probe import role_mentions

REF = "2016-01-01"


def actors(text: str, etype: str) -> list[tuple[str, str]]:
    return role_mentions(text, etype, REF)


def entity_texts(text: str) -> list[str]:
    return [e.to_dict()["mention"]["text"] for e in eventx.entities(text) if e.label == "ACTOR"]


def test_a_list_of_victims_is_taken_whole_past_the_window() -> None:
    """The second victim stands a long apposition after the first: the list
    joined by و is one, whatever its length in words."""
    text = ("انفجرت عبوة ناسفة بمدرعة في العريش مما أسفر عن استشهاد النقيب محمد أمين "
            "إسماعيل معاون مباحث قسم شرطة ثالث العريش والمجند رضا أحمد مهني من قوات الأمن.")
    found = actors(text, "bombing")
    assert any("رضا أحمد مهني" in m for _, m in found)
    assert any("محمد أمين" in m for _, m in found)


def test_a_list_item_after_a_clause_break_is_not_joined() -> None:
    text = ("انفجرت عبوة ناسفة بمدرعة في العريش مما أسفر عن استشهاد النقيب محمد أمين "
            "إسماعيل معاون مباحث قسم شرطة ثالث العريش، وقال المجند رضا أحمد مهني إن الوضع هادئ.")
    assert not any("رضا" in m for _, m in actors(text, "bombing"))


def test_a_thing_noun_and_its_adjective_are_one_target() -> None:
    text = "انفجرت عبوة ناسفة استهدفت سيارتين مصفحتين في كابول."
    found = actors(text, "bombing")
    assert ("target", "سيارتين مصفحتين") in found
    assert ("target", "مصفحتين") not in found


def test_a_name_before_a_post_posed_title_is_the_person() -> None:
    text = "وقال فلاديمير ماركين المتحدث باسم لجنة التحقيق الروسية في بيان إن المحققين يدرسون الحادث."
    names = entity_texts(text)
    assert "فلاديمير ماركين" in names
    assert "لجنة التحقيق الروسية" not in names  # what his office is of
    assert ("source", "فلاديمير ماركين") in actors(text, "statement")


def test_an_office_head_before_a_title_is_no_name() -> None:
    """"مساعد وزير الخارجية" is one office: مساعد names no one."""
    text = "ودعا مساعد وزير الخارجية الأميركي أنطوني بلينكن إلى الحوار."
    assert "مساعد" not in entity_texts(text)


def test_a_tribe_is_an_actor() -> None:
    text = "والتقى الأمير أبناء قبيلة البلاهدة في مقر الإمارة."
    assert "قبيلة البلاهدة" in entity_texts(text)


def test_a_nationality_adjective_names_no_actor_of_its_noun() -> None:
    """"الحدود السورية" is the Syrian border: no actor Syria is hit."""
    text = "قتلت غارة جوية عشرة مدنيين في حلب قرب الحدود السورية."
    assert not any(m == "السورية" for _, m in actors(text, "air_strike"))


def test_a_nationality_adjective_after_a_deed_noun_is_its_doer() -> None:
    text = "قتلت الغارات الجوية السورية عشرة مدنيين في حلب."
    assert ("agent", "السورية") in actors(text, "air_strike")


def test_who_is_exposed_to_an_attack_suffered_it() -> None:
    text = "تعرضت قوات الأمن الهندية لهجوم في ولاية ناجالاند أمس."
    assert actors(text, "attack") == [("target", "قوات الأمن الهندية")]


def test_the_passive_casualty_verb_before_a_time_clause_has_no_object() -> None:
    """"خمسة جنود قتلوا عندما …": the soldiers were killed, they killed no one."""
    text = "قال الجيش إن خمسة جنود قتلوا عندما تعرضوا لهجوم شنه مسلحون على المدينة."
    found = actors(text, "attack")
    assert ("agent", "جنود") not in found
    assert ("agent", "مسلحون") in found


def test_as_someone_is_no_party() -> None:
    text = "وطالب الشيخ بتوحيد جهودنا كمواطنين في مواجهة الجماعات الإرهابية."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    assert not any(a["mention"]["text"] == "كمواطنين" for e in evs for a in e["actors"])


def test_an_adjective_after_a_title_is_no_name() -> None:
    assert "كبير" not in entity_texts("وقتل قائد كبير في جماعة الشباب في غارة أمريكية.")


def test_a_rank_grade_is_skipped_before_the_name() -> None:
    assert "عبد الفتاح السيسي" in entity_texts("وقال الفريق أول عبد الفتاح السيسي إن الجيش جاهز.")


def test_a_kunya_name_ends_before_a_preposition() -> None:
    names = entity_texts("انفجرت سيارة مفخخة أمام مسجد أبو هريرة بمنطقة الصابري.")
    assert "أبو هريرة بمنطقة" not in names


def test_a_facility_with_a_preposition_glued_on_is_a_second_thing() -> None:
    names = entity_texts("وقع حادث تمثل في اصطدام شاحنة بسيارة خفيفة على الطريق.")
    assert "شاحنة بسيارة" not in names


def test_a_verb_before_a_title_is_no_name() -> None:
    """VSO: "وشدد الرئيس السوري" is the verb and its titled subject."""
    names = entity_texts("وشدد الرئيس السوري على أن التقرير مفبرك.")
    assert "وشدد" not in names
