#!/usr/bin/env python3
"""Score ``eventx.entities`` PLACE mentions against NER gold LOC spans.

    .venv/bin/python scripts/eval_ner.py [--gold FILE] [--split dev|heldout|all]
                                         [--errors N] [--json]

Why this exists: an analyst needs the places of events found wherever the
text names them; CLEANANERCorp (news, hand-annotated) is an independent
measure of how many of the place names a reader marks we find, and how many
of ours a reader would not call a place.  The gold is evaluation data only
(GPL v3): nothing of it ships.

Scoring is token-level exact-span: a predicted PLACE counts when the tokens it
covers are exactly one gold LOC span (B-LOC followed by its I-LOC tokens).
The text given to ``eventx.entities`` is each sentence's tokens joined by one
space, so the character spans map back to token indices unambiguously.

Split: deterministic, by blocks of ``BLOCK`` consecutive sentences (articles
run over consecutive sentences, so blocks keep most articles on one side);
blocks whose index is 2, 5 or 8 modulo 10 are the held-out 30 %.  Look at
errors of the dev part only; the held-out part is reported, never tuned on.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).absolute().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GOLD = Path("/work/shared/ner/ner_train.txt")
BLOCK = 20
HELDOUT_BLOCKS = frozenset({2, 5, 8})

Span = tuple[int, int]  # first token, last token (inclusive)


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag); malformed lines are reported, not guessed."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if len(parts) != 2:
            raise ValueError(f"{path}:{n}: expected 'TOKEN TAG', got {line!r}")
        cur.append((parts[0], parts[1]))
    if cur:
        sents.append(cur)
    return sents


def split_of(index: int) -> str:
    return "heldout" if (index // BLOCK) % 10 in HELDOUT_BLOCKS else "dev"


def gold_spans(tags: Sequence[str], label: str = "LOC") -> set[Span]:
    """B-X I-X… runs; an I-X without its B-X starts a span (lenient, as conlleval)."""
    out: set[Span] = set()
    start: int | None = None
    for i, t in enumerate([*tags, "O"]):
        inside = t == f"I-{label}" and start is not None
        if start is not None and not inside:
            out.add((start, i - 1))
            start = None
        if t == f"B-{label}" or (t == f"I-{label}" and start is None):
            start = i
    return out


def token_offsets(tokens: Sequence[str]) -> list[Span]:
    offs, pos = [], 0
    for t in tokens:
        offs.append((pos, pos + len(t)))
        pos += len(t) + 1
    return offs


def to_tokens(offs: Sequence[Span], start: int, end: int) -> Span | None:
    """Tokens overlapping the character span [start, end)."""
    hit = [i for i, (s, e) in enumerate(offs) if s < end and start < e]
    return (hit[0], hit[-1]) if hit else None


def predicted(text: str, offs: Sequence[Span]) -> set[Span]:
    import eventx

    out: set[Span] = set()
    for ent in eventx.entities(text):
        if ent.label != "PLACE":
            continue
        sp = to_tokens(offs, ent.mention.start, ent.mention.end)
        if sp is not None:
            out.add(sp)
    return out


def evaluate(sents: Sequence[list[tuple[str, str]]], which: str) -> Iterator[dict[str, object]]:
    for i, sent in enumerate(sents):
        if which != "all" and split_of(i) != which:
            continue
        toks = [t for t, _ in sent]
        tags = [g for _, g in sent]
        offs = token_offsets(toks)
        gold = gold_spans(tags)
        pred = predicted(" ".join(toks), offs)
        yield {"index": i, "tokens": toks, "tags": tags, "gold": gold, "pred": pred}


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "pred": npred, "gold": ngold}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print N false negatives and N false positives "
                    "(dev split only)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold file at {args.gold}", file=sys.stderr)
        return 2
    if args.errors and args.split != "dev":
        print("--errors is for the dev split only (the held-out part is not inspected)", file=sys.stderr)
        return 2
    sents = read_conll(args.gold)
    tp = npred = ngold = 0
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fp_ctx: dict[str, str] = {}
    fn_ctx: dict[str, str] = {}
    t0 = time.perf_counter()
    nsent = 0
    for row in evaluate(sents, args.split):
        nsent += 1
        gold, pred = row["gold"], row["pred"]
        assert isinstance(gold, set) and isinstance(pred, set)
        toks = row["tokens"]
        assert isinstance(toks, list)
        tp += len(gold & pred)
        npred += len(pred)
        ngold += len(gold)
        for _kind, spans, bag, ctx in (("fn", gold - pred, fn, fn_ctx), ("fp", pred - gold, fp, fp_ctx)):
            for a, b in spans:
                name = " ".join(toks[a:b + 1])
                bag[name] += 1
                ctx.setdefault(name, " ".join(toks[max(0, a - 4):b + 5]))
    secs = time.perf_counter() - t0
    res = {"split": args.split, "sentences": nsent, **prf(tp, npred, ngold), "seconds": round(secs, 1)}
    if args.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:>10}: {v}")
    if args.errors:
        print(f"\n-- missed gold LOC (top {args.errors})")
        for name, c in fn.most_common(args.errors):
            print(f"{c:4d}  {name}    | {fn_ctx[name]}")
        print(f"\n-- PLACE not in gold (top {args.errors})")
        for name, c in fp.most_common(args.errors):
            print(f"{c:4d}  {name}    | {fp_ctx[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
