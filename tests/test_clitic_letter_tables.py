"""The clitic analysis skips by first and last letter, and reads the same.

analyse looks up only the proclitic lengths whose sequences begin with the
word's first letter, and tries suffixes and tanween only on stems ending in
a letter one of them ends with (tests/test_speed_equivalence.py checks the
readings against the plain version on random words).
"""
from __future__ import annotations

import pytest

from eventx.text import clitics
from eventx.text.clitics import analyse


def test_every_proclitic_is_reachable_by_its_first_letter() -> None:
    for pre, had_article in clitics._PROCLITICS:
        tables = dict(clitics._PROCLITIC_BY_FIRST[pre[0]])
        assert tables[len(pre)][pre] is had_article


def test_every_stripped_ending_is_a_listed_last_letter() -> None:
    assert {e[-1] for e in clitics._ENCLITICS} <= clitics._STRIPPED_LAST
    assert "ا" in clitics._STRIPPED_LAST  # tanween fatha


@pytest.mark.parametrize("word", ["مدرسة", "قتيل", "جريح", "دمشق", "حلب", "x", ""])
def test_a_word_with_no_clitic_letter_at_either_end_is_its_own_only_reading(word: str) -> None:
    assert analyse(word) == ((word, False),)


@pytest.mark.parametrize(("word", "expected"), [
    # proclitics by their first letter, then a pronoun suffix off the stem
    ("وبمنزلها", {("منزل", True), ("بمنزل", True), ("منزلها", False)}),
    # the article kept and dropped; tanween alef after no article
    ("هجوما", {("هجوم", False)}),
    ("بالسيارة", {("السيارة", False), ("سيارة", False)}),
])
def test_clitic_letters_at_the_ends_still_give_their_readings(
        word: str, expected: set[tuple[str, bool]]) -> None:
    readings = analyse(word)
    assert readings[0] == (word, False)
    assert expected <= set(readings)
