"""Is the article an opinion column, or a sports report?  One look at the
whole document.

A column that discusses terrorism in general names attacks, condemnations and
battles without reporting any of them; sentence cues reach only a few of its
sentences, and merging then promotes another trigger of the same essay.  The
genre is a property of the document, so it is decided once per document, from
the word lists in ``data/genre.toml``: the writer's voice (first person, the
reader addressed, questions) against the marks of reporting (who said what,
yesterday, today).  In a column an event keeps "asserted" only when the text
anchors it, by a stated date or a toll; the rest is talk about events.

A sports report borrows the words of battle and of politics: a team's
"attack" and "raids", a club's statement, a coach "meeting" his players, a
match (اللقاء) read as talks.  Sentence cues catch these only when a sports
word stands near the trigger; the genre catches the rest.  Where the density
of distinct sports words marks the article as sport, an event stays asserted
only when its own sentence speaks of real violence (a word of ``violence``,
a death toll, an armed group or the security forces): a bomb near a team's
hotel, a player kidnapped by gunmen, fans killed, stay news.
"""
from __future__ import annotations

from collections import Counter
from typing import Final

import attr
import attrs

from eventx.events import Draft
from eventx.genre_lists import Lists
from eventx.genre_lists import lists as _lists
from eventx.text.letter_runs import run_count, runs
from eventx.text.sentences import split_sentences

_MARKS: Final = "؟?!"  # question and exclamation marks: a voice


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Genre:
    """What the whole article is: an opinion column, a sports report, or neither."""

    column: bool = False
    sport: bool = False


def genre(text: str, listed: list[str] | None = None) -> Genre:
    """The genre of the normalised ``text``, from its words.

    ``listed``: the words of the lists that stand in ``text`` as whole
    letter runs, in any order, where the caller has them (the document
    scan's, :attr:`eventx.doc_scan.DocScan.listed`); else they are found
    here, from every letter run of the text.  The genre is the same."""
    ls = _lists()
    if listed is None:
        words = runs(text)
        n = len(words)
        # only the words of some list are counted, all in C (the filter's
        # test is the set's own method)
        listed = list(filter(ls.listed.__contains__, words))
    else:
        n = run_count(text)
    if not n:
        return Genre()
    counts = Counter(listed)
    seen = counts.keys()
    voice = sum(counts[w] for w in seen & ls.essay_forms)
    report = sum(counts[w] for w in seen & ls.report_forms)
    sport_words = seen & ls.sport.keys()
    hits = sum(counts[w] for w in sport_words)
    forms = {ls.sport[w] for w in sport_words}
    per100 = 100.0 / n
    # one sentence, however long, is no article: the sentence cues judge it
    sport = (n >= ls.min_sport_words and len(forms) >= ls.min_sport_forms
             and hits * per100 >= ls.min_sport_rate and len(split_sentences(text)) > 1)
    return Genre(column=_column(n, voice, report, _marks(text), ls),
                 sport=sport)


def _marks(text: str) -> int:
    """How many question and exclamation marks ``text`` holds.

    Why counted one mark at a time: ``str.count`` of one character runs in
    C over the text, about a tenth of what a regex findall of the three
    costs it (it builds a string per mark, and steps the pattern at every
    character of the article)."""
    n = 0
    for mark in _MARKS:
        n += text.count(mark)
    return n


def is_column(text: str) -> bool:
    """True when the normalised ``text`` reads as an opinion column."""
    return genre(text).column


def _column(n: int, voice: int, report: int, marks: int, ls: Lists) -> bool:
    """A strong voice, or a voice with hardly any reporting, or a long text
    that names no source and no news day at all."""
    if n < ls.min_words:
        return False
    per100 = 100.0 / n
    score = (voice + 2 * marks) * per100 - ls.report_weight * report * per100
    return (score >= ls.min_score
            or (report * per100 < ls.max_report_rate and voice + marks >= ls.min_voice)
            or (report == 0 and n >= ls.min_unsourced_words))


def in_column(drafts: list[Draft]) -> list[Draft]:
    """The events of a column that no stated date or toll anchors, in their own
    right or through another event of their sentence, are talk about events
    ("إن استهداف رجال الأمن ما هو إلا رد أحمق"): generic.  A claim told with
    the dated blast it claims ("الخميس الماضي استهدفت يد البغي مسجد … فيما
    تبنى تنظيم داعش مسؤوليته") is anchored by that blast."""
    # a background stretch ("في الآونة الأخيرة") anchors nothing: it is no stated day
    anchored = {d.sentence.start for d in drafts
                if (d.date is not None and not d.date.vague) or d.counts}
    return [attrs.evolve(d, modality="generic")
            if (d.modality in _SWAYED and d.rule.type not in _DIPLOMACY
                and d.sentence.start not in anchored) else d
            for d in drafts]


def by_genre(drafts: list[Draft], text: str, listed: list[str] | None = None) -> list[Draft]:
    """The document's events, their modality weighed by its genre.  Only an
    asserted or claimed event can be made generic: where there is none, the
    genre is not asked.  ``listed``: see :func:`genre`."""
    if not any(d.modality in _SWAYED for d in drafts):
        return drafts
    g = genre(text, listed)
    if g.sport:
        drafts = in_sport(drafts, text)
    if g.column:
        drafts = in_column(drafts)
    return drafts


def in_sport(drafts: list[Draft], text: str) -> list[Draft]:
    """The events of a sports report whose sentence tells of no real violence
    (no violence word, no one killed, no armed group or security force among
    its actors) are a game's or a club's, no incident: generic."""
    ls = _lists()
    return [attrs.evolve(d, modality="generic")
            if (d.modality in _SWAYED and not _violent(d, text, ls)) else d
            for d in drafts]


def _violent(d: Draft, text: str, ls: Lists) -> bool:
    if any(c.kind == "killed" for c in d.counts):
        return True
    if any(m.info.kind in ls.armed_kinds and not m.thing for _, m in d.actors):
        return True
    return ls.violence.search(text, d.sentence.start, d.sentence.end) is not None


# the modalities a genre may turn generic: an event told as planned, negated
# or generic keeps its own
_SWAYED: Final = frozenset({"asserted", "claimed"})
# A column weighs a visit or a call that took place ("زيارة الأمير محمد بن سلمان
# إلى القاهرة"); it names no meeting in general.
_DIPLOMACY: Final = frozenset({"meeting", "phone_call"})
