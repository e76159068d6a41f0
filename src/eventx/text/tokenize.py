"""spaCy's blank Arabic tokenizer, tuned for news punctuation.

Out of the box it leaves ``داعش".`` and ``أجنبية».`` as single tokens and glues
``و14``; lexicon lookups then miss the word.  The tuning adds suffix rules for
closing marks after Arabic letters, a prefix rule for the conjunction before
digits, rules that part slashes used as quotes from the word they enclose
(تنظيم /داعش/), and rules that part a number from a word it is glued to
(الشعبي87، 5جنود).  The tokenizer runs on NORMALISED text (quotes already folded to ``"``).
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, is_not

from typing import Final, NamedTuple

import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import BaseDefaults
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from spacy.vocab import Vocab

_ARABIC: Final = r"\u0600-\u06FF"
_LETTER: Final = r"\u0621-\u064A"  # Arabic letters only (not its digits or punctuation)
# a number glued to a word, "الشعبي87" or "5جنود" (a missing space, common in wire copy):
# split off, or the word next to it is lost to the lexicon
_NUMBER: Final = r"\d+(?:[.,]\d+)*"
# a closing mark, split off the word it is glued to (داعش".، أجنبية»، الروسي.)
_CLOSING: Final = r"[\"'»”\)\]\.,،:!؟?]"


class Token(NamedTuple):
    """A token of the normalised document: ``doc_text[start:end] == text``.

    A NamedTuple rather than an attrs record: tokens are made by the tens of
    thousands per second and a tuple is several times cheaper to build.
    """

    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def blank_arabic() -> spacy.language.Language:
    """The tuned blank pipeline (built once per process)."""
    return _tuned_blank()


@lru_cache(maxsize=1)
def _splitter() -> Tokenizer:
    """The tuned tokenizer, alone, over a vocabulary that computes no lexical
    attributes.

    Why no lexical attributes: spaCy makes a lexeme of every new string it
    meets and fills in its attributes (norm, shape, prefix, suffix, like_num…
    each a Python call); :func:`tokenize` reads only where the tokens start and
    end, and on unseen text those attributes were about half of spaCy's time.
    The splits are the regex rules' and the special cases', which no
    attribute touches.

    Why alone, not a blank pipeline's tokenizer: spaCy's tokenizer factory
    builds exactly this (the defaults' affix regexes, exceptions, URL and
    token matches, see ``spacy.language.create_tokenizer``), while building
    the pipeline around it first resolves and validates its whole config,
    about 0.03 s at every process start (the cold start is measured against
    ``spacy.blank("ar")``).  tests/test_text.py holds :func:`tokenize` equal
    to :func:`spacy_tokens`, which uses the full pipeline."""
    d = _tuned_defaults()
    return Tokenizer(
        Vocab(lex_attr_getters={}),
        rules=d.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(d.prefixes).search if d.prefixes else None,
        suffix_search=compile_suffix_regex(d.suffixes).search if d.suffixes else None,
        infix_finditer=compile_infix_regex(d.infixes).finditer if d.infixes else None,
        token_match=d.token_match,
        url_match=d.url_match,
    )


@lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    """The chunks the tuned tokenizer splits by its exceptions, not its rules."""
    return frozenset(_splitter().rules or ())


def _tuned_blank() -> spacy.language.Language:
    """spaCy's blank Arabic pipeline whose tokenizer is built from the tuned
    rules (:func:`_tuned_defaults`).

    Why a subclass of the language rather than ``spacy.blank("ar")`` with its
    rules replaced afterwards: spaCy compiles a tokenizer's affix rules into
    one regex each when it builds it, and the infix and suffix regexes of its
    character classes take about 0.05 s to compile; replacing them compiled
    them a second time, at every process start (the cold start is measured
    against ``spacy.blank("ar")``).  The language's defaults are its own
    with the affix lists swapped, so the tokenizer, its exceptions and its
    URL and token matches are what spaCy would build, from the tuned lists
    (tests/test_text.py holds the splits to the rules' examples)."""
    tuned: type[spacy.language.Language] = type(
        "TunedArabic", (spacy.util.get_lang_class("ar"),), {"Defaults": _tuned_defaults()})
    return tuned.from_config({}, vocab=True)


@lru_cache(maxsize=1)
def _tuned_defaults() -> type[BaseDefaults]:
    """spaCy's Arabic defaults with the tuned affix lists (everything else theirs)."""
    base = spacy.util.get_lang_class("ar")
    defaults = base.Defaults
    # a one-letter proclitic before digits or an opening quote (ب"احتمال"، ل"داعش")
    # slashes used as quotes round a name ("تنظيم /داعش/", some agencies' house
    # style): parted from the letters they enclose, as a quote is; a slash
    # between two words (و/أو) or digits (1436/10/) stays as it is
    prefixes = [r"[وبل](?=\d)", r'[وفبلك](?=")', _NUMBER + rf"(?=[{_LETTER}])",
                rf"/(?=[{_LETTER}])", *(defaults.prefixes or ())]
    suffixes = [
        rf"(?<=[{_ARABIC}\w]){_CLOSING}",
        rf"(?<=[{_LETTER}])" + _NUMBER,
        r"(?<=[\"'»”\)\]/])[\.,،:]",
        rf"(?<=[{_LETTER}])/",
        *(defaults.suffixes or ()),
    ]
    # a comma or mark glued between two words ("لقادتهم،أما في تعز"، "وقال:هناك"):
    # the wire copy lost a space, not a word
    infixes = [rf"(?<=[{_LETTER}])[،؛:!؟](?=[{_LETTER}])", *(defaults.infixes or ())]
    tuned_defaults: type[BaseDefaults] = type("TunedArabicDefaults", (defaults,),
                          {"prefixes": prefixes, "suffixes": suffixes, "infixes": infixes})
    return tuned_defaults


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    spaCy tokenises each whitespace-delimited chunk on its own, so the result
    equals one spaCy call over the span; asking spaCy once per distinct chunk
    (a news vocabulary repeats) and reusing the split makes this several times
    cheaper than building a spaCy ``Doc`` and a Token object per token.  The
    chunks come from ``str.split`` (the same white space as spaCy's), and
    where single spaces part them (most sentences) their offsets are summed
    lengths, not a regex match object each.
    """
    end = len(text) if end is None else end
    chunks = text[start:end].split()
    if not chunks:
        return []
    splits = _SPLITS
    try:
        parts = list(map(splits.__getitem__, chunks))
    except KeyError:  # new words: spaCy splits them all at once
        _spacy_split_rest(text, start, end)
        parts = list(map(splits.__getitem__, chunks))
    lengths = list(map(len, chunks))
    # where each chunk starts if single spaces part them: the summed lengths
    # before it plus one space per chunk before it (count() adds those in C;
    # a bound ``(1).__add__`` per length went through a slot wrapper and an
    # argument tuple per token)
    at = list(map(add, accumulate(lengths, initial=start), count()))
    if at[-1] != end + 1:  # other white space somewhere: ask the regex
        at = [m.start() for m in _CHUNK.finditer(text, start, end)]
    # a token per chunk, built in C (Token(...) goes through a Python-level
    # __new__: twice the cost of tuple.__new__); a chunk of one token (three
    # in four) is spelled by the memo's own string.  The chunks spaCy splits
    # then have their stand-in replaced by their tokens, the list copied in
    # runs between them (one slice assignment each would be quadratic in a
    # long sentence): a loop of Python per split chunk, not per token
    out: list[Token] = list(map(_MAKE, repeat(Token), zip(parts, at, map(add, at, lengths))))
    # (type and is_not, not isinstance: isinstance of a str and tuple looks up
    # the str's __class__ before it answers no, dearer than the two calls)
    split_at = list(compress(count(), map(is_not, map(type, parts), repeat(str))))
    if not split_at:
        return out
    whole: list[Token] = []
    done = 0
    for k in split_at:
        s, split = at[k], parts[k]
        assert not isinstance(split, str)
        whole += out[done:k]
        whole += [_MAKE(Token, (word, s + i, s + i + n)) for word, i, n in split]
        done = k + 1
    whole += out[done:]
    return whole


_MAKE: Final = tuple.__new__
_CHUNK: Final = re.compile(r"\S+")  # spaCy splits on str.isspace(), as re's \s does
# chunk -> the chunk itself where it is one token, else its tokens (text,
# offset, length).  Why the memo's own strings: a token's text is then one
# string object for every occurrence of the word, whose hash is known and
# which the later word memos (the lexicon's starts, clitic forms, name
# tables) hold as their key, so their lookups match it by identity instead
# of comparing the characters of a string fresh from str.split
_SPLITS: Final[dict[str, str | tuple[tuple[str, int, int], ...]]] = {}
_MAX_SPLITS: Final = 200_000  # bounded memo: a stream of new words cannot grow it forever
# chunks whose split spaCy's rules settle without asking it: letters or
# digits alone are one token; letters and a closing mark are two, unless the
# chunk is a special case (د.، ب.), which stays whole
_ONE_TOKEN: Final = re.compile(rf"[{_LETTER}]+|[0-9]+")
_WORD_AND_MARK: Final = re.compile(rf"[{_LETTER}]+{_CLOSING}")


def _spacy_split_rest(text: str, start: int, end: int) -> None:
    """Memoise spaCy's split of every chunk of ``text[start:end]`` not yet known,
    asking spaCy ONCE for all of them.

    Why all at once: building a ``Doc`` costs more than splitting a word, and
    an unseen article brings a few new words to most sentences; joined by
    single spaces they make one Doc, and spaCy splits each chunk on its own
    whatever stands around it, so the splits are the ones a call per chunk
    would give."""
    chunks = _CHUNK.findall(text, start, end)
    new = list(dict.fromkeys(c for c in chunks if c not in _SPLITS))
    if len(_SPLITS) + len(new) >= _MAX_SPLITS:
        # a full memo starts afresh with every chunk of the span (tokenize
        # reads them all from it once this returns)
        _SPLITS.clear()
        new = list(dict.fromkeys(chunks))
    # a chunk of Arabic letters alone (three new chunks in four) or digits
    # alone is one token: every affix, infix and URL rule needs a mark or a
    # letter beside the digits, and the special cases spelled in letters alone
    # are single tokens; letters and one closing mark (most of the others)
    # are parted by the closing-mark suffix rule alone (tests/test_text.py
    # holds both to spaCy's own split).  spaCy is asked only the rest
    one_token = _ONE_TOKEN.fullmatch
    word_and_mark = _WORD_AND_MARK.fullmatch
    specials = _special_cases()
    rest: list[str] = []
    for chunk in new:
        if one_token(chunk) is not None:
            _SPLITS[chunk] = sys.intern(chunk)
        elif word_and_mark(chunk) is not None and chunk not in specials:
            n = len(chunk) - 1
            _SPLITS[chunk] = ((sys.intern(chunk[:n]), 0, n), (sys.intern(chunk[n:]), n, 1))
        else:
            rest.append(chunk)
    if not rest:
        return
    new = rest
    # chunks hold no white space and single spaces join them: spaCy makes no
    # space token of them (nor could _splitter's vocabulary flag one)
    doc = _splitter()(" ".join(new))
    rows = doc.to_array(_SPANS).tolist()
    k = 0  # index into ``new`` of the chunk the next token belongs to
    base = 0  # offset of that chunk in the joined text
    parts: list[tuple[int, int]] = []
    for i, n in rows:
        while i >= base + len(new[k]) + 1:  # past this chunk and its space
            _store(new[k], parts)
            base += len(new[k]) + 1
            k += 1
            parts = []
        parts.append((i - base, n))
    for chunk in new[k:]:
        _store(chunk, parts)
        parts = []


def _store(chunk: str, parts: list[tuple[int, int]]) -> None:
    if parts == [(0, len(chunk))]:
        _SPLITS[chunk] = sys.intern(chunk)
    else:
        _SPLITS[chunk] = tuple((sys.intern(chunk[i:i + n]), i, n) for i, n in parts)


def spacy_tokens(text: str) -> list[Token]:
    """The same tokens straight from one spaCy call (the reference :func:`tokenize` keeps to)."""
    doc = blank_arabic().tokenizer(text)
    return [Token(text[i:i + n], i, i + n) for i, n, space in doc.to_array(_COLUMNS).tolist()
            if not space]


_COLUMNS: Final = [IDX, LENGTH, IS_SPACE]
_SPANS: Final = [IDX, LENGTH]
