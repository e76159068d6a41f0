"""The place readers' word lists of data/place_words.toml (eventx.place_words,
read through eventx.word_lists): loaded whole and normalised, each held by the
reader it was written for, and a malformed list refused by name."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx import place_context, places, scene_place
from eventx.place_words import table, table_of_codes, table_of_words, words
from eventx.text.normalize import normalize_key
from eventx.word_lists import set_of, set_table_of, table_of

_DATA = tomllib.loads(resources.files("eventx").joinpath("data", "place_words.toml")
                      .read_text(encoding="utf-8"))
_LISTS = sorted(k for k, v in _DATA.items() if isinstance(v, list))

# every list and table of the file, and the constant of the reader that holds it
_READERS = {
    "naming_nouns": places._NAMING_NOUNS, "org_before": places._ORG_BEFORE,
    "sports": places._SPORTS, "person_before": places._PERSON_BEFORE,
    "construct_plurals": places._CONSTRUCT_PLURALS, "org_after": places._ORG_AFTER,
    "locative": places._LOCATIVE, "name_heads": places._NAME_HEADS,
    "not_a_name": places._NOT_A_NAME, "country_words": places._COUNTRY_WORDS,
    "on": places._ON, "market_words": places._MARKET_WORDS, "said": places._SAID,
    "group_words": places._GROUP_WORDS, "not_a_noun": places._NOT_A_NOUN,
    "person_heads": places._PERSON_HEADS, "son": places._SON, "regnal": places._REGNAL,
    "region_nouns": places._REGION_NOUNS, "common_after_region": places._COMMON_AFTER_REGION,
    "buildings": places._BUILDINGS, "street_nouns": places._STREET_NOUNS,
    "continents": places._CONTINENTS, "in_state": places._IN_STATE,
    "landmark_nouns": places.LANDMARK_NOUNS, "landmark_tail": places._LANDMARK_TAIL,
    "district_nouns": place_context._DISTRICT_NOUNS, "links": place_context._LINKS,
    "peopled": place_context._PEOPLED, "placing": place_context._PLACING,
    "place_nouns": places.PLACE_NOUNS, "directions": places.DIRECTIONS,
    "idiom_after": places._IDIOM_AFTER, "state_words": places._STATE_WORDS,
    "remit_nouns": places._REMIT_NOUNS, "remit_states": places._REMIT_STATES,
    "own_place_nouns": scene_place._OWN_NOUNS,
}


@pytest.mark.parametrize("name", _LISTS)
def test_every_list_loads_normalised_and_whole(name: str) -> None:
    got = words(name)
    assert got == frozenset(normalize_key(w) for w in _DATA[name])
    assert got and all(normalize_key(w) == w and " " not in w for w in got)


def test_every_list_of_the_file_has_its_reader() -> None:
    assert set(_READERS) == set(_DATA)  # no list nobody reads, none read from code
    for name in _LISTS:
        assert _READERS[name] == words(name), name


def test_the_tables_keep_values_and_normalise_keys() -> None:
    assert places.PLACE_NOUNS == table("place_nouns")
    assert places.PLACE_NOUNS["اقليم"] == "admin1"  # written إقليم
    assert places.DIRECTIONS == table("directions")
    assert places.DIRECTIONS["بالقرب من"] == "near"  # a phrase key keeps its words
    assert places._IDIOM_AFTER == table_of_words("idiom_after")
    assert "راسه" in places._IDIOM_AFTER["مسقط"]  # written رأسه
    assert places._STATE_WORDS == table_of_codes("state_words")
    assert places._STATE_WORDS["المملكه"] == {"SA", "MA", "JO", "BH"}  # codes as written


def test_as_typed_words_come_out_as_tokens_spell_them() -> None:
    assert {"الي", "اثر", "امس"} <= places._NOT_A_NAME  # written إلى، إثر، أمس
    assert "اطراف" in place_context._LINKS and "بلده" in place_context._DISTRICT_NOUNS


def test_a_missing_list_is_named() -> None:
    with pytest.raises(KeyError, match="no_such_list"):
        words("no_such_list")


@pytest.mark.parametrize("data, message", [
    ({"x": "مدينة قرية"}, "list of non-empty strings"),  # a string, not a list
    ({"x": ["مدينة", ""]}, "list of non-empty strings"),
    ({"x": ["مدينة", "شمال شرق"]}, "phrase"),  # never equal to one token
])
def test_a_malformed_word_list_is_refused_by_name(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message) as err:
        set_of(data, "x", normalize_key, single=True, where="data/t.toml")
    assert "data/t.toml: x" in str(err.value)


def test_a_table_spelling_one_key_twice_with_two_values_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        table_of({"t": {"إقليم": "admin1", "اقليم": "admin2"}}, "t", normalize_key)
    # the same value under two spellings is one entry
    assert table_of({"t": {"إقليم": "admin1", "اقليم": "admin1"}}, "t", normalize_key) == {"اقليم": "admin1"}
    with pytest.raises(ValueError, match="map words to strings"):
        table_of({"t": {"شمال": 1}}, "t", normalize_key)
    with pytest.raises(ValueError, match="must be a table"):
        set_table_of({"t": ["شمال"]}, "t", normalize_key)


_ARABIC_WORD = st.text(st.characters(min_codepoint=0x621, max_codepoint=0x64A), min_size=2, max_size=8)


@given(st.lists(_ARABIC_WORD, min_size=1, max_size=20))
def test_a_list_reads_as_the_set_of_its_normalised_words(ws: list[str]) -> None:
    got = set_of({"x": ws}, "x", normalize_key)
    assert got == {normalize_key(w) for w in ws}
    assert set_of({"x": sorted(got)}, "x", normalize_key) == got  # normalising twice changes nothing
