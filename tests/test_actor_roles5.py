"""Actor roles from general phrasing, round five: a building that bears a
person's name (مسجد أبو هريرة، مستشفى الملك فهد) is the thing hit, and the
name is the building's, never a person actor of the deed."""
from __future__ import annotations

from typing import Any

from probe import actor_records

REF = "2016-01-01"


def actors(text: str, etype: str) -> list[dict[str, Any]]:
    return actor_records(text, etype, REF)


def texts(text: str, etype: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (role, kind)."""
    return {str(a["mention"]["text"]): (str(a["role"]), str(a["kind"]))  # type: ignore[index]
            for a in actors(text, etype)}


def test_a_kunya_after_a_mosque_names_the_mosque() -> None:
    got = texts("انفجرت سيارة مفخخة في محيط مسجد أبو هريرة بمنطقة الماجوري أمس.", "bombing")
    assert got.get("مسجد أبو هريرة") == ("target", "civilians")
    assert not any(k == "أبو هريرة" for k in got)


def test_a_titled_name_after_a_hospital_names_the_hospital() -> None:
    got = texts("استهدف مسلحون مستشفى الملك فهد بقذيفة هاون أمس.", "rocket_strike")
    assert got.get("مستشفى الملك فهد") == ("target", "civilians")
    assert not any(v[1] == "person" for v in got.values())


def test_a_house_keeps_its_owner_as_a_person() -> None:
    """A house is no building that bears names: the name after it is its owner's."""
    got = texts("استهدف مسلحون منزل أبو محمد العلي بقذيفة هاون أمس.", "rocket_strike")
    assert any(v[1] == "person" for v in got.values())


def test_a_person_killed_in_a_mosque_stays_a_victim() -> None:
    got = texts("قتل مسلحون أبو محمد العلي في مسجد بمدينة بنغازي أمس.", "killing")
    assert any(v == ("victim", "person") for v in got.values())
