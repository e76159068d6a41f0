"""A name inside what a statement reports is no speaker of it
(events._reported_clause).

أن/إن opens the reported clause whether bare or with a pronoun glued on
("أنها تمكنت"، "إنه أمر"); a name after it is what the words tell of.  The
sentences are made up in the phrasing the corpus shows.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-08-01"


@pytest.mark.parametrize(("text", "named"), [
    ("كما أعلن أنه لن يتخلى عن دعم الحكومة السورية.", "الحكومة السورية"),
    ("وتقدمت المقاومة الشعبية نحو المطار، وأعلنت أنها تمكنت من قطع خطوط إمدادات الانقلابيين.",
     "الانقلابيين"),
    ("وأعلنت المنظمة أنها تحمل حكومة الاحتلال المسؤولية الكاملة عن الجريمة.", "حكومة"),
])
def test_name_in_the_reported_clause_is_no_source(text: str, named: str) -> None:
    found = all_role_mentions(text, "statement", REF)
    assert not [m for _, m in found if named in m]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأعلنت وزارة الخارجية الروسية أنها لن تتخلى عن دعم الحكومة السورية.", "وزارة الخارجية الروسية"),
    ("وأعلنت روسيا أنها لن تتخلى عن دعم الحكومة السورية.", "روسيا"),
])
def test_speaker_before_the_clause_stays(text: str, speaker: str) -> None:
    found = all_role_mentions(text, "statement", REF)
    assert ("source", speaker) in found
    assert not [m for _, m in found if "الحكومة السورية" in m]


def test_threat_names_whom_it_threatens_in_what_it_says() -> None:
    text = "حذرت الولايات المتحدة من أنها ستحمل إيران المسؤولية عن أفعال حلفائها."
    found = all_role_mentions(text, "threat", REF)
    assert ("agent", "الولايات المتحدة") in found
    assert ("target", "إيران") in found
