"""A death an inquiry looks into took place, when the sentence names its victim.

Why: an inquiry, its circumstances ("ملابسات") and the case it opens speak of
a deed rather than report it (rules/core/cues.toml, the cue of trials and
investigations), which keeps "التحقيق في الهجوم" and "ملابسات القتل" out of the
incidents.  But a death is no attempt nor a plan: "فتح تحقيق في ملابسات مقتل
الجندي سامي الورتاني"، "كشف ملابسات مقتل ثلاثة صيادين" tell that the soldier
and the three fishermen died; only how is unclear.  A victim named by a name
or counted right after the death noun makes the death one specific incident;
"ملابسات مقتل المدنيين في الحروب" (no name, no number) stays talk.  The cue
words that yield so are those of the word class ``inquiry`` (rules/core/classes.toml).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import NASAB, STOPWORDS, Sentence
from eventx.lexicon import Hit

# how many name words make a name (one alone is too often a noun)
_NAME_WORDS: Final = 2


def inquired_death(s: Sentence, trigger_last: int, generic_cues: Sequence[Hit]) -> bool:
    """Every generic cue reaching the death noun ending at ``trigger_last`` is
    an inquiry's word, and the victim is counted or named right after it."""
    if not generic_cues or not all("inquiry" in h.classes for h in generic_cues):
        return False
    return victim_told(s, trigger_last + 1)


def victim_told(s: Sentence, k: int) -> bool:
    """A toll opens at token ``k`` ("مقتل ثلاثة صيادين"), or a name no
    dictionary knows, of two words or more, after at most one definite noun
    saying who he was ("مقتل الراعي خليفة السلطاني"، "استشهاد خليفة السلطاني")."""
    toks = s.tokens
    if k >= len(toks):
        return False
    if any(s.token_at(c.start) == k for c in s.counts):
        return True
    if toks[k].text.startswith("ال"):
        k += 1  # the shepherd, the soldier, the young man: the name follows
    known = {i for h in s.hits for i in range(h.first, h.last + 1)}
    words = 0
    while (k < len(toks) and words < _NAME_WORDS and k not in known
           and _name_word(toks[k].text) and (words or not toks[k].text.startswith("ال"))):
        words += 1
        k += 1
    return words >= _NAME_WORDS


def _name_word(text: str) -> bool:
    return text.isalpha() and text not in STOPWORDS and text not in NASAB
