"""One longest-match pass over tokens for every known phrase.

Trigger words, weapons, cue words, places, actors, titles: all phrase lists go
into ONE token trie, so a sentence is matched once however many lists and
rules exist.  The first token of a phrase is looked up through its clitic
variants (see :mod:`eventx.text.clitics`); later tokens also through variants,
since tanween and the article recur inside phrases (اتصالا هاتفيا).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, count, repeat
from operator import is_, is_not, itemgetter
from typing import Any, Final, NamedTuple

from eventx.text.clitics import analyse, variants
from eventx.text.normalize import normalize_key
from eventx.text.tokenize import Token


# Kinds of entries that a word with a pronoun suffix may match (هجومه، استهدفتها).
SUFFIXED_KINDS: Final = frozenset({"trigger", "class", "cue"})


class Entry(NamedTuple):
    """What a phrase is: ``kind`` (trigger, class, place, actor, title…) and its payload.

    A NamedTuple (immutable all the same): the trie holds tens of thousands of
    entries, and unpickling them from the cache at start-up is several times
    cheaper than for attrs instances, which restore their slots in Python.
    """

    kind: str
    value: Any
    exact: bool = False  # match the literal key only (no clitic stripping)


# The entries of every gazetteer place and of every phrase that names no actor
# as written: what they say is the phrase key itself (``Hit.key``, which the
# place ranking reads), so one object each serves every key.  Why: an entry
# per key was some twenty thousand objects, and as a tuple subclass an entry is
# never untracked by the cyclic garbage collector, as a plain tuple of strings
# is: each was unpickled at start-up and walked by every full collection, the
# several at interpreter exit included; so was the one-entry tuple holding it,
# which now is one tuple shared by all of them (:meth:`Lexicon.compact`).
PLACE: Final = Entry("place", None)
BLOCKED: Final = Entry("blocked", None)


class Hit(NamedTuple):
    """A matched phrase: tokens ``[first, last]`` inclusive, offsets into the normalised doc.

    A NamedTuple (immutable all the same), as :class:`Token` is: the lexicon
    builds one for every matched word, a dozen a sentence, and a frozen
    attrs record cost four times as much to build (its fields are set one
    by one through ``object.__setattr__``)."""

    first: int
    last: int
    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]
    kinds: frozenset[str] = frozenset()
    # the values of its class entries: rules and slot fillers ask "is this a
    # speech verb / an agent cue?" of every hit, a set test instead of a walk
    classes: frozenset[str] = frozenset()

    def of_kind(self, kind: str) -> list[Entry]:
        """The entries of one kind (every caller asks: one set test settles most)."""
        kinds = self.kinds
        if kind not in kinds:
            return []
        if len(kinds) == 1:  # all of them (half the hits that have the kind)
            return list(self.entries)
        return [e for e in self.entries if e.kind == kind]


def _tie(joined: list[Entry], ents: list[Entry], joined_key: str,
         key: str) -> tuple[list[Entry], bool]:
    """The entries of two readings of the same words, joined, and whether
    the reading of ``key`` took the lead.  A reading that strips fewer
    letters as clitics keeps its own sense of the words as actors: "الجماعة
    المتشددة"، "للتنظيم الإرهابي" (an anaphor of the group named before) are
    no article glued on "جماعة متشددة"، "تنظيم إرهابي" (militants of no
    group), and a phrase listed as no actor as written names none through a
    reading that strips more (as a first word does, :meth:`Lexicon._first`):
    the shorter key's actors are left out."""
    if len(key) != len(joined_key):
        longer, shorter = (ents, joined) if len(key) > len(joined_key) else (joined, ents)
        if any(e.kind in _NAMING for e in longer) and any(e.kind == "actor" for e in shorter):
            shorter = [e for e in shorter if e.kind != "actor"]
            return longer + [e for e in shorter if e not in longer], longer is ents
    return joined + [e for e in ents if e not in joined], False


# entry kinds that say what a phrase names as an actor, or that it names none
_NAMING: Final = frozenset({"actor", "blocked"})


class Lexicon:
    """Phrase keys (normalised, space-separated) mapped to entries, read as a token trie.

    The trie is kept flat: the entries of each phrase under its key, and for
    every key that longer phrases continue, the set of words that may follow
    it ("" lists the first words).  Why flat: a node object with a dict of
    children and a list of entries made three objects a word of every phrase;
    the tables of the shipped data are some fifty thousand phrases, and each
    object costs time when a process loads them from the cache and again in
    every full pass of the garbage collector, at exit included.
    """

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Entry, ...]] = {}
        # (sets while the lexicon is built; :meth:`compact` freezes them)
        self._next: dict[str, Collection[str]] = {"": set()}
        self.size = 0
        # token text -> how it starts a phrase (most tokens do not; one dict
        # lookup then settles them)
        self._starts: dict[str, _Start] = {}
        self._plain_starts: dict[str, _Start] = {}  # the same for words ending in ة
        # (phrase key, next token text, literal so far) -> how the token continues it
        self._steps: dict[tuple[str, str, bool], tuple[_Step, ...]] = {}
        # one object for equal entries (a class word's entry recurs under every
        # phrase holding the word): half the entry objects to load and to walk
        self._intern: dict[Entry, Entry] = {}
        # (phrase key, joined entries) -> the hit fields of tied readings
        self._ties: dict[tuple[str, tuple[Entry, ...]], _Fields] = {}
        # the readings of a token that longer phrases continue -> the words
        # that may follow them (see :meth:`_union`)
        self._unions: dict[tuple[str, ...], frozenset[str]] = {}

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
        prefix = ""
        nxt = self._next
        for w in words:
            follows = nxt.get(prefix)
            if not isinstance(follows, set):  # (compacted: a tuple or a frozenset)
                nxt[prefix] = follows = set(follows or ())
            follows.add(w)
            prefix = f"{prefix} {w}" if prefix else w
        entry = self._interned(entry)
        entries = self._entries.get(prefix, ())
        if entry not in entries:
            self._entries[prefix] = (*entries, entry)
            self.size += 1
        self._starts.clear()
        self._plain_starts.clear()
        self._steps.clear()
        self._ties.clear()
        self._unions.clear()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the tables without the per-process ``_first`` memo."""
        return {"_entries": self._entries, "_next": self._next, "size": self.size}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._entries = state["_entries"]
        self._next = state["_next"]
        self.size = state["size"]
        self._starts = {}
        self._plain_starts = {}
        self._steps = {}
        self._intern = {}
        self._ties = {}
        self._unions = {}

    def _interned(self, entry: Entry) -> Entry:
        try:
            return self._intern.setdefault(entry, entry)
        except TypeError:  # a payload that cannot be hashed is kept as given
            return entry

    def phrases(self) -> dict[str, tuple[Entry, ...]]:
        """Every phrase key with its entries, in the order they were added."""
        return dict(self._entries)

    def keys_of_kind(self, kind: str) -> list[str]:
        """The phrase keys holding an entry of ``kind``, in the order they were added."""
        return [k for k, ents in self._entries.items() if any(e.kind == kind for e in ents)]

    def compact(self) -> None:
        """One tuple object for equal entry tuples (the aliases of one actor,
        of one place): fewer objects to store, load and walk.  Call it once
        the lexicon is built."""
        pool: dict[tuple[Entry, ...], tuple[Entry, ...]] = {}
        for k, v in self._entries.items():
            try:
                self._entries[k] = pool.setdefault(v, v)
            except TypeError:
                pass
        # The words that may follow a phrase, as a tuple where they are few
        # (nine phrases in ten are continued by one word), else a frozenset.
        # Why: a set is always tracked by the cyclic garbage collector, and
        # these were thirteen thousand sets to unpickle and for every full
        # collection to walk, the several at interpreter exit included; a
        # tuple of strings is untracked at its first collection.  Readers
        # test membership only (a start's set comes from :meth:`_union`).
        self._next = {k: tuple(sorted(v)) if len(v) <= _FEW_FOLLOWERS else frozenset(v)
                      for k, v in self._next.items()}

    def add_all(self, phrases: Iterable[str], entry: Entry) -> None:
        for p in phrases:
            self.add(p, entry)

    def add_part_entries(self, parts: dict[str, list[Entry]]) -> None:
        """Give every multi-word phrase the entries of the words inside it.

        "طائرات حربية" is an actor AND contains the aircraft class word طائرات;
        longest match keeps only the phrase, so its entries must carry both.
        """
        for key, entries in self._entries.items():
            words = key.split(" ")
            if len(words) > 1:
                added = list(entries)
                for w in words:
                    for e in parts.get(w, ()):
                        e = self._interned(e)
                        if e not in added:
                            added.append(e)
                if len(added) > len(entries):
                    self._entries[key] = tuple(added)

    def _first(self, text: str, plain: bool = False) -> _Start:
        """How a token can start a phrase (memoised: a news vocabulary repeats).

        ``plain``: the word was written with a final ة (teh marbuta), which no
        pronoun suffix takes, so a reading that strips a suffix ه starts no
        trigger (استعادة is no استعاد+ه "he recovered it", القبضة no القبض+ه,
        صفية no صفى+ه).  Cue and class readings stay: what they mark around a
        trigger was tuned with them."""
        memo = self._plain_starts if plain else self._starts
        start = memo.get(text)
        if start is None:
            heads = self._next[""]
            roots = tuple((form, k == 0, enclitic) for k, (form, enclitic) in enumerate(analyse(text))
                          if form in heads)
            if not roots:  # (most new words): nothing to sort out
                if len(memo) < 500_000:
                    memo[text] = _NO_START
                return _NO_START
            alone: tuple[list[Entry], str] | None = None
            blocked = False
            for form, lit, enclitic in roots:
                ents = self._accepted(form, lit, enclitic)
                if lit:
                    blocked = any(e.kind == "blocked" for e in ents)
                elif blocked:
                    # a word listed as no actor as written names none through
                    # another reading: حماسا (enthusiasm) is no حماس + tanween
                    ents = [e for e in ents if e.kind != "actor"]
                if plain and enclitic:
                    # a word known as written keeps its own reading: الدورية (the
                    # patrol) is no الدوري (the league) + ه
                    ents = [] if alone is not None else [e for e in ents if e.kind != "trigger"]
                if not ents:
                    continue
                if alone is None:
                    alone = (ents, form)
                else:  # another reading of the same word (انتحاريا / انتحاري)
                    alone[0].extend(e for e in ents if e not in alone[0])
            nxt = self._next
            # the words that continue a reading: the trie's own set where one
            # reading goes on (it changes only as add_key clears this memo)
            goes_on = tuple(form for form, _, _ in roots if form in nxt)
            follow = self._union(goes_on)
            start = _Start(
                roots, follow, None if alone is None else (
                    alone[1], self._kept(alone[1], alone[0]), *_kinds_classes(alone[0])),
                tuple((form, lit) for form, lit, _ in roots if form in nxt))
            if len(memo) < 500_000:
                memo[text] = start
        return start

    def _union(self, forms: tuple[str, ...]) -> frozenset[str]:
        """The words that continue any of the phrases ``forms`` (the readings
        of one token), one set object for every token with the same readings
        (والقوات، بالقوات).  Why: a set is always tracked by the cyclic
        garbage collector, and the starts of a warm vocabulary held thousands
        of copies, walked by every young collection of a pass; and the trie
        keeps few followers as a tuple, which has no ``isdisjoint``."""
        found = self._unions.get(forms)
        if found is None:
            nxt = self._next
            one = nxt[forms[0]] if len(forms) == 1 else None
            found = (one if isinstance(one, frozenset)
                     else frozenset().union(*(nxt[f] for f in forms)) if forms else _EMPTY)
            if len(self._unions) >= _MAX_STEPS:
                self._unions.clear()
            self._unions[forms] = found
        return found

    def _accepted(self, key: str, literal: bool, enclitic: bool) -> list[Entry]:
        """Entries of phrase ``key`` that this reading may match: exact entries
        only literally, and only pronoun-taking kinds after a suffix was stripped."""
        return [e for e in self._entries.get(key, ()) if (literal or not e.exact)
                and not (enclitic and e.kind not in SUFFIXED_KINDS)]

    def _kept(self, key: str, ents: Sequence[Entry]) -> tuple[Entry, ...]:
        """``ents``, what a reading of phrase ``key`` matches, as a tuple: the
        phrase's own stored tuple where the reading kept all of its entries
        (most do).  Why: every spelling of a word (مدينه، بمدينه، والمدينه)
        then gives its hits one entries object, and what the rule choice
        remembers of a hit by its entries' identity (eventx.events._scan_hits)
        is worked out once a phrase, not once a spelling."""
        stored = self._entries.get(key, ())
        if len(ents) == len(stored) and all(map(is_, ents, stored)):
            return stored
        return tuple(ents)

    def _walk(self, tokens: Sequence[Token], i: int,
              start: _Start) -> tuple[int, _Fields] | None:
        """Longest phrase starting at token ``i``: its last token index and
        its hit fields (key, entries, kinds, classes).

        The fields come memoised, from the start's one-word match or the
        step that reached the phrase; only two readings of the same words
        (انتحاريا / انتحاري) have theirs joined here."""
        alone = start.alone
        best_j = -1 if alone is None else i
        best = alone
        best_key = ""  # the key of the reading whose actors lead the best phrase
        joined: list[Entry] | None = None  # the entries of tied readings
        frontier = [(form, i + 1, lit) for form, lit in start.heads]
        steps = self._steps
        n = len(tokens)
        while frontier:
            key, j, literal = frontier.pop()
            if j >= n:
                continue
            word = tokens[j][0]
            found = steps.get((key, word, literal))
            if found is None:
                found = self._step(key, word, literal)
            for child, lit, ents, more, kinds, classes in found:
                if ents:
                    if j > best_j:
                        best_j, best, joined, best_key = j, (child, ents, kinds, classes), None, child
                    elif j == best_j:
                        # another reading of the same words (انتحاريا / انتحاري)
                        assert best is not None
                        if joined is None:
                            joined = list(best[1])
                        joined, took = _tie(joined, list(ents), best_key, child)
                        if took:  # its actors lead: the hit's key is its own
                            best = (child, best[1], best[2], best[3])
                            best_key = child
                if more:
                    frontier.append((child, j + 1, lit))
        if best is None:
            return None
        if joined is not None:
            return best_j, self._tied(best[0], tuple(joined))
        return best_j, best

    def _tied(self, key: str, joined: tuple[Entry, ...]) -> _Fields:
        """The hit fields of readings tied on phrase ``key``, with ``joined``
        their entries together, memoised as starts and steps are.  Why: every
        hit of the same words then holds one entries tuple, whose role the
        rule choice works out once (eventx.events._scan_hits remembers it by
        the tuple's identity), instead of a new tuple, kinds and classes for
        each hit, and a new role each time."""
        try:
            found = self._ties.get((key, joined))
        except TypeError:  # a payload that cannot be hashed: not remembered
            kinds, classes = _kinds_classes(joined)
            return (key, joined, kinds, classes)
        if found is None:
            kinds, classes = _kinds_classes(joined)
            found = (key, joined, kinds, classes)
            if len(self._ties) >= _MAX_STEPS:
                self._ties.clear()
            self._ties[(key, joined)] = found
        return found

    def _step(self, key: str, word: str, literal: bool) -> tuple[_Step, ...]:
        """The readings of ``word`` that continue phrase ``key``, memoised (a
        bounded memo keyed by a phrase and a word: walks meet the same pairs
        again and again, and each reading once cost a clitic analysis, a new
        key string and a filter of its entries)."""
        follows = self._next[key]
        nxt = self._next
        out = []
        for k, (form, enclitic) in enumerate(analyse(word)):
            if form in follows:
                lit = literal and k == 0
                child = f"{key} {form}"
                ents = self._kept(child, self._accepted(child, lit, enclitic))
                out.append(_Step(child, lit, ents, child in nxt, *_kinds_classes(ents)))
        found = tuple(out)
        if len(self._steps) >= _MAX_STEPS:
            self._steps.clear()
        self._steps[(key, word, literal)] = found
        return found

    def match(self, tokens: Sequence[Token], plain: frozenset[int] = frozenset(),
              texts: Sequence[str] | None = None) -> list[Hit]:
        """Non-overlapping longest matches, left to right.

        ``plain``: indices of tokens written with a final ة (see :meth:`_first`).
        ``texts``: the tokens' texts, when the caller has them already (the
        analysis reads them with the tokens' ends in one pass).

        Most tokens start no phrase: their memoised start is looked up for the
        whole sentence in one C-level pass, and the loop visits only the others."""
        hits: list[Hit] = []
        if texts is None:
            texts = list(map(_TEXT, tokens))
        first = self._first
        try:  # every word memoised (a warm vocabulary): one C-level pass
            starts = list(map(self._starts.__getitem__, texts))
        except KeyError:  # new words: the known ones still read in C, only the others asked
            known = list(map(self._starts.get, texts))
            starts = [s if s is not None else first(w) for s, w in zip(known, texts)]
        if plain:
            plain_starts = self._plain_starts
            for k in plain:
                starts[k] = plain_starts.get(texts[k]) or first(texts[k], plain=True)
        # the word after each token; after the last, "" (whose one form "" no
        # phrase continues with): no bounds test in the loop
        nexts = list(texts[1:])
        nexts.append("")
        free = 0  # the first token after the last hit
        make = tuple.__new__  # Hit(...) goes through a Python-level __new__: twice the cost
        forms_of = _FORMS.get
        for i in compress(count(), map(is_not, starts, repeat(_NO_START))):
            if i < free:
                continue
            start = starts[i]
            _roots, follow, alone, _heads = start  # (one unpacking, not attribute reads)
            if follow and not follow.isdisjoint(forms_of(nexts[i]) or _forms(nexts[i])):
                found = self._walk(tokens, i, start)
                if found is not None:
                    last, fields = found
                    hits.append(make(Hit, (i, last, tokens[i][1], tokens[last][2]) + fields))
                    free = last + 1
            elif alone is not None:
                # a one-word phrase: nothing to walk, and its hit fields are memoised
                _, s, e = tokens[i]
                hits.append(make(Hit, (i, i, s, e) + alone))
        return hits


# a hit's fields after its offsets: key, entries, kinds, classes
_Fields = tuple[str, tuple[Entry, ...], frozenset[str], frozenset[str]]


class _Start(NamedTuple):
    """The readings of a token that start a phrase, memoised per token text."""

    roots: tuple[tuple[str, bool, bool], ...]  # (form, literal, enclitic)
    follow: AbstractSet[str]  # words that continue some reading into a longer phrase
    # the one-word match, if any, as the fields of its Hit: key, entries, kinds, classes
    alone: _Fields | None
    # the readings that longer phrases continue, where walks begin: (form, literal)
    heads: tuple[tuple[str, bool], ...]


class _Step(NamedTuple):
    """A reading of a token that continues a phrase (see :meth:`Lexicon._step`)."""

    key: str  # the longer phrase's key
    literal: bool  # every word so far read as written
    entries: tuple[Entry, ...]  # what the longer phrase matches (may be none)
    more: bool  # longer phrases continue it
    # the hit fields of its entries, once (see :class:`Hit`)
    kinds: frozenset[str]
    classes: frozenset[str]


_MAX_STEPS: Final = 200_000
# followers a compacted phrase keeps as a tuple (a membership test scans it)
_FEW_FOLLOWERS: Final = 8


def _forms(word: str) -> tuple[str, ...]:
    """The candidate base forms of ``word`` (:func:`eventx.text.clitics.variants`),
    remembered in ``_FORMS``.

    Why a plain dict before the LRU memo: match asks the forms of the word
    after every token that opens a longer phrase (a third of all tokens),
    and a hit in an LRU memo also relinks its entry, writing to memory; a
    dict read does not.  Why a tuple, not a frozenset: ``isdisjoint`` reads
    either in C, but a set is always tracked by the cyclic garbage collector
    while a tuple of strings is untracked at its first collection; thousands
    of memoised sets were walked by every young collection of a pass."""
    found = variants(word)
    if len(_FORMS) >= _MAX_FORMS:
        _FORMS.clear()
    _FORMS[word] = found
    return found


_FORMS: Final[dict[str, tuple[str, ...]]] = {}
_MAX_FORMS: Final = 200_000

# the start of every token that starts no phrase (most tokens): one object, so
# that match() can skip them all in C
_NO_START: Final = _Start((), frozenset(), None, ())
_TEXT: Final = itemgetter(0)  # Token.text


def _kinds_classes(ents: Sequence[Entry]) -> tuple[frozenset[str], frozenset[str]]:
    """A hit's ``kinds`` and ``classes`` (see :class:`Hit`), one shared object
    for equal sets.

    Why shared: the memoised starts and steps of a warm vocabulary hold
    thousands of these sets, of a few hundred distinct values; a set is
    always tracked by the cyclic garbage collector, so each copy was one
    more object for the young collections of a pass to walk."""
    kinds = frozenset(e.kind for e in ents)
    kinds = _SETS.setdefault(kinds, kinds)
    if "class" not in kinds:
        return kinds, _EMPTY
    classes = frozenset(e.value for e in ents if e.kind == "class")
    return kinds, _SETS.setdefault(classes, classes)


_EMPTY: Final[frozenset[str]] = frozenset()
# equal kinds and classes sets, one object each (a few hundred: the kinds and
# class words of the shipped data combine in few ways, so no bound is needed)
_SETS: Final[dict[frozenset[str], frozenset[str]]] = {_EMPTY: _EMPTY}
