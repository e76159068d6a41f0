"""One longest-match pass over tokens for every known phrase.

Trigger words, weapons, cue words, places, actors, titles: all phrase lists go
into ONE token trie, so a sentence is matched once however many lists and
rules exist.  The first token of a phrase is looked up through its clitic
variants (see :mod:`eventx.text.clitics`); later tokens also through variants,
since tanween and the article recur inside phrases (اتصالا هاتفيا).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import attrs

from eventx.text.clitics import analyse, forms
from eventx.text.normalize import normalize_key
from eventx.text.tokenize import Token


# Kinds of entries that a word with a pronoun suffix may match (هجومه، استهدفتها).
SUFFIXED_KINDS = frozenset({"trigger", "class", "cue"})


class Entry(NamedTuple):
    """What a phrase is: ``kind`` (trigger, class, place, actor, title…) and its payload.

    A NamedTuple (immutable all the same): the trie holds tens of thousands of
    entries, and unpickling them from the cache at start-up is several times
    cheaper than for attrs instances, which restore their slots in Python.
    """

    kind: str
    value: Any
    exact: bool = False  # match the literal key only (no clitic stripping)


@attrs.frozen(slots=True)
class Hit:
    """A matched phrase: tokens ``[first, last]`` inclusive, offsets into the normalised doc."""

    first: int
    last: int
    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]
    kinds: frozenset[str] = frozenset()

    def of_kind(self, kind: str) -> list[Entry]:
        if kind not in self.kinds:
            return []
        return [e for e in self.entries if e.kind == kind]


class _Node:
    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: list[Entry] = []


class Lexicon:
    """A token trie from phrase keys (normalised, space-separated) to entries."""

    def __init__(self) -> None:
        self._root = _Node()
        self.size = 0
        # token text -> how it starts a phrase (most tokens do not; one dict
        # lookup then settles them)
        self._starts: dict[str, _Start] = {}

    def add(self, phrase: str, entry: Entry) -> None:
        self.add_key(normalize_key(phrase), entry)

    def add_key(self, key: str, entry: Entry) -> None:
        """:meth:`add` for a key that is already normalised (``normalize_key(key) == key``).

        Gazetteer and actor keys are normalised when their tables load;
        normalising tens of thousands of them again cost a third of a second.
        """
        words = key.split()
        if not words:
            return
        node = self._root
        for w in words:
            node = node.children.setdefault(w, _Node())
        if entry not in node.entries:
            node.entries.append(entry)
            self.size += 1
        self._starts.clear()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the trie without the per-process ``_first`` memo."""
        state = self.__dict__.copy()
        state["_starts"] = {}
        return state

    def add_all(self, phrases: Iterable[str], entry: Entry) -> None:
        for p in phrases:
            self.add(p, entry)

    def add_part_entries(self, parts: dict[str, list[Entry]]) -> None:
        """Give every multi-word phrase the entries of the words inside it.

        "طائرات حربية" is an actor AND contains the aircraft class word طائرات;
        longest match keeps only the phrase, so its node must carry both.
        """
        stack: list[tuple[_Node, list[str]]] = [(self._root, [])]
        while stack:
            node, words = stack.pop()
            if node.entries and len(words) > 1:
                for w in words:
                    for e in parts.get(w, ()):
                        if e not in node.entries:
                            node.entries.append(e)
            for w, child in node.children.items():
                stack.append((child, [*words, w]))

    def _first(self, text: str) -> _Start:
        """How a token can start a phrase (memoised: a news vocabulary repeats)."""
        start = self._starts.get(text)
        if start is None:
            children = self._root.children
            roots = tuple((children[form], k == 0, enclitic, form)
                          for k, (form, enclitic) in enumerate(analyse(text)) if form in children)
            alone: tuple[list[Entry], str] | None = None
            for node, lit, enclitic, form in roots:
                ents = _accepted(node, lit, enclitic)
                if not ents:
                    continue
                if alone is None:
                    alone = (ents, form)
                else:  # another reading of the same word (انتحاريا / انتحاري)
                    alone[0].extend(e for e in ents if e not in alone[0])
            follow = frozenset(k for node, *_ in roots for k in node.children)
            start = _Start(roots, follow, None if alone is None else (tuple(alone[0]), alone[1]))
            if len(self._starts) < 500_000:
                self._starts[text] = start
        return start

    def _walk(self, tokens: Sequence[Token], i: int,
              start: _Start) -> tuple[int, list[Entry], str] | None:
        """Longest phrase starting at token ``i``: (last token index, entries, key)."""
        best: tuple[int, list[Entry], str] | None = None
        if start.alone is not None:
            best = (i, list(start.alone[0]), start.alone[1])
        frontier: list[tuple[_Node, int, list[str], bool]] = [
            (node, i + 1, [form], lit) for node, lit, _, form in start.roots if node.children]
        while frontier:
            node, j, words, literal = frontier.pop()
            if j >= len(tokens):
                continue
            tok = tokens[j].text
            for k, (form, enclitic) in enumerate(analyse(tok)):
                child = node.children.get(form)
                if child is None:
                    continue
                lit = literal and k == 0
                path = [*words, form]
                if child.entries:
                    ents = _accepted(child, lit, enclitic)
                    if ents and (best is None or j > best[0]):
                        best = (j, ents, " ".join(path))
                    elif ents and best is not None and j == best[0]:
                        # another reading of the same words (انتحاريا / انتحاري)
                        best[1].extend(e for e in ents if e not in best[1])
                if child.children:
                    frontier.append((child, j + 1, path, lit))
        return best

    def match(self, tokens: Sequence[Token]) -> list[Hit]:
        """Non-overlapping longest matches, left to right."""
        hits: list[Hit] = []
        i = 0
        n = len(tokens)
        first = self._first
        starts = self._starts
        while i < n:
            start = starts.get(tokens[i].text) or first(tokens[i].text)
            if not start.roots:
                i += 1
                continue
            if start.follow and i + 1 < n and not start.follow.isdisjoint(
                    forms(tokens[i + 1].text)):
                found = self._walk(tokens, i, start)
            elif start.alone is not None:  # a one-word phrase: nothing to walk
                found = (i, list(start.alone[0]), start.alone[1])
            else:
                found = None
            if found is None:
                i += 1
                continue
            last, ents, key = found
            hits.append(Hit(i, last, tokens[i].start, tokens[last].end, key, tuple(ents),
                            frozenset(e.kind for e in ents)))
            i = last + 1
        return hits


class _Start(NamedTuple):
    """The readings of a token that start a phrase, memoised per token text."""

    roots: tuple[tuple[_Node, bool, bool, str], ...]  # (node, literal, enclitic, form)
    follow: frozenset[str]  # words that continue some reading into a longer phrase
    alone: tuple[tuple[Entry, ...], str] | None  # the one-word match, if any


def _accepted(node: _Node, literal: bool, enclitic: bool) -> list[Entry]:
    """Entries of ``node`` that this reading may match: exact entries only
    literally, and only pronoun-taking kinds after a suffix was stripped."""
    return [e for e in node.entries if (literal or not e.exact)
            and not (enclitic and e.kind not in SUFFIXED_KINDS)]
