"""The compiled build's module groups (pyproject.toml, scripts/mypyc_groups.py).

A module no group names still builds, but alone, with its own copy of
mypyc's C runtime; a group named after a file outside it ships no shared
library (hatch-mypyc's artifact globs are made from the compiled files' names),
and the compiled wheel fails to import.  So: every compiled module in exactly
one group, and every group named after one of its own modules.
"""
from __future__ import annotations

import sys
from collections import Counter
from types import ModuleType
from typing import Any

import pytest

from hypothesis import given
from hypothesis import strategies as st
from scripts_under_test import ROOT, load, script



GROUPS = script("mypyc_groups")


def test_every_compiled_module_is_in_one_group() -> None:
    listed = Counter(f for files, _ in GROUPS.hook_config()["options"]["separate"] for f in files)
    assert [f for f, n in listed.items() if n > 1] == []
    compiled = set(GROUPS.compiled_modules())
    assert sorted(compiled - set(listed)) == [], "run scripts/mypyc_groups.py --write"
    assert sorted(set(listed) - compiled) == [], "a group lists a file the build leaves out"


def test_every_group_is_named_after_one_of_its_modules() -> None:
    for files, name in GROUPS.hook_config()["options"]["separate"]:
        assert name in {GROUPS.module_name(f) for f in files}, name


class _FakeMypycHook:
    """hatch-mypyc's hook as far as hatch_build.py uses it (hatch-mypyc lives
    only in the compiled build's isolated environment)."""

    def __init__(self, options: dict[str, Any]) -> None:
        self._options = options

    @property
    def config_options(self) -> dict[str, Any]:
        return self._options


def test_the_hook_hands_mypyc_tuples(monkeypatch: pytest.MonkeyPatch) -> None:
    """mypyc's compiled construct_groups takes (files, name) tuples only."""
    plugin = ModuleType("hatch_mypyc.plugin")
    plugin.MypycBuildHook = _FakeMypycHook  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "hatch_mypyc", ModuleType("hatch_mypyc"))
    monkeypatch.setitem(sys.modules, "hatch_mypyc.plugin", plugin)
    mod = load(ROOT / "hatch_build.py")
    hook = mod.get_build_hook()
    assert issubclass(hook, _FakeMypycHook)
    options = GROUPS.hook_config()["options"]
    handed = hook(options).config_options
    assert handed["separate"] == [(files, name) for files, name in options["separate"]]
    assert all(type(g) is tuple for g in handed["separate"])
    assert handed["debug_level"] == options["debug_level"]
    assert hook({"separate": True}).config_options == {"separate": True}


@given(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=4), st.integers(1, 10_000),
                       min_size=1, max_size=60),
       st.integers(1, 12))
def test_deal_places_every_file_once_and_heaviest_first(size: dict[str, int], shares: int) -> None:
    dealt = GROUPS.deal(size, shares)
    assert sorted(f for b in dealt for f in b) == sorted(size)
    assert all(b and size[b[0]] == max(size[f] for f in b) for b in dealt)
    share = sum(size.values()) / shares
    for b in dealt:  # a file of a share or more stands alone
        assert len(b) == 1 or all(size[f] < share for f in b)


@given(st.lists(st.integers(1, 100), min_size=8, max_size=80), st.integers(2, 6))
def test_deal_balances_small_files(weights: list[int], shares: int) -> None:
    """With no file near a share, the groups differ by at most one file's weight
    from the lightest (largest-first to the lightest group)."""
    size = {f"m{k}.py": w for k, w in enumerate(weights)}
    if max(weights) * shares * 2 > sum(weights):
        return
    dealt = GROUPS.deal(size, shares)
    totals = [sum(size[f] for f in b) for b in dealt]
    assert max(totals) - min(totals) <= max(weights)


@given(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=4), st.integers(1, 10_000),
                       min_size=1, max_size=40),
       st.sets(st.text("abcdefgh", min_size=1, max_size=4), max_size=10),
       st.sets(st.text("ijklmn", min_size=1, max_size=3), max_size=6))
def test_update_keeps_the_groups_and_places_every_file_once(
        size: dict[str, int], gone: set[str], new: set[str]) -> None:
    """Written groups are kept: a file stays where it was, a gone file leaves,
    a new one joins a group, and every group is named after a member."""
    before = GROUPS.named(GROUPS.deal(size))
    now = {f: w for f, w in size.items() if f not in gone} | {f: 50 for f in new}
    after = GROUPS.update([(files, name) for files, name in before], now)
    assert sorted(f for b in after for f in b) == sorted(now)
    where = {f: k for k, b in enumerate(after) for f in b}
    for files, _ in before:  # files grouped together stay together
        still = [f for f in files if f in now]
        assert len({where[f] for f in still}) <= 1
    assert all(b and now[b[0]] == max(now[f] for f in b) for b in after)


def test_a_new_module_changes_only_the_group_it_joins() -> None:
    size = {"a.py": 900, "b.py": 300, "c.py": 250, "d.py": 200, "e.py": 150, "f.py": 100}
    before = GROUPS.deal(size, 3)
    after = GROUPS.update([(b, "") for b in before], size | {"new.py": 10})
    changed = [b for b in after if b not in before]
    assert len(changed) == 1 and "new.py" in changed[0] and len(changed[0]) > 2
