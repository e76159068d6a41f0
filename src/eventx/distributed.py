"""Extraction on Dask: the batch's per-record function, run partition by partition.

eventx brings no scheduler of its own beyond one machine.  Dask (bag or
dataframe, on a ``distributed`` cluster or the local multiprocessing
scheduler) moves the partitions; this module only says what happens to one
partition, and caches the extractor per worker process, so a worker builds it
once and then reuses it for every partition it is given.

Rows are the ones ``eventx batch`` writes: ``{"id", "events", "error"}``;
a bad record becomes an error row (``"partition record N: ..."``), never a
failed task.  In dataframes ``events`` is a JSON string (Parquet-friendly).

See docs/scale.md for a full recipe (JSONL or Parquet in, Parquet out).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventx.batch import extract_record

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd  # type: ignore[import-untyped]

    from eventx.extractor import Extractor

__all__ = ["extract_bag", "extract_dataframe", "extract_frame", "extract_partition",
           "worker_extractor"]

# Cached per process (a Dask worker process lives across many tasks).  Worker
# threads of one process share it: extraction keeps no state between documents.
_cache: dict[tuple[str, ...] | None, Extractor] = {}
_lock = threading.Lock()


def worker_extractor(packs: Iterable[str | Path] | None = None) -> Extractor:
    """This process's extractor for ``packs``, built on first use."""
    key = None if packs is None else tuple(str(p) for p in packs)
    ex = _cache.get(key)
    if ex is None:
        with _lock:
            ex = _cache.get(key)
            if ex is None:
                from eventx.extractor import Extractor

                ex = _cache[key] = Extractor(key)
    return ex


def extract_partition(records: Iterable[Mapping[str, Any]],
                      packs: Iterable[str | Path] | None = None) -> list[dict[str, Any]]:
    """One row per record, in order: ``{"id", "events": [...], "error": str | None}``.

    A record is a mapping with ``id``, ``text`` and optionally ``date``.
    Duplicate ids are not checked here (partitions do not see each other);
    deduplicate upstream if your source can repeat ids.
    """
    ex = worker_extractor(packs)
    rows = []
    for n, rec in enumerate(records, 1):
        where = f"partition record {n}"
        if not isinstance(rec, Mapping):
            rows.append({"id": f"record:{n}", "events": [],
                         "error": f"{where}: expected a mapping, got {type(rec).__name__}"})
            continue
        rid = rec.get("id")
        if _missing(rid):
            rows.append({"id": f"record:{n}", "events": [], "error": f"{where}: record has no id"})
            continue
        date = rec.get("date")
        row, _ = extract_record(ex, _plain(rid), rec.get("text"),
                                None if _missing(date) else _plain(date), where)
        rows.append(row)
    return rows


def _missing(value: Any) -> bool:
    """None, "", NaN, NaT, pd.NA: dataframes spell "no value" many ways."""
    if value is None or (isinstance(value, str) and value == ""):
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    pd = sys.modules.get("pandas")
    return bool(pd is not None and pd.api.types.is_scalar(value) and pd.isna(value))


def _plain(value: Any) -> Any:
    """numpy/pandas scalars to Python ones (JSON-safe ids, ``datetime.date`` dates)."""
    if isinstance(value, dt.datetime):  # pandas Timestamp is one
        return value.date()
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value


def extract_bag(bag: dask.bag.Bag, packs: Iterable[str | Path] | None = None) -> dask.bag.Bag:
    """A bag of records (dicts) to a bag of result rows, partition by partition."""
    spec = None if packs is None else tuple(str(p) for p in packs)
    out: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        extract_partition, packs=spec)
    return out


def extract_frame(df: pd.DataFrame, packs: Iterable[str | Path] | None = None) -> pd.DataFrame:
    """One pandas partition (columns id, text, date?) to string columns id, events (JSON), error.

    The index is kept, so rows line up with the input partition.
    """
    import pandas as pd

    cols = [c for c in ("id", "text", "date") if c in df.columns]
    records = df[cols].to_dict("records")
    rows = extract_partition(records, packs)
    return pd.DataFrame({
        "id": pd.Series([str(r["id"]) for r in rows], dtype="string", index=df.index),
        "events": pd.Series([json.dumps(r["events"], ensure_ascii=False) for r in rows],
                            dtype="string", index=df.index),
        "error": pd.Series([r["error"] for r in rows], dtype="string", index=df.index),
    })


def extract_dataframe(ddf: dask.dataframe.DataFrame,
                      packs: Iterable[str | Path] | None = None) -> dask.dataframe.DataFrame:
    """A Dask dataframe of records to one of result rows (events as JSON strings)."""
    import pandas as pd

    spec = None if packs is None else tuple(str(p) for p in packs)
    # string (not object) columns: Parquet writers need a type they can infer
    meta = pd.DataFrame({"id": pd.Series(dtype="string"), "events": pd.Series(dtype="string"),
                         "error": pd.Series(dtype="string")})
    out: dask.dataframe.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        extract_frame, packs=spec, meta=meta)
    return out
