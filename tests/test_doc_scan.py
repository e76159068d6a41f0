"""One pass of the joint automaton (eventx.doc_scan) finds what the candidate
scan and the country scan found apart: the same trigger ends, the same countries."""
from __future__ import annotations

import ahocorasick
from hypothesis import given
from hypothesis import strategies as st

from eventx.doc_countries import build_scan, doc_countries
from eventx.doc_scan import at_word_start, joint_scan, scan_document


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
    found, _, countries = scan_document(JOINT, "في اليمن واليمن")
    assert found == {7, 14} and countries == ["YE"]


def test_no_keys_no_findings() -> None:
    assert scan_document(joint_scan(ahocorasick.Automaton(), None), "قتل في اليمن") == (set(), [], [])
