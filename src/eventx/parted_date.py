"""A date that a clause of contrast parts from a deed dates the other clause.

Why: a date phrase belongs to the clause it stands in.  A clause of contrast
("لكن"، "إلا أن"، "غير أن"، "بيد أن") opens a new predication, so a date on one
side of it and a deed on the other are told of two things: "كانوا يقطنون في
المدينة قبل اندلاع الأزمة في 2011، إلا أنه لم يبق منهم سوى 300 قبل هجوم
التنظيم عليها" (the year dates the crisis), "أصدرت الشركة حلا في مارس، لكن
الأجهزة كانت عرضة للهجوم".  The deed then takes a date of its own clause, or
none (eventx.extractor: the publication day, or none for a recalled deed).
A contrast whose pronoun takes up the subject told before it ("وصلت التعزيزات
في 28 أبريل … إلا أنها اكتسحت الحي فقتل"، "لكنهم كثفوا هجماتهم") goes on with
the same doers' story and parts nothing; "أنه"/"لكنه" mostly opens an
impersonal clause ("إلا أنه لم يبق") and parts it.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

__all__ = ["parted_date"]

# data/grammar_words.toml: "لكن" (bare, with و, with a pronoun) opens the clause
# itself; "إلا"/"غير"/"بيد" do so only before "أن" ("لم يبق إلا ثلاثة" is "only")
_CONTRAST: Final = grammar_words("contrast_words")
_CONTRAST_HEADS: Final = grammar_words("contrast_heads")
_THAT: Final = grammar_words("contrast_that")


def parted_date(toks: Sequence[Token], trig_first: int, trig_last: int,
                first: int, last: int) -> bool:
    """Whether a clause of contrast opens between the date on tokens
    ``first``..``last`` and the trigger (``trig_first``..``trig_last``),
    on either side of it (see the module's doc)."""
    if last < trig_first:
        lo, hi = last + 1, trig_first
    elif first > trig_last:
        lo, hi = trig_last + 1, first
    else:
        return False
    for i in range(lo, hi):
        w = toks[i].text
        if w in _CONTRAST or (w in _CONTRAST_HEADS and i + 1 < hi and toks[i + 1].text in _THAT):
            return True
    return False
