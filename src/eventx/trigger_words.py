"""Whether a word the candidate scan found can give a trigger hit.

Why: the scan (:mod:`eventx.doc_scan`) finds a trigger form's longest word
wherever it stands at a word start, also inside a longer word (زار in وزارة,
حادث in الحادث) and as a word of a phrase whose other words are absent (امنية
without its phrase's neighbour): one candidate sentence in six gave no
trigger hit once tokenised and read by the lexicon (corpus, 1,000 articles),
and was tokenised and read for nothing.  This asks of the whole word what
the lexicon would: can one of its clitic readings (:func:`eventx.text.clitics.analyse`,
the lexicon's own) be the scanned word of a trigger phrase, with that
phrase's neighbouring words beside it?  A "no" is exact; a "yes" may still
give no hit (a longer phrase may take the word), and the lexicon decides.

The word and its neighbours are the letter runs of the normalised text:
the tokenizer never parts a run of Arabic letters, and a token holding
anything else besides them (a glued quote or digit) reads as no trigger
word at all, since every trigger key is letters only (the builder checks).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Final

from eventx.doc_countries import ARABIC_LETTERS
from eventx.text.clitics import analyse, forms

# the letters of eventx.doc_countries.ARABIC_LETTERS, for patterns
LETTERS: Final = "\u0621-\u064a"
_RUN: Final = re.compile(f"[{LETTERS}]*")
_NEXT: Final = re.compile(rf"\s+([{LETTERS}]*)")
_KEY: Final = re.compile(f"[{LETTERS}]+(?: [{LETTERS}]+)*")
_MEMO_SIZE: Final = 100_000


class TriggerWords:
    """The trigger phrases' scanned words, as the lexicon reads them.

    ``single``: the one-word trigger keys (the key is its own scanned word);
    ``inner``: for the scanned word of each longer trigger key, the words
    that must stand right before and after it ("" where the key begins or
    ends there)."""

    def __init__(self, single: frozenset[str] = frozenset(),
                 inner: dict[str, tuple[tuple[str, str], ...]] | None = None) -> None:
        # (defaults: unpickling makes the object with no arguments and then
        # sets its state; the mypyc build's constructor runs __init__ there,
        # and without them every start-up cache load failed and rebuilt)
        self.single = single
        self.inner = inner if inner is not None else {}
        # word -> None (never a trigger's scanned word), () (one always is)
        # or the neighbours some reading needs; one memo per plain flag
        self._memo: dict[str, tuple[tuple[str, str], ...] | None] = {}
        self._plain_memo: dict[str, tuple[tuple[str, str], ...] | None] = {}

    @classmethod
    def of(cls, keys: Iterable[str], scan_key: Callable[[str], str]) -> TriggerWords:
        """From the lexicon's trigger keys and the scan's choice of word."""
        single: set[str] = set()
        inner: dict[str, set[tuple[str, str]]] = {}
        for key in keys:
            if not _KEY.fullmatch(key):
                raise ValueError(f"trigger key {key!r} is not Arabic letters and single spaces")
            words = key.split(" ")
            if len(words) == 1:
                single.add(key)
                continue
            word = scan_key(key)
            i = words.index(word)
            inner.setdefault(word, set()).add((words[i - 1] if i else "",
                                                words[i + 1] if i + 1 < len(words) else ""))
        return cls(frozenset(single), {w: tuple(sorted(c)) for w, c in inner.items()})

    def __getstate__(self) -> dict[str, Any]:
        return {"single": self.single, "inner": self.inner}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.single = state["single"]
        self.inner = state["inner"]
        self._memo = {}
        self._plain_memo = {}

    def may_trigger(self, text: str, start: int, end: int, plain: bool) -> bool:
        """Can the word ``text[start:end]`` (a whole letter run) be a trigger
        phrase's scanned word where it stands?  ``plain``: it was written
        with a final ة, and then, as for the lexicon (``Lexicon._first``), a
        reading that strips a pronoun ه gives no one-word trigger."""
        word = text[start:end]
        memo = self._plain_memo if plain else self._memo
        try:
            need = memo[word]
        except KeyError:
            need = self._needs(word, plain)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[word] = need
        if need is None:
            return False
        if not need:
            return True
        before = forms(_word_before(text, start))
        n = _NEXT.match(text, end)
        after = forms(n.group(1)) if n is not None else frozenset()
        for prev, nxt in need:
            if (not prev or prev in before) and (not nxt or nxt in after):
                return True
        return False

    def _needs(self, word: str, plain: bool) -> tuple[tuple[str, str], ...] | None:
        """What the word needs around it to be a scanned word (see ``_memo``)."""
        single = self.single
        inner = self.inner
        need: list[tuple[str, str]] = []
        for form, enclitic in analyse(word):
            if form in single and not (plain and enclitic):
                return ()
            around = inner.get(form)
            if around is not None:
                need.extend(around)
        return tuple(need) if need else None


def _word_before(text: str, start: int) -> str:
    """The letter run that ends where white space before ``start`` begins
    ("" where no white space parts it from the word: the token before is
    then no word of letters)."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == start:
        return ""
    k = j
    while k > 0 and text[k - 1] in ARABIC_LETTERS:
        k -= 1
    return text[k:j]


def word_end(text: str, at: int) -> int:
    """The end of the letter run that goes on at ``at``."""
    m = _RUN.match(text, at)
    assert m is not None  # (a pattern that matches the empty string)
    return m.end()
