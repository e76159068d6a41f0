"""A meeting noun with its counterpart named (eventx.counterpart).

An undated, placeless meeting noun with no participant the lexicon knows
reads as talks in the abstract ("محادثات السلام").  One that names whom it
was held with does not: "خلال لقاء مع نظيره الكيني"، "خلال لقائه برئيس
الحكومة"، "لقاء المهندس فلان مع الوفد الدولي" tell an encounter, however
unknown its people are to the lexicon (an EU commissioner, a Turkish
minister told by title and name).  The preposition is مع, or ب glued on a
title or an actor ("برئيس"، "بالوزير"; "بمقر الحزب" is where, not whom).
"""

from __future__ import annotations

from typing import Final
from eventx.analysis import Sentence, is_punct

# how far after the noun its "مع" may stand: the genitive of whom met comes
# between ("لقاء المهندس إبراهيم محلب رئيس مجلس الوزراء المصري مع الوفد")
WITH_REACH: Final = 8
_WITH: Final = frozenset({"مع"})


def counterpart_named(s: Sentence, last: int) -> bool:
    """The meeting noun ending at token `last` names whom it was held with."""
    toks = s.tokens
    for j in range(last + 1, min(len(toks), last + 1 + WITH_REACH)):
        if is_punct(toks[j]):
            break
        if toks[j].text in _WITH:
            return True
    if last + 1 < len(toks) and toks[last + 1].text[:1] == "ب":
        return any(h.first == last + 1 and (h.of_kind("title") or h.of_kind("actor"))
                   for h in s.hits)
    return False
