"""A name inside the words a statement quotes is what those words tell of,
not who said them.

Why: the source slot takes the first name after a statement noun or verb
with no subject before it, and a quotation often follows the noun straight
away: "وقالت لوكهيد في بيان «لوكهيد مارتن تدعم الحكومة الأمريكية …»"، "وقال
الكولونيل في بيان «حين يرصد التحالف أهدافا لداعش …»" gave the statements the
sources الحكومة الأمريكية and التحالف.  A name the quote marks wrap alone is a
name written in quotes ("أعلن تنظيم «داعش» مسؤوليته"), and stays.

Works on NORMALISED tokens, where every quotation mark reads as '"'
(:mod:`eventx.quoted_date`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.quoted_date import quoted_apart
from eventx.text.tokenize import Token

__all__ = ["in_quoted_passage"]

_QUOTE: Final = '"'


def in_quoted_passage(toks: Sequence[Token], trig_first: int, first: int, last: int) -> bool:
    """Whether the name on tokens ``first``..``last`` stands inside a
    quotation the trigger stands outside of, one that holds more than the
    name."""
    if not quoted_apart(toks, trig_first, first):
        return False
    wrapped = (first > 0 and toks[first - 1].text == _QUOTE
               and last + 1 < len(toks) and toks[last + 1].text == _QUOTE)
    return not wrapped
