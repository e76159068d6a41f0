"""One warm extraction pass over corpus articles, for counting instructions.

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='functools_reduce*' \
        python benchmarks/warm_pass.py [--docs 300] [--corpus PATH]

(`benchmarks/instructions.sh` runs exactly that.)  Wall-clock figures on a
shared two-core machine move by several percent between runs, so the speed
of a change smaller than that is judged by instructions.  The pass runs
inside ``functools.reduce``, which nothing in eventx calls, so callgrind's
``--toggle-collect`` counts the pass alone: not the imports, not building
the extractor, not the 20 warm-up articles that fill the lexicon's memos.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
from pathlib import Path

import eventx
from eventx.cache import gc_frozen

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"
WARM_UP = 20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--frozen", action="store_true",
                    help="run the pass with the warm tables frozen, as `eventx batch` does "
                         "(eventx.cache.gc_frozen)")
    args = ap.parse_args()
    docs: list[tuple[str, str | None]] = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if isinstance(rec.get("text"), str) and rec["text"]:
                docs.append((rec["text"], rec.get("date") or None))
            if len(docs) == args.docs + WARM_UP:
                break
    ex = eventx.default_extractor()
    for text, date in docs[:WARM_UP]:
        ex.extract(text, reference_date=date)
    with gc_frozen() if args.frozen else contextlib.nullcontext():
        functools.reduce(lambda _, d: ex.extract(d[0], reference_date=d[1]), docs[WARM_UP:], None)


if __name__ == "__main__":
    main()
