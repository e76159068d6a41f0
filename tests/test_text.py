"""Tokenizer tuning, sentence splitting and clitic variants."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.text.clitics import variants
from eventx.text.normalize import normalize_text
from eventx.text.sentences import split_sentences
from eventx.text.tokenize import tokenize


def toks(s: str) -> list[str]:
    return [t.text for t in tokenize(normalize_text(s))]


def test_quotes_and_periods_split_from_words() -> None:
    assert toks('تنظيم "داعش".') == ["تنظيم", '"', "داعش", '"', "."]
    assert toks("السيادة الوطنية العراقية\".,") [-3:] == ['"', ".", ","]
    assert toks("«قوات أجنبية».") == ['"', "قوات", "اجنبيه", '"', "."]
    assert toks("و14 صاروخاً.") == ["و", "14", "صاروخا", "."]


def test_seed_joins_split_sentences(seed_text: str) -> None:
    norm = normalize_text(seed_text)
    sents = [norm[s:e] for s, e in split_sentences(norm)]
    assert any(s.startswith("واضاف الكاظمي") for s in sents)
    assert not any(s.startswith(",") for s in sents)
    assert any(s.startswith("واستهدفت صواريخ كاتيوشا") for s in sents)


@given(st.text(max_size=300))
def test_sentences_are_ordered_disjoint_spans(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        last = e


@given(st.text(max_size=200))
def test_token_offsets_slice_text(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text


def test_clitic_variants() -> None:
    assert "الطارميه" in variants("بالطارميه")
    assert "بغداد" in variants("ببغداد")
    assert "الجيش" in variants("للجيش")
    assert "مداهمه" in variants("مداهمتها")
    assert "هجوم" in variants("هجوما")
    assert "العراق" not in variants("العراقي")  # a nisba is not "my Iraq"
