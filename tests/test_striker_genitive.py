"""The genitive after a shelling noun: a force that strikes did it, a group's
name or people were hit.

The seventeenth session's audit found half the forces named right after قصف
read as its target ("جراء قصف الجيش … مخيما"، "من قصف قوات الأسد"، "إن قصف
ميليشيات الحوثي دمر").  The head word tells the doer (eventx.striker_heads,
``striker_heads`` in data/grammar_words.toml; rules/core/slots.toml)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.grammar_words import words
from eventx.striker_heads import names_striker
from probe import all_role_mentions, roles_of

REF = "2016-05-10"


# a force named as the genitive of the shelling noun shelled
@pytest.mark.parametrize(("text", "name"), [
    ("قالت منظمة إغاثة إن عشرة مدنيين قتلوا جراء قصف الجيش الحكومي قرية في الشمال.", "الجيش"),
    ("وطالب المجلس بحماية المدينة من قصف قوات النظام قبل نهاية الشهر.", "قوات النظام"),
    ("وقتل أربعة مزارعين بقصف قوات النظام بالصواريخ قرية في الريف أمس.", "قوات النظام"),
    # قصف after إن is read as a verb with no subject: the force after it is its subject
    ("وقال المسؤول إن قصف ميليشيات الحوثي دمر الأحياء السكنية في المدينة.", "ميليشيات الحوثي"),
])
def test_a_striking_force_after_the_shelling_noun_did_it(text: str, name: str) -> None:
    assert roles_of(text, "rocket_strike", name, REF) == {"agent"}


# a group's name, or people, after the noun are what it hit
@pytest.mark.parametrize(("text", "name"), [
    ("وأكد الوزير أن الحكومة ستواصل قصف التنظيم في معاقله.", "التنظيم"),
    ("وقتل خمسة أشخاص في قصف المدنيين في السوق أمس.", "المدنيين"),
    ("وأعلنت الحكومة مواصلة حملة قصف حزب العمال الكردستاني في الجبال.", "حزب العمال"),
])
def test_a_named_group_or_people_after_the_noun_were_hit(text: str, name: str) -> None:
    roles = {r for r, m in all_role_mentions(text, "rocket_strike", REF) if name in m}
    assert roles and "agent" not in roles, roles


@given(st.sampled_from(sorted(words("striker_heads"))), st.sampled_from(["", "و", "ب", "ل", "وب"]))
def test_a_head_word_behind_proclitics_names_a_striker(head: str, glued: str) -> None:
    if glued.endswith("ل") and head.startswith("ال"):
        head = head[1:]  # ل + the article: للقوات
    assert names_striker(glued + head)


@given(st.sampled_from(sorted(words("striker_heads"))), st.sampled_from(["ها", "هم", "نا"]))
def test_a_head_word_with_a_pronoun_names_no_striker(head: str, pronoun: str) -> None:
    # "قواتها": whose forces; the owner rules read it, not this one
    if head.startswith("ال"):
        head = head[2:]
    if head.endswith("ه"):
        head = head[:-1] + "ت"  # the feminine ending before a pronoun: مدفعيتها
    assert not names_striker(head + pronoun)
