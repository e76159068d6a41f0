"""Everything matching needs, compiled once from the packs and reference data.

Rules are data; this turns them into hash and trie structures (the lexicon trie,
the Aho-Corasick candidate automaton) so that per-token cost does not depend on
how many rules or names there are.  Building them takes most of a second, so
they are kept in the on-disk cache of :mod:`eventx.cache` between processes.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import ahocorasick
import attr

from eventx.actors import DATA_FILES as ACTOR_FILES
from eventx.actors import ActorDictionary
from eventx.cache import cached, data_key
from eventx.doc_countries import build_scan
from eventx.doc_scan import joint_scan
from eventx.facilities import DATA_FILE as FACILITY_FILE
from eventx.facilities import table as facility_table
from eventx.gazetteer import DATA_FILES as GAZETTEER_FILES
from eventx.gazetteer import Gazetteer
from eventx.genre_lists import lists as genre_lists
from eventx.lexicon import BLOCKED, PLACE, Entry, Lexicon
from eventx.packs.forms import noun_forms, verb_forms
from eventx.packs.model import Cue, Pack, Rule, SlotSpec, WordClass
from eventx.text.normalize import normalize_key
from eventx.trigger_words import TriggerWords


class TriggerForm(NamedTuple):
    """A trigger surface form of one rule: part of speech and tense matter for modality.

    A NamedTuple for the reason :class:`eventx.lexicon.Entry` is one."""

    rule: str
    pos: str  # verb | noun | plural | phrase
    tense: str | None = None


@attr.s(auto_attribs=True, order=False)
class Compiled:
    packs: tuple[Pack, ...]
    rules: dict[str, Rule]
    classes: dict[str, WordClass]
    slot_defaults: dict[str, tuple[SlotSpec, ...]]
    lexicon: Lexicon
    automaton: ahocorasick.Automaton
    gazetteer: Gazetteer
    actors: ActorDictionary
    trigger_count: int
    pattern_rules: tuple[Rule, ...] = ()
    # country names (see eventx.doc_countries)
    country_scan: ahocorasick.Automaton | None = None
    # cues that stand on lexicon kinds or word classes (Cue.kinds, Cue.classes),
    # not only on their words
    kind_cues: tuple[Cue, ...] = ()
    # the automaton's keys and the country scan's in one (see eventx.doc_scan)
    doc_scan: ahocorasick.Automaton | None = None
    # what a scanned word needs to give a trigger hit (see eventx.trigger_words);
    # None (a Compiled made by hand): every scanned word may
    trigger_words: TriggerWords | None = None


def compile_packs(packs: Sequence[Pack]) -> Compiled:
    """Compile packs and the shipped reference data into the matcher.

    The lexicon trie and the candidate automaton are pure functions of the
    packs' words, the gazetteer, the actor tables and this package's code, so
    they are loaded from :mod:`eventx.cache` when those are unchanged (see
    :func:`matcher_key`) and built (then stored) otherwise.
    """
    packs = tuple(packs)
    rules: dict[str, Rule] = {}
    classes: dict[str, WordClass] = {}
    slot_defaults: dict[str, tuple[SlotSpec, ...]] = {}
    for pack in packs:
        for c in pack.classes:
            classes[c.name] = c
        slot_defaults.update(pack.slot_defaults)
        for rule in pack.rules:
            rules[rule.id] = rule
    gaz = Gazetteer.default()
    actors = ActorDictionary.default()
    lex, auto, trigger_count, countries, words = cached(
        "matcher", matcher_key(packs), lambda: _build_matcher(packs, gaz, actors))
    return Compiled(packs, rules, classes, slot_defaults, lex, auto, gaz, actors,
                    trigger_count, tuple(r for r in rules.values() if r.patterns), countries,
                    tuple(c for p in packs for c in p.cues if c.kinds or c.classes), joint_scan(auto, countries, genre_lists().listed),
                    words)


def matcher_key(packs: Sequence[Pack]) -> str | None:
    """Cache key of :func:`_build_matcher`: everything it reads.

    That is the words the packs contribute (classes, cues, and each rule's
    id and trigger forms: the key hashes them as loaded, so a pack edited on
    disk or built in memory gets its own entry), the reference data files and
    the package's code (:func:`eventx.cache.code_digest`).  None when the
    cache is off or an input cannot be read.
    """
    parts: list[str] = []
    for pack in packs:
        parts.append(f"pack {pack.name!r}")
        parts.extend(repr((c.name, c.words)) for c in pack.classes)
        parts.extend(repr(cue) for cue in pack.cues)
        parts.extend(repr((r.id, r.verbs, r.nouns, r.plurals, r.phrases)) for r in pack.rules)
    return data_key("matcher", (*GAZETTEER_FILES, *ACTOR_FILES, FACILITY_FILE), *parts)


def _build_matcher(packs: Sequence[Pack], gaz: Gazetteer, actors: ActorDictionary,
                   ) -> tuple[Lexicon, ahocorasick.Automaton, int, ahocorasick.Automaton, TriggerWords]:
    """The lexicon trie, the trigger pre-filter automaton, the trigger-form
    count, the document-country scan and the scanned words' needs."""
    lex = Lexicon()
    classes: dict[str, WordClass] = {}
    surface: set[str] = set()
    glued: set[str] = set()  # pre-filter keys only
    for pack in packs:
        for c in pack.classes:
            classes[c.name] = c
            for w in c.words:
                lex.add(w, Entry("class", c.name))
        for cue in pack.cues:
            for w in cue.words:
                lex.add(w, Entry("cue", cue, exact=cue.literal or _is_short(w)))
        for rule in pack.rules:
            for v in rule.verbs:
                for form, tense in verb_forms(v).items():
                    lex.add(form, Entry("trigger", TriggerForm(rule.id, "verb", tense)))
                    surface.add(form)
            for n in rule.nouns:
                for form in noun_forms(n):
                    lex.add(form, Entry("trigger", TriggerForm(rule.id, "noun")))
                    surface.add(form)
                    head = form.split()[0]
                    if head.endswith("ه") and " " not in form:
                        # زيارته، مداهمتها: the pre-filter sees the ت a pronoun brings
                        # back; the lexicon already reads the word through its variants
                        glued.add(head[:-1] + "ت")
            for n in rule.plurals:
                k = normalize_key(n)
                lex.add(k, Entry("trigger", TriggerForm(rule.id, "plural")))
                surface.add(k)
            for p in rule.phrases:
                k = normalize_key(p)
                lex.add(k, Entry("trigger", TriggerForm(rule.id, "phrase")))
                surface.add(k)
    # gazetteer and actor keys are normalised when their tables load
    # (tests/test_cache.py checks it), so they skip normalize_key here
    for key in gaz.keys():
        lex.add_key(key, PLACE)
    for key in actors.keys():
        entry = actors.lookup(key)
        if entry is not None:
            lex.add_key(key, Entry("actor", entry))
    for key in actors.blocked_keys():
        lex.add_key(key, BLOCKED)  # looks like an actor, is not (القاعدة العسكرية)
    for key in actors.title_keys():
        title = actors.title(key)
        if title is not None:
            lex.add_key(key, Entry("title", title))
    for key, facility in facility_table().items():
        lex.add_key(key, Entry("facility", facility))  # targets named by a common noun
    class_words: dict[str, list[Entry]] = {}
    for c in classes.values():
        for w in c.words:
            k = normalize_key(w)
            if " " not in k:
                class_words.setdefault(k, []).append(Entry("class", c.name))
    lex.add_part_entries(class_words)
    lex.compact()
    keys = {scan_key(s) for s in surface}
    # a phrase's longest word ending in ه may be glued to a pronoun as ت, as a
    # noun's head is (a one-word form's own variants are listed above)
    glued.update(k[:-1] + "ت" for k in map(scan_key, (s for s in surface if " " in s))
                 if k.endswith("ه"))
    auto = ahocorasick.Automaton()
    for key in sorted(keys | glued):
        # the scan is a pre-filter on one word of every trigger form; the
        # lexicon pass decides.  The value is the key: callers need its length.
        auto.add_word(key, key)
    auto.make_automaton()
    return (lex, auto, len(surface), build_scan(_country_keys(gaz, actors)),
            TriggerWords.of(lex.keys_of_kind("trigger"), scan_key))


def scan_key(form: str) -> str:
    """The word of a trigger form that the candidate scan looks for: its longest
    (the first of the longest).

    Why: the scan only has to find every sentence the form can match in, and
    any word of the form does that; the first word of a phrase is often a
    preposition ("من السيطرة على"، "في السيطرة على") that nearly every sentence
    holds, which made three in four sentences candidates for one rule.  Every
    word of a phrase is read by the same clitic analysis, so the longest is
    found as the first was: at a word start after proclitics, or glued as ت.
    """
    return max(form.split(), key=len)


def _country_keys(gaz: Gazetteer, actors: ActorDictionary) -> list[tuple[str, str]]:
    """Every key that names exactly one country: its names in the gazetteer
    (keys all of whose places are that country).  Nationality adjectives are
    left out: they mostly describe people ("المغنية الأمريكية" at a concert in
    Manchester), not where the story is."""
    out: dict[str, str] = {}
    for key in gaz.keys():
        places = gaz.candidates(key)
        codes = {p.country for p in places}
        if places and all(p.feature == "country" for p in places) and len(codes) == 1:
            code = codes.pop()
            if code:
                out[key] = code
    return sorted(out.items())


def _is_short(word: str) -> bool:
    """Very short cue words (لم، لن، لا) are matched literally, never as clitic stems."""
    return len(normalize_key(word)) <= 2
