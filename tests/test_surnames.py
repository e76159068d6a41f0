"""A person news names in full after an office, then by surname alone
("رئيس الوزراء المصري إبراهيم محلب" … "وأكد محلب"): the surname is he.
(A surname that begins with ب or ل, بارزاني, is still read as a preposition
and a name by the role features: these tests use other names.)"""
from __future__ import annotations

import eventx


def statement_sources(text: str) -> list[tuple[str, str]]:
    """(mention, name) of the sources of every statement event."""
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-08-03")]
    return [(a["mention"]["text"], a["name"]) for e in evs if e["type"] == "statement"
            for a in e["actors"] if a["role"] == "source"]


INTRO = "قال رئيس الوزراء المصري المهندس إبراهيم محلب إن الهجوم على الكنيسة عمل إرهابي. "


def test_a_surname_after_a_speech_verb_names_the_person_named_before() -> None:
    got = statement_sources(INTRO + "وطالب محلب المواطنين بعدم الثأر من المتهمين.")
    assert ("محلب", "ابراهيم محلب") in got


def test_a_surname_never_named_in_full_is_no_one() -> None:
    got = statement_sources("وطالب محلب المواطنين بعدم الثأر من المتهمين.")
    assert all(m != "محلب" for m, _ in got)


def test_a_kinsmans_full_name_is_not_the_person() -> None:
    """"حسن محلب" is another Mahlab: the surname after a first name is no
    back-reference."""
    got = statement_sources(INTRO + "وطالب حسن محلب المواطنين بعدم الثأر من المتهمين.")
    assert ("محلب", "ابراهيم محلب") not in got


def test_a_nisba_surname_is_no_back_reference() -> None:
    """"طلال الأردني" after an office: الأردني alone is also "the Jordanian"."""
    text = ("قال قائد الكتيبة طلال الأردني إن الوضع هادئ. "
            "وطالب الأردني السكان بعدم الثأر من المتهمين.")
    assert all(m != "الأردني" for m, _ in statement_sources(text))



def meeting_participants(text: str) -> list[tuple[str, str]]:
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-07-23")]
    return [(a["mention"]["text"], a["name"]) for e in evs if e["type"] == "meeting"
            for a in e["actors"] if a["role"] == "participant"]


def test_a_dictionary_person_named_in_full_is_his_surname_later() -> None:
    """A dictionary person listed by full name only (أشتون كارتر): "كارتر"
    alone after a verb is he once an analysed sentence named him."""
    text = ("قال وزير الدفاع الأميركي أشتون كارتر إن الضربات الجوية على داعش ستستمر. "
            "والتقى كارتر رئيس الوزراء حيدر العبادي في بغداد.")
    assert ("كارتر", "أشتون كارتر") in meeting_participants(text)


def test_a_surname_alone_is_no_dictionary_person() -> None:
    got = meeting_participants("والتقى كارتر رئيس الوزراء حيدر العبادي في بغداد.")
    assert all(m != "كارتر" for m, _ in got)
