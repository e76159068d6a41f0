"""An actor inside a "since …" clause is a party to that clause's deed only.

Why: "منذ" followed by a deed of its own opens a clause that tells when
something began ("كثفت المجموعة هجماتها منذ تسلم الرئيس النيجيري محمد بخاري
مهماته"، "أول هجوم كبير تشنه منذ اعلان وفاة زعيمها الملا عمر"، "أعلى حصيلة
منذ بدأت بعثة الأمم المتحدة تسجيل أعدادهم").  The one who took office, died or
began counting did nothing in the deed told before "منذ", and was not hit by
it.  "منذ" followed by a time ("منذ يومين"، "منذ مطلع العام"، "منذ 2014") opens
no clause: the sides named after it ("اشتباكات منذ الصباح بين الجيش وداعش")
stay the deed's.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import Sentence
from eventx.grammar_words import words as grammar_words

__all__ = ["in_since_deed", "since_deeds"]

# data/grammar_words.toml: "منذ" itself, words that tell a time after it, and
# the words that lead one ("منذ بداية العام"، "منذ أكثر من عام")
_SINCE: Final = grammar_words("since")
_TIMES: Final = grammar_words("since_times")
_LEADS: Final = grammar_words("since_time_leads")
# how many words a since-clause's deed may hold before the actor
_REACH: Final = 6


def _tells_time(s: Sentence, i: int) -> bool:
    """Whether the words from token ``i`` on tell a time, not a deed."""
    texts = s.texts
    n = len(texts)
    while i < n and texts[i] in _LEADS:
        i += 1
    if i >= n:
        return True
    word = texts[i]
    if word in _TIMES or word[:1].isdigit():
        return True
    start = s.tokens[i].start
    return any(x.start == start for x in s.dates)


def since_deeds(s: Sentence) -> list[int]:
    """Where a "منذ" that opens a clause with a deed of its own stands,
    ascending (read once per sentence; most have none)."""
    if _SINCE.isdisjoint(s.words):
        return []
    return [i for i, w in enumerate(s.texts) if w in _SINCE and not _tells_time(s, i + 1)]


def in_since_deed(deeds: Sequence[int], word_counts: Sequence[int],
                  trig_last: int, first: int) -> bool:
    """Whether the actor starting at token ``first`` stands in one of the
    since-clauses ``deeds`` (:func:`since_deeds`) opened after the trigger
    (ending at ``trig_last``), within reach and with no punctuation between:
    ``word_counts`` counts the words before each token, so a gap of tokens
    with as many words holds no punctuation."""
    for i in deeds:
        if trig_last < i < first - 1 and first <= i + _REACH + 1 and \
                word_counts[first] - word_counts[i] == first - i:
            return True
    return False
