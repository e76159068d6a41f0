"""The one helper that reads a word without its conjunction و/ف (events,
conduct_aim and weekday_ahead each kept a copy before)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.text.clitics import without_conjunction

_ARABIC = st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), max_size=8)


@given(_ARABIC)
def test_only_a_leading_conjunction_of_a_long_word_goes(word: str) -> None:
    out = without_conjunction(word)
    if len(word) > 3 and word[0] in "وف":
        assert out == word[1:]
    else:
        assert out == word


def test_examples() -> None:
    assert without_conjunction("وقال") == "قال"
    assert without_conjunction("فيشن") == "يشن"
    assert without_conjunction("وصل") == "وصل"  # short: the و is the stem's
