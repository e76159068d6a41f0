"""``eventx batch``: a JSONL file of articles to one result row per article.

Input lines are ``{"id": ..., "text": ..., "date": ...?}``.  Output has, for
every input line, exactly one row ``{"id", "events": [Event.to_dict()...],
"error": null}`` or ``{"id", "events": [], "error": "line N: ..."}`` — bad
input is reported in place, never dropped, and never stops the run.

Why it is built this way:

* Streaming: the input is read line by line and at most a few chunks per
  worker are in flight (:mod:`eventx.parallel`), so memory does not grow with
  the input.  The only thing kept per document is its id (to catch duplicates
  and to resume), a few dozen bytes.
* Resumable: rows go to ``OUT.partial`` (always JSONL), flushed and fsynced at
  checkpoints.  A rerun after an interruption drops a torn last line, skips the
  ids already written and appends the rest; only a finished run moves the
  result to ``OUT`` (``os.replace``: atomic), so ``OUT`` is never half written.
* Bad rows keep ids unique: a line with no usable id, or whose id was already
  used, gets the id ``"line:N"`` and an error saying why; every other error
  row keeps the record's own id.
* Parquet (``OUT.parquet``) is written from the finished partial file, row
  group by row group, then renamed into place: columns ``id`` (string),
  ``events`` (the events list as a JSON string) and ``error`` (string or null).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from eventx import parallel
from eventx.cache import gc_frozen

__all__ = ["BatchSummary", "add_parser", "extract_record", "run_batch"]

CHUNK = 16                 # documents per task sent to a worker
CHECKPOINT_SECONDS = 2.0   # flush + fsync the partial file at least this often
CHECKPOINT_ROWS = 500      # ... and after this many rows
PARQUET_ROW_GROUP = 10_000

ErrorKind = Literal["malformed_json", "missing_id", "duplicate_id", "bad_text", "bad_date",
                    "extract_failed"]


@attrs.frozen
class BatchSummary:
    """What one ``run_batch`` call did; ``rows`` counts every row now in ``out_path``."""

    out_path: str
    rows: int                   # rows in the output (resumed + written now)
    resumed: int                # rows found in the partial file and kept
    written: int                # rows written by this call
    ok: int                     # rows of this call without error
    events: int                 # events in the rows of this call
    errors: Mapping[str, int]   # error rows of this call, by kind
    seconds: float
    workers: int

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def describe(self) -> str:
        errs = ", ".join(f"{n} {k}" for k, n in sorted(self.errors.items())) or "none"
        rate = self.written / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.rows} rows in {self.out_path} ({self.resumed} resumed, {self.written} "
                f"written: {self.ok} ok, {self.events} events; errors: {errs}) in "
                f"{self.seconds:.1f} s, {rate:.1f} docs/s, {self.workers} worker(s)")


# -- one record ------------------------------------------------------------------

@attrs.frozen(slots=True)
class _Job:
    """A parsed input line: either work for a worker or an error row already decided."""

    line: int
    id: Any                    # the output id (the record's, or "line:N")
    text: str | None = None
    date: Any = None
    error: str | None = None
    kind: str | None = None    # ErrorKind of ``error``


def extract_record(ex: Any, rid: Any, text: Any, date: Any, where: str) -> tuple[dict[str, Any], str | None]:
    """The output row for one record, and the error kind if it failed.

    Never raises for bad input: a non-string text, an unreadable date or a
    failure inside extraction become an error row naming ``where``.
    """
    if not isinstance(text, str):
        got = "no text" if text is None else type(text).__name__
        return _row(rid, error=f"{where}: text must be a string, got {got}"), "bad_text"
    try:
        from eventx.dates import parse_reference_date

        ref = parse_reference_date(None if date == "" else date)
    except Exception as exc:
        return _row(rid, error=f"{where}: bad date {date!r}: {exc}"), "bad_date"
    try:
        events = ex.extract(text, reference_date=ref)
    except Exception as exc:
        return _row(rid, error=f"{where}: extraction failed: {type(exc).__name__}: {exc}"), \
            "extract_failed"
    return _row(rid, events=[e.to_dict() for e in events]), None


def _row(rid: Any, events: list[dict[str, Any]] | None = None,
         error: str | None = None) -> dict[str, Any]:
    return {"id": rid, "events": events or [], "error": error}


def _work(chunk: list[_Job]) -> list[tuple[str, str | None, int]]:
    """Worker side: (row as a JSON line, error kind, event count) for each job."""
    ex = parallel.worker_extractor()
    out = []
    for job in chunk:
        if job.error is not None:
            row, kind = _row(job.id, error=job.error), job.kind
        else:
            row, kind = extract_record(ex, job.id, job.text, job.date, f"line {job.line}")
        out.append((json.dumps(row, ensure_ascii=False), kind, len(row["events"])))
    return out


# -- reading the input ------------------------------------------------------------

def _key(rid: Any) -> str:
    """Ids compare by JSON value: 7 and "7" are different ids."""
    return json.dumps(rid, ensure_ascii=False, sort_keys=True)


def _valid_id(rid: Any) -> bool:
    if isinstance(rid, bool):
        return False
    return (isinstance(rid, str) and rid.strip() != "") or isinstance(rid, int)


def _parse(raw: bytes, line: int, seen: set[str]) -> _Job | None:
    """One input line to a job; None for a blank line (not a record)."""
    if not raw.strip():
        return None
    fallback = f"line:{line}"
    try:
        rec = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return _Job(line, fallback, error=f"line {line}: malformed JSON: {exc}",
                    kind="malformed_json")
    if not isinstance(rec, dict):
        return _Job(line, fallback, error=f"line {line}: malformed record: expected a JSON "
                    f"object, got {type(rec).__name__}", kind="malformed_json")
    rid = rec.get("id")
    if not _valid_id(rid):
        what = "no id" if rid is None else f"an unusable id {rid!r} (need a non-empty string or integer)"
        return _Job(line, fallback, error=f"line {line}: record has {what}", kind="missing_id")
    key = _key(rid)
    if key in seen:
        return _Job(line, fallback, error=f"line {line}: duplicate id {rid!r} (its first "
                    "record is kept)", kind="duplicate_id")
    seen.add(key)
    return _Job(line, rid, text=rec.get("text"), date=rec.get("date"))


def _jobs(path: Path, done: set[str], counter: list[int]) -> Iterator[_Job]:
    """Jobs for the lines of ``path`` whose row is not in ``done``, read lazily.

    ``counter[0]`` follows the bytes read, for the progress bar.
    """
    seen: set[str] = set()
    with path.open("rb") as f:
        for line, raw in enumerate(f, 1):
            counter[0] += len(raw)
            job = _parse(raw, line, seen)
            if job is None:
                continue
            key = _key(job.id)
            seen.add(key)  # a "line:N" id is taken too
            if key in done:
                continue
            yield job


# -- the partial file ---------------------------------------------------------------

def _recover(partial: Path) -> set[str]:
    """Ids of the complete rows in ``partial``; a torn last line is cut off."""
    done: set[str] = set()
    good_end = 0
    with partial.open("rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            try:
                row = json.loads(raw)
                done.add(_key(row["id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(raw)
    if good_end != partial.stat().st_size:
        with partial.open("r+b") as f:
            f.truncate(good_end)
            os.fsync(f.fileno())
    return done


def _sync(f: IO[str]) -> None:
    f.flush()
    os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _output_format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix == ".parquet":
        return "parquet"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise ValueError(f"output {str(out)!r}: use a .jsonl or .parquet file name")


def _write_parquet(partial: Path, out: Path) -> None:
    """Rows of the finished partial JSONL to ``out``, row group by row group, atomically."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ValueError("Parquet output needs pyarrow: pip install 'eventx[parquet]'") from None
    schema = pa.schema([("id", pa.string()), ("events", pa.string()), ("error", pa.string())])
    tmp = out.with_name(out.name + ".tmp")
    with pq.ParquetWriter(tmp, schema) as writer, partial.open("rb") as f:
        cols: dict[str, list[Any]] = {"id": [], "events": [], "error": []}

        def flush() -> None:
            if cols["id"]:
                writer.write_table(pa.table(cols, schema=schema))
                for v in cols.values():
                    v.clear()

        for raw in f:
            row = json.loads(raw)
            rid = row["id"]
            cols["id"].append(rid if isinstance(rid, str) else json.dumps(rid))
            cols["events"].append(json.dumps(row["events"], ensure_ascii=False))
            cols["error"].append(row["error"])
            if len(cols["id"]) >= PARQUET_ROW_GROUP:
                flush()
        flush()
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, out)


# -- progress ------------------------------------------------------------------------

class _Progress:
    """A rich progress bar on stderr (bytes of input read, docs and docs/s), or nothing."""

    def __init__(self, enabled: bool, total_bytes: int) -> None:
        self._bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("eventx batch"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[docs]} docs"), TextColumn("{task.fields[rate]} docs/s"),
            TimeElapsedColumn(), TimeRemainingColumn(),
            console=Console(file=sys.stderr), transient=False,
        )
        self._task = self._bar.add_task("batch", total=max(total_bytes, 1), docs=0, rate="-")
        self._t0 = time.perf_counter()
        self._bar.start()

    def update(self, bytes_read: int, docs: int) -> None:
        if self._bar is None:
            return
        dt = time.perf_counter() - self._t0
        rate = f"{docs / dt:.1f}" if dt > 0 else "-"
        self._bar.update(self._task, completed=bytes_read, docs=docs, rate=rate)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


# -- the run ----------------------------------------------------------------------------

def run_batch(in_path: str | Path, out_path: str | Path, workers: int = 1,
              progress: bool = True, packs: Iterable[str | Path] | None = None,
              resume: bool = True) -> BatchSummary:
    """Extract every record of ``in_path`` into ``out_path`` (.jsonl or .parquet).

    ``workers`` processes (0 = one per CPU) each build one extractor for
    ``packs``.  With ``resume`` an ``OUT.partial`` left by an interrupted run
    is continued; without it, it is discarded.  ``progress`` shows a bar on
    stderr when stderr is a terminal.
    """
    t0 = time.perf_counter()
    src, out = Path(in_path), Path(out_path)
    fmt = _output_format(out)
    if not src.is_file():
        raise FileNotFoundError(f"input {str(src)!r} is not a file")
    n = parallel.resolve_workers(workers)
    spec = parallel.pack_spec(packs)
    if spec is not None:  # a broken pack fails here, with its message, not in a worker
        from eventx.packs.loader import load_packs

        load_packs(spec)
    partial = out.with_name(out.name + ".partial")
    done: set[str] = set()
    if partial.exists():
        if resume:
            done = _recover(partial)
        else:
            partial.unlink()
    resumed = len(done)

    counter = [0]
    jobs = _jobs(src, done, counter)
    errors: Counter[str] = Counter()
    written = ok = events = 0
    if n == 1:  # built and warmed here, before its tables are frozen
        parallel.init_worker(spec)
    # the loaded tables out of the collector's sight for the run (see
    # eventx.cache.gc_frozen); forked workers inherit them so
    with gc_frozen():
        pool = parallel.make_pool(n, spec) if n > 1 else None  # before the progress thread
        bar = _Progress(progress and sys.stderr.isatty(), src.stat().st_size)
        try:
            with partial.open("a", encoding="utf-8") as f:
                last_sync, since_sync = time.perf_counter(), 0
                try:
                    for results in parallel.ordered_map(_work, parallel.chunked(jobs, CHUNK),
                                                        n_process=n, packs=spec, pool=pool):
                        for line, kind, n_events in results:
                            f.write(line + "\n")
                            written += 1
                            since_sync += 1
                            events += n_events
                            if kind is None:
                                ok += 1
                            else:
                                errors[kind] += 1
                        bar.update(counter[0], written)
                        now = time.perf_counter()
                        if since_sync >= CHECKPOINT_ROWS or now - last_sync >= CHECKPOINT_SECONDS:
                            _sync(f)
                            last_sync, since_sync = now, 0
                finally:
                    _sync(f)  # whatever was written survives an interruption
        finally:
            bar.close()
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
    if fmt == "parquet":
        _write_parquet(partial, out)
        partial.unlink()
    else:
        os.replace(partial, out)
    _fsync_dir(out.parent if str(out.parent) else Path("."))
    return BatchSummary(str(out), resumed + written, resumed, written, ok, events, dict(errors),
                        time.perf_counter() - t0, n)


# -- command line ----------------------------------------------------------------------

def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``eventx batch`` on an argparse subparsers object."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "batch", help="extract a JSONL file of articles, one result row per id (resumable)",
        description="Read JSONL records {id, text, date?}; write one row per id to a .jsonl "
                    "or .parquet file. An interrupted run resumes from OUT.partial.")
    p.add_argument("input", help="input JSONL file")
    p.add_argument("-o", "--output", required=True, help="output file: .jsonl or .parquet")
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes (0 = one per CPU; default 1)")
    p.add_argument("--pack", action="append", help="rule pack name or folder (repeatable)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--restart", action="store_true",
                   help="discard OUT.partial from an interrupted run instead of resuming")
    p.set_defaults(func=cmd_batch)
    return p


def cmd_batch(a: argparse.Namespace) -> int:
    """Run the batch; the summary goes to stderr. Error rows do not fail the run."""
    summary = run_batch(a.input, a.output, workers=a.workers, progress=not a.no_progress,
                        packs=a.pack or None, resume=not a.restart)
    print(f"eventx batch: {summary.describe()}", file=sys.stderr)
    return 0
