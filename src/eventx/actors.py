"""The actor dictionary: who is named in a sentence, as a canonical actor.

Arabic news names the same actor many ways (داعش، تنظيم الدولة، الدواعش…) and
builds most state actors from two words, a force or office noun and a
nationality adjective (القوات + الأميركية).  Listing every such pair by hand
would be thousands of entries that drift apart, so the data keeps the parts
apart: curated named actors (``data/actors.toml``), head nouns with their CAMEO
role suffix (same file), nationality adjectives given once as a base form whose
inflections are generated here (``data/nationalities.toml``), and person titles
(``data/titles.toml``).  All tables are normalised with
:func:`eventx.text.normalize.normalize_key` at load time, so the lexicon can look
up whatever spelling the text uses, and are loaded once per process.

Lookups are dictionary hits (the composed-key fallback splits a key of a few
tokens), so their cost does not grow with the size of the tables.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Final

import attr
import attrs

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.cache import cached, data_key
from eventx.pickled import Pickled
from eventx.records import ACTOR_KINDS, ActorInfo
from eventx.text.normalize import normalize_key

__all__ = ["ActorDictionary", "ActorEntry", "DATA_FILES", "HeadSpec", "Nisba", "TITLE_KINDS"]

#: the shipped tables :meth:`ActorDictionary.default` reads (in ``eventx/data``):
#: actors, nationalities, titles, in the order :meth:`ActorDictionary.from_tables` takes
DATA_FILES: Final = ("actors.toml", "nationalities.toml", "titles.toml")

#: (alpha2, alpha3, demonym_en)
Nisba = tuple[str, str, str]

#: kinds a title's office may have (a subset of the actor kinds, plus "person"
#: for honorifics such as الشيخ that say nothing about an office)
TITLE_KINDS: Final[frozenset[str]] = frozenset(ACTOR_KINDS)

# CAMEO codes that carry a role but no country: a nationality may be put in front.
ROLE_ONLY_CODES: Final = frozenset(
    {"MIL", "COP", "GOV", "SPY", "LEG", "UAF", "CVL", "CRM", "REB", "MED", "REF"}
)
_ARTICLE: Final = "ال"
# inflectional endings of a nisba adjective ending in ي (normalised spelling):
# fem. sg (ة→ه), masc. pl. obl./nom., dual, fem. dual, fem. pl., tanween -an
_NISBA_ENDINGS: Final = ("", "ه", "ين", "ون", "ان", "تان", "تين", "ات", "ا")


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class ActorEntry(Pickled):
    """One dictionary hit.

    ``head``: a noun that wants a nationality to become specific (القوات); its
    ``info`` is the generic reading used when none follows.
    ``anaphor``: a word that refers back to the last armed group named (التنظيم).
    ``antecedent_words``: for an anaphor that is a group's own head noun
    (المقاومة، الجبهة، الحركة), the words (normalised, without the article) one
    of which the antecedent's name must hold: "الجبهة" after "جبهة جيش تحرير
    الشعب الثوري" is that front, never the ISIS named in between.
    ``metonym``: a place name (a country or capital) that stands for its
    government; the same phrase is also in the gazetteer, so a location slot
    should read it as a place.
    """

    info: ActorInfo
    head: bool = False
    anaphor: bool = False
    metonym: bool = False
    antecedent_words: frozenset[str] = frozenset()
    # a military formation noun (اللواء، الفرقة) that names a unit only with a
    # number after it (اللواء 15); alone it is a rank or a team, no actor
    numbered: bool = False
    # for an honorific pronoun (سموه، معاليه، جلالته): the offices (a title's
    # office_en) of the person it points back to.  Saudi and Gulf news name a
    # prince once ("صاحب السمو الأمير فلان") and then only "سموه", so his
    # words and visits would otherwise have no actor.
    antecedent_offices: frozenset[str] = frozenset()


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class HeadSpec(Pickled):
    """How a head noun combines with a nationality (see ``actors.toml``)."""

    name: str          # canonical Arabic head (القوات)
    template_en: str   # "{} forces"
    kind: str
    suffix: str        # CAMEO role appended to alpha-3 (MIL, COP, GOV…)
    gender: str        # agreement of the nisba in the canonical name: f, m, p


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _Country(Pickled):
    alpha2: str
    alpha3: str
    name_en: str
    demonym_en: str
    nisba_ar: tuple[str, str, str]  # canonical definite forms for m, f, p
    stems: tuple[str, ...]          # normalised nisba bases without ال (عراقي)
    extra: tuple[str, ...]          # normalised irregular forms, as listed


def _read_toml(name: str) -> dict[str, Any]:
    data = resources.files("eventx").joinpath("data", name).read_bytes()
    return tomllib.loads(data.decode("utf-8"))


def _nisba_forms(base: str) -> list[str]:
    """Every inflected form of a nisba base (normalised), with and without ال."""
    # bases are written without the article; do not strip a leading ال, which
    # may be the stem itself once hamza is folded (ألماني → الماني)
    stem = normalize_key(base)
    if not stem:
        return []
    forms = [stem + e for e in _NISBA_ENDINGS] if stem.endswith("ي") else [stem]
    return forms + [_ARTICLE + f for f in forms]


def _bare(word: str) -> str:
    """A normalised word without its article (الجبهه → جبهه)."""
    w = normalize_key(word)
    return w[2:] if w.startswith(_ARTICLE) and len(w) > 4 else w


def _check_kind(kind: str, where: str) -> str:
    if kind not in ACTOR_KINDS:
        raise ValueError(f"{where}: unknown actor kind {kind!r}")
    return kind


class ActorDictionary:
    """Named actors, head nouns, nationality adjectives and titles, keyed by
    normalised phrase.  Build it with :meth:`default` (shipped data, cached) or
    :meth:`from_tables` (parsed TOML tables, for tests and user extensions)."""

    __slots__ = (
        "_entries", "_heads", "_head_by_name", "_nisba", "_countries", "_overrides",
        "_titles", "_bare_titles", "_offices", "_conflicts", "_head_entries", "_blocked", "_name_words",
        "_honorific",
    )

    def __init__(self) -> None:
        self._entries: dict[str, ActorEntry] = {}
        self._heads: dict[str, HeadSpec] = {}          # head key -> spec
        self._head_by_name: dict[str, HeadSpec] = {}   # canonical head key -> spec
        self._nisba: dict[str, Nisba] = {}
        self._countries: dict[str, _Country] = {}      # alpha3 -> country
        self._overrides: dict[tuple[str, str], ActorInfo] = {}
        self._titles: dict[str, tuple[str, str]] = {}
        # titles whose office alone, with no name after it, names one person
        # a deed befalls or who does it ("قائد الشرطة"): see bare_title
        self._bare_titles: set[str] = set()
        self._offices: dict[str, str] = {}
        self._conflicts: list[str] = []
        self._head_entries: list[tuple[str, ActorEntry]] = []  # every head key
        self._blocked: set[str] = set()
        self._name_words: dict[ActorInfo, frozenset[str]] = {}  # words of every name
        self._honorific: frozenset[str] = frozenset()  # offices honorifics point back to

    # ------------------------------------------------------------ loading --

    @classmethod
    def default(cls) -> ActorDictionary:
        """The shipped dictionary, loaded once per process."""
        return _default_dictionary()

    @classmethod
    def from_tables(
        cls,
        actors: Mapping[str, Any],
        nationalities: Mapping[str, Any],
        titles: Mapping[str, Any],
    ) -> ActorDictionary:
        """Build from parsed TOML tables (the shapes documented in the data files)."""
        self = cls()
        self._load_countries(nationalities.get("country", []))
        self._load_heads(actors.get("head", []))
        members_of, members_construct = self._member_nouns(actors.get("members", []))
        for i, raw in enumerate(actors.get("anaphor", [])):
            info = ActorInfo(
                name=raw["names"][0], name_en=raw["name_en"],
                kind=_check_kind(raw["kind"], f"anaphor #{i}"),
            )
            words = frozenset(_bare(w) for w in raw.get("antecedent", []) if normalize_key(w))
            offices = frozenset(str(o) for o in raw.get("offices", []))
            entry = ActorEntry(info, anaphor=True, antecedent_words=words,
                               antecedent_offices=offices)
            self._add_names(raw["names"], entry, f"anaphor {info.name}")
            if not offices:  # members of a person (عناصر سموه) are no phrase
                self._add_members(raw["names"], entry, members_of, members_construct)
        prefixed: list[tuple[list[str], ActorEntry]] = []
        for i, raw in enumerate(actors.get("actor", [])):
            entry = self._actor_entry(raw, f"actor #{i}")
            self._add_names(raw["names"], entry, f"actor {entry.info.name}")
            self._name_words[entry.info] = self._name_words.get(entry.info, frozenset()) | {
                _bare(w) for n in raw["names"] for w in normalize_key(n).split()}
            if raw.get("office"):
                self._offices[normalize_key(entry.info.name)] = str(raw["office"])
            if raw.get("prefixable", entry.info.kind == "armed_group"):
                prefixed.append((raw["names"], entry))
        # generated keys come last so that an explicit name always wins
        for names, entry in prefixed:
            self._add_members(names, entry, members_of, members_construct)
        self._add_compositions()
        self._add_qualified(actors.get("qualified", []))
        self._load_units(actors.get("unit", []), actors.get("ordinal", []))
        self._load_blocked(actors.get("not_actor", []))
        self._load_titles(titles.get("title", []))
        known = {office for office, _ in self._titles.values()}
        for e in self._entries.values():
            for office in e.antecedent_offices - known:
                self._conflicts.append(f"anaphor {e.info.name!r}: no title has office {office!r}")
            self._honorific |= e.antecedent_offices
        self._share_equal()
        return self

    def _share_equal(self) -> None:
        """One object for equal entries and infos.

        Why: member phrases and compositions build a fresh (equal) entry for
        each of the thousands of keys they generate, which made ten thousand
        entry and info objects for under three thousand actors.  Each is an
        attrs instance that the cache restores in Python at start-up and that
        every full pass of the garbage collector walks, at interpreter exit
        included; sharing them changes no answer (entries compare by value).
        """
        infos: dict[ActorInfo, ActorInfo] = {}
        entries: dict[ActorEntry, ActorEntry] = {}

        def entry(e: ActorEntry) -> ActorEntry:
            shared = entries.get(e)
            if shared is None:
                info = infos.setdefault(e.info, e.info)
                shared = entries.setdefault(e, e if info is e.info else attrs.evolve(e, info=info))
            return shared

        self._entries = {k: entry(e) for k, e in self._entries.items()}
        self._head_entries = [(k, entry(e)) for k, e in self._head_entries]
        self._overrides = {k: infos.setdefault(i, i) for k, i in self._overrides.items()}
        self._name_words = {infos.setdefault(i, i): w for i, w in self._name_words.items()}

    def _load_countries(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for row in rows:
            a2, a3 = row["alpha2"], row["alpha3"]
            if len(a2) != 2 or len(a3) != 3 or not a3.isupper():
                raise ValueError(f"country {row!r}: bad ISO code")
            nisba: Nisba = (a2, a3, row["demonym_en"])
            bases = list(row.get("nisba", []))
            extra = list(row.get("extra", []))
            if bases:
                b = bases[0]
                canon = (f"ال{b}", f"ال{b}ة", f"ال{b}ين")
            elif extra:  # listed masculine first, then feminine (الكوري الجنوبي، الكورية الجنوبية)
                canon = (extra[0], extra[1] if len(extra) > 1 else extra[0], extra[0])
            else:
                canon = (row["name_en"],) * 3
            stems = tuple(_nisba_forms(b)[0] for b in bases if normalize_key(b))
            self._countries[a3] = _Country(
                a2, a3, row["name_en"], row["demonym_en"], canon, stems,
                tuple(normalize_key(e) for e in extra if normalize_key(e)),
            )
            forms: list[str] = []
            for b in bases:
                forms.extend(_nisba_forms(b))
            for e in extra:
                k = normalize_key(e)
                forms.append(k)
                if not k.startswith(_ARTICLE):
                    forms.append(_ARTICLE + k)
            for f in forms:
                old = self._nisba.get(f)
                if old is not None and old != nisba:
                    self._conflicts.append(f"nisba {f!r}: {old[1]} vs {a3}")
                    continue
                self._nisba[f] = nisba
            info = ActorInfo(
                name=(row.get("names") or [row["name_en"]])[0], name_en=row["name_en"],
                kind="government", country=a3, code=a3,
            )
            entry = ActorEntry(info, metonym=True)
            self._add_names(list(row.get("names", [])) + list(row.get("capitals", [])),
                            entry, f"country {a3}")

    def _load_heads(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for i, row in enumerate(rows):
            names = list(row["names"])
            gender = row.get("gender", "f")
            if gender not in ("f", "m", "p"):
                raise ValueError(f"head #{i} {names[0]}: gender must be f, m or p")
            spec = HeadSpec(
                name=names[0], template_en=row["template_en"],
                kind=_check_kind(row["kind"], f"head #{i}"), suffix=row["suffix"],
                gender=gender,
            )
            bound = {normalize_key(n) for n in row.get("bound", [])}
            info = ActorInfo(name=names[0], name_en=row["name_en"], kind=spec.kind,
                             code=spec.suffix)
            entry = ActorEntry(info, head=True)
            self._head_by_name[normalize_key(names[0])] = spec
            for n in names:
                k = normalize_key(n)
                if k in self._heads and self._heads[k] != spec:
                    self._conflicts.append(f"head {k!r}: {self._heads[k].name} vs {spec.name}")
                    continue
                self._heads[k] = spec
                self._head_entries.append((k, entry))
            self._add_names([n for n in names if normalize_key(n) not in bound],
                            entry, f"head {names[0]}")

    @staticmethod
    def _member_nouns(rows: Iterable[Mapping[str, Any]]) -> tuple[list[str], list[str]]:
        of: list[str] = []
        construct: list[str] = []
        for row in rows:
            of.extend(normalize_key(n) for n in row.get("of", []))
            construct.extend(normalize_key(n) for n in row.get("construct", []))
        return [n for n in of if n], [n for n in construct if n]

    def _actor_entry(self, raw: Mapping[str, Any], where: str) -> ActorEntry:
        names = raw.get("names") or []
        if not names:
            raise ValueError(f"{where}: no names")
        country = raw.get("country")
        if country is not None and country not in self._countries and not (
            len(country) == 3 and country.isalpha() and country.isupper()
        ):
            raise ValueError(f"{where}: country must be ISO alpha-3, got {country!r}")
        info = ActorInfo(
            name=names[0], name_en=raw["name_en"],
            kind=_check_kind(raw["kind"], where), country=country, code=raw.get("code"),
        )
        return ActorEntry(info)

    def _add_names(self, names: Iterable[str], entry: ActorEntry, where: str,
                   generated: bool = False) -> None:
        """Add phrase keys for ``entry``.  ``generated`` keys (member phrases and
        compositions) are joined from keys that are already normalised, so they
        are not normalised again: that was half the load time."""
        for n in names:
            k = n if generated else normalize_key(n)
            if not k:
                continue
            old = self._entries.get(k)
            if old is not None and old != entry:
                if not generated:
                    self._conflicts.append(f"{where}: key {k!r} already {old.info.name_en}")
                continue
            self._entries[k] = entry
            if not generated and entry.info.country and not entry.head:
                self._register_override(k, entry.info)

    def _register_override(self, key: str, info: ActorInfo) -> None:
        """An explicit name read as head + nisba overrides that composition."""
        # Only the canonical head counts: an alias may carry its own sense
        # (الجيش الوطني الليبي is the LNA, not what الجيش + الليبي means).
        toks = key.split()
        for i in range(1, len(toks)):
            head_key = " ".join(toks[:i])
            nis = self._nisba.get(" ".join(toks[i:]))
            if head_key in self._head_by_name and nis is not None and nis[1] == info.country:
                self._overrides.setdefault((head_key, nis[1]), info)

    def _add_members(self, names: Iterable[str], entry: ActorEntry,
                     of: list[str], construct: list[str]) -> None:
        keys: list[str] = []
        for n in names:
            k = normalize_key(n)
            if not k:
                continue
            first = k.split()[0]
            for noun in construct:
                if noun.split()[-1] != first:
                    keys.append(f"{noun} {k}")
            for noun in of:
                keys.append(f"{noun} من {k}")
        self._add_names(keys, entry, "members", generated=True)

    def _add_compositions(self) -> None:
        """Keys for every head name + agreeing nationality form, so that one
        longest-match pass over :meth:`keys` finds القوات الأميركية or قوات
        أميركية without a second step.  Explicit names keep priority."""
        forms_by_gender = {"f": ("ه",), "m": ("",), "p": ("ين", "ون")}
        for key, head in self._head_entries:
            spec = self._heads[key]
            definite = any(t.startswith(_ARTICLE) for t in key.split())
            art = _ARTICLE if definite else ""
            for country in self._countries.values():
                nis: Nisba = (country.alpha2, country.alpha3, country.demonym_en)
                words = [art + st + e for st in country.stems
                         for e in forms_by_gender[spec.gender]]
                words += [x for x in country.extra if x.startswith(_ARTICLE) == definite]
                if not words:
                    continue
                entry = ActorEntry(self.compose(head, nis))
                self._add_names([f"{key} {w}" for w in words], entry, "composed",
                                generated=True)

    def _add_qualified(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Keys for every group noun + adjective of armed militancy of a row
        ("جماعة متشددة"، "الجماعات المسلحة"، "تنظيم إرهابي"), each resolving to
        the generic actor its adjective names.  Why: the noun says only "a
        group"; the adjective says what kind, and listing every pair under
        each actor by hand would drift apart.  A singular noun of
        ``bare_heads`` with the article points back to the group named before
        ("التنظيم الجهادي"): it is the anaphor the noun alone is, or no actor
        (the lexicon would otherwise read the indefinite key through the
        articles).  Explicit names keep priority."""
        for i, row in enumerate(rows):
            heads = [normalize_key(h) for h in row.get("heads", []) if normalize_key(h)]
            bare = [normalize_key(h) for h in row.get("bare_heads", []) if normalize_key(h)]
            for adjective, name in row["adjectives"]:
                target = self._entries.get(normalize_key(name))
                if target is None or target.anaphor or target.head:
                    self._conflicts.append(f"qualified #{i}: {name!r} names no actor")
                    continue
                words = normalize_key(adjective).split()
                definite = " ".join(_ARTICLE + w for w in words)
                keys = [f"{h} {' '.join(words)}" for h in heads + bare]
                keys += [f"{_ARTICLE}{h} {definite}" for h in heads]
                self._add_names(keys, target, "qualified", generated=True)
                for h in bare:  # "التنظيم الجهادي": as "التنظيم" alone, or no actor
                    key = f"{_ARTICLE}{h} {definite}"
                    if key in self._entries:
                        continue
                    alone = self._entries.get(_ARTICLE + h)
                    if alone is not None and alone.anaphor:
                        self._add_names([key], alone, "qualified", generated=True)
                    else:
                        self._blocked.add(key)

    def _load_units(self, units: Iterable[Mapping[str, Any]],
                    ordinals: Iterable[Mapping[str, Any]]) -> None:
        """Military formations: "NAME ORDINAL" keys (الفرقة الثامنة → 8th
        Division) and each name alone as a `numbered` entry, which a following
        number in digits makes a unit (analysis._mentions)."""
        ords = list(ordinals)
        for i, row in enumerate(units):
            gender = row.get("gender", "f")
            if gender not in ("f", "m"):
                raise ValueError(f"unit #{i} {row['names'][0]}: gender must be f or m")
            names = [normalize_key(n) for n in row["names"] if normalize_key(n)]
            canon = row["names"][0]
            for o in ords:
                forms = list(o[gender])
                info = ActorInfo(name=f"{canon} {forms[0]}", name_en=f"{o['en']} {row['name_en']}",
                                 kind="state_forces", code="MIL")
                self._add_names([f"{n} {f}" for n in names for f in map(normalize_key, forms)],
                                ActorEntry(info), "unit", generated=True)
            bare = ActorEntry(ActorInfo(name=canon, name_en=row["name_en"], kind="state_forces",
                                        code="MIL"), numbered=True)
            self._add_names(names, bare, "unit", generated=True)

    def _load_blocked(self, rows: Iterable[Mapping[str, Any]]) -> None:
        nisba_words = list(self._nisba)
        for row in rows:
            self._blocked.update(k for k in map(normalize_key, row.get("names", [])) if k)
            for n in row.get("with_nisba", []):
                k = normalize_key(n)
                if k:
                    self._blocked.update(f"{k} {w}" for w in nisba_words)
        for k in self._blocked:
            if k in self._entries:
                self._conflicts.append(f"not_actor {k!r} is also an actor key")

    def _load_titles(self, rows: Iterable[Mapping[str, Any]]) -> None:
        for i, row in enumerate(rows):
            kind = row["kind"]
            if kind not in TITLE_KINDS:
                raise ValueError(f"title #{i}: unknown kind {kind!r}")
            val = (row["office_en"], kind)
            for n in row["names"]:
                k = normalize_key(n)
                if row.get("bare"):
                    self._bare_titles.add(k)
                if k in self._titles and self._titles[k] != val:
                    self._conflicts.append(f"title {k!r}: {self._titles[k]} vs {val}")
                    continue
                self._titles[k] = val

    # ------------------------------------------------------------- lookups --

    def keys(self) -> Iterable[str]:
        """Every normalised phrase key of named actors, heads, anaphors,
        countries/capitals and member phrases (عناصر من داعش)."""
        return self._entries.keys()

    def lookup(self, key: object) -> ActorEntry | None:
        """The entry for a phrase.  A phrase not listed as such that reads as an
        entry + nationality (الشرطة الليبية، مسلحين عراقيين) is composed on the
        fly; the split costs a few dict lookups for the few tokens of a key."""
        if not isinstance(key, str):
            return None
        hit = self._entries.get(key)
        if hit is not None:
            return hit
        k = normalize_key(key)
        hit = self._entries.get(k)
        if hit is not None:
            return hit
        toks = k.split()
        for i in range(len(toks) - 1, 0, -1):
            nis = self._nisba.get(" ".join(toks[i:]))
            if nis is None:
                continue
            head = self._entries.get(" ".join(toks[:i]))
            if head is not None and not head.metonym:
                info = self.compose(head, nis)
                if info != head.info:
                    return ActorEntry(info)
        return None

    def named_with(self, info: ActorInfo, words: frozenset[str]) -> bool:
        """True when one of the names listed for ``info`` holds one of ``words``
        (normalised, without the article): the test a head-noun anaphor
        (الجبهة) puts to a candidate antecedent."""
        return not words.isdisjoint(self._name_words.get(info, ()))

    def nisba(self, word_key: object) -> Nisba | None:
        """Nationality of an adjective in any inflection, with or without ال
        (العراقي، عراقية، العراقيين) → (alpha2, alpha3, demonym_en)."""
        if not isinstance(word_key, str):
            return None
        hit = self._nisba.get(word_key)
        return hit if hit is not None else self._nisba.get(normalize_key(word_key))

    def alpha2(self, alpha3: str | None) -> str | None:
        """ISO alpha-2 of an actor's alpha-3 country (LBN → LB), or None: the
        places of a story about a Lebanese actor are more likely Lebanese."""
        c = self._countries.get(alpha3) if alpha3 else None
        return c.alpha2 if c is not None else None

    def nisba_keys(self) -> Iterable[str]:
        """Every nationality form (some are two words: الكوري الجنوبي)."""
        return self._nisba.keys()

    def head_spec(self, head: ActorEntry) -> HeadSpec | None:
        return self._head_by_name.get(normalize_key(head.info.name)) if head.head else None

    def compose(self, head: ActorEntry, nisba: Nisba) -> ActorInfo:
        """A head noun + nationality → the specific actor.

        القوات + (US, USA, "US") → US forces, USAMIL.  An explicit dictionary entry
        spelled as that pair wins (الخارجية الأميركية → US State Department).  A
        non-head entry keeps its identity and only gains a missing country
        (مسلحين + عراقيين → Iraqi gunmen, IRQUAF).
        """
        a2, a3, demonym = nisba
        spec = self.head_spec(head)
        if spec is None:
            info = head.info
            if info.country is not None or head.anaphor or (
                info.code is not None and info.code not in ROLE_ONLY_CODES
            ):
                return info
            code = info.code
            if code is None or code in ROLE_ONLY_CODES:
                code = a3 + (code or "")
            return attrs.evolve(info, name_en=f"{demonym} {info.name_en}", country=a3,
                                code=code)
        override = self._overrides.get((normalize_key(spec.name), a3))
        if override is not None:
            return override
        country = self._countries.get(a3)
        if country is not None:
            adj = country.nisba_ar[{"m": 0, "f": 1, "p": 2}[spec.gender]]
            name = f"{spec.name} {adj}"
        else:
            name = spec.name
        return ActorInfo(
            name=name, name_en=spec.template_en.format(demonym), kind=spec.kind,
            country=a3, code=a3 + spec.suffix,
        )

    def title(self, key: object) -> tuple[str, str] | None:
        """A title phrase (رئيس الوزراء، المتحدث باسم) → (office_en, kind)."""
        if not isinstance(key, str):
            return None
        hit = self._titles.get(key)
        return hit if hit is not None else self._titles.get(normalize_key(key))

    def bare_title(self, key: str) -> bool:
        """Whether the title phrase ``key`` names its holder with no name after
        it (``bare = true`` in titles.toml: "قتل قائد الشرطة في انفجار")."""
        return key in self._bare_titles or normalize_key(key) in self._bare_titles

    def title_keys(self) -> Iterable[str]:
        return self._titles.keys()

    def honorific_offices(self) -> frozenset[str]:
        """Offices some honorific pronoun points back to (prince, minister…):
        the persons holding them are worth remembering along a document."""
        return self._honorific

    def office(self, name_key: object) -> str | None:
        """The office note of a person entry, by its canonical name or any key."""
        if not isinstance(name_key, str):
            return None
        e = self.lookup(name_key)
        return self._offices.get(normalize_key(e.info.name)) if e is not None else None

    def blocked(self, key: object) -> bool:
        """True for a phrase that looks like an actor but is not one
        (القاعدة العسكرية: a military base, not al-Qaeda)."""
        if not isinstance(key, str):
            return False
        return key in self._blocked or normalize_key(key) in self._blocked

    def blocked_keys(self) -> Iterable[str]:
        """Phrases a longest-match lexicon should consume as non-actors."""
        return self._blocked

    def conflicts(self) -> tuple[str, ...]:
        """Keys that two different entries claimed at load (the first won)."""
        return tuple(self._conflicts)


@functools.cache
def _default_dictionary() -> ActorDictionary:
    """The shipped tables, from the on-disk cache (:mod:`eventx.cache`) when
    neither they nor the code changed."""
    return cached("actors", data_key("actors", DATA_FILES), _from_shipped)


def _from_shipped() -> ActorDictionary:
    return ActorDictionary.from_tables(*(_read_toml(name) for name in DATA_FILES))
