"""A bare head noun ("الجيش"، "القوات"، "جنود") folds into the actor another
mention of the incident names fully on the same side (eventx.head_fill,
eventx.merge.heads_folded): one participant is listed once.  Sides, named
actors, civilian groups and offices of one clause stay apart."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx.head_fill import folded, is_bare, is_head_of, same_head
from eventx.records import ActorInfo
from tests.probe import all_role_mentions

REF = "2015-08-01"

ARMY = ActorInfo("الجيش", "army", "state_forces", None, "MIL")
FORCES = ActorInfo("القوات", "forces", "state_forces", None, "MIL")
SOLDIERS = ActorInfo("الجنود", "soldiers", "state_forces", None, "MIL")
REBELS = ActorInfo("المتمردين", "rebels", "armed_group", None, "REB")
GUNMEN = ActorInfo("مسلحون", "gunmen", "armed_group", None, "UAF")
CONSULATE = ActorInfo("القنصلية", "consulate", "government", None, "GOV")
CIVILIANS = ActorInfo("المدنيين", "civilians", "civilians", None, "CVL")

ALGERIAN_ARMY = ActorInfo("الجيش الجزائري", "Algerian army", "state_forces", "DZA", "DZAMIL")
SYRIAN_ARMY = ActorInfo("الجيش السوري", "Syrian army", "state_forces", "SYR", "SYRMIL")
SECURITY = ActorInfo("قوات الأمن", "security forces", "state_forces", None, "COP")
TURKISH_ARMY = ActorInfo("الجيش التركي", "Turkish army", "state_forces", "TUR", "TURMIL")
HOUTHIS = ActorInfo("الحوثيون", "Houthis", "armed_group", "YEM", "YEMREB")
MILITIA = ActorInfo("قوات الدفاع الوطني", "National Defence Forces", "armed_group", "SYR", "SYRUAF")
FREE_ARMY = ActorInfo("الجيش الحر", "Free Syrian Army", "armed_group", "SYR", "SYRREB")
US_CONSULATE = ActorInfo("القنصلية الأميركية", "US consulate", "government", "USA", "USAGOV")
US_EMBASSY = ActorInfo("السفارة الأميركية", "US embassy", "government", "USA", "USAGOV")
SETTLERS = ActorInfo("المستوطنين", "settlers", "civilians", "ISR", "ISRCVL")
COALITION = ActorInfo("التحالف الدولي", "international coalition", "international", "USA", "IGOMIL")

BARE = [ARMY, FORCES, SOLDIERS, REBELS, GUNMEN, CONSULATE, CIVILIANS]
NAMED = [ALGERIAN_ARMY, SYRIAN_ARMY, SECURITY, TURKISH_ARMY, HOUTHIS, MILITIA, FREE_ARMY,
         US_CONSULATE, US_EMBASSY, SETTLERS, COALITION]


def test_a_head_noun_alone_reads_as_bare_and_a_named_actor_does_not() -> None:
    assert is_bare(ARMY) and is_bare(FORCES) and is_bare(CONSULATE)
    assert not any(is_bare(x) for x in NAMED)
    assert not is_bare(CIVILIANS)  # a group of people is no head of another


def test_the_head_of_a_fuller_name_refers_to_it() -> None:
    assert is_head_of(ARMY, ALGERIAN_ARMY)
    assert is_head_of(FORCES, SECURITY)  # "القوات" and "قوات الأمن": one head noun
    assert is_head_of(CONSULATE, US_CONSULATE)
    assert same_head(FORCES, SECURITY) and not same_head(SOLDIERS, TURKISH_ARMY)


def test_a_class_noun_of_an_armed_side_refers_to_a_country_force_of_its_class() -> None:
    assert is_head_of(SOLDIERS, TURKISH_ARMY)
    assert is_head_of(REBELS, HOUTHIS)


def test_what_names_another_party_is_no_head_of_it() -> None:
    assert not is_head_of(GUNMEN, MILITIA)  # gunmen may be either side's
    assert not is_head_of(ARMY, FREE_ARMY)  # a rebel army, not the state's
    assert not is_head_of(ARMY, COALITION)  # the army beside the coalition is another force
    assert not is_head_of(CONSULATE, US_EMBASSY)  # another office of that country
    assert not is_head_of(CIVILIANS, SETTLERS)
    assert not is_head_of(ALGERIAN_ARMY, SYRIAN_ARMY)  # two named forces stay two


def _side(a: tuple[str, ActorInfo]) -> str | None:
    return {"agent": "agent", "source": "agent", "target": "target",
            "victim": "target"}.get(a[0])


def _info(a: tuple[str, ActorInfo]) -> ActorInfo:
    return a[1]


def test_a_bare_actor_folds_only_into_a_named_one_of_its_side() -> None:
    actors = [("agent", ARMY), ("agent", ALGERIAN_ARMY), ("target", FORCES),
              ("agent", SOLDIERS), ("target", HOUTHIS)]
    assert folded(actors, _side, _info) == (("agent", ALGERIAN_ARMY), ("target", FORCES),
                                            ("target", HOUTHIS))


def test_the_parties_to_a_meeting_never_fold() -> None:
    actors = [("participant", ARMY), ("participant", ALGERIAN_ARMY)]
    assert folded(actors, _side, _info) == tuple(actors)


def test_two_offices_of_one_clause_stay_two_places() -> None:
    actors = [("target", CONSULATE), ("target", US_CONSULATE)]
    assert folded(actors, _side, _info, together=lambda _a, _b: True) == tuple(actors)
    assert folded(actors, _side, _info) == (("target", US_CONSULATE),)
    # an armed side folds even in one clause ("جنود الجيش التركي")
    armed = [("agent", SOLDIERS), ("agent", TURKISH_ARMY)]
    assert folded(armed, _side, _info, together=lambda _a, _b: True) == (("agent", TURKISH_ARMY),)


ROLES = ["agent", "source", "target", "victim", "participant"]
actor_lists = st.lists(st.tuples(st.sampled_from(ROLES), st.sampled_from(BARE + NAMED)),
                       max_size=8)


@given(actor_lists)
def test_folding_never_drops_a_named_actor_nor_reorders_the_rest(actors: list) -> None:
    out = folded(actors, _side, _info)
    assert [a for a in actors if not is_bare(a[1])] == [a for a in out if not is_bare(a[1])]
    it = iter(actors)
    assert all(any(a == b for b in it) for a in out)  # a subsequence: order kept


@given(actor_lists)
def test_folding_keeps_every_side_and_is_idempotent(actors: list) -> None:
    out = folded(actors, _side, _info)
    assert {_side(a) for a in actors} == {_side(a) for a in out}
    assert folded(out, _side, _info) == out


def test_soldiers_told_again_fold_into_the_named_soldiers() -> None:
    text = ("قتل ثلاثة جنود أتراك في هجوم شنه مسلحون من حزب العمال الكردستاني على "
            "قافلة عسكرية في ولاية هكاري يوم الخميس. وأوضح البيان أن الهجوم أسفر عن "
            "مقتل جنود وإصابة آخرين.")
    got = all_role_mentions(text, "attack", REF)
    assert ("victim", "جنود أتراك") in got
    assert ("victim", "جنود") not in got


def test_a_fallen_policeman_recast_as_a_clash_side_folds_into_the_named_force() -> None:
    text = ("اندلعت اشتباكات بين قوات الأمن التركية ومتمردين أكراد في ولاية شرناق يوم "
            "الجمعة. وقتل شرطيان في الاشتباكات.")
    got = all_role_mentions(text, "armed_clash", REF)
    assert ("agent", "قوات الأمن التركية") in got and ("agent", "ومتمردين") in got
    assert all(m != "شرطيان" for _, m in got)


def test_the_men_a_deed_killed_stay_victims_beside_the_force_it_struck() -> None:
    text = "استهدف مسلحو داعش تجمعا لقوات الجيش العراقي جنوب الرمادي يوم السبت ما تسبب بمقتل جنديين."
    got = all_role_mentions(text, "attack", REF)
    assert ("target", "لقوات الجيش العراقي") in got and ("victim", "جنديين") in got


def test_two_consulates_of_one_sentence_stay_two() -> None:
    text = "اقتحم متظاهرون قنصلية تايلاند في إسطنبول يوم الخميس وأحرقوا العلم أمام القنصلية الصينية."
    got = all_role_mentions(text, "attack", REF)
    assert ("target", "قنصلية") in got and ("target", "القنصلية الصينية") in got
