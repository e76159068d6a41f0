"""A deed a trend verb tells of, dated by a day of its own clause, took place
that day: the trend cue makes it no generic talk.

Why: "تصاعدت حدة المعارك، ليلة السبت، بين المقاومة والمتمردين" tells battles
that grew fiercer on one night, an incident; "في وقت تتزايد الاعتداءات في
تونس" tells a trend, with no day.  The trend verbs are the cue words of
rules/core/cues.toml's trend cue; the day must be the deed's own, told right
after it (eventx.events._clause_day asks), for a day elsewhere in the
sentence may date another deed.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.text.clitics import without_conjunction

__all__ = ["trend_verb"]

# "تصاعدت حدة المعارك"، "تزايدت الهجمات": a verb of growth (normalised, with و)
_TREND_VERBS: Final = frozenset({"تصاعدت", "تصاعد", "تتصاعد", "يتصاعد", "تزايدت", "تزايد",
                                 "تتزايد", "يتزايد", "تنامت"})


def trend_verb(tok: str) -> bool:
    """Whether the token is a verb of growth, bare or behind و/ف."""
    return tok in _TREND_VERBS or without_conjunction(tok) in _TREND_VERBS
