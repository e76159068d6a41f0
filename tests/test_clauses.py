"""One sentence, two incidents: a clause connective (كما، فيما، بينما، في حين)
parts what each clause tells, and a trigger word repeated in the second
clause means what it meant in the first.  Probe sentences written for these
tests in wire-copy style."""
from __future__ import annotations

import eventx


def _events(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date="2015-08-01")
            if e.modality in ("asserted", "claimed")]


def _where(e: eventx.Event) -> str | None:
    return e.location.mention.text if e.location and e.location.mention else None


def test_words_before_a_connective_are_the_first_clause_s() -> None:
    evs = _events("شنت طائرات التحالف غارات على مواقع داعش في الرقة أمس، كما قصفت "
                  "المدفعية التركية مواقع حزب العمال الكردستاني في شمال العراق.")
    by_type = {e.type: e for e in evs}
    assert _where(by_type["air_strike"]) == "الرقة"
    assert by_type["air_strike"].date is not None
    assert by_type["air_strike"].date.start.isoformat() == "2015-07-31"
    assert by_type["rocket_strike"].location is not None
    assert by_type["rocket_strike"].location.place.country == "IQ"
    assert _where(by_type["rocket_strike"]) != "الرقة"


def test_same_deed_in_two_places_across_a_connective_is_two_incidents() -> None:
    evs = _events("اعتقلت الشرطة 5 مشتبهين في تونس العاصمة بينما اعتقلت 3 آخرين في سوسة.")
    arrests = sorted((_where(e), [c.value for c in e.counts]) for e in evs if e.type == "arrest")
    assert len(arrests) == 2
    assert ("سوسة", [3]) in arrests


def test_a_toll_told_in_parts_across_a_connective_stays_one() -> None:
    evs = _events("قتل 3 جنود في اشتباكات مع مسلحين بينما قتل 5 من المسلحين.")
    assert len([e for e in evs if e.type in ("armed_clash", "killing")]) == 1


def test_a_repeated_trigger_word_keeps_its_first_meaning() -> None:
    evs = _events("قصفت الطائرات مواقع داعش في الرقة، كما قصفت مواقع النصرة في إدلب.")
    strikes = sorted(_where(e) or "" for e in evs if e.type == "air_strike")
    assert strikes == ["إدلب", "الرقة"]


def test_a_lone_word_without_its_rule_s_cue_still_fires_nothing() -> None:
    """The repeat borrows the first firing's rule; with no first firing, none."""
    assert not [e for e in _events("قصفت مواقع النصرة في إدلب.") if e.type == "air_strike"]
