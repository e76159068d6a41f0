#!/usr/bin/env python3
"""Write the compiled build's module groups into pyproject.toml.

Why groups: mypyc compiles each group of modules to one C extension, and
every extension carries its own copy of mypyc's C runtime (init.c,
int_ops.c, str_ops.c… all #included), about 2 s of gcc per copy.  One group
for the whole package made one 60 MB C file that a single gcc took 8 to 20
minutes over; one group per module (`separate = true`) compiled the runtime
a hundred times.  A handful of groups of about equal size keeps both cores
busy and compiles the runtime a handful of times.

Modules are weighed by their source size (the generated C is 20 to 40 times
it); a module heavier than a share is a group of its own, the rest are dealt
largest first to the lightest group.  Each group is named after its largest
module, so that hatch-mypyc's artifact globs (one per compiled module: X.*.so
and X__mypyc.*.so) pick up the group's shared library.

    python scripts/mypyc_groups.py              # print the groups as they would be written
    python scripts/mypyc_groups.py --write      # write them into pyproject.toml
    python scripts/mypyc_groups.py --rebalance  # deal every module afresh (with or without --write)

Without --rebalance the groups in pyproject.toml are kept: a new module joins
the lightest group of several, a module gone leaves its group.  So a branch
that adds a module changes one line of pyproject.toml, and two such branches
merge; deal afresh now and then, when the groups have drifted apart in size.

tests/test_mypyc_groups.py checks that the groups in pyproject.toml hold
every compiled module once; a module no group names would still build, alone
with its own runtime copy.
"""
from __future__ import annotations

import argparse
import fnmatch
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
# the groups: this many shares of the total source size
SHARES = 8
BEGIN = "# mypyc groups: written by scripts/mypyc_groups.py --write"
END = "# end of mypyc groups"


def hook_config(pyproject: Path = PYPROJECT) -> dict:  # type: ignore[type-arg]
    """The mypyc build hook's table of pyproject.toml."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return data["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]  # type: ignore[no-any-return]


def compiled_modules(root: Path = ROOT, pyproject: Path = PYPROJECT) -> list[str]:
    """The source files the compiled build includes, as paths from the root."""
    exclude = hook_config(pyproject).get("exclude", [])
    files = sorted(p.relative_to(root).as_posix() for p in (root / "src" / "eventx").rglob("*.py"))
    return [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in exclude)]


def module_name(path: str) -> str:
    """src/eventx/packs/loader.py -> eventx.packs.loader"""
    return path.removeprefix("src/").removesuffix(".py").replace("/", ".")


def deal(size: dict[str, int], shares: int = SHARES) -> list[list[str]]:
    """Deal the files (weighed by `size`) into groups of about equal weight:
    a file heavier than a share alone, the rest largest first to the
    lightest group; each group's first file is its heaviest."""
    share = sum(size.values()) / shares
    order = sorted(size, key=lambda f: (-size[f], f))
    alone = [[f] for f in order if size[f] >= share]
    rest = [f for f in order if size[f] < share]
    bins: list[list[str]] = [[] for _ in range(max(1, round(sum(size[f] for f in rest) / share)))]
    weight = [0] * len(bins)
    for f in rest:
        k = weight.index(min(weight))
        bins[k].append(f)
        weight[k] += size[f]
    return alone + [b for b in bins if b]


def update(current: list[tuple[list[str], str]], size: dict[str, int]) -> list[list[str]]:
    """The ``current`` groups kept, with the files of ``size`` only: a file
    gone leaves its group (an emptied group goes), a new file joins the
    lightest group that holds several (a heavy module stays alone).  Each
    group's first file is its heaviest."""
    kept = [[f for f in files if f in size] for files, _ in current]
    kept = [b for b in kept if b]
    placed = {f for b in kept for f in b}
    new = sorted((f for f in size if f not in placed), key=lambda f: (-size[f], f))
    if not kept:
        return deal(size) if size else []
    for f in new:
        shared = [b for b in kept if len(b) > 1] or kept
        min(shared, key=lambda b: sum(size[x] for x in b)).append(f)
    return [sorted(b, key=lambda f: (-size[f], f)) for b in kept]


def named(dealt: list[list[str]]) -> list[tuple[list[str], str]]:
    """Each group sorted, and named after its heaviest module (its first)."""
    return [(sorted(b), module_name(b[0])) for b in dealt]


def groups(files: list[str], root: Path = ROOT, shares: int = SHARES) -> list[tuple[list[str], str]]:
    """The files dealt afresh into groups."""
    return named(deal({f: (root / f).stat().st_size for f in files}, shares))


def toml_block(gs: list[tuple[list[str], str]]) -> str:
    lines = [BEGIN, "separate = ["]
    for files, name in gs:
        lines.append("  [[")
        lines.extend(f'    "{f}",' for f in files)
        lines.append(f'  ], "{name}"],')
    lines += ["]", END]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="replace the block in pyproject.toml")
    ap.add_argument("--rebalance", action="store_true", help="deal every module afresh")
    a = ap.parse_args()
    files = compiled_modules()
    if a.rebalance:
        gs = groups(files)
    else:
        current = hook_config().get("options", {}).get("separate", [])
        gs = named(update(current if isinstance(current, list) else [],
                          {f: (ROOT / f).stat().st_size for f in files}))
    block = toml_block(gs)
    if not a.write:
        print(block)
        return 0
    text = PYPROJECT.read_text(encoding="utf-8")
    head, found, tail = text.partition(BEGIN)
    if not found:
        sys.exit(f"{PYPROJECT}: no line {BEGIN!r} to replace from")
    _, found, tail = tail.partition(END)
    if not found:
        sys.exit(f"{PYPROJECT}: no line {END!r} after {BEGIN!r}")
    PYPROJECT.write_text(head + block + tail, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
