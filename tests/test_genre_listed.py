"""genre counts only the words of its lists, and reads as when it counted all.

Why: the genre of every article with an asserted event is asked; counting
only the listed words (one filter in C) must change no count it reads.
"""
from __future__ import annotations

import re
from collections import Counter

import ahocorasick
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.doc_scan import joint_scan, scan_document
from eventx.genre import Genre, _column, _lists, _marks, genre
from eventx.text.sentences import split_sentences

_WORD = re.compile(r"[\u0621-\u064a]+")  # the words genre counted (now eventx.text.letter_runs)
_MARKS = re.compile(r"[؟?!]")  # the marks genre counted (now genre._marks)


def _all_counted(text: str) -> Genre:
    """genre as it was: every word counted."""
    ls = _lists()
    words = _WORD.findall(text)
    if not words:
        return Genre()
    counts = Counter(words)
    seen = counts.keys()
    voice = sum(counts[w] for w in seen & ls.essay_forms)
    report = sum(counts[w] for w in seen & ls.report_forms)
    sport_words = seen & ls.sport.keys()
    hits = sum(counts[w] for w in sport_words)
    forms = {ls.sport[w] for w in sport_words}
    per100 = 100.0 / len(words)
    sport = (len(words) >= ls.min_sport_words and len(forms) >= ls.min_sport_forms
             and hits * per100 >= ls.min_sport_rate and len(split_sentences(text)) > 1)
    return Genre(column=_column(len(words), voice, report, len(_MARKS.findall(text)), ls),
                 sport=sport)


def _vocabulary() -> list[str]:
    ls = _lists()
    return sorted(ls.essay_forms)[:40] + sorted(ls.report_forms)[:30] + sorted(ls.sport)[:60] + [
        "قال", "الجيش", "في", "من", "؟", "!", ".", "،", "هجوم", "المباراه", "الفريق"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_vocabulary()), max_size=400).map(" ".join))
def test_counting_the_listed_words_reads_as_counting_all(text: str) -> None:
    assert genre(text) == _all_counted(text)


def test_the_listed_words_are_the_three_lists() -> None:
    ls = _lists()
    assert ls.listed == ls.essay_forms | ls.report_forms | ls.sport.keys()


@given(st.text(alphabet=st.sampled_from("؟?!.، ab\u0621\u064a"), max_size=60) | st.text(max_size=60))
def test_the_marks_are_what_the_pattern_found(text: str) -> None:
    assert _marks(text) == len(_MARKS.findall(text))


_SCAN = joint_scan(ahocorasick.Automaton(), None, _lists().listed)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_vocabulary() + ["انتقال", "x", "1", "ً"]), max_size=400).map("".join)
       | st.lists(st.sampled_from(_vocabulary()), max_size=400).map(" ".join))
def test_the_scans_listed_words_read_as_the_words_listed_here(text: str) -> None:
    """The extractor hands genre the listed words its document scan found
    (eventx.doc_scan): the genre is the one genre finds by itself."""
    assert genre(text, scan_document(_SCAN, text).listed) == genre(text)
