"""A relative clause that tells its deed's outcome (eventx.relative_outcome).

A past verb opening a relative clause on a deed noun ("الحادث الإجرامي الذي
استهدف رجال الأمن") is background unless something pins the deed down as
news.  A day or a place does (events.py, _recent_anchor); so does the toll
the clause goes on to tell: "الحادث الذي استهدف رجال الأمن ونتج عنه استشهاد
عدد منهم"، "التفجير الذي استهدف المسجد وأسفر عن مقتل 15" is a deed that
took place and took lives, the incident a condemnation or a follow-up report
speaks of, however it is worded.  A toll that is only feared ("قد يسفر عن")
is read by the modality cues, not here.
"""

from __future__ import annotations

from typing import Final

from eventx.analysis import Sentence, is_punct

# how far after the outcome verb its casualty word may stand ("نتج عنه
# استشهاد"، "أسفر عن مقتل"، "أدى إلى إصابة")
OUTCOME_REACH: Final = 3


def tells_outcome(s: Sentence, after: int) -> bool:
    """An outcome verb (class `result`) after token `after`, in the same
    clause run (no full stop between), with a casualty word right after it
    or itself one ("فاستشهد")."""
    toks = s.tokens
    for h in s.hits:
        if h.first <= after or "result" not in h.classes:
            continue
        if any(is_punct(t) and t.text in (".", "؟", "!", ":") for t in toks[after + 1:h.first]):
            return False
        if "casualty_word" in h.classes:
            return True
        return any(0 < c.first - h.last <= OUTCOME_REACH and "casualty_word" in c.classes
                   for c in s.hits)
    return False
