"""A condemned deed with no anchor of its own names the article's incident.

"وأدانت الدولة التفجير الإرهابي" after the article has told the bombing (its
day, its place, its toll) is that bombing mentioned again, not a second event
nor a deed in the abstract: one event per incident, the other sentences its
mentions (GUIDELINES.md, "also").  It joins only where the article tells
exactly one asserted incident of its type; with two it would be a guess and
stays apart.  The sentences are made up in the phrasing news uses.
"""
from __future__ import annotations

from probe import modalities

REF = "2016-03-10"

TOLD = "قتل خمسة أشخاص في تفجير استهدف مسجدا في مدينة الدمام ظهر أمس. "


def test_a_condemned_bombing_is_the_one_told() -> None:
    text = TOLD + "وأدانت الحكومة الأردنية التفجير الإرهابي ووصفته بالجريمة البشعة."
    assert modalities(text, "bombing", REF) == ["asserted"]


def test_a_condemnation_noun_before_the_deed_joins_it_too() -> None:
    text = TOLD + "وأعربت دولة قطر عن إدانتها واستنكارها للتفجير الإجرامي."
    assert modalities(text, "bombing", REF) == ["asserted"]


def test_with_two_incidents_the_condemned_one_is_no_guess() -> None:
    text = (TOLD + "وفي حادث آخر قتل ثلاثة في تفجير سيارة مفخخة في مدينة القطيف صباح اليوم. "
            "وأدانت الحكومة الأردنية التفجير الإرهابي ووصفته بالجريمة البشعة.")
    assert sorted(modalities(text, "bombing", REF)) == ["asserted", "asserted", "generic"]


def test_a_deed_alone_stays_generic() -> None:
    text = "وأدانت الحكومة الأردنية التفجير الإرهابي ووصفته بالجريمة البشعة."
    assert modalities(text, "bombing", REF) == ["generic"]


def test_the_condemned_deed_lends_the_incident_no_sides() -> None:
    """The parties named around a condemnation are the condemners' subjects,
    not the deed's doers: joining, the mention adds no actors."""
    import eventx
    text = ("قتل رجل وأصيبت زوجته بجروح ليل الأحد حين هاجم مسلحون منزلهما في قرية قرب نابلس. "
            "وأعلنت الحركة أنها تحمل الحكومة المسؤولية معتبرة أن الهجوم هو النتيجة "
            "المباشرة لتحريض وزير الدفاع الإسرائيلي.")
    attacks = [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
    assert [[(a.role, a.mention.text) for a in e.actors] for e in attacks] == [[("agent", "مسلحون")]]
