"""A phrase joined by و to one the slots set aside is set aside with it.

Why: a governing word stands before the first conjunct only, so the features
that set a phrase aside (its preposition, the cue word right before it) hold
for the head of a list alone: "التحق مبكرا بالمقاومة والجيش الوطني" set the
resistance aside as whom he joined, yet the army after it, read alone, came
out the victim of a killing told later.  The list is one phrase: its members
share the head's reading, as ``events._listed_role`` lets them share a role.
Tokens are NORMALISED (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from eventx.analysis import ActorMention, Sentence, prev_word

__all__ = ["joined_aside"]


def joined_aside(s: Sentence, a: ActorMention, aside: dict[int, ActorMention]) -> bool:
    """``a`` is glued to و right after an actor set aside (``aside``: by the
    last token of each), of the same sort (a person joins no body)."""
    tok = s.texts[a.first]
    if tok[:1] != "و" or a.info.name[:1] == "و":
        return False  # "وزارة الدفاع": a name that opens with و joins nothing
    prev = aside.get(prev_word(s, a.first))
    return prev is not None and (prev.info.kind == "person") == (a.info.kind == "person")
