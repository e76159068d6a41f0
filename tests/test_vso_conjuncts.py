"""A verb-first sentence whose subject is two forces joined by و, or carries
a phrase of support before its object, or whose object is a place named
after its noun (مدينة عدن): every conjunct did the deed, the object after
the aside is what was hit.  Written in wire-copy style; the
single-subject cases guard what the rule already read."""
from __future__ import annotations

import pytest

import eventx
from eventx.dates import parse_reference_date
from eventx.events import vso_conjuncts
from eventx.text.normalize import normalize
from tests.probe import roles_of

REF = "2015-08-04"


@pytest.mark.parametrize(("text", "etype", "doers", "hit"), [
    # two forces joined by و, the first with an adjective its mention stops short of
    ("اقتحمت قوات الجيش الوطني وعناصر من المقاومة الشعبية مواقع الحوثيين في لحج أمس.",
     "attack", ["قوات الجيش", "المقاومة الشعبية"], "الحوثيين"),
    # ... and an aside of support, closed by a comma, before the object
    ("اقتحمت قوات الجيش الوطني اليمني وعناصر من المقاومة الشعبية بدعم من طيران التحالف، "
     "قاعدة العند العسكرية في لحج.", "attack", ["قوات الجيش", "المقاومة الشعبية"], ""),
    ("قصفت قوات النظام وعناصر حزب الله مواقع المعارضة في ريف حلب.",
     "rocket_strike", ["قوات النظام", "حزب الله"], ""),
    # a place noun before the place's name opens the object
    ("قصف المتمردون مدينة عدن صباح اليوم.", "rocket_strike", ["المتمردون"], ""),
    ("قصفت جماعة الحوثي وقوات صالح مدينة تعز يوم الأحد.", "rocket_strike",
     ["الحوثي", "قوات صالح"], ""),
    # one subject, as before
    ("هاجمت قوات الجيش الوطني مواقع المتمردين في المدينة.", "attack", ["قوات الجيش"], "المتمردين"),
])
def test_every_conjunct_of_a_verb_first_subject_is_a_doer(
        text: str, etype: str, doers: list[str], hit: str) -> None:
    for name in doers:
        assert roles_of(text, etype, name, REF) == {"agent"}, name
    if hit:
        assert "agent" not in roles_of(text, etype, hit, REF)


def test_a_subject_with_nothing_after_it_may_still_be_the_object() -> None:
    # "هاجمت قوات الأمن بالأسلحة": no object follows, the forces were attacked
    # by a subject named before the sentence
    assert roles_of("هاجمت قوات الأمن بالأسلحة.", "attack", "قوات الأمن", REF) == {"target"}


def test_a_name_opening_with_waw_is_no_conjunct() -> None:
    # وزارة is one word of the name, not و + a second subject
    ex = eventx.Extractor()
    text = "اقتحمت قوات الأمن وزارة الداخلية أمس."
    sent = ex.analyse(normalize(text), parse_reference_date(REF))[0]
    first = next(a for a in sent.actors if a.key.startswith("وزار"))
    assert vso_conjuncts(sent, first.first, {}) == []
    assert roles_of(text, "attack", "قوات الأمن", REF) == {"agent"}
