"""The number scanner's tokens of a sentence, read off the analysis' spaCy tokens.

:func:`eventx.numbers.tokenize` splits a normalised sentence into letter runs,
digit runs and single marks; the analysis has already split the same
sentence with spaCy (:func:`eventx.text.tokenize.tokenize`).  Tokenising it a
second time for the counts cost a regex pass and a record per token, about
half of what reading its counts costs.

Why the spaCy tokens can stand in: where each of them is one number token on
its own (a word, a figure, a mark: the kind is the text's own, remembered
per word) and no two that touch would be read as one (two letter runs, or a
figure and a digit, comma or point right after it: "1" "," "250"), the
number tokenizer reads the sentence as those tokens.  It reads each token
where spaCy's starts (white space or a token spaCy split off lies before
it), and what it reads there reaches past the token only into letters after
a letter run, or into digits, commas or points after a figure (its
look-aheads peek at nothing else).  A sentence where any token fails
("F-16"، "10:30"، "..." stay whole in spaCy) is tokenised again.
"""
from __future__ import annotations

from typing import Final

from eventx.numbers import Token, token_kind, tokenize
from eventx.text.tokenize import Token as TextToken

__all__ = ["tokens_from"]

# the kind of a word as one number token, "" where it is not one (a word cache,
# bounded like the tokenizer's: new words cannot grow it forever)
_KINDS: Final[dict[str, str]] = {}
_MAX_WORDS = 200_000
_FIGURE_GLUE: Final = frozenset("0123456789.,")  # what a figure may run on into


def tokens_from(text: str, words: list[TextToken], offset: int) -> list[Token]:
    """:func:`eventx.numbers.tokenize` of ``text``, given its spaCy tokens
    ``words`` (offsets ``offset`` on: ``text`` stands there in their document).

    One loop over the words, no regex pass (but one match per word not met
    before)."""
    kinds = _KINDS
    make = tuple.__new__  # Token(...) goes through a Python-level __new__: twice the cost
    out: list[Token] = []
    append = out.append
    last_end = -1
    last_kind = ""
    for word, start, end in words:
        kind = kinds.get(word)
        if kind is None:
            if len(kinds) >= _MAX_WORDS:
                kinds.clear()
            kind = kinds[word] = token_kind(word)
        if not kind or (start == last_end and (
                (kind == "w" and last_kind == "w") or (last_kind == "d" and word[0] in _FIGURE_GLUE))):
            return tokenize(text)
        append(make(Token, (start - offset, end - offset, word, kind)))
        last_end = end
        last_kind = kind
    return out
