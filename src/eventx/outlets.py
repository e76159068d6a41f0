"""News outlets and the press, to whom words are given.

Why: a statement is told with whom it was given to ("وأكد المصدر في تصريح
لوكالة تونس إفريقيا للأنباء"، "وقال للصحفيين"، "في تصريح لوكالة الأنباء
السعودية"): a ل-phrase after the words then names the outlet that carried
them, never the speaker, though "بيان لحزب المؤتمر" names whose words they
were.  The lexicon codes the press with the sector MED (journalists, the
news agencies), so the outlet is told by its code, not by a word list.
"""
from __future__ import annotations

from typing import Final

from eventx.records import ActorInfo

# the sector code of the press: journalists (MED), a country's agency (TUNMED)
_PRESS: Final = "MED"


def news_outlet(info: ActorInfo) -> bool:
    """Whether ``info`` is the press (a news agency, journalists): whom words
    are given to, behind ل."""
    return info.code is not None and info.code.endswith(_PRESS)
