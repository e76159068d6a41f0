"""An example eventx rule pack, shipped as an ordinary Python package.

The rules are data (``pack/*.toml``); this module only tells eventx where the
folder is once installed, through the ``eventx.rule_packs`` entry point.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["pack_path"]


def pack_path() -> str:
    """The pack folder inside the installed package (what the entry point returns)."""
    return str(Path(__file__).resolve().parent / "pack")
