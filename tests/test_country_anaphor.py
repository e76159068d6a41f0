"""country_anaphor: "البلاد" after a direction is the country of the place the
sentence names just before it, where it names one; else the story's first."""
from __future__ import annotations

import eventx
from eventx.dates import parse_reference_date
from eventx.text.normalize import normalize

_DIGEST = ("* سيول: دعت كوريا الجنوبية جارتها الشمالية إلى محادثات عسكرية أمس.\n"
           "* نيودلهي: قال مسؤولون في الهند أمس إن متمردين قتلوا خلال اشتباكات مع الجيش "
           "بولاية ناجالاند شمال شرقي البلاد.\n")


def _implied(text: str) -> list[tuple[str, str | None]]:
    ex = eventx.Extractor()
    return [(p.place.name, p.place.country) for s in ex.analyse(normalize(text), parse_reference_date("2015-07-21"))
            for p in s.implied]


def test_a_digest_story_names_its_own_country_before_البلاد() -> None:
    assert _implied(_DIGEST) == [("شمال شرقي الهند", "IN")]


def test_a_place_of_the_speaker_before_that_tells_nothing() -> None:
    text = ("قصفت طائرات النظام السوري مواقع في ريف حلب أمس. "
            "وقال مسؤول أمريكي في واشنطن إن المعارك تتواصل في شمال البلاد.")
    assert [c for _, c in _implied(text)] == ["SY"]


def test_a_country_named_as_an_actor_is_no_place_before_البلاد() -> None:
    text = ("قصفت طائرات النظام السوري مواقع في ريف حلب أمس. "
            "وطالبت تركيا بوقف المعارك في شمال البلاد.")
    assert [c for _, c in _implied(text)] == ["SY"]
