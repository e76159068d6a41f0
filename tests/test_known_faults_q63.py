"""Known faults left by an earlier session, each fixed as a class.

The sentences are made up in the phrasing the corpus shows; each stands
beside a look-alike that must keep its reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def hit_texts(text: str) -> list[str]:
    return [a["mention"]["text"] for e in eventx.extract(text, reference_date=REF)
            for a in e.to_dict()["actors"] if a["role"] in ("target", "victim")]


# The hospital the hurt were taken to, lie in or left was not hit by the deed
# (GUIDELINES: a target is what the deed hit): the slots set it aside, and the
# code that gives a thing near a deed the target's role must not undo it.
@pytest.mark.parametrize("text", [
    "وأغلقت الشرطة الشاطئ بعد الهجوم، بينما نقل الرجل الجريح إلى المستشفى.",
    "وغادر 19 من مصابي تفجير المسجد أمس ولم يتبق بالمستشفى سوى خمس حالات.",
])
def test_hospital_of_the_hurt_is_no_target(text: str) -> None:
    assert not any("ستشف" in t for t in hit_texts(text))


def test_hospital_struck_stays_a_target() -> None:
    text = "وقالت مصادر محلية إن الحوثيين قصفوا مستشفى الثورة في مدينة تعز أمس."
    assert any("مستشفى" in t for t in hit_texts(text))


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == typ]


# A deed governed by a verbal noun of carrying out glued to ل ("لشن قصف"،
# "لتنفيذ هجمات") is an aim; "قبل شن هجوم" (indefinite) is still to come.
@pytest.mark.parametrize(("text", "typ"), [
    ("وكانت قوات الحوثي تتمركز في المنطقة لشن قصف على مدينة الضالع.", "rocket_strike"),
    ("وقال المتحدث إن المتشددين كانوا يستعدون لشن هجوم إرهابي في العاصمة.", "attack"),
])
def test_deed_after_lishann_is_planned(text: str, typ: str) -> None:
    assert modalities(text, typ) == ["planned"]


def test_before_launching_an_indefinite_attack_is_not_asserted() -> None:
    text = "وتقدمت القوات العراقية نحو أطراف الرمادي قبل شن هجوم شامل على المدينة."
    assert modalities(text, "attack") == ["planned"]


def test_before_carrying_out_the_attack_told_stays_asserted() -> None:
    # the definite deed was told before, and took place
    text = "وعثرت الشرطة على رسائل أرسلها المهاجم قبل تنفيذ الهجوم الذي أسفر عن مقتل 84 شخصا في نيس."
    assert modalities(text, "attack") == ["asserted"]


def test_lishann_raids_stay_air_strikes() -> None:
    # no cue word added for لشن: the conduct hit that makes "لشن غارات" an air strike stays
    text = "ووافقت تركيا على أن تستخدم طائرات الولايات المتحدة قواعدها الجوية لشن غارات على تنظيم داعش."
    assert modalities(text, "air_strike") == ["planned"]


def date_mentions(text: str, typ: str, ref: str = "2015-08-09") -> list[str]:
    return [e.to_dict()["date"]["mention"]["text"] for e in eventx.extract(text, reference_date=ref)
            if e.type == typ and e.to_dict()["date"]]


# A date far after the deed, a few words into a relative clause headed by
# another noun, is that clause's ("والتي ضبط منها الأمن قبل أسبوع"): the deed
# does not take it (nor, with it, an anchor that makes bare "bombings" asserted).
def test_date_of_another_heads_relative_clause_is_not_the_deeds() -> None:
    text = ("وقال: من يتابع زمن ومكان التفجيرات التي تحصل في بلداننا يعلم أن إيران هي المدبر "
            "حتى لو كان المنفذ مجرد أداة لا يعلم من ارسل تلك المواد المتفجرة والتي ضبط منها "
            "الأمن البحريني قبل أسبوع كمية كبيرة.")
    assert "قبل أسبوع" not in date_mentions(text, "bombing")
    assert [e.modality for e in eventx.extract(text, reference_date="2015-08-09")
            if e.type == "bombing"] != ["asserted"]


def test_report_day_after_a_relative_clause_stays_the_deeds() -> None:
    # "الاثنين الماضي" ends the main clause after the relative one: the bombing's day
    text = ("وأعلن التنظيم في بيان تفجير سيارة مفخخة بالقرب من أحد المساجد التي ترتادها "
            "جماعة الحوثي بحي الجراف شمال العاصمة صنعاء الاثنين الماضي.")
    assert date_mentions(text, "bombing", "2015-07-23") == ["الاثنين الماضي"]


def places(text: str, typ: str, ref: str = REF) -> list[str | None]:
    return [(e.to_dict()["location"] or {}).get("name_en")
            for e in eventx.extract(text, reference_date=ref) if e.type == typ]


# Where a deed set out from ("أطلق من قطاع غزة"، "طائرات انطلقت من مطار
# الشعيرات") is no scene of it, nor what it hit: the target's area is.
def test_launch_site_is_not_the_place() -> None:
    text = "وذكرت الصحيفة أن صاروخا أطلق من قطاع غزة على مدينة عسقلان أمس."
    assert places(text, "rocket_strike") == ["'sqlan"]  # the gazetteer's spelling of Ashkelon


def test_airfield_the_planes_set_out_from_is_no_target() -> None:
    text = ("وجاءت الضربة ردا على استهداف طائرات عسكرية سورية، انطلقت من مطار الشعيرات، "
            "بلدة خان شيخون في إدلب بالغاز السام قبل أيام.")
    assert not any("مطار" in t for t in hit_texts(text))


def day_and_modality(text: str, typ: str, ref: str) -> list[tuple[str | None, str]]:
    return [((e.to_dict()["date"] or {}).get("start"), e.modality)
            for e in eventx.extract(text, reference_date=ref) if e.type == typ]


# A bare weekday governed by a future verb is the coming one (2015-07-22 is a
# Wednesday): "سيقوم بزيارة … يوم الاثنين" is next Monday, not last.
def test_weekday_after_a_future_verb_lies_ahead() -> None:
    text = "وقالت المصادر إن وزير الخارجية سيقوم بزيارة إلى بغداد يوم الاثنين لبحث الأوضاع الأمنية."
    assert day_and_modality(text, "meeting", "2015-07-22") == [("2015-07-27", "planned")]


def test_weekday_of_a_foiled_plot_stays_behind() -> None:
    # planned, but no future verb: the day the plot was foiled
    text = "وكشفت الشرطة البلجيكية يوم الأحد أنها أحبطت هجوما إرهابيا كان يستهدف مشجعين."
    assert [d for d, _ in day_and_modality(text, "attack", "2015-07-22")] == ["2015-07-19"]


def types(text: str) -> list[str]:
    return [e.type for e in eventx.extract(text, reference_date=REF)]


# "فجرا" with no object after it is "at dawn", not "the two blew up"; the dual
# verb before its object stays a bombing.
@pytest.mark.parametrize("text", [
    "وداهمت الشرطة منزله في الساعة الثالثة فجرا في إحدى ليالي سنة 2013.",
    "واستشهد الشاب أثناء تواجده بحوش المنزل فجرا، حيث سقطت قذيفة عسكرية.",
])
def test_dawn_is_no_bombing(text: str) -> None:
    assert "bombing" not in types(text)


def test_the_two_who_blew_themselves_up_stay_a_bombing() -> None:
    text = "وأكدت الشرطة أن انتحاريين يرتديان حزامين ناسفين فجرا نفسيهما في سوق شعبي أمس."
    assert "bombing" in types(text)
