"""Civilians, refugees, worshippers, tourists, children, journalists and
pilgrims are whom a deed befalls, never its doers.

Why: the agent slots take the group named nearest a deed, and these groups
stand near deeds as what they suffer or where they stand: "حوصر المدنيون
بشكل مأساوي وسط المعارك"، "أزمة النازحين … في ظل اتساع دائرة المعارك"،
"قضى 38 سائحا حين أطلق طالب تونسي النار"، "تحذير ملايين من السائحين"،
"التي استهدفت المصلين".  Read as agents they tell the analyst refugees
fought a battle.  The corpus shows none of these groups doing a deed of
violence save a clash they are named a side of ("مواجهات بين المصلين
المسلمين وقوات الاحتلال"), so an agent of theirs is one the deed hurt: a
victim of a deed that hurts people, and no actor of any other (a warning, a
raid, an arrest).  The groups are data (data/bystanders.toml); groups that
do act (residents, women, protesters, settlers) are not listed."""
from __future__ import annotations

import functools
from typing import Final

from eventx.analysis import ActorMention
from eventx.events import Draft
from eventx.recast import recast
from eventx.text.normalize import normalize_text
from eventx.word_lists import word_set

# the deeds whose victims are people hurt (DESIGN: role ``victim``)
_HURTING: Final = frozenset({"attack", "armed_clash", "rocket_strike", "air_strike",
                             "bombing", "killing", "abduction"})


@functools.cache
def _groups() -> frozenset[str]:
    return word_set("bystanders.toml", "groups", normalize_text)


@functools.cache
def _sides_after() -> frozenset[str]:
    return word_set("bystanders.toml", "sides_after", normalize_text, single=True)


def bystander_agents(d: Draft) -> Draft:
    """``d`` with no bystander group as its agent: a victim of a deed that
    hurts people, dropped from any other event."""
    if not any(r == "agent" and _bystander(d, a) for r, a in d.actors):
        return d
    victim = "victim" if d.rule.type in _HURTING else None
    return recast(d, lambda role, a: victim if role == "agent" and _bystander(d, a) else role)


def _bystander(d: Draft, a: ActorMention) -> bool:
    """Whether ``a`` is a bystander group, not one named a side of the clash
    ``d`` in its own sentence."""
    return normalize_text(a.info.name) in _groups() and not _named_side(d, a)


def _named_side(d: Draft, a: ActorMention) -> bool:
    s = d.sentence
    return (d.rule.type == "armed_clash" and s.start <= a.start < s.end and a.first > 0
            and s.tokens[a.first - 1].text in _sides_after())
