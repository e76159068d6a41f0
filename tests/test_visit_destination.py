"""Where a visit goes is its place, not a party to it: the country or capital
after إلى or with ل glued on, the object of "زار" after its subject, the name
right after the visit noun.  Not so a country an envoy's title or an office
names ("المبعوث الخاص إلى سوريا"، "رئيسا للولايات المتحدة") nor one reached by
another motion ("بالعودة إلى تونس").  Sentences are written for these tests."""
from __future__ import annotations

import pytest

import eventx

REF = "2020-01-02"


def _visits(sentence: str) -> list[dict]:
    return [d for d in (e.to_dict() for e in eventx.extract(sentence, reference_date=REF))
            if d["type"] == "meeting"]


def _place(sentence: str) -> str | None:
    (ev,) = _visits(sentence)
    return ev["location"]["name_en"] if ev["location"] else None


@pytest.mark.parametrize("sentence,place", [
    ("وزار رئيس الوزراء الإيطالي القاهرة أمس حيث التقى كبار المسؤولين.", "Cairo"),
    ("وكان الوزير السابق زار ليبيا قبل شهرين.", "Libya"),
    ("وقام الرئيس الفرنسي السابق بزيارة إلى تونس يرافقه وفد من البرلمانيين.", "Tunisia"),
    ("وأنهى المدير التنفيذي للشركة زيارته المغرب أمس.", "Morocco"),
    ("وزار أمس الأردن وفد من الكونغرس الأميركي.", "Jordan"),
    ("وبدأ رئيس اللجنة الدولية أمس زيارة رسمية إلى اليمن تستمر يومين.", "Yemen"),
])
def test_the_destination_is_the_place(sentence: str, place: str) -> None:
    assert _place(sentence) == place


def test_a_visited_country_is_no_participant() -> None:
    (ev,) = _visits("وزار الرئيس النيجيري تشاد والنيجر الأسبوع الماضي.")
    assert ev["location"]["name_en"] == "Chad"
    assert {a["name_en"] for a in ev["actors"]}.isdisjoint({"Chad", "Niger"})


def test_the_object_is_the_name_no_genitive_can_be() -> None:
    """"وزير خارجية مصر": Egypt is whose minister; Qatar is where he went."""
    assert _place("وزار وزير خارجية مصر قطر أمس.") == "Qatar"


@pytest.mark.parametrize("sentence", [
    "والتقى المسؤولون أمس المبعوث الخاص إلى سوريا في مقر الوزارة.",
    "وعقد الرئيس محادثات مطولة في أول زيارة لبلد أجداده منذ انتخابه رئيسا للولايات المتحدة.",
    "وقال إنه جاء لزيارة شقيقه وإقناعه بالعودة إلى تونس.",
])
def test_a_country_named_for_something_else_is_no_place(sentence: str) -> None:
    for ev in _visits(sentence):
        assert ev["location"] is None or ev["location"]["country"] not in {"SY", "US", "TN"}


def test_a_stated_site_beats_the_country() -> None:
    """The country gone to yields to a place of the meeting named in the
    sentence."""
    (ev,) = _visits("وزار وزير الخارجية الأمريكي تركيا أمس والتقى المسؤولين في مدينة إسطنبول.")
    assert ev["location"]["name_en"] == "Istanbul"
