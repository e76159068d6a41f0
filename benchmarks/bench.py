"""eventx performance, measured side by side in one process (see benchmarks/README.md).

    python benchmarks/bench.py [--docs 1000] [--corpus PATH] [--quick]

Prints: extraction docs/s and tokens/s next to spaCy's blank Arabic tokenizer
on the same texts (the ratio is the issue's yardstick), the same with a
synthetic pack of ten times the trigger words, cold start of ``import eventx``
+ first extract against ``import spacy`` + ``spacy.blank("ar")`` (fresh
processes), peak RSS of a process holding the default extractor, the
gazetteer's size and load time, ``eventx batch`` with 1 vs 2 workers, and a
cProfile of extraction: the pipeline stages and the top functions.

It is a script, not a test: figures depend on the machine; nothing asserts.
"""
from __future__ import annotations

import argparse
import compileall
import cProfile
import importlib.resources
import io
import json
import os
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
WARM = ("هاجم مسلحون من تنظيم داعش نقطة أمنية للجيش العراقي في قضاء الطارمية، "
        "مساء الثلاثاء، ما أسفر عن مقتل ثلاثة جنود.")

# Pipeline stages, as (label, file suffix, function name) for the profile breakdown.
STAGES = [
    ("normalise", "text/normalize.py", "normalize"),
    ("scan (one Aho-Corasick pass: triggers, countries)", "extractor.py", "_scan"),
    ("candidate sentences (sentence split, word check)", "extractor.py", "_sentences"),
    ("tokenise (spaCy, candidate sentences)", "text/tokenize.py", "tokenize"),
    ("lexicon longest match", "lexicon.py", "match"),
    ("dates", "dates.py", "find_dates"),
    ("counts (incl. number scan)", "counts.py", "find_counts"),
    ("  of which number scan", "numbers.py", "scan_numbers"),
    ("actor/place mentions", "analysis.py", "_mentions"),
    ("event rules (sentence_drafts)", "events.py", "sentence_drafts"),
    ("merge (sentence + document)", "merge.py", "merge_document"),
    ("records (_to_event)", "extractor.py", "_to_event"),
]


def load_docs(path: Path, n: int) -> list[tuple[str, str | None]]:
    """The first ``n`` records with a text (streamed; the corpus is never shipped)."""
    docs: list[tuple[str, str | None]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if isinstance(rec.get("text"), str) and rec["text"].strip():
                docs.append((rec["text"], rec.get("date") or None))
                if len(docs) == n:
                    break
    return docs


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Wall time of one call, and its result."""
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def fresh(code: str, runs: int = 3) -> tuple[float, str]:
    """Median wall time of a fresh interpreter running ``code`` (and its last stdout)."""
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
        out = p.stdout
    return statistics.median(times), out


_CLOCK = "import time; t = time.perf_counter(); {}; print(time.perf_counter() - t)"


def cold_pairs(base: str, ours: str, runs: int) -> dict[str, list[float]]:
    """Fresh interpreters running ``base`` and ``ours`` in turn, ``runs`` pairs.

    Why in turn: on a shared machine the load changes from second to second,
    and three runs of one then three of the other compared different loads;
    a pair runs back to back, so the ratio within each pair sees about the
    same machine.  Each process also prints its own clock over ``code``
    (without the interpreter's start and exit)."""
    out: dict[str, list[float]] = {"base": [], "ours": [], "base_in": [], "ours_in": []}
    for _ in range(runs):
        for name, code in (("base", base), ("ours", ours)):
            t, printed = fresh(_CLOCK.format(code), runs=1)
            out[name].append(t)
            out[f"{name}_in"].append(float(printed.split()[-1]))
    return out


def paired(base: list[float], ours: list[float]) -> str:
    """Ratio of the medians, and the median and range of the per-pair ratios."""
    ratios = sorted(o / b for b, o in zip(base, ours))
    return (f"ratio of medians {statistics.median(ours) / statistics.median(base):.2f}; "
            f"per pair median {statistics.median(ratios):.2f} "
            f"(range {ratios[0]:.2f}-{ratios[-1]:.2f})")


def trigger_words(pack_dir: Path) -> int:
    import tomllib

    n = 0
    for f in pack_dir.glob("*.toml"):
        for r in tomllib.loads(f.read_text(encoding="utf-8")).get("rule", []):
            n += sum(len(r.get(k, [])) for k in ("verbs", "nouns", "plurals", "phrases"))
    return n


def synthetic_pack(dest: Path, words: int, seed: int = 7) -> Path:
    """A pack of ``words`` random trigger nouns in rules that can never fire.

    The nouns are random Arabic letter strings (5-7 letters), so they almost
    never occur in news: the candidate set stays the same and what is
    measured is the cost of the rule count alone.  Each rule also requires a
    word class whose only word does not occur, so a chance hit adds no event.
    """
    rng = random.Random(seed)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "pack.toml").write_text('[pack]\nname = "bench10x"\nversion = "0"\n'
                                    'description = "synthetic benchmark pack"\n',
                                    encoding="utf-8")
    lines = ['[class.bench_never]\nwords = ["ظظغغظظ"]\n']
    per_rule = 25
    for i in range(0, words, per_rule):
        nouns = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 7)))
                 for _ in range(min(per_rule, words - i))]
        lines.append(f'[[rule]]\nid = "dummy_{i // per_rule}"\ntype = "protest"\n'
                     f'nouns = {json.dumps(nouns, ensure_ascii=False)}\n'
                     f'requires = ["bench_never"]\n')
    (dest / "rules.toml").write_text("\n".join(lines), encoding="utf-8")
    return dest


def extraction_rate(ex: Any, docs: list[tuple[str, str | None]]) -> tuple[float, int]:
    """Wall time of extracting every doc, and the number of events."""
    return timed(lambda: sum(len(ex.extract(t, reference_date=d)) for t, d in docs))


def profile(ex: Any, docs: list[tuple[str, str | None]], top: int) -> str:
    pr = cProfile.Profile()
    pr.enable()
    for t, d in docs:
        ex.extract(t, reference_date=d)
    pr.disable()
    st = pstats.Stats(pr)
    total = st.total_tt  # type: ignore[attr-defined]
    raw: dict[Any, Any] = st.stats  # type: ignore[attr-defined]
    out = [f"cProfile over {len(docs)} docs: {total:.2f} s with profiling overhead",
           "  stage                                             cum s   share"]
    for label, suffix, name in STAGES:
        cum = sum(v[3] for (fn, _, func), v in raw.items()
                  if fn.endswith(suffix) and func == name)
        out.append(f"  {label:48} {cum:6.2f}  {100 * cum / total:5.1f}%")
    buf = io.StringIO()
    pstats.Stats(pr, stream=buf).sort_stats("tottime").print_stats(top)
    out.append(f"  top {top} functions by own time:")
    keep = False
    for line in buf.getvalue().splitlines():
        if line.strip().startswith("ncalls"):
            keep = True
        if keep and line.strip():
            out.append("    " + line.replace(str(ROOT) + "/", "").replace(sys.prefix, "<venv>"))
    return "\n".join(out)


def candidate_share(ex: Any, docs: list[tuple[str, str | None]]) -> tuple[float, float]:
    """Share of sentences and of characters that reach the tokenizer."""
    from eventx.text.normalize import normalize
    from eventx.text.sentences import split_sentences

    sents = cand = chars = cand_chars = 0
    for t, _ in docs:
        norm = normalize(t)
        spans = split_sentences(norm.text)
        cs = ex.candidate_sentences(norm)
        sents += len(spans)
        cand += len(cs)
        chars += len(norm.text)
        cand_chars += sum(e - s for s, e in cs)
    return cand / max(sents, 1), cand_chars / max(chars, 1)


def gazetteer_figures() -> tuple[int, float, int]:
    from eventx.cache import gc_paused
    from eventx.gazetteer import Gazetteer

    data = importlib.resources.files("eventx") / "data" / "gazetteer.tsv.gz"
    size = len(data.read_bytes())
    # the build from the shipped files, without the user cache (see eventx.cache),
    # with the collector paused as eventx.cache builds it: with it running, the
    # heap this benchmark holds by now would be rescanned during the build
    with gc_paused():
        t, gaz = timed(Gazetteer._from_shipped)
    return size, t, len(gaz)


def _cpu() -> float:
    """CPU seconds of this process plus its reaped children (the pool workers)."""
    import resource

    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def batch_speedup(ex: Any, docs: list[tuple[str, str | None]],
                  tmp: Path) -> dict[str, float]:
    """``run_batch`` with 1 and 2 workers, both starting from the warm extractor ``ex``.

    One worker runs in this process; two are forked from it and inherit it, so
    neither pays a build or a cold first pass, and the speedup is the steady
    state one (the extractor reads the articles once before either run).  (A cold ``eventx batch`` adds one build, about 2 s, to both.)
    CPU seconds are taken too: on a machine busy with other jobs the wall
    speedup says little, while equal CPU totals show the work splits cleanly.
    """
    from eventx import batch, parallel

    # the warm extractor has met these articles once, as both runs' would have:
    # without this pass the one-worker run warmed the memos (spaCy's splits,
    # the lexicon's word starts) for the two forked workers, which then ran
    # on memos warm for exactly their articles
    for t, d in docs:
        ex.extract(t, reference_date=d)
    parallel.adopt(ex, None)
    src = tmp / "batch_in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i, (t, d) in enumerate(docs):
            f.write(json.dumps({"id": f"d{i}", "text": t, "date": d}, ensure_ascii=False) + "\n")
    out: dict[str, float] = {}
    for w in (1, 2):
        c = _cpu()
        out[f"wall{w}"] = batch.run_batch(src, tmp / f"out{w}.jsonl", workers=w, progress=False,
                                          resume=False).seconds
        out[f"cpu{w}"] = _cpu() - c
    out["same"] = float((tmp / "out1.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents to use (default 1000)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL with a text field")
    ap.add_argument("--repeat", type=int, default=3,
                    help="timed rounds after a warm-up round, best kept (default 3)")
    ap.add_argument("--top", type=int, default=20, help="functions listed in the profile")
    ap.add_argument("--batch-docs", type=int, default=3000,
                    help="documents for the batch speed-up (default 3000: a run of a second or "
                         "two is mostly the pool's start and end, not its steady state)")
    ap.add_argument("--cold-runs", type=int, default=7,
                    help="alternating pairs of fresh processes for the cold start (default 7)")
    ap.add_argument("--quick", action="store_true",
                    help="skip the fresh-process figures (cold start, peak RSS)")
    a = ap.parse_args(argv)
    if not a.corpus.is_file():
        print(f"bench: no corpus at {a.corpus} (use --corpus PATH)", file=sys.stderr)
        return 2
    both = load_docs(a.corpus, 2 * a.docs)
    docs, other = both[:a.docs], both[a.docs:]
    batch_docs = load_docs(a.corpus, a.batch_docs)
    chars = sum(len(t) for t, _ in docs)
    print(f"corpus: {a.corpus} — {len(docs)} docs, {chars:,} chars; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs")

    import spacy

    import eventx
    from eventx.packs.loader import builtin_pack_names, builtin_root

    compiled = compiled_modules()
    print(f"eventx build: {eventx.__file__.rsplit('/eventx/', 1)[0]}: "
          + (f"compiled by mypyc ({len(compiled)} modules)" if compiled else "pure Python"))

    tok = spacy.blank("ar").tokenizer
    ex = eventx.Extractor()
    ex.extract(WARM, reference_date="2021-02-24")
    base_words = sum(trigger_words(builtin_root() / n) for n in builtin_pack_names())
    with tempfile.TemporaryDirectory() as d:
        pack = synthetic_pack(Path(d) / "bench10x", 9 * base_words)
        big = eventx.Extractor([*builtin_pack_names(), str(pack)])
    big.extract(WARM, reference_date="2021-02-24")

    # Interleaved rounds, best of each: the first round warms caches (spaCy's
    # vocabulary, lru caches) and a shared machine's noise hits all three alike.
    best = {"tok": float("inf"), "ex": float("inf"), "big": float("inf")}
    n_tok = n_ev = n_big = 0
    for _ in range(a.repeat + 1):
        t, n_tok = timed(lambda: sum(len(tok(t)) for t, _ in docs))
        best["tok"] = min(best["tok"], t)
        t, n_ev = extraction_rate(ex, docs)
        best["ex"] = min(best["ex"], t)
        t, n_big = extraction_rate(big, docs)
        best["big"] = min(best["big"], t)
    t_tok, t_ex, t_big = best["tok"], best["ex"], best["big"]
    # A stream never shows the extractor the same article twice: one pass over
    # articles it has not seen, after warming up on others, with the tokenizer
    # timed the same way (its per-word cache warms the same way).
    fresh_ex = eventx.Extractor()
    fresh_tok = spacy.blank("ar").tokenizer
    unseen_ex = unseen_tok = float("nan")
    if other:
        for t, _ in other:
            fresh_tok(t)
        extraction_rate(fresh_ex, other)
        unseen_tok, _ = timed(lambda: sum(len(fresh_tok(t)) for t, _ in docs))
        unseen_ex, _ = extraction_rate(fresh_ex, docs)
    del fresh_ex
    print(f"\n== throughput (best of {a.repeat} rounds after a warm-up round)")
    print(f"spaCy blank('ar') tokenizer : {len(docs) / t_tok:8.1f} docs/s {n_tok / t_tok:10,.0f} "
          f"tokens/s ({t_tok:.2f} s)")
    print(f"eventx.extract, built-in    : {len(docs) / t_ex:8.1f} docs/s {n_tok / t_ex:10,.0f} "
          f"tokens/s ({t_ex:.2f} s, {n_ev} events)  ratio to tokenizer {t_tok / t_ex:.2f} "
          "(goal >= 1.0)")
    print(f"unseen articles, one pass    : tokenizer {len(docs) / unseen_tok:8.1f} docs/s, "
          f"extract {len(docs) / unseen_ex:8.1f} docs/s, ratio {unseen_tok / unseen_ex:.2f} "
          f"(warmed on {len(other)} other articles)")
    print(f"eventx.extract, 10x triggers: {len(docs) / t_big:8.1f} docs/s {n_tok / t_big:10,.0f} "
          f"tokens/s ({t_big:.2f} s, {n_big} events)  ratio to tokenizer {t_tok / t_big:.2f}")
    print(f"  trigger words {base_words} -> {base_words + 9 * base_words}, surface forms "
          f"{ex.compiled.trigger_count} -> {big.compiled.trigger_count}: cost x{t_big / t_ex:.2f}")
    sent_share, char_share = candidate_share(ex, docs)
    print(f"candidate sentences          : {100 * sent_share:.1f}% of sentences, "
          f"{100 * char_share:.1f}% of characters reach the tokenizer")
    del big

    size, t_gaz, n_gaz = gazetteer_figures()
    print("\n== reference data")
    print(f"gazetteer.tsv.gz: {size / 1024:.0f} KiB, {n_gaz:,} keys, fresh load {t_gaz:.2f} s")

    if not a.quick:
        print("\n== fresh processes")
        # spaCy's modules were byte-compiled when pip installed them; an editable
        # install of eventx is not, and with PYTHONDONTWRITEBYTECODE set every
        # process would compile its source again (0.1 s): compile it as a wheel
        # install would have
        compileall.compile_dir(str(Path(eventx.__file__).parent), quiet=1)
        c = cold_pairs("import spacy; spacy.blank('ar')",
                       f"import eventx; eventx.extract({WARM!r}, reference_date='2021-02-24')",
                       a.cold_runs)
        print(f"cold start (whole process, {a.cold_runs} alternating pairs): import spacy + "
              f"blank('ar') {statistics.median(c['base']):.2f} s; import eventx + first extract "
              f"{statistics.median(c['ours']):.2f} s; {paired(c['base'], c['ours'])} (goal <= 1.5)")
        print(f"cold start (in process, without interpreter start and exit): spacy "
              f"{statistics.median(c['base_in']):.2f} s; eventx "
              f"{statistics.median(c['ours_in']):.2f} s; {paired(c['base_in'], c['ours_in'])}")
        rss_code = (
            "import json, resource, sys, eventx\n"
            f"docs = [json.loads(l) for l in open({str(a.corpus)!r}, encoding='utf-8')][:{a.docs}]\n"
            "ex = eventx.default_extractor()\n"
            "for d in docs: ex.extract(d['text'], reference_date=d.get('date') or None)\n"
            # VmHWM is this process's own peak: Linux carries ru_maxrss over
            # exec, so it would report the (large) forking benchmark process
            "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "try:\n"
            "    peak = next(int(l.split()[1]) for l in open('/proc/self/status')\n"
            "                if l.startswith('VmHWM'))\n"
            "except (OSError, StopIteration):\n"
            "    pass\n"
            "print(peak)\n")
        _, out = fresh(rss_code, runs=1)
        rss = int(out.strip()) / 1024  # KiB on Linux
        print(f"peak RSS holding the default extractor after {len(docs)} docs: {rss:.0f} MB "
              "(goal <= 400; includes the corpus slice held in memory)")

    print("\n== eventx batch (warm extractor in this process; 2 workers fork and inherit it)")
    with tempfile.TemporaryDirectory() as d:
        b = batch_speedup(ex, batch_docs, Path(d))
    t1, t2 = b["wall1"], b["wall2"]
    print(f"{len(batch_docs)} docs: 1 worker {t1:.2f} s ({len(batch_docs) / t1:.1f} docs/s), "
          f"2 workers {t2:.2f} s ({len(batch_docs) / t2:.1f} docs/s): speedup x{t1 / t2:.2f} "
          "(goal >= 1.6); "
          f"outputs identical: {bool(b['same'])}")
    print(f"CPU seconds: 1 worker {b['cpu1']:.2f}, 2 workers {b['cpu2']:.2f} in all; "
          f"speedup if both cores are free: x{2 * b['cpu1'] / max(b['cpu2'], 1e-9):.2f}")
    # the batch may run other documents than the timed extract: compare per character
    bare = t_ex / chars * sum(len(t) for t, _ in batch_docs)
    print(f"batch overhead over bare extract (1 worker, per character): {100 * (t1 / bare - 1):.0f}% "
          "(reading, validating, to_dict, JSON, fsync; noisy on a busy machine)")
    try:
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    except OSError:  # pragma: no cover
        pass

    print("\n== where the time goes")
    if compiled:  # compiled functions never reach the profiler's hooks
        print("(compiled build: cProfile sees only the pure-Python modules; "
              "profile with `make bench`)")
    else:
        print(profile(ex, docs, a.top))
    return 0


def compiled_modules() -> list[str]:
    """The pipeline modules loaded as C extensions (the mypyc build of
    `make wheel-compiled`); empty for the pure-Python build."""
    import importlib

    import eventx.extractor  # noqa: F401  (loads the whole pipeline)
    names = sorted(n for n in sys.modules if n == "eventx" or n.startswith("eventx."))
    return [n for n in names
            if (getattr(importlib.import_module(n), "__file__", None) or "").endswith((".so", ".pyd"))]


if __name__ == "__main__":
    sys.exit(main())
