"""Actor roles and missed deeds from the q24r audit: the counted object of a
verb of harm told before a deed noun, a wound dealt by gunfire, generic
armed-group nouns (a group noun with an adjective of militancy, fighters in
the nominative) and tied lexicon readings of an anaphor.

The sentences are made up; look-alikes that must keep their reading stand
beside them.
"""
from __future__ import annotations

import pytest

import eventx
from eventx.actors import ActorDictionary
from eventx.text.normalize import normalize_key
from probe import all_role_mentions, asserted_types

REF = "2026-11-01"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# "قتل الجيش ثلاثة مسلحين خلال هجوم": the count after the killing verb's
# named subject is what the verb befell, no doer of the deed it was told in.
@pytest.mark.parametrize(("text", "typ", "slain", "doer"), [
    ("قتل الجيش أربعة مسلحين خلال هجوم على نقطة تفتيش قرب المدينة أمس.",
     "attack", "مسلحين", "الجيش"),
    ("قتلت قوات الأمن ستة إرهابيين خلال مداهمة في الضواحي أمس.",
     "raid", "إرهابيين", "قوات الأمن"),
    ("أصاب الجيش خمسة مسلحين في هجوم على قافلة شمال البلاد أمس.",
     "attack", "مسلحين", None),
    ("الجيش قتل أربعة مسلحين خلال هجوم على نقطة تفتيش قرب المدينة أمس.",
     "attack", "مسلحين", "الجيش"),
])
def test_counted_object_of_a_harm_verb_is_no_doer(
        text: str, typ: str, slain: str, doer: str | None) -> None:
    found = roles(text, typ)
    assert ("agent", slain) not in found
    assert any(r in ("target", "victim") and m == slain for r, m in found)
    if doer is not None:
        assert ("agent", doer) in found


# The count is what the deed befell even where no slot would take it otherwise
# (forces and civilians before a deed noun): its doer stays the verb's subject.
@pytest.mark.parametrize(("text", "slain", "doer"), [
    ("قتل مسلحون أربعة جنود خلال هجوم على نقطة تفتيش قرب المدينة أمس.", "جنود", "مسلحون"),
    ("قتل مسلحو داعش ستة مدنيين في هجوم على قرية شمال المدينة أمس.", "مدنيين", "مسلحو داعش"),
])
def test_counted_object_is_what_the_deed_befell(text: str, slain: str, doer: str) -> None:
    found = roles(text, "attack")
    assert any(r in ("target", "victim") and m == slain for r, m in found)
    assert ("agent", doer) in found


# With no subject between the verb and the count the verb is the passive and
# the count its subject: those killed in an attack may have made it; and in
# a clash both sides fight, whoever fell.
@pytest.mark.parametrize(("text", "typ"), [
    ("قتل الجيش أربعة مسلحين خلال اشتباكات قرب المدينة أمس.", "armed_clash"),
])
def test_fallen_of_a_clash_stay_a_side(text: str, typ: str) -> None:
    assert ("agent", "مسلحين") in roles(text, typ)


# A wound told with the gunfire that dealt it is a shooting, whoever named.
@pytest.mark.parametrize(("text", "victim", "doer"), [
    ("أصيب عدد من رجال الأمن برصاص قناص في وسط المدينة أمس.", "رجال الأمن", None),
    ("وأصيب شرطيان بجروح بنيران مسلحين مجهولين قرب مركز الحدود أمس.", "شرطيان",
     "مسلحين مجهولين"),
    ("جرح ثلاثة جنود برصاص المتمردين في الجبال أمس.", "جنود", "المتمردين"),
])
def test_wound_by_gunfire_is_a_shooting(text: str, victim: str, doer: str | None) -> None:
    assert asserted_types(text, REF) == ["attack"]
    found = roles(text, "attack")
    assert ("victim", victim) in found
    if doer is not None:
        assert ("agent", doer) in found


def test_wound_by_gunfire_counts_the_wounded() -> None:
    [e] = eventx.extract("أصيب أربعة من رجال الشرطة برصاص قناص في المدينة أمس.",
                         reference_date=REF)
    assert {c.kind: c.value for c in e.counts} == {"wounded": 4}


# A bare wound is a toll with no incident to join; so is one told with no gunfire.
@pytest.mark.parametrize("text", [
    "أصيب لاعب الفريق بجروح في ركبته خلال التمرين أمس.",
    "أصيب عشرة أشخاص في حادث سير على الطريق السريع أمس.",
])
def test_wound_without_gunfire_is_no_incident(text: str) -> None:
    assert asserted_types(text, REF) == []


# A group noun with an adjective of militancy names a generic armed actor.
@pytest.mark.parametrize(("text", "doer"), [
    ("هاجمت جماعة متشددة قرية نائية في الشمال أمس.", "جماعة متشددة"),
    ("هاجمت مجموعة إسلامية متشددة سوقا شعبيا في الشمال أمس.", "مجموعة إسلامية متشددة"),
    ("هاجم فصيل مسلح نقطة عسكرية في الجنوب أمس.", "فصيل مسلح"),
    ("هاجمت الجماعات المتطرفة مواقع للجيش في الشرق أمس.", "الجماعات المتطرفة"),
    ("هاجم المقاتلون مواقع الجيش في الريف الشرقي أمس.", "المقاتلون"),
])
def test_generic_armed_group_is_the_doer(text: str, doer: str) -> None:
    assert ("agent", doer) in roles(text, "attack")


def test_qualified_keys_resolve_to_the_generic_actor() -> None:
    d = ActorDictionary.default()
    for phrase, canon in [("جماعة متشددة", "militants"), ("الجماعات الجهادية", "militants"),
                          ("تنظيم إرهابي", "terrorists"), ("خلايا تكفيرية", "takfiri militants")]:
        entry = d.lookup(normalize_key(phrase))
        assert entry is not None and entry.info.name_en == canon, phrase
    # the singular with the article points back to the group named before
    entry = d.lookup(normalize_key("التنظيم الجهادي"))
    assert entry is not None and entry.anaphor
    assert d.lookup(normalize_key("المجموعة المتطرفة")) is None


# A definite singular with the adjective is an anaphor of the group named
# before, not the generic actor the article-less reading of its words names.
@pytest.mark.parametrize("phrase", ["الجماعة المتشددة", "الجماعة المسلحة", "التنظيم الجهادي"])
def test_definite_group_noun_points_back(phrase: str) -> None:
    text = (f"هاجمت حركة الشباب قاعدة عسكرية في الجنوب أمس. "
            f"وقالت الشرطة إن {phrase} قتلت عشرة جنود في الهجوم.")
    names = {a.info.name_en for e in eventx.extract(text, reference_date=REF)
             for a in e.actors if a.role == "agent"}
    assert names == {"al-Shabaab"}


# Fighters in the genitive or accusative are as often those a deed befell:
# only the nominative names them.
def test_fighters_in_the_genitive_are_no_doers() -> None:
    found = roles("قتل الجيش عشرين من المقاتلين في الريف الشرقي أمس.", "raid") + roles(
        "قتل الجيش عشرين من المقاتلين في الريف الشرقي أمس.", "killing")
    assert not any(r == "agent" and "المقاتلين" in m for r, m in found)
