"""One sense a word per article: a trigger word the article once shows in
a sense that is no incident keeps that sense throughout.

A rule's excluded classes are looked for a few words either side of each
trigger, within its sentence.  An article names its subject fully once and
then refers back to it: Maghreb usage calls a festival or a season of
culture a "تظاهرة" (elsewhere a demonstration), and after "تظاهرة صفاقس
عاصمة للثقافة العربية" the article speaks of "التظاهرة" and "هذه التظاهرة"
with no word of culture near.  For a rule marked ``document_excludes`` the
exclusion found at one trigger holds for all the rule's triggers of the
article.  The rule says so in its data (rules/core/speech.toml); the test
is asked only of an article with an event of such a rule left, so the other
articles pay nothing.
"""
from __future__ import annotations

from collections.abc import Sequence

from eventx.analysis import Sentence
from eventx.compiled import Compiled
from eventx.events import Draft, excluded_rules


def one_sense(drafts: list[Draft], sentences: Sequence[Sentence], comp: Compiled) -> list[Draft]:
    """``drafts`` less the events of a ``document_excludes`` rule that some
    trigger of that rule in the article shows in an excluded sense."""
    if not any(d.rule.document_excludes for d in drafts):
        return drafts
    excluded: set[str] = set()
    for s in sentences:
        excluded |= excluded_rules(s, comp)
    if not excluded:
        return drafts
    return [d for d in drafts if not (d.rule.document_excludes and d.rule.id in excluded)]
