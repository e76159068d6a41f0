"""The fast paths of numbers, counts and dates give exactly what the plain paths give.

Each shortcut taken for speed has a slow reference next to it here:

* the proclitic indexes (one dict get a token) against :func:`strip_proclitic`;
* the "can this text hold a number / a count?" early exits against running
  the full scan anyway;
* scanning only the tokens that can start a number against trying every token;
* the date grammar's candidate offsets against the word-by-word dictionary
  scan they replaced.

Inputs are a small frozen table of realistic news sentences (written for this
test, not taken from any corpus) plus generated text built from the very
words the shortcuts key on, with proclitics, digits and noise around them.
"""
from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx.counts as counts
import eventx.numbers as numbers
from eventx.dates import find_dates
from eventx.dates_grammar import grammar
from eventx.lexicon import Lexicon
from eventx.text.normalize import normalize_text

SENTENCES = [normalize_text(s) for s in (
    "قتل 14 شخصا وأصيب ثلاثة وعشرون آخرون في هجوم بسيارة مفخخة وسط بغداد مساء الثلاثاء.",
    "أعلنت وزارة الدفاع مقتل نحو 50 مسلحا بينهم قياديان في غارات جوية أمس الأول.",
    "أطلق الحوثيون صاروخين باليستيين وبضع طائرات مسيرة باتجاه جازان فجر اليوم.",
    "اعتقلت قوات الأمن ما لا يقل عن 120 شخصا خلال الأسبوع الماضي في عدة مدن.",
    "لقي ما بين 5 و 7 جنود حتفهم وجرح العشرات في انفجار عبوة ناسفة قبل يومين.",
    "وقع الهجوم في 28 يناير 2021 وأسفر عن مقتل وإصابة 20 مدنيا على الأقل.",
    "قالت الشرطة إن المسلحين الثلاثة قتلوا واعتقل اثنان آخران يوم الجمعة الماضي.",
    "سقطت 3 أو 4 قذائف هاون على حي سكني في 12 رجب 1442 هـ دون وقوع إصابات.",
    "شارك آلاف المتظاهرين في مسيرة بمناسبة ذكرى ثورة 25 يناير في ميدان التحرير.",
    "أفرجت الجماعة عن مئتي مختطف وخمسة عشر طفلا مطلع الشهر الجاري.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
    "ارتفعت حصيلة القتلى إلى 1,250 قتيلا وأكثر من ثلاثة آلاف جريح منذ عام 2013.",
    "استهدفت طائرة F-16 موقعا للتنظيم عند الساعة 10:30 من صباح الأحد 24/2.",
    "لست أدري كم قتيلا سقط، لكن بضعة مئات من الأشخاص فروا من القرية.",
    "",
    "   ",
)]

_NUM_LEX = numbers._lexicon()
_COUNT_T = counts._tables()
_WORDS = sorted(_NUM_LEX.starters | _COUNT_T.seed_words | set(_COUNT_T.frames)
                | set(grammar().anchor_words))
_PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "ال", "وال"]
_NOISE = ["في", "من", "على", "قتيلا", "جنود", "الجيش", "يناير", "،", ".", "-", "/", ":", "x",
          "1", "14", "2021", "1,250", "F", "و", "أو", "ـ"]


@st.composite
def _token_soup(draw: st.DrawFn) -> str:
    """Text made of the words the shortcuts key on, with clitics, digits and noise."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 14))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(_PROCLITICS)) + draw(st.sampled_from(_WORDS)))
        else:
            parts.append(draw(st.sampled_from(_NOISE)))
        parts.append(draw(st.sampled_from([" ", " ", "  ", "", "، "])))
    return "".join(parts)


_TEXTS = st.one_of(_token_soup(), st.text(max_size=40))


# ------------------------------------------------------- proclitic indexes --

def _check_index(index: dict[str, object], table: dict[str, object], proclitics: tuple[str, ...],
                 never: frozenset[str], probes: list[str]) -> None:
    procl = frozenset(proclitics)
    for word in probes:
        assert index.get(word) == numbers.strip_proclitic(word, table, procl, never), word


def _probes(table: dict[str, object], proclitics: tuple[str, ...]) -> list[str]:
    """Every table word behind every proclitic (and two-proclitic stacks)."""
    pre = ["", *proclitics, *(a + b for a in proclitics for b in proclitics)]
    return [p + w for w in table for p in pre]


def test_number_indexes_agree_with_strip_proclitic() -> None:
    lex = _NUM_LEX
    for index, table in ((lex.word_hits, lex.words), (lex.vague_hits, lex.vague),
                         (lex.pre_qual_hits, lex.pre_quals)):
        _check_index(index, table, lex.proclitics, lex.never,  # type: ignore[arg-type]
                     _probes(table, lex.proclitics))  # type: ignore[arg-type]


def test_count_indexes_agree_with_strip_proclitic() -> None:
    t = _COUNT_T
    for index, table in ((t.nouns_x, t.nouns), (t.frames_x, t.frames),
                         (t.block_before_x, t.block_before)):
        _check_index(index, table, t.proclitics, frozenset(),  # type: ignore[arg-type]
                     _probes(table, t.proclitics))  # type: ignore[arg-type]


def test_never_words_are_only_read_bare() -> None:
    # "لست" is ل + ست ("six") by spelling, but the table says it never is
    assert "لست" in _NUM_LEX.never
    assert "لست" not in _NUM_LEX.word_hits
    assert _NUM_LEX.word_hits[normalize_text("لستة")][0] == 1  # ل + ستة "for six" is read


@given(st.text(max_size=12))
@settings(max_examples=300, deadline=None)
def test_indexes_agree_on_any_word(word: str) -> None:
    lex = _NUM_LEX
    procl = frozenset(lex.proclitics)
    assert lex.word_hits.get(word) == numbers.strip_proclitic(word, lex.words, procl, lex.never)
    t = _COUNT_T
    assert t.nouns_x.get(word) == numbers.strip_proclitic(word, t.nouns, frozenset(t.proclitics))


# ------------------------------------------------------------ early exits --

def _scan_every_token(text: str) -> list[numbers.ScannedNumber]:
    """The scan as it was: try a number at every token, left to right."""
    lex = numbers._lexicon()
    toks = numbers.tokenize(text)
    out: list[numbers.ScannedNumber] = []
    i = 0
    while i < len(toks):
        found = numbers._number_at(lex, text, toks, i)
        if found is None:
            i += 1
            continue
        if found.match.start < found.match.end:
            out.append(found)
        i = max(found.end_tok, i + 1)
    return out


def _check_numbers(text: str) -> None:
    reference = _scan_every_token(text)
    assert numbers.scan_numbers(text) == reference
    if reference:
        assert numbers.may_hold_numbers(text)
    assert numbers.find_numbers(text) == [s.match for s in reference]


def _check_counts(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = counts.find_counts(text)
    with monkeypatch.context() as m:
        m.setattr(counts, "_may_hold_counts", lambda _t, _s: True)
        assert counts.find_counts(text) == fast


@pytest.mark.parametrize("text", SENTENCES)
def test_frozen_sentences_numbers(text: str) -> None:
    _check_numbers(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_frozen_sentences_counts(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _check_counts(text, monkeypatch)


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_generated_numbers(text: str) -> None:
    _check_numbers(normalize_text(text))


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_generated_counts(text: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        _check_counts(normalize_text(text), mp)


def test_sentence_without_figures_is_never_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    """The point of the early exits: no digit and no number word, no tokenising."""
    def boom(_text: str) -> list[numbers.Token]:
        raise AssertionError("tokenised a sentence that cannot hold a count")

    monkeypatch.setattr(counts, "tokenize", boom)
    monkeypatch.setattr(numbers, "tokenize", boom)
    text = SENTENCES[10]  # ولم تعلن أي جهة مسؤوليتها ...
    assert counts.find_counts(text) == []
    assert numbers.find_numbers(text) == []


def test_tokens_are_cheap_tuples_with_named_fields() -> None:
    toks = numbers.tokenize(normalize_text("قتل 1,250 شخصا، F-16"))
    assert [(t.text, t.kind) for t in toks] == [
        ("قتل", "w"), ("1,250", "d"), ("شخصا", "w"), ("،", "p"), ("f", "w"), ("-", "p"),
        ("16", "d")]
    assert all(t.end - t.start == len(t.text) for t in toks)


# ----------------------------------------------------------------- dates --

# letter runs: a month glued to its year ("مارس2016") is a word of its own
_REF_WORD = regex.compile(r"[^\W\d_]+")
_REF_NUMBER = regex.compile(r"(?<!\w)[وفبلك]{0,2}((?:ال\s?)?\d)")


def _reference_candidates(text: str) -> list[int]:
    """The candidate scan as it was: one dictionary look-up per letter run."""
    get = grammar().anchors.get
    out = [tok.start() + k for tok in _REF_WORD.finditer(text)
           if (k := get(tok.group())) is not None]
    out += [m.start(1) for m in _REF_NUMBER.finditer(text)]
    return sorted(out)


@pytest.mark.parametrize("text", SENTENCES)
def test_frozen_sentences_date_candidates(text: str) -> None:
    assert grammar().candidates(text) == _reference_candidates(text)


@given(_TEXTS)
@settings(max_examples=400, deadline=None)
def test_generated_date_candidates(text: str) -> None:
    text = normalize_text(text)
    assert grammar().candidates(text) == _reference_candidates(text)


def test_repeated_anchor_words_are_all_found() -> None:
    # the same anchor twice, once glued inside a longer word (not a candidate)
    text = normalize_text("أمس وأمس الأمسية أمس")
    assert grammar().candidates(text) == _reference_candidates(text)
    assert len(find_dates(text, None)) >= 2


# ------------------------------------------------- rule choice before slots --

GATED = [
    "انفجرت فضيحة جديدة في الوزارة أمس.",         # suppressed: a scandal 'explodes'
    "انفجرت سيارة مفخخة في بغداد أمس.",            # a bombing
    "وقال المتحدث إن 5 أشخاص أصيبوا في الحادث.",    # a statement and a toll
    "التقى الوزير نظيره في الرياض يوم الأحد.",      # a meeting
]


@pytest.mark.parametrize("text", GATED)
def test_gated_sentences_give_the_events_of_full_analysis(text: str) -> None:
    """Stopping before dates and counts where no rule fires changes no event:
    the drafts of the gated analysis equal those of a full one."""
    import datetime as dt

    import eventx
    from eventx.analysis import DocState, analyse
    from eventx.events import sentence_drafts
    from eventx.text.normalize import normalize

    ex = eventx.default_extractor()
    norm = normalize(text)
    ref = dt.date(2021, 2, 24)
    gated = ex.analyse(norm, ref)
    full = [analyse(norm.text, s, e, ex.compiled, ref, DocState(), full=True)
            for s, e in ex.candidate_sentences(norm)]
    for g, f in zip(gated, full, strict=True):
        drafts_g, drafts_f = sentence_drafts(g, ex.compiled), sentence_drafts(f, ex.compiled)
        assert [(d.type, d.trigger.key, d.date, d.counts) for d in drafts_g] == \
               [(d.type, d.trigger.key, d.date, d.counts) for d in drafts_f]
        if not drafts_f:
            assert g.dates == () and g.counts == ()  # the work was skipped


def _alternation(forms: list[str]) -> str:
    """The plain longest-first alternation the date grammar's prefix trie replaced."""
    out = []
    for w in sorted(set(forms), key=lambda s: (-len(s), s)):
        body = r"\s+".join(regex.escape(p) for p in w.split(" "))
        if w.startswith("ال") and len(w) > 2:
            rest = r"\s+".join(regex.escape(p) for p in w[2:].split(" "))
            body = r"(?:" + body + r"|(?<=(?:^|\W)[وف]?ل)ل" + rest + ")"
        out.append(body)
    return "(?:" + "|".join(out) + ")"


_TRIE_WORD = st.lists(st.sampled_from(["ا", "ل", "س", "ب", "ت", " ", "و"]), min_size=1,
                      max_size=6).map(lambda cs: " ".join("".join(cs).split()))


@settings(max_examples=300, deadline=None)
@given(st.lists(_TRIE_WORD.filter(bool), min_size=1, max_size=12), st.data(),
       st.sampled_from(["", r"(?!\w)", "x?", r"\s"]))
def test_date_word_trie_matches_as_the_alternation(forms: list[str], data: st.DataObject,
                                                  tail: str) -> None:
    """Prefix-factored word lists match what longest-first alternations matched,
    followed by anything (the tail forces backtracking into shorter readings).
    The text is made of the words themselves, cut and joined with noise."""
    from eventx.dates_grammar import _alt

    pieces = data.draw(st.lists(st.sampled_from([*forms, *(f[:-1] for f in forms),
                                                 " ", "\n", ".", "ل", "فل", "x"]), max_size=6))
    text = "".join(pieces)
    trie = regex.compile(_alt(forms) + tail)
    plain = regex.compile(_alternation(forms) + tail)
    for pos in range(len(text) + 1):
        a, b = trie.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (forms, text, pos)


def _plain_analyse(word: str) -> tuple[tuple[str, bool], ...]:
    """The clitic readings as first written: every proclitic sequence tried in
    turn, the first pronoun suffix in list order that fits."""
    from eventx.text import clitics as C

    out = [(word, False)]
    seen = {word}
    definite = set()

    def add(w: str, enclitic: bool) -> None:
        if len(w) >= C._MIN_STEM and w not in seen:
            seen.add(w)
            out.append((w, enclitic))

    for pre, had_article in C._PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= C._MIN_STEM:
            rest = word[len(pre):]
            if had_article or pre == "ال":
                definite.add(rest)
            if had_article:
                add("ال" + rest, False)
            add(rest, False)
    for stem, _ in list(out):
        proclitic = stem != word
        if (len(stem) >= 4 and stem.endswith("ا") and not stem.endswith("وا")
                and not stem.startswith("ال") and stem not in definite):
            add(stem[:-1], False)
        for enc in C._ENCLITICS:
            need = 4 if proclitic else 3
            if stem.endswith(enc) and len(stem) - len(enc) >= need:
                base = stem[: -len(enc)]
                add(base, True)
                if base.endswith("ت"):
                    add(base[:-1] + "ه", True)
                break
    return tuple(out)


_CLITIC_WORD = st.lists(st.sampled_from(list("وفبلكسالتهمانيكدر")), min_size=1, max_size=9).map("".join)


@settings(max_examples=500, deadline=None)
@given(_CLITIC_WORD)
def test_clitic_readings_equal_the_plain_version(word: str) -> None:
    from eventx.text.clitics import analyse

    assert analyse(word) == _plain_analyse(word)


@pytest.mark.parametrize("word", ["وبالطارمية", "للجيش", "مداهمتها", "هجوما", "وزارته", "بغداد",
                                  "فسيقتلهم", "كالجيش", "ولل", "بهما"])
def test_clitic_readings_of_news_words(word: str) -> None:
    from eventx.text.clitics import analyse

    assert analyse(word) == _plain_analyse(word)



_HIT_WORDS = ["قال", "وأضاف", "أعلن", "هاجم", "قصفت", "انتحاري", "مفخخة", "الطائرات", "نفذ",
              "وقع", "بغداد", "الجيش", "وزير", "الخارجية", "تعرض", "المشتبه", "بهم", "في",
              "داعش", "تنظيم", "اعتقال", "،", "هجوم", "إرهابي", "أدان", "نفسه", "اتصالا", "هاتفيا"]


def _lexicon() -> Lexicon:
    from eventx import default_extractor  # built once, on first use

    return default_extractor().compiled.lexicon


def test_news_words_have_classes() -> None:
    """The word list below reaches hits with classes (else the property is empty)."""
    from eventx.text.tokenize import tokenize

    norm = normalize_text(" ".join(_HIT_WORDS))
    assert any(h.classes for h in _lexicon().match(tokenize(norm, 0, len(norm))))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HIT_WORDS), max_size=14).map(" ".join))
def test_hit_classes_are_its_class_entries(text: str) -> None:
    """Rules ask ``"speech_verb" in hit.classes`` where they once walked the
    hit's class entries: the precomputed set must be exactly their values."""
    from eventx.text.tokenize import tokenize

    norm = normalize_text(text)
    for h in _lexicon().match(tokenize(norm, 0, len(norm))):
        assert h.classes == frozenset(e.value for e in h.of_kind("class"))
        assert h.kinds == frozenset(e.kind for e in h.entries)
        for kind in (*h.kinds, "place", "trigger", "actor", "class"):
            # of_kind's shortcuts (no such kind; the only kind) answer as the filter does
            assert h.of_kind(kind) == [e for e in h.entries if e.kind == kind]


# digits behind clitics, the article and spaces: where number starts are found
_NUMBERISH_TEXT = st.text(alphabet=st.sampled_from(list("وفبلكالمن 5٣_x،-\t")), max_size=40)


@given(st.one_of(_NUMBERISH_TEXT, _TEXTS))
@settings(max_examples=500, deadline=None)
def test_number_starts_are_those_of_the_full_scan(text: str) -> None:
    from eventx.dates_grammar import _DIGIT, _number_starts
    want = [m.start(1) for m in _REF_NUMBER.finditer(text)]
    assert _number_starts(text) == want
    # the callers pass the first digit they found: the runs after it are all there are
    digit = _DIGIT.search(text)
    if digit is not None:
        assert _number_starts(text, digit.start()) == want


# the token pattern as first written (digits first): the reordered one must agree
_REF_TOKEN = re.compile(
    r"([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?!,[0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])(?!\.[0-9])"
    r"|[0-9]+\.[0-9]+(?![0-9])(?![.,][0-9])"
    r"|[0-9]+)"
    r"|([^\W\d_]+)"
    r"|(\S)")


@given(st.one_of(_TEXTS, st.text(alphabet=st.sampled_from(list("0123456789.,قتل ٣x_")),
                                 max_size=40)))
@settings(max_examples=400, deadline=None)
def test_tokens_are_those_of_the_first_token_pattern(text: str) -> None:
    kinds = ("", "d", "w", "p")
    assert numbers.tokenize(text) == [
        (m.start(), m.end(), m.group(), kinds[m.lastindex or 0]) for m in _REF_TOKEN.finditer(text)]


@given(_TEXTS)
@settings(max_examples=300, deadline=None)
def test_phrases_are_matched_as_by_every_word(text: str) -> None:
    toks = numbers.tokenize(normalize_text(text))
    index = numbers._lexicon().pre_quals
    for i, tok in enumerate(toks):
        cands = index.get(tok.text)
        if cands is None:
            continue
        expected = next(((kind, i + len(words), tok.start) for words, kind in cands
                         if i + len(words) <= len(toks)
                         and all(toks[i + m].text == words[m] for m in range(1, len(words)))),
                        None)
        assert numbers._phrase_at(cands, 0, toks, i) == expected


# anchor words glued to letters of other scripts, marks, digits and symbols: the
# anchors' own letter runs must still find every anchor the letter class finds
_GLUE = ["", "", " ", "x", "ی", "ک", "\u0651", "\u0670", "²", "_", "٣", "3", "ـ", "ß", "\u200c"]


@st.composite
def _glued_anchors(draw: st.DrawFn) -> str:
    words = sorted(grammar().anchor_words)
    return "".join(draw(st.sampled_from(_GLUE)) + draw(st.sampled_from(words))
                   for _ in range(draw(st.integers(0, 6)))) + draw(st.sampled_from(_GLUE))


@given(_glued_anchors())
@settings(max_examples=400, deadline=None)
def test_date_candidates_of_glued_anchors(text: str) -> None:
    assert grammar().candidates(text) == _reference_candidates(text)


_PLAIN_WORD = re.compile(r"[^\W\d_]+")  # the word tokens of numbers.tokenize


@st.composite
def _glued_count_words(draw: st.DrawFn) -> str:
    words = sorted(_COUNT_T.count_words)
    return "".join(draw(st.sampled_from(_GLUE)) + draw(st.sampled_from(words))
                   for _ in range(draw(st.integers(0, 4)))) + draw(st.sampled_from(_GLUE))


@given(st.one_of(_glued_count_words(), _TEXTS))
@settings(max_examples=400, deadline=None)
def test_the_figure_gates_pass_every_text_the_word_tokens_pass(text: str) -> None:
    tokens = set(_PLAIN_WORD.findall(text))
    if not _COUNT_T.count_words.isdisjoint(tokens):
        assert counts._may_hold_counts(_COUNT_T, text)
    if not _NUM_LEX.number_words.isdisjoint(tokens):
        assert numbers.may_hold_numbers(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_HIT_WORDS), max_size=14).map(" ".join))
def test_memoised_walks_match_as_fresh_ones(text: str) -> None:
    """The lexicon memoises how a word continues a phrase: matching again
    with every memo emptied must give the same hits."""
    from eventx.text.tokenize import tokenize

    lex = _lexicon()
    norm = normalize_text(text)
    tokens = tokenize(norm, 0, len(norm))
    warm = lex.match(tokens)
    lex._steps.clear()
    lex._starts.clear()
    assert lex.match(tokens) == warm


def test_walk_memo_is_bounded() -> None:
    """A stream of new word pairs cannot grow the walk memo past its bound."""
    from eventx import lexicon
    from eventx.lexicon import Entry
    from eventx.text.tokenize import tokenize

    lex = Lexicon()
    lex.add("هجوم انتحاري", Entry("trigger", "attack"))
    lex._steps.update(((f"k{i}", "w", True), ()) for i in range(lexicon._MAX_STEPS))
    norm = normalize_text("هجوم انتحاري")
    assert [h.key for h in lex.match(tokenize(norm, 0, len(norm)))] == ["هجوم انتحاري"]
    assert len(lex._steps) == 1
