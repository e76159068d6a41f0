"""The day a source spoke, told right after its verb, before the deed.

"أكد مسؤول في الشرطة اليوم، اعتقال ثلاثة شباب أمس"، "أعلنت السعودية، أمس، عن
هوية الانتحاري الذي نفذ تفجيرا … الخميس الماضي": a day a few words after a
verb of saying or reacting (the verb, its subject, the day) dates the saying;
the deed told after it, in a noun phrase rather than a "that" clause (which
events._reported_at reads), takes the day its own words give.  Only a day
with no relative pronoun between it and the deed is the deed's ("اعتقلت رجلا
هدد السفير، الذي تعرض للطعن في مارس": March is the stabbing's); where the
sentence gives none, the saying's day still dates the deed, as before
("أعلنت الوزارة أمس مقتل 14").
"""
from __future__ import annotations

from collections.abc import Sequence, Set
from typing import Final

from eventx.text.tokenize import Token

__all__ = ["said_on"]

# the verb, a subject of up to three words, then the day
_REACH: Final = 4
# relative pronouns (normalised spelling): a day past one is another deed's
_RELATIVES: Final[frozenset[str]] = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
                                        "اللتان", "والذي", "والتي", "والذين"})


def said_on(tokens: Sequence[Token], first: int, last: int, trig_first: int, sayers: Set[int],
            others: Sequence[int]) -> bool:
    """The date at tokens ``first..last`` stands before the deed's trigger, at
    most :data:`_REACH` tokens after a verb of saying or reacting (``sayers``),
    and another date of the clause (first tokens ``others``) is the deed's: no
    relative pronoun stands between it and the trigger."""
    if not (last < trig_first and any(0 < first - v <= _REACH for v in sayers)):
        return False
    return any(o != first and not any(tokens[k].text in _RELATIVES
                                      for k in range(min(o, trig_first), max(o, trig_first)))
               for o in others)
