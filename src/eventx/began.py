"""A deed its doers began or set about is under way: it took place.

The news tells an operation by its start: "عملية الشهيد سالم النايلي بدأت بقصف
أوكار الإرهابيين"، "شرعت قوات الجيش إثر ذلك بعمليات تمشيط واسعة"، "أعلن أنه بدأ
في عملية عسكرية واسعة"، "شرعوا بمداهمة عدد من المنازل".  The verbal noun then
stands bare, undated and unplaced, and would read as the deed in the abstract.
Only a noun the verb governs by ب or في counts: "بدأت العمل لإلقاء القبض" names
an aim (the لـ of purpose), "بدأت الاستعدادات لشن هجوم" a plan.  Meetings and
calls are left out ("بدا في آخر اتصال هاتفي عاديا": the normalised بدأ is also
بدا, "seemed").
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import is_punct
from eventx.text.tokenize import Token

# deeds told by the verb of their start
BEGUN_TYPES: Final = frozenset({"attack", "armed_clash", "rocket_strike", "air_strike", "bombing",
                         "raid", "arrest", "abduction", "killing"})
# the verb, its subject ("قوات الجيش") and an adverbial ("إثر ذلك") before the deed
BEGAN_REACH: Final = 6


def begun_deed(event_type: str, tokens: Sequence[Token], first: int,
               verbs_at: Sequence[int]) -> bool:
    """Whether the noun at ``first`` is what a verb of beginning (at one of
    ``verbs_at``) before it in the same clause governs by ب or في."""
    if event_type not in BEGUN_TYPES or not verbs_at:
        return False
    governed = tokens[first].text.startswith(("ب", "وب")) or (
        first > 0 and tokens[first - 1].text == "في")
    if not governed:
        return False
    return any(0 < first - i <= BEGAN_REACH
               and not any(is_punct(t) for t in tokens[i + 1:first])
               for i in verbs_at)
