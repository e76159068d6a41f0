"""A toll dated by a month in its own clause, with its doer and its figure,
is an incident of that month.

Why: merging drops a casualty report dated only by a month or a year that
joins no incident (eventx.merge._absorb): most are tallies over the period
("قتل 29 جنديا … في يوليو" from a monthly count), or take the month of
another clause (a relative clause about a victim, the day a statement was
made).  But a single deed told with its doer, its figure and its own month
("قتل مسلحون 12 شخصا الشهر الماضي في ولاية بورنو"، "وقتل مفجرون انتحاريون 32
شخصا … في مارس 2016") reports one incident as plainly as "الأسبوع الماضي"
does, and is recorded as one, background or not (GUIDELINES: events reported
as having happened are asserted; the gold dates a recalled attack by its
month).  So such a report stays:

- dated by a month (not a year, which sums too much to date one deed);
- a verb or a singular noun, not a plural (plural deeds over a month are a
  wave, eventx.merge._tally);
- naming its doer, and counting its dead or wounded: a toll without a doer
  is mostly a count (a ministry's monthly figures), and a killing without a
  figure may be talk of killing;
- with the month in the deed's own clause: no punctuation and no word that
  opens another clause (a relative pronoun, a time or contrast clause, a
  reported clause) between the trigger and the date.  "مقتل النمساوية … ،
  التي هربت … في أبريل 2014" dates her flight, not her death.

A "since" or a span ("منذ"، "خلال الشهر الماضي") made the deed a tally
(generic) before merging, so it never reaches here as a specific report.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final, TYPE_CHECKING

from eventx.grammar_words import words as grammar_words

if TYPE_CHECKING:
    from eventx.events import Draft

__all__ = ["month_deed"]

# data/grammar_words.toml: punctuation that closes a clause, and words that
# open one with a subject and a time of its own
_CLAUSE_MARKS: Final = grammar_words("clause_marks")
_BREAKS: Final = grammar_words("subject_breaks")
# the counts that make a toll a deed's: people killed or hurt
_TOLL_KINDS: Final = frozenset({"killed", "wounded"})


def month_deed(d: Draft) -> bool:
    """Whether casualty report ``d``, dated by a month, tells one incident of
    that month (see the module docstring)."""
    x = d.date
    if (x is None or x.precision != "month" or d.form.pos == "plural"
            or not any(r == "agent" for r, _ in d.actors)
            or not any(c.kind in _TOLL_KINDS for c in d.counts)):
        return False
    s = d.sentence
    first, last = s.token_at(x.start), s.token_at(x.end - 1)
    lo, hi = (d.trigger.last + 1, first) if first > d.trigger.last else (last + 1, d.trigger.first)
    return not any(w in _CLAUSE_MARKS or w in _BREAKS for w in s.texts[lo:hi])
