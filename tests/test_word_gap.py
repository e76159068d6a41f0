"""A cue's window counts words: the quote opening its phrase is none.

"إمكانية «لمحاولة النظام شن هجوم»" put the possibility one token out of reach
and the supposed attack came out asserted.  Only that opening quote passes; a
later one may close the quotation and its clause, and still counts.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.text.tokenize import Token, tokenize
from eventx.word_gap import PUNCT_MAX, word_gap

REF = "2021-02-24"


def _modalities(text: str) -> set[str]:
    return {e.modality for e in eventx.extract(text, reference_date=REF) if e.type == "attack"}


def test_a_quote_opening_the_possibility_keeps_it_in_reach() -> None:
    quoted = "ولا يستبعد مراقبون إمكانية «قيام الجماعة بشن هجوم» على المدينة."
    bare = "ولا يستبعد مراقبون إمكانية قيام الجماعة بشن هجوم على المدينة."
    assert _modalities(quoted) == _modalities(bare) == {"generic"}


def test_the_opening_quote_is_not_counted() -> None:
    toks = tokenize('إمكانية "قيام الجماعة بشن هجوم')
    assert [t.text for t in toks][:2] == ["إمكانية", '"']
    assert word_gap(toks, 0, 5) == 4
    assert word_gap(toks, 1, 5) == 4  # after the quote: nothing to skip


def test_a_closing_quote_still_counts() -> None:
    toks = tokenize('ينبغي أن يتم احترامه" ودعوا')
    assert word_gap(toks, 0, len(toks) - 1) == len(toks) - 1


_WORDS = st.sampled_from(["هجوم", "قيام", "الجماعة", '"', "(", ")", "،", "."])


@given(st.lists(_WORDS, min_size=2, max_size=12), st.data())
def test_the_gap_passes_at_most_the_one_opening_quote(words: list[str], data: st.DataObject) -> None:
    toks = [Token(w, i, i + 1) for i, w in enumerate(words)]
    lo = data.draw(st.integers(0, len(toks) - 2))
    hi = data.draw(st.integers(lo + 1, len(toks) - 1))
    gap = word_gap(toks, lo, hi)
    assert hi - lo - PUNCT_MAX <= gap <= hi - lo
    assert gap >= 1
    if hi - lo == 1 or toks[lo + 1].text not in {'"', "'", "(", ")", "[", "]"}:
        assert gap == hi - lo
