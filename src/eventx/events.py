"""From an analysed sentence to event drafts: which rule fires, and its arguments.

A trigger word may belong to several rules (استهدف is a rocket strike next to a
rocket, an air strike next to an aircraft, an attack otherwise); the rule whose
required word classes are present and whose priority is highest wins.  Each
argument mention goes to the NEAREST trigger of the sentence, which splits a
sentence that reports two incidents.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple
from functools import lru_cache
from bisect import bisect_left, bisect_right
from itertools import accumulate, repeat
from operator import gt, itemgetter

import attr
import attrs

from eventx.analysis import (
    PUNCT_CHARS,
    DEED_ADJECTIVES,
    DOER_ADJECTIVE_TYPES,
    ActorMention,
    PlaceMention,
    Sentence,
    has_trigger,
    is_punct,
    prev_word,
    nisba_of,
    locates,
    relative_mention,
)
from eventx.authorised import authorised_deed
from eventx.began import begun_deed
from eventx.threatened_deed import threatened_deed
from eventx.future_deed import future_deed, or_else
from eventx.compiled import Compiled, TriggerForm
from eventx.conjoined_time import time_leads
from eventx.counts import CountMatch, can_hold, first_tolls
from eventx.dates import DateMatch, ends_period, is_weekday
from eventx.dates_stretch import period_stretch
from eventx.dawn_adverb import time_adverb
from eventx.dealt_toll import dealt_by_deed, means_type
from eventx.grammar_words import words as grammar_words
from eventx.habit_conduct import habitual_conduct
from eventx.glued_lam import lam_glued
from eventx.fallen import fallen_elsewhere
from eventx.memo import LastAnswer, RecentAnswers
from eventx.joined_genitives import joined_end, on_object_follows
from eventx.noun_subject import counted_object_follows
from eventx.counted_object import SUBJECT_SUFFIXES, counted_doer, counted_object, doer_before_object
from eventx.passive_subject import passive_subject
from eventx.place_object import place_after_definite
from eventx.time_clause import own_time_clause
from eventx.headed_name import phrase_start
from eventx.relative_object import head_is_object, pronoun_ended, resumed
from eventx.speaker_doer import speaker_doer
from eventx.opposed import after_against, joined_to_foe
from eventx.appeal_addressee import addressed_apart
from eventx.relative_speaker import addressed_after, relative_subject, titled_head
from eventx.repelled import repels
from eventx.report_day import report_reckoned
from eventx.relative_outcome import tells_outcome
from eventx.conduct_aim import conduct_aim
from eventx.counterpart import counterpart_named
from eventx.court_seat import COURT_CLASSES, court_seat_tokens
from eventx.parted_date import parted_date
from eventx.since_clause import in_since_clause
from eventx.shared_subject import shared_agents
from eventx.since_parties import in_since_deed, since_deeds
from eventx.compared_date import compared_or_scheduled
from eventx.quoted_date import quoted_apart
from eventx.quoted_names import in_quoted_passage
from eventx.trend_day import trend_verb
from eventx.inquired_death import inquired_death
from eventx.indefinite_object import indefinite_accusative
from eventx.slain_object import slain_object
from eventx.since_lead import since_lead
from eventx.striker_heads import names_striker
from eventx.positions import word_positions
from eventx.word_gap import PUNCT_MAX, word_gap
from eventx.lexicon import Entry, Hit
from eventx.lookalike_toll import (bare_toll, died_in_lookalike, lookalike_toll, outcome_types,
                                   outcome_verb, reaches)
from eventx.packs.model import Cue, Rule, SlotSpec
from eventx.place_rank import precision_rank
from eventx.said_day import said_on
from eventx.places import PLACE_NOUNS, dateline, place_noun
from eventx.visit_destination import destination, went_to
from eventx.coordinated import coordinated_modality
from eventx.outlets import news_outlet
from eventx.provenance import (HEADING_CLASSES, ORIGIN_CLASSES, came_from, heading_tokens, led_by,
                                origin_tokens, state_clause_tokens)
from eventx.patrons import loyal_force, loyal_patron, loyalists
from eventx.joined_aside import joined_aside
from eventx.members import member_affiliation
from eventx.records import FEATURE_RANK, SECURITY_TYPES, Place
from eventx.text.clitics import forms, variants, without_conjunction
from eventx.text.normalize import normalize_key
from eventx.text.tokenize import Token
from eventx.verb_subjects import owner_in_noun, subject_in_verb

_LOC_PREPS: Final = frozenset({
    "في", "قرب", "وسط", "داخل", "مدينه", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
    "شرقي", "غربي", "محيط", "ضواحي", "اطراف", "العاصمه", "عاصمه", "محافظه", "قضاء", "ناحيه",
    "بلده", "قريه", "ولايه", "منطقه", "حي", "مدينتي", "مقاطعه", "اقليم", "مخيم", "شارع", "ريف",
    "مطار",
    "جهه",   # the Tunisian "بجهة مطماطة": in the area of (its ب glued: variants strip it)
    "شهدت", "شهد", "تشهد", "يشهد",  # "وشهدت تشاد هجومين": the place witnessed the deed
})
# "ان" + a new subject opens a reported clause; "انه" (he …) keeps the speaker as subject.
_COMPLEMENTIZERS: Final = frozenset({"ان", "بان", "لان", "حيث"})
# "العنف بين X وY": the sides of a conflict
_BETWEEN: Final = frozenset({"بين", "وبين"})
# the time conjunctions "after" (tokens are normalised: إثر is written اثر):
# what follows them is another deed, told as the time of this one
AFTER_WORDS: Final = frozenset({"بعد", "عقب", "اثر"})
_BOUNDARY_WORDS: Final = grammar_words("relative_pronouns")  # data/grammar_words.toml
# "X سبق أن فعل": that أن parts no subject from its verb
_EVER_BEFORE: Final = grammar_words("ever_before")
_SINCE_WORDS: Final = grammar_words("since")  # "منذ"، "ومنذ"
# a relative pronoun bare or with و glued (class joined_relative in rules/core/classes.toml)
_RELATIVE_OPENERS: Final = _BOUNDARY_WORDS | frozenset("و" + w for w in _BOUNDARY_WORDS)
_PREP_WORDS: Final = frozenset({"علي", "ضد", "مع", "من", "الي", "عن", "باتجاه", "نحو", "بحق", "قبل", "لدي"})
# every preposition feature _features can give: whether an actor has one is a
# set test, not a scan of its features' spellings
_PREP_FEATURES: Final = frozenset("prep:" + w for w in (*_PREP_WORDS, "ل", "ب", "ك", "بين"))
# the glued prepositions that tie a group to a member noun before it (eventx.members)
_MEMBER_PREPS: Final = frozenset({"prep:ب", "prep:ل"})


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class Draft:
    """An event before document merging (normalised offsets)."""

    rule: Rule
    sentence: Sentence
    trigger: Hit
    form: TriggerForm
    subtype: str | None
    actors: tuple[tuple[str, ActorMention], ...] = ()
    place: PlaceMention | None = None
    date: DateMatch | None = None
    counts: tuple[CountMatch, ...] = ()
    modality: str = "asserted"
    confidence: float = 0.5
    # a background stretch of the deed's own clause ("خلال الأيام الماضية"):
    # apart from ``date`` so that it never outranks a firmer date, never
    # weighs in modality or confidence and in merging only against a date
    # long before it (eventx.merge._stretch_agrees); it becomes the date only
    # where the merged event has none (eventx.merge.merge_document)
    stretch: DateMatch | None = None
    # every mention tells the deed as background, from before the news
    # ("وكان … قد"، "في ذكرى الهجوم": eventx.recalled): undated, it is no news
    # of the publication day (eventx.extractor infers no date for it)
    recalled: bool = False
    # generic only for want of an anchor of its own (a deed noun with no day,
    # place or toll: "وأدانت البحرين التفجير الإرهابي"), not for a cue of
    # habit or hypothesis ("أي محاولة للاعتداء"): such a mention may name the
    # article's incident (eventx.merge)
    unanchored: bool = False

    def __init__(self, rule: Rule, sentence: Sentence, trigger: Hit, form: TriggerForm,
                 subtype: str | None, actors: tuple[tuple[str, ActorMention], ...] = (),
                 place: PlaceMention | None = None, date: DateMatch | None = None,
                 counts: tuple[CountMatch, ...] = (), modality: str = "asserted",
                 confidence: float = 0.5, stretch: DateMatch | None = None,
                 recalled: bool = False, unanchored: bool = False) -> None:
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "trigger", trigger)
        object.__setattr__(self, "form", form)
        object.__setattr__(self, "subtype", subtype)
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "modality", modality)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "stretch", stretch)
        object.__setattr__(self, "recalled", recalled)
        object.__setattr__(self, "unanchored", unanchored)

    @property
    def type(self) -> str:
        # (the pipeline's modules read ``d.rule.type``: a property is a
        # Python call each read, and rule choice, slot filling and merging
        # read it tens of thousands of times a thousand documents)
        return self.rule.type

    def dated(self, date: DateMatch | None) -> Draft:
        """The draft with ``date``: what ``attrs.evolve(d, date=date)`` gives,
        built directly (evolve reads every field by name, through Python,
        and the extractor dates most undated events of every document)."""
        return Draft(self.rule, self.sentence, self.trigger, self.form, self.subtype,
                     actors=self.actors, place=self.place, date=date, counts=self.counts,
                     modality=self.modality, confidence=self.confidence, stretch=self.stretch,
                     recalled=self.recalled, unanchored=self.unanchored)

    @property
    def n_args(self) -> int:
        return len(self.actors) + bool(self.place) + bool(self.date) + len(self.counts)


def may_fire(s: Sentence, comp: Compiled) -> bool:
    """Whether any rule fires on the sentence's lexicon hits.

    Rule choice needs only tokens and hits; the extractor asks this before it
    assembles mentions, dates and counts, which a sentence whose triggers are
    all excluded or suppressed would never use."""
    return bool(_rule_choice(s, comp).chosen)


def _rule_choice(s: Sentence, comp: Compiled) -> _Gate:
    """Where each word class stands, the cues with the hits they stand on
    (both from ``_scan_hits``) and the rule each trigger fires (``_choose``):
    all a sentence's rule choice needs, and what sentence_drafts then reads.
    The gate asks it of every candidate sentence of a document before
    sentence_drafts asks it again of each: the recent answers are kept, in
    one memo (callers only read them).  A sentence with no trigger hit (the
    extractor drafts from every candidate sentence, gated or not) fires no
    rule: its classes and cues are never read, so none are looked for.  That
    answer is remembered too: the hits are walked for a trigger once, when
    the gate asks, not again when sentence_drafts does."""
    return _RECENT_CHOICE.get((s.hits, comp), lambda: _choose_rules(s, comp))


def lookalike_deeds(s: Sentence, comp: Compiled) -> tuple[Hit, ...]:
    """The triggers of the sentence's security deeds and tolls dropped as
    look-alikes of a disaster or an accident: those a suppressor of accidents
    (``accident = true``) dropped and the tolls told as their outcome or with
    them as cause (eventx.lookalike_toll).  A bare toll told later in the
    article is theirs where they are its nearest incident (eventx.merge)."""
    return _rule_choice(s, comp).lookalikes


def excluded_rules(s: Sentence, comp: Compiled) -> set[str]:
    """The rules marked ``document_excludes`` one of whose triggers in the
    sentence stands near a class the rule excludes (eventx.one_sense reads
    them for the whole article).  The scan is the one rule choice made."""
    scan = _rule_choice(s, comp).scan
    out: set[str] = set()
    for h, own in zip(scan.triggers, scan.trigger_forms):
        for form in own:
            rule = comp.rules[form.rule]
            if rule.document_excludes and any(
                    _within(scan.class_at.get(c), h.first, rule.window) for c in rule.excludes):
                out.add(rule.id)
    return out


def _choose_rules(s: Sentence, comp: Compiled) -> _Gate:
    if not has_trigger(s.hits):
        return _NO_GATE
    scan = _scan_hits(s.hits, comp)
    chosen, lookalikes = _choose(s, comp, scan)
    return _Gate(scan, chosen, lookalikes)


class _HitScan(NamedTuple):
    """What rule choice and slot filling read of a sentence's lexicon hits,
    sorted out in one pass over them (``_scan_hits``).

    Why one pass: the positions of the word classes, the cue hits, the
    triggers and the classed hits were four list comprehensions over the
    same hits (five with the cues a hit kind names), each reading every
    hit's kinds again; a dozen hits a sentence, asked of every candidate
    sentence, the loops' own cost was most of theirs."""

    # where each word class stands (see ``_scan_hits`` on shadowed classes)
    class_at: dict[str, list[int]]
    # each cue with the hit it stands on: its words, or a hit of a kind it
    # names (an office title); those of its words first, in hit order.  The
    # suppressors (rule choice reads them) apart from the modality cues
    # (``_modality`` reads them for every draft): neither picks the other's
    suppressors: list[tuple[Hit, Cue]]
    modal: list[tuple[Hit, Cue]]
    # the trigger hits, and the hits with a word class, in order
    triggers: list[Hit]
    classed: list[Hit]
    # the trigger forms of each of ``triggers`` (its trigger entries' values,
    # in entry order): rule choice reads them for every trigger, and
    # ``Hit.of_kind`` built that list anew each time from a walk of its entries
    trigger_forms: list[tuple[TriggerForm, ...]]


def _scan_hits(hits: tuple[Hit, ...], comp: Compiled) -> _HitScan:
    """One pass over the hits: class positions, cues, triggers, classed hits.

    A phrase carries the classes of its words (the lexicon gives them to
    it), save those its own class shadows: "الفصائل المقاتلة" (armed_groups)
    is no aircraft though مقاتلة alone may be one.  What a hit brings to the
    scan depends on its entries alone (``_HitRole``): it is worked out once
    per entries tuple, which the lexicon shares among every hit of the same
    words (its matches are memoised), and each hit then only files it.
    (The role is remembered under the entries' identity and holds them, so
    no other object can have that identity while it is remembered.  Sorting
    the hits by ``map`` and ``compress`` instead cost a third more: a dozen
    hits a sentence do not pay for the iterators.)"""
    class_at: dict[str, list[int]] = {}
    suppressors: list[tuple[Hit, Cue]] = []
    modal: list[tuple[Hit, Cue]] = []
    # hits whose kind or class a cue names, with those cues
    named: list[tuple[Hit, tuple[tuple[bool, Cue], ...]]] = []
    triggers: list[Hit] = []
    trigger_forms: list[tuple[TriggerForm, ...]] = []
    classed: list[Hit] = []
    roles = _HIT_ROLES.get((comp.classes, comp.kind_cues), 0, dict)
    # (the roles looked up in C; a hit whose entries an earlier hit of the
    # sentence met first asks the table again)
    for h, role in zip(hits, list(map(roles.get, map(id, map(_ENTRIES, hits))))):
        if role is None:
            role = roles.get(id(h.entries)) or _hit_role(h, comp, roles)
        # (the role unpacked at once: a NamedTuple field read by name is a
        # descriptor call each, and each hit reads most of its fields)
        trigger, supp, mod, by_name, names, forms, _ = role
        if trigger:
            triggers.append(h)
            trigger_forms.append(forms)
        if supp:
            for cue in supp:
                suppressors.append((h, cue))
        if mod:
            for cue in mod:
                modal.append((h, cue))
        if by_name:
            named.append((h, by_name))
        if names is not None:
            classed.append(h)
            first = h.first
            for n in names:
                if n in class_at:
                    class_at[n].append(first)
                else:
                    class_at[n] = [first]
    for h, by_name in named:
        for suppress, cue in by_name:
            (suppressors if suppress else modal).append((h, cue))
    return _HitScan(class_at, suppressors, modal, triggers, classed, trigger_forms)


class _HitRole(NamedTuple):
    """What a hit brings to ``_scan_hits``, read off its entries once."""

    trigger: bool
    # the cues among its entries, in entry order, the suppressors apart from
    # the modality cues (each hit files them in its list with no test a cue)
    suppressors: tuple[Cue, ...]
    modal: tuple[Cue, ...]
    # the cues that name its kind or one of its classes
    # (``Compiled.kind_cues``): each with whether it suppresses
    named: tuple[tuple[bool, Cue], ...]
    # its classes, less those one of them shadows; None for a hit with no
    # word class (a classed hit all of whose classes were shadowed files none)
    names: tuple[str, ...] | None
    forms: tuple[TriggerForm, ...]  # the values of its trigger entries, in entry order
    # the entries it was read off: held here, so that their identity (the
    # key it is remembered under) cannot be reused while it is remembered
    entries: tuple[Entry, ...]


def _hit_role(h: Hit, comp: Compiled, roles: dict[int, _HitRole]) -> _HitRole:
    """The role of ``h`` (see ``_HitRole``), remembered in ``roles`` under its
    entries' identity."""
    kinds, names = h.kinds, h.classes
    # (each part asked only of a hit that can have it: most hits are a
    # place, an actor or a class word, no cue and no trigger)
    cues = [e.value for e in h.entries if e.kind == "cue"] if "cue" in kinds else []
    kind_cues = comp.kind_cues
    named_by = _CUE_NAMED.get((kind_cues,), 0, lambda: _named_by_cues(kind_cues))
    kept: tuple[str, ...] | None = None
    if names:
        classes = comp.classes
        hidden = {x for n in names if n in classes for x in classes[n].shadows}
        kept = tuple(n for n in names if n not in hidden)
    trigger = "trigger" in kinds
    role = _HitRole(
        trigger,
        tuple(c for c in cues if c.value == "suppress"),
        tuple(c for c in cues if c.value != "suppress"),
        () if named_by.isdisjoint(kinds) and named_by.isdisjoint(names) else tuple(
            (c.value == "suppress", c) for c in kind_cues
            if not kinds.isdisjoint(c.kinds) or not names.isdisjoint(c.classes)),
        kept, tuple(e.value for e in h.of_kind("trigger")) if trigger else (), h.entries)
    if len(roles) >= _MAX_HIT_ROLES:
        roles.clear()
    roles[id(h.entries)] = role
    return role


def _named_by_cues(kind_cues: tuple[Cue, ...]) -> frozenset[str]:
    """Every kind and word class a cue of ``kind_cues`` stands on: a hit
    with none of them is named by no such cue, told by two set tests."""
    return frozenset(x for c in kind_cues for x in c.kinds + c.classes)


_CUE_NAMED: Final[LastAnswer[frozenset[str]]] = LastAnswer()
_ENTRIES: Final = itemgetter(Hit._fields.index("entries"))  # Hit.entries, read in C
# the roles of the entries tuples met, per table of classes and of kind cues
# (a new compiled pack set starts a new table): bounded like the lexicon's memos
_HIT_ROLES: Final[LastAnswer[dict[int, _HitRole]]] = LastAnswer()
_MAX_HIT_ROLES: Final = 100_000


def sentence_drafts(s: Sentence, comp: Compiled) -> list[Draft]:
    scan, chosen, _ = _rule_choice(s, comp)
    class_at, cues = scan.class_at, scan.modal
    drafts = _one_per_phrase([Draft(rule, s, h, form, subtype or rule.subtype)
                              for h, rule, form, subtype in chosen])
    if not drafts:
        return []
    owner = _owners(drafts, len(s.tokens))
    # a speaker and the day of the words go to the speech verb even where its
    # object stands nearer; the place between them stays by nearness ("أدانت
    # دول مجلس التعاون لدول الخليج العربية … التفجير": no place of the words)
    # (a lone draft, as most sentences have, owns every token either way)
    lone = len(drafts) == 1
    said = (_owners(drafts, len(s.tokens), objects=True)
            if not lone and any(d.rule.type in _SPEECH_TYPES and d.form.pos == "verb" for d in drafts)
            else owner)
    occurred_at = _occurred_at(s, scan.classed)
    holders = _count_holders(drafts, s)
    facts = _sentence_facts(s, scan, comp)
    if lone:
        sec = drafts[0].rule.type in SECURITY_TYPES
        plain = {sec: _plain_words(s, not sec, facts.row)}
    else:
        plain = {sec: _plain_words(s, not sec, facts.row)
                 for sec in {d.rule.type in SECURITY_TYPES for d in drafts}}
    cast = _clause_owners(said, drafts, s)
    dated = _date_clauses(said, drafts, s)
    # a warning of danger that warns no party and vows nothing is no threat
    # (GUIDELINES: "a warning or threat of action"): no event, not a generic one
    kept = [d for d in drafts if not _idle_warning(d, class_at)]
    # a deed verb joined by و to a deed before it shares its time
    # (eventx.conjoined_time); most sentences have no such verb
    leads = (time_leads(kept, s, _sayer_positions(class_at).union(class_at.get("result", ())))
             if any(_glued_verb(d) for d in kept[1:]) else None)
    filled: list[Draft] = []
    for k, d in enumerate(kept):
        lead = filled[leads[k]] if leads is not None and leads[k] >= 0 else None
        filled.append(_fill(d, owner, dated, cast, s, comp, cues, occurred_at, class_at, holders,
                            plain[d.rule.type in SECURITY_TYPES], facts, lead))
    agents = _suspected_agents(_claimed_agents(filled, s, class_at), s)
    if len(agents) > 1 and any(_glued_verb(d) for d in agents[1:]):  # (most sentences have none)
        # a verb of saying or a result verb opens a clause of its own
        agents = shared_agents(agents, s, _sayer_positions(class_at).union(class_at.get("result", ())))
    return coordinated_modality(agents, s)


_Choice = list[tuple[Hit, Rule, TriggerForm, str | None]]


class _Gate(NamedTuple):
    """A sentence's hits sorted out (``_scan_hits``), the rules chosen and
    the triggers dropped as look-alikes of a disaster or an accident."""

    scan: _HitScan
    chosen: _Choice
    lookalikes: tuple[Hit, ...] = ()


# a sentence with no trigger: nothing looked for, nothing chosen (callers only read it)
_NO_GATE: Final = _Gate(_HitScan({}, [], [], [], [], []), [])
# the extractor's gate (may_fire) asks it of every candidate sentence of a
# document before sentence_drafts asks it again of each: the last few dozen
# answers are kept, as many as a document's candidate sentences
_RECENT: Final = 64
_RECENT_CHOICE: Final[RecentAnswers[_Gate]] = RecentAnswers(_RECENT)


def forget_choices() -> None:
    """Let the remembered rule choices go: the extractor calls it when a
    document is done, since no other document's sentence asks for them.
    Why: kept until newer documents push them out, the choices and the hits
    they hold outlived several collections of the young generations and were
    moved to the oldest, which only a full collection over every loaded
    table frees; the more such objects, the sooner that full collection
    comes."""
    _RECENT_CHOICE.clear()


def _choose(s: Sentence, comp: Compiled, scan: _HitScan) -> tuple[_Choice, tuple[Hit, ...]]:
    """The rule each trigger hit fires, by priority, after constraints and
    suppressors; and the triggers of the security deeds and tolls dropped as
    look-alikes of a disaster or an accident (eventx.lookalike_toll)."""
    out: _Choice = []
    triggers, class_at, suppressors = scan.triggers, scan.class_at, scan.suppressors
    if not triggers:
        return out, ()
    noun_ends: set[int] | None = None  # asked only of a trigger with و glued on
    # the first tokens of the security deeds that fire, and of those a
    # suppressor dropped: what a toll told as an outcome may be the toll of
    # (eventx.lookalike_toll), read only where the packs have an outcome cue
    tolls = outcome_types(comp.packs)
    fired: list[int] = []
    dropped: list[Hit] = []
    # the deeds read from a toll word a toll rule reads too ("مقتل 12 مسلحا"):
    # their places in ``out``, their forms, whether only a noun
    read_tolls: list[tuple[int, tuple[TriggerForm, ...], bool]] = []
    for h, own_forms in zip(triggers, scan.trigger_forms):
        if "lookalike" in h.classes:
            continue  # a whole word a clitic reading would misparse (وزارته: his ministry)
        best: tuple[Rule, TriggerForm, str | None] | None = None
        tok = s.texts[h.first]
        nominal = _nominal_only(tok, h.key) or _after_preposition(s, h.first)
        if not nominal and tok[:1] == "و":
            # "اغتيال وقتل"، "تعذيب واغتصاب وقتل": joined to a noun, a noun
            if noun_ends is None:
                noun_ends = {x.last for x in triggers if _noun_trigger(x)}
            nominal = h.first - 1 in noun_ends
        for form in own_forms:
            if nominal and form.pos == "verb":
                continue  # "القتل", "بقطع": article or preposition make it a noun, never a verb
            if form.pos == "verb" and time_adverb(s.tokens, h.first):
                continue  # "الساعة الثالثة فجرا في …": at dawn, no two who blew up
            rule = comp.rules[form.rule]
            ok, subtype = _constraints(rule, h, class_at, comp)
            if ok and rule.requires_object and _subject_after(rule, h, s, class_at):
                continue  # "وكان الشرطي قد قتله إرهابيون": the terrorists killed
            if ok and (best is None or rule.priority > best[0].priority):
                best = (rule, form, subtype)
        if best is None:
            best = _repeated(h, out, nominal)
        if best is None:
            continue
        rule, form, subtype = best
        by = _suppressed(h, rule, form.pos, suppressors, s)
        if by is not None:
            if by.accident and rule.type in SECURITY_TYPES:
                dropped.append(h)
            continue
        if tolls is not None and reaches(tolls, rule.type) and _lookalike_toll(
                h, rule, form.pos, scan, s, fired, dropped):
            dropped.append(h)
            continue
        if rule.type in _TALK_TYPES and _quoted_partner(s, h):
            continue
        if tolls is not None and rule.type in SECURITY_TYPES:
            fired.append(h.first)
        out.append((h, rule, form, subtype))
        if not rule.absorbable and any(comp.rules[f.rule].absorbable for f in own_forms):
            read_tolls.append((len(out) - 1, own_forms, nominal))
    if read_tolls and len(out) > 1:
        out = _dealt_tolls(s, comp, scan, out, read_tolls)
    if dropped and tolls is not None:
        # a death told before the look-alike that caused it ("مقتل 90 شخصا
        # في انفجار بمحطة وقود")
        died = [c for c in out if reaches(tolls, c[1].type)
                and died_in_lookalike(s, c[0], dropped, fired)]
        if died:
            out = [c for c in out if not any(c is x for x in died)]
            dropped += [c[0] for c in died]
            dropped.sort(key=lambda h: h.start)
    return out, tuple(dropped)


def _dealt_tolls(s: Sentence, comp: Compiled, scan: _HitScan, out: _Choice,
                 read_tolls: list[tuple[int, tuple[TriggerForm, ...], bool]]) -> _Choice:
    """A deed read from a toll word ("مقتل 12 مسلحا": a raid) whose own clause
    tells the deed that dealt the deaths ("قصفت الطائرات مواقع لداعش، ما أسفر
    عن مقتل 12 مسلحا"; eventx.dealt_toll) is read by the toll rule instead,
    the best of the trigger's absorbable readings that holds: its count then
    goes with that deed, and no second incident stands beside it."""
    tolls = {k for k, _, _ in read_tolls}
    deeds = [c[0] for k, c in enumerate(out) if k not in tolls and c[1].type in SECURITY_TYPES
             and not c[1].absorbable and can_hold(c[1].type, "killed") and means_type(c[1].type)]
    if not deeds:
        return out
    breaks = _clause_marks(s)[1]
    out = list(out)
    for k, own_forms, nominal in read_tolls:
        h = out[k][0]
        if not dealt_by_deed(s, h, deeds, scan.class_at, lambda i, j: _parted(breaks, i, j)):
            continue
        best: tuple[Rule, TriggerForm, str | None] | None = None
        for form in own_forms:
            rule = comp.rules[form.rule]
            if not rule.absorbable or (nominal and form.pos == "verb"):
                continue
            ok, subtype = _constraints(rule, h, scan.class_at, comp)
            if ok and rule.requires_object and _subject_after(rule, h, s, scan.class_at):
                continue
            if (ok and (best is None or rule.priority > best[0].priority)
                    and _suppressed(h, rule, form.pos, scan.suppressors, s) is None):
                best = (rule, form, subtype)
        if best is not None:
            out[k] = (h, *best)
    return out


def _subject_after(rule: Rule, h: Hit, s: Sentence, class_at: dict[str, list[int]]) -> bool:
    """A trigger word with a pronoun glued on (``_object_suffix``: "قتله"،
    "قتلهم") and a class the rule requires right after it: the pronoun names
    whom the deed befell (a verb's object, a noun's genitive), and that class
    the verb's subject, who did the deed, not the dead the rule's
    ``requires_object`` wants ("وكان الشرطي قد قتله إرهابيون")."""
    if not _object_suffix(s, h):
        return False
    nxt = h.last + 1
    return any(nxt in class_at.get(c, ()) for c in rule.requires)


def _lookalike_toll(h: Hit, rule: Rule, pos: str, scan: _HitScan, s: Sentence,
                    fired: list[int], dropped: list[Hit]) -> bool:
    """The trigger is told as the outcome of a disaster or an accident, no
    deed ("إن زلزالا … هز شرق الكونغو …، مما أسفر عن مقتل ثلاثة"): see
    :mod:`eventx.lookalike_toll`."""
    verb = outcome_verb(s, h.first, scan.class_at)
    if verb is None:
        return False

    def applies(c: Cue, ch: Hit) -> bool:
        return ((not c.forms or pos in c.forms) and _cue_applies(c, ch, h, rule, s.tokens)
                and not _blocked(c, ch, h, s) and not _preceded(c, ch, s))

    return lookalike_toll(verb, rule.type, fired, dropped, scan.suppressors, applies)


# a call or a meeting "with" someone, remarks "to" someone (an interview where a
# paper's name in quotes follows), and the quote marks a title opens with
_TALK_TYPES: Final = frozenset({"phone_call", "meeting", "statement"})
_WITH: Final = frozenset({"مع", "ومع"})
_OPEN_QUOTES: Final = frozenset({'"', "(", "'"})


def _quoted_partner(s: Sentence, h: Hit) -> bool:
    """A call or talk "with" a name in quotes is an interview: "قال في اتصال
    هاتفي مع «الشرق الأوسط»"، "في لقاء مع "الوطن""، "في اتصال هاتفي مع (اليوم)".
    Papers, stations and programmes are named in quotes; the party to a call
    between two sides is a person or an office, named bare ("مع نظيره")."""
    toks = s.tokens
    texts = s.texts
    j = h.last + 1
    call = "اتصال" in h.key or "مكالم" in h.key
    if call and _phoned_interview(texts, h):
        return True
    # "كشف في تصريح إلى "الوطن" أن …"، "في تصريحات إلى "الوطن"": remarks to a
    # paper (a statement is no talk otherwise)
    if h.key.startswith("تصريح"):
        return (j + 1 < len(toks) and texts[j] in _TO
                and texts[j + 1] in _OPEN_QUOTES)
    # "شكك في اتصال هاتفي في "بوليتيكا"": a call made into a programme
    if (j + 1 < len(toks) and (texts[j] in _WITH or (call and texts[j] == "في"))
            and texts[j + 1] in _OPEN_QUOTES):
        return True
    # "أجرت «المدينة» اتصالا هاتفيا بنائب مدير المستشفى": the paper called
    i = h.first - 1
    if not call or i < 2 or texts[i] not in _OPEN_QUOTES:
        return False
    k = next((k for k in range(i - 1, max(-1, i - _QUOTED_NAME - 2), -1)
              if texts[k] in _OPEN_QUOTES), None)
    return k is not None and k > 0 and texts[k - 1] in _CALL_MAKERS


# a paper's name in quotes is a word or a few
_QUOTED_NAME: Final = 4
# "في تصريح إلى "الوطن""، "في تصريحات لـ"عكاظ"": remarks made to (tokens are
# normalised: إلى and الى read الي)
_TO: Final = frozenset({"الي", "ل"})
# tokens are normalised: أجرى reads اجري (alef folded, final alef maqsura read
# as ya), أجرت reads اجرت
_CALL_MAKERS: Final = frozenset({"اجرت", "اجري", "واجرت", "واجري", "فاجرت", "فاجري"})


def _phoned_interview(texts: tuple[str, ...], h: Hit) -> bool:
    """Words said "in a phone call" with no party to it are an interview by
    phone, the medium of the report: "وقال باسلمه في اتصال هاتفي، أمس، إن …"،
    "وقالت مارتن في اتصال هاتفي: «…»"، "وأوضح راجح بادي في اتصال هاتفي من
    عدن أمس أن …".  A call between two sides names its other party right
    after it ("خلال اتصال هاتفي تلقاه من الرئيس"، "في اتصال هاتفي مع والد
    الشهيد"، "في اتصال هاتفي نظيره"): then it is a call, whatever is said in it."""
    i = h.first - 1
    if i < 1 or texts[i] not in _IN_CALL:
        return False
    if not any(without_conjunction(texts[k]) in _SAID
               for k in range(i - 1, max(-1, i - _SPEAKER_SPAN - 1), -1)):
        return False
    j = h.last + 1
    while j < min(len(texts), h.last + 1 + _PARTY_SPAN):
        w = texts[j]
        if w in _SAID_OPENERS:
            return True
        if w not in _CALL_FILLERS:
            return False
        j += 2 if w == "من" else 1   # "من عدن": the place phoned from
    # the sentence ends after a time or a place: no party named
    return j >= len(texts)


# "في اتصال"، "خلال اتصال": the call as the setting of the words
_IN_CALL: Final = frozenset({"في", "خلال", "وفي", "وخلال"})
# verbs of saying (normalised, without the conjunction) and how far back they
# stand: a speaker's name and titles may come between ("وقال الشيخ عمر
# الكسواني مدير المسجد الاقصى في اتصال هاتفي")
_SAID: Final = frozenset({"قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت", "اكد", "اكدت", "ذكر", "ذكرت",
                   "افاد", "افادت", "صرح", "صرحت", "كشف", "كشفت", "تابع", "تابعت", "اشار",
                   "اشارت", "قالوا", "اكدوا", "اوضحوا", "اضافوا"})
_SPEAKER_SPAN: Final = 8
# what opens the words said (a colon, a quote, "إن"/"أن", normalised) or ends
# the sentence
_SAID_OPENERS: Final = frozenset({":", "«", '"', "“", "ان", "انه", "انها", "انهم", "بان", "."})
# what may stand between the call and the words where no party is named: a
# comma, a time ("أمس"), a place phoned from ("من عدن")
_CALL_FILLERS: Final = frozenset({"،", ",", "امس", "اليوم", "مساء", "صباح", "من", "عصر", "ظهر", "ليلا"})
_PARTY_SPAN: Final = 5


def _repeated(h: Hit, fired: _Choice,
              nominal: bool) -> tuple[Rule, TriggerForm, str | None] | None:
    """A trigger word repeated later in its sentence means what it meant the
    first time, though the words its rule looks for (the aircraft, the
    shells) stand by the first one only: "قصفت الطائرات مواقع داعش في الرقة،
    كما قصفت مواقع النصرة في إدلب" tells two air strikes."""
    for prev, rule, _, subtype in fired:
        if prev.key != h.key:
            continue
        for e in h.of_kind("trigger"):
            form: TriggerForm = e.value
            if form.rule == rule.id and not (nominal and form.pos == "verb"):
                return rule, form, subtype
    return None


_CLAIM_WINDOW: Final = 10
_CLAIM_ASIDE: Final = 8


def _claim_end(c: Draft) -> int:
    """Where a claim's words end before the deed: the statement's trigger, or
    the claimant named right after it ("إعلان تنظيم الدولة الإسلامية في العراق
    والشام مسؤوليته عن"): a long name does not put the deed out of reach."""
    end = c.trigger.last
    for _, a in sorted(c.actors, key=lambda ra: ra[1].first):
        if a.first == end + 1:
            end = a.last
    return end


def _claims(d: Draft, s: Sentence, class_at: dict[str, list[int]]) -> bool:
    """A statement that claims an incident: تبنى X الهجوم، أعلن X مسؤوليته عن."""
    if d.rule.type != "statement":
        return False
    if any(e.value.value == "claimed" for e in d.trigger.of_kind("cue")):
        return True
    # the claimant's name may take an aside before its claim ("أو ما يعرف
    # بداعش، مسؤوليته عن")
    end = _claim_end(d)
    return any(0 < i - end <= _CLAIM_ASIDE for i in class_at.get("responsibility", ()))


# how far after "تنفيذ" the deed claimed stands: "تنفيذ أحد أعضائها الهجوم"
_CARRIED_REACH: Final = 3


def _claims_carried(c: Draft, d: Draft, s: Sentence, class_at: dict[str, list[int]]) -> bool:
    """The statement ``c`` claims the deed ``d`` by its doing: "أعلنت الجبهة
    تنفيذ أحد أعضائها الهجوم على القنصلية" (statement.claim_carried).  The
    deed stands a few words after the verbal noun the claimant's verb takes,
    with no punctuation between; one further on ("تنفيذ حكم الإعدام في
    إماراتية أدينت بقتل معلمة") is another's deed, told about the object."""
    end = _claim_end(c)
    texts = s.texts
    return any(0 < i - end <= _CLAIM_ASIDE and 0 < d.trigger.first - i <= _CARRIED_REACH
               and all(w.strip(PUNCT_CHARS) for w in texts[i + 1:d.trigger.first])
               for i in class_at.get("claimed_conduct", ()))


def _claimed_agents(drafts: list[Draft], s: Sentence,
                    class_at: dict[str, list[int]]) -> list[Draft]:
    """Whoever claims an incident is its agent (ACLED codes the claimant as
    the actor): "تبنى تنظيم داعش تفجير الكنيسة", "أعلنت طالبان المسؤولية عن
    هجوم"; so is a speaker announcing its own deed ("أعلنت قوات التحالف تنفيذ
    18 غارة").  The incident is the first security trigger after the
    statement, with no other statement between.  An accusation ("اتهمت
    الحكومة حزب العمال بتنفيذ الهجوم"، "وتتهم واشنطن ولندن وباريس الجيش
    السوري بشن هجمات") claims nothing: its speaker only accuses, no doer.
    The accused is not taken from the statement either, whose targets may be
    the speaker's co-subjects (ولندن، وباريس)."""
    out = list(drafts)
    cue_at = set(class_at.get("agent_cue", ()))
    for k, c in enumerate(drafts):
        if c.rule.type == "statement" and c.trigger.first in cue_at:
            out[k] = _claim_back(out, k, s)
            continue
        if c.rule.type != "statement":
            continue
        if _accusation(s, c.trigger):
            continue  # the accused, its object, is read by the deed's own slots
        sources = [a for r, a in c.actors if r == "source"]
        claim = _claims(c, s, class_at)
        if not sources and not claim:
            continue
        end = _claim_end(c)
        for j in range(k + 1, len(drafts)):
            d = drafts[j]
            if d.trigger.first - end > _CLAIM_WINDOW or d.rule.type == "statement":
                break
            if d.rule.type not in SECURITY_TYPES:
                continue
            claimed = claim or _claims_carried(c, d, s, class_at)
            if not claimed and prev_word(s, d.trigger.first) not in class_at.get("conduct", ()):
                break
            have = {a.info for r, a in out[j].actors if r == "agent"}
            add = tuple(("agent", a) for a in sources if a.info not in have)
            if add:
                out[j] = attrs.evolve(out[j], actors=add + out[j].actors)
            if claimed and _claims_history(drafts, j, end):
                out[k] = attrs.evolve(out[k], modality="generic")
            break
    return out


def _claims_history(drafts: list[Draft], j: int, end: int) -> bool:
    """The deeds a claim names from ``drafts[j]`` on ("هجمات مشابهة منها
    تفجير انتحاري … عام 2013") are dated, and only by a month or a year."""
    dated = []
    for d in drafts[j:]:
        if d.rule.type == "statement" or d.trigger.first - end > 2 * _CLAIM_WINDOW:
            break
        if d.rule.type in SECURITY_TYPES and d.date is not None:
            dated.append(d)
    return bool(dated) and all(_history(d) for d in dated)


def _history(d: Draft) -> bool:
    """An incident dated only by a month or a year ("تفجير انتحاري عند السفارة
    عام 2013"، "الهجوم على المتحف في مارس 2015"): news recalls it as
    background, and a claim of it told again is no declaration of the day.
    The current month or year ("الأكثر دموية لهذا العام") is no past period."""
    x = d.date
    if x is None or x.precision not in ("month", "year"):
        return False
    s = d.sentence
    words = s.texts[s.token_at(x.start):s.token_at(x.end - 1) + 1]
    return not any(w in _CURRENT_WORDS for w in words)


_CURRENT_WORDS: Final = frozenset({"هذا", "لهذا", "وهذا", "هذه", "الجاري", "الحالي", "الحاليه"})


# words tying an arrest to the deed it is for ("احتجاز مشتبه به بعد حادث إطلاق
# نار"، "القبض على المشتبه به في الهجوم")
_SUSPECT_LINKS: Final = AFTER_WORDS | {"في"}
_SUSPECT_GAP: Final = 4


def _suspected_agents(drafts: list[Draft], s: Sentence) -> list[Draft]:
    """A suspect arrested for a deed told right after is that deed's agent,
    as the news holds it ("احتجاز مشتبه به بعد حادث إطلاق نار أسفر عن مقتل
    8"): a person of the criminal role (CAMEO CRM: مشتبه به، المشتبه بهم)
    whom an arrest holds, then a link word and the deed within a few words."""
    out = list(drafts)
    for k, c in enumerate(drafts):
        if c.rule.type != "arrest":
            continue
        for r, a in c.actors:
            if r != "target" or a.info.kind != "person" or not (a.info.code or "").endswith("CRM"):
                continue
            j = a.last + 1
            if j >= len(s.tokens) or s.texts[j] not in _SUSPECT_LINKS:
                continue
            for m in range(k + 1, len(out)):
                d = out[m]
                if d.trigger.first - a.last > _SUSPECT_GAP:
                    break
                if d.rule.type in SECURITY_TYPES and d.rule.type != "arrest":
                    if not any(rr == "agent" for rr, _ in d.actors):
                        out[m] = attrs.evolve(d, actors=(("agent", a), *d.actors))
                    break
    return out


def _claim_back(drafts: list[Draft], k: int, s: Sentence) -> Draft:
    """A claim verb that carries its object as a pronoun (تبناه، تبنتها) looks
    back: in "الهجوم على المتحف … وتبناه تنظيم داعش لاحقا" the name after the
    verb is its subject, the claimant, and the deed claimed is the incident just
    named before it, whose agent the claimant is.  A name before the verb is
    neither (21 سائحا there were the victims)."""
    c = drafts[k]
    after = [a for r, a in c.actors if a.first > c.trigger.last]
    if not after:
        return c
    claimant = min(after, key=lambda a: a.first)
    for j in range(k - 1, -1, -1):
        d = drafts[j]
        if c.trigger.first - d.trigger.last > 2 * _CLAIM_WINDOW or d.rule.type == "statement":
            break
        if d.rule.type in SECURITY_TYPES:
            if not any(r == "agent" and a.info == claimant.info for r, a in d.actors):
                drafts[j] = attrs.evolve(d, actors=(("agent", claimant), *d.actors))
            if _history(d):
                return attrs.evolve(c, actors=(("source", claimant),), modality="generic")
            break
    return attrs.evolve(c, actors=(("source", claimant),))


def _one_per_phrase(drafts: list[Draft]) -> list[Draft]:
    """Two triggers of one type side by side name one incident: in "انفجار
    عبوة ناسفة", "انفجرت سيارة مفخخة" the device is what exploded, not a second
    blast (left generic for want of its own anchor, it stood beside the
    asserted one).  The verb, else the first word, keeps the incident."""
    out: list[Draft] = []
    for d in drafts:
        p = out[-1] if out else None
        if p is not None and p.rule.type == d.rule.type and d.trigger.first - p.trigger.last <= 2:
            if d.form.pos == "verb" and p.form.pos != "verb":
                out[-1] = d
            continue
        if p is not None and _described_by(p, d):
            continue
        out.append(d)
    return out


def _described_by(p: Draft, d: Draft) -> bool:
    """An indefinite deed noun and the bare "attack" verb right after it, its
    relative clause ("تفجيرين استهدفا محطتي حافلات"، "غارة استهدفت مقرا"): the
    verb tells what the named deed hit, not another, vaguer deed."""
    return (d.rule.type == "attack" and d.form.pos == "verb" and p.form.pos != "verb"
            and p.rule.type in SECURITY_TYPES and p.rule.type not in ("attack", "arrest")
            and d.trigger.first == p.trigger.last + 1
            and not p.sentence.texts[p.trigger.last].startswith(("ال", "وال", "بال", "لل")))


# how many answers of a pure question about a word or two (a token and a
# lexicon key, a name) are kept: the distinct trigger tokens and names of a
# large corpus run to tens of thousands (clitic readings keep 200,000)
_WORD_CACHE: Final = 50_000

_ARTICLE_PREFIXES: Final = frozenset({"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال"})
# a preposition glued to the bare past stem: "بقطع" is a verbal noun; so is
# anything behind ك ("كقتل"، "كتبنا" is no ك + تبنى): ك never takes a verb
_PREP_PREFIXES: Final = frozenset({"ب", "وب", "فب", "ك", "وك", "فك"})


# words after which a bare past stem reads as a verbal noun: "في قتل", "عن قتل الرهينة"
_NOUN_GOVERNORS: Final = AFTER_WORDS | {"في", "من", "عن", "علي", "الي", "حول", "بسبب", "قصد",
                                 "قبل", "خلال", "جراء", "وراء", "ضد"}


def _noun_trigger(h: Hit) -> bool:
    """The hit can only be read as a noun trigger."""
    forms = [e.value for e in h.of_kind("trigger")]
    return bool(forms) and all(f.pos != "verb" for f in forms)


def _after_preposition(s: Sentence, i: int) -> bool:
    j = i - 1
    while j >= 0 and not s.texts[j].strip(PUNCT_CHARS):
        j -= 1
    if j < 0:
        return False
    prev = s.texts[j]
    # a numeral counts a noun: "147 طالبا" are students, never "they demanded"
    # (a year stands before a clause: "في 2015 طالب")
    return prev in _NOUN_GOVERNORS or (prev.isdigit() and not _year_like(prev))


def _governed_deed(s: Sentence, trig: Hit) -> bool:
    """A preposition governs the deed noun at ``trig``, glued on ("لهجوم"،
    "بالهجمات") or before it, a demonstrative aside ("ردا على تلك الهجمات"،
    "بعد الهجوم"): the noun is no object of a verb before it."""
    tok = s.texts[trig.first]
    head = trig.key.split(" ", 1)[0]
    k = tok.rfind(head)
    if k > 0 and tok[k:] == head and tok[:k].lstrip("وف")[:1] in ("ب", "ل", "ك"):
        return True
    j = trig.first - 1
    while j >= 0 and (not s.texts[j].strip(PUNCT_CHARS) or s.texts[j] in _DEMONSTRATIVES):
        j -= 1
    return j >= 0 and s.texts[j] in _NOUN_GOVERNORS


def _year_like(tok: str) -> bool:
    return len(tok) == 4 and tok[:2] in ("19", "20")


@lru_cache(maxsize=_WORD_CACHE)
def _nominal_only(tok: str, key: str) -> bool:
    """The token is the phrase's head word with the definite article or a
    preposition glued on, which no verb takes.  A question of two words
    alone, asked of every trigger: the answers are kept, as for clitics."""
    head = key.split(" ", 1)[0]
    if not head.startswith("ال") and any(tok.startswith(p + head) for p in _ARTICLE_PREFIXES):
        return True  # the article takes no verb, whatever ending follows: الطالبة (the student)
    k = tok.rfind(head)
    if k <= 0 or tok[k:] != head:
        return False
    prefix = tok[:k]
    if head.startswith("ال"):
        # a key with its own ال ("التقى", or a verbal noun the lexicon keyed
        # with its article, "التبني") is a noun only behind a preposition:
        # "بالتبني" (by adoption); "والتقى" is the verb
        return prefix in _PREP_PREFIXES
    return prefix in _ARTICLE_PREFIXES or prefix in _PREP_PREFIXES


def _count_holders(drafts: list[Draft], s: Sentence) -> list[Draft | None]:
    """For every count of the sentence, the draft that holds it: the nearest
    trigger whose type can hold that kind (ties: the earlier one), else none.

    Why not simply the nearest trigger: a sentence that reports an arrest after
    a shooting that killed eight must give the eight to the shooting, and a
    statement quoting a toll holds no toll of its own.  A casualty trigger
    (an absorbable rule: "مقتل 5") yields to an incident trigger of the
    sentence ("انفجار ... عن مقتل 5"): the toll is the explosion's.
    """
    out: list[Draft | None] = []
    last: dict[str, Draft | None] = {}
    breaks = _clause_marks(s)[1] if len(drafts) > 1 else None
    # "…واودى بحياة 32 شخصا ومائة جريح، شن سلاح الجو": a comma before a verb
    # of a clause of its own parts a count from it too (most sentences have none)
    cuts = [a.trigger.first for b, a in zip(drafts, drafts[1:]) if comma_clause(b, a)]
    for c in s.counts:
        if c.joined and c.kind in last:
            out.append(last[c.kind])  # the parts of one toll stay together
            continue
        pos = s.token_at(c.start)  # bisect
        fits = [d for d in drafts if can_hold(d.rule.type, c.kind)]
        lead = since_lead(s, pos, _SINCE_TODAY) if fits else -1
        if lead >= 0:  # "ومنذ … 20 يوليو، قتل 13 …، ثلاثة منهم في مكمن": a running total
            fits = [d for d in fits if lead < d.trigger.first <= pos]
        if breaks is not None and len(fits) > 1:
            fits = _own_clause_fits(s, breaks, pos, fits, cuts)
        fits = [d for d in fits if not d.rule.absorbable] or fits
        holder = (min(fits, key=lambda d: (abs(d.trigger.first - pos), d.trigger.first))
                  if fits else None)
        if (c.kind in _SUFFERED and holder is not None
                and holder.trigger.last != prev_word(s, pos)):  # "مقتل 5": its own word
            holder = _cause_after(s, s.token_at(c.end - 1), fits, drafts) or holder
        out.append(holder)
        last[c.kind] = holder
    return out


def _own_clause_fits(s: Sentence, breaks: list[int], pos: int, fits: list[Draft],
                     cuts: list[int]) -> list[Draft]:
    """The triggers that may hold the count at token ``pos``: only those of
    its own clause (no connective between: كما، فيما، بينما، في حين، ثم)
    where that clause tells a deed of its own, by a deed word ("قصفت قوات
    النظام … ما أدى إلى مقتل 3، كما قصف الطيران") or by a toll with the means
    it was dealt by ("…، كما قتل ثلاثة قضاة بنيران مسلحين": no toll of the
    bombing told before).  A bare toll's clause ("لقي 24 مصرعهم، بينما قتل 2
    … في المعارك"، "…، فيما أصيب 46 آخرون") tells the others of the deed
    told beside it: every trigger stays a candidate.  ``cuts``: the verbs
    a comma opens a clause with (``comma_clause``), which part as a
    connective does."""
    own = [d for d in fits if not _parted(breaks, d.trigger.first, pos)
           and not any(min(d.trigger.first, pos) < c <= max(d.trigger.first, pos) for c in cuts)]
    if not own or len(own) == len(fits):
        return fits
    return fits if all(map(toll_mention, own)) else own


def toll_mention(d: Draft) -> bool:
    """The mention tells who fell, not a deed: a casualty verb or noun (an
    absorbable rule: "قتل"، "أصيب"، "لقي مصرعه") with no means of a deed
    beside it (``bare_toll``: "قتل ثلاثة جنود بنيران مسلحين" tells a
    shooting).  Counts of its clause then go with a deed beside it, and
    merging keeps no two such mentions apart (eventx.merge)."""
    return (d.rule.absorbable and bare_toll(d.sentence, d.trigger, d.rule.window)
            and not (d.form.pos == "verb" and _doer_named(d.sentence, d.trigger)))


def _doer_named(s: Sentence, trig: Hit) -> bool:
    """The toll verb names its doer, with a counted object after it ("قتلت
    قوات الأمن خمسة مسلحين": eventx.counted_object): a deed, no bare toll."""
    adjectives = _adjective_ends(s)
    return doer_before_object(s, trig.first, trig.last, lambda j: _past_modifiers(s, j, adjectives))


def _parted(breaks: list[int], i: int, j: int) -> bool:
    """A clause connective (كما، فيما، بينما، في حين، ثم) stands between tokens
    ``i`` and ``j`` (``breaks``: the running counts of ``_clause_marks``)."""
    lo, hi = (i, j) if i < j else (j, i)
    return breaks[hi] > breaks[lo + 1]


# "مقتل 25 وإصابة 78 في انفجار": the deed a toll was suffered in
_CAUSE_WORDS: Final = frozenset({"في", "جراء", "اثر", "بسبب", "عقب", "نتيجه", "خلال"})
_CAUSE_REACH: Final = 6
_SUFFERED: Final = frozenset({"killed", "wounded"})


def _cause_after(s: Sentence, last: int, fits: list[Draft], drafts: list[Draft]) -> Draft | None:
    """The trigger a toll names as its cause ("مقتل 25 … وإصابة 78 آخرين، في
    انفجار داخل كنيسة"): the first trigger after the count, right after a
    cause word, with no other trigger between; it holds the toll even where
    an earlier trigger stands nearer ("ووقع الانفجار في الإسكندرية بعد ساعات
    من مقتل 25 …" tells of another explosion)."""
    nxt = min((d for d in drafts if d.trigger.first > last), key=lambda d: d.trigger.first,
              default=None)
    if nxt is None or nxt not in fits or nxt.trigger.first - last > _CAUSE_REACH:
        return None
    j = prev_word(s, nxt.trigger.first)
    return nxt if j > last and s.texts[j] in _CAUSE_WORDS else None


def _owners(drafts: list[Draft], n_tokens: int, objects: bool = False) -> list[Draft]:
    """For every token, the draft whose trigger is nearest (ties: the earlier one);
    with ``objects``, the words between a speech verb and its object trigger
    are the verb's (see ``verb_object``).

    Computed once per sentence so that assigning arguments stays linear in the
    sentence length, however many triggers it holds: one pass over the words
    between each two triggers, with what depends on the pair decided once.
    A lone draft (most sentences have one) owns every token: no clause marks
    are counted for it.
    """
    if len(drafts) == 1:
        return drafts * n_tokens
    firsts = [d.trigger.first for d in drafts]  # drafts come in token order
    commas, breaks = _clause_marks(drafts[0].sentence)
    out: list[Draft] = [drafts[0]] * min(firsts[0] + 1, n_tokens)
    for k in range(1, len(drafts)):
        before, after = drafts[k - 1], drafts[k]
        b_first, b_end, a_first = before.trigger.first, before.trigger.last + 1, after.trigger.first
        # "أطلقت امرأتان النار … في اسطنبول اليوم وقتل ثمانية": all the words are the earlier's
        opens = (opens_clause(after) or (objects and verb_object(before, after))
                 or comma_clause(before, after))
        comma_opens = _new_clause(after)
        lo, hi = firsts[k - 1] + 1, min(a_first, n_tokens - 1)
        # the words up to halfway are nearer the earlier trigger (ties: the
        # earlier), all of them where the later opens a clause: no test a word
        mid = hi if opens else min(hi, (a_first + b_first) // 2)
        out += [before] * (mid - lo + 1)
        for i in range(max(lo, mid + 1), hi + 1):
            if commas[i] == commas[b_end] and (
                    (comma_opens and commas[a_first] > commas[i + 1])
                    or (breaks[a_first] > breaks[i + 1] and breaks[i] == breaks[b_end])):
                out.append(before)  # a comma or a connective parts the word from the later trigger only
            else:
                out.append(after)
    out += [drafts[-1]] * (n_tokens - len(out))
    return out


def _clause_marks(s: Sentence) -> tuple[list[int], list[int]]:
    """Running counts over the sentence's tokens: ``commas[i]``, commas among tokens [0, i);
    ``breaks[i]``, clause connectives among them (كما، فيما، بينما، في حين).

    A comma and و open a new clause, so a word before them goes with the
    trigger of its own clause rather than a nearer trigger past them ("قتل
    خلاله 21 سائحا، وتبناه داعش"); a bare comma may part a subject from its
    verb ("قيادة الفرقة …, نفذت").  What stands before a connective ends the
    previous clause ("غارات على داعش في الرقة أمس، كما قصفت المدفعية …":
    Raqqa and the day are the raids').  The last sentence's marks are kept:
    both owner maps of a sentence ask for them."""
    return _LAST_MARKS.get((s.tokens,), None, lambda: _count_marks(s.texts))


def _count_marks(texts: Sequence[str]) -> tuple[list[int], list[int]]:
    """Prefix counts of commas and of clause connectives (see connective_at),
    as running sums over the token texts (``Sentence.texts``; asked once per
    analysed sentence)."""
    commas = [0, *accumulate(map(_COMMAS.__contains__, texts))]
    if "حين" not in texts:  # the test in C where no في حين can stand
        breaks = [0, *accumulate(map(_CONNECTIVES.__contains__, texts))]
    else:
        breaks = [0, *accumulate(w in _CONNECTIVES or (w == "حين" and j > 0 and texts[j - 1] in ("في", "وفي"))
                                 for j, w in enumerate(texts))]
    return commas, breaks


_LAST_MARKS: Final[LastAnswer[tuple[list[int], list[int]]]] = LastAnswer()


_COMMAS: Final = frozenset({"،", ","})
# words that open a coordinated or contrasting clause (normalised, bare or behind و)
_CONNECTIVES: Final = frozenset({"كما", "فيما", "بينما", "ثم", "وكما", "وفيما", "وبينما", "وثم"})


def connective_at(toks: tuple[Token, ...] | list[Token], j: int) -> bool:
    """Token j opens a new clause: a connective, or حين of في حين ("whereas")."""
    w = toks[j].text
    return w in _CONNECTIVES or (w == "حين" and j > 0 and toks[j - 1].text in ("في", "وفي"))


# words that open a new clause whose words are the next deed's: "أن" (a
# reported clause) and the time conjunctions ("بعد قيام X بزيارة")
_OPENERS: Final = _COMPLEMENTIZERS | AFTER_WORDS


def _clause_owners(said: list[Draft], drafts: list[Draft], s: Sentence) -> list[Draft]:
    """Who each token's actor may belong to: ``said``, except that an opener
    between a trigger and a name, with none between the name and the next
    trigger, gives the name to that next trigger, the deed of its own clause
    ("ويأتي هذا الخطاب بعد قيام نائب الرئيس خالد بحاح - أمس الأول - بزيارة"،
    "أوضح مصدر في بيان أن قيادة الفرقة الثامنة … نفذت الغارات").  An opener
    that begins a time phrase ("بعد ظهر اليوم") opens no clause.  A lone
    draft (most sentences) has no next trigger: ``said`` as it is (callers
    only read it)."""
    if len(drafts) == 1:
        return said
    out = list(said)
    texts = s.texts
    dated = {s.token_at(x.start) for x in _firm(s)}
    for before, after in zip(drafts, drafts[1:]):
        lo, hi = before.trigger.last + 1, after.trigger.first
        cut = -1
        for i in range(lo, hi):
            if texts[i] in _OPENERS and i + 1 not in dated:
                cut = i
        for i in range(cut + 1 if cut >= 0 else hi, hi):
            if out[i] is before:
                out[i] = after
    return out




def _date_clauses(said: list[Draft], drafts: list[Draft], s: Sentence) -> list[Draft]:
    """``said`` for the words of dates: a date that ends right before a verb
    with و/ف glued on ("اعتقل شقيقه … في 29 حزيران/يونيو واتهم ايضا بالتآمر")
    closes the clause of the verb before it.  Arabic puts the verb first, so
    the coordinated verb's own complements follow it, and the date is the
    earlier deed's even where it stands nearer the later verb."""
    out: list[Draft] | None = None
    for before, after in zip(drafts, drafts[1:]):
        outcome = _result_between(s, before, after)
        if outcome >= 0:
            # "والهجوم على فندق في سوسة في يونيو ما أدى إلى مقتل 38": the date
            # before the result verb is the deed's, not its outcome's
            for x in _firm(s):
                first, last = s.token_at(x.start), s.token_at(x.end - 1)
                if before.trigger.last < first and last < outcome:
                    out = out if out is not None else list(said)
                    for i in range(first, last + 1):
                        out[i] = before
            continue
        if before.form.pos != "verb" or not _glued_verb(after):
            continue
        j = prev_word(s, after.trigger.first)
        for x in _firm(s):
            first, last = s.token_at(x.start), s.token_at(x.end - 1)
            if (last == j and first > before.trigger.last
                    and s.texts[first - 1] not in _SINCE_WORDS):
                # "الهدنة التي يلزمونها منذ عام 2013 وأعلنوا": a duration's start
                # dates neither verb
                out = out if out is not None else list(said)
                for i in range(first, last + 1):
                    out[i] = before
    return said if out is None else out


def _result_between(s: Sentence, before: Draft, after: Draft) -> int:
    """The token of a result verb ("أدى"، "أسفر"، "خلف") between two triggers,
    with no other clause mark between it and the later one: the later tells
    the earlier deed's outcome ("ما أدى إلى مقتل"); -1 where there is none."""
    texts = s.texts
    for i in range(after.trigger.first - 1, before.trigger.last, -1):
        if texts[i] in _RESULT_VERBS:
            return i
        if texts[i] in _COMMAS:
            return -1
    return -1


def _glued_verb(d: Draft) -> bool:
    """A verb trigger with و/ف glued on that is no part of its word (واتهم، فاعتقل)."""
    tok = d.sentence.texts[d.trigger.first]
    return (d.form.pos == "verb" and tok[:1] in ("و", "ف")
            and not d.trigger.key.startswith(tok[:1]))


# prepositions that open what a speech verb is of ("دعا … إلى إرسال قوات")
_COMPLEMENT_PREPS: Final = frozenset({"الي", "علي", "عن", "ب"})


def _in_complement(s: Sentence, after: int, i: int) -> bool:
    """A preposition, or ب glued on a verbal noun or a definite word, between
    token ``after`` and the actor at ``i``: the actor is in the verb's
    complement ("دعا نائب رئيس الوزراء إلى إرسال قوات"، "طالب … بإرسال
    قوات"), no part of its subject (a body the office heads, "رئيس بعثة
    الأمم المتحدة", or "المتحدث باسم الجيش", is)."""
    return any(w in _COMPLEMENT_PREPS or (w.startswith(("بال", "با")) and w != "باسم")
               for w in s.texts[after + 1:i])


# meetings and visits: a country or capital they go to is where, not who
# (eventx.visit_destination)
_VISIT_TYPES: Final = frozenset({"meeting"})


def _base_named(s: Sentence, a: ActorMention) -> bool:
    """A bare "القاعدة" in a sentence that names a military base (قاعدة
    عسكرية، القاعدة الجوية): the base again, not al-Qaeda, which news calls
    تنظيم القاعدة where a base is in the story.  So is "this base" ("استهداف
    هذه القاعدة"، "تستعمل هذه القاعدة لإطلاق طائراتها"): no one points at a
    group so."""
    if a.first != a.last or (a.key or a.info.name) not in ("القاعده", "قاعده"):
        return False
    j = prev_word(s, a.first)
    return (j >= 0 and s.texts[j] in _DEMONSTRATIVES) or any(
        "facility" in h.kinds and "قاعده" in h.key for h in s.hits)


# nouns of dying (normalised): their genitive died, whoever a ل-word after it
# names ("مقتل جنديين للشطر الكوري الجنوبي": the soldiers of the South)
_DEATH_NOUNS: Final = frozenset({"مقتل", "مصرع", "وفاه", "استشهاد"})


def _disagreeing_object(s: Sentence, d: Draft, a: ActorMention) -> bool:
    """A masculine verb with a definite feminine body right after it: the
    body is the object, the subject is the speaker named before ("قال أوباما
    …، ودعا الحكومة والمعارضة إلى التلاقي"); a feminine body as subject
    takes a feminine verb (دعت الحكومة، تدعو الحكومة).  A verb of the plural
    or of "we" holds its subject whatever follows (verb_subjects.py)."""
    trig = d.trigger
    if (d.rule.type == "statement" and d.form.pos == "verb" and trig.first == trig.last
            and a.first > trig.last and subject_in_verb(s.texts[trig.first])):
        return True  # "وطالبوا المسلحين بالمغادرة"، "ندعو الجيش التركي إلى"
    if (d.rule.type == "statement" and d.form.pos != "verb" and trig.first == trig.last
            and a.first > trig.last and owner_in_noun(s.texts[trig.first], trig.key,
                                                      s.texts[trig.last + 1])):
        return True  # "عن استنكاره … مع السعودية"، "في بيان له": the pronoun's words
    if d.form.pos != "verb" or trig.first != trig.last or a.first != trig.last + 1:
        return False
    word = s.texts[a.first]
    if a.info.kind == "person" or not word.startswith("ال") or not word.endswith("ه"):
        return False
    verb = s.texts[trig.first]
    if _glued_verb(d):
        verb = verb[1:]
    for sfx in ("هما", "ها", "هم", "هن"):
        if verb.endswith(sfx) and len(verb) - len(sfx) >= 3:
            verb = verb[:-len(sfx)]  # "حذرتها الشرطة": the object pronoun off
            break
    if d.form.tense == "past":
        return not verb.endswith("ت")
    return d.form.tense == "present" and verb[:1] == "ي"


def _vehicle_used(s: Sentence, a: ActorMention) -> bool:
    """A car or lorry with ب glued on ("بشاحنة"، "بسيارة مفخخة"): the means of
    the deed (a ramming, a car bomb), not what it hit; a vehicle hit is the
    object itself ("استهدف سيارة"، "على حافلة")."""
    tok = s.texts[a.first]
    return (tok[:1] == "ب" and tok.lstrip("ب").removeprefix("ال") in _RAMMED
            and a.first == a.last)


# cars and lorries: the means of a car bomb or a ramming when ب is glued on
# (a bus or an armoured car with ب is where the bomb went off: "انفجار بحافلة")
_RAMMED: Final = frozenset({"سياره", "سيارتين", "سيارات", "شاحنه", "شاحنتين", "شاحنات"})


def _comma_vso(s: Sentence, trig: Hit) -> bool:
    """A verb right after a comma with a bare name right after it: Arabic puts
    the verb first, so what the comma closes (a fronted adverbial, "وبخصوص
    أزمة جنوب السودان،", or another clause) holds no subject of this verb,
    and the name after it is its subject ("، طالب أوباما"، "، قال الجيش")."""
    first = trig.first
    if first == 0 or s.texts[first - 1] not in _COMMAS or trig.first != trig.last:
        return False
    if s.texts[first].endswith(_SUBJECT_SUFFIXES):
        return False
    nxt = next((a for a in s.actors if a.first == trig.last + 1), None)
    return nxt is not None and not nxt.adjective and not nxt.thing and (
        s.texts[nxt.first][:1] not in _GLUED
        or (nxt.key or nxt.info.name)[:1] == s.texts[nxt.first][:1])


def _new_clause(d: Draft) -> bool:
    """A trigger with و/ف glued on right after a comma: "، وتبناه داعش"."""
    s, first = d.sentence, d.trigger.first
    tok = s.texts[first]
    return (first > 0 and s.texts[first - 1] in _COMMAS and tok[:1] in ("و", "ف")
            and not d.trigger.key.startswith(tok[:1]))

# words said: their speaker is the subject of the verb
_SPEECH_TYPES: Final = frozenset({"statement", "threat"})
# deeds whose verb after an agreeing relative pronoun, with an object after it,
# has the clause's head as its doer (an arrest, a killing, an abduction read
# as passives too often: "الذين اختطفوا" were taken as often as they took)
_RELATIVE_DOER_TYPES: Final = frozenset({"attack", "bombing", "rocket_strike", "air_strike", "raid",
                                  "armed_clash"})
# the article or a preposition glued on a noun trigger: the noun is a verb's
# object ("ندد … بالهجوم"، "أدان … التفجير"، "دعا … للتظاهر")
_OBJECT_PREFIXES: Final = ("ال", "بال", "لل", "ب", "ل")


def verb_object(before: Draft, after: Draft) -> bool:
    """A noun trigger that is the object of the verb trigger before it: Arabic
    puts verb, subject, object, so the words between them are the verb's
    subject and complements ("ندد وزير الخارجية سامح شكري بالهجوم": the
    minister condemned; he did not attack).  A complementizer between opens a
    reported clause whose words are the noun's ("أعلن الجيش أن مسلحين
    … الهجوم")."""
    if before.form.pos != "verb" or after.form.pos == "verb" or before.rule.type not in _SPEECH_TYPES:
        return False
    s = after.sentence
    tok = s.texts[after.trigger.first]
    k = tok.rfind(after.trigger.key.split(" ", 1)[0])
    if k <= 0 or tok[:k] not in _OBJECT_PREFIXES:
        return False
    return not _complementizer_between(s, before.trigger.last, after.trigger.first)


def comma_clause(before: Draft, after: Draft) -> bool:
    """A verb in the past with nothing glued on, right after a comma, that
    follows a verbal clause of the past with no relative pronoun,
    complementizer or connective in it: the comma parts two clauses as و
    would ("قصفت الطائرات مواقع في حلب، استهدفت مستودعات في إدلب"), and the
    words before it are the earlier verb's.  Not where the earlier verb is a
    relative clause's or a reported clause's ("الهجوم الذي نفذه مسلحون …،
    قتل فيه"، "أعلنت الشرطة أن مسلحين …، قتلوا"): the words before the
    comma may then be the later verb's subject."""
    if (after.form.pos != "verb" or after.form.tense != "past"
            or before.form.pos != "verb" or before.form.tense != "past"):
        return False
    s = after.sentence
    texts, first = s.texts, after.trigger.first
    if texts[first - 1] not in _COMMAS or _glued_verb(after):
        return False
    b_first = before.trigger.first
    if b_first > 0 and texts[b_first - 1] in _SUBJECT_BREAKS:
        return False
    return _SUBJECT_BREAKS.isdisjoint(texts[before.trigger.last + 1:first])


# data/grammar_words.toml: words that open a clause with a subject of its own
# (a relative, reported, time or result clause, a connective)
_SUBJECT_BREAKS: Final = grammar_words("subject_breaks")


def opens_clause(d: Draft) -> bool:
    """A verb with و/ف glued on and its own toll right after it ("وقتل ثمانية
    أشخاص") opens a coordinated clause that tells another deed; Arabic puts
    the verb first, so the words before it end the previous clause and are
    its trigger's (the place and day of the shooting in "أطلقت امرأتان النار
    … في اسطنبول اليوم الاثنين وقتل ثمانية …")."""
    s = d.sentence
    tok = s.texts[d.trigger.first]
    if d.form.pos != "verb" or tok[:1] not in ("و", "ف") or d.trigger.key.startswith(tok[:1]):
        return False
    return any(0 < s.token_at(c.start) - d.trigger.last <= 2 for c in s.counts)


_LAST: Final = itemgetter(1)  # Hit.last (a tuple index: cheaper than the name)


def _constraints(rule: Rule, h: Hit, class_at: dict[str, list[int]],
                 comp: Compiled) -> tuple[bool, str | None]:
    """Whether the rule's required classes stand near the hit and none of
    its excluded ones, and the subtype its nearest subtype class gives.  A
    class the sentence lacks altogether is settled by one set test of the
    sentence's class names (in C), before any position is read."""
    first, window = h.first, rule.window
    present = class_at.keys()
    if rule.requires and (present.isdisjoint(rule.requires) or not any(
            _within(class_at.get(c), first, window, rule.requires_after) for c in rule.requires)):
        return False, None
    if rule.excludes and not present.isdisjoint(rule.excludes) and any(
            _within(class_at.get(c), first, window) for c in rule.excludes):
        return False, None
    if not rule.subtype_from or present.isdisjoint(rule.subtype_from):
        return True, None
    subtype = None
    best_d = window + 1
    for cname in rule.subtype_from:
        for i in class_at.get(cname, ()):
            d = abs(i - first)
            if d < best_d:  # within the window, and the first of the nearest
                best_d, subtype = d, comp.classes[cname].subtype
    return True, subtype


def _within(positions: list[int] | None, first: int, window: int, after: bool = False) -> bool:
    """Whether a class stands ``window`` words from the trigger or nearer
    (with ``after``, after it only): the test a rule's required and excluded
    classes ask, with no list built (the gate asks it of every rule of every
    trigger)."""
    if positions is None:
        return False
    if after:
        return any(0 < i - first <= window for i in positions)
    return any(abs(i - first) <= window for i in positions)


def _suppressed(h: Hit, rule: Rule, pos: str, suppressors: list[tuple[Hit, Cue]],
                s: Sentence) -> Cue | None:
    """The suppressor cue that applies to the trigger (of part of speech ``pos``,
    where the cue names its ``forms``) and nothing blocks it (a plain loop:
    asked of every trigger, a generator under any() cost more than the few
    cues it reads).  A cue whose hit lies beyond its window on both sides of
    the trigger applies on neither (``_cue_applies`` asks 0 < distance in
    words <= window, and at most PUNCT_MAX punctuation tokens stand between):
    two comparisons settle most cues, with no call; the trigger's side of
    them (its bounds widened by PUNCT_MAX) is worked out once, not per cue.
    None where none does."""
    first, last = h.first - PUNCT_MAX, h.last + PUNCT_MAX
    for ch, c in suppressors:
        window = c.window
        if ch.last < first - window or ch.first > last + window:
            continue
        if c.outcome or (c.forms and pos not in c.forms):
            continue  # an outcome cue reaches from the outcome verb (_lookalike_toll)
        if (_cue_applies(c, ch, h, rule, s.tokens) and not _blocked(c, ch, h, s)
                and not _preceded(c, ch, s)):
            return c
    return None


def _preceded(cue: Cue, cue_hit: Hit, s: Sentence) -> bool:
    """Whether a word of the cue's ``not_preceded_by`` stands right before
    its hit: "قتل مسلحون خمسة بعد الزلزال" names the quake as a time, not as
    the deaths' cause."""
    return bool(cue.not_preceded_by) and cue_hit.first > 0 and (
        s.texts[cue_hit.first - 1] in cue.not_preceded_by)


def _cue_applies(cue: Cue, cue_hit: Hit, trig: Hit, rule: Rule, toks: Sequence[Token]) -> bool:
    """Whether the cue, on its side of the trigger, stands within its window,
    counted in words: a quote between ("إمكانية «لمحاولة النظام شن هجوم") is
    no word (:mod:`eventx.word_gap`)."""
    if (cue.types and rule.type not in cue.types) or (cue.rules and rule.id not in cue.rules):
        return False
    if cue.side in ("before", "both") and cue_hit.last < trig.first:
        return _in_words(toks, cue_hit.last, trig.first, cue.window)
    return (cue.side in ("after", "both") and trig.last < cue_hit.first
            and _in_words(toks, trig.last, cue_hit.first, cue.window))


def _in_words(toks: Sequence[Token], lo: int, hi: int, window: int) -> bool:
    """``hi`` stands at most ``window`` words after ``lo`` (``lo < hi``): the
    tokens are counted only where they alone would put it out of reach."""
    gap = hi - lo
    return gap <= window or (gap <= window + PUNCT_MAX and word_gap(toks, lo, hi) <= window)


def _blocked(cue: Cue, cue_hit: Hit, trig: Hit, s: Sentence) -> bool:
    """Whether a word of the cue's ``blocked_by`` classes stands between it and
    the trigger: "أوقفت الشرطة شخصين … رحلات" halts no flights, a person was held."""
    if not cue.blocked_by:
        return False
    lo, hi = (cue_hit.last, trig.first) if cue_hit.last < trig.first else (trig.last, cue_hit.first)
    return any(lo < h.first and h.last < hi and not h.classes.isdisjoint(cue.blocked_by)
               for h in s.hits)


def _cue_reaches(cue: Cue, cue_hit: Hit, d: Draft) -> bool:
    """Whether a modality cue bears on the draft's trigger.  Most cues reach by
    distance alone (:func:`_cue_applies`); a cue naming ``skips`` does not count
    the words of those classes in its window ("لم يتم تنفيذ الهجوم"، "لم يسجل أي
    هجوم": the negation is the deed's), and one naming ``blocked_by`` stops at a
    word of those classes ("لم يذكر بيان القوات"، "لم يسفر الهجوم عن إصابات": the
    verb is negated, its subject was issued or took place)."""
    if cue.forms and d.form.pos not in cue.forms:
        return False
    if not cue.skips and not cue.blocked_by:
        return _cue_applies(cue, cue_hit, d.trigger, d.rule, d.sentence.tokens)
    if (cue.types and d.rule.type not in cue.types) or (cue.rules and d.rule.id not in cue.rules):
        return False
    trig = d.trigger
    if cue.side in ("before", "both") and cue_hit.last < trig.first:
        lo, hi = cue_hit.last, trig.first
    elif cue.side in ("after", "both") and trig.last < cue_hit.first:
        lo, hi = trig.last, cue_hit.first
    else:
        return False
    gap = hi - lo
    if gap > cue.window + _SKIP_MAX + PUNCT_MAX:
        return False
    skipped = 0
    for h in d.sentence.hits:
        if h.first <= lo or h.last >= hi or not h.classes:
            continue
        if not h.classes.isdisjoint(cue.blocked_by):
            return False
        if not h.classes.isdisjoint(cue.skips):
            skipped += h.last - h.first + 1
    gap -= skipped
    return gap <= cue.window or (
        gap <= cue.window + PUNCT_MAX and word_gap(d.sentence.tokens, lo, hi) - skipped <= cue.window)


# how many words a cue's skipped classes may add to its window
_SKIP_MAX: Final = 3

# how far before a claim a negation or a denial makes it none ("ولم تعلن أي
# جماعة على الفور مسؤوليتها عن"، "ونفت الحركة مسؤوليتها عن")
_DISCLAIM_REACH: Final = 5


# "only", after a negation: "ولم يعتقل سوى مرة واحدة"، "لم يسجل إلا هجوم واحد"
_EXCEPTIVE: Final = frozenset({"سوي", "الا"})
# "إلا أن": "however", no exception
_HOWEVER: Final = frozenset({"ان", "انه", "انها", "انهم"})
_EXCEPTIVE_REACH: Final = 6


def _restricted(neg: Hit, d: Draft) -> bool:
    """A negation with an exception is a restriction, not a denial: "ولم تقصف
    تركيا داعش سوى ثلاث مرات" tells three strikes, "لم يسجل سوى هجوم واحد" one
    attack.  The exception stands between the negation and the deed or just
    after the deed, in the same clause."""
    toks = d.sentence.tokens
    texts = d.sentence.texts
    first, last = d.trigger.first, d.trigger.last
    span = [*range(neg.last + 1, first), *range(last + 1, min(last + 1 + _EXCEPTIVE_REACH, len(toks)))]
    for i in span:
        if not texts[i].strip(PUNCT_CHARS) and i > last:
            return False
        if texts[i] in _EXCEPTIVE and not (
                i + 1 < len(toks) and texts[i + 1] in _HOWEVER):
            return True
    return False


def _disclaimed(claim: Hit, cues: list[tuple[Hit, Cue]], s: Sentence) -> bool:
    """The claim cue stands under a negation or a denial: no one claimed the
    deed, which took place all the same (asserted, not claimed)."""
    return any(c.value in ("negated", "denied") and 0 < claim.first - h.last <= _DISCLAIM_REACH
               and not any(not w.strip(PUNCT_CHARS) for w in s.texts[h.last + 1:claim.first])
               for h, c in cues)


# a relative clause telling the deed's outcome ("التفجير الذي أسفر عن مقتل 5 في
# طنطا") still speaks of the deed: its place and victims are the deed's
_RESULT_VERBS: Final = frozenset({"اسفر", "اسفرت", "اسفرا", "اوقع", "اوقعت", "خلف", "خلفت", "ادي", "ادت"})


def _boundary_between(s: Sentence, a: int, b: int) -> bool:
    """A relative pronoun strictly between tokens a and b (one that opens a
    result clause excepted): the words after it describe something else."""
    return _strictly_between(_boundaries(s), a, b)


def _boundaries(s: Sentence) -> list[int]:
    """Where a relative pronoun that opens no result clause stands.  Asked
    for every actor and place of every draft, between it and the trigger:
    found once in C and kept for the last sentence (most sentences have none,
    so the question is settled without a look at the tokens)."""
    texts = s.texts
    return _LAST_BOUNDARIES.get((s.tokens,), None, lambda: [
        i for i in word_positions(texts, _BOUNDARY_WORDS)
        if not (i + 1 < len(texts) and texts[i + 1] in _RESULT_VERBS)])


_LAST_BOUNDARIES: Final[LastAnswer[list[int]]] = LastAnswer()


def _turned_away(trig_last: int, first: int, turns: Sequence[int]) -> bool:
    """A turn of contrast (class ``clause_turn``: لكن، إلا أن، غير أن) or a
    connective (class ``clause_link``: كما، فيما، في حين) stands between a
    deed and a name after it: the name is told in a clause set beside or
    against the deed, as the one who answered it, denied it or did something
    else meanwhile, never as its doer or target.  (A deed told after the
    connective has its own trigger, and the name is that one's.)"""
    return bool(turns) and any(trig_last < j < first for j in turns)  # most have none


# verbs whose subject, named right after them, speaks of a deed (rules/core/classes.toml)
_SAYING_CLASSES: Final = ("speech_verb", "opinion_verb", "reaction_verb")


def _sayer_positions(class_at: dict[str, list[int]]) -> frozenset[int]:
    """Where a verb of saying or of reacting stands.  Arabic puts the verb
    first, so the name right after one after a deed is who told, condemned
    or regretted it ("اعتقلت الشرطة ثلاثة أشخاص، وأوضحت وزارة الداخلية
    أنهم مطلوبون"، "عقب إسقاط الطائرة أعرب الاتحاد الأوروبي عن أسفه"),
    never its doer or target.  (Most sentences hold none of those classes:
    one set test in C answers them, with no generator.)"""
    if class_at.keys().isdisjoint(_SAYING_CLASSES):
        return frozenset()
    return frozenset(i for c in _SAYING_CLASSES for i in class_at.get(c, ()))


# deeds a facility or vehicle can suffer: only these give a thing a role
_THING_TYPES: Final = frozenset({"attack", "bombing", "rocket_strike", "air_strike", "raid",
                          "armed_clash", "threat"})


class _SentenceFacts(NamedTuple):
    """What ``_fill`` reads of a sentence that no draft changes: its actors
    indexed, where its relative pronouns, complementizers, turns and sayers
    stand, its classed hits, word counts and stated dates.

    Why a record: a sentence with several drafts once computed each of these
    again for every draft, and several again for every actor of a draft (a
    memo lookup each time); built once per sentence, it is read by field.
    A NamedTuple (immutable all the same): built for every drafted sentence,
    a tuple is several times cheaper to make than an attrs instance."""

    by_last: dict[int, ActorMention]
    by_first: set[int]
    # actors named by "التي تبناها X" (only an agent cue names one)
    claimed_by: set[int]
    origins: frozenset[int]
    heading: frozenset[int]
    turns: list[int]
    joined: Sequence[int]
    sayers: frozenset[int]
    classed: list[Hit]
    triggers: list[Hit]
    # the classed hits ordered by their last token, and those last tokens: the
    # class words ending in a window before an actor are found by bisection
    classed_by_end: list[Hit]
    classed_ends: list[int]
    # where a class word of a deed carried out begins ("تنفيذ"، "شن"), ascending
    conduct_firsts: list[int]
    # 1 for a word, 0 for punctuation, one byte a token (``_word_row``), and
    # its prefix counts: ``word_counts[j] - word_counts[i]`` words in [i, j)
    row: bytes
    word_counts: list[int]
    # where a relative pronoun stands, and those of them that open no result clause
    relatives: list[int]
    boundaries: list[int]
    complementizers: list[int]
    stated: list[DateMatch]
    # where a word that opens a span of time stands (see ``_tally``)
    span_openers: list[int]
    # no place, implied place nor actor that may read as one: no draft of the
    # sentence has a place (``_choose_place`` answers at once)
    placeless: bool
    # where a "منذ" opens a clause with a deed of its own (most sentences have
    # none): its actors are no party to the deed before it (eventx.since_parties)
    since: list[int]


def _none_of(class_at: dict[str, list[int]], names: frozenset[str], comp: Compiled) -> bool:
    """No hit of the sentence holds a word class of ``names``: none stands in
    ``class_at`` (``_scan_hits``), which leaves out only classes that another
    class of the same hit shadows, and no class shadows any of ``names``.
    Why: the readers of homes and court seats scan every hit for their
    classes, which most sentences lack; this answers them in two set tests."""
    if not class_at.keys().isdisjoint(names):
        return False
    classes = comp.classes
    shadowed = _SHADOWED.get((classes,), len(classes),
                             lambda: frozenset(x for c in classes.values() for x in c.shadows))
    return shadowed.isdisjoint(names)


_SHADOWED: Final[LastAnswer[frozenset[str]]] = LastAnswer()


def _sentence_facts(s: Sentence, scan: _HitScan, comp: Compiled) -> _SentenceFacts:
    """The record ``_fill`` reads, from the sentence and its hits sorted out
    by the rule choice (``_scan_hits``)."""
    texts, words = s.texts, s.words
    class_at, classed = scan.class_at, scan.classed
    # most sentences have no relative pronoun, and half no complementizer: a
    # test of two sets settles them without a list of positions
    relatives = [] if _BOUNDARY_WORDS.isdisjoint(words) else word_positions(texts, _BOUNDARY_WORDS)
    row = _word_row(texts)
    by_end = sorted(classed, key=_LAST)
    return _SentenceFacts(
        by_last={a.last: a for a in s.actors},
        by_first={a.first for a in s.actors},
        claimed_by=({a.first for a in s.actors if _claimed_in_relative(s, a, class_at)}
                    if class_at.get("agent_cue") else set()),
        origins=frozenset() if _none_of(class_at, ORIGIN_CLASSES, comp) else origin_tokens(s),
        heading=frozenset() if _none_of(class_at, HEADING_CLASSES, comp) else heading_tokens(s),
        turns=[*class_at.get("clause_turn", ()), *class_at.get("clause_link", ())],
        joined=class_at.get("joined_relative", ()),
        sayers=_sayer_positions(class_at),
        classed=classed,
        triggers=scan.triggers,
        classed_by_end=by_end,
        classed_ends=list(map(_LAST, by_end)),
        conduct_firsts=[h.first for h in classed if "conduct" in h.classes],
        row=row,
        word_counts=list(accumulate(row, initial=0)),
        relatives=relatives,
        boundaries=[i for i in relatives
                    if not (i + 1 < len(texts) and texts[i + 1] in _RESULT_VERBS)],
        complementizers=([] if _COMPLEMENTIZERS.isdisjoint(words)
                         else [i for i in word_positions(texts, _COMPLEMENTIZERS)
                               if not (i > 0 and texts[i - 1] in _EVER_BEFORE)]),
        stated=[x for x in _firm(s) if x.start_date is not None and not _ends_period(s, x)],
        span_openers=([] if _ANY_SPAN_OPENERS.isdisjoint(words)
                      else word_positions(texts, _ANY_SPAN_OPENERS)),
        placeless=not s.places and not s.implied and not any(a.place_too for a in s.actors),
        since=since_deeds(s))


def _strictly_between(positions: list[int], a: int, b: int) -> bool:
    """Whether one of ``positions`` (ascending) lies strictly between tokens
    a and b (either order): the first position after the lower one, found
    by bisection, stands before the higher one."""
    if not positions:
        return False
    lo, hi = (a, b) if a < b else (b, a)
    k = bisect_right(positions, lo)
    return k < len(positions) and positions[k] < hi


_DEED_ROLES: Final = frozenset({"agent", "target", "victim"})


def _fill(d: Draft, owner: list[Draft], said: list[Draft], cast: list[Draft], s: Sentence,
          comp: Compiled,
          cues: list[tuple[Hit, Cue]], occurred_at: list[int],
          class_at: dict[str, list[int]], holders: list[Draft | None],
          plain: list[int], f: _SentenceFacts, lead: Draft | None = None) -> Draft:
    """The draft with its slots, date and modality filled.  ``lead``: the
    deed (filled already) whose time a verb joined to it by و shares
    (eventx.conjoined_time)."""
    def mine(pos: int) -> bool:
        return said[min(pos, len(said) - 1)] is d

    def cast_here(pos: int) -> bool:
        return cast[min(pos, len(cast) - 1)] is d

    trig = d.trigger
    # the trigger's bounds, read once: a Hit is a NamedTuple, whose field
    # read by name goes through a descriptor, and every actor reads them again
    t_first, t_last = trig.first, trig.last
    # what the draft is, read once: asked again for every actor below
    kind = d.rule.type
    verb = d.form.pos == "verb"
    security = kind in SECURITY_TYPES
    # actors
    specs = d.rule.slots or comp.slot_defaults.get(kind, ())
    after_rank = 0
    complementizers = f.complementizers
    # (``cast_here`` inlined: an actor's first token is a token of the sentence)
    # "فر المسلحون حينما داهمت القوات": the time clause's own subject acted
    opened = own_time_clause(s.texts, t_first, lambda: verb and any(
        a.first == t_last + 1 and _vso_object(s, trig, a, class_at, f.by_last) >= 0 for a in s.actors))
    before = [a for a in s.actors if opened < a.last < t_first and cast[a.first] is d
              and not _strictly_between(complementizers, a.last, t_first)]
    if verb and _new_clause(d) and any(
            0 < a.first - t_last <= 2 for a in s.actors):
        before = []  # "، ودعت الحكومة": a new clause with a subject of its own after its verb
    elif verb and kind in _SPEECH_TYPES and _comma_vso(s, trig):
        before = []  # "وبخصوص أزمة جنوب السودان، طالب أوباما": the name after the verb
    subject = before[-1] if before else None
    if security and subject is not None:
        force = loyal_force(s, subject)
        if force is not None and cast_here(force.first):
            subject = force  # "القوات الموالية للحكومة استعادت": the forces, not whom they are loyal to
    by_last, by_first, claimed_by = f.by_last, f.by_first, f.claimed_by
    # (a relative head needs a relative pronoun: most sentences have none)
    relatives = bool(f.relatives)
    head = _relative_head(s, subject, by_last) if subject is not None and relatives else None
    if head is not None and cast_here(head.first):
        subject = head  # "قوات التحالف الذي تقوده الولايات المتحدة … غارة": the head acts
    rel_end = -1
    titled_rel = False  # "وزير الداخلية الذي اتهم حماس": an office spoke
    if verb and (head is None or not cast_here(head.first)) and (
            kind in _SPEECH_TYPES
            or (kind in _RELATIVE_DOER_TYPES and not _no_object(s, trig, by_first))):
        # "كييف التي تتهم الكرملين"، "متشددي داعش الذين هاجموا نقطة تفتيش": the
        # relative pronoun is the verb's subject
        rel_end = relative_subject(s, trig, d.form.tense, _object_suffix(s, trig))
        spoke = by_last.get(rel_end) if rel_end >= 0 else None
        if spoke is not None:
            subject = head = spoke
        titled_rel = spoke is None and rel_end >= 0 and (
            titled_head(s, rel_end) or addressed_after(s, trig, by_first))
    # the deed's own result clause ("ما أدى إلى استشهاد الرضيع علي سعد دوابشة")
    results = ([i for i in class_at["result"] if t_last < i and cast_here(i)]
               if "result" in class_at else [])  # (most sentences have none)
    partners = _co_subjects(s, subject, by_last, class_at) if subject is not None else ()
    roles: list[tuple[str, ActorMention]] = []
    aside: dict[int, ActorMention] = {}  # actors the slots set aside, by their last token
    visited = False
    # "مقتل X"، "مصرع X": a noun of dying, whose genitive is who died
    dies = not verb and not _DEATH_NOUNS.isdisjoint(forms(s.texts[t_first]))
    used_as_actor: set[int] = set()
    # "حملات مشتركة بالتنسيق مع القوات استهدفت العناصر التكفيرية": a verb right
    # after an indefinite deed noun describes it, and that deed is its subject
    objsfx = verb and _object_suffix(s, trig)
    # a pronoun may end a trigger form the rules list whole ("تحاصرها")
    pronoun_end = objsfx or (verb and t_first == t_last and pronoun_ended(s.texts[t_first]))
    # "التحالف الذي يقصف التنظيم": a relative pronoun right before a deed verb
    # with no object pronoun is its subject, so the name after is its object
    # (with one, "الذين قتلهم الجيش", the name after is the subject)
    rel_verb = verb and t_first > 0 and s.texts[t_first - 1] in _BOUNDARY_WORDS
    subject_taken = verb and ((security and (_deed_before(s, trig, f) or (
        rel_verb and not pronoun_end and not resumed(s.texts, t_last))))
                              or titled_rel)
    # "التي تحاصرها المقاومة": a listed form's pronoun marks its subject after it too
    objsfx_after = objsfx or (rel_verb and pronoun_end)
    far: list[ActorMention] = []  # cast here, but beyond the window
    vso_joined: frozenset[int] = frozenset()  # the first tokens of a VSO subject's conjuncts
    accused = verb and _accused(s, trig)
    accusing = verb and _accusation(s, trig)
    by_hand = _by_hand_cues(s, trig, class_at, cast_here, f.boundaries)
    # a home ("أصيلة جربة") and, for an arrest, what the one held was doing
    # ("كان يعتزم السفر إلى سوريا"): their names are no party to the deed
    origins = f.origins
    homes = origins if security else frozenset()
    held = state_clause_tokens(s, t_last) if kind in _HELD_TYPES else frozenset()
    # "اتهم وزير الخارجية إيران": an office no actor resolves is the subject
    titled_end = _untitled_subject(s, trig, comp) if verb else -1
    turns, joined, boundaries = f.turns, f.joined, f.boundaries
    sayers = f.sayers if security else frozenset()
    # a clash's sides are often who began it: "مواجهات منذ زحف الحوثيين إلى المدينة"
    since = f.since if kind != "armed_clash" else ()
    for a in s.actors:
        if a.first <= t_last and a.last >= t_first:
            continue
        if since and in_since_deed(since, f.word_counts, t_last, a.first):
            continue  # "منذ تسلم الرئيس … محمد بخاري مهماته": the since-clause's own party
        # (``cast_here`` inlined, as above)
        if ((cast[a.first] is not d and not (rel_end >= 0 and a is head))
                or (_strictly_between(boundaries, a.first, t_first) and a is not head
                    and a.first not in claimed_by and not _site_in_relative(s, a, trig)
                    and not (security and head_is_object(s, a, trig, pronoun_end)))):
            continue
        if a.first > t_last and (_turned_away(t_last, a.first, turns) or (
                _turned_away(t_last, a.first, joined) and not _site_in_relative(s, a, trig))):
            # "حاول تفجير نفسه … إلا أن القوات تعاملت معه"، "قصفت طائرات
            # تركية أهدافا لداعش، فيما وعد الرئيس أردوغان": the turn's subject;
            # "، والذي حوله الحوثيون إلى مركز طبي": the added clause's
            continue
        if a.first > t_last and prev_word(s, a.first) in sayers:
            continue  # "، وأوضحت وزارة الداخلية أنهم"، "أعرب الاتحاد الأوروبي": who spoke of it
        if _reach(plain, a, trig, results) > _actor_window(d, a):
            if a.first > t_last:
                far.append(a)
            continue
        if a.last < t_first and a is not subject and a not in partners:
            continue  # only the nearest actor before a trigger is its subject
        if (a.first > t_last and a.first not in claimed_by and relatives
                and prev_word(s, a.first) != t_last and _relative_head(s, a, by_last) is not None):
            # "X الذي تقوده Y": Y only describes X; but where the relative
            # clause's verb is the deed ("الجنود الذين استهدفهم مسلحون"، "المسلحون
            # الذين هاجموا الجنود") the name after it is the deed's own
            continue
        if (not security and a.first > t_last
                and _reported_clause(s, t_last, a.first, kind != "threat")):
            continue  # "قال في بيان إن شرطيا …"، "بحث … وقال إن الحزب": the reported clause's
        if (not security and kind != "threat" and not accusing and a.first > t_last
                and in_quoted_passage(s.tokens, t_first, a.first, a.last)):
            # "في بيان «لوكهيد مارتن تدعم الحكومة الأمريكية …»": the quoted words';
            # an accusation may quote whom it accuses ("اتهم … «الدولة التركية»")
            continue
        feats = _features(a, s, trig, after_rank, f)
        feats.add("verb" if verb else "nominal")
        if rel_end >= 0 and a is head:
            # "بدعوة من حكومة الوفاق التي تتهم": the head's preposition is the outer clause's
            feats = (feats - _PREP_FEATURES) | {"bare"}
        if not verb and a.first == t_last + 1 and on_object_follows(s, a):
            feats.add("genobj")  # "قصف ميليشيات الحوثي على حي الروضة": the genitive did it
        if dies:
            feats.discard("genobj")  # "مقتل جنديين للشطر الجنوبي": whose they were
        if objsfx_after and a.first > t_last and not _content_word_between(
                s, f, t_last, phrase_start(s.texts, a.first)):
            feats.add("objsfx")  # right after it: "قصفها العشوائي لمناطق المدنيين" is a noun's
        if accusing and a.first > t_last and not any(
                w[:1] == "ب" and (len(w) > 3 or len(w) == 1)
                for w in s.texts[t_last + 1:a.first]):
            feats.add("trig:accuse")  # "اتهم الأمين العام … السلطات" (not "بتمويل القاعدة": the charge)
        if a.last < t_first:
            feats.add("noobj" if verb and _no_object(s, trig, by_first) else "obj")
        if not subject_taken and not (0 <= titled_end and prev_word(s, a.first) == titled_end
                                      and feats.isdisjoint(_PREP_FEATURES)) \
                and not (0 <= titled_end < a.first and kind in _SPEECH_TYPES
                         and _in_complement(s, titled_end, a.first)) \
                and not (kind in _SPEECH_TYPES and _disagreeing_object(s, d, a)) \
                and not (verb and kind in _SPEECH_TYPES and feats.isdisjoint(_PREP_FEATURES)
                         and addressed_apart(s, trig, a)):
            # "دعا نائب رئيس الوزراء إلى إرسال قوات": the office spoke; what
            # its words are of is no second speaker
            feats.add("nosubj")  # no subject took a role before the trigger
            vso_at = (_vso_object(s, trig, a, class_at, by_last)
                      if verb and after_rank == 0 and subject is None and "bare" in feats else -1)
            if vso_at >= 0:
                feats.add("vso")
                vso_joined = _vso_joined(s, a)
                if counted_object(s, vso_at):
                    feats.add("vsocount")  # "قتل جندي ثلاثة من زملائه": the soldier killed
            elif (kind == "killing" and verb and after_rank == 0 and subject is None
                  and "bare" in feats and trig.first == trig.last
                  and "active_spelling" not in trig.classes
                  and phrase_start(s.texts, a.first) == t_last + 1
                  and passive_subject(s, _past_modifiers(s, a.last + 1, _adjective_ends(s)),
                                      _PASSIVE_NEXT)):
                # "قتل الجنود الثلاثة في هجوم": no object, so the passive; the
                # phrase is what the deed befell, not the verb's near subject
                feats.add("passive")
                feats.discard("near")
        if a.first in vso_joined:
            feats.add("vso")  # "اقتحمت قوات الجيش وعناصر من المقاومة …": both its subject
        if (not verb and not dies and after_rank == 0 and a.first == t_last + 1
                and "bare" in feats and "uncounted" in feats and counted_object_follows(s, a)):
            feats.add("vso")  # "تصفية رجال الاستخبارات 6 مسلحين": the genitive did it
        if not verb and a.first > t_last and _joined_to_agent(
                s, a, trig, roles, class_at.get("agent_cue", [])):
            feats.add("coagent")  # "غارات للتحالف والطيران العراقي": both struck
        if a.first > t_last:
            after_rank += 1
        if kind in _VISIT_TYPES and a.place_too and destination(s, a, trig):
            visited = True  # "زيارة رسمية إلى ألمانيا": where, not who; still a visit told
            continue
        if a.place_too and (_place_here(s, a.first, a.key) or _site_of_relative(s, a.first)):
            continue  # "في إيران"، "التي ضربت لندن": a place here, not an actor
        if security and (came_from(s, a) or a.first in homes):
            continue  # "مشتبه بهم من ليبيا"، "أصيلا معتمدية بن ڨردان"، "قرب الحدود مع سوريا":
            # a home, a destination, a border: no party to the deed
        if a.first in held:
            continue  # "شابا كان يعتزم السفر إلى سوريا": what the one held was doing
        if "prep:ك" in feats:
            continue  # "كمواطنين": as, or like, someone: no party to the deed
        if a.thing and kind not in _THING_TYPES:
            continue  # "في المطار"، "سائقي الحافلات": no one arrested, met or accused
        if _base_named(s, a):
            continue  # "دخول القاعدة … الهجوم على القاعدة العسكرية": the base
        if a.thing and _vehicle_used(s, a):
            continue  # "هجوم إرهابي بشاحنة"، "هجوم بسيارة مفخخة": what it was done with
        if a.adjective:
            if (kind in DOER_ADJECTIVE_TYPES and (a.info.country or a.place_too)
                    and _whose_deed(s, d, a)):
                roles.append(("agent", a))  # "الغارات الجوية السورية": Syria's
                used_as_actor.add(a.first)
            continue  # "الحدود السورية": Syrian, of a noun that is no actor
        if accused:
            continue  # "التي اتهمت بالتجسس": accused, no speaker; what follows is the charge
        link = _owner_link(s, a, class_at)
        owned = _owned_actor(s, link, trig) if link >= 0 else None
        owned_role = next((r for r, x in roles if x is owned), None) if owned is not None else None
        if owned_role is not None or link > t_last:
            # "مواقع تابعة لداعش"، "قوة إيساف التابعة للحلف": the owner shares
            # the part its thing plays in the deed (a subject before the deed
            # is the owner itself: "مسلحون تابعون للحوثيين قاموا بالقبض")
            role = owned_role or _owner_role(s, d, link, feats, specs, class_at, owned)
            if role not in (None, "ignore") and not any(r == role and x.info == a.info for r, x in roles):
                roles.append((role, a))
                used_as_actor.add(a.first)
            continue
        bearer, member = _affiliated_to(s, a, class_at, trig)
        if bearer is None and _far_complement(s, a, trig, feats, class_at, kind):
            continue  # "لم يكن معروفا للشرطة"، "بلاغ لوزارة الدفاع": no party to the deed
        borrowed = next((r for r, x in roles if x is bearer), None) if bearer is not None else None
        role = borrowed if borrowed is not None else _role(feats, specs)
        if role == "ignore":
            aside[a.last] = a
        elif aside and joined_aside(s, a, aside):
            continue  # "بالمقاومة والجيش الوطني": the list shares its head's reading
        if bearer is not None and (borrowed is None if member else role in ("target", "victim")):
            # "انتحاري يشتبه بانتمائه لداعش"، "المشتبه بانتمائهم لتنظيم داعش": the
            # group is the side of whoever it qualifies, never what a deed hit;
            # "16 مسلحا من المقاومة لقوا مصرعهم": the whole of a part with no
            # role has none either
            continue
        rel_object = security and head_is_object(s, a, trig, pronoun_end)
        if rel_object and role not in ("target", "victim", "ignore"):
            # "الجنديان اللذان اعتقلتهما حركة الشباب": the head is the object
            # of the relative clause's deed, whose subject follows the verb
            role = _role(feats - {"before"} | {"after"},
                         tuple(sp for sp in specs if sp.role in ("target", "victim")))
        if (role in ("target", "victim") and verb and a.first > t_last
                and any(sp.role == "agent" for sp in specs)
                and counted_doer(s, t_last, a)):
            role = "agent"  # "اغتال ثلاثة مسلحين مجهولين القاضي": the counted subject did it
        if "exposed" in feats and role not in ("target", "victim"):
            # "تعرضوا لهجوم": the subject of being exposed suffered the deed
            role = _role(feats - {"before"} | {"after"},
                         tuple(sp for sp in specs if sp.role in ("target", "victim")))
        if "slain" in feats and role in ("agent", None):
            # "قتلت قوات الأمن خمسة إرهابيين خلال مداهمة"، "قتل مسلحون ثلاثة جنود
            # خلال هجوم": what the verb of harm befell, no doer of the deed it
            # was told in and its target even where no slot took it; a clash
            # has no target (both sides act), so its fallen stay a side of it
            foe = tuple(sp for sp in specs if sp.role in ("target", "victim"))
            if foe:
                role = _role(feats - {"before"} | {"after"}, foe)
        if (role == "agent" and "cue:agent_cue" not in feats
                and any(p > a.last for p in by_hand)):
            # "اغتيل الضابط على يد مسلحين"، "7 أشخاص قتلوا على يد مهاجمين": the
            # deed names its doer after "by the hand of", so the one named
            # before that suffered it
            role = _role(feats - {"before"} | {"after"},
                         tuple(sp for sp in specs if sp.role in ("target", "victim"))) or role
        if role == "agent" and after_against(s, a.first):
            # "غارات نفذتها مقاتلات تركية ضد تنظيم داعش": whom a one-sided deed is
            # against is what it hit (a clash has no target: both sides act);
            # before the deed ("المعركة ضد تنظيم داعش … تفجير") the foe of another
            foe = tuple(sp for sp in specs if sp.role in ("target", "victim"))
            if foe:
                role = _role(feats, foe) if a.first > t_last else None
        if verb and role != "agent" and "prep:ل" in feats and _deed_noun_doer(s, trig, a):
            # "وشنت ضربات جوية للتحالف"، "واستهدفت غارات للجيش التركي مواقع": the
            # ل-phrase of the deed noun after the verb names who did it, as it
            # would after that noun as the trigger
            as_noun = (feats - {"verb"}) | {"nominal", "adjoined"}
            role = _role(as_noun, tuple(sp for sp in specs if sp.role == "agent")) or role
        if role == "agent" and not verb and _deed_object(s, trig, a, feats):
            # "لاستهداف تنظيم داعش"، "واستهداف للقوات الأمنية": what the deed struck
            role = _role(feats, tuple(sp for sp in specs if sp.role in ("target", "victim")))
        if role == "agent" and a.first > t_last and "cuenext:aim_against" in feats:
            # "شن هجوما لطرد المسلحين": whom the deed's aim is against is what it
            # struck (classes.toml: aim_against); a clash has no target, both act
            role = _role(feats, tuple(sp for sp in specs if sp.role in ("target", "victim"))) or role
        if a.thing and role not in ("target", "victim") and not (
                role == "ignore" and _set_aside_itself(feats, specs)):
            role = _role(feats, tuple(sp for sp in specs if sp.role == "target"))
        if role in ("agent", "target", "victim") and not feats.isdisjoint(_MEMBER_PREPS):
            rank = member_affiliation(s, a)
            if rank >= 0 and prev_word(s, rank) not in _sayer_positions(class_at):
                # "قيادي بارز بجبهة النصرة": whose side the person is on (eventx.members);
                # a member who speaks ("وقال قائد بالمقاومة: نحن …") speaks for it
                continue
        if role in ("target", "victim") and security and led_by(s, a):
            continue  # "غارات التحالف بقيادة الولايات المتحدة": the leader of the doer, never hit
        if role in _DEED_ROLES and security and loyal_patron(s, a) and (
                role != "agent" or not loyalists(s, a)):
            continue  # the patron of "القوات الموالية للرئيس السابق علي صالح": neither hit nor
            # the doer ("هاجمت القوات الموالية للحكومة مواقع": the forces attacked)
        if role and role != "ignore" and not any(r == role and x.info == a.info for r, x in roles):
            roles.append((role, a))
            used_as_actor.add(a.first)
            # a subject is a bare noun phrase (بيد داعش is no subject)
            # (the head a relative clause's verb takes as its object is none)
            subject_taken |= (a.last < t_first and "cue:agent_cue" not in feats
                              and feats.isdisjoint(_PREP_FEATURES) and not rel_object)
    if verb and security and "speech_verb" in class_at and not any(r == "agent" for r, _ in roles):
        claimed_own = speaker_doer(s, t_first, kind == "killing" or "killed" in d.rule.id,
                                   class_at["speech_verb"])
        if claimed_own is not None:  # (the speaker's words are the statement's clause)
            roles.append(("agent", claimed_own))  # "أعلنت الشرطة أنها قتلت": the police did
            used_as_actor.add(claimed_own.first)
    if not verb and security:
        roles = _genitive_doer(s, trig, roles)
    for a in far:
        r = _listed_role(s, a, roles)
        if r is not None:
            roles.append((r, a))
            used_as_actor.add(a.first)
    # a court's seat ("بالمحكمة الابتدائية بتونس") is the deed's place only when no other is
    seats = (court_seat_tokens(s) if security and not _none_of(class_at, COURT_CLASSES, comp)
             else frozenset())
    # where someone was heading ("كمين لقافلة متجهة إلى مدينة تعز") yields to
    # another place of the deed's clause; a visit's destination is its place
    heading = f.heading if kind not in _VISIT_TYPES else frozenset()
    place = _choose_place(d, owner, s, used_as_actor, origins | held, f, seats, heading)
    if place is not None and place.first in origins:
        place = _target_country(roles, place, comp)
    # date: nearest resolved date in the sentence, preferring one inside the
    # trigger's own clause to the day a report was made
    date = _own_date(d, s, f.stated, class_at, said, mine)
    stretch = _stretch(s, trig, mine, f) if date is None else None
    # a verb joined to a deed before it, with no time of its own (none, or the
    # date it took from that deed), is told at that deed's: its stretch, and
    # whether it is summed over a period ("خلال العامين الماضيين كثف المتشددون
    # هجماتهم … وقتلوا مئات"، "خلال العام الماضي اعتقلت الشرطة مئات … وقتلت")
    shared_time = lead is not None and stretch is None and (date is None or date == lead.date)
    if shared_time and lead is not None and date is None:
        stretch = lead.stretch
    counts = first_tolls(c for c, h in zip(s.counts, holders) if h is d) if s.counts else ()
    # a crowd as the subject of a protest verb: a number word, or protesters in
    # the nominative ("يخرج المتظاهرين" has them as its object)
    crowd = kind == "protest" and (
        any(0 < i - t_last <= 3 for i in class_at.get("crowd", ()))
        or any(0 < i - t_last <= 3 and s.texts[i].endswith("ون")
               for i in class_at.get("protesters", ())))
    survivals = class_at.get("survived", ())  # (most sentences have none)
    survived = any(0 < t_first - i <= 5 for i in survivals) if survivals else False
    crowd = crowd or _reported_under_way(d, class_at, place)
    # a deed noun a verb of the future takes ("سنضطر لإطلاق النار"): planned,
    # or threatened after "وإلا" (eventx.future_deed)
    ahead = (future_deed(s.texts, t_first, class_at["future_conduct"])
             if d.form.pos != "verb" and "future_conduct" in class_at else None)
    modality = _modality(d, cues, date, place, counts,
                         occurred=(_occurred(d, occurred_at) or _result_follows(d, class_at)
                                   or _deed_party(d, class_at)
                                   or authorised_deed(kind, s.tokens, t_first,
                                                      class_at.get("authorised", ()))
                                   or begun_deed(kind, s.tokens, t_first,
                                                 class_at.get("began", ()))),
                         present_crowd=crowd, has_actors=bool(roles) or visited,
                         survived=survived,
                         future=ahead is not None or _future_date(s, d, date, class_at),
                         purpose=_purpose(d, class_at) or conduct_aim(
                             s.tokens, t_first, class_at.get("conduct", ())), exposed=_exposed(d, class_at),
                         tally=_tally(d, counts, f.span_openers, date, stretch) or (
                             shared_time and lead is not None and _tally(
                                 lead, lead.counts, f.span_openers, lead.date, lead.stretch)),
                         idle=_warned_of(d, class_at),
                         threatened=(kind in SECURITY_TYPES and threatened_deed(
                             s.tokens, trig.first, class_at.get("threat_verb", ()),
                             class_at.get("carried_deed", ()))),
                         or_else=ahead is not None and or_else(
                             s.texts, ahead, class_at.get("or_else", ())))
    unanchored = modality == UNANCHORED
    if unanchored:
        modality = "generic"
    n = len(roles) + bool(place) + bool(date) + len(counts)
    conf = min(0.99, d.rule.confidence + 0.04 * n)
    # built directly: attrs.evolve reads every field by name, once per draft
    return Draft(d.rule, d.sentence, trig, d.form, d.subtype, actors=tuple(roles), place=place,
                 date=date, counts=counts, modality=modality, confidence=conf, stretch=stretch,
                 recalled=d.recalled, unanchored=unanchored)


def _own_date(d: Draft, s: Sentence, stated: list[DateMatch], class_at: dict[str, list[int]],
              said: list[Draft], mine: Callable[[int], bool]) -> DateMatch | None:
    """The draft's date: the nearest stated date of its own clause (``mine``),
    preferring one inside the trigger's own clause to the day a report was
    made; else one an earlier deed of the sentence set; else the day a source
    spoke.  Most sentences state no date: they are answered at once."""
    if not stated:
        return None
    trig = d.trigger
    # the day a source spoke, told in an aside: a deed takes it only when the
    # text gives no other ("قتل مسلحون عشرات … بحسب ما قالت الشرطة اليوم")
    aside = {id(x): _attributed(d, x, class_at) for x in stated}
    # a superlative's frame or a schedule word's date dates no deed ("الأسوأ منذ مارس")
    stated = [x for x in stated
              if not compared_or_scheduled(s.tokens, trig.first, trig.last, s.token_at(x.start))]
    if d.rule.type == "statement":  # the words it quotes are dated by their own matter
        stated = [x for x in stated if not quoted_apart(s.tokens, trig.first, s.token_at(x.start))]
    # a clause of contrast between them parts the date from a deed ("إلا أنه")
    # (words said go on past "لكنه حذر" in the day they were said)
    security = d.rule.type in SECURITY_TYPES
    # and so does a relative clause of another head that a comma closes before it
    kept = [x for x in stated if not aside[id(x)] and not (security and parted_date(
        s.tokens, trig.first, trig.last, s.token_at(x.start), s.token_at(x.end - 1)))
        and not _in_prior_relative(s, trig.first, s.token_at(x.start), s.token_at(x.end - 1))]
    dates = [x for x in kept if mine(s.token_at(x.start))
             and not _in_other_relative(s.tokens, trig.last, s.token_at(x.start))
             and not in_since_clause(s.tokens, trig.last, s.token_at(x.start))]
    sayers = _sayer_positions(class_at) if len(dates) > 1 and d.rule.type in SECURITY_TYPES else frozenset()
    firsts = [s.token_at(x.start) for x in dates] if sayers else []
    dates = [x for x in dates if not (_reported_at(s, x, trig) or (sayers and said_on(
        s.tokens, s.token_at(x.start), s.token_at(x.end - 1), trig.first, sayers, firsts)))] or dates
    if len(kept) > 1 and d.form.pos != "verb":
        # "صورا لضحايا الهجوم الإرهابي الذي استهدف أمس مصلين": the noun's own
        # relative clause tells its day; one before it is the main clause's
        dates = [x for x in kept if _in_own_relative(s.tokens, trig.last, s.token_at(x.start))] or dates
    if len(dates) > 1:
        # "احتلت الكويت في أغسطس 1990، واشتدت وتيرتها بالهجوم على أمريكا في سبتمبر
        # 2001": a comma and و open a clause of their own after the earlier date
        dates = [x for x in dates if not _coordinated_before(s, s.token_at(x.end - 1), trig.first)] or dates
        full = [x for x in dates if x.precision == "day" and _numbered(s, x)]
        if full:
            # "خلال صلاة الجمعة في شهر رمضان في 26 يونيو الماضي": the day the text
            # states in full beside a bare weekday (no comma between) is the one it names
            dates = [x for x in dates if not (_bare_weekday(s, x) and any(
                not _comma_between(s, x, y) for y in full))] or dates
    own = min(dates, key=lambda x: abs(s.token_at(x.start) - trig.first)) if dates else None
    shared = _shared_dates(s, kept, d, said) if own is None else []
    told = [x for x in stated if aside[id(x)] == "aside" and mine(s.token_at(x.start))]
    return own or (min(shared or told, key=lambda x: abs(s.token_at(x.start) - trig.first))
                   if shared or told else None)


# the trigger's own relative clause opens right after it or its adjectives and
# genitive ("الهجوم الإرهابي الغادر الذي"، "هجوم جسر لندن الذي")
_OWN_RELATIVE_GAP: Final = 3
# the relative clause's date stands near its verb ("والتي ضبط منها الأمن البحريني
# قبل أسبوع"); one many words on is mostly the main clause's again ("المساجد التي
# ترتادها جماعة أنصار الله الحوثية بحي الجراف شمال العاصمة صنعاء الاثنين الماضي")
_RELATIVE_DATE_REACH: Final = 6
# a day named by the report's own reckoning ("أمس"، "اليوم الاثنين"، "مساء الجمعة"،
# "يوم 30 ديسمبر") mostly dates the main clause still, wherever it stands
# (normalised spelling; a weekday too, by the date grammar's table: is_weekday)
_REPORT_DAY_WORDS: Final = frozenset({"اليوم", "امس", "الامس", "يوم", "مساء", "صباح", "صبيحه", "عصر",
                               "ظهر", "فجر", "ليله", "ليل", "الليله", "عشيه", "اول"})


def _in_other_relative(toks: tuple[Token, ...], trig_last: int, at: int) -> bool:
    """A date far after the deed (beyond the reach of its own date) a few
    words after a relative pronoun, no punctuation between, that opens no
    clause of the deed's own: the date is told of that clause's head, another
    matter ("يتابع زمن ومكان التفجيرات التي تحصل في بلداننا … ولا من ارسل
    تلك المواد المتفجرة والتي ضبط منها الأمن البحريني قبل أسبوع": the
    week-old seizure dates no bombing; "مبنى الاتصالات الذي سيطرت عليه
    المقاومة قبل يومين"، "التفاهم الذي توصل إليه الجانبان في 2003").  A
    result clause ("والذي أسفر عن") tells the deed itself; a day of the
    report's reckoning (today, yesterday, a weekday) is left to the deed."""
    if at - trig_last <= _AHEAD_REACH or toks[at].text in _REPORT_DAY_WORDS \
            or is_weekday(toks[at].text):
        return False
    for i in range(at - 1, max(trig_last + _OWN_RELATIVE_GAP, at - _RELATIVE_DATE_REACH - 1), -1):
        if is_punct(toks[i]):
            return False  # "السيارة التي صدمت شاحنة …، الاثنين": the clause has ended
        if toks[i].text in _RELATIVE_OPENERS:
            return not (i + 1 < len(toks) and toks[i + 1].text in _RESULT_VERBS)
    return False


def _bare_weekday(s: Sentence, x: DateMatch) -> bool:
    """The date is a weekday alone ("الجمعة"، "يوم الجمعة"), resolved against
    the publication day."""
    a, b = s.token_at(x.start), s.token_at(x.end - 1)
    return x.relative and is_weekday(s.texts[b]) and all(
        is_weekday(w) or w == "يوم" for w in s.texts[a:b + 1])


def _numbered(s: Sentence, x: DateMatch) -> bool:
    """The date states its day by a number ("26 يونيو"، "2015/6/26")."""
    a, b = s.token_at(x.start), s.token_at(x.end - 1)
    return any(w[:1].isdigit() for w in s.texts[a:b + 1])


def _comma_between(s: Sentence, x: DateMatch, y: DateMatch) -> bool:
    """A comma stands between the two dates."""
    return _comma_apart(s, s.token_at(x.start), s.token_at(y.start))


def _comma_apart(s: Sentence, i: int, j: int) -> bool:
    """A comma stands between tokens i and j (either order)."""
    lo, hi = (i, j) if i < j else (j, i)
    return not _COMMAS.isdisjoint(s.texts[lo:hi])


def _coordinated_before(s: Sentence, end: int, trig_first: int) -> bool:
    """A comma then a word with و glued on stand between a date ending at
    ``end`` and the trigger after it: a coordinated clause opens there, and
    the date is the clause's before it."""
    texts = s.texts
    return end < trig_first and any(
        texts[i] in _COMMAS and texts[i + 1][:1] == "و" for i in range(end + 1, trig_first - 1))


def _in_prior_relative(s: Sentence, trig_first: int, at: int, end: int) -> bool:
    """A date before the deed, a few words after a relative pronoun with no
    punctuation between, whose clause a comma closes before the deed: the
    date is told of that clause's head, another matter ("وهو الذي كان
    مستقبلا في عام 2012، وكثير من المتغيرات حدثت، أبرزها المواجهات"، "المبنى
    الذي سيطر عليه التنظيم في 2014، قصفته الطائرات").  Not where the head is
    a deed noun ("العملية التي جرت في 11 يوليو، أدت إلى مقتل"، "التفجير الذي
    استهدف المصلين البارحة، وأسفر"): the clause dates a deed, mostly the one
    told on; nor a result clause ("الذي أسفر عن"), nor a day of the report's
    reckoning (today, yesterday, a weekday), left to the deed as after it."""
    toks = s.tokens
    if end >= trig_first or toks[at].text in _REPORT_DAY_WORDS or is_weekday(toks[at].text):
        return False
    if not any(toks[i].text in _COMMAS for i in range(end + 1, trig_first)):
        return False
    for i in range(at - 1, max(-1, at - _RELATIVE_DATE_REACH - 1), -1):
        if is_punct(toks[i]):
            return False
        if toks[i].text in _RELATIVE_OPENERS:
            return not ((i + 1 < len(toks) and toks[i + 1].text in _RESULT_VERBS)
                        or any(i - _OWN_RELATIVE_GAP <= h.last < i and h.of_kind("trigger")
                               for h in s.hits))
    return False


def _in_own_relative(toks: tuple[Token, ...], trig_last: int, at: int) -> bool:
    """The date at token ``at`` stands in the relative clause of the deed noun
    ending at ``trig_last``: a relative pronoun right after the noun or its
    adjectives ("الهجوم الإرهابي الذي استهدف أمس"), the date a few words on,
    no punctuation between."""
    if at <= trig_last + 1:
        return False
    for i in range(trig_last + 1, min(at, trig_last + 1 + _OWN_RELATIVE_GAP)):
        if is_punct(toks[i]):
            return False
        if toks[i].text in _RELATIVE_OPENERS:
            return at - i <= _RELATIVE_DATE_REACH and not any(is_punct(t) for t in toks[i + 1:at])
    return False


def _attributed(d: Draft, x: DateMatch, class_at: dict[str, list[int]]) -> str | None:
    """The day a source spoke rather than a deed's: "aside", "spoken" or None.

    "قتل 30 … أول أمس، بحسب ما أفادت مصادر أمنية أمس، في هجمات": a day inside
    an aside that names a source ("بحسب ما أفادت"، "كما أعلنت"، "وفق ما ذكرت")
    is when the source spoke; a deed told after the aside shares the day its
    sentence gave first, and takes the aside's day only where the text gives
    none other (an "aside").  "في كلمة … الثلاثاء الماضي، قال أوباما: … عند
    حدوث الهجمات": a day right before "said" dates the words, and a deed named
    with the article inside them is one spoken of, not one that day saw
    ("spoken", never its date: the rule _shared_dates keeps for a report's
    day).  Words said are dated by such days: speech keeps them."""
    if d.rule.type not in SECURITY_TYPES:
        return None
    s = d.sentence
    a, b = s.token_at(x.start), s.token_at(x.end - 1)
    texts = s.texts
    spoken_of = (d.form.pos != "verb" and _definite_word(texts[d.trigger.first]))
    for v in class_at.get("speech_verb", ()):
        if 0 < a - v <= _ASIDE_REACH and not any(not texts[i].strip(PUNCT_CHARS) for i in range(v + 1, a)):
            before = texts[v - 1] if v > 0 else ""
            if texts[v] in _ASIDE_HEADS or before in _ASIDE_LINKS:
                return "aside"
        elif (spoken_of and b < v < d.trigger.first
              and not texts[v].endswith("ه")   # "إضافة إلى": no "added"
              and all(texts[i] in _CLAUSE_MARKS_DATE for i in range(b + 1, v))):
            return "spoken"
    return None


# "بحسب مصادر أمس"، "وفقا لوكالة"؛ "بحسب ما أفادت"، "كما أعلنت"، "وفق ما ذكرت"
_ASIDE_HEADS: Final = frozenset({"بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا"})
_ASIDE_LINKS: Final = frozenset({"ما", "كما", "وكما"})
# speech verb, its source (two or three words) and the date
_ASIDE_REACH: Final = 5
_CLAUSE_MARKS_DATE: Final = frozenset({"،", ",", "و"})


def _firm(s: Sentence) -> list[DateMatch]:
    """The dates a sentence states, without its background stretches
    ("خلال الأيام الماضية"): only those order clauses, part words and date
    deeds (a stretch dates a deed only through :func:`_stretch`).  Most
    sentences state none: they are answered with no comprehension run."""
    if not s.dates:
        return []
    return [x for x in s.dates if not x.vague]


def _stretch(s: Sentence, trig: Hit, mine: Callable[[int], bool],
             f: _SentenceFacts) -> DateMatch | None:
    """The background stretch next to the deed, in its own clause, for a deed
    with no date of its own: "اعتقلت حماس مؤخرا عشرات"، "شنت الطائرات غارات
    خلال الأيام الماضية".  An adverb of time this loose modifies the verb it
    stands by, so only one a few words off counts, with no relative pronoun
    or complementizer between ("الطائرات التي استلمها العراق مؤخرا نفذت
    غاراتها"، "أكد أنه تم مؤخرا استكمال …": the stretch is the other verb's)."""
    best: DateMatch | None = None
    gap = _STRETCH_REACH + 1
    for x in s.dates:
        if not x.vague or x.start_date is None:
            continue
        a, b = s.token_at(x.start), s.token_at(x.end - 1)
        lo, hi = (b, trig.first) if b < trig.first else (trig.last, a)
        if (hi - lo - 1 < gap and mine(a) and not _strictly_between(f.boundaries, lo, hi)
                and not _strictly_between(f.complementizers, lo, hi)
                and not (b < trig.first
                         and _strictly_between(f.boundaries, max(-1, a - _STRETCH_REACH), a))):
            # (a relative clause just before the stretch holds it: "الطائرات التي
            # استلمها العراق مؤخرا نفذت غاراتها")
            best, gap = x, hi - lo - 1
    return best


# words a stretch may stand from its deed ("قتل مؤخرا في سوريا شاب")
_STRETCH_REACH: Final = 4


_FUTURE_REACH: Final = 8
# what stands before "لـ + deed" when the deed befell someone ("تعرض لقصف"): no purpose
_PURPOSE_BLOCKERS: Final = ("exposed", "occurred", "result")
# "تعرضت قرى سهرة والحيمة … لاستهداف": a list of places may part the verb from its
# deed; "حملة شنتها القوات لاستهداف البؤر" keeps its aim three words after the verb
_PURPOSE_BLOCK_REACH: Final = 8


_ADDITION: Final = frozenset({"اضافه", "واضافه", "بالاضافه", "وبالاضافه"})


def _purpose(d: Draft, class_at: dict[str, list[int]]) -> bool:
    """A deed noun behind لـ that says what something is for ("طلعات طيران
    التحالف لاستهداف أرتال داعش"، "خططت لاستهداف"، "لاغتيال قادة"): an aim,
    not a report.  With the article, لـ is mostly "of" ("اللحظات الأخيرة
    للتفجير"), so only the bare noun reads so.  Only the verbal nouns of class
    ``purpose_deed`` read so; being exposed to a deed ("تعرضت لقصف") or a
    deed that led to one reports it."""
    if d.form.pos == "verb" or d.trigger.first not in class_at.get("purpose_deed", ()):
        return False
    tok = d.sentence.texts[d.trigger.first]
    bare = tok[1:] if tok[:1] in ("و", "ف") else tok
    if bare[:1] != "ل" or (d.trigger.key.startswith("ل") and not lam_glued(d.trigger.key, d.rule)):
        return False
    if d.trigger.first > 0 and d.sentence.texts[d.trigger.first - 1] in _MADE_FOR:
        return True  # "السيارات المفخخة المعدة للتفجير": made ready for it, the article or not
    if d.trigger.first > 0 and d.sentence.texts[d.trigger.first - 1] in _ADDITION:
        return False  # "إضافة للقبض على عمال": in addition to the arrest, which took place
    if bare[:2] == "لل" and not d.trigger.key.startswith("ال"):
        return False  # "اللحظات الأخيرة للتفجير": the article makes لـ "of", a genitive;
        # a deed that always takes it ("القبض") reads "in order to" ("جارية للقبض عليهم")
    return not any(0 < d.trigger.first - i <= (_PURPOSE_BLOCK_REACH if c == "exposed" else 3)
                   for c in _PURPOSE_BLOCKERS for i in class_at.get(c, ()))


# deeds a source may report as under way ("أكد أن قوات الجيش تحاصر عنصرا إرهابيا")
_UNDER_WAY_TYPES: Final = frozenset({"raid", "armed_clash", "attack", "rocket_strike", "air_strike"})
# speech-class words that are no past report: the present "يقول", and "according to"
_NO_PAST_REPORT: Final = frozenset({"يقول", "تقول", "حسب", "بحسب", "وفق", "وفقا"})
# how far the clause's "أن" may stand before its verb (its subject between), and the
# report verb before "أن" (its speaker and title between)
_UNDER_WAY_THAT: Final = 4
_UNDER_WAY_REPORT: Final = 8


def _reported_under_way(d: Draft, class_at: dict[str, list[int]],
                        place: PlaceMention | None) -> bool:
    """An imperfect deed verb that a source's past report states at a named town
    or site is under way, not a habit: "وأكد المتحدث أن قوات الجيش تحاصر عنصرا
    إرهابيا في مطماطة".  The imperfect alone, or at a whole country ("أوضح أن
    الإرهابيين يستهدفون الأمنيين في تونس"), stays habitual, and habit words
    (باستمرار، بشكل دوري) make it generic before this is asked."""
    if (d.form.pos != "verb" or d.form.tense != "present" or d.rule.type not in _UNDER_WAY_TYPES
            or place is None or place.place.feature in ("country", "region")):
        return False
    texts = d.sentence.texts
    first = d.trigger.first
    thats = [i for i in class_at.get("that_clause", ()) if 0 < first - i <= _UNDER_WAY_THAT]
    if not thats or any(not w.strip(PUNCT_CHARS) for w in texts[max(thats) + 1:first]):
        return False
    that = max(thats)
    return any(0 < that - v <= _UNDER_WAY_REPORT and texts[v].lstrip("وف") not in _NO_PAST_REPORT
               for v in class_at.get("speech_verb", ()))


def _exposed(d: Draft, class_at: dict[str, list[int]]) -> bool:
    """Something was exposed to the deed ("تعرضت مناطق في محيط دوما لقصف"): its
    لـ is the verb's, no purpose, however the trigger's spelling reads."""
    exposed = class_at.get("exposed", ())  # (most sentences have none)
    return any(0 < d.trigger.first - i <= _EXPOSED_REACH for i in exposed) if exposed else False


# a list of places and a day may stand between: "تعرضت مناطق في محيط مدينة دوما
# بالغوطة الشرقية أمس لقصف"
_EXPOSED_REACH: Final = 10


# "المعدة للتفجير"، "مجهزة للاستهداف": what a thing was made ready for (normalised)
_MADE_FOR: Final = frozenset({"المعده", "معده", "المجهزه", "مجهزه"})


# "خلال 3 أشهر"، "خلال الأسبوع الماضي"، "خلال الأشهر الماضية": a span that sums deeds
# (a dual with the article too: "خلال الشهرين الماضيين" is a period as the plural is)
_SPAN_UNITS: Final = frozenset({"اشهر", "شهور", "شهرين", "الاشهر", "الشهور", "اسابيع", "الاسابيع",
                         "اسبوعين", "اعوام", "الاعوام", "سنوات", "السنوات", "عامين", "سنتين",
                         "الشهرين", "الاسبوعين", "العامين", "السنتين",
                         "الاسبوع", "الشهر", "الايام", "ايام", "شهرا", "عاما", "سنه", "العام",
                         "العقد", "العقود", "عقود"})   # "خلال العقد الماضي"
# "خلال عطلة نهاية الأسبوع": the weekend, two days, no span that sums deeds
_SPAN_PARTS: Final = frozenset({"نهايه"})
# "منذ صباح اليوم"، "منذ ساعات": an incident under way, no tally
_SINCE_TODAY: Final = grammar_words("since_today")  # data/grammar_words.toml
_SPAN_REACH: Final = 8
_SINCE_REACH: Final = 8
# "ومنذ هجوم يونيو الذي دفع آلاف السياح إلى مغادرة تونس، اعتقل …": a clause ahead
_SINCE_LEAD_REACH: Final = 14
# words that open a span: "خلال 3 أشهر"، "في معارك استمرت أكثر من ثلاثة أشهر"
_SPAN_OPENERS: Final = frozenset({"خلال", "وخلال", "استمرت", "استمر", "دامت", "دام", "امتدت"})
# "شهدت معارك طوال أشهر"، "على مدى سنوات": with spans longer than days
_LONG_SPAN_OPENERS: Final = frozenset({"طوال", "طيله", "مدي", "مدار"})
_ANY_SPAN_OPENERS: Final = _SPAN_OPENERS | _LONG_SPAN_OPENERS
_LONG_UNITS: Final = frozenset({"اشهر", "شهور", "الاشهر", "الشهور", "اسابيع", "الاسابيع", "اعوام",
                         "الاعوام", "سنوات", "السنوات", "عقود", "العقود"})
_MONTHS: Final = frozenset({"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو",
                     "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري",
                     "افريل", "جوان", "جويليه", "اوت"})
# "ارتفاع العدد الإجمالي للقتلى إلى 3216": a running total
# deeds that a year's round-up counts ("اعتقلت السلطات 60 شخصا العام الماضي")
_ROUNDUP_TYPES: Final = frozenset({"arrest", "abduction"})
_PAST_WORDS: Final = frozenset({"الماضي", "المنصرم", "الفايت", "السابق"})   # "العام الماضي", not "العام الحالي"
# more strikes or attacks than one report tells of
_MANY_INCIDENTS: Final = 100
# more dead or wounded than one attack leaves (the worst, 11 September 2001, near 3,000
# dead, is recalled by its date and generic anyway): a war's or a campaign's toll
_MANY_DEAD: Final = 1000
_TOTAL_WORDS: Final = frozenset({"الاجمالي", "اجمالي", "الاجماليه", "اجماليه"})
# tolls a span of time may sum ("2041 قنبلة برميلية … خلال شهر يوليو")
_SUMMED_KINDS: Final = frozenset({"killed", "wounded", "arrested", "abducted", "munitions"})


def since_dated(s: Sentence, date: DateMatch, trigger_last: int) -> bool:
    """The date is a "since" ("منذ 20 يوليو"، "منذ بداية الشهر"), not "since
    this morning": what it dates is counted since then (a tally), and so is
    whatever a merge joins to it (eventx.merge.combine).  Not where a word
    carrying the toll on to a running total stands between the deed and the
    date ("قتل جنديين في هجومين ليرتفع عدد القتلى منذ 20 يوليو إلى 21"): the
    day dates the total, the deed is today's."""
    k = s.token_at(date.start)
    texts = s.texts
    return (k > 0 and texts[k - 1] in _SINCE_WORDS and texts[k] not in _SINCE_TODAY
            and not any(w in _TOLL_RAISERS for w in texts[trigger_last + 1:k]))


_TOLL_RAISERS: Final = grammar_words("toll_raisers")  # data/grammar_words.toml
# the longest background stretch that may date one incident: "في الأشهر
# الأخيرة" (180 days, a cue's business) and below; a stretch of years sums deeds
_TALLY_STRETCH_DAYS: Final = 180


def _tally(d: Draft, counts: tuple[CountMatch, ...], openers: list[int],
           date: DateMatch | None = None, stretch: DateMatch | None = None) -> bool:
    """A toll summed over a period, not one incident's ("750 شخصا قتلوا في معارك
    عدن خلال 3 أشهر"، "وقتل الحزب 21 من أفراد قوات الأمن منذ 20 يوليو"، "خلال
    الأسبوع الماضي قتلت 47"): "خلال" with a span of weeks, months or years
    near the deed, "منذ" right after its toll or before its date (not "since
    this morning"), or
    a total ("العدد الإجمالي للقتلى إلى 3216") before it, or a background
    stretch of more than half a year dating it ("في العامين الماضيين"،
    "في السنوات الخمس الأخيرة": deeds summed over years, no incident), or
    one counted in weeks, months or years, a dual or a number of them as
    the plural is ("في الشهرين الأخيرين"، "في الأسبوعين الماضيين"،
    ``dates_stretch.period_stretch``)."""
    if d.rule.type not in SECURITY_TYPES:
        return False
    s = d.sentence
    if stretch is not None and stretch.start_date is not None and stretch.end_date is not None and (
            (stretch.end_date - stretch.start_date).days > _TALLY_STRETCH_DAYS
            or period_stretch(s.texts[s.token_at(stretch.start):s.token_at(stretch.end - 1) + 1])):
        return True  # "في الشهرين الأخيرين"، "خلال الأسابيع الثلاثة الماضية": a period
    toks = s.tokens
    texts = s.texts
    if (date is not None and date.precision == "year" and d.rule.type in _ROUNDUP_TYPES
            and any(c.kind in ("arrested", "abducted") for c in counts)
            and any(w in _PAST_WORDS
                    for w in texts[s.token_at(date.start):s.token_at(date.end - 1) + 1])):
        return True  # "اعتقلت 60 شخصا مرتبطين بداعش العام الماضي": a year's arrests
    if date is not None and since_dated(s, date, d.trigger.last):
        return True  # dated "since 20 July": a count kept since then
    # every test below answers True: only the openers near the deed need asking,
    # and most sentences have none (``openers``: found once a sentence, not once a draft)
    near = [(d.trigger.first - _SPAN_REACH, d.trigger.last + _SPAN_REACH)] if openers else []
    for c in counts:
        if openers and c.kind in _SUMMED_KINDS:
            # the span may qualify the toll rather than the deed: "اعتقال أكثر من 20
            # عنصرا يشتبه بانضمامهم إلى تنظيمات متشددة خلال أربعة أيام"
            last = s.token_at(c.end - 1)
            near.append((last + 1, last + _SPAN_REACH))
    for j in openers:
        if not any(a <= j <= b for a, b in near):
            continue
        if texts[j] in _SPAN_OPENERS and any(
                texts[k] in _SPAN_UNITS and texts[k - 1] not in _SPAN_PARTS
                for k in range(j + 1, min(len(toks), j + 6))):
            return True
        if texts[j] in _LONG_SPAN_OPENERS and any(
                w in _LONG_UNITS for w in texts[j + 1:min(len(toks), j + 4)]):
            return True  # "شهدت معارك طوال أشهر"; "على مدى 3 أيام" is one incident's span
        if texts[j] in ("خلال", "وخلال") and any(
                w in _MONTHS for w in texts[j + 1:min(len(toks), j + 3)]):
            return True  # "خلال يوليو الماضي"، "خلال شهر يوليو": a month's deeds
    if counts and any(c.kind in ("killed", "wounded", "arrested", "abducted") for c in counts) and any(
            (texts[j] == "ومنذ" or (j == 0 and texts[j] == "منذ"))
            and texts[j + 1] not in _SINCE_TODAY
            for j in range(max(0, d.trigger.first - _SINCE_LEAD_REACH), d.trigger.first)):
        return True  # "ومنذ هجوم يونيو … اعتقل نحو 150 شخصا": a count kept since then
    for c in counts:
        if c.kind in ("killed", "wounded") and c.value >= _MANY_DEAD:
            return True  # "نحو أربعة آلاف شخص قتلوا": a war's toll, no attack's
        if (c.kind == "incidents" and c.value >= _MANY_INCIDENTS
                and 0 <= d.trigger.first - s.token_at(c.end - 1) <= 2
                and not any(_year_like(w)  # "26 مارس 2005 تفجير": a year, no count
                            for w in texts[s.token_at(c.start):s.token_at(c.end - 1) + 1])):
            return True  # "أكثر من 36 ألف غارة جوية": a campaign summed
        if c.kind in ("incidents", "attackers", "munitions"):
            continue
        last = s.token_at(c.end - 1)
        if any(w in _TOTAL_WORDS for w in texts[max(0, last - 6):last]):
            return True
        for j in range(last + 1, min(len(toks) - 1, last + _SINCE_REACH + 1)):
            if texts[j] in _SINCE_WORDS and texts[j + 1] not in _SINCE_TODAY:
                return True
    return False


# the subject of a warning stands after its verb; a second party unlocated is
# whom it warns ("حذر ترامب طهران من أن …")
_WARN_REACH: Final = 18


def _idle_warning(d: Draft, class_at: dict[str, list[int]]) -> bool:
    """A warning of an outcome that warns no one and threatens nothing: "حذر
    نائب الأمين العام … من النتائج المروعة للحرب"، "سبق أن حذرت من أن التمدد
    الإيراني سيجعلنا …".  Its complement "من" comes with no party warned before
    it (a name after the speaker's, right before "من"), and names an outcome
    (class ``warned_outcome``) or a clause "من أن"
    whose subject is not the speaker ("من أنها ستحمل إيران المسؤولية" vows
    the speaker's own action: a threat)."""
    if d.rule.type != "threat" or not d.trigger.key.startswith(("حذر", "تحذير")):
        return False
    s = d.sentence
    toks = s.tokens
    texts = s.texts
    end = min(len(toks) - 1, d.trigger.last + _WARN_REACH)
    if any(texts[k] in _OF_IT for k in range(d.trigger.last + 1, min(len(toks), d.trigger.last + 3))):
        return True  # "كان متنبها للنيات التركية، وحذر منها": of a thing told before
    # "حذر مصدر رسمي من داخل المحافظة من أن الوضع …": the first "من" told where
    # the speaker stands
    j = next((k for k in range(d.trigger.last + 1, end) if texts[k] == "من"
              and (k + 1 >= len(toks) or texts[k + 1] not in _FROM_WHERE)), None)
    if j is None:
        return False
    heard = [a for a in s.actors if d.trigger.last < a.first < j and not _located(s, a.first, a.key)]
    named = _parties({(a.first, a.last) for a in heard},
                     {(h.first, h.last) for h in s.hits
                      if d.trigger.last < h.first < j and "title" in h.kinds},
                     {(a.first, a.last) for a in heard if a.info.kind == "person"})
    if len(named) > 1 and prev_word(s, j) <= named[-1][1]:
        return False  # "حذر ترامب طهران من أن": the party warned, right before "من"
    nxt = texts[j + 1]
    if nxt in _THAT_PRONOUNS and j + 2 < len(toks) and texts[j + 2] in _POSSIBILITY:
        return True  # "حذرت السفارة من أنها يمكن أن تكون هدفا": a fear, no vow
    outcome = class_at.get("warned_outcome", ())
    # "من موجة" may be read as one phrase, the class then at "من" itself
    return nxt == "ان" or (j + 1) in outcome or j in outcome


# "حذر منها"، "حذرت منه": a warning of what the text named before
_OF_IT: Final = frozenset({"منه", "منها", "منهم", "منهما"})
# "من داخل"، "من قبل": where a speaker stands, no complement of the warning
_FROM_WHERE: Final = frozenset({"داخل", "قبل", "جانب", "جهه", "خارج", "بين"})
# "من أنها يمكن أن …": the speaker fears what may befall it (data/grammar_words.toml)
_THAT_PRONOUNS: Final = grammar_words("that_pronouns")
_POSSIBILITY: Final = grammar_words("possibility_words")


# the complement "من" of a warning stands within a few words of it, the party
# warned between ("تحذير استراليا تونس من عملية إرهابية"); the deed warned of
# comes right after that "من", or a word or two on ("من اندلاع احتجاجات"،
# "من هجمات محتملة تستهدف")
_WARNED_REACH: Final = 6
_WARNED_DEED_REACH: Final = 3


def _parties(actors: set[tuple[int, int]], titles: set[tuple[int, int]],
             persons: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the parties named, a title and the person's name right
    after it one party, a nationality between ("وزير الخارجية الألماني فرانك
    فالتر شتاينماير"): the speaker, not a speaker and a party warned.  A group
    or a state after a title is the party warned ("حذر وزير الدفاع المتمردين
    من أن الجيش سيرد"): only a person's name is the title holder's."""
    out = sorted(actors | titles)
    title_ends = {last for _, last in titles}
    merged: list[tuple[int, int]] = []
    for first, last in out:
        if merged and (merged[-1][1] in title_ends and first <= merged[-1][1] + 2
                       and (first, last) in persons or first <= merged[-1][1]):
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


def _warned_of(d: Draft, class_at: dict[str, list[int]]) -> bool:
    """A deed that a warning warns of has not happened: "حذر الحزب من اندلاع
    احتجاجات واسعة"، "لا علاقة بين تحذير استراليا تونس من عملية إرهابية وبين
    هجوم قبلي".  The deed stands right after the first "من" that follows a
    word of the class ``warning``; a later "من" belongs to another phrase ("حذر
    من الإرهابيين قبل فترة قصيرة من الهجوم": the attack took place)."""
    if d.rule.type == "threat":
        return False
    toks = d.sentence.tokens
    texts = d.sentence.texts
    for w in class_at.get("warning", ()):
        if w >= d.trigger.first:
            break
        j = next((k for k in range(w + 1, min(len(toks), w + _WARNED_REACH + 1))
                  if texts[k] == "من"), None)
        if j is not None and 0 < d.trigger.first - j <= _WARNED_DEED_REACH \
                and not any(not texts[k].strip(PUNCT_CHARS) for k in range(w + 1, d.trigger.first)):
            return True
    return False


def _future_date(s: Sentence, d: Draft, date: DateMatch | None,
                 class_at: dict[str, list[int]]) -> bool:
    """The event's date lies ahead of the telling ("يعقد الوزراء اجتماعا الأسبوع
    المقبل"، "مظاهرة غدا"): its own date, or where none resolved (no reference
    date) the nearest date expression of its clause, holds a word of the
    class `future`.  A thing dated ahead has not happened yet: planned."""
    ahead = class_at.get("future", ())
    if not ahead:
        return False
    trig = d.trigger
    if date is not None and not _date_near(d, date):
        date = None  # far off: another deed's date, perhaps; look near the trigger
    near = [date] if date is not None else [
        x for x in _firm(s)
        if min(abs(s.token_at(x.start) - trig.first), abs(s.token_at(x.end - 1) - trig.last))
        <= _FUTURE_REACH and not _boundary_between(s, s.token_at(x.start), trig.first)
        and _date_near(d, x)]
    return any(s.token_at(x.start) <= i <= s.token_at(x.end - 1) for x in near for i in ahead)


_AHEAD_REACH: Final = 10
# words about what is to come: their date is their content's ("هدد بالتوقف موفى الشهر")
_TOLD_AHEAD: Final = frozenset({"statement", "threat"})


def dated_ahead(d: Draft, ref: dt.date | None) -> Draft:
    """A deed or a visit whose own date lies after the day of publication has
    not happened yet ("يؤدي الوزير زيارة عمل إلى تونس يومي 4 و5 جوان" in an
    article of 2 June): planned, whatever words (or none) say so.  Needs the
    reference date, which only the document knows (eventx.extractor).  Only
    a date the text states in full counts: a weekday or "the weekend" told
    against a wrong publication date would resolve ahead of it."""
    if (ref is None or d.modality not in ("asserted", "claimed") or d.rule.type in _TOLD_AHEAD
            or d.date is None or d.date.relative
            or d.date.start_date is None or d.date.start_date <= ref):
        return d
    return attrs.evolve(d, modality="planned") if _date_near(d, d.date) else d


def _date_near(d: Draft, date: DateMatch) -> bool:
    """The date is told within reach of the trigger, in its sentence: a date
    far off may belong to another deed of a long sentence ("… هجوم متزامن …
    فيما تقرر عقد اجتماع أمني عاجل … يوم غد")."""
    s = d.sentence
    if not s.start <= date.start < s.end:
        return False
    a, b = s.token_at(date.start), s.token_at(date.end - 1)
    if min(abs(a - d.trigger.last), abs(b - d.trigger.first)) > _AHEAD_REACH:
        return False
    lo, hi = (b + 1, d.trigger.first) if b < d.trigger.first else (d.trigger.last + 1, a)
    # "اجتماع يوم غد بعد عدة هجمات": the deed is what the date is told after
    return not any(s.texts[i] in _SEQUENCE_WORDS for i in range(lo, hi))


_SEQUENCE_WORDS: Final = frozenset({"بعد", "قبل", "عقب", "اثر", "وبعد", "وقبل", "وعقب", "اعقاب"})


def _shared_dates(s: Sentence, stated: list[DateMatch], d: Draft,
                  owner: list[Draft]) -> list[DateMatch]:
    """A deed with no date of its own shares the time an earlier deed of its
    sentence set ("بدأت حملة الشهر الماضي والتي شملت ضربات جوية … واعتقال
    مئات").  Never the day of a statement that is news itself: "أعلن ظريف
    اليوم الخميس رفضه تعازي ترامب في هجومين" dates the words, not the
    attacks.  The day of an announcement that only reports the deed ("أعلن
    الكاظمي في 28 يناير أن الجيش قتل …") is the best the text gives, as where
    the report is no event of its own."""
    if d.rule.type not in SECURITY_TYPES:
        return []
    trig = d.trigger
    out = []
    for x in stated:
        i = s.token_at(x.end - 1)
        o = owner[min(s.token_at(x.start), len(owner) - 1)]
        if i >= trig.first or (d.rule.absorbable and x.precision != "day"):
            continue  # a toll dated by a month or a year reads as a tally over it
        reported = _reported_at(s, x, trig)
        if reported and d.form.pos != "verb" and _definite_word(s.texts[trig.first]):
            continue  # "قال في بيان اليوم إن الهجوم عمل جبان": the attack told before
        if o.rule.type in SECURITY_TYPES and o.form.pos == "verb" and _relative_clause(o):
            continue  # "الصدر الذي اغتيل عام 1999": background told of someone
        if (o.rule.type in SECURITY_TYPES and not reported) or (o.rule.subordinate and reported):
            out.append(x)
    return out


def _definite_word(tok: str) -> bool:
    """The word carries the article, bare or behind a conjunction (الهجوم، والحادث)."""
    return tok.startswith(("ال", "وال", "فال"))


def _reported_at(s: Sentence, x: DateMatch, trig: Hit) -> bool:
    """"قال مسؤولون الأحد: إن مسلحين هاجموا … الليلة الماضية": a date before the
    complementizer that opens the reported clause dates the report, not the
    incident; it is used only where the clause states no date of its own
    ("أعلنت الوزارة الأسبوع الماضي أن قوات الجيش قتلت 14")."""
    i = s.token_at(x.end - 1)
    return i < trig.first and _complementizer_between(s, i, trig.first)


def _ends_period(s: Sentence, x: DateMatch) -> bool:
    """"أصيب 400 حتى الأول من أغسطس": the day a toll was counted up to, not the event's."""
    i = s.token_at(x.start)
    return i > 0 and ends_period(s.texts[i - 1])


# how many words an apposition may put between two persons of one list
# ("النقيب محمد أمين … معاون مباحث قسم شرطة ثالث العريش والمجند رضا أحمد مهني")
_LIST_GAP: Final = 10


def _listed_role(s: Sentence, a: ActorMention,
                 roles: list[tuple[str, ActorMention]]) -> str | None:
    """The role of the list ``a`` ends, when the distance window cut it off:
    a list joined by و is taken whole ("استشهاد النقيب X … والمجند Y").
    ``a`` is joined right after an actor with a role ("X وY", same kind of
    thing), or is a person named after a title or role noun glued to و
    ("والمجند رضا") a few words after a person with a role, with no clause
    break or other deed between."""
    j = prev_word(s, a.first)
    if j < 0:
        return None
    by_role = {x.last: r for r, x in roles}
    joined = s.texts[a.first][:1] == "و"
    if joined and j in by_role:
        prev = next(x for r, x in roles if x.last == j)
        return by_role[j] if _joinable(s, prev, a) else None
    title = next((h for h in s.hits if h.last == j and h.of_kind("title")), None)
    if a.info.kind != "person" or title is None or s.texts[title.first][:1] != "و":
        return None
    for r, x in sorted(roles, key=lambda rx: -rx[1].last):
        if x.info.kind != "person" or x.last >= title.first:
            continue
        between = range(x.last + 1, title.first)
        if len(between) > _LIST_GAP or any(
                not s.texts[k].strip(PUNCT_CHARS) or s.texts[k] in _COMPLEMENTIZERS for k in between) \
                or any(h.of_kind("trigger") and x.last < h.first < title.first for h in s.hits):
            return None
        return r
    return None


def _joined_to_agent(s: Sentence, a: ActorMention, trig: Hit,
                     roles: list[tuple[str, ActorMention]], cues: list[int]) -> bool:
    """``a`` is joined by و right after the doer a deed noun names: its
    genitive or ل-phrase ("ضربات جوية للتحالف الدولي والطيران العراقي"،
    "بغارات طائرات التحالف، والجيش العراقي") or the phrase an agent cue
    (``cues``: where they start) puts after it ("هجمات من قبل حزب الله وقوات
    النظام"): a co-doer.  Unlike a subject's conjuncts (_joinable), the first
    may carry the genitive's ل, which governs the whole list.  Not after a
    استفعال noun, whose genitive is its object ("استهداف داعش وحزب العمال");
    a person joins no body, and a name that opens with و (وزارة) is none."""
    if _object_genitive(trig):
        return False
    agents = {x.last: x for r, x in roles if r == "agent" and x.first > trig.last}
    cur = a
    # back along the list to its head: "طائرات التحالف، والجيش العراقي والقوة الجوية"
    while s.texts[cur.first][:1] == "و" and cur.key[:1] != "و":
        x = agents.get(prev_word(s, cur.first))
        if x is None or (x.info.kind == "person") != (a.info.kind == "person"):
            return False
        if _adjoined(s, trig, x) or any(x.first - _CUE_REACH <= p < x.first for p in cues):
            return True
        cur = x
    return False


# how many tokens before the doer an agent cue may start ("من قبل تنظيمي القاعدة")
_CUE_REACH: Final = 4


def _object_genitive(trig: Hit) -> bool:
    """The deed noun is a transitive one whose genitive is its object
    ("تستمر المقاومة في استهداف المسلحين"، "اغتيال الضابط"), never its doer
    (classes.toml: object_genitive, which names no قصف or هجوم: "قصف مقاتلات
    التحالف"، "هجوم داعش" name who did it)."""
    return "object_genitive" in trig.classes


def _deed_object(s: Sentence, trig: Hit, a: ActorMention, feats: set[str]) -> bool:
    """``a`` is the object of the transitive deed noun ``trig``: its genitive
    or ل-phrase right after it ("لاستهداف تنظيم داعش"، "واستهداف للقوات
    الأمنية"), so what the deed struck, never who did it.  The genitive is the
    doer when the object follows it: a ل-phrase ("استهداف التنظيم لصغار
    السن": genobj) or an indefinite accusative ("إثر استهداف المقاومة رتلا
    عسكريا"); so is a doer an agent cue names ("من قبل")."""
    if (a.first <= trig.last or "first" not in feats or "adjoined" not in feats
            or "genobj" in feats or "cue:agent_cue" in feats or not _object_genitive(trig)):
        return False
    if "prep:ل" in feats:
        return True
    return "bare" in feats and not _accusative_follows(s, a)


def _deed_noun_doer(s: Sentence, trig: Hit, a: ActorMention) -> bool:
    """``a`` is a ل-phrase adjoined to a deed noun that stands right after the
    verb ``trig``, as its object ("وشنت ضربات جوية للتحالف الدولي على مواقع")
    or its subject ("واستهدفت غارات للجيش التركي مواقع"): the noun's doer, as
    "غارات للتحالف" alone names it, not what the verb's deed struck."""
    j = trig.last + 1
    for h in s.hits:
        if h.first == j and h.last < a.first and any(
                e.value.pos != "verb" for e in h.of_kind("trigger")):
            return _adjoined(s, h, a)
    return False


# words in the accusative's form that are no object: a time or a manner
# ("استهداف داعش أيضا"، "استهداف المسلحين ليلا"), and the prepositions that
# may follow a genitive in a construct ("استهداف المسلحين خلال الفترة")
# (data/grammar_words.toml)
_NOT_OBJECTS: Final = (grammar_words("not_first_names") | grammar_words("manner_words")
                | grammar_words("accusative_adverbs") | grammar_words("genitive_followers")
                | grammar_words("clause_words"))


def _accusative_follows(s: Sentence, a: ActorMention) -> bool:
    """The object of the verbal noun whose genitive is ``a`` follows it, so
    ``a`` is the doer: after its adjectives, the actors و joins to it and a
    comma, a ل-phrase ("استهداف الطيران الحربي النظامي لقرى"، "استهداف قوات
    النظام لها"), an indefinite accusative ("إثر استهداف المقاومة رتلا") or
    a noun in construct ("استهداف التنظيم أمن المنطقة"، "استهداف الميليشيات
    الحوثية وأتباع صالح، برج المطار")."""
    toks = s.tokens
    texts = s.texts
    n = len(toks)
    joined = {x.first: x.last for x in s.actors if x.first > a.last}
    j = a.last + 1
    while j < n:
        k = next((i for i in range(j, min(j + _JOINED_REACH, n)) if i in joined), -1)
        if texts[j][:1] == "و" and k >= 0 and not any(not texts[i].strip(PUNCT_CHARS) for i in range(j, k)):
            j = joined[k] + 1  # "وأتباع الرئيس المخلوع علي عبد الله صالح": a co-genitive
        elif texts[j].startswith("ال") and j not in joined and texts[j] not in _BOUNDARY_WORDS:
            j += 1  # its adjectives ("الحربي النظامي")
        else:
            break
    if j < n and texts[j] in ("،", ","):
        j += 1
    if j >= n:
        return False
    tok = texts[j].rstrip("\u064b")  # tanwin fath: "رتلاً"
    if (tok in _NOT_OBJECTS or tok[:1] in ("و", "ف", "ب", "ك")
            or not texts[j].strip(PUNCT_CHARS)):
        return False
    if tok[:1] == "ل":
        return len(tok) > 1 and tok not in _L_FUNCTION_WORDS or tok in _L_PRONOUNS
    if tok.startswith("ال"):
        return False
    # an indefinite word after a definite genitive is none of its adjectives
    # ("استهداف طيران التحالف العربي سلسلة غارات")
    return (len(tok) > 3 and tok.endswith("ا")) or texts[j - 1].startswith("ال") or (
        j + 1 < n and texts[j + 1].startswith("ال"))


# how many words of a و-joined genitive may stand before its actor ("وأتباع
# الرئيس المخلوع علي عبد الله صالح")
_JOINED_REACH: Final = 4
# "لها"، "لهم": ل with a pronoun after a verbal noun's genitive is its object
_L_PRONOUNS: Final = frozenset({"له", "لها", "لهم", "لهما"})


def _qualifies_trigger(s: Sentence, trig: Hit, a: ActorMention) -> bool:
    """A nationality adjective right after a deed noun, or after one
    describing adjective, says whose deed it was."""
    j = trig.last + 1
    if j < a.first and s.texts[j] in DEED_ADJECTIVES:
        j += 1
    return j == a.first


def _whose_deed(s: Sentence, d: Draft, a: ActorMention) -> bool:
    """The nationality adjective ``a`` qualifies the deed of ``d``: its noun
    trigger, or, for a verb, the deed noun that is the verb's subject right
    after or before it ("استهدفت الغارات الأمريكية مواقع"، "الغارات التركية
    قتلت")."""
    trig = d.trigger
    if d.form.pos != "verb":
        return _qualifies_trigger(s, trig, a)
    return any(h is not trig and (h.first == trig.last + 1 or (a.last + 1 == trig.first and h.last < a.first))
               and any(e.value.pos != "verb" for e in h.of_kind("trigger"))
               and _qualifies_trigger(s, h, a) for h in s.hits)


def _relative_head(s: Sentence, a: ActorMention,
                   by_last: dict[int, ActorMention]) -> ActorMention | None:
    """The actor a relative clause holding ``a`` describes: in "قوات التحالف
    الذي تقوده الولايات المتحدة" the clause's own subject (the US) only
    qualifies the coalition, which is the subject of what follows."""
    v = prev_word(s, a.first)  # the relative clause's verb
    rel = prev_word(s, v) if v >= 0 else -1
    if rel < 0 or s.texts[rel] not in _BOUNDARY_WORDS:
        return None
    return by_last.get(prev_word(s, rel))


# "القوات الأمنية بمشاركة متطوعي العشائر فرضت": both act
_WITH_WORDS: Final = frozenset({"بمشاركه", "بمسانده", "بدعم", "باسناد", "بمعيه", "ومعها", "ومعه", "مع"})
# how many actors one subject may join (a list longer than that is no subject)
_MAX_CO_SUBJECTS: Final = 4
# words between "مع" and a partner's name that describe it (مع نظيره الأمريكي جون كيري)
_PARTNER_GAP: Final = 3


def _co_subjects(s: Sentence, a: ActorMention, by_last: dict[int, ActorMention],
                 class_at: dict[str, list[int]]) -> tuple[ActorMention, ...]:
    """The actors joined to the subject ``a`` before it: by و ("طيران الجيش
    والقوة الجوية نفذت"), by "بمشاركة" / "بالتنسيق مع" (X with the help of Y:
    "قيادة الفرقة الثامنة وبالتنسيق مع طيران الجيش … نفذت") or by مع ("بحث
    الجبير مع نظيره الأمريكي جون كيري خلال لقائهما"): subjects too, though not
    the nearest.  A name may stand a few describing words after مع."""
    with_starts = set(class_at.get("with_cue", ()))
    out: list[ActorMention] = []
    cur = a
    while len(out) < _MAX_CO_SUBJECTS:
        j = prev_word(s, cur.first)
        if j < 0:
            break
        tok = s.texts[cur.first]
        prev = by_last.get(j)
        if prev is not None and tok[:1] == "و" and prev not in out:
            if not _joinable(s, prev, cur):
                break
            out.append(prev)  # "X وY": coordinated
            cur = prev
            continue
        k = j
        for _ in range(_PARTNER_GAP):
            if k < 0 or s.texts[k] in _WITH_WORDS or k in by_last:
                break
            k = prev_word(s, k)
        if k < 0 or k in by_last:
            break
        if s.texts[k] in _WITH_WORDS:
            k = prev_word(s, k)
            if k in with_starts:  # "بالتنسيق مع": the phrase's first word
                k = prev_word(s, k)
        else:
            # a class phrase ("بالتنسيق مع") ends at k: its first token is listed
            start = max((i for i in with_starts if i <= k), default=-1)
            if start < 0 or k - start > 2:
                break
            k = prev_word(s, start)
        if k >= 0 and s.texts[k] in ("و",):
            k = prev_word(s, k)
        prev = by_last.get(k)
        if prev is None or prev in out or not _joinable(s, prev, cur):
            break
        out.append(prev)
        cur = prev
    return tuple(out)


def _joinable(s: Sentence, prev: ActorMention, cur: ActorMention) -> bool:
    """``prev`` may be a subject joined to ``cur``: no preposition glued to it
    ("تابعة لميليشيات الحوثي والمسلحين" names whose cells, not who acts), and
    a person joins no body ("عناصر من ميلشيات الحوثي والمخلوع صالح")."""
    tok = s.texts[prev.first]
    name = prev.info.name
    glued = tok.startswith(("لل", "ل", "ب", "ول", "وب")) and not name.startswith(("ل", "ب"))
    return not glued and (prev.info.kind == "person") == (cur.info.kind == "person")


def _claimed_in_relative(s: Sentence, a: ActorMention, class_at: dict[str, list[int]]) -> bool:
    """``a`` is named by "التي تبناها X" / "الذي نفذه X": the clause says who
    did the deed it follows, so the relative pronoun does not cut it off."""
    cue = prev_word(s, a.first)
    return (cue >= 0 and cue in class_at.get("agent_cue", ())
            and prev_word(s, cue) >= 0 and s.texts[prev_word(s, cue)] in _BOUNDARY_WORDS)


def _plain_words(s: Sentence, names: bool, row: bytes) -> list[int]:
    """Prefix counts of the plain words of a sentence: tokens that are neither
    punctuation nor part of a date, nor (with ``names``) of a named actor.

    Why: Arabic puts verb, subject, adjuncts, object; a long subject ("الرئيس
    الأميركي دونالد ترامب") and a dated aside ("الأربعاء، 7 يونيو 2017") put
    the object far from its verb in words, not in structure ("حذر … طهران"،
    "التقى الأمير محمد بن سلمان في الرياض أمس الرئيس هادي").  Words said or
    a meeting name few parties; an incident's long report names many, and
    there a name between the deed and an actor mostly ends its clause.
    ``row`` is the sentence's ``_word_row``."""
    named = bytearray(len(s.tokens))
    for a in s.actors if names else ():
        named[a.first:a.last + 1] = b"\x01" * (a.last + 1 - a.first)
    for x in _firm(s):
        lo, hi = s.token_at(x.start), s.token_at(x.end - 1)
        named[lo:hi + 1] = b"\x01" * (hi + 1 - lo)
    # a word counts where it is no punctuation (1) and not named (0): the
    # comparison runs in C over the two byte rows
    return [0, *accumulate(map(gt, row, named))]


def _word_row(texts: Sequence[str]) -> bytes:
    """1 for a word, 0 for a token of punctuation only, one byte a token.

    Why: both the word counts and ``_plain_words`` count the words of a
    sentence; the row is read once in C (``str.strip`` mapped over the texts,
    several times cheaper than a method caller), once a sentence
    (``_SentenceFacts.row``)."""
    return bytes(map(bool, map(str.strip, texts, repeat(PUNCT_CHARS))))


# calls whose receiver's titles run long before the trigger ("تلقى الأمير محمد
# بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس
# اتصالا هاتفيا"): the subject may stand as far as an incident's actors.  Not
# meetings: a name far before a visit or a summit is mostly another clause's
# ("قال … إن حزب الله وداعش …، بحسب … للقمة")
_TITLED_SUBJECT_TYPES: Final = frozenset({"phone_call"})
_TITLED_SUBJECT_REACH: Final = 14


def _actor_window(d: Draft, a: ActorMention) -> int:
    """How far an actor may stand from the trigger: the rule's window, wider
    before a call, where only its subject stands (an actor after it may be
    what the call was about, and stays near)."""
    if d.rule.type in _TITLED_SUBJECT_TYPES and a.last < d.trigger.first:
        return max(d.rule.place_window, _TITLED_SUBJECT_REACH)
    return d.rule.place_window


def _actor_distance(plain: list[int], a: ActorMention, trig: Hit) -> int:
    """Plain words (see ``_plain_words``) between an actor and the trigger, plus one."""
    lo, hi = (a.last, trig.first) if a.last < trig.first else (trig.last, a.first)
    return plain[hi] - plain[lo + 1] + 1


def _reach(plain: list[int], a: ActorMention, trig: Hit, results: list[int]) -> int:
    """How far an actor stands from a deed: from its trigger, or from the verb
    of the deed's result clause ("أسفر عن مقتل"، "ما أدى إلى استشهاد") when
    the actor is named in it; the victims a deed's outcome lists are its own
    however long the report of how it was done."""
    d = _actor_distance(plain, a, trig)
    for r in results:
        if r < a.first:
            d = min(d, plain[a.first] - plain[r + 1] + 1)
    return d


def _distance(counts: list[int], first: int, last: int, trig: Hit) -> int:
    """Words between a mention and the trigger, punctuation not counted
    (``counts``: the sentence's word counts, ``_word_counts``)."""
    lo, hi = (last, trig.first) if last < trig.first else (trig.last, first)
    return max(0, counts[hi] - counts[lo + 1]) + 1


def _word_counts(texts: Sequence[str]) -> list[int]:
    """Prefix counts of the words (tokens that are no punctuation) of a
    sentence: ``counts[j] - counts[i]`` words stand among tokens [i, j).

    Why: how many words part a mention from its trigger is asked of every
    actor and every place of every draft; the counts are run once in C over
    the token texts (as ``_plain_words`` does) once a sentence
    (``_SentenceFacts.word_counts``), instead of a scan of the tokens
    between each time."""
    return list(accumulate(_word_row(texts), initial=0))


def _reported_clause(s: Sentence, a: int, b: int, pronoun: bool) -> bool:
    """A complementizer between tokens a and b that is no word of a name
    ("بان كي مون" is Ban Ki-moon, not "that"); with ``pronoun``, one with a
    pronoun glued on too ("أنها تمكنت").  A threat names whom it threatens in
    what it says ("حذرت الولايات المتحدة من أنها ستحمل إيران المسؤولية"),
    so only the bare word parts its actors."""
    openers = _REPORTED_OPENERS if pronoun else _COMPLEMENTIZERS
    named = {i for m in s.actors if a < m.first and m.last < b for i in range(m.first, m.last + 1)}
    return any(s.texts[i] in openers for i in range(a + 1, b) if i not in named)


# a reported clause opens with أن/إن, bare or with a pronoun (data/grammar_words.toml)
_REPORTED_OPENERS: Final = _COMPLEMENTIZERS | grammar_words("pronoun_complementizers")


def _complementizer_between(s: Sentence, a: int, b: int) -> bool:
    """A reporting clause ("X said that …") separates its speaker from the
    event.  Where complementizers stand is found once a sentence (most have
    one or none): the question is asked for every actor before a trigger."""
    found = _LAST_COMPLEMENTIZERS.get(
        (s.tokens,), None, lambda: word_positions(s.texts, _COMPLEMENTIZERS))
    return bool(found) and any(a < i < b for i in found)


_LAST_COMPLEMENTIZERS: Final[LastAnswer[list[int]]] = LastAnswer()


# a relative clause whose verb says a place was hit or saw the deed ("الهجمات
# التي ضربت لندن"، "التفجيرات التي هزت العاصمة"، "المعارك التي شهدتها المدينة")
# names the deed's own place
_SITE_VERBS: Final = frozenset({"ضربت", "ضرب", "هزت", "هز", "شهدت", "شهدتها", "شهدها", "شهد", "شهدته", "شهده",
                         "استهدفت", "استهدف", "طالت", "طال", "ضربا", "هزا"})
# a place introduced as one of several ("في سبع مدن بينها أربع غارات قرب الموصل")
# is a part of the incident's area, not its place
_PART_WORDS: Final = frozenset({"بينها", "بينهم", "منها", "منهم", "ابرزها", "اهمها"})


# "الاعتداء الذي وقع في مسجد قوات الطوارئ": the verbs of a relative clause that
# tells where the deed took place ("العملية الأمنية التي دارت وقائعها بمدينة
# سيدي بوزيد"، "الاشتباكات التي اندلعت في"، "العملية التي نفذت في")
_OCCURRED_VERBS: Final = frozenset({"وقع", "وقعت", "جري", "جرت", "حدث", "حدثت", "دار", "دارت",
                             "اندلع", "اندلعت", "تم", "تمت", "نفذ", "نفذت"})
# either: the verbs of a relative clause that place the deed
_PLACING_VERBS: Final = _SITE_VERBS | _OCCURRED_VERBS


def _site_in_relative(s: Sentence, a: ActorMention, trig: Hit) -> bool:
    """A thing right after a relative clause's site verb ("الهجوم الذي
    استهدف مسجدا"، "الاعتداء الذي وقع في مسجد قوات الطوارئ") is what the deed
    before the clause hit: the relative pronoun does not cut it off."""
    if not a.thing or a.first <= trig.last:
        return False
    j = prev_word(s, a.first)
    if j >= 0 and s.texts[j] in ("في", "داخل", "امام"):
        j = prev_word(s, j)
    if j < 0 or s.texts[j] not in _PLACING_VERBS:
        return False
    rel = prev_word(s, j)
    return rel > trig.last and s.texts[rel] in _RELATIVE_OPENERS


def _site_of_relative(s: Sentence, i: int) -> bool:
    """The place at token i is the object of a site verb opening a relative clause."""
    j = i - 1
    return j >= 1 and s.texts[j] in _SITE_VERBS and s.texts[j - 1] in _BOUNDARY_WORDS


# how far into a site clause its place may stand ("الذي وقع في مسجد قوات
# الطوارئ الخاصة بأبها": six words)
_SITE_CLAUSE_REACH: Final = 8


def _in_site_clause(s: Sentence, i: int, d: Draft) -> bool:
    """The place at token i lies in the relative clause that follows the
    deed noun (after at most two definite adjectives) and says where the
    deed happened: "التفجير الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة
    بأبها" was in Abha, whatever office a place before the trigger
    qualifies.  No comma or other clause stands between the clause's verb
    and the place.  A verb's or a statement's object clause says nothing of
    where the verb's own deed or words were ("أدان الهجوم الذي وقع في …")."""
    trig = d.trigger
    if d.form.pos == "verb" or d.rule.type not in SECURITY_TYPES:
        return False
    k = trig.last + 1
    while (k < min(i, trig.last + 3) and s.texts[k] not in _BOUNDARY_WORDS
           and s.texts[k].startswith("ال")):
        k += 1
    if not (k + 1 < i and s.texts[k] in _BOUNDARY_WORDS
            and s.texts[k + 1] in _PLACING_VERBS):
        return False
    return i - (k + 1) <= _SITE_CLAUSE_REACH and not any(
        s.texts[j] in _CLAUSE_BREAKS or s.texts[j] in _BOUNDARY_WORDS
        for j in range(k + 2, i))


def _part_of_many(s: Sentence, i: int, trig: Hit) -> bool:
    """A "among them" word between the trigger and the place at token i."""
    lo, hi = (trig.last, i) if trig.last < i else (i, trig.first)
    return not _PART_WORDS.isdisjoint(s.texts[lo + 1:hi])


def _place_reading(s: Sentence, a: ActorMention, d: Draft, used_as_actor: set[int]) -> bool:
    """A country or capital named as an actor reads as the deed's place: after
    في/ب… (في إيران) or as the object of a site verb (التي ضربت لندن), when
    no role took it; or a city right after a nominal trigger, which is both
    the target and the place (اعتداءات طهران، هجمات باريس: the attacks IN the
    city; a country there is mostly the doer, هجوم إسرائيل)."""
    if not a.place_too:
        return False
    if a.first not in used_as_actor and (_place_here(s, a.first, a.key) or _site_of_relative(s, a.first)
                                         or (d.rule.type in _VISIT_TYPES and destination(s, a, d.trigger))):
        return True
    return (d.form.pos != "verb" and a.first == d.trigger.last + 1
            and a.place_too[0].feature != "country")


_CLAUSE_BREAKS: Final = AFTER_WORDS | {"،", ",", "؛", ";", "قبل"}

# deeds whose object is someone held: a "كان + imperfect" clause after them
# tells what that someone was doing (provenance.state_clause_tokens)
_HELD_TYPES: Final = frozenset({"arrest"})


def _owned_place(d: Draft, owner: list[Draft], s: Sentence, i: int) -> bool:
    """The place at token i is this draft's: its own by nearness, or a place
    after this trigger that a comma or بعد/عقب separates from the nearer
    trigger after it ("بزيارة … إلى مدينة عدن، بعد إعلان …": the visit's)."""
    o = owner[min(i, len(owner) - 1)]
    if o is d:
        return True
    trig = d.trigger
    if not (trig.last < i < o.trigger.first):
        return False
    return (any(s.texts[k] in _CLAUSE_BREAKS for k in range(i + 1, o.trigger.first))
            and not any(s.texts[k] in _CLAUSE_BREAKS for k in range(trig.last + 1, i)))


def _choose_place(d: Draft, owner: list[Draft], s: Sentence, used_as_actor: set[int],
                  skip: frozenset[int], f: _SentenceFacts,
                  last: frozenset[int] = frozenset(),
                  heading: frozenset[int] = frozenset()) -> PlaceMention | None:
    """The deed's place, never in ``skip``: a home ("أصيلة جربة"، "قادمين من
    تعز") nor, for an arrest, where the one held was hiding or heading ("خلية
    كانت تختبئ داخل أحد المنازل جنوب الشيخ زويد") — unless the sentence states
    no other place and no date: then that place is all that tells the deed as
    an incident (a deed with no anchor reads as generic), so it stays.  A
    place in ``last`` (a court's seat) is taken only when no other place is
    near: the court tries deeds done elsewhere ("بالمحكمة الابتدائية بتونس
    … بـ"شباو" (ولاية منوبة)"), but a local court mostly sits in the region
    where the deed it tries was done, so its city beats no place at all.
    A place in ``heading`` (where someone was going: "كمين لقافلة متجهة إلى
    مدينة تعز في محافظة إب") yields to another place that no comma parts
    from the trigger; one of another clause ("…، خاصة أن شقيقهم يدرس في
    أميركا") tells more often of something else than the destination does.
    A sentence with no candidate at all (``_SentenceFacts.placeless``) gives
    none: every pick would find an empty list."""
    if f.placeless:
        return None
    if heading:
        best = _pick_place(d, owner, s, used_as_actor, skip | last | heading, f)
        if best is not None and not _comma_apart(s, best.first, d.trigger.first):
            return best
    if last:
        best = _pick_place(d, owner, s, used_as_actor, skip | last, f)
        if best is not None:
            return best
    best = _pick_place(d, owner, s, used_as_actor, skip, f)
    if best is None and skip and not any(x.start_date is not None for x in _firm(s)):
        return _pick_place(d, owner, s, used_as_actor, frozenset(), f)
    return best


def _target_country(roles: list[tuple[str, ActorMention]], home: PlaceMention,
                    comp: Compiled) -> PlaceMention:
    """The place of a deed whose only place named is where it came from
    ("صاروخا أطلقته الميليشيات من محافظة صعدة باتجاه الأراضي السعودية"): the
    country it targets, where one of another country is among its targets
    (named, or by its adjective), for a rocket across a border lands in the
    target's country; else that home."""
    for role, a in roles:
        if role != "target":
            continue
        if a.place_too:
            p: Place | None = a.place_too[0]
        elif a.info.kind == "government" and a.info.code == a.info.country:
            p = comp.gazetteer.country(comp.actors.alpha2(a.info.country))  # the state itself
        else:
            continue
        if p is not None and p.feature == "country" and p.country != home.place.country:
            return PlaceMention(a.first, a.last, a.start, a.end, p, a.key)
    return home


def _locates_place(s: Sentence, a: ActorMention) -> bool:
    """A capital named as an actor, after a direction right behind a place
    the sentence names ("محافظة ديالى (شمال شرقي بغداد)"، "بمصر الجديدة (شرق
    القاهرة)"), only says where that place lies, as such a place does
    (``analysis.locates``).  Not a country nor a region of one (no
    province of its own): "اديامان (جنوب شرقي تركيا)"،
    "محافظة تعز، جنوب غربي اليمن" name a home or a destination as often as
    the scene, and the region of the country is then the safer place."""
    return a.place_too[0].admin1 is not None and any(
        locates(s.tokens, p.last, a.first) for p in s.places if p.last < a.first)


def _pick_place(d: Draft, owner: list[Draft], s: Sentence,
                used_as_actor: set[int], skip: frozenset[int],
                f: _SentenceFacts) -> PlaceMention | None:
    """The most specific place near the trigger, not across a relative clause
    (unless its verb names the site, or nothing nearer is stated), preferring
    a place the text locates to a bare name and a whole to one of its parts;
    none whose first token is in ``skip``."""
    trig = d.trigger
    cands = [*s.places, *s.implied]
    cands += [relative_mention(s.tokens, PlaceMention(a.first, a.last, a.start, a.end, a.place_too[0], a.key,
                                                      qualifier=_locates_place(s, a)))
              for a in s.actors if _place_reading(s, a, d, used_as_actor)]
    # the cheap tests first: a qualifier or a skipped token is never the place
    cands = [p for p in cands if not p.qualifier and p.first not in skip]
    in_site = {p.first: _in_site_clause(s, p.first, d) for p in cands}
    # where a visit went ("زيارة رسمية إلى ألمانيا"، "زار الرئيس القاهرة") is
    # stated as its place, as a name after في is: a country so named ranks,
    # and it is the visit's even where another trigger stands nearer
    dest = (frozenset(a.first for a in s.actors if a.place_too and went_to(s, a, trig))
            if d.rule.type in _VISIT_TYPES else frozenset())
    owned = [p for p in cands if _owned_place(d, owner, s, p.first) or in_site[p.first]
             or p.first in dest]
    cands = [p for p in owned if _distance(f.word_counts, p.first, p.last, trig) <= d.rule.place_window]
    near = [p for p in cands if not _strictly_between(f.boundaries, p.first, trig.first)
            or _site_of_relative(s, p.first) or in_site[p.first]]

    # the speaker's place yields only to one the deed names after it, in its
    # own clause (not "…، خاصة أن أخاه يدرس في أميركا"); where a killing's
    # place after it is another deed's, the one the dead fell in ("مقتل 5
    # جنود في هجوم بمدينة زنجبار"), the speaker's is not the killing's
    # either: unplaced, the toll joins that deed's record
    speaker_words = bool(f.sayers) and d.rule.type not in _SPEECH_TYPES and any(
        p.first > trig.last and not _strictly_between(f.complementizers, trig.last, p.first)
        for p in s.places)
    own_after = not speaker_words or d.rule.type != "killing" or any(p.first > trig.last for p in near)

    def rank(p: PlaceMention) -> tuple[int, int, int, int, int, int]:
        # a place the text locates (في X، بX، مدينة X، شمال X) is where it
        # happened; a bare name mostly qualifies something else (مكتب
        # التحقيقات في ميسيسيبي وارين سترين: a person; أمن بغداد)
        # …as is the name right after the trigger (هجوم أربيل، اعتداءات طهران)
        # …and a place of the deed's own site clause, before any other
        # ("المصابين … في الرياض، إثر التفجير الذي وقع بمسجد … في منطقة عسير")
        site = in_site[p.first]
        located = (_located(s, p.first, p.key) or _targeted(s, p.first)
                   or p.first == trig.last + 1 or _site_of_relative(s, p.first) or site
                   or p.first in dest)
        r, coarse = precision_rank(p.place)
        if r == 4 and not located:
            r = 9
        part = int(_part_of_many(s, p.first, trig))
        # a place of the reporting clause ("أكد مدير شرطة محافظة الطائف أن
        # التفجير الذي وقع … بأبها") gives way to one of the deed's own clause
        # …and so does a place of the speaker's own words, named between a
        # verb of saying and the deed it reports ("أعلن المتحدث باسم الجيش في
        # صنعاء مقتل 20 حوثيا في غارة على صعدة")
        reporting = int(p.first < trig.first
                        and _strictly_between(f.complementizers, p.last, trig.first))
        if reporting and _speech_venue(s, p.first):
            r = 9  # "وقال في مؤتمر صحافي عقده في أنقرة إن التفجير": where he spoke
        elif speaker_words and p.first < trig.first and _speakers_place(f, p.first, trig.first):
            reporting = 1
            if not own_after and located:
                r = 9  # (an office's jurisdiction, سلطات دياربكر, may be the deed's)
        return (r if r == 9 else int(not located), part + reporting, int(not site), r, coarse,
                abs(p.first - trig.first))

    if near:
        ranked = [(rank(p), p) for p in near]
        best_rank, best = min(ranked, key=itemgetter(0))
        if best.first in dest and best.place.feature == "country":
            # the country a visit went to yields to a town of it the sentence
            # locates, even across a relative clause ("زيارة … إلى مصر، ترأس
            # خلالها وفد المملكة إلى القمة التي عقدت في شرم الشيخ")
            inside = [p for p in cands if p.place.country == best.place.country
                      and FEATURE_RANK.get(p.place.feature, 3) < FEATURE_RANK["country"]
                      and _located(s, p.first, p.key)]
            if inside:
                return min(inside, key=rank)
        return best if best_rank[0] < 9 else None
    # nothing this side of a relative clause: a town the clause locates by a
    # place noun or في/ب (قرب النزل الذي يقيم فيه المنتخب بمدينة سوروكابا) is
    # still where it happened
    far = [p for p in cands if _located(s, p.first, p.key)
           and FEATURE_RANK.get(p.place.feature, 3) <= FEATURE_RANK["city"]]
    if far:
        return min(far, key=rank)
    # nothing within the window: the deed's place may come after a long
    # object ("خطفت ثمانية عناصر من «الفرقة 30»، بينهم قائد الفرقة العقيد
    # نديم الحسن مساء الاربعاء، قرب مدينة اعزاز"، "أوقفت 54 شخصا، في عمليات
    # أمنية شنتها ضد عناصر … في ولاية أضنة"): the first place the text
    # locates after this trigger, which no nearer trigger owns, in the same
    # clause (no complementizer, relative pronoun, turn or connective of
    # another clause, nor verb of saying between); a named place
    # finer than a country, and no region described across one (a country or
    # "جنوب شرق تركيا" that far is mostly another party's or where a place
    # lies), for a security deed other than a toll
    if cands or d.rule.type not in _LATE_PLACE_TYPES:
        return None
    late = [p for p in owned if p.first > trig.last and p in s.places
            and precision_rank(p.place) <= (FEATURE_RANK["admin1"], 0)
            and _distance(f.word_counts, p.first, p.last, trig) <= _LATE_PLACE_REACH
            and _located(s, p.first, p.key)
            and not _strictly_between(f.complementizers, trig.last, p.first)
            and not _strictly_between(f.boundaries, trig.last, p.first)
            and not any(trig.last < t < p.first for t in (*f.turns, *f.sayers))]
    return min(late, key=lambda p: p.first) if late else None


# how far (in words) after its trigger a deed's located place may stand
# when no place stands within the rule's window
_LATE_PLACE_REACH: Final = 24
# the deeds that may take a place that far: the security deeds but a toll
# (مقتل، قتل), which mostly tells the outcome of a deed told beside it and
# joins that deed's record (merge), whose place is its own
_LATE_PLACE_TYPES: Final = SECURITY_TYPES - {"killing"}


# how many tokens after a verb of saying its speaker's description may
# reach (أكد مدير عام مكتب الصحة بمحافظة عدن: the place is the sixth)
_SPEAKER_REACH: Final = 8


def _speakers_place(f: _SentenceFacts, first: int, trig_first: int) -> bool:
    """The place at token ``first`` stands in the words of a verb of saying
    that come before the deed at ``trig_first`` it reports: a few tokens
    after the verb, with no complementizer between (after أن the place is
    in the reported clause: "قال إن انفجارا في بغداد").  Arabic puts the
    speaker right after the verb, so that place is where the speaker is or
    works ("قال مسؤول في محافظة الأنبار"، "أعلن في بيان من الرقة"), which
    only tells where the deed was when the deed names no place of its own."""
    return any(v < first and first - v <= _SPEAKER_REACH and v < trig_first
               and not _strictly_between(f.complementizers, v, first) for v in f.sayers)


# the occasions words are said at: a place named for one (مؤتمر صحافي
# عقده في أنقرة) is where the speaker was, not where the deed he reports was
_SPEECH_OCCASIONS: Final = grammar_words("speech_occasions")
# how many words may stand between the occasion and its place (مؤتمر صحافي
# مشترك بثه التلفزيون في أنقرة)
_VENUE_REACH: Final = 5


def _speech_venue(s: Sentence, i: int) -> bool:
    """The place at token i is named for a speech occasion a few words
    before it, with no clause break between ("في مؤتمر صحافي عقده في
    أنقرة"، "في كلمة ألقاها بالرياض")."""
    for k in range(i - 1, max(-1, i - 1 - _VENUE_REACH), -1):
        text = s.texts[k]
        if text in _CLAUSE_BREAKS or text in _COMPLEMENTIZERS:
            return False
        if not _SPEECH_OCCASIONS.isdisjoint(variants(text)):
            return True
    return False


def _located(s: Sentence, i: int, key: str) -> bool:
    """The mention at token i reads as a location: after في/قرب… or with a glued ب."""
    tok = s.texts[i]
    if _glued_bi(tok, key):
        return True
    j = i - 1
    while j >= 0 and not s.texts[j].strip(PUNCT_CHARS):
        j -= 1
    if (j >= 1 and s.texts[j].startswith("ال") and s.texts[j].endswith(("يه", "ي"))
            and s.texts[j - 1] in _LOC_PREPS):
        j -= 1  # "العاصمة العراقية بغداد"، "العاصمة الفرنسية باريس": a nisba between
    if j >= 1 and s.texts[j] == "جهه" and s.texts[j - 1] in _ON_THE_SIDE:
        return False  # "نحو تعز من جهة، وزنجبار من جهة أخرى": on one hand, no place
    return j >= 0 and not _LOC_PREPS.isdisjoint(variants(s.texts[j]))


# "من جهة" is "on (one) hand", "in turn"; only "بجهة"، "في جهة" locate
_ON_THE_SIDE: Final = frozenset({"من", "ومن"})


@lru_cache(maxsize=_WORD_CACHE)
def _glued_bi(tok: str, key: str) -> bool:
    """The token is the mention's first word (of its ``key``) with ب "in"
    glued on, bare or behind و/ف, with or without the article ("ببغداد"،
    "وبالموصل").  A question of two words alone, asked of every place
    candidate of every draft: the answers are kept, as for clitics."""
    head = key.split()[0] if key else tok
    for pre in ("وبال", "فبال", "بال", "وب", "فب", "ب"):
        if tok.startswith(pre) and tok != head and (tok[len(pre):] == head
                                                    or "ال" + tok[len(pre):] == head):
            return True
    return False


def _place_here(s: Sentence, i: int, key: str) -> bool:
    """The name at token i is a place of this sentence, not an actor: located
    (:func:`_located`), or joined by و to a place so located ("في سوريا
    والعراق": Iraq is no target of strikes in Syria).  The later names of a
    list are not themselves located: the event's place stays the first."""
    if _located(s, i, key):
        return True
    if i > 0 and not _NAMED_WAYS.isdisjoint(variants(s.texts[i - 1])):
        return True  # "وطريق الرباط شمال عدن": a road, no Morocco
    if dateline(s.tokens, i, i + len(key.split()) - 1 if key else i):
        return True  # "لندن - «الشرق الأوسط»: دعت منظمة …": where the story was filed
    tok = s.texts[i]
    prev = _coordinated_place(s, i, tok, key.split()[0] if key else tok)
    if prev is not None and not any(a.first == prev[0] for a in s.actors):
        return True  # "بين باجة وتونس": joined to a town that is only a place
    return prev is not None and _place_here(s, prev[0], prev[1])


def _coordinated_place(s: Sentence, i: int, tok: str, head: str) -> tuple[int, str] | None:
    """The place that the name at token i is joined to by و ("في سوريا
    والعراق"، "في فرنسا وبلجيكا"): its first token and key, if one ends right
    before.  A list of places after في is all places; without this the second
    country read as an actor, the target of strikes "in Syria and Iraq"."""
    if tok == "و" + head:
        j = i - 1
    elif tok == head and i >= 1 and s.texts[i - 1] == "و":
        j = i - 2
    else:
        return None
    for p in s.places:
        if p.last == j:
            return p.first, p.key
    for a in s.actors:
        if a.last == j and a.place_too:
            return a.first, a.key
    return None


# (data/grammar_words.toml) "طريق الرباط"، "معبر رفح": a place's name after them
_NAMED_WAYS: Final = grammar_words("named_way_nouns")
_TARGET_PREPS: Final = frozenset({"علي", "ضد", "استهدف", "استهدفت"})


def _targeted(s: Sentence, i: int) -> bool:
    """The place at token i is what was hit (الهجوم على المتحف باردو): the
    site of the incident as much as a place after في."""
    j = i - 1
    while j >= 0 and not s.texts[j].strip(PUNCT_CHARS):
        j -= 1
    return j >= 0 and not _TARGET_PREPS.isdisjoint(variants(s.texts[j]))


# an actor this many tokens after a by_hand cue's first word is the one it names
# ("على يد 3 مهاجمين"، "من قبل عناصر")
_BY_HAND_REACH: Final = 4


def _by_hand_cues(s: Sentence, trig: Hit, class_at: dict[str, list[int]],
                  here: Callable[[int], bool], boundaries: list[int]) -> list[int]:
    """Where, after a deed and in its clause, "by the hand of" (من قبل، على يد،
    بواسطة) names an actor: the deed is told in the passive and that actor
    did it, so no one named before the cue is its doer."""
    return [p for p in class_at.get("by_hand", ())
            if p > trig.last and here(p) and not _strictly_between(boundaries, trig.last, p)
            and any(p < a.first <= p + _BY_HAND_REACH for a in s.actors)]


def _agent_cued(adjacent: list[Hit]) -> bool:
    """An agent cue (بيد، على يد، من قبل) ends right before the actor: it
    governs it.  ``adjacent``: the classed hits ending right before it."""
    return any("agent_cue" in h.classes for h in adjacent)


def _classed_ending(f: _SentenceFacts, lo: int, hi: int) -> list[Hit]:
    """The sentence's classed hits whose last token is in [lo, hi), found by
    bisection: _features asks for those in a window before each actor, and
    most of a sentence's class words stand outside it."""
    ends = f.classed_ends
    return f.classed_by_end[bisect_left(ends, lo):bisect_left(ends, hi)]


# how far before a deed the verb that repels it may stand, its subject between
# ("وتصدت المقاومة والجيش، أمس، لهجمات")
_REPEL_REACH: Final = 8


def _features(a: ActorMention, s: Sentence, trig: Hit, after_rank: int,
              f: _SentenceFacts) -> set[str]:
    """The facts about an actor and the trigger its role is read from.
    The sentence's classed hits and word counts are read from ``f``, found
    once a sentence for all its drafts and actors."""
    counts = f.word_counts
    feats: set[str] = {"kind:" + a.info.kind}
    if a.honorific:
        feats.add("honorific")
    if a.last < trig.first:
        feats.add("before")
        lo, hi = a.last + 1, trig.first
        if indefinite_accusative(s, a):
            feats.add("acc")  # "يقتل 31 مسلحا ويعتقل 171": an earlier verb's object
        if any("exposed" in h.classes for h in _classed_ending(f, trig.first - 5, trig.first)) or repels(
                s, trig, _classed_ending(f, trig.first - _REPEL_REACH, trig.first)):
            feats.add("exposed")  # "جنود … تعرضوا لهجوم"، "تصدت المقاومة لهجوم": they suffered it
    else:
        feats.add("after")
        feats.add("first" if after_rank == 0 else "second")
        lo, hi = trig.last + 1, a.first
    if counts[hi] - counts[lo] <= 2:  # words (no punctuation) between
        feats.add("near")
    if a.first > trig.last and _content_word_between(s, f, trig.last, a.first):
        feats.add("apart")  # "أدانت الأمانة العامة لمنظمة": a word between, so not "قال للملك"
    if a.first > trig.last and _adjoined(s, trig, a):
        feats.add("adjoined")
    tok = s.texts[a.first]
    if a.first > trig.last and names_striker(tok):
        feats.add("striker")  # "قصف الجيش النيجيري مخيما": a force that shells (eventx.striker_heads)
    if (tok.endswith("ون") and len(tok) > 4) or (
            tok.endswith("و") and len(tok) > 4 and a.last > a.first and a.info.kind != "person"):
        # a sound plural in the nominative (مسلحون، مستوطنون), or in a construct
        # (مسلحو الحوثي): a subject
        feats.add("nom")
    glued = proclitics(tok, a.key, a.info.name)  # "لبوتين" → ل; "بوتين": his name's ب
    if glued is not None:
        if glued.startswith("ل"):
            feats.add("prep:ل")
        if glued.startswith(("ب", "وب")):
            feats.add("prep:ب")
        if glued.startswith(("ك", "وك")):
            feats.add("prep:ك")  # "كمواطنين": as citizens
    else:  # no key the token ends in (a composed or facility name): its display name
        if tok.startswith("لل") or (tok.startswith("ل") and not a.info.name.startswith("ل")):
            feats.add("prep:ل")
        if tok.startswith(("ب", "وب")) and not a.info.name.startswith("ب"):
            feats.add("prep:ب")
        base = a.key or a.info.name
        if (tok.startswith("ك") and not base.startswith("ك")) or (
                tok.startswith("وك") and not base.startswith(("ك", "وك"))):
            feats.add("prep:ك")  # "كمواطنين": as citizens
    j = a.first - 1
    while j >= 0 and not s.texts[j].strip(PUNCT_CHARS):
        j -= 1
    if j >= 0:
        for v in variants(s.texts[j]):
            if v in _PREP_WORDS:
                feats.add("prep:" + v)
                break
    if j >= 0 and s.texts[j] == "ل":
        feats.add("prep:ل")  # "لـ«داعش»": the preposition written apart
    if j >= 0 and s.texts[j] in _BETWEEN:
        feats.add("prep:بين")  # not by variants: بينهم (among them) names victims
    if feats.isdisjoint(_PREP_FEATURES) and joined_to_foe(s, a.first, (glued or "").startswith("و")):
        feats.add("prep:ضد")  # "ضد داعش ومقاتلي حزب العمال": joined to a foe, a foe too
    if "prep:ل" in feats and j >= 0 and s.texts[j] in _ASCRIBED:
        feats.add("cue:agent_cue")  # "تفجير انتحاري نسب للتنظيم": put down to it
    if a.first > trig.last and _object_follows(s, a):
        feats.add("genobj")  # "قصف المتمردين لمناطق": the genitive is the doer
    if _shooter(s, a):
        feats.add("shooter")  # "إطلاق مسلحين النار": they shot
    feats.add("counted" if _counted(s, a) or any(  # "قتل جندي تركي"، "قتل شرطيين": one or two,
        h.first == a.first and "form_counted" in h.classes  # counted by the noun's own form
        for h in _classed_ending(f, a.first, a.last + 1)) else "uncounted")
    if a.last < trig.first and "counted" in feats and slain_object(
            s, a, f.by_last, lambda j: any(h.first == j and "harm_verb" in h.classes
                                           for h in _classed_ending(f, j, j + 1))):
        feats.add("slain")  # "قتل الجيش ثلاثة مسلحين خلال هجوم": the killing's object
    # the class words in the ten words before the actor (a cue governs it
    # from there), those right before it among them
    cued = _classed_ending(f, a.first - 10, a.first)
    adjacent = _classed_ending(f, a.first - 1, a.first)  # the tail of ``cued``, by bisection
    if feats.isdisjoint(_PREP_FEATURES) and not (
            a.last < trig.first and _agent_cued(adjacent)) and not (
            a.first > trig.last and _site_owner(adjacent)):
        feats.add("bare")  # "بيد داعش طالب": a deed's doer is no subject of the verb after;
        # "هجوما على مواقع المقاومة": whose sites were hit, no doer
    if trig.classes:  # the trigger's own word class (دعا: an appeal)
        feats |= _class_features("trig:", trig.classes)
    for h in _classed_ending(f, a.last, a.last + 1):
        if h.first == a.first:  # the actor's own word class ("انتحاري": a perpetrator)
            feats |= _class_features("self:", h.classes)
    for h in cued:
        gap = a.first - h.last
        if _strictly_between(f.complementizers, h.last, a.first):
            continue  # "قال X إن Y": the cue governs X, not Y
        if "agent_cue" in h.classes and h.last < trig.first < a.first:
            # "أعلن الجيش شنه غارات على مواقع المسلحين": a doer's cue before the
            # deed ("هجوم شنه مسلحون" has it after) names none after the deed
            feats |= _class_features("cuefar:", h.classes - _AGENT_CUE)
            continue
        feats |= _class_features("cuefar:", h.classes)
        if h.first > trig.last:  # "قتل 5 … وقال المرصد": said after the deed, of it
            feats |= _class_features("cuelater:", h.classes)
        if gap <= 4:
            feats |= _class_features("cue:", h.classes)
        if gap == 1:
            feats |= _class_features("cuenext:", h.classes)
    if a.last < trig.first:
        fell = [h.last for h in cued if "casualty_word" in h.classes]
        if fell and fallen_elsewhere(s, a, trig.first, fell, f.by_last):
            feats.add("fallen")  # "استشهاد عدد من … والعسكريين، فضلا عن القضاء على"
    if (a.last < trig.first and "cuenext:launched" in feats
            and not _governed_deed(s, trig)):
        feats.add("deedobj")  # "شنت القوات الحكومية أمس هجوما": the light verb's object
    if a.last < trig.first and any(
            "undertook" in h.classes and h.first > a.last
            for h in _classed_ending(f, trig.first - _UNDERTOOK_REACH, trig.first)):
        feats.add("undertook")  # "أقدم المتهم على قتل": the light verb's subject did it
    if a.last < trig.first and _strictly_between(f.conduct_firsts, a.last, trig.first):
        # "أعلنت قوات التحالف تنفيذ غارة": the speaker tells its own deed
        feats -= {"cue:speech_verb", "cuefar:speech_verb"}
    elif a.last < trig.first and _subject_speaks(s, f, a.last, trig.first):
        feats.add("spoke")  # "الجيش التركي أعلن مقتل جنديين": who told it
    return feats


def _subject_speaks(s: Sentence, f: _SentenceFacts, last: int, deed: int) -> bool:
    """A speech verb stands right after the actor ending at ``last`` ("الجيش
    التركي أعلن"، "الشرطة أعلنت"), and its object, right after it or after
    عن, is the deed at ``deed`` or a death or wound ("أعلن مقتل جنديين في هجوم"، "أعلنت عن مقتل شاب برصاص مجهولين"): the
    actor is the verb's subject, who told the deed, not a side of it
    (classes.toml: subject_speech_verb, casualty_word).  Words with another
    object ("أكدت تزامنا مع الغارات أنها"، "أعلنت عبر حسابها عن مقتل") may be
    their speaker's of its own deed: those are left to the other rules."""
    for h in _classed_ending(f, last + 1, last + 2):
        if "subject_speech_verb" in h.classes and h.first == last + 1:
            j = h.last + 1
            if j < deed and s.texts[j] in _ABOUT:
                j += 1
            return j == deed or any(g.first == j and "casualty_word" in g.classes
                                    for g in _classed_ending(f, j, j + 1))
    return False


# the preposition a speech verb takes its object by ("أعلن عن مقتل")
_ABOUT: Final = frozenset({"عن"})


# the sets of word classes a hit may hold come from the lexicon's entries:
# a few hundred, each met again and again
_CLASS_SETS: Final = 4096


@lru_cache(maxsize=_CLASS_SETS)
def _class_features(prefix: str, classes: frozenset[str]) -> frozenset[str]:
    """The features a hit's word classes give an actor, each class behind
    ``prefix`` ("cue:speech_verb").  Asked for every class word near every
    actor of every draft: a set of classes gives the same strings each
    time, so they are built once and joined to the features by one union."""
    return frozenset(prefix + c for c in classes)


def _site_owner(adjacent: list[Hit]) -> bool:
    """The actor is the genitive of a site noun right before it ("مواقع
    الحوثيين"، "معسكر الجيش"): the owner of what a deed hits, like an actor
    glued to ل after one ("مواقع للحوثيين").  ``adjacent``: the classed hits
    ending right before the actor."""
    return any("held_site" in h.classes for h in adjacent)


# the letters of proclitics: conjunctions و ف and prepositions ب ل ك
_PROCLITIC_LETTERS: Final = frozenset("وفبلك")
# a name's words shorter than this may end a token by chance
_NAME_WORD_MIN: Final = 3


def _glued_before(tok: str, word: str) -> str | None:
    """What ``tok`` holds before ``word`` (or before ``word`` without its
    article), if only proclitics: "للحوثيين"/"الحوثيين" → "ل"، "بالحوثيين"/
    "حوثيين" → "ب"، "بوتين"/"بوتين" → ""; None otherwise."""
    if tok.endswith(word):
        glued = tok[:len(tok) - len(word)]
        if glued.endswith("ال"):  # the article the word left out (والحوثيين, حوثيين)
            glued = glued[:-2]
    elif word.startswith("ال") and tok.endswith(word[2:]):
        glued = tok[:len(tok) - len(word) + 2]
    else:
        return None
    if glued.endswith("لل"):  # ل + the article, its alef elided (للحوثيين)
        glued = glued[:-1]
    return glued if len(glued) <= 3 and set(glued) <= _PROCLITIC_LETTERS else None


@lru_cache(maxsize=_WORD_CACHE)
def proclitics(tok: str, key: str, name: str) -> str | None:
    """The proclitics glued before an actor's name in its first token ``tok``,
    without the article: "لبوتين" → "ل"، "للحوثيين" → "ل"، "وبغداد" → "و"،
    "بوتين" → "".  None for a mention no lexicon key found, or when neither
    the matched words ``key`` nor a word of the display ``name`` ends the token.

    Why: a name may begin with ب or ل of its own (بوتين، لافروف، بغداد، لندن،
    بحاح): only the letters before the name are prepositions ("by", "to"), and
    comparing the token's first letter with the display name's (فلاديمير
    بوتين; العراق for بغداد) read the name's own letter as one.  Both sources
    are needed: a surname or a capital matches only the key, while the key of
    a hit that also holds a class word spelt with its clitic ("للحكومة" in a
    cue list) keeps the clitic, and only the display name (الحكومة) shows it.
    The longest reading wins.  Asked of every actor of every draft, of a
    token and a name alone: the answers are kept."""
    if not key:
        return None  # built from the text (a facility "للمستشفى", a title's holder)
    readings = [_glued_before(tok, key.split()[0])]
    readings += [_glued_before(tok, w) for w in normalize_key(name).split()
                 if len(w) >= _NAME_WORD_MIN]
    found = [g for g in readings if g is not None]
    return max(found, key=len) if found else None


# "نسب" glued to its object's ل ("نسب للتنظيم"): bare نسب is also "ratios", so
# the class agent_cue lists it only with إلى
_ASCRIBED: Final = frozenset({"نسب", "نسبت", "تنسب", "ينسب", "منسوب", "منسوبه", "المنسوب", "المنسوبه"})
# words glued to ل that are no object of a verbal noun (لأن، لكن، لدى…)
_L_FUNCTION_WORDS: Final = frozenset({"لان", "لانه", "لانها", "لانهم", "لكن", "لكنه", "لكنها", "لم", "لن",
                               "لا", "لدي", "لذلك", "لقد", "ليس", "ليست", "لما", "لو",
                               "لها", "له", "لهم"})


def _content_between(s: Sentence, i: int, j: int) -> list[int]:
    """Tokens strictly between ``i`` and ``j``, without punctuation and the
    preposition written apart right before ``j`` ("لـ«داعش»"، "من تنظيم")."""
    out = [k for k in range(i + 1, j) if s.texts[k].strip(PUNCT_CHARS)]  # no punctuation
    if out and (s.texts[out[-1]] in _PREP_WORDS or s.texts[out[-1]] == "ل"):
        out.pop()
    return out


def _content_word_between(s: Sentence, f: _SentenceFacts, i: int, j: int) -> bool:
    """Whether ``_content_between(s, i, j)`` finds any token, read from the
    sentence's word counts (``f``): two words or more between, or one that
    is no preposition written apart.  Slot filling asks only whether, for
    every actor after a trigger, however far: no list of the tokens between."""
    counts = f.word_counts
    n = counts[j] - counts[i + 1] if j > i else 0
    if n != 1:
        return n > 1
    k = j - 1
    while not f.row[k]:  # the one word between: the last before j
        k -= 1
    tok = s.texts[k]
    return not (tok in _PREP_WORDS or tok == "ل")


_DEED_REACH: Final = 5
_AGENT_CUE: Final = frozenset({"agent_cue"})
# how close a light verb of undertaking stands before the deed noun it
# governs (its preposition, على or إلى, may stand between)
_UNDERTOOK_REACH: Final = 3


def _deed_before(s: Sentence, trig: Hit, f: _SentenceFacts) -> bool:
    """An indefinite deed noun (a noun trigger) a few words before the verb
    trigger, with no punctuation, verb or relative word between: the verb
    opens an unmarked relative clause on it ("غارات استهدفت"، "حملات مشتركة
    بالتنسيق مع القوات المسلحة استهدفت"), whose subject is that deed; so does
    a deed noun right before a relative pronoun that opens the verb's clause
    ("هجماتها التي تستهدف الميليشيات الحوثية"). A
    reflexive after the verb ("فجر انتحاري نفسه") names its subject there.
    Only the classed hits and the triggers (``f``) are read: a reflexive is a
    class word, a deed noun a trigger."""
    for h in f.classed:  # (a plain loop: the hits are few)
        if 0 < h.first - trig.last <= 3 and "self" in h.classes:
            return False
    triggers = f.triggers
    for h in triggers:
        if not (0 < trig.first - h.last <= _DEED_REACH) or h is trig:
            continue
        if not any(e.value.pos != "verb" for e in h.of_kind("trigger")):
            continue
        if trig.first - h.last == 2 and s.texts[h.last + 1] in _BOUNDARY_WORDS:
            return True  # "الهجمات التي تستهدف الميليشيات": the head, marked, is its subject
        if s.texts[h.first].startswith(("ال", "وال")):
            continue
        between = range(h.last + 1, trig.first)
        if any(not s.texts[i].strip(PUNCT_CHARS) or s.texts[i] in _BOUNDARY_WORDS for i in between):
            continue
        if any(x.first in between for x in triggers):
            continue
        return True
    return False


def _adjoined(s: Sentence, trig: Hit, a: ActorMention) -> bool:
    """Nothing but the trigger's own adjectives stands between a noun trigger
    and the actor after it: no word at all ("هجوما من تنظيم داعش"), or, after
    a definite noun, definite words no lexicon knows ("الهجوم الانتحاري الأخير
    لداعش"); "قصف مواقع لداعش" has a noun between, whose owner the ل names."""
    if _object_suffix(s, trig):
        return False  # "استهدافها للتنظيم": the pronoun is the doer, the ل-phrase the object
    between = _content_between(s, trig.last, a.first)
    if not between or _manner_only(s, between):
        return True
    if not s.texts[trig.last].startswith(("ال", "وال")):
        return False
    if not all(s.texts[i].startswith("ال") for i in between):
        return False  # (most: the tokens the hits cover are gathered only for the rest)
    known = {i for h in s.hits for i in range(h.first, h.last + 1)
             if h.classes.isdisjoint(("suicide", "car_bomb"))}
    return known.isdisjoint(between)


# How a deed went: indefinite adjectives of force and pace, normalised ("غارات
# مكثفة من التحالف"، "هجوم عنيف من داعش"، "قصفا متواصلا لقوات النظام").  A
# plain set read only for the word or two between a deed noun and an actor,
# not lexicon words: as hits they would cut names and weigh elsewhere
# ("قسم العلاج المكثف"، "بمناطق متفرقة").
_MANNER_WORDS: Final = grammar_words("manner_words")  # data/grammar_words.toml


def _manner_only(s: Sentence, between: list[int]) -> bool:
    """Every word between a deed noun and the actor after it tells how the
    deed went ("غارات مكثفة من التحالف"، "هجوم عنيف من داعش"): indefinite
    adjectives, which no article marks as the noun's own, unlike "قصف مواقع
    لداعش" whose noun between has its own owner."""
    return len(between) <= 2 and all(s.texts[i] in _MANNER_WORDS for i in between)


def _object_follows(s: Sentence, a: ActorMention) -> bool:
    """A word glued to ل right after the mention: after a verbal noun the
    mention is its genitive subject and the ل-word its object ("قصف
    المتمردين لمناطق سكنية"، "اعتقال الشرطة لشخصين"، "استهداف التنظيم لـ«داعش»").
    The doer's own place may stand between (قصف المتمردين في اليمن لمناطق),
    and so may doers joined to it ("قصف الحوثيين وقوات صالح لوحدة الاتصالات")."""
    j = joined_end(s, a.last) + 1
    while j < len(s.tokens) and not s.texts[j].strip(PUNCT_CHARS):
        j += 1
    if j < len(s.tokens) and s.texts[j] == "في":
        ends = {p.first: p.last for p in s.places} | {x.first: x.last for x in s.actors}
        j = ends.get(j + 1, j - 1) + 1
    while j < len(s.tokens) and not s.texts[j].strip(PUNCT_CHARS):
        j += 1
    if j >= len(s.tokens):
        return False
    tok = s.texts[j]
    return tok[:1] == "ل" and len(tok) > 2 and tok not in _L_FUNCTION_WORDS or tok == "ل"


# "إطلاق مسلحين مجهولين النار": the noun of opening fire and the fire opened,
# its object; the genitive between them is who shot (data/grammar_words.toml)
_FIRE_OPENERS: Final = grammar_words("fire_openers")
_FIRE_OBJECTS: Final = grammar_words("fire_objects")


def _shooter(s: Sentence, a: ActorMention) -> bool:
    """``a`` stands between the verbal noun of opening fire and the fire
    ("إثر إطلاق مسلحين مجهولين النار على سيارة"، "بعد اطلاق الجيش النار"):
    the noun's genitive subject, who shot, not whom the shots hit."""
    j, k = prev_word(s, a.first), a.last + 1
    return (j >= 0 and k < len(s.tokens) and s.texts[k] in _FIRE_OBJECTS
            and not _FIRE_OPENERS.isdisjoint(variants(s.texts[j])))


def _counted(s: Sentence, a: ActorMention) -> bool:
    """A number before the mention counts it ("قتل ثلاثة جنود"): a counted noun
    after a verb is its object or, the verb passive, what it befell, never
    the one who did it."""
    for c in s.counts:
        lo, hi = s.token_at(c.start), s.token_at(c.end - 1)
        if lo <= a.first <= hi + 1:
            return True
    return False


def _far_complement(s: Sentence, a: ActorMention, trig: Hit, feats: set[str],
                    class_at: dict[str, list[int]], etype: str) -> bool:
    """A ل-named actor after a deed and more than two words from it, not
    after a thing it owns ("نقطتي تفتيش للجيش"، "معسكر لـ«بي كا كا»"): ل ties
    it to some other word ("معروفا للشرطة"، "دعمها الكامل لتركيا"، "وفق بلاغ
    لوزارة الدفاع"، "نقله للمستشفى"), so it is no party to the deed.  After
    words, the press behind ل is whom they were given to (outlets.py)."""
    if etype in _SPEECH_TYPES and a.first > trig.last and "prep:ل" in feats and news_outlet(a.info):
        return True  # "في تصريح لوكالة الأنباء"، "قال للصحفيين": whom the words were given
    if etype not in SECURITY_TYPES or a.first <= trig.last or "prep:ل" not in feats:
        return False
    if "near" in feats or "cue:agent_cue" in feats:
        return False
    j = prev_word(s, a.first)
    if j >= 0 and s.texts[j] == "ل":
        j = prev_word(s, j)
    return j not in class_at.get("owned_site", ())


# what may stand between an affiliation word and the group (بانتمائه لـ«داعش»،
# الموالية إلى الحوثيين)
_AFFILIATION_LINKS: Final = frozenset({"ل", "الي", "مع"})
# the bearer stands right before the affiliation word, or one word before it
# ("انتحاري يشتبه بانتمائه")
_AFFILIATION_REACH: Final = 2
_GROUP_NOUNS: Final = frozenset({"جماعه", "تنظيم", "حركه", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات",
                          "جبهه", "كتايب", "حزب"})


def _affiliated_to(s: Sentence, a: ActorMention, class_at: dict[str, list[int]],
                   trig: Hit) -> tuple[ActorMention | None, bool]:
    """The actor whose group ``a`` names, and whether ``a`` is the whole the
    bearer is part of (من); (None, False) for no group.  ``a`` follows an
    affiliation word ("بانتمائه لـ«داعش»"، "بايعوا تنظيم داعش") whose bearer
    is the actor right before it (or one word before), or follows من right after an
    actor ("مسلحون من جماعة «بوكو حرام»": quotes split the member phrase).
    An affiliation with no bearer named still names no one hit: ``a`` itself
    is returned then."""
    j = prev_word(s, a.first)
    while j >= 0 and s.texts[j] in _AFFILIATION_LINKS:
        j = prev_word(s, j)
    if j >= 1 and s.texts[j] in _GROUP_NOUNS:
        j = prev_word(s, j)  # من جماعة "بوكو حرام": the name quoted apart
    if j < 0:
        return None, False
    if j in class_at.get("affiliation", ()):
        bearer = max((x for x in s.actors if x.last < j and j - x.last <= _AFFILIATION_REACH
                      and not (x.first <= trig.last and x.last >= trig.first)),
                     key=lambda x: x.last, default=None)
        return (bearer if bearer is not None else a), False
    if s.texts[j] == "من":
        k = prev_word(s, j)
        return next((x for x in s.actors if x.last == k and x is not a), None), True
    return None, False


# how many words an owned aircraft may take ("طائرة حربية تابعة")
_OWNED_REACH: Final = 2
# words an agent cue may stand before an owned thing ("من قبل 3 زوارق انتحارية تابعة")
_OWNED_CUE_REACH: Final = 6


def _genitive_doer(s: Sentence, trig: Hit,
                   roles: list[tuple[str, ActorMention]]) -> list[tuple[str, ActorMention]]:
    """A deed noun whose doer is its genitive ("ردت القوات على قصف الحوثيين"،
    "تصدى الجيش لهجوم داعش"): the doer named right after it is the only
    agent, and whoever is named before it (the one who answered, repelled
    or condemned the deed) is none of its agents.  The noun must be in the
    construct state (no article, no dual or plural ن: "نفذ داعش تفجيرين
    انتحاريين" names an adjective after it) and no استفعال noun, whose
    genitive is its object ("تستمر المقاومة في استهداف المسلحين"), or the
    doer a nationality
    adjective ("موقف الحكومة العراقية من الضربات التركية")."""
    word = s.texts[trig.last]
    forms = variants(word)
    construct = not (trig.last == trig.first and any(v.startswith("ال") for v in forms)) \
        and not word.endswith(("ين", "ان", "ا")) and not _object_genitive(trig)
    doer = any(r == "agent" and a.first == trig.last + 1 and (a.adjective or construct)
               for r, a in roles)
    if not doer:
        return roles
    return [(r, a) for r, a in roles if not (r == "agent" and a.last < trig.first)]


def _untitled_subject(s: Sentence, trig: Hit, comp: Compiled) -> int:
    """The last token of an office named right after a verb that no actor
    resolves ("اتهم وزير الخارجية إيران"، "دعا الرئيس الأمريكي روسيا"، "حذر
    المتحدث باسم الوزارة طهران"), or -1.  Such an office is the verb's
    subject, so the actor after it is its object, never a second speaker.
    The office must be complete: its last word definite (a construct "وزير
    خارجية إيران" takes the name as its genitive; a pronoun's "رئيسها" is
    definite), or followed by
    nationality adjectives or "باسم" and a definite word."""
    j = trig.last + 1
    h = next((x for x in s.hits if x.first == j and "title" in x.kinds), None)
    if h is None or any(a.first <= h.last and a.last >= h.first for a in s.actors):
        return -1
    end = h.last
    n = len(s.tokens)
    named = {a.first for a in s.actors}
    while end + 1 < n and end + 1 not in named and nisba_of(comp, s.texts[end + 1]) is not None:
        end += 1  # "الرئيس الأمريكي" (روسيا reads as a nisba too: a name ends it)
    if end + 2 < n and s.texts[end + 1] == "باسم":
        end += 1
    if s.texts[end] == "باسم" and end + 1 < n and end + 1 not in named:
        end += 1  # "المتحدث باسم الوزارة" ("المتحدث باسم الجيش": the army speaks)
    k = end + 1
    while k < n and not s.texts[k].strip(PUNCT_CHARS):
        k += 1
    nxt = next((a for a in s.actors if a.first == k), None)
    if nxt is not None and nxt.info.kind == "person":
        return -1  # "حذر الرئيس الأميركي دونالد ترامب": the office's holder
    # "حذر رئيسها الولايات المتحدة": a possessive pronoun makes the office definite too
    return end if s.texts[end].startswith("ال") or s.texts[end].endswith(_POSSESSIVE) else -1


# the possessive pronouns (her, their) that end a definite office ("رئيسها"، "زعيمهم")
_POSSESSIVE: Final = tuple(sorted(grammar_words("pronoun_suffixes")))


def _owner_link(s: Sentence, a: ActorMention, class_at: dict[str, list[int]]) -> int:
    """The position of "التابع/التابعة/تابعين" right before ``a`` (ل written
    apart or glued), or -1: ``a`` owns the thing named before that word."""
    j = prev_word(s, a.first)
    if j >= 0 and s.texts[j] == "ل":
        j = prev_word(s, j)
    return j if j >= 0 and j in class_at.get("owner_link", ()) else -1


def _owned_actor(s: Sentence, link: int, trig: Hit) -> ActorMention | None:
    """The actor that ends right before the owner link, other than the trigger."""
    thing = prev_word(s, link)
    return next((x for x in s.actors if x.last == thing
                 and not (x.first <= trig.last and x.last >= trig.first)), None)


def _owner_role(s: Sentence, d: Draft, link: int, feats: set[str],
                specs: tuple[SlotSpec, ...], class_at: dict[str, list[int]],
                owned: ActorMention | None) -> str | None:
    """The role of the owner named after ``link``: its thing's.

    An actor before the link is the thing ("قوة إيساف التابعة للحلف
    الأطلسي أطلقت"، "وكالة أعماق التابعة لتنظيم داعش أعلنت"): the owner
    takes its role, or none if the thing has none.  Otherwise (asked only
    after the deed) the thing is a site, vehicle or unit: what an agent cue
    names ("من قبل زوارق تابعة للحوثيين") or aircraft right after the verb
    ("ألقت طائرة تابعة للجيش") acted; anything else was hit ("استهدفت مواقع
    تابعة لداعش"، "اعتقال خلية تابعة لحماس")."""
    trig = d.trigger
    thing = prev_word(s, link)
    if owned is not None:
        return None  # the thing named has no part in the deed
    acts = "agent" if any(sp.role == "agent" for sp in specs) else None
    if any(0 < link - i <= _OWNED_CUE_REACH for i in class_at.get("agent_cue", ())):
        return acts
    aircraft = class_at.get("aircraft", ())
    if d.form.pos == "verb" and thing in aircraft and any(
            i == trig.last + 1 and thing - _OWNED_REACH < i <= thing for i in aircraft):
        return acts
    role = _role(feats, specs)
    if role in ("target", "victim"):
        return role
    if role == "ignore":
        return None  # "وتسليمه لفرقة تابعة للحرس الوطني": set aside, not hit
    return _role(feats - {"before"} | {"after"},
                 tuple(sp for sp in specs if sp.role in ("target", "victim")))


# the accusation verb without an object pronoun (normalised): "اتهمت بالتجسس"
# with a ب-phrase right after it has no object, so it is the passive اُتُّهمت
_ACCUSE_FORMS: Final = frozenset({"اتهم", "اتهمت", "اتهموا", "اتهما", "اتهمتا", "يتهم", "تتهم", "يتهمون"})


def _accusation(s: Sentence, trig: Hit) -> bool:
    """A one-word accusation verb (اتهم، تتهمهما): whom it accuses may stand
    after a subject named after it, far from the verb."""
    tok = s.texts[trig.first]
    if tok[:1] in ("و", "ف") and tok[1:] in _ACCUSE_FORMS:
        tok = tok[1:]
    return trig.first == trig.last and (tok in _ACCUSE_FORMS or tok in _ACCUSE_WITH_OBJECT)


def _accused(s: Sentence, trig: Hit) -> bool:
    """An accusation verb with a ب-phrase (بالتجسس، بربط، بأنه) right after
    it: no object stands between, so the verb is passive (vowels are not
    written) and whoever is named before it was accused, no speaker ("امرأة
    … اتهمت بالتجسس"، "خلية من أربعة أشخاص اتهموا بربط صلات مع داعش")."""
    tok = s.texts[trig.first]
    if tok[:1] in ("و", "ف") and tok[1:] in _ACCUSE_FORMS:
        tok = tok[1:]
    j = trig.last + 1
    if trig.first != trig.last or tok not in _ACCUSE_FORMS or j >= len(s.tokens):
        return False
    nxt = s.texts[j]
    return nxt[:1] == "ب" and len(nxt) > 2 and not any(a.first == j for a in s.actors)


# words that may follow a passive casualty verb: the place, the cause or the
# hand that did it ("قتل في انفجار"، "قتل برصاص"، "قتل خلال اشتباك")
_PASSIVE_NEXT: Final = frozenset({"في", "خلال", "اثناء", "جراء", "اثر", "علي", "يوم", "امس",
                           "اليوم", "متاثرا", "برصاص", "بنيران", "بانفجار", "بقصف", "بهجوم",
                           # a clause of time opens: no object came ("قتلوا عندما تعرضوا")
                           "عندما", "حينما", "حين", "بعدما", "بعد", "عقب", "بينما"})


# a subject suffix on the verb ("هاجموا"، "يهاجمون"): the noun after it is its object
_SUBJECT_SUFFIXES: Final = SUBJECT_SUFFIXES


def _vso_object(s: Sentence, trig: Hit, a: ActorMention, class_at: dict[str, list[int]],
                by_last: dict[int, ActorMention]) -> int:
    """Verb, subject, object: the bare noun phrase right after a verb with no
    subject of its own is the verb's subject when another noun phrase (an
    actor, a place, a count or a known word) follows it ("هاجمت قوات تابعة
    للحكومة مواقع المسلحين"، "قصفت طائرات التحالف العربي مواقع"); the
    subject's owner (التابعة لـ X) and nationality adjectives stand between.
    A verb that carries its subject ("هاجموا قوات الأمن") has only an object,
    and a noun with nothing of the kind after it ("هاجمت قوات الأمن بالأسلحة")
    may be the object of a subject named before the sentence.  Returns the
    first token of that object (what it is tells a killing's subject from
    its passive: eventx.counted_object), -1 where ``a`` is no such subject."""
    if trig.first != trig.last or phrase_start(s.texts, a.first) != trig.last + 1:
        return -1
    if s.texts[trig.first].endswith(_SUBJECT_SUFFIXES):
        return -1
    if trig.first > 0 and s.texts[trig.first - 1] in _RELATIVE_OPENERS:
        return -1  # "التفجير الذي استهدف المصلين بمسجد …": the head did it
    adjectives = _adjective_ends(s)
    j = a.last + 1
    while True:
        if j in class_at.get("owner_link", ()):
            j += 1
            if j < len(s.tokens) and s.texts[j] == "ل":
                j += 1
            owner = next((x for x in s.actors if x.first == j), None)
            if owner is None:
                return False
            j = owner.last + 1
        elif j in adjectives:
            j = adjectives[j] + 1
        else:
            break
    j = _past_backing(s, _past_conjuncts(s, _past_modifiers(s, j, adjectives), adjectives), class_at)
    j = _past_adverbials(s, j)
    if j >= len(s.tokens) or not s.texts[j].strip(PUNCT_CHARS):
        return -1
    starts = ({x.first for x in s.actors} | {p.first for p in s.places}
              | {s.token_at(c.start) for c in s.counts}
              | {i for k, v in class_at.items() if k != "owner_link" for i in v})
    # a place noun before a place's name opens the object too ("قصفت … مدينة عدن"),
    # and so does one after a definite subject, which it can neither qualify
    # nor be the genitive of ("هاجمت القوات المنطقة"، "اقتحمت قوات الأمن القرية")
    named_place = (s.texts[j] in PLACE_NOUNS and any(p.first == j + 1 for p in s.places)) \
        or place_after_definite(s.texts, j)
    if (j not in starts and not named_place) or (j > 0 and s.texts[j - 1] in _PREP_WORDS):
        return -1
    tok = s.texts[j]
    base = next((x.key or x.info.name for x in s.actors if x.first == j), "")
    # a glued preposition or conjunction (بالأسلحة، لمواقع، والجيش) opens no object
    return j if tok[:1] not in _GLUED or base[:1] == tok[:1] else -1


def vso_conjuncts(s: Sentence, j: int, adjectives: dict[int, int]) -> list[ActorMention]:
    """The actors joined by و to a subject that ends before ``j`` ("اقتحمت قوات
    الجيش الوطني وعناصر من المقاومة …"), each past its adjectives: they share
    its role.  An actor whose own name opens with و (وزارة) is no conjunct."""
    out: list[ActorMention] = []
    while j < len(s.tokens) and s.texts[j][:1] == "و":
        nxt = next((x for x in s.actors if x.first == j), None)
        if nxt is None or nxt.key[:1] == "و":
            break
        out.append(nxt)
        j = _past_modifiers(s, nxt.last + 1, adjectives)
    return out


def _vso_joined(s: Sentence, a: ActorMention) -> frozenset[int]:
    """The first tokens of the conjuncts of verb-first subject ``a``."""
    adjectives = {x.first: x.last for x in s.actors if x.adjective}
    j = _past_modifiers(s, a.last + 1, adjectives)
    return frozenset(x.first for x in vso_conjuncts(s, j, adjectives))


def _adjective_ends(s: Sentence) -> dict[int, int]:
    """The last token of each adjective actor, by its first (what
    _past_modifiers steps over)."""
    return {x.first: x.last for x in s.actors if x.adjective}


def _past_modifiers(s: Sentence, j: int, adjectives: dict[int, int]) -> int:
    """The first token at or after ``j`` past the adjectives of the noun phrase
    before it: nationality adjectives the actors hold, and definite relative
    adjectives (الوطني، الشعبية) the phrase's mention stopped short of."""
    n = len(s.tokens)
    while j < n:
        if j in adjectives:
            j = adjectives[j] + 1
            continue
        w = s.texts[j]
        if len(w) >= 5 and w.startswith("ال") and w.endswith(_NISBA_ENDINGS) \
                and not any(x.first == j for x in s.actors) and not place_noun(w):
            j += 1
            continue
        return j
    return j


# the endings of a relative adjective (normalised): الوطني، الوطنيه، الوطنيين
_NISBA_ENDINGS: Final = ("ي", "يه", "يين", "يون")


def _past_conjuncts(s: Sentence, j: int, adjectives: dict[int, int]) -> int:
    """The first token at or after ``j`` past the subject's conjuncts."""
    joined = vso_conjuncts(s, j, adjectives)
    if not joined:
        return j
    return _past_modifiers(s, joined[-1].last + 1, adjectives)


def _past_backing(s: Sentence, j: int, class_at: dict[str, list[int]]) -> int:
    """The first token past a phrase of support set between a verb's subject
    and its object ("بدعم من طيران التحالف، قاعدة العند"): the cue, the backer
    named within two words of it and a comma closing the aside; ``j`` when
    there is no such phrase."""
    if j not in class_at.get("with_cue", ()):
        return j
    backer = next((x for x in s.actors if j < x.first <= j + 2), None)
    if backer is None:
        return j
    k = backer.last + 1
    if k < len(s.tokens) and s.texts[k] in ("،", ","):
        k += 1
    return k


_GLUED: Final = frozenset("بلوفك")
# words of time that may stand between a verb's subject and its object
# (normalised): "هاجمت قوات المجلس مساء اليوم مقرات التنظيم"
_TIME_WORDS: Final = frozenset({"مساء", "صباح", "فجر", "ظهر", "ليل", "ليله", "اليوم", "امس", "يوم",
                         "الماضي", "الماضيه", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
                         "الخميس", "الجمعه", "السبت", "اول"})
_ADVERBIAL_REACH: Final = 6
_MANNER_OPENERS: Final = grammar_words("manner_openers")


def _past_adverbials(s: Sentence, j: int) -> int:
    """The first token at or after ``j`` past the adverbials of time, place
    and manner that may part a verb's subject from its object (a comma, مساء
    اليوم الثلاثاء، بصبراتة، بشكل عشوائي، a date), at most a few words; ``j``
    when none."""
    dated = {i for x in _firm(s) for i in range(s.token_at(x.start), s.token_at(max(x.start, x.end - 1)) + 1)}
    placed = {p.first: p.last for p in s.places}
    k = j
    while k < len(s.tokens) and k - j < _ADVERBIAL_REACH:
        tok = s.texts[k]
        if k in dated or tok in _TIME_WORDS or tok in ("،", ","):
            k += 1
        elif k in placed and tok[:1] == "ب" and not any(a.first == k for a in s.actors):
            k = placed[k] + 1  # "بصبراتة": where, glued to ب
        elif tok in _MANNER_OPENERS and k + 1 < len(s.tokens) and bool(s.texts[k + 1].strip(PUNCT_CHARS)):
            k += 2  # "بشكل عشوائي": how, opener and its adjective
        else:
            break
    # only a stretch that ends before a new noun phrase counts; a bare comma
    # with nothing of time or place around it leaves j where it was
    return k if any(s.texts[i].strip(PUNCT_CHARS) for i in range(j, min(k, len(s.tokens)))) else j


# object pronouns glued to a verb (normalised): "أطلقته"، "استهدفها"، "قتلهم"
_OBJECT_PRONOUNS: Final = ("ه", "ها", "هم", "هما", "هن")
# an accusation verb with its object glued on (تتهمهما), spelled out once
_ACCUSE_WITH_OBJECT: Final = frozenset(f + p for f in _ACCUSE_FORMS for p in _OBJECT_PRONOUNS)


def _object_suffix(s: Sentence, trig: Hit) -> bool:
    """A one-word verb trigger with an object pronoun glued after the word
    matched ("بصاروخ أطلقته قوة إيساف"، "غارات شنتها مقاتلات"، "قتلهم
    مسلحون"): its object is the pronoun, so the bare noun phrase after it is
    its subject, the doer of the deed."""
    if trig.first != trig.last or not trig.key:
        return False
    return _pronoun_glued(s.texts[trig.first], trig.key)


@lru_cache(maxsize=_WORD_CACHE)
def _pronoun_glued(tok: str, key: str) -> bool:
    """An object pronoun ends the token after the key's (last) word, which
    stands at its start or behind one letter (و، ف).  A question of two
    words alone, asked several times of every verb trigger (and again for
    each actor after a noun one): the answers are kept, as for clitics."""
    key = key.split()[-1]
    at = tok.find(key)
    return at >= 0 and at <= 1 and tok[at + len(key):] in _OBJECT_PRONOUNS


def _no_object(s: Sentence, trig: Hit, actor_firsts: set[int]) -> bool:
    """A verb trigger with no object after it: Arabic writes the passive
    "قُتل" as the active "قَتل", and a news subject before a verb that takes
    nothing after it is what the verb befell ("ضابط شرطة قتل وأصيب آخر"، "جندي
    قتل في انفجار"), whereas "الجيش قتل أبو ياسر" names whom it killed.

    A time told right after the verb is looked past: what follows it decides
    ("ثلاثة جنود قتلوا مساء الثلاثاء في هجوم"، "قتلوا ليلة أول من أمس في
    ضربات"; "هاجموا يوم الجمعة نقطة تفتيش" has its object).  A bare day word
    (أمس، اليوم، يوم) is itself one of the words that tell no object came, so
    only an actor or a count after its date is an object then ("استشهد يوم
    أمس بمنطقة جازان")."""
    j = trig.last + 1
    n = len(s.tokens)
    k = _past_time(s, j)
    for at in ((j, k) if k > j else (j,)):
        if at >= n or not s.texts[at].strip(PUNCT_CHARS):
            return True
        if at in actor_firsts or any(s.token_at(c.start) == at for c in s.counts):
            return False
    if k > j and s.texts[j] not in _PASSIVE_NEXT:
        j = k
    tok = s.texts[j]
    if tok in _PASSIVE_NEXT:
        return True
    if connective_at(s.tokens, j) or (tok[:1] == "و" and tok[1:] in _COMPLEMENTIZERS):
        return True  # another clause opens: "إن خمسة جنود قتلوا وإن ستة آخرين اصيبوا"
    # a coordinated verb: "قتل وأصيب آخر"
    return tok[:1] in ("و", "ف") and any(
        h.first == j and h.of_kind("trigger") for h in s.hits)


def _past_time(s: Sentence, j: int) -> int:
    """The token after a date phrase that starts at token ``j`` (a day, a
    part of one, a stretch), or ``j`` when none does."""
    if j < len(s.tokens):
        start = s.tokens[j][1]
        for dm in s.dates:
            if dm.start == start:
                return s.token_at(dm.end - 1) + 1
    return j


def _set_aside_itself(feats: set[str], specs: tuple[SlotSpec, ...]) -> bool:
    """An ignore condition on what the actor itself is (``self:CLASS``) holds.

    Why: a thing near a deed is what it hit unless something says otherwise,
    so a thing the slots set aside is given the target's conditions again;
    that suits a context that misleads (a speech verb far off), not a thing
    whose own word tells it took no blow: the hospital the hurt were taken to
    or lie in ("نقل الرجل إلى المستشفى"، "ولم يتبق بالمستشفى سوى 5 حالات")."""
    return any(cond <= feats and any(c.startswith("self:") for c in cond)
               for sp in specs if sp.role == "ignore" for cond in sp.conditions)


def _role(feats: set[str], specs: tuple[SlotSpec, ...]) -> str | None:
    for spec in specs:
        for cond in spec.conditions:
            if cond <= feats:
                return spec.role
    return None


def _toll(counts: tuple[CountMatch, ...]) -> bool:
    """A stated toll or salvo anchors an incident as firmly as a date or place."""
    return any(c.kind not in ("incidents", "attackers") for c in counts)


# how many words a date may stand from a plural deed noun across a comma or a
# connective and still anchor it ("أدان أمس، الهجمات"، "اليوم (الاحد)، مدعومة بغارات")
_APART_REACH: Final = 8


def _date_apart(d: Draft, date: DateMatch | None) -> bool:
    """The date stands in another clause, far from the deed noun: more than
    ``_APART_REACH`` words away with a comma or a clause connective between.
    It dates that clause's matter, not the deeds: "هذا العمل المسرحي الذي تم
    تقديم عرضه الأول مساء الأربعاء بقاعة الفن الرابع بالعاصمة، أراده المخرج
    تكريما … لسكان المناطق الجبلية الذين لم تثنهم التهديدات الإرهابية والهجمات"
    tells the premiere's evening, no day of attacks, so the plural keeps its
    reading as deeds in general (``_modality``)."""
    if date is None:
        return False
    s = d.sentence
    at, end = s.token_at(date.start), s.token_at(date.end - 1)
    if end < d.trigger.first:
        lo, hi = end, d.trigger.first
    elif at > d.trigger.last:
        lo, hi = d.trigger.last, at
    else:
        return False
    if word_gap(s.tokens, lo, hi) <= _APART_REACH:
        return False
    commas, breaks = _clause_marks(s)
    return commas[hi] > commas[lo + 1] or breaks[hi] > breaks[lo + 1]


def _named_by_date(d: Draft) -> bool:
    """A trigger followed straight by a calendar date is the name of a known
    incident ("تفجيرات 11 مارس 2004 في مدريد"، "هجمات 11 سبتمبر"), recalled,
    not reported; "هجمات الأسبوع الماضي" is dated, not named, and so is a
    calendar date told by the report's reckoning ("قتل اليوم الأربعاء 24 أوت
    2016": eventx.report_day)."""
    s = d.sentence
    after = d.trigger.last + 1
    for x in _firm(s):  # (a plain loop: most sentences state no date)
        if not x.relative and s.token_at(x.start) == after:
            return not report_reckoned(s.tokens, after, s.token_at(x.end - 1), x.start_date)
    return False


def _casualties(counts: tuple[CountMatch, ...]) -> bool:
    """People killed or wounded: whatever was planned has happened."""
    return any(c.kind in ("killed", "wounded") for c in counts)


# "وراء هجمات": who is behind attacks (indefinite, plural) sums up a record
_BEHIND: Final = frozenset({"وراء", "ووراء"})
_SEVERAL: Final = frozenset({"عده", "بعده", "لعده", "وعده"})
# "الطيران الذي شن عدة غارات": several carried out, told as a report
_CONDUCT: Final = frozenset({"شن", "شنت", "شنوا", "وشن", "وشنت", "نفذ", "نفذت", "نفذوا", "ونفذ", "ونفذت"})
_MODALITY_ORDER: Final = ("negated", "denied", "planned", "threatened")
# a demonstrative before a plural trigger points back at deeds already told
_DEMONSTRATIVES: Final = frozenset({"هذه", "تلك", "هاته", "وهذه", "وتلك", "لهذه", "بهذه", "ولهذه"})
# killing and kidnapping as definite verbal nouns mostly name the deed in general
ABSTRACT_NOUN_TYPES: Final = frozenset({"killing", "abduction"})


def _occurred_at(s: Sentence, classed: list[Hit]) -> list[int]:
    """Positions of past light verbs standing bare (only و/ف glued on): "لشن"
    (in order to launch) and "تعرضهم" (their exposure) are no report.
    ``classed``: the sentence's hits with a word class (``_HitScan.classed``),
    the only ones that may hold this one."""
    out = []
    for h in classed:
        if "occurred" not in h.classes:
            continue
        if h.first != h.last:
            out.append(h.last)  # a phrase ("راح ضحية") is no clitic misreading
        else:
            tok = s.texts[h.first]
            if tok == h.key or (tok[:1] in ("و", "ف") and tok[1:] == h.key):
                out.append(h.first)
    return out


# "تم" + a verbal noun is the passive of the deed done to someone ("تم إيقافه"، "وتم
# اعتقال خمسة"، "تم اختطافه"، "تم تنظيم وقفة احتجاجية").  Blasts and strikes are not
# told so in the news: "تم تفجيرها" is mostly a bomb squad detonating a device it
# found, "حينما تم توجيه ضربات جوية" background from another war
_PASSIVE_DONE: Final = frozenset({"تم", "وتم", "فتم", "تمت", "وتمت", "فتمت"})  # تمت: of a feminine noun
# ("تمت مداهمة منزل والديه"، "وتمت إحالته")
_PASSIVE_REPORT: Final = frozenset({"arrest", "abduction", "killing", "raid", "attack", "protest",
                             "armed_clash"})   # "تم الاشتباك مع مجموعة": the army's report
# "تم" reaches its verbal noun over an adverbial of its own: "وتم أيضا خلال العملية
# ايقاف عنصر"، "تم على إثر ذلك ايقاف 3"، "تم خلال شهر ديسمبر الجاري الاشتباك"
_PASSIVE_REACH: Final = 5


def _occurred(d: Draft, occurred_at: list[int]) -> bool:
    """A past light verb right before a nominal trigger reports it as having
    happened: "تعرضت لهجوم", "وقع انفجار", "شنت غارات", "نفذوا عملية اغتيال";
    so does one opening a relative clause on it: "للاعتداء الآثم الذي وقع في
    مسجد", "الانفجار الذي خلف 5 قتلى"."""
    if d.form.pos == "verb":
        return False
    toks = d.sentence.tokens
    texts = d.sentence.texts
    if d.rule.type not in _PASSIVE_REPORT:
        occurred_at = [i for i in occurred_at if texts[i] not in _PASSIVE_DONE]
    # قام reports only the verbal noun it governs by ب ("قام المحتجون بإشعال
    # العجلات"): "ما قاموا بتلك المظاهرات" is counterfactual, "عمليات الاعتقال التي
    # قام بها التنظيم" a tally told by a relative clause
    carried = [i for i in occurred_at if texts[i] in _CARRIED_OUT]
    if carried:
        occurred_at = [i for i in occurred_at if i not in carried]
        if texts[d.trigger.first].startswith(("ب", "وب")):
            occurred_at = occurred_at + [i for i in carried if i < d.trigger.first]
    if any(0 < d.trigger.first - i <= (_PASSIVE_REACH if texts[i] in _PASSIVE_DONE else 3)
           and not any(not w.strip(PUNCT_CHARS) for w in texts[i + 1:d.trigger.first])
           for i in occurred_at):
        return True  # "وشهد الشهر الحالي اغتيال …": a time phrase may sit between
    if _means_of_passive(d, occurred_at):
        return True
    for j in range(d.trigger.last + 1, min(d.trigger.last + 4, len(toks) - 1)):
        if texts[j] in _BOUNDARY_WORDS:
            return j + 1 in occurred_at and j + 1 not in carried
    return _caused_casualties(d)


# what may stand between a deed noun and the verb of its result: "قد", "أيضا",
# "بدوره" and a relative pronoun ("التفجير الذي أدى إلى إصابة 6 أشخاص")
_RESULT_SKIPS: Final = frozenset({"قد", "ايضا", "بدوره", "بدورها", "الذي", "التي"})


def _deed_party(d: Draft, class_at: dict[str, list[int]]) -> bool:
    """A single deed noun in construct after who did or suffered it ("منفذ
    الهجوم"، "ضحايا التفجير", class.deed_party): naming a man by the deed
    takes for granted that it was done, so the deed is told as having
    happened even where the clause gives it no anchor of its own.  Plurals
    are left alone ("منفذي الهجمات" may be a record), as are deeds other
    than security ones."""
    parties = class_at.get("deed_party", ())  # (most sentences have none)
    return (bool(parties) and d.form.pos == "noun" and d.rule.type in SECURITY_TYPES
            and d.trigger.first - 1 in parties)


def _result_follows(d: Draft, class_at: dict[str, list[int]]) -> bool:
    """A deed noun whose result a past verb tells right after it took place:
    "الاشتباك أسفر عن مصرع ضابط"، "الانفجار قد أسفر عن أضرار مادية"، "الهجوم
    أدى إلى سقوط 3"، "تفجير انتحاري أودى بحياة 32 شخصا" (class.result); so
    did one that a verb of happening has for subject ("المداهمات جرت في 13
    محافظة"، class.occurred).  The toll alone, without a number, gave the deed
    no anchor; a negation between ("الهجوم لم يسفر عن ضحايا") is no such verb.
    Security deeds only: a visit or a meeting "that took place" is told so
    of the past as often as of the news."""
    if d.form.pos == "verb" or d.rule.type not in SECURITY_TYPES:
        return False
    toks = d.sentence.tokens
    texts = d.sentence.texts
    j = d.trigger.last + 1
    while j < len(toks) and j - d.trigger.last <= 2 and texts[j] in _RESULT_SKIPS:
        j += 1
    if j in class_at.get("result", ()):
        return True
    # a verb of happening only as the deed's own verb: in a relative clause
    # ("بالهجوم الذي نفذته الحركة … السبت الماضي") it recalls a deed told before
    return j in class_at.get("occurred", ()) and not any(
        texts[k] in _BOUNDARY_WORDS for k in range(d.trigger.last + 1, j))


def _means_of_passive(d: Draft, occurred_at: list[int]) -> bool:
    """A verbal noun under ب opening the sentence is the means by which what "تم"
    reports was done, so it was done too: "وبمداهمة منازلهم تم العثور على كتب"،
    "وبتفتيش المنزل تم حجز أسلحة" (the Tunisian police report)."""
    texts = d.sentence.texts
    first = d.trigger.first
    if not texts[first].startswith(("ب", "وب")) or not (
            first <= 1 or texts[first - 1] in _THAT_WORDS):
        return False
    return any(texts[i] in _PASSIVE_DONE and 0 < i - d.trigger.last <= 3
               and not any(not w.strip(PUNCT_CHARS) for w in texts[d.trigger.last + 1:i])
               for i in occurred_at)


# a reported clause opens with أن/أنه ("وأضافت الوزارة أنه بمداهمة منازلهن تم
# العثور على كتب"): the verbal noun under ب opens it as it opens a sentence
_THAT_WORDS: Final = frozenset({"انه", "بانه", "وانه", "ان", "بان", "انها", "بانها"})


_CARRIED_OUT: Final = frozenset({"قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا", "فقام", "فقامت",
                          "فقاموا"})


# cause words after which a deed noun is what deaths or wounds told before resulted from
_CASUALTY_CAUSES: Final = frozenset({"نتيجه", "جراء", "اثر", "بسبب", "بفعل"})
_CASUALTY_REACH: Final = 5


def _scene_of_casualties(d: Draft) -> int:
    """Where an indefinite deed noun is told as the deed in which people died
    or were hurt ("قتل جندي تركي في هجوم بقاذفة صواريخ"، "إصابة رجل أمن في
    اعتداء جديد"): the position of its في, else -1.  A definite deed ("قتلوا
    في الهجوم") is one told before, retold; a plural ("قتل المئات في هجمات")
    mostly a tally.  Not the means under ب ("قتلوا بانفجار ألغام"): an old
    mine or a strike told so is mostly an aside, and, asserted, it would
    join the day's main deed."""
    texts = d.sentence.texts
    first = d.trigger.first
    if texts[first - 1] == "في" and not texts[first].startswith(("ال", "وال")):
        return first - 1
    return -1


def _caused_casualties(d: Draft) -> bool:
    """A singular deed noun named as the cause of deaths or wounds told just
    before it ("استشهد أمس نتيجة سقوط مقذوف"، "مقتل ثلاثة مدنيين جراء انفجار
    عبوة") took place, though the date went to the casualty verb."""
    texts = d.sentence.texts
    c = d.trigger.first - 1
    if d.form.pos != "noun" or c < 1:
        return False
    if texts[c] not in _CASUALTY_CAUSES:
        c = _scene_of_casualties(d)
        if c < 1:
            return False
    hits = d.sentence.hits
    for h in hits:
        if (0 < c - h.last <= _CASUALTY_REACH
                and "casualty_word" in h.classes
                and not any(not w.strip(PUNCT_CHARS) for w in texts[h.last + 1:c])):
            # the deaths must be told as real: "لم تذكر ما إذا كان قد قتل أو أصيب
            # من جراء انفجار حزامه" asks whether they were
            return not any(0 <= h.first - q.last <= _HYPOTHESIS_REACH
                           and any(e.value.value in _UNREAL for e in q.of_kind("cue"))
                           for q in hits)
    return False


_HYPOTHESIS_REACH: Final = 6
# what _modality answers for a deed noun generic only for want of an anchor;
# the draft is then "generic" with ``unanchored`` set (never leaves this module)
UNANCHORED: Final = "generic-unanchored"
_UNREAL: Final = frozenset({"generic", "planned", "negated", "denied", "threatened"})


_RELATIVE_FILLERS: Final = frozenset({"قد", "وقد", "تم", "كان", "كانت", "كانوا", "سبق", "ان"})
_HEAD_REACH: Final = 3


def _recent_anchor(date: DateMatch | None, place: PlaceMention | None) -> bool:
    """A day ("اليوم الجمعة"، "أمس") or, undated, a place pins a deed down as news;
    a month or a year ("في يونيو 2005") dates background."""
    if date is not None:
        return date.precision == "day"
    return place is not None


def _deed_head(d: Draft) -> bool:
    """The relative clause a verb opens describes a deed noun ("الهجوم الصاروخي
    الأمريكي الذي استهدف قاعدة الشعيرات"، "العملية الإرهابية التي استهدفت"), not
    a person or a place: it tells that deed's target.  A comma may set the
    clause off ("الحادث الإرهابي الغادر، الذي استهدف جمعا من المصلين")."""
    return _head_hit(d) is not None


def _head_hit(d: Draft) -> Hit | None:
    """The deed noun whose relative clause the verb opens (``_deed_head``), if any."""
    s = d.sentence
    toks = s.tokens
    texts = s.texts
    j = next((k for k in range(d.trigger.first - 1, max(-1, d.trigger.first - 4), -1)
              if texts[k] in _BOUNDARY_WORDS), -1)
    if j < 0:
        return None
    reach = _HEAD_REACH + (texts[j - 1] in _COMMAS)
    for h in s.hits:
        if (j - reach <= h.last < j
                and "claimable" in h.classes
                and not any(is_punct(t) and not (k == j - 1 and t.text in _COMMAS)
                            for k, t in enumerate(toks[h.last + 1:j], h.last + 1))):
            return h
    return None


def _clause_day(d: Draft, date: DateMatch | None) -> bool:
    """The deed's date is a day its own relative clause states: right after
    the verb, within the clause's reach (``_RELATIVE_DATE_REACH``), no
    punctuation between but a comma that sets the day itself off.

    Why: "الجندي الذي استشهد فجر اليوم"، "الحقوقي الذي اختطف الأربعاء
    الماضي في مدينة تعز"، "ضابطي الشرطة اللذين استشهدا في بلدة جيلانبينار،
    أمس" tell a deed of that day, news, whoever the clause describes; with no
    day of its own ("الصحافي الذي اختطف"), with only a month or a year ("الذي
    اغتيل في مايو 2004"), or with a day told by its year ("خبير المتفجرات الذي
    قتلته الشرطة في التاسع من نوفمبر 2005"), the clause recalls its head's past:
    news tells its days by the report's reckoning (أمس، الجمعة، الأربعاء
    الماضي، قبل ثلاثة أيام).  A day before the verb or beyond its clause
    ("عثر صباح أمس على الشرطيين اللذين قتلا") is the main clause's, one after
    أن the reported clause's ("الدول التي أعلنت أن اليوم السبت أول أيام عيد
    الفطر")."""
    if date is None or date.precision != "day":
        return False
    s = d.sentence
    at = s.token_at(date.start)
    last = d.trigger.last
    if not 0 < at - last <= _RELATIVE_DATE_REACH or any(
            len(w) == 4 and w.isdigit()
            for w in s.texts[at:s.token_at(date.end - 1) + 1]):
        return False  # "الذي قتلته الشرطة في التاسع من نوفمبر 2005": a year recalls
    return not any((is_punct(t) and not (k == at - 1 and t.text in _COMMAS))
                   or t.text in _THAT_WORDS
                   for k, t in enumerate(s.tokens[last + 1:at], last + 1))


def _relative_clause(d: Draft) -> bool:
    """A verb opening a relative clause ("الصحافي الذي اختطف", "المرأة التي
    اعتقلت") describes its head by a deed told before or elsewhere: background,
    not the report of an incident."""
    texts = d.sentence.texts
    j = d.trigger.first - 1
    steps = 0
    while j >= 0 and steps < 3:
        t = texts[j]
        if t in _BOUNDARY_WORDS:
            return True
        if t not in _RELATIVE_FILLERS:
            return False
        j -= 1
        steps += 1
    return False


# types news announces ahead by the imperfect and a day ("يجتمع … الثلاثاء"،
# "يتظاهر المعلمون الخميس")
_SCHEDULED: Final = frozenset({"meeting", "phone_call", "protest"})
_NOW_WORDS: Final = frozenset({"اليوم", "واليوم", "الان", "حاليا", "الليله", "هذه", "امس", "الماضي", "الماضيه"})


def _today(s: Sentence, date: DateMatch) -> bool:
    """The date names the day of the telling or before ("اليوم"، "حاليا"، "أمس"):
    an imperfect then tells what is under way, not what is to come."""
    a, b = s.token_at(date.start), s.token_at(date.end - 1)
    return any(w in _NOW_WORDS for w in s.texts[a:b + 1])


# deeds an abstract noun can be told to do; raids and arrests are the state's,
# and "وحدة مكافحة الإرهاب اعتقلت" has the noun as a genitive, no doer
_ABSTRACT_DEEDS: Final = frozenset({"attack", "armed_clash", "rocket_strike", "air_strike", "bombing",
                             "killing", "abduction"})
# what may open the clause an abstract subject starts ("قالت إن الإرهاب استهدف")
_CLAUSE_OPENERS: Final = frozenset({"ان", "لان", "وان", "فان", "بان", "حيث", "وحيث",
                             "كما", "ثم", "وقد", "قد", "لقد", "فقد", "بعدما", "عندما", "حين", "لما"})


def _abstract_doer(d: Draft) -> bool:
    """A verb whose subject is an abstract noun ("الإرهاب استهدف المساجد"،
    "استهدف الإرهاب بيوت الله"، "حاول فيها الفكر الإرهابي ضرب") tells of
    violence in general: no incident, whatever deed it names.  The noun must
    stand right after the verb, or right before it at the head of a clause:
    "فرقة مكافحة الإرهاب قتلت" has it as a genitive, the squad as the doer."""
    if d.form.pos != "verb" or d.rule.type not in _ABSTRACT_DEEDS:
        return False
    s = d.sentence
    texts = s.texts
    for h in s.hits:
        if "abstract_doer" not in h.classes:
            continue
        if h.first == d.trigger.last + 1:
            return True
        if h.last == d.trigger.first - 1 and (
                h.first == 0 or not texts[h.first - 1].strip(PUNCT_CHARS)
                or texts[h.first - 1] in _CLAUSE_OPENERS):
            return True
    return False


def _modality(d: Draft, cues: list[tuple[Hit, Cue]], date: DateMatch | None,
              place: PlaceMention | None, counts: tuple[CountMatch, ...], *,
              occurred: bool = False, present_crowd: bool = False,
              has_actors: bool = False, survived: bool = False, future: bool = False,
              purpose: bool = False, exposed: bool = False, tally: bool = False,
              idle: bool = False, threatened: bool = False, or_else: bool = False) -> str:
    # ``cues``: the sentence's modality cues (``_HitScan.modal``, no suppressor);
    # ``has_actors``: the draft has a participant (a meeting noun that names
    # whom it was held with has one too: eventx.counterpart, asked below)
    first, last = d.trigger.first, d.trigger.last
    reaching: list[tuple[Hit, Cue]] = []
    for h, c in cues:  # (a plain loop: asked of every draft, most cues out of reach)
        # beyond its window and the words it may skip, on both sides of the
        # trigger, a cue reaches it on neither (``_cue_reaches`` asks 0 <
        # distance <= window, + _SKIP_MAX for one that skips, + PUNCT_MAX
        # for punctuation between): two comparisons settle most cues, with no call
        reach = c.window + _SKIP_MAX + PUNCT_MAX
        if h.last < first - reach or h.first > last + reach or not _cue_reaches(c, h, d):
            continue
        if c.value == "negated" and _restricted(h, d):
            continue
        reaching.append((h, c))
    found = {c.value for _, c in reaching}
    if "generic" in found and d.form.pos == "verb":
        head = _head_hit(d)
        generic = [h for h, c in reaching if c.value == "generic"]
        if head is not None and all(h is head or h.last < head.first for h in generic) and (
                all(h is head for h in generic) or _clause_day(d, date)):
            # "الجريمة الإرهابية التي استهدفت منسوبي قوات الطوارئ": the crime is the
            # deed the clause tells, no talk about crime; the clause's own anchor
            # decides (below, _relative_clause).  A cue before the head bears on
            # the head ("في قضية الاعتداء الإرهابي"، "التحقيق في الهجوم"): the
            # case is about the deed, and a clause telling the deed's own day
            # ("الذي استهدف في 12 مارس الجاري دورية أمنية") tells it took place
            found.discard("generic")
    if ("generic" in found and d.rule.type == "killing" and d.form.pos == "noun"
            and inquired_death(d.sentence, d.trigger.last,
                               [h for h, c in reaching if c.value == "generic"])):
        # "فتح تحقيق في ملابسات مقتل الجندي سامي الورتاني": how he died is
        # unclear, not whether (eventx.inquired_death)
        found.discard("generic")
        occurred = True
    if "generic" in found and _clause_day(d, date) and all(
            trend_verb(d.sentence.texts[h.first]) for h, c in reaching if c.value == "generic"):
        # "تصاعدت حدة المعارك، ليلة السبت": fiercer that night, an incident (eventx.trend_day)
        found.discard("generic")
    if "claimed" in found and all(_disclaimed(h, cues, d.sentence)
                                  for h, c in reaching if c.value == "claimed"):
        # "ولم تعلن أي جهة مسؤوليتها عن الهجوم": nobody claimed the deed, and
        # saying so tells that it took place
        found.discard("claimed")
        occurred = True
    if future or purpose:
        found.add("planned")
    if tally or idle or _abstract_doer(d):
        found.add("generic")
    if threatened:
        found.add("threatened")  # "هدد التنظيم يوم الأحد بشن هجوم" (eventx.threatened_deed)
    if "planned" in found and (_casualties(counts) or survived):
        # "محاولة اغتيال أسفرت عن مقتل…"، "نجا من محاولة اغتيال": the attempt took place
        found.discard("planned")
    tok = d.sentence.texts[d.trigger.first]
    bare = tok[1:] if tok[:1] in ("و", "ف") and len(tok) > 3 else tok
    if d.form.pos == "verb" and bare[:1] == "س" and (
            d.form.tense == "present" or not d.trigger.key.startswith("س")):
        found.add("planned")  # سيهاجم، وستستهدف: future; so is a س no past verb takes
        # ("سألتقي بنفسي مع قادتنا"، "عدن ستبنيها سواعد أبنائها": will meet, will build)
    if (d.form.pos == "verb" and bare[:1] == "ل" and not d.trigger.key.startswith("ل")
            and not exposed):
        found.add("planned")  # ليفجر، لقطع: "in order to", a purpose; "تعرضت لقصف"
        # (a bare verb's spelling is also the noun's) was exposed to one
    if or_else and "planned" in found:
        # "ألقي حقيبتك وإلا سنضطر لإطلاق النار": the future deed is the threat
        # made to whom does not obey (eventx.future_deed)
        found.discard("planned")
        found.add("threatened")
    if found:  # (most drafts have no cue: nothing to look for)
        for m in _MODALITY_ORDER:
            if m in found:
                return m
    if (d.form.pos == "verb" and d.form.tense == "present" and d.rule.type in _SCHEDULED
            and date is not None and not _today(d.sentence, date)):
        return "planned"  # "ويجتمع السفراء الثلاثاء في بروكسل": the imperfect with a day is a schedule
    if d.form.pos == "verb" and d.form.tense == "present" and date is None and not present_crowd:
        return "generic"  # the imperfect without a time anchor is habitual ("يعتصم الاف
        # المتظاهرين": a crowd under way is not)
    if "claimed" in found:
        return "claimed"
    if _named_by_date(d):
        return "generic"
    if "generic" in found or (d.form.pos == "verb" and _relative_clause(d)
                              and not (d.form.tense != "present"
                                       and ((_deed_head(d)
                                             and (_recent_anchor(date, place)
                                                  or tells_outcome(d.sentence, d.trigger.last)))
                                            or _clause_day(d, date)))):
        return "generic"  # a deed noun's own clause with its day or place reports it:
        # "العملية الإرهابية التي استهدفت اليوم الجمعة حافلات … في محافظة المنيا";
        # any head's clause with its own day does: "الجندي الذي استشهد فجر اليوم"
    if (date is None and d.rule.type in SECURITY_TYPES and d.form.pos in ("plural", "noun")
            and habitual_conduct(d.sentence.tokens, d.trigger.first, d.form.pos == "plural")):
        return "generic"  # "كما ينفذ المتطرفون تفجيرات دامية في بغداد": a habit
    if d.form.pos == "plural" and d.trigger.first > 0 and d.rule.type in SECURITY_TYPES:
        prev = d.sentence.texts[d.trigger.first - 1]
        # the verb may have its subject between (شنت المقاتلات عدة غارات)
        conducted = any(w in _CONDUCT
                        for w in d.sentence.texts[max(0, d.trigger.first - 5):d.trigger.first - 1])
        if prev in _BEHIND or (prev in _SEVERAL and date is None and place is None
                               and not conducted):
            return "generic"  # "يقفون وراء هجمات في القوقاز"، "في أعقاب وقوع عدة اعتداءات": a
            # record, no incident; "شن عدة غارات على صعدة أمس" is one told
        if (prev in AFTER_WORDS and date is None and not _toll(counts)
                and d.sentence.texts[d.trigger.first].startswith("ال")):
            return "generic"  # "بعد الضربات الجوية على مواقعه في سوريا": the time of
            # another matter, set by a campaign the reader knows, no incident told
    if occurred:
        return "asserted"
    if d.form.pos == "plural" and d.trigger.first > 0 and (
            d.sentence.texts[d.trigger.first - 1] in _DEMONSTRATIVES):
        return "generic"  # "هذه الهجمات تهدد الديمقراطية": several told before, summed up
    if (d.form.pos == "plural" and (date is None or _date_apart(d, date)) and place is None
            and not _toll(counts)):
        return "generic"  # "attacks" with no anchor; "the attacks that killed 13" are specific
    if d.form.pos == "plural" and date is not None and date.precision in ("month", "year"):
        return "generic"  # "attacks during the past month": a tally, not an incident
    if (d.form.pos == "noun" and date is None and place is None and not counts
            and d.rule.type in SECURITY_TYPES):
        return UNANCHORED  # "the crime of assassination": no anchor in time, place or
        # toll; generic, and told apart from a cue's generic (Draft.unanchored)
    if (d.form.pos == "noun" and date is None and place is None
            and (d.rule.type == "threat" or (
                d.rule.type == "meeting" and not has_actors
                and not counterpart_named(d.sentence, d.trigger.last)))):
        return "generic"  # "محادثات السلام", "مصدر تهديد لحياتهم": no one, no when, no where
        # (whom a meeting was held with is looked for here, the one place it
        # is read: asked in _fill it cost a walk after every trigger)
    if (d.form.pos == "noun" and d.rule.type in ABSTRACT_NOUN_TYPES and not counts
            and tok.startswith(("ال", "وال", "بال", "لل", "فال"))):
        return "generic"  # "القتل", "الخطف": the deed in the abstract
    if (d.rule.type == "protest" and d.form.pos == "noun" and date is None and place is None
            and _nominal_only(tok, d.trigger.key)):
        return "generic"  # "التظاهر", "الاعتصام": protest in the abstract, or one told before
    return "asserted"
