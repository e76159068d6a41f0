"""Whose sites a deed hits, and a carried-out deed told with بتنفيذ: probe
sentences in the corpus's style (lead, session 6)."""
from __future__ import annotations

import eventx

REF = "2015-08-10"


def roles(e: eventx.Event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in e.actors:
        out.setdefault(a.role, set()).add(a.info.name_en)
    return out


def test_the_owner_of_the_sites_hit_is_a_target_not_a_doer() -> None:
    (ev,) = eventx.extract("وشن الحوثيون هجوما على مواقع المقاومة الشعبية في صعدة أمس.",
                           reference_date=REF)
    r = roles(ev)
    assert r["agent"] == {"Houthis"}
    assert "Yemeni Popular Resistance" in r["target"]


def test_a_unit_that_moves_still_acts() -> None:
    # طائرات is a unit that strikes, not a site: the air force after it is the doer
    evs = eventx.extract("قصفت إحدى طائرات سلاح الجو الليبي أحد المراكب في عرض البحر قبالة "
                         "ميناء درنة أمس.", reference_date=REF)
    strike = next(e for e in evs if e.type == "air_strike")
    assert "target" not in roles(strike) or not any(
        "air force" in n.lower() for n in roles(strike)["target"])


def test_carrying_out_a_deed_is_no_threat_of_it() -> None:
    (ev,) = eventx.extract("قام الجيش المصري صباح اليوم السبت بتنفيذ ضربات جوية استهدفت "
                           "العناصر الإرهابية في شمال سيناء.", reference_date="2016-10-15")
    assert (ev.type, ev.modality) == ("air_strike", "asserted")


def test_an_accusation_of_the_attack_threatens_nothing() -> None:
    evs = eventx.extract("قتل 3 جنود أتراك في هجوم على دورية في ديار بكر أمس. "
                         "واتهمت السلطات حزب العمال الكردستاني بتنفيذ الهجوم.", reference_date=REF)
    assert not any(e.modality == "threatened" for e in evs)


def test_a_threat_to_carry_out_attacks_is_still_one() -> None:
    evs = eventx.extract("وهدد تنظيم داعش بتنفيذ هجمات جديدة في أوروبا.", reference_date=REF)
    assert any(e.type == "attack" and e.modality == "threatened" for e in evs) or any(
        e.type == "threat" for e in evs)


def test_two_arrests_told_with_their_own_numbers_stay_two() -> None:
    text = ("ألقت قوات الأمن أمس القبض على خلية إرهابية مكونة من ثلاثة عناصر في الشيخ زويد، "
            "كما ألقت أجهزة الأمن القبض على 18 من قيادات تنظيم الإخوان.")
    held = sorted(c.value for e in eventx.extract(text, reference_date=REF) if e.type == "arrest"
                  for c in e.counts if c.kind == "arrested")
    assert held == [3, 18]


def test_exposed_to_shelling_was_shelled() -> None:
    # the bare verb's spelling is also the noun's: after تعرض, لـ is the verb's
    evs = eventx.extract("وتعرضت مناطق في محيط مدينة دوما بالغوطة الشرقية أمس لقصف من قبل "
                         "قوات النظام.", reference_date=REF)
    assert [e.modality for e in evs if e.type in ("rocket_strike", "air_strike")] == ["asserted"]


def test_sent_to_shell_is_still_an_aim() -> None:
    evs = eventx.extract("وأرسلت الحكومة أمس طائرات لقصف مواقع المتمردين.", reference_date=REF)
    assert not any(e.modality == "asserted" for e in evs
                   if e.type in ("rocket_strike", "air_strike"))
