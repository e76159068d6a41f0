"""Rule packs as immutable data: what a pack file may say, after validation."""
from __future__ import annotations

from typing import Any

import attr

from eventx.pickled import Pickled


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class WordClass(Pickled):
    """A named list of words a rule can require or exclude (weapons, sport…)."""

    name: str
    words: tuple[str, ...]
    subtype: str | None = None
    unit: str | None = None
    # classes a phrase of this class hides in its words: "الفصائل المقاتلة"
    # holds the aircraft word مقاتلة, yet names fighters on the ground
    shadows: tuple[str, ...] = ()


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class SlotSpec(Pickled):
    """Conditions under which an actor near the trigger takes a role.

    Each condition is a conjunction of features joined by ``&`` (``after&near``,
    ``prep:على``, ``cue:target_cue``); the first role whose condition holds wins.
    """

    role: str
    conditions: tuple[frozenset[str], ...]


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Example(Pickled):
    text: str
    reference_date: str | None
    expect: dict[str, Any] | None  # None: a negative example (no event of the rule's type)
    line: int | None


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Rule(Pickled):
    id: str
    pack: str
    type: str
    subtype: str | None
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    plurals: tuple[str, ...]
    phrases: tuple[str, ...]
    patterns: tuple[Any, ...]  # compiled regex.Pattern objects (see packs/patterns.py)
    requires: tuple[str, ...]
    excludes: tuple[str, ...]
    subtype_from: tuple[str, ...]
    window: int
    place_window: int
    subordinate: bool
    absorbable: bool
    priority: int
    confidence: float
    slots: tuple[SlotSpec, ...]
    examples: tuple[Example, ...]
    file: str
    line: int | None
    # a toll report ("two policemen were wounded") that only adds its counts to
    # the incident it belongs to, and is dropped where there is none
    absorb_only: bool = False
    # the event types that make a subordinate rule's event give way; empty:
    # any other incident.  A condemnation gives way to the call or meeting it
    # was voiced in, never to the deed it condemns (GUIDELINES: a notable
    # official condemnation is a statement of its own)
    subordinate_to: tuple[str, ...] = ()
    # an excluded class near one of the rule's triggers excludes all its
    # triggers of the article: a word one article uses in one sense it uses
    # throughout (a Maghreb "تظاهرة" named a festival once is the festival
    # when "هذه التظاهرة" comes back sentences later; see eventx.one_sense)
    document_excludes: bool = False
    # a required class counts only after the trigger: "أعلن X تنفيذ …" claims
    # the deed carried out, "كانت تنوي تنفيذ هجمات، كما أعلنت الوزارة" reports
    # another's intent
    requires_after: bool = False
    # a required class names whom the verb befell ("قتل 12 مسلحا": the dead):
    # a verb that carries an object pronoun ("قتله إرهابيون") has the pronoun
    # for its object, and the class right after it names its subject, the
    # doer, which meets no requirement (eventx.events._subject_after)
    requires_object: bool = False
    # a toll that names the dead and no deed ("وقتل 12 شخصا"): with no doer of
    # its own it is the toll of a disaster or an accident told as its nearest
    # incident and goes with it (:mod:`eventx.lookalike_toll`, eventx.merge)
    bare_toll: bool = False


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Cue(Pickled):
    """A modality or suppression cue word and where it must sit relative to a trigger."""

    words: tuple[str, ...]
    value: str
    side: str  # before | after | both
    window: int
    types: tuple[str, ...] = ()  # event types it applies to; empty: all
    # ids of the rules whose triggers it applies to; empty: all.  "هاجم الوزير
    # المعارضة بشدة" is criticism, while "أدان الهجوم بشدة" condemns a deed and
    # "عملية استهدفت وزير الداخلية" is one.
    rules: tuple[str, ...] = ()
    # lexicon kinds whose hits count as its words too: "title" stands for every
    # office ("رئيس الوزراء"، "وزير الخارجية"), whose phrases a word list would
    # only half match
    kinds: tuple[str, ...] = ()
    # its words are matched only as written, never as a stem under a clitic:
    # "بعدما" (after) must not read as ب + عدم + tanween, a negation
    literal: bool = False
    # word classes the cue does not reach across: "لم يذكر بيان القوات" negates
    # the mentioning, not the statement that is the verb's subject
    blocked_by: tuple[str, ...] = ()
    # word classes whose words do not count in the window: "لم يتم تنفيذ الهجوم"،
    # "لم يسجل أي هجوم" negate the deed the light noun or "any" stands before
    skips: tuple[str, ...] = ()
    # the parts of speech (verb, noun, plural, phrase) of the trigger forms it
    # applies to; empty: all.  "حملة … استهدفت" makes no attack of the verb,
    # while "حملة من الهجمات" names its deed by the noun
    forms: tuple[str, ...] = ()
    # word classes whose hits count as its words too.  A phrase carries the
    # classes of its words (Lexicon.add_part_entries) but not their cues, so a
    # mountain named in the gazetteer ("جبل صبر", one place hit) hides the cue
    # word جبل; the class landform still marks it.
    classes: tuple[str, ...] = ()
    # words (normalised) that, right before one of its words, take that word
    # out: a disaster named as a time ("قتل مسلحون خمسة بعد الزلزال") is no
    # cause of the deaths told with it
    not_preceded_by: tuple[str, ...] = ()
    # it reaches only a trigger told as an outcome (after a word of the class
    # ``result``: "مما أسفر عن مقتل"، "ما أدى إلى مقتل"), from anywhere in its
    # window before that word, and only where no deed of a security type fires
    # before that word (:mod:`eventx.lookalike_toll`): "إن زلزالا قوته 5.6 درجة
    # هز شرق الكونغو …، مما أسفر عن مقتل ثلاثة" tells no killing
    outcome: bool = False
    # its words name an accident or a disaster that looks like a deed: the
    # deed it drops takes along the toll told as its outcome or with it as
    # the cause ("إن انفجارا وقع في محطة للوقود … وأسفر عن مقتل نحو 90
    # شخصا"، "مقتل 90 شخصا في انفجار بمحطة وقود"), where the packs have an
    # outcome cue for the toll's type (:mod:`eventx.lookalike_toll`)
    accident: bool = False


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Pack(Pickled):
    name: str
    version: str
    description: str
    path: str
    classes: tuple[WordClass, ...]
    rules: tuple[Rule, ...]
    cues: tuple[Cue, ...]
    slot_defaults: dict[str, tuple[SlotSpec, ...]]
