"""A deed named as the cause of the incident told just before it.

"وأكد المصدر أن الهجوم نجم عن تفجير عبوة ناسفة"، "وأفادت معلومات أنه ناجم عن
سيارة مفخخة": the deed after "نجم عن"/"ناجم عن"/"ناتج عن" tells how the
incident the sentence's subject (or its pronoun) refers back to was done.  It
is that incident again, not a second one: read apart, the blast of the cause
clause stands beside the attack it explains, and a bare device ("سيارة
مفخخة"), with no anchor of its own, stays a generic event.  The words before
عن are data (grammar_words: deed_cause); "نتج عنه"/"أسفر عن" lead to an
outcome, not a cause, and are no such words.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

_CAUSE: Final = grammar_words("deed_cause")
_CLAUSE_MARKS: Final = grammar_words("clause_marks")


def told_as_cause(tokens: Sequence[Token], i: int) -> bool:
    """Whether the deed whose trigger opens at token ``i`` follows a cause
    phrase: a cause word and عن right before it, after the word it says
    the cause of ("الهجوم"، "أنه").  A verb that opens its clause ("ونجم عن
    الاشتباكات مقتل 50"، "، نجم عن") is told first, of the outcome that
    follows: the deed after it is the cause of that outcome, not of the
    incident told before."""
    if i < 3 or tokens[i - 1].text != "عن" or tokens[i - 2].text not in _CAUSE:
        return False
    return tokens[i - 3].text not in _CLAUSE_MARKS
