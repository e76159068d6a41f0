"""General errors found by auditing fresh corpus articles (seeds 511-516).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def names(text: str, typ: str, role: str) -> list[str]:
    return [a["name_en"] or "" for e in eventx.extract(text, reference_date=REF) if e.type == typ
            for a in e.to_dict()["actors"] if a["role"] == role]


# A foe named after ضد heads a list: every conjunct joined to it by و is a foe
# of the deed discussed, never a party to the call or the talks.
@pytest.mark.parametrize(("text", "typ"), [
    ("وناقش وزير الخارجية في اتصال هاتفي مع نظيره الفرنسي العمليات ضد «داعش» و«العمال الكردستاني».",
     "phone_call"),
    ("ودعت أنقرة إلى اجتماع لبحث عملياتها ضد تنظيم داعش ومقاتلي حزب العمال الكردستاني.", "meeting"),
])
def test_conjunct_of_a_foe_is_no_participant(text: str, typ: str) -> None:
    assert "PKK" not in names(text, typ, "participant")


def test_party_joined_to_a_participant_stays() -> None:
    # no ضد: a party joined to another takes part ("مع الحكومة وحزب العمال")
    text = "وعقد المبعوث اجتماعا مع الحكومة التركية وحزب العمال الكردستاني في أنقرة."
    assert "PKK" in names(text, "meeting", "participant")


def hit_texts(text: str) -> list[str]:
    return [a["mention"]["text"] for e in eventx.extract(text, reference_date=REF)
            for a in e.to_dict()["actors"] if a["role"] in ("target", "victim")]


# The hospital the hurt were taken to, lie in or left is where they are
# treated, no victim of the deed; a hospital a deed struck stays its target.
@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة قرب دورية للشرطة في العريش أمس. وأصيب ثلاثة جنود بجروح ونقلوا إلى مستشفى عسكري.",
    "هاجم مسلحون حاجزا أمنيا أمس، ما أسفر عن مقتل جندي وجرح آخر يرقد حاليا بالمستشفى.",
    "انفجرت عبوة ناسفة قرب دورية للشرطة في العريش أمس. وأصيب جنديان بجروح وخرجا مساء أمس من المستشفى.",
])
def test_hospital_of_the_hurt_is_no_victim(text: str) -> None:
    assert not any("مستشفى" in t for t in hit_texts(text))


def test_hospital_struck_stays_target() -> None:
    text = "وقصف الحوثيون مستشفى الثورة العام في مدينة تعز أمس."
    assert any("مستشفى" in t for t in hit_texts(text))


def roles_of(text: str, word: str) -> list[str]:
    return [a["role"] for e in eventx.extract(text, reference_date=REF)
            for a in e.to_dict()["actors"] if word in a["mention"]["text"]]


# A soldier or a policeman named in the singular or the dual right after a
# verb of killing is counted by his noun's own form, like "ثلاثة جنود": the
# passive befell him, he killed no one; a body of forces acts.
@pytest.mark.parametrize(("text", "word"), [
    ("وقتل جندي تركي وأصيب آخر مساء الثلاثاء في هجوم شنه مسلحون.", "جندي"),
    ("وقتل جندي آخر في هجوم بإقليم اغري المجاور.", "جندي"),
    ("قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية.", "شرطيين"),
    ("وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش.", "ضابط"),
])
def test_member_counted_by_form_is_no_killer(text: str, word: str) -> None:
    roles = roles_of(text, word)
    assert roles and "agent" not in roles


def test_force_after_verb_of_killing_still_acts() -> None:
    text = "قتل الجيش الإسرائيلي الأحد فلسطينيا بعد طعنه إسرائيليا."
    assert roles_of(text, "الجيش") == ["agent"]


# The genitive of an attack noun is its doer for any side: forces named right
# after "هجوم" attacked ("صد هجوم القوات الشرعية"), as an armed group does; a
# transitive deed's noun takes its object there ("استهداف قوات الأمن").
@pytest.mark.parametrize(("text", "word"), [
    ("وتمكن الحوثيون من صد هجوم القوات الشرعية على جبل جرة في تعز أمس.", "القوات الشرعية"),
    ("وصد الحوثيون هجوم الجيش الوطني على مواقعهم أمس.", "الجيش الوطني"),
])
def test_forces_after_attack_noun_attacked(text: str, word: str) -> None:
    assert roles_of(text, word) == ["agent"]


@pytest.mark.parametrize(("text", "word"), [
    ("وقتل ثلاثة في هجوم على الجيش أمس في العريش.", "الجيش"),
    ("وأصيب جنديان في استهداف قوات الأمن في العريش أمس.", "قوات الأمن"),
])
def test_forces_attacked_stay_target(text: str, word: str) -> None:
    assert "agent" not in roles_of(text, word)


# "Targeting" a goal or an audience is an aim, no assault; a target hit stays one.
@pytest.mark.parametrize("text", [
    "وشدد الوزير على أهمية العمل بفكر جديد يستهدف تضييق مساحات عدم التطابق بين البلدين.",
    "وكانت الحكومة تستهدف الوصول بالفائض إلى 2 في المائة من الناتج المحلي.",
])
def test_aim_is_no_attack(text: str) -> None:
    assert not [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]


@pytest.mark.parametrize("text", [
    "واستهدف مسلحون دورية للشرطة في العريش أمس.",
    "وأوضحت المنظمة أنها زارت أربع مناطق في عدن استهدف فيها مدنيون.",
])
def test_target_hit_is_attack(text: str) -> None:
    assert [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
