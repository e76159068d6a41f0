"""Per-sentence cost of the number, count and date parsers (see benchmarks/README.md).

    python benchmarks/parsers.py [--docs 1500] [--corpus PATH] [--repeat 5]
                                 [--src DIR] [--compare OLD_SRC_DIR]

Why a separate script: ``bench.py`` measures the whole pipeline; when one
parser gets faster or slower the change drowns in the total.  This one feeds
every sentence of the first N corpus articles (normalised, then split as the
extractor splits them) to ``find_numbers``, ``find_counts`` and
``find_dates`` and prints the mean microseconds per sentence of each, taken
as the best of ``--repeat`` rounds after one warm-up round (the warm-up also
pays for compiling the tables, which is a one-off cost per process).

``--src DIR`` imports eventx from another source tree (a copy of ``src``
holding an older version); ``--compare DIR`` runs the script once on DIR and
once on this tree, in fresh processes, and prints both columns side by side.
It is a script, not a test: figures depend on the machine; nothing asserts.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
FUNCTIONS = ("find_numbers", "find_counts", "find_dates")


def load_sentences(path: Path, n_docs: int) -> list[tuple[str, Any]]:
    """(normalised sentence, reference date) for every sentence of the first ``n_docs``."""
    from eventx.dates import parse_reference_date
    from eventx.text.normalize import normalize_text
    from eventx.text.sentences import split_sentences

    out: list[tuple[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n_docs:
                break
            rec = json.loads(line)
            text = normalize_text(rec.get("text") or "")
            try:
                ref = parse_reference_date(rec.get("date"))
            except (TypeError, ValueError):
                ref = None
            out.extend((text[s:e], ref) for s, e in split_sentences(text))
    return out


def time_per_sentence(fn: Callable[[str, Any], object], sents: list[tuple[str, Any]],
                      repeat: int) -> float:
    """Best-of-``repeat`` mean µs per sentence, after one warm-up round."""
    for s, ref in sents:
        fn(s, ref)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for s, ref in sents:
            fn(s, ref)
        best = min(best, time.perf_counter() - t0)
    return best / max(1, len(sents)) * 1e6


def measure(corpus: Path, n_docs: int, repeat: int) -> dict[str, float]:
    from eventx.counts import find_counts
    from eventx.dates import find_dates
    from eventx.numbers import find_numbers

    sents = load_sentences(corpus, n_docs)
    fns: dict[str, Callable[[str, Any], object]] = {
        "find_numbers": lambda s, _r: find_numbers(s),
        "find_counts": lambda s, _r: find_counts(s),
        "find_dates": find_dates,
    }
    res = {name: time_per_sentence(fn, sents, repeat) for name, fn in fns.items()}
    res["sentences"] = float(len(sents))
    return res


def run_child(src: Path, args: argparse.Namespace) -> dict[str, float]:
    """Measure in a fresh interpreter importing eventx from ``src``."""
    cmd = [sys.executable, __file__, "--json", "--src", str(src), "--docs", str(args.docs),
           "--corpus", str(args.corpus), "--repeat", str(args.repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    res: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1500)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--src", type=Path, help="import eventx from this source tree")
    ap.add_argument("--compare", type=Path, help="an older source tree to compare against")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))
    if args.json:
        print(json.dumps(measure(args.corpus, args.docs, args.repeat)))
        return
    if args.compare is None:
        res = measure(args.corpus, args.docs, args.repeat)
        print(f"{int(res['sentences'])} sentences from {args.docs} articles")
        for name in FUNCTIONS:
            print(f"{name:<14} {res[name]:8.1f} µs/sentence")
        return
    old = run_child(args.compare, args)
    new = run_child(args.src or ROOT / "src", args)
    print(f"{int(new['sentences'])} sentences from {args.docs} articles; µs per sentence")
    print(f"{'':<14} {'old':>8} {'new':>8} {'speed-up':>9}")
    for name in FUNCTIONS:
        print(f"{name:<14} {old[name]:8.1f} {new[name]:8.1f} {old[name] / new[name]:8.1f}x")


if __name__ == "__main__":
    main()
