"""How precise a chosen place is, for ranking the places a sentence offers.

:data:`eventx.records.FEATURE_RANK` puts every region before every province:
right for a named region inside one (جبل سنجار، ريف دمشق الغربي), wrong for a
region a text only describes across a whole country, "جنوب شرق تركيا"،
"غرب العراق": news writes it after the province or town to say where that
lies ("في إقليم شرناق بجنوب شرق البلاد"، "في محافظة الأنبار بغرب العراق"),
and the province is where the deed happened.  Such a region ranks with the
provinces and after them; a region or province of no known country (أوروبا،
or a province the gazetteer does not know: "محافظة ريجو إيميليا شمال شرق
إيطاليا") comes after that region.
"""
from __future__ import annotations

from eventx.places import described_region
from eventx.records import FEATURE_RANK, Place

__all__ = ["precision_rank"]

_ADMIN1 = FEATURE_RANK["admin1"]


def precision_rank(place: Place) -> tuple[int, int]:
    """(rank, coarser): the feature's rank, lower for more precise, and how far
    behind the places of that rank it comes: 1 for a region described across a
    whole country (no province of its own) among the provinces, 2 for a
    region or province of no known country (ranked with the provinces); 0 for
    any other place."""
    r = FEATURE_RANK.get(place.feature, 3)
    if place.admin1 is None and place.country is not None and described_region(place):
        return _ADMIN1, 1
    if place.country is None and FEATURE_RANK["region"] <= r <= _ADMIN1:
        return _ADMIN1, 2
    return r, 0
