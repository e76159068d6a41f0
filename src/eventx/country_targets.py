"""A whole country is where an incident happened, not what it hit.

Why: news names the country of an attack as readily as its target ("أكثر
البلدان التي تعرضت للهجوم … الولايات المتحدة وكوريا الجنوبية"، "هجمات باريس
… فرنسا"، "تفجيرات تركيا الأسبوع الماضي"، "قلعة القاهرة بتعز" read as Egypt),
and an ACLED coder records the target actually hit: a post, a force, an
embassy, a named group (every target in the gold files is one).  A country
read as the target of a violent incident misleads the actor list; its place
is the incident's location, which the place reader decides apart.  A
capital may stand for the seat of power attacked ("هجوم طهران" on the
parliament) and an embassy or a ministry is a target: both stay.  Countries
right after a deed verb are its subject, Arabic putting the verb first
("قصفت تركيا والعراق مواقع حزب العمال"): they did it, and act as agents."""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention
from eventx.events import Draft
from eventx.grammar_words import words as grammar_words
from eventx.recast import recast
from eventx.records import SECURITY_TYPES


def no_country_targets(d: Draft) -> Draft:
    """``d`` without a whole country as the target of a violent incident."""
    if d.rule.type not in SECURITY_TYPES or not any(
            r == "target" and _country(a) for r, a in d.actors):
        return d
    subjects = _verb_subjects(d)

    def role_of(role: str, a: ActorMention) -> str | None:
        if role == "target" and _country(a):
            return "agent" if a.start in subjects else None
        return role

    return recast(d, role_of)


# relative pronouns (normalised): a verb after one has its subject before it
_RELATIVES: Final = grammar_words("relative_pronouns")  # data/grammar_words.toml, as events.py


def _verb_subjects(d: Draft) -> frozenset[int]:
    """Starts of the countries that stand right after a verb trigger, one
    after another ("قصفت تركيا والعراق")."""
    s = d.sentence
    first = d.trigger.first
    if (d.form.pos != "verb" or d.form.tense == "present"
            or (first > 0 and s.tokens[first - 1].text in _RELATIVES)):
        # "المؤامرات التي تستهدف البحرين": the relative's head acts; "ما كان
        # لتلك العناصر أن تهاجم تونس": the imperfect has its subject before
        return frozenset()
    here = sorted((a.first, a.last, a.start) for r, a in d.actors
                  if r == "target" and _country(a) and s.start <= a.start < s.end)
    out = []
    nxt = d.trigger.last + 1
    for first, last, start in here:
        if first != nxt:
            break
        out.append(start)
        nxt = last + 1
    return frozenset(out)


def _country(a: ActorMention) -> bool:
    return a.info.kind == "government" and any(p.feature == "country" for p in a.place_too)
