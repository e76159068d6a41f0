"""Actor roles from general phrasing, round four: verb-subject-object order
(the bare phrase right after a verb with no subject, another noun phrase
after it, is the subject, with its owner or adjective between), and an office's
genitive complement after a title (وزير خارجية إيران) that names no one."""
from __future__ import annotations

from typing import Any

import probe
from probe import actor_records

REF = "2016-01-01"


def actors(text: str, etype: str) -> list[dict[str, Any]]:
    return actor_records(text, etype, REF)


def roles_of(text: str, etype: str, name: str) -> set[str]:
    return probe.roles_of(text, etype, name, REF)


# --- verb, subject, object ---------------------------------------------------

def test_the_subject_after_the_verb_attacks() -> None:
    text = "هاجمت قوات الجيش مواقع المسلحين في مدينة حلب أمس."
    assert roles_of(text, "attack", "قوات الجيش") == {"agent"}
    assert roles_of(text, "attack", "المسلحين") == {"target"}


def test_the_owner_of_the_subject_may_stand_between() -> None:
    text = "هاجمت قوات تابعة للحكومة مواقع المسلحين في مدينة حلب أمس."
    assert roles_of(text, "attack", "قوات") == {"agent"}
    assert roles_of(text, "attack", "للحكومة") == {"agent"}
    assert roles_of(text, "attack", "المسلحين") == {"target"}


def test_a_verb_that_carries_its_subject_has_an_object() -> None:
    text = "وهاجموا قوات الأمن في مدينة حلب أمس."
    assert roles_of(text, "attack", "قوات الأمن") == {"target"}


def test_no_noun_phrase_after_it_leaves_the_object() -> None:
    # a subject named in an earlier sentence: the phrase may be the object
    text = "هاجمت قوات الأمن بالأسلحة في مدينة حلب أمس."
    assert roles_of(text, "attack", "قوات الأمن") == {"target"}


def test_a_first_subject_keeps_the_second_as_target() -> None:
    text = "هاجم مسلحون قوات الأمن في مدينة حلب أمس."
    assert roles_of(text, "attack", "مسلحون") == {"agent"}
    assert roles_of(text, "attack", "قوات الأمن") == {"target"}


# --- the office's genitive complement -----------------------------------------

def test_the_office_complement_names_no_one() -> None:
    text = "واتهم وزير خارجية إيران السعودية بدعم الإرهاب."
    found = actors(text, "statement")
    assert not any(a["kind"] == "person" for a in found)
    assert not any("خارجية" in str(a["mention"]["text"]) for a in found)  # type: ignore[index]


def test_a_title_with_a_name_is_still_a_person() -> None:
    text = "واتهم الرئيس حسن روحاني السعودية بدعم الإرهاب."
    assert roles_of(text, "statement", "حسن روحاني") == {"source"}
