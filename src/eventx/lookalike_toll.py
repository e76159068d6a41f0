"""A toll told as the outcome of a disaster or an accident: no incident.

"قال متحدث … إن زلزالا قوته 5.6 درجة هز شرق جمهورية الكونغو …، مما أسفر عن
مقتل ثلاثة"، "إن انفجارا وقع في محطة للوقود بالعاصمة أكرا … وأسفر عن مقتل نحو
90 شخصا": the deaths follow a verb of outcome (the word class ``result``:
أسفر، أدى، خلف، أوقع، تسبب …) whose cause, told before it, is a disaster, an
accident, or a deed a suppressor of accidents (a cue with ``accident =
true``) has already dropped (the blast of a fuel station).  That cause may
stand far before the outcome phrase, beyond the reach of a suppressor counted
from the killing noun, so the cue reaches back from the outcome verb instead:

- a suppress cue with ``outcome = true`` (cues.toml) reaches a trigger of its
  types told as such an outcome from anywhere in its window before the
  outcome verb;
- a deed of a security type that such a suppressor dropped before the
  outcome verb takes the toll along, for the types an outcome cue names.

A deed that fires before the outcome verb is the cause instead, whatever
look-alike stands between: "قصف … ما أدى إلى انهيار منزل ومقتل خمسة" is the
strike's toll, "أضرم مسلحون النار … ما أدى إلى اندلاع حريق أسفر عن مقتل" a
chain of outcomes that goes back to the arson, and "انفجرت عبوة ناسفة قرب محطة
للوقود ما أسفر عن مقتل" the bomb's.  A killing told for itself ("قتل مسلحون
خمسة بعد الزلزال") is no outcome and stays.

The same holds the other way round, a death told first and the dropped deed
after it as its cause ("مقتل 90 شخصاً في انفجار بمحطة وقود في غانا"، "لقي
ثلاثة حتفهم جراء انفجار قارورة غاز"): a word of ``death_causes``
(grammar_words) or ب glued on stands right before that deed, a few words
after the death, with no clause mark and no deed that fires between.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from eventx.analysis import Sentence
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit
from eventx.memo import LastAnswer
from eventx.packs.model import Cue, Pack

# the class of the outcome verbs (classes.toml)
OUTCOME_CLASS: Final = "result"
# how far before the trigger its outcome verb may stand: "أسفر عن مقتل"، "أسفر
# عن إصابة عشرة أشخاص ومقتل ثلاثة"، "أدى إلى انهيار منزل ومقتل خمسة"
_REACH: Final = 6
_CLAUSE_MARKS: Final = grammar_words("clause_marks")
_CAUSES: Final = grammar_words("death_causes")
# how far after the death its cause may be told: "مقتل نحو 90 شخصا في انفجار"
_CAUSE_REACH: Final = 6


def outcome_verb(s: Sentence, first: int, class_at: dict[str, list[int]]) -> int | None:
    """The token of the outcome verb the trigger opening at ``first`` is told
    after: the nearest word of the outcome class at most ``_REACH`` tokens
    before it, with no clause mark between ("وقع زلزال أمس، وقتل …" is no
    outcome); None for a trigger told for itself."""
    positions = class_at.get(OUTCOME_CLASS)
    if not positions:
        return None
    verb = -1
    for p in positions:
        if first - _REACH <= p < first and p > verb:
            verb = p
    if verb < 0:
        return None
    texts = s.texts
    if any(texts[j] in _CLAUSE_MARKS for j in range(verb + 1, first)):
        return None
    return verb


def outcome_types(packs: Sequence[Pack]) -> frozenset[str] | None:
    """The event types the packs' outcome cues reach (every type where one
    names none); None where no pack has an outcome cue."""
    return _TYPES.get((packs,), 0, lambda: _outcome_types(packs))


def _outcome_types(packs: Sequence[Pack]) -> frozenset[str] | None:
    cues = [c for p in packs for c in p.cues if c.outcome]
    if not cues:
        return None
    if any(not c.types for c in cues):
        return _EVERY
    return frozenset(t for c in cues for t in c.types)


_EVERY: Final = frozenset({"*"})
_TYPES: Final[LastAnswer[frozenset[str] | None]] = LastAnswer()


def reaches(types: frozenset[str] | None, rule_type: str) -> bool:
    """Whether an outcome cue of the packs (``outcome_types``) may reach a
    trigger of ``rule_type``."""
    return types is not None and (types is _EVERY or rule_type in types)


def lookalike_toll(verb: int, rule_type: str, fired: Sequence[int],
                   dropped: Sequence[Hit], suppressors: Sequence[tuple[Hit, Cue]],
                   applies: Callable[[Cue, Hit], bool]) -> bool:
    """Whether a trigger of ``rule_type``, told after the outcome
    verb at token ``verb``, is the toll of a look-alike: no deed of a security
    type fires before the verb (``fired``: the first tokens of those that
    do), and before it a deed of one was dropped by a suppressor
    (``dropped``) or a word of an outcome cue stands that reaches the trigger
    (``applies``: the engine's window test)."""
    if any(i < verb for i in fired):
        return False
    if any(d.first < verb for d in dropped):
        return True
    return any(c.outcome and ch.last < verb and (not c.types or rule_type in c.types)
               and applies(c, ch) for ch, c in suppressors)



def died_in_lookalike(s: Sentence, trig: Hit, dropped: Sequence[Hit],
                      fired: Sequence[int]) -> bool:
    """Whether the death told by ``trig`` has a dropped look-alike deed
    (``dropped``) told right after it as its cause ("مقتل 90 شخصاً في انفجار
    بمحطة وقود"), with no deed that fires (``fired``) and no clause mark
    between."""
    texts = s.texts
    for d in dropped:
        if not 0 < d.first - trig.last <= _CAUSE_REACH:
            continue
        tok = texts[d.first]
        glued = tok[:1] == "ب" and d.key[:1] != "ب"
        if not glued and texts[d.first - 1] not in _CAUSES:
            continue
        if any(trig.last < i < d.first for i in fired):
            continue
        if any(texts[j] in _CLAUSE_MARKS for j in range(trig.last + 1, d.first)):
            continue
        return True
    return False


# the word classes of what a death was dealt by ("وقتل خمسة بالرصاص"، "طعنا
# بسكين"، "على يد مسلحين"): a toll told with one tells a deed of its own
_MEANS_CLASSES: Final = frozenset({"gunfire", "blade", "by_hand"})


def bare_toll(s: Sentence, trig: Hit, window: int) -> bool:
    """Whether the toll told by ``trig`` in sentence ``s`` names no means of
    a deed within ``window`` tokens either side ("وقتل 12 شخصا وفقد اربعة
    اخرون في مدينة ونتشو"; not "وقتل خمسة بالرصاص"): a toll that, with no
    doer either, may be a disaster's or an accident's told before
    (eventx.merge)."""
    lo, hi = trig.first - window, trig.last + window
    return not any(lo <= h.first and h.last <= hi and not h.classes.isdisjoint(_MEANS_CLASSES)
                   for h in s.hits)
