"""A date inside a "since …" clause is the date of that clause's own deed.

Why: a date phrase belongs to the clause it stands in.  "منذ" followed
straight by a date tells when the deed before it began ("اعتقلت منذ
الجمعة"، "اشتباكات منذ الأسبوع الماضي"), but "منذ" followed by a deed of its
own opens a clause that the date then dates: "وقتل أكثر من ستة آلاف شخص منذ
أن بدأ التمرد في أبريل 2014"، "زيارته الأولى منذ تسلمه مهامه في فبراير"،
"أعلن أسماء من أعدمهم منذ سيطرته على المدينة في 10 يونيو من العام الماضي".
The deed told before "منذ" is later than that date, so the date is not its
own (eventx.events takes another, or none).

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import is_punct
from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

__all__ = ["in_since_clause"]

# data/grammar_words.toml: "منذ" itself, and the words of time that lead a date
# and open no clause ("منذ ساعات فجر الأحد"): the date is still the deed's start
_SINCE: Final = grammar_words("since")
_TIME_LEADS: Final = grammar_words("since_date_leads")
# how many words a since-clause's deed may hold before its date
_REACH: Final = 12


def in_since_clause(toks: Sequence[Token], trig_last: int, at: int) -> bool:
    """Whether the date starting at token ``at`` stands in a since-clause
    opened after the trigger (ending at ``trig_last``) by "منذ" and a word of
    its own before the date, with no punctuation between (see the module's doc)."""
    for i in range(at - 1, max(trig_last, at - _REACH - 1), -1):
        tok = toks[i]
        if is_punct(tok):
            return False
        if tok.text in _SINCE:
            # "منذ الجمعة": the date is the deed's start
            return any(t.text not in _TIME_LEADS for t in toks[i + 1:at])
    return False
