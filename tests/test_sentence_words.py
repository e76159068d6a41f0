"""A sentence's ``words`` are its tokens' texts as a set, and its ``texts``
the same texts in order, however it was built.

Why it matters: steps ask "does the sentence hold a word of this list?" of
``Sentence.words`` (a test of two sets) and "where do its words stand?" of
``Sentence.texts`` instead of mapping over the tokens; the analysis hands the
set and the tuple it already made to the record, so they must be the ones
its tokens spell.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.analysis import Sentence
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import tokenize
from probe import drafts

_WORDS = ["قتل", "جنود", "في", "هجوم", "مسلحون", "على", "نقطة", "بغداد،", "أمس.", "و5", "(داعش)"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=12))
def test_a_sentence_built_without_words_or_texts_spells_them_from_its_tokens(words: list[str]) -> None:
    text = normalize_text(" ".join(words))
    tokens = tuple(tokenize(text, 0, len(text)))
    s = Sentence(0, len(text), tokens, (), (), (), (), ())
    assert s.words == frozenset(t.text for t in tokens)
    assert s.texts == tuple(t.text for t in tokens)


def test_analysed_sentences_carry_the_words_and_texts_of_their_tokens() -> None:
    found = drafts("قتل 5 جنود في هجوم شنه مسلحون على نقطة أمنية في بغداد أمس. "
                   "وأعلن تنظيم داعش مسؤوليته عن التفجير.", "2021-03-12")
    assert found
    for d in found:
        s = d.sentence
        assert s.words == frozenset(t.text for t in s.tokens)
        assert s.texts == tuple(t.text for t in s.tokens)
