"""Actor roles found wrong by auditing fresh corpus articles (seeds 587-592).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and look-alikes that must keep their reading
stand beside them.
"""
from __future__ import annotations

import pytest

import eventx
from probe import all_role_mentions

REF = "2015-08-10"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# "من طرف X" is the Maghrebi "by X" (من قبل): X did the deed told before it,
# whoever suffered it.
@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وعثر على جثة الراعي بعد اختطافه يوم الجمعة من طرف مجموعة إرهابية في الجبل.",
     "abduction", "مجموعة إرهابية"),
    ("وقال إنه تم إيقافه في الطريق إلى الحدود من طرف عناصر من داعش.", "arrest", "عناصر من داعش"),
])
def test_min_taraf_names_the_doer(text: str, typ: str, doer: str) -> None:
    found = roles(text, typ)
    assert ("agent", doer) in found
    assert not any(t == doer and r in ("target", "victim") for r, t in found)


def test_one_sided_names_no_doer() -> None:
    # "من طرف واحد" is "one-sided", no "by": whom the strikes hit stays hit
    text = "وشنت تركيا غارات على مواقع حزب العمال الكردستاني ومناوشات من طرف واحد مع تنظيم داعش."
    assert ("agent", "تنظيم داعش") not in roles(text, "air_strike")


# "اعتداء قام به X": the deed told before the verb is what X did.  Before a
# deed the same words name the doer of another one, not of it.
def test_qama_bihi_after_a_deed_names_its_doer() -> None:
    text = "وأكدت الوزارة أن التفجير اعتداء إرهابي قامت به حركة الشباب."
    found = roles(text, "bombing")
    assert ("agent", "حركة الشباب") in found
    assert ("target", "حركة الشباب") not in found


def test_qama_bihi_before_a_deed_names_no_doer_of_it() -> None:
    text = "وتزايدت حملات الاعتقال التي قام بها داعش بعد الغارات الجوية على مواقعه في الرقة."
    assert not any(t == "داعش" and r == "agent" for r, t in roles(text, "air_strike"))


# A manner adverbial (بشكل عشوائي، بصورة مفاجئة) may part a verb's subject
# from its object: the phrase right after the verb is still its subject, and
# so are its و-joined conjuncts.
def test_subject_before_a_manner_adverbial_acted() -> None:
    text = "وقصف المتمردون الحوثيون وقوات صالح بشكل عشوائي مدينة تعز أمس."
    found = roles(text, "rocket_strike")
    assert ("agent", "المتمردون الحوثيون") in found
    assert ("agent", "وقوات صالح") in found
    assert not any(r == "target" for r, _ in found)


def test_object_after_a_manner_adverbial_was_hit() -> None:
    text = "وهاجم الجنود بشكل مفاجئ المسلحين في الجبل أمس."
    found = roles(text, "attack")
    assert ("agent", "الجنود") in found
    assert ("target", "المسلحين") in found


# A sound plural in the nominative right after قصف is the verb's subject,
# whatever stands after it (a verbal noun's genitive would read المسلحين).
def test_nominative_after_shelling_is_its_subject() -> None:
    text = "وقصف المسلحون بقذائف الهاون حي الروضة في تعز أمس."
    assert ("agent", "المسلحون") in roles(text, "rocket_strike")


def test_genitive_after_shelling_noun_was_hit() -> None:
    text = "وتواصل قصف المدنيين في حلب منذ أسبوع."
    assert ("target", "المدنيين") in roles(text, "rocket_strike")


# A bomber by name (انتحاري، المفجر) did the bombing, killed in it or not.
@pytest.mark.parametrize(("text", "bomber"), [
    ("وقتل أربعة أشخاص عندما فجر انتحاريان نفسيهما في سوق شعبي بمدينة مايدوغوري أمس.", "انتحاريان"),
    ("وقتل جنديان في تفجير سيارة مفخخة يقودها انتحاري عند حاجز للجيش في الرمادي أمس.", "انتحاري"),
])
def test_a_named_bomber_did_the_bombing(text: str, bomber: str) -> None:
    found = roles(text, "bombing")
    assert ("agent", bomber) in found
    assert not any(t == bomber and r in ("target", "victim") for r, t in found)


# Idioms that spell a meeting noun and tell none: the height of a quality
# (قمة النجاح), a morsel (لقمة سائغة), "in return for" (لقاء أجر) and a
# columnist's farewell (وإلى لقاء والسلام).  Not even a generic meeting.
@pytest.mark.parametrize("text", [
    "وقال المتحدث إن الحزب في قمة النجاح.",
    "وأكد الكاتب أن قرار الانسحاب كان في قمة الصواب.",
    "وحذر الخبراء من أن القرى الحدودية ستصبح لقمة سائغة للمهربين.",
    "وكانت العاملات يخطن الملابس لقاء أجر زهيد لا يكفي للعيش.",
    "هذا ما أردت قوله لقرائي الأعزاء، وإلى لقاء والسلام.",
])
def test_meeting_idioms_tell_no_meeting(text: str) -> None:
    assert not [e for e in eventx.extract(text, reference_date=REF) if e.type == "meeting"]


@pytest.mark.parametrize("text", [
    "وانطلقت أعمال القمة العربية في سرت أمس بحضور القادة العرب.",
    "ودعا الحزب المعارض إلى الحوار وإلى لقاء وطني عاجل.",
])
def test_meetings_stay(text: str) -> None:
    assert [e for e in eventx.extract(text, reference_date=REF) if e.type == "meeting"]


# What a protest is against or demands of is its target, before the protest
# word or after it ("ثورتهم ضد الجيش … الاحتجاج"، "لخلع الرئيس"، "لمطالبة
# الحكومة"); those who march stay its participants.
@pytest.mark.parametrize(("text", "aim"), [
    ("وقال إن غضب الأهالي وثورتهم ضد الجيش جاءا بعد الاحتجاج على الحادثة.", "الجيش"),
    ("وشهدت المدينة أولى الاحتجاجات ضد نظام الرئيس بشار الأسد قبل أعوام.", "بشار الأسد"),
    ("وخرجت مظاهرات حاشدة في القاهرة لخلع الرئيس محمد مرسي.", "محمد مرسي"),
    ("وبدأ مئات الطلاب احتجاجا أمام الوزارة لمطالبة الحكومة بالتخلي عن القرار.", "الحكومة"),
])
def test_what_a_protest_opposes_is_its_target(text: str, aim: str) -> None:
    found = roles(text, "protest")
    assert ("target", aim) in found
    assert ("participant", aim) not in found


def test_protesters_stay_participants() -> None:
    text = "وتظاهر المحتجون أمس في ساحة التحرير ضد الحكومة."
    found = roles(text, "protest")
    assert ("participant", "المحتجون") in found
    assert ("target", "الحكومة") in found


# A verb in a relative clause on a deed noun ("هجماتها التي تستهدف X") has
# that deed as its subject: X right after the verb is what it hits, as after
# an unmarked one ("غارات استهدفت X").  A relative clause on forces keeps
# them as the doers.
def test_relative_clause_on_a_deed_hits_its_object() -> None:
    text = "وصعدت المقاومة هجماتها التي تستهدف الميليشيات الحوثية وقوات صالح في إب."
    found = roles(text, "attack")
    assert ("target", "الميليشيات الحوثية") in found
    assert ("target", "وقوات صالح") in found
    assert not any(r == "agent" for r, _ in found)


def test_relative_clause_on_forces_keeps_them_doers() -> None:
    text = "وقال إن القوات التي تستهدف المسلحين تقدمت نحو المدينة."
    assert ("agent", "القوات") in roles(text, "attack")
