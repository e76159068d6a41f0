"""The lexicon's match gives exactly what its plain walk gave.

``Lexicon.match`` keeps each phrase's hit fields (entries, kinds, classes)
where they are first computed, on the memoised start of a word and on the
memoised step of a walk, and hands them to the hit as they are; it finds the
word after each token in a shifted list.  The reference below is the match
it replaced, which rebuilt the entries and their kinds and classes for every
longer hit and walked from the start's readings: the two must agree, over
random word sequences from the shipped phrases (with clitics and plain ة
words), and on a lexicon whose two readings of the same words tie.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.lexicon import Entry, Hit, Lexicon, _kinds_classes
from eventx.text.clitics import forms
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import Token, tokenize


def _reference_tie(best: tuple[int, list[Entry], str], ents: list[Entry],
                   key: str) -> tuple[int, list[Entry], str]:
    """Two readings of the same words: where both name actors (or the one of
    the longer key is listed as no actor), the reading of the longer key
    keeps its actors and its key; otherwise their entries join."""
    j, have, have_key = best

    def naming(es: list[Entry]) -> bool:
        return any(e.kind in ("actor", "blocked") for e in es)

    def actors(es: list[Entry]) -> bool:
        return any(e.kind == "actor" for e in es)

    if len(key) > len(have_key) and naming(ents) and actors(have):
        return j, ents + [e for e in have if e.kind != "actor" and e not in ents], key
    if len(key) < len(have_key) and naming(have) and actors(ents):
        ents = [e for e in ents if e.kind != "actor"]
    return j, have + [e for e in ents if e not in have], have_key


def _reference_walk(lex: Lexicon, tokens: Sequence[Token],
                    i: int, plain: bool) -> tuple[int, list[Entry], str] | None:
    start = lex._first(tokens[i].text, plain=plain)
    best: tuple[int, list[Entry], str] | None = None
    if start.alone is not None:
        best = (i, list(start.alone[1]), start.alone[0])
    frontier = [(form, i + 1, lit) for form, lit, _ in start.roots if form in lex._next]
    while frontier:
        key, j, literal = frontier.pop()
        if j >= len(tokens):
            continue
        for step in lex._step(key, tokens[j].text, literal):
            child, lit, ents, more = step.key, step.literal, step.entries, step.more
            if ents and (best is None or j > best[0]):
                best = (j, list(ents), child)
            elif ents and best is not None and j == best[0]:
                best = _reference_tie(best, list(ents), child)
            if more:
                frontier.append((child, j + 1, lit))
    return best


def _reference_match(lex: Lexicon, tokens: Sequence[Token], plain: frozenset[int]) -> list[Hit]:
    hits: list[Hit] = []
    free = 0
    for i, tok in enumerate(tokens):
        if i < free:
            continue
        start = lex._first(tok.text, plain=i in plain)
        if not start.roots:
            continue
        if start.follow and i + 1 < len(tokens) and not start.follow.isdisjoint(
                forms(tokens[i + 1].text)):
            found = _reference_walk(lex, tokens, i, i in plain)
            if found is not None:
                last, ents, key = found
                hits.append(Hit(i, last, tok.start, tokens[last].end, key, tuple(ents),
                                *_kinds_classes(ents)))
                free = last + 1
        elif start.alone is not None:
            key, ents_t, kinds, classes = start.alone
            hits.append(Hit(i, i, tok.start, tok.end, key, ents_t, kinds, classes))
    return hits


@lru_cache(maxsize=1)
def _shipped() -> tuple[Lexicon, st.SearchStrategy[str], st.SearchStrategy[str]]:
    """The shipped lexicon, a strategy of its phrases, and one of the words of
    the longer phrases (where walks go), a few thousand of them.  The
    strategies are made once: hypothesis labels a sampled_from by walking its
    elements, and a new one per draw took most of these tests' time."""
    from eventx import default_extractor

    lex = default_extractor().compiled.lexicon
    phrases = sorted(lex.phrases())
    words = sorted({w for key in phrases if " " in key for w in key.split(" ")})
    return lex, st.sampled_from(phrases), st.sampled_from(words[::7])


_CLITICS = ["", "", "", "و", "ب", "ال", "وال", "ل"]


@st.composite
def _sentences(draw: st.DrawFn) -> tuple[list[Token], frozenset[int]]:
    _, phrases, words = _shipped()
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 8))):
        if draw(st.booleans()):  # a whole phrase, perhaps a clitic before it
            parts.append(draw(st.sampled_from(_CLITICS)) + draw(phrases))
        else:
            parts.append(draw(st.sampled_from(_CLITICS)) + draw(words))
    norm = normalize_text(" ".join(parts))
    tokens = tokenize(norm, 0, len(norm))
    plain = draw(st.frozensets(st.integers(0, max(len(tokens) - 1, 0)), max_size=3))
    return tokens, frozenset(k for k in plain if k < len(tokens))


@settings(max_examples=400, deadline=None)
@given(_sentences())
def test_match_is_the_plain_walk(sentence: tuple[list[Token], frozenset[int]]) -> None:
    lex = _shipped()[0]
    tokens, plain = sentence
    assert lex.match(tokens, plain) == _reference_match(lex, tokens, plain)


@settings(max_examples=200, deadline=None)
@given(_sentences())
def test_match_given_the_texts_is_the_plain_walk(sentence: tuple[list[Token], frozenset[int]]) -> None:
    """The analysis hands match the tokens' texts it read with their ends (a
    tuple): the hits are the ones match finds reading the texts itself."""
    lex = _shipped()[0]
    tokens, plain = sentence
    texts = tuple(t.text for t in tokens)
    assert lex.match(tokens, plain, texts) == _reference_match(lex, tokens, plain)


def test_tied_readings_join_their_entries() -> None:
    """انتحاريا reads as itself and as انتحاري (tanween off): where both
    readings end a phrase on the same word, the hit holds both phrases'
    entries, and its kinds and classes are theirs together."""
    lex = Lexicon()
    lex.add("هجوم انتحاريا", Entry("class", "suicide"))
    lex.add("هجوم انتحاري", Entry("trigger", "attack"))
    lex.add("هجوم", Entry("trigger", "attack"))
    norm = normalize_text("وقع هجوم انتحاريا امس")
    tokens = tokenize(norm, 0, len(norm))
    hits = lex.match(tokens)
    assert hits == _reference_match(lex, tokens, frozenset())
    (h,) = hits
    assert (h.first, h.last) == (1, 2)
    assert set(h.entries) == {Entry("class", "suicide"), Entry("trigger", "attack")}
    assert h.kinds == {"class", "trigger"} and h.classes == {"suicide"}
    assert lex.match(tokens) == hits  # again, from the memos


def test_a_tie_met_again_gives_its_hit_the_same_fields() -> None:
    """The joined fields of tied readings are remembered: a second hit of
    the same words holds the first one's entries tuple (the rule choice
    remembers a hit's role by that tuple's identity), not an equal copy."""
    lex = Lexicon()
    lex.add("هجوم انتحاريا", Entry("class", "suicide"))
    lex.add("هجوم انتحاري", Entry("trigger", "attack"))
    norm = normalize_text("وقع هجوم انتحاريا امس ثم هجوم انتحاريا")
    tokens = tokenize(norm, 0, len(norm))
    first, second = lex.match(tokens)
    assert first.entries is second.entries
    assert first.kinds is second.kinds and first.classes is second.classes
    assert [h[4:] for h in lex.match(tokens)] == [first[4:], second[4:]]
    assert lex.match(tokens)[0].entries is first.entries


def test_spellings_of_a_phrase_share_its_entries() -> None:
    """Every spelling of a word or phrase whose reading keeps all of its
    entries (المدينة، بالمدينة، والمدينة) hands its hits the phrase's own
    entries tuple, one object, which the rule choice remembers hits by; a
    reading that drops some (an exact entry under a clitic) gets a tuple of
    its own."""
    lex = Lexicon()
    lex.add("مدينه", Entry("place", "city"))
    lex.add("مدينه", Entry("class", "town"))
    lex.add("غاره جويه", Entry("trigger", "air_strike"))
    lex.add("حماس", Entry("actor", "hamas"))
    lex.add("حماس", Entry("blocked", "word", exact=True))
    norm = normalize_text("في المدينة وبمدينة غارة جوية وللغارة الجوية حماس ولحماس")
    tokens = tokenize(norm, 0, len(norm))
    hits = lex.match(tokens)
    assert hits == _reference_match(lex, tokens, frozenset())
    by_key: dict[str, list[Hit]] = {}
    for h in hits:
        by_key.setdefault(h.key, []).append(h)
    stored = lex.phrases()
    city, strike = by_key["مدينه"], by_key["غاره جويه"]
    assert len(city) == 2 and len(strike) == 2
    assert all(h.entries is stored["مدينه"] for h in city)
    assert all(h.entries is stored["غاره جويه"] for h in strike)
    plain, glued = by_key["حماس"]
    assert plain.entries is stored["حماس"]
    assert glued.entries == (Entry("actor", "hamas"),) and glued.entries is not stored["حماس"]


def test_compacted_followers_are_frozen_and_a_later_phrase_still_joins() -> None:
    """compact() keeps the words that may follow each phrase as a tuple or a
    frozenset (no set: sets are always tracked by the garbage collector), and
    matching reads them the same; a phrase added afterwards (a test, a plugin
    building its own lexicon) still extends the trie."""
    lex = Lexicon()
    for p in ("غاره جويه", "غاره", "قوات الامن", "قوات الجيش", *(f"قوات {w}" for w in "ابتثجحخدذرز")):
        lex.add(p, Entry("class", p))
    text = "شنت قوات الامن غارة جوية ثم قوات الجيش وقوات ز"
    norm = normalize_text(text)
    tokens = tokenize(norm, 0, len(norm))
    before = lex.match(tokens)
    lex.compact()
    assert not any(isinstance(v, set) for v in lex._next.values())
    assert isinstance(lex._next["قوات"], frozenset) and isinstance(lex._next["غاره"], tuple)
    fresh = Lexicon.__new__(Lexicon)
    fresh.__setstate__(lex.__getstate__())
    for lx in (lex, fresh):
        assert lx.match(tokens) == before == _reference_match(lx, tokens, frozenset())
    lex.add("غاره جويه اسراييليه", Entry("class", "late"))
    norm2 = normalize_text("غارة جوية إسرائيلية")
    hits = lex.match(tokenize(norm2, 0, len(norm2)))
    assert [h.key for h in hits] == ["غاره جويه اسراييليه"]
