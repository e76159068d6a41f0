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

import datetime as dt
import functools
from importlib import resources

import attrs

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.dates import DateMatch
from eventx.events import Draft
from eventx.text.normalize import normalize_text

__all__ = ["anniversary_dated", "marked", "recalled"]

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
    anniversary_words: frozenset[str]
    anniversary_fillers: frozenset[str]
    anniversary_slack: int
    ordinals: dict[str, int]


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
                  int(data["ever_reach"]), frozenset(data["breaks"]),
                  forms("anniversary_words"), forms("anniversary_fillers"),
                  int(data["anniversary_slack"]),
                  {normalize_text(k): int(v) for k, v in data["anniversary_ordinals"].items()})


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


def marked(d: Draft) -> Draft:
    """``d`` with ``recalled`` set where its clause tells it as background.

    A deed named as what an anniversary remembers ("الذكرى الرابعة لاغتيال
    …") is past, whatever its لـ reads like: no plan ("planned" from a
    purpose or a day ahead), but told as the anniversary words tell any
    deed, generic.  A day told right before the anniversary ("يصادف اليوم
    الذكرى الرابعة"، "غدا الذكرى الأولى") is the commemoration's; the deed
    fell that many years before it."""
    found = _anniversary(d)
    if found is None:
        return attrs.evolve(d, recalled=True) if recalled(d) else d
    modality = "generic" if d.modality == "planned" else d.modality
    d = attrs.evolve(d, recalled=True, modality=modality)
    years, head, last = found
    x = d.date
    if x is None or x.start_date is None or x.end_date is None \
            or not d.sentence.start <= x.start or x.end > d.sentence.tokens[head].start:
        return d
    # the day and the anniversary side by side make one mention of the time
    start = x.start if d.sentence.token_at(x.end - 1) + 1 == head else d.sentence.tokens[head].start
    return attrs.evolve(d, date=_years_before(x.start_date, x.end_date, years, start,
                                              d.sentence.tokens[last].end))


def anniversary_dated(d: Draft, ref: dt.date) -> Draft:
    """A recalled deed named as the object of an anniversary ("تحيي تونس
    الذكرى الثانية لهجوم متحف باردو") with no day of its own fell that many
    years before the day the article marks it, its publication date: it is
    dated so, a few days either way, with the anniversary words as the
    date's mention.  Any other deed is returned as it is."""
    found = _anniversary(d)
    if found is None:
        return d
    years, head, last = found
    toks = d.sentence.tokens
    return attrs.evolve(d, date=_years_before(ref, ref, years, toks[head].start, toks[last].end))


def _anniversary(d: Draft) -> tuple[int, int, int] | None:
    """(years, first token, last token) of the anniversary right before the
    trigger: "الذكرى [السنوية] الثانية"، "الذكرى 58"; None without one."""
    w = _words()
    toks = d.sentence.tokens
    k = d.trigger.first - 1
    if k < 1:
        return None
    word = toks[k].text
    years = w.ordinals.get(word) or (int(word) if word.isdigit() and len(word) <= 3 else 0)
    if not years:
        return None
    head = k - 1
    while head >= 0 and toks[head].text in w.anniversary_fillers:
        head -= 1
    if head < 0 or toks[head].text not in w.anniversary_words:
        return None
    return years, head, k


def _years_before(first: dt.date, last: dt.date, years: int, start: int, end: int) -> DateMatch:
    """The window ``years`` before [first, last], widened by the anniversary slack."""
    def back(day: dt.date) -> dt.date:
        try:
            return day.replace(year=day.year - years)
        except ValueError:  # 29 February in a year without one
            return day.replace(year=day.year - years, day=28)

    slack = dt.timedelta(days=_words().anniversary_slack)
    return DateMatch(start, end, back(first) - slack, back(last) + slack, "approximate", True)
