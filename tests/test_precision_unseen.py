"""Look-alikes found by auditing random corpus articles outside the dev set.

Each case is a class of phrasing (written here in corpus style, not copied)
that read as an asserted event: the medium of an interview, a meeting to
come, adopting an idea, a participle of circumstance, a recurring or tallied
pattern, sport, pretending, being in touch, a clitic misreading.  The
positive cases beside them make sure the real event of the same shape stays.
"""
from __future__ import annotations

import pytest

import eventx
from probe import asserted_types, typed

REF = "2015-08-02"


def found(text: str) -> list[tuple[str, str]]:
    return typed(text, REF)


def asserted(text: str) -> set[str]:
    return set(asserted_types(text, REF))


@pytest.mark.parametrize("text", [
    "وأوضح المحافظ في اتصال هاتفي لـ«الوطن» أن الطريق سيفتح خلال أيام.",
    "وقال مدير المستشفى في اتصال هاتفي مع برنامج إذاعي إن المصابين في حالة مستقرة.",
    "وأكد الناطق في اتصال هاتفي مع الجريدة أن التحقيق متواصل.",
    "وشدد النائب في اتصال هاتفي بوكالة الأنباء على ضرورة الإسراع في الإصلاحات.",
    "وقالت الطالبة إنها على اتصال مع صديقاتها عبر مواقع التواصل.",
])
def test_interview_or_contact_is_no_call(text: str) -> None:
    assert "phone_call" not in asserted(text)


@pytest.mark.parametrize("text", [
    "تلقى ولي العهد اتصالا هاتفيا أمس من رئيس الوزراء البريطاني.",
    "وبحث الرئيس في اتصال هاتفي أجراه مع نظيره الفرنسي تطورات الأوضاع في المنطقة.",
])
def test_real_calls_stay(text: str) -> None:
    assert "phone_call" in asserted(text)


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن وزير الخارجية سيعقد اجتماعا مع نظيره الأردني في عمان.",
    "وأعلنت الوزارة أن لقاء ثلاثيا سيعقد في الدوحة اليوم يضم وزراء الخارجية.",
    "ومن المقرر أن يعقد الاجتماع الوزاري في جدة بحضور وزراء الدول الأعضاء.",
    "ويعقد وزراء الداخلية العرب اجتماعهم في تونس الأسبوع المقبل.",
    "وتوجه المبعوث الأممي إلى دمشق لإجراء محادثات مع المسؤولين السوريين.",
])
def test_meetings_to_come_are_planned(text: str) -> None:
    kinds = found(text)
    assert ("meeting", "planned") in kinds
    assert "meeting" not in asserted(text)


def test_a_meeting_held_stays_asserted() -> None:
    assert "meeting" in asserted("واستقبل أمير المنطقة أمس في مكتبه سفير اليابان لدى المملكة.")


def test_talks_as_a_topic_are_no_meeting() -> None:
    assert "meeting" not in asserted("وتهيمن على المحادثات قضية الحرب على الإرهاب والملف النووي.")


@pytest.mark.parametrize("text", [
    "وتبين من التحريات تبنيه للفكر التكفيري منذ سنوات.",
    "ورحب رئيس البلدية بالمقترح وتبناه لتحقيق رغبة السكان.",
    "وتربى الطفل في أسرة بالتبني بعد وفاة والديه.",
    "وقال أحد الشهود طالبا عدم الكشف عن هويته إن الشرطة طوقت المكان.",
    "وأمضى الرجل ساعات أمام القنصلية طالبا تأشيرة سفر.",
])
def test_no_statement_in_other_senses(text: str) -> None:
    assert "statement" not in asserted(text)


@pytest.mark.parametrize("text", [
    "وتبنى تنظيم داعش الهجوم الذي استهدف المسجد.",
    "وطالب رئيس الجمهورية الحكومة بفتح تحقيق في الحادث.",
])
def test_statements_stay(text: str) -> None:
    assert "statement" in asserted(text)


@pytest.mark.parametrize("text", [
    # recurring, tallied, accused, tried, one of many, an example
    "وتشهد المنطقة الحدودية مواجهات منتظمة بين المهربين وقوات الجيش.",
    "وقالت المنظمة إن 3000 مدني قتلوا خلال النصف الأول من هذا العام.",
    "ويتهم الناشطون الميليشيات بشن هجمات على القرى المجاورة.",
    "ولقي شقيقه حتفه في إحدى المعارك قبل سنوات.",
    "وتحاول الأدوية الجديدة قتل الخلايا المصابة.",
    # a haul of seized arms, a stampede
    "وتم حجز 40 قطعة سلاح و5000 إطلاقة و30 قذيفة خلال المداهمات.",
    "ولقي 17 شخصا حتفهم في تدافع عند مدخل الملعب.",
])
def test_no_security_incident(text: str) -> None:
    assert not asserted(text) & {"attack", "armed_clash", "rocket_strike", "air_strike", "bombing",
                                 "killing"}


@pytest.mark.parametrize("text", [
    "وأعرب الاتحاد عن احتجاجه على قرار الحكم.",
    "فتظاهر بأنه نائم حتى غادر اللصوص المنزل.",
])
def test_no_protest(text: str) -> None:
    assert "protest" not in asserted(text)


@pytest.mark.parametrize("text", [
    "وقال رئيس النادي في تصريحات للصحفيين إن الفريق جاهز للمباراة.",
    "ودعت رئيسة الجامعة الجماهير إلى الحضور بكثافة لمساندة اللاعبين في المباريات.",
])
def test_sport_talk_is_no_statement(text: str) -> None:
    assert "statement" not in asserted(text)


def test_his_ministry_is_no_visit() -> None:
    assert "meeting" not in asserted("وأكد الوزير أن وزارته ستواصل متابعة الملف مع الجهات المعنية.")
    assert "meeting" in asserted("وزار الملك أمس المستشفى الميداني في جازان.")


def test_marches_are_no_drones() -> None:
    evs = eventx.extract("وخرج التونسيون في مسيرات منددة بهجوم سوسة الإرهابي.", reference_date=REF)
    assert all(e.type != "rocket_strike" for e in evs)
