"""A "since" clause with a deed of its own holds no party of the deed before it
(eventx.since_parties); a time after "منذ" keeps the sides after it."""
from __future__ import annotations

import pytest
from probe import role_mentions


REF = "2017-03-14"

# Actor roles: a "since" clause with a deed of its own tells when something
# began; whoever took office, died or began counting in it is no party to the
# deed told before "منذ" (since_parties.py).  A time after "منذ" opens no
# clause, so the sides named after it stay the deed's, and a clash keeps the
# side whose advance began it.
@pytest.mark.parametrize(("text", "etype", "gone"), [
    ("وكثفت الجماعة هجماتها منذ تسلم الرئيس محمد بخاري مهماته أواخر مايو.",
     "attack", "محمد بخاري"),
    ("وهو أول هجوم تشنه حركة طالبان منذ اعلان وفاة زعيمها الملا عمر.",
     "attack", "الملا عمر"),
    ("وقتل مئات الجنود في هجمات للمتشددين منذ إعلان الجيش عزل الرئيس محمد مرسي.",
     "attack", "محمد مرسي"),
    ("وضاعفت حركة الشباب هجماتها على كينيا منذ ان دخل الجيش الكيني الصومال.",
     "attack", "الجيش الكيني"),
])
def test_a_since_clause_party_takes_no_role(text: str, etype: str, gone: str) -> None:
    assert not any(gone in m for _, m in role_mentions(text, etype, REF))


@pytest.mark.parametrize(("text", "etype", "kept"), [
    ("وهاجم مسلحون منذ صباح أمس الجيش في مدينة العريش.", "attack", ("target", "الجيش")),
    ("وتتواصل الاشتباكات منذ يومين بين الجيش وتنظيم داعش في الرمادي.",
     "armed_clash", ("agent", "الجيش")),
    ("وتشهد المدينة مواجهات مسلحة منذ زحف الحوثيين إليها في أبريل الماضي.",
     "armed_clash", ("agent", "الحوثيين")),
])
def test_a_time_after_since_keeps_the_sides(text: str, etype: str,
                                            kept: tuple[str, str]) -> None:
    assert kept in role_mentions(text, etype, REF)
