"""Immutable records that leave the pipeline.

Every value an analyst sees is tied to the characters of the ORIGINAL input it
came from (a :class:`Mention`), so a record can always be checked against the
article.  ``to_dict()`` gives exactly the JSON shape fixed by DESIGN.md; the
field order there is part of the contract that exporters and evaluations read.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

EVENT_TYPES: tuple[str, ...] = (
    "attack", "armed_clash", "rocket_strike", "air_strike", "bombing", "raid", "arrest",
    "killing", "abduction", "phone_call", "meeting", "statement", "threat", "protest",
)
ROLES: tuple[str, ...] = ("agent", "target", "victim", "participant", "source")
ACTOR_KINDS: tuple[str, ...] = (
    "state_forces", "government", "armed_group", "person", "civilians", "international",
    "organization",
)
COUNT_KINDS: tuple[str, ...] = (
    "killed", "wounded", "abducted", "arrested", "munitions", "attackers", "incidents",
)
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "approximate")
MODALITIES: tuple[str, ...] = (
    "asserted", "negated", "planned", "threatened", "claimed", "denied", "generic",
)
FEATURES: tuple[str, ...] = ("country", "admin1", "admin2", "city", "site", "region")
SECURITY_TYPES: frozenset[str] = frozenset(EVENT_TYPES[:9])
# Only these modalities make an event an incident that analysts count.
INCIDENT_MODALITIES: frozenset[str] = frozenset({"asserted", "claimed"})
# How precise a place is, most precise first (unknown features rank as admin1).
FEATURE_RANK: dict[str, int] = {"site": 0, "admin2": 1, "city": 1, "region": 2, "admin1": 3,
                                "country": 4}


@attrs.frozen(slots=True)
class Mention:
    """A span of the original input: ``text == input[start:end]`` always holds."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen(slots=True)
class Place:
    """A gazetteer entry, independent of where it was mentioned."""

    name: str
    name_en: str
    geonames_id: int | None
    feature: str
    country: str | None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


@attrs.frozen(slots=True)
class Location:
    place: Place
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "name": p.name, "name_en": p.name_en, "geonames_id": p.geonames_id,
            "feature": p.feature, "country": p.country, "admin1": p.admin1,
            "admin2": p.admin2, "lat": p.lat, "lon": p.lon,
            "mention": self.mention.to_dict(),
        }


@attrs.frozen(slots=True)
class ActorInfo:
    """A resolved actor (dictionary entry or composition), without a role."""

    name: str
    name_en: str
    kind: str
    country: str | None = None
    code: str | None = None


@attrs.frozen(slots=True)
class Actor:
    role: str
    info: ActorInfo
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        i = self.info
        return {
            "role": self.role, "name": i.name, "name_en": i.name_en, "kind": i.kind,
            "country": i.country, "code": i.code, "mention": self.mention.to_dict(),
        }


def _check_range(inst: Any, _attr: Any, end: dt.date) -> None:
    if end < inst.start:
        raise ValueError(f"date end {end} before start {inst.start}")


@attrs.frozen(slots=True)
class EventDate:
    start: dt.date
    end: dt.date = attrs.field(validator=_check_range)
    precision: str
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(), "end": self.end.isoformat(),
            "precision": self.precision, "mention": self.mention.to_dict(),
        }


def _check_bounds(inst: Any, _attr: Any, mx: int) -> None:
    if not inst.min <= inst.value <= mx:
        raise ValueError(f"count bounds broken: {inst.min} <= {inst.value} <= {mx}")


@attrs.frozen(slots=True)
class Count:
    kind: str
    value: int
    min: int
    max: int = attrs.field(validator=_check_bounds)
    approximate: bool
    unit: str | None
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "value": self.value, "min": self.min, "max": self.max,
            "approximate": self.approximate, "unit": self.unit,
            "mention": self.mention.to_dict(),
        }


@attrs.frozen(slots=True)
class Event:
    type: str
    subtype: str | None
    trigger: Mention
    sentence: Mention
    actors: tuple[Actor, ...]
    location: Location | None
    date: EventDate | None
    counts: tuple[Count, ...]
    modality: str
    confidence: float
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "subtype": self.subtype,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "location": self.location.to_dict() if self.location else None,
            "date": self.date.to_dict() if self.date else None,
            "counts": [c.to_dict() for c in self.counts],
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@attrs.frozen(slots=True)
class Entity:
    """A place or actor found by the lexicon pass (``eventx.entities``)."""

    label: str  # "PLACE" | "ACTOR"
    mention: Mention
    place: Place | None = None
    actor: ActorInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.place is not None:
            d = Location(self.place, self.mention).to_dict()
        else:
            assert self.actor is not None
            d = Actor("agent", self.actor, self.mention).to_dict()
            del d["role"]
        d["label"] = self.label
        return d
