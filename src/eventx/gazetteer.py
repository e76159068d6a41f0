"""Places with coordinates, looked up by normalised Arabic name.

Why this shape: the lexicon pass finds place names by longest match over
normalised tokens, so the gazetteer exposes every alias as a normalised key
(:func:`eventx.text.normalize.normalize_key`, tokens joined by one space) and
answers "which place is this key?" with a ranking that needs no text beyond
the document's country context.  Many Arabic place names are shared
(طرابلس is Tripoli in Libya and in Lebanon, غزة also names a Mozambican
province, الجزائر is both Algeria and Algiers), so :meth:`Gazetteer.resolve`
scores each candidate by

* prominence: log10 of the population (countries and admin1 units use their
  country figure or the sum of their towns), plus a bonus by feature
  (country > admin1/region > admin2 > city/site) so a country or governorate
  outranks a same-named small town, and one for cities of millions, which
  keep their name against any small namesake (Moscow, not Mesquite, Texas);
* a regional prior: the library reads Arabic news, whose places are
  overwhelmingly in the Arab world and its neighbours;
* the document's countries (ISO2 codes, most relevant first): a strong bonus,
  enough to move طرابلس to Lebanon in a Lebanese story, not enough to turn
  سوريا (the country) into a Spanish town.

Data: ``data/gazetteer.tsv.gz`` is built from GeoNames by
``scripts/build_gazetteer.py`` (place data: GeoNames, www.geonames.org,
CC BY 4.0; Arabic country and subdivision names: Unicode CLDR).  The
hand-curated ``data/places_curated.toml`` (districts, towns, landmarks,
regions and spellings GeoNames lacks, plus a stop list of keys that are
ordinary words) is merged at load time, so it can be edited without the
GeoNames inputs.

Two kinds of keys are places only in context, and the curated file lists them:

* ``noun_only_keys`` (مشهد "scene", حديثة "recent", تدمر "destroys"): kept out
  of :meth:`Gazetteer.keys` (so the lexicon never matches them bare) and
  reachable with ``guarded=True``, which :mod:`eventx.places` uses after a
  place noun (مدينة مشهد، قضاء حديثة);
* ``locative_keys`` (القصير "short", السلمية "peaceful", قنا the news agency):
  matched like any key but :meth:`Gazetteer.guard` says they need a locating
  word before them (في القصير، بالسلمية).
"""
from __future__ import annotations

import functools
import gzip
import importlib.resources
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import attrs

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.cache import cached, data_key
from eventx.records import FEATURES, Place
from eventx.text.normalize import normalize_key

__all__ = ["DATA_FILES", "Gazetteer"]

#: the shipped files :meth:`Gazetteer.default` reads (in ``eventx/data``)
DATA_FILES: Final = ("gazetteer.tsv.gz", "places_curated.toml")

# Countries whose places Arabic news reports on most (and whose small towns the
# build keeps): the Arab world and its neighbours.
REGION: Final[frozenset[str]] = frozenset(
    "IQ SY YE LY LB PS IL JO EG SA IR TR AF SO SD ML NG AE BH DZ KW MA OM QA TN MR DJ KM SS NE TD".split()
)
_FEATURE_BONUS: Final[Mapping[str, float]] = {
    "country": 3.0, "admin1": 1.0, "region": 1.0, "admin2": 0.5, "city": 0.0, "site": 0.0,
}
_REGION_BONUS: Final = 1.0
_CONTEXT_BONUS: Final = (4.0, 2.5, 2.0, 1.5)  # by position of the country in the context

_COLUMNS: Final = ("geonames_id", "name_ar", "name_en", "feature", "country", "admin1", "admin2",
            "lat", "lon", "population", "keys")


def _prior(p: Place) -> float:
    """Context-free score of a place (see the module docstring)."""
    s = math.log10(max(p.population, 0) + 10) + _FEATURE_BONUS.get(p.feature, 0.0)
    if p.country in REGION:
        s += _REGION_BONUS
    if p.population >= _METROPOLIS:
        s += _METROPOLIS_BONUS
    return s


# A city of millions keeps its name against a small namesake however strongly
# the article's countries favour the namesake's: موسكو in a story that also
# names the United States is Moscow, not Mesquite, Texas (a context bonus of
# 4 outweighs their 1.9 orders of magnitude of population).
_METROPOLIS: Final = 5_000_000
_METROPOLIS_BONUS: Final = 3.0


def _opt(v: str) -> str | None:
    return v or None


def _float(v: str) -> float | None:
    return float(v) if v else None


# short vowels, shadda, sukun and tanween; the dagger alef
_TASHKEEL: Final = re.compile("[\u064b-\u0652\u0670]")


def _display(name: str) -> str:
    """A GeoNames Arabic name as news writes it: without the vowel marks some
    alternates carry (طَرَابُلُس، تِهران، جدّة), which an analyst reads as a
    different, scholarly spelling and a string match misses."""
    return _TASHKEEL.sub("", name)


# what a pickle of the gazetteer holds: every slot but the per-process records
# made so far (named here: a class that mypyc compiles has no __slots__ to read)
# how many keys' answers :meth:`Gazetteer.candidates` remembers at most
_MAX_FOUND = 50_000
_PICKLED: Final = ("_countries", "_index", "_locative", "_noun_only", "_prior", "_rows")


class Gazetteer:
    """Alias key -> places, with context-aware resolution. Immutable once built.

    Places are kept as plain field tuples and made into :class:`Place` records
    only when a lookup returns them (once per place and process).  Why: the
    shipped table has eleven thousand places and a document names a handful;
    restoring each record from the cache at start-up, and walking each in
    every full pass of the garbage collector (interpreter exit included),
    cost more than loading the rest of the table.
    """

    __slots__ = ("_countries", "_index", "_locative", "_noun_only", "_prior", "_rows", "_made",
                 "_found")

    # ``entries`` has a default only so that unpickling can make the object
    # first (a class compiled by mypyc is unpickled through its __init__)
    def __init__(self, entries: Iterable[tuple[Place, Iterable[str]]] = (),
                 noun_only: Iterable[str] = (), locative: Iterable[str] = (),
                 *, normalized: bool = False) -> None:
        """Index ``(place, alias keys)`` pairs; keys are normalised again here
        unless ``normalized`` says they already are (the shipped data is: the
        build and the curated merge normalise, which halves the load time).

        ``noun_only``: keys answered only with ``guarded=True``; ``locative``:
        keys :meth:`guard` flags (see the module docstring)."""
        index: dict[str, list[int]] = {}
        countries: dict[str, int] = {}
        rows: list[tuple[Any, ...]] = []
        prior: list[float] = []
        ids: dict[Place, int] = {}
        for place, keys in entries:
            i = ids.get(place)
            if i is None:
                i = ids[place] = len(rows)
                rows.append(attrs.astuple(place, recurse=False))
                prior.append(_prior(place))
            if place.feature == "country" and place.country and place.country not in countries:
                countries[place.country] = i
            if place.feature == "country":
                # دولة قطر، دولة الكويت: the phrase news (and the actor
                # dictionary) uses for a state is a key of its country too
                keys = [*keys, *("دوله " + normalize_key(k) for k in keys if " " not in k)]
            for k in keys:
                if not normalized:
                    k = normalize_key(k)
                if not k:
                    continue
                bucket = index.setdefault(k, [])
                if i not in bucket:
                    bucket.append(i)
        self._rows = tuple(rows)
        self._prior = tuple(prior)
        self._made: dict[int, Place] = {}
        self._found: dict[tuple[str, bool], tuple[Place, ...]] = {}
        ranked = {k: tuple(sorted(_namesake(v, self._rows), key=lambda i: -prior[i]))
                  for k, v in index.items()}
        hidden = {normalize_key(k) for k in noun_only if isinstance(k, str)}
        # equal candidate tuples (a place's many spellings) share one object:
        # fewer objects to store, load and walk
        pool: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._index: dict[str, tuple[int, ...]] = {
            k: pool.setdefault(v, v) for k, v in ranked.items() if k not in hidden}
        self._noun_only: dict[str, tuple[int, ...]] = {k: v for k, v in ranked.items() if k in hidden}
        self._locative = frozenset(normalize_key(k) for k in locative if isinstance(k, str))
        self._countries = countries

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the tables without the per-process records made so far."""
        return {k: getattr(self, k) for k in _PICKLED}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            object.__setattr__(self, k, v)
        self._made = {}
        self._found = {}

    def _place(self, i: int) -> Place:
        """The record of row ``i``, made once (equal rows give the same object)."""
        p = self._made.get(i)
        if p is None:
            p = self._made[i] = Place(*self._rows[i])
        return p

    # -- construction -------------------------------------------------------------

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The shipped gazetteer (GeoNames build + curated places), loaded once
        per process, and from the on-disk cache (:mod:`eventx.cache`) when
        neither the data files nor the code changed."""
        return cached("gazetteer", data_key("gazetteer", DATA_FILES), cls._from_shipped)

    @classmethod
    def _from_shipped(cls) -> Gazetteer:
        data = importlib.resources.files("eventx") / "data"
        tsv = (data / DATA_FILES[0]).read_bytes()
        curated = (data / DATA_FILES[1]).read_text(encoding="utf-8")
        return cls.from_data(tsv, curated)

    @classmethod
    def from_data(cls, tsv_gz: bytes, curated_toml: str = "") -> Gazetteer:
        """Build from the bytes of a gz TSV and the text of a curated TOML file."""
        curated = tomllib.loads(curated_toml) if curated_toml else {}
        stop = {normalize_key(w) for w in curated.get("drop_keys", [])}
        rows: dict[Any, dict[str, Any]] = {}
        with gzip.open(io.BytesIO(tsv_gz), "rt", encoding="utf-8") as fh:
            header: list[str] | None = None
            for line in fh:
                if line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if header is None:
                    header = parts
                    continue
                rec = dict(zip(header, parts))
                gid = int(rec["geonames_id"]) if rec["geonames_id"] else None
                row: dict[str, Any] = {
                    "name": _display(rec["name_ar"]), "name_en": rec["name_en"], "geonames_id": gid,
                    "feature": rec["feature"], "country": _opt(rec["country"]),
                    "admin1": _opt(rec["admin1"]), "admin2": _opt(rec["admin2"]),
                    "lat": _float(rec["lat"]), "lon": _float(rec["lon"]),
                    "population": int(rec["population"] or 0),
                    # keys are normalised by the build (test_every_key_is_normalised)
                    "keys": [k for k in rec["keys"].split("|") if k and k not in stop],
                }
                rows[gid if gid is not None else ("tsv", len(rows))] = row
        for i, item in enumerate(curated.get("place", [])):
            _merge_curated(rows, item, i, stop)
        entries = []
        for row in rows.values():
            keys = row.pop("keys")
            entries.append((Place(**row), keys))
        return cls(entries, curated.get("noun_only_keys", []), curated.get("locative_keys", []),
                   normalized=True)

    # -- queries ------------------------------------------------------------------

    def keys(self) -> Iterable[str]:
        """Every normalised alias key (space-separated tokens)."""
        return self._index.keys()

    def _lookup(self, key: object, guarded: bool = False) -> tuple[int, ...]:
        if not isinstance(key, str):
            return ()
        hit = self._index.get(key)
        if hit is None:
            key = normalize_key(key)
            hit = self._index.get(key, ())
        if not hit and guarded:
            hit = self._noun_only.get(key, ())
        return hit

    def candidates(self, key: object, guarded: bool = False) -> tuple[Place, ...]:
        """All places for ``key``, best first without context (empty when unknown).

        ``guarded=True`` also answers noun-only keys (مشهد): pass it only when a
        place noun introduces the name (مدينة مشهد)."""
        if not isinstance(key, str):
            return ()
        found = self._found.get((key, guarded))
        if found is None:
            found = tuple(self._place(i) for i in self._lookup(key, guarded))
            if len(self._found) >= _MAX_FOUND:
                self._found.clear()  # (bounded: a stream of new words cannot grow it forever)
            self._found[(key, guarded)] = found
        return found

    def guard(self, key: object) -> bool:
        """Whether ``key`` is a place only after a locating word (في القصير)."""
        return isinstance(key, str) and (key in self._locative or normalize_key(key) in self._locative)

    def resolve(self, key: object, context: Sequence[str] = (), guarded: bool = False) -> Place | None:
        """The most likely place for ``key`` given the document's countries (ISO2,
        most relevant first), or None when the key is unknown."""
        cands = self._lookup(key, guarded)
        if len(cands) <= 1 or not context:
            return self._place(cands[0]) if cands else None
        bonus: dict[str, float] = {}
        if isinstance(context, str):
            context = (context,)
        for i, cc in enumerate(context):
            if isinstance(cc, str):
                bonus.setdefault(cc.upper(), _CONTEXT_BONUS[min(i, len(_CONTEXT_BONUS) - 1)])
        prior, rows = self._prior, self._rows
        return self._place(max(cands, key=lambda i: prior[i] + bonus.get(rows[i][_COUNTRY] or "", 0.0)))

    def country(self, iso2: object) -> Place | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        if not isinstance(iso2, str):
            return None
        i = self._countries.get(iso2.strip().upper())
        return None if i is None else self._place(i)

    def __len__(self) -> int:
        return len(self._rows)


_NAMESAKE_CITY: Final = 100_000
# positions of Place fields in a stored row (attrs.astuple order)
_PLACE_FIELDS: Final = tuple(f.name for f in attrs.fields(Place))
_FEATURE, _COUNTRY, _POPULATION = (_PLACE_FIELDS.index(n) for n in ("feature", "country", "population"))


def _namesake(ids: list[int], rows: Sequence[tuple[Any, ...]]) -> list[int]:
    """Drop a province from a key it shares with its own large city.

    News writes كابول or كركوك for the city; the province is ولاية كابول /
    محافظة كركوك, which stay keys of the province.
    """
    big = {rows[i][_COUNTRY] for i in ids
           if rows[i][_FEATURE] == "city" and rows[i][_POPULATION] >= _NAMESAKE_CITY}
    if not big:
        return ids
    return [i for i in ids if not (rows[i][_FEATURE] == "admin1" and rows[i][_COUNTRY] in big)]


_FIELDS: Final = ("name", "name_en", "feature", "country", "admin1", "admin2", "lat", "lon",
           "population")


def _merge_curated(rows: dict[Any, dict[str, Any]], item: Mapping[str, Any], i: int,
                   stop: set[str] | frozenset[str] = frozenset()) -> None:
    """Apply one ``[[place]]`` table: override/extend a GeoNames row or add a new place.

    A table whose ``geonames_id`` is already in the TSV changes only the fields
    it names, adds its ``aliases`` and removes its ``drop_aliases``; any other
    table is a new place (``name``, ``name_en``, ``feature``, ``country`` needed).
    ``name`` is also a key unless it is in the stop list (حديثة shows as the
    name of Haditha but only قضاء حديثة etc. find it).
    """
    gid = item.get("geonames_id")
    aliases = [str(a) for a in item.get("aliases", [])]
    name = item.get("name")
    if gid is not None and gid in rows:
        row = rows[gid]
        for f in _FIELDS:
            if f in item:
                row[f] = item[f]
    else:
        if not name or item.get("feature") not in FEATURES:
            raise ValueError(f"places_curated.toml: place #{i + 1} ({name!r}, geonames_id={gid}) needs name and a "
                             f"feature in {FEATURES}")
        row = {
            "name": name, "name_en": item.get("name_en", ""), "geonames_id": gid,
            "feature": item["feature"], "country": item.get("country"),
            "admin1": item.get("admin1"), "admin2": item.get("admin2"),
            "lat": item.get("lat"), "lon": item.get("lon"),
            "population": int(item.get("population", 0)), "keys": [],
        }
        rows[gid if gid is not None else ("curated", i)] = row
    if name and normalize_key(name) not in stop:
        aliases.insert(0, name)
    keys = row["keys"]
    for a in aliases:
        k = normalize_key(a)
        if k and k not in keys:
            keys.append(k)
    drop = {normalize_key(a) for a in item.get("drop_aliases", [])}
    if drop:
        row["keys"] = [k for k in keys if k not in drop]
