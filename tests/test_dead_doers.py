"""The attacker who died in his own attack did it (eventx.dead_doers).

A killing clause that ends an attack ("انتهى بمقتل المهاجم") is folded into the
attack by merge.py; the man a perpetrator word names stays its doer there,
while a killing told alone keeps him as its victim.  The sentences are made
up in the phrasing the corpus shows.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from probe import all_role_mentions, drafts
from eventx.dead_doers import dead_doers

REF = "2017-06-20"


@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("أسفر الهجوم على حاجز للشرطة في المدينة عن مقتل المهاجم وإصابة شرطيين.", "attack", "المهاجم"),
    ("وأطلق مسلح النار على دورية للجيش أمس، قبل أن يقتل المهاجم برصاص الجنود.", "attack", "المهاجم"),
    ("استهدف هجوم بسيارة مفخخة مركزا للشرطة، وقال المحافظ إن أحد المهاجمين قتل خلال التفجير.",
     "bombing", "أحد المهاجمين"),
])
def test_attacker_killed_in_the_attack_is_its_doer(text: str, typ: str, doer: str) -> None:
    found = all_role_mentions(text, typ, REF)
    assert ("agent", doer) in found
    assert ("victim", doer) not in found


def test_bomber_killed_is_named_once_as_doer() -> None:
    text = "فجر انتحاري نفسه عند نقطة تفتيش للشرطة، وكانت النتيجة مقتل الانتحاري وإصابة اثنين من رجال الأمن."
    found = all_role_mentions(text, "bombing", REF)
    assert [r for r, m in found if "انتحاري" in m] == ["agent"]
    assert ("victim", "رجال الأمن") in found


def test_killing_told_alone_keeps_the_attacker_its_victim() -> None:
    text = "قتلت الشرطة المهاجم بعد مطاردة في وسط المدينة."
    assert ("victim", "المهاجم") in all_role_mentions(text, "killing", REF)


def test_victims_who_are_no_perpetrators_stay_victims() -> None:
    text = "أسفر الهجوم على حاجز للشرطة عن مقتل ثلاثة جنود وإصابة شرطيين."
    found = all_role_mentions(text, "attack", REF)
    assert not any(r == "agent" and "جنود" in m for r, m in found)


_ROLES = ("agent", "target", "victim")
_DRAFTS = drafts("أسفر الهجوم على حاجز للشرطة عن مقتل المهاجم وإصابة شرطيين.", REF)
_MENTIONS = [m for d in _DRAFTS for _, m in d.actors]
_SENTENCES = tuple({id(d.sentence): d.sentence for d in _DRAFTS}.values())


@given(st.lists(st.tuples(st.sampled_from(_ROLES), st.sampled_from(_MENTIONS)), max_size=6),
       st.sampled_from(("attack", "bombing", "killing", "arrest", "raid")))
def test_only_victims_turn_and_nothing_is_added(actors: list[tuple[str, object]], typ: str) -> None:
    before = tuple(actors)
    after = dead_doers(before, typ, _SENTENCES)  # type: ignore[arg-type]
    assert len(after) <= len(before)
    assert all((r, m) in before or (r == "agent" and ("victim", m) in before) for r, m in after)
    if typ not in ("attack", "bombing"):
        assert after == before
    assert dead_doers(after, typ, _SENTENCES) == after  # once turned, stays
