"""The press behind ل after words is whom they were given to (eventx.outlets),
and a deed told as the time of another keeps its sides (merge._earlier_deed)."""
from __future__ import annotations

import eventx
from eventx.outlets import news_outlet
from eventx.records import ActorInfo


def test_the_press_is_told_by_its_code() -> None:
    assert news_outlet(ActorInfo("وكالة الأنباء السعودية", "Saudi Press Agency (SPA)",
                                 "organization", "SAU", "SAUMED"))
    assert news_outlet(ActorInfo("الصحفيين", "journalists", "civilians", None, "MED"))
    assert not news_outlet(ActorInfo("الشرطة", "police", "state_forces", None, "COP"))
    assert not news_outlet(ActorInfo("زيد", "Zaid", "person", None, None))


def _sources(text: str) -> list[str]:
    return [a.info.name_en for e in eventx.extract(text, reference_date="2017-06-12")
            if e.type == "statement" for a in e.actors if a.role == "source"]


def test_an_agency_given_a_statement_is_no_speaker() -> None:
    text = ("وأكد الناطق الرسمي في تصريح لوكالة تونس إفريقيا للأنباء اليوم الأحد أنه "
            "لا وجود لجرحى تونسيين في الهجوم.")
    assert "Tunis Afrique Presse (TAP)" not in _sources(text)


def test_attacks_a_raid_came_after_lend_it_no_target() -> None:
    text = ("وقال رئيس الوزراء اليوم إن العملية الأمنية التي بدأت اليوم جزء من عملية شاملة. "
            "وتابع أن التوقيفات جرت في أعقاب هجمات عنيفة استهدفت عناصر من قوى الأمن أخيرا.")
    raids = [e for e in eventx.extract(text, reference_date="2015-07-24") if e.type == "raid"]
    assert raids
    assert all(a.info.name_en != "security forces" for e in raids for a in e.actors)


def test_a_verb_of_the_plural_or_of_we_holds_its_speaker() -> None:
    from eventx.verb_subjects import subject_in_verb
    assert subject_in_verb("وطالبوا") and subject_in_verb("اتهموا") and subject_in_verb("يتهمون")
    assert subject_in_verb("نطالب") and subject_in_verb("ندعو")
    assert not subject_in_verb("ندد") and not subject_in_verb("نددت")
    assert not subject_in_verb("طالب") and not subject_in_verb("ودعت") and not subject_in_verb("تدعو")
    text = "وقال المتحدث: ندعو الجيش التركي إلى وقف إطلاق النار على مقاتلينا."
    assert "Turkish army" not in _sources(text)


def test_a_noun_of_words_with_its_owners_pronoun_holds_its_speaker() -> None:
    from eventx.verb_subjects import owner_in_noun
    assert owner_in_noun("استنكاره", "استنكار", "الشديد")
    assert owner_in_noun("بيانها", "بيان", "اليومي")
    assert owner_in_noun("ادانته", "ادانه", "")
    assert owner_in_noun("بيان", "بيان", "له")
    assert not owner_in_noun("بيان", "بيان", "للجيش")
    assert not owner_in_noun("ادانه", "ادانه", "مجلس")
    text = ("وانتقد الحزب في بيان له اليوم المقاربات المتبعة من قبل الحكومة لمعالجة "
            "هذه الاستحقاقات.")
    assert "government" not in _sources(text)
