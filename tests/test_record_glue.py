"""Work the merge and the record building do once per sentence, not per draft.

A sentence usually tells more than one event or holds more than one draft:
its input span (the events' ``sentence`` mention) is made once; its cue
regions (``eventx.recalled.cue_regions``, asked by every draft's
``own_slots``, ``timing_cue`` and ``span_back_days``) are kept only where it
holds a cue word.  Sentences are
written for these tests.
"""
from __future__ import annotations

import eventx
from eventx import events as ev
from eventx import recalled as rc
from probe import drafts

_REF = "2021-02-24"


def test_events_of_one_sentence_share_its_mention() -> None:
    # an arrest and a shelling told in one sentence: two events
    text = "اعتقلت الشرطة ثلاثة مسلحين في الموصل، وقصفت الطائرات مواقع في الرقة يوم الاثنين."
    events = eventx.Extractor().extract(text, reference_date=_REF)
    assert len(events) >= 2
    assert events[0].sentence == events[1].sentence
    assert events[0].sentence is events[1].sentence  # one record, made once


def test_sentence_without_cue_not_held() -> None:
    # no cue word ("بعد"، "ردا على"، "غداة" ...): no regions, and the memo does
    # not keep the sentence: holding every analysed sentence alive (256 at a
    # time) promoted them to the collector's older generations and brought a
    # full collection into a warm pass over 300 articles (+2.4% instructions)
    d = drafts("هاجم مسلحون حاجزا للجيش في بغداد أمس.", _REF)[0]
    assert rc.cue_regions(d.sentence) == ()
    assert (id(d.sentence),) not in rc._REGIONS._table


def test_sentence_with_cue_keeps_its_regions() -> None:
    d = drafts("قتل جندي في اشتباك أمس، بعد ثلاثة أيام على هجوم انتحاري في المدينة.", _REF)[0]
    regions = rc.cue_regions(d.sentence)
    assert regions
    assert rc.cue_regions(d.sentence) is regions


def test_a_done_document_leaves_no_sentence_in_the_memos() -> None:
    # the regions and rule choices of a document's sentences are asked again
    # by its merge and dating, and by no later document: kept across
    # documents, they were moved to the collector's oldest generation, and
    # over 2,000 articles five full collections came where three do now
    text = "قتل جندي في اشتباك أمس، بعد ثلاثة أيام على هجوم انتحاري في المدينة."
    d = drafts(text, _REF)[0]
    assert rc.cue_regions(d.sentence)
    assert (id(d.sentence),) in rc._REGIONS._table
    assert ev.may_fire(d.sentence, eventx.default_extractor().compiled)
    assert ev._RECENT_CHOICE._table
    assert eventx.default_extractor().extract(text, reference_date=_REF)
    assert not rc._REGIONS._table
    assert not ev._RECENT_CHOICE._table
