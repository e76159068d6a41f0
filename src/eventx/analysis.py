"""One candidate sentence, analysed: tokens, lexicon hits and argument mentions.

Everything here is in NORMALISED document offsets; the extractor maps them back
to the input when it builds records.  Actor mentions are assembled from the
lexicon hits: dictionary entries, a head noun plus a nationality (القوات
الأميركية), anaphors (التنظيم → the last armed group named), and person names
introduced by a title or a kunya (أبو ياسر العيساوي).
"""
from __future__ import annotations

from typing import Final
import bisect
from collections.abc import Callable
import datetime as dt
from itertools import compress, count, repeat
from operator import add, and_, contains, gt, itemgetter, not_, or_

import attr
import attrs
from collections.abc import Sequence

from eventx.actors import ActorDictionary, ActorEntry
from eventx.arm_of import ARM_NOUNS, drop_arms
from eventx.base_reading import StoryBase, bases_read
from eventx.compiled import Compiled, TriggerForm
from eventx.country_anaphor import sentence_country
from eventx.counts import CountMatch, find_counts
from eventx.deed_attributes import ATTRIBUTE_TYPES, deed_attribute
from eventx.dateline import headline, opens_dateline
from eventx.dates import DateMatch, dates_in_context, is_weekday
from eventx.lexicon import Entry, Hit
from eventx.name_clitics import surname_triggers_dropped
from eventx.packs.patterns import safe_finditer
from eventx.places import (
    DIRECTIONS,
    country_reference,
    country_words,
    state_reference,
    state_words,
    described_region,
    direction_at,
    direction_base,
    named_part,
    place_key,
    place_noun,
    place_noun_in,
    qualified_places,
    relative_place,
    remit_region,
    resolve_mention,
)
from eventx.records import ActorInfo, Place
from eventx.facilities import Facility
from eventx.grammar_words import words as grammar_words
from eventx.text.clitics import variants
from eventx.text.normalize import normalize_key
from eventx.text.tokenize import Token, tokenize
from eventx.place_context import situate_unknown_places
from eventx.positions import token_texts, word_positions
from eventx.object_verbs import verb_with_object
from eventx.transliterate import transliterate
from eventx.unread import due

# Function words that end a name and never start one.
STOPWORDS: Final = frozenset(
    "في من علي الي عن مع ان انه بان لان قد لقد كان كانت التي الذي الذين هو هي هم "
    "بعد قبل خلال حيث كما او ثم لكن لم لن لا ما منذ حول عبر اثر بين ضد عند لدي امس اليوم "
    "وقال قال وقالت قالت واضاف اضاف واكد اكد يوم صباح مساء فجر ليله "
    # conjunctions of time and contrast, and adverbs: "استشهاد الرضيع فورا فيما
    # وصفت حالة …" names no one after the title
    "فيما بينما حين عندما حينما وهو وهي فورا ايضا حاليا لاحقا سابقا مجددا "
    # prepositions of time: "وصرح الرئيس الكيني قبيل الزيارة" names no one
    "قبيل اثناء عقب غداه عشيه "
    # honorifics and blessings around a dignitary's name ("وسمو ولي العهد - حفظه
    # الله -"، "ولي العهد نائب رئيس مجلس الوزراء"): never a word of the name
    "سمو وسمو معالي ومعالي حفظه حفظهم حفظها يحفظه رحمه نايب "
    # demonstratives and prepositions with a pronoun on them: "ندد الوزير بذلك"
    # (ب + ذلك)، "قتل خمسة بينهم ضابط": what an office or a role noun is
    # followed by, never its holder's name
    "ذلك هذا هذه تلك هولاء اوليك بينهم بينهما بينها منهم منهما منها "
    # a quantity: "بخطف زعيمها وعدد من أفرادها" names no one after the office
    "عدد وعدد".split()
)
KUNYA: Final = frozenset({"ابو", "ابي", "ابا", "ام"})
# "one of" before a definite plural or dual (احدى المرأتين، احد الجنود), normalised
ONE_OF: Final = frozenset({"احد", "احدي"})
_PUNCT: Final = '.,،:;؛!?؟"\'()[]-/'


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class ActorMention:
    first: int
    last: int
    start: int
    end: int
    info: ActorInfo
    place_too: tuple[Place, ...] = ()  # a country name: actor or location by context
    key: str = ""
    # named by a facility noun (معسكرات، مسجد قوات الطوارئ): a thing is hit, it
    # never acts, speaks or meets, whatever the kind of its owner
    thing: bool = False
    # an honorific pronoun (سموه، معاليه): a dignitary who speaks, calls and
    # visits; what "أدان فيه التفجير" or "بجولة لموقع التفجير" says is no deed
    # done to or by him
    honorific: bool = False
    # a country name with an article its name lacks (السورية from سورية): the
    # nationality adjective of whatever noun it follows (الحدود السورية، الأزمة
    # السورية), which names no actor save the doer of a deed noun right before
    # it (الغارات الجوية السورية)
    adjective: bool = False

    def __init__(self, first: int, last: int, start: int, end: int, info: ActorInfo,
                 place_too: tuple[Place, ...] = (), key: str = "", thing: bool = False,
                 honorific: bool = False, adjective: bool = False) -> None:
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "info", info)
        object.__setattr__(self, "place_too", place_too)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "thing", thing)
        object.__setattr__(self, "honorific", honorific)
        object.__setattr__(self, "adjective", adjective)


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class PlaceMention:
    first: int
    last: int
    start: int
    end: int
    place: Place
    key: str = ""
    # the place names what an office or title is OF (سفير فرنسا، محافظ الطائف):
    # a place the text names (an analyst and news NER mark it) but not where
    # anything happened, so no event takes it as its location
    qualifier: bool = False

    def __init__(self, first: int, last: int, start: int, end: int, place: Place,
                 key: str = "", qualifier: bool = False) -> None:
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "place", place)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "qualifier", qualifier)


# Token.end and Token.text by tuple index: cheaper than by name, in C
_END: Final = itemgetter(2)
_TEXT: Final = itemgetter(0)


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]
    hits: tuple[Hit, ...]
    actors: tuple[ActorMention, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMatch, ...]
    counts: tuple[CountMatch, ...]
    # places implied, not named (جنوب البلاد): event locations, no entities
    implied: tuple[PlaceMention, ...] = ()
    ends: tuple[int, ...] = attrs.field(default=attrs.Factory(
        lambda self: tuple(map(_END, self.tokens)), takes_self=True))
    # the tokens' texts as a set: "does the sentence hold a word of this
    # list?" is asked of it by many steps, and a test of two sets reads the
    # smaller one, not an itemgetter call over every token
    words: frozenset[str] = attrs.field(default=attrs.Factory(
        lambda self: frozenset(map(_TEXT, self.tokens)), takes_self=True))
    # the tokens' texts in order: the steps asking where a word of some list
    # stands (or whether one stands in a stretch) read this tuple, not an
    # itemgetter mapped over the tokens at each question.  Not compared: the
    # tokens it is read from are
    texts: tuple[str, ...] = attrs.field(eq=False, default=attrs.Factory(
        lambda self: tuple(map(_TEXT, self.tokens)), takes_self=True))

    def __init__(self, start: int, end: int, tokens: tuple[Token, ...], hits: tuple[Hit, ...],
                 actors: tuple[ActorMention, ...], places: tuple[PlaceMention, ...],
                 dates: tuple[DateMatch, ...], counts: tuple[CountMatch, ...],
                 implied: tuple[PlaceMention, ...] = (),
                 ends: tuple[int, ...] | None = None,
                 words: frozenset[str] | None = None,
                 texts: tuple[str, ...] | None = None) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "hits", hits)
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "places", places)
        object.__setattr__(self, "dates", dates)
        object.__setattr__(self, "counts", counts)
        object.__setattr__(self, "implied", implied)
        object.__setattr__(self, "ends", tuple(map(_END, tokens)) if ends is None else ends)
        object.__setattr__(self, "words", frozenset(map(_TEXT, tokens)) if words is None else words)
        object.__setattr__(self, "texts", tuple(map(_TEXT, tokens)) if texts is None else texts)

    def token_at(self, offset: int) -> int:
        """Index of the token containing (or following) a normalised offset."""
        return min(bisect.bisect_right(self.ends, offset), len(self.tokens) - 1)


# CAMEO codes of armed actors named by a common noun, not a group name
_GENERIC_GROUP_CODES: Final = frozenset({"UAF", "CRM", "REB"})


@attr.s(auto_attribs=True, order=False)
class DocState:
    """What earlier sentences tell later ones: the last armed group, the countries."""

    countries: list[str] = attrs.Factory(list)
    # every country the article names at least twice anywhere
    # (eventx.doc_countries), most often named first: context for resolving a
    # name several places share, after the countries the analysed sentences
    # named; never what "البلاد" (the country) refers to
    background: list[str] = attrs.Factory(list)
    # armed groups named so far, each once with the offset it was last named
    # at, in offset order (a sentence the extractor did not analyse may be
    # read after later ones, see eventx.unread): the last is what "التنظيم"
    # names, and a head-noun anaphor (الجبهة، المقاومة) searches back through
    groups: list[tuple[int, ActorInfo]] = attrs.Factory(list)
    # the last day named so far: what "وقبل ذلك بيوم" counts from
    last_day: DateMatch | None = None
    # where the current story's countries start in ``countries``: a digest's
    # stories each open with a dateline (eventx.dateline), and "البلاد" in one
    # is its own country, not the article's first story's
    story_from: int = 0
    # where the last sentence's countries start in ``countries``, and whether
    # it was a headline (eventx.dateline): a headline right before a dateline
    # opens its story
    sentence_from: int = 0
    was_headline: bool = False
    # persons named with an office an honorific points back to, each with its
    # offset and the office, in offset order: what "سموه" or "معاليه"
    # searches back through
    dignitaries: list[tuple[int, str, ActorInfo]] = attrs.Factory(list)
    # the sentences the extractor does not analyse (no trigger word), in
    # order, and how many of them have been read: a prince is mostly
    # introduced in one ("واسى صاحب السمو الأمير فلان …"), as is the group a
    # later "الميليشيا" names; they are read when an anaphor needs them
    # (eventx.unread).  None (a caller analysing sentences of its own): the
    # text between the last sentence analysed (read_to) and the anaphor's
    # is read as one
    unread: Sequence[tuple[int, int]] | None = None
    unread_done: int = 0
    read_to: int = 0
    # normalised offsets of the ه that were ة in the input (see
    # Normalized.folded_teh_marbuta): a word ending in one takes no pronoun
    teh_marbuta: frozenset[int] = frozenset()
    # the same offsets plus one: the ends of the tokens whose last letter was
    # a teh marbuta, so that analyse finds them by one set test per token end
    # (the ends it keeps for the Sentence anyway), not an end minus one each.
    # (Added up in C: a document has a few hundred of them)
    teh_ends: frozenset[int] = attrs.Factory(
        lambda self: frozenset(map(add, self.teh_marbuta, repeat(1))), takes_self=True)
    # persons named in full after an office (رئيس الإقليم مسعود بارزاني), by
    # their last name without the article: what the surname alone names
    # later in the article ("وقال بارزاني"); None where two persons share it
    surnames: dict[str, ActorInfo | None] = attrs.Factory(dict)
    # what the story tells of military bases (eventx.base_reading): a bare
    # "القاعدة" after a place word is the base it names, not al-Qaeda; None
    # where the text never says قاعدة
    story_base: StoryBase | None = None

    def note_surname(self, info: ActorInfo) -> None:
        """Remember a person named in full so that the last name alone names
        him later; a name two different persons end in names neither."""
        words = info.name.split()
        if len(words) < 2 or any(w in NASAB for w in words):
            return  # "فهد بن عبدالله": the last word is his father's name
        last = words[-1][2:] if words[-1].startswith("ال") else words[-1]
        if len(last) < 4 or last in STOPWORDS or last in _NAME_STOPWORDS:
            return
        known = self.surnames.get(last, info)
        self.surnames[last] = info if known is not None and known.name == info.name else None

    def note_group(self, info: ActorInfo, at: int) -> None:
        """Remember an armed group named at offset ``at``."""
        if info.code in _GENERIC_GROUP_CODES:
            return  # gunmen, a suicide bomber: never what "التنظيم" points back to
        groups = self.groups
        for k, (was, g) in enumerate(groups):
            if g == info:
                if was >= at:
                    return
                del groups[k]
                break
        bisect.insort(groups, (at, info), key=itemgetter(0))

    def note_dignitary(self, office: str, info: ActorInfo, comp: Compiled, at: int,
                       known: bool = False) -> None:
        """Remember a person named with an office.  A name read after a title
        (not a dictionary entry) counts only with a nasab (بن، بنت): a Gulf
        dignitary is named so, and an office's object is not ("وشرح الأمين
        العام جهود المركز")."""
        if office in comp.actors.honorific_offices() and (
                known or any(w in NASAB for w in info.name.split())):
            bisect.insort(self.dignitaries, (at, office, info), key=itemgetter(0))

    def antecedent(self, entry: ActorEntry, comp: Compiled) -> ActorInfo | None:
        """What an anaphor names: the last armed group, or for a head noun
        (الجبهة) the last group whose name holds it; None where no group named
        so far does ("المقاومة" alone is also the common noun).  An honorific
        (سموه) names the last person named with one of its offices."""
        if entry.antecedent_offices:
            return next((p for _, office, p in reversed(self.dignitaries)
                         if office in entry.antecedent_offices), None)
        if not entry.antecedent_words:
            return self.groups[-1][1] if self.groups else entry.info
        return next((g for _, g in reversed(self.groups)
                     if comp.actors.named_with(g, entry.antecedent_words)), None)

    def context(self) -> list[str]:
        """The countries places are resolved by: those the analysed sentences
        named, most relevant first, then the rest of the article's (``background``)."""
        if not self.background:
            return self.countries
        return self.countries + [c for c in self.background if c not in self.countries]

    def note_country(self, iso2: str | None) -> None:
        if iso2 and iso2 not in self.countries:
            self.countries.append(iso2)


def is_punct(tok: Token) -> bool:
    return not tok.text.strip(_PUNCT)


# for loops over every token that inline is_punct: not t.text.strip(PUNCT_CHARS)
PUNCT_CHARS: Final = _PUNCT


def prev_word(s: Sentence, i: int) -> int:
    """Index of the nearest non-punctuation token before i (-1 if none)."""
    j = i - 1
    texts = s.texts
    while j >= 0 and not texts[j].strip(_PUNCT):
        j -= 1
    return j


def analyse(doc: str, start: int, end: int, comp: Compiled, ref: dt.date | None,
            state: DocState, full: bool = False,
            gate: Callable[[Sentence], bool] | None = None) -> Sentence:
    """The sentence ``doc[start:end]`` analysed.

    Unless ``full``, a sentence without a trigger hit stops after the lexicon
    (it still records the armed group it names, which resolves a later
    "التنظيم"), and one that ``gate`` (the rule choice, given the bare
    sentence) refuses stops after its mentions, which tell later sentences
    the story's countries: its dates and counts would go unused."""
    tokens = tokenize(doc, start, end)
    # the tokens' texts (the lexicon's, the word set's and the Sentence's)
    # and ends (the Sentence's) in one transposing pass in C, not an
    # itemgetter call a token for each
    texts, _, ends = zip(*tokens) if tokens else ((), (), ())
    hits = comp.lexicon.match(tokens, _plain(tokens, ends, state.teh_ends), texts)
    if _points_back(hits):
        if state.unread is not None:
            j = due(state.unread, state.unread_done, start)
            for s, e in state.unread[state.unread_done:j]:
                _note_antecedents(doc, s, e, comp, state)
            state.unread_done = j
        elif state.read_to < start:
            _note_antecedents(doc, state.read_to, start, comp, state)
    state.read_to = max(state.read_to, end)
    text = doc[start:end]
    if comp.pattern_rules:
        hits = _with_pattern_hits(hits, tokens, text, start, comp)
    hits = surname_triggers_dropped(hits, tokens, STOPWORDS)
    # the sentence's words as a set: the steps looking for a word of some list
    # (بن، أبو، a place noun, البلاد) tell most sentences have none by a set test
    words = frozenset(texts)
    bare = Sentence(start, end, tuple(tokens), tuple(hits), (), (), (), (), ends=ends, words=words,
                    texts=texts)
    # a digest's next story opens with a dateline, or with the headline told
    # right before one: its "البلاد" is its own country (_implied_places)
    prev_from, prev_headline = state.sentence_from, state.was_headline
    state.sentence_from, state.was_headline = len(state.countries), headline(tokens)
    if opens_dateline(tokens):
        state.story_from = prev_from if prev_headline else state.sentence_from
    if not full and not has_trigger(hits):
        _note_groups(hits, state)
        _note_dignitaries(tokens, hits, comp, state)
        return bare
    actors, places = _mentions(tokens, hits, comp, state, words)
    if state.story_base is not None:  # the text says قاعدة (one document in twenty)
        actors, places = bases_read(tokens, actors, places, state.story_base)
    if not full and gate is not None and not gate(bare):
        # (no attrs.evolve: it asks every field by name)
        return Sentence(start, end, bare.tokens, bare.hits, tuple(actors), tuple(places), (), (),
                        ends=bare.ends, words=words, texts=texts)
    found, state.last_day = dates_in_context(text, ref, state.last_day)
    dates = tuple([d.shifted(start) for d in found])
    counts = tuple([c.shifted(start) for c in find_counts(text, tokens, start)])
    return Sentence(start, end, bare.tokens, bare.hits, tuple(actors), tuple(places), dates, counts,
                    tuple(_implied_places(tokens, comp, state, words, places, actors)), bare.ends,
                    words, texts)


def has_trigger(hits: Sequence[Hit]) -> bool:
    """Some hit is a trigger word (asked of every candidate sentence, and
    again by the rule choice: the hits' kinds are read and tested in C, with
    no Python step a hit, as a loop or a generator under any() would take)."""
    return any(map(contains, map(_KINDS, hits), repeat("trigger")))


def _plain(tokens: list[Token], ends: Sequence[int], teh: frozenset[int]) -> frozenset[int]:
    """The indices of the tokens whose last letter was a teh marbuta (their
    ends looked up in C, against ``DocState.teh_ends``): the lexicon gives
    them no pronoun suffix."""
    if not teh:
        return frozenset()
    return frozenset([k for k in compress(count(), map(teh.__contains__, ends))
                      if tokens[k].text[-1] == "ه"])


def _note_antecedents(doc: str, start: int, end: int, comp: Compiled, state: DocState) -> None:
    """Read a sentence the extractor did not analyse for what it teaches the
    document state, exactly as a candidate sentence without a trigger is
    read: its armed groups and its dignitaries (see :mod:`eventx.unread`)."""
    tokens = tokenize(doc, start, end)
    hits = comp.lexicon.match(tokens, _plain(tokens, tuple(map(_END, tokens)), state.teh_ends))
    _note_groups(hits, state)
    _note_dignitaries(tokens, hits, comp, state)


def _note_groups(hits: list[Hit], state: DocState) -> None:
    """Remember the last armed group a sentence names (what _mentions records)."""
    for h in hits:
        for e in h.of_kind("actor"):
            info = e.value.info
            if info is not None and info.kind == "armed_group" and not e.value.anaphor:
                state.note_group(info, h.start)
            break


def _points_back(hits: list[Hit]) -> bool:
    """The sentence holds an anaphor (التنظيم، الميليشيا، سموه): what it names
    was named before, maybe in a sentence not yet read."""
    # (asked of every candidate sentence: the actor hits, a few, are picked in C)
    for h in compress(hits, map(contains, map(_KINDS, hits), repeat("actor"))):
        for e in h.entries:
            if e.kind == "actor" and e.value.anaphor:
                return True
    return False


def _note_dignitaries(tokens: list[Token], hits: list[Hit], comp: Compiled,
                      state: DocState) -> None:
    """Remember the persons a sentence names with an office an honorific
    points back to ("واسى صاحب السمو الأمير فلان …" before "وأعرب سموه"),
    as _titled does in a sentence that is analysed in full."""
    offices = comp.actors.honorific_offices()
    hit_at: dict[int, Hit] | None = None
    office_before: str | None = None  # the office of a title hit right before
    for h in hits:
        if office_before is not None:
            known = _known_person(h)
            if known is not None:  # "وزير الخارجية عادل الجبير": a dictionary name
                state.note_dignitary(office_before, known, comp, h.start, known=True)
        office_before = None
        for e in h.of_kind("title"):
            if e.value[0] in offices:
                office_before = e.value[0]
                hit_at = hit_at if hit_at is not None else {x.first: x for x in hits}
                person, _ = _titled_person(tokens, h.first, h.last + 1, hit_at, comp, e.value)
                if person is not None:
                    state.note_dignitary(e.value[0], person.info, comp, h.start)
            break


def _known_person(h: Hit) -> ActorInfo | None:
    """The person a dictionary hit names, if it names one."""
    for e in h.of_kind("actor"):
        info = e.value.info
        return info if info.kind == "person" and not e.value.anaphor else None
    return None


def _with_pattern_hits(hits: list[Hit], tokens: list[Token], text: str, offset: int,
                       comp: Compiled) -> list[Hit]:
    """Add a trigger hit for each pattern match (covering whole tokens), keeping order."""
    extra: list[Hit] = []
    for rule in comp.pattern_rules:
        for pat in rule.patterns:
            for s, e in safe_finditer(pat, text, rule.id):
                first = next((i for i, t in enumerate(tokens) if t.end > s + offset), None)
                last = next((i for i in range(len(tokens) - 1, -1, -1)
                             if tokens[i].start < e + offset), None)
                if first is None or last is None or last < first:
                    continue
                form = TriggerForm(rule.id, "phrase")
                entry = Entry("trigger", form)
                extra.append(Hit(first, last, tokens[first].start, tokens[last].end,
                                 text[s:e], (entry,), frozenset({"trigger"})))
    if not extra:
        return hits
    taken = {i for h in extra for i in range(h.first, h.last + 1)}
    kept = [h for h in hits if not any(i in taken for i in range(h.first, h.last + 1))]
    return sorted(kept + extra, key=lambda h: h.first)


def _nisba(comp: Compiled, tok: Token) -> tuple[str, str, str] | None:
    return _nisba_word(comp, tok.text)


def _nisba_word(comp: Compiled, word: str) -> tuple[str, str, str] | None:
    """The nationality a word is the adjective of, through its clitic
    variants; remembered by word (and dictionary) in a bounded table, as
    the steps around titles, places and deeds ask it of the same words."""
    key = (comp.actors, word)
    if key in _NISBA_MEMO:
        return _NISBA_MEMO[key]
    found: tuple[str, str, str] | None = None
    for form in variants(word):
        found = comp.actors.nisba(form)
        if found is not None:
            break
    if len(_NISBA_MEMO) >= _NISBA_MEMO_SIZE:
        _NISBA_MEMO.clear()  # (a whole clear: no order to keep, safe under the GIL)
    _NISBA_MEMO[key] = found
    return found


# word -> its nationality or None, per actor dictionary (the key holds the
# dictionary, so its identity is never reused while remembered)
_NISBA_MEMO: Final[dict[tuple[ActorDictionary, str], tuple[str, str, str] | None]] = {}
_NISBA_MEMO_SIZE = 50_000


def nisba_of(comp: Compiled, word: str) -> tuple[str, str, str] | None:
    """The nationality a word (any inflection, clitics allowed) is the adjective of."""
    return _nisba_word(comp, word)


def _nisba_country(comp: Compiled, word: str) -> str | None:
    """ISO2 of a nationality adjective (الفلسطينية → PS), for place resolution."""
    n = _nisba_word(comp, word)
    return n[0] if n is not None else None


def _mentions(tokens: list[Token], hits: list[Hit], comp: Compiled, state: DocState,
              words: frozenset[str]) -> tuple[list[ActorMention], list[PlaceMention]]:
    actors: list[ActorMention] = []
    places: list[PlaceMention] = []
    used: set[int] = set()
    hit_at = dict(zip(map(_FIRST, hits), hits))  # (built in C)
    named_before = len(state.countries)  # the countries earlier sentences named
    def nisba(word: str) -> str | None:
        return _nisba_country(comp, word)

    def describes(h: Hit) -> bool:  # a noun of a deed a suicide adjective may describe
        return any(e.value.pos != "verb" and e.value.rule in comp.rules
                   and comp.rules[e.value.rule].type in ATTRIBUTE_TYPES for e in h.of_kind("trigger"))

    title_hits = _with_kind(hits, "title")
    # the office of each title hit by its last token: a dictionary person
    # right after it is a dignitary an honorific may point back to
    office_at = {h.last: h.of_kind("title")[0].value[0] for h in title_hits}
    for h in _naming_hits(hits):
        if h.first in used:
            continue
        kinds = h.kinds
        if h.first - 1 in office_at:
            known = _known_person(h)
            if known is not None:
                state.note_dignitary(office_at[h.first - 1], known, comp, h.start, known=True)
        cands: tuple[Place, ...] = ()
        pkey = place_key(tokens, h.first, h.last, h.key, comp.gazetteer, nisba, words) \
            if "place" in kinds else None
        if pkey is not None:
            p = resolve_mention(comp.gazetteer, pkey, tokens, h.last, state.context(), nisba)
            if p is not None:
                cands = (p,)
        actor_entries = h.of_kind("actor")
        titles = h.of_kind("title")
        if not actor_entries and "cue" in kinds and h.last > h.first:
            h = _cue_led_actor(h, tokens, comp)  # "المشتبه بهم في": the suspects, and a cue
            actor_entries = h.of_kind("actor")
        if actor_entries and titles and _titled(tokens, h, hit_at, comp, titles[0].value,
                                                 actors, places, used, state):
            continue  # "المجند رضا أحمد مهني": the person, not the bare rank noun
        numbered = bool(actor_entries) and actor_entries[0].value.numbered
        if numbered and not _unit_number(tokens, h.last + 1):
            actor_entries = []  # الفرقة alone is a team, اللواء a rank
        if actor_entries:
            entry = actor_entries[0].value
            first, last = h.first, h.last
            info: ActorInfo = entry.info
            if numbered:  # "اللواء 15": the unit of that number
                last += 1
                num = _unit_number(tokens, last)
                info = attrs.evolve(info, name=f"{info.name} {num}",
                                    name_en=f"{info.name_en} {num}")
            elif entry.anaphor:
                found = state.antecedent(entry, comp)
                if found is None:
                    continue
                info = found
            elif entry.head and last + 1 < len(tokens):
                n = _nisba(comp, tokens[last + 1])
                if n is not None:
                    info = comp.actors.compose(entry, n)
                    last += 1
                    state.note_country(n[0])
            if (entry.head and last == h.last and first == last
                    and tokens[first].text in _UNIT_PLURALS):
                end = _unit_name(tokens, last + 1, hit_at, plural=True)
                if end > last:  # "قوات اليونيفيل"، "قوات النخبة": a force by its name
                    info = _unit_info(tokens, first, end)
                    last = end
            if last == h.last and info.kind in ("person", "state_forces"):
                last = _rank_end(tokens, last)  # "ضابط برتبة عميد": the rank is his
            if first > 0 and tokens[first - 1].text in ONE_OF and first - 1 not in used:
                first -= 1  # "احدى المرأتين": one of them is the actor named
            # a country or a national actor named is context for later places too
            state.note_country(cands[0].country if cands else comp.actors.alpha2(info.country))
            if info.kind == "armed_group" and not entry.anaphor:
                state.note_group(info, tokens[first].start)
            actors.append(ActorMention(first, last, tokens[first].start, tokens[last].end, info,
                                       cands, h.key,
                                       honorific=bool(entry.antecedent_offices),
                                       adjective=(entry.metonym and _article_added(tokens[first].text, h.key))
                                       or _indefinite_adjective(tokens, first, last)
                                       or deed_attribute(tokens, first, last, hits, describes)))
            used.update(range(first, last + 1))
            continue
        if cands and remit_region(tokens, h.first, cands[0], comp.gazetteer):
            continue  # "قسم الشرق الأوسط وشمال أفريقيا": what a division covers
        if cands:
            places.append(relative_mention(tokens, PlaceMention(h.first, h.last, h.start, h.end,
                                                                cands[0], h.key)))
            state.note_country(cands[0].country)
            continue
        if titles:
            _titled(tokens, h, hit_at, comp, titles[0].value, actors, places, used, state)
    actors += _deed_nationalities(tokens, _with_kind(hits, "trigger"), used, hit_at, comp)
    actors = _drop_title_complements(actors, tokens, title_hits)
    if ARM_NOUNS & words:  # "جبهة النصرة ذراع تنظيم القاعدة": one group, described
        actors = drop_arms(actors, tokens)
    facility_hits = _with_kind(hits, "facility")
    facilities = _facility_mentions(tokens, facility_hits, actors, places) if facility_hits else []
    if facilities:  # an owner named inside a facility phrase is part of it
        inside = _tokens_in(facilities)
        actors = [a for a in actors if a.first not in inside] + facilities
        actors.sort(key=lambda a: a.first)
    # names after a place noun the lexicon does not know bare (مدينة مشهد، حي الملعب)
    covered: set[int] | None = None  # the tokens inside hits, gathered where needed
    if place_noun_in(words):
        covered, taken = _hit_tokens(hits)
        taken |= _tokens_in(actors)
        taken |= _tokens_in(places)
        for q in qualified_places(tokens, taken, comp.gazetteer, state.context()):
            places.append(PlaceMention(q.first, q.last, tokens[q.first].start, tokens[q.last].end,
                                       q.place, q.key))
            state.note_country(q.place.country)
    places.sort(key=lambda p: p.first)
    if places:  # (none in half the sentences)
        situated = situate_unknown_places(
            tokens, places, [(a.first, a.last, a.place_too[0]) for a in actors if a.place_too], nisba,
            lambda key: comp.gazetteer.candidates(key, guarded=True),
            _situating_countries(state, named_before, actors, comp))
        _unnote_moved(state, named_before, places, situated, actors, comp)
        places = _locators(tokens, situated)
    # kunya names (أبو ياسر العيساوي) and tribes (قبيلة البلاهدة) not covered by any hit
    kunya_or_tribe = [] if _KUNYA_TRIBE_OR_UNIT.isdisjoint(words) else word_positions(token_texts(tokens), _KUNYA_TRIBE_OR_UNIT)
    if kunya_or_tribe and covered is None:
        covered = _hit_tokens(hits)[0]
    for i in kunya_or_tribe:
        assert covered is not None
        tok = tokens[i]
        if tok.text in _UNIT_NOUNS:
            end = _unit_name(tokens, i + 1, hit_at, plural=False) if i not in covered else -1
            if end > i:  # "قوة إيساف"، "قوة حفظ السلام": a force by its name
                actors.append(ActorMention(i, end, tok.start, tokens[end].end,
                                           _unit_info(tokens, i, end)))
            continue
        if i not in covered and i + 1 < len(tokens) and tok.text not in KUNYA:
            tribe = _tribe(tokens, i, hit_at)
            if tribe is not None:
                actors.append(tribe)
            continue
        if i not in covered and i + 1 < len(tokens):
            name = _name_tokens(tokens, i + 1, hit_at, limit=2)
            if name and _clitic_led(tokens[name[-1]].text) and len(name) > 1:
                name = name[:-1]  # "مسجد أبو هريرة بمنطقة": a preposition ends the name
            if name:
                last = name[-1]
                surface = " ".join(t.text for t in tokens[i:last + 1])
                actors.append(ActorMention(i, last, tok.start, tokens[last].end,
                                           ActorInfo(surface, transliterate(surface), "person")))
    if not NASAB.isdisjoint(words):
        covered = covered if covered is not None else _hit_tokens(hits)[0]
        actors += _nasab_names(tokens, covered | _tokens_in(actors))
    actors.sort(key=lambda a: a.first)
    if facilities:
        actors = _building_names(tokens, facility_hits, title_hits, actors)
    if title_hits:
        actors = _named_before_titles(tokens, hits, title_hits, hit_at, actors, comp)
    # an apposition opens with وهو / وهي: without one no hit need be asked
    apposed = [] if _APPOSITION_PRONOUNS.isdisjoint(words) else [
        h for h in hits if "apposed_person" in h.classes]
    if apposed:
        actors = _apposed_names(tokens, apposed, hit_at, actors, comp)
    actors = _surnamed(tokens, hits, hit_at, covered, actors, state, words)
    if places and not NASAB.isdisjoint(words):
        places = _not_family_names(tokens, actors, places)
    return _qualified_generics(actors, tokens), places


def _situating_countries(state: DocState, named_before: int, actors: list[ActorMention],
                         comp: Compiled) -> list[str]:
    """The countries a place of this sentence is read against: those earlier
    sentences named (the first ``named_before`` of ``state.countries``), the
    article's background, and those the sentence's actors name (القوات
    العراقية); not those its places named, since a place's own country is
    what is in question."""
    out = state.countries[:named_before]
    for c in state.background:
        if c not in out:
            out.append(c)
    for a in actors:
        cc = a.place_too[0].country if a.place_too else comp.actors.alpha2(a.info.country)
        if cc and cc not in out:
            out.append(cc)
    return out


def _unnote_moved(state: DocState, named_before: int, places: list[PlaceMention],
                  situated: list[PlaceMention], actors: list[ActorMention], comp: Compiled) -> None:
    """Forget a country this sentence noted only for a place that situating
    moved elsewhere (حي جبيل noted Lebanon before it became a quarter of an
    Iraqi city): a wrong reading must not steer the next sentences' places."""
    moved = {a.place.country for a, b in zip(places, situated)
             if a.place.country is not None and a.place.country != b.place.country}
    if not moved:
        return
    still = {q.place.country for q in situated} | {
        a.place_too[0].country if a.place_too else comp.actors.alpha2(a.info.country) for a in actors}
    state.countries[named_before:] = [c for c in state.countries[named_before:]
                                      if c not in moved or c in still]


def _not_family_names(tokens: list[Token], actors: list[ActorMention],
                      places: list[PlaceMention]) -> list[PlaceMention]:
    """The places that do not close a person's بن chain: a definite name right
    after one ("عبدالرحمن بن عبدالله السند"، "فهد بن محمد الشام") is the
    family's name, spelt like a region (السند: Sindh), and locates nothing.
    A glued preposition ("بن عبدالله بالرياض") or a place noun before the name
    makes it a place again."""
    ends = {a.last for a in actors if a.info.kind == "person"
            and any(tokens[k].text in NASAB for k in range(a.first, a.last + 1))}
    if not ends:
        return places
    return [p for p in places
            if not (p.first - 1 in ends and tokens[p.first].text.startswith("ال"))]


def _naming_hits(hits: list[Hit]) -> list[Hit]:
    """The hits that may name someone or somewhere: a place, an actor or a
    title, or a cue of several words ("المشتبه بهم في", see _cue_led_actor).

    Why: a deed or cue word (four hits in five) names no one, and _mentions
    would pass over each in a Python step; here they are left out in C."""
    kinds_of = list(map(_KINDS, hits))
    return list(compress(hits, map(or_, map(not_, map(_MENTION_KINDS.isdisjoint, kinds_of)),
                                   map(and_, map(contains, kinds_of, repeat("cue")),
                                       map(gt, map(_LAST, hits), map(_FIRST, hits))))))


def _with_kind(hits: list[Hit], kind: str) -> list[Hit]:
    """The hits of ``kind``, in order.

    Why: a sentence has a dozen hits, mostly deed and cue words, and several
    steps look at one kind only (titles, triggers, facilities): each picks
    from this list instead of asking every hit again."""
    return list(compress(hits, map(contains, map(_KINDS, hits), repeat(kind))))


def _hit_tokens(hits: list[Hit]) -> tuple[set[int], set[int]]:
    """The token indices inside any hit, and those inside a hit that is more
    than a place (one walk for both: _mentions needs each)."""
    covered: set[int] = set()
    held: set[int] = set()
    for h in hits:
        if h.first == h.last:  # most hits are one word: no range to build
            covered.add(h.first)
            if h.kinds != _PLACE_ONLY:
                held.add(h.first)
        else:
            span = range(h.first, h.last + 1)
            covered.update(span)
            if h.kinds != _PLACE_ONLY:
                held.update(span)
    return covered, held


def _tokens_in(spans: Sequence[ActorMention] | Sequence[PlaceMention]) -> set[int]:
    """The token indices inside the mentions, ``first`` to ``last`` inclusive."""
    return {i for s in spans for i in range(s.first, s.last + 1)}


def _surnamed(tokens: list[Token], hits: list[Hit], hit_at: dict[int, Hit], covered: set[int] | None,
              actors: list[ActorMention], state: DocState, words: frozenset[str]) -> list[ActorMention]:
    """A word that is the last name of a person the article named in full
    after an office is that person ("وقال بارزاني" after "رئيس إقليم كردستان
    مسعود بارزاني"): news names an official in full once, then by surname.
    Only words no lexicon entry (``covered``: their tokens, or None when
    not gathered yet) and no other mention covers."""
    for a in actors:  # a dictionary person named in full here (مسعود بارزاني)
        if a.info.kind == "person" and a.info.code and a.last > a.first \
                and not a.info.name.split()[-1].startswith("ال"):
            state.note_surname(a.info)  # (not "عبدالله الثاني": الثاني is "the second")
    if not state.surnames:
        return actors
    # only a token spelled as a surname, bare or with the article, can name
    # one: those found in C, the rest asked in Python
    spellings = {*state.surnames, *("ال" + s for s in state.surnames)}
    if spellings.isdisjoint(words):
        return actors
    named = [(i, info) for i in word_positions(token_texts(tokens), spellings)
             if (info := state.surnames.get(tokens[i].text[2:] if tokens[i].text.startswith("ال")
                                            else tokens[i].text)) is not None]
    if not named:  # most sentences: no surname, so no spans to collect
        return actors
    taken = _tokens_in(actors) | (covered if covered is not None else _hit_tokens(hits)[0])
    verb_at = {h.last: h for h in hit_at.values()}
    found: list[ActorMention] = []
    for i, info in named:
        tok = tokens[i]
        if i in taken:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text in NASAB:
            continue  # "بارزاني بن …": another person's name
        verb = verb_at.get(i - 1)
        if verb is None or not ("class" in verb.kinds or "trigger" in verb.kinds):
            continue  # only a subject right after its verb ("وأكد محلب"): "سعد دوابشة"
            # is a kinsman's full name, "أن بلاده" the common word
        found.append(ActorMention(i, i, tok.start, tok.end, info, key=tok.text))
    if not found:
        return actors
    return sorted(actors + found, key=lambda a: a.first)


def _qualified_generics(actors: list[ActorMention], tokens: list[Token]) -> list[ActorMention]:
    """A generic armed noun with a group's adjective after it, agreeing in the
    article ("المسلحون الحوثيون"، "مسلحين حوثيين"): one mention of that group.

    Why: read apart, the adjective became a second party of the deed (the
    gunmen abducted, "the Houthis" abducted), often in the object's role."""
    out: list[ActorMention] = []
    for a in actors:
        prev = out[-1] if out else None
        if (prev is not None and a.first == prev.last + 1 and prev.first == prev.last
                and prev.info.kind == "armed_group" and prev.info.code in _GENERIC_GROUP_CODES
                and a.info.kind == "armed_group" and a.info.code not in _GENERIC_GROUP_CODES
                and not a.adjective):
            head = tokens[prev.first].text
            head = head[1:] if head[:1] in ("و", "ف") else head
            word = tokens[a.first].text
            if word[:1] not in ("و", "ف", "ب", "ل", "ك") and head.startswith("ال") == word.startswith("ال"):
                out[-1] = ActorMention(prev.first, a.last, prev.start, a.end, a.info, a.place_too, a.key)
                continue
        out.append(a)
    return out


# adjectives that may stand between a deed noun and the nationality of its doer
# ("الغارات الجوية السورية"، "ضربة اسرائيلية جوية"), normalised
DEED_ADJECTIVES: Final = frozenset({"الجويه", "جويه", "الجوي", "جوي", "الصاروخيه", "صاروخيه",
                             "المدفعي", "مدفعي", "العسكريه", "عسكريه", "العنيفه", "عنيفه"})
_FORCES: Final = "القوات"
# deeds whose nationality adjective is their doer's ("القصف التركي"، "غارة
# إسرائيلية"); after an arrest or a killing it is rather whom it befell
# ("اعتقال السوري"), and words said are a government's, not its forces'
DOER_ADJECTIVE_TYPES: Final = frozenset({"attack", "air_strike", "rocket_strike", "bombing", "raid"})


def _deed_nationalities(tokens: list[Token], triggers: list[Hit], used: set[int],
                        hit_at: dict[int, Hit], comp: Compiled) -> list[ActorMention]:
    """A nationality adjective right after a deed noun ("القصف التركي"، "غارة
    إسرائيلية"، "الضربات الجوية الأمريكية"): that country's forces, as an
    adjective mention that only the deed it qualifies takes (its doer).

    Why: news names the side of a strike by its adjective far more than by a
    noun (no "القوات" is written), and the adjective is no actor of any other
    event of the sentence ("الحدود التركية" stays a border)."""
    out: list[ActorMention] = []
    head: ActorEntry | None = None
    for h in triggers:
        j = h.last + 1
        if j < len(tokens) and tokens[j].text in DEED_ADJECTIVES:
            j += 1
        if j >= len(tokens) or j in used or j in hit_at:
            continue
        n = comp.actors.nisba(tokens[j].text)  # no clitic: "التفجير لتركي" is "to a Turk"
        # (the adjective first: rarely there, it spares asking the deed's rules)
        if n is None or not any(
                e.value.pos != "verb" and e.value.rule in comp.rules
                and comp.rules[e.value.rule].type in DOER_ADJECTIVE_TYPES
                for e in h.of_kind("trigger")):
            continue
        head = head or comp.actors.lookup(_FORCES)
        if head is None:
            return out
        out.append(ActorMention(j, j, tokens[j].start, tokens[j].end,
                                comp.actors.compose(head, n), key=tokens[j].text,
                                adjective=True))
        used.add(j)
    return out


# adverbs in the accusative (normalised): they end like an indefinite noun but
# qualify the verb, so a country after them is no adjective ("دعت أيضا روسيا")
_ADVERBS: Final = frozenset({"ايضا", "حاليا", "رسميا", "مجددا", "سابقا", "لاحقا", "موخرا", "مسبقا",
                      "فورا", "حصرا", "تقريبا", "خصوصا", "عموما", "جدا", "دايما", "ابدا",
                      "غالبا", "احيانا", "اساسا", "اصلا", "علنا", "سرا", "تحديدا", "اخيرا",
                      "اولا", "ثانيا", "ثالثا", "كثيرا", "قليلا", "مطلقا", "معا", "جميعا",
                      "كذلك", "هناك", "هنا", "يوميا", "صباحا", "مساء", "ليلا", "نهارا", "ظهرا"})


def _indefinite_adjective(tokens: list[Token], first: int, last: int) -> bool:
    """A one-word mention in the accusative nisba (تركيا، إيطاليا، إرهابيا) right
    after an indefinite accusative word: it agrees with that noun and
    describes it ("رجلا إيطاليا"، "مركزا حدوديا تركيا"، "هجوما إرهابيا"),
    naming no country or group as an actor.

    Why: unvowelled, the nisba تركيًا is spelled as the country تركيا, so
    after "an Italian man" the country became the victim; an adverb
    (أيضا، مجددا) or a verb (هاجموا) before a country leaves it a noun."""
    if first != last or first == 0 or not tokens[first].text.endswith("يا"):
        return False
    prev = tokens[first - 1].text
    return (prev.endswith("ا") and not prev.endswith("وا") and len(prev) >= 4
            and not prev.startswith("ال") and prev.isalpha() and prev not in _ADVERBS)


def _article_added(word: str, key: str) -> bool:
    """The token carries an article (ال، بال، لل) that the matched name has
    not: "السورية" matched as سورية is the adjective Syrian, not Syria."""
    if key.startswith("ال"):
        return False
    w = word[1:] if word[:1] in ("و", "ف") and len(word) > len(key) + 1 else word
    return w.startswith(("ال", "بال", "لل", "كال"))


# a tribe or clan noun (normalised, with its plural): its name follows, often
# with the article (قبيلة البلاهدة، عشيرة البو نمر، قبائل بني هاجر)
_TRIBE_NOUNS: Final = frozenset({"قبيله", "قبايل", "عشيره", "عشاير"})
# first words of a tribe's name that need the next word too
_TRIBE_LINKS: Final = frozenset({"بني", "بنو", "ال", "البو", "اولاد", "ابناء"})


# a force's head noun (normalised) that a name the dictionary lacks may follow:
# singular قوة takes only an indefinite name ("قوة إيساف"، "قوة حفظ السلام"; "قوة
# الزلزال" is the quake's strength), plural قوات a definite one too ("قوات
# اليونيفيل"، "قوات النخبة")
_UNIT_NOUNS: Final = frozenset({"قوه", "وقوه"})
_UNIT_PLURALS: Final = frozenset({"قوات", "وقوات"})
# endings of an adjective or a verb, not of a force's name: قوة كبيرة، قوات
# أمنية، قوات تقدمت، قوات قوامها
_NOT_UNIT_ENDINGS: Final = ("ه", "ي", "يين", "يون", "ت", "ها", "هم", "وا", "ين", "ون")


def _unit_name(tokens: list[Token], j: int, hit_at: dict[int, Hit], plural: bool) -> int:
    """The last token of the name a force's head noun is followed by at ``j``
    ("قوة إيساف"، "قوة حفظ السلام"، "قوات اليونيفيل"), or -1.

    Why: news names multinational and special units by acronyms and
    constructs no dictionary can list; the head noun says they are forces,
    and the name's shape (no adjective or verb ending) that it is a name."""
    if j >= len(tokens) or j in hit_at:
        return -1
    w = tokens[j].text
    if not w.isalpha() or w in STOPWORDS or w.endswith(_NOT_UNIT_ENDINGS):
        return -1
    if w.startswith("ال"):
        if not plural or len(w) < 5:
            return -1
        end = j  # "قوات المجلس العسكري": the name's own adjectives
        while (end + 1 < len(tokens) and end + 1 - j < 3 and end + 1 not in hit_at
               and tokens[end + 1].text.startswith("ال") and tokens[end + 1].text.isalpha()
               and tokens[end + 1].text not in STOPWORDS and not is_weekday(tokens[end + 1].text)):
            end += 1
        return end
    if w[:1] in "وبلكفيت":
        return -1  # a clitic or an imperfect verb (بشكل، تتقدم)
    k = j + 1
    if k < len(tokens) and tokens[k].text.startswith("ال") and tokens[k].text.isalpha() \
            and not tokens[k].text.endswith(_NOT_UNIT_ENDINGS) and not (
                k in hit_at and ("actor" in hit_at[k].kinds or "place" in hit_at[k].kinds)):
        return k  # a construct: "حفظ السلام"
    return j if len(w) >= 4 else -1


def _unit_info(tokens: list[Token], first: int, last: int) -> ActorInfo:
    surface = " ".join(t.text for t in tokens[first:last + 1])
    name = " ".join(t.text for t in tokens[first + 1:last + 1])
    # an indefinite name is a foreign acronym or a mission (إيساف، حفظ السلام)
    kind = "state_forces" if tokens[first + 1].text.startswith("ال") else "international"
    return ActorInfo(surface, f"{transliterate(name)} force", kind)


def _tribe_word(word: str) -> bool:
    return word in _TRIBE_NOUNS or (word[:1] == "و" and word[1:] in _TRIBE_NOUNS)


# the words _mentions looks at for kunyas and tribes, as one set: a lookup a
# token instead of a call (every token of every analysed sentence is asked)
_KUNYA_OR_TRIBE: Final = KUNYA | _TRIBE_NOUNS | {"و" + w for w in _TRIBE_NOUNS}
_KUNYA_TRIBE_OR_UNIT: Final = _KUNYA_OR_TRIBE | _UNIT_NOUNS


def _tribe(tokens: list[Token], i: int, hit_at: dict[int, Hit]) -> ActorMention | None:
    """A tribe named after its noun ("قبيلة البلاهدة"): a party to meetings
    and feuds, and their victims, that no dictionary can list."""
    j = i + 1
    if j >= len(tokens) or j in hit_at:
        return None
    word = tokens[j].text
    if not word.isalpha() or word in STOPWORDS or len(word) < 3 or _complement_led(word):
        return None
    last = j
    if word in _TRIBE_LINKS and j + 1 < len(tokens) and _name_like(tokens[j + 1]) \
            and j + 1 not in hit_at:
        last = j + 1
    first = i
    surface = " ".join(t.text for t in tokens[first:last + 1])
    name = " ".join(t.text for t in tokens[j:last + 1])
    return ActorMention(first, last, tokens[first].start, tokens[last].end,
                        ActorInfo(surface, f"{transliterate(name)} tribe", "organization"))


# nouns that head an office phrase with the title after them ("مساعد وزير
# الخارجية"، "مدير جامعة الملك خالد"، "نائب رئيس الوزراء"): never a name (normalised)
_OFFICE_HEADS: Final = frozenset({"مساعد", "نايب", "مستشار", "معاون", "وكيل", "مدير", "رييس", "عضو",
                           "سفير", "قايد", "امين", "مبعوث", "ممثل", "جامعه", "مكتب", "مجلس",
                           "وزير", "وزاره", "هييه", "لجنه", "اداره", "مديريه"})


def _named_before_titles(tokens: list[Token], hits: list[Hit], titles: list[Hit],
                         hit_at: dict[int, Hit], actors: list[ActorMention],
                         comp: Compiled) -> list[ActorMention]:
    """A name no dictionary knows before a post-posed title ("قال مارك تونر
    المتحدث باسم وزارة الخارجية"): the person, whose office the title is; the
    body the title is of then only qualifies him, as it does a title before a
    name (see _drop_title_complements), and so it does after a known name
    ("ذبيح الله مجاهد المتحدث باسم حركة طالبان").  A new name must follow a
    verb of saying and have two words or three.  ``titles``: the sentence's
    title hits."""
    taken = _tokens_in(actors)
    person_ends = {a.last for a in actors if a.info.kind == "person"}
    added: list[ActorMention] = []
    drop: set[int] = set()
    for h in titles:
        title = h.of_kind("title")[0].value
        if title[1] == "person" or h.first == 0:
            continue
        j = h.last + 1
        if j < len(tokens) and tokens[j].text in ("باسم", "ل"):
            j += 1
        if h.first - 1 in person_ends:
            drop.add(j)  # "ذبيح الله مجاهد المتحدث باسم حركة طالبان": whose spokesman he is
            continue
        if h.first - 1 in taken:
            continue
        name: list[int] = []
        k = h.first - 1
        while k >= 0 and len(name) < 3 and k not in taken and k not in hit_at \
                and _name_like(tokens[k]) and _nisba(comp, tokens[k]) is None \
                and tokens[k].text not in _OFFICE_HEADS:
            name.insert(0, k)
            k -= 1
        if not name or tokens[name[0]].text.startswith("ال") or _clitic_led(tokens[name[0]].text) \
                or _complement_led(tokens[name[0]].text):
            continue
        # Arabic puts the verb first and then its titled subject ("وشدد
        # الرئيس"، "رفض الأمين العام"): only a verb of saying right before
        # opens a name, and one word alone is too often a noun
        opener = k >= 0 and any(x.last == k and "speech_verb" in x.classes
                                for x in hits)
        if not opener or len(name) < 2:
            continue
        first, last = name[0], name[-1]
        surface = " ".join(t.text for t in tokens[first:last + 1])
        added.append(ActorMention(first, last, tokens[first].start, tokens[last].end,
                                  ActorInfo(surface, f"{transliterate(surface)} ({title[0]})",
                                            "person")))
        drop.add(j)
    if not added and not drop:
        return actors
    # a country stays: its name is a place too, which news NER marks
    out = [a for a in actors if a.first not in drop or a.place_too] + added
    out.sort(key=lambda a: a.first)
    return out


# the pronoun that opens an apposition after a name ("فلان، وهو رجل أعمال"), normalised
_APPOSITION_PRONOUNS: Final = frozenset({"وهو", "وهي"})
# words a new name may take (two or three: one alone is too often a noun)
_NAME_WORDS: Final = (2, 3)


def _apposed_names(tokens: list[Token], apposed: list[Hit], hit_at: dict[int, Hit],
                   actors: list[ActorMention], comp: Compiled) -> list[ActorMention]:
    """A name no dictionary knows before "، وهو رجل أعمال" / "وهي طالبة" /
    "وهو محلل أمني" (a person noun of the class ``apposed_person``): the
    apposition says the name is a person's ("اعتقلت الشرطة محمد العلي، وهو
    رجل أعمال"، "وقال مصطفى العاني وهو محلل أمني").  The noun is indefinite
    (a definite one is a title with the name after it: "وهو الطالب ألكسندر
    بيسونيت"); the name is two or three name-like words, the first without
    the article.  ``apposed``: the hits of that class."""
    taken = _tokens_in(actors)
    added: list[ActorMention] = []
    for h in apposed:
        j = h.first - 1
        if j < 1 or tokens[j].text not in _APPOSITION_PRONOUNS or tokens[h.first].text.startswith("ال"):
            continue  # "وهو الطالب ألكسندر": a definite noun has the name after it
        k = j - 1
        if is_punct(tokens[k]):
            k -= 1
        name: list[int] = []
        while k >= 0 and len(name) < _NAME_WORDS[1] and k not in taken and k not in hit_at \
                and _name_like(tokens[k]) and _nisba(comp, tokens[k]) is None \
                and tokens[k].text not in _OFFICE_HEADS:
            name.insert(0, k)
            k -= 1
        while name and (tokens[name[0]].text.startswith("ال") or _clitic_led(tokens[name[0]].text)
                        or _complement_led(tokens[name[0]].text)):
            name = name[1:]  # "مهاجمة الشرطة محمد العلي": the name starts after the noun
        if len(name) < _NAME_WORDS[0]:
            continue
        first, last = name[0], name[-1]
        surface = " ".join(t.text for t in tokens[first:last + 1])
        added.append(ActorMention(first, last, tokens[first].start, tokens[last].end,
                                  ActorInfo(surface, transliterate(surface), "person")))
        taken.update(name)
    if not added:
        return actors
    return sorted(actors + added, key=lambda a: a.first)


def _cue_led_actor(h: Hit, tokens: list[Token], comp: Compiled) -> Hit:
    """A cue phrase that begins with an actor's name ("المشتبه بهم في": the
    suspects in …) wins the longest match over the name; the name still
    names an actor ("اعتقال مئات من المشتبه بهم في الداخل").  The hit is
    returned cut to that name with the actor's entry, or as it was."""
    words = h.key.split()
    entry = comp.actors.lookup(" ".join(words[:-1])) if len(words) == h.last - h.first + 1 else None
    if entry is None:
        return h
    return h._replace(last=h.last - 1, end=tokens[h.last - 1].end, key=" ".join(words[:-1]),
                      entries=(Entry("actor", entry),), kinds=frozenset({"actor"}), classes=frozenset())


def _unit_number(tokens: list[Token], i: int) -> str:
    """The number in digits at token ``i`` (15, الـ30 → ال30), or ''."""
    if i >= len(tokens):
        return ""
    word = tokens[i].text
    digits = word[2:] if word.startswith("ال") else word
    return digits if digits.isdigit() else ""


def _titled(tokens: list[Token], h: Hit, hit_at: dict[int, Hit], comp: Compiled,
            title: tuple[str, str], actors: list[ActorMention], places: list[PlaceMention],
            used: set[int], state: DocState) -> bool:
    """Add the person a title hit names, if one follows; True when one did."""
    prev = actors[-1] if actors else None
    if prev is not None and prev.last == h.first - 1 and prev.info.kind == "person":
        return False  # "الأمير فلان أمير منطقة نجران، …": the title is his, no new name
    person, complement = _titled_person(tokens, h.first, h.last + 1, hit_at, comp, title)
    if person is None:
        if h.first > 2 and tokens[h.first - 1].text in "،," and (
                tokens[h.first - 3].text in NASAB  # a nasab name, found after this loop
                or (prev is not None and prev.info.kind == "person" and prev.last == h.first - 2)):
            return False  # "الملك عبدالله الثاني، ملك الأردن": his office, no second actor
        office = _country_office(tokens, h, hit_at, title) or _bare_office(tokens, h, hit_at, comp, title)
        if office is None:
            return False
        actors.append(office)  # "زعيم كوريا الشمالية": North Korea's leader, no bare country
        used.update(range(office.first, office.last + 1))
        # the country still is a place named, as after a title with a name
        # ("وزير خارجية روسيا"): a qualifier, where nothing happened
        places.extend(_qualifier_places(tokens, range(h.last + 1, office.last + 1), hit_at, comp, state))
        return True
    state.note_dignitary(title[0], person.info, comp, h.start)
    named = tokens[person.first:person.last + 1]
    if person.info.name == " ".join(t.text for t in named) and not any(
            k in hit_at for k in range(person.first, person.last + 1)) and all(
            _name_like(t) and t.text not in _PRE_NAME and t.text not in _BODY_NOUNS
            for t in named) and not tokens[person.first].text.startswith(("ال", "ل")) \
            and _nisba(comp, named[-1]) is None:  # "طلال الأردني": الأردني is Jordanian too
        state.note_surname(person.info)  # a name of name words only, no office's
    actors.append(person)
    used.update(range(person.first, person.last + 1))
    # "وزير الإعلام الدكتور محمد": الدكتور (a title of its own) only leads to
    # the name here; read again, it would take the office from the minister
    used.update(k for k in range(h.last + 1, person.first) if tokens[k].text in _PRE_NAME)
    # "محافظ الطائف فهد": the place qualifies the office, it is no location
    used.update(complement)
    places.extend(_qualifier_places(tokens, complement, hit_at, comp, state))
    return True


def _bare_office(tokens: list[Token], h: Hit, hit_at: dict[int, Hit], comp: Compiled,
                 title: tuple[str, str]) -> ActorMention | None:
    """The holder of a security office named by its title alone ("قتل قائد
    الشرطة في انفجار"، "اغتيال مدير أمن المدينة"): no name follows, yet the
    title names one person, who acts or suffers the deed.  Only titles marked
    ``bare`` in titles.toml: a rank alone (اللواء، الفريق) may be a unit."""
    if not h.key or not comp.actors.bare_title(h.key):
        return None
    after = h.last + 1
    nh = hit_at.get(after)
    if nh is not None and nh.of_kind("place") and not nh.kinds & {"actor", "title"}:
        after = nh.last + 1  # "مدير شرطة خان بني سعد": the place the office is of
    elif after < len(tokens) and place_noun(tokens[after].text):
        after += 1  # "قائد شرطة المدينة", "مدير شرطة المنطقة العميد …"
    if after < len(tokens) and not _phrase_closes(tokens, after, hit_at) \
            and not tokens[after].text.startswith("و"):
        # "مدير شرطة منطقة الباحة اللواء مسفر"، "مدير الأمن العام": more
        # follows (a conjunct after it, "والاستماع إلى إفاداته", does not)
        return None
    # one person: after a bare killing verb the one killed ("قتل قائد الشرطة في
    # انفجار"), where a force there is the killer ("قتلت الشرطة مسلحا")
    surface = " ".join(t.text for t in tokens[h.first:h.last + 1])
    return ActorMention(h.first, h.last, tokens[h.first].start, tokens[h.last].end,
                        ActorInfo(surface, title[0], "person"))


# offices whose holder, named by "TITLE + COUNTRY" alone, is the country's
# government or its military (the title's kind, see titles.toml)
_OFFICE_SUFFIX: Final = {"government": "GOV", "armed_group": "GOV", "state_forces": "MIL"}


def _country_office(tokens: list[Token], h: Hit, hit_at: dict[int, Hit],
                    title: tuple[str, str]) -> ActorMention | None:
    """The holder of an office of a country named in the construct state with
    no name after it: "زعيم كوريا الشمالية" is North Korea's leader, an actor
    of its government, not the country itself.  A title with the article
    (الرئيس سوريا) is no construct, a person's role (الشاب) no office."""
    office_en, kind = title
    suffix = _OFFICE_SUFFIX.get(kind)
    nh = hit_at.get(h.last + 1)
    word = h.key.split()[-1] if h.key else ""
    if suffix is None or nh is None or not word or word.startswith("ال") \
            or not tokens[h.last].text.endswith(word):
        return None  # "رئيسا للولايات المتحدة": as president, an adverb
    country = next((e.value.info for e in nh.of_kind("actor")
                    if e.value.info.kind == "government" and e.value.info.country
                    and e.value.info.code == e.value.info.country), None)
    if country is None or not nh.of_kind("place") or not nh.key \
            or tokens[nh.first].text != nh.key.split()[0]:
        return None  # "للولايات": a preposition, no genitive
    if " " not in nh.key and nh.key != normalize_key(country.name):
        return None  # "عمدة لندن": the city's office, London only stands for the UK
    after = nh.last + 1
    if after < len(tokens) and tokens[after].text in _HOLDER_NEXT:
        return None  # "أمير دولة الكويت سمو الشيخ صباح"، "سفير فرنسا لدى الأمم المتحدة جان": named
    if after < len(tokens) and not _phrase_closes(tokens, after, hit_at):
        return None  # "أمير دولة قطر الشيخ تميم": the holder is named, after all
    nxt = after + 1
    if after < len(tokens) and tokens[after].text in "،," and nxt < len(tokens) and (
            (nxt in hit_at and hit_at[nxt].kinds & {"actor", "title"})
            or (nxt not in hit_at and _name_like(tokens[nxt]) and not _clitic_led(tokens[nxt].text))):
        return None  # "رئيس الولايات المتحدة، جو بايدن": named after a comma
    assert country.country is not None
    surface = " ".join([h.key] + [t.text for t in tokens[nh.first:nh.last + 1]])
    info = ActorInfo(surface, f"{country.name_en} {office_en}", "state_forces" if suffix == "MIL"
                     else "government", country=country.country, code=country.country + suffix)
    return ActorMention(h.first, nh.last, tokens[h.first].start, tokens[nh.last].end, info)


def _phrase_closes(tokens: list[Token], after: int, hit_at: dict[int, Hit]) -> bool:
    """Whether the office phrase before token ``after`` ends there: a mark, a
    stop word, a word that closes a name, or a deed or cue word (no name of
    its holder, no further word of the office follows)."""
    return (is_punct(tokens[after]) or tokens[after].text in STOPWORDS
            or tokens[after].text in _AFTER_NAME
            or (after in hit_at and bool(hit_at[after].kinds & {"trigger", "class", "cue"})
                and not hit_at[after].kinds & {"title", "actor"}))


# what stands between an office and its holder's name: an honorific, or the
# body an envoy is accredited to ("سفير فرنسا لدى الأمم المتحدة فلان")
_HOLDER_NEXT: Final = frozenset({"سمو", "معالي", "فخامه", "جلاله", "سعاده", "لدي"})

NASAB: Final = frozenset({"بن", "بنت", "ابن"})
# honorifics and academic titles between an office and its holder's name
# (normalised): "وزير الداخلية معالي الدكتور فلان"
_PRE_NAME: Final = frozenset({"معالي", "سمو", "الاستاذ", "الدكتور", "المهندس", "سعاده", "فضيله",
                       # a rank's grade (الفريق أول، العميد ركن)
                       "اول", "ركن"})
_PLACE_ONLY: Final = frozenset({"place"})
# the kinds of hit _mentions reads a mention or a dignitary from (a cue
# phrase of several words may also begin with an actor's name)
_MENTION_KINDS: Final = frozenset({"place", "actor", "title"})
_KINDS: Final = itemgetter(Hit._fields.index("kinds"))  # Hit.kinds, read in C
_FIRST: Final = itemgetter(Hit._fields.index("first"))  # Hit.first, read in C
_LAST: Final = itemgetter(Hit._fields.index("last"))  # Hit.last, read in C


def _name_like(tok: Token) -> bool:
    return tok.text.isalpha() and tok.text not in STOPWORDS and tok.text not in NASAB


def _after_nasab(tok: Token) -> bool:
    """A word after بن is a name, even علي (a preposition once normalised):
    "هادي بن علي اليامي" is Ali's son."""
    return _name_like(tok) or tok.text in _NAME_STOPWORDS


def _nasab_names(tokens: list[Token], covered: set[int]) -> list[ActorMention]:
    """Names built with بن / بنت (تركي بن صياد، فهد بن عبدالله آل سعود) are persons
    even when no dictionary or title knows them."""
    out: list[ActorMention] = []
    n = len(tokens)
    resume = 0  # a name found swallows the tokens up to its end
    # only the words around a بن can start such a name: visit those
    for k in word_positions(token_texts(tokens), NASAB):
        i = k - 1
        if i < resume or i + 2 >= n:
            continue
        if (i not in covered and i + 2 not in covered
                and _name_like(tokens[i]) and _after_nasab(tokens[i + 2])
                and not tokens[i].text.startswith("ال")):
            last = i + 2
            while last + 2 < n and tokens[last + 1].text in NASAB and _after_nasab(tokens[last + 2]) \
                    and last + 2 not in covered:
                last += 2
            if last + 2 < n and tokens[last + 1].text == "ال" and _name_like(tokens[last + 2]):
                last += 2  # آل سعود written apart after normalisation
            surface = " ".join(t.text for t in tokens[i:last + 1])
            out.append(ActorMention(i, last, tokens[i].start, tokens[last].end,
                                    ActorInfo(surface, transliterate(surface), "person")))
            resume = last + 1
    return out


# nouns of a street or district whose name may be a facility's (normalised)
_STREET_NOUNS: Final = frozenset({"حي", "شارع", "طريق", "ميدان", "دوار", "ساحه", "حاره", "تقاطع",
                           "مفترق", "جاده", "زقاق"})


def _street_noun(word: str) -> bool:
    """"حي"، "بشارع"، "وطريق": a street or district noun, clitics aside."""
    return word in _STREET_NOUNS or (word[:1] in ("و", "ب", "ف") and word[1:] in _STREET_NOUNS) \
        or (word[:2] in ("وب", "فب") and word[2:] in _STREET_NOUNS)


def _facility_mentions(tokens: list[Token], hits: list[Hit], actors: list[ActorMention],
                       places: list[PlaceMention]) -> list[ActorMention]:
    """Targets named by a common noun: مسجد قوات الطوارئ، سيارتين مصفحتين، دورية للشرطة.

    Facility nouns are lexicon entries, found in the one longest-match pass; a
    hit that is also a place, actor, trigger or title is that instead.
    ``hits``: the sentence's facility hits.
    """
    actor_at = {a.first: a for a in actors}
    place_at = {p.first: p for p in places}
    facility_at = {h.first: h for h in hits if not h.kinds - _FACILITY_COMPANIONS}
    out: list[ActorMention] = []
    for h in facility_at.values():
        if out and h.first <= out[-1].last:
            continue
        if h.first > 0 and _street_noun(tokens[h.first - 1].text):
            continue  # "حي المستشفى العسكري"، "طريق المطار": a place's name, nothing hit
        f: Facility = h.of_kind("facility")[0].value
        last = h.last
        adj = facility_at.get(last + 1)
        glued = adj is not None and tokens[adj.first].text[:1] in "وبلفك" \
            and not adj.key.startswith(tokens[adj.first].text[:1])
        if adj is not None and adj.first == adj.last and not glued:  # "شاحنة بسيارة": two
            # "سيارتين مصفحتين"، "عربة مدرعة": a facility word that agrees with
            # the noun before it is its adjective, and says what it is
            f = adj.of_kind("facility")[0].value
            last = adj.last
        name_en, kind = f.en, f.kind
        j = last + 1
        owner = actor_at.get(j) or (actor_at.get(j + 1) if j < len(tokens) and
                                    tokens[j].text in ("ل", "لل") else None)
        if owner is not None and f.named and owner.info.kind == "person" and owner.first == j:
            # "مستشفى الملك فهد": the building bears the name, its kind stays
            name_en, last = f"{f.en} {owner.info.name_en}", owner.last
        elif owner is not None:  # "مسجد قوات الطوارئ": whose facility it is
            name_en, kind, last = f"{f.en} of {owner.info.name_en}", owner.info.kind, owner.last
        elif j in place_at:
            name_en, last = f"{f.en} in {place_at[j].place.name_en}", place_at[j].last
        surface = " ".join(t.text for t in tokens[h.first:last + 1])
        out.append(ActorMention(h.first, last, tokens[h.first].start, tokens[last].end,
                                ActorInfo(surface, name_en, kind), thing=True))
    return out


def _building_names(tokens: list[Token], facilities: list[Hit], titles: list[Hit],
                    actors: list[ActorMention]) -> list[ActorMention]:
    """A person name read right after a building that bears names ("مسجد أبو
    هريرة"، "جامع عمر بن الخطاب") is the building's name: the person is no
    actor of the deed, the building is, and its mention spans the name.  Kunya
    and nasab names are found after the facility pass, hence this late step.
    ``facilities``, ``titles``: the sentence's hits of those kinds."""
    named = {h.first for h in facilities if h.of_kind("facility")[0].value.named}
    out: list[ActorMention] = []
    drop: set[int] = set()
    by_first = {a.first: a for a in actors}
    title_end = {h.first: h.last for h in titles}
    for a in actors:
        if a.first in drop:
            continue
        # "مستشفى الملك فهد": a title may stand between the noun and the name
        nxt = by_first.get(title_end.get(a.last + 1, a.last) + 1)
        if a.thing and a.first in named and nxt is not None and nxt.info.kind == "person" \
                and not nxt.thing:
            surface = " ".join(t.text for t in tokens[a.first:nxt.last + 1])
            a = attrs.evolve(a, last=nxt.last, end=nxt.end,
                             info=attrs.evolve(a.info, name=surface,
                                               name_en=f"{a.info.name_en} {nxt.info.name_en}"))
            drop.add(nxt.first)
        out.append(a)
    return out


# kinds a facility hit may also carry and still be a facility
_FACILITY_COMPANIONS: Final = frozenset({"facility", "class", "cue"})


def relative_mention(tokens: list[Token] | tuple[Token, ...], pm: PlaceMention) -> PlaceMention:
    """A place after a direction (شمال بغداد، قرب الموصل) becomes the region
    relative to it (:func:`eventx.places.relative_place`: same country and
    admin1, coarser); a region the gazetteer lists by description (شمال
    العراق) keeps its record.  Either way the mention is the NAMED place only
    (بغداد، العراق), as news NER marks it; the direction is in the record."""
    if described_region(pm.place):
        j = named_part(tokens, pm.first, pm.last)
        return attrs.evolve(pm, first=j, start=tokens[j].start) if j != pm.first else pm
    d = direction_at(tokens, pm.first)
    if d is None or pm.qualifier:
        return pm
    words = [t.text for t in tokens[d[0]:pm.first]]
    words[0] = direction_base(words[0])
    return attrs.evolve(pm, place=relative_place(" ".join(words), pm.place))


# what may stand between a place and the direction that locates it: a comma
# ("محافظة الضالع، شمال عدن"), or an opening bracket before a direction from
# a town ("محافظة ديالى (شمال شرقي بغداد)": the bracket describes where the
# province lies; "رجل من اديامان (جنوب شرقي تركيا)" names a home as often as
# a scene, and the region of the country is then the safer place)
_LOCATOR_GAP: Final = frozenset({",", "،"})
_BRACKET: Final = "("


def _locators(tokens: list[Token], places: list[PlaceMention]) -> list[PlaceMention]:
    """A place after a direction that follows another place at once (a
    comma at most between, or a bracket before a town) only says where that
    place lies: "وفي محافظة الضالع، شمال عدن"، "في ولاية أضنة جنوب البلاد"،
    "في محافظة ديالى (شمال شرقي بغداد)" (:func:`locates`).  It is a
    qualifier (named, not where anything happened), so the place it locates
    is the deed's, coarser though it may rank than a region "north of Aden".
    ``places``: the sentence's place mentions in order."""
    out = list(places)
    for k, p in enumerate(out):
        if k and not p.qualifier and locates(tokens, out[k - 1].last, p.first, p.place.admin1 is None):
            out[k] = attrs.evolve(p, qualifier=True)
    return out


def locates(tokens: Sequence[Token], before: int, first: int, wide: bool = False) -> bool:
    """Whether the name at token ``first`` stands after a direction that
    opens right after token ``before`` (the last of another place), a comma
    at most between, or a bracket unless the name is ``wide`` (a country
    or a region of one, no province of its own: "(جنوب شرقي تركيا)"): the
    direction phrase then says where that earlier place lies
    (:func:`_locators`).  A capital read as an actor ("(شمال شرقي بغداد)")
    is asked the same by the place slot."""
    d = direction_at(tokens, first)
    if d is None or _coordinated_direction(tokens[d[0]].text):
        return False  # "جنوب وشرق العريش وجنوب الشيخ زويد": a list of places
    gap = [tokens[j].text for j in range(before + 1, d[0])]
    if gap == [_BRACKET] and not wide:
        return True
    return before < d[0] and all(w in _LOCATOR_GAP for w in gap)


def _coordinated_direction(word: str) -> bool:
    """A direction word behind و or ف ("وجنوب"، "ووسط"; "وسط" is one
    word): the place after it is one more of a list, no locator."""
    return word[:1] in ("و", "ف") and word not in DIRECTIONS and word[1:] in DIRECTIONS


def _implied_places(tokens: list[Token], comp: Compiled, state: DocState, words: frozenset[str],
                    places: list[PlaceMention], actors: list[ActorMention]) -> list[PlaceMention]:
    """البلاد after a direction (جنوب شرق البلاد) is the story's country,
    relative: a location an event can take, though no name is written; the
    country of a place the sentence names just before, where it names one
    (eventx.country_anaphor: a digest tells of several countries), else the
    first country named since the story's dateline (eventx.dateline), else
    the document's."""
    out: list[PlaceMention] = []
    for i in country_words(tokens, words) if state.countries else ():
        t = tokens[i]
        named = [(p.first, p.last, p.place.country, p.key, False) for p in places
                 if p.place.country and not p.qualifier]
        named += [(a.first, a.last, a.place_too[0].country, a.key, True) for a in actors
                  if a.place_too and a.place_too[0].country and a.place_too[0].feature == "country"]
        own = sentence_country(tokens, i, named)
        story = state.countries[state.story_from:]
        c = country_reference(tokens, i, comp.gazetteer,
                              [*story, *state.countries] if own is None else [own, *state.countries])
        if c is not None:  # it is after a direction (country_reference checks)
            out.append(relative_mention(tokens, PlaceMention(i, i, t.start, t.end, c, t.text)))
    # المملكة / السلطنة inside which something is: the story's kingdom or
    # sultanate, from the countries named so far or the article's background
    for i in state_words(tokens, words):
        t = tokens[i]
        c = state_reference(tokens, i, comp.gazetteer, [*state.countries, *state.background])
        if c is not None:
            out.append(relative_mention(tokens, PlaceMention(i, i, t.start, t.end, c, t.text)))
    return out


def _qualifier_places(tokens: list[Token], complement: range, hit_at: dict[int, Hit],
                      comp: Compiled, state: DocState) -> list[PlaceMention]:
    """Places inside a title's complement (سفير فرنسا، محافظ الطائف), marked as
    qualifiers: named, but not where anything happened."""
    out: list[PlaceMention] = []
    for i in complement:
        h = hit_at.get(i)
        if h is None or h.last not in complement or not h.of_kind("place"):
            continue
        key = place_key(tokens, h.first, h.last, h.key, comp.gazetteer)
        p = resolve_mention(comp.gazetteer, key, tokens, h.last, state.context()) if key else None
        if p is not None:
            out.append(PlaceMention(h.first, h.last, h.start, h.end, p, key or h.key, qualifier=True))
    return out


def _drop_title_complements(actors: list[ActorMention], tokens: list[Token],
                            titles: list[Hit]) -> list[ActorMention]:
    """In "رئيس الولايات المتحدة، جو بايدن" the country only qualifies the title:
    where a person follows, the person is the actor and the qualifier is dropped.
    ``titles``: the sentence's title hits."""
    if not titles:
        return actors
    title_ends = {h.last for h in titles}
    by_first = {a.first: a for a in actors}
    drop: set[int] = set()
    for a in actors:
        if a.first - 1 not in title_ends or a.info.kind == "person":
            continue
        j = a.last + 1
        while j < len(tokens) and is_punct(tokens[j]):
            j += 1
        nxt = by_first.get(j)
        if nxt is not None and nxt.info.kind == "person":
            drop.add(a.first)
    return [a for a in actors if a.first not in drop]


def _name_tokens(tokens: list[Token], i: int, hit_at: dict[int, Hit], limit: int) -> list[int]:
    out: list[int] = []
    while i < len(tokens) and len(out) < limit:
        t = tokens[i]
        if is_punct(t) or t.text in STOPWORDS or i in hit_at or not t.text.isalpha():
            break
        out.append(i)
        i += 1
    return out


def _complement_led(word: str) -> bool:
    """لل or ل glued to a long word (لرابطة، لوزارة، للشؤون): what an office
    is of ("الأمين العام لرابطة العالم الإسلامي"), never the holder's name
    (names with ل are short: لؤي، ليلى)."""
    return word.startswith("لل") or (word[:1] == "ل" and len(word) >= 6)


def _clitic_led(word: str) -> bool:
    """و or ب glued to a word of 3+ letters (والمقيم، بإعادة، بشارع), or the
    ك of likeness glued to a definite word ("بحكم الاب كالخال"): a name
    opens with neither."""
    return (word[:1] in ("و", "ب") and len(word) > 4) or (word.startswith("كال") and len(word) > 5)


# adjectives that follow a title or role noun (قائد كبير، مسؤول رفيع، ضابط سابق)
# and so stand where its holder's name would: never a word of a name (normalised)
_NOT_NAMES: Final = frozenset({"كبير", "بارز", "سابق", "رفيع", "ميداني", "اخر", "جديد", "محلي",
                        "عسكري", "امني", "مسلح", "مجهول",
                        # verbs that follow an office as its predicate ("زيارة
                        # الوزير السعودي تأتي في سياق"، "الرئيس يصل اليوم")
                        "ياتي", "تاتي", "يقوم", "تقوم", "يصل", "تصل", "يزور", "تزور",
                        "يلتقي", "تلتقي", "يتوجه", "تتوجه", "يبدا", "تبدا", "يعتزم", "تعتزم"})


# words a sentence puts right after an office where a name would stand, no name
# ("اعلنها رئيس الحكومة ردا على احتجاجات"، "أمير البحرين حينها"):
# data/grammar_words.toml, the list eventx.name_clitics reads too
_NOT_NAME_WORDS: Final = grammar_words("not_first_names")


# function words that are also first names once normalised (على → علي)
_NAME_STOPWORDS: Final = frozenset({"علي"})


def _name_start(tokens: list[Token], j: int, hit_at: dict[int, Hit]) -> bool:
    """A name-like stopword (علي) at ``j`` starts a name when a name word
    without the article follows it."""
    if j + 1 >= len(tokens) or tokens[j].text not in _NAME_STOPWORDS or j in hit_at:
        return False
    nxt = tokens[j + 1]
    return (j + 1 not in hit_at and _name_like(nxt) and not nxt.text.startswith("ال")
            and nxt.text.isalpha())


def _office_genitive(tokens: list[Token], i: int, hit_at: dict[int, Hit]) -> bool:
    """A bare indefinite word right after a title with a place or a body
    (no person) right after it: "خارجية" in "وزير خارجية إيران" heads the
    office's genitive, it names no one."""
    if i in hit_at or tokens[i].text.startswith("ال"):
        return False
    h = hit_at.get(i + 1)
    return h is not None and h.first == i + 1 and (bool(h.of_kind("place")) or any(
        e.value.info.kind != "person" for e in h.of_kind("actor"))) and not any(
        e.value.info.kind == "person" for e in h.of_kind("actor"))


def _bi_object(tokens: list[Token], k: int, title_first: int, hit_at: dict[int, Hit]) -> bool:
    """The ب-word at ``k`` after a title is the preposition's object, not the
    holder's name: بال + noun (بالمجلس الوطني), ب + a function word (بهذا،
    بذلك), or any ب-word when the title is the subject of a verb that takes
    ب ("وندد الوزير بقرار إغلاق المدارس": class governs_bi). ب-names
    (برنار كازنوف، بنيامين نتانياهو) follow titles with no such verb."""
    word = tokens[k].text
    if word[:1] != "ب" or word in NASAB or (k + 1 < len(tokens) and tokens[k + 1].text in NASAB):
        return False  # "والتقى سمو الأمير بندر بن عبدالله": a nasab makes it a name
    if word.startswith("بال") or word[1:] in STOPWORDS:
        return True
    j = title_first - 1
    while j >= 0 and tokens[j].text in _PRE_NAME:
        j -= 1  # "وجه معالي وزير العدل بحصر …"
    h = hit_at.get(j)
    return h is not None and h.last == j and "governs_bi" in h.classes


# nouns of a body or unit (normalised): after a title they head what the office
# is of ("رئيس لجنة حقوق الإنسان"، "الأمين العام لمنظمة التعاون فرقة العمل
# المشتركة"), never its holder's name
_BODY_NOUNS: Final = frozenset({"لجنه", "مجلس", "هييه", "اداره", "مديريه", "مكتب", "وزاره", "جامعه",
                         "فرقه", "منظمه", "جمعيه", "مركز", "حزب", "حركه", "اتحاد", "نقابه",
                         "رابطه", "جهاز", "قياده", "شركه", "موسسه", "محكمه", "دايره", "وحده",
                         "كتيبه", "سريه", "قوه", "قوات"})
# "ضابط برتبة عقيد"، "جندي برتبة رقيب أول": the rank qualifies the role noun
# before it, which names no one (normalised)
_RANK_WORDS: Final = frozenset({"برتبه", "رتبه"})


def _rank_end(tokens: list[Token], last: int) -> int:
    """The last token of a rank phrase right after a role noun ending at
    ``last`` ("ضابط برتبة عميد"، "برتبة رقيب أول"), or ``last`` itself.

    Why: the rank is part of who the role noun names (a victim "ضابط برتبة
    عميد"), and the rank word alone must not be read as a name."""
    j = last + 1
    if j + 1 >= len(tokens) or tokens[j].text not in _RANK_WORDS or not tokens[j + 1].text.isalpha():
        return last
    end = j + 1
    if end + 1 < len(tokens) and tokens[end + 1].text in _PRE_NAME:
        end += 1  # "رقيب أول"، "عميد ركن"
    return end


# how many definite words an office's unknown body may run to ("رئيس المجلس
# الوطني الفلسطيني"), nationality adjectives included
_BODY_REACH: Final = 4


def _after_unknown_body(tokens: list[Token], i: int, hit_at: dict[int, Hit], comp: Compiled,
                        office_en: str) -> tuple[ActorMention | None, range]:
    """The holder of an office whose body no dictionary knows: "رئيس المجلس
    الوطني الفلسطيني سليم الزعنون" names Salim al-Zanoun after a run of
    definite words (the body and its adjectives).  The name must have two
    words at least, the first without the article: a lone word after such a
    run is as often a verb or an adverb as a name."""
    j = i
    while (j < len(tokens) and j - i < _BODY_REACH and tokens[j].text.startswith("ال")
           and len(tokens[j].text) > 3 and (j not in hit_at or _nisba(comp, tokens[j]) is not None
                                            or not hit_at[j].kinds & _NAMED_KINDS
                                            or tokens[j].text in _PRE_NAME)):
        j += 1  # "وزير التعليم الدكتور عزام": الدكتور, a title too, leads to the name
    if j == i or _nisba(comp, tokens[i]) is not None:
        return None, range(0)
    name = _name_tokens(tokens, j, hit_at, limit=3)
    k = next((n for n, x in enumerate(name) if n and (
        tokens[x].text in _TIME_WORDS or _clitic_led(tokens[x].text)
        or tokens[x].text[:1] == "و")), len(name))
    name = name[:k]  # "ناجي جلول ومن والي الجهة"، "صلاح خبري الأسبوع الماضي"
    if len(name) < 2 or any(not _name_like(tokens[k]) or tokens[k].text in _NOT_NAMES
                            or tokens[k].text in _NOT_NAME_WORDS
                            or tokens[k].text in _BODY_NOUNS for k in name):
        return None, range(0)
    first = tokens[name[0]].text
    if (first.startswith("ال") or first[:1] == "ل" or len(first) < 3 or _complement_led(first)
            or _clitic_led(first)):
        return None, range(0)  # "زيارة وزير الطاقة لدول خليجية": where he went
    nxt = name[-1] + 1
    if nxt < len(tokens) and not (is_punct(tokens[nxt]) or tokens[nxt].text in STOPWORDS
                                  or tokens[nxt].text in _AFTER_NAME):
        return None, range(0)  # the words run on: no name, or not all of it
    last = name[-1]
    surface = " ".join(t.text for t in tokens[name[0]:last + 1])
    return (ActorMention(name[0], last, tokens[name[0]].start, tokens[last].end,
                         ActorInfo(surface, f"{transliterate(surface)} ({office_en})", "person")),
            range(i, j))


# words of time that end a name run ("صلاح خبري الأسبوع الماضي"), normalised
_TIME_WORDS: Final = frozenset({"الاسبوع", "الشهر", "العام", "اليوم", "امس", "صباح", "مساء", "يوم",
                         "الماضي", "الماضيه", "الليله"})
# what may follow a name to close it: prepositions, complementizers, time words
_AFTER_NAME: Final = _TIME_WORDS | frozenset({"في", "الي", "ان", "بان", "انه", "عن", "علي", "من",
                                        "خلال", "مع", "لدي", "قايلا"})
# what a word of an office's body may not be: a name, place or deed of its own
_NAMED_KINDS: Final = frozenset({"actor", "place", "trigger", "title", "facility"})


def _titled_person(tokens: list[Token], title_first: int, i: int, hit_at: dict[int, Hit],
                   comp: Compiled, title: tuple[str, str]) -> tuple[ActorMention | None, range]:
    """A person named after a title, and the tokens of the title's complement.

    After the title come, optionally, what the office is of (a place or body:
    محافظ الطائف، وزير الخارجية الإيراني، المتحدث باسم الجيش), nationality words and
    commas; then 1-3 name tokens, the first without the article (الضابط القتيل is
    no name).
    """
    j = i
    if j < len(tokens) and tokens[j].text in ("باسم", "ل"):
        j += 1
    comp_start = j
    h = hit_at.get(j)
    if h is not None and (h.of_kind("place") or any(
            e.value.info.kind != "person" for e in h.of_kind("actor"))):
        j = h.last + 1
    while j < len(tokens) and (is_punct(tokens[j]) and tokens[j].text in "،," or
                               _nisba(comp, tokens[j]) is not None):
        j += 1
    complement = range(comp_start, j)
    after_comma = j > comp_start and tokens[j - 1].text in "،,"
    while j < len(tokens) and tokens[j].text in _PRE_NAME:
        j += 1  # "الأمين العام للمركز معالي الأستاذ فيصل بن معمر"
    name = _name_tokens(tokens, j, hit_at, limit=3)
    if len(name) == 1 and not after_comma and _office_genitive(tokens, name[0], hit_at):
        # "وزير خارجية إيران"، "رئيس وزراء بريطانيا ديفيد كاميرون": the word is the
        # office's own complement in the construct state, its genitive the
        # country or body; a name, if any, comes after that
        j = hit_at[name[0] + 1].last + 1
        while j < len(tokens) and (is_punct(tokens[j]) and tokens[j].text in "،," or
                                   _nisba(comp, tokens[j]) is not None):
            j += 1
        complement = range(comp_start, j)
        name = _name_tokens(tokens, j, hit_at, limit=3)
    if name and after_comma and tokens[name[0]].text[:1] in ("ل", "ب", "و") \
            and len(tokens[name[0]].text) >= 4:
        # "وسمو ولي العهد، لذوي المواطن": after a comma a word with a
        # preposition glued on goes on the sentence, it names no one
        name = []
    if name and _bi_object(tokens, name[0], title_first, hit_at):
        name = []
    if not name and title[1] == "person" and _name_start(tokens, j, hit_at):
        # "الرضيع علي سعد دوابشة": right after a person's title, علي (على once
        # normalised) followed by a name word is the name Ali, not the
        # preposition (after an office word it may be: الفريق على أسلوب)
        name = [j] + _name_tokens(tokens, j + 1, hit_at, limit=2)
    k = next((k for k, i in enumerate(name) if tokens[i].text in _NOT_NAMES
              or tokens[i].text in _NOT_NAME_WORDS or len(tokens[i].text) == 1 or verb_with_object(tokens[i].text)), len(name))
    name = name[:k]  # "قائد كبير في"، "مدير جامعة الملك خالد أ.د.": no name word
    office_en, kind = title
    if kind == "person":
        # a bare role noun (الشاب، الصحفي) is as often a subject before its
        # verb or phrase (الفتى اعترف بأنه، الطالب بإعادة الاتصال): a word with a
        # conjunction or preposition glued on ends the name
        k = next((k for k, i in enumerate(name) if _clitic_led(tokens[i].text)), len(name))
        name = name[:k]
    if not name or tokens[name[0]].text.startswith("ال") or _complement_led(tokens[name[0]].text) \
            or (_clitic_led(tokens[name[0]].text) and len(name) == 1) \
            or tokens[name[0]].text in _BODY_NOUNS or tokens[name[0]].text in _RANK_WORDS:
        # "الأمين العام لرابطة العالم"، "وزير الدولة ومستشار": what the office
        # is of, or a second office, not a name
        if kind != "person" and not after_comma and j == comp_start:
            return _after_unknown_body(tokens, comp_start, hit_at, comp, office_en)
        return None, range(0)
    first, last = name[0], name[-1]
    if (tokens[last].text in NASAB and last + 1 < len(tokens) and last + 1 not in hit_at
            and _after_nasab(tokens[last + 1]) and not tokens[last + 1].text.startswith("ال")):
        last += 1  # "زين العابدين بن علي": the name ran into the nasab
    while (last + 2 < len(tokens) and tokens[last + 1].text in NASAB
           and _after_nasab(tokens[last + 2]) and last + 2 not in hit_at):
        last += 2  # "الأمير جلوي بن عبدالعزيز بن مساعد": the whole nasab chain
        if tokens[last].text == "عبد" and last + 1 < len(tokens) \
                and tokens[last + 1].text.startswith("ال"):
            last += 1  # "بن عبد العزيز" written apart
    if (last > first and any(tokens[k].text in NASAB for k in range(first, last + 1))
            and last + 2 < len(tokens) and tokens[last + 1].text == "ال"
            and _name_like(tokens[last + 2])):
        last += 2  # "عبدالله بن محمد آل الشيخ": آل written apart after normalisation
    surface = " ".join(t.text for t in tokens[first:last + 1])
    return (ActorMention(first, last, tokens[first].start, tokens[last].end,
                         ActorInfo(surface, f"{transliterate(surface)} ({office_en})", "person")),
            complement)
