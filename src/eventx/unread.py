"""The sentences the extractor did not analyse, read when a later one needs them.

Why: only sentences holding a trigger form are analysed, yet an armed group
is often introduced in one that holds none ("وتنتشر ميليشيا الحوثي في أحياء
المدينة") and then named by an anaphor in a later one ("وقصفت الميليشيا …").
An anaphor takes the LAST group named before it, so every sentence before it
must have been read for groups.  Reading them all would tokenise the whole
article; reading them only when an analysed sentence holds an anaphor (a few
sentences in a hundred) gives the same antecedents at a fraction of the
cost, because what a sentence teaches the document state depends on that
sentence alone and the state orders what it learns by offset
(:class:`eventx.analysis.DocState`), not by when it learnt it.
"""
from __future__ import annotations

from collections.abc import Sequence


def due(unread: Sequence[tuple[int, int]], done: int, start: int) -> int:
    """The index past the last of ``unread[done:]`` (the spans of sentences not
    analysed, in document order, the first ``done`` of them read already)
    that ends by ``start``: those before it are due for reading before the
    sentence at ``start`` is."""
    j = done
    n = len(unread)
    while j < n and unread[j][1] <= start:
        j += 1
    return j
