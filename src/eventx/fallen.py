"""Who a casualty word before a deed names as fallen is no doer of that deed.

Why: "وأسفرت عن استشهاد عدد من المدنيين والأمنيين والعسكريين، فضلا عن القضاء
على 36 إرهابيا": the soldiers died in the attack told first; the raid told
after ("القضاء على") was no deed of theirs, yet the raid's agent slot takes
any actor before its trigger.  An actor is *fallen* when, walking back from
it, only the casualty word's own phrase stands between the two: counts and
quantity words ("عدد من"، "ثلاثة")، other actors and definite nouns joined by و
("والأمنيين").  Any other word ("بعد مقتل جندي، شنت قوات الأمن حملة مداهمة": a
verb) ends the phrase: the forces there are a new clause's subject.  Where the
deed is told as the setting of the deaths ("استشهاد جنديين خلال مداهمة"، "في
مداهمة") the fallen took part in it: not set aside.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Final

from eventx.analysis import ActorMention, Sentence

__all__ = ["fallen_elsewhere"]

# how far back from the actor its casualty word may stand
_REACH: Final = 10

# words of a toll's phrase between a casualty word and whom it counts
_QUANTITY: Final = frozenset({"عدد", "من", "عشرات", "العشرات", "ميات", "الميات", "اكثر", "نحو",
                              "حوالي", "بعض", "و"})

# a deed told as where or why the fallen fell ("خلال مداهمة"، "في هجوم"، "جراء")
_SETTING: Final = frozenset({"خلال", "اثناء", "في", "اثر", "جراء", "بسبب", "عند", "لدي"})


def fallen_elsewhere(s: Sentence, a: ActorMention, trig_first: int, casualty_ends: Collection[int],
                     by_last: Mapping[int, ActorMention]) -> bool:
    """The actor (before the trigger at ``trig_first``) is named in the phrase
    of a casualty word ending at one of ``casualty_ends``, and nothing between
    it and the trigger tells the deed as where they fell."""
    toks = s.tokens
    if any(toks[j].text in _SETTING for j in range(a.last + 1, trig_first)):
        return False
    j = a.first - 1
    stop = max(-1, a.first - 1 - _REACH)
    while j > stop:
        if j in casualty_ends:
            return True
        other = by_last.get(j)
        if other is not None:
            j = other.first - 1
            continue
        tok = toks[j]
        if not (tok.text in _QUANTITY or tok.text.isdigit() or tok.text.startswith("وال")
                or any(c.start <= tok.start < c.end for c in s.counts)):
            return False
        j -= 1
    return False
