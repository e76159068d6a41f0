"""Whether a sentence opens an item of a news roundup: "وفي إقليم نانجارهار
شرق البلاد أصيب رجلا شرطة …" after a Taliban attack in the northeast, "وفي
صنعاء لقي أربعة حوثيين مصرعهم …" after an ambush in Ibb.

Why: a roundup strings incidents of one country or day together, each item
opened by the place it happened in.  A deed told indefinitely in such an item
("انفجار قنبلة") is a new incident, not the one told before, however well its
place fits inside the earlier one's country or region; a definite noun ("وفي
محافظة ديالى، أسفر الهجوم عن …") may still retell the earlier deed.  A
sentence opened by a connective that adds a deed ("كما فتحت قوات النظام
نيران رشاشاتها على مناطق قرب مخيم اليرموك" after clashes in Harasta and
Jobar) strings an item on in the same way (``added_item``).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import Sentence
from eventx.grammar_words import words as grammar_words

# "وفي" before the place noun: the opener of an item that adds to the report
_OPENER: Final = "وفي"
_PLACE_NOUNS: Final = grammar_words("roundup_place_nouns")
_CLAUSE_MARKS: Final = grammar_words("clause_marks")
_ADDING: Final = grammar_words("added_item_openers")


def roundup_item(s: Sentence, place_first: int | None) -> bool:
    """The sentence opens with "وفي" and a place noun ("وفي محافظة X") or
    the place named at token ``place_first`` ("وفي صنعاء لقي أربعة …")."""
    texts = s.texts
    i = 0
    while i < len(texts) and texts[i] in _CLAUSE_MARKS:
        i += 1
    if i + 1 >= len(texts) or texts[i] != _OPENER:
        return False
    return texts[i + 1] in _PLACE_NOUNS or place_first == i + 1


def added_item(s: Sentence) -> bool:
    """The sentence opens with a connective that adds another deed to the
    report ("كما"، "فيما"، "بينما"; marks before it allowed).  Whether the deed
    it tells is another incident is for its place to say (eventx.merge)."""
    for w in s.texts:
        if w not in _CLAUSE_MARKS:
            return w in _ADDING
    return False
