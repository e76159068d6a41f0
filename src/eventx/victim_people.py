"""A victim is a person or people, never a state or a ministry.

Why: GUIDELINES define victims as the people killed, hurt or abducted, and
every victim in the gold files is people (policemen, tourists, a named
officer).  A state, a government or a ministry named near a deed is its
setting or the victims' employer, not who fell: "عملية دهس … وسط مدينة
ملبورن، ثاني أكبر مدن أستراليا"، "الجبهة الشعبية لتحرير فلسطين"، "أحد
منسوبي وزارة الداخلية السعودية"، "إسقاط المروحية … سفيري النرويج
وماليزيا".  Read as a victim it tells the analyst a country was killed; the
event keeps its other actors.  An office named by its title ("زعيم كوريا
الشمالية"، "رئيس الوزراء الأردني") is its holder, a person, and stays."""
from __future__ import annotations

from typing import Final

import attrs

from eventx.analysis import ActorMention
from eventx.events import Draft

# actor kinds (eventx/data/actors.toml) that are no people
_NO_PEOPLE: Final = frozenset({"government"})


def people_victims(d: Draft) -> Draft:
    """``d`` without the victims that are states or ministries."""
    if not any(r == "victim" and _no_people(d, a) for r, a in d.actors):
        return d
    return attrs.evolve(d, actors=tuple((r, a) for r, a in d.actors
                                        if not (r == "victim" and _no_people(d, a))))


def _no_people(d: Draft, a: ActorMention) -> bool:
    return a.info.kind in _NO_PEOPLE and not any(
        h.start == a.start and "title" in h.kinds for h in d.sentence.hits)
