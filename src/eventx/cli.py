"""The ``eventx`` command line.

Exit codes: 0 success; 1 a check failed (rule tests, lint); 2 bad usage or
input (unreadable file, bad date, broken rule pack).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from eventx import __version__
from eventx.errors import EventxError
from eventx.export import FORMATS
from eventx.records import Event


def _read_inputs(paths: Sequence[str]) -> list[tuple[str, str]]:
    if not paths or paths == ["-"]:
        return [("-", sys.stdin.read())]
    out = []
    for p in paths:
        matches = sorted(Path().glob(p)) if any(c in p for c in "*?[") else [Path(p)]
        for m in matches:
            out.append((str(m), m.read_text(encoding="utf-8")))
    return out


def _rows(events: list[Event]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for e in events:
        actors = "; ".join(f"{a.info.name_en} ({a.role})" for a in e.actors)
        loc = e.location.place.name_en if e.location else ""
        date = ""
        if e.date:
            date = str(e.date.start) if e.date.start == e.date.end else f"{e.date.start}..{e.date.end}"
        counts = ", ".join(f"{c.kind}={'~' if c.approximate else ''}{c.value}" for c in e.counts)
        rows.append((e.type, e.subtype or "", e.trigger.text, actors, loc, date, counts, e.modality))
    return rows


def _table(events: list[Event]) -> str:
    header: tuple[str, ...] = ("type", "subtype", "trigger", "actors", "location", "date",
                               "counts", "modality")
    rows = [header, *_rows(events)]
    widths = [min(40, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append("  ".join(c[:40].ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(lines)


def _rich_tables(results: list[tuple[str, list[Event]]]) -> None:
    """The same columns as the plain table, drawn by rich for a terminal."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for name, evs in results:
        table = Table(title=name if len(results) > 1 else None, show_lines=False)
        for col in ("type", "subtype", "trigger", "actors", "location", "date", "counts",
                    "modality"):
            table.add_column(col, overflow="fold")
        for row in _rows(evs):
            table.add_row(*row)
        console.print(table)


def cmd_extract(a: argparse.Namespace) -> int:
    import eventx
    from eventx import export

    ex = eventx.Extractor(a.pack or None)
    results = [(name, ex.extract(text, reference_date=a.date))
               for name, text in _read_inputs(a.files)]
    # The output is opened only after extraction succeeded: a failed run leaves no empty file.
    if a.format != "table":
        export.write_documents(results, a.format, a.output or sys.stdout)
        return 0
    if not a.output and sys.stdout.isatty():
        _rich_tables(results)
        return 0
    text = "".join((f"== {name}\n" if len(results) > 1 else "") + _table(evs) + "\n"
                   for name, evs in results)
    if a.output:
        Path(a.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_rules(a: argparse.Namespace) -> int:
    from eventx.extractor import Extractor
    from eventx.packs.loader import builtin_pack_names, load_packs
    from eventx.packs.testing import run_pack_examples

    names = a.packs or builtin_pack_names()
    packs = load_packs(names)
    if a.action == "list":
        for p in packs:
            print(f"{p.name} {p.version}: {p.description} ({len(p.rules)} rules)")
            for r in p.rules:
                print(f"  {r.id:40} {r.type:14} {len(r.examples)} examples")
        return 0
    if a.action == "lint":
        print(f"ok: {sum(len(p.rules) for p in packs)} rules in {len(packs)} packs")
        return 0
    failed = 0
    for p in packs:
        ex = Extractor([p.path])
        for res in run_pack_examples(ex.extract, list(p.rules)):
            failed += not res.ok
            if not res.ok or a.verbose:
                print(res.describe())
        total = sum(len(r.examples) for r in p.rules)
        print(f"{p.name}: {total - failed} passed, {failed} failed")
    return 1 if failed else 0


def cmd_eval(a: argparse.Namespace) -> int:
    import json

    import eventx
    from eventx.evaluate import evaluate, read_gold

    ex = eventx.Extractor(a.pack or None)
    rep = evaluate(read_gold(a.gold), ex.extract)
    summary = rep.summary()
    if a.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for key in ("docs", "gold_events", "pred_events", "event_p", "event_r", "event_f1",
                    "arg_p", "arg_r", "arg_f1", "location_acc", "date_acc", "count_acc",
                    "actor_acc", "wrong_type", "non_event_false_alarms"):
            print(f"{key:>24}: {summary[key]}")
        print("\nby family:")
        for fam, v in summary["families"].items():
            print(f"  {fam:12} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  gold {v['gold']}")
        print("by type:")
        for ty, v in summary["types"].items():
            print(f"  {ty:14} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  gold {v['gold']}")
    for row in rep.errors[: a.errors]:
        print("\t".join(str(x) for x in (row.kind, row.doc, row.gold_type, row.pred_type,
                                          row.detail)))
    return 0


def cmd_explain(a: argparse.Namespace) -> int:
    from eventx import default_extractor
    from eventx.events import sentence_drafts
    from eventx.text.normalize import normalize

    ex = default_extractor()
    norm = normalize(a.text)
    for sent in ex.analyse(norm, None):
        print("sentence:", norm.text[sent.start:sent.end])
        print("tokens:", " | ".join(t.text for t in sent.tokens))
        for h in sent.hits:
            kinds = ", ".join(sorted({e.kind for e in h.entries}))
            print(f"  hit {h.key!r} [{kinds}]")
        for d in sentence_drafts(sent, ex.compiled):
            print(f"  rule {d.rule.id} fired on {d.trigger.key!r}: type={d.type} "
                  f"modality={d.modality} actors={[(r, m.info.name_en) for r, m in d.actors]}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="eventx", description="Arabic news → event records")
    ap.add_argument("--version", action="version", version=f"eventx {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract", help="extract events from files or stdin")
    e.add_argument("files", nargs="*")
    e.add_argument("--date", help="publication date (YYYY-MM-DD) for relative dates")
    e.add_argument("--format", choices=["table", *FORMATS], default=None,
                   help="output format (default: table; jsonl with -o off a terminal)")
    e.add_argument("--pack", action="append", help="rule pack name or folder (repeatable)")
    e.add_argument("-o", "--output")
    e.set_defaults(func=cmd_extract)
    r = sub.add_parser("rules", help="list, lint or test rule packs")
    r.add_argument("action", choices=["list", "lint", "test"])
    r.add_argument("packs", nargs="*")
    r.add_argument("-v", "--verbose", action="store_true")
    r.set_defaults(func=cmd_rules)
    v = sub.add_parser("eval", help="score against a gold JSONL file (docs/evaluation.md)")
    v.add_argument("gold")
    v.add_argument("--json", action="store_true", help="the figures as one JSON object")
    v.add_argument("--errors", type=int, default=20, help="list N error rows (default 20)")
    v.add_argument("--pack", action="append", help="rule pack name or folder (repeatable)")
    v.set_defaults(func=cmd_eval)
    x = sub.add_parser("explain", help="show tokens, lexicon hits and rules fired")
    x.add_argument("text")
    x.set_defaults(func=cmd_explain)
    from eventx import batch

    batch.add_parser(sub)
    a = ap.parse_args(argv)
    if getattr(a, "format", "x") is None:
        a.format = "table" if sys.stdout.isatty() or a.output is None else "jsonl"
    try:
        return int(a.func(a))
    except (EventxError, ValueError, TypeError, OSError) as exc:
        print(f"eventx: error: {exc}", file=sys.stderr)
        return 2


def run() -> None:
    """The ``eventx`` command: :func:`main` in a process of its own.

    The command owns its process, so it skips the garbage collector's full
    passes over the loaded tables at exit (about 0.3 s a run; see
    :func:`eventx.cache.fast_exit`), which a library called from someone
    else's program only does when asked (``EVENTX_FAST_EXIT=1``)."""
    from eventx.cache import fast_exit

    fast_exit()
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
