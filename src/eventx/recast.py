"""An incident's actors recast once it is whole: each role given anew, each
(role, actor) kept once.

Why: the passes that read roles on the merged incident (``clash_sides``,
``country_targets``) each turn some roles into others or drop them, and a
recast can make two entries say the same ("الحوثيون" a victim and an agent
becomes an agent twice).  One loop does both, so each pass states only its
rule."""
from __future__ import annotations

from collections.abc import Callable

import attrs

from eventx.analysis import ActorMention
from eventx.events import Draft


def recast(d: Draft, role_of: Callable[[str, ActorMention], str | None]) -> Draft:
    """``d`` with each actor in the role ``role_of(role, actor)`` gives (None
    drops it), a role and actor named twice kept at its first place."""
    roles: list[tuple[str, ActorMention]] = []
    for r, a in d.actors:
        new = role_of(r, a)
        if new is not None and not any(new == q and a.info == b.info for q, b in roles):
            roles.append((new, a))
    return attrs.evolve(d, actors=tuple(roles))
