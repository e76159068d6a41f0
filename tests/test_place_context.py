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


# ------------------------------------------- a quarter sharing a foreign town's name

FALLUJAH = Place("الفلوجة", "Fallujah", 99454, "city", "IQ", "Anbar", None, 33.35, 43.79, 190_159)
BYBLOS = Place("بيبلوس", "Byblos", 273203, "city", "LB", "Mont-Liban", None, 34.12, 35.65, 20_784)
QUARTER = _toks(["في", "الفلوجه", "وعلي", "حي", "جبيل", "في", "جنوبها"])


def test_a_quarter_read_as_a_foreign_town_loses_its_coordinates() -> None:
    """حي جبيل in an Iraqi story is a quarter of the Iraqi city named before
    it, not Byblos: no Lebanese coordinates, the city's country and province."""
    out = situate_unknown_places(QUARTER, [M(1, 1, FALLUJAH), M(4, 4, BYBLOS, key="جبيل")], [],
                                 NOTHING.get, context=["IQ"])
    p = out[1].place
    assert (p.name, p.geonames_id, p.lat, p.country, p.admin1) == ("جبيل", None, None, "IQ", "Anbar")
    assert out[0] is not None and out[0].place == FALLUJAH


def test_a_quarter_takes_a_reading_in_the_storys_country_first() -> None:
    here = attrs.evolve(BYBLOS, name="جبيل", name_en="Jubayl", geonames_id=1, country="IQ")
    out = situate_unknown_places(QUARTER, [M(4, 4, BYBLOS, key="جبيل")], [], NOTHING.get,
                                 lambda key: (BYBLOS, here), context=["IQ"])
    assert out[0].place == here


@pytest.mark.parametrize(("words", "context"), [
    (["في", "الفلوجه", "وعلي", "حي", "جبيل"], []),          # no country known yet
    (["في", "الفلوجه", "وعلي", "حي", "جبيل"], ["LB", "IQ"]),  # the story names its country
    (["في", "الفلوجه", "وعلي", "مدينه", "جبيل"], ["IQ"]),     # a city abroad may be meant
    (["في", "الفلوجه", "وعلي", "حي", "جبيل", "اللبنانيه"], ["IQ"]),  # the text says where
])
def test_a_small_town_stays_where_nothing_says_it_is_local(words: list[str],
                                                            context: list[str]) -> None:
    toks = _toks(words)
    out = situate_unknown_places(toks, [M(4, 4, BYBLOS, key="جبيل")], [],
                                 {"اللبنانيه": "LB"}.get, context=context)
    assert out[0].place == BYBLOS


def test_a_sentence_naming_the_towns_country_keeps_it() -> None:
    beirut = attrs.evolve(BYBLOS, name="بيروت", geonames_id=276781)
    toks = _toks(["في", "بيروت", "وفي", "حي", "جبيل"])
    out = situate_unknown_places(toks, [M(1, 1, beirut), M(4, 4, BYBLOS, key="جبيل")], [],
                                 NOTHING.get, context=["IQ"])
    assert out[1].place == BYBLOS


def test_the_same_name_again_is_no_other_place_of_that_country() -> None:
    """حي جبيل twice in an Iraqi sentence: the first, read as Byblos, is no
    Lebanese place that keeps the second one Lebanese (another Lebanese place
    would: test_a_sentence_naming_the_towns_country_keeps_it)."""
    toks = _toks(["في", "حي", "جبيل", "غرب", "الفلوجه", "ثم", "في", "حي", "جبيل", "ايضا"])
    out = situate_unknown_places(toks, [M(2, 2, BYBLOS, key="جبيل"), M(4, 4, FALLUJAH),
                                        M(8, 8, BYBLOS, key="جبيل")], [], NOTHING.get,
                                 context=["IQ"])
    assert [(m.place.country, m.place.lat) for m in out] == [
        ("IQ", None), ("IQ", 33.35), ("IQ", None)]


@pytest.mark.parametrize(("text", "country"), [
    # a quarter of the Iraqi city named before it (own sentence after wire copy)
    ("قصف الجيش العراقي مدينة الفلوجة، وسقطت قذائف على حي جبيل فقتلت ثلاثة مدنيين.", "IQ"),
    # no place before it: no country, and no Lebanese coordinates either
    ("هاجمت الشرطة العراقية مسلحين في حي جبيل وقتلت ثلاثة منهم.", None),
])
def test_a_quarter_of_the_storys_country_is_no_town_abroad(text: str, country: str | None) -> None:
    evs = eventx.extract(text, reference_date="2021-02-24")
    places = [e.location.place for e in evs if e.location and e.location.mention.text.endswith("جبيل")]
    assert places, [e.location for e in evs]
    assert all(p.country == country and p.lat is None for p in places)


def test_a_country_read_wrongly_steers_no_later_sentence() -> None:
    """The Lebanon that حي جبيل first read as is forgotten once the quarter is
    found local: the next sentence's حي جبيل is not Byblos either."""
    text = ("قصف الجيش العراقي مدينة الفلوجة، وسقطت قذائف على حي جبيل فقتلت ثلاثة مدنيين. "
            "وقال شهود إن قذيفة أخرى سقطت على حي جبيل فقتلت طفلا.")
    evs = eventx.extract(text, reference_date="2021-02-24")
    found = [e.location.place for e in evs if e.location and e.location.mention.text.endswith("جبيل")]
    assert found
    assert all(p.country == "IQ" and p.lat is None for p in found)


# ------------------------------- a quarter in a list that ends in its city

MAFRAQ = Place("المفرق", "Mafraq", 250258, "city", "JO", "Mafraq", None, 32.34, 36.21, 57_118)
TAIZ = Place("تعز", "Taiz", 70225, "city", "YE", "Taiz", None, 13.58, 44.02, 615_222)
# "in the quarters of S, Mafraq and X east of the city of Taiz" (normalised)
LISTED = ["في", "احياء", "س", "والمفرق", "والحوبان", "شرق", "مدينه", "تعز"]


def _listed(words: list[str], context: list[str], *others: PlaceMention) -> Place:
    toks = _toks(words)
    places = sorted([M(3, 3, MAFRAQ, key="المفرق"), M(len(words) - 1, len(words) - 1, TAIZ),
                     *others], key=lambda m: m.first)
    out = situate_unknown_places(toks, places, [], NOTHING.get, context=context)
    return next(m.place for m in out if m.first == 3)


def test_a_foreign_town_in_a_list_of_quarters_of_a_city_is_one_of_them() -> None:
    """المفرق in a list of quarters said to lie in Taiz, in a Yemeni story, is
    a quarter of Taiz: Jordan's Mafraq (the gazetteer's one reading) is not
    meant, and the quarter itself is not located."""
    p = _listed(LISTED, ["YE"])
    assert (p.name, p.geonames_id, p.lat, p.country, p.admin1) == ("المفرق", None, None, "YE", "Taiz")


def test_a_foreign_town_in_a_list_takes_a_reading_in_the_citys_country() -> None:
    here = attrs.evolve(MAFRAQ, geonames_id=2, country="YE", admin1="Taiz")
    toks = _toks(LISTED)
    out = situate_unknown_places(toks, [M(3, 3, MAFRAQ, key="المفرق"), M(7, 7, TAIZ)], [],
                                 NOTHING.get, lambda key: (MAFRAQ, here), context=["YE"])
    assert out[0].place == here


@pytest.mark.parametrize(("words", "context"), [
    (LISTED, ["JO", "YE"]),    # the story names the town's own country
    (LISTED, []),              # no country known yet
    (["في", "احياء", "س", "والمفرق", "والحوبان", "في", "تعز"], ["YE"]),  # a bare preposition
    (["في", "احياء", "س", "والمفرق", "وقال", "شرق", "مدينه", "تعز"], ["YE"]),  # a verb ends the list
    (["في", "المفرق", "ثم", "س", "والحوبان", "شرق", "مدينه", "تعز"], ["YE"]),  # not in the list
])
def test_a_town_abroad_stays_unless_its_list_is_said_to_lie_in_the_storys_country(
        words: list[str], context: list[str]) -> None:
    first = 1 if words[1] == "المفرق" else 3
    toks = _toks(words)
    out = situate_unknown_places(toks, [M(first, first, MAFRAQ, key="المفرق"),
                                        M(len(words) - 1, len(words) - 1, TAIZ)], [],
                                 NOTHING.get, context=context)
    assert out[0].place == MAFRAQ


def test_a_list_member_of_the_towns_own_country_keeps_it() -> None:
    """A list with another Jordanian town is a list of Jordanian places."""
    irbid = Place("اربد", "Irbid", 248946, "city", "JO", "Irbid", None, 32.55, 35.85, 250_645)
    words = ["في", "احياء", "س", "والمفرق", "واربد", "والحوبان", "شرق", "مدينه", "تعز"]
    assert _listed(words, ["YE"], M(4, 4, irbid, key="اربد")) == MAFRAQ


def test_a_quarter_listed_before_its_city_is_placed_there() -> None:
    """End to end: in a Yemeni story, المفرق listed with quarters "east of
    the city of Taiz" is the quarter (the most specific place), in Taiz."""
    text = ("تشهد مدينة تعز اليمنية مواجهات عنيفة بين الحوثيين والمقاومة. وقصفت مقاتلات "
            "التحالف أمس مواقع للحوثيين في منطقة الجحملية والمفرق والدحي شرقي مدينة تعز.")
    strikes = [e for e in eventx.extract(text, reference_date="2021-02-24") if e.type == "air_strike"]
    assert strikes and strikes[0].location is not None
    p = strikes[0].location.place
    assert (p.name, p.country, p.admin1, p.lat) == ("المفرق", "YE", "Taiz", None)
