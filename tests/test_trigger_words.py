"""The candidate scan asks of each word it found whether it can give a
trigger hit (eventx.trigger_words): a sentence it now passes over would have
given none, and the lexicon's every reading of a trigger key is found."""
from __future__ import annotations

from functools import lru_cache

from hypothesis import example, given, settings
from hypothesis import strategies as st

from eventx import Extractor
from eventx.analysis import _plain, has_trigger
from eventx.doc_scan import TRIGGER, hidden_spellings, joint_scan, word_start
from eventx.text.clitics import PROCLITIC_CHAINS, analyse
from eventx.text.normalize import normalize
from eventx.text.sentences import split_sentences
from eventx.text.tokenize import tokenize
from eventx.trigger_words import TriggerWords


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


@lru_cache(maxsize=1)
def _unfiltered() -> Extractor:
    """The extractor whose scan takes every trigger key's word (as before)."""
    import attrs

    ex = Extractor.__new__(Extractor)
    ex.compiled = attrs.evolve(_extractor().compiled, trigger_words=None)
    return ex


def _candidates(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The candidates as every trigger key made them, and as now."""
    norm = normalize(text)
    return _unfiltered().candidate_sentences(norm), _extractor().candidate_sentences(norm)


def _trigger_hit(text: str, start: int, end: int, teh: frozenset[int]) -> bool:
    toks = tokenize(text, start, end)
    ends = tuple(t.end for t in toks)
    hits = _extractor().compiled.lexicon.match(toks, _plain(toks, ends, frozenset(p + 1 for p in teh)))
    return has_trigger(hits)


def test_a_key_inside_a_longer_word_makes_no_candidate() -> None:
    # زار in وزارة, اجتماع in الاجتماعي: no reading of either word is a trigger
    old, new = _candidates("ونشرت وزارة الصحة تقريرها السنوي عن الضمان الاجتماعي.")
    assert old and not new


def test_a_phrase_word_without_its_neighbour_makes_no_candidate() -> None:
    # الأمنية is the scanned word of trigger phrases, none of them "الأجهزة الأمنية"
    old, new = _candidates("وتحدث الكاتب عن الأجهزة الأمنية في البلاد.")
    assert old and not new


def test_a_trigger_word_still_makes_a_candidate() -> None:
    text = "زار الوزير المدرسة أمس."
    assert _candidates(text) == ([(0, len(normalize(text).text))],) * 2


def test_hidden_spellings() -> None:
    assert hidden_spellings("القبض") == ["للقبض"]
    assert hidden_spellings("ضربه") == ["ضربت"]
    assert hidden_spellings("الضربه") == ["للضربه", "الضربت", "للضربت"]
    assert hidden_spellings("ال") == []


def test_trigger_keys_must_be_letters() -> None:
    try:
        TriggerWords.of(["هجوم 2"], lambda k: k)
    except ValueError:
        return
    raise AssertionError("a key with a digit was taken")


@lru_cache(maxsize=1)
def _keys() -> list[str]:
    return sorted(_extractor().compiled.automaton.keys())


_ENCLITICS = ["", "ه", "ها", "هم", "هما", "نا", "كم", "ا"]


@settings(max_examples=300, deadline=None)
@given(st.data(), st.sampled_from(sorted(PROCLITIC_CHAINS)), st.sampled_from(_ENCLITICS),
       st.booleans())
def test_every_reading_of_a_trigger_key_is_found(data: st.DataObject, proclitic: str,
                                                   enclitic: str, teh: bool) -> None:
    """A word the clitic analysis reads as a trigger key holds that key or
    one of its hidden spellings at a word start."""
    key = data.draw(st.sampled_from(_keys()))
    stem = key
    if proclitic.endswith("لل") and key.startswith("ال"):
        stem = key[2:]  # the alef elided: ل + الضربة is للضربة
    if teh and stem.endswith("ه") and enclitic:
        stem = stem[:-1] + "ت"
    word = proclitic + stem + enclitic
    if key not in {form for form, _ in analyse(word)}:
        return
    auto = _extractor().compiled.doc_scan
    assert auto is not None
    assert any(kind & TRIGGER and word_start(word, end - size + 1) >= 0
               for end, (size, kind, _) in auto.iter(word)), word


# words that hold trigger keys (inside longer words too), their neighbours
# in trigger phrases, and plain words
_WORDS = ["وزارة", "الاجتماعي", "الأمنية", "الأجهزة", "العملية", "أمنية", "الحادث", "حادث",
          "سير", "الطريق", "قطع", "سيارة", "مفخخة", "السيارة", "إطلاق", "النار", "للقبض",
          "القبض", "على", "القانونية", "القادم", "قتل", "مقتل", "هجومها", "هجوما", "ضربته",
          "الضربة", "للضربة", "زيارته", "زار", "اجتماع", "الإرهابية", "العمليات", "عسكرية",
          "قوات", "الجيش", "في", "المدينة", "أمس", "وقال", "إن", "للقضاء", "للاعتداء", "ضربتها"]
_SEPARATORS = [" ", " ", " ", "، ", ". ", "\n", '"']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)),
                min_size=1, max_size=14))
@example([("وزارة", " "), ("للقبض", " "), ("على", " ")])
@example([("الأجهزة", " "), ("الأمنية", " "), ("للقبض", " ")])
def test_a_sentence_passed_over_gives_no_trigger_hit(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    old, new = _candidates(text)
    assert set(new) <= set(old)
    norm = normalize(text)
    teh = norm.folded_teh_marbuta()
    for s, e in set(old) - set(new):
        assert not _trigger_hit(norm.text, s, e, teh), norm.text[s:e]


def test_a_hidden_spelling_alone_makes_a_candidate() -> None:
    # للقبض (ل + القبض) is the sentence's only trigger word: before, a hidden
    # spelling only kept a sentence another key had made a candidate
    text = "وسارعت الشرطة للقبض على اللصوص في الموصل أمس."
    assert _extractor().candidate_sentences(normalize(text)) == [(0, len(normalize(text).text))]
    assert [e.type for e in _extractor().extract(text)] == ["arrest"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)),
                min_size=1, max_size=14))
@example([("للقبض", " "), ("على", " ")])
@example([("في", " "), ("للقضاء", " "), ("على", " ")])
def test_every_sentence_with_a_trigger_hit_is_a_candidate(parts: list[tuple[str, str]]) -> None:
    """The scan misses no sentence the lexicon reads a trigger in."""
    norm = normalize("".join(w + sep for w, sep in parts))
    teh = norm.folded_teh_marbuta()
    candidates = set(_extractor().candidate_sentences(norm))
    for s, e in split_sentences(norm.text):
        if _trigger_hit(norm.text, s, e, teh):
            assert (s, e) in candidates, norm.text[s:e]


def test_the_joint_scan_marks_hidden_spellings() -> None:
    auto = _extractor().compiled.doc_scan
    assert auto is not None
    kinds = {key: auto.get(key)[1] for key in ("القبض", "للقبض")}
    assert kinds["القبض"] == TRIGGER
    assert kinds["للقبض"] == TRIGGER
    assert joint_scan(_extractor().compiled.automaton, None).get("للقبض")[1] == kinds["للقبض"]


# sentences for whole articles: a speaker named, statements pointing back to
# him, sentences passed over (a trigger key in words that give no hit)
_SENTENCES = [
    "وقال رئيس الوزراء التركي أحمد داود أوغلو في مؤتمر صحافي إن بلاده ترفض التدخل في شؤونها.",
    "ونشرت وزارة الصحة تقريرها السنوي عن الضمان الاجتماعي.",
    "وتحدث الكاتب عن الأجهزة الأمنية في البلاد.",
    "وشهد الطريق ازدحاما كبيرا.",
    "وجاءت تصريحاته في مؤتمر صحفي بالقاهرة.",
    "وأضاف أن بلاده ترحب بالاتفاق.",
    "وقتل مسلحون ثلاثة جنود في هجوم على حاجز قرب المدينة.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8))
@example([_SENTENCES[0], _SENTENCES[1], _SENTENCES[2], _SENTENCES[3], _SENTENCES[4]])
def test_events_are_those_of_the_scan_taking_every_key(sentences: list[str]) -> None:
    """Passing over sentences changes no event: those sentences still count
    for how far back a speaker reaches (speakers.SPEAKER_SENTENCES)."""
    text = " ".join(sentences)
    assert _extractor().extract(text) == _unfiltered().extract(text)
