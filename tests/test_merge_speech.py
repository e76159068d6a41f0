"""Statements across sentences and by whom: the words of plain people are no
official declaration, and a statement takes from another sentence only its
speakers, never the targets of a different mention there.  Probe sentences in
the corpus's style."""
from __future__ import annotations

import attrs
import pytest

import eventx
from eventx.merge import _combined_actors, _unofficial

from test_merge_sides import drafts

REF = "2015-08-10"


def speech(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == "statement"]


@pytest.mark.parametrize("text", [
    "وعبر المواطنون عن إدانتهم للقرار.",
    "وأعرب الأهالي عن استنكارهم لقرار البلدية.",
])
def test_words_of_plain_people_are_no_official_statement(text: str) -> None:
    found = speech(text)
    assert found and all(e.modality not in ("asserted", "claimed") for e in found)


def test_an_office_speaking_stays_a_statement() -> None:
    found = speech("وأعربت وزارة الخارجية عن استنكارها لقرار البلدية.")
    assert [e.modality for e in found] == ["asserted"]


def test_unofficial_needs_a_speaker_and_only_plain_people() -> None:
    [people] = [d for d in drafts("وعبر المواطنون عن إدانتهم للقرار.") if d.type == "statement"]
    [office] = [d for d in drafts("وأعربت وزارة الخارجية عن استنكارها لقرار البلدية.")
                if d.type == "statement"]
    assert _unofficial(people) and not _unofficial(office)
    assert not _unofficial(attrs.evolve(people, actors=()))
    # an official beside the people speaks for them
    assert not _unofficial(attrs.evolve(people, actors=people.actors + office.actors))


def test_a_statement_takes_only_speakers_from_another_sentences_deed() -> None:
    ds = drafts("وأدانت وزارة الخارجية الهجوم. واستهدف مسلحون حافلة للشرطة في المدينة.")
    said = next(d for d in ds if d.type == "statement")
    deed = next(d for d in ds if d.type != "statement" and d.actors)
    roles = {r for r, _ in _combined_actors(said, deed)} - {r for r, _ in said.actors}
    assert roles <= {"source", "agent"}
    # the same statement told in two sentences keeps whom it addresses
    again = attrs.evolve(deed, rule=said.rule)
    assert {r for r, _ in deed.actors} - {"agent"} <= {r for r, _ in _combined_actors(said, again)}
