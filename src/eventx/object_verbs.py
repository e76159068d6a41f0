"""An imperfect verb with its object pronoun is never a word of a name.

Why: an office noun is followed by its holder's name, read as the words up
to a function word; a verb that tells what the office holder does next
("تلقى اتصالا هاتفيا من ضابط شرطة يبلغه بالعثور على سيارته") stood where the
name would and became the call's party "يبلغه".  A present-tense verb
(ي or ت before its letters) with an object pronoun glued on (ه، ها، هم، هما)
is a clause of its own.  ت with ه is left out: normalisation spells the
feminine ة as ه ("تنسيقية"، "تكملة"), and so is ي with يه ("يمنية").

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.grammar_words import words as grammar_words

__all__ = ["verb_with_object"]

_PRESENT: Final = ("ي", "ت")
# "her", "them", "them two": unambiguous after either prefix
_PLAIN: Final = tuple(sorted(grammar_words("pronoun_suffixes")))  # data/grammar_words.toml
# the root's letters between prefix and pronoun (يبلغه: بلغ)
_ROOT_MIN: Final = 3


def verb_with_object(word: str) -> bool:
    """``word`` reads as a present verb with an object pronoun ("يبلغه"،
    "تخبرها"، "يطالبهم")."""
    if word[:1] not in _PRESENT:
        return False
    for suffix in _PLAIN:
        if word.endswith(suffix) and len(word) - 1 - len(suffix) >= _ROOT_MIN:
            return True
    return (word[:1] == "ي" and word.endswith("ه") and not word.endswith("يه")
            and len(word) - 2 >= _ROOT_MIN)
