"""The fifteenth session's audit of fresh articles (seeds 599-604): one test
per class of fault fixed, in sentences written for it after the phrasing met,
with the readings that must stay beside them."""
from __future__ import annotations

import pytest

import eventx
from eventx.records import Place

REF = "2015-08-10"


def location(text: str) -> Place | None:
    evs = eventx.extract(text, reference_date=REF)
    assert evs, text
    return evs[0].location.place if evs[0].location else None


# A town or province the gazetteer knows only abroad, situated by the words
# right after it in the story's own country (حي الخالدية بمدينة حلب is an
# Aleppo quarter, not the Iraqi town): the words win whatever the namesake's
# size.  Only words that say where it lies count (a place noun, a direction,
# التابعة، الواقعة), and a direction adjective closing the name (الغربي) is
# no break between the name and its city.
@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في حي الخالدية بمدينة حمص مساء أمس.",
     "الخالدية", "SY", "Homs"),
    ("قصفت الطائرات الحربية بلدة الكرك التابعة لمحافظة درعا.", "الكرك", "SY", "Daraa"),
])
def test_words_situating_a_known_town_abroad_move_it(text: str, name: str, country: str,
                                                     admin1: str) -> None:
    p = location(text)
    assert p is not None and p.name == name
    assert (p.country, p.admin1) == (country, admin1)
    assert p.geonames_id is None and p.lat is None  # the namesake's point is not this town's
    assert p.feature != "admin1"  # a town of another country, not the province abroad


def test_a_direction_adjective_closing_a_name_links_it_to_its_city() -> None:
    p = location("وانفجرت سيارة مفخخة أمام منزل في حي القاع الشرقي بمدينة صنعاء.")
    assert p is not None and p.country == "YE"


@pytest.mark.parametrize(("text", "name", "country"), [
    # ب + a country after the city is the verb's object (condemned Israel)
    ("وندد مسؤول في الحركة في غزة بإسرائيل بعد قصف استهدف منزلا في المدينة.", "غزة", "PS"),
    # a nationality word after a province is a man's name (تركي)
    ("وقال ممثل محافظة ظهران الجنوب تركي العسيري إن الهجوم استهدف المصلين في المسجد.",
     "ظهران الجنوب", "SA"),
])
def test_a_large_place_stays_without_words_that_place_it(text: str, name: str,
                                                          country: str) -> None:
    places = [e.location.place for e in eventx.extract(text, reference_date=REF) if e.location]
    assert any(p.name == name for p in places), places
    assert all(p.country == country for p in places if p.name == name)


def types_of(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in eventx.extract(text, reference_date=REF)]


# An accusation with its object pronoun after هاجم ("متهما إياه") makes the
# verb words, however long the speaker's office and the accused's name between.
def test_an_accusation_after_a_long_subject_makes_hajama_criticism() -> None:
    text = ("وهاجم سالم العامري نائب رئيس اللجنة التنفيذية لحزب التجمع الوطني في المحافظة "
            "رئيس الحكومة السابق متهما إياه بإفشال الحوار.")
    assert not any(t == "attack" for t, _ in types_of(text))


def test_armed_men_attacking_stay_an_attack_with_an_accusation_later() -> None:
    text = "وهاجم مسلحون مجهولون حاجزا للشرطة فجر اليوم، وقالت الحكومة في بيان متهمة إياهم بالإرهاب."
    assert ("attack", "asserted") in types_of(text)


# "إيقاف إطلاق النار" is a ceasefire as "وقف إطلاق النار" is: no shooting told.
def test_a_halt_to_fire_with_iqaf_is_no_shooting() -> None:
    text = "وقال المتحدث إن الحكومة رفضت إيقاف إطلاق النار في المنطقة الشرقية."
    assert not any(t == "attack" for t, _ in types_of(text))


# The participle of denial denies the deed as the verb does.
def test_the_participle_of_denial_denies_the_deed() -> None:
    text = "وأكد المصدر أن الأوضاع هادئة في المدينة نافيا ما تردد عن وقوع هجوم على حاجز للشرطة مساء أمس."
    found = types_of(text)
    assert found and all(m == "denied" for t, m in found if t == "attack"), found


# "أطلق على X لقب …": a name given, no shot.
def test_a_name_given_with_atlaq_is_no_strike() -> None:
    text = "وصار المقاتلون يطلقون على الطائرات المسيرة لقب الموت الأسود."
    assert types_of(text) == []


def test_a_strike_firing_rockets_stays() -> None:
    text = "وأطلقت الطائرات الحربية صواريخ على تجمعات المسلحين قرب مدرسة تحمل اسم الشهيد."
    assert any(t in ("air_strike", "rocket_strike") for t, _ in types_of(text))


# A verb of judging right after an office and its nationality is the clause's
# verb, no name: "تصريحات المرشد الإيراني تعد تدخلا" named no one "تعد تدخلا غير".
@pytest.mark.parametrize("text", [
    "وقال المتحدث في بيان أمس إن تصريحات الرئيس الإيراني تعد تدخلا سافرا في شؤون المنطقة.",
    "وأكدت الوزارة في بيان أمس أن كلمة المرشد الإيراني تمثل تهديدا مباشرا لأمن الجيران.",
])
def test_a_verb_of_judging_after_an_office_is_no_name(text: str) -> None:
    for e in eventx.extract(text, reference_date=REF):
        for a in e.actors:
            assert not a.mention.text.startswith(("تعد", "تمثل")), (e.type, a.mention.text)


# "نصيب" (a share, the Nasib crossing) is no ن + يصيب ("we hit").
@pytest.mark.parametrize("text", [
    "وحكمت المحكمة على ثلاثة متهمين بالسجن، وكان نصيبه منها خمس سنوات.",
    "وقال الوزير إن للمرأة نصيبا كبيرا من برامج التدريب الجديدة.",
    "وسيطرت المعارضة المسلحة على معبر نصيب الحدودي مع الأردن في أبريل الماضي.",
])
def test_a_share_is_no_hit(text: str) -> None:
    assert not any(t in ("attack", "rocket_strike") for t, _ in types_of(text))


def test_a_missile_hitting_stays_a_strike() -> None:
    text = "وأصاب صاروخ أطلقه المسلحون منزلا في المدينة مساء أمس."
    assert any(t in ("attack", "rocket_strike") for t, _ in types_of(text))
