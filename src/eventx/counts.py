"""Counts: which numbers in a sentence are tolls, salvo sizes or attacker numbers.

A number is only a count when the sentence says WHAT it counts; "28 يناير",
"عام 2013" and "منذ ثلاث سنوات" are numbers but never tolls. :func:`find_counts`
reads, around every :class:`~eventx.numbers.NumberMatch` (and every dual noun,
which is a number on its own: قتيلان، صاروخين), in this order of precedence:

1. a counted noun that names its kind (13 قتيلا، 14 صاروخا، 18 غارة);
2. a frame before the number (مقتل 29، أصيب 16، قتلت قوات الجيش 14 إرهابيا);
3. a frame after the noun (38 شخصا قتلوا، 18 من مسلحي الحوثي قتلوا);
4. coordination with the count just before (مقتل 21 حوثيا و2 من الجنود);
5. the default kind of a person noun (3 مهاجمين = attackers).

Parts of one toll joined by و ("21 حوثيا و2 من الجنود", "أصيب آخر وثلاثة
مجندين", where the lone person before و counts one) are marked ``joined`` to
the part before them: a consumer sums a toll's parts, as ACLED records
fatalities, but not two separate statements of a toll.  A subset
("مقتل 13 شخصا بينهم 3 أطفال") is no toll at all, nor is a part joined to it
by و ("بينهم 47 امرأة و33 طفلا"), unless its noun names a kind of its own
("بينهم 3 أطفال وأكثر من 60 جريحا" then tells the wounded).  "أحد/إحدى" before a
definite noun ("اعتقال إحدى المرأتين") is one.

Totals of killed AND wounded ("20 قتيلا وجريحا", "مقتل وإصابة 20") are neither
a death nor an injury toll and give no count. All vocabulary is data
(``data/count_nouns.toml``), compiled once into dictionaries.
"""
from __future__ import annotations

import importlib.resources
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, Final, NamedTuple

import attr

from eventx.numbers import (
    ScannedNumber, Token, match_post_qualifier, number_start_words, proclitic_index, qualify,
    scan_numbers, tokenize, words_at,
)
from eventx.number_tokens import tokens_from
from eventx.text.letter_runs import lister
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import Token as TextToken

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

__all__ = ["COUNT_KINDS", "CountMatch", "accusative_noun", "can_hold", "find_counts", "first_tolls"]

COUNT_KINDS: Final[tuple[str, ...]] = (
    "killed", "wounded", "abducted", "arrested", "munitions", "attackers", "incidents",
)
_VICTIM: Final = frozenset({"killed", "wounded"})
_PRE_WINDOW: Final = 3     # words allowed between a frame and a number that has a noun
_POST_WINDOW: Final = 5    # words scanned after the noun for a post frame (قتلوا، حتفهم)
_MIXED_SKIP: Final = 2     # modifiers between a noun and "بين قتيل وجريح" after it
_FELL: Final = "fell"      # the frame kind of سقط/سقوط: killed or wounded, as _fell_kind reads
_FELL_CLAUSE: Final = 24   # tokens after the fallen that may tell them wounded
_CLAUSE_ENDS: Final = frozenset({"،", ",", ".", "؛", ";", ":", "؟", "?", "!"})
_COORD_GAP: Final = 4      # tokens allowed between a count and the next one it is joined to by و
_FAR_QUAL: Final = 3       # words allowed between a counted noun and a "على الأقل" that qualifies it
_AT_LEAST_HEAD: Final = "علي"  # "على" normalised: the first word of على الأقل / على أقل تقدير
_ONE_WORDS: Final = frozenset({"واحد", "واحده"})  # "one", normalised: an adjective after its noun
_DOERS: Final = "attackers"  # the default kind of a doer's noun: a counted subject (_counted_object)


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class CountMatch:
    """A count: offsets into the normalised sentence, covering qualifier + number + noun."""

    start: int
    end: int
    kind: str
    value: int
    min: int
    max: int
    approximate: bool
    unit: str | None = None
    joined: bool = False   # a further part of the toll just before it (same kind, joined by و)

    def __init__(self, start: int, end: int, kind: str, value: int, min: int, max: int,
                 approximate: bool, unit: str | None = None, joined: bool = False) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "min", min)
        object.__setattr__(self, "max", max)
        object.__setattr__(self, "approximate", approximate)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "joined", joined)

    def shifted(self, offset: int) -> CountMatch:
        """The same count ``offset`` characters further on (a sentence's counts
        moved to document offsets; named fields, not attrs.evolve, which asks
        them by name through Python calls)."""
        return CountMatch(self.start + offset, self.end + offset, self.kind, self.value, self.min,
                          self.max, self.approximate, self.unit, self.joined)


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _Noun:
    kind: str | None
    default_kind: str | None
    unit: str | None
    form: str  # singular|accusative|dual|dual_construct|plural|definite|construct
    needs_next: tuple[tuple[str, ...], ...]    # required following phrase(s), empty if none


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _Tables:
    nouns: dict[str, _Noun]
    frames: dict[str, tuple[tuple[tuple[str, ...], str], ...]]   # last word -> (words, kind)
    post_frames: dict[str, str]
    bridges: frozenset[str]
    unit_modifiers: dict[str, str]
    double_after: frozenset[str]
    double_words: frozenset[str]
    double_value: int
    double_kind: str
    between: tuple[tuple[str, ...], ...]
    block_after: frozenset[str]
    block_before: dict[str, bool]
    function_words: frozenset[str]
    proclitics: tuple[str, ...]
    # nouns, frames and block_before with proclitic forms folded in (one dict get a token)
    nouns_x: dict[str, tuple[int, _Noun]]
    frames_x: dict[str, tuple[int, tuple[tuple[tuple[str, ...], str], ...]]]
    block_before_x: dict[str, tuple[int, bool]]
    year_before: frozenset[str]   # في: a year-like figure after it is a year
    seed_words: frozenset[str]    # token texts that seed a count without a number
    count_words: frozenset[str]   # ... or that a number can start with
    count_runs: Callable[[str], list[str]]  # letter_runs.lister of count_words: _may_hold_counts
    hosts: dict[str, frozenset[str]]  # count kind -> event types that can hold it
    subsets: frozenset[str]       # بينهم: what follows is part of a toll already given
    one_of: frozenset[str]        # أحد/إحدى before a definite noun: one of them
    one_of_people: frozenset[str]  # plurals of people أحد may count that no noun entry gives
    group_words: frozenset[str]  # a group and its make-up between frame and number
    touching: frozenset[str]     # frames that count only a figure right after them
    during_it: frozenset[str]    # خلاله، فيه: after a plural verb frame, its object still comes
    ordinals: frozenset[str]     # الرابع: one person, right after a victim frame
    others: frozenset[str]       # آخران، آخرون: a figure of others beside one named
    not_objects: frozenset[str]  # الأحد، الليلة: definite times, no object after a doer


def _n(word: str) -> str:
    return normalize_text(word).strip()


def _noun_forms(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """(form, word) pairs derived from one noun entry: accusative, duals, definites."""
    s = _n(entry["singular"])
    plurals = [_n(p) for p in entry.get("plural", [])]
    out: list[tuple[str, str]] = [("singular", s)]
    out += [("plural", p) for p in plurals]
    if s.endswith("ه"):
        stem = s[:-1] + "ت"
        out += [("dual", stem + "ان"), ("dual", stem + "ين")]
        # construct duals lose the ن: "قذيفتا هاون", "عبوتي ناسفة"
        out += [("dual", stem + "ا"), ("dual", stem + "ي")]
    else:
        if not s.endswith(("ا", "ء")):
            out.append(("accusative", s + "ا"))
        out.append(("dual", s + "ان"))
        if entry.get("unit"):
            # "بصاروخي كاتيوشا": a construct dual, told from the adjective
            # (هجوم صاروخي) by the unit word that must follow it
            out.append(("dual_construct", s + "ي"))
        if not entry.get("sound_plural", False):
            out.append(("dual", s + "ين"))
        else:
            out.append(("construct", s + "ي"))
    out += [("definite", "ال" + p) for p in plurals]
    return out


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = (importlib.resources.files("eventx") / "data" / "count_nouns.toml").read_text("utf-8")
    d: dict[str, Any] = tomllib.loads(raw)
    nouns: dict[str, _Noun] = {}
    for e in d["noun"]:
        needs = tuple(tuple(_n(w).split()) for w in e.get("needs_next", []))
        for form, word in _noun_forms(e):
            nouns.setdefault(word, _Noun(e.get("kind"), e.get("default_kind"), e.get("unit"),
                                         form, needs))
    frames: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, phrases in d["frames"].items():
        for p in phrases:
            words = tuple(_n(p).split())
            frames.setdefault(words[-1], []).append((words, kind))
    post = {_n(w): kind for kind, ws in d["post_frames"].items() for w in ws}
    dbl = d["double"]
    procl = tuple(sorted({_n(p) for p in d["proclitics"]}, key=len, reverse=True))
    frame_index = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in frames.items()}
    block_before = dict.fromkeys(
        (_n(w) for w in d["blocks"]["before"] + d["blocks"]["months"]), True)
    double_words = frozenset(_n(w) for w in dbl["words"])
    nouns_x = proclitic_index(nouns, procl)
    seed_words = frozenset(w for w, (_, noun) in nouns_x.items()
                           if noun.form in ("dual", "dual_construct"))
    seed_words |= double_words
    one_of = frozenset(_n(w) for w in d["one_of"]["words"])
    seed_words |= one_of
    ordinals = frozenset(_n(w) for w in d["ordinals"]["words"])
    seed_words |= ordinals
    return _Tables(
        nouns=nouns,
        frames=frame_index,
        post_frames=post,
        bridges=frozenset(_n(w) for w in d["bridges"]["words"]),
        unit_modifiers={_n(k): v for k, v in d["unit_modifiers"].items()},
        double_after=frozenset(_n(w) for w in dbl["after"]),
        double_words=double_words,
        double_value=int(dbl["value"]),
        double_kind=str(dbl["kind"]),
        between=tuple(tuple(_n(w).split()) for w in d["mixed"]["between"]),
        block_after=frozenset(_n(w) for w in d["blocks"]["after"] + d["blocks"]["months"]),
        block_before=block_before,
        function_words=frozenset(_n(w) for w in d["function_words"]["words"]),
        proclitics=procl,
        nouns_x=nouns_x,
        frames_x=proclitic_index(frame_index, procl),
        block_before_x=proclitic_index(block_before, procl),
        year_before=frozenset(_n(w) for w in d["blocks"]["year_before"]),
        seed_words=seed_words,
        count_words=seed_words | number_start_words(),
        count_runs=lister(seed_words | number_start_words()),
        hosts={k: frozenset(v) for k, v in d["hosts"].items()},
        subsets=frozenset(_n(w) for w in d["subsets"]["words"]),
        one_of=one_of,
        one_of_people=frozenset(_n(w) for w in d["one_of"].get("people", [])),
        not_objects=frozenset(_n(w) for w in d["doer_object"]["not_objects"]),
        group_words=frozenset(_n(w) for w in d["group_words"]["words"]),
        touching=frozenset(_n(w) for w in d["touching_frames"]["words"]),
        during_it=frozenset(_n(w) for w in d["during_it"]["words"]),
        ordinals=ordinals,
        others=frozenset(_n(w) for w in d["others"]["words"]),
    )


def can_hold(event_type: str, kind: str) -> bool:
    """Whether an event of ``event_type`` can hold a count of ``kind``.

    Why: one sentence often reports two incidents (an arrest after a shooting
    that killed eight); a count belongs to the nearest trigger of a type that
    can have it, never to an arrest (deaths) or a statement (anything).
    """
    return event_type in _tables().hosts.get(kind, ())


def accusative_noun(word: str) -> bool:
    """Whether the normalised ``word`` (a proclitic allowed) is a count
    noun in the indefinite accusative ("مسلحا"، "وجنديا"، "إرهابيا").

    Why: that ending marks an object or a count's noun, never a subject, and
    the count-noun table knows which words carry it as an ending rather than
    as their own last letter (ميليشيا، خلايا، أوباما are no accusatives)."""
    hit = _tables().nouns_x.get(word)
    return hit is not None and hit[1].form == "accusative"


def first_tolls(counts: Iterable[CountMatch]) -> tuple[CountMatch, ...]:
    """Of the counts one event holds, each kind's first toll: its first count and
    the parts joined to it (in text order).

    Why: a long sentence may restate a toll ("ثلاثة من رجالها ... وإصابة ثلاثة
    مجندين") or break it down; only joined parts add up, and the lead figure
    is the one news states first.
    """
    out: list[CountMatch] = []
    open_kinds: set[str] = set()
    closed: set[str] = set()
    for c in sorted(counts, key=lambda c: c.start):
        if c.kind in closed:
            continue
        if c.kind in open_kinds and not c.joined:
            open_kinds.discard(c.kind)
            closed.add(c.kind)
            continue
        open_kinds.add(c.kind)
        out.append(c)
    return tuple(out)


# ------------------------------------------------------------------ helpers --

def _frame_ending_at(t: _Tables, toks: list[Token], k: int) -> tuple[str, int, int] | None:
    """(kind, first token, proclitic length) of a frame phrase whose last word is token ``k``."""
    tok = toks[k]
    if tok.kind != "w":
        return None
    hit = t.frames_x.get(tok.text)
    if hit is None:
        return None
    pfx_last, cands = hit
    for words, kind in cands:
        first = k - len(words) + 1
        if first < 0:
            continue
        if len(words) == 1:
            return kind, k, pfx_last
        if pfx_last:
            continue  # only the first word of a phrase may carry a proclitic
        if any(toks[first + m].text != words[m] for m in range(1, len(words) - 1)):
            continue
        head = toks[first].text
        if head == words[0]:
            return kind, first, 0
        for p in t.proclitics:
            if head == p + words[0]:
                return kind, first, len(p)
    return None


def _is_mixed_frame(t: _Tables, toks: list[Token], kind: str, first: int, pfx: int) -> bool:
    """"مقتل وإصابة 20" / "قتل وجرح 20": the frame is joined by و to the other victim frame."""
    if kind not in _VICTIM:
        return False
    joined = pfx > 0 and toks[first].text.startswith("و")
    k = first - 1
    if not joined and k >= 0 and toks[k].text == "و":
        joined, k = True, k - 1
    if not joined or k < 0:
        return False
    if toks[k].text in t.post_frames:
        return False  # "22 مسلحا قتلوا وأصيب العشرات": قتلوا closes the toll before it
    other = _frame_ending_at(t, toks, k)
    return other is not None and other[0] in _VICTIM and other[0] != kind


def _is_mixed_after(t: _Tables, toks: list[Token], covered: list[int], j: int, kind: str,
                    noun: _Noun | None) -> bool:
    """"20 قتيلا وجريحا" / "20 بين قتيل وجريح": a joint total follows at token ``j``."""
    if kind not in _VICTIM or j >= len(toks):
        return False
    tok = toks[j]
    if (noun is not None and noun.kind in _VICTIM and tok.kind == "w" and tok.text.startswith("و")
            and not (j + 1 < len(toks) and covered[j + 1] >= 0)):
        hit = t.nouns.get(tok.text[1:])
        if hit is not None and hit.kind in _VICTIM and hit.kind != kind:
            return True
    # "بين قتيل وجريح" may follow the noun's modifiers: "العشرات من المسلحين
    # الحوثيين بين قتيل وجريح"
    for i in range(j, min(j + _MIXED_SKIP + 1, len(toks))):
        for words in t.between:
            e = i + len(words)
            if e < len(toks) and all(toks[i + m].text == words[m] for m in range(len(words))):
                hit = t.nouns.get(toks[e].text)
                if hit is not None and hit.kind in _VICTIM:
                    return True
        tok = toks[i]
        if tok.kind != "w" or covered[i] >= 0 or tok.text in t.function_words:
            break
    return False


def _needs_ok(toks: list[Token], j: int, needs: tuple[tuple[str, ...], ...]) -> int | None:
    """End token of a required following phrase at ``j``, else None."""
    for words in needs:
        e = j + len(words)
        if e <= len(toks) and all(toks[j + m].text == words[m] for m in range(len(words))):
            return e
    return None


class _NounSpan(NamedTuple):
    """The noun a figure counts (a NamedTuple: built for most figures, cheaper
    than a frozen attrs record)."""

    noun: _Noun | None      # None: a word we do not know, read as a generic noun
    end_tok: int
    unit: str | None


def _noun_after(t: _Tables, toks: list[Token], j: int) -> _NounSpan | None:
    """The counted noun at token ``j`` (or after a partitive من), if any."""
    n = len(toks)
    if j >= n or toks[j].kind != "w":
        return None
    word = toks[j].text
    if word in ("منهم", "منهن"):
        return _NounSpan(None, j + 1, None)
    if word == "من":
        if j + 1 >= n or toks[j + 1].kind != "w":
            return None
        j += 1
        word = toks[j].text
    elif word in t.function_words:
        return None
    if word in t.block_after:
        return None
    noun = t.nouns.get(word)
    if noun is None:
        # a known frame or noun behind a proclitic (مقتل 5 وإصابة 3) is not this number's noun
        if word in t.function_words or word in t.frames_x or word in t.nouns_x:
            return None
        return _NounSpan(None, j + 1, None)
    end = j + 1
    if noun.needs_next:
        e = _needs_ok(toks, end, noun.needs_next)
        if e is None:
            return _NounSpan(None, end, None) if noun.kind == "incidents" else None
        end = e
    unit = noun.unit
    if noun.kind == "munitions" and end < n and toks[end].text in t.unit_modifiers:
        unit = t.unit_modifiers[toks[end].text]
        end += 1
    return _NounSpan(noun, end, unit)


def _frame_before(t: _Tables, toks: list[Token], covered: list[int], dates: list[bool],
                  start: int, has_noun: bool, lone: int = -1) -> str | None:
    """Kind of the nearest frame before token ``start`` ("" when a mixed total), else None.

    ``lone``: the first token of the lone person the figure is joined to by و
    (:func:`_lone_person`), or -1; a frame that counts only a figure right
    after it counts one after its lone person too ("سقط جندي و5 مدنيين")."""
    steps = core = 0  # words between; those not naming a group and its make-up
    k = start - 1
    while k >= 0:
        tok = toks[k]
        if k == start - 1 and _quoted_frame(t, toks, k):
            k -= 1  # "نتج عنه «استشهاد» 15 مصليا": a frame quoted from a statement
            continue
        if tok.kind == "p" or (covered[k] >= 0 and not dates[covered[k]]):
            return None
        if covered[k] >= 0:  # a date between frame and number: قتل في عام 2013 نحو 50 شخصا
            k -= 1
            continue
        if tok.text == "و":
            k -= 1
            continue
        f = _frame_ending_at(t, toks, k)
        if f is not None:
            kind, first, pfx = f
            if steps > _PRE_WINDOW and kind != "arrested":
                return None  # a group's members are counted by who holds them, not by a toll
            if (steps or not has_noun) and toks[k].text[pfx:] in t.touching \
                    and not (has_noun and k + 1 == lone):
                # "سقوط طائرة تقل 16 شخصا": the plane fell, not the 16; "وسقط أكثر
                # من 30 برميلا": a figure with no noun we know may count things
                return None
            if k != start - 1 and toks[k].text[pfx:] in t.post_frames and not all(
                    toks[x].text in t.during_it for x in range(k + 1, start)):
                # a plural verb reads both ways: "وقتلوا ثلاثة جنود" (they killed
                # three) before its object, "قتلوا على يد 3 مهاجمين" (were killed by)
                return None
            # "مقتل وإصابة 20" is a joint total only when the pair touches the number
            # (ضابط قتل وأصيب آخر وثلاثة مجندين: three wounded)
            adjacent = k == start - 1 or all(
                toks[x].text in t.bridges or toks[x].text == "و" for x in range(k + 1, start))
            return "" if adjacent and _is_mixed_frame(t, toks, kind, first, pfx) else kind
        if has_noun:
            steps += 1
            core += tok.text not in t.group_words
            if core > _PRE_WINDOW:
                return None
        elif tok.text not in t.bridges:
            return None
        k -= 1
    return None


# quotation marks (normalised text reads « » “ ” as ")
_QUOTES: Final = frozenset({'"', "«", "»", "“", "”"})


def _quoted_frame(t: _Tables, toks: list[Token], k: int) -> bool:
    """Token ``k`` closes a quote that holds a frame phrase and nothing else:
    "نتج عنه «استشهاد» 15 وإصابة 33 آخرين" quotes the ministry's word for
    the deaths, and the figure after the quote is still what it counts."""
    if toks[k].text not in _QUOTES or k < 2:
        return False
    f = _frame_ending_at(t, toks, k - 1)
    return f is not None and f[1] > 0 and toks[f[1] - 1].text in _QUOTES


def _fell_kind(t: _Tables, toks: list[Token], covered: list[int], j: int) -> str:
    """What those who "fell" (سقط 16 شخصا) are: killed, unless a wound word
    stands later in their clause, before any other figure ("سقط العشرات من
    المتظاهرين ومن عناصر الشرطة جرحى": wounded; "سقط 16 شخصا و35 جريحا"،
    "سقوط 11 مواطنا وإصابة 33": the wound is the next figure's, the 16 killed)."""
    for k in range(j, min(len(toks), j + _FELL_CLAUSE)):
        tok = toks[k]
        if tok.text in _CLAUSE_ENDS or covered[k] >= 0 or tok.text in t.frames_x:
            break  # "سقوط 11 مواطنا وإصابة 33": another frame, another figure
        noun = t.nouns_x.get(tok.text)
        if t.post_frames.get(tok.text) == "wounded" or (noun is not None and noun[1].kind == "wounded"):
            return "wounded"
    return "killed"


def _frame_after(t: _Tables, toks: list[Token], covered: list[int], j: int) -> str | None:
    for k in range(j, min(j + _POST_WINDOW, len(toks))):
        tok = toks[k]
        if tok.kind != "w" or (covered[k] >= 0 and tok.text not in _ONE_WORDS):
            return None  # "8 أشخاص من أسرة واحدة قتلوا": "one" there is an adjective
        kind = t.post_frames.get(tok.text)
        if kind is not None:
            return kind
    return None


# the figures a year in the news could be: read as that year after في
_YEARS: Final = (1900, 2030)


def _blocked(t: _Tables, toks: list[Token], a: int, b: int) -> bool:
    """Dates, ages, distances, sums and percentages are never counts."""
    n = len(toks)
    if b < n:
        nxt = toks[b].text
        if nxt in t.block_after:
            return True
        if nxt == "في" and b + 1 < n and toks[b + 1].text in t.block_after:
            return True
    if a > 0 and toks[a - 1].kind == "w":
        if toks[a - 1].text in t.block_before_x:
            return True
    return False


def _frame_after_next_part(t: _Tables, toks: list[Token], covered: list[int],
                           seeds: list[_Seed], end_tok: int) -> str | None:
    """The post frame after the next part of a coordinated toll ("19 من مقاتلي
    بوكو حرام وجنديين من تشاد قتلوا"): the verb closes both parts, however
    far it stands from the first."""
    nxt = next((sd for sd in seeds if end_tok <= sd.tok <= end_tok + _COORD_GAP), None)
    if nxt is None or not (toks[nxt.tok].text.startswith("و")
                           or (nxt.tok > 0 and toks[nxt.tok - 1].text == "و")):
        return None
    if nxt.dual is not None:
        e = nxt.tok + 1
    elif nxt.number is not None:
        e = nxt.number.end_tok
        ns = _noun_after(t, toks, e)
        e = ns.end_tok if ns is not None else e
    else:
        return None
    return _frame_after(t, toks, covered, e)


def _far_at_least(t: _Tables, toks: list[Token], covered: list[int],
                  j: int) -> tuple[str, int] | None:
    """"على الأقل" after the counted noun's genitive and adjectives ("ستة من
    مقاتلي المعارضة السورية على الأقل"): it still says the figure is a
    minimum.  Only plain words may stand between (no number, no preposition
    or conjunction, no frame: what follows those is another phrase)."""
    for k in range(j, min(len(toks), j + _FAR_QUAL + 1)):
        tok = toks[k]
        if tok.kind == "w" and tok.text == _AT_LEAST_HEAD:
            pq = match_post_qualifier(toks, k)
            return pq if pq is not None and pq[0] == "at_least" else None
        if (k == j + _FAR_QUAL or tok.kind != "w" or covered[k] >= 0
                or tok.text in t.function_words or tok.text.startswith("و")
                or tok.text in t.frames_x or tok.text in t.post_frames):
            return None
    return None


def _people(t: _Tables, word: str) -> bool:
    """An unknown noun after "أحد" that names people: a definite masculine
    sound plural ("العاملين", "المحتجون") or a listed plural of people
    (``one_of.people``: القادة، المارة).  Other unknown nouns after أحد are
    mostly things ("أحد المستشفيات", "إحدى القرى", "أحد الأحياء"): a place the
    deed touched, not a toll of one."""
    return word in t.one_of_people or (
        word.startswith("ال") and word.endswith(("ين", "ون")) and len(word) > 5)


def _lone_person(t: _Tables, toks: list[Token], used: list[bool], covered: list[int],
                 start_tok: int, others: bool = False) -> tuple[int, int, str] | None:
    """(first, end token, kind) of one person named by a singular noun, right
    after a frame and joined by و to the figure at ``start_tok``; the kind is
    the frame's, which a noun that names a kind itself must agree with.
    After سقط/سقوط it is the noun's kind, or ``fell``: the lone one fell as
    the figure joined to them did (killed or wounded, as their shared clause
    tells, :func:`_fell_kind`).

    Why: "أصيب آخر وثلاثة مجندين", "قتل جندي و5 مدنيين", "سقط جندي و5 مدنيين"
    state a toll of four and six; alone ("قتل جندي") a singular states no
    figure and gives no count.  Only nouns of the count table are read, all
    people: "إصابة الهدف و3 مواقع" names no one hurt; their definite singular
    too ("مقتل القائد و3 من مرافقيه": four).  Before a figure of "others"
    (``others``: "أصيب السائق واثنان آخران") any definite singular is one of
    them: the others are people like it.
    """
    j = start_tok - 1
    if j >= 0 and toks[j].text == "و":
        j -= 1
    for first in (j, j - 1):
        if first < 1 or toks[j].kind != "w" or any(used[k] or covered[k] >= 0
                                                    for k in range(first, j + 1)):
            continue
        word = toks[first].text
        noun = t.nouns.get(word)
        if noun is None and word.startswith("ال"):
            noun = t.nouns.get(word[2:])
            if noun is not None and noun.form != "singular":
                noun = None
            if noun is None and others and first == j and _one_definite(t, word):
                noun = _SOMEONE
        if noun is None or noun.form not in ("singular", "accusative"):
            continue
        f = _frame_ending_at(t, toks, first - 1)
        if f is not None and f[0] == _FELL and (noun.kind is None or noun.kind in _VICTIM):
            return first, j + 1, noun.kind or _FELL
        if f is not None and noun.kind in (None, f[0]):
            return first, j + 1, f[0]
    return None


def _with_others(t: _Tables, toks: list[Token], start_tok: int, end_tok: int, kind: str) -> bool:
    """Whether the figure from ``start_tok`` to ``end_tok`` counts others that
    fell with the subject of a frame verb right before مع, or before its
    definite subject and مع ("أن قياديا كبيرا قتل مع مسلحين اثنين آخرين"،
    "وقتل الجندي مع ثلاثة آخرين"): the toll is one more than the figure, the
    subject being one of them.

    Why: "مع" joins the others to the one the verb tells of, as و joins them
    to a lone person after the frame (``_lone_person``); the others word
    right after the figure says they are people like that one."""
    j = start_tok - 1
    if j > 0 and toks[j].text in t.nouns:
        j -= 1  # "مسلحين اثنين": the noun before "two"
    if j < 1 or toks[j].text != "مع":
        return False
    if not any(k < len(toks) and toks[k].text in t.others for k in (end_tok - 1, end_tok)):
        return False
    k = j - 1
    if k > 0 and toks[k].text.startswith("ال") and _one_definite(t, toks[k].text):
        k -= 1  # "وقتل الجندي مع ثلاثة آخرين": the subject after the verb
    f = _frame_ending_at(t, toks, k)
    return f is not None and f[0] == kind


def _others_with(t: _Tables, toks: list[Token], prev_end: int, start_tok: int, end_tok: int) -> bool:
    """Whether the figure from ``start_tok`` to ``end_tok`` counts others that
    fell with the toll counted right before it, ending at ``prev_end``: مع
    alone between them, the others word right after the figure ("وقتل 3
    جنود مع 5 آخرين في هجوم": 8 killed).

    Why: as with a lone subject (:func:`_with_others`), "مع" joins the others
    to those the toll counts, as و does.  Without the others word مع names a
    party the dead were with ("قتل 3 جنود مع مسلحين"، "في اشتباكات مع 5
    مسلحين"), no part of the toll."""
    if prev_end != start_tok - 1 or toks[prev_end].text != "مع":
        return False
    return any(k < len(toks) and toks[k].text in t.others for k in (end_tok - 1, end_tok))


# one person named by a definite singular the count table does not list (السائق)
_SOMEONE: Final = _Noun(None, None, None, "singular", ())
_SUBJECT_ADJ: Final = 2  # adjectives allowed between a counted subject's noun and the object


def _one_definite(t: _Tables, word: str) -> bool:
    """Whether the definite ``word`` may name one person: no word of the
    tables (function words, frames, table nouns and their plurals, months),
    no plural of people (:func:`_people`) and no feminine plural in -ات."""
    return (len(word) > 3 and word not in t.function_words and word not in t.frames_x
            and word not in t.nouns_x and word not in t.block_after
            and not _people(t, word) and not word.endswith("ات"))


def _ordinal_toll(t: _Tables, toks: list[Token], covered: list[int], k: int) -> str | None:
    """The kind of the toll of one that the ordinal at token ``k`` tells
    ("ولقي الرابع مصرعه"، "وأصيب الثاني بجروح"), else None.

    Why: after a victim frame a definite ordinal stands for one of the people
    the story counts off; it must close its clause or carry the post frame of
    the same kind, since any other word after it makes it an object or a name
    ("بقتل الأول أباه")."""
    f = _frame_ending_at(t, toks, k - 1)
    if f is None:
        return None
    kind = _fell_kind(t, toks, covered, k + 1) if f[0] == _FELL else f[0]
    if kind not in _VICTIM:
        return None
    if k + 1 >= len(toks) or toks[k + 1].text in _CLAUSE_ENDS:
        return kind
    return kind if t.post_frames.get(toks[k + 1].text) == kind else None


def _counted_object(t: _Tables, toks: list[Token], covered: list[int], dates: list[bool],
                    by_first: dict[int, ScannedNumber], j: int) -> int | None:
    """First token of a counted object right after a counted subject whose
    noun (and up to two adjectives) ends before token ``j``, else None.

    Why: "وقتل أربعة انتحاريين بريطانيين 52 شخصا": two figures with no و,
    comma or preposition between are the verb's subject and its object; the
    object's count is the toll, the subject's is what its noun counts by
    default (attackers), so the subject's noun must be a doer's, whose
    default kind is attackers (the caller's test): "إصابة 227 آخرين 29 شخصا" is no
    subject and object.  The object must be a person noun of the table with
    no kind of its own: "3 منهم" after a figure is part of it."""
    for p in range(j, min(j + _SUBJECT_ADJ + 1, len(toks))):
        tok = toks[p]
        if covered[p] >= 0:
            sn = by_first.get(p)
            if sn is None or dates[covered[p]] or sn.conj or tok.text.startswith("و"):
                return None
            ns = _noun_after(t, toks, sn.end_tok)
            if ns is None or ns.noun is None or ns.noun.kind is not None:
                return None
            return p
        if (tok.kind != "w" or tok.text in t.function_words or tok.text.startswith("و")
                or tok.text in t.frames_x or tok.text in t.post_frames
                or (tok.text in t.nouns_x and t.nouns_x[tok.text][1].default_kind != _DOERS)):
            return None  # a doer's noun may qualify another: "مسلحين ملثمين"
    return None


def _definite_object(t: _Tables, toks: list[Token], covered: list[int], j: int) -> bool:
    """Whether a definite singular object ("الأب جاك مراد"، "القاضي") stands
    at token ``j``, past up to two adjectives and a month ("في مايو الماضي").

    Why: the counted subject of a doer's noun before an object is what did the
    deed, as before a counted object (:func:`_counted_object`): "وخطف ثلاثة
    مقنعين في مايو الأب جاك مراد" counts three attackers, and so does the
    verb right after them ("ثلاثة مقنعين اختطفوا الأب").  A passive has no
    object ("قتل 5 مسلحين في اشتباكات"), a definite plural after the noun
    agrees with it ("مسلحين التابعين"), and a definite time is no object
    ("قتل 5 مسلحين الليلة"; word list ``doer_object`` in count_nouns.toml)."""
    adjectives = 0
    p = j
    while p < len(toks):
        tok = toks[p]
        word = tok.text
        if tok.kind != "w" or covered[p] >= 0:
            return False
        if word == "في" and p + 1 < len(toks) and toks[p + 1].text in t.block_after:
            p += 2  # في مايو [الماضي]
            if p < len(toks) and toks[p].text in t.not_objects:
                p += 1
            continue
        if word.startswith("ال"):
            return (word not in t.not_objects and not word.endswith(_AGREEING)
                    and _one_definite(t, word))
        if (adjectives == _SUBJECT_ADJ or word in t.function_words or word.startswith("و")
                or word in t.frames_x or word in t.post_frames or word in t.nouns_x):
            return False
        adjectives += 1
        p += 1
    return False


# the endings of a definite plural that agrees with the counted noun before it
_AGREEING: Final = ("ين", "ون", "ات")
# a noun in the construct ("6 من مسلحي الحوثي"): the definite after it is its genitive
_CONSTRUCT: Final = frozenset({"construct", "dual_construct"})


# --------------------------------------------------------------------- main --

class _Seed(NamedTuple):
    """What may start a count: a figure, a dual noun, "double" or "أحد" (a
    NamedTuple: one per figure of every sentence that may hold a count)."""

    tok: int
    number: ScannedNumber | None = None
    dual: _Noun | None = None
    dual_pfx: int = 0
    double: bool = False
    one_of: bool = False
    ordinal: bool = False


def find_counts(text: object, words: list[TextToken] | None = None,
                offset: int = 0) -> list[CountMatch]:
    """Every count in one normalised sentence, in text order (see module doc).

    ``words``: the sentence's spaCy tokens, if the caller has them (offsets
    ``offset`` on, where ``text`` stands in their document): the number
    tokens are then read off them (:mod:`eventx.number_tokens`) instead of
    tokenising the sentence again.  The counts are the same either way.
    Never raises: any string gives a (possibly empty) list.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find_counts(text, words, offset)
    except (ValueError, OverflowError, RecursionError, IndexError):  # pragma: no cover
        return []


_DIGIT: Final = re.compile(r"[0-9]")


def _may_hold_counts(t: _Tables, text: str) -> bool:
    """False when ``text`` has no digit and no word that can seed a count.

    Why: a count needs a seed (a number, a dual noun, "double"); most sentences
    have none, and one regex pass plus one C-level set test rule them out
    before any tokenising.  Exact, not a heuristic: ``count_words`` holds every
    token text (proclitic forms included) that a seed can start with.
    """
    return (_DIGIT.search(text) is not None
            or not t.count_words.isdisjoint(t.count_runs(text)))


def _find_counts(text: str, words: list[TextToken] | None, offset: int) -> list[CountMatch]:
    t = _tables()
    if not _may_hold_counts(t, text):
        return []
    toks = tokenize(text) if words is None else tokens_from(text, words, offset)
    numbers = scan_numbers(text, toks)
    n = len(toks)
    covered = [-1] * n
    by_first: dict[int, ScannedNumber] = {}
    for idx, sn in enumerate(numbers):
        by_first[sn.first_tok] = sn
        for k in range(sn.first_tok, sn.end_tok):
            covered[k] = idx
    dates = [_blocked(t, toks, sn.first_tok, sn.end_tok) for sn in numbers]
    seeds: list[_Seed] = [_Seed(sn.first_tok, number=sn) for sn in numbers]
    seed_words = t.seed_words
    for k in words_at(toks, seed_words):
        tok = toks[k]
        if covered[k] >= 0 or tok.kind != "w":
            continue
        hit = t.nouns_x.get(tok.text)
        if hit is not None and hit[1].form == "dual_construct":
            if k + 1 < n and toks[k + 1].text in t.unit_modifiers:
                seeds.append(_Seed(k, dual=hit[1], dual_pfx=hit[0]))
        elif hit is not None and hit[1].form == "dual":
            seeds.append(_Seed(k, dual=hit[1], dual_pfx=hit[0]))
        elif tok.text in t.double_words and k > 0 and toks[k - 1].text in t.double_after:
            seeds.append(_Seed(k - 1, double=True))
        elif tok.text in t.ordinals and k > 0:
            seeds.append(_Seed(k, ordinal=True))
        elif (tok.text in t.one_of and k + 1 < n and toks[k + 1].text.startswith("ال")
              and toks[k + 1].text not in t.block_after):
            seeds.append(_Seed(k, one_of=True))
    seeds.sort(key=lambda s: s.tok)

    out: list[CountMatch] = []
    used = [False] * n
    prev: tuple[str, str | None, int] | None = None   # kind, unit, end token of last count
    subset_end = -1  # end token of the last subset part (بينهم 3 أطفال), -1 when none
    carry: tuple[int, str] | None = None  # first token of a counted object, its frame's kind
    for seed in seeds:
        if used[seed.tok]:
            continue
        if seed.ordinal:
            okind = _ordinal_toll(t, toks, covered, seed.tok)
            if okind is not None:
                tok = toks[seed.tok]
                out.append(CountMatch(tok.start, tok.end, okind, 1, 1, 1, False, None))
                used[seed.tok] = True
                prev = (okind, None, seed.tok + 1)
            continue
        if seed.double:
            a, b = seed.tok, seed.tok + 2
            v = t.double_value
            out.append(CountMatch(toks[a].start, toks[b - 1].end, t.double_kind, v, v, v,
                                  False, None))
            for k in range(a, b):
                used[k] = True
            prev = (t.double_kind, None, b)
            continue

        start_tok = seed.tok
        has_noun = True
        noun: _Noun | None
        unit: str | None
        conj = False
        qual: str | None = None
        if seed.one_of:
            # إحدى المرأتين / أحد الجنود: one, counted in the definite noun after it
            ns1 = _noun_after(t, toks, seed.tok + 1)
            if ns1 is None or (ns1.noun is None and not _people(t, toks[seed.tok + 1].text)):
                continue  # "في أحد المستشفيات": one of some things, no one counted
            if ns1.noun is not None and ns1.noun.kind in _VICTIM:
                continue  # "أحد القتلى هو …"، "أحد المصابين": names one of the toll, no toll
            tok = toks[seed.tok]
            start, value, lo, hi, approx = tok.start, 1, 1, 1, False
            noun, unit, end_tok = ns1.noun, ns1.unit, ns1.end_tok
        elif seed.dual is not None:
            noun = seed.dual
            tok = toks[seed.tok]
            start = tok.start + seed.dual_pfx
            conj = seed.dual_pfx > 0 and tok.text.startswith("و")
            end_tok = seed.tok + 1
            if noun.needs_next:
                e = _needs_ok(toks, end_tok, noun.needs_next)
                if e is None:
                    continue
                end_tok = e
            unit = noun.unit
            if noun.kind == "munitions" and end_tok < n and toks[end_tok].text in t.unit_modifiers:
                unit = t.unit_modifiers[toks[end_tok].text]
                end_tok += 1
            value, lo, hi, approx = 2, 2, 2, False
            two = by_first.get(end_tok)  # صاروخين اثنين
            if two is not None and two.match.value == 2 and two.qualifier is None \
                    and not two.match.approximate:
                end_tok = two.end_tok
        else:
            num = seed.number
            assert num is not None
            m = num.match
            a, b = num.first_tok, num.end_tok
            if dates[covered[a]]:  # _blocked, read once per figure above
                continue
            if (_YEARS[0] <= m.value <= _YEARS[1] and toks[a].kind == "d" and a > 0
                    and toks[a - 1].text in t.year_before and not m.approximate):
                continue  # "في 1998 هجوما": in 1998, an attack
            start, value, lo, hi, approx = m.start, m.value, m.min, m.max, m.approximate
            qual = num.qualifier
            # "ونحو 30 متمردة": و glued on the qualifier joins the figure too
            conj = (num.conj or (a > 0 and toks[a - 1].text == "و")
                    or (qual is not None and toks[a].text.startswith("و")))
            # "19 على الأقل من مقاتلي بوكو حرام": a partitive after the qualifier
            # still names what the figure counts
            ns = (_noun_after(t, toks, b) if not num.post_qualified
                  or (b < n and toks[b].text == "من") else None)
            if ns is not None and any(covered[k] >= 0 for k in range(b, ns.end_tok)):
                ns = None  # "قتل 8 وأكثر من 100 جريح": the next figure's qualifier, no noun
            if ns is None and value <= 2 and not approx and a > 0:
                # قتيل واحد / إرهابيين اثنين: the noun stands before "one" or
                # a spelt "two" (the -ين plural spelling is then the dual)
                before = t.nouns.get(toks[a - 1].text)
                if before is not None and (
                        before.form in ("singular", "accusative") if value == 1 else
                        (value == 2 and before.form == "plural" and toks[a].kind == "w"
                         and toks[a - 1].text.endswith("ين"))):
                    ns = _NounSpan(before, b, before.unit)
                    start_tok = a - 1
                    start = toks[a - 1].start
            if ns is None and value == 1 and toks[a].text in _ONE_WORDS:
                continue  # "أسرة واحدة"، "مرة واحدة": "one" after its noun is an adjective
            if ns is None:
                has_noun = False
                noun, unit, end_tok = None, None, b
                if m.approximate is False and num.qualifier is None and 1900 <= value <= 2100 \
                        and toks[a].kind == "d":
                    continue  # a bare year-like figure
            else:
                noun, unit, end_tok = ns.noun, ns.unit, ns.end_tok

        if start_tok > 0 and toks[start_tok - 1].text in t.subsets:
            subset_end = end_tok
            continue  # مقتل 13 شخصا بينهم 3 أطفال: part of the 13
        if (conj and subset_end >= 0 and 0 <= start_tok - subset_end <= _COORD_GAP
                and (noun is None or noun.kind is None)):
            # بينهم 47 امرأة و33 طفلا: a part joined to a subset is in the subset
            # too, and is never added to the total told before بينهم; a noun
            # that names its own kind opens a new toll (بينهم 3 أطفال و60 جريحا)
            subset_end = end_tok
            continue
        # ---- what is counted
        kind: str | None = noun.kind if noun is not None else None
        others = toks[end_tok - 1].text
        lone = (_lone_person(t, toks, used, covered, start_tok,
                             others in t.others or others[1:] in t.others) if conj else None)
        fell = False  # the kind is read off سقط/سقوط before the figure
        if kind is None and carry is not None and carry[0] == start_tok:
            kind = carry[1]  # قتل أربعة انتحاريين 52 شخصا: the 52 are the verb's object
        if kind is None:
            kind = _frame_before(t, toks, covered, dates, start_tok, has_noun,
                                 lone[0] if lone is not None and lone[2] == _FELL else -1)
            if kind == "":
                continue  # مقتل وإصابة 20
            if kind == _FELL:
                kind, fell = _fell_kind(t, toks, covered, end_tok), True
            elif kind is not None and noun is not None and noun.default_kind == _DOERS:
                # a doer's noun (انتحاريين، مسلحين) with a counted person after it:
                # the figure is the verb's counted subject, the object's the toll
                obj = _counted_object(t, toks, covered, dates, by_first, end_tok)
                if obj is not None:
                    carry = (obj, kind)
                    kind = noun.default_kind
                elif noun.form not in _CONSTRUCT and _definite_object(t, toks, covered, end_tok):
                    kind = noun.default_kind  # وخطف ثلاثة مقنعين الأب جاك مراد
        if kind is None:
            kind = _frame_after(t, toks, covered, end_tok)
            if (kind is not None and noun is not None and noun.default_kind == _DOERS
                    and noun.form not in _CONSTRUCT
                    and end_tok < len(toks) and toks[end_tok].text in t.post_frames
                    and _definite_object(t, toks, covered, end_tok + 1)):
                kind = _DOERS  # ثلاثة مقنعين اختطفوا الأب جاك مراد: they did it
        with_prev = (prev is not None and prev[0] in _VICTIM and kind in (None, prev[0])
                     and _others_with(t, toks, prev[2], start_tok, end_tok))
        if with_prev and prev is not None:
            kind = prev[0]  # "وقتل 3 جنود مع 5 آخرين": 3 + 5
        if kind is None and has_noun:
            kind = _frame_after_next_part(t, toks, covered, seeds, end_tok)
        if kind is None and conj and prev is not None and start_tok - prev[2] <= _COORD_GAP:
            kind = prev[0]
            if kind == "munitions" and unit is None:
                unit = prev[1]
        if kind is None and noun is not None:
            kind = noun.default_kind
        if kind is None:
            continue
        if seed.dual is None and _is_mixed_after(t, toks, covered, end_tok, kind, noun):
            continue
        joined = with_prev or (conj and prev is not None and prev[0] == kind
                               and start_tok - prev[2] <= _COORD_GAP)
        if conj and not joined and lone is not None and (lone[2] == kind
                                                         or (lone[2] == _FELL and fell)):
            # أصيب آخر وثلاثة مجندين: 1 + 3
            out.append(CountMatch(toks[lone[0]].start, toks[lone[1] - 1].end, kind,
                                  1, 1, 1, False, None))
            for k in range(lone[0], lone[1]):
                used[k] = True
            joined = True
        if kind in _VICTIM and not joined and _with_others(t, toks, start_tok, end_tok, kind):
            value, lo, hi = value + 1, lo + 1, hi + 1  # قتل مع مسلحين اثنين آخرين: 1 + 2
        # ---- a qualifier after the noun: مقتل خمسة أشخاص على الأقل
        if qual is None:
            pq = match_post_qualifier(toks, end_tok)
            if pq is None and has_noun:
                pq = _far_at_least(t, toks, covered, end_tok)
            if pq is not None:
                value, lo, hi, approx = qualify(pq[0], value, lo, hi, approx)
                end_tok = pq[1]
        end = toks[end_tok - 1].end
        if kind != "munitions":
            unit = None
        out.append(CountMatch(start, end, kind, value, lo, hi, approx, unit, joined))
        for k in range(start_tok, end_tok):
            used[k] = True
        prev = (kind, unit, end_tok)
    out.sort(key=lambda c: c.start)
    return out
