"""Faults the ninth session's audit noticed and left, each fixed by a general rule.

Why each matters: every sentence here is written in wire-copy style after a
phrasing the corpus shows more than once; the extractor's reading before the
fix gave a record a reader would reject (a battle refused reported as fought,
...).
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-08-01"


def _modalities(text: str, etype: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == etype]


# 1. A refusal negates the deed it governs; a rejection (the noun) condemns one done.
@pytest.mark.parametrize("text, etype, modality", [
    ("وأعدموا العشرات من الجنود الذين رفضوا خوض مواجهات ضد المقاومة في المدينة.", "armed_clash", "negated"),
    ("ولكن القائد رفض أن تقتل رجلا من أبناء القرية.", "killing", "negated"),
    ("أعلن الحزب رفضه للاعتداء على المتظاهرين أمس في بغداد.", "attack", "asserted"),
])
def test_refusal_negates_the_deed_it_governs(text: str, etype: str, modality: str) -> None:
    assert _modalities(text, etype) == [modality]


def test_refusal_of_one_thing_leaves_the_next_deed() -> None:
    text = "طلب منهما رجال الأمن تسليم نفسيهما إلا أنهما رفضا الاستجابة وبادرا بإطلاق النار على الدورية أمس."
    assert "negated" not in _modalities(text, "attack")
