"""Document merging, session 17: one incident told twice, two told as one.

Two shapes from an audit of the corpus's output.  (1) A deed told as the
cause of the incident just reported ("وأكد المصدر أن الهجوم نجم عن تفجير
عبوة ناسفة"، "وأفادت معلومات أنه ناجم عن سيارة مفخخة") names how that
incident was done: it is the incident, not a second one, and a generic
device mention so named is no event of its own.  (2) An incident called
"similar" ("هجوم مماثل"، "تفجير مشابه") is by definition another one: its
toll and target never join the incident it is likened to.  Probe sentences
written for these tests, in the corpus's style."""
from __future__ import annotations

from hypothesis import given, strategies as st

import eventx
from eventx.deed_cause import told_as_cause
from eventx.text.normalize import normalize
from eventx.text.tokenize import tokenize

from probe import asserted_events

REF = "2016-01-31"


def _security(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.type in ("attack", "bombing")]


def test_a_deed_told_as_the_cause_of_the_attack_is_that_attack() -> None:
    text = ("قتل جنديان من الجيش جراء هجوم في محافظة ديالى أمس السبت. "
            "وأوضح مصدر عسكري أن الهجوم نجم عن تفجير عبوة ناسفة في قضاء المقدادية.")
    found = _security(text)
    assert len(found) == 1, [(e.type, e.trigger.text) for e in found]


def test_a_device_told_as_the_cause_of_a_blast_is_no_event_of_its_own() -> None:
    text = ("دوى انفجار قوي صباح اليوم في سوق شعبي بمدينة الموصل. "
            "وذكرت مصادر محلية أنه ناتج عن سيارة مفخخة، دون معلومات عن الضحايا.")
    found = _security(text)
    assert len(found) == 1, [(e.type, e.trigger.text, e.modality) for e in found]
    assert found[0].modality == "asserted"


def test_a_cause_told_after_another_incident_joins_only_the_one_told_last() -> None:
    text = ("قتل جنديان جراء هجوم على حاجز للجيش في ديالى أمس السبت. "
            "وفي البصرة، دوى انفجار قوي قرب سوق شعبي أمس السبت. "
            "وذكرت مصادر محلية أن الانفجار ناجم عن عبوة ناسفة.")
    found = _security(text)
    assert sorted(e.type for e in found if e.modality == "asserted") == ["attack", "bombing"]


def _similar_told(text: str) -> None:
    found = asserted_events(text, "attack", REF)
    assert len(found) == 2, [(e.trigger.text, e.trigger.start) for e in found]
    first = min(found, key=lambda e: e.trigger.start)
    assert not first.counts


def test_a_similar_attack_days_before_is_another_incident() -> None:
    _similar_told("أعلن مصدر أمني اليوم مقتل ضابط شرطة جراء هجوم في محافظة شمال سيناء. "
                  "ويأتي الهجوم بعد أيام من هجوم مماثل في مدينة رفح، حيث استهدف مسلحون "
                  "حاجزا للجيش، ما أدى لمقتل ثلاثة جنود.")


def test_a_similar_attack_recalled_is_another_incident() -> None:
    _similar_told("أعلن مصدر أمني اليوم مقتل ضابط شرطة جراء هجوم في محافظة شمال سيناء. "
                  "وكان مسلحون قد شنوا هجوما مشابها على حاجز للجيش في رفح، "
                  "ما أدى إلى مقتل ثلاثة جنود.")


_CAUSES = ["نجم", "ناجم", "ناجمة", "ناتج", "الناتج"]


@given(st.sampled_from(_CAUSES), st.sampled_from(["الهجوم", "أنه"]), st.booleans())
def test_a_cause_phrase_points_back_only_after_what_it_explains(
        word: str, subject: str, first: bool) -> None:
    # "الهجوم نجم عن تفجير": the cause of the attack; "ونجم عن الاشتباكات
    # مقتل": a clause that opens with the verb tells an outcome
    lead = "و" + word if first else "وذكر المصدر " + subject + " " + word
    tokens = tokenize(normalize(lead + " عن تفجير عبوة ناسفة").text)
    at = [i for i in range(len(tokens)) if told_as_cause(tokens, i)]
    assert at == ([] if first else [len(tokens) - 3])
    assert not told_as_cause(tokenize(normalize("، " + word + " عن تفجير").text), 3)


def test_this_attack_after_a_blast_names_the_blast_not_the_similar_one_after() -> None:
    # "هذا الهجوم" names the deed told last, of whatever type, and never the
    # similar attack told after it
    text = ("قتل جنديان في انفجار عبوة ناسفة استهدف دورية للجيش في مدينة العريش أمس. "
            "ويأتي هذا الهجوم بعد أيام من هجوم مماثل في رفح.")
    found = _security(text)
    assert sorted((e.type, e.modality) for e in found) == [
        ("attack", "asserted"), ("bombing", "asserted")]


def test_an_unclaimed_attack_is_the_blast_told_before() -> None:
    text = ("قتل جنديان في انفجار عبوة ناسفة استهدف دورية للجيش في مدينة العريش أمس. "
            "ولم تتبن أي جهة هذا الهجوم حتى الآن.")
    assert [(e.type, e.modality) for e in _security(text)] == [("bombing", "asserted")]


def test_this_assault_after_a_blast_joins_the_blast_not_the_attack_before() -> None:
    text = ("واستهدف مسلحون حافلة ركاب في شرق البلاد الجمعة. "
            "وأدى انفجار قتل فيه 32 شخصا إلى انهيار الهدنة. وهذا الاعتداء نسب إلى داعش.")
    found = _security(text)
    assert [(e.type, e.trigger.text, e.modality) for e in found] == [
        ("attack", "واستهدف", "asserted"), ("bombing", "انفجار", "asserted")]


def test_these_clashes_are_the_clashes_told_before() -> None:
    # "خلال هذه المواجهات" after "في اشتباكات": fighting is told in the plural,
    # and the demonstrative names the one battle the story tells
    text = ("قتل 12 من مسلحي الحوثي في اشتباكات عنيفة مع المقاومة الشعبية في مدينة تعز أمس. "
            "وأضاف المصدر أن المقاومة دمرت عربتين عسكريتين خلال هذه المواجهات.")
    found = [e for e in eventx.extract(text, reference_date=REF) if e.type == "armed_clash"]
    assert [e.modality for e in found] == ["asserted"]


def test_these_blasts_after_several_name_none_of_them() -> None:
    text = ("قتل خمسة أشخاص في تفجير استهدف سوقا في بغداد أمس. "
            "وقتل ثلاثة في انفجار سيارة مفخخة في البصرة أمس. "
            "وقال مسؤول إن هذه التفجيرات تهدف إلى زعزعة الأمن.")
    found = _security(text)
    assert sorted(e.trigger.text for e in found if e.modality == "asserted") == ["انفجار", "تفجير"]
