"""A surname read as ف + a trigger after a title and a first name (هاكان فيدان
as فـ + يدان, "is condemned") told a statement no one made and cut the name
short.  Probe sentences in the corpus's style, not corpus text."""
from __future__ import annotations

import eventx

REF = "2024-05-01"


def test_a_surname_is_no_condemnation() -> None:
    text = "وقال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم الحل السياسي في سوريا."
    assert not [e for e in eventx.extract(text, reference_date=REF) if e.trigger.text == "فيدان"]


def test_the_surname_stays_in_the_name() -> None:
    text = "وأدان وزير الخارجية التركي هاكان فيدان الهجوم على المسجد."
    names = [a.info.name for e in eventx.extract(text, reference_date=REF)
             if e.type == "statement" for a in e.actors if a.role == "source"]
    assert any("فيدان" in n or "Fydan" in n or "Fidan" in n for n in names), names


def test_a_deed_after_a_preposition_stays() -> None:
    text = "ولم يقم أي رئيس أميركي بزيارة كينيا منذ سنوات، وأمر الرئيس أمس بقصف مواقع المسلحين."
    types = {e.type for e in eventx.extract(text, reference_date=REF)}
    assert "rocket_strike" in types
