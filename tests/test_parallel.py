"""``parallel.pipe``: events per item, in input order, equal to sequential extraction."""
from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx import parallel
from eventx.packs.loader import load_packs

SENTENCES = sorted({ex.text for p in load_packs(["core"]) for r in p.rules for ex in r.examples})


def _items(n: int) -> list[Any]:
    """Texts and (text, date) pairs mixed, from the core pack's example sentences."""
    k = len(SENTENCES)
    out: list[Any] = []
    for i in range(n):
        text = f"{SENTENCES[i % k]} {SENTENCES[(i * 5 + 1) % k]}"
        out.append((text, f"2020-0{1 + i % 9}-1{i % 10}") if i % 3 else text)
    return out


def _sequential(items: list[Any]) -> list[list[dict[str, Any]]]:
    ex = eventx.default_extractor()
    out = []
    for it in items:
        text, ref = it if isinstance(it, tuple) else (it, None)
        out.append([e.to_dict() for e in ex.extract(text, reference_date=ref)])
    return out


def _dicts(results: Any) -> list[list[dict[str, Any]]]:
    return [[e.to_dict() for e in evs] for evs in results]


@pytest.fixture(autouse=True)
def _shared_extractor() -> None:
    parallel.adopt(eventx.default_extractor(), None)


def test_in_process_pipe_equals_sequential() -> None:
    items = _items(25)
    got = _dicts(parallel.pipe(items, n_process=1, batch_size=4))
    assert got == _sequential(items)
    assert sum(map(len, got)) > 0


def test_two_processes_keep_input_order_and_equal_sequential() -> None:
    items = _items(40)
    got = _dicts(parallel.pipe(items, n_process=2, batch_size=3))
    assert got == _sequential(items)


@pytest.mark.skipif(parallel.start_method() != "fork", reason="frozen tables pass by fork only")
def test_forked_workers_inherit_the_tables_frozen_and_the_parent_does_not_keep_them() -> None:
    import gc

    pool = parallel.make_pool(2, None)
    try:
        # the worker's extractor (and all else alive at the fork) is out of its
        # collections; this process collects as before
        assert pool.submit(gc.get_freeze_count).result() > 100_000
        assert gc.get_freeze_count() == 0
    finally:
        pool.shutdown(wait=True)


def test_pipe_reuses_a_given_extractor() -> None:
    ex = eventx.Extractor(["core"])
    items = _items(6)
    assert _dicts(parallel.pipe(items, extractor=ex)) == _sequential(items)
    assert parallel.worker_extractor() is ex


def test_pipe_is_lazy() -> None:
    """Only a bounded window of the input is read ahead: streams need not fit in memory."""
    pulled = 0

    def stream() -> Any:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield f"نص رقم {i}"

    it = parallel.pipe(stream(), n_process=2, batch_size=5)
    next(it)
    assert pulled <= 5 * 2 * parallel.IN_FLIGHT_PER_WORKER + 5
    it.close()  # abandoning the iterator shuts the pool down


def test_errors_surface_in_the_caller() -> None:
    with pytest.raises(TypeError, match="expects text as str"):
        list(parallel.pipe(["نص", 42], n_process=2, batch_size=1))
    with pytest.raises(ValueError, match="pair"):
        list(parallel.pipe([("a", None, 3)]))
    with pytest.raises(ValueError, match="batch_size"):
        list(parallel.pipe(["a"], batch_size=0))


def _slow_first(chunk: list[int]) -> list[int]:
    """Earlier chunks take longer, so workers finish out of order."""
    time.sleep(0.05 if chunk[0] < 4 else 0.0)
    return [x * 10 for x in chunk]


def test_ordered_map_restores_order_when_workers_finish_out_of_order() -> None:
    chunks = [[i] for i in range(12)]
    got = list(parallel.ordered_map(_slow_first, chunks, n_process=2, packs=None))
    assert got == [[i * 10] for i in range(12)]


def test_resolve_workers() -> None:
    assert parallel.resolve_workers(3) == 3
    assert parallel.resolve_workers(0) >= 1 and parallel.resolve_workers(-1) >= 1


@given(st.lists(st.integers()), st.integers(min_value=1, max_value=7))
def test_chunked_splits_without_loss(items: list[int], size: int) -> None:
    chunks = list(parallel.chunked(iter(items), size))
    assert [x for c in chunks for x in c] == items
    assert all(len(c) == size for c in chunks[:-1])
    assert all(1 <= len(c) <= size for c in chunks)
