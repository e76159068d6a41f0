"""The identity memos: equal but distinct objects are new questions."""
from __future__ import annotations

from eventx.memo import LastAnswer, RecentAnswers


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


def test_recent_answers_keep_each_of_the_last_keys() -> None:
    calls: list[int] = []
    memo: RecentAnswers[int] = RecentAnswers(3)
    keys = [[i] for i in range(4)]

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert [memo.get((k,), compute) for k in keys[:3]] == [1, 2, 3]
    # asked again in the same order (the gate, then the drafts): all remembered
    assert [memo.get((k,), compute) for k in keys[:3]] == [1, 2, 3]
    assert len(calls) == 3
    assert memo.get(([0],), compute) == 4  # equal, not the same: asked again
    assert memo.get((keys[3],), compute) == 5  # a fourth key (and a fifth) forget the oldest
    assert memo.get((keys[1],), compute) == 6
    assert memo.get((keys[2], "other"), compute) == 7  # more keys: a new question
    assert memo.get((keys[3],), compute) == 5


def test_recent_answers_forget_all_when_cleared() -> None:
    memo: RecentAnswers[int] = RecentAnswers(3)
    key = [0]
    assert memo.get((key,), lambda: 1) == 1
    assert memo.get((key,), lambda: 2) == 1
    memo.clear()
    assert memo.get((key,), lambda: 2) == 2  # the same key: asked again
