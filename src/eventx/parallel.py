"""Extraction over several processes, results in input order.

Why processes: extraction is pure Python and holds the GIL, so threads do not
help; every worker process needs its own :class:`~eventx.extractor.Extractor`.

Why this shape:

* The extractor is built ONCE per worker, by the pool initializer, never per
  document or per chunk.  Where the ``fork`` start method is safe (Linux) the
  parent builds and warms it before the pool starts, so the workers inherit it
  copy-on-write: no second build, and the reference data is shared memory until
  a worker touches it.  Elsewhere (``spawn``) each worker builds its own.
* Work goes out in chunks (``batch_size`` items) to amortise pickling, and at
  most a few chunks per worker are in flight: the input is consumed lazily, so
  memory stays flat however long the stream is (``Pool.imap`` would drain the
  whole input into its task queue).  ``ProcessPoolExecutor`` rather than
  ``Pool``: a worker that dies raises ``BrokenProcessPool``; ``Pool`` hangs.
* Results come back in input order, whatever order the workers finish in.
"""
from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from eventx.cache import gc_frozen

if TYPE_CHECKING:
    from eventx.extractor import Extractor
    from eventx.records import Event

__all__ = ["PackSpec", "chunked", "ordered_map", "pipe", "resolve_workers", "worker_extractor"]

T = TypeVar("T")
R = TypeVar("R")
PackSpec = tuple[str, ...] | None
"""Rule packs as a picklable, hashable key: names or folder paths; None = built-in."""

# One sentence that reaches every lazily built part (trigger scan, tokenizer,
# lexicon, date grammar, counts), so the first real document pays none of it.
WARMUP_TEXT = ("هاجم مسلحون من تنظيم داعش نقطة أمنية للجيش العراقي في قضاء الطارمية، "
               "مساء الثلاثاء، ما أسفر عن مقتل ثلاثة جنود.")
IN_FLIGHT_PER_WORKER = 3

_worker: tuple[PackSpec, Extractor] | None = None


def pack_spec(packs: Iterable[str | Path] | None) -> PackSpec:
    """Normalise a packs argument to a hashable key (a one-shot iterator is read once)."""
    return None if packs is None else tuple(str(p) for p in packs)


def _build(packs: PackSpec) -> Extractor:
    from eventx.extractor import Extractor

    ex = Extractor(packs)
    ex.extract(WARMUP_TEXT, reference_date="2021-02-24")
    return ex


def init_worker(packs: PackSpec) -> None:
    """Pool initializer: make sure this process holds an extractor for ``packs``."""
    global _worker
    if _worker is None or _worker[0] != packs:
        _worker = (packs, _build(packs))


def _pool_init(packs: PackSpec) -> None:
    """Initializer of pool workers: Ctrl-C is the parent's to handle (it keeps the
    partial output and stops the pool); a worker dying on it would only add noise."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init_worker(packs)


def worker_extractor() -> Extractor:
    """The extractor of this process (built by :func:`init_worker`)."""
    if _worker is None:
        raise RuntimeError("init_worker() has not run in this process")
    return _worker[1]


def adopt(extractor: Extractor, packs: PackSpec) -> None:
    """Use an extractor the caller already built as this process's worker extractor."""
    global _worker
    _worker = (packs, extractor)


def start_method() -> str:
    """``fork`` where it is safe and cheap (Linux), else ``spawn``."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    if size < 1:
        raise ValueError(f"batch_size must be at least 1, got {size}")
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _noop() -> None:
    return None


def make_pool(n_process: int, packs: PackSpec) -> concurrent.futures.ProcessPoolExecutor:
    """Started worker processes, each holding an extractor for ``packs``.

    Call it before starting any thread of your own (a progress bar): forking
    a process while another thread holds a lock copies the held lock.  A
    worker that dies (killed, out of memory) makes the pending results raise
    ``BrokenProcessPool`` instead of hanging.
    """
    method = start_method()
    if method == "fork":
        init_worker(packs)  # built here once, inherited by every worker
    # forked with the tables frozen, the workers keep them out of their
    # collections (see eventx.cache.gc_frozen); this process gets them back
    with gc_frozen() if method == "fork" else contextlib.nullcontext():
        pool = concurrent.futures.ProcessPoolExecutor(
            n_process, mp_context=multiprocessing.get_context(method),
            initializer=_pool_init, initargs=(packs,))
        pool.submit(_noop).result()  # with fork, this starts every worker now
    return pool


def ordered_map(fn: Callable[[list[T]], list[R]], chunks: Iterable[list[T]], *,
                n_process: int, packs: PackSpec,
                pool: concurrent.futures.Executor | None = None) -> Iterator[list[R]]:
    """``fn(chunk)`` for every chunk, in order; ``fn`` runs where the worker extractor is.

    ``fn`` must be a module-level function (it is pickled by reference) that
    reads the extractor with :func:`worker_extractor`.  ``n_process=1`` runs in
    this process.  A pool passed in is used and left open; otherwise one is
    made here and shut down when the iterator ends or is abandoned.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    if n_process == 1 and pool is None:
        init_worker(packs)
        for chunk in chunks:
            yield fn(chunk)
        return
    own = pool is None
    p = make_pool(n_process, packs) if pool is None else pool
    window = max(1, n_process * IN_FLIGHT_PER_WORKER)
    pending: collections.deque[concurrent.futures.Future[list[R]]] = collections.deque()
    try:
        for chunk in chunks:
            pending.append(p.submit(fn, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for fut in pending:
            fut.cancel()
        if own:
            p.shutdown(wait=True, cancel_futures=True)


def _item(item: Any) -> tuple[str, Any]:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise ValueError(f"a pipe item is a text or a (text, reference_date) pair, "
                             f"got a tuple of {len(item)}")
        return item[0], item[1]
    return item, None


def _extract_chunk(chunk: list[tuple[str, Any]]) -> list[list[Event]]:
    ex = worker_extractor()
    return [ex.extract(text, reference_date=ref) for text, ref in chunk]


def pipe(items: Iterable[Any], n_process: int = 1, batch_size: int = 32,
         packs: Iterable[str | Path] | None = None, *,
         extractor: Extractor | None = None) -> Iterator[list[Event]]:
    """Events of every item, in input order; an item is a text or ``(text, reference_date)``.

    ``n_process=1`` extracts in this process; 0 or -1 uses one process per CPU.  ``extractor`` lets
    :meth:`Extractor.pipe` reuse itself (in process, and as the extractor the
    forked workers inherit); its packs are then the ones it was built with.
    Errors are not swallowed: a bad item raises here, as ``extract`` would.
    """
    if extractor is not None:
        spec: PackSpec = tuple(p.path for p in extractor.compiled.packs)
        adopt(extractor, spec)
    else:
        spec = pack_spec(packs)
    pairs = (_item(it) for it in items)
    for results in ordered_map(_extract_chunk, chunked(pairs, batch_size),
                               n_process=resolve_workers(n_process), packs=spec):
        yield from results


def resolve_workers(n: int) -> int:
    """``n`` worker processes; 0 or a negative number means one per CPU (spaCy's -1)."""
    return n if n > 0 else (os.cpu_count() or 1)
