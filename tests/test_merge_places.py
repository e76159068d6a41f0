"""Document merging, round q25: where a merged incident took place.  A killing
told in another sentence without a figure ("أريد أن تكف تركيا عن قتل الأكراد"
in a marcher's words) gives its host no place: the place its sentence names
is the speaker's, not the deed's.  A toll with its figures restates the deed
and still tells where.  Probe articles in the corpus's style."""
from __future__ import annotations

import eventx

from probe import asserted_events

REF = "2015-08-09"

MARCH = ("وقتل مقاتلون جنديين في هجوم على دورية عسكرية أمس الأحد. "
         "وتظاهر آلاف الأكراد أمس في بروكسل تنديدا بالغارات. "
         "وقال رجل أتى من أوسلو مع ابنه لوكالة الصحافة الفرنسية "
         "\"أريد أن تكف تركيا عن قتل الأكراد\".")


def _attack(text: str) -> eventx.Event:
    found = asserted_events(text, "attack", REF)
    assert len(found) == 1
    return found[0]


def test_a_quoted_killing_without_a_figure_gives_no_place() -> None:
    attack = _attack(MARCH)
    assert attack.location is None or attack.location.place.name_en != "Oslo"


def test_a_toll_with_its_figures_still_tells_where() -> None:
    text = ("هاجم مسلحون دورية عسكرية أمس الأحد. "
            "وقال مسؤول إن خمسة جنود قتلوا في الهجوم في مدينة بنقردان.")
    attack = _attack(text)
    assert attack.location is not None
    assert attack.location.place.country == "TN"


# a plain party ("مسلحون") in an incident told later links it to the nearest
# incident only; named again definitely ("المسلحين") it refers back to the first
KANO = "فتح مسلحون النار على حافلة في مدينة كانو يوم الاثنين. "
POLICE_RAID = "وفي مدينة مايدوغوري هاجمت الشرطة منزلا يوم الاثنين. "


def _attacks(text: str) -> list[eventx.Event]:
    return sorted(asserted_events(text, "attack", "2015-07-21"), key=lambda e: e.trigger.start)


def test_an_indefinite_plain_party_does_not_reach_past_another_incident() -> None:
    text = KANO + POLICE_RAID + "وقتل حينها 14 شرطيا حين اقتحم مسلحون مركزا للشرطة."
    attacks = _attacks(text)
    kano = attacks[0]
    assert kano.location is not None and kano.location.place.name_en == "Kano"
    # the storming of a police post is not the Kano bus shooting
    assert not any("مركز" in a.mention.text for a in kano.actors)
    assert any(e.trigger.text == "اقتحم" for e in attacks)


def test_a_definite_plain_party_refers_back() -> None:
    text = KANO + POLICE_RAID + "وقال شهود إن المسلحين أطلقوا النار على الركاب."
    attacks = _attacks(text)
    assert len(attacks) == 2  # the witnesses' shooting is the Kano one
    assert attacks[0].location is not None
    assert attacks[0].location.place.name_en == "Kano"


def test_plain_parties_are_common_nouns_without_a_name() -> None:
    from eventx.analysis import ActorMention
    from eventx.merge import _plain_party
    from eventx.records import ActorInfo

    def mention(info: ActorInfo) -> ActorMention:
        return ActorMention(first=0, last=0, start=0, end=1, info=info)

    assert _plain_party(mention(ActorInfo("مسلحون", "gunmen", "armed_group", None, "UAF")))
    assert _plain_party(mention(ActorInfo("مسجد", "mosque", "civilians")))
    assert not _plain_party(mention(ActorInfo("داعش", "ISIS", "armed_group", None, "IMGMUSISI")))
    assert not _plain_party(mention(ActorInfo("الشرطة التركية", "Turkish police", "state_forces",
                                              "TUR", "TURCOP")))
    assert not _plain_party(mention(ActorInfo("مسجد", "mosque of emergency forces",
                                              "state_forces")))


def test_a_toll_in_a_sentence_that_turns_elsewhere_stays_apart() -> None:
    text = ("اقتحمت قوات الأمن مقرا لتنظيم داعش أمس الأحد. "
            "ومن جهة أخرى أفادت مصادر أمنية بمقتل 11 مدنيا في أعمال عنف متفرقة في مدينة بعقوبة.")
    events = eventx.extract(text, reference_date="2015-07-27")
    storming = [e for e in events if e.type == "attack"]
    assert len(storming) == 1
    assert storming[0].location is None  # Baqubah is where the other deaths were
    assert any(e.type == "killing" and e.location is not None for e in events)


def test_recent_attacks_in_the_plural_are_a_tally_not_the_incident() -> None:
    text = ("فتح مسلحون أكراد النار على سيارة عسكرية قرب مدينة ديار بكر أمس الأحد. "
            "ودان دبلوماسي أميركي كبير الهجمات التي نفذها مقاتلو حزب العمال الكردستاني "
            "في تركيا في الآونة الأخيرة.")
    events = eventx.extract(text, reference_date="2015-07-27")
    shooting = [e for e in events if e.modality == "asserted" and e.type == "attack"]
    assert len(shooting) == 1
    # the diplomat's "recent attacks" sum up many: they name no agent of this one
    assert not any("حزب العمال" in a.mention.text for a in shooting[0].actors)
    assert all(e.modality != "asserted" for e in events if e.trigger.text == "الهجمات")
