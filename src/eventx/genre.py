"""Is the article an opinion column?  One look at the whole document.

A column that discusses terrorism in general names attacks, condemnations and
battles without reporting any of them; sentence cues reach only a few of its
sentences, and merging then promotes another trigger of the same essay.  The
genre is a property of the document, so it is decided once per document, from
the word lists in ``data/genre.toml``: the writer's voice (first person, the
reader addressed, questions) against the marks of reporting (who said what,
yesterday, today).  In a column an event keeps "asserted" only when the text
anchors it, by a stated date or a toll; the rest is talk about events.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

from eventx.events import Draft
from eventx.text.normalize import normalize_text

_FILE = "genre.toml"  # in eventx/data
_WORD = re.compile(r"[\u0621-\u064a]+")
_MARKS = re.compile(r"[؟?!]")


@attrs.frozen(slots=True)
class _Lists:
    essay: frozenset[str]
    report: frozenset[str]
    min_words: int
    min_score: float
    report_weight: float
    max_report_rate: float
    min_voice: int


@functools.lru_cache(maxsize=1)
def _lists() -> _Lists:
    data = tomllib.loads(resources.files("eventx").joinpath("data", _FILE).read_text(encoding="utf-8"))
    return _Lists(frozenset(normalize_text(w) for w in data["essay"]),
                  frozenset(normalize_text(w) for w in data["report"]),
                  int(data["min_words"]), float(data["min_score"]),
                  float(data["report_weight"]), float(data["max_report_rate"]),
                  int(data["min_voice"]))


def is_column(text: str) -> bool:
    """True when the normalised ``text`` reads as an opinion column."""
    ls = _lists()
    words = _WORD.findall(text)
    if len(words) < ls.min_words:
        return False
    voice = sum(1 for w in words if w in ls.essay or (w[:1] == "و" and w[1:] in ls.essay))
    report = sum(1 for w in words if w in ls.report or (w[:1] == "و" and w[1:] in ls.report))
    marks = len(_MARKS.findall(text))
    per100 = 100.0 / len(words)
    score = (voice + 2 * marks) * per100 - ls.report_weight * report * per100
    return score >= ls.min_score or (report * per100 < ls.max_report_rate
                                     and voice + marks >= ls.min_voice)


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
            if (d.modality in ("asserted", "claimed") and d.type not in _DIPLOMACY
                and d.sentence.start not in anchored) else d
            for d in drafts]


# A column weighs a visit or a call that took place ("زيارة الأمير محمد بن سلمان
# إلى القاهرة"); it names no meeting in general.
_DIPLOMACY = frozenset({"meeting", "phone_call"})
