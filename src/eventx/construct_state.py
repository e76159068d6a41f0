"""A deed noun in construct with a definite genitive: "هجوم الحوثيين".

Arabic makes a noun definite by its article ("الهجوم") or by a definite
genitive right after it: "تفجير السفارة"، "اعتداء الأحد"، "لهجوم الحوثيين"،
"هجوم داعش" name an incident the reader is taken to know, as "the attack"
does, while "هجوم مسلحين" (by gunmen) and "هجوما" (the accusative's
tanwin: no construct) bring a new one.  The genitive is definite by its
article, or as a name: a place, or a party that is no plain common noun
(the caller tells which), spelt with no letter a preposition might be.  The words with an article that follow a noun
without being its genitive ("إلى"، "الذي"، "اليوم") are data
(grammar_words: not_genitives).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

from eventx.analysis import ActorMention, Sentence
from eventx.grammar_words import words as grammar_words

_NOT_GENITIVE: Final = grammar_words("not_genitives")
# the letters of a proclitic (و، ف، ب، ل، ك): a name so spelt may be a
# preposition's object ("لوكالة"، "بسيارة"), and one that is the genitive
# itself ("بغداد"، "لبنان") is lost to the doubt
_CLITICS: Final = ("و", "ف", "ب", "ل", "ك")


def definite_genitive(s: Sentence, last: int, named: Callable[[ActorMention], bool]) -> bool:
    """Whether the noun whose last word is at ``last`` has a definite
    genitive right after it: a word with the article, a place name, or an
    actor that ``named`` takes for a name ("داعش"، "طالبان").  A word
    ending in the tanwin's alif ("هجوما") is in no construct."""
    j = last + 1
    if j >= len(s.tokens) or s.texts[last].endswith("ا"):
        return False
    word = s.texts[j]
    if word.startswith("ال"):
        return word not in _NOT_GENITIVE
    if word.startswith(_CLITICS):
        return False  # "تصريح لوكالة"، "هجوم بسيارة": a preposition, no genitive
    return any(p.first == j and not p.qualifier for p in s.places) or any(
        m.first == j and (s.texts[m.last].startswith("ال") or named(m)) for m in s.actors)
