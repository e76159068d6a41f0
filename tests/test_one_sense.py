"""One sense a word per article (eventx.one_sense): a Maghreb "تظاهرة" the
article once names a festival or a sports day stays that when "هذه التظاهرة"
comes back in another sentence with no word of culture near it; a
demonstration named "تظاهرة" stays a protest wherever it recurs.

The sentences are written for the test in the manner of the corpus's
Tunisian culture pages and Gulf news reports.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import eventx

_FESTIVAL = "واحتضنت المدينة أمس تظاهرة ثقافية كبرى بمشاركة فرق من عدة بلدان. "
_SPORTS_DAY = "وتنظم الجمعية اليوم تظاهرة رياضية تنشيطية في المدينة. "
_BACK = ("وتتواصل هذه التظاهرة إلى غاية يوم الأحد القادم بحضور جمهور غفير. ",
         "وستنطلق هذه التظاهرة في حدود الساعة الثالثة بعد الزوال. ",
         "وقد أعلنت اللجنة أمس أن التظاهرة ستنطلق يوم الجمعة. ")
_FILLER = ("وأكد رئيس البلدية أن الاستعدادات جارية على قدم وساق. ",
           "وتشهد المنطقة إقبالا كبيرا من الزوار في هذه الفترة من السنة. ")
_MARCH = "وخرجت تظاهرة حاشدة أمام مقر الحكومة في العاصمة أمس للمطالبة برحيل الوزير. "


def _protests(text: str) -> list[str]:
    return [e.trigger.text for e in eventx.extract(text, reference_date="2017-03-06")
            if e.type == "protest"]


def test_a_festival_named_once_is_no_protest_when_it_comes_back() -> None:
    assert _protests(_FESTIVAL + _BACK[0]) == []
    assert _protests(_SPORTS_DAY + _BACK[1]) == []


def test_the_word_alone_still_reads_as_a_protest() -> None:
    # no sentence of the article names the event a festival: the rule's own reading
    assert _protests(_BACK[0]) == ["التظاهرة"]


def test_a_demonstration_stays_a_protest_when_it_comes_back() -> None:
    assert "تظاهرة" in _protests(_MARCH + "وفرقت الشرطة التظاهرة بالغاز المسيل للدموع. ")


@settings(max_examples=25, deadline=None)
@given(opening=st.sampled_from((_FESTIVAL, _SPORTS_DAY)),
       rest=st.lists(st.sampled_from(_BACK + _FILLER), min_size=1, max_size=4))
def test_no_sentence_order_makes_the_festival_a_protest(opening: str, rest: list[str]) -> None:
    for k in range(len(rest) + 1):  # the naming sentence anywhere in the article
        text = "".join(rest[:k]) + opening + "".join(rest[k:])
        assert _protests(text) == []
