"""Two deeds told in one sentence, each in its own clause, are two incidents.

A connective (فيما، بينما، في حين، كما) opening a clause that names a doer or
a place of its own tells another deed (eventx.merge._two_deeds), even where
the first clause names no place to disagree with: the doers, targets and
places of one must not end up in the other.  A toll told in parts, a verb
going on with the same doer, a definite noun naming the deed again, and the
next step of one operation (ثم) stay one incident.  A count goes to a
trigger of its own clause where that clause tells a deed of its own
(eventx.events._own_clause_fits).  Sentences written for these tests.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2017-03-01"


def _asserted(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]


def _mentions(ev: eventx.Event, role: str) -> list[str]:
    return [a.mention.text for a in ev.actors if a.role == role]


def test_two_air_forces_two_raids() -> None:
    text = ("شن طيران التحالف 23 غارة على مواقع التنظيم، "
            "فيما نفذ طيران الجيش العراقي 30 غارة قرب الفلوجة.")
    evs = [e for e in _asserted(text) if e.type == "air_strike"]
    assert len(evs) == 2
    first = min(evs, key=lambda e: e.trigger.start)
    assert "طيران الجيش العراقي" not in _mentions(first, "agent")
    assert first.location is None  # Fallujah is the second clause's


def test_shelling_while_clashes_go_on_elsewhere() -> None:
    text = "قصفت قوات النظام الأحياء السكنية بالمدفعية، بينما استمرت الاشتباكات في محيط مدينة داريا."
    types = {e.type: e for e in _asserted(text)}
    assert set(types) == {"rocket_strike", "armed_clash"}
    assert types["rocket_strike"].location is None


def test_an_attack_and_a_suicide_bombing() -> None:
    text = "هاجم مسلحون دورية للشرطة أمس، في حين فجر انتحاري نفسه قرب مقر أمني في مدينة الموصل."
    evs = {e.type: e for e in _asserted(text)}
    assert set(evs) == {"attack", "bombing"}
    assert "مسلحون" not in _mentions(evs["bombing"], "agent")


@pytest.mark.parametrize("text", [
    # a toll told in parts, then its deed
    "قتل ثلاثة أشخاص بينما أصيب عشرون آخرون في عملية دهس بمدينة نيس.",
    # the same doer goes on: no doer or place of the clause's own
    "قصفت الطائرات مواقع للتنظيم قرب الرمادي كما دمرت نقطة تفتيش ومخزنا للأسلحة.",
    # the next step of one operation
    "هاجم مسلحون حاجزا للجيش في مدينة العريش ثم اشتبكوا مع الجنود في محيطه.",
])
def test_one_incident_stays_one(text: str) -> None:
    evs = [e for e in _asserted(text) if e.type not in ("statement",)]
    assert len(evs) == 1, [(e.type, e.trigger.text) for e in evs]


def test_a_definite_noun_names_the_deed_again() -> None:
    text = "فجر انتحاري نفسه داخل مسجد في مدينة أبها، فيما تبنى تنظيم داعش الهجوم."
    [ev] = [e for e in _asserted(text) if e.type == "bombing"]
    assert "تنظيم داعش" in _mentions(ev, "agent")
    assert not [e for e in _asserted(text) if e.type == "attack"]


# ---- a toll belongs to the deed of its own clause ---------------------------

def _killed(ev: eventx.Event) -> list[int]:
    return [c.value for c in ev.counts if c.kind == "killed"]


def test_a_shooting_in_its_own_clause_keeps_its_dead() -> None:
    text = ("قتل مسؤول بارز في تفجير استهدف موكبه الشهر الماضي، "
            "كما قتل ثلاثة جنود بنيران مسلحين في مدينة العريش أمس.")
    evs = {e.type: e for e in eventx.extract(text, reference_date=REF)}
    assert _killed(evs["killing"]) == [3]
    assert evs["killing"].location is not None
    assert "bombing" in evs and not _killed(evs["bombing"])


def test_a_toll_goes_with_the_shelling_of_its_clause() -> None:
    text = ("قصفت قوات النظام بلدة كفرنبل ما أدى إلى مقتل 4 مدنيين، "
            "كما قصف الطيران المروحي بالبراميل مناطق في بلدة سراقب.")
    evs = {e.type: e for e in _asserted(text)}
    assert _killed(evs["rocket_strike"]) == [4]
    assert not _killed(evs["air_strike"])


def test_a_toll_told_in_parts_stays_with_the_fighting() -> None:
    text = ("لقي 20 مسلحا مصرعهم وأصيب 30 آخرون، بينما قتل 3 جنود وأصيب 5 آخرون "
            "في المعارك التي دارت في محافظة تعز.")
    [ev] = _asserted(text)
    assert ev.type == "armed_clash"
    assert 20 in _killed(ev)
