"""A group named as the arm or branch of another is described, not joined.

Why: news names a group with an apposition that says whose arm it is
("خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين"، "ولاية سيناء
ذراع داعش"، "جبهة النصرة (جناح القاعدة)").  The group after ذراع / جناح /
فرع is no second party: read as one it became the victim of the abduction or
a side of the clash its own arm fought.  Only where an armed group stands
right before the noun (a bracket, a dash, a comma, a quote or وهي between) is the
phrase an apposition; "أعلن فرع تنظيم داعش" names the branch itself, and
its group stays its actor.  Word lists ``arm_nouns`` and ``arm_gap`` in
``data/grammar_words.toml``.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

if TYPE_CHECKING:  # analysis calls this module while it builds its mentions
    from eventx.analysis import ActorMention

__all__ = ["ARM_NOUNS", "drop_arms"]

ARM_NOUNS: Final = grammar_words("arm_nouns")
_GAP: Final = grammar_words("arm_gap")
# at most a quote, a dash and وهي between the group and the arm noun
_GAP_REACH: Final = 3


def drop_arms(actors: list[ActorMention], tokens: Sequence[Token]) -> list[ActorMention]:
    """``actors`` without the groups named, after an armed group, as whose arm it is."""
    ends = {a.last for a in actors if a.info.kind == "armed_group"}
    if not ends:
        return actors
    out: list[ActorMention] = []
    for a in actors:
        j = a.first - 1
        if j > 0 and tokens[j].text in ARM_NOUNS and a.info.kind == "armed_group":
            k = j - 1
            while k >= 0 and j - 1 - k < _GAP_REACH and k not in ends and tokens[k].text in _GAP:
                k -= 1
            if k in ends:
                continue  # "جبهة النصرة ذراع تنظيم القاعدة": the Front, described
        out.append(a)
    return out
