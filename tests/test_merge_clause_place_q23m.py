"""A later mention placed nowhere (or only in a country) whose own clause
names a city or province that disagrees with the incident's place is another
incident: a country, or no place at all, agrees with any city, but the clause
says where its deed was (eventx.merge._named_elsewhere)."""
from __future__ import annotations

import eventx

REF = "2017-03-05"


def strikes(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.type == "air_strike" and e.modality == "asserted"]


def test_strikes_whose_clause_names_other_provinces_stay_apart() -> None:
    # the second raids' provinces stand after "بين", so the raids take no place
    # of their own; they are still not the raids on Aden
    text = ("شن طيران التحالف أمس غارات على مواقع المسلحين في مدينة عدن. "
            "وشنت طائرات التحالف غارات جوية على تعزيزات للمسلحين في أحد الخطوط "
            "التي تربط بين محافظتي البيضاء وأبين.")
    events = strikes(text)
    assert len(events) == 2
    assert events[0].location is not None and events[0].location.place.name == "عدن"


def test_strikes_with_no_place_in_their_clause_still_join() -> None:
    # a vague retelling names no finer place: it is the raids told before
    text = ("شن طيران التحالف أمس غارات على مواقع المسلحين في مدينة عدن. "
            "وشنت طائرات التحالف غارات جوية على تعزيزات للمسلحين.")
    events = strikes(text)
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.place.name == "عدن"


def test_a_place_of_another_clause_does_not_part_a_retelling() -> None:
    # Sanaa is the place of the deed the second sentence times the raids by
    text = ("شن طيران التحالف أمس غارات على مواقع المسلحين في مدينة عدن. "
            "وشنت طائرات التحالف غارات جوية على تعزيزات للمسلحين، وذلك بعد يومين "
            "على تفجير استهدف مسجدا في مدينة صنعاء.")
    events = strikes(text)
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.place.name == "عدن"
