"""The Dask recipe: the same rows as single-process extraction, on two worker processes.

With ``dask.distributed`` installed this starts a LocalCluster of two worker
processes; without it (it is not in eventx's dependencies) the bag and
dataframe run on Dask's multiprocessing scheduler with two processes, which
exercises the same thing that matters here: partitions pickled to other
processes, one cached extractor per process, results gathered in order.
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest

from eventx import distributed
from eventx.packs.loader import load_packs

SENTENCES = sorted({ex.text for p in load_packs(["core"]) for r in p.rules for ex in r.examples})


def _records(n: int) -> list[dict[str, Any]]:
    k = len(SENTENCES)
    return [{"id": f"n{i}", "text": f"{SENTENCES[i % k]} {SENTENCES[(i * 3 + 2) % k]}",
             "date": f"2021-03-{1 + i % 28:02d}"} for i in range(n)]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[dict[str, Any]]:
    """compute() keyword arguments for two worker processes."""
    if importlib.util.find_spec("distributed") is not None:
        from dask.distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield {"scheduler": client}
    else:
        with dask.config.set({"multiprocessing.context": "spawn"}):
            yield {"scheduler": "processes", "num_workers": 2}


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    recs: list[Any] = _records(24)
    recs.insert(5, {"text": SENTENCES[0]})          # no id
    recs.insert(9, {"id": "bad-text", "text": 3})   # text not a string
    path = tmp_path_factory.mktemp("dask") / "news.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                    encoding="utf-8")
    return path, recs


def _placeless(row: dict[str, Any]) -> dict[str, Any]:
    err = row["error"]
    rid = "record:?" if str(row["id"]).startswith("record:") else row["id"]
    return {**row, "id": rid, "error": err and err.split(": ", 1)[1]}


@pytest.mark.filterwarnings("ignore:Computing mixed collections:UserWarning")
def test_bag_and_dataframe_equal_single_process(jsonl: tuple[Path, list[dict[str, Any]]],
                                                scheduler: dict[str, Any],
                                                tmp_path: Path) -> None:
    path, recs = jsonl
    single = distributed.extract_partition(recs)  # one partition, this process
    bag = db.read_text(str(path), blocksize=2_000).map(json.loads)
    assert bag.npartitions >= 2
    rows_bag = distributed.extract_bag(bag)
    # dataframes have typed columns (dask turns text 3 into "3"): well-typed records only
    good = [r for r in recs if isinstance(r.get("text"), str) and "id" in r]
    ddf = dd.from_pandas(pd.DataFrame(good), npartitions=3)
    out_dir = tmp_path / "events.parquet"
    write = distributed.extract_dataframe(ddf).to_parquet(str(out_dir), compute=False)
    got_bag, _ = dask.compute(rows_bag, write, **scheduler)

    # errors name the record's place in ITS partition; the rest must be identical
    assert len(got_bag) == len(single)
    assert [_placeless(r) for r in got_bag] == [_placeless(r) for r in single]
    assert next(r for r in got_bag if r["id"] == "bad-text")["error"].endswith(
        "text must be a string, got int")
    assert sum(len(r["events"]) for r in single) > 0

    frame = pd.read_parquet(out_dir).sort_index()
    want = {r["id"]: r for r in single}
    assert list(frame["id"]) == [r["id"] for r in good]
    for rid, events, error in zip(frame["id"], frame["events"], frame["error"]):
        assert json.loads(events) == want[rid]["events"]
        assert pd.isna(error) and want[rid]["error"] is None


def test_partition_function_handles_dataframe_values() -> None:
    """NaN dates, Timestamps and numpy ids arrive from pandas; none breaks a row."""
    recs = _records(3)
    df = pd.DataFrame({"id": [1, 2, 3], "text": [r["text"] for r in recs],
                       "date": [pd.Timestamp("2021-03-02"), None, "2021-03-04"]})
    out = distributed.extract_frame(df)
    assert list(out["id"]) == ["1", "2", "3"] and out["error"].isna().all()
    same = distributed.extract_partition(
        [{"id": 1, "text": recs[0]["text"], "date": "2021-03-02"},
         {"id": 2, "text": recs[1]["text"]}])
    assert [json.loads(e) for e in out["events"][:2]] == [r["events"] for r in same]


def test_worker_extractor_is_cached_per_process() -> None:
    assert distributed.worker_extractor() is distributed.worker_extractor(None)
    assert distributed.worker_extractor(["core"]) is distributed.worker_extractor(("core",))
