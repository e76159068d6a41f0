"""Work the merge and the record building do once per sentence, not per draft.

A sentence usually tells more than one event or holds more than one draft:
its input span (the events' ``sentence`` mention) and its cue regions
(``eventx.recalled.cue_regions``, asked by every draft's ``own_slots``,
``timing_cue`` and ``span_back_days``) are worked out once.  Sentences are
written for these tests.
"""
from __future__ import annotations

import eventx
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


def test_sentence_without_cue_remembered() -> None:
    # no cue word ("بعد"، "ردا على"، "غداة" ...): no regions, and the answer is
    # kept for the sentence's other drafts instead of a new scan of its words
    d = drafts("هاجم مسلحون حاجزا للجيش في بغداد أمس.", _REF)[0]
    assert rc.cue_regions(d.sentence) == ()
    kept = rc._REGIONS.get(id(d.sentence))
    assert kept is not None and kept[0] is d.sentence and kept[1] == ()


def test_sentence_with_cue_keeps_its_regions() -> None:
    d = drafts("قتل جندي في اشتباك أمس، بعد ثلاثة أيام على هجوم انتحاري في المدينة.", _REF)[0]
    regions = rc.cue_regions(d.sentence)
    assert regions
    assert rc.cue_regions(d.sentence) is regions
