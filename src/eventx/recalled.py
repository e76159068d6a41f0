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
from typing import Any, Final
from importlib import resources

import attr
import attrs

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.compiled import TriggerForm
from eventx.dates import DateMatch
from eventx.analysis import Sentence
from eventx.events import Draft
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit
from eventx.memo import RecentAnswers
from eventx.numbers import find_numbers
from eventx.records import SECURITY_TYPES
from eventx.text.normalize import normalize_text

__all__ = ["anniversary_dated", "cue_regions", "marked", "own_slots", "recalled", "relative_head",
           "span_back_days", "timing_cue"]

_FILE: Final = "recalled.toml"  # in eventx/data
# a relative pronoun: a verb after it is the clause of the noun before (data/grammar_words.toml)
_RELATIVES: Final = grammar_words("relative_pronouns")


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
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
    cause_words: frozenset[str]
    cause_replies: frozenset[str]
    cause_reply_link: frozenset[str]
    cause_span_heads: frozenset[str]
    cause_span_units: frozenset[str]
    cause_span_links: frozenset[str]
    cause_span_words: int
    cause_reach: int
    cause_blockers: frozenset[str]
    cause_verb_reach: int
    phrase_commas: frozenset[str]
    phrase_link: str
    phrase_back: frozenset[str]
    then: frozenset[str]
    then_reach: int
    clause_verbs: frozenset[str]

    @property
    def cause_openers(self) -> frozenset[str]:
        """The first words a cue may open with."""
        return self.cause_words | self.cause_replies | self.cause_span_heads


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = _data()

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
                  {normalize_text(k): int(v) for k, v in data["anniversary_ordinals"].items()},
                  forms("cause_words", clitics=True), forms("cause_replies", clitics=True),
                  forms("cause_reply_link"), forms("cause_span_heads", clitics=True),
                  forms("cause_span_units"), forms("cause_span_links"),
                  int(data["cause_span_words"]), int(data["cause_reach"]),
                  forms("cause_blockers"), int(data["cause_verb_reach"]),
                  frozenset(data["phrase_commas"]), normalize_text(data["phrase_link"]),
                  forms("phrase_back"), forms("then"), int(data["then_reach"]),
                  forms("clause_verbs", clitics=True))


def recalled(d: Draft) -> bool:
    """The deed is told as background in its own clause: after a pluperfect
    "كان … قد", a memory word ("ذكرى"، "غرار"), "منذ" or "سبق أن"."""
    w = _words()
    texts = d.sentence.texts
    first = d.trigger.first
    if _told_then(d, w):
        return True
    lo = max(0, first - w.auxiliary_reach)
    if _recall_words().isdisjoint(texts[lo:first]):
        return False  # no word below tells it (most deeds): nothing to walk
    noun = d.form.pos != "verb"
    particle = False
    ever_link = False
    for k in range(first - 1, max(-1, first - 1 - w.auxiliary_reach), -1):
        t = texts[k]
        if t in w.breaks:
            return False
        near = first - k
        if noun and near <= w.memory_reach and t in w.memory:
            return True
        if noun and t in w.since and all(x in w.since_heads for x in texts[k + 1:first]):
            return True
        if near <= w.ever_reach and t in w.ever_link:
            ever_link = True
        elif ever_link and near <= w.ever_reach + 1 and t in w.ever:
            return True
        if t in w.particle:
            # قد must govern the deed: near it, with no other time between
            particle = particle or (near <= w.particle_reach + 1 and not any(
                x in w.particle_blockers for x in texts[k + 1:first]))
        elif particle and t in w.auxiliary:
            return True
    return False


def _told_then(d: Draft, w: _Words) -> bool:
    """"آنذاك"، "حينها" in the deed's clause, either side of it: it fell then.

    Most deeds have no such word within reach on either side: one set test
    over the tokens both walks could read (and the trigger's between them)
    settles them before any walk."""
    texts = d.sentence.texts
    reach = w.then_reach
    near = texts[max(0, d.trigger.first - reach):d.trigger.last + reach + 1]
    if w.then.isdisjoint(near):
        return False
    for step, start in ((-1, d.trigger.first - 1), (1, d.trigger.last + 1)):
        k = start
        while 0 <= k < len(texts) and abs(k - start) < w.then_reach:
            t = texts[k]
            if t in w.breaks:
                break
            if t in w.then:
                return True
            k += step
    return False


def cue_regions(s: Sentence) -> tuple[tuple[int, int], ...]:
    """The phrases of the sentence that name a deed as another's time or
    cause, as (first token, token after the last): from the cue ("بعد ثلاثة
    أيام على"، "رداً على"، "غداة"، "انتقاماً لـ"، "في أعقاب") to the end of its
    clause or the next cue.  A cue followed closely by a blocker (a
    demonstrative, a question, a wound) names no earlier incident."""
    if _cause_openers().isdisjoint(s.words):
        return ()  # most sentences: no cue word at all (a set test in C, asked per draft)
    return _REGIONS.get((s,), lambda: _cue_regions(s))


def _cue_regions(s: Sentence) -> tuple[tuple[int, int], ...]:
    """``cue_regions`` of a sentence with a cue word, worked out."""
    texts = s.texts
    w = _words()
    # tokens that name a deed: "بعد اختطافه يوم الجمعة من طرف …" times the
    # abduction by بعد alone, and its يوم is no span of time
    deeds = frozenset(j for h in s.hits if any(isinstance(e.value, TriggerForm)
                                               for e in h.of_kind("trigger"))
                      for j in range(h.first, h.last + 1))
    starts: list[int] = []
    ends: list[int] = []
    for k, t in enumerate(texts):
        if t in w.breaks:
            if len(ends) < len(starts) and not _goes_on(texts, k, w):
                ends.append(k)
            continue
        if (t in w.clause_verbs and len(ends) < len(starts) and k > starts[-1]
                and texts[k - 1] not in _RELATIVES):
            ends.append(k)  # "وبعد أربعة أيام على الهجوم لقي عامري حتفه": the main clause
            continue
        cue = _cue_ending(texts, k, w, deeds)
        if cue is None or any(x in w.cause_blockers
                              for x in texts[k + 1:k + 1 + w.cause_reach]):
            continue
        if len(ends) < len(starts):
            ends.append(cue)
        starts.append(cue)
    if len(ends) < len(starts):
        ends.append(len(texts))
    return tuple(zip(starts, ends))


@functools.lru_cache(maxsize=1)
def _recall_words() -> frozenset[str]:
    """Every word that lets :func:`recalled`'s walk answer True: a memory
    word, "منذ", a word of "ever" or an auxiliary (after its particle).  A
    deed with none of them within reach before it is not recalled there,
    whatever else stands between (a break only ends the walk sooner)."""
    w = _words()
    return w.memory | w.since | w.ever | w.auxiliary


@functools.lru_cache(maxsize=1)
def _cause_openers() -> frozenset[str]:
    """``_Words.cause_openers``, built once: the property makes a new union each time."""
    return _words().cause_openers



# the regions of the sentences last asked about: a sentence's drafts ask in
# turn, and the document's merge and dating again.  As many as a document has
# sentences with a cue word; the extractor lets them go when the document is
# done (``forget_regions``), so that no sentence outlives its document here
_REGIONS: Final[RecentAnswers[tuple[tuple[int, int], ...]]] = RecentAnswers(64)


def forget_regions() -> None:
    """Let the remembered sentences and their regions go (a document is
    done): see ``eventx.events.forget_choices`` for why."""
    _REGIONS.clear()


def timing_cue(d: Draft) -> int | None:
    """Where the cue stands (a token index) that names the deed as the time
    or the cause of another ("بعد ثلاثة أيام على هجوم"، "رداً على الهجوم
    الذي استهدف"، "غداة"، "انتقاماً لمقتل"): the deed lies in the cue's
    phrase (``cue_regions``); None for a deed told for itself.  Deeds that
    share a cue are told in one phrase, the earlier incident; a deed with a
    cue and one without, or with another cue, are two incidents.  A verb in
    the phrase is the phrase's own only as a deed ("أسفر"، "استهدف"), or
    as the relative clause of a deed noun told in it: a speech verb further
    on is the sentence's ("ردا على هجوم كيماوي على بلدة خان شيخون اتهمت
    واشنطن …")."""
    first = d.trigger.first
    for lo, hi in cue_regions(d.sentence):
        if lo < first < hi:
            if d.form.pos != "verb" or d.rule.type in SECURITY_TYPES or _relative_verb(d, lo):
                return lo
            return None
    return None


def span_back_days(d: Draft) -> int | None:
    """How many days before the clause's time a deed cued by a stated span
    fell ("بعد عشرة أيام على الاعتداءات"، "بعد ثلاثة أيام من هجوم سوروتش"،
    "بعد أسبوع من هجوم"، "بعد يومين من المعارك"، "غداة الهجوم"): the number times the unit,
    a dual or a bare singular unit counting itself.  None for a deed with no
    such cue, or a span with no figure ("بعد أيام من"، "بعد أشهر من")."""
    lo = timing_cue(d)
    if lo is None:
        return None
    texts = d.sentence.texts
    w = _words()
    table = _span_days()
    whole = table.get(texts[lo])
    if whole is not None and whole[1]:
        return whole[0]  # "غداة": the day before
    if texts[lo] not in w.cause_span_heads:
        return None
    for j in range(lo + 1, min(len(texts), lo + 2 + w.cause_span_words)):
        unit = table.get(texts[j])
        if unit is None:
            continue
        days, counted = unit
        if counted:
            return days  # "يومين"، "أسبوع": the unit counts itself
        figures = find_numbers(" ".join(texts[lo + 1:j]))
        return figures[-1].value * days if figures else None
    return None


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """recalled.toml as parsed (read once for the word lists and the span units)."""
    return tomllib.loads(resources.files("eventx").joinpath("data", _FILE).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _span_days() -> dict[str, tuple[int, bool]]:
    """The span units (normalised) with their days and whether the word alone
    states the count (a dual or a bare singular)."""
    data = _data()
    out: dict[str, tuple[int, bool]] = {}
    for key, counted in (("span_days_counted", True), ("span_days_counted_by_number", False)):
        for word, days in data[key].items():
            out[normalize_text(word)] = (int(days), counted)
    return out


def own_slots(d: Draft) -> Draft:
    """``d`` with only the slots its own phrase tells: a deed named as
    another's time or cause keeps none told outside its cue's phrase, and
    a deed told for itself none told inside another's ("قتل جندي تركي في
    تبادل لإطلاق النار أمس، بعد ثلاثة أيام على هجوم انتحاري" dates the
    clash, not the bombing).  A cued deed with no day of its own is dated
    as any: "بعد ساعات من مقتل 25 في انفجار داخل كنيسة" is the day's news
    too, and the window the article's day gives is as near as the text
    tells."""
    regions = cue_regions(d.sentence)
    if not regions:
        return d
    cue = timing_cue(d)
    s = d.sentence

    if cue is not None:
        def mine(first: int) -> bool:
            # what follows the phrase may still be the deed's: a comma parts
            # an apposition too ("إعلان مساعد المتحدث، سيد ظفر هاشمي، في …")
            return first >= cue
    else:
        # a deed told inside a phrase's clause ends that phrase: "بعد أسبوع
        # من أعمال عنف واتهمت السلطات …" leaves the authorities the statement's
        own = d.trigger.first
        cut = tuple((lo, own if lo < own < hi else hi) for lo, hi in regions)

        def mine(first: int) -> bool:
            return not any(lo <= first < hi for lo, hi in cut)

    def at(char: int) -> int:
        return s.token_at(char)

    date = d.date if d.date is None or not s.start <= d.date.start < s.end \
        or mine(at(d.date.start)) else None
    place = d.place if d.place is None or mine(d.place.first) else None
    counts = tuple(c for c in d.counts if not s.start <= c.start < s.end or mine(at(c.start)))
    actors = tuple((r, m) for r, m in d.actors if mine(m.first))
    if (date is d.date and place is d.place and len(counts) == len(d.counts)
            and len(actors) == len(d.actors)):
        return d
    return attrs.evolve(d, date=date, place=place, counts=counts, actors=actors)


def _goes_on(texts: tuple[str, ...], k: int, w: _Words) -> bool:
    """The comma at ``k`` goes on with the phrase before it: "بعد ساعات من
    مقتل 25 وإصابة 78 آخرين، في انفجار داخل كنيسة" names the deed the toll
    came in (not "في حين", a connective), and so does "، قتل فيه ضابط"
    (the toll told of the deed by its pronoun)."""
    nxt = list(texts[k + 1:k + 3])
    return texts[k] in w.phrase_commas and (
        (nxt[:1] == [w.phrase_link] and nxt[1:] != ["حين"])
        or (len(nxt) > 1 and nxt[1] in w.phrase_back))


def _cue_ending(texts: tuple[str, ...], k: int, w: _Words,
                deeds: frozenset[int] = frozenset()) -> int | None:
    """The first token of the cue whose last token is ``k``, or None."""
    t = texts[k]
    if t in w.cause_words:
        return k
    if t in w.cause_reply_link and k >= 1 and texts[k - 1] in w.cause_replies:
        return k - 1
    if t in w.cause_span_links:
        # "بعد (أقل من) ثلاثة أيام على": بعد, a span of time, and the first
        # link after it ("بعد ساعات من الواقعة من إيقافه" times the arrest by
        # the deed, not the arrest)
        unit = False
        for j in range(k - 1, max(-1, k - 2 - w.cause_span_words), -1):
            x = texts[j]
            if (x in w.cause_span_links and not unit) or j in deeds:
                return None
            unit = unit or x in w.cause_span_units
            if x in w.cause_span_heads:
                return j if unit else None
    return None


def _relative_verb(d: Draft, end: int) -> bool:
    """The verb ``d`` follows, within a few words, a deed noun told after the
    cue that ends at ``end``: the noun's relative clause ("هجوم انتحاري
    استهدف"، "الهجوم الذي استهدف")."""
    return relative_head(d, end) is not None


def relative_head(d: Draft, end: int) -> Hit | None:
    """The deed noun told after ``end`` whose relative clause the verb ``d``
    is, the nearest within a few words before it; None if there is none."""
    reach = _words().cause_verb_reach
    first = d.trigger.first
    texts = d.sentence.texts
    heads = [h for h in d.sentence.hits
             if end < h.first and h.last < first <= h.last + reach
             and any(isinstance(e.value, TriggerForm) and e.value.pos != "verb"
                     for e in h.of_kind("trigger"))
             and _THAT.isdisjoint(texts[h.last + 1:first])]
    return heads[-1] if heads else None


# "أن"، "أنه": a verb after it tells what was said, no relative clause (data/grammar_words.toml)
_THAT: Final = grammar_words("complementizers") | grammar_words("pronoun_complementizers")


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
    texts = d.sentence.texts
    k = d.trigger.first - 1
    if k < 1:
        return None
    word = texts[k]
    years = w.ordinals.get(word) or (int(word) if word.isdigit() and len(word) <= 3 else 0)
    if not years:
        return None
    head = k - 1
    while head >= 0 and texts[head] in w.anniversary_fillers:
        head -= 1
    if head < 0 or texts[head] not in w.anniversary_words:
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
