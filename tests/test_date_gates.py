"""The cheap tests that let a sentence skip a date reader never skip a date.

Why: the substring gates of :func:`eventx.dates.find_anaphoric` and
:func:`eventx.dates_stretch.find_stretches`, and the group names
:meth:`eventx.dates_grammar.Grammar.groups` reads a match with, are shortcuts
of the full regex scans; each property compares the shortcut with the scan it
replaces over generated text (the readers' own words mixed with any text).
"""
from __future__ import annotations

from typing import Any

import regex

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import dates_stretch
from eventx.dates import _anaphora, find_anaphoric
from eventx.dates_grammar import _load_toml, grammar
from eventx.text.normalize import normalize_text


def _vocabulary() -> list[str]:
    table = _anaphora()
    stretch = _load_toml()["stretch"]
    words = [*table.fixed, *(k[4:] for k in table.table), "أيام", "يوما"]
    for key in ("last", "few", "lead", "recent"):
        words += stretch[key]
    for unit in stretch["unit"].values():
        for key in ("plural", "dual", "counted"):
            words += unit[key]
    return words + ["في", "و", "ف", "ب", "3", "بثلاثة", "من", "يوم", "ليلة", "السبت", "25 مارس",
                    "الماضي", "قبل", "بعد", "ذلك", "،", ".", "وقبل", "فبعد"]


VOCAB = _vocabulary()
sentences = st.one_of(
    st.lists(st.sampled_from(VOCAB), max_size=12).map(" ".join).map(normalize_text),
    st.lists(st.sampled_from(VOCAB), max_size=8).map("".join).map(normalize_text),
    st.text(max_size=80),
)


@settings(max_examples=400, deadline=None)
@given(sentences)
def test_the_anaphora_gate_never_skips_an_anaphor(text: str) -> None:
    table = _anaphora()
    scanned = [(m.start(), m.end()) for m in table.pattern.finditer(text)]
    assert [(a.start, a.end) for a in find_anaphoric(text)] == scanned
    words = set(table.listing(text))
    for s, e in scanned:  # each anaphor holds an opening behind a letter run of the text
        assert any(word in words and pattern.search(text, s, e)
                   for word, pattern in table.openings.items())


@settings(max_examples=400, deadline=None)
@given(sentences)
def test_the_stretch_gate_never_skips_a_stretch(text: str) -> None:
    table = dates_stretch._table()
    scanned = [(m.start(), m.end()) for m in table.pattern.finditer(text)]
    assert [(s.start, s.end) for s in dates_stretch.find_stretches(text, None)] == scanned
    for start, end in scanned:  # each stretch holds a unit or recency word
        assert any(w in text[start:end] for w in table.units)


def test_the_gates_hold_the_first_word_of_every_phrase() -> None:
    table = _anaphora()
    for phrase in [*table.fixed, *(k[4:] for k in table.table if k.startswith("ptr:"))]:
        assert phrase.split()[0] in table.openings, phrase
    stretch = dates_stretch._table()
    for form in _load_toml()["stretch"]["last"]:
        assert any(w in normalize_text(form) for w in stretch.gate), form


DATE_WORDS = ["28", "يناير", "2021", "أمس", "الخميس", "يوم", "قبل", "يومين", "الماضي", "مطلع",
              "عام", "1442", "هـ", "رمضان", "28/01/2021", "الأسبوع", "في", "أول", "أيام", "عيد",
              "الفطر", "مساء", "اليوم", "الجمعة", "و", "إلى", "السبت", "نحو", "شهر", "من"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(DATE_WORDS), max_size=10).map(" ".join)
                 .map(normalize_text), st.text(max_size=60)))
def test_groups_is_the_groupdict_of_every_candidate_match(text: str) -> None:
    g = grammar()
    assert len(g.group_names) == g.pattern.groups
    for pos in g.candidates(text):
        m = g.pattern.match(text, pos)
        if m is not None:
            assert g.groups(m) == m.groupdict()


def _full_reading(g: Any, text: str, pos: int) -> tuple[tuple[int, int], dict[str, Any]] | None:
    m = g.pattern.match(text, pos)
    return None if m is None else (m.span(), g.groups(m))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(DATE_WORDS + ["الـ", "هذا", "أول", "ليلة", "رأس", "السنة",
                                                        "صلاة", "الماضية", "بعد", "غد", "27",
                                                        "2021/01/28", "منتصف", "5", "-",
                                                        "12", "31", "2014", "الشهر", "هذا",
                                                        "حتى", "إلى", "و3", "/", "1436"]),
                          max_size=10).map(" ".join).map(normalize_text),
                 # every word a reading may open with, behind its clitics
                 st.lists(st.sampled_from(sorted(grammar().anchor_words) + ["12", "2014", "من"]),
                          max_size=8).map(" ".join),
                 st.text(max_size=60)))
def test_each_try_reads_what_the_whole_pattern_reads(text: str) -> None:
    # the branches left out of an offset's trial cannot open there: the
    # trial finds the whole pattern's reading at every candidate offset; a
    # number the gate skips opens no reading
    g = grammar()
    tries = g.tries(text)
    tried = {pos for pos, _ in tries}
    assert tried <= set(g.candidates(text))
    for pos in set(g.candidates(text)) - tried:
        assert _full_reading(g, text, pos) is None
    for pos, trial in tries:
        m = trial.pattern.match(text, pos)
        got = None if m is None else (m.span(), g.groups(m, trial.names))
        assert got == _full_reading(g, text, pos)


def test_each_anchor_word_has_a_trial_of_the_branches_it_may_open() -> None:
    g = grammar()
    assert set(g.word_trials) == set(g.anchor_words)
    # a weekday opens no month branch: its trial is a small part of the pattern
    trial = g.word_trials[normalize_text("الخميس")]
    assert len(trial.pattern.pattern) < len(g.pattern.pattern) / 2
    assert g.number_trial is not None
    assert set(g.number_trial.names) <= set(g.group_names)


def test_the_number_gate_knows_the_range_words_of_the_grammar() -> None:
    # _DAY_OPEN spells "إلى" and "حتى" normalised, as the grammar's DAY reads them
    from eventx.dates_grammar import _RANGE_WORDS
    assert {normalize_text("إلى"), normalize_text("حتى"), "و"} == set(_RANGE_WORDS)
    g = grammar()
    assert g.day_words  # the gate is on: no range word passes for a month
    text = normalize_text("قتل 12 شخصا يوم 12 مارس و 3 آخرون في 5 من الشهر الجاري عام 2014")
    assert [text[p:p + 2].strip() for p, _ in g.tries(text) if text[p].isdigit()] == ["12", "5", "20"]


def test_word_tries_have_no_repeats() -> None:
    # a word that is the prefix of another ends in an empty branch, not "?": the
    # regex module sets up every repeat again at each match call
    from eventx.dates_grammar import _alt
    trie = _alt(["مارس", "مار", "ما", "يوم", "يومي"])
    assert "?" not in trie.replace("(?:", "").replace("(?<=", "")
    assert regex.match(trie + "$", "مار") and regex.match(trie + r"(?!\w)", "يومي").end() == 4


def test_a_text_with_no_digit_and_no_ordinal_gets_the_plain_trials() -> None:
    # a weekday in a text with neither is tried without the day by its number
    # after it; one before an ordinal ("الجمعة، الأول من مايو") keeps it
    g = grammar()
    assert g.plain_trials  # on with today's tables
    friday = normalize_text("الجمعة")
    plain = normalize_text("قتل مسلحون شرطيا يوم الجمعة الماضي في المدينة")
    pos = plain.index(friday)
    trial = dict(g.tries(plain))[pos]
    assert trial is g.plain_trials[friday] is not g.word_trials[friday]
    assert len(trial.pattern.pattern) < len(g.word_trials[friday].pattern.pattern) / 2
    m = trial.pattern.match(plain, pos)
    assert m is not None and _full_reading(g, plain, pos) == (m.span(), g.groups(m, trial.names))
    for dated in ("قتل مسلحون شرطيا يوم الجمعة، الأول من مايو",
                  "قتل مسلحون شرطيا يوم الجمعة وبالأول من مايو"):
        tries = dict(g.tries(normalize_text(dated)))
        assert tries[pos] is g.word_trials[friday]
