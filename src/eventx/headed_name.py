"""Where a group's phrase starts when its name is quoted after a head noun.

Why: "احتجزه تنظيم «القاعدة في بلاد المغرب الإسلامي»"، "هاجم تنظيم «داعش»
مواقع": the dictionary name starts inside the quotes, so the head noun and
the quote mark stood between the verb and the name.  The readers of the
phrase right after a verb (a verb with an object pronoun has its subject
there; a verb-subject-object subject follows its verb straight away) took
the head for a word of another phrase, and the group that acted became what
the deed befell.  The head and the mark are the name's own phrase.

Works on NORMALISED tokens, where every quotation mark reads as '"'.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words

_HEADS: Final = words("group_heads")
_QUOTE: Final = '"'


def phrase_start(texts: Sequence[str], first: int) -> int:
    """The first token of the phrase of the name starting at ``first``: the
    head noun two tokens before a quoted name, else ``first`` itself."""
    if first >= 2 and texts[first - 1] == _QUOTE and texts[first - 2] in _HEADS:
        return first - 2
    return first
