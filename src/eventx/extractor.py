"""The pipeline: normalise → scan → tokenise → lexicon → rules → resolve → merge.

Only sentences in which the Aho-Corasick scan finds a trigger form, in a
word that can give a trigger hit (eventx.trigger_words), are tokenised and
analysed; that is what keeps extraction cheaper than tokenising
the whole article.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


from eventx.analysis import DocState, Sentence, analyse
from eventx.base_reading import story_base
from eventx.bystanders import bystander_agents
from eventx.clash_sides import clash_sides
from eventx.country_targets import no_country_targets
from eventx.victim_people import people_victims
from eventx.compiled import Compiled, compile_packs
from eventx.doc_countries import doc_countries
from eventx.doc_scan import DocScan, first_trigger_word, joint_scan, scan_document
from eventx.dates import DateMatch, parse_reference_date
from eventx.events import (Draft, dated_ahead, forget_choices, lookalike_deeds, may_fire,
                           sentence_drafts)
from eventx.genre import by_genre
from eventx.genre_lists import lists as genre_lists
from eventx.merge import Lookalike, heads_folded, merge_document, merge_sentence, story_bounds
from eventx.lexicon import Hit
from eventx.one_sense import one_sense
from eventx.packs.loader import load_packs
from eventx.packs.patterns import safe_finditer
from eventx.places import entity_span
from eventx.scene_place import scene_placed
from eventx.recalled import anniversary_dated, forget_regions, span_back_days
from eventx.speakers import SpeakerTrail
from eventx.weekday_ahead import weekday_ahead
from eventx.records import (Actor, Count, Entity, Event, EventDate, Location, Mention)
from eventx.text.normalize import Normalized, normalize
from eventx.text.sentences import split_sentences
from eventx.text.tokenize import tokenize

MAX_CHARS = 2_000_000  # one document; larger inputs are refused with a clear error


class Extractor:
    """Holds the compiled rule packs; build once, reuse for every document."""

    def __init__(self, packs: Iterable[str | Path] | None = None) -> None:
        self.compiled: Compiled = compile_packs(load_packs(packs))

    # -- public ---------------------------------------------------------------
    def extract(self, text: str, *, reference_date: Any = None) -> list[Event]:
        _check_text(text)
        ref = parse_reference_date(reference_date)
        norm = normalize(text)
        drafts = self._drafts(norm, ref)
        sentences: dict[int, Mention] = {}  # most sentences tell more than one event
        return [_to_event(d, norm, sentences) for d in drafts]

    def pipe(self, items: Iterable[Any], *, n_process: int = 1,
             batch_size: int = 32) -> Iterator[list[Event]]:
        """Events for each item of a stream (a text, or a (text, reference_date)
        pair), in input order; ``n_process`` > 1 uses that many processes."""
        from eventx.parallel import pipe

        return pipe(items, n_process=n_process, batch_size=batch_size, extractor=self)

    def entities(self, text: str) -> list[Entity]:
        _check_text(text)
        norm = normalize(text)
        state = DocState(background=doc_countries(self.compiled.country_scan, norm.text),
                         teh_marbuta=norm.folded_teh_marbuta(),
                         story_base=story_base(norm.text, self.compiled.gazetteer))
        out: list[Entity] = []
        for s, e in split_sentences(norm.text):
            sent = analyse(norm.text, s, e, self.compiled, None, state, full=True)
            for p in sent.places:
                first, last = entity_span(sent.tokens, p.first, p.last)
                out.append(Entity("PLACE", _mention(norm, sent.tokens[first].start, sent.tokens[last].end),
                                  place=p.place))
            for a in sent.actors:
                # a country or capital is a place whatever it does in the sentence
                # (NER marks إسرائيل in "وسعت إسرائيل حربها" a location); it is
                # reported as the actor too, and extract() decides per event.
                if a.place_too:
                    first, last = entity_span(sent.tokens, a.first, a.last)
                    out.append(Entity("PLACE", _mention(norm, sent.tokens[first].start,
                                                        sent.tokens[last].end), place=a.place_too[0]))
                out.append(Entity("ACTOR", _mention(norm, a.start, a.end), actor=a.info))
        out.sort(key=lambda x: x.mention.start)
        return out

    # -- pipeline -------------------------------------------------------------
    def candidate_sentences(self, norm: Normalized) -> list[tuple[int, int]]:
        """Sentences holding a trigger form at a word start (after clitics only:
        قتل inside مقتل does not count) in a word that can give a trigger hit
        (see eventx.trigger_words)."""
        teh = norm.folded_teh_marbuta()
        return self._sentences(norm.text, self._scan(norm.text), teh)[1]

    def _scan(self, text: str) -> DocScan:
        """The trigger keys' ends at a word start, the words holding them,
        and the article's countries, from one pass of the joint automaton
        (see eventx.doc_scan)."""
        comp = self.compiled
        auto = comp.doc_scan  # (None in a Compiled made by hand: joined here)
        if auto is None:
            auto = joint_scan(comp.automaton, comp.country_scan, genre_lists().listed)
        return scan_document(auto, text)

    def _sentences(self, text: str, scan: DocScan, teh: frozenset[int],
                   ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[int]]:
        """The document's sentences (none where no sentence is a candidate),
        the candidates among them (those holding a trigger key's end in a
        word that can give a trigger hit, or a pattern rule's match) and the
        starts of those holding a trigger key's end in no such word (see
        _drafts).  ``teh``: the offsets of the ه that were ة."""
        sure: list[int] = []  # pattern matches: candidates as they stand
        for rule in self.compiled.pattern_rules:  # opt-in: one timed regex pass each
            for pat in rule.patterns:
                sure.extend(e - 1 for _, e in safe_finditer(pat, text, rule.id))
        # (a union, not an update: the scan's own set stays what the scan found)
        hits = sorted(scan.found.union(sure) if sure else scan.found)
        if not hits:
            return [], [], []
        sure.sort()
        words, trigger_words = scan.words, self.compiled.trigger_words
        verdicts: dict[int, bool] = {}
        spans = split_sentences(text)
        out = []
        passed = []
        j = k = m = 0
        for s, e in spans:
            while j < len(hits) and hits[j] < s:
                j += 1
            if j < len(hits) and hits[j] < e:
                while m < len(sure) and sure[m] < s:
                    m += 1
                while k < len(words) and words[k][0] < s:
                    k += 1
                keep = trigger_words is None or (m < len(sure) and sure[m] < e)
                if not keep and trigger_words is not None:
                    k = first_trigger_word(text, words, k, e, trigger_words, teh, verdicts)
                    keep = k < len(words) and words[k][0] < e
                if keep:
                    out.append((s, e))
                else:
                    passed.append(s)
        return spans, out, passed

    def analyse(self, norm: Normalized, ref: dt.date | None) -> list[Sentence]:
        return self._read(norm, ref)[0]

    def _read(self, norm: Normalized, ref: dt.date | None,
              ) -> tuple[list[Sentence], list[int], list[str], list[tuple[int, int]]]:
        """The candidate sentences analysed, the starts of the sentences
        passed over though they hold a trigger key (see _sentences), the
        genre's words the scan found (``DocScan.listed``) and the spans of
        the sentences not analysed."""
        comp = self.compiled
        teh = norm.folded_teh_marbuta()
        scan = self._scan(norm.text)
        spans, candidates, passed = self._sentences(norm.text, scan, teh)
        analysed = set(candidates)
        # the article's countries from every sentence, not only those with a
        # trigger; the others, read for the antecedents of an anaphor
        state = DocState(background=scan.countries, teh_marbuta=teh,
                         unread=[x for x in spans if x not in analysed],
                         story_base=story_base(norm.text, comp.gazetteer))

        def gate(sent: Sentence) -> bool:
            return may_fire(sent, comp)

        return ([analyse(norm.text, s, e, comp, ref, state, gate=gate) for s, e in candidates],
                passed, scan.listed, list(state.unread or ()))

    def _place_hits(self, norm: Normalized, start: int, end: int) -> list[Hit]:
        """The place hits of the text between ``start`` and ``end`` (a
        sentence not analysed): asked only where a story's scene is to be
        lent across it (eventx.scene_place)."""
        hits = self.compiled.lexicon.match(tokenize(norm.text, start, end))
        return [h for h in hits if "place" in h.kinds]

    def _drafts(self, norm: Normalized, ref: dt.date | None) -> list[Draft]:
        drafts: list[Draft] = []
        # the deeds and tolls dropped as look-alikes of a disaster or an
        # accident: a bare toll told near them is theirs (eventx.merge)
        lookalikes: list[Lookalike] = []
        trail = SpeakerTrail()
        sents, passed, listed, unread = self._read(norm, ref)
        k = 0
        for sent in sents:
            # a sentence holding a trigger key was analysed, a trigger hit or
            # none, before the scan asked of its words whether one could give
            # a hit (eventx.trigger_words): it still counts as one the trail
            # passed, as far as a speaker reaches
            while k < len(passed) and passed[k] < sent.start:
                trail.seen += 1
                k += 1
            raw = [weekday_ahead(dated_ahead(d, ref), ref)
                   for d in sentence_drafts(sent, self.compiled)]
            drafts.extend(trail.resolve(sent, merge_sentence(raw), raw))
            lookalikes.extend((sent, h) for h in lookalike_deeds(sent, self.compiled))
        # a word the article once shows in a sense that is no incident
        merged = one_sense(merge_document(drafts, lookalikes), sents, self.compiled)
        if merged:  # the genre (column, sport), decided once per document
            merged = by_genre(merged, norm.text, listed)
            # a deed the story goes on to tell without naming its place again
            merged = scene_placed(merged, sents, unread, lambda: story_bounds(drafts),
                                  lambda a, b: self._place_hits(norm, a, b))
        # roles read once the incident is whole: who fell, who fought, what was hit,
        # whom it befell
        # and, the sides known, a bare "الجيش" beside "الجيش الجزائري" listed once
        out = [_publication_date(heads_folded(clash_sides(people_victims(
                   no_country_targets(bystander_agents(d))))), ref)
               for d in merged]
        # the document's rule choices and cue regions are asked for no more
        forget_choices()
        forget_regions()
        return out


def _publication_date(d: Draft, ref: dt.date | None) -> Draft:
    """An event the article reports without any day was, as far as the text
    tells, recent news: it gets the day before publication or the day itself,
    precision "approximate", and an empty mention (no words of the text say it)
    so users can tell an inferred date from a stated one.  As ACLED does, every
    event then has a date; with no reference date nothing is inferred, nor for
    an incident the text recalls from before its news (``Draft.recalled``),
    which only an anniversary it names dates."""
    if d.date is not None or ref is None:
        return d
    if d.recalled:
        return anniversary_dated(d, ref)
    pos = d.trigger.start
    # "بعد ثلاثة أيام من هجوم …": the deed fell that span before the day's news
    back = dt.timedelta(days=span_back_days(d) or 0)
    guess = DateMatch(pos, pos, ref - dt.timedelta(days=1) - back, ref - back, "approximate", True)
    return d.dated(guess)


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"eventx expects text as str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"document of {len(text):,} characters exceeds the maximum of "
                         f"{MAX_CHARS:,}; split it into articles first")


def _mention(norm: Normalized, start: int, end: int) -> Mention:
    s, e = norm.span(start, end)
    return Mention(norm.original[s:e], s, e)


def _to_event(d: Draft, norm: Normalized, sentences: dict[int, Mention] | None = None) -> Event:
    """The record of a draft; ``sentences``: the document's sentence mentions
    made so far, by start (a sentence's input span is worked out once)."""
    sent = d.sentence
    said = sentences.get(sent.start) if sentences is not None else None
    if said is None:
        said = _mention(norm, sent.start, sent.end)
        if sentences is not None:
            sentences[sent.start] = said
    actors = tuple(Actor(role, m.info, _mention(norm, m.start, m.end)) for role, m in d.actors)
    loc = Location(d.place.place, _mention(norm, d.place.start, d.place.end)) if d.place else None
    date = None
    if d.date is not None and d.date.start_date is not None and d.date.end_date is not None:
        date = EventDate(d.date.start_date, d.date.end_date, d.date.precision,
                         _mention(norm, d.date.start, d.date.end))
    counts = _counts(d, norm)
    return Event(
        type=d.rule.type, subtype=d.subtype, trigger=_mention(norm, d.trigger.start, d.trigger.end),
        sentence=said, actors=actors, location=loc, date=date,
        counts=counts, modality=d.modality, confidence=d.confidence, rule=d.rule.id,
    )


def _counts(d: Draft, norm: Normalized) -> tuple[Count, ...]:
    """One count per kind: parts of one toll are summed, as ACLED records fatalities."""
    by_kind: dict[str, list[Any]] = {}
    for c in d.counts:
        by_kind.setdefault(c.kind, []).append(c)
    out = []
    for kind, cs in by_kind.items():
        start, end = min(c.start for c in cs), max(c.end for c in cs)
        units = {c.unit for c in cs if c.unit}
        out.append(Count(kind, sum(c.value for c in cs), sum(c.min for c in cs),
                         sum(c.max for c in cs), any(c.approximate for c in cs),
                         units.pop() if len(units) == 1 else None, _mention(norm, start, end)))
    return tuple(out)
