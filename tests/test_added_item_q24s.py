"""A deed that a connective adds to a report ("كما"، "فيما"، "بينما") at a
site apart from the incident told before it is an item of its own.

A roundup strings the deeds of one doer in several places together; "كما
فتحت قوات النظام النار قرب مخيم اليرموك" after clashes in حي جوبر tells
another deed, though both places lie in one city-governorate and the two
share a doer (eventx.roundup_items.added_item, eventx.merge._new_item).  A
site inside the earlier one's governorate may still be one operation's, and
the surroundings of a place ("قرب مخيم اليرموك") reach only just past it, so
a toll in a town 40 km away is not theirs (eventx.merge._region_holds).
Probe sentences written for these tests."""
from __future__ import annotations

import eventx

REF = "2017-03-10"


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.location.place.name if e.location is not None else None)
            for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]


def test_fire_near_another_quarter_of_the_city_is_another_deed() -> None:
    text = ("اندلعت اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر بدمشق صباح اليوم. "
            "كما فتحت قوات النظام نيران رشاشاتها على مناطق قرب مخيم اليرموك.")
    assert [t for t, _ in _events(text)] == ["armed_clash", "attack"]


def test_raids_in_another_governorate_are_another_deed() -> None:
    text = ("قصفت مقاتلات التحالف مخازن أسلحة للحوثيين في محافظة شبوة. "
            "كما شنت المقاتلات أربع غارات على مواقع للحوثيين جنوب غرب مأرب.")
    events = eventx.extract(text, reference_date=REF)
    assert [e.type for e in events] == ["air_strike", "air_strike"]
    raids = [[c.value for c in e.counts if c.kind == "incidents"] for e in events]
    assert raids == [[], [4]]  # the four raids are Marib's, not Shabwah's


def test_a_site_inside_the_governorate_stays_one_operation() -> None:
    text = ("شنت طائرات التحالف غارات على مواقع الحوثيين في محافظة لحج. "
            "كما شنت طائرات التحالف غارات على قاعدة العند الجوية.")
    assert len(_events(text)) == 1


def test_a_toll_far_from_the_surroundings_of_a_site_is_not_theirs() -> None:
    text = ("فتحت قوات النظام نيران رشاشاتها على مناطق قرب مخيم اليرموك صباح اليوم. "
            "وقتل عنصر من حزب الله في مدينة الزبداني.")
    events = [e for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]
    assert [e.type for e in events] == ["attack", "killing"]
    assert not [a for a in events[0].actors if a.role == "victim"]
