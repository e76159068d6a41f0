"""Actor roles from the q23a audit of security events: a killing verb's
subject with a counted object, a place noun as a verb's object, the names
before a time clause with a subject or passive of its own, and a group's name
quoted after its head noun.

The sentences are made up; look-alikes that must keep their reading stand
beside them.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2016-03-10"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# "قتل X N من Y": a count of people right after the noun that follows the verb
# is its object, so the verb is active and the noun its subject.
@pytest.mark.parametrize(("text", "doer"), [
    ("قتل جندي أربعة من رفاقه داخل ثكنة عسكرية في الجنوب.", "جندي"),
    ("وقتل الشرطي خمسة أشخاص قبل أن ينتحر في مركز المدينة.", "الشرطي"),
])
def test_noun_before_a_counted_object_killed(text: str, doer: str) -> None:
    found = roles(text, "killing")
    assert ("agent", doer) in found
    assert ("victim", doer) not in found


# A passive has no object: a second subject joined by و, "others" counted by
# their own form, or no count at all leave the noun the one killed.
@pytest.mark.parametrize(("text", "victim"), [
    ("قتل جندي وأربعة مدنيين في البلدة مساء أمس.", "جندي"),
    ("وقتل جنديان آخران حين وصلت التعزيزات إلى الموقع.", "جنديان"),
    ("قتل شرطي أمس في الحي الشمالي من المدينة.", "شرطي"),
])
def test_passive_killing_keeps_its_victim(text: str, victim: str) -> None:
    found = roles(text, "killing")
    assert ("victim", victim) in found
    assert ("agent", victim) not in found


# A place noun after a definite subject is the verb's object: the forces
# that attacked an area are its doers, not its target.
@pytest.mark.parametrize("text", [
    "هاجمت القوات الحكومية المنطقة التي يتحصن فيها المسلحون.",
    "واقتحمت قوات الأمن القرية بحثا عن المطلوبين.",
])
def test_forces_attacking_a_place_are_its_agent(text: str) -> None:
    found = roles(text, "attack")
    assert any(r == "agent" for r, _ in found)
    assert not any(r == "target" for r, _ in found)


# A time clause whose deed has a subject of its own, or is passive, takes
# none of the names before its conjunction; one without keeps the main
# clause's subject.
def test_time_clause_with_own_subject_parts_names_before() -> None:
    found = roles("فر المسلحون من المكان حينما داهمت الشرطة المنزل.", "raid")
    assert ("agent", "الشرطة") in found
    assert not any(m == "المسلحون" for _, m in found)


def test_passive_time_clause_takes_no_agent_before() -> None:
    text = "وكان المتهم يعمل لدى سفارة الجزائر عندما تم اعتقاله في باريس."
    assert not any(r == "agent" for r, _ in roles(text, "arrest"))


def test_time_clause_without_own_subject_keeps_the_subject() -> None:
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون أكثر حدة عندما اتهم موسكو صراحة بدعم المتمردين."
    found = roles(text, "statement")
    assert any(r == "source" and "ماكرون" in m for r, m in found)
    assert not any(r == "source" and "موسكو" in m for r, m in found)


# A group's name quoted after its head noun ("تنظيم «…»") stands right after
# the verb: the subject of a verb with an object pronoun.
def test_quoted_group_after_its_head_is_the_subject() -> None:
    text = "وكان الصحفي الذي احتجزته جماعة «أنصار الدين» قد وصل إلى تمبكتو قبل شهر."
    found = roles(text, "arrest")
    assert any(r == "agent" and "أنصار الدين" in m for r, m in found)
    assert not any(r == "target" and "أنصار الدين" in m for r, m in found)


# A relative clause whose verb is the deed: the name after the verb is the
# deed's own, the subject where the verb carries a pronoun for the head
# (and the head then its object), the object where it carries none (the
# relative pronoun is then the subject).
@pytest.mark.parametrize(("text", "typ", "doer", "hit"), [
    ("وأفرج أمس عن الصحفيين اللذين اختطفتهما جماعة مسلحة في الصحراء.", "abduction",
     "جماعة مسلحة", "الصحفيين"),
    ("وأصيب الجنود الذين استهدفهم مسلحون بالرصاص قرب الحاجز.", "attack", "مسلحون", "الجنود"),
    ("ودمرت الشاحنة التي استهدفتها طائرات التحالف بالكامل.", "air_strike", "طائرات التحالف", "الشاحنة"),
])
def test_relative_verb_with_a_pronoun_names_its_doer_after(text: str, typ: str, doer: str,
                                                          hit: str) -> None:
    found = roles(text, typ)
    assert ("agent", doer) in found
    assert any(r in ("target", "victim") and m == hit for r, m in found)
    assert not any(r == "agent" and m == hit for r, m in found)


@pytest.mark.parametrize(("text", "typ"), [
    ("وتواصل القوات الدولية التي تقصف المتمردين في الجبال عملياتها.", "rocket_strike"),
    ("وقال إن الغارات التي استهدفت المتمردين كانت أعنف من قبل.", "air_strike"),
])
def test_relative_verb_without_a_pronoun_has_its_object_after(text: str, typ: str) -> None:
    found = roles(text, typ)
    assert any(r == "target" and "المتمردين" in m for r, m in found)
    assert not any(r == "agent" and "المتمردين" in m for r, m in found)


# A pronoun after a preposition takes up the head ("الذي فجرت فيه"): the
# relative pronoun is no subject, and the name after the verb is.
def test_resumptive_preposition_leaves_the_subject_after() -> None:
    text = "ووقع الانفجار الأول الذي فجر فيه مسلحون منزل ضابط في الحي."
    found = roles(text, "bombing")
    assert ("agent", "مسلحون") in found


# A police chief or a chief of staff named by office alone is one person the
# deed befalls (or who does it); a name after the office is the person, and
# the office then adds no second actor.
@pytest.mark.parametrize(("text", "typ", "role", "office"), [
    ("اغتال مسلحون قائد شرطة المدينة مساء أمس.", "killing", "victim", "قائد شرطة"),
    ("واعتقلت السلطات مدير الشرطة والاستماع إلى أقواله.", "arrest", "target", "مدير الشرطة"),
])
def test_bare_security_office_is_an_actor(text: str, typ: str, role: str, office: str) -> None:
    assert (role, office) in roles(text, typ)


def test_bare_office_after_a_killing_verb_is_the_one_killed() -> None:
    text = "وقتل مدير الشرطة مساء أمس في ضواحي المدينة."
    found = roles(text, "killing")
    assert ("victim", "مدير الشرطة") in found
    assert not any(r == "agent" for r, _ in found)


def test_office_with_its_holder_named_after_adds_no_actor() -> None:
    text = "واستنكر مدير شرطة المنطقة العميد سالم الحربي الهجوم على المسجد."
    found = roles(text, "statement")
    assert any(r == "source" and "سالم الحربي" in m for r, m in found)
    assert not any("مدير شرطة" in m for _, m in found)


# "X أعلن أنه فعل": the pronoun right before the deed verb stands for the
# speaker, who did the deed, where it agrees with the speech verb; the
# masculine one may be a passive's dummy pronoun, so a killing takes none.
@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وأعلنت الشرطة الفرنسية أمس أنها اعتقلت أربعة أشخاص في مرسيليا.", "arrest", "الشرطة الفرنسية"),
    ("وقالت حركة طالبان إنها هاجمت مركزا للشرطة في غزني.", "attack", "حركة طالبان"),
    ("وأعلن الجيش التركي أنه قصف مواقع المتمردين في الجبال.", "rocket_strike", "الجيش التركي"),
])
def test_speaker_of_a_pronoun_before_the_deed_did_it(text: str, typ: str, doer: str) -> None:
    assert ("agent", doer) in roles(text, typ)


@pytest.mark.parametrize(("text", "typ"), [
    # the pronoun does not agree with the speech verb: another man
    ("وأشارت الشرطة إلى أنه فجر نفسه قرب المدخل الرئيسي.", "bombing"),
    # a masculine pronoun before a killing may be a passive's dummy pronoun
    ("وقال الجيش إنه قتل جندي في الهجوم على الحاجز.", "killing"),
])
def test_pronoun_not_standing_for_the_speaker_names_no_doer(text: str, typ: str) -> None:
    found = roles(text, typ) + roles(text, "attack")
    assert not any(r == "agent" and m in ("الشرطة", "الجيش") for r, m in found)


# A capital's name right after a road or crossing noun names the road, no
# actor: no state fights in the clash the road is taken in.
def test_capital_naming_a_road_is_no_actor() -> None:
    text = "واستعادت القوات الحكومية البلدة وطريق دمشق بعد مواجهات مع المسلحين."
    found = roles(text, "armed_clash")
    assert not any("دمشق" in m for _, m in found)


# Before an abduction noun, a person is no doer: the object of another deed
# noun, or a speaker told of it; a group there ("قام المسلحون باختطاف") is.
def test_person_before_an_abduction_noun_is_no_doer() -> None:
    text = "ابتداء من حصار الرئيس فرانسوا بوزيزي في قصره، إلى اختطاف وزير الداخلية."
    assert not any(r == "agent" for r, _ in roles(text, "abduction"))


def test_group_before_an_abduction_noun_did_it() -> None:
    text = "وقام المسلحون باختطاف ثلاثة مهندسين أجانب من موقع العمل."
    assert ("agent", "المسلحون") in roles(text, "abduction")


# A person named before a killing noun is no doer: who survived the attempt,
# who spoke of it (before a killing verb with an object he did it).
def test_person_before_a_killing_noun_is_no_doer() -> None:
    text = "ونجا رئيس الوزراء حيدر العبادي من محاولة اغتيال في بغداد مساء أمس."
    assert not any(r == "agent" for r, _ in roles(text, "killing"))


# A light verb of undertaking governs the killing noun: its subject did it.
@pytest.mark.parametrize("text", [
    "وأقدم أبو بكر البغدادي على قتل عدد من معاونيه في الرقة.",
    "وذكرت المصادر أن أبو بكر البغدادي أقدم على قتل عدد من معاونيه.",
])
def test_subject_of_an_undertaking_verb_did_the_killing(text: str) -> None:
    assert ("agent", "أبو بكر البغدادي") in roles(text, "killing")


# "شنه"، "نفذها" tell a doer after the deed ("هجوم شنه مسلحون"); before the
# deed it is the speaker's own carrying out ("أعلن الجيش شنه غارات"), and a
# name after the deed is what it struck.
def test_conduct_pronoun_before_the_deed_is_the_speakers_own() -> None:
    text = "أعلن الجيش الأردني شنه غارات على مواقع المسلحين في الجبال."
    found = roles(text, "air_strike")
    assert ("agent", "الجيش الأردني") in found
    assert ("target", "المسلحين") in found
    assert ("agent", "المسلحين") not in found


def test_doer_cue_after_the_deed_still_names_its_doer() -> None:
    text = "وقتل عشرة جنود في هجوم شنه مسلحون على الحاجز."
    assert ("agent", "مسلحون") in roles(text, "attack")
