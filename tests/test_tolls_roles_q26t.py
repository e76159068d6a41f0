"""Tolls and roles of counted doers (q26t).

- A killing verb that names its doer with a counted object after it ("قتلت
  قوات الأمن خمسة مسلحين") tells a deed, no bare toll: its count is its
  own, not that of a deed told past فيما/بينما.
- A later clause that counts others in a deed of its own ("بينما قتل أحد
  عشر مسلحا آخر في قصف جوي") is another incident, which its toll joins.
- "N X مع M آخرين" adds up; مع without "others" names a party.
- A verb with an object pronoun and a doer noun after it ("وكان الجندي قد
  قتله إرهابيون") is passive-like: the doer did it, the topic before the
  verb is whom it befell, and the militants are no raid's dead.
- A doer's noun counted as the attackers before an object ("اغتال ثلاثة
  مسلحين مجهولين الضابط") is the agent in the slots too, as in the counts.

The sentences are made up; look-alikes that must keep their reading stand
beside them.
"""
from __future__ import annotations

import eventx

REF = "2026-11-01"


def events(text: str) -> list[eventx.Event]:
    return eventx.extract(text, reference_date=REF)


def counts(e: eventx.Event) -> dict[str, int]:
    return {c.kind: c.value for c in e.counts}


def agents(e: eventx.Event) -> list[str]:
    return [a.mention.text for a in e.actors if a.role == "agent"]


def victims(e: eventx.Event) -> list[str]:
    return [a.mention.text for a in e.actors if a.role == "victim"]


def test_doer_toll_keeps_its_count_past_fima() -> None:
    out = events("قتلت قوات الجيش سبعة مسلحين في سوسة، فيما شنت الطائرات غارات على مواقع أخرى.")
    assert [e.type for e in out] == ["killing", "air_strike"]
    kill, strike = out
    assert counts(kill) == {"killed": 7} and agents(kill) == ["قوات الجيش"]
    assert kill.location is not None and kill.location.place.name == "سوسة"
    assert counts(strike) == {} and agents(strike) == []


def test_bare_toll_still_goes_to_the_deed_beside_it() -> None:
    # no doer named: the five are the air strike's, as before
    out = events("قتل خمسة مدنيين في سوسة، فيما شنت الطائرات غارات على المدينة.")
    assert [(e.type, counts(e)) for e in out] == [("air_strike", {"killed": 5})]


def test_others_in_a_deed_of_their_own_clause() -> None:
    out = events("قتلت قوات الأمن ستة مسلحين في سوسة، بينما قتل تسعة مسلحين آخرين في قصف جوي.")
    assert [(e.type, counts(e)) for e in out] == [("killing", {"killed": 6}),
                                                   ("air_strike", {"killed": 9})]
    assert agents(out[0]) == ["قوات الأمن"] and agents(out[1]) == []


def test_toll_in_parts_stays_one() -> None:
    # no "others" and no doer: one incident's toll told in parts
    out = events("قتل ثلاثة جنود بينما قتل خمسة مسلحين في هجوم على حاجز.")
    assert len(out) == 1 and out[0].type == "attack"


def test_with_others_adds_up() -> None:
    out = events("وقتل 4 جنود مع 6 آخرين في هجوم على حاجز أمني.")
    assert [(e.type, counts(e)) for e in out] == [("attack", {"killed": 10})]
    out = events("وأصيب شرطيان مع ثلاثة آخرين في انفجار عبوة.")
    assert [(e.type, counts(e)) for e in out] == [("bombing", {"wounded": 5})]


def test_with_a_party_adds_nothing() -> None:
    out = events("قتل 4 جنود في اشتباكات مع 6 آخرين من المسلحين.")
    assert counts(out[0]) == {"killed": 4}
    out = events("وقتل 4 جنود مع 6 مدنيين في هجوم على حاجز أمني.")
    assert counts(out[0]).get("killed") == 4


def test_topic_before_verb_with_object_pronoun_is_the_victim() -> None:
    # the pronoun takes up the noun before the verb; the doer noun after it did it
    out = events("وكان الجندي قد قتله إرهابيون في القصرين أمس.")
    assert [e.type for e in out] == ["killing"]
    assert victims(out[0]) == ["الجندي"] and agents(out[0]) == ["إرهابيون"]
    out = events("وكان الشرطي قد اختطفه مسلحون في القصرين أمس.")
    assert [e.type for e in out] == ["abduction"]
    assert victims(out[0]) == ["الشرطي"] and agents(out[0]) == ["مسلحون"]


def test_militants_after_a_plain_verb_are_still_the_dead() -> None:
    out = events("وأعلن الجيش عن قتل 7 إرهابيين في عملية بولاية باتنة أمس.")
    assert [(e.type, counts(e)) for e in out] == [("raid", {"killed": 7})]
    out = events("وكان الجندي قد قتل ثلاثة مسلحين في القصرين أمس.")
    assert all(e.type != "killing" or "الجندي" not in victims(e) for e in out)


def test_counted_doer_before_an_object_is_the_agent() -> None:
    out = events("اغتال أربعة مسلحين ملثمين الضابط سالم في سيناء أمس.")
    assert [e.type for e in out] == ["killing"]
    assert counts(out[0]) == {"attackers": 4}
    assert agents(out[0]) == ["مسلحين ملثمين"] and "مسلحين ملثمين" not in victims(out[0])
    out = events("قتل ثلاثة انتحاريين 40 شخصا في هجوم على سوق.")
    assert counts(out[0]) == {"attackers": 3, "killed": 40}
    assert agents(out[0]) == ["انتحاريين"]


def test_counted_dead_after_the_verb_stay_victims() -> None:
    out = events("قتل أربعة مسلحين في غارة جوية في سيناء أمس.")
    assert [(e.type, counts(e)) for e in out] == [("air_strike", {"killed": 4})]
    assert victims(out[0]) == ["مسلحين"] and agents(out[0]) == []
    out = events("اغتيل ثلاثة جنود في سيناء أمس.")
    assert victims(out[0]) == ["جنود"]
