"""Held-out probe of the count and date slots: sentences written for this file
in the phrasing of the news corpus (never copied from the gold files), each with
the counts and date an analyst would record for its incident.

Why a probe and not only unit tables: the tables test the parsers in isolation;
here every phrase sits in a sentence with a trigger, so what is measured is
whether the value lands in the right event's slot.  Accuracy is reported per
slot family and must stay >= 0.95.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import eventx
from eventx.evaluate import count_ok, date_ok
from eventx.records import INCIDENT_MODALITIES

REF = "2021-02-24"  # a Wednesday
D = dt.date

# (text, event type, {count kind: value or None (no count of that kind)}, date or None)
# A date is (start, end) ISO strings, scored like the published scorer: a precise
# day within a day's slack, a range by overlap.
PROBES: list[tuple[str, str, dict[str, int | None], tuple[str, str] | None]] = [
    # ---- digits in three scripts, separators
    ("قتل 7 جنود وأصيب 12 آخرون في هجوم شنه مسلحون على نقطة تفتيش في مدينة العريش أمس.",
     "attack", {"killed": 7, "wounded": 12}, ("2021-02-23", "2021-02-23")),
    ("أسفر انفجار سيارة مفخخة في سوق شعبي بمدينة الصدر عن مقتل ١٥ شخصاً وإصابة ٣٢ آخرين.",
     "bombing", {"killed": 15, "wounded": 32}, None),
    ("أعلنت وزارة الداخلية أن ۲۳ شخصا قتلوا في تفجير انتحاري استهدف مسجدا في كابول.",
     "bombing", {"killed": 23}, None),
    ("وأسفرت الاشتباكات بين الجيش والمتمردين عن مقتل 1,250 مقاتلا منذ بداية المعارك.",
     "armed_clash", {"killed": 1250}, None),
    # ---- number words, case and gender forms, clitics
    ("قتل ثلاثة وعشرون مدنيا في غارة جوية على قرية في ريف إدلب.",
     "air_strike", {"killed": 23}, None),
    ("أسفر القصف المدفعي على الحي عن مقتل ثلاثة وعشرين مدنيا.",
     "rocket_strike", {"killed": 23}, None),
    ("قتلت القوات الخاصة أحد عشر مسلحا خلال عملية مداهمة في ريف ديالى.",
     "raid", {"killed": 11}, None),
    ("أدى الهجوم الانتحاري على الموكب إلى مقتل مئتي شخص.", "bombing", {"killed": 200}, None),
    ("قتل ثلاثمئة وخمسون شخصا في الهجمات التي شنها التنظيم على القرى الإيزيدية.",
     "attack", {"killed": 350}, None),
    ("أسفرت المعارك العنيفة في محيط المدينة عن مقتل أكثر من ألفي مقاتل.",
     "armed_clash", {"killed": 2000}, None),
    ("أدت الغارات الجوية على الأحياء السكنية إلى مقتل نحو ثلاثة آلاف شخص.",
     "air_strike", {"killed": 3000}, None),
    ("وبخمسة صواريخ استهدف مسلحون قاعدة عين الأسد الجوية في الأنبار.",
     "rocket_strike", {"munitions": 5}, None),
    ("استهدف مسلحون قاعدة بلد الجوية بثلاثة صواريخ كاتيوشا مساء الاثنين.",
     "rocket_strike", {"munitions": 3}, ("2021-02-22", "2021-02-22")),
    ("وقتلت إحدى عشرة امرأة في هجوم مسلح على حافلة في المنيا.",
     "attack", {"killed": 11}, None),
    # ---- duals are numbers
    ("أسفر الهجوم على الكمين عن مقتل جنديين وإصابة ثلاثة آخرين.",
     "attack", {"killed": 2, "wounded": 3}, None),
    ("قتيلان وخمسة جرحى في انفجار عبوة ناسفة بسوق المدينة.",
     "bombing", {"killed": 2, "wounded": 5}, None),
    ("استهدف مسلحون مطار بغداد الدولي بصاروخي كاتيوشا فجر اليوم.",
     "rocket_strike", {"munitions": 2}, ("2021-02-24", "2021-02-24")),
    ("شن الطيران الحربي غارتين على مواقع المسلحين في جبل الزاوية.",
     "air_strike", {"incidents": 2}, None),
    # ---- vague amounts as ranges
    ("أدى القصف العشوائي على المدينة إلى مقتل عشرات المدنيين.",
     "rocket_strike", {"killed": 10}, None),
    ("اعتقلت قوات الأمن مئات المتظاهرين خلال احتجاجات العاصمة.",
     "arrest", {"arrested": 100}, None),
    # ---- qualifiers
    ("قتل نحو 40 شخصا في اشتباكات بين الجيش ومسلحين قبليين.",
     "armed_clash", {"killed": 40}, None),
    ("أطلق مسلحون حوالي 14 صاروخا على مطار أربيل.", "rocket_strike", {"munitions": 14}, None),
    ("أصيب قرابة 50 شخصا في انفجار ضخم هز مرفأ المدينة.", "bombing", {"wounded": 50}, None),
    ("اعتقلت الشرطة زهاء 200 مشتبه به في حملة مداهمات.", "arrest", {"arrested": 200}, None),
    ("قتل أكثر من 30 مدنيا في غارات للتحالف على صنعاء.", "air_strike", {"killed": 30}, None),
    ("أسفر الهجوم على السجن عن إصابة ما يزيد عن 60 شخصا.", "attack", {"wounded": 60}, None),
    ("قتل ما لا يقل عن 12 شخصا في تفجير انتحاري استهدف حافلة.",
     "bombing", {"killed": 12}, None),
    ("أصيب أقل من عشرة أشخاص في الهجوم على المركز الأمني.", "attack", {"wounded": 10}, None),
    # ---- kinds
    ("اختطف مسلحون مجهولون خمسة عمال أتراك في جنوب ليبيا.", "abduction", {"abducted": 5}, None),
    ("خطفت جماعة مسلحة 17 صيادا في بادية السماوة.", "abduction", {"abducted": 17}, None),
    ("ألقت قوات الأمن القبض على 9 أشخاص يشتبه في تورطهم بالهجوم.",
     "arrest", {"arrested": 9}, None),
    ("سقطت ثلاث قذائف هاون على محيط السفارة الأميركية في المنطقة الخضراء.",
     "rocket_strike", {"munitions": 3}, None),
    ("استهدفت ست طائرات مسيرة مفخخة مطار أبها الدولي.",
     "air_strike", {"munitions": 6}, None),
    ("سقطت قذيفتا هاون على محيط مقر الحكومة في حي الوزيرية.",
     "rocket_strike", {"munitions": 2}, None),
    ("هاجم 4 مسلحين نقطة تفتيش للجيش على طريق المطار.", "attack", {"attackers": 4}, None),
    # ---- parts, subsets, totals, other sentences, two incidents
    ("قتل 21 حوثيا و3 جنود في اشتباكات على الحدود الجنوبية.",
     "armed_clash", {"killed": 24}, None),
    ("قتل 13 شخصا بينهم 4 أطفال في قصف على أحياء حلب الشرقية.",
     "rocket_strike", {"killed": 13}, None),
    ("أسفر الانفجار عن مقتل ضابط و4 مجندين كانوا في دورية.",
     "bombing", {"killed": 5}, None),
    ("انفجرت عبوة ناسفة بدورية للجيش قرب الرمادي. وأصيب ثلاثة جنود بجروح.",
     "bombing", {"wounded": 3}, None),
    ("هاجم مسلحون مركزا للشرطة في سيناء فجر السبت. وذكرت مصادر طبية أن 6 من رجال الشرطة "
     "قتلوا في الهجوم.", "attack", {"killed": 6}, ("2021-02-20", "2021-02-20")),
    ("أسفر انفجار السيارة المفخخة عن سقوط 20 قتيلا وجريحا.",
     "bombing", {"killed": None, "wounded": None}, None),
    ("قتل شرطيان في هجوم مسلح في العريش، فيما اعتقلت قوات الأمن 5 مشتبهين في القاهرة.",
     "attack", {"killed": 2, "arrested": None}, None),
    ("قتل شرطيان في هجوم مسلح في العريش، فيما اعتقلت قوات الأمن 5 مشتبهين في القاهرة.",
     "arrest", {"arrested": 5, "killed": None}, None),
    ("أعلنت السلطات اعتقال مشتبه به بعد هجوم بالسكاكين أسفر عن مقتل 3 أشخاص.",
     "arrest", {"killed": None}, None),
    ("أعلنت السلطات اعتقال مشتبه به بعد هجوم بالسكاكين أسفر عن مقتل 3 أشخاص.",
     "attack", {"killed": 3}, None),
    # ---- relative dates
    ("قصفت طائرات التحالف مواقع للتنظيم في الموصل اليوم.",
     "air_strike", {}, ("2021-02-24", "2021-02-24")),
    ("اغتال مسلحون ناشطا مدنيا في البصرة أمس.", "killing", {}, ("2021-02-23", "2021-02-23")),
    ("انفجرت عبوة ناسفة أول أمس في حي المنصور ببغداد.",
     "bombing", {}, ("2021-02-22", "2021-02-22")),
    ("هاجم مسلحون حاجزا للجيش مساء الاثنين الماضي في ريف درعا.",
     "attack", {}, ("2021-02-22", "2021-02-22")),
    ("استهدفت صواريخ كاتيوشا فجر الأحد محيط مطار بغداد.",
     "rocket_strike", {}, ("2021-02-21", "2021-02-21")),
    ("اعتقلت الشرطة خمسة أشخاص صباح الثلاثاء في حي الزهور.",
     "arrest", {"arrested": 5}, ("2021-02-23", "2021-02-23")),
    ("قتل جندي في هجوم على موقع عسكري قبل يومين.", "attack", {}, ("2021-02-22", "2021-02-22")),
    ("نفذ الطيران الحربي غارات على مواقع المسلحين قبل أسبوع.",
     "air_strike", {}, ("2021-02-15", "2021-02-19")),
    ("شهدت المدينة الأسبوع الماضي هجوما انتحاريا على مقر الشرطة.",
     "bombing", {}, ("2021-02-15", "2021-02-21")),
    ("اختطف مسلحون صحفيا في مدينة سرت مطلع الشهر الجاري.",
     "abduction", {}, ("2021-02-01", "2021-02-10")),
    ("قتل 5 أشخاص في تفجير استهدف سوقا منتصف الشهر الماضي.",
     "bombing", {"killed": 5}, ("2021-01-11", "2021-01-20")),
    ("اندلعت اشتباكات عنيفة في طرابلس أواخر يناير.",
     "armed_clash", {}, ("2021-01-21", "2021-01-31")),
    ("قصفت المدفعية مواقع الحوثيين الخميس الماضي.",
     "rocket_strike", {}, ("2021-02-18", "2021-02-18")),
    ("هاجم مسلحون قرية في ريف كركوك قبل ثلاثة أيام.",
     "attack", {}, ("2021-02-21", "2021-02-21")),
    ("دعت النقابة إلى التظاهر غدا الخميس أمام مقر الحكومة.",
     "protest", {}, ("2021-02-25", "2021-02-25")),
    ("أعلن الجيش مقتل 4 مسلحين في اشتباكات يوم أمس الثلاثاء.",
     "armed_clash", {"killed": 4}, ("2021-02-23", "2021-02-23")),
    ("انفجرت سيارة مفخخة مساء أمس قرب فندق في مقديشو.",
     "bombing", {}, ("2021-02-23", "2021-02-23")),
    ("شن الطيران غارة على البلدة في الشهر الماضي.",
     "air_strike", {}, ("2021-01-01", "2021-01-31")),
    ("اعتقلت الشرطة مشتبها به في العشرين من الشهر الحالي.",
     "arrest", {}, ("2021-02-20", "2021-02-20")),
    # ---- month families, glosses, numeric, ordinal and Hijri dates
    ("استهدف هجوم صاروخي قاعدة بلد في 15 شباط/فبراير.",
     "rocket_strike", {}, ("2021-02-15", "2021-02-15")),
    ("تعرضت دورية للجيش لهجوم مسلح في 3 فبراير (شباط) الجاري.",
     "attack", {}, ("2021-02-03", "2021-02-03")),
    ("اقتحم مسلحون مقرا أمنيا في 12 كانون الثاني الماضي.",
     "attack", {}, ("2021-01-12", "2021-01-12")),
    ("فجر انتحاري نفسه في سوق المدينة يوم 7 فيفري 2021.",
     "bombing", {}, ("2021-02-07", "2021-02-07")),
    ("وقع الهجوم المسلح على البنك بتاريخ 12/02/2021.",
     "attack", {}, ("2021-02-12", "2021-02-12")),
    ("قتل ثلاثة جنود في هجوم يوم الخامس من فبراير.",
     "attack", {}, ("2021-02-05", "2021-02-05")),
    ("نفذت قوات الأمن مداهمة في حي السلام يوم 12 رجب 1442 هـ.",
     "raid", {}, ("2021-02-24", "2021-02-24")),
    ("اندلعت الاشتباكات في الحادي والعشرين من يناير الماضي.",
     "armed_clash", {}, ("2021-01-21", "2021-01-21")),
    ("أطلق مسلحون صواريخ على المطار في الحادي عشر من الشهر الحالي.",
     "rocket_strike", {}, ("2021-02-11", "2021-02-11")),
    ("أصيب 9 أشخاص في انفجار قنبلة يدوية في 28 يناير.",
     "bombing", {"wounded": 9}, ("2021-01-28", "2021-01-28")),
]


def _event(text: str, etype: str) -> dict[str, Any] | None:
    """The first event of ``etype``, an incident (asserted, claimed) first, as scored."""
    found = [e.to_dict() for e in eventx.extract(text, reference_date=REF)]
    found = [d for d in found if d["type"] == etype]
    found.sort(key=lambda d: d["modality"] not in INCIDENT_MODALITIES)
    return found[0] if found else None


def _score() -> tuple[dict[str, list[bool]], list[str]]:
    hits: dict[str, list[bool]] = {"counts": [], "dates": []}
    misses: list[str] = []
    for text, etype, counts, date in PROBES:
        ev = _event(text, etype)
        got = (ev or {}).get("counts") or []
        for kind, value in counts.items():
            if value is None:
                ok = ev is not None and not any(c["kind"] == kind for c in got)
            else:
                ok = any(count_ok(c, kind, value) for c in got)
            hits["counts"].append(ok)
            if not ok:
                misses.append(f"count {kind}={value} got {[(c['kind'], c['value']) for c in got]}"
                              f" ({etype}): {text}")
        if date is not None:
            ok = date_ok((ev or {}).get("date"), {"start": date[0], "end": date[1]})
            hits["dates"].append(ok)
            if not ok:
                misses.append(f"date {date} got {(ev or {}).get('date')} ({etype}): {text}")
    return hits, misses


@pytest.fixture(scope="module")
def probe() -> tuple[dict[str, list[bool]], list[str]]:
    return _score()


def test_probe_is_large_enough() -> None:
    assert len(PROBES) >= 60


@pytest.mark.parametrize("family", ["counts", "dates"])
def test_probe_accuracy(probe: tuple[dict[str, list[bool]], list[str]], family: str) -> None:
    hits, misses = probe
    acc = sum(hits[family]) / len(hits[family])
    print(f"probe {family}: {sum(hits[family])}/{len(hits[family])} = {acc:.3f}")
    assert acc >= 0.95, "\n".join([f"{family} accuracy {acc:.3f}", *misses])
