"""First-level subdivisions of the Arab states: the shipped gazetteer knows
them, and the build script's CLDR -> GeoNames pairing is sound.

The build (scripts/build_gazetteer.py) pairs each CLDR Arabic subdivision
name with a GeoNames admin1 unit through the romanised names; Oman's,
Sudan's, Qatar's and the Emirates' units failed that match (Masqat /
Muscat, Al Qadarif / Gedaref, Baladiyat ad Dawhah, Dubayy / Dubai) and were
missing.  The lookups below are the places the news names; the pairing
functions are tested on made-up tables, so no build input is needed.
"""
from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.gazetteer import Gazetteer
from scripts_under_test import script


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _admin1(gaz: Gazetteer, key: str, country: str) -> list[str]:
    """English names of the admin1 candidates of ``key`` in ``country``."""
    return [p.name_en or "" for p in gaz.candidates(key)
            if p.feature == "admin1" and p.country == country]


@pytest.mark.parametrize(("key", "country", "name_en"), [
    ("محافظة مسقط", "OM", "Muscat"),
    ("محافظة ظفار", "OM", "Dhofar"),
    ("محافظة شمال الباطنة", "OM", "Al Batinah North"),
    ("جنوب الشرقية", "OM", "South Al Sharqiyah"),
    ("ولاية القضارف", "SD", "Al Qadarif"),
    ("ولاية سنار", "SD", "Sinnar"),
    ("ولاية الجزيرة", "SD", "Al Jazirah"),
    ("محافظة العاصمة", "JO", "Amman"),
    ("جرش", "JO", "Jerash"),
    ("محافظة الجهراء", "KW", "Al Jahra"),
    ("إمارة دبي", "AE", "Dubai"),
    ("امارة أبوظبي", "AE", "Abu Dhabi"),
    ("إمارة رأس الخيمة", "AE", "Ras al-Khaimah"),
    ("بلدية الريان", "QA", "Al Rayyan"),
    ("أمانة العاصمة", "YE", "Sanaa City"),
])
def test_arab_subdivision_is_known(gaz: Gazetteer, key: str, country: str, name_en: str) -> None:
    assert name_en in _admin1(gaz, key, country)


def test_capital_secretariat_resolves_in_yemen(gaz: Gazetteer) -> None:
    p = gaz.resolve("أمانة العاصمة", ["YE"])
    assert p is not None and (p.feature, p.country) == ("admin1", "YE")


def test_a_common_word_does_not_become_a_governorate(gaz: Gazetteer) -> None:
    # Sudan's Gezira is الجزيرة "the island" bare: only the qualified name is its key
    assert _admin1(gaz, "الجزيرة", "SD") == []
    assert _admin1(gaz, "العاصمة", "JO") == []


def test_a_governorate_named_for_a_large_city_leaves_it_the_bare_name(gaz: Gazetteer) -> None:
    for key, country in (("مسقط", "OM"), ("دبي", "AE"), ("الدوحة", "QA")):
        best = gaz.resolve(key, [country])
        assert best is not None and best.feature == "city" and best.country == country, key


# ------------------------------------------------------------ the build script

BUILD = script("build_gazetteer")


@pytest.mark.parametrize(("iso", "geonames"), [
    ("Masqaţ", "Muscat"),
    ("Z̧ufār", "Dhofar"),
    ("Gedaref", "Al Qadarif"),
    ("Gezira", "Al Jazirah"),
    ("Sennar", "Sinnar"),
    ("Jarash", "Jerash"),
    ("Ash Shāriqah", "Sharjah"),
    ("Abū Z̧aby", "Abu Dhabi"),
])
def test_romanisations_of_one_name_share_a_skeleton(iso: str, geonames: str) -> None:
    fold, skel = BUILD._ascii_fold, BUILD._skeleton
    assert skel(fold(iso)) == skel(fold(geonames))


@pytest.mark.parametrize(("a", "b"), [("Omskaya", "Moscow"), ("Eastern", "Western")])
def test_different_names_keep_apart(a: str, b: str) -> None:
    fold, skel = BUILD._ascii_fold, BUILD._skeleton
    assert skel(fold(a)) != skel(fold(b))


def test_qualifiers_and_compass_words_fold_away() -> None:
    fold = BUILD._ascii_fold
    assert fold("Muhafazat al Jahra'") == fold("Al Jahrā’")
    assert fold("Baladiyat ad Dawhah") == fold("Ad Dawḩah")
    assert fold("Janūb al Bāţinah") == fold("Al Batinah South")


def _town(gid: int, name: str, cc: str, a1: str, ar: str, pop: int) -> dict:
    return {"geonameid": gid, "name": name, "countrycode": cc, "admin1code": a1,
            "population": pop, "alternatenames": [ar]}


def test_leftovers_pair_by_skeleton_and_by_namesake_town() -> None:
    admin1 = {"XA.01": ("Muscat", "Muscat", 1), "XA.02": ("Dubai", "Dubai", 2),
              "XA.03": ("West Bank", "West Bank", 3)}
    iso = [{"code": "XA-MA", "name": "Masqat"}, {"code": "XA-DU", "name": "Dubayy"},
           {"code": "XA-NB", "name": "Nablus"}, {"code": "XA-JN", "name": "Jenin"}]
    names_ar = {"XA-MA": "محافظة مسقط", "XA-DU": "إمارة دبي",
                "XA-NB": "محافظة نابلس", "XA-JN": "محافظة جنين"}
    towns = {1: _town(1, "Dubai", "XA", "02", "دبي", 3_000_000),
             2: _town(2, "Nablus", "XA", "03", "نابلس", 150_000),
             3: _town(3, "Jenin", "XA", "03", "جنين", 40_000)}
    out = BUILD._pair_leftovers(iso, admin1, {}, towns, names_ar)
    # Masqat/Muscat by skeleton, Dubai by its town; the two governorates whose
    # towns share one large admin1 are no pair for it
    assert out == {"XA-MA": "XA.01", "XA-DU": "XA.02"}


_NAMES = st.text(alphabet=string.ascii_lowercase + " ", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=6), st.lists(_NAMES, min_size=1, max_size=6),
       st.sets(st.integers(0, 5), max_size=3))
def test_leftover_pairs_are_one_to_one_among_leftovers(
        a1_names: list[str], iso_names: list[str], taken: set[int]) -> None:
    admin1 = {f"XA.{i:02d}": (n, n, i) for i, n in enumerate(a1_names)}
    iso = [{"code": f"XA-{i:02d}", "name": n} for i, n in enumerate(iso_names)]
    names_ar = {s["code"]: "محافظة نابلس" for s in iso}
    mapped = {f"XA-T{i}": f"XA.{i:02d}" for i in taken if f"XA.{i:02d}" in admin1}
    out = BUILD._pair_leftovers(iso, admin1, mapped, {}, names_ar)
    assert len(set(out.values())) == len(out)
    assert not set(out.values()) & set(mapped.values())
    assert not set(out) & set(mapped)
