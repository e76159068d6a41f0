"""The long-lived word memos hold few objects that the cyclic collector walks.

Why it matters: every young collection of an extraction pass walks each
tracked object created since the last one, memo values included, and a
warm vocabulary adds thousands of them.  Sets are always tracked; a tuple
of strings is untracked at its first collection; equal sets can be one
object.
"""
from __future__ import annotations

import gc

import eventx.lexicon as lexicon
from eventx.lexicon import Entry, Lexicon, _kinds_classes
from eventx.text.clitics import forms
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import tokenize


def test_next_word_forms_are_a_tuple_of_strings_the_collector_drops() -> None:
    """The forms match remembers for the word after a phrase start are the
    clitic forms, as strings in a tuple, which a collection untracks."""
    found = lexicon._forms("وبالمسلحين")
    assert isinstance(found, tuple)
    assert frozenset(found) == forms("وبالمسلحين")
    assert "مسلحين" in found
    gc.collect()
    assert not gc.is_tracked(lexicon._FORMS["وبالمسلحين"])


def test_equal_kinds_and_classes_are_one_object() -> None:
    """Two readings with the same kinds and class words share their sets."""
    a = [Entry("trigger", "attack"), Entry("class", "weapon")]
    b = [Entry("class", "weapon"), Entry("trigger", "bombing")]
    kinds_a, classes_a = _kinds_classes(a)
    kinds_b, classes_b = _kinds_classes(b)
    assert kinds_a == {"trigger", "class"} and classes_a == {"weapon"}
    assert kinds_a is kinds_b
    assert classes_a is classes_b
    kinds_c, classes_c = _kinds_classes([Entry("place", "x")])
    assert kinds_c == {"place"} and classes_c == frozenset()
    assert classes_c is _kinds_classes([Entry("actor", "y")])[1]


def test_shared_sets_leave_matches_unchanged() -> None:
    """Hits of two spellings of one word carry equal kinds and classes, the
    same objects, and a longer phrase still wins over its first word."""
    lex = Lexicon()
    lex.add("هجوم", Entry("trigger", "attack"))
    lex.add("هجوم", Entry("class", "assault"))
    lex.add("هجوم مسلح", Entry("trigger", "armed_attack"))
    text = normalize_text("وقع هجوم امس ثم الهجوم مسلح")
    toks = tokenize(text)
    hits = lex.match(toks)
    assert [h.key for h in hits] == ["هجوم", "هجوم مسلح"]
    assert hits[0].kinds == {"trigger", "class"} and hits[0].classes == {"assault"}
    assert hits[1].kinds == {"trigger"} and hits[1].classes == frozenset()
    again = lex.match(tokenize(normalize_text("بهجوم")))
    assert again[0].kinds is hits[0].kinds and again[0].classes is hits[0].classes


def test_tokens_with_the_same_readings_share_their_follow_set() -> None:
    """Two spellings whose readings continue the same phrases get one set of
    next words, the union of those phrases' continuations, and a phrase
    added later is still seen (adding clears the memo)."""
    lex = Lexicon()
    lex.add("قوات الامن", Entry("actor", "police"))
    lex.add("القوات الخاصة", Entry("actor", "special_forces"))
    a = lex._first("بالقوات")
    b = lex._first("والقوات")
    assert a.follow == {"الامن", "الخاصه"}
    assert a.follow is b.follow
    lex.add("القوات البحرية", Entry("actor", "navy"))
    assert lex._first("بالقوات").follow == {"الامن", "الخاصه", "البحريه"}
    toks = tokenize(normalize_text("وصلت بالقوات البحرية"))
    assert [h.key for h in lex.match(toks)] == ["القوات البحريه"]
