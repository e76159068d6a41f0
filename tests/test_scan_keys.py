"""The candidate scan looks for one word of each trigger form: its longest.

The scan is only a pre-filter: a sentence it misses is never analysed, so it
must find every sentence in which the lexicon reads a trigger form; and it
should pass few others (a phrase's first word is often a preposition that
nearly every sentence holds).
"""
from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.compiled import scan_key
from eventx.extractor import Extractor
from eventx.text.normalize import normalize
from eventx.text.tokenize import tokenize


@cache
def _extractor() -> Extractor:
    return Extractor()


@cache
def _phrase_forms() -> list[str]:
    """Every trigger form of more than one word (normalised keys)."""
    lex = _extractor().compiled.lexicon
    return sorted(k for k, ents in lex.phrases().items()
                  if " " in k and any(e.kind == "trigger" for e in ents))


def _trigger_read(text: str) -> bool:
    """Whether the lexicon reads a trigger form anywhere in normalised ``text``."""
    hits = _extractor().compiled.lexicon.match(tokenize(text))
    return any("trigger" in h.kinds for h in hits)


def test_scan_key_is_the_longest_word() -> None:
    assert scan_key("من السيطرة على") == "السيطرة"
    assert scan_key("هجوم") == "هجوم"
    assert scan_key("ab cd") == "ab"  # the first of the longest


def test_a_preposition_alone_makes_no_candidate() -> None:
    norm = normalize("جاء الرجل من السوق في الصباح.")
    assert _extractor().candidate_sentences(norm) == []


def test_a_phrase_trigger_still_makes_its_sentence_a_candidate() -> None:
    norm = normalize("وتمكنت وحدات الجيش أمس من السيطرة على ثلاث قرى في ريف المحافظة.")
    assert _extractor().candidate_sentences(norm) == [(0, len(norm.text))]


def test_phrase_forms_exist() -> None:
    # the property below needs phrases to draw from
    assert len(_phrase_forms()) > 10


@settings(max_examples=150, deadline=None)
@given(st.data(), st.sampled_from(["", "و", "ب", "ف", "ل"]))
def test_every_sentence_reading_a_phrase_trigger_is_a_candidate(data: st.DataObject,
                                                                 clitic: str) -> None:
    form = data.draw(st.sampled_from(_phrase_forms()))
    text = f"وقال المصدر إن {clitic}{form} جرى في المنطقة أمس."
    norm = normalize(text)
    if _trigger_read(norm.text):
        assert _extractor().candidate_sentences(norm), text
