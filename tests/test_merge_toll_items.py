"""Document merging, round q19a: a casualty report that names no deed of its
own joins the incident told before it only while the article still tells
that incident.  A sentence opening with "إلى ذلك" adds another matter, and a
roundup item ("وفي بورنو"، "وفي مدينة تعز") set at another place is another
incident: the toll it gives stays apart.  Probe articles in the corpus's style."""
from __future__ import annotations

import eventx

REF = "2015-07-22"

AMBUSH = "نفذت المقاومة الشعبية في محافظة إب فجر أمس كمينا لتعزيزات الميليشيات المتمردة. "


def _ambush_victims(events: list[eventx.Event]) -> list[str]:
    ambush = [e for e in events if e.type == "attack" and e.modality == "asserted"]
    assert len(ambush) == 1
    return [a.mention.text for a in ambush[0].actors if a.role == "victim"]


def test_a_toll_added_by_meanwhile_is_no_toll_of_the_deed_before() -> None:
    text = AMBUSH + ("إلى ذلك، أعلنت القيادة العامة للقوات المسلحة الإماراتية أمس "
                     "مقتل ضابط صف خلال مشاركته في عملية إعادة الأمل.")
    events = eventx.extract(text, reference_date=REF)
    assert not any("ضابط" in v for v in _ambush_victims(events))
    assert any(e.type == "killing" and any("ضابط" in a.mention.text for a in e.actors)
               for e in events)


TOLL = "أكدت مصادر طبية مقتل 14 وإصابة 33 من الميليشيات."


def _ambush_counts(events: list[eventx.Event]) -> list[tuple[str, int]]:
    ambush = [e for e in events if e.type == "attack" and e.modality == "asserted"]
    assert len(ambush) == 1
    return [(c.kind, c.value) for c in ambush[0].counts]


def test_a_toll_told_right_after_the_deed_still_joins_it() -> None:
    events = eventx.extract(AMBUSH + "و" + TOLL, reference_date=REF)
    assert _ambush_counts(events) == [("killed", 14), ("wounded", 33)]
    assert not any(e.type == "killing" for e in events)


def test_the_same_toll_added_by_meanwhile_stays_apart() -> None:
    events = eventx.extract(AMBUSH + "إلى ذلك، " + TOLL, reference_date=REF)
    assert _ambush_counts(events) == []
    killing = [e for e in events if e.type == "killing"]
    assert [(c.kind, c.value) for c in killing[0].counts] == [("killed", 14), ("wounded", 33)]


BOMBING = ("وفي 12 يوليو الماضي قامت انتحاريتان بتفجير نفسيهما في فوتوكول على الحدود مع "
           "نيجيريا، مما أدى إلى مقتل 10 مدنيين. ")


def test_a_toll_in_a_roundup_item_elsewhere_is_another_incident() -> None:
    events = eventx.extract(BOMBING + "وفي بورنو قتل مسلحون ثمانية أشخاص.", reference_date=REF)
    bombing = [e for e in events if e.type == "bombing"]
    assert len(bombing) == 1
    assert bombing[0].location is None or bombing[0].location.place.name_en != "Borno"
    killing = [e for e in events if e.type == "killing"]
    assert len(killing) == 1
    assert killing[0].location is not None and killing[0].location.place.name_en == "Borno"
    assert [c.value for c in killing[0].counts if c.kind == "killed"] == [8]


def test_a_toll_without_an_item_opening_stays_with_the_bombing() -> None:
    events = eventx.extract(BOMBING + "وقتل أيضا ثمانية أشخاص.", reference_date=REF)
    assert not any(e.type == "killing" for e in events)


ROUNDUP = ("أفادت مصادر أمنية عراقية الأحد بمقتل 11 من تنظيم الدولة الاسلامية ( داعش) و11 "
           "مدنيا وإصابة 13 أخرين في أعمال عنف متفرقة شهدتها مدينة بعقوبة مركز محافظة ديالى "
           "/57 كم شمال شرقي بغداد./ \n"
           "وقالت المصادر إن طيران التحالف الدولي قصف مواقع تابعة لتنظيم داعش في منطقة "
           "كوبرات الحدودية مع محافظة كركوك بعد رصدها رتلا عسكرياً للتنظيم و تمكنت من قتل 11 "
           "من عناصر التنظيم. ")


def _raid_wounded(text: str) -> list[int]:
    events = eventx.extract(text, reference_date="2015-07-27")
    raid = [e for e in events if e.type == "air_strike"]
    assert len(raid) == 1
    return [c.value for c in raid[0].counts if c.kind == "wounded"]


def test_a_toll_turning_elsewhere_joins_no_later_deed_at_another_place() -> None:
    assert _raid_wounded("من ناحية أخرى " + ROUNDUP) == []


def test_a_toll_without_the_turn_still_joins_the_deed_told_after_it() -> None:
    assert _raid_wounded(ROUNDUP) == [13]
