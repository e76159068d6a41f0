"""The sixteenth session's audit of fresh articles (seeds 607-610): one test
per class of fault fixed, in sentences written for it after the phrasing met,
with the readings that must stay beside them."""
from __future__ import annotations

import pytest

import eventx

REF = "2017-04-03"


# GeoNames spells Saint Petersburg only "سانت بطرسبرغ"; the news writes it
# without the ت and with و, or short.  Every spelling is the city, not the
# country named after it ("في مدينة سان بطرسبرغ بروسيا" was placed in Russia).
@pytest.mark.parametrize("spelling", ["سان بطرسبرغ", "سان بطرسبورغ", "سانت بطرسبورغ", "بطرسبورغ"])
def test_saint_petersburg_spellings_place_the_city(spelling: str) -> None:
    evs = eventx.extract(f"قتل سبعة أشخاص في انفجار داخل عربة مترو في مدينة {spelling} بروسيا أمس.",
                         reference_date=REF)
    places = [e.location.place for e in evs if e.location]
    assert places, evs
    assert all(p.geonames_id == 498817 and p.feature == "city" for p in places), places


# A launch of no weapon: the verb أطلق with a cry, a call or a post as its
# object is no strike, whatever aircraft or gunmen stand beside it.
@pytest.mark.parametrize("text", [
    "هلل العائدون وأطلقت الزغاريد مع اقتراب هبوط طائرتهم في مطار المدينة.",
    "وأطلقت الوزيرة سلسلة تغريدات عن الطائرات الحربية قبل أسبوع.",
    "وأطلق المحتجون هتافات منددة بالطائرات الحربية أمام السفارة أمس.",
])
def test_a_cry_or_a_post_launched_is_no_strike(text: str) -> None:
    kinds = {e.type for e in eventx.extract(text, reference_date=REF)}
    assert not kinds & {"air_strike", "rocket_strike", "attack"}, kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("وأطلقت طائرة حربية صاروخا على سيارة في المدينة أمس.", "air_strike"),
    ("أطلق مسلحون النار على دورية أمنية أمس.", "attack"),
    # a cry heard around the strike is not its object
    ("وأطلقت الطائرات الحربية صواريخها على السوق أمس وسط صيحات المارة.", "air_strike"),
])
def test_a_weapon_launched_stays_a_strike(text: str, kind: str) -> None:
    assert kind in {e.type for e in eventx.extract(text, reference_date=REF)}
