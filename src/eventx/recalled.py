"""Background incidents: deeds the article recalls from before its news.

"وكان التنظيم قد تبنى تفجيرا مماثلا"، "في ذكرى الهجوم"، "وسبق أن اعتقلت
الشرطة …": the pluperfect, an anniversary, a model ("على غرار") or "سبق أن"
tell a deed as having happened before the news reported, at a time the
clause does not give.  Such an incident is no news of the day: where no
mention of it states a time, it gets no date (GUIDELINES: null where none is
stated) instead of the publication day that eventx.extractor infers for
undated news.  Where a mention does state its time ("في مارس الماضي"), the
date slot already holds it and this module changes nothing.

Why a word check on the trigger's clause rather than lexicon classes: it
runs once per draft on the dozen tokens before its trigger, after rules
fired, so it costs nothing on sentences without events.
"""
from __future__ import annotations

import functools
from importlib import resources

import attrs

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.events import Draft
from eventx.text.normalize import normalize_text

__all__ = ["recalled"]

_FILE = "recalled.toml"  # in eventx/data


@attrs.frozen(slots=True)
class _Words:
    auxiliary: frozenset[str]
    particle: frozenset[str]
    auxiliary_reach: int
    particle_reach: int
    particle_blockers: frozenset[str]
    memory: frozenset[str]
    memory_reach: int
    since: frozenset[str]
    since_heads: frozenset[str]
    ever: frozenset[str]
    ever_link: frozenset[str]
    ever_reach: int
    breaks: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = tomllib.loads(resources.files("eventx").joinpath("data", _FILE)
                         .read_text(encoding="utf-8"))

    def forms(key: str, clitics: bool = False) -> frozenset[str]:
        words = {normalize_text(w) for w in data[key]}
        # "وكان"، "فكانت": the conjunction glued to the auxiliary
        return frozenset(words | ({p + w for w in words for p in "وف"} if clitics else set()))

    return _Words(forms("auxiliary", clitics=True), forms("particle"),
                  int(data["auxiliary_reach"]), int(data["particle_reach"]),
                  forms("particle_blockers"), forms("memory"), int(data["memory_reach"]),
                  forms("since"), forms("since_heads"), forms("ever"), forms("ever_link"),
                  int(data["ever_reach"]), frozenset(data["breaks"]))


def recalled(d: Draft) -> bool:
    """The deed is told as background in its own clause: after a pluperfect
    "كان … قد", a memory word ("ذكرى"، "غرار"), "منذ" or "سبق أن"."""
    w = _words()
    toks = d.sentence.tokens
    first = d.trigger.first
    noun = d.form.pos != "verb"
    particle = False
    ever_link = False
    for k in range(first - 1, max(-1, first - 1 - w.auxiliary_reach), -1):
        t = toks[k].text
        if t in w.breaks:
            return False
        near = first - k
        if noun and near <= w.memory_reach and t in w.memory:
            return True
        if noun and t in w.since and all(x.text in w.since_heads for x in toks[k + 1:first]):
            return True
        if near <= w.ever_reach and t in w.ever_link:
            ever_link = True
        elif ever_link and near <= w.ever_reach + 1 and t in w.ever:
            return True
        if t in w.particle:
            # قد must govern the deed: near it, with no other time between
            particle = particle or (near <= w.particle_reach + 1 and not any(
                x.text in w.particle_blockers for x in toks[k + 1:first]))
        elif particle and t in w.auxiliary:
            return True
    return False
