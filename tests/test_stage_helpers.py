"""Helpers the analysis stages were made cheaper with, each held equal to what
it replaced: dates and counts moved to document offsets by their own
``shifted`` (named fields, not attrs.evolve), the date gates' ``holds_any``
(a plain loop for any()), the tokenizer's one string object per word, and
the date scan's per-character letter table (for a regex call a character)."""
from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from eventx.counts import CountMatch
from eventx.dates import DateMatch
from eventx.dates_grammar import holds_any


def test_date_shifted_equals_evolve() -> None:
    d = DateMatch(3, 9, dt.date(2021, 1, 2), dt.date(2021, 1, 5), "approximate", True, vague=True)
    assert d.shifted(40) == attrs.evolve(d, start=43, end=49)
    plain = DateMatch(0, 4, None, None, "day", True)
    assert plain.shifted(7) == attrs.evolve(plain, start=7, end=11)
    yearless = DateMatch(2, 8, dt.date(2021, 1, 3), dt.date(2021, 1, 3), "day", True,
                         yearless=True)
    assert yearless.shifted(5) == attrs.evolve(yearless, start=7, end=13)
    # a field added to the record must be carried by shifted too
    assert [f.name for f in attrs.fields(DateMatch)] == [
        "start", "end", "start_date", "end_date", "precision", "relative", "vague", "yearless"]


def test_count_shifted_equals_evolve() -> None:
    c = CountMatch(5, 12, "munitions", 14, 14, 20, True, unit="rocket", joined=True)
    assert c.shifted(100) == attrs.evolve(c, start=105, end=112)
    assert [f.name for f in attrs.fields(CountMatch)] == [
        "start", "end", "kind", "value", "min", "max", "approximate", "unit", "joined"]


@given(st.text(alphabet="ابت ه", max_size=12),
       st.lists(st.text(alphabet="ابت ه", min_size=1, max_size=3), max_size=4))
def test_holds_any_is_any(text: str, parts: list[str]) -> None:
    assert holds_any(text, tuple(parts)) == any(p in text for p in parts)


def test_a_word_is_one_string_object_in_every_token() -> None:
    """tokenize spells each token with the memo's own string (the later word
    memos then find it by identity): equal text, one object."""
    from eventx.text.tokenize import tokenize

    text = "قتل جنديان، وقتل جنديان آخران."
    tokens = tokenize(text)
    again = tokenize("قال " + text)
    assert [t.text for t in tokens] == [t.text for t in again[1:]]
    assert all(a.text is b.text for a, b in zip(tokens, again[1:]))
    assert tokens[1].text is tokens[4].text  # جنديان, whole and before the comma's split


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF), max_size=3))
def test_letter_table_is_the_letter_pattern(chars: str) -> None:
    from eventx.dates_grammar import _WORD_CHAR, _letter

    for c in chars:
        assert _letter(c) == (_WORD_CHAR.match(c) is not None)


@given(st.text(alphabet="اليوم ،1\u200c\u064b_x", max_size=20))
def test_whole_runs_are_the_word_pattern_runs(text: str) -> None:
    import regex

    from eventx.dates_grammar import _whole_runs

    expected = [m.start() for m in regex.finditer(r"[^\W\d_]+", text) if m.group() == "اليوم"]
    assert _whole_runs(text, "اليوم", 0) == expected


def test_lexicon_forms_memo_is_forms_and_bounded() -> None:
    """match reads the next word's forms from a plain dict memo (no LRU
    relinking): the same forms as clitics.forms, and the table starts afresh
    when full."""
    import eventx.lexicon as lexicon
    from eventx.text.clitics import forms

    for word in ("وبالقوات", "هجوما", "مداهمتها", "x"):
        assert frozenset(lexicon._forms(word)) == forms(word)
        assert frozenset(lexicon._FORMS[word]) == forms(word)
    saved = dict(lexicon._FORMS)
    try:
        lexicon._FORMS.update((f"w{i}", ()) for i in range(lexicon._MAX_FORMS - len(lexicon._FORMS)))
        lexicon._forms("القوات")
        assert len(lexicon._FORMS) == 1
    finally:
        lexicon._FORMS.clear()
        lexicon._FORMS.update(saved)
