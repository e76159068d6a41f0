"""A mention of several incidents is not the incident told beside it.

"موجة من الهجمات المنفصلة"، "سلسلة هجمات"، "عدة هجمات" name several
incidents: sentence merging no longer folds a single deed told apart from
them into the wave (the single deed's doers and target were the wave's, and
the deed itself lost), and a toll told "in" the wave is the wave's
(eventx.several_deeds).  A verb that carries the wave out ("شنت طائرات
التحالف عدة غارات") or tells it in a relative clause stays one event with it.
Probe sentences in the corpus's style, written for these tests."""
from __future__ import annotations

import pytest

import eventx
from eventx.several_deeds import several
from probe import asserted_events, drafts

REF = "2015-08-10"


def _attacks(text: str) -> list[eventx.Event]:
    return sorted(asserted_events(text, "attack", REF), key=lambda e: e.trigger.start)


def _killed(e: eventx.Event) -> int | None:
    return next((c.value for c in e.counts if c.kind == "killed"), None)


@pytest.mark.parametrize("text", [
    "فتح مسلحان النار على مركز للشرطة في ديار بكر صباح اليوم وقتل خمسة أشخاص على الأقل "
    "في موجة من الهجمات المنفصلة على الجيش التركي.",
    "هاجم مسلح نقطة تفتيش في العريش أمس وقتل سبعة جنود في سلسلة هجمات على قوات الأمن في سيناء.",
])
def test_a_deed_beside_a_wave_stays_its_own(text: str) -> None:
    single, wave = _attacks(text)  # two, the single deed first
    # the toll told "in" the wave is the wave's, not the single deed's
    assert _killed(single) is None and _killed(wave) is not None
    assert any(a.role == "agent" for a in single.actors)


def test_a_deed_named_after_the_wave_is_one_of_it() -> None:
    text = ("وشهدت تركيا عدة هجمات دموية من بينها الهجوم الذي استهدف مركزا ثقافيا "
            "في سوروتش يوم الاثنين.")
    found = sorted((e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"),
                   key=lambda e: e.trigger.start)
    assert [e.trigger.text for e in found][0] == "هجمات"
    assert len(found) == 2


@pytest.mark.parametrize("text", [
    "وأشار إلى أن قوات التحالف شنت أمس عدة غارات جوية على مواقع الحوثيين في مدينة لحج.",
    "وصدت المقاومة الشعبية في مأرب أمس عدة هجمات شنتها الميليشيات على مواقعها في صرواح.",
])
def test_a_verb_that_carries_the_wave_out_is_the_wave(text: str) -> None:
    found = [e for e in eventx.extract(text, reference_date=REF)
             if e.type in ("air_strike", "attack") and e.modality == "asserted"]
    assert len(found) == 1


@pytest.mark.parametrize(("text", "word", "many"), [
    ("وقتل ثمانية أشخاص في موجة من الهجمات على قوات الأمن أمس.", "الهجمات", True),
    ("ووقعت هجمات منفصلة على مراكز الشرطة في المدينة أمس.", "هجمات", True),
    ("ووقعت الهجمات على مراكز الشرطة في المدينة أمس.", "الهجمات", False),
    ("ووقع هجوم على مركز للشرطة في المدينة أمس.", "هجوم", False),
])
def test_several_reads_the_counting_word_or_separate(text: str, word: str, many: bool) -> None:
    ds = [d for d in drafts(text, REF) if d.rule.type == "attack"]
    assert ds
    d = next(d for d in ds if d.sentence.texts[d.trigger.first].endswith(word.replace("ة", "ه")[-4:]))
    assert several(d) is many


def test_a_wave_counted_over_a_month_lends_its_toll_to_no_incident() -> None:
    # the month's toll of a series is a tally: it is pinned on no blast, and
    # the one later told of the city stays with the blasts of the lead
    text = ("ذكر الجيش أمس أن 50 شخصا قتلوا في تفجيرين انتحاريين استهدفا مصلين في مدينة داماتورو. "
            "ويعد هذان التفجيران الأحدث في سلسلة الهجمات التي أودت بحياة 300 شخص الشهر الحالي وحده. "
            "وقال متحدث عسكري إن انتحاريتين قتلتا تسعة أشخاص على الأقل في مدينة داماتورو.")
    events = eventx.extract(text, reference_date="2015-07-21")
    told = [e for e in events if e.modality in ("asserted", "claimed")]
    assert told and all(_killed(e) != 300 for e in told)
    assert [e for e in events if _killed(e) == 300 and e.modality == "generic"]
