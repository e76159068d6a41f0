"""A toll's breakdown after بينهم/منهم is part of the toll, never added to it.

"أصيب 80 شخصا بينهم 47 امرأة و33 طفلا" is a toll of 80: every part of the
breakdown, the ones joined by و included, is a subset of the figure told
before بينهم.  Parts joined by و with no subset word before them ("قتل 21
مسلحا و2 من الجنود") still add up, as ACLED sums a toll's parts.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.counts import find_counts, first_tolls
from eventx.text.normalize import normalize_text


def _tolls(sentence: str) -> dict[str, int]:
    """Each kind's toll as an event would sum it: its first count plus the
    parts joined to it."""
    out: dict[str, int] = {}
    for c in first_tolls(find_counts(normalize_text(sentence))):
        out[c.kind] = out.get(c.kind, 0) + c.value
    return out


@pytest.mark.parametrize("sentence, expected", [
    ("أصيب 52 شخصا بينهم 20 امرأة و12 طفلا في قصف على البلدة", {"wounded": 52}),
    ("قتل 15 مدنيا من بينهم 4 نساء و6 أطفال في غارة جوية", {"killed": 15}),
    ("قتل 9 أشخاص بينهم طفلان و3 نساء و2 من المسعفين في القصف", {"killed": 9}),
    ("أصيب 40 شخصا بينهم 10 أطفال و5 نساء وقتل 7 آخرون", {"wounded": 40, "killed": 7}),
])
def test_parts_joined_to_a_subset_stay_in_it(sentence: str, expected: dict[str, int]) -> None:
    assert _tolls(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # no subset word: the parts joined by و add up
    ("قتل 14 مسلحا و3 من رجال الشرطة في اشتباك", {"killed": 17}),
    ("أصيب 6 جنود و4 مدنيين في انفجار عبوة", {"wounded": 10}),
    # a noun that names its own kind after the subset opens a new toll
    ("قتل 25 شخصا بينهم ثلاثة أطفال وأكثر من 50 جريحا في القصف",
     {"killed": 25, "wounded": 50}),
])
def test_parts_outside_a_subset_still_count(sentence: str, expected: dict[str, int]) -> None:
    assert _tolls(sentence) == expected


_FRAMES = [("قتل", "killed"), ("أصيب", "wounded"), ("اعتقل", "arrested"), ("اختطف", "abducted")]
_SUBSET = ["بينهم", "من بينهم", "بينهن"]
_PARTS = ["امرأة", "طفلا", "من النساء", "من الأطفال", "مدنيا", "من الجنود", "من رجال الأمن"]


@given(st.sampled_from(_FRAMES), st.integers(min_value=3, max_value=900),
       st.sampled_from(_SUBSET),
       st.lists(st.tuples(st.integers(min_value=1, max_value=900), st.sampled_from(_PARTS)),
                min_size=1, max_size=4))
def test_a_breakdown_never_raises_the_total(frame: tuple[str, str], total: int, subset: str,
                                            parts: list[tuple[int, str]]) -> None:
    verb, kind = frame
    breakdown = " و".join(f"{n} {noun}" for n, noun in parts)
    sentence = f"{verb} {total} شخصا {subset} {breakdown} في الهجوم"
    assert _tolls(sentence).get(kind) == total


@given(st.sampled_from(_FRAMES), st.integers(min_value=3, max_value=900),
       st.integers(min_value=1, max_value=900), st.sampled_from(_PARTS))
def test_joined_parts_without_a_subset_word_add_up(frame: tuple[str, str], first: int,
                                                   second: int, noun: str) -> None:
    verb, kind = frame
    sentence = f"{verb} {first} شخصا و{second} {noun} في الهجوم"
    assert _tolls(sentence).get(kind) == first + second
