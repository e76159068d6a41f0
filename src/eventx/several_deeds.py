"""A mention of several incidents is not the incident told beside it.

Why: news sets a deed against the wave it belongs to or stands beside:
"أطلقت امرأتان النار على القنصلية … وقتل ثمانية أشخاص في موجة من الهجمات
المنفصلة على قوات الأمن"، "ويعد هذان التفجيران الأحدث في سلسلة الهجمات".
Sentence merging joined every two deeds of one type, so the wave took the
shooting's doers and target, and the shooting, the one incident the
sentence tells in full, was lost.  A plural deed noun counted by the several
(موجة، سلسلة، عدة) or called separate (منفصلة، متفرقة) names several
incidents: it stays an event of its own, and a single deed of its sentence
stays another.  The toll told "in" the wave ("وقتل ثمانية في موجة من
الهجمات") is the wave's.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.events import Draft, connective_at
from eventx.grammar_words import words as grammar_words
from eventx.records import SECURITY_TYPES

# words that count deeds by the several: "عدة حملات"، "سلسلة غارات"، "عشرات
# الهجمات"، "موجة من الهجمات"
SEVERAL: Final = frozenset({"عده", "سلسله", "بعض", "عشرات", "ميات", "جمله", "موجه"})
# words after a plural deed noun that tell its deeds apart: "هجمات منفصلة"، "تفجيرات متفرقة"
APART: Final = frozenset({"منفصله", "المنفصله", "متفرقه", "المتفرقه"})
# how far before the noun its counting word stands: "موجة من الهجمات"
SEVERAL_REACH: Final = 2
# words that tell a toll in a deed: "قتل 30 في سلسلة تفجيرات"، "جراء موجة هجمات"
_IN: Final = frozenset({"في", "جراء", "خلال", "اثر", "بسبب"})
# how far after the killing verb the deed it was told in may stand: its count
# and the persons between ("وقتل ثمانية أشخاص على الأقل في موجة من الهجمات")
TOLL_REACH: Final = 9
_CLAUSE_MARKS: Final = grammar_words("clause_marks")


def several(d: Draft) -> bool:
    """``d`` names several incidents: a plural deed noun counted by the
    several or called separate."""
    if d.form.pos != "plural":
        return False
    texts = d.sentence.texts
    first, after = d.trigger.first, d.trigger.last + 1
    if after < len(texts) and texts[after] in APART:
        return True
    return any(w in SEVERAL or w[1:] in SEVERAL for w in texts[max(0, first - SEVERAL_REACH):first])


def one_of_several(e: Draft, d: Draft) -> bool:
    """Of two deeds of one sentence, one names several incidents and the
    other one, told apart from it: the wave and a deed beside it or in it,
    two events.  A verb that carries the wave out ("شنت طائرات التحالف أمس
    عدة غارات") or tells it in a relative clause ("عدة هجمات شنتها
    الميليشيات") names the wave itself, unless another deed or a connective
    stands between.  A killing is an outcome, told of either, and stays free
    to join."""
    if e.rule.type == "killing" or d.rule.type == "killing":
        return False
    if e.rule.type not in SECURITY_TYPES or d.rule.type not in SECURITY_TYPES:
        return False
    many = several(e)
    if many == several(d):
        return False
    wave, one = (e, d) if many else (d, e)
    if one.form.pos == "verb" or one.trigger.first < wave.trigger.first:
        return _told_between(one, wave)
    return True  # a single deed named after the wave: "عدة هجمات … من بينها الهجوم"


def _told_between(a: Draft, b: Draft) -> bool:
    """Another deed's trigger or a connective stands between the two triggers."""
    lo, hi = sorted((a.trigger.last, b.trigger.first)) if a.trigger.first < b.trigger.first \
        else sorted((b.trigger.last, a.trigger.first))
    toks = a.sentence.tokens
    return any(lo < h.first < hi and "trigger" in h.kinds for h in a.sentence.hits) or any(
        connective_at(toks, j) for j in range(lo + 1, hi))


def toll_in_several(k: Draft, n: Draft, drafts: list[Draft]) -> bool:
    """The killing verb ``k`` tells its toll in the several deeds ``n``
    ("وقتل ثمانية أشخاص على الأقل في موجة من الهجمات"): the toll is the
    wave's, not that of a deed told before the verb.  Nothing else is told
    between (no other deed, no clause mark)."""
    if k.rule.type != "killing" or k.form.pos != "verb" or not several(n):
        return False
    gap = n.trigger.first - k.trigger.last
    if not 0 < gap <= TOLL_REACH:
        return False
    texts = k.sentence.texts
    between = texts[k.trigger.last + 1:n.trigger.first]
    if any(w in _CLAUSE_MARKS for w in between):
        return False
    if not any(w in _IN for w in texts[max(k.trigger.last + 1, n.trigger.first - SEVERAL_REACH - 1):n.trigger.first]):
        return False
    return not any(k.trigger.last < x.trigger.first < n.trigger.first for x in drafts)
