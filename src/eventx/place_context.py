"""An unknown place takes its country from the words that situate it.

Why: a town or quarter the gazetteer lacks (بلدة جرابولي، حي المساعيد) is
still where the event happened, and analysts code every event with its
country (ACLED has no event without one).  News almost always situates such
a name at once: with a nationality adjective (مدينة نيس الفرنسية، بمدينة
فورتسبرغ الألمانية) or with the larger place it lies in, named next (بحي
المساعيد بالعريش، في بلدة جرابولي بغرب ليبيا، حي الياسمين شمال الرياض،
حي الريحان التابعة لبلدية عين الرمانة جنوب ولاية البليدة).  The country,
and the province when the larger place tells it, are read from there.  The
coordinates stay empty: the place itself is not located, and a user must be
able to tell (``geonames_id`` is None) that it was not.

Nothing is guessed from the rest of the article: a Canadian town in a Saudi
story is not Saudi.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

import attrs

from eventx.place_words import words as place_words
from eventx.places import DIRECTIONS, PLACE_NOUNS, direction_base, name_base, place_noun
from eventx.records import Place
from eventx.text.tokenize import Token
from eventx.transliterate import transliterate

if TYPE_CHECKING:  # analysis imports this module
    from eventx.analysis import PlaceMention

__all__ = ["situate_unknown_places"]

# Words that may stand between a name and the place that contains it (the
# place nouns and directions are added below): data/place_words.toml
_LINKS: Final[frozenset[str]] = place_words("links")
# marks that may stand there too (normalize_key would erase them): a comma, the
# quotes and brackets around a name (منطقة "ڨرڨور" التابعة لولاية الكاف، سروج (جنوب تركيا))
_LINK_MARKS: Final = frozenset({",", "،", '"', "«", "»", "(", ")"})
# how far (in tokens) the containing place may be named after the unknown one
_REACH: Final = 7


# camp nouns: a nationality after a camp's name is its people's, not the
# country the camp is in (data/place_words.toml)
_PEOPLED: Final[frozenset[str]] = place_words("peopled")


def _links(word: str) -> bool:
    """Whether ``word`` may stand between a name and its containing place."""
    return word in _LINK_MARKS or word in _LINKS or name_base(word) in _LINKS or _placing(word)


def _unknown(p: Place) -> bool:
    return p.geonames_id is None and p.country is None and p.lat is None


def _within(container: Place) -> tuple[str | None, str | None]:
    """(country, admin1) a place lying inside ``container`` has."""
    if container.feature == "admin1":
        return container.country, container.name_en or None
    if container.feature == "country":
        return container.country, None
    return container.country, container.admin1


def situate_unknown_places(
        tokens: Sequence[Token], places: Sequence[PlaceMention],
        countries: Sequence[tuple[int, int, Place]],
        nationality: Callable[[str], str | None],
        candidates: Callable[[str], Sequence[Place]] = lambda key: (),
        context: Sequence[str] = ()) -> list[PlaceMention]:
    """``places`` (sorted by position) with each unknown place given the
    country (and province) of the nationality adjective right after it or of
    the known place that contains it, named within a few linking words.

    ``countries``: (first, last, place) of names read as actors that are
    places too (a country, a capital: بغرب ليبيا، شمال الرياض).
    ``nationality``: ISO2 of a nationality adjective (الفرنسية → FR), or None.
    A chain of unknown names (حي الريحان ... بلدية عين الرمانة ... ولاية
    البليدة) is read from the right, so every link gets the container's
    country.

    A small town the gazetteer knows in ANOTHER country than the words put it
    in (دوما "بمدينة نابلس الفلسطينية" is not the Syrian Douma, البساتين
    "بشمال عدن" not the Cairo quarter, الطيبة "بالغوطة الغربية" not the
    Jordanian village) takes the reading of that country if ``candidates``
    (the gazetteer's readings of a key) has one, else becomes a name of that
    country without coordinates: the text is surer of the country than a
    one-record gazetteer is.  A larger town or a province does so only when a
    word saying where it lies leads to the other country's place (حي الخالدية
    بمدينة حلب), see :func:`_situable`.

    ``context``: the countries the article named before this sentence and the
    sentence's actors name (ISO2, most relevant first).  A small town read
    after a district word (حي جبيل، قرية، بلدة، منطقة، ناحية) in a country
    neither they nor the sentence's other places name, with no words that
    situate it, is a quarter or village of the story's own country that
    shares a foreign town's name (حي جبيل in Fallujah is not Byblos):
    see :func:`_local_reading`."""
    out = list(places)
    for k in range(len(out) - 1, -1, -1):
        p = out[k]
        unknown = _unknown(p.place)
        small = _small_town(p.place)
        if not unknown and not small and not _situable(p.place):
            continue
        named = {q.first: (q.last, q.place, q.key) for q in out[k + 1:]}
        for first, last, place in countries:
            if first > p.last:
                named.setdefault(first, (last, place, ""))
        country, admin1 = _situated(tokens, p, named, nationality, strict=not (unknown or small))
        if country is None and not unknown and context and p.place.country not in context:
            country, admin1 = _listed_within(tokens, p, named, places, context)
        if country is None and small and _foreign_quarter(tokens, p, out, countries, context):
            out[k] = attrs.evolve(p, place=_local_reading(tokens, p, out[:k], context, candidates))
            continue
        if country is None or country == p.place.country:
            continue
        if unknown:
            out[k] = attrs.evolve(p, place=attrs.evolve(p.place, country=country, admin1=admin1))
            continue
        there = [c for c in candidates(p.key) if c.country == country]
        place = there[0] if there else Place(p.place.name, p.place.name_en, None,
                                             p.place.feature if unknown or small else _feature_there(tokens, p),
                                             country, admin1)
        out[k] = attrs.evolve(p, place=place)
    return out


# a town this size or smaller may share its name with a town elsewhere that
# the gazetteer lacks (a city of millions is seldom named twice).  Not tight
# on the corpus: the quarters _foreign_quarter relocates there are towns of
# 112,000 (دوما) and less, and no larger town after a district word lies
# outside the story's countries (checked with the limit lifted)
_SMALL_TOWN: Final = 200_000


def _feature_there(tokens: Sequence[Token], p: PlaceMention) -> str:
    """The feature of ``p`` moved to another country: the one its place noun
    tells (بلدة الكرك: a town), else the gazetteer's unless that was a
    province, which the namesake abroad need not be (a town by default)."""
    if p.first > 0:
        noun = PLACE_NOUNS.get(name_base(tokens[p.first - 1].text))
        if noun is not None:
            return noun
    return p.place.feature if p.place.feature != "admin1" else "city"


def _situable(p: Place) -> bool:
    """Whether words that situate ``p`` in another country may move it there
    whatever its size: a town or province (not a country or a region told by a
    direction).  The words are surer than the gazetteer's best-known namesake:
    حي الخالدية بمدينة حلب is no Iraqi town, بلدة الكرك التابعة لمحافظة درعا no
    Jordanian province.  Only words that say where it lies move such a place
    (``strict`` in :func:`_situated`); a foreign name after a district word
    alone does so for small towns only (see :func:`_foreign_quarter`)."""
    return p.feature in _SITUABLE


# the features a place situated elsewhere may leave behind
_SITUABLE: Final = frozenset({"city", "site", "admin2", "admin1"})


def _small_town(p: Place) -> bool:
    return (p.geonames_id is not None and p.feature in ("city", "site", "admin2")
            and p.population < _SMALL_TOWN)


# the nouns of a small local place (a quarter, a village, an area, a
# district): a name after one is local to the story (data/place_words.toml)
_DISTRICT_NOUNS: Final[frozenset[str]] = place_words("district_nouns")


def _foreign_quarter(tokens: Sequence[Token], p: PlaceMention, out: Sequence[PlaceMention],
                     countries: Sequence[tuple[int, int, Place]], context: Sequence[str]) -> bool:
    """Whether ``p`` (a small town the gazetteer knows) follows a district
    word and lies in a country that neither ``context`` nor any other place of
    the sentence names, while ``context`` names some: a local quarter or
    village that shares a foreign town's name.  With no country known yet
    there is nothing to call it foreign to (a Tunisian paper names no Tunisia).
    The same name again in the sentence is no other place of that country:
    it is the gazetteer's one reading twice (في منطقة فوه … بمنطقة فوه, a
    quarter of Mukalla, is no pair of Egyptian towns)."""
    if not context or p.first == 0 or p.place.country in context:
        return False
    if name_base(tokens[p.first - 1].text) not in _DISTRICT_NOUNS:
        return False
    return all(q.place.country != p.place.country for q in out
               if q.first != p.first and not (p.key and q.key == p.key)) and all(
        place.country != p.place.country for _, _, place in countries)


def _local_reading(tokens: Sequence[Token], p: PlaceMention, before: Sequence[PlaceMention],
                   context: Sequence[str], candidates: Callable[[str], Sequence[Place]]) -> Place:
    """What a foreign-looking quarter (see :func:`_foreign_quarter`) is: the
    gazetteer's reading of its name in a country of ``context`` if there is
    one (the first such country), else the name unlocated, in the country
    and province of the nearest place the sentence names before it (a quarter
    of the city named just before: "في الفلوجة ... وعلى حي جبيل في جنوبها"),
    else in no country.  No coordinates of a town abroad either way."""
    cands = candidates(p.key)
    for cc in context:
        there = [c for c in cands if c.country == cc]
        if there:
            return there[0]
    country: str | None = None
    admin1: str | None = None
    for q in reversed(before):
        if q.place.country is not None and q.place.country in context:
            country, admin1 = _within(q.place)
            break
    feature = PLACE_NOUNS.get(name_base(tokens[p.first - 1].text), p.place.feature)
    return Place(p.key, transliterate(p.key), None, feature, country, admin1)


def _situated(tokens: Sequence[Token], p: PlaceMention, named: dict[int, tuple[int, Place, str]],
              nationality: Callable[[str], str | None],
              strict: bool = False) -> tuple[str | None, str | None]:
    """(country, admin1) the words right after ``p`` put it in, or (None, None).

    ``strict`` (a large town or a province, see :func:`_situable`): only a
    containing place named after a word that says "lying in" counts (a place
    noun, a direction, ريف، التابعة، الواقعة: حي الخالدية بمدينة حلب); a bare
    preposition or a nationality word may belong to the clause instead
    (حماس في غزة بإسرائيل: whom Hamas condemned; ظهران الجنوب تركي الوادعي: a
    man named Turki)."""
    j = p.last + 1
    placed = not strict  # a word that says where p lies has been read
    if not strict and j < len(tokens) and not (p.first > 0 and name_base(tokens[p.first - 1].text) in _PEOPLED):
        cc = nationality(tokens[j].text)
        if cc is not None:
            return cc, None
    while j < len(tokens) and j <= p.last + _REACH:
        q = named.get(j)
        if q is not None:
            last, place, key = q
            if tokens[j].text.startswith("و") and not key.startswith("و"):
                return None, None  # a list (جب القبة وبستان القصر), not what contains it
            if place.country is not None:
                return _within(place) if placed or _placing(tokens[j].text) else (None, None)
            j = last + 1  # another unknown name in the chain: look past it
            continue
        if not _links(tokens[j].text):
            return None, None
        placed = placed or _placing(tokens[j].text)
        j += 1
    return None, None


def _listed_within(tokens: Sequence[Token], p: PlaceMention, named: dict[int, tuple[int, Place, str]],
                   given: Sequence[PlaceMention], context: Sequence[str]) -> tuple[str | None, str | None]:
    """(country, admin1) of the place that a list ``p`` stands in is said to
    lie in, when that place is in a country of ``context``; else (None, None).

    Why: a quarter named in a list of quarters ends the list before the town
    they all lie in ("في منطقة القاعدة والمفرق والحوبان والمدخل الشرقي لمدينة
    تعز"); :func:`_situated` stops at the next list member, so a quarter that
    shares its name with a town abroad the gazetteer knows (المفرق: Mafraq in
    Jordan) kept that town's country.  Asked only of a place in none of the
    article's countries (the caller checks): the words place it in one of
    them.  The list members between are definite names after و (والحوبان) or
    places the sentence names; the containing place must follow a word that
    says where the list lies (a place noun, a direction, التابعة: لمدينة تعز,
    not a bare في), and a member the gazetteer puts in ``p``'s own country
    (in ``given``, the mentions as read, before any was moved) makes the
    list that country's (no move)."""
    j = p.last + 1
    listed = False
    while j < len(tokens) and j <= p.last + _REACH:
        q = named.get(j)
        if q is not None:
            last, place, key = q
            if tokens[j].text.startswith("و") and not key.startswith("و"):
                if any(m.first == j and m.place.country == p.place.country for m in given):
                    return None, None
                listed = True
                j = last + 1
                continue
            if (listed and place.country in context
                    and (_placing(tokens[j].text) or _placing(tokens[j - 1].text))):
                return _within(place)
            return None, None
        word = tokens[j].text
        if word.startswith("وال") and len(word) > 4:
            listed = True
        elif not _links(word):
            return None, None
        j += 1
    return None, None


# link words that say where a place lies, not merely what follows it
_PLACING: Final[frozenset[str]] = place_words("placing")


def _placing(word: str) -> bool:
    """Whether ``word`` (a link, or the first word of a containing place's
    mention: بمدينة حلب) says where the name before it lies."""
    for w in (word, name_base(word)):
        if w in _PLACING or place_noun(w) or direction_base(w) in DIRECTIONS:
            return True
    return False
