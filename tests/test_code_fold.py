"""The numpy fold of normalisation's fast path (eventx.text.code_fold) holds to
``str.translate`` with the same table and to the dropped runs a regex pass finds."""
from __future__ import annotations

from array import array

from hypothesis import given
from hypothesis import strategies as st

from eventx.text.code_fold import FoldTable
from eventx.text.normalize import (_BMP_TABLE, _DROP, _FOLD_FROM, _SLOW_LETTER_RE, _SLOW_RE,
                                   _dropped_runs, _translated, fold_table, normalize)

# Arabic letters, the characters the table folds or drops, ASCII capitals,
# slow ones (presentation forms, a combining acute) and a few past the BMP
_ALPHABET = (list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئء ،.\"0123456789٠١٢٣٤٥۶AZaz")
             + sorted(_DROP)[:12] + ["\u00a0", "«", "–", "\x00", "ﻻ", "\u0301", "\U0001F600",
                                      "\ud800", "\udfff", "\uffff", "\u3000", "é", "Ж", "ß", "²", "_"])
texts = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=400)


@given(texts)
def test_fold_is_translate_and_the_regex_runs(text: str) -> None:
    done = fold_table().fold(text)
    slow = (_SLOW_RE.search(text) is not None or _SLOW_LETTER_RE.search(text) is not None
            or any(ord(c) > 0xFFFF for c in text))
    if slow:
        assert done is None
        return
    assert done is not None
    assert done[0] == text.translate(_BMP_TABLE)
    assert done[1] == (_dropped_runs(text) if len(done[0]) < len(text) else None)


@given(texts)
def test_normalize_is_the_translate_path(text: str) -> None:
    """Whichever path normalize takes, text and offsets are translate's."""
    fast, old = normalize(text), _translated(text)
    assert fast.text == old.text
    assert fast.runs == old.runs and fast.table == old.table


def test_long_texts_take_the_fold() -> None:
    """A news-length text is folded by the table, marks and all."""
    text = "قُتِلَ ثلاثةُ جنودٍ في هجومٍ على نقطةٍ أمنيةٍ، وفق مصدرٍ أمنيّ. " * 3
    assert len(text) >= _FOLD_FROM
    done = fold_table().fold(text)
    assert done is not None and done[1] is not None
    assert normalize(text).text == done[0] == text.translate(_BMP_TABLE)
    assert "ة" not in done[0] and "\u064f" not in done[0]


def test_a_small_table() -> None:
    """Folded, dropped and slow code points as the table says; past the BMP is slow."""
    table = FoldTable({ord("a"): "b", ord("-"): None}, [(ord("x"), ord("z"))])
    assert table.fold("a-a--c") == ("bbc", (array("l", [1, 2]), array("l", [1, 3])))
    assert table.fold("ab") == ("bb", None)
    assert table.fold("ay") is None
    assert table.fold("a\U0001F600") is None


def test_a_slow_point_is_slow_whatever_the_table_says() -> None:
    table = FoldTable({ord("a"): "b", ord("-"): None}, [], [ord("a"), ord("q"), 0x1F600])
    assert table.fold("-a") is None and table.fold("q") is None
    assert table.fold("c-c") == ("cc", (array("l", [1]), array("l", [1])))


def test_a_long_text_with_a_slow_letter_is_walked() -> None:
    """A letter outside the fast path's alphabets (é) sends an article to the
    character walk (its table of offsets), as the regex test before the fold did."""
    text = "قُتِلَ ثلاثةُ جنودٍ في هجومٍ على نقطةٍ أمنيةٍ. " * 3 + "café"
    assert len(text) >= _FOLD_FROM and fold_table().fold(text) is None
    assert normalize(text).table is not None
