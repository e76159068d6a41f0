"""Actor roles from general phrasing, round six: a deed told in the passive
names its doer after "by the hand of" (من قبل، على يد، على أيدي، بواسطة): that
actor did it, and whoever is named before the cue suffered it."""
from __future__ import annotations

import eventx
from probe import role_mentions

REF = "2016-01-01"


def roles(text: str, etype: str) -> dict[str, str]:
    """Mention text -> role, for the first event of ``etype``."""
    return {m: r for r, m in role_mentions(text, etype, REF)}


def test_killed_by_the_hand_of_a_group() -> None:
    got = roles("اغتيل الضابط على يد عناصر من تنظيم داعش", "killing")
    assert got.get("الضابط") == "victim"
    assert got.get("عناصر من تنظيم داعش") == "agent"


def test_abducted_by_a_group() -> None:
    got = roles("اختطف الطفل من قبل تنظيم داعش", "abduction")
    assert got.get("الطفل") == "victim"
    assert got.get("تنظيم داعش") == "agent"


def test_arrested_by_the_forces_named_after_min_qibal() -> None:
    got = roles("تم اعتقال الرجل من قبل قوات الأمن في الرياض", "arrest")
    assert got.get("قوات الأمن") == "agent"


def test_bi_wasitat_an_actor_names_the_doer() -> None:
    """بواسطة before an actor (not a thing: شاحنة، سيارة) names who did it."""
    evs = [e.to_dict() for e in eventx.extract("قتل شرطي بواسطة مسلحين مجهولين في بغداد",
                                               reference_date=REF)]
    got = {str(a["mention"]["text"]): str(a["role"]) for e in evs for a in e["actors"]}  # type: ignore[index]
    assert got.get("مسلحين مجهولين") == "agent"
    assert got.get("شرطي") in ("target", "victim")


def test_a_claim_by_relative_verb_keeps_the_attackers() -> None:
    """"هجوم تبناه داعش" ascribes the deed, no passive: the subject still acted."""
    got = roles("هاجم مسلحون الجيش في هجوم تبناه تنظيم داعش", "attack")
    assert got.get("مسلحون") == "agent"
    assert got.get("الجيش") == "target"


def test_an_active_deed_is_unchanged() -> None:
    got = roles("اعتقلت الشرطة خمسة مشتبه بهم في الرياض", "arrest")
    assert got.get("الشرطة") == "agent"
