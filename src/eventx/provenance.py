"""Where someone comes from is neither where a deed happened nor whom it hit.

Why: news names the home of the people it tells about as readily as the scene
("قُتل تونسيان أصيلا معتمدية بن ڨردان من ولاية مدنين … غرب مدينة بنغازي"،
"إيقاف فتاة أصيلة جربة"، "مسافرين كانوا قادمين من تعز"), and a country after
"من" is where people, fire or goods came from ("خمسة مشتبه بهم من ليبيا
والجزائر وتونس"، "فتحوا النار من سوريا"، "عائد من ليبيا"، "جندي من تشاد").
Read as the deed's place or as its target or victim, such a name misleads the
analyst twice: the map shows the wrong town and the actor list a country
nobody attacked.

The origin words are data (``origin`` in rules/core/classes.toml): the phrase
after one of them, made of places, place nouns and the prepositions that join
them, is a home.  A country (a name that may be a place) right after "من", or
joined by و to one that is, came from somewhere.

A place right after a verb of setting out, launching or shelling, or after
what was fired, and "من" (class ``launched_from``: "طائرات انطلقت من مطار
الشعيرات"، "صاروخ أطلق من قطاع غزة"، "قصفت من حاجز الحوش"، "القذائف من حاجز
البلدة") is where the deed set out from, a home of it likewise.

The same holds of where someone held was hiding or meant to go, told in a
clause of "كان" and an imperfect verb after him ("خلية كانت تختبئ داخل أحد
المنازل جنوب الشيخ زويد"، "عنصرين كانا يستعدان … للالتحاق بالجماعات
الإرهابية بسوريا"، "شابا كان يعتزم السفر إلى سوريا"): what he was doing,
not where or against whom he was held (:func:`state_clause_tokens`).

Where someone was heading is no scene either, when the sentence names
another place: a place after a word of heading (class ``heading_to``:
"متجهة"، "في طريقها"، "نقلوا"، "توجه") and إلى، نحو، صوب، باتجاه or a glued
ل ("كمين لقافلة متجهة إلى مدينة تعز في محافظة إب"), or after a "من" phrase
and such a preposition ("قادمين من تعز نحو صنعاء") is a destination
(:func:`heading_tokens`); the deed takes it only where nothing else is named.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, PlaceMention, Sentence, is_punct
from eventx.places import PLACE_NOUNS

__all__ = ["HEADING_CLASSES", "ORIGIN_CLASSES", "came_from", "heading_tokens", "led_by", "origin_tokens",
           "state_clause_tokens"]

# the word classes a home's phrase follows: an origin word ("أصيل"، "قادمين من")
# and a launch ("أطلقت من"); a sentence with neither names no home
_ORIGIN: Final = "origin"
_LAUNCHED_FROM: Final = "launched_from"
ORIGIN_CLASSES: Final = frozenset({_ORIGIN, _LAUNCHED_FROM})
# a word of heading somewhere; an origin word may come before a destination
# too ("قادمين من تعز نحو صنعاء")
_HEADING: Final = "heading_to"
HEADING_CLASSES: Final = frozenset({_HEADING, _ORIGIN})
# the prepositions a destination follows, normalised
_TOWARDS: Final = frozenset({"الي", "والي", "نحو", "صوب", "باتجاه", "اتجاه"})

# what may stand inside a home's phrase besides names and bare place nouns:
# what joins a town to its province ("من ولاية مدنين"، "(ولاية مدنين)").  A
# locating word (في، بمدينة) starts a new phrase: "أصيل سوسة بمدينة المنستير"
# was held in Monastir.
_JOINERS: Final = frozenset({"من", "(", ")", "و"})
# how many tokens a home's phrase may run after its origin word
_REACH: Final = 9
# what a country named right after is no party of a deed: where someone or
# something came from (من) or went (إلى: "كان قد وصل إلى ألمانيا"، "أعيد بعدها
# إلى لبنان"، "في طريق عودتهما إلى تونس"), normalised
_FROM: Final = frozenset({"من", "ومن", "الي", "والي"})
# "الحدود مع سوريا"، "المنطقة الحدودية مع لبنان": the border, no side
_WITH: Final = frozenset({"مع"})
# "التحالف الدولي بقيادة الولايات المتحدة": who leads the actor before it
_LED_BY: Final = frozenset({"بقياده", "بزعامه"})


def origin_tokens(s: Sentence) -> frozenset[int]:
    """The tokens of every home the sentence names after an origin word."""
    starts = [h.last + 1 for h in s.hits if _ORIGIN in h.classes]
    launches = [h.last for h in s.hits if _LAUNCHED_FROM in h.classes]
    if not starts and not launches:
        return frozenset()
    spans = _spans(s)
    if launches:
        starts += _launch_sources(s, launches)
    out: set[int] = set()
    for j in starts:
        _phrase(s, j, spans, out)
    return frozenset(out)


def heading_tokens(s: Sentence) -> frozenset[int]:
    """The tokens of every destination the sentence names after a word of
    heading (and the "من" phrase of where the heading started, if one comes
    between), or after an origin word's phrase ("قادمين من تعز نحو صنعاء")."""
    spans = _spans(s)
    toks = s.tokens
    out: set[int] = set()
    for h in s.hits:
        if _HEADING in h.classes:
            j = h.last + 1
            if j < len(toks) and toks[j].text == "من":
                j = _phrase(s, j, spans, out)  # "متجهة من القصرين إلى تونس"
        elif _ORIGIN in h.classes and toks[h.last].text == "من":
            j = _phrase(s, h.last + 1, spans, set())  # the origin reader has its phrase
        else:
            continue
        if j < len(toks) and toks[j].text in _TOWARDS:
            _phrase(s, j + 1, spans, out)
        elif j in spans and toks[j].text[:1] == "ل":
            _phrase(s, j, spans, out)  # "متجهة للأراضي الحجازية"
    return frozenset(out)


def _spans(s: Sentence) -> dict[int, int]:
    """The last token of each place and actor, by its first."""
    spans = {m.first: m.last for m in s.places}
    spans.update((m.first, m.last) for m in s.actors)
    return spans


def _phrase(s: Sentence, j: int, spans: dict[int, int], out: set[int]) -> int:
    """Add to ``out`` the tokens of the place phrase starting at ``j``
    (places, place nouns and what joins them, up to ``_REACH`` tokens), and
    return the token after it."""
    stop = min(len(s.tokens), j + _REACH)
    while j < stop:
        last = spans.get(j)
        if last is not None:
            out.update(range(j, last + 1))
            j = last + 1
            continue
        tok = s.tokens[j].text
        if tok in _JOINERS or tok in PLACE_NOUNS or (tok[:1] == "و" and tok[1:] in PLACE_NOUNS):
            j += 1
            continue
        break
    return j


# how many tokens may stand between a launch and its "من": the launcher named
# after a verb with an object pronoun ("صاروخ أطلقته المليشيات الحوثية، من
# محافظة صعدة"), a day ("أطلقت أمس من قطاع غزة"), the commas around them
_LAUNCH_GAP: Final = 6


def _launch_sources(s: Sentence, launches: list[int]) -> list[int]:
    """Where the home's phrase of each launch (a ``launched_from`` hit ending
    at one of ``launches``) starts: after its "من", which follows the hit
    straight or past only the launcher's name, a date and punctuation.  Any
    other word between ("أطلق مسلحون النار من"، "أطلقت الشرطة سراح") ends the
    search: what comes from somewhere then is no longer the launch."""
    toks = s.tokens
    skip = {a.first: a.last for a in s.actors}
    for d in s.dates:
        skip[s.token_at(d.start)] = s.token_at(d.end - 1)
    out = []
    for last in launches:
        j, stop = last + 1, min(len(toks), last + 1 + _LAUNCH_GAP)
        while j < stop:
            if toks[j].text == "من":
                out.append(j + 1)
                break
            end = skip.get(j)
            if end is not None:
                j = end + 1
            elif is_punct(toks[j]):
                j += 1
            else:
                break
    return out


def led_by(s: Sentence, a: ActorMention) -> bool:
    """``a`` leads the actor named before it ("التحالف بقيادة واشنطن"): it
    only qualifies that actor, which takes the role in the deed."""
    j = a.first - 1
    while j >= 0 and is_punct(s.tokens[j]):
        j -= 1
    return j >= 0 and s.tokens[j].text in _LED_BY


def came_from(s: Sentence, a: ActorMention) -> bool:
    """The country named by ``a`` follows "من" or "إلى" (or "الحدود مع"),
    itself or through the list it ends ("من ليبيا والجزائر وتونس"): a
    provenance, a destination or a border, no party to the deed."""
    if not a.place_too:
        return False
    first, key = a.first, a.key
    spans: dict[int, ActorMention | PlaceMention] = {m.last: m for m in s.places}
    spans.update((m.last, m) for m in s.actors)
    for _ in range(8):
        j = first - 1
        while j >= 0 and is_punct(s.tokens[j]):
            j -= 1
        if j < 0:
            return False
        if s.tokens[j].text in _FROM:
            return True
        if s.tokens[j].text in _WITH and j >= 1 and "حدود" in s.tokens[j - 1].text:
            return True
        head = key.split()[0] if key else s.tokens[first].text
        tok = s.tokens[first].text
        if tok == "و" + head:
            pass  # "والجزاير": the conjunction glued on
        elif s.tokens[j].text == "و":
            j -= 1
        else:
            return False
        prev = spans.get(j)
        if prev is None:
            return False
        first, key = prev.first, prev.key
    return False


# "كان" and its forms, the conjunction glued on or not: with an imperfect verb
# right after, what someone was doing then
_WAS: Final = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "كن",
                  "وكان", "وكانت", "وكانوا", "وكانا", "وكانتا"})
_CLAUSE_ENDS: Final = frozenset({"،", ",", "؛", ";", ".", ":", "!", "؟"})
# how far such a clause runs at most, when no comma closes it
_STATE_REACH: Final = 12


def state_clause_tokens(s: Sentence, after: int) -> frozenset[int]:
    """The tokens of every "كان + imperfect verb" clause that starts after
    token ``after`` (a deed's trigger) and runs to the next comma."""
    toks = s.tokens
    out: set[int] = set()
    for k in range(after + 1, len(toks) - 1):
        nxt = toks[k + 1].text
        if toks[k].text not in _WAS or len(nxt) < 3 or nxt[0] not in "يت":
            continue
        end = min(len(toks), k + _STATE_REACH)
        j = k + 1
        while j < end and toks[j].text not in _CLAUSE_ENDS:
            j += 1
        out.update(range(k, j))
    return frozenset(out)
