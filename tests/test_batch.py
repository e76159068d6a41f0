"""``eventx batch``: one row per id, bad rows reported in place, resumable, Parquet.

Inputs are synthetic: articles assembled from the core pack's own example
sentences (never corpus text).
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx import batch, parallel
from eventx.extractor import MAX_CHARS
from eventx.packs.loader import load_packs


def _sentences() -> list[str]:
    return sorted({ex.text for p in load_packs(["core"]) for r in p.rules for ex in r.examples})


SENTENCES = _sentences()


def _doc(i: int) -> str:
    n = len(SENTENCES)
    return f"{SENTENCES[i % n]} {SENTENCES[(i * 7 + 3) % n]}"


def _records(n: int) -> list[dict[str, Any]]:
    return [{"id": f"doc-{i}", "text": _doc(i), "date": f"2021-02-{1 + i % 28:02d}"}
            for i in range(n)]


def _write(path: Path, lines: list[Any]) -> Path:
    with path.open("wb") as f:
        for x in lines:
            f.write(x if isinstance(x, bytes) else
                    (x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)).encode())
            f.write(b"\n")
    return path


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _expected(rec: dict[str, Any]) -> list[dict[str, Any]]:
    evs = eventx.default_extractor().extract(rec["text"], reference_date=rec.get("date"))
    return [e.to_dict() for e in evs]


@pytest.fixture(autouse=True)
def _shared_extractor() -> None:
    """Workers=1 runs in process: reuse the session's default extractor (saves a build)."""
    parallel.adopt(eventx.default_extractor(), None)


def test_good_rows_one_per_id_in_order_with_their_events(tmp_path: Path) -> None:
    recs = _records(30)
    out = tmp_path / "out.jsonl"
    s = batch.run_batch(_write(tmp_path / "in.jsonl", recs), out, progress=False)
    rows = _rows(out)
    assert [r["id"] for r in rows] == [r["id"] for r in recs]
    for rec, row in zip(recs, rows):
        assert row["error"] is None
        assert row["events"] == _expected(rec)
    assert (s.rows, s.written, s.ok, s.resumed, s.error_count) == (30, 30, 30, 0, 0)
    assert s.events == sum(len(r["events"]) for r in rows) > 0
    assert not (tmp_path / "out.jsonl.partial").exists()
    assert gc.get_freeze_count() == 0  # the tables were frozen for the run only


def test_every_bad_row_kind_is_reported_in_place(tmp_path: Path) -> None:
    good = _records(4)
    lines: list[Any] = [
        good[0],                                            # 1
        '{"id": "x", "text": ',                             # 2 malformed JSON
        "[1, 2]",                                           # 3 not an object
        {"text": _doc(1)},                                  # 4 no id
        {"id": "", "text": _doc(1)},                        # 5 empty id
        {"id": True, "text": _doc(1)},                      # 6 unusable id
        good[1],                                            # 7
        {"id": "doc-0", "text": _doc(9)},                   # 8 duplicate id
        {"id": "t1", "text": 42},                           # 9 non-string text
        {"id": "t2"},                                       # 10 text missing
        {"id": "d1", "text": _doc(2), "date": "yesterday"},  # 11 bad date
        b'{"id": "u1", "text": "\xff\xfe"}',                # 12 not UTF-8
        "   ",                                              # 13 blank: not a record
        {"id": "big", "text": "x" * (MAX_CHARS + 1)},       # 14 refused by extract
        {"id": 7, "text": good[2]["text"]},                 # 15 integer id is fine
        good[3],                                            # 16
    ]
    out = tmp_path / "out.jsonl"
    s = batch.run_batch(_write(tmp_path / "in.jsonl", lines), out, progress=False)
    rows = {r["id"]: r for r in _rows(out)}
    assert len(rows) == len(_rows(out)) == 15  # ids unique; the blank line has no row
    for rec in (good[0], good[1], good[3]):
        assert rows[rec["id"]]["error"] is None
        assert rows[rec["id"]]["events"] == _expected(rec)
    assert rows[7]["error"] is None and rows[7]["events"] == _expected({"text": good[2]["text"]})
    expect = {
        "line:2": "malformed JSON", "line:3": "expected a JSON object", "line:4": "no id",
        "line:5": "unusable id", "line:6": "unusable id", "line:8": "duplicate id 'doc-0'",
        "t1": "text must be a string, got int", "t2": "got no text", "d1": "bad date",
        "line:12": "malformed JSON", "big": "exceeds the maximum",
    }
    for rid, words in expect.items():
        line = rid.split(":")[1] if rid.startswith("line:") else None
        err = rows[rid]["error"]
        assert words in err and rows[rid]["events"] == []
        if line:
            assert err.startswith(f"line {line}:")
    assert rows["t1"]["error"].startswith("line 9:")
    assert s.errors == {"malformed_json": 3, "missing_id": 3, "duplicate_id": 1, "bad_text": 2,
                        "bad_date": 1, "extract_failed": 1}
    assert s.ok == 4 and s.rows == 15


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, chunks: int) -> None:
    """Make the run die (as on Ctrl-C) after ``chunks`` chunks were written."""
    real = parallel.ordered_map

    def dying(*a: Any, **kw: Any) -> Any:
        for i, res in enumerate(real(*a, **kw)):
            if i == chunks:
                raise KeyboardInterrupt
            yield res

    monkeypatch.setattr(parallel, "ordered_map", dying)


def test_resume_after_interruption_gives_each_id_once(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    recs = _records(60)
    src, out = _write(tmp_path / "in.jsonl", recs), tmp_path / "out.jsonl"
    reference = tmp_path / "ref.jsonl"
    batch.run_batch(src, reference, progress=False)
    with monkeypatch.context() as m:
        _interrupt_after(m, 2)
        with pytest.raises(KeyboardInterrupt):
            batch.run_batch(src, out, progress=False)
    partial = tmp_path / "out.jsonl.partial"
    assert not out.exists()
    done = len(_rows(partial))
    assert done == 2 * batch.CHUNK
    s = batch.run_batch(src, out, progress=False)
    assert (s.resumed, s.written, s.rows) == (done, 60 - done, 60)
    assert out.read_bytes() == reference.read_bytes()
    assert not partial.exists()


def test_resume_cuts_a_torn_last_line_and_keeps_error_rows(tmp_path: Path) -> None:
    lines: list[Any] = [*_records(5), "not json", {"id": "doc-1", "text": "مكرر"}]
    src, out = _write(tmp_path / "in.jsonl", lines), tmp_path / "out.jsonl"
    reference = tmp_path / "ref.jsonl"
    batch.run_batch(src, reference, progress=False)
    full = reference.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "out.jsonl.partial"
    # rows 1-2 and the "not json" row survived; the next was cut mid-write
    partial.write_bytes(full[0] + full[1] + full[5] + full[2][:17])
    s = batch.run_batch(src, out, progress=False)
    assert s.resumed == 3 and s.rows == 7
    rows = _rows(out)
    assert sorted(json.dumps(r, sort_keys=True) for r in rows) == \
        sorted(json.dumps(json.loads(x), sort_keys=True) for x in full)


def test_restart_discards_the_partial_file(tmp_path: Path) -> None:
    recs = _records(5)
    src, out = _write(tmp_path / "in.jsonl", recs), tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_text('{"id": "stale", "events": [], "error": null}\n')
    s = batch.run_batch(src, out, progress=False, resume=False)
    assert s.resumed == 0 and [r["id"] for r in _rows(out)] == [r["id"] for r in recs]


_CHILD = """
import sys, time
from eventx import batch
batch.CHECKPOINT_ROWS = 1
real = batch._work
def slow(chunk):
    time.sleep(0.02 * len(chunk))
    return real(chunk)
batch._work = slow
batch.run_batch(sys.argv[1], sys.argv[2], workers=1, progress=False)
"""


def test_resume_after_a_killed_process(tmp_path: Path) -> None:
    recs = _records(200)
    src, out = _write(tmp_path / "in.jsonl", recs), tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(src), str(out)],
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if partial.exists() and partial.read_bytes().count(b"\n") >= 40:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch ended before it could be killed"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    assert not out.exists()
    before = partial.read_bytes().count(b"\n")
    assert 40 <= before < 200
    s = batch.run_batch(src, out, progress=False)
    rows = _rows(out)
    assert [r["id"] for r in rows] == [r["id"] for r in recs]
    assert s.resumed == before and s.rows == 200
    for rec, row in zip(recs[::25], rows[::25]):
        assert row["events"] == _expected(rec)


def test_parquet_output_holds_the_same_rows(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    lines: list[Any] = [*_records(12), "{broken", {"id": 99, "text": _doc(4)}]
    src = _write(tmp_path / "in.jsonl", lines)
    batch.run_batch(src, tmp_path / "out.jsonl", progress=False)
    s = batch.run_batch(src, tmp_path / "out.parquet", progress=False)
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names == ["id", "events", "error"]
    got = table.to_pylist()
    want = _rows(tmp_path / "out.jsonl")
    assert [g["id"] for g in got] == [str(w["id"]) for w in want]
    assert [json.loads(g["events"]) for g in got] == [w["events"] for w in want]
    assert [g["error"] for g in got] == [w["error"] for w in want]
    assert s.rows == 14 and not (tmp_path / "out.parquet.partial").exists()


def test_two_workers_write_the_same_file_as_one(tmp_path: Path) -> None:
    lines: list[Any] = [*_records(50), "oops", {"id": "doc-3", "text": "x"}]
    src = _write(tmp_path / "in.jsonl", lines)
    one = batch.run_batch(src, tmp_path / "one.jsonl", workers=1, progress=False)
    two = batch.run_batch(src, tmp_path / "two.jsonl", workers=2, progress=False)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert two.workers == 2 and one.errors == two.errors


def test_bad_arguments_fail_clearly(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", _records(1))
    with pytest.raises(ValueError, match=".jsonl or .parquet"):
        batch.run_batch(src, tmp_path / "out.csv", progress=False)
    with pytest.raises(FileNotFoundError):
        batch.run_batch(tmp_path / "missing.jsonl", tmp_path / "o.jsonl", progress=False)
    with pytest.raises(eventx.RulePackError):
        batch.run_batch(src, tmp_path / "o.jsonl", packs=["no-such-pack"], progress=False)


def test_cli_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ap = argparse.ArgumentParser(prog="eventx")
    batch.add_parser(ap.add_subparsers(dest="cmd", required=True))
    src = _write(tmp_path / "in.jsonl", [*_records(3), "{"])
    a = ap.parse_args(["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--no-progress"])
    assert a.func(a) == 0
    assert len(_rows(tmp_path / "o.jsonl")) == 4
    assert "4 rows" in capsys.readouterr().err


_IDS = st.sampled_from(["a", "b", "c", 1, 2, None, ""])
_TEXTS = st.sampled_from([*SENTENCES[:3], "", "لا شيء هنا", 5])


@given(st.lists(st.one_of(st.fixed_dictionaries({"id": _IDS, "text": _TEXTS}),
                          st.just("{bad"), st.just("")), max_size=12))
def test_one_row_per_record_line_with_unique_ids(lines: list[Any]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        src, out = _write(Path(d) / "in.jsonl", lines), Path(d) / "out.jsonl"
        s = batch.run_batch(src, out, progress=False)
        rows = _rows(out)
    records = [x for x in lines if x != ""]
    assert len(rows) == len(records) == s.rows
    ids = [json.dumps(r["id"]) for r in rows]
    assert len(set(ids)) == len(ids)
    assert s.ok + s.error_count == s.rows
    for row in rows:
        assert (row["error"] is None) or row["events"] == []
