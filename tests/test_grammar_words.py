"""The grammar word lists of data/grammar_words.toml: loaded whole, in the
spelling tokens have, and read by the modules that compare tokens with them."""
from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from eventx import (also_taken, arrest_raids, coordinated, events, merge, name_clitics,
                    since_clause, since_parties)
from eventx.grammar_words import words
from eventx.text.normalize import normalize_text

_NAMES = tomllib.loads(resources.files("eventx").joinpath("data", "grammar_words.toml")
                       .read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(_NAMES))
def test_every_list_loads_normalised_and_whole(name: str) -> None:
    got = words(name)
    assert got == frozenset(normalize_text(w) for w in _NAMES[name])
    assert got and all(normalize_text(w) == w for w in got)


def test_a_missing_list_is_named() -> None:
    with pytest.raises(KeyError, match="no_such_list"):
        words("no_such_list")


def test_the_readers_hold_the_data_lists() -> None:
    assert coordinated._CLAUSE_WORDS == words("clause_words")
    assert coordinated._BEFORE == words("raid_before_arrest")
    assert events._MANNER_WORDS == words("manner_words")
    assert name_clitics._NOT_FIRST_NAMES == words("not_first_names")
    assert arrest_raids._TIME_WORDS == words("deed_as_time")
    # one list of clause-closing marks for both readers (they had a copy each)
    assert merge._CLAUSE_MARKS is also_taken._CLAUSE_MARKS is words("clause_marks")
    assert {"،", "؛", "."} <= words("clause_marks")
    # written "إثر" and "أمس" in the file, compared as tokens spell them
    assert "اثر" in coordinated._BEFORE and "امس" in name_clitics._NOT_FIRST_NAMES


def test_the_since_readers_share_one_since_word_list() -> None:
    # "منذ" was spelled out in four places; one list now, read by each
    assert events._SINCE_WORDS is since_clause._SINCE is since_parties._SINCE is words("since")
    assert words("since") == {"منذ", "ومنذ"}
    # written "الساعة"، "الأولى" and "أمس" in the file, compared as tokens spell them
    assert {"الساعه", "الاولي"} <= since_clause._TIME_LEADS == words("since_date_leads")
    assert "امس" in events._SINCE_TODAY == words("since_today")
