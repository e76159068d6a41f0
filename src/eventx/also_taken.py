"""An arrest told after "كما" in a sentence of its own is another arrest.

Tunisian police reports list the night's catches one after another: "تمكنت فرقة
الشرطة العدلية بجندوبة ليلة البارحة من إيقاف منحرف … كما تمكنت الوحدات الأمنية
بالجهة خلال نفس الليلة من إيقاف فتاة أصيلة جربة".  The second names the same
region and night, so the document pass would fold it into the first and the
woman's arrest would be lost.  "كما" (also) opening the sentence adds a deed,
and a taking whose one held is named anew (no pronoun pointing back: "كما تم
الاحتفاظ به" retells the arrest before it) is another person taken.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

# deeds that take people: each taking of someone else is an incident of its own
TAKING_TYPES: Final = frozenset({"arrest", "abduction"})
# "also" opening a sentence (normalised)
_ALSO: Final = frozenset({"كما", "وكما"})
# a pronoun after the deed's noun points back at whoever was taken before
_BACK: Final = frozenset({"به", "بهم", "بهما", "بها", "بهن", "عليه", "عليهم", "عليهما", "عليها", "عليهن"})
_CLAUSE_MARKS: Final = grammar_words("clause_marks")


def also_taken(event_type: str, tokens: Sequence[Token], first: int, last: int,
               key: str) -> bool:
    """Whether the taking at tokens ``first``..``last`` (its lexicon ``key``)
    is told in a sentence that opens with "كما", in that opening clause, of
    someone named anew."""
    if event_type not in TAKING_TYPES or not tokens or tokens[0].text not in _ALSO:
        return False
    if any(t.text in _CLAUSE_MARKS for t in tokens[1:first]):
        return False
    if not tokens[last].text.endswith(key):
        return False  # "إيقافه": him, told before
    return not (last + 1 < len(tokens) and tokens[last + 1].text in _BACK)
