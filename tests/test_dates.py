"""Date resolution: each form an analyst meets in Arabic news, against the publication date.

The expected values below are worked out by hand from the calendar (the
reference date 2021-02-24 is a Wednesday), not copied from the code's output.
The month tables here are written independently of data/date_words.toml so
that a typo there fails a test.
"""
from __future__ import annotations

import datetime as dt

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import eventx
from eventx.dates_calendar import AHEAD_DAYS
from eventx.dates import (MAX_REFERENCE_DATE, MIN_REFERENCE_DATE, DateMatch, ends_period, find_dates,
                          parse_reference_date)
from eventx.text.normalize import normalize_text

D = dt.date
REF = D(2021, 2, 24)  # Wednesday

EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
         "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MAGHREB = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"]
VARIANTS = {6: ["يونيه"], 7: ["يوليه"], 4: ["ابريل", "إبريل"]}
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
         "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
WEEKDAYS = {0: "الاثنين", 1: "الثلاثاء", 2: "الأربعاء", 3: "الخميس", 4: "الجمعة", 5: "السبت",
            6: "الأحد"}
ORDINALS = {1: "الأول", 2: "الثاني", 3: "الثالث", 8: "الثامن", 10: "العاشر", 11: "الحادي عشر",
            15: "الخامس عشر", 20: "العشرين", 21: "الحادي والعشرين", 28: "الثامن والعشرين",
            30: "الثلاثين", 31: "الحادي والثلاثين"}


def found(sentence: str, ref: dt.date | None = REF) -> list[tuple[str, DateMatch]]:
    text = normalize_text(sentence)
    return [(text[m.start:m.end], m) for m in find_dates(text, ref)]


def only(sentence: str, ref: dt.date | None = REF) -> tuple[str, DateMatch]:
    hits = found(sentence, ref)
    assert len(hits) == 1, hits
    return hits[0]


# ----------------------------------------------------------------- tables ---

# (sentence, reference, phrase as written, start, end, precision)
RELATIVE_DAYS = [
    ("واستهدفت صواريخ كاتيوشا، مساء الاثنين، محيط السفارة الأميركية في المنطقة الخضراء.",
     REF, "مساء الاثنين", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("تلقى رئيس الوزراء مساء الثلاثاء، اتصالاً هاتفياً من الرئيس الأميركي.",
     REF, "مساء الثلاثاء", D(2021, 2, 23), D(2021, 2, 23), "day"),
    ("يذكر أن الهجمات تكررت الثلاثاء في قضاء الطارمية شمال بغداد.",
     REF, "الثلاثاء", D(2021, 2, 23), D(2021, 2, 23), "day"),
    ("وحذرت الولايات المتحدة، الإثنين، من أنها ستحمّل إيران المسؤولية.",
     REF, "الإثنين", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("وقال مصدر أمني اليوم الأربعاء إن قوة مشتركة داهمت المنطقة.",
     REF, "اليوم الأربعاء", REF, REF, "day"),
    ("أعلنت الشرطة اليوم (الأربعاء) اعتقال ثلاثة مشتبه بهم.",
     REF, "اليوم (الأربعاء)", REF, REF, "day"),
    ("انفجرت سيارة ملغومة أمس الثلاثاء على مقربة من مدخل المطار.",
     REF, "أمس الثلاثاء", D(2021, 2, 23), D(2021, 2, 23), "day"),
    ("وأفاد مصدر في المقاومة، صباح أمس، بمقتل 18 مسلحاً في اشتباكات.",
     REF, "صباح أمس", D(2021, 2, 23), D(2021, 2, 23), "day"),
    ("نفذت قوات الأمن فجر اليوم عملية دهم في حي الجهاد.",
     REF, "فجر اليوم", REF, REF, "day"),
    ("وكان نائب الرئيس قد زار المدينة أول أمس في زيارة قصيرة.",
     REF, "أول أمس", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("ويأتي الخطاب بعد زيارة قام بها الوزير - أمس الأول - إلى عدن.",
     REF, "أمس الأول", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("وأعلن التحالف أول من أمس تنفيذ 18 غارة جوية على مواقع التنظيم.",
     REF, "أول من أمس", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("ومن المقرر أن يصل الوفد غداً إلى العاصمة.",
     REF, "غداً", D(2021, 2, 25), D(2021, 2, 25), "day"),
    ("هاجم مسلحون الخميس الماضي سيارة كانت تنقل الأموال.",
     REF, "الخميس الماضي", D(2021, 2, 18), D(2021, 2, 18), "day"),
    ("قتل جندي يوم الأربعاء الماضي في كمين قرب الحدود.",
     REF, "يوم الأربعاء الماضي", D(2021, 2, 17), D(2021, 2, 17), "day"),
    ("وقعت الهجمات التي ضربت المدينة ليلة السبت إلى الأحد.",
     REF, "ليلة السبت إلى الأحد", D(2021, 2, 20), D(2021, 2, 21), "day"),
    ("وكان الجيش قد شن يومي الجمعة والسبت الماضيين سلسلة غارات.",
     REF, "يومي الجمعة والسبت الماضيين", D(2021, 2, 19), D(2021, 2, 20), "day"),
    ("وأطلق مسلحون النار على دورية ليل السبت في الريف.",
     REF, "ليل السبت", D(2021, 2, 20), D(2021, 2, 20), "day"),
    ("وارتفعت حصيلة التفجيرين اللذين وقعا في بغداد الليلة الماضية.",
     REF, "الليلة الماضية", D(2021, 2, 23), REF, "day"),
    ("وقعت الاشتباكات الثلاثاء صباحاً في محيط المدينة.",
     REF, "الثلاثاء صباحاً", D(2021, 2, 23), D(2021, 2, 23), "day"),
    # the gold article of 2017-05-28 (a Sunday): "ليل السبت" is the day before
    ("وقعت حوادث إطلاق النار في 3 منازل ليل السبت في مقاطعة لينكولن.",
     D(2017, 5, 28), "ليل السبت", D(2017, 5, 27), D(2017, 5, 27), "day"),
    # gold, article dated Saturday 2015-08-08: the named weekday beats "أمس"
    ("نشر أنصار التنظيم صورة الانتحاري الذي نفذ الهجوم داخل مسجد قوات الطوارئ أمس الخميس.",
     D(2015, 8, 8), "أمس الخميس", D(2015, 8, 6), D(2015, 8, 6), "day"),
    # "الأحد" on a Sunday is that Sunday
    ("أعلنت الشرطة أنها حققت تقدماً في الهجمات التي ضربت لندن ليلة السبت إلى الأحد.",
     D(2017, 6, 4), "ليلة السبت إلى الأحد", D(2017, 6, 3), D(2017, 6, 4), "day"),
]

AGO_AND_PERIODS = [
    ("فقبل أيام شنت القوى الأمنية عملية مداهمة على تجمع لعناصر التنظيم.",
     REF, "قبل أيام", D(2021, 2, 17), D(2021, 2, 23), "approximate"),
    ("وقبل نحو شهر نفذ التنظيم هجوماً انتحارياً مزدوجاً في ساحة الطيران.",
     REF, "قبل نحو شهر", D(2021, 1, 15), D(2021, 2, 4), "approximate"),
    ("وقتل قيادي بارز في التنظيم قبل يومين في غارة جوية.",
     REF, "قبل يومين", D(2021, 2, 22), D(2021, 2, 22), "day"),
    ("وكانت الشرطة أعلنت قبل ثلاثة أيام اعتقال خلية إرهابية.",
     REF, "قبل ثلاثة أيام", D(2021, 2, 21), D(2021, 2, 21), "day"),
    ("ووقع انفجار مماثل قبل أسبوع في السوق الشعبي.",
     REF, "قبل أسبوع", D(2021, 2, 15), D(2021, 2, 19), "approximate"),
    # gold, reference 2015-08-07: "قبل أسبوعين" → 2015-07-21..2015-07-27
    ("تلقى رجل الأعمال اتصالاً هاتفياً من ضابط الشرطة قبل أسبوعين يبلغه بالعثور على سيارته.",
     D(2015, 8, 7), "قبل أسبوعين", D(2015, 7, 21), D(2015, 7, 27), "approximate"),
    ("واستخدم النظام الغاز السام قبل أيام قليلة في ريف إدلب.",
     REF, "قبل أيام قليلة", D(2021, 2, 17), D(2021, 2, 23), "approximate"),
    ("وأعلنت وزارة الدفاع الأسبوع الماضي أن قوات الجيش قتلت 14 مسلحاً.",
     REF, "الأسبوع الماضي", D(2021, 2, 15), D(2021, 2, 21), "week"),
    # gold, reference Monday 2017-02-27 → the Monday–Sunday before
    ("وأعلنت وزارة الدفاع الجزائرية الأسبوع الماضي أن قوات الجيش قتلت 14 إرهابياً.",
     D(2017, 2, 27), "الأسبوع الماضي", D(2017, 2, 20), D(2017, 2, 26), "week"),
    ("وبدأت تركيا حرباً منسقة على الإرهاب الشهر الماضي شملت ضربات جوية.",
     REF, "الشهر الماضي", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("وتبنى التنظيم هجمات مماثلة العام الماضي في المدينة نفسها.",
     REF, "العام الماضي", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("وتضاعفت الهجمات هذا العام مقارنة بما سبقه.",
     REF, "هذا العام", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("ووقع الهجوم الأول في مطلع الشهر الجاري قرب الحدود.",
     REF, "مطلع الشهر الجاري", D(2021, 2, 1), D(2021, 2, 10), "approximate"),
    ("وتصاعدت الهجمات منذ أواخر يناير في محافظة ديالى.",
     REF, "أواخر يناير", D(2021, 1, 21), D(2021, 1, 31), "approximate"),
    ("وقتل في منتصف الشهر الماضي ثلاثة جنود.",
     REF, "منتصف الشهر الماضي", D(2021, 1, 11), D(2021, 1, 20), "approximate"),
    ("وسحبت معظم القوات الأجنبية بنهاية العام الماضي.",
     REF, "نهاية العام الماضي", D(2020, 10, 1), D(2020, 12, 31), "approximate"),
]

ABSOLUTE = [
    ("وأعلن رئيس الوزراء في 28 يناير أن الجيش قتل أبرز قادة التنظيم.",
     REF, "28 يناير", D(2021, 1, 28), D(2021, 1, 28), "day", True),
    ("ووقع الهجوم في 28 ديسمبر على طريق سريع.",
     D(2021, 1, 5), "28 ديسمبر", D(2020, 12, 28), D(2020, 12, 28), "day", True),
    ("واستهدف هجوم صاروخي القاعدة في الثاني من شباط/فبراير 2021 بحسب البيان.",
     REF, "الثاني من شباط/فبراير 2021", D(2021, 2, 2), D(2021, 2, 2), "day", False),
    ("وقتل ثلاثة جنود في الثامن والعشرين من يناير في كمين.",
     REF, "الثامن والعشرين من يناير", D(2021, 1, 28), D(2021, 1, 28), "day", True),
    ("وشهد فبراير (شباط) 2020 تصعيداً في الهجمات.",
     REF, "فبراير (شباط) 2020", D(2020, 2, 1), D(2020, 2, 29), "month", False),
    ("وأعلن الجيش يوم 28 يناير 2021 مقتل قيادي في التنظيم.",
     REF, "يوم 28 يناير 2021", D(2021, 1, 28), D(2021, 1, 28), "day", False),
    ("وأعلنت الشرطة في 28 من يناير اعتقال المشتبه به.",
     REF, "28 من يناير", D(2021, 1, 28), D(2021, 1, 28), "day", True),
    ("وقتل المسلح في 22 أبريل (نيسان) الماضي وسط مجموعة من المقاتلين.",
     D(2015, 7, 21), "22 أبريل (نيسان) الماضي", D(2015, 4, 22), D(2015, 4, 22), "day", True),
    ("وستعقد الجلسة يوم 13 يوليو الجاري في العاصمة.",
     D(2021, 7, 1), "يوم 13 يوليو الجاري", D(2021, 7, 13), D(2021, 7, 13), "day", True),
    ("وأصيب البغدادي في مارس الماضي إثر غارة جوية لقوات التحالف.",
     D(2015, 4, 21), "مارس الماضي", D(2015, 3, 1), D(2015, 3, 31), "month", True),
    ("ووقع الهجوم على المتحف في مارس 2015 وقتل خلاله 21 سائحاً.",
     D(2017, 3, 26), "مارس 2015", D(2015, 3, 1), D(2015, 3, 31), "month", False),
    ("وارتفعت مشتريات الصين من النفط في يناير بوتيرة سريعة.",
     REF, "يناير", D(2021, 1, 1), D(2021, 1, 31), "month", True),
    ("وكانت الجبهة تبنت تفجيراً انتحارياً عند السفارة في أنقرة عام 2013.",
     REF, "عام 2013", D(2013, 1, 1), D(2013, 12, 31), "year", False),
    ("واعتقل القيادي سنة 2013 في عملية لمكافحة الإرهاب.",
     REF, "سنة 2013", D(2013, 1, 1), D(2013, 12, 31), "year", False),
    ("أحبط شرطي هجوماً انتحارياً مساء الأحد 26 فيفري 2017 في مدينة قسنطينة.",
     D(2017, 2, 27), "مساء الأحد 26 فيفري 2017", D(2017, 2, 26), D(2017, 2, 26), "day", False),
    ("حذر الرئيس الأميركي الأربعاء، 7 جوان 2017، طهران من دعم الإرهاب.",
     D(2017, 6, 8), "الأربعاء، 7 جوان 2017", D(2017, 6, 7), D(2017, 6, 7), "day", False),
    ("وأعلن ظريف اليوم الخميس، 8 جوان 2017، رفضه التعازي.",
     D(2017, 6, 8), "اليوم الخميس، 8 جوان 2017", D(2017, 6, 8), D(2017, 6, 8), "day", False),
    ("واعتقل المتهم الرئيسي بتاريخ 28/01/2021 في منزله.",
     REF, "28/01/2021", D(2021, 1, 28), D(2021, 1, 28), "day", False),
    ("وصدر الحكم في 2021-01-28 بحق المتهمين.",
     REF, "2021-01-28", D(2021, 1, 28), D(2021, 1, 28), "day", False),
    ("واستمر القتال يومي 25 و26 مارس في ضواحي المدينة.",
     D(2017, 5, 1), "يومي 25 و26 مارس", D(2017, 3, 25), D(2017, 3, 26), "day", True),
    ("وقتل العشرات حتى الأول من أغسطس الجاري في المواجهات.",
     D(2015, 8, 10), "الأول من أغسطس الجاري", D(2015, 8, 1), D(2015, 8, 1), "day", True),
    ("ووقع الهجوم في 29 فبراير على مركز للشرطة.",
     D(2021, 3, 1), "29 فبراير", D(2020, 2, 29), D(2020, 2, 29), "day", True),
    ("واستمرت الاشتباكات يوم 15 آب في المدينة.",
     D(2021, 9, 1), "يوم 15 آب", D(2021, 8, 15), D(2021, 8, 15), "day", True),
    ("وقتل 3 مدنيين في 3 تموز/يوليو الحالي بقصف مدفعي.",
     D(2015, 7, 22), "3 تموز/يوليو الحالي", D(2015, 7, 3), D(2015, 7, 3), "day", True),
    ("وكانت الزيارة مقررة ليوم غرة جوان الجاري قبل تأجيلها.",
     D(2017, 6, 2), "يوم غرة جوان الجاري", D(2017, 6, 1), D(2017, 6, 1), "day", True),
    ("واندلعت الاحتجاجات في بداية العام 2014 في المدينة.",
     REF, "بداية العام 2014", D(2014, 1, 1), D(2014, 3, 31), "approximate", False),
]


def _ids(rows: list[tuple]) -> list[str]:
    return [f"{i}-{row[2]}" for i, row in enumerate(rows)]


@pytest.mark.parametrize("sentence,ref,phrase,start,end,precision", RELATIVE_DAYS + AGO_AND_PERIODS,
                         ids=_ids(RELATIVE_DAYS + AGO_AND_PERIODS))
def test_relative_expressions(sentence, ref, phrase, start, end, precision) -> None:
    text, m = only(sentence, ref)
    assert text == normalize_text(phrase)
    assert (m.start_date, m.end_date, m.precision, m.relative) == (start, end, precision, True)


@pytest.mark.parametrize("sentence,ref,phrase,start,end,precision,relative", ABSOLUTE,
                         ids=_ids(ABSOLUTE))
def test_absolute_expressions(sentence, ref, phrase, start, end, precision, relative) -> None:
    text, m = only(sentence, ref)
    assert text == normalize_text(phrase)
    assert (m.start_date, m.end_date, m.precision, m.relative) == (start, end, precision, relative)


@pytest.mark.parametrize("sentence,hijri", [
    ("صدر القرار الملكي في 12 رجب 1442 هـ بتشكيل اللجنة.", (1442, 7, 12)),
    ("صدر القرار الملكي في 12 رجب 1442هـ بتشكيل اللجنة.", (1442, 7, 12)),
    ("جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م (واس).", (1436, 10, 25)),
    ("وقعت الحادثة في 3 ذي القعدة 1436 هـ في المنطقة الشرقية.", (1436, 11, 3)),
    ("بدأت الحملة في 1 صفر 1440 هـ في الرياض.", (1440, 2, 1)),
    ("وفي الرابع من ربيع الآخر 1441 هـ أعلنت الوزارة النتائج.", (1441, 4, 4)),
    ("وجرى التصنيف في 1/11/1436 هـ كمرحلة أولى.", (1436, 11, 1)),
])
def test_hijri_dates(sentence: str, hijri: tuple[int, int, int]) -> None:
    g = Hijri(*hijri).to_gregorian()
    first = found(sentence, None)[0][1]
    expected = D(g.year, g.month, g.day)
    assert (first.start_date, first.end_date, first.precision) == (expected, expected, "day")
    assert first.relative is False


def test_hijri_month_and_year_spans() -> None:
    _, m = only("وافتتحت المدينة الصناعية عام 1430هـ بحضور المسؤولين.", None)
    first = Hijri(1430, 1, 1).to_gregorian()
    last = Hijri(1430, 12, Hijri(1430, 12, 1).month_length()).to_gregorian()
    assert (m.start_date, m.end_date, m.precision) == (D(*first.datetuple()),
                                                       D(*last.datetuple()), "year")
    _, m = only("وصدرت اللائحة في ذي الحجة 1435هـ بعد دراسة مطولة.", None)
    assert m.precision == "month"
    assert m.start_date == D(*Hijri(1435, 12, 1).to_gregorian().datetuple())


def test_hijri_day_without_year_is_the_latest_past_one() -> None:
    ref = D(2015, 7, 31)  # 15 Shawwal 1436
    _, m = only("وذلك في الرابع عشر من شهر رمضان الماضي بخصوص القرار.", ref)
    g = Hijri(1436, 9, 14).to_gregorian()
    assert m.start_date == D(g.year, g.month, g.day) and m.relative


@pytest.mark.parametrize("sentence", [
    "وتواصل الحركة تمردها المستمر منذ ثلاث سنوات في الشمال.",
    "وتعهدت الحكومة بإعادة الإعمار خلال أسبوع من توقيع الاتفاق.",
    "وتصاعدت الهجمات مؤخرا في المنطقة الحدودية.",
    "وشهدت المدينة في الفترة الأخيرة توتراً أمنياً.",
    "ووصلت التعزيزات في اليوم التالي إلى المدينة.",
    "وعاد الهدوء في اليوم نفسه إلى الأحياء.",
    "ومنذ ذلك اليوم لم يعرف مصيره.",
    "واعتقل قبل يومين من الانتخابات عدد من الناشطين.",
    "وتعرضت القافلة لقصف من قبل قوات النظام.",
    "وشارك الآلاف في ذكرى ثورة 25 يناير في الميدان.",
    "وسيطر المقاتلون على قصر 7 يوليو الرئاسي في المدينة.",
    "وأكد المتحدث أن الصفر لن يكون نتيجة المباراة بعد صفر من الأهداف.",
    "وقال مراسل عين اليوم إن الوضع هادئ.",
    "وبقي الأسبوع الأول من المعارك الأشد عنفا.",
])
def test_not_dates(sentence: str) -> None:
    assert found(sentence) == []


def test_before_a_year_is_that_year_not_a_year_ago() -> None:
    text, m = only("وكان الوضع مختلفا قبل عام 2003 في البلاد.")
    assert text == normalize_text("عام 2003") and m.start_date == D(2003, 1, 1)


def test_several_dates_left_to_right_without_overlap() -> None:
    sentence = ("وقتل جنديان مساء أمس الأحد، بعد هجوم مماثل الخميس الماضي، وكان التنظيم قد "
                "تبنى تفجيراً في 12 يناير 2021 وآخر عام 2019.")
    hits = found(sentence, D(2021, 2, 22))  # a Monday
    phrases = ("مساء أمس الأحد", "الخميس الماضي", "12 يناير 2021", "عام 2019")
    assert [t for t, _ in hits] == [normalize_text(p) for p in phrases]
    assert [m.start_date for _, m in hits] == [D(2021, 2, 21), D(2021, 2, 18), D(2021, 1, 12),
                                              D(2019, 1, 1)]


def test_clitics_are_outside_the_span() -> None:
    hits = found("وبالأمس قتل جندي، والاثنين جرح آخر، وللعام 2019 نتائج مختلفة.")
    assert [t for t, _ in hits] == [normalize_text("الأمس"), normalize_text("الاثنين"),
                                    "لعام 2019"]


def test_without_reference_relative_dates_are_unresolved() -> None:
    for sentence in ("واستهدفت صواريخ كاتيوشا، مساء الاثنين، محيط السفارة.",
                     "وقبل نحو شهر نفذ التنظيم هجوماً.", "ووقع الهجوم في 28 ديسمبر.",
                     "وأعلنت الوزارة الأسبوع الماضي النتائج.", "وقتل جندي أمس."):
        _, m = only(sentence, None)
        assert m.relative and m.start_date is None and m.end_date is None
    _, m = only("ووقع الهجوم في 28 ديسمبر 2020.", None)
    assert not m.relative and m.start_date == D(2020, 12, 28)


# -------------------------------------------------------------- properties ---

dates_1990_2035 = st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31))


def _month_names(month: int) -> list[str]:
    return [EGYPT[month - 1], LEVANT[month - 1], MAGHREB[month - 1], *VARIANTS.get(month, [])]


@settings(max_examples=150, deadline=None)
@given(dates_1990_2035, st.data())
def test_named_month_dates_round_trip(day: dt.date, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_month_names(day.month)))
    gloss = data.draw(st.sampled_from(_month_names(day.month)))
    template = data.draw(st.sampled_from([
        "{d} {m} {y}", "{d} {m} {y}م", "يوم {d} {m} {y}", "{d} من {m} {y}",
        "{d} من شهر {m} عام {y}", "{d} {m}/{g} {y}", "{d} {m} ({g}) {y}", "{w} {d} {m} {y}",
        "{o} من {m} {y}", "{d} {m}، {y}",
    ]))
    if "{o}" in template:
        assume(day.day in ORDINALS)
    phrase = template.format(d=day.day, m=name, g=gloss, y=day.year, w=WEEKDAYS[day.weekday()],
                             o=ORDINALS.get(day.day, ""))
    text, m = only(f"وقالت الشرطة إن الهجوم وقع {phrase} في وسط المدينة.", None)
    assert text == normalize_text(phrase)
    assert (m.start_date, m.end_date, m.precision, m.relative) == (day, day, "day", False)


@settings(max_examples=150, deadline=None)
@given(dates_1990_2035, st.sampled_from(["{d}/{m}/{y}", "{d}-{m}-{y}", "{y}-{m}-{d}",
                                         "{y}/{m}/{d}", "{d}.{m}.{y}"]), st.booleans())
def test_numeric_dates_round_trip(day: dt.date, template: str, pad: bool) -> None:
    fmt = "{:02d}" if pad else "{}"
    phrase = template.format(d=fmt.format(day.day), m=fmt.format(day.month), y=day.year)
    text, m = only(f"أعلنت المحكمة بتاريخ {phrase} الحكم على المتهمين.", None)
    assert text == phrase
    assert (m.start_date, m.end_date, m.precision) == (day, day, "day")


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.data())
def test_month_year_round_trip(day: dt.date, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_month_names(day.month)))
    template = data.draw(st.sampled_from(["في {m} {y}", "شهر {m} {y}", "في {m} من عام {y}"]))
    _, m = only("وبدأت الحملة " + template.format(m=name, y=day.year) + " في الشمال.", None)
    first = day.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    assert (m.start_date, m.end_date, m.precision) == (first, nxt - dt.timedelta(days=1), "month")


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=D(1938, 1, 1), max_value=D(2076, 12, 31)), st.booleans())
def test_hijri_round_trip(day: dt.date, glued: bool) -> None:
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    suffix = "هـ" if glued else " هـ"
    phrase = f"{h.day} {HIJRI[h.month - 1]} {h.year}{suffix}"
    _, m = only(f"صدر المرسوم في {phrase} بعد موافقة المجلس.", None)
    assert (m.start_date, m.end_date, m.precision) == (day, day, "day")


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.sampled_from(sorted(WEEKDAYS)), st.sampled_from(["", "يوم ", "مساء ",
                                                                          "فجر "]))
def test_bare_weekday_is_within_the_past_week(ref: dt.date, weekday: int, lead: str) -> None:
    _, m = only(f"وقالت مصادر إن الهجوم وقع {lead}{WEEKDAYS[weekday]} في المدينة.", ref)
    assert m.start_date == m.end_date and m.precision == "day" and m.relative
    assert m.start_date.weekday() == weekday
    assert ref - dt.timedelta(days=6) <= m.start_date <= ref


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.sampled_from(sorted(WEEKDAYS)))
def test_past_weekday_is_never_the_reference_day(ref: dt.date, weekday: int) -> None:
    _, m = only(f"وقالت مصادر إن الهجوم وقع {WEEKDAYS[weekday]} الماضي في المدينة.", ref)
    assert m.start_date.weekday() == weekday
    assert ref - dt.timedelta(days=7) <= m.start_date < ref


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.dates(min_value=D(2001, 1, 1), max_value=D(2001, 12, 31)))
def test_missing_year_is_at_most_a_month_ahead(ref: dt.date, dm: dt.date) -> None:
    """The year chosen puts the day in the year that ends a month after the
    reference: never further ahead, never a whole year back."""
    _, m = only(f"وأعلن الجيش في {dm.day} {EGYPT[dm.month - 1]} مقتل قيادي.", ref)
    assert (m.start_date.month, m.start_date.day) == (dm.month, dm.day)
    last = ref + dt.timedelta(days=AHEAD_DAYS)
    assert last - dt.timedelta(days=366) < m.start_date <= last and m.relative


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.integers(min_value=0, max_value=AHEAD_DAYS), st.data())
def test_a_day_month_just_ahead_is_this_years(ref: dt.date, ahead: int,
                                              data: st.DataObject) -> None:
    """"الثالث من أغسطس" in a report dated 2 August is the day after (a
    fixture announced, a report dated early), not the 3 August a year back."""
    day = ref + dt.timedelta(days=ahead)
    name = data.draw(st.sampled_from(_month_names(day.month)))
    _, m = only(f"وقال المتحدث إن الجلسة ستعقد يوم {day.day} {name} في العاصمة.", ref)
    assert (m.start_date, m.end_date, m.relative) == (day, day, True)


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.integers(min_value=AHEAD_DAYS + 1, max_value=330))
def test_a_day_month_beyond_the_window_is_last_years(ref: dt.date, ahead: int) -> None:
    """Further ahead than a month the day is the latest one already past."""
    day = ref + dt.timedelta(days=ahead)
    assume(not (day.month == 2 and day.day == 29))
    _, m = only(f"وأعلن الجيش في {day.day} {EGYPT[day.month - 1]} مقتل قيادي.", ref)
    assert m.start_date == day.replace(year=day.year - 1) < ref


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31)),
       st.integers(min_value=0, max_value=AHEAD_DAYS))
def test_a_hijri_day_month_just_ahead_is_this_years(ref: dt.date, ahead: int) -> None:
    """The same window for a Hijri day with no year ("28 شوال")."""
    day = ref + dt.timedelta(days=ahead)
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    assume(h.month != 2)  # "28 صفر" with no year may be "28 zero": no date
    _, m = only(f"وتنتهي فترة القبول في {h.day} {HIJRI[h.month - 1]} للطلاب.", ref)
    assert (m.start_date, m.relative) == (day, True)


@settings(max_examples=60, deadline=None)
@given(dates_1990_2035, st.sampled_from(["قبل يومين", "قبل أيام", "قبل أسبوع", "قبل نحو شهر",
                                         "قبل شهرين", "قبل عام", "قبل سنوات", "قبل ساعات",
                                         "قبل 5 أيام", "قبل ثلاثة أسابيع"]))
def test_ago_windows_are_in_the_past(ref: dt.date, phrase: str) -> None:
    _, m = only(f"وكانت القوات قد سيطرت على البلدة {phrase} بعد معارك عنيفة.", ref)
    assert m.start_date <= m.end_date <= ref


WORDS = (
    ["مساء", "صباح", "فجر", "ليلة", "يوم", "يومي", "أمس", "الأمس", "اليوم", "غدا", "أول", "من",
     "الماضي", "الماضية", "الجاري", "المقبل", "قبل", "نحو", "أيام", "يومين", "أسبوع", "شهر",
     "شهرين", "عام", "سنة", "العام", "الشهر", "الأسبوع", "مطلع", "أواخر", "منتصف", "نهاية",
     "هـ", "م", "إلى", "و", "/", "(", ")", "،", "-", "0", "00", "29", "31", "30", "1442", "2021",
     "9999", "1300", "0000", "1500", "28/02/2021", "31/04/2020", "99/99/9999", "الأول",
     "الحادي والثلاثين", "صفر", "رجب", "شوال", "ذي القعدة", "ثورة", "قتل", "هجوم",
     "عيد", "العيد", "الفطر", "الأضحى", "رأس", "السنة", "أول أيام", "صلاة", "في", "خلال",
     "مارس2016", "عام2014", "2013قتل", "الوطني", "المبارك"]
    + list(WEEKDAYS.values()) + EGYPT + LEVANT + MAGHREB
)
sentences = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join).map(normalize_text),
    st.text(max_size=120),  # not normalised: find_dates must survive any str
)


@settings(max_examples=300, deadline=None)
@given(sentences, st.one_of(st.none(), st.dates(MIN_REFERENCE_DATE, MAX_REFERENCE_DATE)))
def test_any_text_any_reference_never_raises_and_stays_consistent(text: str, ref) -> None:
    matches = find_dates(text, ref)
    last = 0
    for m in matches:
        assert last <= m.start < m.end <= len(text)
        assert not text[m.start].isspace() and not text[m.end - 1].isspace()
        last = m.end
        assert (m.start_date is None) == (m.end_date is None)
        if m.start_date is not None:
            assert m.start_date <= m.end_date
        else:
            assert m.relative  # only a missing reference leaves a date open
        if ref is None:
            assert (m.start_date is None) == m.relative
        assert m.precision in ("day", "week", "month", "year", "approximate")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join), dates_1990_2035,
       dates_1990_2035)
def test_absolute_dates_do_not_depend_on_the_reference(
    sentence: str, a: dt.date, b: dt.date
) -> None:
    text = normalize_text(sentence)
    fixed_a = [m for m in find_dates(text, a) if not m.relative]
    fixed_b = [m for m in find_dates(text, b) if not m.relative]
    assert fixed_a == fixed_b


# ------------------------------------------------------- reference parsing ---

def test_parse_reference_date_forms() -> None:
    assert parse_reference_date(None) is None
    assert parse_reference_date(REF) == REF
    assert parse_reference_date(dt.datetime(2021, 2, 24, 10, 30)) == REF
    assert type(parse_reference_date(dt.datetime(2021, 2, 24, 10, 30))) is dt.date
    assert parse_reference_date("2021-02-24") == REF
    assert parse_reference_date(" 2021-02-24T10:00:00 ") == REF
    assert parse_reference_date("2021-02-24T10:00:00Z") == REF


@given(st.dates())
def test_a_reference_outside_the_supported_years_is_refused_up_front(day: dt.date) -> None:
    """A date near the calendar's ends leaves no room to count the text's
    spans from: refused with a clear error, not an overflow deep inside."""
    if MIN_REFERENCE_DATE <= day <= MAX_REFERENCE_DATE:
        assert parse_reference_date(day.isoformat()) == day
    else:
        with pytest.raises(ValueError, match="outside the supported years"):
            parse_reference_date(day)
        with pytest.raises(ValueError, match="outside the supported years"):
            eventx.extract("قتل جندي أمس في هجوم على حاجز.", reference_date=day.isoformat())


@pytest.mark.parametrize("day", [MIN_REFERENCE_DATE, MAX_REFERENCE_DATE])
def test_the_supported_years_extract_to_their_ends(day: dt.date) -> None:
    # every span the dates count from the reference stays inside the calendar
    for text in ("هجوم", "خلال الأيام الماضية قتل جندي", "في الذكرى الثالثة لاغتيال الرئيس",
                 "قتل جندي في هجوم بعد ثلاثة أيام من هجوم آخر", "هجوم غدا قرب الحدود"):
        eventx.extract(text, reference_date=day)


@pytest.mark.parametrize("bad", ["", "yesterday", "24/02/2021", "2021-02-30", "2021-13-01"])
def test_parse_reference_date_rejects_bad_strings(bad: str) -> None:
    with pytest.raises(ValueError, match="reference_date"):
        parse_reference_date(bad)


@pytest.mark.parametrize("bad", [20210224, 2021.0, b"2021-02-24", ["2021-02-24"], True])
def test_parse_reference_date_rejects_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match="reference_date"):
        parse_reference_date(bad)


def test_find_dates_accepts_iso_string_and_datetime_references() -> None:
    sentence = normalize_text("واستهدفت صواريخ كاتيوشا، مساء الاثنين، محيط السفارة.")
    expected = find_dates(sentence, REF)
    assert find_dates(sentence, "2021-02-24") == expected  # type: ignore[arg-type]
    assert find_dates(sentence, dt.datetime(2021, 2, 24, 23, 59)) == expected


def test_date_match_enforces_its_invariants() -> None:
    with pytest.raises(ValueError):
        DateMatch(0, 1, D(2021, 2, 2), D(2021, 2, 1), "day", False)
    with pytest.raises(ValueError):
        DateMatch(0, 1, D(2021, 2, 2), None, "day", False)
    with pytest.raises(ValueError):
        DateMatch(0, 1, None, None, "fortnight", True)


@pytest.mark.parametrize("word, ends", [
    ("حتي", True), ("وحتي", True), ("لغايه", True), ("في", False), ("منذ", False),
])
def test_words_that_end_a_period(word: str, ends: bool) -> None:
    """ "حتى <date>" is the day a toll was counted up to (event slots skip it)."""
    assert ends_period(word) is ends


_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.integers(min_value=0, max_value=6), st.sampled_from(["اليوم", "أمس"]))
def test_a_named_weekday_told_as_today_or_before_lies_at_most_a_day_ahead(
        ref: dt.date, wd: int, word: str) -> None:
    """"اليوم (الجمعة)" in a feed dated the Tuesday after: the feed's date
    comes after the writing, so the day is the Friday before, never the one
    three days ahead; the named weekday always wins."""
    (d,) = find_dates(normalize_text(f"قتل 13 شخصا {word} ({_WEEKDAYS[wd]})"), ref)
    assert d.start_date is not None and d.start_date.weekday() == wd
    assert ref - dt.timedelta(days=7) <= d.start_date <= ref + dt.timedelta(days=1)


@settings(max_examples=100, deadline=None)
@given(dates_1990_2035, st.data())
def test_bare_first_before_a_month_is_its_first_day(ref: dt.date, data: st.DataObject) -> None:
    """"أول يوليو" is the first of July, as "الأول من يوليو" and "غرة يوليو" are:
    a day, in the year the reference puts it (never over a month ahead)."""
    month = data.draw(st.integers(min_value=1, max_value=12))
    name = data.draw(st.sampled_from(_month_names(month)))
    lead = data.draw(st.sampled_from(["أول", "أول من", "في أول", "يوم أول"]))
    text, m = only(f"وقالت الشرطة إن مسلحين هاجموا الحاجز {lead} {name} في وسط المدينة.", ref)
    assert text.endswith(normalize_text(f"أول {name}" if "من" not in lead else f"أول من {name}"))
    assert (m.start_date.month, m.start_date.day, m.precision) == (month, 1, "day")
    assert m.start_date == m.end_date <= ref + dt.timedelta(days=AHEAD_DAYS) and m.relative


def test_first_of_a_month_leaves_the_day_before_yesterday_and_first_deeds() -> None:
    """"أول أمس" stays two days back; "أول هجوم" is no date."""
    text, m = only("وقتل مسلحون ثلاثة جنود أول أمس في المدينة.")
    assert (text, m.start_date) == ("اول امس", D(2021, 2, 22))
    assert found("وكان ذلك أول هجوم على المدينة منذ سنوات.") == []
