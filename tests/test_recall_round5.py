"""Incidents missed on fresh corpus articles (recall round 5), and their look-alikes.

Read from non-dev articles that report violence: clashes told with صدام or
with an adjective inside "تبادل … لإطلاق النار", ramming attacks, aircraft
told as destroying what they struck, and ground fighting told in the same
sentence as a third party's air raid (two incidents, not one).  Each
look-alike (Saddam Hussein, a road accident, an airfield's hangars destroyed)
must stay silent.
"""
from __future__ import annotations

import pytest

from tests.probe import asserted_types

REF = "2015-08-04"


@pytest.mark.parametrize(("text", "etype"), [
    # clashes told with صدام, and an adjective inside the exchange of fire
    ("وقتل عسكري تركي وجرح اثنان آخران قرب كيليس في صدام مسلح مع تنظيم داعش على الحدود.",
     "armed_clash"),
    ("واندلعت صدامات مسلحة أمس بين عشيرتين في محافظة الأنبار أسفرت عن مقتل ثلاثة أشخاص.",
     "armed_clash"),
    ("وقتل جندي تركي في تبادل خطير لإطلاق النار أمس بين الجيش التركي وتنظيم داعش عبر الحدود.",
     "armed_clash"),
    # ramming: the named deed, and the verb with what rammers aim at
    ("قتل أربعة أشخاص أمس في عملية دهس بشاحنة في وسط ستوكهولم.", "attack"),
    ("وقالت الشرطة إن مهاجمين قادوا عربة ودهسوا المارة على جسر لندن أمس.", "attack"),
    ("ودهست سيارة يقودها مجهول أمس دورية للشرطة في مدينة القصرين.", "attack"),
    # what aircraft destroyed they struck
    ("ودمر طيران التحالف العربي أمس دبابتين و4 مركبات عسكرية للحوثيين جنوب قاعدة العند.",
     "air_strike"),
    ("ولتحقيق هذا الهدف دمرت طائرات التحالف أمس رتلا عسكريا في عقبة ثرة بين أبين والبيضاء.",
     "air_strike"),
])
def test_missed_phrasings_now_found(text: str, etype: str) -> None:
    assert etype in asserted_types(text, REF)


@pytest.mark.parametrize("text", [
    "وكان نظام صدام حسين قد اجتاح الكويت في أغسطس 1990.",
    # a road accident told with the words of ramming
    "وأكدت مواطنة أن طفلها تعرض يوم السبت الماضي لعملية دهس من قبل سائق سيارة كان يقود بسرعة.",
    "توفي طفل بعد أن دهسته سيارة مسرعة أمام منزله في جدة أمس.",
    # an airfield's parts and its air defence destroyed: the strike's target, told again
    "وأشار إلى أن مدرج المطار وحظائر الطائرات ومبنى الدفاع الجوي جميعها دمرت بشكل كامل.",
])
def test_look_alikes_stay_silent(text: str) -> None:
    assert not {"armed_clash", "attack", "air_strike"} & set(asserted_types(text, REF))


def test_ground_fighting_and_an_air_raid_in_one_sentence_are_two_incidents() -> None:
    text = ("ذكرت مصادر أمنية أمس أن اشتباكات عنيفة تدور بين الجيش والمقاومة الشعبية من جهة "
            "والحوثيين من جهة أخرى في معسكر العند بمحافظة لحج، ودمر طيران التحالف العربي "
            "دبابتين للحوثيين جنوب القاعدة.")
    kinds = asserted_types(text, REF)
    assert "armed_clash" in kinds
    assert "air_strike" in kinds


@pytest.mark.parametrize("text", [
    # "تم" reaches its verbal noun over an adverbial of its own
    "هذا وتم أيضا خلال العملية ايقاف عنصر اسناد على علاقة بالمجموعة الارهابية وحجز أسلحة.",
    "وتقدمت العائلة بشكوى لدى الحرس الوطني و تم على إثر ذلك ايقاف 3 مشتبهين بهم.",
    # a verbal noun under ب opening the sentence: the means of what "تم" reports
    "وبمداهمة منازلهم تم العثور على كتب وحاسوب وراية لتنظيم داعش الإرهابي.",
    # an imperfect a source reports at a named town: under way, no habit
    "وأكد المتحدث باسم وزارة الدفاع أن قوات الجيش تحاصر عنصرا إرهابيا في مطماطة.",
])
def test_reported_deeds_are_asserted(text: str) -> None:
    assert asserted_types(text, REF)


@pytest.mark.parametrize("text", [
    # a habit told after its verb, and a deed at a whole country
    "وقال إن الجيش يقصف مواقع الإرهابيين في جبل الشعانبي بشكل دوري.",
    "وأوضح أن الإرهابيين يستهدفون الأمنيين في تونس.",
    # a tally over months stays one
    "وتم خلال الأشهر الماضية إيقاف 1069 عنصرا.",
])
def test_habits_and_tallies_stay_generic(text: str) -> None:
    assert not asserted_types(text, REF)


def test_the_area_of_a_town_locates_but_on_one_hand_does_not() -> None:
    import eventx

    here = eventx.extract("وبين المصدر أن هذا العنصر حاول الاختفاء بجهة زغوان لكن تم إيقافه أمس.",
                          reference_date=REF)
    assert [e.to_dict()["location"]["name"] for e in here if e.type == "arrest"] == ["زغوان"]
    there = eventx.extract("وقال إن التقدم سيساعد القوات نحو تعز من جهة، وزنجبار من جهة أخرى، "
                           "وإن أكثر المعارك ضراوة شهدتها المنطقة الخضراء أمس.", reference_date=REF)
    assert all((e.to_dict()["location"] or {}).get("name") != "زنجبار" for e in there)
