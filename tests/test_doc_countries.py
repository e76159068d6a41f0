"""The article's countries from one scan of its whole text (eventx.doc_countries),
and what they decide: which of several same-named places a story means."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.doc_countries import build_scan, doc_countries

SCAN = build_scan([("سوريا", "SY"), ("اليمن", "YE"), ("المملكه المغربيه", "MA")])


@pytest.mark.parametrize(("text", "want"), [
    ("في سوريا وفي سوريا", ["SY"]),
    ("باليمن واليمن وسوريا وسوريا وسوريا", ["SY", "YE"]),  # most often named first
    ("اليمن اليمن سوريا سوريا", ["YE", "SY"]),  # ties: first named first
    ("سوريا مرة واحدة", []),  # once is no context
    ("سورياتي سورياتي", []),  # inside a longer word
    ("مسوريا مسوريا", []),  # behind letters that are no proclitics
    ("المملكه المغربيه والمملكه المغربيه", ["MA"]),
])
def test_whole_words_counted(text: str, want: list[str]) -> None:
    assert doc_countries(SCAN, text) == want


@given(st.text(max_size=200))
def test_any_text_gives_known_codes_once_each(text: str) -> None:
    got = doc_countries(SCAN, text, least=1)
    assert len(got) == len(set(got)) and set(got) <= {"SY", "YE", "MA"}


def test_no_scan_no_countries() -> None:
    assert doc_countries(None, "سوريا سوريا") == []


@pytest.mark.parametrize(("country", "iso2"), [("سوريا", "SY"), ("المغرب", "MA")])
def test_country_named_only_outside_trigger_sentences_resolves_a_shared_name(
        country: str, iso2: str) -> None:
    """القنيطرة is Kenitra (Morocco) and Quneitra (Syria); the story names its
    country only in sentences without any trigger, yet that decides."""
    text = (f"تعيش {country} أزمة اقتصادية خانقة منذ سنوات. وتتراجع العملة في {country} كل يوم.\n"
            "واستهدفت غارة جوية سيارة في القنيطرة أمس وقتلت شخصين.")
    (ev,) = [e for e in eventx.extract(text, reference_date="2015-01-28") if e.type == "air_strike"]
    assert ev.location is not None and ev.location.place.country == iso2
