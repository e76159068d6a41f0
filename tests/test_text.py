"""Tokenizer tuning, sentence splitting and clitic variants."""
from __future__ import annotations

import functools

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from eventx.text.clitics import variants
from eventx.text.normalize import normalize_text
from eventx.text.sentences import split_sentences
from eventx.text.tokenize import (Token, _special_cases, _splitter, blank_arabic, spacy_tokens,
                                  tokenize)


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


_TOKEN_TEXT = st.text(alphabet=st.sampled_from(
    list("قتل في بغداد، و14 داعش\".»().:؟!-/ 0123456789abc") +
    [" ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x0b", "\x1c", "\u2028"]), max_size=120)


@given(_TOKEN_TEXT, st.data())
def test_chunk_memo_tokenises_exactly_as_spacy(text: str, data: st.DataObject) -> None:
    """The per-chunk memo gives spaCy's own tokens for any span, any whitespace."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [Token(t.text, t.start + start, t.end + start)
                for t in spacy_tokens(text[start:end])]
    assert tokenize(text, start, end) == expected
    assert tokenize(text, start, end) == expected  # and again, from the memo


_LETTERS = [chr(c) for c in range(0x0621, 0x064B)]  # hamza to yeh, tatweel included
_LETTER_RUN = st.text(alphabet=_LETTERS, min_size=1, max_size=6)


@given(st.lists(_LETTER_RUN
                | st.builds(str.__add__, _LETTER_RUN, st.sampled_from(list("\"'»”)].,،:!؟?-/%")))
                | st.from_regex(r"[0-9]{1,5}", fullmatch=True)
                | st.sampled_from(["و14", "داعش\".", "قال:هناك", "أ.د", "د.", "ب.", "الشـ", "صلعم",
                                   "a.b", "1.5", "٣"]),
                min_size=1, max_size=8))
def test_chunks_split_without_spacy_are_split_as_spacy_splits_them(chunks: list[str]) -> None:
    """tokenize() keeps a chunk of Arabic letters or of digits alone whole,
    and parts a closing mark from the letters before it, without asking
    spaCy: this holds those splits to spaCy's own, beside chunks that spaCy
    splits (special cases such as د. included)."""
    text = " ".join(chunks)
    expected = [Token(t.text, t.start, t.end) for t in spacy_tokens(text)]
    assert tokenize(text) == expected
    assert tokenize(text) == expected  # and again, from the memo


def test_every_special_case_spelt_in_letters_or_digits_alone_is_one_token() -> None:
    """The tokenizer's exceptions that hold letters alone (صلعم، إلخ) split
    nothing off: what lets tokenize() keep such chunks whole unasked."""
    from eventx.text.tokenize import _ONE_TOKEN

    tokenizer = blank_arabic().tokenizer
    plain = [k for k in tokenizer.rules if _ONE_TOKEN.fullmatch(k)]
    assert plain  # the Arabic exceptions have some
    assert all([t.text for t in tokenizer(k)] == [k] for k in plain)


@functools.lru_cache(maxsize=1)
def _rules_swapped_in() -> spacy.language.Language:
    """The former construction: spaCy's blank Arabic pipeline with the tuned
    affix rules compiled and swapped in after it was built."""
    tuned = type(blank_arabic()).Defaults
    nlp = spacy.blank("ar")
    nlp.tokenizer.prefix_search = compile_prefix_regex(tuned.prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(tuned.suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(tuned.infixes).finditer
    return nlp


def test_the_tuned_language_keeps_arabic_defaults_but_the_affixes() -> None:
    tuned = type(blank_arabic()).Defaults
    arabic = spacy.util.get_lang_class("ar").Defaults
    assert blank_arabic().lang == "ar"
    assert tuned.tokenizer_exceptions is arabic.tokenizer_exceptions
    assert list(tuned.infixes or ())[1:] == list(arabic.infixes or ())
    assert list(tuned.prefixes or ())[4:] == list(arabic.prefixes or ())


@given(_TOKEN_TEXT)
def test_tuned_language_splits_as_the_rules_swapped_into_blank_arabic(text: str) -> None:
    """The tokenizer built from the tuned language's defaults (its regexes
    compiled once) splits as spaCy's blank pipeline with the same rules put in
    afterwards did."""
    expected = [(t.idx, len(t)) for t in _rules_swapped_in()(text)]
    assert [(t.idx, len(t)) for t in blank_arabic()(text)] == expected


_SPECIAL_CASES = sorted(spacy.util.get_lang_class("ar").Defaults.tokenizer_exceptions)


@given(st.lists(st.one_of(_TOKEN_TEXT, st.sampled_from(_SPECIAL_CASES)), max_size=6))
def test_the_bare_splitter_splits_as_the_blank_pipeline(parts: list[str]) -> None:
    """tokenize asks a tokenizer built alone (no pipeline, no lexical
    attributes) for the chunks its fast paths do not settle: it must split
    exactly as the tuned pipeline's own tokenizer, exceptions included."""
    text = " ".join(parts)
    expected = [(t.idx, len(t)) for t in blank_arabic().tokenizer(text)]
    assert [(t.idx, len(t)) for t in _splitter()(text)] == expected
    assert _special_cases() == frozenset(blank_arabic().tokenizer.rules or ())


_WORD = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهي", min_size=2, max_size=7)
_NUM = st.from_regex(r"\A[1-9][0-9]{0,4}(?:[.,][0-9]{1,2})?\Z")


@given(_WORD, _NUM)
def test_a_number_glued_to_a_word_is_parted_from_it(word: str, num: str) -> None:
    """Wire copy drops spaces ("الشعبي87"، "5جنود"): the word and the number
    become tokens of their own on either side, so the lexicon still sees the word."""
    for chunk, want in ((word + num, [word, num]), (num + word, [num, word])):
        assert [t.text for t in tokenize(chunk)] == want


def test_glued_number_no_longer_hides_an_actor() -> None:
    import eventx

    (ev,) = eventx.extract("واعتقلت قوات الحشد الشعبي87 عنصرا من تنظيم داعش أمس في الموصل.",
                           reference_date="2017-03-11")
    assert "قوات الحشد الشعبي" in [a.mention.text for a in ev.actors if a.mention]
    assert [(c.kind, c.value) for c in ev.counts] == [("arrested", 87)]


def test_a_proclitic_before_a_quote_is_its_own_token() -> None:
    assert toks('تفيد ب"احتمال" وقوع هجوم') == ["تفيد", "ب", '"', "احتمال", '"', "وقوع", "هجوم"]
    assert toks("و«داعش»") == ["و", '"', "داعش", '"']


def test_slashes_used_as_quotes_are_parted_from_the_name() -> None:
    """Some agencies write a group's name between slashes; a slash inside a
    word pair (و/أو) or a date (1436/10/12) is left as it was."""
    assert toks("عناصر تنظيم /داعش/. ثم") == ["عناصر", "تنظيم", "/", "داعش", "/", ".", "ثم"]
    assert toks("تنظيم /داعش/، وقال") == ["تنظيم", "/", "داعش", "/", "،", "وقال"]
    assert toks("في 1436/10/12") == ["في", "1436/10/12"]


def test_a_group_named_between_slashes_is_an_actor() -> None:
    import eventx

    (ev,) = eventx.extract("وهاجم مسلحون من تنظيم /داعش/ نقطة للجيش قرب المدينة أمس.",
                           reference_date="2015-07-27")
    assert "داعش" in [a.mention.text for a in ev.actors if a.mention]


_MARKS = st.sampled_from(["،", "؛", ":", "!", "؟"])


@given(_WORD, _MARKS, _WORD)
def test_a_mark_glued_between_two_words_is_its_own_token(left: str, mark: str, right: str) -> None:
    """Wire copy drops the space after a comma ("لقادتهم،أما في تعز"): both
    words reach the lexicon, and the mark stays between them."""
    assert [t.text for t in tokenize(left + mark + right)] == [left, mark, right]


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهي", min_size=3, max_size=8),
       st.sampled_from([".", "!", "؟"]), _WORD)
def test_a_stop_glued_between_two_words_ends_the_sentence(left: str, stop: str,
                                                          right: str) -> None:
    text = f"قال {left}{stop}{right} امس"
    assert [text[s:e] for s, e in split_sentences(text)] == [f"قال {left}{stop}", f"{right} امس"]


def test_letters_spelt_out_with_stops_stay_one_word() -> None:
    # "سي.إن.إن" (CNN) spells letters' names: no sentence ends inside it
    text = normalize_text("وقالت شبكة سي.إن.إن الأمريكية إن الهجوم وقع أمس")
    assert len(split_sentences(text)) == 1


def test_a_full_split_memo_starts_afresh_with_the_whole_span() -> None:
    """tokenize() reads every chunk of its span from the memo after one fill:
    when the fill clears a full memo, the chunks known before must come back."""
    from eventx.text import tokenize as tok

    text = normalize_text("قال الجيش إن 14 جنديا قتلوا في هجوم جديد.")
    tokenize(text)  # every chunk known
    saved = dict(tok._SPLITS)
    try:
        tok._SPLITS.update((f"x{i}", f"x{i}") for i in range(tok._MAX_SPLITS - len(tok._SPLITS) - 1))
        fresh = text + " كلمهجديده"
        assert tokenize(fresh) == [Token(t.text, t.start, t.end) for t in spacy_tokens(fresh)]
        assert len(tok._SPLITS) < tok._MAX_SPLITS
    finally:
        tok._SPLITS.clear()
        tok._SPLITS.update(saved)


_SENTENCE_TEXT = st.text(alphabet=st.sampled_from(
    list(".!?؟…\"')]\n;؛,،:ابتقلمنوهيA zb") + ["\t", "\u0301", "\u2028", "\x1c", "١"]), max_size=80)


def _reference_split(text: str) -> list[tuple[int, int]]:
    """split_sentences as the plain finditer over the boundary pattern."""
    from eventx.text import sentences

    spans: list[tuple[int, int]] = []
    pos = 0
    for m in sentences._BOUNDARY.finditer(text):
        sentences._add(text, pos, m.end(), spans)
        pos = m.end()
    if pos < len(text):
        sentences._add(text, pos, len(text), spans)
    return spans


@given(_SENTENCE_TEXT)
def test_sentence_split_equals_the_plain_boundary_scan(text: str) -> None:
    """split_sentences asks the pattern only where a boundary may open: the
    spans must be those of scanning every character."""
    assert split_sentences(text) == _reference_split(text)
