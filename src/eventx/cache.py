"""An on-disk cache of the costly, pure build results that cold start needs.

Why: building the lexicon trie, the gazetteer index, the actor tables and the
date-grammar regex from the shipped data takes about a second on every new
process, while unpickling the same objects takes a few tens of milliseconds
(a pickled ``regex`` pattern carries its compiled code; a pickled
pyahocorasick automaton carries its trie).  A cache entry is only ever a
function of its key, so a stale entry is impossible as long as the key names
every input:

* :func:`code_digest`: the bytes of every ``.py`` file of the package, the
  Python version and the versions of the C extensions whose objects are
  pickled (so an edited builder, or a reinstalled library, invalidates it);
* the bytes of every data or rule-pack file the build reads (bytes, never
  modification times: a checkout or an unpacked wheel rewrites those).

Where: ``$EVENTX_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventx``, else
``~/.cache/eventx``.  ``EVENTX_NO_CACHE=1`` turns the cache off.  Entries are
written atomically (temporary file + :func:`os.replace`), so concurrent
processes never read half a file; any failure to read or write one is logged
at debug level and the value is simply rebuilt: the cache can make a process
faster, never wrong or broken.
"""
from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["CACHE_FORMAT", "cache_dir", "cached", "clear", "code_digest", "data_digest",
           "data_key", "digest", "enabled", "gc_frozen", "gc_paused", "load", "store"]

log = logging.getLogger("eventx.cache")

T = TypeVar("T")

#: bump when the layout of a cached object changes in a way no source file shows
CACHE_FORMAT = 1
ENV_DIR = "EVENTX_CACHE_DIR"
ENV_OFF = "EVENTX_NO_CACHE"
_KEEP = 8  # entries kept per name: old keys (earlier data or code) are pruned
_SUFFIX = ".pickle"
_PACKAGE = Path(__file__).resolve().parent


def enabled() -> bool:
    """False when ``EVENTX_NO_CACHE`` is set to anything but ``""``/``0``."""
    return os.environ.get(ENV_OFF, "").strip() in ("", "0")


def cache_dir() -> Path:
    """The cache folder (not created here)."""
    env = os.environ.get(ENV_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "eventx"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Run a bulk build or load with the cyclic garbage collector off.

    Why: building or unpickling tens of thousands of small objects triggers
    full collections that rescan everything already alive (spaCy's and ours);
    at cold start that tripled the cost of the date grammar and the lexicon.
    These builds create no garbage cycles worth collecting.  The collector is
    switched back on only if it was on, so nesting and callers that keep it
    off are respected.

    On exit every tracked object is moved to the oldest generation
    (``gc.freeze()`` then ``gc.unfreeze()``: two list splices, nothing is
    scanned and nothing stays frozen).  Why: the tables just built live as
    long as the process; left in the young generation, the next collections
    would walk all of them and promote them step by step, and the promotions
    trigger a full collection: together a few tenths of a second on the
    first extraction.  Young garbage cycles that exist at that moment are
    still collected, at the next full collection.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_on:
            gc.enable()


@contextlib.contextmanager
def gc_frozen() -> Iterator[None]:
    """Run a long extraction with every object alive now out of the collector's sight.

    Why: the loaded tables and the warm memos are a few hundred thousand
    objects in the oldest generation, and every full collection during a
    batch walks all of them though none of them is ever garbage (over 2,000
    articles that was a few percent of the run).  ``gc.freeze()`` moves them
    to the permanent generation, which no collection visits; processes
    forked inside the block inherit them there, so a worker's collections
    do not write to the pages it shares with the parent either (the use the
    ``gc`` documentation gives for it).  On exit ``gc.unfreeze()`` gives
    them back to the oldest generation: the caller's process collects as it
    did before.  Nested inside a frozen block (or after the caller froze
    objects of its own) it freezes what was built since and leaves the
    unfreezing to the outermost block: an inner block cannot unfreeze early.
    """
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()


def digest(*parts: bytes | str) -> str:
    """A hex SHA-256 of ``parts`` (length-prefixed, so no two splits collide)."""
    h = hashlib.sha256()
    for p in parts:
        b = p.encode("utf-8") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def _extension_stamp(module: Any) -> str:
    """Which build of a C extension is loaded: its version, else its file's size and name."""
    version = getattr(module, "__version__", "")
    path = getattr(module, "__file__", None) or ""
    try:
        size = os.stat(path).st_size if path else 0
    except OSError:
        size = 0
    return f"{module.__name__}:{version}:{os.path.basename(path)}:{size}"


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """Digest of the package's source, the interpreter and the pickled C extensions.

    Every builder whose output is cached lives in this package, so hashing all
    of its ``.py`` files (about 0.5 MB, a few milliseconds) invalidates the
    cache whenever any of them changes, in a wheel or in a working checkout.
    """
    import ahocorasick
    import regex

    parts: list[bytes | str] = [f"format {CACHE_FORMAT}", sys.version,
                                _extension_stamp(ahocorasick), _extension_stamp(regex)]
    for path in sorted(_PACKAGE.rglob("*.py")):
        parts.append(path.relative_to(_PACKAGE).as_posix())
        parts.append(path.read_bytes())
    # a compiled build (mypyc, see pyproject.toml) pickles its own classes:
    # its modules' extension files keep its entries apart from a pure build's
    for path in sorted(_PACKAGE.rglob("*.so")) + sorted(_PACKAGE.rglob("*.pyd")):
        parts.append(f"{path.relative_to(_PACKAGE).as_posix()}:{path.stat().st_size}")
    return digest(*parts)


@functools.lru_cache(maxsize=64)
def data_digest(name: str) -> str:
    """Digest of one shipped data file (``eventx/data/<name>``), read once per process."""
    return digest(name, (_PACKAGE / "data" / name).read_bytes())


def data_key(name: str, files: Sequence[str], *parts: str) -> str | None:
    """The key of a build that reads the data ``files`` (names in ``eventx/data``)
    and whatever else ``parts`` spell out; None when the cache is off or an
    input cannot be read (the caller then builds without caching)."""
    if not enabled():
        return None
    try:
        return digest(name, code_digest(), *(data_digest(f) for f in files), *parts)
    except OSError as exc:
        log.debug("eventx cache: no key for %s: %r", name, exc)
        return None


def _path(name: str, key: str) -> Path:
    return cache_dir() / f"{name}-{key[:40]}{_SUFFIX}"


def load(name: str, key: str) -> Any | None:
    """The value stored under ``name``/``key``, or None (missing, disabled, unreadable)."""
    if not enabled():
        return None
    path = _path(name, key)
    try:
        with path.open("rb") as fh:
            if os.name == "posix" and os.fstat(fh.fileno()).st_uid != os.getuid():
                # a pickle runs code when loaded: only trust our own files
                log.debug("eventx cache: %s is not owned by this user; ignored", path)
                return None
            with gc_paused():
                stored_key, value = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a corrupt or foreign file means "rebuild", nothing more
        log.debug("eventx cache: cannot read %s: %r", path, exc)
        return None
    if stored_key != key:  # a (vanishingly unlikely) prefix collision
        return None
    return value


def store(name: str, key: str, value: Any) -> bool:
    """Write ``value`` under ``name``/``key`` atomically; True when written."""
    if not enabled():
        return False
    path = _path(name, key)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except Exception as exc:  # read-only home, full disk, unpicklable value…
        log.debug("eventx cache: cannot write %s: %r", path, exc)
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _prune(name)
    return True


def _prune(name: str) -> None:
    """Keep the ``_KEEP`` newest entries of ``name`` (several pack sets may be in use)."""
    try:
        entries = sorted(cache_dir().glob(f"{name}-*{_SUFFIX}"),
                         key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[_KEEP:]:
            old.unlink()
    except OSError as exc:
        log.debug("eventx cache: cannot prune %s entries: %r", name, exc)


_exit_hook: list[bool] = []


def _quiet_exit() -> None:
    """At interpreter exit: collect the young generations, then freeze the collector.

    Why: while tearing down modules, CPython runs several full collections;
    each one walks every live object, and the tables loaded here are a few
    hundred thousand of them, so exit took 0.3-0.4 s (longer than loading
    them from the cache).  Collecting generations 0 and 1 here still
    finalizes the garbage made since the tables loaded (they sit in the old
    generation, see :func:`gc_paused`, so this is quick); after
    ``gc.freeze()`` the teardown collections skip everything alive now.
    Python does not promise to finalize objects that live until exit, and
    their memory goes back to the system either way.
    """
    gc.collect(1)
    gc.freeze()


def _register_exit_hook() -> None:
    """Opt-in (``EVENTX_FAST_EXIT=1``): a library must not change how the whole
    process finalizes objects at exit unless asked to; command-line runs and
    short-lived workers may want the 0.3 s back."""
    if os.environ.get("EVENTX_FAST_EXIT") == "1":
        fast_exit()


def fast_exit() -> None:
    """Skip the collector's full passes over the loaded tables at interpreter exit.

    For programs that own their process (the ``eventx`` command does this
    itself): see :func:`_quiet_exit` for what it skips.  Idempotent."""
    if not _exit_hook:
        _exit_hook.append(True)
        atexit.register(_quiet_exit)


def cached(name: str, key: str | None, build: Callable[[], T]) -> T:
    """``build()``'s value, loaded from the cache when stored under ``key``.

    ``key=None`` means the inputs cannot be named (a pack given as objects,
    data outside the package): build, never store.  The build runs with the
    garbage collector paused (see :func:`gc_paused`); a process that holds
    such tables also registers :func:`_quiet_exit`.
    """
    _register_exit_hook()
    if key is not None:
        hit = load(name, key)
        if hit is not None:
            return hit  # type: ignore[no-any-return]
    with gc_paused():
        value = build()
    if key is not None:
        store(name, key, value)
    return value


def clear() -> int:
    """Delete every cache entry; returns how many files were removed."""
    n = 0
    try:
        for p in cache_dir().glob(f"*{_SUFFIX}"):
            with contextlib.suppress(OSError):
                p.unlink()
                n += 1
    except OSError:
        pass
    return n
