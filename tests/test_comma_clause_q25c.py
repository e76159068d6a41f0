"""A comma before a verb of the past with nothing glued on, after a verbal
clause of the past, parts two clauses as و would (events.comma_clause): the
words and counts before the comma are the earlier verb's."""
from __future__ import annotations

import eventx


def _events(text: str) -> list[dict]:
    return [e.to_dict() for e in eventx.extract(text, reference_date="2020-01-01")]


def _place(e: dict) -> str | None:
    return (e.get("location") or {}).get("name")


def _counts(e: dict) -> dict[str, int]:
    return {c["kind"]: c["value"] for c in e.get("counts", [])}


def test_place_before_the_comma_is_the_earlier_deeds() -> None:
    # Aleppo was the later verb's (nearer it) and the two read as one strike
    evs = _events("قصفت الطائرات الحربية الروسية مواقع للمعارضة في مدينة حلب، "
                  "استهدفت مستودعات ذخيرة في إدلب.")
    assert len(evs) == 2
    places = {e["trigger"]["text"]: _place(e) for e in evs}
    assert places == {"قصفت": "حلب", "استهدفت": "إدلب"}


def test_each_verb_keeps_its_own_place() -> None:
    evs = _events("قصف الجيش مواقع للمسلحين في درنة، اعتقل خمسة مشتبه بهم في بنغازي.")
    arrest = next(e for e in evs if e["type"] == "arrest")
    assert _place(arrest) == "بنغازي"
    assert _counts(arrest) == {"arrested": 5}


def test_toll_before_the_comma_stays_with_its_deed() -> None:
    evs = _events("وبعد يومين على هجوم انتحاري استهدف سوقا في بغداد وأودى بحياة 20 شخصا "
                  "ومائة جريح، شنت الطائرات العراقية غارات على مواقع لتنظيم داعش في الأنبار.")
    bombing = next(e for e in evs if e["type"] == "bombing")
    strike = next(e for e in evs if e["type"] == "air_strike")
    assert _counts(bombing) == {"killed": 20, "wounded": 100}
    assert _counts(strike) == {}


def test_a_verb_describing_the_deed_before_stays_one_incident() -> None:
    # "four raids, which struck …": the raids' own clause, one incident
    evs = _events("شنت مقاتلات التحالف أربع غارات على مأرب، استهدفت مواقع للحوثيين.")
    assert [e["type"] for e in evs] == ["air_strike"]
    assert _counts(evs[0]) == {"incidents": 4}


def test_a_reported_clause_keeps_its_subject_before_the_comma() -> None:
    # the complementizer: the gunmen before the comma did the killing
    evs = _events("أعلنت الشرطة الكينية أن مقاتلين يشتبه بانتمائهم إلى حركة الشباب، "
                  "قتلوا خمسة أشخاص في هجوم على حافلة.")
    attack = next(e for e in evs if e["type"] == "attack")
    assert any("الشباب" in (a.get("mention") or {}).get("text", "") and a["role"] == "agent"
               for a in attack["actors"])
    assert _counts(attack) == {"killed": 5}


def test_a_result_clause_after_the_comma_is_untouched() -> None:
    evs = _events("فجر انتحاري نفسه في سوق شعبي ببغداد، ما أسفر عن مقتل 12 شخصا.")
    assert len(evs) == 1
    assert _place(evs[0]) == "بغداد"
    assert _counts(evs[0]) == {"killed": 12}
