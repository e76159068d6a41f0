"""Where someone was heading is no scene when the deed's clause names another
place (eventx.provenance.heading_tokens, class heading_to); a launch site that
is the only place named yields to the country the deed targets
(events._target_country)."""
from __future__ import annotations

import pytest

import eventx

CASES = [
    # the city the convoy was heading to ranks above a province, but the
    # ambush happened in the province
    ("قتل ثلاثة جنود في كمين لقافلة عسكرية متجهة إلى مدينة تعز في محافظة إب.", "محافظة إب"),
    # an origin phrase between the heading word and the destination: neither is the scene
    ("قتل ثلاثة جنود في كمين لحافلة متجهة من مدينة ذمار إلى مدينة عدن في محافظة لحج.", "لحج"),
    # no other place named: the convoy ambushed on its way to Taiz is coded there
    ("نفذت المقاومة الشعبية فجر أمس كمينا لقافلة للميليشيات كانت متجهة إلى محافظة تعز.", "تعز"),
    # a place of another clause tells of something else
    ("قتل ثلاثة جنود في كمين لقافلة عسكرية متجهة إلى مدينة تعز، خاصة أن الجنود درسوا في أميركا.",
     "تعز"),
    # a visit's destination is its place
    ("توجه الرئيس المصري من القاهرة إلى الرياض في زيارة رسمية.", "الرياض"),
    # a rocket across a border: the launch site is the only place named, the
    # country it targets is where it fell
    ("أعلنت قيادة التحالف أن الدفاعات الجوية اعترضت صاروخا باليستيا أطلقته الميليشيات "
     "الحوثية من محافظة صعدة باتجاه الأراضي السعودية.", "المملكة العربية السعودية"),
    ("أطلقت الميليشيات الحوثية صاروخا من محافظة صعدة على السعودية.", "المملكة العربية السعودية"),
    # a target town named: that town
    ("أطلقت الميليشيات الحوثية صاروخا من محافظة صعدة على مدينة نجران.", "نجران"),
    # no target country: the launch site stays, nothing better is named
    ("أطلقت الميليشيات الحوثية صاروخا من محافظة صعدة على الجيش السعودي.", "صعدة"),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_heading_place(text: str, place: str) -> None:
    events = eventx.extract(text, reference_date="2015-07-22")
    assert len(events) == 1
    loc = events[0].to_dict()["location"]
    assert loc is not None and loc["name"] == place
