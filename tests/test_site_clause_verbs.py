"""A relative clause after the deed noun whose verb says the deed took place
("العملية التي دارت وقائعها بمدينة …"، "الاشتباكات التي اندلعت في …") gives
the deed its place."""
from __future__ import annotations

import eventx


def _place(text: str, etype: str) -> str | None:
    ev = next(e for e in eventx.extract(text, reference_date="2017-05-15") if e.type == etype)
    loc = ev.to_dict()["location"]
    return loc and loc["name_en"]


def test_the_operation_that_took_place_in_a_town_is_placed_there() -> None:
    assert _place("يذكر أن العملية الأمنية التي دارت وقائعها بمدينة سيدي بوزيد يوم 30 أفريل "
                  "الماضي انتهت بالقضاء على إرهابيين اثنين.", "raid") == "Sidi Bouzid"


def test_the_clashes_that_broke_out_in_a_town_are_placed_there() -> None:
    assert _place("أفاد مصدر اليوم بمقتل ثمانية عشر مسلحا خلال الاشتباكات التي اندلعت بين "
                  "الطرفين في مدينة الضالع جنوبي اليمن.", "armed_clash") == "Ad Dali"  # the town


def test_a_camp_named_with_a_head_word_is_the_place() -> None:
    # عين ends like an adjective (-ين) but opens a name: مخيم عين الحلوة
    assert _place("اغتيل قيادي في حركة فتح السبت في مخيم عين الحلوة جنوب لبنان.",
                  "killing") == "'yn al-Hlwh"
