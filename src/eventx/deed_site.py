"""A deed noun named as the place of the deed: "موقع الانفجار".

"وانتقل خبراء المفرقعات إلى موقع الانفجار"، "عثر على أشلاء في مكان التفجير"،
"وأرسل عسكريون إلى موقع الهجوم": the definite deed noun after a site noun
names the incident the story told before, as another mention of it; the
sentence tells what was done at its site, not a deed of its own.  Read apart,
the mention has no anchor and stays a generic event beside the incident it
repeats.  So does a demonstrative ("هذا الهجوم"، "ما زادنا هذا الانفجار إلا
شجاعة"), which points at the deed told last.  Only a singular deed: the site of "the explosions" ("يتابع زمن
ومكان التفجيرات التي تحصل في بلداننا") is of several, or of the deed in
general, and names no one incident (a rule may list such a plural with its
nouns, so the word is read: a sound feminine plural ends in ات).  The site
nouns are data (grammar_words: deed_site).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.text.tokenize import Token

_SITE: Final = grammar_words("deed_site")
_POINTER: Final = grammar_words("deed_pointer")


def at_deed_site(tokens: Sequence[Token], i: int) -> bool:
    """Whether the singular deed noun at ``i`` is the genitive of a site noun
    ("موقع"، "مكان"، "مسرح", with a clitic) or follows a demonstrative
    (:func:`pointed_back`)."""
    return (i > 0 and tokens[i - 1].text in _SITE | _POINTER
            and not tokens[i].text.endswith("ات"))


def pointed_back(tokens: Sequence[Token], i: int) -> bool:
    """Whether the deed noun at ``i`` follows a demonstrative ("هذا الهجوم"،
    "لذلك الهجوم"), which points at the deed told last, of whatever type
    ("أدى انفجار … وهذا الاعتداء الذي نسب إلى داعش"): the caller checks that
    the incident it joins is that deed."""
    return i > 0 and tokens[i - 1].text in _POINTER
