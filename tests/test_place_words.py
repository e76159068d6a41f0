"""Words that are no places, and place names GeoNames spells otherwise.

Sentences written for this test in wire-copy style; each names the reading a
reader takes and the one the gazetteer alone would give.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2016-06-01"


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.location.place.name_en, e.location.place.country)
            for e in eventx.extract(text, reference_date=REF) if e.location is not None]


@pytest.mark.parametrize("text", [
    # "he asked" (وسأل) is no Sal in Cape Verde
    "وسأل سموه في اتصال هاتفي مع والد الشهيد عن أحوال الأسرة.",
    # "Paolo" after a title is no "in Oulu"
    "وقال وزير الخارجية الإيطالي باولو جينتيلوني في اتصال هاتفي إن بلاده تدين الهجوم.",
    # قضاء "spending" a holiday is no Iraqi district named "Holiday"
    "وقع التفجير بعد خروج الطلبة من المعهد لقضاء إجازة نهاية الأسبوع.",
])
def test_words_are_no_places(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "name_en", "country"), [
    ("سقطت قذائف أطلقها الحوثيون على محافظة الطوال دون إصابات.", "Al-Tuwal", "SA"),
    ("قتل شرطيان برصاص مسلحين في جيلان بينار على الحدود مع سوريا.", "Ceylanpınar", "TR"),
    ("أدانت الوزارة الهجوم على مسجد في مدينة كيبيك الكندية.", "Quebec City", "CA"),
    ("استهدف تفجير انتحاري مسجدا في محافظة الأحساء يوم الجمعة.", "Al-Ahsa", "SA"),
])
def test_curated_places_resolve(text: str, name_en: str, country: str) -> None:
    assert (name_en, country) in _places(text)


def test_the_long_hours_are_no_border_town() -> None:
    """الطوال is a town only where a locating word or a place noun says so."""
    text = "واستمرت المواجهات بين الطرفين لساعات الطوال قبل أن يقتل ثلاثة مسلحين."
    assert all(name != "Al-Tuwal" for name, _ in _places(text))
