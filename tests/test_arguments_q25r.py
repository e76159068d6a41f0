"""Arguments from the q25r audit: a direction in brackets after a place
describes where that place lies, not where the deed was.

The sentences are made up; look-alikes that must keep their reading stand
beside them.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2015-07-23"


def places(text: str) -> list[tuple[str, str | None]]:
    out = []
    for e in eventx.extract(text, reference_date=REF):
        d = e.to_dict()
        out.append((d["type"], (d.get("location") or {}).get("name")))
    return out


# "(شمال شرقي بغداد)" after a province: the town the sentence names is the
# deed's place, and the toll joins the bombing it was dealt in
@pytest.mark.parametrize(("text", "want"), [
    ("وفي محافظة ديالى (شمال شرقي بغداد)، قتل أربعة أشخاص على الأقل في تفجير سيارة "
     "مفخخة في بلدة مندلي القريبة من الحدود مع إيران.", [("bombing", "مندلي")]),
    ("قتل مسلحون ثلاثة جنود في هجوم في محافظة ديالى (شمال شرقي بغداد).",
     [("attack", "ديالى")]),
    ("انفجرت عبوة ناسفة صباح اليوم بميدان المحكمة بمصر الجديدة (شرق القاهرة).",
     [("bombing", "مصر الجديدة")]),
])
def test_bracketed_direction_locates_the_place_before(text: str, want: list) -> None:
    assert places(text) == want


# look-alikes: a direction with no place before it is the place; a bracketed
# region of a country after a home ("من اديامان") stays the safer place
@pytest.mark.parametrize(("text", "want"), [
    ("قتل مسلحون ثلاثة جنود في هجوم شمال شرقي بغداد.", [("attack", "شمال شرقي بغداد")]),
])
def test_direction_alone_stays_the_place(text: str, want: list) -> None:
    assert places(text) == want


def agents(text: str) -> list[str]:
    return [(a.get("mention") or {}).get("text") for e in eventx.extract(text, reference_date=REF)
            for a in e.to_dict().get("actors", []) if a.get("role") == "agent"]


# the opposition's fighters and gunmen, in the nominative too, are the
# armed opposition: "مقاتلو المعارضة" is a doer
@pytest.mark.parametrize(("text", "doer"), [
    ("وهاجم مقاتلو المعارضة حاجزا للجيش قرب حلب.", "مقاتلو المعارضة"),
    ("وشن مسلحو المعارضة هجوما على مواقع قوات النظام في درعا.", "مسلحو المعارضة"),
])
def test_opposition_fighters_are_the_doer(text: str, doer: str) -> None:
    assert doer in agents(text)


# look-alike: the political opposition alone is no armed doer
def test_opposition_alone_is_no_armed_doer() -> None:
    assert "المعارضة" not in agents("وهاجمت المعارضة حاجزا للجيش قرب حلب.")


def roles(text: str) -> list[tuple[str, str]]:
    return [(a["role"], (a.get("mention") or {}).get("text"))
            for e in eventx.extract(text, reference_date=REF) for a in e.to_dict().get("actors", [])]


# a group named after another as its arm describes it: no victim, no side
@pytest.mark.parametrize(("text", "gone"), [
    ("خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين في ريف حلب.", "تنظيم القاعدة"),
    ("اشتبكت قوات الجيش مع جبهة النصرة (ذراع تنظيم القاعدة) في ريف حلب.", "تنظيم القاعدة"),
])
def test_arm_of_a_group_is_no_party(text: str, gone: str) -> None:
    got = roles(text)
    assert ("agent", "جبهة النصرة") in got
    assert all(m != gone for _, m in got)


# look-alike: the branch itself named, no group before it, keeps its group
def test_branch_alone_keeps_its_group() -> None:
    assert ("source", "تنظيم داعش") in roles("أعلن فرع تنظيم داعش في ليبيا مسؤوليته عن تفجير في طرابلس.")
