"""Incidents of a series told in one article stay apart: each named with its
rank ("التفجير الأول" … "التفجير الثاني") or counted as another ("انفجار آخر")
in the sentence of the first."""
from __future__ import annotations

import eventx
from eventx.ordinals import rank_after
from eventx.text.normalize import normalize
from eventx.text.tokenize import tokenize

REF = "2015-08-10"


def _bombings(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.type == "bombing" and e.modality == "asserted"]


def _killed(e: eventx.Event) -> int | None:
    return next((c.value for c in e.counts if c.kind == "killed"), None)


def test_ranked_blasts_in_one_sentence_are_two() -> None:
    # two blasts, each with its own toll: not one blast that killed 20
    text = ("وقتل 20 شخصا في التفجير الأول قرب السوق صباح اليوم، بينما قتل أربعة آخرون "
            "في التفجير الثاني.")
    assert sorted(_killed(e) or 0 for e in _bombings(text)) == [4, 20]


def test_ranked_blasts_after_a_dual_summary_stay_two() -> None:
    # the lead sums both blasts; the ranked mentions never fold into one event
    text = ("انفجرت عبوتان ناسفتان في مدينة داماتورو صباح اليوم. وقتل 20 شخصا في التفجير "
            "الأول، بينما قتل أربعة آخرون في التفجير الثاني.")
    assert sorted(_killed(e) or 0 for e in _bombings(text)) == [4, 20]


def test_another_blast_in_the_same_sentence_is_another_incident() -> None:
    text = ("هز انفجار قوي سوق المدينة صباح اليوم مما أسفر عن مقتل 12 شخصا، وبعد دقائق "
            "وقع انفجار آخر عند مدخل السوق أسفر عن مقتل ثلاثة أشخاص.")
    assert len(_bombings(text)) == 2


def test_one_blast_told_again_stays_one() -> None:
    # the common case: headline, lead and detail of one blast
    text = ("مقتل 12 في انفجار بسوق المدينة. هز انفجار قوي سوق المدينة صباح اليوم مما أسفر "
            "عن مقتل 12 شخصا. ووقع الانفجار أثناء ازدحام السوق بالمتسوقين.")
    assert len(_bombings(text)) == 1


def _rank(text: str) -> int | None:
    toks = tokenize(normalize(text).text)
    return rank_after(toks, 0)


def test_rank_after_the_noun_or_one_adjective_but_not_a_month() -> None:
    assert _rank("الانفجار الأول") == 1
    assert _rank("الغارة الثانية") == 2
    assert _rank("التفجير الانتحاري الثالث") == 3
    assert _rank("هجوم تشرين الثاني") is None
    assert _rank("الهجوم الكبير") is None


def test_deeds_a_sentence_keeps_apart_never_join_one_summary() -> None:
    # the sentence tells two blasts in two districts; a plural summary told
    # before them in the article may take one of them, never both
    text = ("كما ينفذ المسلحون تفجيرات دامية في بغداد وضواحيها. فقد قتل 18 شخصا على الأقل "
            "مساء أمس في ثلاث هجمات استهدفت أحياء في بغداد. واستهدف تفجيران انتحاريان "
            "بحزامين ناسفين نقطة تفتيش للشرطة في منطقة الشعب شمال بغداد، بينما انفجرت "
            "سيارة مفخخة في سوق بمنطقة البياع (غرب).")
    assert len(_bombings(text)) == 2
