"""Running a pack's own examples, like Semgrep's and Sigma's rule tests.

A rule ships with positive examples (the fields it must produce) and negative
ones (sentences where it must not report an incident).  Each failure names the
rule, the file and line, and what differed.
"""
from __future__ import annotations

from typing import Any

import attrs

from eventx.packs.model import Example, Rule
from eventx.records import INCIDENT_MODALITIES, Event

SPECIFIC = INCIDENT_MODALITIES


@attrs.frozen(slots=True)
class ExampleResult:
    rule: Rule
    example: Example
    ok: bool
    detail: str

    def describe(self) -> str:
        kind = "example" if self.example.expect is not None else "negative"
        where = f"{self.rule.file}:{self.example.line or self.rule.line}"
        return f"{'PASS' if self.ok else 'FAIL'} {self.rule.id} {kind} ({where}) {self.detail}"


def _field_problems(ev: Event, expect: dict[str, Any]) -> list[str]:
    probs = []
    if "subtype" in expect and ev.subtype != expect["subtype"]:
        probs.append(f"subtype {ev.subtype!r} != {expect['subtype']!r}")
    if "modality" in expect and ev.modality != expect["modality"]:
        probs.append(f"modality {ev.modality!r} != {expect['modality']!r}")
    if "location" in expect:
        got = ev.location.place.name_en if ev.location else None
        if got != expect["location"]:
            probs.append(f"location {got!r} != {expect['location']!r}")
    if "date" in expect:
        got_d = ev.date.start.isoformat() if ev.date else None
        if got_d != expect["date"]:
            probs.append(f"date {got_d!r} != {expect['date']!r}")
    for kind, value in (expect.get("counts") or {}).items():
        vals = [c.value for c in ev.counts if c.kind == kind]
        if value not in vals:
            probs.append(f"count {kind} {vals} lacks {value}")
    for want in expect.get("actors") or []:
        if not any(a.role == want.get("role") and (a.info.name_en == want.get("name_en")
                                                   or a.mention.text == want.get("text"))
                   for a in ev.actors):
            probs.append(f"actor {want} missing")
    return probs


def check_example(extract: Any, rule: Rule, ex: Example) -> ExampleResult:
    events = extract(ex.text, reference_date=ex.reference_date)
    if ex.expect is None:
        bad = [e for e in events if e.type == rule.type and e.modality in SPECIFIC]
        return ExampleResult(rule, ex, not bad,
                             f"unexpected {bad[0].type} at {bad[0].trigger.text!r}" if bad else "")
    want_type = ex.expect.get("type", rule.type)
    cands = [e for e in events if e.type == want_type]
    if not cands:
        got = ", ".join(f"{e.type}({e.trigger.text})" for e in events) or "nothing"
        return ExampleResult(rule, ex, False, f"no {want_type} event; got {got}")
    problems = [_field_problems(e, ex.expect) for e in cands]
    best = min(problems, key=len)
    return ExampleResult(rule, ex, not best, "; ".join(best))


def run_pack_examples(extract: Any, rules: list[Rule]) -> list[ExampleResult]:
    return [check_example(extract, r, ex) for r in rules for ex in r.examples]
