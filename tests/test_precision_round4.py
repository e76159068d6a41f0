"""Precision round four: look-alikes met on fresh corpus articles.  A news
agency cited for a report takes no side of the deed and names no place; a
joint operation's partner acts too; satellite launches, prayers, lasting
ceasefires and deeds a group failed to do are no reported incidents."""
from __future__ import annotations

import eventx
from probe import role_mentions

REF = "2017-03-18"


def reported(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of the events told as having happened."""
    return [(e.type, e.trigger.text) for e in eventx.extract(text, reference_date=REF)
            if e.modality in ("asserted", "claimed")]


def test_a_news_agency_is_no_raider_nor_a_place() -> None:
    text = ("وقال مصدر أمني لوكالة تونس افريقيا للأنباء إنه تمت مداهمة مسكنه إثر الاشتباه "
            "في تحركاته وبعد إذن من النيابة العمومية.")
    for ev in eventx.extract(text, reference_date=REF):
        assert ev.location is None or ev.location.name_en not in ("Africa", "Tunisia")
        assert all(a.role != "agent" for a in ev.actors)
    places = [e for e in eventx.entities(text) if e.to_dict()["label"] == "PLACE"]
    assert not places


def test_a_call_to_the_agency_is_an_interview() -> None:
    text = ("وأوضح الوزير، في اتصال هاتفي بوكالة تونس إفريقيا للأنباء، أن الخبر الذي نقلته "
            "هذه المواقع لا أساس له من الصحة.")
    assert not [t for t, _ in reported(text) if t == "phone_call"]


def test_the_partner_of_a_joint_operation_acts_too() -> None:
    got = dict((m, r) for r, m in role_mentions(
        "أوقفت الشرطة الإسبانية رجلا من مليلية في إطار عملية مشتركة مع السلطات المغربية.",
        "arrest", REF))
    assert got.get("الشرطة الإسبانية") == "agent"
    assert got.get("السلطات المغربية") == "agent"


def test_a_satellite_launch_is_no_strike() -> None:
    assert not reported("وقالت الوكالة إنه جرى إطلاق الصاروخ الحامل من إقليم سيتشوان ليضع "
                        "القمرين الصناعيين في مدارهما.")


def test_a_prayer_is_no_declaration_but_a_name_keeps_one() -> None:
    assert not reported("ودعا الله أن يغفر لشهداء الواجب ويخلفهم في أهليهم بخير.")
    assert ("statement", "ودعا") in reported("ودعا عبد الله الثاني إلى وقف العنف في المنطقة.")


def test_failed_and_lasting_ceasefire_deeds_are_not_reported() -> None:
    assert not reported("لكن أيا من تلك الخلايا لم تتمكن من تنفيذ اعتداءات في المملكة.")
    assert not reported("وتمنى أن يتحقق السلام في اليمن بعد وقف دائم لإطلاق النار.")


def test_strikes_allowed_are_still_to_come() -> None:
    assert not reported("وقال مسؤولون إن أنقرة وافقت على السماح للطائرات الأمريكية بشن غارات "
                        "انطلاقا من قاعدة انجرليك.")
