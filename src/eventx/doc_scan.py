"""One Aho-Corasick pass over a document for all of its scans: the trigger
forms that make a sentence a candidate, the country names that tell the
article's countries (:mod:`eventx.doc_countries`), and the words the genre
counts (:mod:`eventx.genre`).

Why one pass: each scan walked every character of the normalised text in C,
and together they were the dearest part of a document after its candidate
sentences; an automaton holding both sets of keys reports every key of
either at every position, as each of its own did, so the candidates and the
countries come out the same from half the walking.  The genre's words
joined them later: the genre listed every letter run of the article with a
regex to count a few of them (about 2% of extraction); as keys they cost
the walk nothing, and their few hits are checked for whole words here.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Final, NamedTuple

import ahocorasick

from eventx.doc_countries import ARABIC_LETTERS, most_named, whole_word
from eventx.text.clitics import PROCLITIC_CHAINS
from eventx.text.letter_runs import PATTERN as LETTER_RUN, RANGE_LETTERS
from eventx.trigger_words import TriggerWords, word_end

# what a key of the joint automaton is to the candidate scan
NO_TRIGGER: Final = 0
# a trigger key or one of its hidden spellings (a spelling under which the
# lexicon reads the key that the key itself does not find: see
# hidden_spellings): its word makes the sentence a candidate
TRIGGER: Final = 1
# (a bit of its own) a word the genre counts, where it is a whole letter run
LISTED: Final = 2


class DocScan(NamedTuple):
    """What the joint scan found in a document."""

    found: set[int]  # the ends of the trigger keys (and hidden spellings) at a word start
    # (end, word start) of each of them, in order: the words asked whether
    # they can be a trigger's (see first_trigger_word), for the sentences
    # ``found`` makes candidates
    words: list[tuple[int, int]]
    countries: list[str]  # named at least twice (eventx.doc_countries)
    # the genre's listed words standing as whole letter runs, in text order:
    # ``[w for w in letter_runs.runs(text) if w in listed]`` (see joint_scan)
    listed: list[str]


def joint_scan(triggers: ahocorasick.Automaton,
               countries: ahocorasick.Automaton | None,
               listed: Iterable[str] = ()) -> ahocorasick.Automaton:
    """An automaton of the candidate scan's keys, their hidden spellings, the
    country scan's keys and the genre's ``listed`` words, each key mapped to
    (its length, NO_TRIGGER or TRIGGER, plus LISTED for a listed word, the
    ISO2 of the country it names or "").  Only the listed words spelt with
    the letters of :data:`eventx.text.letter_runs.PATTERN` are keys: no
    other can be a whole letter run, the only words the genre counts.

    Why the hidden spellings are trigger keys of their own: a word spelt so
    (للقبض, read as ل + القبض) gives the lexicon's trigger hit as the key
    does, and a sentence whose only trigger word it is (وسارعت الشرطة للقبض
    على اللصوص) must be a candidate as one holding القبض is."""
    values: dict[str, tuple[int, int, str]] = {}
    for key in triggers.keys():
        values[key] = (len(key), TRIGGER, "")
        for hidden in hidden_spellings(key):
            values[hidden] = (len(hidden), TRIGGER, "")
    for key, (size, iso2) in (countries.items() if countries is not None else ()):
        was = values.get(key)
        values[key] = (size, NO_TRIGGER if was is None else was[1], iso2)
    for key in listed:
        if LETTER_RUN.fullmatch(key):
            was = values.get(key)
            values[key] = ((len(key), LISTED, "") if was is None
                           else (was[0], was[1] | LISTED, was[2]))
    auto = ahocorasick.Automaton()
    for key, value in values.items():
        auto.add_word(key, value)
    if values:
        auto.make_automaton()
    return auto


def hidden_spellings(key: str) -> list[str]:
    """The spellings, other than the key, of a word the clitic analysis
    (:func:`eventx.text.clitics.analyse`) reads as ``key`` in which ``key``
    itself does not stand at a word start: the article's alef elided after
    ل (للقبض is ل + القبض) and a teh marbuta written ت before a pronoun
    (ضربته is ضربه + ه); every other reading strips letters off the ends."""
    out = []
    article = key.startswith("ال") and len(key) > 2
    if article:
        out.append("لل" + key[2:])
    if key.endswith("ه"):
        out.append(key[:-1] + "ت")
        if article:
            out.append("لل" + key[2:-1] + "ت")
    return out


def scan_document(auto: ahocorasick.Automaton, text: str) -> DocScan:
    """The ends of the trigger keys found at a word start (after clitics only:
    قتل inside مقتل does not count), the words holding them or a hidden
    spelling, the countries the text names at least twice
    (:func:`eventx.doc_countries.doc_countries`) and the listed words that
    stand as whole letter runs (no letter of the range next to them)."""
    found: set[int] = set()
    words: list[tuple[int, int]] = []
    listed: list[str] = []
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    if not len(auto):
        return DocScan(found, words, [], listed)
    last = len(text) - 1
    for end, (size, flags, iso2) in auto.iter(text):
        if flags & TRIGGER:
            ws = word_start(text, end - size + 1)
            if ws >= 0:
                found.add(end)
                words.append((end, ws))
        if flags & LISTED:
            start = end - size + 1
            if ((start == 0 or text[start - 1] not in RANGE_LETTERS)
                    and (end == last or text[end + 1] not in RANGE_LETTERS)):
                listed.append(text[start:end + 1])
        if iso2 and whole_word(text, end, size):
            seen[iso2] += 1
            first.setdefault(iso2, end - size + 1)
    return DocScan(found, words, most_named(seen, first), listed)


def first_trigger_word(text: str, words: list[tuple[int, int]], k: int, end: int,
                       trigger_words: TriggerWords, teh: frozenset[int],
                       verdicts: dict[int, bool]) -> int:
    """The index, from ``k`` on, of the first of ``words`` (see DocScan)
    ending before ``end`` whose whole word can give a trigger hit
    (:mod:`eventx.trigger_words`), or of the first ending at ``end`` or
    later if none does.  ``teh``: the offsets of the ه that were ة (see
    :meth:`eventx.text.normalize.Normalized.folded_teh_marbuta`);
    ``verdicts``: the document's words asked so far, by their start.

    Why asked per sentence, not in the scan: a sentence's first trigger
    word mostly settles it, and the words after it need no asking."""
    n = len(words)
    while k < n:
        at, ws = words[k]
        if at >= end:
            break
        ok = verdicts.get(ws)
        if ok is None:
            we = word_end(text, at + 1)
            ok = verdicts[ws] = trigger_words.may_trigger(
                text, ws, we, we - 1 in teh and text[we - 1] == "ه")
        if ok:
            break
        k += 1
    return k


def at_word_start(text: str, start: int) -> bool:
    """True when only proclitics (و ب ال لل …) stand between the word start and ``start``."""
    return word_start(text, start) >= 0


def word_start(text: str, start: int) -> int:
    """Where the word holding ``start`` begins, when only proclitics (و ب ال
    لل …) stand between it and ``start``; else -1."""
    ws = start
    while ws > 0 and text[ws - 1] in ARABIC_LETTERS and start - ws <= 4:
        ws -= 1
    if ws > 0 and text[ws - 1] in ARABIC_LETTERS:
        return -1
    return ws if text[ws:start] in PROCLITIC_CHAINS else -1
