"""Exporters and the one mapping table they share."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventx import export
from eventx.errors import EventxError
from eventx.records import (
    ACTOR_KINDS,
    COUNT_KINDS,
    EVENT_TYPES,
    FEATURES,
    MODALITIES,
    PRECISIONS,
    ROLES,
    Actor,
    ActorInfo,
    Count,
    Event,
    EventDate,
    Location,
    Mention,
    Place,
)

ROOT = Path(__file__).resolve().parents[1]
MAPPING_TEXT = (ROOT / "src" / "eventx" / "data" / "mapping.toml").read_text(encoding="utf-8")

# -- strategies: arbitrary but valid events -------------------------------------
# Text with the characters that break naive CSV/JSON writers.
texts = st.text(alphabet=st.sampled_from(list("قصف أربيل،\"',;\n\t\\xyz1")), min_size=1, max_size=12)


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    start = draw(st.integers(0, 5000))
    t = draw(texts)
    return Mention(t, start, start + len(t))


@st.composite
def places(draw: st.DrawFn) -> Place:
    has_coords = draw(st.booleans())
    return Place(draw(texts), draw(texts), draw(st.none() | st.integers(1, 10**7)),
                 draw(st.sampled_from(FEATURES)), draw(st.sampled_from(["IQ", "SY", None])),
                 draw(st.none() | texts), None,
                 draw(st.floats(-90, 90)) if has_coords else None,
                 draw(st.floats(-180, 180)) if has_coords else None)


@st.composite
def counts(draw: st.DrawFn) -> Count:
    lo = draw(st.integers(0, 50))
    v = lo + draw(st.integers(0, 5))
    return Count(draw(st.sampled_from(COUNT_KINDS)), v, lo, v + draw(st.integers(0, 5)),
                 draw(st.booleans()), draw(st.none() | texts), draw(mentions()))


@st.composite
def events(draw: st.DrawFn) -> Event:
    start = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))
    date = draw(st.none() | st.builds(
        EventDate, st.just(start), st.just(start + dt.timedelta(draw(st.integers(0, 60)))),
        st.sampled_from(PRECISIONS), mentions()))
    actors = draw(st.lists(st.builds(
        Actor, st.sampled_from(ROLES),
        st.builds(ActorInfo, texts, texts, st.sampled_from(ACTOR_KINDS),
                  st.none() | st.just("IRQ"), st.none() | st.just("IRQMIL")),
        mentions()), max_size=4))
    etype = draw(st.sampled_from(EVENT_TYPES))
    subtype = draw(st.none() | st.sampled_from(["suicide", "drone", "katyusha", "strike"]))
    return Event(etype, subtype, draw(mentions()), draw(mentions()), tuple(actors),
                 draw(st.none() | st.builds(Location, places(), mentions())), date,
                 tuple(draw(st.lists(counts(), max_size=3))), draw(st.sampled_from(MODALITIES)),
                 draw(st.floats(0, 1)), "test.rule")


@pytest.fixture(scope="module")
def seed_events(extractor, seed_text):
    return extractor.extract(seed_text, reference_date="2021-02-24")


def _actor(role: str, kind: str) -> Actor:
    return Actor(role, ActorInfo("س", f"{kind}-x", kind), Mention("س", 0, 1))


# -- the table --------------------------------------------------------------------

def test_table_covers_every_type_with_valid_codes():
    table = export.mapping()
    assert set(table) == set(EVENT_TYPES)
    for etype, tm in table.items():
        for c in [tm.base, *(export.coding(etype, s) for s in tm.subtypes),
                  *(export.coding(etype, None, t) for t in tm.targets)]:
            assert c.cameo.isdigit() and c.cameo_root == c.cameo[:2]
            if c.acled_event_type:
                assert c.acled_sub_event_type in export.ACLED_TAXONOMY[c.acled_event_type]


@pytest.mark.parametrize("etype,subtype,target,acled,cameo,plover", [
    ("rocket_strike", None, None, ("Explosions/Remote violence",
                                   "Shelling/artillery/missile attack"), "194", "ASSAULT"),
    ("rocket_strike", "drone", None, ("Explosions/Remote violence", "Air/drone strike"),
     "195", "ASSAULT"),
    ("air_strike", None, None, ("Explosions/Remote violence", "Air/drone strike"), "195",
     "ASSAULT"),
    ("bombing", None, None, ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
     "183", "ASSAULT"),
    ("bombing", "suicide", None, ("Explosions/Remote violence", "Suicide bomb"), "1831",
     "ASSAULT"),
    ("armed_clash", None, None, ("Battles", "Armed clash"), "193", "ASSAULT"),
    ("attack", None, "armed", ("Battles", "Armed clash"), "190", "ASSAULT"),
    ("attack", None, "unarmed", ("Violence against civilians", "Attack"), "180", "ASSAULT"),
    ("arrest", None, None, ("Strategic developments", "Arrests"), "173", "COERCE"),
    ("phone_call", None, None, ("", ""), "040", "CONSULT"),
    ("statement", None, None, ("", ""), "010", ""),
    ("protest", "strike", None, ("Protests", "Peaceful protest"), "143", "PROTEST"),
])
def test_documented_codings(etype, subtype, target, acled, cameo, plover):
    c = export.coding(etype, subtype, target)
    assert (c.acled_event_type, c.acled_sub_event_type) == acled
    assert (c.cameo, c.plover) == (cameo, plover)


def test_target_class_decides_attack_coding():
    assert export.target_class([_actor("target", "civilians")]) == "unarmed"
    assert export.target_class([_actor("victim", "person"),
                                _actor("target", "state_forces")]) == "armed"
    assert export.target_class([_actor("agent", "armed_group")]) is None  # agents don't count


def test_unknown_subtype_falls_back_to_the_type_row():
    assert export.coding("bombing", "no_such_subtype") == export.coding("bombing")
    with pytest.raises(EventxError, match="unknown event type"):
        export.coding("picnic")


@pytest.mark.parametrize("edit,message", [
    (('acled_sub_event_type = "Shelling/artillery/missile attack"',
      'acled_sub_event_type = "Armed clash"'), "not an ACLED"),
    (("[threat]\n", "[threats]\n"), "missing types"),
    (('cameo = "141"', 'cameo = "14x"'), "cameo"),
    (('plover = "THREATEN"', 'plover = "GRUMBLE"'), "PLOVER"),
    (('cameo_label = "Threaten"', 'cameo_lable = "Threaten"'), "unknown key"),
])
def test_broken_tables_are_refused_with_the_place_named(edit, message):
    broken = MAPPING_TEXT.replace(edit[0], edit[1], 1)
    assert broken != MAPPING_TEXT
    with pytest.raises(EventxError, match=message):
        export.parse_mapping(broken)


def test_docs_types_page_shows_the_table_verbatim():
    page = (ROOT / "docs" / "types.md").read_text(encoding="utf-8")
    assert export.mapping_markdown() in page, "regenerate with: python -m eventx.export docs/types.md"


# -- ACLED ----------------------------------------------------------------------------

def test_acled_rows_of_the_seed(seed_events):
    rows = export.to_acled_rows(seed_events, source_id="seed")
    kept = [e for e in seed_events
            if export.coding_for(e).acled_event_type and e.modality in ("asserted", "claimed")]
    assert len(rows) == len(kept) > 0
    for row, e in zip(rows, kept):
        assert set(row) == set(export.ACLED_COLUMNS)
        c = export.coding_for(e)
        assert (row["event_type"], row["sub_event_type"]) == (c.acled_event_type,
                                                              c.acled_sub_event_type)
        killed = [x.value for x in e.counts if x.kind == "killed"]
        assert row["fatalities"] == (killed[0] if killed else 0)
        if e.location and e.location.place.lat is not None:
            assert row["latitude"] == e.location.place.lat
            assert row["geo_precision"] in (1, 2, 3)
    erbil = [r for r in rows if r["location"] == "Erbil"]
    assert erbil and erbil[0]["sub_event_type"] == "Shelling/artillery/missile attack"
    assert erbil[0]["country"] == "Iraq" and erbil[0]["geo_precision"] == 1
    assert not any(r["event_type"] == "" for r in rows)


@given(st.lists(events(), max_size=6))
def test_acled_leaves_out_only_unmappable_or_unreal_events(evs):
    rows = export.to_acled_rows(evs)
    kept = [e for e in evs if export.coding_for(e).acled_event_type
            and e.modality in export.ACLED_MODALITIES]
    assert len(rows) == len(kept)
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)), st.integers(0, 90),
       st.sampled_from(PRECISIONS))
def test_acled_time_precision(start, days, precision):
    d = EventDate(start, start + dt.timedelta(days), precision, Mention("x", 0, 1))
    date, tp = export._acled_date(d)
    assert d.start <= date <= d.end
    assert (tp == 1) == (precision == "day" and days == 0)
    if days > 7:
        assert tp == 3


# -- CSV, JSON, GeoJSON, PLOVER -----------------------------------------------------

@given(st.lists(events(), max_size=5))
def test_csv_round_trips_awkward_text(evs):
    buf = io.StringIO()
    export.write_csv(evs, buf, source="doc,1")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == len(evs)
    for row, e in zip(rows, evs):
        assert list(row) == list(export.CSV_COLUMNS)
        assert (row["type"], row["trigger"], row["sentence"]) == (e.type, e.trigger.text,
                                                                  e.sentence.text)
        assert row["source"] == "doc,1"


@given(st.lists(events(), max_size=5))
def test_json_records_read_back_exactly(evs):
    for e in evs:
        d = json.loads(json.dumps(e.to_dict()))
        assert export.event_from_dict(d).to_dict() == d
    lines = export.dumps(evs, "jsonl", source="a").splitlines()
    assert [export.event_from_dict(json.loads(x)).to_dict() for x in lines] == [
        json.loads(json.dumps(e.to_dict())) for e in evs]


def test_malformed_record_is_a_clear_error():
    with pytest.raises(EventxError, match="not an eventx event record"):
        export.event_from_dict({"type": "attack"})


@given(st.lists(events(), max_size=6))
def test_geojson_is_a_feature_collection(evs):
    fc = json.loads(export.dumps(evs, "geojson", source="s"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(evs)
    for f, e in zip(fc["features"], evs):
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        p = e.location.place if e.location else None
        if p is None or p.lat is None:
            assert f["geometry"] is None
        else:
            assert f["geometry"] == {"type": "Point", "coordinates": [p.lon, p.lat]}
            lon, lat = f["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90


@given(events())
def test_plover_record(e):
    rec = export.to_plover(e, source="s")
    json.dumps(rec)
    c = export.coding_for(e)
    assert rec["event"] == ([c.plover] if c.plover else []) and rec["has_event"] == bool(c.plover)
    assert rec["quad_code"] in (None, 1, 2, 3, 4)
    n_parties = len(rec["source"]) + len(rec["recipient"])
    assert n_parties <= len(e.actors)
    if e.type == "armed_clash" or c.plover == "CONSULT":
        assert rec["recipient"] == []  # reciprocal: every party is a source
    else:
        assert len(rec["recipient"]) == sum(a.role in ("target", "victim") for a in e.actors)


def test_plover_of_the_seed_call(seed_events):
    call = next(e for e in seed_events if e.type == "phone_call")
    rec = export.to_plover(call, source="seed")
    assert rec["event"] == ["CONSULT"] and rec["mode"] == "phone" and rec["date"] == "2021-02-23"
    assert {a["identifier_text"] for a in rec["source"]} >= {"Mustafa al-Kadhimi", "Joe Biden"}


# -- write / write_documents ---------------------------------------------------------

@pytest.mark.parametrize("fmt", export.FORMATS)
def test_every_format_writes_to_a_stream_and_a_path(fmt, seed_events, tmp_path):
    docs = [("a.txt", seed_events), ("b.txt", seed_events[:2]), ("c.txt", [])]
    buf = io.StringIO()
    export.write_documents(docs, fmt, buf)
    path = tmp_path / f"out.{fmt}"
    export.write_documents(docs, fmt, path)
    text = buf.getvalue()
    assert path.read_text(encoding="utf-8") == text
    n = len(seed_events) + 2
    if fmt == "jsonl":
        recs = [json.loads(x) for x in text.splitlines()]
        assert len(recs) == n and recs[-1]["source"] == "b.txt"
    elif fmt == "plover":
        assert len(text.splitlines()) == n
    elif fmt == "json":
        assert [d["source"] for d in json.loads(text)] == ["a.txt", "b.txt", "c.txt"]
    elif fmt == "geojson":
        assert len(json.loads(text)["features"]) == n
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(text)))) == n
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows and {r["source"] for r in rows} <= {"a.txt", "b.txt"}


def test_write_of_one_document_equals_write_documents(seed_events):
    buf = io.StringIO()
    export.write_documents([("x", seed_events)], "csv", buf)
    assert export.dumps(seed_events, "csv", source="x") == buf.getvalue()


def test_bad_format_and_bad_input_are_clear_errors(seed_events):
    with pytest.raises(ValueError, match="unknown format"):
        export.dumps(seed_events, "xml")
    with pytest.raises(TypeError, match="Event objects"):
        export.dumps(["not an event"], "jsonl")
    assert export.dumps([], "geojson").strip() == '{"type": "FeatureCollection", "features": []}'
