"""A day and month right after a naming noun is a name, not a date.

Streets, quarters, grounds, schools and barracks are named after a day
("حي 2 مارس"، "ملعب 4 جانفي"); the date grammar must not offer such a name
as the date of the deed told beside it, yet must keep a real date that a
comma or a preposition parts from the place noun.  The nouns are data
(``[names] before`` in ``data/date_words.toml``).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.dates import find_dates
from eventx.text.normalize import normalize_text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on 3.10
    import tomli as tomllib

REF = dt.date(2017, 1, 1)
_DATA = Path(eventx.__file__).parent / "data" / "date_words.toml"
NOUNS: list[str] = tomllib.loads(_DATA.read_text(encoding="utf-8"))["names"]["before"]
MONTHS = ["مارس", "يوليو", "جويلية", "نوفمبر", "تموز", "أكتوبر", "جانفي", "مايو"]
CLITICS = ["", "و", "ب", "ال", "بال", "وال", "ل", "لل"]


def found(sentence: str) -> list[str]:
    text = normalize_text(sentence)
    return [text[m.start:m.end] for m in find_dates(text, REF)]


@pytest.mark.parametrize("sentence", [
    "وتجمع المحتجون أمام مقر المعتمدية في حي 9 أفريل بالعاصمة.",
    "وأغلقت الشرطة المداخل المؤدية إلى ملعب 5 جويلية قبل المباراة.",
    "واندلع حريق في ثكنة 18 يونيو العسكرية شمال المدينة.",
    "وأصيب تلميذان في شجار داخل ثانوية 9 ماي بالضاحية.",
    "وسقطت قذيفة قرب بوابة 17 فبراير الرئيسية.",
    "ومرت الدورية عبر نهج 20 مارس وسط المدينة.",
    "واحتشد الأنصار قرب ملعب «15 أكتوبر» منذ الصباح.",
    "وتواجه فريق (14 آذار) وفريق (8 آذار) في البرلمان.",
    "واعتقلت فرقة الشرطة بـ 9 أفريل ثلاثة مشتبه بهم.",
])
def test_a_named_place_gives_no_date(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(("sentence", "date"), [
    ("وتظاهر الآلاف في ساحة الحرية في 19 مارس الماضي.", "19 مارس الماضي"),
    ("وتجمع المحتجون في الساحة، 12 يوليو، رافعين الأعلام.", "12 يوليو"),
    ("وانطلقت مسيرة 3 أكتوبر من أمام البرلمان.", "3 أكتوبر"),
    ("وهاجم مسلحون نظاما صحيا 2 مارس الماضي في البلدة.", "2 مارس الماضي"),
])
def test_a_date_parted_from_the_place_noun_stays(sentence: str, date: str) -> None:
    assert found(sentence) == [normalize_text(date)]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(CLITICS), st.integers(1, 28),
       st.sampled_from(MONTHS))
def test_any_naming_noun_with_any_clitic_names(noun: str, clitic: str, day: int,
                                                month: str) -> None:
    assert found(f"ووقع الحادث في {clitic}{noun} {day} {month} مساء.") == []


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NOUNS), st.sampled_from(["في", "يوم", "،"]), st.integers(1, 28),
       st.sampled_from(MONTHS))
def test_any_naming_noun_parted_from_the_day_leaves_it(noun: str, between: str, day: int,
                                                       month: str) -> None:
    hits = found(f"ووقع الحادث في {noun} الكبير {between} {day} {month} مساء.")
    assert len(hits) == 1 and normalize_text(f"{day} {month}") in hits[0]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["صحي", "أقوى", "الشعبي", "الجمعة"]), st.integers(1, 28),
       st.sampled_from(MONTHS))
def test_a_word_only_ending_like_a_noun_leaves_the_date(word: str, day: int, month: str) -> None:
    assert found(f"وقال المصدر {word} {day} {month} إن الوضع هادئ.") != []
