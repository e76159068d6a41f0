"""A clause of contrast parts a date from a deed on its other side
(eventx.parted_date).

Why: a date phrase belongs to the clause it stands in, and "لكن"، "إلا أن"،
"غير أن"، "بيد أن" open a new one: the withdrawal's month is no date of the
attack told after "غير أن".  A contrast whose pronoun takes up the subject
before it ("إلا أنها اقتحمت") goes on with the same story, and "إلا" without
"أن" is "only", no clause.  Words said keep the day they were said past
"لكنه حذر".  Sentences are written for this file.
"""
from __future__ import annotations

import datetime as dt

import pytest

import eventx

REF = dt.date(2019, 6, 12)
# no day stated: the publication day or the one before it (eventx.extractor)
INFERRED = (dt.date(2019, 6, 11), dt.date(2019, 6, 12))


def _dates(text: str, etype: str) -> list[tuple[dt.date, dt.date, str]]:
    return [(e.date.start, e.date.end, e.date.mention.text)
            for e in eventx.extract(text, reference_date=REF)
            if e.type == etype and e.date is not None]


@pytest.mark.parametrize("text", [
    # the date before the contrast, the deed after it
    "أصدرت الوزارة تعليمات جديدة للحراسة في شهر مارس الماضي، لكن المدرسة تعرضت لهجوم مسلح.",
    "كان الجيش قد انسحب من البلدة في يناير 2018، غير أن مسلحين هاجموا مركزا للشرطة فيها.",
    "كان الجيش قد انسحب من البلدة في يناير 2018، بيد أن مسلحين هاجموا مركزا للشرطة فيها.",
    # the deed before the contrast, the date after it
    "تعرضت المدرسة لهجوم مسلح، لكن الوزارة أصدرت تعليمات جديدة للحراسة في شهر مارس الماضي.",
])
def test_a_date_across_a_contrast_does_not_date_the_deed(text: str) -> None:
    dates = _dates(text, "attack")
    assert dates and all((start, end) == INFERRED and not said for start, end, said in dates), dates


def test_the_deed_keeps_the_date_of_its_own_clause() -> None:
    # "2 يونيو" dates the road's reopening after "غير أن"; "أمس" is the attack's
    assert _dates("هاجم مسلحون مركزا للشرطة في البلدة أمس، غير أن قوات الأمن أعادت فتح "
                  "الطريق في 2 يونيو.", "attack") == [(dt.date(2019, 6, 11), dt.date(2019, 6, 11), "أمس")]


def test_a_contrast_that_takes_up_the_subject_goes_on_with_its_story() -> None:
    # "إلا أنها": the reinforcements that came on 3 May stormed the quarter
    dates = _dates("وصلت تعزيزات كبيرة للمسلحين إلى البلدة في 3 مايو، إلا أنها اقتحمت "
                   "الحي الشرقي وقتلت عشرة من السكان.", "attack")
    assert dates and all(start == dt.date(2019, 5, 3) for start, _, _ in dates), dates


def test_illa_without_an_is_no_clause() -> None:
    # "إلا ثلاثة": "only three", the day still the attack's
    assert [d[0] for d in _dates("في 3 مايو لم يبق في القرية إلا ثلاثة جنود بعد هجوم المسلحين "
                                 "على مواقعهم.", "attack")] == [dt.date(2019, 5, 3)]


def test_words_said_keep_their_day_past_a_contrast() -> None:
    # "لكنه حذر": the minister's warning is part of what he said on Tuesday
    assert [d[0] for d in _dates("قال وزير الخارجية اليوم الثلاثاء إن بلاده تدعم جهود السلام، "
                                 "لكنه حذر من أي هجوم على حدودها.", "threat")] == [dt.date(2019, 6, 11)]
