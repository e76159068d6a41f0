"""A doer's noun that is a deed noun's adjective: "هجوم أمس الاثنين الانتحاري".

Why: انتحاري is a noun (a suicide bomber, who did the deed) and a nisba
adjective (suicide, of the deed) spelled alike.  Right after an attack or a
bombing noun it agrees with, in the article and in number ("الاعتداء
الانتحاري"، "تفجيرين انتحاريين"، "الهجومين الانتحاريين"), it tells how the
deed was done, and no one did it: read as a mention it became the deed's
doer, and that of any verb after it ("تفجيرين انتحاريين استهدفا سوقا").
Time words or a place in brackets may stand between ("هجوم أمس الاثنين
الانتحاري"، "هجوم (سوروتش) الانتحاري"), a construct that makes the noun
definite.  The noun of another deed keeps its genitive ("مقتل انتحاري": a
bomber was killed), and a verb its subject ("فجر انتحاري نفسه").
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit
from eventx.text.tokenize import Token

# the doer's nouns that are also adjectives of a deed, and what may stand
# between the deed noun and its adjective (data/grammar_words.toml)
_ATTRIBUTES: Final = grammar_words("deed_attributes")
_FILLERS: Final = grammar_words("deed_attribute_fillers")
# the deeds a suicide adjective describes: an attack or a bombing, never a
# killing ("مقتل انتحاري": a bomber died)
ATTRIBUTE_TYPES: Final = frozenset({"attack", "bombing"})
_DEFINITE: Final = ("ال", "وال", "فال", "بال", "لل", "كال", "ولل", "وبال")
_DUAL: Final = ("ين", "ان")
_DUAL_ATTRIBUTES: Final = ("انتحاريين", "انتحاريان", "الانتحاريين", "الانتحاريان")


def _before(tokens: list[Token], first: int) -> tuple[int, bool]:
    """The token before ``first`` past time words and a bracketed name, and
    whether any was passed (a construct: "هجوم أمس"، "هجوم (سوروتش)")."""
    j, passed, inside = first - 1, False, False
    while j >= 0:
        text = tokens[j].text
        if text == ")":
            inside, passed = True, True
        elif text == "(":
            inside = False
        elif not inside and text not in _FILLERS:
            break
        else:
            passed = True
        j -= 1
    return j, passed


def deed_attribute(tokens: list[Token], first: int, last: int, hits: list[Hit],
                   describes: Callable[[Hit], bool]) -> bool:
    """Whether the one-word mention at ``first`` is the adjective of the deed
    noun ending before it: ``describes`` says whether a hit is a noun of a
    deed the word may describe (an attack or a bombing)."""
    if first != last:
        return False
    word = tokens[first].text  # (the sentence is normalised)
    if word not in _ATTRIBUTES:  # no clitic: "لانتحاري" is to a bomber
        return False
    j, construct = _before(tokens, first)
    h = next((x for x in hits if x.last == j and "trigger" in x.kinds), None)
    if h is None or not describes(h):
        return False
    noun = tokens[j].text
    if word.startswith("ال") != (construct or noun.startswith(_DEFINITE)):
        return False  # "هجوم الانتحاري": the bomber's attack
    return noun.endswith(_DUAL) == (word in _DUAL_ATTRIBUTES)
