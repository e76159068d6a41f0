"""A place is where a deed happened when it "witnessed" it (شهدت X هجوما):
the verb locates its subject as في does (data/place_words.toml ``locative``,
eventx.events ``_LOC_PREPS``)."""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-27"


def _places(text: str) -> list[str | None]:
    return [e.location.mention.text if e.location is not None else None
            for e in eventx.extract(text, reference_date=REF)]


@pytest.mark.parametrize(("text", "place"), [
    # a town the gazetteer lists among many small places, named with no في
    ("كما شهدت داماتورو هجوما انتحاريا في 18 يوليو.", "داماتورو"),
    # a country named as the subject, no party to the deed
    ("وشهدت تشاد هجومين انتحاريين خلال أقل من شهر.", "تشاد"),
])
def test_the_place_that_witnessed_a_deed_is_its_place(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_time_that_witnessed_a_deed_leaves_its_place() -> None:
    """"The past week witnessed attacks … in Diyarbakir": the week is no place."""
    assert _places("وشهد الأسبوع الماضي هجوما على القوات الأمنية في مدينة ديار بكر.") == ["ديار بكر"]
