"""eventx.court_seat: a court's city gives way to the deed's own place."""
from __future__ import annotations

import eventx


def _places(text: str) -> list[tuple[str, str | None]]:
    out = []
    for e in eventx.extract(text, reference_date="2017-05-03"):
        d = e.to_dict()
        out.append((d["type"], d["location"]["name"] if d["location"] else None))
    return out


def test_the_deeds_place_beats_the_courts_seat() -> None:
    text = ("قدم الوزير إلى المدعية العامة، في مقر المحكمة في لاهاي، مذكرة حول مقتل "
            "الطفل علي حرقا يوم الجمعة في الضفة الغربية.")
    assert _places(text) == [("killing", "الضفة الغربية")]


def test_a_seat_alone_stays_the_place() -> None:
    # a local court mostly tries deeds of its own region: better than no place
    text = ("أصدرت الدائرة الجنائية بمحكمة الاستئناف بالمنستير حكما ضد شاب "
            "كان قد قتل صديقه طعنا بسكين.")
    assert [p for _, p in _places(text)] in ([], ["المنستير"])
