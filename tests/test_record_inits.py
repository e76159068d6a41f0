"""The hot records' hand-written ``__init__`` takes the arguments attrs' own would.

Why: the records built most often (a draft, a sentence, its mentions, dates,
counts and numbers) are declared ``attr.s(..., init=False)`` with an
``__init__`` of their own that sets each field with ``object.__setattr__``:
mypyc compiles that call to a store into the native class's C struct, where
the ``__init__`` attrs generates stays interpreted even in the compiled build
(docs/scale.md, "A compiled build").  A hand-written ``__init__`` can drift
from the fields it sets; this holds each to the attrs fields (order, names,
defaults), in both builds.
"""
from __future__ import annotations

from typing import Any

import attrs
import pytest

from eventx.analysis import ActorMention, PlaceMention, Sentence
from eventx.counts import CountMatch
from eventx.dates import DateMatch
from eventx.events import Draft
from eventx.numbers import NumberMatch, ScannedNumber
from probe import drafts

_DRAFTS = drafts("قتل 5 جنود في هجوم شنه مسلحون على نقطة أمنية في الطارمية أمس.", "2021-03-12")


def _records() -> list[Any]:
    d = next(d for d in _DRAFTS if d.actors and d.place and d.date and d.counts)
    number = NumberMatch(3, 5, 12, 10, 15, True)
    return [d, d.sentence, d.actors[0][1], d.place, d.date, d.counts[0], number,
            ScannedNumber(number, 1, 3, "نحو", False)]


def test_every_hand_initialised_record_is_probed() -> None:
    kinds = [type(r) for r in _records()]
    assert kinds == [Draft, Sentence, ActorMention, PlaceMention, DateMatch, CountMatch,
                     NumberMatch, ScannedNumber]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_positional_and_keyword_arguments_follow_the_fields(record: Any) -> None:
    fields = attrs.fields(type(record))
    values = [getattr(record, a.name) for a in fields]
    by_position = type(record)(*values)
    by_name = type(record)(**{a.alias: v for a, v in zip(fields, values)})
    for made in (by_position, by_name):
        assert [getattr(made, a.name) for a in fields] == values
        assert made == record and repr(made) == repr(record)


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_omitted_arguments_take_the_field_defaults(record: Any) -> None:
    fields = attrs.fields(type(record))
    required = [a for a in fields if a.default is attrs.NOTHING]
    made = type(record)(*[getattr(record, a.name) for a in required])
    for a in fields[len(required):]:
        default = a.default
        if isinstance(default, attrs.Factory):
            default = default.factory(made) if default.takes_self else default.factory()
        assert getattr(made, a.name) == default, a.name


def test_a_date_match_still_checks_its_interval() -> None:
    d = next(d.date for d in _DRAFTS if d.date is not None and d.date.start_date is not None)
    with pytest.raises(ValueError):
        DateMatch(d.start, d.end, d.end_date, None, d.precision, d.relative)
    with pytest.raises(ValueError):
        DateMatch(d.start, d.end, d.start_date, d.end_date, "fortnight", d.relative)
