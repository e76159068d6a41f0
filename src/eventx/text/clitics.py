"""Candidate base forms of a written Arabic word.

Arabic glues conjunctions, prepositions and the article to the word (وبالطارمية,
للجيش) and pronouns to its end (مداهمتها).  Instead of listing every glued form
in every dictionary, each token yields the few forms it could be a base of; a
dictionary entry matches when any of them is its key.  The number of variants is
bounded (a dozen at most), so lookup cost does not depend on dictionary size.
"""
from __future__ import annotations

from functools import lru_cache

# Proclitic sequences, longest first.  "لل" is ل + ال with the alef elided.
_PROCLITICS: tuple[tuple[str, bool], ...] = tuple(
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
PROCLITIC_CHAINS: frozenset[str] = frozenset(p for p, _ in _PROCLITICS) | {""}

_ENCLITICS: tuple[str, ...] = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")  # not ي: العراقي is no "my Iraq"
_MIN_STEM = 2


@lru_cache(maxsize=200_000)
def analyse(word: str) -> tuple[tuple[str, bool], ...]:
    """Candidate base forms, each flagged True when a pronoun suffix was removed.

    Callers accept suffix-stripped forms only for words that take pronouns
    (triggers, cue words): بواسطة is never Wasit "with his …".
    """
    out: list[tuple[str, bool]] = [(word, False)]
    seen = {word}

    def add(w: str, enclitic: bool) -> None:
        if len(w) >= _MIN_STEM and w not in seen:
            seen.add(w)
            out.append((w, enclitic))

    for pre, had_article in _PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= _MIN_STEM:
            rest = word[len(pre):]
            if had_article:
                add("ال" + rest, False)
            add(rest, False)
    for stem, _ in list(out):
        proclitic = stem != word
        if len(stem) >= 4 and stem.endswith("ا") and not stem.endswith("وا"):
            add(stem[:-1], False)  # tanween fatha written with alef: هجوما → هجوم
        for enc in _ENCLITICS:
            # both a proclitic and a suffix off a short stem is mostly a misreading
            # (وزارة is not و + زار + ه)
            need = 4 if proclitic else 3
            if stem.endswith(enc) and len(stem) - len(enc) >= need:
                base = stem[: -len(enc)]
                add(base, True)
                if base.endswith("ت"):
                    add(base[:-1] + "ه", True)  # teh marbuta before a pronoun: مداهمتها
                break
    return tuple(out)


@lru_cache(maxsize=200_000)
def forms(word: str) -> frozenset[str]:
    """The candidate base forms as a set (for one C-level intersection test)."""
    return frozenset(w for w, _ in analyse(word))


def variants(word: str) -> tuple[str, ...]:
    """The word itself first, then forms with proclitics/enclitics/tanween removed."""
    return tuple(w for w, _ in analyse(word))
