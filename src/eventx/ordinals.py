"""Deeds counted in order ("التفجير الأول" … "التفجير الثاني") are different incidents.

A report of several blasts or raids often tells them one by one, each named by
its rank: "وقتل 43 شخصا في التفجير الأول، بينما قتل سبعة آخرون في التفجير
الثاني"، "الهجوم الأول وقع داخل حانة … وقع الانفجار الثاني بينما كان الجنود
يقتربون".  The same place, day and kind of deed would fold them into one
incident; their ranks tell them apart.  The rank stands right after the deed's
noun, or after one definite adjective ("التفجير الانتحاري الثاني").
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.text.tokenize import Token

# definite ordinals (normalised), masculine and feminine, with their rank
_RANKS: Final[dict[str, int]] = {
    "الاول": 1, "الاولي": 1, "الثاني": 2, "الثانيه": 2, "الثالث": 3, "الثالثه": 3,
    "الرابع": 4, "الرابعه": 4, "الخامس": 5, "الخامسه": 5, "السادس": 6, "السادسه": 6}
# definite words before an ordinal that name a month, not a deed
# ("هجوم تشرين الثاني"، "غارة ربيع الأول")
_MONTHS: Final = frozenset({"تشرين", "كانون", "ربيع", "جمادي"})


def rank_after(tokens: Sequence[Token], last: int) -> int | None:
    """The rank an ordinal gives the deed whose noun ends at token ``last``
    ("الانفجار الأول" 1, "الغارة الثانية" 2), or None where none follows."""
    j = last + 1
    if j < len(tokens) and tokens[j].text in _RANKS:
        return _RANKS[tokens[j].text]
    if (j + 1 < len(tokens) and tokens[j].text.startswith("ال")
            and tokens[j].text not in _MONTHS and tokens[j + 1].text in _RANKS):
        return _RANKS[tokens[j + 1].text]
    return None
