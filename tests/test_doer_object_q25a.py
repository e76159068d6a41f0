"""A doer's counted subject before a named or definite object (q25a).

"وخطف ثلاثة مقنعين في مايو الأب جاك مراد": a count of a doer's noun after an
active verb, with the verb's object after it, counts the attackers, and the
object is whom the deed befell; the passive-looking toll with no object
("قتل 5 مسلحين في اشتباكات") stays the dead.  Also: a title's name never
opens with a quantifier glued to ب ("30 ضابطا بمختلف الرتب") or with the ك
of likeness glued to a definite word ("بحكم الأب كالخال").

The sentences are made up; look-alikes that must keep their reading stand
beside them.
"""
from __future__ import annotations

import pytest

import eventx
from probe import all_role_mentions

REF = "2026-11-01"


def counts(text: str, typ: str) -> dict[str, int]:
    return {c.kind: c.value for e in eventx.extract(text, reference_date=REF)
            if e.type == typ for c in e.counts}


@pytest.mark.parametrize(("text", "typ"), [
    ("وخطف ثلاثة مقنعين في مايو الأب يوسف حنا رئيس الدير في المدينة.", "abduction"),
    ("وكان ثلاثة مقنعين اختطفوا في مايو الماضي الأب يوسف حنا في المدينة.", "abduction"),
    ("اختطف أربعة مسلحين مجهولين الصحفي أحمد سالم في المدينة أمس.", "abduction"),
])
def test_counted_doer_before_object_counts_attackers(text: str, typ: str) -> None:
    got = counts(text, typ)
    assert "abducted" not in got and "killed" not in got
    assert got.get("attackers") in (3, 4)


@pytest.mark.parametrize(("text", "typ", "kind", "value"), [
    ("قتل 5 مسلحين في اشتباكات مع الجيش أمس.", "armed_clash", "killed", 5),
    ("قتل 5 مسلحين الليلة الماضية في غارة على مواقعهم.", "air_strike", "killed", 5),
    ("قتل 6 من مسلحي الحوثي في غارة على مواقعهم أمس.", "air_strike", "killed", 6),
    ("وقال المصدر إن 5 مسلحين قتلوا في الاشتباكات أمس.", "armed_clash", "killed", 5),
])
def test_counted_doer_with_no_object_stays_the_toll(text: str, typ: str, kind: str,
                                                    value: int) -> None:
    assert counts(text, typ).get(kind) == value


def test_masked_men_abducted_the_priest() -> None:
    got = all_role_mentions("وخطف ثلاثة مقنعين في مايو الأب يوسف حنا رئيس الدير في المدينة.",
                            "abduction", REF)
    assert ("agent", "مقنعين") in got
    assert ("victim", "يوسف حنا") in got


def test_no_name_after_a_quantifier_or_likeness() -> None:
    got = all_role_mentions("قتل 13 منهم 30 ضابطا بمختلف الرتب خلال مواجهات مسلحة مع عناصر "
                            "تنظيم القاعدة أمس.", "armed_clash", REF)
    assert not any("بمختلف" in m for _, m in got)
    got = all_role_mentions("بحكم الأب كالخال قتل في هجوم أمس.", "attack", REF)
    assert not any("كالخال" in m for _, m in got)
