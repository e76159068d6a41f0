"""The remembered answers place_key reads (per key, per neighbouring word,
per sentence word set) are the answers it computed directly before."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx.places as P
from eventx.analysis import _KINDS
from eventx.gazetteer import Gazetteer
from eventx.lexicon import Entry, Hit
from eventx.text.normalize import normalize, normalize_key
from eventx.text.tokenize import tokenize

_GAZ = Gazetteer.default()
# keys of every sort: big cities, small towns, guarded words, several words
_KEYS = sorted(_GAZ.keys())[::97] + [normalize_key(k) for k in (
    "بغداد", "القاهرة", "حماة", "القصير", "مسقط", "الطائف", "جوهر", "الرياض", "شمال العراق")]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_KEYS))
def test_key_facts_are_the_gazetteers_answers(key: str) -> None:
    facts = P._key_facts(_GAZ, key)
    cands = _GAZ.candidates(key)
    assert facts.words == key.split()
    assert facts.prominent == P._prominent(cands)
    assert facts.guarded == _GAZ.guard(key)
    assert facts.minor == P._minor(cands)
    assert facts.all_cities == all(p.feature == "city" for p in cands)
    assert facts.idioms == P._IDIOM_AFTER.get(key, frozenset())
    assert facts.construct == (key in P._CONSTRUCT_PLURALS)
    assert P._key_facts(_GAZ, key) is facts  # remembered


_BEFORE_WORDS = sorted(P._ORG_BEFORE | P._PERSON_BEFORE) + [
    P._STATE_NOUN, P._LIBERATION, P._MARKET_NOUN, "مدينة", "قال", "في", "الجيش"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "و", "ف", "ب", "ل", "وب", "لل", "ك"]), st.sampled_from(_BEFORE_WORDS))
def test_word_before_bits_are_the_word_lists_answers(clitic: str, word: str) -> None:
    w = clitic + word
    bits = P._word_before(w)
    assert bool(bits & P._ORG_WORD) == (not P._ORG_BEFORE.isdisjoint(P._bases(w)))
    assert bool(bits & P._STATE_WORD) == (P._base(w) == P._STATE_NOUN)
    assert bool(bits & P._PERSON_WORD) == (w in P._PERSON_BEFORE)
    assert bool(bits & P._LIBERATION_WORD) == (P._base(w) == P._LIBERATION)
    assert bool(bits & P._MARKET_WORD) == (P._base(w) == P._MARKET_NOUN)


def test_a_word_after_the_name_ends_it() -> None:
    assert P._ends_name(normalize_key("اثنين"))  # a spelt "two": a counted noun before it
    assert not P._ends_name(normalize_key("امس"))


# words a sentence around a place is made of here: places, sports words,
# scores and dates, locating words, organisation words
_VOCAB = ["بغداد", "ببغداد", "في", "مدينة", "نادي", "فاز", "المنتخب", "-", "/", "2", "1", "صفر",
          "13", "سوق", "الاسهم", "دولة", "الطائف", '"', "حماة", "الوطن", "القصير", "اثنين",
          "تحرير", "حركة", "السودان", "الايطالي", "ميلان", "جامعة", "القاهرة", "امس"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12))
def test_the_sentence_words_change_no_answer(words: list[str]) -> None:
    """place_key and the sports test answer the same with the sentence's word
    set as without it (the set only spares building it again)."""
    tokens = tokenize(normalize(" ".join(words)).text)
    word_set = {t.text for t in tokens}
    assert P._sports_report(tokens, word_set) == P._scan_sports(tokens)
    for i, t in enumerate(tokens):
        for key in {t.text, P._base(t.text)}:
            if _GAZ.candidates(key):
                assert P.place_key(tokens, i, i, key, _GAZ, None, word_set) \
                    == P.place_key(tokens, i, i, key, _GAZ)


@pytest.mark.parametrize("kinds", [frozenset(), frozenset({"cue"}), frozenset({"place", "actor"})])
def test_mentions_read_a_hits_kinds(kinds: frozenset[str]) -> None:
    hit = Hit(0, 0, 0, 1, "x", (Entry("cue", "x"),), kinds)
    assert _KINDS(hit) is kinds
