"""Where the words of a set stand in a sequence of tokens, found without a
Python loop.

Why: several steps ask of every analysed sentence "at which tokens is a word
of this list?" (بن of a name, a place noun, البلاد, a span's opener).  A
comprehension over the tokens costs several bytecodes a token each time it is
asked; ``map`` and ``compress`` run the very same set tests in C.  Callers get
the indices in order, exactly those the comprehension gave.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from itertools import compress, count
from operator import itemgetter
from typing import Final

from eventx.text.tokenize import Token

_TEXT: Final = itemgetter(0)  # Token.text (a tuple index: cheaper than the name)


def word_positions(texts: Iterable[str], words: Set[str]) -> list[int]:
    """Indices, ascending, of the ``texts`` in ``words``.

    Texts, not tokens: an analysed sentence has its tokens' texts already
    (``Sentence.texts``), so the hot callers pass them and no itemgetter runs
    over the tokens at each question; a caller with tokens only passes
    ``token_texts(tokens)``."""
    return list(compress(count(), map(words.__contains__, texts)))


def token_texts(tokens: Iterable[Token]) -> Iterator[str]:
    """The tokens' texts, read in C: for set tests over a whole sentence
    (``words.isdisjoint(token_texts(tokens))``) without a Python loop."""
    return map(_TEXT, tokens)
