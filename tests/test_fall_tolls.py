"""People who "fell" (سقط، سقوط) in a deed were killed; things that fell were not.

"سقط 16 شخصاً وأصيب 35" read only the wounded; "أدى إلى سقوط 4 أشخاص" no toll at
all.  سقط and سقوط are now killed frames that count only a figure touching them
with a noun: a plane that fell with 16 on board, 30 barrels that fell, are no
toll; a noun of its own kind (جرحى، صواريخ) keeps it, and a wound word later
in their clause ("سقط العشرات من المحتجين … جرحى") makes them wounded.  A joint total of killed
and wounded ("بين قتيل وجريح") after the noun's modifiers is no toll either.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.counts import find_counts
from eventx.text.normalize import normalize_text


def _kinds(sentence: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(normalize_text(sentence))]


@pytest.mark.parametrize("sentence, expected", [
    ("سقط 12 شخصا وأصيب 30 آخرون في انفجار وسط السوق", [("killed", 12), ("wounded", 30)]),
    ("وأدى القصف إلى سقوط 5 أشخاص في الحي الشرقي", [("killed", 5)]),
    ("أسفرت الاشتباكات عن سقوط 7 من عناصر الشرطة", [("killed", 7)]),
    ("وسقط 9 مدنيين في الغارة", [("killed", 9)]),
    # a noun of its own kind keeps it
    ("أدى الانفجار إلى سقوط 20 جريحا", [("wounded", 20)]),
    ("وأسفر الهجوم عن سقوط 6 قتلى", [("killed", 6)]),
    # the next figure's wound word is not theirs
    ("سقط 14 شخصا و30 جريحا في الانفجار", [("killed", 14), ("wounded", 30)]),
    ("وأكد المسؤول سقوط 8 مواطنين وإصابة 21 آخرين في الانفجار", [("killed", 8), ("wounded", 21)]),
    # their clause tells them wounded, however long the phrase
    ("عندما سقط العشرات من المحتجين ومن عناصر الشرطة «الخاصة» التابعة للوزارة جرحى، وقتل جندي",
     [("wounded", 10)]),
])
def test_people_who_fell_were_killed(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وأدى الحادث إلى سقوط طائرة تقل 16 شخصا قرب المطار",   # the plane fell
    "وسقط أكثر من 30 برميلا على البلدة",                   # no noun we know: things
    "وسقط العشرات من المسلحين المتمردين بين قتيل وجريح في المواجهات",  # a joint total
    "سقط فيها أكثر من 200 شخص بين قتيل وجريح",
])
def test_no_death_toll(sentence: str) -> None:
    assert not [k for k in _kinds(sentence) if k[0] in ("killed", "attackers")]


@given(st.integers(2, 900), st.sampled_from(["طائرة تقل", "مبنى يضم", "حافلة تنقل"]))
def test_a_thing_that_fell_with_people_in_it_is_no_toll(n: int, thing: str) -> None:
    assert ("killed", n) not in _kinds(f"وأدى الانفجار إلى سقوط {thing} {n} شخصا")
