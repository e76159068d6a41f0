"""General errors found by auditing fresh corpus articles (seeds 481-488).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import datetime as dt

import pytest

import eventx

REF = "2015-08-08"


def events(text: str, typ: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == typ]


def modalities(text: str, typ: str) -> list[str]:
    return [e.modality for e in events(text, typ)]


# A deed told in a relative clause on a deed noun is background, unless the
# clause pins it down as news: a day, a place, or the toll it took ("ونتج عنه
# استشهاد"، "وأسفر عن مقتل").  A comma may set the clause off its noun.
@pytest.mark.parametrize("text", [
    "استنكر المحافظ الحادث الإجرامي الذي استهدف رجال الأمن وهم يؤدون الصلاة ونتج عنه استشهاد عدد منهم.",
    "ندد المجلس بالهجوم الإرهابي الذي استهدف نقطة تفتيش وأسفر عن مقتل ثلاثة جنود.",
    "وأدان الوزير الحادث الإرهابي الغادر، الذي استهدف جمعا من المصلين في مسجد بمدينة أبها ظهر أول من أمس.",
])
def test_relative_clause_deed_with_toll_or_anchor_is_reported(text: str) -> None:
    assert "asserted" in modalities(text, "attack")


@pytest.mark.parametrize("text", [
    # nothing pins it down: the deed the clause names is background
    "استنكر المحافظ الحادث الإجرامي الذي استهدف رجال الأمن وهم يؤدون الصلاة.",
])
def test_relative_clause_deed_without_anchor_stays_background(text: str) -> None:
    assert "asserted" not in modalities(text, "attack")


# A condemnation is a statement of its own beside the deed it condemns
# (GUIDELINES: a notable official condemnation), but gives way to the call or
# meeting it was voiced in, and to the protest it was the purpose of.
@pytest.mark.parametrize("text", [
    "أعربت تونس عن إدانتها الشديدة للعملية الإرهابية التي استهدفت اليوم حافلات في محافظة المنيا.",
    "عبرت الحكومة عن استنكارها للتفجير الإرهابي الذي استهدف أمس معهدا للشرطة في مدينة زليتن.",
])
def test_condemnation_of_a_reported_deed_is_a_statement(text: str) -> None:
    assert modalities(text, "statement") == ["asserted"]
    assert events(text, "statement")[0].trigger.text.startswith(("إدانت", "استنكار"))


@pytest.mark.parametrize("text,encounter", [
    ("تلقى الأمير اتصالا هاتفيا اليوم من الشيخ سيف بن زايد أعرب فيه عن استنكاره للاعتداء الذي وقع في مسجد بمنطقة عسير.",
     "phone_call"),
    ("تظاهر مئات الأشخاص في بروكسل السبت للتنديد بالغارات التي يشنها الجيش.", "protest"),
])
def test_condemnation_voiced_in_an_encounter_gives_way(text: str, encounter: str) -> None:
    assert events(text, encounter)
    assert not events(text, "statement")


# "غد" after a time of day ("مساء غد الثلاثاء"، "صباح غد") is tomorrow: the
# weekday after it is the coming one, and what is dated so is still to come.
@pytest.mark.parametrize("text", [
    "يعقد الحلف اجتماعا مساء غد الأحد في بروكسل.",
    "يعقد الحلف اجتماعا صباح غد في بروكسل.",
])
def test_time_of_day_before_tomorrow_dates_ahead(text: str) -> None:
    (e,) = events(text, "meeting")
    assert e.date is not None and e.date.start == dt.date(2015, 8, 9)
    assert e.modality == "planned"


def test_time_of_day_before_a_weekday_stays_past() -> None:
    (e,) = events("قصفت الطائرات مساء الأحد مواقع في صعدة.", "air_strike")
    assert e.date is not None and e.date.start == dt.date(2015, 8, 2)


# The future of "launch" governing a deed noun: the offensive is announced, not told.
def test_future_launch_governing_a_deed_noun_is_planned() -> None:
    text = "أعلنت الحكومة أمس أنها ستطلق قريبا هجوما واسع النطاق ضد التنظيم في شمال سوريا."
    assert modalities(text, "attack") == ["planned"]
    assert modalities("أطلقت القوات هجوما واسعا على مواقع التنظيم أمس.", "attack") == ["asserted"]


# A meeting noun that names whom it was held with (مع, or ب on a title) tells an
# encounter, however unknown its people are to the lexicon; talks in the
# abstract stay generic.
@pytest.mark.parametrize("text", [
    "لكنه أقر خلال لقاء مع نظيره الكيني أوهورو كنياتا بأن المشكلة لم تعالج.",
    "وتطرق الوزير خلال لقائه برئيس الحكومة إلى مسائل تتعلق بالتعاون الإقليمي.",
])
def test_meeting_with_its_counterpart_named_is_reported(text: str) -> None:
    assert modalities(text, "meeting") == ["asserted"]


def test_talks_in_the_abstract_stay_generic() -> None:
    assert "asserted" not in modalities("وتطرق الوزير إلى محادثات السلام المتعثرة.", "meeting")


# Deaths an earthquake or a collapsing house caused are no killing, however
# long the clause between; a strike that brought a house down stays a strike.
@pytest.mark.parametrize("text", [
    "قتل أربعة أشخاص على الأقل، في زلزال قوي، ضرب جنوب البلاد فجر اليوم، حسب مسؤولين.",
    "وقال مسؤول إن امرأتين وطفلا في التاسعة من العمر، قتلوا عندما انهار منزلهم.",
])
def test_deaths_in_a_disaster_are_no_killing(text: str) -> None:
    assert not events(text, "killing")


def test_a_strike_that_brought_a_house_down_stays() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على منزلهم في صعدة أمس فانهار المنزل على ساكنيه."
    assert modalities(text, "air_strike") == ["asserted"]


# "توقف" is stopped, halted, far more than the present of أوقف (she arrests).
def test_halted_is_no_arrest() -> None:
    assert not events("وقال الوزير إن ضخ النفط عبر الأنبوب قد توقف بعد هجوم نفذه مخربون.", "arrest")
    assert modalities("أوقفت الشرطة ثلاثة أشخاص أمس في العاصمة.", "arrest") == ["asserted"]


# Discourse is no speech given: "الخطاب الإرهابي المتطرف"، "خطاب الكراهية".
def test_discourse_is_no_statement() -> None:
    assert not events("وتناول التقرير كيفية مجابهة الخطاب الإرهابي المتطرف الذي يعبر إلى نفوس الشبان.",
                      "statement")
    assert modalities("وقال الرئيس في خطاب متلفز أمس إن الحرب ستستمر.", "statement") == ["asserted"]


# A vague toll ("عشرات") and a figure inside its range told again of the same
# deed are one toll: one incident, and the figure is its count.
def test_vague_toll_and_its_figure_are_one_incident() -> None:
    text = ("لقي عشرات الأشخاص مصرعهم في هجوم بسيارة مفخخة استهدفت قاعدة عسكرية شمالي مالي. "
            "وقال الجيش إن الهجوم أسفر عن مقتل 25 شخصا في حصيلة أولية.")
    evs = [e for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]
    assert len(evs) == 1
    assert [(c.kind, c.value) for c in evs[0].counts] == [("killed", 25)]


def test_an_at_least_toll_is_no_range_for_another_deed() -> None:
    text = ("قتل 23 شخصا على الأقل في تفجير سيارتين مفخختين في شرق بغداد أمس. "
            "وأدى تفجير آخر في ديالى إلى مقتل 120 شخصا بحسب مصادر طبية.")
    evs = [e for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]
    assert len(evs) == 2


# A verb opening a relative clause has its subject in the head noun: the noun
# phrase right after it is its object, never its doer.
def test_relative_verb_takes_no_subject_after_it() -> None:
    text = "أدان المجلس التفجير الإرهابي الجبان الذي استهدف المصلين بمسجد قوات الطوارئ في مدينة أبها."
    (e,) = events(text, "bombing")
    assert "agent" not in {a.role for a in e.actors}


# Two gunmen (the dual "مسلحان") are the gunmen actor, like its plural.
def test_dual_gunmen_are_the_doers() -> None:
    (e,) = events("أطلق مسلحان النار على مركز للشرطة في المدينة اليوم.", "attack")
    assert ("agent", "gunmen") in {(a.role, a.info.name_en) for a in e.actors}
