"""A toll told with the deed that dealt it is that deed's toll.

A rule may read a deed from a toll word that a toll rule reads too: "قتل 12
مسلحا"، "مقتل 7 إرهابيين" is the forces' raid (core.raid.militants_killed)
where nothing else tells how the militants fell.  Where the toll's own clause
tells the deed that killed them, that deed is the incident and the deaths its
toll, no raid beside it:

- told as the deed's outcome, after a verb of outcome (the word class
  ``result``) with the deed before it in its clause ("قصفت الطائرات مواقع
  لداعش، ما أسفر عن مقتل 12 مسلحا"، "قصف 6 معاقل …، أسفر عن مقتل 7
  ارهابيين") or as that verb's subject ("وأدت الغارة إلى تدمير ثلاث عجلات
  ومقتل تسعة مسلحين");
- told with the deed as its means, a cause word (``death_causes``) or ب glued
  on right before the deed a few words after the death ("بمقتل 33 مسلحا من
  تنظيم داعش بانفجار سيارة مفخخة"، "تسعة متمردين قتلوا ليلا في غارة جوية").

A raid told for itself ("قتلت قوات الأمن ثلاثة مسلحين واعتقلت 16 آخرين") has
neither, and a deed in another clause (past a connective: "…، فيما شنت
الطائرات غارات") or recalled by a noun that is no means ("العقل المدبر
للهجوم") deals no toll of it.  The engine then reads the trigger by the toll
rule (eventx.events), whose count goes to the deed.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from eventx.analysis import Sentence
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit
from eventx.lookalike_toll import outcome_verb

# deeds the militants may have done or fought in themselves: "اثنين من المتشددين
# قتلا أيضا في الهجوم"، "مقتل 10 مسلحين من داعش في هجوم شنه التنظيم" fell
# attacking, a side of a clash falls fighting.  Their toll names no means
# that dealt it; as vague deeds these join the raid of their sentence anyway
# (eventx.merge), where the raid's reading keeps the militants' part.
_SIDE_DEEDS: Final = frozenset({"attack", "armed_clash"})
_CLAUSE_MARKS: Final = grammar_words("clause_marks")
_CAUSES: Final = grammar_words("death_causes")
# how many words after the death its means may be told: "بمقتل 33 مسلحا من
# تنظيم داعش بانفجار"، "مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي"
_MEANS_REACH: Final = 6
# how many words before the verb of outcome its deed may end: "قام الجيش
# بقصف مدفعي في نفس المنطقة (جبل السلوم)، أسفر عن مقتل"
_DEED_REACH: Final = 12


def means_type(event_type: str) -> bool:
    """Whether a deed of ``event_type`` may be the means a toll of militants
    was dealt by: not one they may have done or fought in themselves."""
    return event_type not in _SIDE_DEEDS


def dealt_by_deed(s: Sentence, trig: Hit, deeds: Sequence[Hit], class_at: dict[str, list[int]],
                  parted: Callable[[int, int], bool]) -> bool:
    """Whether the toll told by ``trig`` was dealt by one of ``deeds`` (the
    triggers of the sentence's security deeds that fire, can hold a toll of
    killed and are of a ``means_type``, in order) told in its own clause: as their outcome or by
    their means.  ``parted(i, j)``: a clause connective stands between
    tokens ``i`` and ``j``."""
    return _outcome_of(s, trig, deeds, class_at, parted) or _by_means(s, trig, deeds, parted)


def _outcome_of(s: Sentence, trig: Hit, deeds: Sequence[Hit], class_at: dict[str, list[int]],
                parted: Callable[[int, int], bool]) -> bool:
    """The toll follows a verb of outcome whose deed is the verb's subject,
    or stands before it in the same clause, not far."""
    verb = outcome_verb(s, trig.first, class_at)
    if verb is None:
        return False
    before = [d for d in deeds if d.last < trig.first]
    if any(d.first > verb for d in before):
        return True  # "وأدت الغارة إلى … ومقتل تسعة مسلحين"
    cause = max((d for d in before if d.last < verb), key=lambda d: d.last, default=None)
    return (cause is not None and _words(s, cause.last, verb) <= _DEED_REACH
            and not parted(cause.last, verb))


def _by_means(s: Sentence, trig: Hit, deeds: Sequence[Hit],
              parted: Callable[[int, int], bool]) -> bool:
    """The first deed after the toll is told as its means: a cause word or ب
    glued on right before it, a few words on, with no clause mark between
    but those right before the cause ("داعش /، بقصف جوي")."""
    deed = next((d for d in deeds if d.first > trig.last), None)
    if deed is None or parted(trig.last, deed.first):
        return False
    texts = s.texts
    tok = texts[deed.first]
    cause = deed.first if tok[:1] == "ب" and deed.key[:1] != "ب" else deed.first - 1
    if cause == deed.first - 1 and texts[cause] not in _CAUSES:
        return False
    if _words(s, trig.last, cause) > _MEANS_REACH:
        return False
    j = cause - 1
    while j > trig.last and not any(c.isalnum() for c in texts[j]):
        j -= 1  # the punctuation right before the cause
    return not any(texts[k] in _CLAUSE_MARKS for k in range(trig.last + 1, j + 1))


def _words(s: Sentence, lo: int, hi: int) -> int:
    """How many words from token ``lo`` to token ``hi`` (1 for neighbours),
    punctuation between not counted."""
    return 1 + sum(any(c.isalnum() for c in w) for w in s.texts[lo + 1:hi])
