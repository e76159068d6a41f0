"""word_positions gives exactly the indices the plain comprehension gives,
over a sentence's texts (``Sentence.texts``) or its tokens' (``token_texts``)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.positions import token_texts, word_positions
from eventx.text.tokenize import tokenize

_WORDS = ["بن", "خلال", "البلاد", "مدينة", "قتل", "،", "3"]


@given(st.lists(st.sampled_from([*_WORDS, "وبن", "بنت"]), max_size=30),
       st.sets(st.sampled_from(_WORDS)))
def test_the_same_indices_as_a_comprehension(words: list[str], wanted: set[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))
    keys = frozenset(wanted)
    plain = [i for i, t in enumerate(tokens) if t.text in keys]
    assert word_positions(token_texts(tokens), keys) == plain
    assert word_positions(tuple(t.text for t in tokens), keys) == plain
    assert word_positions(token_texts(tuple(tokens[:-1])), keys) == [
        i for i, t in enumerate(tokens[:-1]) if t.text in keys]


def test_no_tokens_no_positions() -> None:
    assert word_positions([], frozenset({"بن"})) == []


@given(st.lists(st.sampled_from(["في", "حين", "كما", "،", "قتل", ",", "وفيما", "بينما"]), max_size=25))
def test_clause_marks_count_as_the_plain_loop(words: list[str]) -> None:
    from itertools import accumulate

    from eventx.events import _CONNECTIVES, _count_marks

    text = " ".join(words)
    toks = tuple(tokenize(text, 0, len(text)))
    texts = [t.text for t in toks]
    breaks = [0, *accumulate(w in _CONNECTIVES or (w == "حين" and j > 0 and texts[j - 1] in ("في", "وفي"))
                             for j, w in enumerate(texts))]
    commas = [0, *accumulate(w in ("،", ",") for w in texts)]
    assert _count_marks(tuple(texts)) == (commas, breaks)


@given(st.lists(st.sampled_from(["3", "-", "/", "صفر", "12", "2021", "المباراة", "قتل", "1999"]), max_size=20))
def test_sports_scan_as_the_plain_loop(words: list[str]) -> None:
    from eventx.places import _SPORTS, _scan_sports

    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))

    def goals(i: int) -> bool:
        w = tokens[i].text if 0 <= i < len(tokens) else ""
        return w == "صفر" or (w.isdigit() and len(w) <= 2)

    plain = any(t.text in _SPORTS for t in tokens) or any(
        tokens[i].text in ("-", "/") and goals(i - 1) and goals(i + 1)
        and not (i + 2 < len(tokens) and tokens[i + 2].text == "/")
        and not (i >= 2 and tokens[i - 2].text == "/")
        for i in range(1, len(tokens) - 1))
    assert _scan_sports(tokens) == plain
