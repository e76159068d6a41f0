"""The on-disk build cache: where it lives, what invalidates it, and that it never breaks a run."""
from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx.cache as cache
from eventx.actors import ActorDictionary
from eventx.compiled import matcher_key
from eventx.gazetteer import Gazetteer
from eventx.lexicon import Entry, Lexicon
from eventx.packs.loader import load_packs
from eventx.text.normalize import normalize_key


class Counter:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


# ------------------------------------------------------------------ location

def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "a"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache.cache_dir() == tmp_path / "a"
    monkeypatch.delenv(cache.ENV_DIR)
    assert cache.cache_dir() == tmp_path / "x" / "eventx"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "eventx"


@pytest.mark.parametrize("value, on", [("", True), ("0", True), ("1", False), ("yes", False)])
def test_no_cache_switch(monkeypatch: pytest.MonkeyPatch, value: str, on: bool) -> None:
    monkeypatch.setenv(cache.ENV_OFF, value)
    assert cache.enabled() is on


# ------------------------------------------------------------------ store / load

def test_miss_builds_and_stores_then_hit_loads(cdir: Path) -> None:
    build = Counter({"a": [1, 2]})
    assert cache.cached("thing", "k1", build) == {"a": [1, 2]}
    assert build.calls == 1
    assert len(list(cdir.glob("thing-*.pickle"))) == 1
    again = Counter({"other": 0})
    assert cache.cached("thing", "k1", again) == {"a": [1, 2]}  # from disk
    assert again.calls == 0
    assert not list(cdir.glob("*.tmp")), "the temporary file was renamed into place"


def test_other_key_rebuilds(cdir: Path) -> None:
    cache.cached("thing", "k1", Counter(1))
    build = Counter(2)
    assert cache.cached("thing", "k2", build) == 2 and build.calls == 1


def test_key_none_never_stores(cdir: Path) -> None:
    build = Counter(5)
    assert cache.cached("thing", None, build) == 5
    assert cache.cached("thing", None, build) == 5
    assert build.calls == 2
    assert not cdir.exists() or not list(cdir.iterdir())


def test_disabled_builds_every_time_and_writes_nothing(cdir: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_OFF, "1")
    build = Counter(3)
    cache.cached("thing", "k", build)
    cache.cached("thing", "k", build)
    assert build.calls == 2
    assert not cdir.exists()
    assert cache.data_key("x", ("date_words.toml",)) is None


@pytest.mark.parametrize("junk", [b"", b"not a pickle", pickle.dumps(("other key", 1)),
                                  pickle.dumps(42)])
def test_corrupt_or_foreign_entry_is_rebuilt_and_replaced(cdir: Path, junk: bytes) -> None:
    cache.cached("thing", "k", Counter(1))
    (path,) = cdir.glob("thing-*.pickle")
    path.write_bytes(junk)
    build = Counter(7)
    assert cache.cached("thing", "k", build) == 7 and build.calls == 1
    assert cache.load("thing", "k") == 7, "the bad file was overwritten"


def test_unwritable_cache_dir_is_not_an_error(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "sub"))  # a folder inside a file
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    assert cache.store("thing", "k", 1) is False
    assert cache.cached("thing", "k", Counter(9)) == 9


def test_unpicklable_value_is_returned_not_stored(cdir: Path) -> None:
    value = lambda: None  # noqa: E731 - lambdas do not pickle
    assert cache.cached("thing", "k", Counter(value)) is value
    assert cache.load("thing", "k") is None
    assert not list(cdir.glob("*.tmp"))


def test_old_entries_are_pruned(cdir: Path) -> None:
    for i in range(cache._KEEP + 3):
        assert cache.store("thing", f"key{i}", i)
        os.utime(cdir / f"thing-key{i}.pickle", (1000 + i, 1000 + i))
    cache.store("other", "k", 0)
    names = {p.name for p in cdir.glob("thing-*.pickle")}
    assert len(names) == cache._KEEP
    assert "thing-key0.pickle" not in names  # the oldest went first
    assert cache.load("other", "k") == 0
    assert cache.clear() == cache._KEEP + 1
    assert not list(cdir.glob("*.pickle"))


# ------------------------------------------------------------------ keys

@given(st.lists(st.text(max_size=4), max_size=4), st.lists(st.text(max_size=4), max_size=4))
def test_digest_separates_parts(a: list[str], b: list[str]) -> None:
    assert (cache.digest(*a) == cache.digest(*b)) == (a == b)


def test_data_key_names_code_and_data(cdir: Path) -> None:
    k = cache.data_key("gazetteer", ("gazetteer.tsv.gz",))
    assert k is not None and k == cache.data_key("gazetteer", ("gazetteer.tsv.gz",))
    assert k != cache.data_key("gazetteer", ("places_curated.toml",))
    assert k != cache.data_key("gazetteer", ("gazetteer.tsv.gz",), "extra input")
    assert cache.data_key("x", ("no such file.toml",)) is None


def test_matcher_key_follows_the_packs_words(cdir: Path) -> None:
    (pack,) = load_packs(["core"])
    base = matcher_key([pack])
    assert base is not None and base == matcher_key(load_packs(["core"]))
    rule = pack.rules[0]
    more = attrs.evolve(pack, rules=(attrs.evolve(rule, nouns=(*rule.nouns, "كلمةجديدة")),
                                     *pack.rules[1:]))
    assert matcher_key([more]) != base
    cls = pack.classes[0]
    other_class = attrs.evolve(pack, classes=(attrs.evolve(cls, words=cls.words[1:]),
                                              *pack.classes[1:]))
    assert matcher_key([other_class]) != base
    assert matcher_key([pack, pack]) != base


# ------------------------------------------------------------------ fast paths

def test_gazetteer_and_actor_keys_are_already_normalised() -> None:
    """compile_packs adds these with Lexicon.add_key, which trusts this."""
    actors = ActorDictionary.default()
    keys = [*Gazetteer.default().keys(), *actors.keys(), *actors.blocked_keys(),
            *actors.title_keys()]
    assert len(keys) > 10_000
    bad = [k for k in keys if normalize_key(k) != k]
    assert not bad, bad[:5]


@given(st.lists(st.sampled_from(["قتل", "مقتل", "الجيش العراقي", "بغداد", "ا ب"]), max_size=6))
def test_add_key_is_add_for_normalised_keys(keys: list[str]) -> None:
    slow, fast = Lexicon(), Lexicon()
    for i, k in enumerate(keys):
        slow.add(k, Entry("place", i % 3))
        fast.add_key(k, Entry("place", i % 3))
    assert slow.size == fast.size
    assert pickle.dumps(slow) == pickle.dumps(fast)


def test_lexicon_pickle_drops_the_start_memo() -> None:
    lex = Lexicon()
    lex.add_key("بغداد", Entry("place", "بغداد"))
    assert lex._first("بغداد").roots and lex._starts
    back = pickle.loads(pickle.dumps(lex))
    assert back._starts == {} and back._first("بغداد").roots


@pytest.mark.parametrize("was_on", [True, False])
def test_gc_paused_restores_the_collector(was_on: bool) -> None:
    before = gc.isenabled()
    try:
        (gc.enable if was_on else gc.disable)()
        with cache.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is was_on
        with pytest.raises(RuntimeError), cache.gc_paused():
            raise RuntimeError
        assert gc.isenabled() is was_on
    finally:
        (gc.enable if before else gc.disable)()


def test_gc_frozen_hides_live_objects_for_the_block_only() -> None:
    assert gc.get_freeze_count() == 0
    with cache.gc_frozen():
        held = gc.get_freeze_count()
        assert held > 0
        made = [[] for _ in range(100)]  # built inside: frozen by an inner block
        with cache.gc_frozen():
            assert gc.get_freeze_count() >= held + len(made)
        # the inner block leaves the unfreezing to the outer one
        assert gc.get_freeze_count() >= held + len(made)
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), cache.gc_frozen():
        raise RuntimeError
    assert gc.get_freeze_count() == 0


def test_gazetteer_answers_the_same_after_a_pickle_round_trip() -> None:
    """The cache stores rows, not records: every key must give equal places,
    in the same order, and resolve the same way in every context."""
    gaz = Gazetteer.default()
    back = pickle.loads(pickle.dumps(gaz))
    keys = sorted(gaz.keys())
    assert len(back) == len(gaz) and sorted(back.keys()) == keys
    for k in keys[::7]:
        assert back.candidates(k) == gaz.candidates(k)
        for ctx in ((), ("LB",), ("SY", "IQ")):
            assert back.resolve(k, ctx) == gaz.resolve(k, ctx)
    assert back.country("IQ") == gaz.country("IQ") is not None


def test_gazetteer_makes_each_place_record_once() -> None:
    """Repeated lookups hand out one object per place (records are made on
    demand): equal answers for equal keys, nothing rebuilt per call."""
    gaz = pickle.loads(pickle.dumps(Gazetteer.default()))
    first = gaz.candidates("طرابلس")
    assert len(first) > 1
    again = gaz.candidates("طرابلس")
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert gaz.resolve("طرابلس", ("LB",)) in first


def test_actor_dictionary_shares_equal_entries() -> None:
    """Generated keys (member phrases, compositions) point at one object per
    distinct entry: as many entry objects as distinct entries."""
    d = ActorDictionary.default()
    entries = list(d._entries.values())
    assert len({id(e) for e in entries}) == len(set(entries)) < len(entries)
    infos = [e.info for e in entries]
    assert len({id(i) for i in infos}) == len(set(infos))


def test_code_digest_tells_a_compiled_build_from_a_pure_one(monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    # the two builds pickle different classes, so they must not share entries
    pkg = tmp_path / "eventx"
    (pkg / "text").mkdir(parents=True)
    (pkg / "events.py").write_text("X = 1\n", encoding="utf-8")
    (pkg / "text" / "tokenize.py").write_text("Y = 2\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_PACKAGE", pkg)
    digests = []
    for extension in (None, "events.cpython-311-x86_64-linux-gnu.so", "text/tokenize.pyd"):
        if extension is not None:
            (pkg / extension).write_bytes(b"\x7fELF")
        cache.code_digest.cache_clear()
        digests.append(cache.code_digest())
    cache.code_digest.cache_clear()
    assert len(set(digests)) == 3
