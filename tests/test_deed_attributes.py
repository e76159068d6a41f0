"""A suicide adjective after an attack or bombing noun names no doer.

انتحاري is both the noun "suicide bomber" and the adjective "suicide".  After
a deed noun it agrees with (article and number) it describes the deed:
"الاعتداء الانتحاري"، "تفجيرين انتحاريين"، "هجوم أمس الاثنين الانتحاري".  Read as
a mention it became the doer of that deed and of the verb after it.  The
noun stays a doer where it is one: a verb's subject, a killing's genitive.
Sentences are the tests' own.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

import eventx
from eventx.deed_attributes import deed_attribute
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import tokenize

REF = "2015-07-22"


def actor_mentions(text: str) -> list[tuple[str, str, str]]:
    """(type, role, mention) of every actor of every event."""
    return [(e.type, a.role, a.mention.text) for e in eventx.extract(text, reference_date=REF)
            for a in e.actors]


@pytest.mark.parametrize("text", [
    "وندد الوزير بهجوم أمس الخميس الانتحاري على مسجد في المدينة.",
    "وقتل عشرة أشخاص في تفجيرين انتحاريين استهدفا سوقا شعبيا في بغداد.",
    "وحمل الرئيس الجماعة مسؤولية الاعتداء الانتحاري الذي استهدف مسجدا في الكويت.",
    "واستهدف تفجيران انتحاريان حاجزا للشرطة في ديالى.",
    "وشددت الشرطة الإجراءات الأمنية بعد الهجومين الانتحاريين في العاصمة.",
    "وجاء الحادث بعد أسبوع على اعتداء انتحاري وقع في سوق المدينة.",
])
def test_suicide_adjective_of_a_deed_noun_is_no_actor(text: str) -> None:
    assert not [m for m in actor_mentions(text) if "انتحاري" in m[2]]


@pytest.mark.parametrize(("text", "etype", "role"), [
    ("وفجر انتحاري نفسه في سوق شعبي ببغداد.", "bombing", "agent"),
    ("وقال مسؤول إن انتحاريين فجرا نفسيهما قرب حاجز للجيش.", "bombing", "agent"),
])
def test_the_noun_stays_a_doer(text: str, etype: str, role: str) -> None:
    assert (etype, role) in {(t, r) for t, r, m in actor_mentions(text) if "انتحاري" in m}


@given(st.lists(st.sampled_from(["هجوم", "أمس", "الانتحاري", "انتحاري", "(", ")", "في",
                                 "تفجيرين", "انتحاريين", "الاثنين"]), min_size=1, max_size=8))
def test_no_deed_noun_no_attribute(words: list[str]) -> None:
    """Without a deed noun's hit before it, no word is an attribute."""
    tokens = tokenize(normalize_text(" ".join(words)))  # the pipeline tokenises normalised text
    assert not any(deed_attribute(tokens, i, i, [], lambda h: True) for i in range(len(tokens)))


# --- a deed noun's joined genitives before its ل-object -----------------------

@pytest.mark.parametrize("text", [
    "وانقطعت الكهرباء بعد قصف الحوثيين وقوات صالح لمحطة التوليد الرئيسية في المدينة.",
    "ونزح آلاف السكان جراء قصف المتمردين والميليشيات لأحياء المدينة السكنية.",
])
def test_joined_genitives_before_a_lam_object_are_doers(text: str) -> None:
    roles = [(r, m) for t, r, m in actor_mentions(text) if t == "rocket_strike"]
    assert roles and all(r == "agent" for r, _ in roles[:2]), roles


def test_a_genitive_before_what_the_deed_fell_on_is_its_doer() -> None:
    found = [(r, m) for t, r, m in actor_mentions(
        "وقتل ثلاثة مدنيين جراء قصف ميليشيات الحوثي على حي سكني في تعز.") if t == "rocket_strike"]
    assert ("agent", "ميليشيات الحوثي") in found


@pytest.mark.parametrize("text", [
    "وأدانت الحكومة اغتيال الضابط على يد مسلحين مجهولين في وسط المدينة.",
    "وأكدت المصادر اغتيال الضابط على الفور بعد خروجه من منزله.",
])
def test_an_idiom_after_the_genitive_leaves_it_the_victim(text: str) -> None:
    found = [(r, m) for t, r, m in actor_mentions(text) if t == "killing"]
    assert ("victim", "الضابط") in found
