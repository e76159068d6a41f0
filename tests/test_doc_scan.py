"""One pass of the joint automaton (eventx.doc_scan) finds what the candidate
scan and the country scan found apart: the same trigger ends, the same countries."""
from __future__ import annotations

import ahocorasick
from hypothesis import given
from hypothesis import strategies as st

from eventx.doc_countries import build_scan, doc_countries
from eventx.doc_scan import at_word_start, joint_scan, scan_document
from eventx.text.letter_runs import runs


def _triggers(keys: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, key)
    auto.make_automaton()
    return auto


# a country key that is also a trigger key (اليمن), keys inside others (قتل، مقتل)
TRIGGERS = _triggers(["قتل", "مقتل", "اليمن", "هجوم"])
COUNTRIES = build_scan([("سوريا", "SY"), ("اليمن", "YE"), ("مقتل", "XX")])
JOINT = joint_scan(TRIGGERS, COUNTRIES)


def _apart(text: str) -> tuple[set[int], list[str]]:
    """The two scans as they ran before the joint one."""
    found = {end for end, word in TRIGGERS.iter(text) if at_word_start(text, end - len(word) + 1)}
    return found, doc_countries(COUNTRIES, text)


@given(st.lists(st.sampled_from(["قتل", "مقتل", "اليمن", "باليمن", "سوريا", "وسوريا", "هجوم",
                                 "ال", "و", "ب", "سورياتي", " ", "، ", "."]), max_size=30))
def test_one_pass_finds_what_the_two_found(parts: list[str]) -> None:
    text = "".join(parts)
    scan = scan_document(JOINT, text)
    assert (scan.found, scan.countries) == _apart(text)
    assert scan.found == {end for end, _ in scan.words}  # (no hidden spellings here)


def test_a_key_of_both_scans_counts_for_both() -> None:
    found, _, countries, _ = scan_document(JOINT, "في اليمن واليمن")
    assert found == {7, 14} and countries == ["YE"]


def test_no_keys_no_findings() -> None:
    assert scan_document(joint_scan(ahocorasick.Automaton(), None), "قتل في اليمن") == (set(), [], [], [])


# the genre's words: one that is a trigger key and a country key too (اليمن),
# one inside another (قال in انتقال، وقال), one spelt outside the letter range
LISTED = ["قال", "وقال", "اليمن", "هل", "امس", "gol"]
WITH_LISTED = joint_scan(TRIGGERS, COUNTRIES, LISTED)


@given(st.lists(st.sampled_from(["قال", "وقال", "انتقال", "قالت", "اليمن", "باليمن", "هل", "هلا",
                                 "امس", "gol", "قتل", "ال", "و", "x", "ى", "ً", "1", " ", "، ",
                                 "."]), max_size=30))
def test_the_listed_words_found_are_the_whole_letter_runs(parts: list[str]) -> None:
    text = "".join(parts)
    scan = scan_document(WITH_LISTED, text)
    assert sorted(scan.listed) == sorted(w for w in runs(text) if w in LISTED)
    # the other scans find what they found without the genre's words
    plain = scan_document(JOINT, text)
    assert (scan.found, scan.words, scan.countries) == (plain.found, plain.words, plain.countries)


def test_a_listed_word_touching_a_letter_is_no_word() -> None:
    assert scan_document(WITH_LISTED, "وقال انتقال قالت هل: امس").listed == ["وقال", "هل", "امس"]
