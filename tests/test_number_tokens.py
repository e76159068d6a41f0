"""eventx.number_tokens: the number tokens read off the spaCy tokens are the
tokens the number scanner's own tokenizer gives, and the counts read over
them are the counts read after tokenising again (the former path, which
find_counts still takes without the spaCy tokens)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import number_tokens
from eventx.counts import find_counts
from eventx.number_tokens import tokens_from
from eventx.numbers import tokenize
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import tokenize as text_tokenize

# words, figures and marks as the news glues them together (made up, no corpus text)
PIECES = ["قتل", "مقتل", "وإصابة", "خمسة", "أشخاص", "على", "الأقل", "جنديين", "14", "1,250",
          "1.5", "3.", "و14", "بـ5", "F-16", "10:30", "24/2", "...", "،", "(", ")", "\"", "-",
          "مسلحا", "جريحا", "الشعبي87", "5جنود", "ثلاثة", "وعشرين", "قتيلا", "2021", "عشرات",
          "نحو", "أكثر", "من", "100", "!", "؟", "abc", "x1", "%", "٣", "ـ", "الـ28"]
glued = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map("".join)
sentences = st.one_of(
    st.lists(st.one_of(st.sampled_from(PIECES), glued), max_size=14).map(" ".join),
    st.lists(st.sampled_from([*PIECES, "  ", "\n", "\t"]), max_size=14).map("".join),
    st.text(max_size=60),
).map(normalize_text)


def _words(text: str, before: str = "قال. ", after: str = " ثم") -> tuple[list, int]:
    doc = before + text + after
    return text_tokenize(doc, len(before), len(before) + len(text)), len(before)


@settings(max_examples=500, deadline=None)
@given(sentences)
def test_tokens_from_the_spacy_tokens_are_the_scanners_own(text: str) -> None:
    words, offset = _words(text)
    assert tokens_from(text, words, offset) == tokenize(text)


@settings(max_examples=500, deadline=None)
@given(sentences)
def test_counts_over_the_spacy_tokens_equal_the_former_path(text: str) -> None:
    words, offset = _words(text)
    assert find_counts(text, words, offset) == find_counts(text)


@pytest.mark.parametrize("text", [
    "قتل خمسة أشخاص، وأصيب 14 آخرون.",
    "مقاتلة F-16 في الساعة 10:30",  # spaCy keeps F-16 and 10:30 whole: tokenised again
    "قتل 1,250 و1.5 مليون (3) ...",
])
def test_tokens_from_examples(text: str) -> None:
    text = normalize_text(text)
    words, offset = _words(text)
    assert tokens_from(text, words, offset) == tokenize(text)


def test_the_word_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(number_tokens, "_MAX_WORDS", 5)
    for i in range(30):
        text = f"قتل {i} جنديا و{i + 1} مدنيين في الهجوم"
        words, offset = _words(text)
        assert tokens_from(text, words, offset) == tokenize(text)
        assert len(number_tokens._KINDS) <= 5 + len(words)
        assert find_counts(text, words, offset) == find_counts(text)
