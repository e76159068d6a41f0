"""Drafts rebuilt field by field give what ``attrs.evolve`` gave.

``Draft.dated`` (the extractor's publication day) and ``merge.combine``
build the new draft with ``Draft(...)`` instead of ``attrs.evolve``, which
reads every field by name through Python.  Here both are held to evolve:
every field equal, over drafts of sentences written for this file and
random dates, and every pair of them combined.
"""
from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.dates import DateMatch
from eventx.merge import _incident_date, combine
from probe import drafts

_TEXT = ("قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم شنه مسلحون على حاجز للجيش قرب الموصل أمس، "
         "واعتقلت القوات الأمنية اثنين من المهاجمين. وقال الجيش إن غارة جوية استهدفت مواقع "
         "التنظيم في الرقة يوم الجمعة.")
_DRAFTS = drafts(_TEXT, "2021-02-24")


def _same(a: object, b: object) -> bool:
    return all(getattr(a, f.name) is getattr(b, f.name) or getattr(a, f.name) == getattr(b, f.name)
               for f in attrs.fields(type(a)))


def test_the_text_drafts_several_events() -> None:
    assert len(_DRAFTS) >= 3


@settings(max_examples=60, deadline=None)
@given(k=st.integers(0, 50), day=st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
       none=st.booleans())
def test_dated_is_evolve(k: int, day: dt.date, none: bool) -> None:
    d = _DRAFTS[k % len(_DRAFTS)]
    date = None if none else DateMatch(3, 9, day, day, "day", True)
    assert _same(d.dated(date), attrs.evolve(d, date=date))


def _evolved_combine(a, b, keep_anchor: bool = False):  # type: ignore[no-untyped-def]
    """combine's fields as evolve set them (the main draft read off the result)."""
    out = combine(a, b, keep_anchor)
    main, other = (a, b) if out.trigger is a.trigger else (b, a)
    return attrs.evolve(main, rule=out.rule, subtype=out.subtype, actors=out.actors,
                        place=out.place, date=_incident_date(main, other), counts=out.counts,
                        modality=out.modality, confidence=max(a.confidence, b.confidence),
                        stretch=main.stretch or other.stretch,
                        recalled=main.recalled and other.recalled)


def test_combine_keeps_what_evolve_kept() -> None:
    for a in _DRAFTS:
        for b in _DRAFTS:
            for keep in (False, True):
                assert _same(combine(a, b, keep), _evolved_combine(a, b, keep))
