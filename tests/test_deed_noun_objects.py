"""Whom a deed noun names after it: its object or its doer.

A transitive deed noun (استهداف، اغتيال، اختطاف، احتجاز …; classes.toml:
object_genitive) takes what it struck as its genitive or ل-phrase; its
genitive is the doer only when the object follows it.  A deed noun whose
genitive is mostly its doer (هجوم، غارات، قصف) keeps it.  After a verb, the
ل-phrase of the deed noun that follows the verb names who did it.

The sentences are made up in the phrasing the corpus shows.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probe import all_role_mentions

REF = "2015-08-10"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# the genitive, or the ل-phrase, of a transitive deed noun is what it struck
@pytest.mark.parametrize(("text", "typ", "struck"), [
    ("وقالت الحكومة إن الحملة العسكرية تهدف لاستهداف تنظيم داعش في شمال البلاد.",
     "attack", "تنظيم داعش"),
    ("وتواصل القوات التركية استهداف تنظيم داعش في سوريا منذ أسابيع.", "attack", "تنظيم داعش"),
    ("وهو متورط في جرائم قتل واستهداف للقوات الأمنية في المحافظة.", "attack", "للقوات الأمنية"),
    ("وأدانت الحكومة الاستهداف المتكرر للقوات الأمنية في الأنبار.", "attack", "للقوات الأمنية"),
])
def test_object_of_a_transitive_deed_noun_is_no_doer(text: str, typ: str, struck: str) -> None:
    found = roles(text, typ)
    assert ("agent", struck) not in found
    assert ("target", struck) in found


# the genitive before the object it struck is the doer: a ل-phrase (also a
# pronoun's, after the genitive's adjectives), an accusative, a construct noun
@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وقتل خمسة مدنيين جراء استهداف الحوثيين لحي سكني في تعز.", "attack", "الحوثيين"),
    ("وفر السكان بعد استهداف الطيران الحربي النظامي لقرى سهل الغاب.", "air_strike", "الطيران الحربي"),
    ("وقتل ثلاثة جنود إثر استهداف مسلحي داعش رتلا عسكريا قرب المدينة.", "attack", "مسلحي داعش"),
    ("وتأتي الخطوة بعد استهداف طيران التحالف سلسلة غارات على المعسكر.", "air_strike", "طيران التحالف"),
])
def test_genitive_before_its_object_is_the_doer(text: str, typ: str, doer: str) -> None:
    assert ("agent", doer) in roles(text, typ)


# a deed noun whose genitive is its doer keeps it
@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وأدانت الحكومة هجوم داعش على القرية.", "attack", "داعش"),
    ("وقتل خمسة مدنيين في غارات التحالف على المدينة.", "air_strike", "التحالف"),
])
def test_doer_genitive_noun_keeps_its_doer(text: str, typ: str, doer: str) -> None:
    assert ("agent", doer) in roles(text, typ)


# after a verb, the ل-phrase of the deed noun that follows it is the noun's doer
@pytest.mark.parametrize(("text", "doer"), [
    ("وشنت ضربات جوية للتحالف الدولي على مواقع المسلحين قرب الموصل أمس.", "للتحالف الدولي"),
    ("واستهدفت غارات للجيش التركي مواقع المسلحين في شمال العراق.", "للجيش التركي"),
])
def test_lam_phrase_of_a_verbs_deed_noun_is_its_doer(text: str, doer: str) -> None:
    found = roles(text, "air_strike")
    assert ("agent", doer) in found
    assert ("target", doer) not in found


# whatever time or manner word follows the genitive, it names no object: the
# genitive stays what the deed struck
@settings(max_examples=15, deadline=None)
@given(st.sampled_from(["أيضا", "مجددا", "مؤخرا", "خلال الفترة الماضية", "في سوريا", "منذ أسابيع",
                        "قرب الحدود"]))
def test_time_or_manner_after_the_genitive_leaves_it_the_object(tail: str) -> None:
    text = f"وتواصل القوات التركية استهداف تنظيم داعش {tail}."
    found = roles(text, "attack")
    assert ("agent", "تنظيم داعش") not in found
