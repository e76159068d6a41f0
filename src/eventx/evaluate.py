"""Scoring extractions against gold annotations (the format of docs/evaluation.md).

Users extending eventx need to know what a change did: this module reads gold
JSON Lines (one article a line, with its events and non-events), runs the
extractor, and reports precision, recall and F1 by event type and family, the
accuracy of each argument kind on matched events, and the errors themselves.
Matching follows the published scorer: a predicted incident (modality
asserted or claimed) matches a gold event of the same type when its trigger
lies inside the gold sentence or one of its "also" sentences, one-to-one,
greedily, article by article.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from eventx.records import INCIDENT_MODALITIES

# a prediction without a modality counts, as in the published scorer
SPECIFIC: frozenset[str | None] = frozenset({*INCIDENT_MODALITIES, None})
FAMILY: dict[str, str] = {t: "security" for t in (
    "attack", "armed_clash", "rocket_strike", "air_strike", "bombing", "raid", "arrest",
    "killing", "abduction")}
FAMILY.update(phone_call="diplomacy", meeting="diplomacy", statement="speech", threat="speech",
              protest="protest")
ROLE_GROUP = {"agent": "agent", "source": "agent", "target": "target", "victim": "target",
              "participant": "participant"}
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\"'«»“”،,.:؛()\[\]-]")
_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")

Extract = Callable[..., list[Any]]


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = _DIAC.sub("", s)
    s = re.sub("[إأآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(_PUNCT.sub(" ", s).lower().split())


def _stem(word: str) -> str:
    for p in _CLITICS:
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def same_text(a: str | None, b: str | None) -> bool:
    """Surface forms agree: one contains the other, or they share a content word."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return bool({_stem(w) for w in a.split() if len(w) > 2}
                & {_stem(w) for w in b.split() if len(w) > 2})


def _span(text: str, sentence: str) -> tuple[int, int]:
    i = text.find(sentence)
    if i >= 0:
        return i, i + len(sentence)
    m = re.search(r"\s+".join(re.escape(w) for w in sentence.split()), text)
    if not m:
        raise ValueError(f"gold sentence not in its text: {sentence[:60]}")
    return m.start(), m.end()


def date_ok(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    """A precise gold date must be pinned (a day of slack); a gold range must be overlapped."""
    if not pred or not gold:
        return False
    try:
        ps, pe = dt.date.fromisoformat(pred["start"]), dt.date.fromisoformat(pred["end"])
        gs, ge = dt.date.fromisoformat(gold["start"]), dt.date.fromisoformat(gold["end"])
    except (KeyError, TypeError, ValueError):
        return False
    slack = dt.timedelta(days=1)
    if (ge - gs).days <= 1:
        return gs - slack <= ps and pe <= ge + slack and (pe - ps).days <= 2
    return ps <= ge and gs <= pe


def _named_ok(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    m = (pred.get("mention") or {}).get("text")
    return (same_text(m, gold.get("text")) or same_text(pred.get("name"), gold.get("text"))
            or (bool(gold.get("name_en")) and _norm(pred.get("name_en")) == _norm(gold.get("name_en"))))


def location_ok(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if not pred or not gold:
        return False
    if gold.get("country") and pred.get("country") and gold["country"] != pred["country"]:
        return False
    return _named_ok(pred, gold)


def actor_ok(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if ROLE_GROUP.get(pred.get("role", "")) != ROLE_GROUP.get(gold.get("role", "")):
        return False
    return _named_ok(pred, gold)


def count_ok(pred: dict[str, Any], kind: str, value: int) -> bool:
    if pred.get("kind") != kind:
        return False
    lo, hi, v = pred.get("min", pred.get("value")), pred.get("max", pred.get("value")), pred.get("value")
    return v == value or (lo is not None and hi is not None and lo <= value <= hi)


@attrs.frozen(slots=True)
class ErrorRow:
    kind: str  # missed | spurious | type | argument
    doc: str
    gold_type: str | None
    pred_type: str | None
    detail: str


@attrs.define
class Report:
    """Tallies of one evaluation run; ``summary()`` gives the figures."""

    tally: Counter[str] = attrs.Factory(Counter)
    errors: list[ErrorRow] = attrs.Factory(list)

    def prf(self, hit: str, pred: str, gold: str) -> dict[str, float | int]:
        h, p, g = self.tally[hit], self.tally[pred], self.tally[gold]
        precision = h / p if p else 0.0
        recall = h / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 3), "r": round(recall, 3), "f1": round(f1, 3), "gold": g}

    def summary(self) -> dict[str, Any]:
        t = self.tally
        events = self.prf("hit", "pred", "gold")
        ap = t["arg_right"] / t["arg_pred"] if t["arg_pred"] else 0.0
        ar = (sum(t[k] for k in ("loc_hit", "date_hit", "count_hit", "actor_hit")) / t["arg_gold"]
              if t["arg_gold"] else 0.0)
        af = 2 * ap * ar / (ap + ar) if ap + ar else 0.0

        def acc(k: str) -> float | None:
            return round(t[k + "_hit"] / t[k + "_gold"], 3) if t[k + "_gold"] else None

        return {
            "docs": t["docs"], "gold_events": t["gold"], "pred_events": t["pred"],
            "event_p": events["p"], "event_r": events["r"], "event_f1": events["f1"],
            "arg_p": round(ap, 3), "arg_r": round(ar, 3), "arg_f1": round(af, 3),
            "location_acc": acc("loc"), "date_acc": acc("date"), "count_acc": acc("count"),
            "actor_acc": acc("actor"),
            "families": {f: self.prf("hit:" + f, "pred:" + f, "gold:" + f)
                         for f in ("security", "diplomacy", "speech", "protest")},
            "types": {ty: self.prf("hit=" + ty, "pred=" + ty, "gold=" + ty)
                      for ty in sorted({k.split("=", 1)[1] for k in t if k.startswith(("gold=", "pred="))})},
            "wrong_type": t["wrong_type"],
            "non_event_false_alarms": f"{t['non_event_fired']}/{t['non_event']}",
        }


def _gold_args(g: dict[str, Any]) -> int:
    return (len(g.get("actors") or []) + bool(g.get("location")) + bool(g.get("date"))
            + len([k for k, v in (g.get("counts") or {}).items() if v]))


def _pred_args(p: dict[str, Any], g: dict[str, Any] | None) -> int:
    counts = p.get("counts") or []
    if g is not None:  # a count of a kind the gold leaves out is neither right nor wrong
        kinds = {k for k, v in (g.get("counts") or {}).items() if v}
        counts = [c for c in counts if c.get("kind") in kinds]
    return len(p.get("actors") or []) + bool(p.get("location")) + bool(p.get("date")) + len(counts)


def _score_pair(p: dict[str, Any], g: dict[str, Any], doc: str, rep: Report) -> None:
    t = rep.tally
    if g.get("location"):
        t["loc_gold"] += 1
        ok = location_ok(p.get("location"), g["location"])
        t["loc_hit"] += ok
        if not ok:
            got = (p.get("location") or {}).get("name_en")
            rep.errors.append(ErrorRow("argument", doc, g["type"], p["type"],
                                       f"location {got!r} != {g['location'].get('text')!r}"))
    if g.get("date"):
        t["date_gold"] += 1
        ok = date_ok(p.get("date"), g["date"])
        t["date_hit"] += ok
        if not ok:
            got = p.get("date") and (p["date"]["start"], p["date"]["end"])
            rep.errors.append(ErrorRow("argument", doc, g["type"], p["type"],
                                       f"date {got} != {g['date']}"))
    for kind, value in (g.get("counts") or {}).items():
        if value:
            t["count_gold"] += 1
            ok = any(count_ok(c, kind, value) for c in p.get("counts") or [])
            t["count_hit"] += ok
            if not ok:
                rep.errors.append(ErrorRow("argument", doc, g["type"], p["type"],
                                           f"count {kind}={value} missing"))
    used: set[int] = set()
    for ga in g.get("actors") or []:
        t["actor_gold"] += 1
        for i, pa in enumerate(p.get("actors") or []):
            if i not in used and actor_ok(pa, ga):
                used.add(i)
                t["actor_hit"] += 1
                break
        else:
            rep.errors.append(ErrorRow("argument", doc, g["type"], p["type"],
                                       f"actor {ga.get('role')} {ga.get('text')!r} missing"))
    right = (location_ok(p.get("location"), g.get("location")) + date_ok(p.get("date"), g.get("date"))
             + len(used)
             + sum(any(count_ok(c, k, v) for k, v in (g.get("counts") or {}).items() if v)
                   for c in p.get("counts") or []))
    t["arg_right"] += right


def score_document(doc: dict[str, Any], preds: list[dict[str, Any]], rep: Report) -> None:
    """Tally one gold article against the predicted ``Event.to_dict()`` records."""
    t = rep.tally
    text, doc_id = doc["text"], str(doc.get("id"))
    t["docs"] += 1
    golds = [(g, [_span(text, x) for x in [g["sentence"], *(g.get("also") or [])]])
             for g in doc.get("events") or []]
    preds = [p for p in preds if p.get("modality") in SPECIFIC]
    matched: dict[int, dict[str, Any]] = {}

    def inside(p: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
        trig = p.get("trigger") or {}
        return any(s <= trig.get("start", -1) and trig.get("end", 10**9) <= e for s, e in spans)

    for g, spans in golds:
        t["gold"] += 1
        t["gold:" + FAMILY.get(g.get("type", ""), "?")] += 1
        t["gold=" + g.get("type", "?")] += 1
        t["arg_gold"] += _gold_args(g)
        best = next((i for i, p in enumerate(preds)
                     if i not in matched and inside(p, spans) and p.get("type") == g.get("type")),
                    None)
        if best is None:
            other = next((p for i, p in enumerate(preds) if i not in matched and inside(p, spans)),
                         None)
            if other is not None:
                t["wrong_type"] += 1
                rep.errors.append(ErrorRow("type", doc_id, g["type"], other.get("type"),
                                           g["sentence"][:100]))
            rep.errors.append(ErrorRow("missed", doc_id, g["type"], None, g["sentence"][:100]))
            continue
        matched[best] = g
        t["hit"] += 1
        t["hit:" + FAMILY.get(g.get("type", ""), "?")] += 1
        t["hit=" + g.get("type", "?")] += 1
        _score_pair(preds[best], g, doc_id, rep)
    for i, p in enumerate(preds):
        t["pred"] += 1
        t["pred:" + FAMILY.get(p.get("type", ""), "?")] += 1
        t["pred=" + p.get("type", "?")] += 1
        t["arg_pred"] += _pred_args(p, matched.get(i))
        if i not in matched:
            rep.errors.append(ErrorRow("spurious", doc_id, None, p.get("type"),
                                       (p.get("sentence") or {}).get("text", "")[:100]))
    for sent in doc.get("non_events") or []:
        s, e = _span(text, sent)
        t["non_event"] += 1
        if any(s <= (p.get("trigger") or {}).get("start", -1) < e for p in preds):
            t["non_event_fired"] += 1


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise ValueError(f"{path}:{n}: a gold line needs a text")
            docs.append(doc)
    return docs


def evaluate(docs: Iterable[dict[str, Any]], extract: Extract) -> Report:
    rep = Report()
    for doc in docs:
        events = extract(doc["text"], reference_date=doc.get("reference_date"))
        score_document(doc, [e.to_dict() for e in events], rep)
    return rep
