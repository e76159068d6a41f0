"""Cold start through the cache gives exactly what a fresh build gives.

Timing is a benchmark figure (benchmarks/bench.py, "fresh processes"), not a
test; these tests check behaviour: the cached matcher, gazetteer, actor
tables and date grammar equal the built ones, a changed input is rebuilt,
and a damaged cache changes nothing but speed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import eventx.cache as cache
import eventx.compiled as compiled_module
from eventx.actors import DATA_FILES as ACTOR_FILES
from eventx.actors import ActorDictionary
from eventx.actors import _from_shipped as actors_from_shipped
from eventx.compiled import Compiled, compile_packs
from eventx.dates import find_dates, parse_reference_date
from eventx.dates_grammar import DATA_FILE, build_grammar
from eventx.extractor import Extractor
from eventx.gazetteer import DATA_FILES as GAZETTEER_FILES
from eventx.gazetteer import Gazetteer
from eventx.lexicon import Lexicon
from eventx.packs.loader import builtin_root, load_packs
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "هاجم مسلحون من تنظيم داعش نقطة أمنية للجيش العراقي في قضاء الطارمية، مساء الثلاثاء، "
    "ما أسفر عن مقتل ثلاثة جنود.",
    "أعلنت وزارة الداخلية المصرية، يوم 12 مارس 2021، اعتقال خمسة أشخاص في القاهرة.",
    "شنت طائرات حربية غارات على مواقع للحوثيين في صنعاء قبل ثلاثة أيام.",
    "قتل شخصان وأصيب عشرة آخرون في انفجار سيارة مفخخة في طرابلس شمال لبنان أمس الأحد.",
]


def _trie(lex: Lexicon) -> dict[str, tuple[Any, ...]]:
    """Every phrase of the lexicon with its entries in order."""
    return lex.phrases()


def _scan(c: Compiled, text: str) -> list[tuple[int, int, str]]:
    return [(end, len(key), key) for end, key in c.automaton.iter(text)]


def _extractor(c: Compiled) -> Extractor:
    ex = Extractor.__new__(Extractor)
    ex.compiled = c
    return ex


@pytest.fixture(scope="module")
def built() -> Compiled:
    """The matcher built from scratch (no cache involved)."""
    old = os.environ.get(cache.ENV_OFF)
    os.environ[cache.ENV_OFF] = "1"
    try:
        return compile_packs(load_packs(None))
    finally:
        if old is None:
            del os.environ[cache.ENV_OFF]
        else:
            os.environ[cache.ENV_OFF] = old


@pytest.fixture()
def from_cache(cdir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Compiled]:
    """The matcher as a second process gets it: stored by a first compile, then loaded."""
    compile_packs(load_packs(None))
    assert list(cdir.glob("matcher-*.pickle"))

    def no_build(*_: Any) -> Any:
        raise AssertionError("the matcher should have come from the cache")

    monkeypatch.setattr(compiled_module, "_build_matcher", no_build)
    yield compile_packs(load_packs(None))


def test_cached_matcher_equals_built(built: Compiled, from_cache: Compiled) -> None:
    assert from_cache.lexicon is not built.lexicon
    assert from_cache.trigger_count == built.trigger_count
    assert from_cache.lexicon.size == built.lexicon.size
    assert _trie(from_cache.lexicon) == _trie(built.lexicon)
    assert sorted(from_cache.automaton.keys()) == sorted(built.automaton.keys())
    for text in TEXTS:
        t = normalize_text(text)
        assert _scan(from_cache, t) == _scan(built, t)
        toks = tokenize(t)
        assert from_cache.lexicon.match(toks) == built.lexicon.match(toks)


def test_extract_identical_with_and_without_cache(built: Compiled, from_cache: Compiled,
                                                  seed_text: str) -> None:
    a, b = _extractor(built), _extractor(from_cache)
    for text in [seed_text, *TEXTS]:
        for ref in ("2021-03-14", None):
            got = b.extract(text, reference_date=ref)
            assert got == a.extract(text, reference_date=ref)
        assert b.entities(text) == a.entities(text)
    assert a.extract(seed_text, reference_date="2021-03-14"), "the seed text has events"


def test_cached_gazetteer_and_actors_equal_built(cdir: Path) -> None:
    gkey = cache.data_key("gazetteer", GAZETTEER_FILES)
    akey = cache.data_key("actors", ACTOR_FILES)
    g_built = cache.cached("gazetteer", gkey, Gazetteer._from_shipped)
    a_built = cache.cached("actors", akey, actors_from_shipped)
    g = cache.load("gazetteer", gkey or "")
    a = cache.load("actors", akey or "")
    assert isinstance(g, Gazetteer) and isinstance(a, ActorDictionary)
    # what pickle keeps of each (a class compiled by mypyc has no __slots__ to list)
    assert g.__reduce_ex__(2)[2] == g_built.__reduce_ex__(2)[2]
    assert a.__reduce_ex__(2)[2] == a_built.__reduce_ex__(2)[2]
    assert g.resolve("طرابلس", ["LB"]) == g_built.resolve("طرابلس", ["LB"])
    assert a.lookup("القوات الاميركيه") == a_built.lookup("القوات الاميركيه")


def test_cached_date_grammar_finds_the_same_dates(cdir: Path) -> None:
    key = cache.data_key("date_grammar", (DATA_FILE.name,))
    fresh = build_grammar()
    cache.store("date_grammar", key or "", fresh)
    loaded = cache.load("date_grammar", key or "")
    assert loaded is not None and loaded is not fresh
    assert loaded.pattern.pattern == fresh.pattern.pattern
    assert loaded.pattern.groupindex == fresh.pattern.groupindex
    assert loaded.anchors == fresh.anchors and loaded.month == fresh.month
    for text in TEXTS:
        t = normalize_text(text)
        assert ([m.span() for m in loaded.pattern.finditer(t)]
                == [m.span() for m in fresh.pattern.finditer(t)])
        assert ([m.groupdict() for m in loaded.pattern.finditer(t)]
                == [m.groupdict() for m in fresh.pattern.finditer(t)])
    # and find_dates (which uses the process's grammar) agrees with itself on them
    ref = parse_reference_date("2021-03-14")
    assert find_dates(normalize_text(TEXTS[0]), ref)


def test_edited_pack_is_rebuilt(cdir: Path, tmp_path: Path) -> None:
    pack_dir = tmp_path / "core"
    shutil.copytree(builtin_root() / "core", pack_dir)
    before = compile_packs(load_packs([pack_dir]))
    word = "زمجرطوف"
    assert not before.lexicon.match(tokenize(word))
    rules = pack_dir / "violence.toml"
    text = rules.read_text(encoding="utf-8")
    first_nouns = text.index("nouns = [") + len("nouns = [")
    rules.write_text(text[:first_nouns] + f'"{word}", ' + text[first_nouns:], encoding="utf-8")
    after = compile_packs(load_packs([pack_dir]))
    assert after.lexicon.match(tokenize(word)), "the new noun is in the rebuilt lexicon"
    assert len(list(cdir.glob("matcher-*.pickle"))) == 2


def test_damaged_cache_rebuilds_silently(cdir: Path, built: Compiled, seed_text: str) -> None:
    compile_packs(load_packs(None))
    for p in cdir.glob("matcher-*.pickle"):
        p.write_bytes(p.read_bytes()[: 1000])  # truncated, as by a full disk
    c = compile_packs(load_packs(None))
    assert _trie(c.lexicon) == _trie(built.lexicon)
    ex = _extractor(c)
    assert ex.extract(seed_text) == _extractor(built).extract(seed_text)


def test_fresh_processes_agree_with_and_without_cache(tmp_path: Path, seed_text: str) -> None:
    """The real thing: a process that stores the caches, one that loads them, one without."""
    code = ("import sys, eventx\n"
            "text = sys.stdin.read()\n"
            "print(repr(eventx.extract(text, reference_date='2021-03-14')))\n"
            "print(repr(eventx.entities(text)))\n")
    env = {k: v for k, v in os.environ.items() if k != cache.ENV_OFF}
    env[cache.ENV_DIR] = str(tmp_path / "c")

    def run(**extra: str) -> str:
        p = subprocess.run([sys.executable, "-c", code], input=seed_text, capture_output=True,
                           text=True, check=True, env={**env, **extra}, cwd=ROOT)
        return p.stdout

    without = run(EVENTX_NO_CACHE="1")
    assert not (tmp_path / "c").exists()
    storing = run()
    names = sorted(p.name.split("-")[0] for p in (tmp_path / "c").glob("*.pickle"))
    assert names == ["actors", "date_grammar", "gazetteer", "matcher", "pack_core"]
    loading = run()
    assert "Event(" in without
    assert storing == without
    assert loading == without


@pytest.mark.parametrize(("entry", "frozen"), [("run", True), ("main", False)])
def test_only_the_command_skips_the_exit_collections(tmp_path: Path, seed_text: str,
                                                      entry: str, frozen: bool) -> None:
    """The ``eventx`` command (cli.run) owns its process and freezes the collector at
    exit; the same work through cli.main, as a library caller runs it, leaves the
    process's exit alone.  The probe is registered first, so it runs last."""
    src = tmp_path / "a.txt"
    src.write_text(seed_text, encoding="utf-8")
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
            "from eventx import cli\n"
            f"sys.argv = ['eventx', 'extract', {str(src)!r}, '--format', 'jsonl']\n"
            f"r = cli.{entry}()\n"
            "sys.exit(r)\n")
    env = {k: v for k, v in os.environ.items() if k != "EVENTX_FAST_EXIT"}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env=env, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert '"rocket_strike"' in p.stdout  # the extraction ran
    assert lines[-1] == f"frozen {frozen}"


def test_cached_pack_equals_parsed_and_follows_its_files(cdir: Path, tmp_path: Path) -> None:
    """The built-in pack from the cache is the parsed one; an edited copy is parsed again."""
    from eventx.packs.loader import _parse_pack, builtin_root, load_pack

    core = builtin_root() / "core"
    assert load_pack(core) == _parse_pack(core)  # stores
    assert load_pack(core) == _parse_pack(core)  # loads
    assert any(p.name.startswith("pack_core-") for p in cdir.glob("*.pickle"))
    copy = tmp_path / "core"
    shutil.copytree(core, copy)
    before = load_pack(copy)
    vio = copy / "violence.toml"
    vio.write_text(vio.read_text(encoding="utf-8").replace('id = "', 'id = "x', 1), encoding="utf-8")
    after = load_pack(copy)
    assert {r.id for r in after.rules} != {r.id for r in before.rules}


def test_equal_entries_are_one_object(built: Compiled, from_cache: Compiled) -> None:
    """The lexicon keeps one object per distinct entry, built or loaded (a
    class word's entry recurs under every phrase holding the word)."""
    for c in (built, from_cache):
        entries = [e for es in c.lexicon.phrases().values() for e in es]
        assert len({id(e) for e in entries}) == len(set(entries)) < len(entries)


def test_place_and_blocked_entries_are_one_object_each(built: Compiled, from_cache: Compiled) -> None:
    """Every gazetteer key and every key that names no actor share one entry
    object per kind, built or loaded (what they say is the key itself): tens
    of thousands of entries were as many objects to unpickle and for the
    collector to walk, which never untracks a tuple subclass."""
    for c in (built, from_cache):
        phrases = c.lexicon.phrases()
        for kind in ("place", "blocked"):
            entries = [e for es in phrases.values() for e in es if e.kind == kind]
            assert len(entries) > 1000
            assert len({id(e) for e in entries}) == 1
        alone = [es for es in phrases.values() if [e.kind for e in es] == ["place"]]
        assert len({id(es) for es in alone}) == 1 < len(alone)
