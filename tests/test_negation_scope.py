"""How far a negation, a denial or a claim reaches (cues.toml: blocked_by, skips,
literal; events._disclaimed).

A negation negates the verb it governs and the deed that verb does or
suffers ("لم يتم تنفيذ الهجوم"، "لم يسجل أي هجوم"), never the subject a verb of
telling or of outcome speaks of ("لم يذكر بيان القوات"، "لم يخلف الانفجار
ضحايا"): that statement was issued, that blast went off.  "بعدما" (after) is
no negation, "لا تزال" (still) neither; a denied or unmade claim leaves the deed
asserted; a halt asked for reports no strike.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.errors import RulePackError
from eventx.packs.loader import load_pack, load_packs

REF = "2015-08-01"


def _modalities(text: str, etype: str) -> list[str]:
    return [e.modality for e in eventx.extract(text, reference_date=REF) if e.type == etype]


def _class_words(name: str) -> tuple[str, ...]:
    """A word class of the built-in pack, as its data file lists it."""
    core = next(p for p in load_packs(None) if p.name == "core")
    return next(c.words for c in core.classes if c.name == name)


@pytest.mark.parametrize("text, etype", [
    ("ولم يذكر بيان القوات المسلحة عدد القتلى في صفوف المسلحين.", "statement"),
    ("ولم يتطرق بيان وزارة الداخلية إلى عدد الموقوفين.", "statement"),
    ("ولم يخلف الانفجار الذي وقع في بغداد أمس أي ضحايا.", "bombing"),
])
def test_subject_of_a_negated_verb_stands(text: str, etype: str) -> None:
    assert _modalities(text, etype) == ["asserted"]


@pytest.mark.parametrize("text, etype, modality", [
    ("لم يتم تنفيذ الهجوم على المطار أمس.", "attack", "negated"),
    ("وقالت الشرطة إنه لم يسجل أي هجوم في بغداد أمس.", "attack", "negated"),
    ("ولم يصدر بيان عن الوزارة أمس.", "statement", "negated"),
    ("ونفى الجيش وقوع انفجار في بغداد أمس.", "bombing", "denied"),
    ("وطالب الحزب بعدم اعتقال المحتجين في تونس.", "arrest", "negated"),
    ("وانسحبت القوات من المدينة دون أن تحدث أي مواجهات بين الطرفين.", "armed_clash", "negated"),
])
def test_governed_deed_is_negated(text: str, etype: str, modality: str) -> None:
    assert _modalities(text, etype) == [modality]


def test_after_is_no_negation() -> None:
    """"بعدما" read as ب + عدم + tanween negated the deed told after it."""
    text = "وقتل شخصان في الموصل أمس بعدما فجر انتحاريان نفسيهما في محطة حافلات."
    assert _modalities(text, "bombing") == ["asserted"]


def test_still_is_no_negation() -> None:
    text = "ولا تزال الاشتباكات مستمرة بين الطرفين في مدينة الحوطة."
    assert _modalities(text, "armed_clash") == ["asserted"]


@pytest.mark.parametrize("text", [
    "ونفت حركة طالبان مسؤوليتها عن الهجوم على حاجز للجيش في كابول أمس.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي استهدف حاجزا للجيش في العريش أمس.",
])
def test_disowned_or_unclaimed_deed_is_asserted(text: str) -> None:
    assert _modalities(text, "attack") == ["asserted"]


def test_claim_made_is_claimed() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف حاجزا للجيش في العريش أمس."
    assert _modalities(text, "attack") == ["claimed"]


@pytest.mark.parametrize("text, etype", [
    ("وكانت المدينة هدفا لغارات كل ليلة تقريبا خلال الحرب.", "air_strike"),
    ("ويأتي ذلك في وقت تتزايد الاعتداءات على رجال الأمن في تونس.", "attack"),
])
def test_habit_and_trend_are_generic(text: str, etype: str) -> None:
    assert _modalities(text, etype) == ["generic"]


@pytest.mark.parametrize("text", [
    "وطالب المسؤول تركيا بوقف غاراتها الجوية على مواقع الحزب في شمال العراق.",
    "وأعلن التحالف هدنة إنسانية تتوقف خلالها الغارات لخمسة أيام.",
])
def test_halt_asked_for_is_no_strike(text: str) -> None:
    assert _modalities(text, "air_strike") == []


@settings(max_examples=25, deadline=None)
@given(verb=st.sampled_from(_class_words("presupposing")))
def test_no_presupposing_verb_negates_its_subject(verb: str) -> None:
    """Whatever verb of the class stands between, the statement named after it
    as its subject was issued: a negation before the verb is not its."""
    text = f"ولم {verb} بيان وزارة الداخلية عدد الموقوفين."
    told = [e.modality for e in eventx.extract(text, reference_date=REF)
            if e.type == "statement" and e.trigger.text == "بيان"]
    assert told and "negated" not in told


def _cue_pack(tmp_path: Path, cue: str) -> Path:
    d = tmp_path / "demo"
    d.mkdir()
    (d / "pack.toml").write_text('[pack]\nname = "demo"\nversion = "1"\n', encoding="utf-8")
    (d / "rules.toml").write_text(
        '[[rule]]\nid = "x"\ntype = "attack"\nnouns = ["هجوم"]\n\n' + cue, encoding="utf-8")
    return d


def test_cue_naming_an_unknown_class_is_refused(tmp_path: Path) -> None:
    folder = _cue_pack(tmp_path, '[[cue]]\nvalue = "negated"\nwords = ["لم"]\nblocked_by = ["nope"]\n')
    with pytest.raises(RulePackError, match="unknown word class 'nope'") as ei:
        load_pack(folder)
    assert ei.value.file is not None and ei.value.file.endswith("rules.toml")
    assert ei.value.line == 7


def test_cue_literal_must_be_a_boolean(tmp_path: Path) -> None:
    folder = _cue_pack(tmp_path, '[[cue]]\nvalue = "negated"\nwords = ["عدم"]\nliteral = "yes"\n')
    with pytest.raises(RulePackError, match="literal must be true or false"):
        load_pack(folder)


@pytest.mark.parametrize("text, etype", [
    ("وقالت الشرطة إنه لم يسجل سوى هجوم واحد في بغداد أمس.", "attack"),
    ("ولم تقصف تركيا مواقع داعش في سوريا سوى ثلاث مرات الشهر الماضي.", "rocket_strike"),
])
def test_negation_with_an_exception_is_a_restriction(text: str, etype: str) -> None:
    """"لم … سوى" (only): the deed took place, so often."""
    assert "negated" not in _modalities(text, etype)
    assert _modalities(text, etype)


def test_however_is_no_exception() -> None:
    text = "ولم يتم اعتقال أي شخص إلا أن الشرطة تواصل التحقيق."
    assert _modalities(text, "arrest") == ["negated"]


def test_planned_and_carried_out_took_place() -> None:
    text = ("واعتقلت الشرطة رجلا بتهمة المشاركة في التخطيط وتنفيذ الاعتداء على متحف باردو "
            "في 18 مارس 2015.")
    assert _modalities(text, "attack") == ["asserted"]
    plan = "واعتقلت الشرطة رجلا بتهمة المشاركة في التخطيط للاعتداء على متحف باردو."
    assert _modalities(plan, "attack") == ["planned"]


def test_a_state_is_no_hypothesis() -> None:
    """"في حالة حرجة" (in a critical state) is no "في حال" (in case) + pronoun."""
    text = "وأصيب ثلاثة أشخاص بعضهم في حالة حرجة إثر انفجار عبوة ناسفة في بغداد أمس."
    assert _modalities(text, "bombing") == ["asserted"]


@pytest.mark.parametrize("text, etype", [
    ("وتم تسجيل 36 حالة اختطاف في صنعاء العام الماضي.", "abduction"),
    ("وستتدخل القوات في حالة وقوع هجوم على المدينة.", "attack"),
    ("وقالت الحكومة إنها سترد في حال تعرضت لهجوم.", "attack"),
])
def test_a_case_counted_or_supposed_is_generic(text: str, etype: str) -> None:
    assert _modalities(text, etype) == ["generic"]
