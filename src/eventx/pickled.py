"""Pickling for the frozen records the start-up cache stores (rule packs, actor entries).

Why: those records are declared with ``attr.s(..., on_setattr=attr.setters.frozen)``
so that the compiled build (mypyc) makes them native classes, whose fields
compiled code reads straight from the C struct.  A native class has no
``__dict__`` and no ``__slots__``: pickle would restore its fields one by one
through ``setattr``, which the frozen hook refuses.  :class:`Pickled` gives them
the state pickle saves (one entry per attrs field) and restores it past the
hook, the way attrs' own ``__setstate__`` does for slotted classes.  The pure
build pickles them the same way.
"""
from __future__ import annotations

from typing import Any, cast

import attrs


class Pickled:
    """Base of a frozen attrs record that the start-up cache pickles."""

    def __getstate__(self) -> dict[str, Any]:
        return {a.name: getattr(self, a.name) for a in attrs.fields(cast(Any, type(self)))}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
