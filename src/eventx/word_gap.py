"""How many words apart two tokens stand, the quote opening a phrase not counted.

Why: a modality cue reaches a trigger within so many *words* ("إمكانية شن
هجوم"، "محاولة لاغتيال").  A quote or a guillemet between them ("إمكانية «لمحاولة
النظام شن هجوم") is a token but no word: counted, it put the cue one step out
of reach and the supposed attack came out asserted.  Counting the words alone
keeps the reach the same over real words.  Only the quote or bracket that
opens the words after the first of the two passes: one further on may close
a quotation and a clause with it, and a comma or a colon parts clauses; each
still counts (all quotes and brackets skipped changed 22 corpus articles,
most for the worse: "«استنكرت قيادة الفرقة»" after "جاء فيه" lost, "(23
عاما) في 29 حزيران واتهم" made generic).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.text.tokenize import Token

# the quote tokens a cue's window may pass over: the one opening its phrase
PUNCT_MAX: Final = 1

# quotes (« » “ ” come out of normalisation as ") and brackets
_WRAPPERS: Final = frozenset({'"', "'", "(", ")", "[", "]"})


def word_gap(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """``hi - lo`` (1 for neighbours), less one where a quote or a bracket
    opens the words after ``lo`` ("إمكانية «لمحاولة النظام شن هجوم"، "أدوات الهجوم
    [الإلكتروني]"): the distance of two tokens in words, the quote being the
    phrase's.  Any later quote still counts: a closing one ends a clause as
    often as not ("ينبغي «أن يتم احترامه» ودعوا إلى اجتماع": a call made)."""
    gap = hi - lo
    if lo + 1 < hi and tokens[lo + 1].text in _WRAPPERS:
        gap -= 1
    return gap
