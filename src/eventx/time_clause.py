"""A clause of time parts the names before it from the deed after it.

Why: "فر المسلحون حينما داهمت القوات المنزل"، "وكان يحمل جواز سفر سوريا مزورا
عندما تم إلقاء القبض عليه": the nearest name before a deed is read as its
subject, yet a time conjunction (عندما، حينما، بعدما) opens a clause of its
own, and when that clause's deed has a subject of its own (a name right after
its verb with an object after it) or is told in the passive (تم، جرى before the deed noun), the names
before the conjunction belong to the main clause: they neither did the deed
nor suffered it.  A deed with neither may share the main clause's subject
("قتلت القوات شابا عندما داهمت منزله": the forces raided; "كان بايدن أوضح
عندما اتهم أنقرة بأنها": Biden accused), so it keeps it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from eventx.grammar_words import words

_SUBORDINATORS: Final = words("time_subordinators")
_PASSIVE_LIGHTS: Final = words("passive_lights")


def own_time_clause(texts: Sequence[str], t_first: int, own_subject: Callable[[], bool]) -> int:
    """The position of the time conjunction that opens the deed's own clause
    when that clause is passive or has a subject of its own (``own_subject``,
    asked only where a conjunction stands: the verb-subject-object reading of
    the name right after the verb, events._vso_object); -1 when there is
    none (see the module docstring)."""
    if _SUBORDINATORS.isdisjoint(texts[:t_first]):
        return -1  # (most sentences have none)
    k = next(i for i in range(t_first - 1, -1, -1) if texts[i] in _SUBORDINATORS)
    passive = t_first > 0 and texts[t_first - 1] in _PASSIVE_LIGHTS
    return k if passive or own_subject() else -1
