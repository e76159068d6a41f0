"""Which place an event takes when a sentence names several (events._choose_place).

Probe sentences in the style of the corpus's wire copy: a speaker's office
place before "أن", the deed's own place inside a relative clause after it.
"""
from __future__ import annotations

import pytest

import eventx


def place_of(text: str, etype: str) -> str | None:
    evs = [e for e in eventx.extract(text, reference_date="2015-08-08") if e.type == etype]
    assert evs, (text, [e.type for e in eventx.extract(text)])
    loc = evs[0].location
    return loc.place.name_en if loc else None


@pytest.mark.parametrize(("text", "etype", "where"), [
    # the deed's relative clause says where it happened; the office's place is the speaker's
    ("أكد مدير شرطة محافظة الطائف أن التفجير الإرهابي الذي وقع في مسجد قوات الطوارئ "
     "الخاصة بأبها أسفر عن مقتل 15 شخصا.", "bombing", "Abha"),
    ("وأعرب المتحدث عن استنكاره للاعتداء الذي وقع في مسجد قوات الطوارئ بمنطقة عسير "
     "وأدى إلى مقتل 15 من رجال الأمن.", "attack", "Asir"),
    ("قال قائد شرطة محافظة نينوى إن الهجوم الذي شهدته بلدة تلعفر أوقع خمسة قتلى.",
     "attack", "Tal Afar"),
    # a place located by في in another clause (the hospital visited) gives way too
    ("زار الوزير المصابين الذين يتلقون العلاج بمستشفى في الرياض، إثر التفجير الإرهابي الذي "
     "وقع بمسجد قوات الطوارئ في منطقة عسير.", "bombing", "Asir"),
])
def test_the_deeds_own_clause_names_its_place(text: str, etype: str, where: str) -> None:
    assert place_of(text, etype) == where


def test_a_place_of_the_reporting_clause_is_used_when_it_is_the_only_one() -> None:
    text = "قال مصدر أمني في محافظة الأنبار إن مسلحين هاجموا نقطة تفتيش للجيش وقتلوا ثلاثة جنود."
    assert place_of(text, "attack") == "Anbar"


@pytest.mark.parametrize(("text", "etype", "where"), [
    # where a speaker gave a press conference or a speech is not where the deed was
    ("وقال الوزير في مؤتمر صحافي عقده في بغداد إن التفجير الانتحاري أوقع عشرين قتيلا.",
     "bombing", None),
    ("وقال المتحدث في كلمة ألقاها بالرياض إن الهجوم على الحدود أوقع ثلاثة قتلى.", "attack", None),
    # the deed's own place still wins over it
    ("وقال الوزير في مؤتمر صحافي عقده في بغداد إن التفجير الانتحاري في مدينة الرمادي أوقع "
     "عشرين قتيلا.", "bombing", "Ramadi"),
    # an office's place (no occasion) is still the deed's when alone
    ("قال مصدر أمني في محافظة الأنبار إن مسلحين هاجموا نقطة تفتيش للجيش وقتلوا ثلاثة جنود.",
     "attack", "Anbar"),
])
def test_a_speech_venue_is_not_the_deeds_place(text: str, etype: str, where: str | None) -> None:
    assert place_of(text, etype) == where


@pytest.mark.parametrize(("text", "etype", "where"), [
    # the deed is the speech verb's object (no أن): the place in the speaker's
    # description is where the speaker is, the one after the deed is the deed's
    ("أعلن المتحدث باسم الجيش في صنعاء مقتل 20 حوثيا في صعدة.", "killing", "Saada"),
    ("أعلنت الشرطة في بغداد اعتقال خمسة مطلوبين في الموصل.", "arrest", "Mosul"),
    ("وأدان مسؤول في عدن الهجوم على مسجد في صنعاء.", "attack", "Sanaa"),
    # with no place of its own the deed still takes the speaker's
    ("أعلن المتحدث باسم الجيش في صنعاء مقتل 20 حوثيا.", "killing", "Sanaa"),
    # a place after the deed but in another clause is not the deed's own
    ("أعلن المتحدث باسم الجيش في صنعاء مقتل 20 حوثيا، مؤكدا أن التعزيزات وصلت إلى مأرب.",
     "killing", "Sanaa"),
])
def test_a_place_of_the_speakers_description_yields_to_the_deeds(text: str, etype: str,
                                                                  where: str | None) -> None:
    assert place_of(text, etype) == where


def test_a_toll_said_from_elsewhere_joins_the_deed_it_fell_in() -> None:
    # the killing takes no place from the speaker's description: it joins the attack
    text = "أكد مصدر عسكري في عدن مقتل 5 جنود في هجوم بمدينة زنجبار."
    evs = eventx.extract(text, reference_date="2015-08-08")
    assert [(e.type, e.location.place.name_en if e.location else None) for e in evs] == [
        ("attack", "Zinjibar")]
    assert [c.value for c in evs[0].counts if c.kind == "killed"] == [5]


def test_an_offices_jurisdiction_still_places_a_toll() -> None:
    # سلطات X is no speaker's whereabouts: X may be where the dead fell
    text = ("أعلنت سلطات دياربكر مقتل جنديين تركيين وجرح أربعة آخرين في انفجار سيارة مفخخة عند مرور "
            "قافلة عسكرية في هذه المحافظة ذات الغالبية الكردية جنوب شرق تركيا.")
    assert place_of(text, "bombing") == "Diyarbakir"


@pytest.mark.parametrize(("text", "etype", "where"), [
    # the deed's object is long; the place the text locates after it, in the
    # same clause, is still where it happened
    ("وكانت جبهة النصرة خطفت ثمانية عناصر من «الفرقة 30»، بينهم قائد الفرقة العقيد نديم الحسن "
     "مساء الاربعاء، قرب مدينة اعزاز في ريف حلب الشمالي، حسبما أفاد المرصد.", "abduction", "Izaz"),
    ("وأوقفت قوات الأمن التركية 54 شخصًا، في عمليات أمنية شنتها ضد عناصر من الذراع الشبابية "
     "لمنظمة «بي كي كي»، وتنظيم داعش في ولاية أضنة جنوب البلاد.", "arrest", "Adana"),
])
def test_a_place_after_a_long_object_is_the_deeds(text: str, etype: str, where: str) -> None:
    assert place_of(text, etype) == where


@pytest.mark.parametrize(("text", "etype"), [
    # past a connective, the place is another clause's
    ("وكانت جبهة النصرة خطفت ثمانية عناصر من «الفرقة 30»، بينهم قائد الفرقة العقيد نديم الحسن "
     "مساء الاربعاء، فيما أعلنت الحكومة عن برنامج جديد للتنمية في مدينة اعزاز.", "abduction"),
    # past a relative pronoun, it is the relative clause's noun's
    ("وكانت جبهة النصرة خطفت ثمانية عناصر من «الفرقة 30»، بينهم قائد الفرقة العقيد نديم الحسن "
     "مساء الاربعاء، وأحد أقرباء الطبيب الذي يعمل منذ سنوات في مدينة اعزاز.", "abduction"),
])
def test_a_late_place_of_another_clause_is_not_the_deeds(text: str, etype: str) -> None:
    assert place_of(text, etype) is None


@pytest.mark.parametrize(("text", "etype", "where"), [
    # "X، شمال Y": the direction only says where X lies; X is the place
    ("وفي محافظة الضالع، شمال عدن، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة "
     "متمردين في كمين وأسر 119 آخرين.", "attack", "Ad Dali'"),
    ("أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان على الأقل في ولاية لوغار جنوب كابل.",
     "air_strike", "Logar"),
    # a direction behind و adds a place to a list, it locates none
    ("وانطلقت القوات، أمس الاثنين، إلى مناطق جنوب وشرق العريش وجنوب الشيخ زويد ورفح، وخلال "
     "العمليات قامت القوات بمحاصرة بعض القرى.", "raid", "south of Ash Shaykh Zuwayd"),
])
def test_a_direction_right_after_a_place_only_locates_it(text: str, etype: str, where: str) -> None:
    assert place_of(text, etype) == where
