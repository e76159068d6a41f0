"""Candidate base forms of a written Arabic word.

Arabic glues conjunctions, prepositions and the article to the word (وبالطارمية,
للجيش) and pronouns to its end (مداهمتها).  Instead of listing every glued form
in every dictionary, each token yields the few forms it could be a base of; a
dictionary entry matches when any of them is its key.  The number of variants is
bounded (a dozen at most), so lookup cost does not depend on dictionary size.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Final

# Proclitic sequences, longest first.  "لل" is ل + ال with the alef elided.
_PROCLITICS: Final[tuple[tuple[str, bool], ...]] = tuple(
    sorted(
        [
            ("وبال", True), ("فبال", True), ("وكال", True), ("وال", True), ("فال", True),
            ("بال", True), ("كال", True), ("ولل", True), ("فلل", True), ("لل", True),
            ("ال", False), ("وب", False), ("فب", False), ("ول", False), ("فل", False),
            ("وك", False), ("و", False), ("ف", False), ("ب", False), ("ل", False), ("ك", False),
            ("س", False), ("وس", False), ("فس", False),
        ],
        key=lambda p: -len(p[0]),
    )
)
# Every letter sequence that may stand before a stem inside one written word.
PROCLITIC_CHAINS: Final[frozenset[str]] = frozenset(p for p, _ in _PROCLITICS) | {""}

_ENCLITICS: Final[tuple[str, ...]] = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")  # not ي: العراقي is no "my Iraq"
_MIN_STEM: Final = 2


# the same tables as lookups by length, longest first: a word is checked
# against its own first 4, 3, 2 and 1 letters instead of every sequence
_PROCLITIC_BY_LEN: Final[tuple[tuple[int, dict[str, bool]], ...]] = tuple(
    (n, {p: art for p, art in _PROCLITICS if len(p) == n})
    for n in sorted({len(p) for p, _ in _PROCLITICS}, reverse=True))
_ENCLITIC_BY_LEN: Final[tuple[tuple[int, frozenset[str]], ...]] = tuple(
    (n, frozenset(e for e in _ENCLITICS if len(e) == n))
    for n in sorted({len(e) for e in _ENCLITICS}, reverse=True))


# the same tables by the word's first letter: only the lengths holding a
# sequence that begins with it (most words begin with none, and skip them all)
_PROCLITIC_BY_FIRST: Final[dict[str, tuple[tuple[int, dict[str, bool]], ...]]] = {
    c: tuple((n, t) for n, t in _PROCLITIC_BY_LEN if any(p[0] == c for p in t))
    for c in {p[0] for p, _ in _PROCLITICS}}
# the last letters after which a stem can lose anything: a pronoun suffix's,
# or the alef of tanween
_STRIPPED_LAST: Final[frozenset[str]] = frozenset({e[-1] for e in _ENCLITICS} | {"ا"})


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[tuple[str, bool], ...]:
    """Candidate base forms, each flagged True when a pronoun suffix was removed.

    Callers accept suffix-stripped forms only for words that take pronouns
    (triggers, cue words): بواسطة is never Wasit "with his …".

    Proclitic sequences are tried longest first and every one that fits
    gives its reading; of the pronoun suffixes only the longest that fits
    (tests/test_speed_equivalence.py holds the plain version this equals).
    Why the tables by first and last letter: every new word of a text is
    analysed once, and most begin with no proclitic letter and end in no
    suffix letter; those now skip the loops over sequence lengths.
    """
    out: list[tuple[str, bool]] = [(word, False)]
    seen = {word}
    definite: set[str] = set()  # stems read after the article: no tanween
    size = len(word)
    for n, table in _PROCLITIC_BY_FIRST.get(word[:1], ()):
        if size - n < _MIN_STEM:
            continue
        had_article = table.get(word[:n])
        if had_article is None:
            continue
        rest = word[n:]
        if had_article or word[:n] == "ال":
            definite.add(rest)
        if had_article:
            w = "ال" + rest
            if w not in seen:
                seen.add(w)
                out.append((w, False))
        if rest not in seen:
            seen.add(rest)
            out.append((rest, False))
    for stem, _ in list(out):
        if stem[-1:] not in _STRIPPED_LAST:
            continue
        proclitic = stem != word
        # tanween fatha is written with alef (هجوما → هجوم), never after the
        # article: والدهما is "their father", not و + ال + دهما (a raid)
        if (len(stem) >= 4 and stem.endswith("ا") and not stem.endswith("وا")
                and not stem.startswith("ال") and stem not in definite):
            w = stem[:-1]
            if len(w) >= _MIN_STEM and w not in seen:
                seen.add(w)
                out.append((w, False))
        # both a proclitic and a suffix off a short stem is mostly a misreading
        # (وزارة is not و + زار + ه)
        need = 4 if proclitic else 3
        for n, encs in _ENCLITIC_BY_LEN:
            if stem[-n:] in encs:
                if len(stem) - n >= need:
                    base = stem[:-n]
                    # teh marbuta before a pronoun: مداهمتها
                    bases = (base, base[:-1] + "ه") if base.endswith("ت") else (base,)
                    for b in bases:
                        if len(b) >= _MIN_STEM and b not in seen:
                            seen.add(b)
                            out.append((b, True))
                break
    return tuple(out)


@lru_cache(maxsize=200_000)
def forms(word: str) -> frozenset[str]:
    """The candidate base forms as a set (for one C-level intersection test)."""
    return frozenset(w for w, _ in analyse(word))


@lru_cache(maxsize=200_000)
def variants(word: str) -> tuple[str, ...]:
    """The word itself first, then forms with proclitics/enclitics/tanween removed.

    Memoised as :func:`analyse` is: rules ask it of the words around every trigger."""
    return tuple(w for w, _ in analyse(word))


def without_conjunction(word: str) -> str:
    """``word`` without the conjunction و or ف it may carry ("وقال"، "فيشن").

    Only words longer than three letters lose it: in shorter ones the letter
    is mostly the stem's own (وصل، فر)."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word
