"""One deed told against targets in different countries is several incidents.

A campaign summed up in one clause ("غارات على مواقع داعش في سوريا وعلى
معسكرات حزب العمال في شمال العراق") was one event that kept one country and
mixed the targets; each target with its own place in another country is now
its own event (eventx.target_places).  Targets placed within one country, or
a target with no place of its own, leave the deed one.  Probe sentences in the
corpus's style, written for these tests."""
from __future__ import annotations

import pytest

import eventx
from probe import asserted_events

REF = "2015-07-26"


def _strikes(text: str, etype: str = "air_strike") -> list[eventx.Event]:
    return sorted(asserted_events(text, etype, REF), key=lambda e: e.trigger.start)


def _targets(e: eventx.Event) -> list[str]:
    return [a.mention.text for a in e.actors if a.role == "target" and a.mention is not None]


@pytest.mark.parametrize("text", [
    "شنت مقاتلات أمريكية أمس غارات جوية على مواقع لتنظيم داعش في سوريا "
    "وعلى معسكرات حزب العمال الكردستاني في شمال العراق.",
    "وبدأت أنقرة أمس حملة ضربات جوية على حزب العمال الكردستاني في شمال العراق وعلى متشددي داعش في سورية.",
])
def test_targets_hit_in_two_countries_are_two_strikes(text: str) -> None:
    strikes = _strikes(text)
    assert len(strikes) == 2
    assert {e.location.place.country for e in strikes if e.location is not None} == {"SY", "IQ"}
    assert all(len(_targets(e)) == 1 for e in strikes)
    assert _targets(strikes[0]) != _targets(strikes[1])


def test_the_doer_goes_with_each_strike() -> None:
    text = ("شنت مقاتلات أمريكية أمس غارات جوية على مواقع لتنظيم داعش في سوريا "
            "وعلى معسكرات حزب العمال الكردستاني في شمال العراق.")
    for e in _strikes(text):
        assert [a.mention.text for a in e.actors if a.role == "agent" and a.mention] == ["مقاتلات أمريكية"]


def test_a_toll_is_counted_once() -> None:
    text = ("قتل ستة أشخاص أمس في غارات شنتها طائرات تركية على مواقع حزب العمال الكردستاني "
            "في شمال العراق وعلى مواقع تنظيم داعش في سوريا.")
    strikes = _strikes(text)
    assert len(strikes) == 2
    assert sorted(c.value for e in strikes for c in e.counts if c.kind == "killed") == [6]


@pytest.mark.parametrize("text", [
    # one country: one campaign, whichever towns it hit
    "شن طيران التحالف غارات جوية أمس على مواقع الحوثيين في صعدة ومعسكرات قوات صالح في مأرب.",
    # a target with no place of its own: nothing tells where it was hit
    "شنت مقاتلات تركية أمس غارات جوية على مواقع حزب العمال الكردستاني في شمال العراق "
    "ومواقع تنظيم داعش.",
])
def test_targets_not_told_apart_by_country_stay_one_strike(text: str) -> None:
    strikes = _strikes(text)
    assert len(strikes) == 1
    assert len(_targets(strikes[0])) == 2
