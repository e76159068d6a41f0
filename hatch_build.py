"""The compiled build's hook: hatch-mypyc, with its module groups as tuples.

Why: mypyc takes the `separate` groups as (files, name) tuples, and its
compiled code rejects the lists a TOML array gives; hatch-mypyc writes its
options into the setup script as they are.  Everything else is hatch-mypyc's.
"""
from __future__ import annotations

from typing import Any

try:
    from hatch_mypyc.plugin import MypycBuildHook
except ImportError:  # a pure build: the hook is not enabled, hatch-mypyc not installed
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface as MypycBuildHook


def as_tuples(options: dict[str, Any]) -> dict[str, Any]:
    """The options with each `separate` group as mypyc's (files, name) tuple."""
    groups = options.get("separate")
    if not isinstance(groups, list):
        return options
    return {**options, "separate": [(list(files), name) for files, name in groups]}


class CompiledBuildHook(MypycBuildHook):  # type: ignore[misc,valid-type]
    PLUGIN_NAME = "custom"

    @property
    def config_options(self) -> dict[str, Any]:
        return as_tuples(super().config_options)


def get_build_hook() -> type[CompiledBuildHook]:
    """Which hook class hatchling takes from this file (MypycBuildHook is one too)."""
    return CompiledBuildHook
