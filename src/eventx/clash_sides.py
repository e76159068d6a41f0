"""The armed sides of a clash act in it, however many of them fell.

Why: GUIDELINES give both sides of a clash the role ``agent`` ("18 من مسلحي
جماعة الحوثي قتلوا في اشتباكات عنيفة مع مسلحي المقاومة": the Houthis and the
resistance are its agents), as ACLED codes the two actors of a battle.  A
clash's toll ("أدت إلى مقتل نحو 26 من الحوثيين وقوات صالح، وثمانية من
المقاومة") and the incidents merged into it name the fallen fighters as
victims or targets; read so, the analyst sees one side attacked by nobody.
An armed group or state force in a clash is therefore one of its sides;
civilians and named persons caught in it stay its victims."""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention
from eventx.events import Draft
from eventx.recast import recast

# the kinds that fight a clash (eventx/data/actors.toml)
_SIDE_KINDS: Final = frozenset({"armed_group", "state_forces"})
_HIT_ROLES: Final = frozenset({"victim", "target"})


def clash_sides(d: Draft) -> Draft:
    """``d`` with the armed sides of a clash as agents (each once)."""
    if d.rule.type != "armed_clash" or not any(
            _fallen_side(r, a) for r, a in d.actors):
        return d
    return recast(d, _as_side)


def _as_side(role: str, a: ActorMention) -> str:
    return "agent" if _fallen_side(role, a) else role


def _fallen_side(role: str, a: ActorMention) -> bool:
    """A force or armed group the clash hit; a post or vehicle of theirs
    ("حاجز"، "مدرعة", a thing) was what was hit, no side."""
    return role in _HIT_ROLES and a.info.kind in _SIDE_KINDS and not a.thing
