"""Document merging, session 17: one incident told twice, two told as one.

Two shapes from an audit of the corpus's output.  (1) A deed told as the
cause of the incident just reported ("وأكد المصدر أن الهجوم نجم عن تفجير
عبوة ناسفة"، "وأفادت معلومات أنه ناجم عن سيارة مفخخة") names how that
incident was done: it is the incident, not a second one, and a generic
device mention so named is no event of its own.  (2) An incident called
"similar" ("هجوم مماثل"، "تفجير مشابه") is by definition another one: its
toll and target never join the incident it is likened to.  Probe sentences
written for these tests, in the corpus's style."""
from __future__ import annotations

from probe import asserted_events

REF = "2016-01-31"


def _similar_told(text: str) -> None:
    found = asserted_events(text, "attack", REF)
    assert len(found) == 2, [(e.trigger.text, e.trigger.start) for e in found]
    first = min(found, key=lambda e: e.trigger.start)
    assert not first.counts


def test_a_similar_attack_days_before_is_another_incident() -> None:
    _similar_told("أعلن مصدر أمني اليوم مقتل ضابط شرطة جراء هجوم في محافظة شمال سيناء. "
                  "ويأتي الهجوم بعد أيام من هجوم مماثل في مدينة رفح، حيث استهدف مسلحون "
                  "حاجزا للجيش، ما أدى لمقتل ثلاثة جنود.")


def test_a_similar_attack_recalled_is_another_incident() -> None:
    _similar_told("أعلن مصدر أمني اليوم مقتل ضابط شرطة جراء هجوم في محافظة شمال سيناء. "
                  "وكان مسلحون قد شنوا هجوما مشابها على حاجز للجيش في رفح، "
                  "ما أدى إلى مقتل ثلاثة جنود.")

