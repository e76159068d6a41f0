"""Items of a roundup and calls of one host stay apart from what went before.

A roundup opens each item by its place ("وفي إقليم قندهار …"، "وفي العاصمة
صنعاء …"): a deed told there indefinitely is a new incident, though its place
lies inside the region of the incident told before (eventx.roundup_items).  A
sentence that adds ("إلى ذلك"، "كما") a call with a party the earlier call
lacks tells another call, even where the earlier call's counterpart went
unread.  Probe sentences in the corpus's style, written for these tests."""
from __future__ import annotations

import eventx
from probe import asserted_events

REF = "2015-07-26"


def _events(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]


def _places(events: list[eventx.Event]) -> list[str | None]:
    return [e.location.place.name if e.location is not None else None for e in events]


def test_an_item_in_a_province_is_its_own_incident() -> None:
    text = ("قال مسؤول محلي إن مسلحين من حركة طالبان هاجموا مواقع أمنية في شمال أفغانستان "
            "أمس السبت وقتلوا ثلاثة من رجال الشرطة. وفي إقليم قندهار جنوب البلاد أصيب جنديان "
            "بعد انفجار قنبلة زرعت قرب دورية للجيش أمس.")
    events = _events(text)
    assert [e.type for e in events] == ["attack", "bombing"]
    assert _places(events) == ["شمال أفغانستان", "قندهار"]
    victims = [[a.mention.text for a in e.actors if a.role == "victim" and a.mention] for e in events]
    assert victims == [["رجال الشرطة"], ["جنديان"]]


def test_an_item_in_the_capital_is_its_own_incident() -> None:
    text = ("قتل ثلاثة جنود في هجمات شنها مسلحون على مواقع للجيش في شمال اليمن أمس. "
            "وفي العاصمة صنعاء قتل شرطيان في هجوم شنه مسلحون على نقطة تفتيش أمس.")
    assert _places(asserted_events(text, "attack", REF)) == ["شمال اليمن", "صنعاء"]


def test_a_definite_deed_in_an_item_retells_the_incident() -> None:
    text = ("قتل خمسة جنود في هجوم شنه مسلحون على نقطة تفتيش في محافظة ديالى أمس. "
            "وفي محافظة ديالى أيضا، قال مصدر أمني إن الهجوم استهدف دورية للجيش.")
    events = _events(text)
    assert len(events) == 1
    assert {a.mention.text for a in events[0].actors if a.role == "target" and a.mention} == {
        "نقطة تفتيش", "دورية للجيش"}


def _parties(e: eventx.Event) -> list[str]:
    return [a.mention.text for a in e.actors if a.role == "participant" and a.mention]


def test_an_added_call_with_another_party_is_another_call() -> None:
    text = ("أجرى الملك سلمان بن عبدالعزيز اتصالا هاتفيا أمس تناول العلاقات الثنائية. "
            "إلى ذلك، تلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند.")
    calls = asserted_events(text, "phone_call", REF)
    assert [_parties(e) for e in calls] == [
        ["الملك سلمان بن عبدالعزيز"], ["الملك سلمان بن عبدالعزيز", "فرانسوا هولاند"]]


def test_the_call_named_again_is_the_same_call() -> None:
    text = ("أجرى الملك سلمان بن عبدالعزيز اتصالا هاتفيا أمس تناول العلاقات الثنائية. "
            "وتلقى الملك سلمان بن عبدالعزيز خلال الاتصال التهنئة من الرئيس الفرنسي فرانسوا هولاند.")
    calls = asserted_events(text, "phone_call", REF)
    assert [_parties(e) for e in calls] == [["الملك سلمان بن عبدالعزيز", "فرانسوا هولاند"]]
