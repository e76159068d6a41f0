"""Document merging, round q25: where a merged incident took place.  A killing
told in another sentence without a figure ("أريد أن تكف تركيا عن قتل الأكراد"
in a marcher's words) gives its host no place: the place its sentence names
is the speaker's, not the deed's.  A toll with its figures restates the deed
and still tells where.  Probe articles in the corpus's style."""
from __future__ import annotations

import eventx

REF = "2015-08-09"

MARCH = ("وقتل مقاتلون جنديين في هجوم على دورية عسكرية أمس الأحد. "
         "وتظاهر آلاف الأكراد أمس في بروكسل تنديدا بالغارات. "
         "وقال رجل أتى من أوسلو مع ابنه لوكالة الصحافة الفرنسية "
         "\"أريد أن تكف تركيا عن قتل الأكراد\".")


def _attack(text: str) -> eventx.Event:
    found = [e for e in eventx.extract(text, reference_date=REF)
             if e.type == "attack" and e.modality == "asserted"]
    assert len(found) == 1
    return found[0]


def test_a_quoted_killing_without_a_figure_gives_no_place() -> None:
    attack = _attack(MARCH)
    assert attack.location is None or attack.location.place.name_en != "Oslo"


def test_a_toll_with_its_figures_still_tells_where() -> None:
    text = ("هاجم مسلحون دورية عسكرية أمس الأحد. "
            "وقال مسؤول إن خمسة جنود قتلوا في الهجوم في مدينة بنقردان.")
    attack = _attack(text)
    assert attack.location is not None
    assert attack.location.place.country == "TN"
