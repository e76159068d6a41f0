"""Writing events out: JSON lines, JSON, flat CSV, ACLED CSV, PLOVER, GeoJSON.

Every coding into an outside scheme (ACLED, CAMEO, PLOVER) comes from ONE
table, ``eventx/data/mapping.toml``, so the exporters, the documentation
(docs/types.md is generated from it) and users' own code cannot drift apart.

The JSON formats are lossless (``event_from_dict`` reads them back).  CSV is
flat and keeps every field an analyst filters on.  ACLED and PLOVER are
*views*: ACLED has no row for a phone call or for an attack that was only
threatened, so those are left out of an ACLED file on purpose; the JSON lines
output of the same run still holds them.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any, TextIO, Union

import attrs

from eventx.errors import EventxError
from eventx.records import (
    COUNT_KINDS,
    EVENT_TYPES,
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

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

Output = Union[TextIO, str, "os.PathLike[str]"]
Document = tuple[str | None, Sequence[Event]]

FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "acled", "plover", "geojson")

# ACLED codebook (2023): event type → its sub-event types, and disorder type.
ACLED_TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack",
                                   "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"),
}
ACLED_DISORDER: dict[str, str] = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
# PLOVER 0.7 categories and their quad codes (1 verbal coop … 4 material conflict).
PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
ARMED_KINDS = frozenset({"state_forces", "armed_group"})
# ACLED records what happened (or was claimed): not plans, threats, denials or habits.
ACLED_MODALITIES: tuple[str, ...] = ("asserted", "claimed")

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "civilian_targeting", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)
_ROLE_COLUMNS = {"agent": "agents", "target": "targets", "victim": "victims",
                 "participant": "participants", "source": "speakers"}
CSV_COLUMNS: tuple[str, ...] = (
    "source", "type", "subtype", "modality", "confidence", "rule", "trigger", "trigger_start",
    "trigger_end", "date_start", "date_end", "date_precision", "place", "place_ar",
    "geonames_id", "feature", "country", "admin1", "admin2", "lat", "lon",
    *(_ROLE_COLUMNS[r] for r in ROLES), *COUNT_KINDS, "acled_event_type",
    "acled_sub_event_type", "cameo", "plover", "sentence",
)
_CODING_KEYS = ("acled_event_type", "acled_sub_event_type", "cameo", "cameo_label", "plover",
                "plover_mode", "plover_context")


# -- the mapping table ----------------------------------------------------------

@attrs.frozen(slots=True)
class Coding:
    """One event's place in ACLED, CAMEO and PLOVER ("" = no equivalent)."""

    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    cameo: str = ""
    cameo_label: str = ""
    plover: str = ""
    plover_mode: str = ""
    plover_context: str = ""

    @property
    def cameo_root(self) -> str:
        """The two-digit CAMEO cue category ("19" for 194)."""
        return self.cameo[:2]

    @property
    def disorder_type(self) -> str:
        return ACLED_DISORDER.get(self.acled_event_type, "")

    @property
    def quad_code(self) -> int | None:
        return PLOVER_QUAD.get(self.plover)

    def merged(self, changes: Mapping[str, str]) -> Coding:
        return attrs.evolve(self, **dict(changes))


@attrs.frozen(slots=True)
class TypeMapping:
    """A type's row plus the refinements that apply to some of its events."""

    base: Coding
    subtypes: Mapping[str, Mapping[str, str]]
    targets: Mapping[str, Mapping[str, str]]  # "armed" | "unarmed" → changes


def _changes(table: Any, where: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise EventxError(f"mapping.toml: [{where}] must be a table")
    out: dict[str, str] = {}
    for k, v in table.items():
        if k in ("subtype", "target"):
            continue
        if k not in _CODING_KEYS:
            raise EventxError(f"mapping.toml: [{where}] unknown key {k!r}")
        if not isinstance(v, str):
            raise EventxError(f"mapping.toml: [{where}] {k} must be a string")
        out[k] = v
    return out


def _check(coding: Coding, where: str) -> None:
    a, s = coding.acled_event_type, coding.acled_sub_event_type
    if (a or s) and s not in ACLED_TAXONOMY.get(a, ()):
        raise EventxError(f"mapping.toml: [{where}] {a!r} / {s!r} is not an ACLED "
                          "event type / sub-event type pair")
    if not (coding.cameo.isdigit() and 3 <= len(coding.cameo) <= 4):
        raise EventxError(f"mapping.toml: [{where}] cameo must be a 3- or 4-digit code")
    if coding.plover and coding.plover not in PLOVER_QUAD:
        raise EventxError(f"mapping.toml: [{where}] unknown PLOVER category {coding.plover!r}")


def parse_mapping(text: str) -> dict[str, TypeMapping]:
    """Read and validate a mapping table; every event type must have a row."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EventxError(f"mapping.toml: {exc}") from None
    missing = [t for t in EVENT_TYPES if t not in data]
    unknown = [t for t in data if t not in EVENT_TYPES]
    if missing or unknown:
        raise EventxError(f"mapping.toml: missing types {missing}, unknown types {unknown}")
    out: dict[str, TypeMapping] = {}
    for etype in EVENT_TYPES:
        row = data[etype]
        base = Coding().merged(_changes(row, etype))
        _check(base, etype)
        subs = {k: _changes(v, f"{etype}.subtype.{k}") for k, v in row.get("subtype", {}).items()}
        tgts = {k: _changes(v, f"{etype}.target.{k}") for k, v in row.get("target", {}).items()}
        if set(tgts) - {"armed", "unarmed"}:
            raise EventxError(f"mapping.toml: [{etype}.target] takes only armed / unarmed")
        for name, ch in (*subs.items(), *tgts.items()):
            _check(base.merged(ch), f"{etype}: {name}")
        out[etype] = TypeMapping(base, subs, tgts)
    return out


@functools.cache
def mapping() -> dict[str, TypeMapping]:
    """The shipped table, read once."""
    text = (resources.files("eventx") / "data" / "mapping.toml").read_text(encoding="utf-8")
    return parse_mapping(text)


def target_class(actors: Iterable[Actor]) -> str | None:
    """"armed" if a target/victim is armed, "unarmed" if all are not, None if none known."""
    kinds = [a.info.kind for a in actors if a.role in ("target", "victim")]
    if not kinds:
        return None
    return "armed" if any(k in ARMED_KINDS for k in kinds) else "unarmed"


def coding(etype: str, subtype: str | None = None, target: str | None = None) -> Coding:
    """The coding of a type, refined by subtype and then by target class."""
    try:
        tm = mapping()[etype]
    except KeyError:
        raise EventxError(f"unknown event type {etype!r}") from None
    out = tm.base
    if subtype and subtype in tm.subtypes:
        out = out.merged(tm.subtypes[subtype])
    if target and target in tm.targets:
        out = out.merged(tm.targets[target])
    return out


def coding_for(event: Event) -> Coding:
    return coding(event.type, event.subtype, target_class(event.actors))


def mapping_markdown() -> str:
    """The mapping as a Markdown table (docs/types.md embeds exactly this)."""
    head = ("| type | when | ACLED event type | ACLED sub-event type | CAMEO | PLOVER |\n"
            "|---|---|---|---|---|---|\n")
    rows = []
    for etype in EVENT_TYPES:
        tm = mapping()[etype]
        variants: list[tuple[str, Coding]] = [("", tm.base)]
        variants += [(f"subtype `{s}`", coding(etype, s)) for s in tm.subtypes]
        variants += [(f"{t} target", coding(etype, None, t)) for t in tm.targets]
        for when, c in variants:
            plover = " / ".join(x for x in (c.plover, c.plover_mode) if x) or "—"
            rows.append(f"| `{etype}` | {when or 'default'} | {c.acled_event_type or '—'} | "
                        f"{c.acled_sub_event_type or '—'} | {c.cameo} {c.cameo_label} | "
                        f"{plover} |")
    return head + "\n".join(rows) + "\n"


# -- helpers -------------------------------------------------------------------

@contextmanager
def _opened(out: Output) -> Iterator[TextIO]:
    """A text stream for ``out``: used as is, or a path opened (and closed) here."""
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    else:
        yield out


def _names(actors: Iterable[Actor], roles: Iterable[str]) -> list[str]:
    wanted = set(roles)
    seen: list[str] = []
    for a in actors:
        name = a.info.name_en or a.info.name
        if a.role in wanted and name not in seen:
            seen.append(name)
    return seen


def _count(event: Event, kind: str) -> int | None:
    for c in event.counts:
        if c.kind == kind:
            return c.value
    return None


# -- flat CSV ------------------------------------------------------------------

def to_rows(events: Iterable[Event], *, source: str | None = None) -> list[dict[str, Any]]:
    """One flat dict per event, keys = ``CSV_COLUMNS``.

    Actors are joined with "; " per role; a missing number is None (an empty
    CSV cell), a missing text "".
    """
    rows = []
    for e in events:
        p = e.location.place if e.location else None
        c = coding_for(e)
        row: dict[str, Any] = {
            "source": source or "", "type": e.type, "subtype": e.subtype or "",
            "modality": e.modality, "confidence": round(e.confidence, 3), "rule": e.rule,
            "trigger": e.trigger.text, "trigger_start": e.trigger.start,
            "trigger_end": e.trigger.end,
            "date_start": e.date.start.isoformat() if e.date else "",
            "date_end": e.date.end.isoformat() if e.date else "",
            "date_precision": e.date.precision if e.date else "",
            "place": p.name_en if p else "", "place_ar": p.name if p else "",
            "geonames_id": p.geonames_id if p else None, "feature": p.feature if p else "",
            "country": (p.country or "") if p else "", "admin1": (p.admin1 or "") if p else "",
            "admin2": (p.admin2 or "") if p else "",
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "acled_event_type": c.acled_event_type,
            "acled_sub_event_type": c.acled_sub_event_type, "cameo": c.cameo,
            "plover": c.plover, "sentence": e.sentence.text,
        }
        for role in ROLES:
            row[_ROLE_COLUMNS[role]] = "; ".join(_names(e.actors, [role]))
        for kind in COUNT_KINDS:
            row[kind] = _count(e, kind)
        rows.append(row)
    return rows


def _write_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: Output) -> None:
    with _opened(out) as fh:
        w = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def write_csv(events: Iterable[Event], out: Output, *, source: str | None = None) -> None:
    _write_table(to_rows(events, source=source), CSV_COLUMNS, out)


# -- ACLED ---------------------------------------------------------------------

def _geo_precision(feature: str) -> int:
    """ACLED: 1 the town itself, 2 a part of a region/district, 3 only a larger region."""
    return {"city": 1, "site": 1, "admin2": 2}.get(feature, 3)


def _acled_date(d: EventDate) -> tuple[dt.date, int]:
    """ACLED: exact day = 1; within a week = 2 (middle day); vaguer = 3 (middle day)."""
    span = (d.end - d.start).days
    if d.precision == "day" and span == 0:
        return d.start, 1
    mid = d.start + dt.timedelta(days=span // 2)
    return mid, 2 if (d.precision in ("day", "week") and span <= 7) else 3


def _country_name(iso2: str | None) -> str:
    if not iso2:
        return ""
    from eventx.gazetteer import Gazetteer

    place = Gazetteer.default().country(iso2)
    return place.name_en if place else iso2


def to_acled_rows(events: Iterable[Event], *, source_id: str | None = None,
                  modalities: Sequence[str] = ACLED_MODALITIES) -> list[dict[str, Any]]:
    """ACLED-style rows (keys = ``ACLED_COLUMNS``) for the events ACLED would record.

    Left out: types with no ACLED equivalent (phone calls, meetings, statements,
    threats) and events whose modality is not in ``modalities`` (by default only
    what happened or was claimed).  A field the article does not give stays
    empty ("" for text, None for numbers); fatalities is 0 when no death toll is
    reported, as in ACLED.
    """
    rows = []
    n = 0
    for e in events:
        c = coding_for(e)
        if not c.acled_event_type or e.modality not in modalities:
            continue
        n += 1
        if e.type == "armed_clash":
            side1 = _names(e.actors, ["agent", "participant"])
            side2 = _names(e.actors, ["target", "victim"])
            if not side2 and len(side1) > 1:
                side1, side2 = side1[:1], side1[1:]
        elif e.type == "protest":
            side1 = _names(e.actors, ["participant", "agent"]) or ["Protesters"]
            side2 = _names(e.actors, ["target", "victim"])
        else:
            side1 = _names(e.actors, ["agent"])
            side2 = _names(e.actors, ["target", "victim"])
        p = e.location.place if e.location else None
        date, tp = _acled_date(e.date) if e.date else (None, None)
        kinds = {a.info.kind for a in e.actors if a.role in ("target", "victim")}
        civ = c.acled_event_type == "Violence against civilians" or "civilians" in kinds
        sub = f"/{e.subtype}" if e.subtype else ""
        rows.append({
            "event_id_cnty": f"{source_id or 'eventx'}-{n}",
            "event_date": date.isoformat() if date else "",
            "year": date.year if date else None,
            "time_precision": tp,
            "disorder_type": c.disorder_type,
            "event_type": c.acled_event_type,
            "sub_event_type": c.acled_sub_event_type,
            "actor1": side1[0] if side1 else "",
            "assoc_actor_1": "; ".join(side1[1:]),
            "actor2": side2[0] if side2 else "",
            "assoc_actor_2": "; ".join(side2[1:]),
            "civilian_targeting": "Civilian targeting" if civ else "",
            "country": _country_name(p.country) if p else "",
            "admin1": (p.admin1 or "") if p else "",
            "admin2": (p.admin2 or "") if p else "",
            "location": p.name_en if p else "",
            "latitude": p.lat if p else None,
            "longitude": p.lon if p else None,
            "geo_precision": _geo_precision(p.feature) if p and p.lat is not None else None,
            "source": source_id or "",
            "notes": f"[eventx {e.type}{sub}, {e.modality}, {e.rule}] {e.sentence.text}",
            "fatalities": _count(e, "killed") or 0,
        })
    return rows


def write_acled_csv(events: Iterable[Event], out: Output, *,
                    source_id: str | None = None) -> None:
    _write_table(to_acled_rows(events, source_id=source_id), ACLED_COLUMNS, out)


# -- PLOVER --------------------------------------------------------------------

def _plover_actor(a: Actor) -> dict[str, Any]:
    code = a.info.code or ""
    return {
        "code": a.info.country or code[:3] or None,
        "sector": code[3:6] if len(code) >= 6 and code[:3].isalpha() else None,
        "actor_text": a.mention.text,
        "identifier_text": a.info.name_en,
        "cameo_code": a.info.code,
        "kind": a.info.kind,
        "role": a.role,
    }


def to_plover(event: Event, *, source: str | None = None) -> dict[str, Any]:
    """A PLOVER 0.7 JSON record (event, mode, context, source/recipient, date, event_loc).

    Reciprocal violence (clashes) and meetings/calls list every party as
    ``source`` with no ``recipient``, as the PLOVER manual asks.  A statement
    (CAMEO 01, dropped by PLOVER) gets ``has_event: false`` and no category.
    eventx's own fields (modality, subtype, rule…) are under ``eventx``.
    """
    c = coding_for(event)
    reciprocal = event.type == "armed_clash" or c.plover == "CONSULT"
    if reciprocal:
        src = [a for a in event.actors if a.role != "source"] or list(event.actors)
        rcp: list[Actor] = []
    else:
        src = [a for a in event.actors if a.role in ("agent", "participant", "source")]
        rcp = [a for a in event.actors if a.role in ("target", "victim")]
    p = event.location.place if event.location else None
    size = {k: _count(event, kind) for k, kind in
            (("dead", "killed"), ("injured", "wounded"), ("arrested", "arrested"))}
    return {
        "id": f"{source or 'eventx'}:{event.trigger.start}-{event.trigger.end}",
        "has_event": bool(c.plover),
        "date": event.date.start.isoformat() if event.date else None,
        "enddate": event.date.end.isoformat() if event.date else None,
        "source": [_plover_actor(a) for a in src],
        "recipient": [_plover_actor(a) for a in rcp],
        "event": [c.plover] if c.plover else [],
        "event_type": c.plover or None,  # POLECAT's name for the same field
        "mode": c.plover_mode or None,
        "context": c.plover_context or None,
        "quad_code": c.quad_code,
        "event_text": [event.trigger.text],
        "event_loc": None if p is None else {
            "geonameid": p.geonames_id, "name": p.name_en, "name_ar": p.name,
            "latitude": p.lat, "longitude": p.lon, "feature": p.feature,
            "country_code": p.country, "admin1": p.admin1, "admin2": p.admin2,
        },
        "size": {k: v for k, v in size.items() if v is not None},
        "text_info": {"start": event.sentence.start, "end": event.sentence.end},
        "cameo": c.cameo,
        "coder": "eventx",
        "eventx": {
            "type": event.type, "subtype": event.subtype, "modality": event.modality,
            "confidence": round(event.confidence, 3), "rule": event.rule,
            "date_precision": event.date.precision if event.date else None,
        },
    }


# -- GeoJSON -------------------------------------------------------------------

def _feature(e: Event, source: str | None) -> dict[str, Any]:
    p = e.location.place if e.location else None
    geometry = None
    if p is not None and p.lat is not None and p.lon is not None:
        geometry = {"type": "Point", "coordinates": [p.lon, p.lat]}  # RFC 7946: lon, lat
    props: dict[str, Any] = {
        "source": source, "type": e.type, "subtype": e.subtype, "modality": e.modality,
        "confidence": round(e.confidence, 3), "rule": e.rule, "trigger": e.trigger.text,
        "place": p.name_en if p else None, "place_ar": p.name if p else None,
        "geonames_id": p.geonames_id if p else None, "feature": p.feature if p else None,
        "country": p.country if p else None,
        "date_start": e.date.start.isoformat() if e.date else None,
        "date_end": e.date.end.isoformat() if e.date else None,
        "date_precision": e.date.precision if e.date else None,
        "actors": [{"role": a.role, "name_en": a.info.name_en, "kind": a.info.kind}
                   for a in e.actors],
        "counts": {c.kind: c.value for c in e.counts},
        "acled_event_type": coding_for(e).acled_event_type or None,
        "sentence": e.sentence.text,
    }
    return {"type": "Feature", "geometry": geometry, "properties": props}


def to_geojson(events: Iterable[Event] | Iterable[Document], *,
               source: str | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection; an event without coordinates has ``geometry: null``.

    Takes a list of events, or (source, events) pairs for several documents.
    """
    return {"type": "FeatureCollection",
            "features": [_feature(e, s) for s, evs in _documents(events, source) for e in evs]}


# -- reading back ----------------------------------------------------------------

def _mention(d: Mapping[str, Any]) -> Mention:
    return Mention(str(d["text"]), int(d["start"]), int(d["end"]))


def event_from_dict(d: Mapping[str, Any]) -> Event:
    """The inverse of ``Event.to_dict`` (``to_dict(event_from_dict(x)) == x``).

    Reads back JSON lines written by eventx.  Place population is not part of
    the record and comes back as 0.  Raises EventxError on a malformed record.
    """
    try:
        loc = d.get("location")
        date = d.get("date")
        actors = tuple(
            Actor(a["role"], ActorInfo(a["name"], a["name_en"], a["kind"], a.get("country"),
                                       a.get("code")), _mention(a["mention"]))
            for a in d.get("actors") or [])
        return Event(
            type=d["type"], subtype=d.get("subtype"), trigger=_mention(d["trigger"]),
            sentence=_mention(d["sentence"]), actors=actors,
            location=None if not loc else Location(
                Place(loc["name"], loc["name_en"], loc.get("geonames_id"), loc["feature"],
                      loc.get("country"), loc.get("admin1"), loc.get("admin2"), loc.get("lat"),
                      loc.get("lon")), _mention(loc["mention"])),
            date=None if not date else EventDate(
                dt.date.fromisoformat(date["start"]), dt.date.fromisoformat(date["end"]),
                date["precision"], _mention(date["mention"])),
            counts=tuple(Count(c["kind"], int(c["value"]), int(c["min"]), int(c["max"]),
                               bool(c["approximate"]), c.get("unit"), _mention(c["mention"]))
                         for c in d.get("counts") or []),
            modality=d["modality"], confidence=float(d["confidence"]), rule=d["rule"],
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EventxError(f"not an eventx event record: {exc!r}") from None


# -- one entry point for the CLI -----------------------------------------------------

def _documents(events: Iterable[Any], source: str | None) -> list[Document]:
    items = list(events)
    if items and all(isinstance(x, tuple) and len(x) == 2 for x in items):
        return [(s, list(evs)) for s, evs in items]
    if not all(isinstance(x, Event) for x in items):
        raise TypeError("expected Event objects or (source, events) pairs")
    return [(source, items)]


def write_documents(docs: Iterable[Document], fmt: str, out: Output) -> None:
    """Write the events of several documents in one format (see ``FORMATS``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    docs = [(s, list(evs)) for s, evs in docs]
    if fmt == "csv":
        _write_table([r for s, evs in docs for r in to_rows(evs, source=s)], CSV_COLUMNS, out)
        return
    if fmt == "acled":
        _write_table([r for s, evs in docs for r in to_acled_rows(evs, source_id=s)],
                     ACLED_COLUMNS, out)
        return
    with _opened(out) as fh:
        if fmt == "jsonl":
            for s, evs in docs:
                for e in evs:
                    fh.write(json.dumps({"source": s, **e.to_dict()}, ensure_ascii=False) + "\n")
        elif fmt == "plover":  # JSON lines, as the PLOVER manual recommends
            for s, evs in docs:
                for e in evs:
                    fh.write(json.dumps(to_plover(e, source=s), ensure_ascii=False) + "\n")
        elif fmt == "json":
            json.dump([{"source": s, "events": [e.to_dict() for e in evs]} for s, evs in docs],
                      fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        else:  # geojson
            json.dump(to_geojson(docs), fh, ensure_ascii=False)
            fh.write("\n")


def write(events: Iterable[Event] | Iterable[Document], fmt: str, out: Output,
          source: str | None = None) -> None:
    """Write events (one document, or (source, events) pairs) as jsonl|json|csv|acled|plover|geojson."""
    write_documents(_documents(events, source), fmt, out)


def dumps(events: Iterable[Event] | Iterable[Document], fmt: str,
          source: str | None = None) -> str:
    """``write`` into a string."""
    buf = io.StringIO()
    write(events, fmt, buf, source)
    return buf.getvalue()


__all__ = [
    "ACLED_COLUMNS", "ACLED_TAXONOMY", "CSV_COLUMNS", "FORMATS", "Coding",
    "coding", "coding_for", "dumps", "event_from_dict", "mapping", "mapping_markdown",
    "parse_mapping", "to_acled_rows", "to_geojson", "to_plover", "to_rows", "write",
    "write_acled_csv", "write_csv", "write_documents",
]

MARKERS = ("<!-- mapping:start -->\n", "<!-- mapping:end -->")


def update_doc(path: str | os.PathLike[str]) -> bool:
    """Rewrite the table between the mapping markers of a Markdown file; True if it changed."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        head, rest = text.split(MARKERS[0], 1)
        _, tail = rest.split(MARKERS[1], 1)
    except ValueError:
        raise EventxError(f"{path}: mapping markers not found") from None
    new = head + MARKERS[0] + mapping_markdown() + MARKERS[1] + tail
    if new != text:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(new)
    return new != text


if __name__ == "__main__":  # pragma: no cover
    # `python -m eventx.export` prints the table; `... docs/types.md` updates that page.
    if len(sys.argv) > 1:
        print("updated" if update_doc(sys.argv[1]) else "up to date")
    else:
        sys.stdout.write(mapping_markdown())
