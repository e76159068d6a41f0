"""The one-slot identity memo: equal but distinct objects are new questions."""
from __future__ import annotations

from eventx.memo import LastAnswer


def test_the_same_object_is_answered_from_the_memo() -> None:
    calls: list[int] = []
    memo: LastAnswer[int] = LastAnswer()
    key = [1, 2]

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert memo.get((key,), len(key), compute) == 1
    assert memo.get((key,), len(key), compute) == 1
    assert calls == [1]
    assert memo.get(([1, 2],), 2, compute) == 2  # equal, not the same: asked again
    key.append(3)  # the same list, changed: the check catches it
    assert memo.get((key,), len(key), compute) == 3
    assert memo.get((key, "other"), len(key), compute) == 4  # more keys: a new question
