"""A deed verb joined by و/ف to a deed before it is told at that deed's time.

Why: a summary states its period once, ahead of the first deed, and lists
what was done in it ("خلال العامين الماضيين كثف المتشددون هجماتهم على أهداف
للجيش والشرطة وقتلوا مئات من أفرادهما").  A background stretch dates only the
deed a few words from it (eventx.events._stretch), and a span word reaches
only the deed beside it, so the later verb, far off, came out with no time:
an asserted killing beside a tally, which merging then made the summary's
anchor.  The verb continues the clause of the deed before it, so where it
tells no time of its own it shares that deed's stretch and, where that deed
is summed over a period, is summed too.

A clause that opens between the two (a relative or reported clause, a time
or contrast clause, a verb of saying or a result verb, a comma before a
name: :func:`eventx.shared_subject.clause_between`) breaks the chain, as it
does for a shared subject.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from eventx.analysis import Sentence
from eventx.records import SECURITY_TYPES
from eventx.shared_subject import clause_between, joined_verb

if TYPE_CHECKING:
    from eventx.events import Draft

__all__ = ["time_leads"]


def time_leads(drafts: list[Draft], s: Sentence, stops: Collection[int]) -> list[int]:
    """For each of ``drafts`` (one sentence's), the index in ``drafts`` of the
    deed whose time it shares, or -1: a deed verb joined by و/ف shares the
    time of the nearest security deed before it (a verb or the deed noun a
    light verb governs, "شن المسلحون هجمات … وقتلوا") where nothing between
    opens a clause of its own (``stops``: where a verb of saying or a result
    verb stands), however many words lie between.  Only a lead earlier in
    ``drafts`` is named, so it is filled before the verb that shares it."""
    out = [-1] * len(drafts)
    for k, d in enumerate(drafts):
        if not joined_verb(d):
            continue
        first = d.trigger.first
        lead = max((j for j in range(k) if drafts[j].rule.type in SECURITY_TYPES
                    and drafts[j].trigger.last < first),
                   key=lambda j: drafts[j].trigger.last, default=-1)
        if lead >= 0 and not clause_between(s, drafts[lead].trigger.last + 1, first, stops):
            out[k] = lead
    return out
