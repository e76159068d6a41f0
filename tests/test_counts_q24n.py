"""Counts read off the shape of a clause: a counted subject before a counted
object, a definite person joined to a figure of others, an ordinal standing
for one person, and digits parted by a tatweel (session 24, helper n)."""
from __future__ import annotations

import pytest

import eventx
from eventx.counts import find_counts
from eventx.text.normalize import normalize, normalize_text


def _counts(sentence: str) -> list[tuple[str, int, bool]]:
    """(kind, value, joined) of every count, in order."""
    return [(c.kind, c.value, c.joined) for c in find_counts(normalize_text(sentence))]


@pytest.mark.parametrize("sentence, expected", [
    # the doers' count is the subject, the object's the toll
    ("وقتل ثلاثة مسلحين ملثمين 17 مدنيا في الهجوم على القرية",
     [("attackers", 3, False), ("killed", 17, False)]),
    ("قتلت خمسة انتحاريين 40 شخصا قرب السوق",
     [("attackers", 5, False), ("killed", 40, False)]),
    # a figure of the same people after the first, not an object
    ("قتل 12 شخصا 5 منهم من الأطفال", [("killed", 12, False)]),
    # no doer's noun before the second figure: no subject, no object
    ("وأصيب 30 آخرين 11 شخصا متورطين", [("wounded", 30, False)]),
    # a definite person joined by و to a figure of others is one more of them
    ("أصيب الحارس واثنان آخران في الهجوم", [("wounded", 1, False), ("wounded", 2, True)]),
    ("قتل المصور وثلاثة آخرون بانفجار", [("killed", 1, False), ("killed", 3, True)]),
    # a table noun's definite singular needs no "others"
    ("مقتل الجندي و4 مدنيين في القصف", [("killed", 1, False), ("killed", 4, True)]),
    # a definite plural is no one person
    ("أصيب المدنيون وثلاثة آخرون", [("wounded", 3, False)]),
    # an ordinal after a victim frame stands for one person
    ("أصيب اثنان من الحراس، ولقي الثالث مصرعه", [("wounded", 2, False), ("killed", 1, False)]),
    ("قتل اثنان من الركاب وأصيب الثالث بجروح", [("killed", 2, False), ("wounded", 1, False)]),
    ("وقتل الخامس.", [("killed", 1, False)]),
    # an object or a date after the ordinal: no toll
    ("اتهم بقتل الأول أخاه", []),
    ("أعلن مقتل الثاني من أبنائه", []),
])
def test_counts_read_off_the_clause(sentence: str,
                                    expected: list[tuple[str, int, bool]]) -> None:
    assert _counts(sentence) == expected


def test_tatweel_between_digits_parts_them() -> None:
    n = normalize("ذكرى هجمات 11ـ9 وعلـــى")
    assert n.text == "ذكري هجمات 11-9 وعلي"
    start = n.text.index("11-9")
    assert n.original[slice(*n.span(start, start + 4))] == "11ـ9"
    assert _counts("قال إن عدد الضحايا في هجمات 11ـ9 كان كبيرا") == []
    assert _counts("قتل 11ـ9 شخصا") != [("killed", 119, False)]


def test_tatweel_date_pair_gives_no_toll_to_an_event() -> None:
    events = eventx.extract("شكك الكاتب في عدد الضحايا في تفجيرات 11ـ9 وهو ما أثار جدلا",
                            reference_date="2015-08-06")
    assert all(not e.counts for e in events)
