"""A police deed that a prosecutor authorised was done.

The Tunisian police report tells an arrest or a raid by the order that allowed
it: "وباستشارة النيابة العمومية أذنت لفرقة الأبحاث والتفتيش للحرس الوطني
بطبرقة بالاحتفاظ بهم" (the suspects are held), "أذنت بمداهمة المنزل".  The verb
of the order stands several words before the deed's noun, with the unit it
addressed between, too far for the light verbs of happening (events._occurred
reaches three words); without it the bare noun, undated and unplaced, reads as
the deed in the abstract.  Only the deeds a prosecutor orders (arrest, raid)
and only a noun governed by ب (the order's object) count.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import is_punct
from eventx.text.tokenize import Token

# event types whose deed a prosecutor's leave orders
AUTHORISED_TYPES: Final = frozenset({"arrest", "raid"})
# the order's verb, its addressee ("لفرقة الأبحاث والتفتيش للحرس الوطني بطبرقة")
# and the deed: words at most from the verb to the deed's noun
AUTHORISED_REACH: Final = 8


def authorised_deed(event_type: str, tokens: Sequence[Token], first: int,
                    verbs_at: Sequence[int]) -> bool:
    """Whether the noun at ``first`` is the object of a verb of leave standing
    (at one of ``verbs_at``) before it in the same clause."""
    if event_type not in AUTHORISED_TYPES or not tokens[first].text.startswith(("ب", "وب")):
        return False
    return any(0 < first - i <= AUTHORISED_REACH
               and not any(is_punct(t) for t in tokens[i + 1:first])
               for i in verbs_at)
