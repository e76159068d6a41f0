"""Document merging: a mention of another kind of deed in another sentence
that puts a target of the event among its doers tells of another deed (a
reprisal, the day's other fighting), so it brings none of its parties.
Probe articles in the corpus's style."""
from __future__ import annotations

from eventx.events import Draft
from eventx.merge import combine

from test_merge_sides import drafts


def roles(d: Draft) -> set[tuple[str, str]]:
    return {(r, m.info.name_en) for r, m in d.actors}


def test_a_reprisal_by_the_target_brings_no_parties() -> None:
    ds = drafts("شنت طائرات التحالف غارات جوية على مواقع الحوثيين في مدينة لحج أمس. "
                "وشن الحوثيون هجوما على مواقع المقاومة الشعبية في مأرب.")
    strike = combine(ds[0], ds[1])
    attack = ds[2]
    assert ("target", "Houthis") in roles(strike)
    assert ("agent", "Houthis") in roles(attack)
    for merged in (combine(strike, attack), combine(strike, attack, keep_anchor=True)):
        assert merged.type == "air_strike"
        assert ("agent", "Houthis") not in roles(merged)
        assert all(m.info.name_en != "Yemeni Popular Resistance" for _, m in merged.actors)
        assert ("agent", "coalition forces") in roles(merged)


def test_a_toll_of_another_kind_still_joins() -> None:
    # no party changes side: the victims of the strike's sequel are kept
    ds = drafts("شنت طائرات التحالف غارات جوية على مواقع الحوثيين في مدينة لحج أمس. "
                "وقتل الجيش خمسة من عناصر القاعدة في مأرب.")
    strike = combine(ds[0], ds[1])
    merged = combine(strike, ds[2], keep_anchor=True)
    assert ("victim", "al-Qaeda") in roles(ds[2])
    assert ("victim", "al-Qaeda") in roles(merged)


def test_both_sides_of_a_clash_act() -> None:
    # in a clash each side acts on the other: a side read as the target of an
    # attack is still a side of the clash
    ds = drafts("شن مسلحو داعش هجوما على مواقع الجيش العراقي في الرمادي أمس. "
                "واندلعت اشتباكات عنيفة بين الجيش العراقي ومسلحي داعش في الرمادي.")
    attack, clash = ds[0], ds[-1]
    merged = combine(attack, clash, keep_anchor=True)
    assert roles(clash) <= roles(merged)
