"""Document merging, session 13: merges that fused distinct incidents.

An audit of the document passes found three general shapes of two incidents
made one: a region told by a direction from a town ("جنوب غرب مأرب") held any
place of the country; a mention that introduces a deed anew with another
toll ("كما أفاد مصدر بمقتل 19") joined the incident told before; and fighting
between two named sides, told as going on, joined a third party's air raid
of its sentence, whose doers the two sides then became.  Probe sentences in
the corpus's style, written for these tests."""
from __future__ import annotations

from hypothesis import given, strategies as st

import eventx
from eventx.merge import LOCAL_REGION_KM, _near, _places_agree, _region_holds
from eventx.analysis import PlaceMention
from eventx.records import Place

from probe import asserted_events

REF = "2015-07-24"


def _strikes(text: str) -> list[eventx.Event]:
    return sorted(asserted_events(text, "air_strike", REF), key=lambda e: e.trigger.start)


def test_raids_on_the_capital_and_raids_southwest_of_another_town_stay_two() -> None:
    text = ("شن طيران التحالف غارات جوية على مواقع للحوثيين في صنعاء أمس الخميس. "
            "وقال مصدر محلي إن الغارات استهدفت معسكرا غرب العاصمة. "
            "كما شنت مقاتلات التحالف أربع غارات على مواقع الحوثيين جنوب غرب مأرب.")
    strikes = _strikes(text)
    assert len(strikes) == 2
    places = {e.location.place.admin1 for e in strikes if e.location is not None}
    assert len(places) == 2


def test_a_region_of_a_town_still_holds_the_town() -> None:
    text = ("شن طيران التحالف غارات جوية على مواقع للحوثيين جنوب غرب مأرب أمس الخميس. "
            "وقال مصدر محلي إن الغارات أصابت مخزنا للسلاح في مدينة مأرب.")
    assert len(_strikes(text)) == 1


def test_a_toll_told_anew_by_an_indefinite_noun_is_another_incident() -> None:
    text = ("أفاد سكان محليون أمس الأحد بمقتل 28 مسلحا من تنظيم داعش بانفجار سيارة مفخخة "
            "قرب معسكر في تلعفر. "
            "كما أفاد مصدر في الشرطة أمس الأحد بمقتل 14 مسلحا من التنظيم شمال شرق بعقوبة.")
    found = eventx.extract(text, reference_date="2015-07-20")
    tolls = sorted(c.value for e in found for c in e.counts if c.kind == "killed")
    assert tolls == [14, 28]


def test_a_definite_retelling_with_a_toll_in_parts_stays_one() -> None:
    text = ("أصيب ثمانية أشخاص في انفجار عبوة ناسفة استهدف مدرعة للشرطة بمدينة العريش أمس. "
            "وقال مصدر أمني إن التفجير أسفر عن إصابة ضابط و4 مدنيين.")
    assert len(asserted_events(text, "bombing", REF)) == 1


def test_a_toll_noun_giving_one_part_of_the_toll_stays_with_its_campaign() -> None:
    text = ("قتل 12 مسلحا في حملة مداهمات شنتها القوات المسلحة بمدينة رفح أمس الجمعة. "
            "وأوضح المتحدث العسكري أن الحملة استهدفت عددا من البؤر، ما أسفر عن مقتل سبعة "
            "مسلحين، بالإضافة إلى مقتل خمسة آخرين.")
    assert len(asserted_events(text, "raid", REF)) == 1


def test_a_sources_words_right_after_the_lead_retell_its_deed_with_their_own_figures() -> None:
    text = ("قتل 9 من رجال الشرطة وأصيب 5 آخرون إثر تفجير انتحاري داخل مركز للشرطة في مدينة "
            "الطائف أمس الخميس.\n"
            "وصرح المتحدث الأمني أنه حدث تفجير داخل المركز نتج عنه مقتل 8 من رجال الشرطة.")
    assert len(asserted_events(text, "bombing", REF)) == 1


def test_fighting_between_two_sides_lends_no_doers_to_a_third_partys_raids() -> None:
    text = ("وسقط العشرات من المسلحين الحوثيين بين قتيل وجريح في مواجهات مع المقاومة "
            "الشعبية في محافظة مأرب وغارات جوية لطيران التحالف العربي أمس الاثنين.")
    strikes = asserted_events(text, "air_strike", "2015-08-11")
    assert strikes
    doers = {a.mention.text for e in strikes for a in e.actors if a.role == "agent"}
    assert not any("المقاومة" in x or "الحوثيين" in x for x in doers)


# the invariant: a region within a governorate agrees with a place only where
# the place lies in that governorate or near the region's point
_GOVS = st.sampled_from(["Marib", "Sanaa", "Abyan", "Baghdad", "Anbar"])
_LAT = st.floats(min_value=12.0, max_value=36.0)
_LON = st.floats(min_value=40.0, max_value=48.0)


def _mention(p: Place) -> PlaceMention:
    return PlaceMention(first=0, last=0, start=0, end=1, place=p)


@given(_GOVS, _LAT, _LON, _GOVS, _LAT, _LON, st.sampled_from(["city", "admin2", "site"]))
def test_a_governorates_region_agrees_only_within_reach(
        gov_a: str, lat_a: float, lon_a: float, gov_b: str, lat_b: float, lon_b: float,
        feature: str) -> None:
    region = Place("جنوب غرب", f"southwest of {gov_a}", None, "region", "YE", gov_a,
                   lat=lat_a, lon=lon_a)
    town = Place("بلدة", "a town", 1, feature, "YE", gov_b, lat=lat_b, lon=lon_b)
    agree = _places_agree(_mention(region), _mention(town))
    assert agree == _places_agree(_mention(town), _mention(region))
    assert agree == (gov_a == gov_b or _near(region, town, LOCAL_REGION_KM))


def test_a_region_without_a_governorate_holds_its_whole_country() -> None:
    region = Place("جنوب شرق تركيا", "southeastern Turkey", None, "region", "TR", None,
                   lat=37.9, lon=40.2)
    far = Place("إسطنبول", "Istanbul", 745044, "city", "TR", "Istanbul", lat=41.0, lon=28.9)
    assert _region_holds(region, far)
    assert _places_agree(_mention(region), _mention(far))
