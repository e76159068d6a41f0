"""The shortcuts of the mention steps give exactly the answers of the plain
walks they replace: a sentence's word set asked before the place-word finders,
the hits' token sets gathered in one walk, a hit list picked by kind."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import default_extractor
from eventx.analysis import _hit_tokens, _naming_hits, _PLACE_ONLY, _points_back, _with_kind, has_trigger
from eventx.places import country_words, place_noun_in, qualified_places, state_words
from eventx.text.normalize import normalize_key
from eventx.text.tokenize import Token, tokenize

_WORDS = [normalize_key(w) for w in (
    "مدينة", "بمدينة", "مشهد", "حي", "الملعب", "البلاد", "جنوب", "شمال", "المملكة", "في",
    "بالمملكة", "قرية", "منطقة", "ترينتون", '"', "،", "قتل", "بغداد", "الموصل", "جندي",
    "أبو", "ياسر", "بن", "قبيلة")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_the_word_set_changes_no_answer(words: list[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))
    present = {t.text for t in tokens}
    gaz = default_extractor().compiled.gazetteer
    if not place_noun_in(present):  # the extractor skips qualified_places then
        assert qualified_places(tokens, (), gaz, ["IQ"]) == []
    assert country_words(tokens, present) == country_words(tokens)
    assert state_words(tokens, present) == state_words(tokens)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_hit_token_sets_and_kinds_as_the_comprehensions(words: list[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))
    hits = default_extractor().compiled.lexicon.match(tokens)
    covered, held = _hit_tokens(hits)
    assert covered == {i for h in hits for i in range(h.first, h.last + 1)}
    assert held == {i for h in hits if h.kinds != _PLACE_ONLY for i in range(h.first, h.last + 1)}
    for kind in ("title", "trigger", "facility", "place"):
        assert _with_kind(hits, kind) == [h for h in hits if h.of_kind(kind)]
    assert has_trigger(hits) == any(h.of_kind("trigger") for h in hits)
    assert _points_back(hits) == any(e.value.anaphor for h in hits for e in h.of_kind("actor"))


_NAMING_WORDS = _WORDS + [normalize_key(w) for w in (
    "المشتبه", "بهم", "التنظيم", "وزير", "الداخلية", "قال", "أكد", "مسلحون", "داعش", "هجوم")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_NAMING_WORDS), max_size=14))
def test_naming_hits_are_mentions_and_long_cues(words: list[str]) -> None:
    """The hits _mentions reads: a place, an actor or a title, or a cue of
    several words; a one-word cue or a deed word names no one."""
    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))
    hits = default_extractor().compiled.lexicon.match(tokens)
    assert _naming_hits(hits) == [
        h for h in hits if not h.kinds.isdisjoint({"place", "actor", "title"})
        or ("cue" in h.kinds and h.last > h.first)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([normalize_key(w) for w in (
    "العراقية", "والعراقيين", "السوري", "لبنانيا", "الفرنسية", "بغداد", "قتل", "الإسرائيلية", "ب")]))
def test_the_remembered_nationality_is_the_variants_walk(word: str) -> None:
    from eventx import analysis
    from eventx.text.clitics import variants

    comp = default_extractor().compiled
    walked = next((n for f in variants(word) if (n := comp.actors.nisba(f)) is not None), None)
    assert analysis._nisba_word(comp, word) == walked
    assert analysis._nisba_word(comp, word) == walked  # remembered
    assert len(analysis._NISBA_MEMO) <= analysis._NISBA_MEMO_SIZE


def test_the_nationality_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventx import analysis

    comp = default_extractor().compiled
    analysis._NISBA_MEMO.clear()
    monkeypatch.setattr(analysis, "_NISBA_MEMO_SIZE", 3)
    for w in ("العراقيه", "السوري", "قتل", "بغداد", "الفرنسيه", "جنود"):
        analysis._nisba_word(comp, w)
        assert len(analysis._NISBA_MEMO) <= 3
    assert analysis._nisba_word(comp, "السوري") == analysis._nisba_word(comp, "السوري")


def _direction_walk(tokens: list[Token], first: int) -> tuple[int, str] | None:
    """direction_at as it was: every width tried, no test of the word before."""
    from eventx.places import DIRECTIONS, direction_base

    for width in (3, 2, 1):
        s = first - width
        if s < 0:
            continue
        words = [t.text for t in tokens[s:first]]
        words[0] = direction_base(words[0])
        d = DIRECTIONS.get(" ".join(words))
        if d is not None:
            return s, d
    return None


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from([normalize_key(w) for w in (
    "شمال", "بشمال", "جنوب", "شرق", "شرقي", "غربي", "بالقرب", "من", "قرب", "وسط", "ضواحي",
    "بغداد", "في", "-", "/", "2", "مباراة", "العراق")]), max_size=10))
def test_direction_and_sports_shortcuts_as_the_walks(words: list[str]) -> None:
    from eventx.places import _SCORE_MARKS, _SPORTS, _scan_sports, direction_at

    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))
    for i in range(len(tokens) + 1):
        assert direction_at(tokens, i) == _direction_walk(tokens, i)
    texts = [t.text for t in tokens]
    scored = any(
        1 <= i < len(texts) - 1 and all(w == "صفر" or (w.isdigit() and len(w) <= 2)
                                        for w in (texts[i - 1], texts[i + 1]))
        and not (i + 2 < len(texts) and texts[i + 2] == "/") and not (i >= 2 and texts[i - 2] == "/")
        for i, w in enumerate(texts) if w in _SCORE_MARKS)
    assert _scan_sports(tokens) == (not _SPORTS.isdisjoint(texts) or scored)
