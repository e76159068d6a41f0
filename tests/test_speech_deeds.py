"""A speech verb's speaker is no party to the deed it reports, and the deed's
own arguments after it are (slots.toml: before&cuefar:speech_verb,
cuelater:speech_verb).  "وأعلنت القوات تصفية المسلحين" named no victim while
every actor ten words after أعلن, أكد or أشار was dropped; the sayer before
the deed and the one named by a speech verb after it still take no role.
The sentences are made up in the corpus's phrasing.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-08-10"


@pytest.mark.parametrize(("text", "typ", "role", "who"), [
    ("وأكدت المصادر اغتيال الضابط في وسط المدينة أمس.", "killing", "victim", "الضابط"),
    ("وأعلنت وزارة الداخلية مقتل ثلاثة جنود في هجوم مسلح على حاجز أمني.", "attack", "victim", "جنود"),
    ("وأشار المسؤول إلى مقتل عشرة مدنيين جراء انفجار عبوة ناسفة في السوق.", "bombing", "victim", "مدنيين"),
    ("وأكد المتحدث شن طائرات التحالف غارات على مواقع المتمردين في الجبال.", "air_strike", "agent",
     "طائرات التحالف"),
    ("وقال البيان إن الهجوم نفذه مسلحون مجهولون على نقطة تفتيش.", "attack", "agent", "مسلحون"),
])
def test_the_deed_after_a_speech_verb_keeps_its_arguments(text: str, typ: str, role: str, who: str) -> None:
    found = all_role_mentions(text, typ, REF)
    assert any(r == role and who in m for r, m in found), found


@pytest.mark.parametrize(("text", "typ", "sayer"), [
    ("وأكدت الشرطة مقتل شخصين في المدينة.", "killing", "الشرطة"),
    ("قتل خمسة أشخاص في انفجار سيارة مفخخة، وقال الجيش إن التحقيق جار.", "bombing", "الجيش"),
    ("قتل ثلاثة مدنيين في غارة جوية على القرية، حسبما أفاد المرصد السوري لحقوق الإنسان.", "air_strike",
     "المرصد"),
])
def test_the_speaker_stays_no_party(text: str, typ: str, sayer: str) -> None:
    assert not any(sayer in m for _, m in all_role_mentions(text, typ, REF))


def test_a_verbal_noun_with_its_subject_then_a_counted_object() -> None:
    text = "وأكدت المصادر تصفية رجال الأمن ستة مسلحين في عملية خاصة."
    found = all_role_mentions(text, "killing", REF)
    assert ("agent", "رجال الأمن") in found
    assert ("victim", "مسلحين") in found


def test_a_verbal_noun_genitive_alone_is_still_the_victim() -> None:
    assert ("victim", "الضابط") in all_role_mentions(
        "وأكدت المصادر اغتيال الضابط في وسط المدينة.", "killing", REF)


@pytest.mark.parametrize(("text", "doer"), [
    ("وأكد المسؤول مقتل جميع عناصر داعش المشاركين في الهجوم على الحاجز.", "عناصر داعش"),
    ("وأسفر الهجوم عن مقتل ضابط، إضافة لمقتل الجندي الذي فتح النار على زملائه.", "الجندي"),
])
def test_who_died_taking_part_in_the_attack_did_it(text: str, doer: str) -> None:
    found = all_role_mentions(text, "attack", REF)
    assert ("agent", doer) in found
    assert ("victim", doer) not in found


def test_who_died_guarding_stays_a_victim() -> None:
    found = all_role_mentions("وأسفر الهجوم عن مقتل الجندي الذي كان يحرس الحاجز.", "attack", REF)
    assert ("victim", "الجندي") in found


def test_an_execution_after_a_speech_verb_keeps_its_arguments() -> None:
    """killing.execution hides the speaker only, as the deed slots do."""
    found = all_role_mentions("وذكرت مصادر محلية إعدام مسلحي داعش ثلاثة مدنيين في بلدة قرب الموصل.",
                              "killing", REF)
    assert ("agent", "مسلحي داعش") in found
    assert ("victim", "مدنيين") in found
    assert not [m for r, m in found if "مصادر" in m]


@pytest.mark.parametrize(("text", "who"), [
    ("وتلقت الناشطة تهديدات بالقتل من طالبان بعد ظهورها على التلفزيون.", "طالبان"),
    ("وتلقى الصحفي تهديدا بالقتل من تنظيم داعش بعد نشر التقرير.", "تنظيم داعش"),
])
def test_who_threatens_a_killing_is_no_victim_of_it(text: str, who: str) -> None:
    found = all_role_mentions(text, "killing", REF)
    assert ("victim", who) not in found
    assert ("agent", who) in found
