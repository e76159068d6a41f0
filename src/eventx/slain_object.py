"""A count of people a verb of harm takes as its object: "قتل الجيش ثلاثة مسلحين خلال هجوم".

Why: a deed noun told after a killing ("خلال هجوم"، "في مداهمة") takes the
nearest bare actor before it as its doer, and that actor is often the count
the killing verb took as its object: the army killed three gunmen during an
operation, and the gunmen became the operation's doers.  A counted phrase
that stands right after the subject of an active verb of harm ("قتلت قوات
الأمن خمسة إرهابيين"، "أصاب الجيش ثلاثة مسلحين"), or right after such a verb
whose subject stands right before it ("الجيش قتل ثلاثة مسلحين"), is what the
verb befell: the verb has its doer, the count is its object.  A count right
after the verb with no subject between ("قتل ثلاثة مسلحين خلال هجوم") is the
passive's subject and may well have done the deed: that reading is left as
it is.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from eventx.analysis import ActorMention, Sentence

__all__ = ["slain_object"]

# the kinds of count that count people a deed befalls
_PEOPLE: Final = frozenset({"killed", "wounded", "abducted", "arrested"})

# conjunctions that open a new clause: its verb need not share the subject before it
_CLAUSE_OPENERS: Final = ("و", "ف")


def slain_object(s: Sentence, a: ActorMention, by_last: Mapping[int, ActorMention],
                 harms_at: Callable[[int], bool]) -> bool:
    """Whether the counted actor ``a`` is the object of an active verb of harm
    (a token where ``harms_at`` holds) whose subject is named: "VERB SUBJECT
    COUNT" or "SUBJECT VERB COUNT", the count opening ``a``'s phrase."""
    k = _count_start(s, a)
    if k <= 0:
        return False
    subject = by_last.get(k - 1)
    if subject is not None and subject.first > 0 and harms_at(subject.first - 1):
        return True  # "قتلت قوات الأمن خمسة إرهابيين"
    return (harms_at(k - 1) and not s.texts[k - 1].startswith(_CLAUSE_OPENERS)
            and by_last.get(k - 2) is not None)  # "الجيش قتل ثلاثة مسلحين"


def _count_start(s: Sentence, a: ActorMention) -> int:
    """The first token of a count of people that counts ``a`` ("ثلاثة
    مسلحين"، "مسلحين اثنين"، "خمسة من عناصر التنظيم"), -1 where none does."""
    for c in s.counts:
        if c.kind not in _PEOPLE:
            continue
        lo, hi = s.token_at(c.start), s.token_at(c.end - 1)
        if lo <= a.first <= hi + 1:
            return min(lo, a.first)
    return -1
