"""Memos keyed by object identity: the last answer, or the last few.

Some answers are asked for several times in a row about the same sentence by
different steps (is it a sports report? which rules fire on its hits?), and
computing them again costs a pass over the sentence.  Keeping the last answer,
keyed by the identity of the objects it was computed from, is enough: the
memo holds those objects, so their identities cannot be reused while it
remembers them, and it is replaced in one assignment, so threads sharing it
see either the old pair or the new one.
"""
from __future__ import annotations

import threading
from operator import is_
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
        # (map over operator.is_ compares in C: asked of every place hit, a
        # generator under all() cost more than the one or two keys it reads)
        if (last is not None and last[1] == check and len(last[0]) == len(keys)
                and all(map(is_, last[0], keys))):
            return last[2]
        value = compute()
        self._last = (keys, check, value)
        return value


class RecentAnswers(Generic[T]):
    """The answers computed for the last ``size`` distinct ``keys`` (compared
    by identity), the oldest forgotten first.

    Why more than one slot: the extractor analyses every candidate sentence of
    a document (asking the gate, which chooses the rules) before it drafts
    events from any of them, so by the time ``sentence_drafts`` asks again the
    one-slot memo holds the document's last sentence only, and every other
    sentence's choice was computed twice.  A document has a few dozen
    candidate sentences at most; the slots hold their keys, so an identity
    cannot be reused while it is remembered.  A lock keeps the table whole
    when threads share it and write at once."""

    __slots__ = ("_size", "_table", "_lock")

    def __init__(self, size: int) -> None:
        self._size = size
        self._table: dict[tuple[int, ...], tuple[tuple[object, ...], T]] = {}
        self._lock = threading.Lock()

    def get(self, keys: tuple[object, ...], compute: Callable[[], T]) -> T:
        ids = tuple(map(id, keys))
        found = self._table.get(ids)  # one dict read: whole under the GIL
        if found is not None:  # its keys are alive, held here: the same ids, the same objects
            return found[1]
        value = compute()
        with self._lock:
            table = self._table
            table.pop(ids, None)
            table[ids] = (keys, value)
            if len(table) > self._size:
                del table[next(iter(table))]
        return value

    def clear(self) -> None:
        """Forget every answer: a caller that knows they will not be asked
        again (a document is done) lets their keys and answers go at once,
        not after ``size`` newer ones."""
        with self._lock:
            self._table.clear()
