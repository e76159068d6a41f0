"""The twenty-second session's audit q22a (seed 2212, 25 articles with a
security event): one test per class of fault fixed, in sentences written for
it after the phrasing met, with the readings that must stay beside them."""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def _roles(text: str, kind: str = "attack") -> set[tuple[str, str]]:
    return {(a["role"], a["mention"]["text"])
            for e in eventx.extract(text, reference_date=REF) if e.type == kind
            for a in e.to_dict()["actors"]}


# A force, a government or a coalition named right after a light verb of
# carrying out (شن، نفذ، أطلق) and before the attack noun it governs launched
# the attack ("وأطلقت القوات الموالية لهادي … هجوما مضادا"، "شنت القوات
# الموالية للرئيس هادي … هجمات"): its agent, as an armed group there always was.
@pytest.mark.parametrize(("text", "agent"), [
    ("شن الجيش هجوما على مواقع الحوثيين في عدن.", "الجيش"),
    ("وشنت القوات الحكومية هجمات على مواقع المسلحين في الرمادي.", "القوات الحكومية"),
    ("وشنت قوات النظام السوري أمس هجوما على حي جوبر في دمشق.", "قوات النظام السوري"),
    ("ونفذت الشرطة أمس هجوما على وكر للمهربين قرب الحدود.", "الشرطة"),
    ("شنت الولايات المتحدة هجوما على مواقع طالبان في قندهار.", "الولايات المتحدة"),
    ("شن التحالف هجوما على صنعاء.", "التحالف"),
    ("شن تنظيم داعش هجوما على مواقع الجيش في الرمادي.", "تنظيم داعش"),
])
def test_the_subject_of_a_light_verb_launched_the_attack(text: str, agent: str) -> None:
    assert ("agent", agent) in _roles(text), _roles(text)


# What stays: forces that suffered the attack ("تعرض الجيش لهجوم") are its
# target, the side it was launched on is no doer, and a war of words is none.
def test_forces_exposed_to_an_attack_stay_its_target() -> None:
    roles = _roles("تعرض الجيش لهجوم في الرمادي أمس.")
    assert ("target", "الجيش") in roles and not any(r == "agent" for r, _ in roles), roles


def test_the_side_attacked_is_no_doer() -> None:
    roles = _roles("شن الجيش العراقي هجوما على مواقع داعش في الرمادي.")
    assert ("agent", "الجيش العراقي") in roles, roles
    assert ("agent", "داعش") not in roles, roles


def test_a_war_of_words_stays_none() -> None:
    assert not [e for e in eventx.extract("شنت الحكومة هجوما إعلاميا على المعارضة.", reference_date=REF)
                if e.type == "attack"]


# Whom forces are loyal to ("القوات الموالية للحكومة"، "قوات موالية للمخلوع
# صالح"، "مقاتلون موالون لروسيا") is no doer of what the forces did: the forces
# are, and where they stand before the deed they are its subject in the
# patron's stead.  A loyalty word heading its phrase ("بين المتمردين
# والموالين للحكومة") names a side by its patron, who stays a doer.
@pytest.mark.parametrize(("text", "kind", "agent", "patron"), [
    ("قالت مصادر إن القوات الموالية للحكومة استعادت السيطرة على البساتين بعد معارك عنيفة.",
     "raid", "القوات", "للحكومة"),
    ("هاجمت القوات الموالية للحكومة مواقع الحوثيين في عدن.", "attack", "القوات", "للحكومة"),
    ("وسقط سبعة قتلى بين صفوف القوات الموالية للرئيس عبد ربه منصور هادي في المعارك.",
     "armed_clash", "القوات", "عبد ربه منصور هادي"),
    ("قتل 5 أشخاص خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا"
     " وجماعات مسلحة.", "armed_clash", "قوات", "للحكومة"),
])
def test_the_forces_not_their_patron_did_it(text: str, kind: str, agent: str, patron: str) -> None:
    roles = _roles(text, kind)
    assert ("agent", agent) in roles, roles
    assert all(m != patron for _, m in roles), roles


def test_a_patron_of_fighters_no_actor_names_is_no_doer() -> None:
    roles = _roles("وتجددت المعارك في شرق أوكرانيا حيث يخوض مقاتلون موالون لروسيا تمردا ضد السلطات.",
                   "armed_clash")
    assert ("agent", "لروسيا") not in roles, roles


def test_loyalists_named_by_their_patron_stay_a_side() -> None:
    roles = _roles("وقتل العشرات في المعارك الشرسة بين المتمردين والموالين للحكومة في اليمن.",
                   "armed_clash")
    assert ("agent", "للحكومة") in roles, roles
