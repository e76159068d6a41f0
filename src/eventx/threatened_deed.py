"""A deed a threat governs by ب has not happened: it is threatened.

The threat verb or noun takes its deed with ب, and its subject, a day or the
channel of the threat may stand between: "هدد تنظيم داعش يوم الأحد بشن هجوم"،
"توعدت حركة الشباب بتنفيذ هجمات"، "هدد المسلحون أمس في بيان بتفجير الجسر"،
"تلقى تهديدات بتفجير منزله".  A modality cue counts words alone and misses
the deed behind a long subject; this asks for the ب that governs it instead.
The deed is the ب-word itself (بتفجير، بقتل، باستهداف) or the noun right after
a ب-word of carrying out (بشن هجوم، بتنفيذ هجمات): "هدد بالانتقام من منفذي
الهجوم" threatens revenge for an attack made, whose noun no ب governs.  A
comma or a full stop ends the threat's clause.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import is_punct
from eventx.text.tokenize import Token

# the threat verb, its subject ("تنظيم داعش"، "المسلحون الملثمون") and an
# adverbial ("يوم الأحد"، "أمس في بيان مصور") before the ب of its deed
THREAT_REACH: Final = 8


def _governed(tok: str) -> bool:
    """The word carries the preposition ب (or وب)."""
    return tok.startswith(("ب", "وب")) and len(tok) > 2


def threatened_deed(tokens: Sequence[Token], first: int, threats_at: Sequence[int],
                    carried_at: Sequence[int]) -> bool:
    """Whether the deed whose trigger starts at ``first`` is what a threat (at
    one of ``threats_at``) before it governs by ب.  ``carried_at``: where the
    words of carrying a deed out stand (class ``carried_deed``: بشن، بتنفيذ)."""
    if not threats_at:
        return False
    if _governed(tokens[first].text):
        head = first
    elif first > 0 and (first - 1) in carried_at and _governed(tokens[first - 1].text):
        head = first - 1
    else:
        return False
    for i in threats_at:
        if not 0 < head - i <= THREAT_REACH:
            continue
        if not any(is_punct(t) for t in tokens[i + 1:head]):
            return True
    return False
