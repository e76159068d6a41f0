"""Document merging, round q20: a definite back-reference ("الانفجار"،
"الهجوم") names the nearest incident told before it that its type can name,
not the first the article told; a verb whose subject is such a noun ("الهجوم
استهدف") refers back like the noun.  Probe articles in the corpus's style."""
from __future__ import annotations

import pytest

import eventx
from eventx.events import Draft
from eventx.merge import (
    _by_reference,
    _countries_told,
    _deed_subject,
    _refers_back,
    _told_elsewhere,
    _turns_elsewhere,
)

from probe import asserted_events
import probe

REF = "2016-03-10"

TWO_BLASTS = ("انفجرت عبوة ناسفة في سوق بمدينة القصرين يوم الاثنين. "
              "وفي حادث منفصل، انفجرت عبوة ناسفة في سوق بمدينة بنقردان يوم الثلاثاء. "
              "وأعلن تنظيم داعش مسؤوليته عن الانفجار.")


def drafts(text: str) -> list[Draft]:
    return probe.drafts(text, REF)


def _agents(e: eventx.Event) -> set[str]:
    return {a.mention.text for a in e.actors if a.role == "agent"}


def test_the_blast_names_the_last_blast_told() -> None:
    blasts = asserted_events(TWO_BLASTS, "bombing", REF)
    assert len(blasts) == 2
    first, second = sorted(blasts, key=lambda e: e.trigger.start)
    # the claim is of the Tuesday blast, told last: the Monday one has no claimant
    assert any("داعش" in a for a in _agents(second))
    assert not any("داعش" in a for a in _agents(first))


def test_a_back_reference_alone_does_not_pick_its_antecedent() -> None:
    ds = [d for d in drafts(TWO_BLASTS) if d.type == "bombing"]
    first, back = ds[0], ds[-1]
    assert _refers_back(first, back)
    # only definiteness ties them: the merge asks which incident it names
    assert _by_reference(first, back)


def test_a_verb_after_a_definite_deed_noun_refers_back() -> None:
    text = "وقال مسؤول أمني في المكان إن الهجوم استهدف سيارتين مصفحتين."
    verb = [d for d in drafts(text) if d.form.pos == "verb"]
    assert verb and all(_deed_subject(d) for d in verb)
    fresh = "وقال مسؤول أمني إن مسلحين استهدفوا سيارتين مصفحتين."
    assert not any(_deed_subject(d) for d in drafts(fresh) if d.form.pos == "verb")


def test_a_claim_far_after_one_incident_still_joins_it() -> None:
    # one incident told, then background, then the claim: nothing stands between
    text = ("انفجرت عبوة ناسفة في سوق بمدينة القصرين يوم الاثنين مما أسفر عن مقتل جنديين. "
            "وتشهد المنطقة منذ سنوات توترا أمنيا وتراجعا في النشاط الاقتصادي. "
            "وأعلن تنظيم داعش مسؤوليته عن الانفجار.")
    blasts = asserted_events(text, "bombing", REF)
    assert len(blasts) == 1
    assert any("داعش" in a for a in _agents(blasts[0]))


def test_the_attack_after_its_toll_names_the_attack_not_the_toll() -> None:
    # "وقتل ثلاثة مهاجمين" is an outcome: "الهجوم" after it is the hotel attack
    text = ("وهاجم مسلحون فندقا في بلدة سيفاري في وقت مبكر من صباح أمس الجمعة. "
            "وقتل المسلحون ستة أشخاص على الأقل بينهم خمسة جنود. "
            "وقتل ثلاثة مهاجمين كان أحدهم يرتدي سترة ناسفة. "
            "ويسلط الهجوم الذي وقع جنوب معقل المتشددين الضوء على خطر الجماعات المسلحة.")
    attacks = asserted_events(text, "attack", "2015-08-08")
    assert len(attacks) == 1


def test_a_sentence_turning_elsewhere_tells_another_matter() -> None:
    for opener in ("من ناحية ثانية،", "وفي شأن آخر،", "على صعيد منفصل،", "من جهة أخرى،"):
        text = f"{opener} اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف اللاذقية أمس."
        ds = drafts(text)
        assert ds and all(_turns_elsewhere(d) for d in ds)
    plain = drafts("واندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف اللاذقية أمس.")
    assert plain and not any(_turns_elsewhere(d) for d in plain)


def test_a_deed_across_a_border_is_told_of_its_doers_country_too() -> None:
    text = ("أطلق الحوثيون قذائف على قرى حدودية في منطقة جازان أمس الاثنين. "
            "وقال مصدر في صنعاء إن هجوما وقع أمس الاثنين.")
    shelling, attack = [d for d in drafts(text) if d.type in ("rocket_strike", "attack")]
    # Houthi shells on Jazan: told of Saudi Arabia (the place) and of Yemen (the doers)
    assert _countries_told(shelling) == {"SA", "YE"}
    assert not _told_elsewhere(shelling, attack)
    # whom a deed befell adds no country: the place says where they were struck
    struck = drafts("قصفت طائرات مجهولة مواقع للحوثيين في منطقة جازان أمس الاثنين.")
    assert struck and all(_countries_told(d) == {"SA"} for d in struck)


def _killed(e: eventx.Event) -> int | None:
    return next((c.value for c in e.counts if c.kind == "killed"), None)


def _toll_place(text: str, etype: str) -> list[tuple[str | None, int | None]]:
    told = sorted(asserted_events(text, etype, REF), key=lambda e: e.trigger.start)
    return [(e.location.mention.text if e.location else None, _killed(e)) for e in told]


@pytest.mark.parametrize("text,etype,near", [
    ("هاجمت حركة طالبان نقطة تفتيش في ولاية قندهار يوم الأحد. "
     "وهاجمت حركة طالبان مركزا للشرطة في ولاية هلمند يوم الأحد. "
     "وقال مسؤول إن الهجوم الذي نفذته حركة طالبان أسفر عن مقتل خمسة شرطيين.", "attack", "ولاية هلمند"),
    ("فجر انتحاري من حركة الشباب نفسه في سوق بمدينة بيداوة يوم الأحد. "
     "وفجر انتحاري آخر من حركة الشباب نفسه قرب فندق في مقديشو يوم الأحد. "
     "وأعلنت حركة الشباب مسؤوليتها عن التفجير الانتحاري الذي أسفر عن مقتل تسعة أشخاص.",
     "bombing", "مقديشو"),
])
def test_a_back_reference_sharing_a_party_with_several_joins_the_nearest(
        text: str, etype: str, near: str) -> None:
    # both incidents share the party named with "the attack": a roundup's
    # "the attack" is the one just told, and the toll it gives is that one's
    told = _toll_place(text, etype)
    assert len(told) == 2
    assert [k for _, k in told if k is not None] == [told[1][1]]
    assert told[1][0] == near and told[1][1] is not None
