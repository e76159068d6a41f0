"""Actor roles left by the q13a audit: co-doers joined to a deed noun's doer,
a deed's means, and the shooters between إطلاق and the fire.

The sentences are made up in the phrasing the corpus shows; look-alikes that
must keep their reading stand beside them.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-08-10"


def roles(text: str, typ: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, typ, REF)


# An actor joined by و to the doer a deed noun names (its genitive, its
# ل-phrase, or the phrase after "من قبل") did the deed with it, down the list.
@pytest.mark.parametrize(("text", "typ", "doers"), [
    ("وتكبد التنظيم خسائر كبيرة بضربات جوية للتحالف الدولي والطيران العراقي في الموصل.",
     "air_strike", ["للتحالف الدولي", "والطيران العراقي"]),
    ("وقتل عشرات المسلحين بغارات طائرات التحالف، والجيش العراقي والقوة الجوية العراقية على مواقعهم.",
     "air_strike", ["طائرات التحالف", "والجيش العراقي", "والقوة الجوية العراقية"]),
    ("وأصيب جنديان في قصف للمتمردين وقوات صالح على أحياء سكنية.",
     "rocket_strike", ["للمتمردين", "وقوات صالح"]),
    ("وأدان الوزير الهجمات المتكررة من قبل تنظيم القاعدة وداعش.", "attack", ["تنظيم القاعدة", "وداعش"]),
])
def test_conjunct_of_a_deed_nouns_doer_is_a_codoer(text: str, typ: str, doers: list[str]) -> None:
    found = roles(text, typ)
    for doer in doers:
        assert ("agent", doer) in found
    assert not any(r == "target" and t in doers for r, t in found)


# The genitive of an استفعال noun is its object, and so are its conjuncts.
def test_conjunct_after_an_object_genitive_noun_is_no_doer() -> None:
    text = "وتواصل القوات حملة لاستهداف تنظيم داعش وحزب العمال الكردستاني في المنطقة."
    assert ("agent", "وحزب العمال الكردستاني") not in roles(text, "attack")


# A conjunct joined to an actor that took the agent role by some other way than
# being the deed noun's doer ("قتيلين هما المهاجم وحارس الأمن") shares nothing.
def test_conjunct_of_a_far_agent_takes_no_agent_role() -> None:
    text = "وخلف التفجير الانتحاري قتيلين هما المهاجم وحارس الأمن الذي اعترضه."
    assert ("agent", "وحارس الأمن") not in roles(text, "bombing")


# What follows باستخدام is what the deed was done with: no party to it.
def test_means_after_bistikhdam_is_no_target() -> None:
    text = "ونفذت غارات التحالف باستخدام مقاتلات تورنادو ضد مواقع تنظيم داعش في العراق."
    found = roles(text, "air_strike")
    assert not any(t == "مقاتلات" for _, t in found)
    assert ("agent", "التحالف") in found


# "إطلاق X النار": X is the genitive subject of opening fire, the shooters.
def test_phrase_between_itlaq_and_the_fire_shot() -> None:
    text = "وقتل شرطي إثر إطلاق مسلحين مجهولين النار على سيارة في القاهرة."
    found = roles(text, "killing")
    assert ("agent", "مسلحين مجهولين") in found
    assert ("victim", "شرطي") in found
    assert ("victim", "مسلحين مجهولين") not in found
