"""Arabic numbers: digits, number words, vague amounts and qualifiers.

News states tolls and salvo sizes in every form at once: "14", "1,250",
"ثلاثة وعشرين", "مئتي", "ثلاثة آلاف", "2 مليون", "عشرات", "بحوالي 14",
"أكثر من 260". :func:`find_numbers` reads them all from NORMALISED text (see
:mod:`eventx.text.normalize`) as :class:`NumberMatch` records that keep the
figure, a ``min..max`` range and whether the text hedged it, so that
:mod:`eventx.counts` only has to decide WHAT is being counted.

The grammar is a small state machine over word tokens, not a sum of every
number word in sight (pyarabic's parser adds up "خمسة وستة" to 11): a number
phrase follows Arabic order — hundreds, then unit و tens (or a teen), then a
scale word, then و and a smaller group — and stops at the first word that
breaks that order, so "قتل خمسة وأصيب ستة" gives two numbers, not one.

All vocabulary lives in ``data/number_words.toml`` and is compiled once into
dictionaries that already hold every proclitic form (بخمسة، وعشرات، لنحو), so a
token costs one dictionary look-up whatever the table size; a sentence with no
digit and no such word is rejected before it is even tokenised.
"""
from __future__ import annotations

import importlib.resources
import re
from functools import lru_cache
from collections.abc import Iterable, Mapping
from itertools import compress, count, repeat
from operator import eq, itemgetter, or_
from collections.abc import Callable
from typing import Any, Final, NamedTuple, TypeVar

import attr

from eventx.text.letter_runs import lister
from eventx.text.normalize import normalize_text

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

__all__ = ["LOWER_BOUND_FACTOR", "NumberMatch", "ScannedNumber", "Token", "counts_noun_before", "find_numbers",
           "match_post_qualifier", "may_hold_numbers", "number_start_words", "parse_number",
           "proclitic_index", "qualify", "scan_numbers", "strip_proclitic", "token_kind",
           "tokenize"]

#: "more than n" has no stated ceiling; ranges cap it at ``n * LOWER_BOUND_FACTOR``
#: so that a consumer summing ranges gets a finite, order-of-magnitude bound.
LOWER_BOUND_FACTOR: Final = 10


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class NumberMatch:
    """One number expression: offsets into the normalised text, figure and range.

    ``value`` is the stated figure (the lower end for vague amounts and
    ranges); ``min <= value <= max`` always holds; ``approximate`` is True when
    the text hedged (نحو، أكثر من، عشرات، بين ... و ...).
    """

    start: int
    end: int
    value: int
    min: int
    max: int
    approximate: bool

    def __init__(self, start: int, end: int, value: int, min: int, max: int,
                 approximate: bool) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "min", min)
        object.__setattr__(self, "max", max)
        object.__setattr__(self, "approximate", approximate)


class Token(NamedTuple):
    """A word (``"w"``), ASCII digit run (``"d"``) or other visible character (``"p"``).

    A named tuple rather than an attrs record: every sentence that may hold a
    figure is split into dozens of these, and a tuple is the cheapest immutable
    record Python can build (about a third of the cost of a frozen attrs class).
    """

    start: int
    end: int
    text: str
    kind: str


# words first: most tokens are words, and no digit alternative can start where a
# word does, so trying them first changes no token and fails fewer branches.  A
# word opening with an Arabic letter (U+0621-U+064A, every one a letter of the
# class) is read by a plain character range first and the class only after it:
# the range costs the engine a third less than the Unicode class a character,
# and the token is the same whole letter run (tests/test_numbers.py)
_TOKEN_RE: Final = re.compile(
    r"([\u0621-\u064a]+[^\W\d_]*|[^\W\d_]+)"
    r"|([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?!,[0-9])"  # 1,250 / 12,000,000
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])(?!\.[0-9])"  # 1.250.000 (two groups: unambiguous)
    r"|[0-9]+\.[0-9]+(?![0-9])(?![.,][0-9])"  # 1.5 (only before a scale word)
    r"|[0-9]+)"
    r"|(\S)"
)
_LATIN: Final = re.compile(r"[A-Za-z]")
_MAX_DIGITS: Final = 24  # longer digit runs are codes or noise, never a stated figure


_WORD_RE: Final = re.compile(r"[^\W\d_]+")  # exactly the word tokens of _TOKEN_RE
_DIGIT_RE: Final = re.compile(r"[0-9]")
_KIND_OF_GROUP: Final = ("", "w", "d", "p")  # _TOKEN_RE group number -> token kind


def tokenize(text: str) -> list[Token]:
    """Split normalised text into word, digit and punctuation tokens (spaces dropped)."""
    make = tuple.__new__  # Token._make and Token(...) are Python-level: a fifth of the cost
    return [make(Token, (m.start(), m.end(), m.group(), _KIND_OF_GROUP[m.lastindex or 0]))
            for m in _TOKEN_RE.finditer(text)]


def token_kind(text: str) -> str:
    """The kind of ``text`` read as one token (``"w"``, ``"d"`` or ``"p"``), or
    ``""`` when :func:`tokenize` would not make one token of it (white space,
    several tokens, nothing)."""
    m = _TOKEN_RE.match(text)
    if m is None or m.end() != len(text) or m.start() != 0:
        return ""
    return _KIND_OF_GROUP[m.lastindex or 0]


def number_start_words() -> frozenset[str]:
    """Every token text a figure can start with: number words and vague amounts,
    bare or behind a proclitic (qualifiers alone are not enough)."""
    return _lexicon().number_words


def counts_noun_before(word: str) -> bool:
    """Whether normalised ``word`` is a spelt "two" (اثنين، اثنان، اثنتين…):
    the one cardinal that stands AFTER the noun it counts (مدنيين اثنين،
    صاروخين اثنين) and never after a place's name, so the word before it is
    a counted noun, not a town (مدنين اثنين is a misspelt مدنيين, not Medenine).
    Three to ten stand before their noun and may follow a place (هزت بغداد
    ثلاثة انفجارات); "one" follows a place as "one of" (بغداد واحدة من)."""
    return _lexicon().words.get(word) == (_U, 2)


def may_hold_numbers(text: str) -> bool:
    """False when normalised ``text`` surely holds no number: no ASCII digit and no
    word (bare or behind a proclitic) that can start a figure.

    Why: most sentences state no figure at all; a regex pass and one C-level set
    test are far cheaper than tokenising them and trying a parse at every word.
    """
    lex = _lexicon()
    return (_DIGIT_RE.search(text) is not None
            or not lex.number_words.isdisjoint(lex.number_runs(text)))


# --------------------------------------------------------------- lexicon --

# word categories
_U, _TH, _T, _H1, _H, _S1, _S2, _SP, _SA, _HALF = (
    "U", "TH", "T", "H1", "H", "S1", "S2", "SP", "SA", "HALF")


_PhraseEntries = tuple[tuple[tuple[str, ...], str], ...]  # (words, kind), longest first
_PhraseIndex = dict[str, _PhraseEntries]  # first word -> its phrases


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _Lexicon:
    words: dict[str, tuple[str, int]]          # normalised word -> (category, value)
    vague: dict[str, tuple[int, int, int]]     # word -> (value, min, max)
    vague_mult: dict[str, int]
    proclitics: tuple[str, ...]                # longest first
    never: frozenset[str]
    pre_quals: _PhraseIndex
    post_quals: _PhraseIndex
    range_or: frozenset[str]
    # the tables above with proclitic forms folded in (see proclitic_index):
    word_hits: dict[str, tuple[int, tuple[str, int]]]
    vague_hits: dict[str, tuple[int, tuple[int, int, int]]]
    pre_qual_hits: dict[str, tuple[int, _PhraseEntries]]
    number_words: frozenset[str]   # token texts a figure can start with (word or vague)
    starters: frozenset[str]       # ... or a qualifier before a figure can start with
    number_runs: Callable[[str], list[str]]  # letter_runs.lister of number_words


def _n(word: str) -> str:
    return normalize_text(word).strip()


def _phrase_index(groups: dict[str, list[str]]) -> _PhraseIndex:
    """first word -> ((words...), kind), longest phrases first."""
    idx: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, phrases in groups.items():
        for p in phrases:
            words = tuple(_n(p).split())
            if words:
                idx.setdefault(words[0], []).append((words, kind))
    return {k: tuple(sorted(set(v), key=lambda e: -len(e[0]))) for k, v in idx.items()}


_V = TypeVar("_V")
_MAX_PROCLITIC: Final = 4


def strip_proclitic(word: str, table: Mapping[str, _V], proclitics: frozenset[str],
                    never: frozenset[str] = frozenset()) -> tuple[int, _V] | None:
    """(proclitic length, entry) for ``word`` itself or ``word`` minus a proclitic.

    The reference definition of a clitic look-up: the bare word wins, then the
    longest proclitic that leaves at least two letters and a table word.  Words
    in ``never`` are only ever read bare.  Run time does not call this per token:
    :func:`proclitic_index` tabulates it once.
    """
    hit = table.get(word)
    if hit is not None:
        return 0, hit
    if word in never:
        return None
    # proclitics are at most a few letters: slice by length instead of trying each one
    for n in range(min(len(word) - 2, _MAX_PROCLITIC), 0, -1):
        if word[:n] in proclitics:
            hit = table.get(word[n:])
            if hit is not None:
                return n, hit
    return None


def proclitic_index(table: Mapping[str, _V], proclitics: Iterable[str],
                    never: frozenset[str] = frozenset()) -> dict[str, tuple[int, _V]]:
    """Every token text :func:`strip_proclitic` resolves, mapped to its answer.

    Why: the scanners ask this question for nearly every token of every
    sentence; one dict get replaces up to five slices and set look-ups.  The
    index is complete because every answer is for a table word with or without
    one proclitic, and each entry is computed BY :func:`strip_proclitic`, so the
    two can never disagree.
    """
    procl = frozenset(proclitics)
    out: dict[str, tuple[int, _V]] = {}
    for key in table:
        for p in ("", *procl):
            word = p + key
            if word not in out:
                hit = strip_proclitic(word, table, procl, never)
                if hit is not None:
                    out[word] = hit
    return out


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = (importlib.resources.files("eventx") / "data" / "number_words.toml").read_text("utf-8")
    d: dict[str, Any] = tomllib.loads(raw)
    words: dict[str, tuple[str, int]] = {}

    def put(word: str, cat: str, value: int) -> None:
        words.setdefault(_n(word), (cat, value))

    for w, v in d["units"].items():
        put(w, _U, v)
    for w, v in d["teen_heads"].items():
        put(w, _TH, v)
    for w, v in d["tens"].items():
        put(w, _T, v)
    for w in d["hundred"]["forms"]:
        put(w, _H1, 100)
    for w, v in d["hundreds"].items():
        put(w, _H, v)
    for stem, v in d["hundred_stems"].items():
        for h in d["hundred"]["forms"]:
            put(stem + h, _H, v * 100)
    for sc in d["scale"]:
        for cat, key in ((_S1, "singular"), (_S2, "dual"), (_SP, "plural"), (_SA, "ambiguous")):
            for w in sc.get(key, []):
                put(w, cat, sc["value"])
    for w in d["half"]["forms"]:
        put(w, _HALF, 0)
    vague = {_n(w): (e["value"], e["min"], e["max"]) for e in d["vague"] for w in e["forms"]}
    vague_mult = {_n(w): v for w, v in d["vague_multipliers"].items()}
    procl = tuple(sorted({_n(p) for p in d["proclitics"]}, key=len, reverse=True))
    never = frozenset(_n(w) for w in d["never"])
    q, pq = d["qualifiers"], d["post_qualifiers"]
    pre_quals = _phrase_index({k: q[k] for k in ("approx", "at_least", "at_most", "between")})
    word_hits = proclitic_index(words, procl, never)
    vague_hits = proclitic_index(vague, procl, never)
    pre_qual_hits = proclitic_index(pre_quals, procl, never)
    number_words = frozenset(word_hits) | frozenset(vague_hits)
    return _Lexicon(
        words=words,
        vague=vague,
        vague_mult=vague_mult,
        proclitics=procl,
        never=never,
        pre_quals=pre_quals,
        post_quals=_phrase_index({k: pq[k] for k in ("approx", "at_least")}),
        range_or=frozenset(_n(w) for w in pq["range_or"]),
        word_hits=word_hits,
        vague_hits=vague_hits,
        pre_qual_hits=pre_qual_hits,
        number_words=number_words,
        starters=number_words | frozenset(pre_qual_hits),
        number_runs=lister(number_words),
    )


def _digits_ok(text: str, tok: Token) -> bool:
    """False for digits that belong to codes, dates or times (F-16, 24/2, 10:30, 3D)."""
    s, e = tok.start, tok.end
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before in "/:" or after in "/:" or _LATIN.match(before) or _LATIN.match(after):
        return False
    if before == "-" and s >= 2 and _LATIN.match(text[s - 2]):
        return False
    return True


def _digit_value(s: str) -> tuple[int | float, bool]:
    """(value, is_decimal) of a digit token."""
    if "," in s:
        return int(s.replace(",", "")), False
    if s.count(".") >= 2:
        return int(s.replace(".", "")), False
    if "." in s:
        return float(s), True
    return int(s), False


# ----------------------------------------------------------------- parser --

class _Parsed(NamedTuple):
    """A number phrase read at a token (a NamedTuple, as :class:`Token`: the scan
    builds one for nearly every figure it tries, and a frozen attrs record
    costs more than twice as much to build)."""

    end_tok: int        # index after the last token of the phrase
    start: int          # char offset (after any proclitic)
    end: int
    value: int
    min: int
    max: int
    approximate: bool
    conj: bool          # the first word carried the conjunction و


def _parse_vague(lex: _Lexicon, text: str, toks: list[Token], i: int) -> _Parsed | None:
    tok = toks[i]
    if tok.kind != "w":
        return None
    hit = lex.vague_hits.get(tok.text)
    if hit is None:
        return None
    pfx, (value, lo, hi) = hit
    end_tok, end = i + 1, tok.end
    if end_tok < len(toks) and toks[end_tok].kind == "w":
        mult = lex.vague_mult.get(toks[end_tok].text)
        if mult is not None and mult > value:  # عشرات الآلاف, not آلاف الآلاف
            value, lo, hi = value * mult, lo * mult, (hi + 1) * mult - 1
            end_tok, end = end_tok + 1, toks[end_tok].end
    return _Parsed(end_tok, tok.start + pfx, end, value, lo, hi, True,
                   pfx > 0 and tok.text.startswith("و"))


_TEN_WORDS: Final = frozenset({"عشر", "عشره"})


def _parse_exact(lex: _Lexicon, text: str, toks: list[Token], i: int) -> _Parsed | None:
    """Longest grammatical number phrase starting at token ``i`` (see module doc).

    State: ``total`` holds the groups already multiplied by a scale word, ``group``
    the group being read (< 1000 for words); ``gh``/``gu`` mark that the group has
    its hundreds/units, ``closed`` that nothing more may join it (tens, a teen,
    digits), ``pend_teen`` that a teen head (أحد، اثنا) still needs its عشر,
    ``conn`` that the last word was the connector و. ``best`` remembers the last
    point at which the words read so far form a complete number.
    """
    inf = float("inf")
    total: int | float = 0
    group: int | float = 0
    last_scale: int | float = inf
    gh = gu = closed = pend_teen = dec = False
    unit_val: int | float = 0
    val: int | float  # a digit run's value (int or decimal) or a number word's
    prev_cat: str | None = None
    conn = False
    first = True
    start = 0
    conj = False
    best: tuple[int, int, int | float] | None = None
    k = i
    n = len(toks)
    while k < n:
        tok = toks[k]
        if tok.kind == "p":
            break
        if tok.kind == "w" and tok.text == "و" and not first:
            if conn:
                break
            conn = True
            k += 1
            continue
        pfx = 0
        if tok.kind == "d":
            if len(tok.text) > _MAX_DIGITS or not _digits_ok(text, tok):
                break
            val, is_dec = _digit_value(tok.text)
            cat = "DEC" if is_dec else "D"
        else:
            hit = lex.word_hits.get(tok.text)
            if hit is None:
                break
            if (hit[1][0] == _U and tok.text[:1] == "و" and k + 1 < n
                    and toks[k + 1].text in _TEN_WORDS):
                # وأحد عشر normalises to واحد عشر: "and eleven", not "one" + ten
                teen = lex.word_hits.get(tok.text[1:])
                if teen is not None and teen[0] == 0 and teen[1][0] == _TH:
                    hit = (1, teen[1])
            pfx, (cat, val) = hit
            if not first and pfx:
                if conn or tok.text[:pfx] != "و":
                    break
                conn = True
        new_group_ok = (first and total == 0) or (total > 0 and conn and group == 0)
        ok = True
        if pend_teen and not (cat == _U and val == 10 and not conn):
            break
        if cat == _U:
            if val == 10 and prev_cat in (_U, _TH) and not conn and gu and not closed:
                group += 10
                closed = True
                pend_teen = False
            elif group == 0 and new_group_ok:
                group, gu, unit_val, closed = val, True, val, val == 10
            elif gh and not gu and not closed and conn:
                group += val
                gu, unit_val, closed = True, val, val == 10
            else:
                ok = False
        elif cat == _TH:
            if group == 0 and new_group_ok:
                group, gu, unit_val, pend_teen = val, True, val, True
            elif gh and not gu and not closed and conn:
                group += val
                gu, unit_val, pend_teen = True, val, True
            else:
                ok = False
        elif cat == _T:
            if closed:
                ok = False
            elif gu and conn:
                group += val
                closed = True
            elif group == 0 and new_group_ok:
                group, closed = val, True
            elif gh and not gu and conn:
                group += val
                closed = True
            else:
                ok = False
        elif cat == _H1:
            if prev_cat == _U and not conn and gu and not gh and not closed and group == unit_val:
                group, gh, gu = unit_val * 100, True, False
            elif group == 0 and new_group_ok:
                group, gh = 100, True
            else:
                ok = False
        elif cat == _H or cat == "D":
            if group == 0 and new_group_ok:
                group, gh = val, True
                closed = cat == "D"
            else:
                ok = False
        elif cat == "DEC":
            if first:
                group, closed, dec = val, True, True
            else:
                ok = False
        elif cat in (_S1, _S2, _SP, _SA):
            if cat == _SA:
                cat = _S1 if group > 0 else _S2
            if cat == _S2:
                mult: int | float = 2 if group == 0 and new_group_ok else 0
            elif group > 0 and not conn:
                mult = group
            elif cat == _S1 and group == 0 and new_group_ok:
                mult = 1
            else:
                mult = 0
            if mult and val < last_scale:
                total += mult * val
                last_scale = val
                group, gh, gu, closed, dec, unit_val = 0, False, False, False, False, 0
                cat = "S"
            else:
                ok = False
        elif cat == _HALF:
            if prev_cat == "S" and conn and group == 0:
                total += last_scale / 2
                last_scale = last_scale / 2  # nothing smaller than the half may follow
                cat = "S"
                closed = True
            else:
                ok = False
        else:
            ok = False
        if not ok:
            break
        if first:
            start = tok.start + pfx
            conj = pfx > 0 and tok.text.startswith("و")
        first = False
        conn = False
        prev_cat = cat
        k += 1
        if not pend_teen and not dec and (total == 0 or group < last_scale):
            best = (k, tok.end, total + group)
    if best is None:
        return None
    end_tok, end, value = best
    v = int(round(value))
    return _Parsed(end_tok, start, end, v, v, v, False, conj)


def _parse_at(lex: _Lexicon, text: str, toks: list[Token], i: int) -> _Parsed | None:
    return _parse_vague(lex, text, toks, i) or _parse_exact(lex, text, toks, i)


def _match_phrase(index: _PhraseIndex, toks: list[Token], i: int) -> tuple[str, int, int] | None:
    """(kind, end token index, start char) of the longest indexed phrase at token ``i``."""
    tok = toks[i]
    if tok.kind != "w":
        return None
    cands = index.get(tok.text)
    return None if cands is None else _phrase_at(cands, 0, toks, i)


def _match_clitic_phrase(hits: dict[str, tuple[int, _PhraseEntries]], toks: list[Token],
                         i: int) -> tuple[str, int, int] | None:
    """:func:`_match_phrase` where the first word may carry a proclitic (بحوالي، لنحو)."""
    tok = toks[i]
    if tok.kind != "w":
        return None
    hit = hits.get(tok.text)
    return None if hit is None else _phrase_at(hit[1], hit[0], toks, i)


def _phrase_at(cands: _PhraseEntries, pfx: int, toks: list[Token],
               i: int) -> tuple[str, int, int] | None:
    """The first (longest) of ``cands`` whose later words follow token ``i``."""
    start = toks[i].start + pfx
    n = len(toks)
    for words, kind in cands:
        j = i + len(words)
        # the second word first: "ما" opens eighteen phrases, most fail right there
        if j <= n and (j == i + 1 or (toks[i + 1].text == words[1] and all(
                toks[i + m].text == words[m] for m in range(2, len(words))))):
            return kind, j, start
    return None


def qualify(kind: str | None, value: int, lo: int, hi: int,
            approximate: bool) -> tuple[int, int, int, bool]:
    """(value, min, max, approximate) of a figure under a qualifier kind.

    ``approx`` keeps the figure and flags it; ``at_least`` opens the range up to
    ``value * LOWER_BOUND_FACTOR``; ``at_most`` opens it down to 1 (0 for 0).
    """
    if kind == "approx":
        return value, lo, hi, True
    if kind == "at_least":
        return value, lo, max(hi, value * LOWER_BOUND_FACTOR), True
    if kind == "at_most":
        return value, min(lo, 1 if value >= 1 else 0), max(hi, value), True
    return value, lo, hi, approximate


def match_post_qualifier(toks: list[Token], i: int) -> tuple[str, int] | None:
    """(kind, end token) of a qualifier that follows a figure at token ``i`` (على الأقل)."""
    if i >= len(toks):
        return None
    lex = _lexicon()
    hit = _match_phrase(lex.post_quals, toks, i)
    if hit is None or (hit[1] < len(toks) and toks[hit[1]].text == "من"
                       and toks[hit[1] - 1].text.endswith("كثر")):
        # "8 قتلى وأكثر من 100 جريح": أكثر من qualifies the NEXT figure; "28
        # عنصرا على الأقل من الفصائل" is at least 28, of the factions
        return None
    return hit[0], hit[1]


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class ScannedNumber:
    """A :class:`NumberMatch` with the token range it covers (for :mod:`eventx.counts`)."""

    match: NumberMatch
    first_tok: int      # first token (qualifier included)
    end_tok: int        # index after the last token
    qualifier: str | None
    conj: bool          # joined to what precedes by و (و14، وثلاثة، و 5)
    post_qualified: bool = False   # the qualifier follows the figure (5 على الأقل)

    def __init__(self, match: NumberMatch, first_tok: int, end_tok: int, qualifier: str | None,
                 conj: bool, post_qualified: bool = False) -> None:
        object.__setattr__(self, "match", match)
        object.__setattr__(self, "first_tok", first_tok)
        object.__setattr__(self, "end_tok", end_tok)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "conj", conj)
        object.__setattr__(self, "post_qualified", post_qualified)


def words_at(toks: list[Token], words: frozenset[str]) -> list[int]:
    """Indices, ascending, of the tokens whose text is in ``words``.

    Read in C (``map`` and ``compress``): the count and number scanners ask
    it of every token of every sentence that may hold a figure, and a
    comprehension reading each token's fields by name cost several times
    as much."""
    return list(compress(count(), map(words.__contains__, map(_TOKEN_TEXT, toks))))


def number_starts(toks: list[Token], starters: frozenset[str]) -> list[int]:
    """Indices, ascending, of the tokens a number may start at: a digit run,
    or a word of ``starters`` (read in C, as :func:`words_at`)."""
    digits = map(eq, map(_TOKEN_KIND, toks), repeat("d"))
    return list(compress(count(), map(or_, digits, map(starters.__contains__, map(_TOKEN_TEXT, toks)))))


_TOKEN_TEXT: Final = itemgetter(2)  # Token.text (a tuple index: cheaper than the name)
_TOKEN_KIND: Final = itemgetter(3)  # Token.kind


def scan_numbers(text: str, toks: list[Token] | None = None) -> list[ScannedNumber]:
    """Every number expression in normalised ``text``, left to right, non-overlapping.

    Only tokens that can start one (digits, number words, qualifiers, each
    possibly behind a proclitic: ``_Lexicon.starters``) are tried; a parse at
    any other token fails on its first look-up, so skipping them changes nothing.
    """
    lex = _lexicon()
    if toks is None:
        toks = tokenize(text)
    starters = lex.starters
    out: list[ScannedNumber] = []
    free = 0  # the first token not inside a number already read
    for i in number_starts(toks, starters):
        if i < free:
            continue
        found = _number_at(lex, text, toks, i)
        if found is None:
            continue
        if found.match.start < found.match.end:
            out.append(found)
        free = max(found.end_tok, i + 1)
    return out


def _number_at(lex: _Lexicon, text: str, toks: list[Token], i: int) -> ScannedNumber | None:
    """The number expression that starts at token ``i`` (qualifiers and ranges included)."""
    n = len(toks)
    q = _match_clitic_phrase(lex.pre_qual_hits, toks, i)
    p: _Parsed | None = None
    qkind: str | None = None
    start = 0
    if q is not None and q[1] < n:
        p = _parse_at(lex, text, toks, q[1])
        if p is not None:
            qkind, start = q[0], q[2]
    if p is None:
        tok = toks[i]
        if tok.kind != "d" and tok.text not in lex.number_words:
            # a qualifier with no figure after it ("على" before no الأقل, "ما"):
            # no figure opens here either, and no parse need fail to say so
            return None
        p = _parse_at(lex, text, toks, i)
        if p is None:
            return None
        start = p.start
    j = p.end_tok
    end = p.end
    value, lo, hi, approx = p.value, p.min, p.max, p.approximate
    # ranges: بين X و Y / X أو Y / X-Y
    second: _Parsed | None = None
    if j < n:
        nxt = toks[j]
        if qkind == "between":
            if nxt.text == "و" and j + 1 < n:
                second = _parse_at(lex, text, toks, j + 1)
            elif nxt.kind == "w" and nxt.text.startswith("و"):
                second = _parse_at(lex, text, toks, j)
        elif nxt.text in lex.range_or and j + 1 < n and _match_phrase(
                lex.post_quals, toks, j) is None:
            second = _parse_at(lex, text, toks, j + 1)
        elif (nxt.text == "-" and j + 1 < n and toks[j - 1].kind == "d"
              and toks[j + 1].kind == "d" and toks[j + 1].start == nxt.end
              and nxt.start == toks[j - 1].end
              and not (i > 0 and toks[i - 1].text in "-/"
                       and toks[i - 1].end == toks[i].start)):
            second = _parse_at(lex, text, toks, j + 1)
            if second is not None and second.end_tok < n and toks[second.end_tok].text in "-/":
                second = None
    if second is not None and second.value > value and not second.approximate:
        hi = max(second.max, hi)
        approx = True
        j, end = second.end_tok, second.end
        if qkind == "between":
            qkind = None
    else:
        if qkind == "between":  # "بين" without a second figure is not a qualifier
            qkind, start = None, p.start
        value, lo, hi, approx = qualify(qkind, p.value, p.min, p.max, p.approximate)
    post = False
    if qkind is None and j < n:
        pq = match_post_qualifier(toks, j)
        if pq is not None:
            post = True
            qkind = pq[0]
            value, lo, hi, approx = qualify(qkind, p.value, p.min, p.max, p.approximate)
            j, end = pq[1], toks[pq[1] - 1].end
    return ScannedNumber(NumberMatch(start, end, value, lo, hi, approx), i, j,
                         qkind, p.conj, post)


def find_numbers(text: object) -> list[NumberMatch]:
    """All number expressions in a normalised text, left to right, non-overlapping.

    Dates are NOT filtered here ("28 يناير" yields 28): deciding that a number is
    a day, a year or a toll is the caller's job (:mod:`eventx.counts`).
    Never raises: any string gives a (possibly empty) list.
    """
    if not isinstance(text, str) or not text or not may_hold_numbers(text):
        return []
    try:
        return [s.match for s in scan_numbers(text)]
    except (ValueError, OverflowError, RecursionError):  # pragma: no cover - defensive
        return []


def parse_number(phrase: object) -> int | None:
    """The integer a whole phrase states ("ثلاثة وعشرون" → 23, "1,250" → 1250), else None.

    ``phrase`` may be raw or normalised text; it must be one number expression
    and nothing else (a leading proclitic such as و or ب is allowed).
    """
    if not isinstance(phrase, str):
        return None
    text = normalize_text(phrase).strip()
    if not text:
        return None
    try:
        toks = tokenize(text)
        found = scan_numbers(text, toks)
    except (ValueError, OverflowError, RecursionError):  # pragma: no cover - defensive
        return None
    if len(found) != 1 or found[0].end_tok != len(toks):
        return None
    first = found[0].first_tok
    if first == 1:  # و14، ب14: a proclitic glued to digits is its own token
        glued = toks[0].end == toks[1].start and toks[0].text in _lexicon().proclitics
        if not glued:
            return None
    elif first != 0:
        return None
    return found[0].match.value
