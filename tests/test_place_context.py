"""Unknown places take the country the text situates them in (eventx.place_context).

Probe sentences are written in the style of the wire copy the corpus holds
(a town or quarter the gazetteer lacks, then its country or its city); the
unit tests drive :func:`situate_unknown_places` on hand-built mentions.
"""
from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.analysis import PlaceMention
from eventx.place_context import situate_unknown_places
from eventx.records import Place
from eventx.text.tokenize import Token


def location(text: str) -> Place | None:
    evs = eventx.extract(text, reference_date="2021-02-24")
    assert evs, text
    return evs[0].location.place if evs[0].location else None


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    # a nationality adjective right after the name
    ("قتل ستة مصلين في هجوم مسلح على مسجد في مدينة ريموسكي الكندية.", "ريموسكي", "CA", None),
    ("هاجم شاب ركاب قطار بمدينة كيتسينغن الألمانية بفأس.", "كيتسينغن", "DE", None),
    # the country named next, after a direction
    ("قتل ثلاثة أشخاص في انفجار بمخزن للذخيرة في بلدة جرابولي بغرب ليبيا.", "جرابولي", "LY", None),
    ("خطف مسلحون عشرة عمال في مقاطعة كورام شمال غرب باكستان.", "كورام", "PK", None),
    # the city named next: its province too
    ("قتل مسلحون شرطيا في كمين بحي المساعيد بالعريش.", "المساعيد", "EG", "North Sinai"),
    ("قتلت قوات الأمن إرهابيين في منزل بحي الياسمين شمال الرياض.", "الياسمين", "SA", "Riyadh"),
    # quotes around the name and a comma before the city are no break
    ("هاجمت مجموعة مسلحة منازل في منطقة \"ڨرڨور\" التابعة لولاية الكاف.", "ڨرڨور", "TN", "Kef"),
])
def test_an_unknown_place_takes_the_country_the_text_gives(text: str, name: str, country: str,
                                                          admin1: str | None) -> None:
    p = location(text)
    assert p is not None and p.name == name
    assert p.geonames_id is None and p.lat is None  # still not located itself
    assert (p.country, p.admin1) == (country, admin1)


@pytest.mark.parametrize("text", [
    # nothing situates it: the article's other countries say nothing of it
    "قتل ستة مصلين في هجوم على مسجد في مدينة ريموسكي أثناء الصلاة في السعودية.",
    # a camp's nationality is its people's (Yarmouk camp is in Syria)
    "قتل خمسة لاجئين في قصف على مخيم الوحدات الفلسطيني.",
])
def test_no_country_without_words_that_situate_the_place(text: str) -> None:
    p = location(text)
    assert p is None or p.geonames_id is not None or p.country is None


@pytest.mark.parametrize("text", [
    "قتل خمسة في هجمات على قرى بشمال شرق سوريا.",     # a direction with its preposition
    "قتل خمسة في هجمات على مدن وقرى داخل الكاميرون.",  # a preposition
    "سقطت قذيفة على منزل بقرية تقع جنوبي الشيخ زويد وقتلت خمسة أشخاص.",  # a verb
    "قتل خمسة في تفجير سيارة مفخخة قرب مركز تجاري في بغداد.",  # an adjective
])
def test_words_after_a_place_noun_that_are_no_name(text: str) -> None:
    p = location(text)
    assert p is None or p.lat is not None, p  # no unlocated "place" made of the word


@pytest.mark.parametrize(("text", "name", "country"), [
    # the gazetteer's one record of a small town lies elsewhere; the words say where it is
    ("قتل رضيع حرقا في قرية دوما بالضفة الغربية.", "دوما", "PS"),
    ("قتل ثلاثة في انفجار داخل كنيسة في منطقة المنشية بالإسكندرية.", "المنشية", "EG"),
    ("قتل شرطي في هجوم مسلح في مدينة فيكتوريا بولاية تاماوليباس المكسيكية.", "فيكتوريا", "MX"),
])
def test_a_small_town_takes_the_country_the_text_puts_it_in(text: str, name: str, country: str) -> None:
    p = location(text)
    assert p is not None and p.name == name and p.country == country


def test_a_list_of_places_is_no_chain_of_containment() -> None:
    """جب القبة وبستان القصر: two quarters, the second does not contain the first."""
    toks = _toks(["حيي", "س", "وص", "الرياض"])
    out = situate_unknown_places(toks, [M(1, 1, UNKNOWN), M(2, 2, attrs.evolve(UNKNOWN, name="ص"),
                                                            key="ص"), M(3, 3, RIYADH)], [], NOTHING.get)
    assert out[0].place.country is None and out[1].place.country == "SA"


# ------------------------------------------------------------ the function


def M(first: int, last: int, place: Place, key: str = "") -> PlaceMention:
    """A place mention of tokens first..last (the function reads no offsets)."""
    return PlaceMention(first, last, 0, 0, place, key)


def _toks(words: list[str]) -> list[Token]:
    out, pos = [], 0
    for w in words:
        out.append(Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    return out


UNKNOWN = Place("حي", "Hay", None, "site", None)
RIYADH = Place("الرياض", "Riyadh", 108410, "city", "SA", "Riyadh", None, 24.7, 46.7, 4_000_000)
NOTHING: dict[str, str] = {}


def test_a_chain_of_unknown_names_takes_the_last_ones_country() -> None:
    toks = _toks(["حي", "س", "التابعه", "لبلده", "ص", "شمال", "الرياض"])  # normalised
    places = [M(1, 1, UNKNOWN), M(4, 4, attrs.evolve(UNKNOWN, name="ص")), M(6, 6, RIYADH)]
    out = situate_unknown_places(toks, places, [], NOTHING.get)
    assert [m.place.country for m in out] == ["SA", "SA", "SA"]
    assert [m.place.admin1 for m in out] == ["Riyadh", "Riyadh", "Riyadh"]


def test_a_country_read_as_an_actor_situates_too() -> None:
    toks = _toks(["بلدة", "س", "جنوب", "ليبيا"])
    libya = Place("ليبيا", "Libya", 2215636, "country", "LY")
    out = situate_unknown_places(toks, [M(1, 1, UNKNOWN)], [(3, 3, libya)], NOTHING.get)
    assert (out[0].place.country, out[0].place.admin1) == ("LY", None)


def test_too_far_or_a_word_between_situates_nothing() -> None:
    far = _toks(["حي", "س", *(["في"] * 8), "الرياض"])
    assert situate_unknown_places(far, [M(1, 1, UNKNOWN), M(10, 10, RIYADH)], [],
                                  NOTHING.get)[0].place.country is None
    worded = _toks(["حي", "س", "وقال", "الرياض"])
    assert situate_unknown_places(worded, [M(1, 1, UNKNOWN), M(3, 3, RIYADH)], [],
                                  NOTHING.get)[0].place.country is None


words = st.sampled_from(["في", "حي", "س", "شمال", "الرياض", "وقال", "الكندية", "،", "بلدة"])


@given(st.lists(words, min_size=1, max_size=12), st.data())
def test_only_unknown_places_change_and_only_their_country_and_province(
        ws: list[str], data: st.DataObject) -> None:
    toks = _toks(ws)
    idx = sorted(data.draw(st.sets(st.integers(0, len(ws) - 1), max_size=4)))
    places = [M(i, i, RIYADH if ws[i] == "الرياض" else attrs.evolve(UNKNOWN, name=ws[i]))
              for i in idx]
    out = situate_unknown_places(toks, places, [], {"الكندية": "CA"}.get)
    assert len(out) == len(places)
    for before, after in zip(places, out, strict=True):
        assert (before.first, before.last) == (after.first, after.last)
        if before.place.geonames_id is not None:
            assert after is before
        else:
            assert attrs.evolve(after.place, country=None, admin1=None) == before.place
            assert after.place.country in (None, "CA", "SA")
