"""The pipeline's records declared with ``attr.s`` stay immutable value records.

Why: the records the pipeline reads most (the sentence, its mentions, dates
and counts, the drafts, the word tables) are declared with
``attr.s(auto_attribs=True, order=False, unsafe_hash=True,
on_setattr=attr.setters.frozen)`` rather than ``attrs.frozen``, so that the
compiled build (mypyc) makes them native classes whose fields compiled code
reads directly (``attrs.frozen`` classes it leaves to Python's generic
attribute lookup).  Such a record is frozen by its ``__setattr__`` hook
instead of by ``frozen=True``, hashed by its fields because ``unsafe_hash``
says so, and unordered because ``order=False`` does: checked here on real
records, in both builds.
"""
from __future__ import annotations

import pickle
from typing import Any

import attrs
import pytest

from eventx.analysis import ActorMention, PlaceMention, Sentence
from eventx.counts import CountMatch
from eventx.dates import DateMatch
from eventx.events import Draft
from eventx.genre import Genre
from probe import drafts

_DRAFTS = drafts("قتل 5 جنود في هجوم شنه مسلحون على نقطة أمنية في الطارمية أمس.", "2021-03-12")


def _records() -> list[Any]:
    d = next(d for d in _DRAFTS if d.actors and d.place and d.date and d.counts)
    return [d, d.sentence, d.actors[0][1], d.place, d.date, d.counts[0], Genre(column=True)]


def test_the_probe_has_every_kind_of_record() -> None:
    kinds = [type(r) for r in _records()]
    assert kinds == [Draft, Sentence, ActorMention, PlaceMention, DateMatch, CountMatch, Genre]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_a_record_is_frozen(record: Any) -> None:
    name = attrs.fields(type(record))[0].name
    with pytest.raises(AttributeError):
        setattr(record, name, getattr(record, name))


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_a_record_is_a_value(record: Any) -> None:
    copy = attrs.evolve(record)
    assert copy is not record and copy == record and repr(copy) == repr(record)
    if not isinstance(record, Draft):  # a draft's rule holds dicts (its examples)
        assert hash(copy) == hash(record) and len({record, copy}) == 1


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_a_record_has_no_order(record: Any) -> None:
    with pytest.raises(TypeError):
        _ = record < attrs.evolve(record)


def test_evolve_changes_one_field() -> None:
    d = _records()[0]
    generic = attrs.evolve(d, modality="generic")
    assert generic.modality == "generic" and generic != d
    assert attrs.evolve(generic, modality=d.modality) == d


def _stored_records() -> list[Any]:
    from eventx.actors import ActorDictionary
    from eventx.packs.loader import load_packs

    packs = load_packs(None)
    rule = next(r for p in packs for r in p.rules if r.slots)
    cue = next(c for p in packs for c in p.cues)
    word_class = next(c for p in packs for c in p.classes)
    entry = ActorDictionary.default().lookup("القوات الاميركيه")
    return [packs[0], rule, rule.slots[0], cue, word_class, entry]


def test_stored_records_pickle_by_their_fields() -> None:
    """The start-up cache pickles packs and actor entries (eventx.pickled): each
    comes back equal, of its own class, and still frozen."""
    for record in _stored_records():
        back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(record) and back == record
        name = attrs.fields(type(record))[0].name
        with pytest.raises(AttributeError):
            setattr(back, name, getattr(back, name))
