"""Arabic orthographic normalisation with an exact map back to the input.

News spells the same word many ways (أ/إ/ا, ى/ي, ة/ه, with or without
diacritics and tatweel, Arabic-Indic or Persian digits, invisible bidi marks).
Every later stage works on ONE normalised spelling so that dictionaries list
each word once; the offset map lets every mention point at the original
characters, which is what users check a record against.
"""
from __future__ import annotations

from typing import Final
import re
import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache

import attr

from eventx.text.code_fold import FoldTable

# Characters dropped entirely: harakat and Quranic marks, tatweel, superscript
# alef, zero-width and bidi controls, BOM, soft hyphen, Arabic letter mark.
_DROP: Final = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6)]
    + ["\u0670", "\u0640", "\u061c", "\u00ad", "\ufeff", "\u180e"]
    + [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2060, 0x2070)]
)

_MAP: Final[dict[str, str]] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "٬": ",", "٫": ".", "،": "،", "؛": "؛",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\x00": " ", "\u3000": " ",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu


# lone surrogates (a bad decode) become U+FFFD; built with chr() because
# mypyc cannot compile surrogate code points in string literals
_SURROGATE_LO, _SURROGATE_HI = chr(0xD800), chr(0xDFFF)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """The normalised form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    if _SURROGATE_LO <= ch <= _SURROGATE_HI:
        return "\ufffd"
    m = _MAP.get(ch)
    if m is not None:
        return m
    o = ord(ch)
    if 0xFB50 <= o <= 0xFEFC or 0xFF01 <= o <= 0xFF5E:  # presentation forms, fullwidth
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch:
            return ch
        return "".join(_fold_char(c) if c != ch else c for c in decomposed)
    if ch.isupper():
        return ch.lower() if len(ch.lower()) == 1 else ch
    if unicodedata.category(ch) in ("Mn", "Me") and not 0x0300 <= o < 0x0370:
        return ""  # other combining marks (Arabic or not) carry no letter identity
    return ch


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Normalized:
    """Normalised text and the way back to input offsets.

    Most articles only lose a few marks (a shadda, a tatweel), so the fast path
    stores where the dropped runs are rather than one offset per character:
    ``runs`` holds, per run of dropped characters, the normalised position it
    precedes and the number of characters dropped up to and including it.  The
    slow path (characters that expand or fold unevenly) keeps the full ``table``.
    """

    text: str
    original: str
    table: array[int] | None = None
    runs: tuple[array[int], array[int]] | None = None

    def orig(self, i: int) -> int:
        """Input offset of normalised offset ``i`` (``0 <= i <= len(text)``)."""
        if self.table is not None:
            return self.table[i]
        if self.runs is None:
            return i
        pos, dropped = self.runs
        k = bisect_right(pos, i)
        return i + dropped[k - 1] if k else i

    @property
    def to_orig(self) -> array[int]:
        """Input offset of every normalised character, plus ``len(original)`` at the end."""
        if self.table is not None:
            return self.table
        return array("l", (self.orig(i) for i in range(len(self.text) + 1)))

    def folded_teh_marbuta(self) -> frozenset[int]:
        """Normalised offsets of the ه that were a teh marbuta (ة، ۀ) in the input.

        Why: normalisation folds ة into ه so that spellings meet, but a word
        ending in ة carries no pronoun suffix; the lexicon must not read
        إضافة as أضاف + ه ("he added it").

        Where the fast path folded the text, each ة of the input is found by
        one regex pass and moved back by the marks dropped before it, rather
        than every ه of the text mapped to the input one by one."""
        original = self.original
        if self.table is not None:
            text, orig = self.text, self.orig
            return frozenset(i for i in _h_positions(text) if original[orig(i)] in _TEH_MARBUTA)
        # (a plain search for ة, the only one news text holds: the regex
        # engine steps a class test at every character of the article)
        found = (_positions(original, "ة") if "ۀ" not in original
                 else [m.start() for m in _TEH_MARBUTA_RE.finditer(original)])
        if self.runs is None:  # nothing dropped: the offsets are the input's
            return frozenset(found)
        pos, dropped = self.runs
        ends = [p + d for p, d in zip(pos, dropped)]  # input offset after each dropped run
        out = []
        for o in found:
            k = bisect_right(ends, o)
            out.append(o - dropped[k - 1] if k else o)
        return frozenset(out)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of the normalised span ``[start, end)``."""
        if end <= start:
            o = self.orig(start)
            return o, o
        o_start = self.orig(start)
        last = self.orig(end - 1)
        # extend over dropped marks that follow the last character (tanween, shadda)
        o_end = last + 1
        nxt = self.orig(end)
        orig = self.original
        while o_end < nxt and _fold_char(orig[o_end]) == "":
            o_end += 1
        return o_start, o_end


_TEH_MARBUTA: Final = frozenset("ةۀ")
_TEH_MARBUTA_RE: Final = re.compile("[ةۀ]")


def _h_positions(text: str) -> list[int]:
    """Positions of ه in ``text``."""
    return _positions(text, "ه")


def _positions(text: str, char: str) -> list[int]:
    """Positions of ``char`` in ``text``, ascending."""
    out, i = [], text.find(char)
    while i >= 0:
        out.append(i)
        i = text.find(char, i + 1)
    return out


_TABLE: Final[dict[int, str | None]] = {ord(c): None for c in _DROP}
_TABLE.update({ord(k): v for k, v in _MAP.items()})
_TABLE.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
_DROP_RE: Final = re.compile("[" + "".join(sorted(_DROP)) + "]+")
# Lone surrogates cannot be encoded (C libraries choke on them): one replacement
# character each keeps offsets exact.
_TABLE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})
# The same table as a list over the Basic Multilingual Plane (every key is in
# it; a character past it raises IndexError, which translate reads as "keep").
# Why: translate asks its table for every character, and a dict answers the
# characters it leaves alone (most of them) by raising KeyError; a list
# answers them with their own code point, and translate runs twice as fast.
_BMP_TABLE: Final[list[int | str | None]] = list(range(0x10000))
for _code, _folded in _TABLE.items():
    _BMP_TABLE[_code] = _folded
# characters the fast path does not handle: presentation forms, fullwidth, non-ASCII
# uppercase letters and combining marks outside the Arabic block.
# Two single-class scans: one alternation of the three classes tried each at
# every character took twice as long.
_SLOW_RANGES: Final = ((0xFB50, 0xFEFC), (0xFF01, 0xFF5E), (0x0300, 0x036F))
_SLOW_RE: Final = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _SLOW_RANGES) + "]")
_SLOW_LETTER_RE: Final = re.compile(r"[^\W\d_a-zA-Z\u0600-\u06FF]")


@lru_cache(maxsize=1)
def fold_table() -> FoldTable:
    """The fold's table (:mod:`eventx.text.code_fold`), built at the first long text.

    The letters the character walk takes (those ``_SLOW_LETTER_RE`` finds)
    are slow points of the table: one lookup per character tells them too,
    where a regex pass over every article cost a third of the fold.  Built
    on first use: listing them takes a pass over the BMP (about 10 ms),
    which ``import eventx`` need not pay."""
    letters = [m.start() for m in _SLOW_LETTER_RE.finditer("".join(map(chr, range(0x10000))))]
    return FoldTable(_TABLE, _SLOW_RANGES, letters)


# the length from which the numpy fold is cheaper: its few array calls cost
# as much as translating about a hundred characters (measured in
# instructions); the word lists' phrases, normalised at load, stay below it
_FOLD_FROM: Final = 128


# a tatweel run between two digits ("11ـ9"، "5ـــ2"): it parts them, as a dash
_DIGITS: Final = "0-9\u0660-\u0669\u06f0-\u06f9"
_DIGIT_TATWEEL_RE: Final = re.compile(f"(?<=[{_DIGITS}])\u0640+(?=[{_DIGITS}])")


def _digit_tatweels(text: str) -> frozenset[int]:
    """Input offsets of the first tatweel of each run that stands between two digits.

    Why: a tatweel only stretches a letter, and dropping it is right there;
    between digits it is a separator ("تفجيرات 11ـ9"، a score "5ـــ2"), and
    dropping it would glue the figures into one number (119).  Each such run
    folds to one dash, which the number readers take as a pair, not a figure."""
    if "\u0640" not in text:
        return frozenset()
    return frozenset(m.start() for m in _DIGIT_TATWEEL_RE.finditer(text))


def _slow_normalize(text: str, dashes: frozenset[int] = frozenset()) -> Normalized:
    out: list[str] = []
    to_orig: array[int] = array("l")
    for i, ch in enumerate(text):
        f = "-" if i in dashes else _fold_char(ch)
        if not f:
            continue
        out.append(f)
        to_orig.extend([i] * len(f))
    to_orig.append(len(text))
    return Normalized("".join(out), text, table=to_orig)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` and keep the offset map (see module docstring).

    The common case (no presentation forms, no non-ASCII capitals) is C-level:
    a table lookup per character in numpy (:mod:`eventx.text.code_fold`),
    which finds the dropped marks and the characters it cannot take too.
    A tatweel between digits is no mark to drop (:func:`_digit_tatweels`):
    the character walk folds such texts.
    """
    dashes = _digit_tatweels(text)
    if dashes:
        return _slow_normalize(text, dashes)
    if len(text) >= _FOLD_FROM:
        done = fold_table().fold(text)  # one table lookup per character, in numpy
        if done is not None:
            folded, runs = done
            return Normalized(folded, text, runs=runs)
    return _translated(text)


def _translated(text: str) -> Normalized:
    """:func:`normalize` by ``str.translate``: short text, text past the BMP,
    and the texts the character walk takes (which it tells)."""
    if _SLOW_RE.search(text) is not None or _SLOW_LETTER_RE.search(text) is not None:
        return _slow_normalize(text)
    folded = text.translate(_BMP_TABLE)
    if len(folded) == len(text):
        return Normalized(folded, text)
    return Normalized(folded, text, runs=_dropped_runs(text))


def _dropped_runs(text: str) -> tuple[array[int], array[int]]:
    """The runs of dropped characters of ``text`` (see :class:`Normalized`), by a regex pass."""
    pos: array[int] = array("l")
    dropped: array[int] = array("l")
    total = 0
    for m in _DROP_RE.finditer(text):
        total += m.end() - m.start()
        pos.append(m.end() - total)
        dropped.append(total)
    return pos, dropped


def normalize_text(text: str) -> str:
    """Only the normalised string, for dictionary keys and rule data."""
    return normalize(text).text


_KEY_PUNCT: Final = str.maketrans({c: " " for c in "\"'()[]{}«»،,.:;؛!?؟-_/\\|"})


@lru_cache(maxsize=100_000)
def normalize_key(phrase: str) -> str:
    """A lookup key: normalised, punctuation to spaces, single-spaced."""
    return " ".join(normalize_text(phrase).translate(_KEY_PUNCT).split())
