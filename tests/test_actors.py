"""Tests for the actor dictionary (eventx.actors and its three TOML tables)."""
from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventx.actors import ActorDictionary, ActorEntry
from eventx.records import ACTOR_KINDS, ActorInfo
from eventx.text.normalize import normalize_key

D = ActorDictionary.default()


def _toml(name: str) -> dict:
    return tomllib.loads(resources.files("eventx").joinpath("data", name).read_text("utf-8"))


ACTORS = _toml("actors.toml")
NATIONS = _toml("nationalities.toml")
TITLES = _toml("titles.toml")
ALPHA3 = {c["alpha3"] for c in NATIONS["country"]}
CAMEO = re.compile(r"^(?:[A-Z]{3})+$")


def info(key: str) -> ActorInfo:
    e = D.lookup(key)
    assert e is not None, key
    return e.info


# ------------------------------------------------------------ composition --

@pytest.mark.parametrize(
    ("phrase", "name_en", "country", "kind", "code"),
    [
        ("القوات الأميركية", "US forces", "USA", "state_forces", "USAMIL"),
        ("القوات الأمريكية", "US forces", "USA", "state_forces", "USAMIL"),
        ("قوات أميركية", "US forces", "USA", "state_forces", "USAMIL"),
        ("الشرطة العراقية", "Iraqi police", "IRQ", "state_forces", "IRQCOP"),
        ("الجيش اليمني", "Yemeni army", "YEM", "state_forces", "YEMMIL"),
        ("الحكومة الليبية", "Libyan government", "LBY", "government", "LBYGOV"),
        ("قوات الأمن العراقية", "Iraqi security forces", "IRQ", "state_forces", "IRQCOP"),
        ("الجيش التركي", "Turkish army", "TUR", "state_forces", "TURMIL"),
        ("السلطات التونسية", "Tunisian authorities", "TUN", "government", "TUNGOV"),
        ("الجنود الأتراك", "Turkish soldiers", "TUR", "state_forces", "TURMIL"),
    ],
)
def test_head_plus_nisba_composes(phrase: str, name_en: str, country: str, kind: str,
                                  code: str) -> None:
    got = info(phrase)
    assert (got.name_en, got.country, got.kind, got.code) == (name_en, country, kind, code)
    assert normalize_key(phrase) in set(D.keys())  # one longest-match pass finds it


def test_compose_from_parts_matches_lookup() -> None:
    head = D.lookup("الشرطة")
    assert head is not None and head.head and head.info.country is None
    nis = D.nisba("العراقية")
    assert nis == ("IQ", "IRQ", "Iraqi")
    assert D.compose(head, nis) == info("الشرطة العراقية")
    forces = D.lookup("القوات")
    assert forces is not None and forces.head
    us = D.compose(forces, D.nisba("الأميركية"))
    assert (us.name, us.name_en, us.code) == ("القوات الأميركية", "US forces", "USAMIL")


def test_explicit_entry_overrides_composition() -> None:
    # الخارجية alone is "the outside": it is an actor only with a nationality
    assert D.lookup("الخارجية") is None
    state = info("الخارجية الأميركية")
    assert (state.name_en, state.code, state.kind) == ("US State Department", "USAGOV", "government")
    assert info("وزارة الخارجية الأميركية") == state
    ministry = D.lookup("وزارة الخارجية")
    assert ministry is not None and ministry.head
    assert D.compose(ministry, D.nisba("الأمريكية")) == state
    assert info("وزارة الدفاع الأميركية").code == "USAMIL"
    assert info("الخارجية المصرية").code == "EGYGOV"


def test_alias_head_does_not_leak_its_override() -> None:
    # الجيش الوطني الليبي is the LNA, but الجيش + الليبي is just the Libyan army
    assert info("الجيش الوطني الليبي").name_en.startswith("Libyan National Army")
    assert info("الجيش الليبي").name_en == "Libyan army"


def test_non_head_generic_actor_gains_a_country() -> None:
    got = info("مسلحين عراقيين")
    assert (got.country, got.code, got.kind) == ("IRQ", "IRQUAF", "armed_group")
    isis = D.lookup("داعش")
    assert isis is not None
    assert D.compose(isis, D.nisba("العراقي")) == isis.info  # a named group stays itself


def test_members_of_a_group_are_the_group() -> None:
    isis = info("داعش")
    assert isis.code == "IMGMUSISI" and isis.kind == "armed_group"
    for phrase in ("عناصر من داعش", "مسلحين من داعش", "عناصر داعش", "مسلحي تنظيم داعش",
                   "خلايا داعش", "الدواعش", "الداعشية"):
        assert info(phrase) == isis, phrase
    anaphor = D.lookup("عناصر من التنظيم")
    assert anaphor is not None and anaphor.anaphor


def test_bound_heads_and_blocked_phrases_are_not_actors() -> None:
    for phrase in ("الدفاع", "الداخلية", "الطيران"):
        assert D.lookup(phrase) is None, phrase
    assert D.blocked("القاعدة العسكرية") and D.blocked("القاعدة الأمريكية")
    assert not D.blocked("القاعدة")
    assert info("القاعدة").code == "IMGMUSALQ"
    assert info("الداخلية التونسية").code == "TUNGOV"


# ----------------------------------------------------------------- nisbas --

_ENDINGS = ("", "ة", "ين", "ون", "ان")


@given(country=st.sampled_from([c for c in NATIONS["country"] if c.get("nisba")]),
       ending=st.sampled_from(_ENDINGS), article=st.booleans(), which=st.integers(0, 5))
@settings(max_examples=300, deadline=None)
def test_nisba_any_inflection(country: dict, ending: str, article: bool, which: int) -> None:
    base = country["nisba"][which % len(country["nisba"])]
    word = ("ال" if article else "") + base + ending
    assert D.nisba(word) == (country["alpha2"], country["alpha3"], country["demonym_en"])
    assert D.nisba(normalize_key(word)) == D.nisba(word)


@pytest.mark.parametrize(
    ("word", "alpha3"),
    [("العراقي", "IRQ"), ("عراقي", "IRQ"), ("العراقية", "IRQ"), ("العراقيين", "IRQ"),
     ("العراقيون", "IRQ"), ("الأميركي", "USA"), ("الأمريكية", "USA"), ("الأميركيين", "USA"),
     ("الأمريكان", "USA"), ("الأتراك", "TUR"), ("الأفغان", "AFG"), ("الروس", "RUS"),
     ("السورية", "SYR"), ("اليمنيين", "YEM"), ("الليبي", "LBY"), ("التونسية", "TUN"),
     ("المصري", "EGY"), ("السعودية", "SAU"), ("الإيراني", "IRN"), ("الفرنسية", "FRA"),
     ("البريطاني", "GBR"), ("الباكستانية", "PAK"), ("الإسرائيلي", "ISR"),
     ("الفلسطينيين", "PSE"), ("اللبناني", "LBN"), ("الأردنية", "JOR"), ("الكويتي", "KWT"),
     ("الإماراتية", "ARE"), ("القطري", "QAT"), ("البحريني", "BHR"), ("العماني", "OMN"),
     ("الجزائرية", "DZA"), ("المغربي", "MAR"), ("الموريتاني", "MRT"), ("السوداني", "SDN"),
     ("الصومالية", "SOM"), ("النيجيري", "NGA"), ("الكوري الجنوبي", "KOR")],
)
def test_nisba_table(word: str, alpha3: str) -> None:
    got = D.nisba(word)
    assert got is not None and got[1] == alpha3


def test_nisba_rejects_ordinary_words() -> None:
    # المالية (finance) and القمري (lunar) must not read as Malian / Comorian
    for word in ("المالية", "القمري", "الأمنية", "الوطني", "الدولي", "العربي", "الإسلامية"):
        assert D.nisba(word) is None, word


# --------------------------------------------------------- data integrity --

def test_every_entry_has_a_valid_kind_country_and_code() -> None:
    for row in ACTORS["actor"] + ACTORS["head"] + ACTORS["anaphor"]:
        assert row["kind"] in ACTOR_KINDS, row["names"][0]
        assert row.get("country") is None or row["country"] in ALPHA3, row["names"][0]
    for row in ACTORS["actor"]:
        assert row.get("code") is None or CAMEO.match(row["code"]), row["names"][0]
    for row in ACTORS["head"]:
        assert CAMEO.match(row["suffix"]) and "{}" in row["template_en"]
    for c in NATIONS["country"]:
        assert re.fullmatch(r"[A-Z]{2}", c["alpha2"]) and re.fullmatch(r"[A-Z]{3}", c["alpha3"])
    for k in D.keys():
        e = D.lookup(k)
        assert e is not None and e.info.kind in ACTOR_KINDS
        assert e.info.country is None or e.info.country in ALPHA3, k


def test_keys_are_normalised() -> None:
    for keys in (D.keys(), D.title_keys(), D.nisba_keys(), D.blocked_keys()):
        for k in keys:
            assert k == normalize_key(k) and k, k


def test_no_key_maps_to_two_entries() -> None:
    """Independent of the loader: every written name, normalised, belongs to one
    identity (the loader keeps the first and reports the rest in conflicts())."""
    owner: dict[str, tuple] = {}
    clashes: list[str] = []

    def claim(names: list[str], ident: tuple) -> None:
        for n in names:
            k = normalize_key(n)
            if owner.setdefault(k, ident) != ident:
                clashes.append(f"{n}: {owner[k]} vs {ident}")

    for row in ACTORS["actor"]:
        claim(row["names"], ("actor", row["name_en"], row.get("code")))
    for row in ACTORS["head"]:
        claim(row["names"], ("head", row["names"][0]))
    for row in ACTORS["anaphor"]:
        claim(row["names"], ("anaphor", row["names"][0]))
    for c in NATIONS["country"]:
        claim(c.get("names", []) + c.get("capitals", []), ("country", c["alpha3"]))
    title_owner: dict[str, tuple] = {}
    for row in TITLES["title"]:
        for n in row["names"]:
            k = normalize_key(n)
            if title_owner.setdefault(k, (row["office_en"], row["kind"])) != (row["office_en"], row["kind"]):
                clashes.append(f"title {n}")
    assert clashes == []
    assert D.conflicts() == ()


def test_conflicts_are_detected() -> None:
    actors = {"actor": [
        {"names": ["الجماعة س"], "name_en": "Group S", "kind": "armed_group", "code": "UAF"},
        {"names": ["الجماعه س"], "name_en": "Other", "kind": "armed_group", "code": "REB"},
    ]}
    d = ActorDictionary.from_tables(actors, {"country": []}, {"title": []})
    assert len(d.conflicts()) == 1
    assert d.lookup("الجماعة س").info.name_en == "Group S"  # first one wins


def test_bad_table_fails_with_a_message() -> None:
    bad = {"actor": [{"names": ["س"], "name_en": "x", "kind": "rebels"}]}
    with pytest.raises(ValueError, match="unknown actor kind"):
        ActorDictionary.from_tables(bad, {"country": []}, {"title": []})


# ------------------------------------------------------- spelling variants --

_ALL_NAMES = sorted({n for row in ACTORS["actor"] for n in row["names"] if " " in n or len(n) > 4})
_MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640"]
_ALEF = {"ا": ["ا", "أ", "إ", "آ"], "أ": ["ا", "أ", "إ"], "إ": ["ا", "إ"]}


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(_ALL_NAMES))
    out: list[str] = []
    for ch in name:
        if ch in _ALEF and draw(st.booleans()):
            ch = draw(st.sampled_from(_ALEF[ch]))
        out.append(ch)
        if ch.strip() and "\u0621" <= ch <= "\u064a" and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(_MARKS)))
    s = "".join(out)
    if s.endswith("ة") and draw(st.booleans()):
        s = s[:-1] + "ه"
    if s.endswith("ي") and draw(st.booleans()):
        s = s[:-1] + "ى"
    return name, s


@given(spelled())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_lookup_ignores_diacritics_and_hamza(pair: tuple[str, str]) -> None:
    name, variant = pair
    want = D.lookup(name)
    assert want is not None
    assert D.lookup(variant) == want
    assert D.lookup(normalize_key(variant)) == want


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_string_is_safe(s: str) -> None:
    e = D.lookup(s)
    assert e is None or isinstance(e, ActorEntry)
    n = D.nisba(s)
    assert n is None or len(n) == 3
    t = D.title(s)
    assert t is None or len(t) == 2
    assert isinstance(D.blocked(s), bool)
    assert D.office(s) is None or isinstance(D.office(s), str)


def test_non_str_is_safe() -> None:
    for bad in (None, 3, b"\xd8\xa7", ["داعش"]):
        assert D.lookup(bad) is None  # type: ignore[arg-type]
        assert D.nisba(bad) is None  # type: ignore[arg-type]
        assert D.title(bad) is None  # type: ignore[arg-type]


# ------------------------------------------------------------------ titles --

@pytest.mark.parametrize(
    ("phrase", "office", "kind"),
    [("الرئيس", "president", "government"), ("رئيس الوزراء", "prime minister", "government"),
     ("رئيس مجلس الوزراء", "prime minister", "government"),
     ("المتحدث باسم", "spokesperson", "government"),
     ("المتحدث الرسمي باسم", "spokesperson", "government"),
     ("الناطق باسم", "spokesperson", "government"), ("وزير الخارجية", "foreign minister", "government"),
     ("اللواء", "major general", "state_forces"), ("العميد", "brigadier general", "state_forces"),
     ("زعيم", "leader", "armed_group"), ("الملك", "king", "government"),
     ("محافظ", "governor", "government"), ("السفير", "ambassador", "government")],
)
def test_titles(phrase: str, office: str, kind: str) -> None:
    assert D.title(phrase) == (office, kind)
    assert D.title(normalize_key(phrase)) == (office, kind)


def test_title_kinds_are_known() -> None:
    for row in TITLES["title"]:
        assert row["kind"] in ACTOR_KINDS, row["names"][0]


# -------------------------------------------------------------------- seed --

# What seed.expected.md says about the actors of ../shared/examples/seed.txt,
# as (phrase in the article, expected name_en, kind, country, code-prefix).
SEED_ACTORS = [
    ("مصطفى الكاظمي", "Mustafa al-Kadhimi", "person", "IRQ", "IRQGOV"),
    ("الكاظمي", "Mustafa al-Kadhimi", "person", "IRQ", "IRQGOV"),
    ("جو بايدن", "Joe Biden", "person", "USA", "USAGOV"),
    ("داعش", "ISIS", "armed_group", None, "IMGMUSISI"),
    ("الداعشية", "ISIS", "armed_group", None, "IMGMUSISI"),
    ("عناصر من داعش", "ISIS", "armed_group", None, "IMGMUSISI"),
    ("الجيش العراقي", "Iraqi army", "state_forces", "IRQ", "IRQMIL"),
    ("القوات العراقية", "Iraqi forces", "state_forces", "IRQ", "IRQMIL"),
    ("القوات الأميركية", "US forces", "state_forces", "USA", "USAMIL"),
    ("السفارة الأميركية", "US embassy", "government", "USA", "USAGOV"),
    ("الولايات المتحدة", "United States", "government", "USA", "USA"),
    ("إيران", "Iran", "government", "IRN", "IRN"),
    ("طهران", "Iran", "government", "IRN", "IRN"),
    ("نيد برايس", "Ned Price", "person", "USA", "USAGOV"),
    ("الخارجية الأميركية", "US State Department", "government", "USA", "USAGOV"),
    ("جون كيربي", "John Kirby", "person", "USA", "USAMIL"),
    ("البنتاغون", "Pentagon", "government", "USA", "USAMIL"),
    ("أبو ياسر العيساوي", "Abu Yasser al-Issawi", "person", None, "IMGMUSISI"),
    ("الحكومة العراقية", "Iraqi government", "government", "IRQ", "IRQGOV"),
    ("التحالف الدولي", "US-led international coalition", "international", "USA", "IGOMIL"),
]


@pytest.mark.parametrize(("phrase", "name_en", "kind", "country", "code"), SEED_ACTORS)
def test_seed_actors_resolve(phrase: str, name_en: str, kind: str, country: str | None,
                             code: str) -> None:
    got = info(phrase)
    assert (got.name_en, got.kind, got.country, got.code) == (name_en, kind, country, code)


def test_seed_phrases_are_in_the_article(seed_text: str) -> None:
    text = normalize_key(seed_text)
    for phrase, *_ in SEED_ACTORS:
        assert normalize_key(phrase) in text, phrase
    # the generic security forces and the anaphor of the article resolve too
    for phrase in ("القوى الأمنية", "قوات الأمن", "التنظيم"):
        assert normalize_key(phrase) in text and D.lookup(phrase) is not None
    assert D.lookup("التنظيم").anaphor
    assert D.lookup("القوى الأمنية").info.code == "COP"
    assert D.title("رئيس الوزراء") and D.title("المتحدث باسم")
    assert D.office("الكاظمي") and "Prime Minister" in D.office("الكاظمي")


def test_default_is_cached() -> None:
    assert ActorDictionary.default() is D


def test_religious_offices_and_their_holders_are_known() -> None:
    """The Pope and the Grand Imam speak on incidents as officials do: the
    office is a title (it introduces any holder's name), the holders actors."""
    pope = D.lookup(normalize_key("البابا فرانسيس"))
    assert pope is not None and pope.info.kind == "person"
    assert D.title(normalize_key("البابا")) is not None
    assert D.title(normalize_key("شيخ الأزهر")) is not None
    assert D.title(normalize_key("مفتي الجمهورية")) is not None


def test_rank_nouns_compose_with_a_nationality() -> None:
    """ضابط is a title and a head: a bare officer takes the nationality after him."""
    officer = D.lookup(normalize_key("ضابط تركي"))
    assert officer is not None and officer.info.name_en == "Turkish officer"
    assert officer.info.code == "TURMIL"
    assert D.title(normalize_key("ضابط")) is not None
    assert D.lookup(normalize_key("مجندين")).info.kind == "state_forces"
    assert D.lookup(normalize_key("أفراد عائلته")).info.kind == "civilians"


def test_a_military_unit_is_named_by_its_ordinal() -> None:
    """الفرقة الثامنة is a unit of the state forces; الفرقة alone names none."""
    unit = D.lookup(normalize_key("قيادة الفرقة الثامنة"))
    assert unit is not None and unit.info.name_en == "8th Division"
    assert unit.info.kind == "state_forces" and not unit.numbered
    assert D.lookup(normalize_key("اللواء الخامس")).info.name_en == "5th Brigade"
    bare = D.lookup(normalize_key("الفرقة"))
    assert bare is not None and bare.numbered
