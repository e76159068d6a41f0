"""Generated trigger forms: weak-final verbs lose their last letter before
suffixes (دعا → دعت، تبنى → تبنت، تبناه), which gluing suffixes on misses."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx.packs.forms import verb_forms
from eventx.text.normalize import normalize_key


@pytest.mark.parametrize(("base", "form", "tense"), [
    ("دعا", "دعت", "past"), ("دعا", "دعوا", "past"), ("دعا", "يدعو", "present"),
    ("تبنى", "تبنت", "past"), ("تبنى", "تبنا", "past"), ("تبنى", "يتبني", "present"),
    ("التقى", "التقت", "past"), ("التقى", "التقيا", "past"), ("التقى", "يلتقون", "present"),
    ("ألقى", "القوا", "past"), ("ألقى", "يلقي", "present"),
    ("قتل", "قتلت", "past"), ("قتل", "يقتلون", "present"),
])
def test_forms(base: str, form: str, tense: str) -> None:
    assert verb_forms(base).get(form) == tense


@pytest.mark.parametrize(("base", "bad"), [
    ("دعا", "دعات"), ("تبنى", "تبنيت"), ("زار", "نزار"), ("قاد", "يقاد"), ("صفى", "صفا"), ("صفى", "يصفون"), ("صفى", "صفت"), ("ألقى", "تلقون"),
])
def test_no_misspelt_or_foreign_forms(base: str, bad: str) -> None:
    assert bad not in verb_forms(base)


_LETTERS = "بتثجحخدذرسشصضطظعغفقكلمنهو"


@given(st.text(alphabet=_LETTERS, min_size=2, max_size=4), st.sampled_from(["ا", "ى", ""]))
def test_base_is_a_past_form(stem: str, end: str) -> None:
    base = stem + end
    forms = verb_forms(base)
    assert forms[normalize_key(base)] == "past"
    assert all(" " not in f and f for f in forms)
