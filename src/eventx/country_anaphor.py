"""Which country "البلاد" after a direction names (شمال شرقي البلاد).

The story's first country is right for an article about one country, wrong
where one text tells several stories: a news digest ("موجز دوليات") opens
with Korea and then reports "اشتباكات بولاية ناجالاند شمال شرقي البلاد" from
India.  The words "the country" point back to the country being told of, and
the sentence that says it mostly names that country's place just before
("في إقليم شرناق بجنوب شرق البلاد"، "في الهند … بولاية ناجالاند شمال شرقي
البلاد").  A place before a reporting "that" (أن، إن) belongs to the speaker's
clause ("قال مسؤول في واشنطن إن … شمال البلاد"), so it tells nothing.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.text.tokenize import Token

__all__ = ["sentence_country"]

# a reporting "that": what follows is said, and a place before it is where
# the speaker was
_THAT: Final[frozenset[str]] = frozenset({"ان", "بان", "انه", "انها", "وان", "لان"})
# before a country name, what makes it a place (في الهند، بالهند) rather than
# an actor (قالت الهند، الهند وباكستان)
_IN: Final[frozenset[str]] = frozenset({"في", "وفي", "داخل"})
_GLUED_IN: Final = ("وبال", "بال", "وب", "ب")


def _located(tokens: Sequence[Token], first: int, key: str) -> bool:
    tok = tokens[first].text
    head = key.split()[0] if key else tok
    if tok != head and any(tok.startswith(p) and (tok[len(p):] == head or "ال" + tok[len(p):] == head)
                           for p in _GLUED_IN):
        return True
    return first > 0 and tokens[first - 1].text in _IN


def sentence_country(tokens: Sequence[Token], i: int,
                     named: Sequence[tuple[int, int, str, str, bool]]) -> str | None:
    """The country of the place named nearest before token ``i`` (البلاد) in
    this sentence, or None where none is or a reporting "that" stands
    between.  ``named``: (first, last, country, key, is_country_name) of the
    sentence's places and country names; a country name counts only where
    the text locates it (في الهند، بالهند)."""
    best = -1
    country: str | None = None
    for first, last, iso2, key, bare in named:
        if last >= i or last <= best:
            continue
        if bare and not _located(tokens, first, key):
            continue
        best, country = last, iso2
    if country is None or any(tokens[k].text in _THAT for k in range(best + 1, i)):
        return None
    return country
