"""A word written with a final ة takes no pronoun suffix.

Normalisation folds ة into ه so that spellings meet; the lexicon then must
not read طالبة (a student) as طالب+ه (he demanded of him) or القبضة (the grip)
as القبض+ه (the arrest of him).  Probe sentences in the corpus's style, and
properties of the offsets normalisation reports.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.analysis import DocState
from eventx.text.normalize import normalize
from eventx.text.tokenize import tokenize
from probe import typed

REF = "2016-03-10"


@given(st.text(alphabet="ةهـبتaَ ۀ", max_size=40))
def test_folded_positions_are_the_input_teh_marbuta(text: str) -> None:
    norm = normalize(text)
    folded = norm.folded_teh_marbuta()
    for i, ch in enumerate(norm.text):
        assert (i in folded) == (ch == "ه" and norm.original[norm.orig(i)] in "ةۀ")


@given(st.text(alphabet="ةهـبتaَ ۀ.،", max_size=40))
def test_the_state_finds_a_teh_marbuta_word_by_its_token_end(text: str) -> None:
    """analyse looks the words up by their token ends in ``DocState.teh_ends``:
    a token ends there exactly when its last letter was a ة in the input."""
    norm = normalize(text)
    state = DocState(teh_marbuta=norm.folded_teh_marbuta())
    for t in tokenize(norm.text):
        assert (t.end in state.teh_ends) == (t.end - 1 in state.teh_marbuta)


@pytest.mark.parametrize(("text", "not_type"), [
    ("وأعربت الطالبة عن فرحتها بالنجاح في الامتحان.", "statement"),     # a student
    ("وقال إن القبضة الأمنية تراخت في الأشهر الأخيرة.", "arrest"),       # the grip
    ("وتعد صفقة الطائرات ضربة قوية للخصوم.", "air_strike"),             # a blow
    ("وأكد أن قتلة الصحفي ما زالوا طلقاء.", "killing"),                  # the killers
])
def test_a_word_ending_in_teh_marbuta_is_no_verb_with_a_pronoun(text: str, not_type: str) -> None:
    assert not_type not in [t for t, _ in typed(text, REF)]


def test_a_real_pronoun_suffix_still_reads() -> None:
    # هاجمه: attacked him (ه written as ه)
    assert "attack" in [t for t, _ in typed("وهاجمه مسلحون أمام منزله في بغداد أمس.", REF)]
