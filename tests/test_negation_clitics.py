"""Negation behind the conjunction (ولم، ولا، فلم): the lexicon does not strip و
from a two-letter word, so the cue lists these forms; and "ولا سيما"
("especially") is no negation (lead, session 6)."""
from __future__ import annotations

import pytest

import eventx

REF = "2015-08-01"


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة في بغداد أمس ولم تعلن أي جهة مسؤوليتها عن التفجير.",
    "انفجرت سيارة مفخخة في بغداد أمس فلم تعلن أي جهة مسؤوليتها عن التفجير.",
])
def test_no_claim_made_is_no_statement(text: str) -> None:
    evs = eventx.extract(text, reference_date=REF)
    assert not any(e.type == "statement" and e.modality in ("asserted", "claimed") for e in evs)
    assert any(e.type == "bombing" and e.modality == "asserted" for e in evs)


def test_especially_is_no_negation() -> None:
    text = ("وأكثر ما يقلق الأجهزة الأمنية في كينيا حركة الشباب التي شنت عددا كبيرا من الهجمات "
            "ولا سيما الهجوم على جامعة غاريسا الذي أدى إلى مقتل 147 طالبا في أبريل.")
    evs = eventx.extract(text, reference_date="2015-07-25")
    assert not any(e.modality == "negated" for e in evs)
