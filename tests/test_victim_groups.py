"""Generic victim groups told in another sentence's deed stay out of a merged
raid or arrest (eventx.victim_groups)."""
from __future__ import annotations

from eventx.records import ActorInfo
from eventx.victim_groups import foreign_victim_group

CIVILIANS = ActorInfo("المدنيين", "civilians", "civilians", None, "CVL")


def test_another_deeds_victims_stay_out_of_an_arrest() -> None:
    assert foreign_victim_group("target", CIVILIANS, "arrest", "attack", same_sentence=False)
    assert foreign_victim_group("victim", CIVILIANS, "raid", "bombing", same_sentence=False)


def test_the_same_deed_or_sentence_keeps_them() -> None:
    assert not foreign_victim_group("target", CIVILIANS, "arrest", "attack", same_sentence=True)
    assert not foreign_victim_group("target", CIVILIANS, "arrest", "arrest", same_sentence=False)


def test_a_violent_deed_retold_under_another_type_keeps_them() -> None:
    assert not foreign_victim_group("victim", CIVILIANS, "bombing", "attack", same_sentence=False)
    assert not foreign_victim_group("victim", CIVILIANS, "air_strike", "killing", same_sentence=False)


def test_an_agent_or_a_named_body_is_not_a_victim_group() -> None:
    assert not foreign_victim_group("agent", CIVILIANS, "arrest", "attack", same_sentence=False)
    police = ActorInfo("الشرطة", "police", "state_forces", None, "COP")
    assert not foreign_victim_group("target", police, "arrest", "attack", same_sentence=False)
