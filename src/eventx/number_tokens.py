"""The number scanner's tokens of a sentence, read off the analysis' spaCy tokens.

:func:`eventx.numbers.tokenize` splits a normalised sentence into letter runs,
digit runs and single marks; the analysis has already split the same
sentence with spaCy (:func:`eventx.text.tokenize.tokenize`).  Tokenising it a
second time for the counts cost a regex pass and a record per token, about
half of what reading its counts costs.

Why the two splits can be compared chunk by chunk: both split each
white-space-delimited chunk on its own (no token of either holds white
space, and the number pattern's look-aheads, which look at the character
after a figure, see white space or the end of the text there alike).  So a
chunk whose two splits agree (a word, a figure, a word and its comma: nearly
all of them) agrees in every sentence, and the answer is remembered per
chunk, a word cache bounded like the tokenizer's.  Where every chunk of a
sentence agrees, its tokens are the spaCy tokens moved to the sentence's
offsets with the kind of their text (a letter run is a word, a digit run a
figure, anything else a mark: the kind is the text's own); a sentence with
a chunk split otherwise ("F-16"، "10:30"، "...") is tokenised again.
"""
from __future__ import annotations

from eventx.numbers import Token, tokenize
from eventx.text.tokenize import Token as TextToken, tokenize as text_tokenize

__all__ = ["same_split", "tokens_from"]

# chunks whose two splits agree, those whose splits differ, and the kind of
# every token text of an agreeing chunk
_ALIKE: set[str] = set()
_UNALIKE: set[str] = set()
_KINDS: dict[str, str] = {}
_MAX_CHUNKS = 200_000  # bounded, as the tokenizer's memo: new words cannot grow it forever


def same_split(text: str) -> bool:
    """Whether every chunk of ``text`` splits alike in both tokenizers (its
    number tokens are then :func:`tokens_from` its spaCy tokens)."""
    chunks = text.split()
    if _ALIKE.issuperset(chunks):
        return True
    _learn(chunks)
    return _ALIKE.issuperset(chunks)


def _learn(chunks: list[str]) -> None:
    """Compare the two splits of every chunk not compared yet."""
    new = [c for c in dict.fromkeys(chunks) if c not in _ALIKE and c not in _UNALIKE]
    if len(_ALIKE) + len(_UNALIKE) + len(new) > _MAX_CHUNKS:
        # a full cache starts afresh with the chunks asked about
        _ALIKE.clear()
        _UNALIKE.clear()
        _KINDS.clear()
        new = list(dict.fromkeys(chunks))
    for chunk in new:
        mine = tokenize(chunk)
        if [(t.text, t.start, t.end) for t in mine] == [tuple(t) for t in text_tokenize(chunk)]:
            for t in mine:
                _KINDS[t.text] = t.kind
            _ALIKE.add(chunk)
        else:
            _UNALIKE.add(chunk)


def tokens_from(text: str, words: list[TextToken], offset: int) -> list[Token]:
    """:func:`eventx.numbers.tokenize` of ``text``, given its spaCy tokens
    ``words`` (offsets ``offset`` on: ``text`` stands there in their document)
    where :func:`same_split` holds.

    One loop over the words, no regex pass; a kind missing from the cache
    (cleared by another thread since :func:`same_split` answered) tokenises
    again."""
    kinds = _KINDS
    make = tuple.__new__  # Token(...) goes through a Python-level __new__: twice the cost
    try:
        return [make(Token, (start - offset, end - offset, word, kinds[word]))
                for word, start, end in words]
    except KeyError:
        return tokenize(text)
