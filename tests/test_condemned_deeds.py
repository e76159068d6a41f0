"""A deed condemned is a deed done: when the condemnation names it with its own
place, day or toll ("استنكر المجلس العمل الإجرامي الذي استهدف دورية
للشرطة في مدينة العريش"), it reports an incident; a deed named only as a kind
("إدانة الإرهاب"، "أي هجوم") stays generic.

Three cues read the condemnation as if it were the deed's: a continuing verb
whose subject is the condemnations ("تواصلت الإدانات للتفجير"), أدين read as
"convicted" where it is "I condemn" ("أدين أشد إدانة الاعتداء"), and the word
"crime" as the very head of the clause that tells the deed ("الجريمة التي
استهدفت حافلة").  The sentences are made up in the phrasing news uses; each
reported one stands beside a look-alike that keeps its generic reading.
"""
from __future__ import annotations

import pytest

from probe import modalities

REF = "2016-03-10"


@pytest.mark.parametrize("text, typ", [
    # the condemnations go on, the bombing was one
    ("تواصلت الإدانات العربية للتفجير الإرهابي الذي استهدف مسجدا في مدينة الدمام.", "bombing"),
    # أدين: "I condemn", with the condemnation's own noun after it
    ("وقال السفير: أدين أشد إدانة الاعتداء على مقر الشرطة في مدينة بنغازي.", "attack"),
    # a deed named by its verdict heads the clause that tells it, with its place
    ("واستنكر المجلس العمل الإجرامي الذي استهدف دورية للشرطة في مدينة العريش.", "attack"),
    # "crime" heads the clause with the deed's own day and place
    ("أدانت الوزارة الجريمة الإرهابية التي استهدفت حافلة للركاب في محافظة المنيا صباح"
     " اليوم.", "attack"),
])
def test_a_condemned_deed_with_its_own_anchor_is_reported(text: str, typ: str) -> None:
    assert modalities(text, typ, REF) == ["asserted"]


@pytest.mark.parametrize("text, typ", [
    # a habit of bombing, no condemnation between the verb and the deed
    ("يواصل المسلحون تفجير العبوات الناسفة على الطريق.", "bombing"),
    # أدين: "convicted" of a deed, before a court
    ("وكان الرجل قد أدين بتفجير سيارة في المدينة.", "bombing"),
    # the crime's clause with no day, place or toll of its own
    ("تحدث الكتاب عن الجريمة التي استهدفت الصحفيين.", "attack"),
    # the deed named only as a kind
    ("وجدد الوزير إدانة بلاده لأي هجوم يستهدف المدنيين.", "attack"),
])
def test_a_deed_named_only_as_a_kind_stays_generic(text: str, typ: str) -> None:
    assert "asserted" not in modalities(text, typ, REF)
