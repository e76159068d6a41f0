"""Which deed a toll joins (merge._absorb): those who fired the shells, set
the bomb or flew the raid are not whom it kills.  A toll whose dead are named
for the side that did a deed from afar is another deed's toll; a deed at close
quarters may cost its doers their lives.  Own sentences in the corpus's style."""
from __future__ import annotations

import eventx

REF = "2015-07-22"


def toll_of(text: str, kind: str) -> dict[str, int]:
    ev = next(e for e in eventx.extract(text, reference_date=REF) if e.type == kind)
    return {c.kind: c.value for c in ev.counts}


def victims_of(text: str, kind: str) -> set[str]:
    ev = next(e for e in eventx.extract(text, reference_date=REF) if e.type == kind)
    return {a.info.name_en for a in ev.actors if a.role == "victim"}


def test_the_shellers_dead_are_no_toll_of_their_shelling() -> None:
    text = ("قالت مصادر محلية إن الحوثيين قصفوا مستشفى المدينة في تعز أمس. "
            "وأكدت مصادر طبية مقتل 12 وإصابة 20 من ميليشيات الحوثي.")
    assert toll_of(text, "rocket_strike") == {}
    assert "Houthis" not in victims_of(text, "rocket_strike")


def test_the_bombers_group_is_no_victim_of_its_bombing() -> None:
    text = ("تبنى تنظيم داعش أمس تفجيرا بسيارة مفخخة في سوق شعبي. "
            "وأعلن مسؤولون أمنيون مقتل 9 من عناصر تنظيم داعش.")
    assert "ISIS" not in victims_of(text, "bombing")
    assert toll_of(text, "bombing") == {}


def test_a_shelling_keeps_the_toll_of_those_it_struck() -> None:
    text = ("قالت مصادر محلية إن الحوثيين قصفوا حيا سكنيا في تعز أمس. "
            "وأكدت مصادر طبية مقتل 12 مدنيا وإصابة 20 آخرين.")
    assert toll_of(text, "rocket_strike") == {"killed": 12, "wounded": 20}
