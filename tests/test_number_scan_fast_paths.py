"""The number and count scanners' token searches, read in C, give what the
comprehensions they replaced gave.

``numbers.number_starts`` (where ``scan_numbers`` tries a parse) and
``numbers.words_at`` (where ``counts`` looks for a seed word) map set tests
over the tokens instead of reading each token's fields by name in Python;
here both are held to the comprehensions, over random token sequences drawn
from the shipped word lists, digit runs and marks.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import numbers
from eventx.counts import _tables

_STARTERS = numbers._lexicon().starters
_SEEDS = _tables().seed_words
_VOCAB = sorted(_STARTERS)[:25] + sorted(_SEEDS)[:25] + ["الجيش", "قتل", "في", "،"]

_tokens = st.lists(st.one_of(
    st.tuples(st.sampled_from(_VOCAB), st.just("w")),
    st.tuples(st.from_regex(r"[0-9]{1,4}", fullmatch=True), st.just("d")),
    st.tuples(st.sampled_from(["-", "/", ",", "."]), st.just("p")),
), max_size=40).map(lambda xs: [numbers.Token(k, k + 1, t, kind) for k, (t, kind) in enumerate(xs)])


@settings(max_examples=300, deadline=None)
@given(_tokens)
def test_number_starts_are_the_comprehensions(toks: list[numbers.Token]) -> None:
    assert numbers.number_starts(toks, _STARTERS) == [
        k for k, tok in enumerate(toks) if tok.kind == "d" or tok.text in _STARTERS]
    assert numbers.words_at(toks, _SEEDS) == [k for k, tok in enumerate(toks) if tok.text in _SEEDS]


def test_the_lists_are_met() -> None:
    assert _STARTERS and _SEEDS
    toks = [numbers.Token(0, 1, "12", "d"), numbers.Token(2, 3, sorted(_SEEDS)[0], "w")]
    assert numbers.number_starts(toks, _STARTERS)[:1] == [0]
    assert numbers.words_at(toks, _SEEDS) == [1]
