"""A toll of militants told with the deed that dealt it is that deed's toll
(eventx.dealt_toll, rule core.killing.militants_toll), not a raid of its own;
a raid told for itself keeps its reading.

The sentences are made up after corpus phrasing.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-21"


def events(text: str) -> list[tuple[str, dict[str, int]]]:
    out = []
    for e in eventx.extract(text, reference_date=REF):
        d = e.to_dict()
        out.append((d["type"], {c["kind"]: c["value"] for c in d["counts"]}))
    return out


@pytest.mark.parametrize(("text", "want"), [
    # the outcome of the deed before a verb of outcome
    ("قصفت الطائرات مواقع لتنظيم داعش في الرقة، ما أسفر عن مقتل 12 مسلحا.",
     [("air_strike", {"killed": 12})]),
    ("وقام الجيش أمس بقصف مدفعي في جبل السلوم، أسفر عن مقتل 3 ارهابيين على الأقل.",
     [("rocket_strike", {"killed": 3})]),
    # the verb of outcome's subject
    ("واستهدفت غارة أخرى رتلا لداعش قرب الموصل، وأدت الغارة إلى تدمير ثلاث عجلات ومقتل تسعة مسلحين.",
     [("air_strike", {"killed": 9})]),
    # the means told after the death
    ("أفاد شهود عيان أمس بمقتل 33 مسلحا من تنظيم داعش بانفجار سيارة مفخخة في قضاء البعاج.",
     [("bombing", {"killed": 33})]),
    ("وذكرت مصادر عسكرية أن تسعة متمردين قتلوا أمس في غارة جوية على خور المكسر في عدن.",
     [("air_strike", {"killed": 9})]),
    ("أعلنت الخلية عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي استهدف أوكارهم شمال سامراء.",
     [("air_strike", {"killed": 49})]),
])
def test_toll_goes_with_its_means(text: str, want: list[tuple[str, dict[str, int]]]) -> None:
    assert events(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a raid told for itself, with an arrest beside it
    ("قالت الوزارة إن قوات الأمن قتلت أمس ثلاثة مسلحين واعتقلت 16 آخرين في بنزرت.",
     ("raid", {"killed": 3})),
    # a strike in another clause past a connective deals no toll of it
    ("قصفت الطائرات أمس مواقع في ليبيا، كما تقدمت وحدات الجيش في جبل الشعانبي ما أسفر عن "
     "مقتل خمسة إرهابيين.", ("raid", {"killed": 5})),
])
def test_raid_told_for_itself_stays(text: str, want: tuple[str, dict[str, int]]) -> None:
    assert want in events(text)


def test_forces_that_tell_the_toll_dealt_it() -> None:
    [e] = eventx.extract("أعلن الجيش العراقي أمس مقتل 49 مسلحا من تنظيم داعش بقصف جوي "
                         "استهدف أوكارهم شمال مدينة سامراء.", reference_date=REF)
    d = e.to_dict()
    assert d["type"] == "air_strike"
    assert ("agent", "الجيش العراقي") in {(a["role"], a["mention"]["text"]) for a in d["actors"]}
    assert ("victim", "مسلحا") in {(a["role"], a["mention"]["text"]) for a in d["actors"]}


@pytest.mark.parametrize(("text", "killed"), [
    ("أعلنت الوزارة أن قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين آخرين في غارة أمريكية أمس.", 3),
    ("وقتل الجندي مع ثلاثة آخرين في انفجار عبوة ناسفة أمس.", 4),
])
def test_others_with_the_subject_count_one_more(text: str, killed: int) -> None:
    assert [c for _, c in events(text)] == [{"killed": killed}]
