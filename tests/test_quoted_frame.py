"""A casualty word quoted from a statement ("نتج عنه «استشهاد» 15 مصليا") still
counts the figure after the quote (eventx.counts)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.counts import find_counts
from probe import asserted_events

REF = "2015-08-09"


def _tolls(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def test_quoted_martyrdom_keeps_its_toll() -> None:
    text = "وقال المتحدث إن الانفجار نتج عنه «استشهاد» 12 مصليا داخل المسجد."
    assert _tolls(text) == [("killed", 12)]
    blasts = asserted_events(text, "bombing", REF)
    assert [(c.kind, c.value) for c in blasts[0].counts] == [("killed", 12)]


def test_a_quote_of_other_words_counts_nothing_new() -> None:
    # the quote holds more than the casualty word: no frame of the figure
    assert _tolls("ووصف الهجوم بأنه «استشهاد بطولي» 12 مرة في خطابه.") == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["استشهاد", "مقتل", "إصابة", "اعتقال"]),
       st.integers(min_value=3, max_value=900),
       st.sampled_from(["شخصا", "مدنيا", "جنديا"]),
       st.sampled_from(["«{}»", "“{}”", '"{}"']))
def test_quoting_the_frame_changes_no_toll(frame: str, n: int, noun: str, quote: str) -> None:
    plain = f"وأعلنت الوزارة {frame} {n} {noun} في المدينة."
    quoted = f"وأعلنت الوزارة {quote.format(frame)} {n} {noun} في المدينة."
    assert _tolls(quoted) == _tolls(plain)
