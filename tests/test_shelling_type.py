"""Shelling (قصف) told of aircraft is an air strike, and told once.

قصف names ground fire and air raids alike; the rule that types it by the
verb alone (rocket_strike.shelling) reads it as ground fire unless aircraft
stand near.  Two ways the air raid is told without aircraft at hand: "the
shelling" told again after the raid of its sentence (eventx.merge joins it
to the raid), and the coalitions of these wars as its doer
(air_strike.coalition).  The sentences are made up in the phrasing of the
corpus; each stands beside a look-alike that keeps its reading.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

import eventx

REF = "2015-08-02"


def _types(text: str) -> list[str]:
    return [e.type for e in eventx.extract(text, reference_date=REF)]


# "The shelling" after an air raid of its sentence, or a verb with no doer of
# its own joined to it, tells the raid again: one air strike, holding the toll.
@pytest.mark.parametrize(("text", "types"), [
    ("قصفت مقاتلات حربية أمس مواقع للمتمردين في شمال المدينة وجنوبها، وأسفر القصف عن مقتل سبعة منهم.",
     ["air_strike"]),
    ("وشن التحالف أمس 12 غارة جوية تركزت خمس منها قرب مدينة الرقة شمالي البلاد وقصفت وحدات تابعة للتنظيم.",
     ["air_strike"]),
    # ground fire with a doer of its own, told beside the raid, stays a rocket strike
    ("شنت طائرات التحالف أمس غارات على مواقع المتمردين في شمال المدينة وجنوبها، في حين قصف المتمردون أحياء سكنية في وسطها.",
     ["air_strike", "rocket_strike"]),
])
def test_shelling_told_again_joins_the_air_strike(text: str, types: list[str]) -> None:
    assert _types(text) == types


def test_the_retold_shelling_gives_the_raid_its_toll() -> None:
    (ev,) = eventx.extract(
        "قصفت مقاتلات حربية أمس مواقع للمتمردين في شمال المدينة وجنوبها، وأسفر القصف عن مقتل سبعة منهم.",
        reference_date=REF)
    assert ev.type == "air_strike"
    assert [(c.kind, c.value) for c in ev.counts] == [("killed", 7)]


_CRAFT = ["مقاتلات حربية", "طائرات حربية", "مقاتلات تركية", "طائرات التحالف"]
_TOWNS = ["شمال المدينة وجنوبها", "ريف المحافظة الشرقي", "محيط البلدة القديمة"]


@settings(max_examples=12, deadline=None)
@given(craft=st.sampled_from(_CRAFT), town=st.sampled_from(_TOWNS), dead=st.integers(3, 40))
def test_a_raid_and_its_shelling_are_one_air_strike(craft: str, town: str, dead: int) -> None:
    """Whoever flew and wherever, the raid and "the shelling" it caused the
    toll by are one air strike with that toll."""
    text = f"قصفت {craft} أمس مواقع للمسلحين في {town}، وأسفر القصف عن مقتل {dead} منهم."
    evs = eventx.extract(text, reference_date=REF)
    assert [e.type for e in evs] == ["air_strike"]
    assert [(c.kind, c.value) for c in evs[0].counts] == [("killed", dead)]


# The coalitions of these wars strike from the air: shelling they do is an air
# strike, unless guns are named; shelling of the coalition is the others' deed.
@pytest.mark.parametrize(("text", "etype"), [
    ("وقصفت قوات التحالف أمس مقرات للمتمردين في مدينة صعدة.", "air_strike"),
    ("وأفاد مصدر محلي بمقتل عشرة من المتمردين في قصف قوات التحالف العربي لمواقعهم أمس.", "air_strike"),
    ("وقصفت قوات التحالف بالمدفعية وقذائف الهاون مواقع المتمردين أمس.", "rocket_strike"),
    ("وقصفت المليشيات المتمردة أمس مواقع قوات التحالف قرب المدينة.", "rocket_strike"),
])
def test_coalition_shelling_is_an_air_strike(text: str, etype: str) -> None:
    assert etype in _types(text)
    assert ({"air_strike", "rocket_strike"} - {etype}).isdisjoint(_types(text))
