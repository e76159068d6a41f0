"""Document merging, round q13: a vague "attack" told the same day joins an
incident only where nothing in its sentence sets it in another country, and
plural deeds counted "since" a time are a tally however far the word stands
from the toll.  Probe articles in the corpus's style."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.merge import _told_elsewhere

from test_merge_sides import drafts

REF = "2015-08-10"  # a Monday

CLASH = "اندلعت اشتباكات عنيفة أمس الأحد بين الحوثيين والقوات الحكومية في مدينة تعز. "
ATTACK = "وقال {who} إن هجوما وقع أمس الأحد على كمين للشرطة ما أسفر عن مقتل جنديين."


def asserted(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.modality == "asserted"]


def test_a_vague_attack_told_of_another_country_stays_apart() -> None:
    events = asserted(CLASH + ATTACK.format(who="الجيش المصري"))
    assert sorted(e.type for e in events) == ["armed_clash", "attack"]
    clash = next(e for e in events if e.type == "armed_clash")
    # the clash in Taiz takes on no victim of the attack told of Egypt
    assert all(a.role != "victim" for a in clash.actors)


def test_a_vague_attack_of_the_same_country_or_of_none_still_joins() -> None:
    for who in ("الجيش اليمني", "مصدر"):
        events = asserted(CLASH + ATTACK.format(who=who))
        assert [e.type for e in events] == ["armed_clash"], who


def test_countries_told_apart_is_symmetric_and_needs_both_sides() -> None:
    ds = drafts(CLASH + ATTACK.format(who="الجيش المصري"))
    clash = next(d for d in ds if d.type == "armed_clash")
    attack = next(d for d in ds if d.type == "attack")
    assert _told_elsewhere(clash, attack) and _told_elsewhere(attack, clash)
    quiet = next(d for d in drafts(CLASH + ATTACK.format(who="مصدر")) if d.type == "attack")
    assert not _told_elsewhere(clash, quiet)


@settings(deadline=None, max_examples=6)
@given(st.sampled_from(["بداية الازمة الحالية", "مطلع العام", "يوليو الماضي"]),
       st.sampled_from(["نسبت الى حزب العمال الكردستاني", "شنها مسلحون مجهولون في المنطقة"]))
def test_plural_deeds_counted_since_a_time_are_a_tally(since: str, told: str) -> None:
    # the toll stands more than eight words before "منذ": still a running total
    text = f"وقتل 19 شخصا من قوات الامن التركية في هجمات {told} منذ {since}، وفق حصيلة اعدتها فرانس برس."
    assert not asserted(text)
