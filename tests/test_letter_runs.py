"""The shared letter-run listing (eventx.text.letter_runs) against the per-list
patterns it replaced: every gate passes the same words, the date scan tries
the same offsets, and a sentence's runs are listed once for all the gates."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import counts as counts_mod
from eventx import numbers as numbers_mod
from eventx.counts import find_counts
from eventx.dates import find_dates, grammar
from eventx.text import letter_runs
from eventx.text.letter_runs import lister, runs

_LETTER = re.compile(r"[^\W\d_]")


@cache
def _old_lister(words: frozenset[str]) -> Callable[[str], list[str]]:
    """The pattern each gate had before: a set of the letters its words use."""
    letters = sorted(set("".join(w for w in words if re.fullmatch(r"[^\W\d_]+", w))))
    if not letters:
        return re.compile(r"(?!)").findall
    return re.compile("[" + "".join(re.escape(c) for c in letters) + "]+").findall


def _whole_words(text: str, words: Iterable[str]) -> set[str]:
    """The words that stand in ``text`` with no letter touching them (the
    truth a gate serves).  str.find, not a pattern per word: the lists hold
    thousands of words, more than re's cache of compiled patterns."""
    out = set()
    for w in words:
        i = text.find(w) if w else -1
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not _LETTER.match(text[i - 1])) and (j == len(text) or not _LETTER.match(text[j])):
                out.add(w)
                break
            i = text.find(w, i + 1)
    return out


_COUNT_WORDS = sorted(counts_mod._tables().count_words)[:60]
_ANCHORS = sorted(grammar().anchor_words)[:60]
# letters in and out of the gates' letter sets (ظ and ة are in the range; a Latin,
# a Persian and a Syriac letter are letters outside it), digits, marks and spaces
_PIECES = st.one_of(
    st.sampled_from(_COUNT_WORDS + _ANCHORS),
    st.sampled_from(list("ابتظةىكمن") + ["x", "Q", "\u06a9", "\u0710", "5", "٣", "،", ".", "-", "_", "ـ"]),
    st.just(" "), st.just("\n"))
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_runs_are_the_range_findall(text: str) -> None:
    assert runs(text) == re.findall(r"[\u0621-\u064a]+", text)
    assert runs(text) == runs(text[:0] + text)  # the kept list, or a new one, alike


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["counts", "numbers", "anchors"]))
def test_gates_pass_what_the_old_patterns_passed(text: str, which: str) -> None:
    """Every whole word of the list is listed; nothing beyond what the old
    pattern listed is (the gates pass no sentence they refused before)."""
    words: frozenset[str] = {
        "counts": counts_mod._tables().count_words,
        "numbers": numbers_mod._lexicon().number_words,
        "anchors": grammar().anchor_words,
    }[which]
    new = words.intersection(lister(words)(text))
    old = words.intersection(_old_lister(words)(text))
    assert _whole_words(text, new) == _whole_words(text, words)
    assert new <= old


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_date_scan_tries_the_old_offsets(text: str) -> None:
    g = grammar()
    before = attrs.evolve(g, anchor_runs=_old_lister(g.anchor_words))
    assert g.tries(text) == before.tries(text)
    assert g.candidates(text) == before.candidates(text)


def test_gates_share_the_range_when_their_letters_are_in_it() -> None:
    assert grammar().anchor_runs is runs
    assert counts_mod._tables().count_runs is runs
    assert numbers_mod._lexicon().number_runs is runs
    # a word spelt with a letter outside the range keeps a pattern of its own
    own = lister(["\u06a9تاب", "كتاب"])
    assert own is not runs
    assert own("\u06a9تاب كتاب") == ["\u06a9تاب", "كتاب"]


def test_one_listing_for_the_date_scan_and_the_count_prefilter() -> None:
    sentence = "قتل ثلاثه جنود يوم الاحد في هجوم"
    find_dates(sentence, None)
    listed = letter_runs._LAST[0]
    assert listed[0] is sentence
    find_counts(sentence)
    assert letter_runs._LAST[0] is listed  # the count prefilter read the kept list


@given(st.text(alphabet=st.sampled_from(["ا", "ب", "\u0621", "\u064a", "\u064b", "\u0620", "ـ", "a",
                                         " ", "1", "\ud800", "\U0001f600", "ی"]), max_size=40)
       | st.text(max_size=40))
def test_the_run_count_is_the_number_of_runs_listed(text: str) -> None:
    assert letter_runs.run_count(text) == len(letter_runs.PATTERN.findall(text))
