"""A one-slot memo keyed by object identity.

Some answers are asked for several times in a row about the same sentence by
different steps (is it a sports report? which rules fire on its hits?), and
computing them again costs a pass over the sentence.  Keeping the last answer,
keyed by the identity of the objects it was computed from, is enough: the
memo holds those objects, so their identities cannot be reused while it
remembers them, and it is replaced in one assignment, so threads sharing it
see either the old pair or the new one.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class LastAnswer(Generic[T]):
    """The answer computed for the last ``keys`` (compared by identity) and
    ``check`` (compared by equality: e.g. the length of a list that might
    have been mutated in place)."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: tuple[tuple[object, ...], Hashable, T] | None = None

    def get(self, keys: tuple[object, ...], check: Hashable,
            compute: Callable[[], T]) -> T:
        last = self._last
        if (last is not None and last[1] == check and len(last[0]) == len(keys)
                and all(a is b for a, b in zip(last[0], keys))):
            return last[2]
        value = compute()
        self._last = (keys, check, value)
        return value
