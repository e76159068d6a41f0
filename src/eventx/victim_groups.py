"""Generic victim groups a merged event should not take from another deed.

Why: an article tells its incident in several sentences, and merge.py carries
the actors of each retelling into the one event.  A bare group of people
("المدنيين"، "النساء"، "الأطفال"، "السكان") named in a sentence that tells a
different deed ("جرت التوقيفات في أعقاب هجمات عنيفة استهدفت مدنيين" beside
the arrests) is that deed's target, not the event's: kept, the groups pile up
as the targets of raids and arrests that held no civilians.  Only an operation
of the forces (a raid, an arrest) is kept from them: a deed of violence is
retold under many types ("التفجير" then "الهجوم" then "مقتل 90 مدنيا بينهم
أطفال"), each naming the same victims (tried on the corpus: dropping them
there lost the worshippers of a mosque bombing and split a market bombing).
"""
from __future__ import annotations

from typing import Final

from eventx.records import ActorInfo

# the roles of whom a deed befell
_SUFFERING: Final = frozenset({"target", "victim"})
# the operations of the forces, which hold or search, never befall a crowd
_OPERATIONS: Final = frozenset({"raid", "arrest"})


def foreign_victim_group(role: str, info: ActorInfo, event_type: str, other_type: str,
                         same_sentence: bool) -> bool:
    """Whether a generic group of civilians suffering ``other_type``'s deed in
    another sentence must stay out of an event of ``event_type``."""
    return (not same_sentence and role in _SUFFERING and event_type in _OPERATIONS
            and other_type != event_type and info.kind == "civilians" and info.code == "CVL")
