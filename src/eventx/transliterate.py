"""A plain romanisation for names no dictionary knows.

An English name is part of every actor record; for a person first met in the
text (a kunya, a name after a title) a readable romanisation beats none.
"""
from __future__ import annotations

from typing import Final

_MAP: Final = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "'",
}


# Name particles have settled English spellings.
_WORDS: Final = {"بن": "bin", "بنت": "bint", "ابن": "ibn", "ابو": "Abu", "ابي": "Abi", "ام": "Umm",
          "ال": "Al", "عبد": "Abd"}


def transliterate(text: str) -> str:
    words = []
    for w in text.split():
        if w in _WORDS:
            words.append(_WORDS[w])
        elif w.startswith("ال") and len(w) > 3:
            words.append("al-" + _word(w[2:]))
        else:
            words.append(_word(w))
    return " ".join(words)


def _word(w: str) -> str:
    s = "".join(_MAP.get(c, c) for c in w)
    return s[:1].upper() + s[1:]
