"""Normalisation: the offset map is exact and spelling variants collapse."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.text.normalize import _slow_normalize, normalize, normalize_key, normalize_text

DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0640", "\u200f", "\u200b"]
arabic_text = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئء ،.\"0123456789٠١٢٣٤٥")
                             + DIACRITICS + ["ﻻ", "A", "é", "\u0301", "\x00"]),
    max_size=80,
)


@given(st.text(max_size=200))
def test_offset_map_covers_every_char(text: str) -> None:
    n = normalize(text)
    assert len(n.to_orig) == len(n.text) + 1
    assert n.to_orig[-1] == len(text)
    assert list(n.to_orig) == sorted(n.to_orig)


@given(arabic_text)
def test_fast_path_agrees_with_the_character_walk(text: str) -> None:
    """The run-length offset map of the fast path equals the per-character map."""
    fast, slow = normalize(text), _slow_normalize(text)
    assert fast.text == slow.text
    assert list(fast.to_orig) == list(slow.to_orig)
    assert [fast.span(i, j) for i in range(len(text)) for j in range(i, len(fast.text) + 1)
            if i <= len(fast.text)] == \
           [slow.span(i, j) for i in range(len(text)) for j in range(i, len(slow.text) + 1)
            if i <= len(slow.text)]


@given(arabic_text, st.data())
def test_spans_slice_the_original(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    if not n.text:
        return
    i = data.draw(st.integers(0, len(n.text) - 1))
    j = data.draw(st.integers(i + 1, len(n.text)))
    s, e = n.span(i, j)
    assert 0 <= s <= e <= len(text)
    # the original slice normalises back to the normalised slice (a span that cuts a
    # ligature such as ﻻ → لا covers the whole ligature)
    assert n.text[i:j] in normalize_text(text[s:e])
    if n.to_orig[i] != n.to_orig[i - 1] if i else True:
        if j == len(n.text) or n.to_orig[j] != n.to_orig[j - 1]:
            assert normalize_text(text[s:e]) == n.text[i:j]


@given(arabic_text, st.lists(st.sampled_from(DIACRITICS), max_size=10), st.randoms())
def test_marks_do_not_change_the_normal_form(text: str, marks: list[str], rnd) -> None:
    chars = list(text)
    for m in marks:
        chars.insert(rnd.randint(0, len(chars)), m)
    assert normalize_text("".join(chars)) == normalize_text(text)


def test_variants_collapse() -> None:
    assert normalize_text("أإآٱ") == "اااا"
    assert normalize_text("مدرسة") == normalize_text("مدرسه")
    assert normalize_text("مصطفى") == normalize_text("مصطفي")
    assert normalize_text("١٤ ۱۴") == "14 14"
    assert normalize_text("هجوماً") == "هجوما"
    assert normalize_text("تجمّع") == "تجمع"
    assert normalize_text("١٬٢٥٠") == "1,250"
    assert normalize_key("«ساحة الطيران»،") == "ساحه الطيران"


def test_presentation_forms_keep_offsets() -> None:
    text = "ﻻ بأس"
    n = normalize(text)
    assert n.text == "لا باس"
    assert n.span(0, 2) == (0, 1)


def test_list_table_folds_as_the_dict() -> None:
    """normalize() translates with a list over the BMP for speed: on every code
    point (past the BMP included) it must fold as the plain dict table does."""
    from eventx.text.normalize import _BMP_TABLE, _TABLE

    every = "".join(map(chr, range(0x110000)))
    assert every.translate(_BMP_TABLE) == every.translate(_TABLE)


@given(st.text(alphabet=st.sampled_from(list("هةۀەبت ،") + DIACRITICS + ["ﻻ", "ﺔ", "A", "é"]),
               max_size=60))
def test_folded_teh_marbuta_as_every_h_mapped_back(text: str) -> None:
    """The fast paths of folded_teh_marbuta find what mapping every ه of the
    normalised text back to the input finds."""
    n = normalize(text)
    assert n.folded_teh_marbuta() == frozenset(
        i for i, ch in enumerate(n.text) if ch == "ه" and text[n.orig(i)] in "ةۀ")
