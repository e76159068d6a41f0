"""Parties after ضد / على, campaigns that "target", halts, relative-clause
speakers and the Saudi deputy's style (the q55 fixes): each test failed before
its fix and passes after."""
from __future__ import annotations

import eventx


def _roles(text: str, etype: str) -> list[tuple[str, str]]:
    return [(a.role, a.info.name_en) for e in eventx.extract(text, reference_date="2015-08-03")
            if e.type == etype for a in e.actors]


def test_whom_strikes_are_against_is_no_doer() -> None:
    roles = _roles("وقال المتحدث إن غارات جوية نفذتها مقاتلات أردنية ضد تنظيم داعش دمرت مخازن للسلاح.",
                   "air_strike")
    assert ("target", "ISIS") in roles and ("agent", "ISIS") not in roles


def test_the_foe_of_another_deed_before_the_trigger_takes_no_role() -> None:
    roles = _roles("وأعلنت تركيا دخول المعركة ضد تنظيم داعش بعد تفجير انتحاري في سروج أمس.", "bombing")
    assert ("agent", "ISIS") not in roles and ("victim", "ISIS") not in roles


def test_an_arrest_names_whom_it_holds_after_on() -> None:
    roles = _roles("وألقت الشرطة أمس القبض على عناصر تنظيم داعش في مدينة غازي عنتاب.", "arrest")
    assert ("agent", "ISIS") not in roles


def test_a_campaign_that_targets_makes_no_attack_of_its_verb() -> None:
    evs = eventx.extract("وأطلقت وزارة الصحة حملة واسعة استهدفت آلاف الأطفال في محافظة إدلب أمس.",
                         reference_date="2015-08-03")
    assert not [e for e in evs if e.type == "attack"]


def test_a_campaign_of_attacks_keeps_its_noun() -> None:
    evs = eventx.extract("وشنت الحركة حملة من الهجمات ضد قوات الأمن في الشمال.", reference_date="2015-08-03")
    assert [e for e in evs if e.type == "attack"]


def test_a_plan_halted_is_no_arrest() -> None:
    evs = eventx.extract("وأكد الوزير أن الحكومة أوقفت أمس المخططات الإرهابية في البلاد.",
                         reference_date="2015-08-03")
    assert not [e for e in evs if e.type == "arrest" and e.modality == "asserted"]


def test_the_head_of_a_relative_clause_speaks() -> None:
    roles = _roles("وزار الوفد طرابلس أمس، بدعوة من حكومة الوفاق التي تتهم قوات حفتر بخرق الهدنة.",
                   "statement")
    assert ("source", "Libyan Government of National Accord") in roles


def test_a_relative_clause_with_its_object_glued_on_names_its_speaker_after() -> None:
    roles = _roles("وأدان المجلس الهجوم الانتحاري الذي تبناه تنظيم داعش في سروج.", "statement")
    assert ("source", "ISIS") in roles


def test_the_deputy_of_the_custodian_is_not_the_king() -> None:
    roles = _roles("كما تلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا أمس من أمير دولة الكويت.",
                   "phone_call")
    assert ("participant", "King Salman bin Abdulaziz") not in roles


def test_the_head_of_a_relative_clause_does_the_deed() -> None:
    roles = _roles("وتقدمت القوات الحكومية تحت غطاء جوي من طائرات التحالف التي قصفت مواقع المتمردين في صعدة أمس.",
                   "air_strike")
    assert ("agent", "coalition forces") in roles


def test_a_passive_in_a_relative_clause_makes_its_head_no_doer() -> None:
    roles = _roles("وقال شهود إن الجنود الذين استهدفوا بعبوة ناسفة نقلوا إلى المستشفى.", "bombing")
    assert not [r for r in roles if r[0] == "agent"]
