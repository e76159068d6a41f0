"""place_rank: a region described across a whole country ranks after the
province or town the same sentence locates inside it."""
from __future__ import annotations

import eventx
from eventx.place_rank import precision_rank
from eventx.places import relative_place
from eventx.records import FEATURE_RANK, Place

_TR = Place(name="تركيا", name_en="Turkey", geonames_id=298795, feature="country", country="TR",
            admin1=None, admin2=None, lat=39.0, lon=35.0, population=0)
_PROVINCE = Place(name="شرناق", name_en="Şırnak", geonames_id=None, feature="admin1", country="TR",
                  admin1="Şırnak", admin2=None, lat=37.5, lon=42.5, population=0)
_UNKNOWN = Place(name="ريجو", name_en="Ryjw", geonames_id=None, feature="admin1", country=None,
                 admin1=None, admin2=None, lat=None, lon=None, population=0)


def _place(text: str, date: str = "2015-07-31") -> str | None:
    evs = [e.to_dict() for e in eventx.extract(text, reference_date=date)]
    ev = next(e for e in evs if e["type"] in ("attack", "raid", "armed_clash"))
    return ev["location"] and ev["location"]["name_en"]


def test_a_country_wide_region_ranks_after_a_province_before_the_country() -> None:
    region = relative_place("جنوب شرق", _TR)
    assert precision_rank(_PROVINCE) < precision_rank(region) < precision_rank(_TR)
    assert precision_rank(_PROVINCE) == (FEATURE_RANK["admin1"], 0)


def test_a_province_of_no_known_country_ranks_after_a_country_wide_region() -> None:
    assert precision_rank(relative_place("شمال شرق", _TR)) < precision_rank(_UNKNOWN)


def test_the_province_a_sentence_locates_is_the_place_not_the_region_after_it() -> None:
    assert _place("قال الجيش التركي في بيان إن حزب العمال الكردستاني قتل ثلاثة جنود أتراك في "
                  "هجوم على كتيبة للجيش في إقليم شرناق بجنوب شرق البلاد اليوم الخميس.") == "Şırnak"
    assert _place("وأطلقت قوات الأمن والجماعات المسلحة المتحالفة معها في أبريل نيسان عملية عسكرية "
                  "في محافظة الأنبار بغرب العراق لاستعادتها من أيدي داعش.") == "Anbar"
