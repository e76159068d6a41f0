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
_ENCLITICS: tuple[str, ...] = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه")  # not ي: العراقي is no "my Iraq"
_MIN_STEM = 2


@lru_cache(maxsize=200_000)
def variants(word: str) -> tuple[str, ...]:
    """The word itself first, then forms with proclitics/enclitics/tanween removed."""
    out: list[str] = [word]
    seen = {word}

    def add(w: str) -> None:
        if len(w) >= _MIN_STEM and w not in seen:
            seen.add(w)
            out.append(w)

    stems = [word]
    for pre, had_article in _PROCLITICS:
        if word.startswith(pre) and len(word) - len(pre) >= _MIN_STEM:
            rest = word[len(pre):]
            if had_article:
                add("ال" + rest)
                add(rest)
            else:
                add(rest)
            stems.append(rest)
    for stem in list(out):
        if len(stem) >= 4 and stem.endswith("ا"):
            add(stem[:-1])  # tanween fatha written with alef: هجوما → هجوم
        for enc in _ENCLITICS:
            if stem.endswith(enc) and len(stem) - len(enc) >= 3:
                base = stem[: -len(enc)]
                add(base)
                if base.endswith("ت"):
                    add(base[:-1] + "ه")  # teh marbuta before a pronoun: مداهمتها
                break
    return tuple(out)
