"""Document merging, round q11: which mention decides the merged type, which
mentions of another sentence are another deed (and so bring no actors), and
when an undated or after-dated mention is the incident told before.  Probe
articles in the corpus's style."""
from __future__ import annotations

import datetime as dt

import attrs

import eventx
from eventx.events import Draft
from eventx.merge import _mergeable, _other_speakers, _same_encounter, _turns_elsewhere, combine
import probe

REF = "2015-08-10"  # a Monday


def asserted(text: str, ref: str = REF) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=ref) if e.modality == "asserted"]


def drafts(text: str) -> list[Draft]:
    return probe.drafts(text, REF)


def names(e: eventx.Event) -> set[str]:
    return {a.info.name_en for a in e.actors}


def test_clashes_told_again_as_the_attack_stay_clashes() -> None:
    # whichever of the two comes first, the named way of fighting gives the type
    first = ("اندلعت معارك عنيفة بين الجيش العراقي ومسلحي داعش في مدينة الرمادي أمس. "
             "وأسفر الهجوم عن مقتل 5 جنود.")
    later = ("أسفر الهجوم عن مقتل 5 جنود في مدينة الرمادي أمس. "
             "واندلعت معارك عنيفة بين الجيش العراقي ومسلحي داعش في مدينة الرمادي أمس.")
    for text in (first, later):
        evs = [e for e in asserted(text) if e.type not in ("statement",)]
        assert [e.type for e in evs] == ["armed_clash"]


def test_the_type_of_two_mentions_does_not_hang_on_their_order() -> None:
    ds = [d for d in drafts("اندلعت معارك عنيفة بين الجيش ومسلحي داعش في مدينة الرمادي أمس. "
                            "وشن مسلحو داعش الهجوم على مدينة الرمادي أمس.")
          if d.type in ("armed_clash", "attack")]
    clash = next(d for d in ds if d.type == "armed_clash")
    attack = next(d for d in ds if d.type == "attack")
    assert combine(clash, attack).type == combine(attack, clash).type == "armed_clash"


def test_an_outcome_stays_the_vaguest_type() -> None:
    # "killing" told in another sentence never names the deed of "the attack"
    ds = drafts("هاجم مسلحون نقطة تفتيش في مدينة العريش أمس. وقتل المسلحون ثلاثة جنود أمس.")
    attack = next(d for d in ds if d.type == "attack")
    killing = attrs.evolve(attack, rule=attrs.evolve(attack.rule, type="killing", priority=99))
    other = attrs.evolve(killing, sentence=ds[-1].sentence)
    assert combine(attack, other).type == combine(other, attack).type == "attack"


def test_a_sentence_turning_to_another_matter_tells_another_incident() -> None:
    text = ("هاجم مسلحون مركزا للشرطة في مدينة العريش أمس. "
            "من جهة أخرى، اندلعت اشتباكات بين مسلحي الحوثي وقوات صالح أمس.")
    evs = asserted(text)
    attack = next(e for e in evs if e.type == "attack")
    assert "Houthis" not in names(attack)
    assert any(e.type == "armed_clash" and "Houthis" in names(e) for e in evs)


def test_another_matter_may_still_name_the_incident_by_a_definite_noun() -> None:
    ds = drafts("قتل مسلحون عشرات الأشخاص في أربع قرى في ولاية بورنو أمس. "
                "من جهة أخرى، أكد مفوض الشرطة في ولاية بورنو الهجمات.")
    first, back = ds[0], ds[-1]
    assert back.sentence is not first.sentence and back.type == "attack"
    assert _mergeable(first, back)
    # an indefinite deed in such a sentence is news of its own
    fresh = drafts("قتل مسلحون عشرات الأشخاص في أربع قرى في ولاية بورنو أمس. "
                   "من جهة أخرى، شن مسلحون هجمات في ولاية بورنو أمس.")
    assert not any(_mergeable(fresh[0], d) for d in fresh[1:])


def test_a_party_on_opposite_sides_links_two_threats_no_more() -> None:
    text = ("هدد أتباع تنظيم داعش دولة الإمارات عبر الإنترنت. "
            "وتوعد مسلحون بمهاجمة تنظيم داعش.")
    threats = [e for e in asserted(text) if e.type == "threat"]
    assert len(threats) == 2
    first = next(e for e in threats if "United Arab Emirates" in names(e))
    assert "gunmen" not in names(first)


def test_a_running_total_told_of_plural_deeds_is_no_incident() -> None:
    text = "وقتل 19 شخصا من قوات الأمن التركية في هجمات منذ بداية الأزمة الحالية."
    assert not [e for e in asserted(text) if e.type == "attack"]


def test_an_ambush_told_by_its_verb_never_joins_an_air_raid() -> None:
    text = ("قتل 5 من الحوثيين في كمين للمقاومة استهدف تعزيزات في مدينة تعز أمس. "
            "وشن طيران التحالف غارات على مواقع الحوثيين في مدينة تعز أمس.")
    types = sorted(e.type for e in asserted(text))
    assert types == ["air_strike", "attack"]


def test_a_deed_dated_by_what_followed_it_joins_its_own_day() -> None:
    text = ("نشرت الشرطة الكندية دوريات عند المساجد أمس الأحد، في أعقاب الهجوم على مسجد "
            "في مدينة كيبيك. وقالت السلطات إن المشتبه به الوحيد في حادث إطلاق النار الذي "
            "وقع السبت معروف للشرطة.")
    attacks = [e for e in asserted(text) if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].date is not None
    assert attacks[0].date.start == dt.date(2015, 8, 8)  # the day of the shooting


def test_a_deed_told_after_a_later_date_still_parts_from_a_later_one() -> None:
    # the bound is from above only: a shooting on Monday is not Sunday's attack
    text = ("نشرت الشرطة الكندية دوريات عند المساجد يوم السبت، في أعقاب الهجوم على مسجد "
            "في مدينة كيبيك. وقالت السلطات إن المشتبه به الوحيد في حادث إطلاق النار الذي "
            "وقع اليوم الاثنين معروف للشرطة.")
    # the Monday shooting keeps its day; the attack recalled before Saturday's
    # patrols stays apart, as background of the patrols (tests/test_tallies_background.py)
    events = [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
    assert len(events) == 2
    shooting = [e for e in events if e.modality == "asserted"]
    assert len(shooting) == 1 and shooting[0].trigger.text == "إطلاق النار"


def _meetings(text: str) -> list[Draft]:
    return [d for d in drafts(text) if d.type == "meeting"]


def test_an_undated_meeting_without_parties_retells_the_dated_one() -> None:
    ms = _meetings("اجتمعت جبهة النصرة مساء الأربعاء مع فصائل عسكرية كبرى. "
                   "وقالت الجبهة إن الاجتماع ضم الفصائل العسكرية الكبرى في حلب.")
    assert len(ms) == 2 and ms[0].date is not None and ms[1].date is None
    later = attrs.evolve(ms[1], actors=())
    assert _same_encounter(ms[0], later)


def test_an_undated_meeting_naming_a_party_may_be_another() -> None:
    ms = _meetings("اجتمعت جبهة النصرة مساء الأربعاء مع فصائل عسكرية كبرى. "
                   "وقالت الجبهة إن الاجتماع ضم الفصائل العسكرية الكبرى في حلب.")
    dated, undated = ms[0], ms[1]
    named = attrs.evolve(undated, actors=dated.actors)
    assert not _same_encounter(dated, named)
    # and an earlier undated mention is no retelling of a later dated one
    assert not _same_encounter(attrs.evolve(undated, actors=()), attrs.evolve(
        dated, trigger=dated.trigger._replace(start=undated.trigger.start + 1)))


def test_statements_of_different_speakers_are_two_declarations() -> None:
    ds = [d for d in drafts("أدانت جامعة الدول العربية القصف التركي في شمال العراق. "
                            "وأعربت وزارة الخارجية القطرية في بيان عن تحفظ دولة قطر.")
          if d.type == "statement"]
    league = next(d for d in ds if any(m.info.name_en == "Arab League" for _, m in d.actors))
    qatar = next(d for d in ds if d is not league)
    assert _other_speakers(league, qatar)
    assert not _mergeable(league, qatar)


def test_a_country_and_its_government_are_one_speaker() -> None:
    text = ("أدانت الحكومة اليمنية بشدة التفجير الإرهابي. "
            "وعبر البيان عن تعازي اليمن للقيادة في المملكة.")
    said = [e for e in asserted(text) if e.type == "statement"]
    assert len(said) == 1


def test_a_turn_to_another_matter_may_name_its_field() -> None:
    # "على صعيد مصري آخر" opens another matter as "على صعيد آخر" does; a bare
    # "على صعيد" naming the field of the same matter does not
    turned = drafts("على صعيد مصري آخر قتل 18 شخصا في هجوم على قرية أمس.")
    plain = drafts("على صعيد الأحداث قتل 18 شخصا في هجوم على قرية أمس.")
    assert turned and all(_turns_elsewhere(d) for d in turned)
    assert plain and not any(_turns_elsewhere(d) for d in plain)


def test_deeds_of_opposed_sides_in_two_sentences_stay_two() -> None:
    # the coalition's air raids and the Houthis' attack: doers named for two
    # sides, so the second is not the first told again, whatever they share
    text = ("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة أمس. "
            "وشن الحوثيون هجوما على مواقع المقاومة الشعبية في صعدة أمس.")
    evs = asserted(text)
    assert sorted(e.type for e in evs) == ["air_strike", "attack"]
    strike = next(e for e in evs if e.type == "air_strike")
    assert "Houthis" not in {a.info.name_en for a in strike.actors if a.role == "agent"}


def test_a_doer_named_only_by_role_may_be_the_side_named_later() -> None:
    # "مسلحون" names no side: the group that claims the attack after is its doer
    text = ("هاجم مسلحون حاجزا للجيش في مدينة العريش أمس وقتلوا 5 جنود. "
            "وتبنى تنظيم داعش الهجوم في بيان.")
    attacks = [e for e in asserted(text) + [e for e in eventx.extract(text, reference_date=REF)
                                            if e.modality == "claimed"]
               if e.type == "attack"]
    assert len(attacks) == 1
