"""Tunisian custody reports, arrests listed one after another, convictions.

Why: a prosecutor's leave to hold a suspect ("أذنت … بالاحتفاظ بهم") is how
the Tunisian press tells an arrest, and must join the arrest it retells rather
than stand beside it; a second arrest opened by "كما" is another person taken
(eventx.also_taken); a court's إدانة is a conviction, no condemnation.
"""
from __future__ import annotations

import eventx


def _asserted(text: str, etype: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date="2017-03-06")
            if e.type == etype and e.modality in ("asserted", "claimed")]


def test_custody_alone_is_an_arrest() -> None:
    text = ("وبمراجعة النيابة العمومية أذنت لفرقة الأبحاث والتفتيش للحرس الوطني "
            "بالاحتفاظ بهم جميعا ومباشرة قضية عدلية في شأنهم.")
    assert len(_asserted(text, "arrest")) == 1


def test_custody_joins_the_arrest_it_retells() -> None:
    text = ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بقبلي أمس من إلقاء القبض على ثلاثة عناصر تكفيرية. "
            "وباستشارة النيابة العمومية أذنت بالاحتفاظ بهم ومباشرة قضية عدلية في شأنهم.")
    assert len(_asserted(text, "arrest")) == 1


def test_an_arrest_opened_by_also_is_another() -> None:
    text = ("تمكنت فرقة الشرطة العدلية بجندوبة ليلة البارحة من إيقاف منحرف من ذوي السوابق العدلية. "
            "كما تمكنت الوحدات الأمنية بالجهة خلال نفس الليلة من إيقاف فتاة صادرة في حقها 7 مناشير تفتيش.")
    assert len(_asserted(text, "arrest")) == 2


def test_a_title_kept_is_no_arrest() -> None:
    assert not _asserted("ونجح الفريق أمس في الاحتفاظ باللقب بعد فوزه في المباراة الأخيرة.", "arrest")


def test_a_conviction_is_no_statement() -> None:
    text = ("وأصدرت المحكمة الجزائية المتخصصة أمس حكما ابتدائيا يقضي بإدانة متهم سعودي "
            "وسجنه لمدة تسع سنوات.")
    assert not _asserted(text, "statement")


def test_a_raid_told_as_the_arrest_time_is_one_operation() -> None:
    text = ("تمكن أعوان فرقة الأبحاث والتفتيش بسيدي بوزيد ليلة البارحة من إلقاء القبض على شاب "
            "بعد مداهمة منزله بمنطقة سلتة.")
    evs = [e for e in eventx.extract(text, reference_date="2017-03-06")
           if e.modality in ("asserted", "claimed")]
    assert [e.type for e in evs] == ["arrest"]


def test_a_raid_that_killed_stays_a_raid() -> None:
    text = "تمكن الجيش الجزائري يوم أمس من القضاء على عنصر إرهابي خطير إثر مداهمة مخبأ بتيبازة."
    assert _asserted(text, "raid")
