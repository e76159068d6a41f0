"""Gazetteer data: ordinary words that named towns of another country, and
places of one name in two countries, read as the news means them."""
from __future__ import annotations

import eventx


def _place(text: str) -> tuple[str, str | None] | None:
    ev = eventx.extract(text, reference_date="2015-08-01")[0].to_dict()
    loc = ev["location"]
    return loc and (loc["name_en"], loc["country"])


def test_early_is_no_accra_and_critical_no_yemeni_village() -> None:
    assert _place("أفادت الوكالة بأن انتحاريا اقتحم بجرار مفخخ باكرا صباح اليوم مركزا للدرك "
                  "في محيط مدينة ماردين.") == ("Mardin", "TR")
    assert _place("وأصيب 5 من رجال الأمن ووصفت حالة الرابع بالحرجة جدا جراء قصف استهدف موقعا "
                  "للمقاومة في مخيم البريج.") == ("Al Burayj", "PS")


def test_the_first_instance_of_a_trial_is_no_egyptian_town() -> None:
    assert _place("وأكد الناطق أن المتهم حكم عليه في الطور الابتدائي بالسجن بعد قتل شرطي.") is None


def test_a_cairo_district_still_found_after_its_place_noun() -> None:
    assert _place("قتل شخصان في هجوم مسلح في حي البساتين بالقاهرة أمس.") == ("Basateen", "EG")


def test_westminster_is_london_and_victoria_state_australia() -> None:
    assert _place("قالت الشرطة إن كل من اعتقلوا فيما يتعلق بالهجوم الإرهابي في وستمنستر "
                  "أفرج عنهم.") == ("Westminster", "GB")
    assert _place("وكشفت شرطة ولاية فكتوريا أنها اعتقلت قائد السيارة.") == ("Victoria", "AU")


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(d["name_en"], d["country"]) for d in (e.to_dict() for e in eventx.entities(text))
            if d["label"] == "PLACE"]


def test_surnames_and_common_words_name_no_town() -> None:
    assert _places("ولاحظ علي العريض أن هناك تهديدات تستهدفه من مجموعات متشددة.") == []
    assert _places("واتهمت الشرطة رجلا ألقى أوراقا على السويسري سيب بلاتر في زيورخ.") == [("Zurich", "CH")]
    assert _places("تريد الجماعة الهيمنة على رقاب اليمنيين في صنعاء.") == [("Sanaa", "YE")]


def test_birmingham_spelt_so_is_england_first() -> None:
    assert _places("ألقى كاميرون خطابه في برمنغهام أمس.") == [("Birmingham", "GB")]
    assert _places("تعهد كاميرون خلال خطابه في مدينة بيرمنغهام بالتصدي للتطرف.") == [("Birmingham", "GB")]


def test_a_place_noun_with_the_article_after_another_is_no_name() -> None:
    # "مدن المحافظة": the governorate's towns, no town called "the governorate"
    assert _places("طالب العميد باستخدام السلاح الثقيل لتحرير مدن المحافظة من التنظيم.") == []


def test_heliopolis_is_a_cairo_district_and_not_egypt_at_large() -> None:
    """مصر الجديدة names the district: the country's name there is part of it."""
    assert _place("انفجرت قنبلة بدائية الصنع قرب قسم الشرطة بمصر الجديدة صباح اليوم.") == (
        "Heliopolis", "EG")
    assert _place("أصيب مجندان في انفجار عبوة ناسفة بمنطقة مصر الجديدة أمس.") == ("Heliopolis", "EG")
    # the country alone stays the country; another country with the adjective
    # is talk of its future, no district
    assert _place("انفجرت قنبلة قرب قسم للشرطة في مصر صباح اليوم.") == ("Egypt", "EG")
    assert _place("انفجرت قنبلة قرب مقر للشرطة في سوريا الجديدة كما يسميها.") == ("Syria", "SY")
