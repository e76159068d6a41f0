"""A death met at someone's hand ("لقي X حتفه برصاص الشرطة") is a killing by
that hand, told apart from a deed named as its time ("بعد يومين على الهجوم")."""
from __future__ import annotations

from probe import all_role_mentions, asserted_events

REF = "2017-01-05"
AFTER_ATTACK = "وبعد يومين على الهجوم لقي المشتبه به حتفه برصاص الشرطة في مدينة تورينو."


def test_the_death_is_a_killing_by_the_police() -> None:
    killings = asserted_events(AFTER_ATTACK, "killing", REF)
    assert len(killings) == 1
    assert ("agent", "الشرطة") in [(a.role, a.mention.text) for a in killings[0].actors]


def test_the_attack_it_came_after_is_not_the_polices() -> None:
    assert ("agent", "الشرطة") not in all_role_mentions(AFTER_ATTACK, "attack", REF)


def test_killed_at_the_hand_of_gunmen() -> None:
    text = "ولقي الحارس مصرعه على يد مسلحين مجهولين قرب منزله أمس."
    killings = asserted_events(text, "killing", REF)
    assert len(killings) == 1
    assert ("agent", "مسلحين مجهولين") in [(a.role, a.mention.text) for a in killings[0].actors]


def test_a_death_after_an_accident_is_no_killing() -> None:
    assert asserted_events("لقي رجل حتفه بعد أن جرفته مياه الأمطار في الوادي أمس.",
                           "killing", REF) == []
