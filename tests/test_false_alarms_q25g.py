"""Deeds talked about, not reported: no incident.

Generic (rules/core/cues.toml): a deed told as possible after its noun
("لتدارك وقوع اعتداءات محتملة"), one in a catalogue of harms ("تعرض
الصحفيون للتهديد والخطف والضرب"), one licensed, justified or sided with
("بتجويزهم قتل رجال الأمن"، "شرعنت قتل جميع المخالفين"، "لتبرير قتل
المدنيين"، "حزبه يعارض الاحتجاجات").  No event at all: a people's end a verb
"targets" ("استهدفت محو الشعب الكردي"، "استهدف تجويع الشعب") is an aim, an
envoy recalled "in protest" diplomacy, "تظاهر بالإصلاح" a virtue put on.  A
bare plural deed noun whose only date stands far off in another clause,
past a comma ("هذا العمل المسرحي الذي تم تقديم عرضه الأول مساء الأربعاء …،
أراده المخرج تكريما … لسكان المناطق الذين لم تثنهم التهديدات الإرهابية
والهجمات") keeps its reading as deeds in general (events._date_apart).  The
same words beside a deed told with its own anchor leave it asserted.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

import eventx

REF = "2017-02-16"
FAMILY = {"attack", "armed_clash", "rocket_strike", "air_strike", "bombing",
          "killing", "abduction", "protest"}


def _asserted(text: str) -> set[str]:
    return {e.type for e in eventx.extract(text, reference_date=REF)
            if e.type in FAMILY and e.modality in ("asserted", "claimed")}


TALK = [
    # a possible deed, told after its noun
    "ومنعت السلطات ارتداء النقاب في منطقة الساحل لتدارك وقوع اعتداءات محتملة.",
    "ورفعت الشرطة حالة التأهب في مدينة سوسة تحسبا لهجوم إرهابي محتمل.",
    # licensing, justifying, taking a side
    "وانتقل هؤلاء إلى مرحلة أبعد بتجويزهم قتل رجال الأمن في البلاد.",
    "إن تلك الفئة الضالة هي التي شرعنت قتل جميع المخالفين.",
    "ويستخدم الأئمة آيات من القرآن لتبرير قتل المدنيين في العراق.",
    "وقال القيادي إن حزبه يعارض الاحتجاجات الغير قانونية في تطاوين.",
    "مشيرا إلى أن حزب المؤتمر يساند الاحتجاجات السلمية والمؤطرة.",
    # a catalogue of harms, the deed beside beatings and intimidation
    "وتعرض الصحفيون للتهديد والخطف والضرب، كما تم حجب معظم المواقع الإلكترونية.",
    # تظاهر بـ a virtue is to put it on
    "وأصبح عامل إفساد من حيث تظاهر بالإصلاح، وهذا النوع من الناس لا يرجى منه خير.",
    # an envoy recalled "in protest" is diplomacy, no crowd
    "واستدعت ثلاث دول خليجية (السعودية والبحرين والإمارات) سفير قطر احتجاجا على سياستها.",
    # what is "targeted" is a people's end, an aim
    "وقال إن حملات الانفال كانت عمليات إبادة جماعية استهدفت محو الشعب الكردي من الوجود.",
    "وقال إن الحصار استهدف تجويع الشعب الفلسطيني في قطاع غزة.",
    # a plural's only date stands in another clause
    "هذا العمل المسرحي الذي تم تقديم عرضه الأول مساء الأربعاء بقاعة الفن الرابع بالعاصمة، "
    "أراده المخرج تكريما لسكان المناطق الجبلية النائية الذين لم تثنهم التهديدات "
    "الإرهابية والهجمات من التشبث بالأرض.",
]


@pytest.mark.parametrize("text", TALK)
def test_talk_of_deeds_reports_none(text: str) -> None:
    assert not _asserted(text)


TOLD = [
    # a deed with its own anchor beside the same words
    ("وقتل أكثر من 50 شخصا الأربعاء الماضي في اعتداءات لحركة بوكو حرام في الكاميرون.", "attack"),
    ("وأدان الحزب الاحتجاجات العنيفة التي شهدتها مدينة تطاوين أمس.", "protest"),
    ("تظاهر العشرات أمس أمام مقر إقامة السفير احتجاجا على تصريحاته في العاصمة.", "protest"),
    # a date far off past a comma, but the plural names its own place
    ("هذا العمل المسرحي الذي تم تقديم عرضه الأول مساء الأربعاء بقاعة الفن الرابع بالعاصمة، "
     "أراده المخرج تكريما لسكان المناطق الذين عاشوا الهجمات الإرهابية في جبل الشعانبي.", "attack"),
    # a report day a comma sets off, close to the plural: it dates the deeds
    ("وقال الجيش اليوم الأربعاء، إن غارات جوية استهدفت مواقع للمسلحين.", "air_strike"),
]


@pytest.mark.parametrize(("text", "kind"), TOLD)
def test_anchored_deed_stays_asserted(text: str, kind: str) -> None:
    assert kind in _asserted(text)
