"""Document merging, round q46: a deed named as the time or the cause of
another is another incident.  "قتل جندي … أمس، بعد ثلاثة أيام على هجوم
انتحاري" reports today's clash against a bombing days before; "رداً على
الهجوم الذي استهدف دورية" names the attack the operation answered.  Each is
an incident of its own, with its own toll, day and parties; and "خمسة جنود
آخرين قتلوا في انفجار" in a later sentence counts another deed's dead.
Probe sentences in the corpus's style."""
from __future__ import annotations

import eventx
from eventx.events import Draft
from eventx.recalled import cue_regions, own_slots, timing_cue
from hypothesis import given, settings
from hypothesis import strategies as st
import probe

REF = "2017-03-05"

CLASH = ("قتل جندي تركي في تبادل لإطلاق النار أمس مع مسلحين في جنوب شرق البلاد، بعد "
         "ثلاثة أيام على هجوم انتحاري نفذه تنظيم داعش في مدينة غازي عنتاب.")
REPLY = ("قالت مصادر عسكرية إن قوات الجيش قتلت 16 عنصراً من المسلحين في سيناء، في عملية "
         "جاءت رداً على الهجوم الذي استهدف دورية للجيش مساء الجمعة في العريش.")
OTHERS = ("قالت الشرطة إن خمسة جنود قتلوا عندما تعرضوا لهجوم مسلح في ولاية هلمند. "
          "وذكر مسعفون أن خمسة جنود آخرين قتلوا في انفجار قنبلة.")


def drafts(text: str) -> list[Draft]:
    return probe.drafts(text, REF)


def incidents(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.modality in ("asserted", "claimed")]


def test_a_deed_days_before_is_another_incident() -> None:
    evs = incidents(CLASH)
    assert sorted(e.type for e in evs) == ["armed_clash", "bombing"]
    clash = next(e for e in evs if e.type == "armed_clash")
    bombing = next(e for e in evs if e.type == "bombing")
    # yesterday is the clash's day, and the gunmen its parties, not the bombing's
    assert clash.date is not None and clash.date.start.isoformat() == "2017-03-04"
    assert bombing.date is None or bombing.date.mention.text != "أمس"
    assert [a.info.name_en for a in bombing.actors] == ["ISIS"]
    assert bombing.location is not None and bombing.location.place.name_en == "Gaziantep"


def test_the_deed_an_operation_answers_keeps_its_own_toll() -> None:
    evs = incidents(REPLY)
    raid = next(e for e in evs if e.type == "raid")
    attack = next(e for e in evs if e.type == "attack")
    assert [c.value for c in raid.counts if c.kind == "killed"] == [16]
    assert not [c for c in attack.counts if c.kind == "killed"]
    assert attack.date is not None and attack.date.start.isoformat() == "2017-03-03"
    assert raid.location is not None and raid.location.place.name_en == "Sinai"
    assert attack.location is not None and attack.location.place.name_en == "Arish"


def test_other_dead_in_an_indefinite_deed_are_another_incidents() -> None:
    evs = incidents(OTHERS)
    assert len(evs) == 2
    assert all([c.value for c in e.counts if c.kind == "killed"] == [5] for e in evs)


def test_other_dead_in_the_deed_told_before_join_it() -> None:
    text = ("قتل خمسة جنود في هجوم مسلح على نقطة تفتيش في ولاية هلمند أمس. "
            "وقتل ثلاثة جنود آخرون في الهجوم نفسه.")
    assert len(incidents(text)) == 1


def test_a_toll_in_the_cued_phrase_after_a_comma_is_the_cued_deeds() -> None:
    text = ("ووقع الانفجار في الإسكندرية بعد ساعات من مقتل 25 على الأقل وإصابة 78 "
            "آخرين، في انفجار داخل كنيسة في مدينة طنطا.")
    d = next(x for x in drafts(text) if x.trigger.key == "انفجار" and x.trigger.first > 10)
    assert timing_cue(d) is not None


def test_a_demonstrative_after_the_cue_names_the_deed_just_told() -> None:
    text = "أعربت الوزارة عن تضامنها مع الحكومة التركية في أعقاب هذا الهجوم."
    assert cue_regions(drafts(text)[0].sentence) == ()


def test_a_question_answered_is_no_deed_before() -> None:
    text = "وردا على سؤال عن أسباب اعتقال العشرات، قال الوزير إن التحقيق جار."
    assert all(timing_cue(d) is None for d in drafts(text))


def test_afternoon_in_tunisian_press_is_no_cue() -> None:
    # "عشية اليوم" is this afternoon in Tunisian papers, not the eve of a deed
    text = "شهدت معتمدية الجم عشية اليوم الأربعاء احتجاجات من قبل عدد من الأهالي."
    assert all(timing_cue(d) is None for d in drafts(text))


def test_a_speech_verb_after_the_cued_phrase_is_the_sentences_own() -> None:
    text = ("وبعد الضربة الصاروخية ردا على هجوم كيماوي على بلدة خان شيخون اتهمت "
            "واشنطن قوات الرئيس بشار الأسد.")
    said = [d for d in drafts(text) if d.type == "statement"]
    assert said and all(timing_cue(d) is None for d in said)


def test_a_link_inside_the_span_of_time_is_no_cue() -> None:
    # "بعد أقل من أسبوع على": the cue ends at على, after the span's unit
    text = ("وجاءت سلسلة الهجمات في العاصمة بعد أقل من أسبوع على تفجير انتحاري وقع "
            "الجمعة في سوق منطقة خان بني سعد.")
    bombing = next(d for d in drafts(text) if d.type == "bombing")
    cue = timing_cue(bombing)
    assert cue is not None and bombing.sentence.tokens[cue].text == "بعد"


def test_without_a_cue_slots_stay() -> None:
    for d in drafts("قتل جندي تركي في تبادل لإطلاق النار أمس مع مسلحين."):
        assert own_slots(d) is d


@settings(max_examples=25, deadline=None)
@given(days=st.sampled_from(["يومين", "ثلاثة أيام", "أسبوع", "ساعات"]),
       link=st.sampled_from(["على", "من"]))
def test_any_span_of_time_before_a_deed_parts_it(days: str, link: str) -> None:
    text = (f"قتل جندي تركي في تبادل لإطلاق النار أمس مع مسلحين، بعد {days} {link} "
            "هجوم انتحاري في مدينة غازي عنتاب.")
    assert sorted(e.type for e in incidents(text)) == ["armed_clash", "bombing"]
