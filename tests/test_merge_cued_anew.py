"""Document merging: an earlier deed that a timing phrase brings in anew.

"ويأتي الهجوم بعد شهرين من هجوم دموي استهدف متحفا ونفذه مسلحان" names, by
an indefinite noun, an older incident as the time of the one reported: no
incident told before it in the article is that one, so neither it nor its
toll, parties and place join them.  Named definitely ("بعد يومين من الهجوم"،
"في أعقاب هجمات باريس") the phrase may refer back, and it still does.
Probe sentences in the corpus's style, not corpus text."""
from __future__ import annotations

import eventx
from eventx.merge import _cued_anew
from eventx.recalled import relative_head, timing_cue
import probe

REF = "2016-06-10"

BARRACKS = ("قتل ثلاثة جنود في إطلاق نار داخل ثكنة عسكرية في العاصمة اليوم. "
            "ويأتي الهجوم بعد شهرين من هجوم دموي استهدف متحفا في المدينة ونفذه مسلحان "
            "وقتلا خلاله 20 سائحا. ")


def incidents(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.modality in ("asserted", "claimed")]


def test_an_older_deed_brought_in_anew_stays_apart() -> None:
    evs = incidents(BARRACKS)
    older = [e for e in evs if any(a.info.name_en == "gunmen" for a in e.actors)]
    assert len(older) == 1
    today = [e for e in evs if e is not older[0] and e.type in ("attack", "killing")]
    assert today, "the barracks shooting is an incident of its own"
    for e in today:
        # the gunmen and the tourists are the older attack's, not the barracks'
        assert not {a.info.name_en for a in e.actors} & {"gunmen", "tourists"}
    # two months back: the day of the phrase's span, not the report's
    assert older[0].date is not None and older[0].date.start.isoformat() < "2016-05-01"


def test_the_relative_verb_is_told_of_the_noun_before_it() -> None:
    sents = probe.drafts(BARRACKS, REF)
    verb = next(d for d in sents if d.sentence.texts[d.trigger.first] == "استهدف")
    lo = timing_cue(verb)
    assert lo is not None
    head = relative_head(verb, lo)
    assert head is not None and verb.sentence.texts[head.first] == "هجوم"
    assert _cued_anew(verb)


def test_a_verb_after_that_is_no_relative_clause() -> None:
    # "إعلانها أن قواتها أسقطت": what was announced, not the announcement's clause
    text = ("وجاء البيان بعد أيام من إعلانها أن قواتها أسقطت طائرة استطلاع قرب الحدود.")
    for d in probe.drafts(text, REF):
        if d.form.pos == "verb" and (lo := timing_cue(d)) is not None:
            assert relative_head(d, lo) is None
            assert not _cued_anew(d)


def test_a_definite_or_named_deed_may_still_refer_back() -> None:
    for phrase in ("بعد يومين من الهجوم", "في أعقاب هجمات باريس", "بعد ساعات من مقتل 25 شخصا"):
        text = f"فرضت السلطات قيودا على الحدود {phrase} أمس."
        cued = [d for d in probe.drafts(text, REF) if timing_cue(d) is not None]
        assert cued, phrase
        assert not any(_cued_anew(d) for d in cued), phrase


def test_an_indefinite_deed_noun_is_brought_in_anew() -> None:
    for phrase in ("بعد يومين من هجوم انتحاري", "ردا على تفجير استهدف سوقا"):
        text = f"شنت الطائرات غارات على مواقع المسلحين {phrase}."
        cued = [d for d in probe.drafts(text, REF) if timing_cue(d) is not None]
        assert cued and all(_cued_anew(d) for d in cued), phrase


def test_a_dated_killing_told_first_keeps_its_place() -> None:
    # "قتل … السبت في مقديشو" told in a claim, then "هذا الهجوم": one incident, in Mogadishu
    text = ("أعلنت حركة الشباب مسؤوليتها عن قتل نائب مع حارسيه السبت في مقديشو. "
            "وندد الرئيس بهذا الهجوم الذي وقع بعد أشهر على اغتيال نائب في إقليم بونتلاند.")
    evs = incidents(text)
    places = {e.location.place.name_en for e in evs if e.location is not None
              and e.type in ("attack", "killing")}
    assert "Mogadishu" in places
