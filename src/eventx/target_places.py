"""One deed told against targets in different countries is several incidents.

Why: news sums up a campaign in one clause ("شنت مقاتلات تركية غارات جوية
على مواقع لتنظيم داعش في سوريا وعلى مخيمات حزب العمال الكردستاني في شمال
العراق"، "ضربات جوية ضد مقاتلي تنظيم الدولة في سوريا ومقاتلي حزب العمال
في شمال العراق").  Each target stands with the place it was hit in, and the
places lie in different countries: two sets of strikes, on two foes, in two
countries, which an ACLED coder records as two events (one per place).  Read
as one, the event keeps one of the places and mixes the targets, so the
other country's strikes are lost.  Targets placed within one country
("مسجد في مقر قوات الطوارئ بمنطقة عسير") stay one incident, and so does a
deed some of whose targets stand with no place of their own: nothing tells
where those were hit.
"""
from __future__ import annotations

from typing import Final

import attrs

from eventx.analysis import ActorMention, PlaceMention, Sentence
from eventx.events import Draft
from eventx.grammar_words import words as grammar_words
from eventx.records import SECURITY_TYPES

# how far after a target its place may start: "مواقع لتنظيم داعش في سوريا"
# (the preposition between), "مقاتلي حزب العمال الكردستاني في شمال العراق"
PLACE_REACH: Final = 3
_CLAUSE_MARKS: Final = grammar_words("clause_marks")


def by_target_places(d: Draft) -> tuple[Draft, ...]:
    """``d``, or one draft per country its targets were hit in: each with the
    targets of that country and their place.  Its doers go with every one;
    its victims, toll and date with the first, which the clause tells first
    (a toll is told once, and counting it twice would double it)."""
    if len(d.actors) < 2 or d.rule.type not in SECURITY_TYPES \
            or sum(1 for r, _ in d.actors if r == "target") < 2:
        return (d,)  # most drafts name one target or none
    s = d.sentence
    targets = sorted((m for r, m in d.actors if r == "target" and s.start <= m.start < s.end
                      and m.first > d.trigger.last), key=lambda m: m.first)
    if len(targets) < 2:
        return (d,)
    placed = _placed(s, targets)
    if placed is None:
        return (d,)
    countries: list[str] = []
    for p in placed:
        c = p.place.country
        if c is not None and c not in countries:
            countries.append(c)
    if len(countries) < 2:
        return (d,)
    mine = {id(m) for m in targets}
    shared = tuple((r, m) for r, m in d.actors if r != "target" or id(m) not in mine)
    out: list[Draft] = []
    for k, c in enumerate(countries):
        group = [(m, p) for m, p in zip(targets, placed) if p.place.country == c]
        own = tuple(("target", m) for m, _ in group)
        if k == 0:
            actors = shared + own
            out.append(attrs.evolve(d, actors=actors, place=group[0][1]))
        else:
            actors = tuple((r, m) for r, m in shared if r != "victim") + own
            out.append(attrs.evolve(d, actors=actors, place=group[0][1], counts=()))
    return tuple(out)


def _placed(s: Sentence, targets: list[ActorMention]) -> list[PlaceMention] | None:
    """The place each target stands with, in order; None where one has none
    (or one of unknown country): the targets are then not told apart by place.
    A country's name is read as an actor that may be a place: "في سوريا"."""
    out: list[PlaceMention] = []
    texts = s.texts
    places = list(s.places) + [PlaceMention(a.first, a.last, a.start, a.end, a.place_too[0], a.key)
                               for a in s.actors if a.place_too]
    for k, m in enumerate(targets):
        stop = targets[k + 1].first if k + 1 < len(targets) else len(texts)
        p = next((p for p in places
                  if not p.qualifier and m.last < p.first <= m.last + PLACE_REACH and p.first < stop
                  and not any(w in _CLAUSE_MARKS for w in texts[m.last + 1:p.first])), None)
        if p is None or p.place.country is None:
            return None
        out.append(p)
    return out
