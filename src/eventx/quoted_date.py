"""A date inside the words a statement quotes dates what those words tell,
not the statement.

Why: a date phrase belongs to the clause it stands in, and a quotation is a
clause of the speaker's.  "وقالت الرئاسة في بيان إنه «ينبغي تفعيل الإجراءات
بنهاية هذا العام»" states a deadline, "قرر الرئيس تمديد حالة الطوارئ اعتبارا
من الثالث من أغسطس" a start, "وقال المبعوث: «خلال العام الماضي بلغ …»" a
year of figures: none is the day the words were said.  A trigger inside the
same quotation is told by the speaker, and the date is its own.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`), where
every quotation mark (« » " “ ”) reads as '"'.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.text.tokenize import Token

__all__ = ["quoted_apart"]

_QUOTE: Final = '"'


def quoted_apart(toks: Sequence[Token], trig_first: int, at: int) -> bool:
    """Whether the date starting at token ``at`` stands inside a quotation
    that the trigger (starting at ``trig_first``) stands outside of.  Marks
    that do not pair up in the sentence tell nothing: no."""
    marks = [i for i, t in enumerate(toks) if t.text == _QUOTE]
    if not marks or len(marks) % 2:
        return False

    def inside(p: int) -> bool:
        return sum(1 for i in marks if i < p) % 2 == 1

    return inside(at) and not inside(trig_first)
