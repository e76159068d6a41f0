"""The repository's scripts (scripts/*.py), loaded as modules for their tests.

Why: the scripts are run by hand or by the build, not installed, so a test
reaches them by path; this is the one place that knows how.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path) -> ModuleType:
    """The file at `path` run as a module named after it (registered in
    sys.modules, as dataclasses and pickling need)."""
    name = f"{path.stem}_under_test"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def script(name: str) -> ModuleType:
    """scripts/NAME.py as a module."""
    return load(ROOT / "scripts" / f"{name}.py")
