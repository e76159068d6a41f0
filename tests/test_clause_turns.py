"""An actor told in another clause than the deed's is no party to it.

Read on unseen corpus articles (seeds 391-395): a turn of contrast (لكن، إلا
أن، غير أن) and a relative clause added with و (والذي، والتي) open a clause
of their own after a deed; the names in it answered, denied or describe
something, and were read as the deed's target or doer.  The deed's own
parties, and the site a relative clause's placing verb names, stay.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from probe import role_mentions, roles_of

REF = "2017-03-12"


def _names(text: str, etype: str) -> list[str]:
    return [m for _, m in role_mentions(text, etype, REF)]


# ---- a turn of contrast ------------------------------------------------------

def test_who_answered_the_attack_after_illa_anna_is_no_target() -> None:
    text = "هاجم مسلحون حاجزا أمنيا في مدينة العريش، إلا أن قوات الأمن تصدت لهم."
    assert roles_of(text, "attack", "مسلحون", REF) == {"agent"}
    assert not roles_of(text, "attack", "قوات الأمن", REF)


def test_who_denied_after_lakin_is_no_party() -> None:
    text = "وقصفت طائرات حربية مواقع في ريف إدلب أمس، لكن روسيا نفت أي دور لها في القصف."
    assert not any("روسيا" in m for m in _names(text, "air_strike"))


def test_the_suspect_after_illa_annahu_is_no_target() -> None:
    text = "ولم تعلن أي جهة مسؤوليتها عن الهجوم على الثكنة، إلا أنه يحمل بصمات حركة بوكو حرام."
    for ev in eventx.extract(text, reference_date=REF):
        if ev.type == "attack":
            assert not any(a.role == "target" and "بوكو" in a.mention.text for a in ev.actors)


def test_a_turn_before_the_deed_leaves_its_own_parties() -> None:
    # the deed told after the turn keeps its subject and object
    text = "وكان الوضع هادئا في المدينة، لكن مسلحين هاجموا حاجزا للشرطة مساء أمس."
    assert roles_of(text, "attack", "مسلحين", REF) == {"agent"}


# ---- a relative clause added with و -------------------------------------------

def test_who_turned_the_building_into_a_clinic_is_no_target() -> None:
    text = ("وقالت مصادر محلية إن طيران التحالف استهدف بغارتين مبنى مركز الملاريا بمدينة حيس، "
            "والذي حوله الحوثيون منذ فترة إلى مركز طبي.")
    assert roles_of(text, "air_strike", "التحالف", REF) == {"agent"}
    assert not any("الحوثي" in m for m in _names(text, "air_strike"))


def test_the_site_a_joined_relative_places_stays_the_target() -> None:
    text = "وأدان الوزير التفجير الإرهابي أمس، والذي استهدف مسجدا في مدينة أبها."
    ev = next(e for e in eventx.extract(text, reference_date=REF) if e.type == "bombing")
    assert any(a.role == "target" and "مسجد" in a.mention.text for a in ev.actors)


# ---- property: an added turn takes nothing from the deed before it --------------

_DEEDS = [
    ("هاجم مسلحون حاجزا للجيش في مدينة العريش", "attack"),
    ("اعتقلت الشرطة ثلاثة مشتبه بهم في مدينة سوسة", "arrest"),
    ("شن طيران التحالف غارات على مواقع الحوثيين في صعدة", "air_strike"),
]
_TURNS = ["لكن", "إلا أن", "غير أن", "فيما", "في حين"]
_SUBJECTS = ["وزارة الداخلية", "الحكومة التونسية", "الأمم المتحدة", "روسيا"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_DEEDS), st.sampled_from(_TURNS), st.sampled_from(_SUBJECTS))
def test_a_turn_adds_no_party_to_the_deed(deed: tuple[str, str], turn: str, subject: str) -> None:
    text, etype = deed
    alone = role_mentions(text + ".", etype, REF)
    turned = role_mentions(f"{text}، {turn} {subject} لم تعلق على الحادث.", etype, REF)
    assert set(turned) <= set(alone)
    assert not any(subject in m for _, m in turned)


# ---- a connective adding another clause (كما، فيما، في حين) -------------------

def test_who_promised_after_fima_is_no_target_of_the_strike() -> None:
    text = ("للمرة الأولى قصفت طائرات حربية تركية أهدافا لتنظيم داعش في سوريا أمس، "
            "فيما وعد الرئيس التركي رجب طيب أردوغان باتخاذ إجراءات أكثر حسما.")
    assert not roles_of(text, "air_strike", "أردوغان", REF)
    assert roles_of(text, "air_strike", "داعش", REF) == {"target"}


def test_who_cancelled_a_tour_after_fi_hin_is_no_target_of_the_raid() -> None:
    text = ("وقد قامت الشرطة الفرنسية بمداهمة منزل الإرهابي القتيل، "
            "في حين ألغى الرئيس الفرنسي فرانسوا أولاند جولة رئاسية مبرمجة يوم غد.")
    assert roles_of(text, "raid", "الشرطة", REF) == {"agent"}
    assert not roles_of(text, "raid", "أولاند", REF)


def test_the_deed_after_kama_keeps_its_own_subject() -> None:
    text = "وقصف طيران التحالف مواقع للحوثيين في صعدة أمس، كما هاجم مسلحون حاجزا للجيش في مأرب."
    evs = [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
    assert evs and any(a.role == "agent" and "مسلحون" in a.mention.text for a in evs[0].actors)


def test_a_target_told_with_baynama_stays() -> None:
    # "while" tells the deed's own moment: the convoy passing is what the mine hit
    text = "قتل جندي تركي عندما انفجر لغم أرضي بينما كانت قافلة عسكرية تمر على طريق في مدينة مديات."
    ev = next(e for e in eventx.extract(text, reference_date=REF) if e.type == "bombing")
    assert any("قافلة" in a.mention.text for a in ev.actors)


# ---- the speaker of a later clause (verb first, then its subject) ----------------

def test_who_explained_the_arrest_is_no_target() -> None:
    text = "اعتقلت الشرطة التونسية ثلاثة أشخاص في مدينة سوسة، وأوضحت وزارة الداخلية أنهم مطلوبون."
    assert roles_of(text, "arrest", "الشرطة", REF) == {"agent"}
    assert not roles_of(text, "arrest", "وزارة الداخلية", REF)


def test_who_regretted_the_downing_is_no_target() -> None:
    text = "عقب مرور سنة على إسقاط الطائرة الماليزية أعرب الاتحاد الأوروبي أمس عن أسفه."
    for ev in eventx.extract(text, reference_date=REF):
        if ev.type == "attack":
            assert not any("الاتحاد" in a.mention.text for a in ev.actors)


def test_the_source_after_bihasab_is_no_party() -> None:
    text = "أوقفت وحدات الحرس الوطني شخصين في بنقردان يوم أمس، بحسب وزارة الداخلية."
    assert not roles_of(text, "arrest", "وزارة الداخلية", REF)


def test_a_speech_verb_before_the_deed_leaves_its_parties() -> None:
    # the verb of saying stands before the deed: the names after the deed are its own
    text = "وقالت مصادر أمنية إن مسلحين هاجموا حاجزا للجيش في مدينة العريش أمس."
    assert roles_of(text, "attack", "مسلحين", REF) == {"agent"}
