"""A deed noun that a verbal noun of carrying out governs as an aim.

"كانت قوات الحوثي تتمركز لشن قصف على الضالع" (to launch shelling),
"استعدادا لتنفيذ هجمات" (to carry out attacks): the deed is the object of
"to launch", what someone means to do, not a report; so is "التمهيد …
قبل شن هجوم شامل" (before launching a general assault): what is still to
come at the time told.  The ل or قبل stands on the verbal noun (class
``conduct`` in rules/core/classes.toml: شن، تنفيذ), not on the deed, so
events._purpose, which reads ل on the deed's own word, misses it.  No cue
word is added to the lexicon for it: "لشن" as a word of its own would cut
the ``conduct`` hit that "لشن غارات" needs to be an air strike.

"قبل" counts only with an indefinite deed: "قبل تنفيذ الهجوم الذي أسفر عن
مقتل 84" is the attack told before, which took place.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.text.clitics import without_conjunction
from eventx.text.tokenize import Token

# "before": only what follows it is ahead of the time told
_BEFORE: Final = frozenset({"قبل", "وقبل"})


def conduct_aim(tokens: Sequence[Token], first: int, conduct_at: Sequence[int]) -> bool:
    """Whether the deed at ``first`` follows straight on a verbal noun of
    carrying out (at one of ``conduct_at``) that ل glues to as an aim, or that
    "قبل" puts ahead of the time told with the deed indefinite.  Whatever
    form the deed's word was read in: after "لشن" "قصف" is the noun, not the
    verb it is spelt like."""
    j = first - 1
    if j < 0 or j not in conduct_at:
        return False
    if without_conjunction(tokens[j].text).startswith("ل"):
        return True  # لشن قصف، ولتنفيذ هجمات
    return (j > 0 and tokens[j - 1].text in _BEFORE
            and not without_conjunction(tokens[first].text).startswith("ال"))
