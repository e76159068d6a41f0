"""A date that a superlative compares against, or that a schedule word gives
to its noun, dates no deed of the sentence.

Why: a date phrase belongs to the word it is told of.  After a superlative,
"منذ" or "خلال" opens the frame of a comparison, not the deed's time: "وهو
الأسوأ منذ مارس 2014" (the bombing is today's, the worst since March 2014),
"ويعد الأسوأ من نوعه خلال العام الجاري"، "هي الأسوأ منذ العام 1981".  And a
schedule word ("المرتقب"، "المقرر"، "المنتظر"، "المزمع") straight before a
date gives that date to the noun it qualifies: "تقريره، المرتقب نهاية الشهر
الجاري" dates the report, not the shelling told after it; the noun itself
("لقاءه المرتقب يوم 3 أغسطس") keeps it.  The compared deed, told after
the frame by "when", keeps its date: "الأعنف منذ جويلية 2005 عندما قتل
أربعة انتحاريين 52 شخصا في هجمات".

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import is_punct
from eventx.text.tokenize import Token

__all__ = ["compared_deed_after", "compared_or_scheduled"]

# superlatives of degree (normalised; "والأسوأ" read without its و)
_SUPERLATIVES: Final = frozenset({
    "الاسوا", "اسوا", "الاسوء", "اسوء", "الاعنف", "اعنف", "الاشد", "اشد", "الادمي", "ادمي",
    "الاخطر", "اخطر", "الافدح", "افدح", "الاكثر", "الاكبر", "اكثر", "اكبر"})
# bare "أكثر"/"أكبر" before "من" is a comparison of amount ("قتل أكثر من 100
# منذ يناير"): the date then starts the tally, the deed's own
_AMOUNT_WORDS: Final = frozenset({"اكثر", "اكبر"})
# what opens the frame, straight before the date
_FRAME_OPENERS: Final = frozenset({"منذ", "ومنذ", "خلال", "وخلال"})
# words from the superlative to its frame's opener ("اسوا مراحلها على الاطلاق منذ")
_FRAME_REACH: Final = 5
# "when" after the frame's date tells the compared deed, which the date dates
_WHEN: Final = frozenset({"عندما", "عند", "حين", "حينما", "لما", "يوم", "وعندما"})
# words from the frame's date to that deed, its doer and toll between ("منذ ابريل 2011، عند مقتل 22 شخصا")
_WHEN_REACH: Final = 14
# schedule words that give the date after them to the noun they qualify
_SCHEDULED: Final = frozenset({"المرتقب", "المرتقبه", "المقرر", "المقرره", "المنتظر",
                               "المنتظره", "المزمع", "المزمعه"})
# the noun a schedule word qualifies stands right before it (with its pronoun or an adjective)
_SCHEDULED_NOUN_REACH: Final = 3


def compared_or_scheduled(toks: Sequence[Token], trig_first: int, trig_last: int,
                          at: int) -> bool:
    """Whether the date starting at token ``at`` is a superlative's frame of
    comparison, or the time a schedule word gives a noun other than the
    trigger (spanning ``trig_first``..``trig_last``): see the module's doc."""
    if at < 1:
        return False
    before = toks[at - 1].text
    if before in _SCHEDULED:
        return not 0 < at - 1 - trig_last <= _SCHEDULED_NOUN_REACH
    if before not in _FRAME_OPENERS or _when_told(toks, trig_first, at):
        return False
    return _superlative_at(toks, at) >= 0


def _when_told(toks: Sequence[Token], trig_first: int, at: int) -> bool:
    """The trigger is the compared deed, told shortly after the frame's date
    (starting at ``at``) by "when": the date is its own."""
    return 0 < trig_first - at <= _WHEN_REACH and any(
        t.text in _WHEN for t in toks[at + 1:trig_first])


def compared_deed_after(toks: Sequence[Token], first_last: int, trig_first: int) -> bool:
    """Whether the trigger at ``trig_first`` is the compared deed of a
    superlative told after ``first_last`` (the end of another trigger): "وهجوم
    مانشستر هو الأعنف منذ جويلية 2005 عندما قتل أربعة انتحاريين 52 شخصا".
    The deed told by "when" is the frame's, years before the one compared
    with it: two incidents, whose parties, toll and date are each their own."""
    for at in range(trig_first - 1, max(first_last, trig_first - 1 - _WHEN_REACH, 0), -1):
        if (toks[at - 1].text in _FRAME_OPENERS and _when_told(toks, trig_first, at)
                and _superlative_at(toks, at) > first_last):
            return True
    return False


def _superlative_at(toks: Sequence[Token], at: int) -> int:
    """Index of the superlative whose frame's date starts at ``at``; -1 if none."""
    for i in range(at - 2, max(-1, at - 2 - _FRAME_REACH), -1):
        tok = toks[i]
        if is_punct(tok):
            return -1
        word = tok.text[1:] if tok.text[:1] == "و" and tok.text[1:] in _SUPERLATIVES else tok.text
        if word in _SUPERLATIVES:
            return -1 if word in _AMOUNT_WORDS and i + 1 < len(toks) and toks[i + 1].text == "من" else i
    return -1
