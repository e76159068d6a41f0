"""What the extractor makes of one probe sentence, for the probe-sentence tests.

The rule tests (actor roles, precision on unseen articles) each read a
sentence written in wire-copy style and look at one side of the output; the
ways of looking are shared here so that each test file states only its
sentences and what it expects of them.
"""
from __future__ import annotations

from typing import Any

import eventx
from eventx.dates import parse_reference_date
from eventx.events import Draft, sentence_drafts
from eventx.records import INCIDENT_MODALITIES
from eventx.text.normalize import normalize


def typed(text: str, ref: str) -> list[tuple[str, str]]:
    """(type, modality) of every event, in order."""
    return [(e.type, e.modality) for e in eventx.extract(text, reference_date=ref)]


def modalities(text: str, etype: str, ref: str) -> list[str]:
    """The modality of every event of ``etype``, in order."""
    return [m for t, m in typed(text, ref) if t == etype]


def asserted_events(text: str, etype: str, ref: str) -> list[eventx.Event]:
    """The events of ``etype`` reported as having happened (asserted), in order."""
    return [e for e in eventx.extract(text, reference_date=ref)
            if e.type == etype and e.modality == "asserted"]


def asserted_types(text: str, ref: str) -> list[str]:
    """Types of the events reported as incidents (asserted or claimed), in order."""
    return [t for t, m in typed(text, ref) if m in INCIDENT_MODALITIES]


def actor_records(text: str, etype: str, ref: str) -> list[dict[str, Any]]:
    """The actor records (``to_dict``) of the first event of ``etype``."""
    ev = next(e for e in eventx.extract(text, reference_date=ref) if e.type == etype)
    return [a.to_dict() for a in ev.actors]


def role_mentions(text: str, etype: str, ref: str) -> list[tuple[str, str]]:
    """(role, mention text) of the actors of the first event of ``etype``."""
    return [(a["role"], a["mention"]["text"]) for a in actor_records(text, etype, ref)]


def all_role_mentions(text: str, etype: str, ref: str) -> list[tuple[str, str]]:
    """(role, mention text) of the actors of every event of ``etype``, in order:
    for rules whose sentence may hold the type twice or have it merged."""
    return [(a.role, a.mention.text) for e in eventx.extract(text, reference_date=ref)
            if e.type == etype for a in e.actors]


def roles_of(text: str, etype: str, name: str, ref: str) -> set[str]:
    """Roles of the actors of the first ``etype`` event whose mention contains ``name``."""
    return {r for r, m in role_mentions(text, etype, ref) if name in m}


def drafts(text: str, ref: str) -> list[Draft]:
    """Every sentence's drafts before any merging, in order: what the merge
    tests feed to merge_sentence, _mergeable and combine themselves."""
    ex = eventx.Extractor()
    return [d for s in ex.analyse(normalize(text), parse_reference_date(ref))
            for d in sentence_drafts(s, ex.compiled)]
