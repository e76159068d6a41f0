"""Toll phrasing read in held-out-like articles: "one of" things, a minimum
stated after the noun's genitive, plural verbs as frames, and the date of a
coordinated verb's clause."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.counts import find_counts
from eventx.text.normalize import normalize_text


def _counts(sentence: str) -> list[tuple[str, int, bool]]:
    """(kind, value, approximate) of every count, in order."""
    return [(c.kind, c.value, c.approximate) for c in find_counts(normalize_text(sentence))]


# ---------------------------------------------------------------- one of --

@pytest.mark.parametrize("thing", ["المستشفيات", "المنازل", "القرى", "الأحياء", "المساجد",
                                   "المواقع", "الأسواق", "المدارس"])
def test_one_of_things_is_no_toll(thing: str) -> None:
    # "في أحد المستشفيات" names where the wounded lie, not one wounded person
    assert _counts(f"يرقد الجرحى في أحد {thing} بعد إصابتهم بجروح") == []
    assert _counts(f"قصف أحد {thing} وأصيب") == []


@pytest.mark.parametrize("people", ["العاملين", "القادة", "المارة", "الأئمة", "السيدات",
                                    "المواطنين", "الجنود", "الصحافيين"])
def test_one_of_people_counts_one(people: str) -> None:
    assert _counts(f"قتل أحد {people} في القصف") == [("killed", 1, False)]


# ----------------------------------------------------- "at least" after --

_NOUNS = ["من مقاتلي", "من عناصر", "من أفراد"]
_MODIFIERS = ["المعارضة", "السورية", "الشرطة", "المحلية", "الجيش", "النظامي"]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=3, max_value=900), st.sampled_from(_NOUNS),
       st.lists(st.sampled_from(_MODIFIERS), min_size=0, max_size=2))
def test_at_least_after_the_genitive(n: int, noun: str, mods: list[str]) -> None:
    """"ستة من مقاتلي المعارضة السورية على الأقل": a minimum, however many
    words of the noun phrase stand before the qualifier (up to its reach)."""
    text = normalize_text(f"لقي {n} {noun} {' '.join(mods)} على الأقل مصرعهم".replace("  ", " "))
    found = find_counts(text)
    assert len(found) == 1
    c = found[0]
    assert (c.kind, c.value, c.min, c.approximate) == ("killed", n, n, True)
    assert c.max > n
    assert text[c.start:c.end].endswith("علي الاقل")


def test_at_least_is_not_read_across_a_preposition() -> None:
    # the minimum here qualifies nothing the count owns: "في الهجوم" parts them
    assert _counts("قتل 5 جنود في الهجوم على الأقل") == [("killed", 5, False)]


def test_at_least_followed_by_min() -> None:
    # "على الأقل من الفصائل" is at least 28, of the factions; "وأكثر من 100"
    # still qualifies the figure after it
    assert _counts("قتل 28 عنصرا على الأقل من الفصائل المقاتلة") == [("killed", 28, True)]
    assert _counts("قتل 8 قتلى وأكثر من 100 جريح") == [("killed", 8, False),
                                                     ("wounded", 100, True)]


# -------------------------------------------------------- plural verbs --

@pytest.mark.parametrize("sentence, expected", [
    ("هاجم مسلحون نقطة تفتيش وقتلوا ثلاثة جنود", [("killed", 3, False)]),
    ("قالت السلطات إن متمردين خطفوا ستة رجال دين", [("abducted", 6, False)]),
    ("داهمت القوات البلدة واعتقلوا 12 مطلوبا", [("arrested", 12, False)]),
    # passive, the doer after it: the plural verb is no frame of the later figure
    ("قتلوا على يد 3 مهاجمين", [("attackers", 3, False)]),
])
def test_plural_verb_frames(sentence: str, expected: list[tuple[str, int, bool]]) -> None:
    assert _counts(sentence) == expected


def test_post_frame_does_not_make_a_mixed_total() -> None:
    # "قتلوا" closes the toll of 22; "وأصيب العشرات" is the wounded, not "killed and wounded"
    kinds = _counts("قال إن 22 مسلحا قتلوا وأصيب العشرات فيما قتل 9")
    assert ("wounded", 10, True) in kinds
    assert kinds[0] == ("killed", 22, False)


# ---------------------------------------------------- a clause's date --

def test_date_before_a_coordinated_verb_is_the_earlier_deeds() -> None:
    text = "وفي نيو جيرزي، اعتقل شقيقه علاء (23 عاما) في 29 حزيران/يونيو واتهم ايضا بالتآمر."
    evs = {e.type: e.to_dict() for e in eventx.extract(text, reference_date="2015-08-11")}
    assert evs["arrest"]["date"]["start"] == "2015-06-29"
    stmt = evs.get("statement")
    assert stmt is None or stmt["date"] is None or stmt["date"]["start"] != "2015-06-29"


@pytest.mark.parametrize("verb, other", [("قتل مسلحون ثلاثة جنود", "واختطفوا اثنين"),
                                         ("هاجم مسلحون نقطة تفتيش", "وقتلوا ثلاثة جنود")])
def test_each_verb_keeps_its_own_day(verb: str, other: str) -> None:
    text = f"{verb} أمس {other} اليوم."
    evs = sorted((e.to_dict() for e in eventx.extract(text, reference_date="2015-08-11")),
                 key=lambda d: d["trigger"]["start"])
    first = evs[0]
    assert first["date"] is not None and first["date"]["start"] == "2015-08-10"


# ------------------------------------------------- parts of one toll --

def _toll(sentence: str) -> int:
    """The killed toll as a consumer sums it: the first count and its joined parts."""
    from eventx.counts import first_tolls
    return sum(c.value for c in first_tolls(find_counts(normalize_text(sentence)))
               if c.kind == "killed")


@pytest.mark.parametrize("sentence, total", [
    # the verb after the second part closes both ("as ACLED records fatalities")
    ("قال مصدر إن 19 على الأقل من مقاتلي بوكو حرام وجنديين من تشاد قتلوا", 21),
    ("قالت إن 12 متشددا وخمسة مدنيين قتلوا أمس", 17),
    # و glued on the qualifier of the second part
    ("وقالت إن أربعة من قادة الحزب ونحو 30 متمردة قتلوا في الغارات", 34),
])
def test_parts_of_one_toll_add_up(sentence: str, total: int) -> None:
    assert _toll(sentence) == total


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=500), st.integers(min_value=2, max_value=500))
def test_two_parts_before_a_post_frame(a: int, b: int) -> None:
    assert _toll(f"قال المصدر إن {a} من المسلحين و{b} من الجنود قتلوا في الاشتباكات") == a + b


def test_one_as_an_adjective_is_no_count() -> None:
    # "أسرة واحدة" is one family: the eight are the toll, closed by the verb after it
    assert _counts("قالت مصادر إن ثمانية أشخاص من أسرة واحدة قتلوا في قصف") == [
        ("killed", 8, False)]


@pytest.mark.parametrize("sentence, expected", [
    # the qualifier of the next figure is no noun of this one
    ("قتل 8 وأكثر من 100 جريح", [("killed", 8, False), ("wounded", 100, True)]),
    ("مقتل 5 ونحو 20 جريحا", [("killed", 5, False), ("wounded", 20, True)]),
])
def test_next_figures_qualifier_is_not_a_noun(sentence: str,
                                              expected: list[tuple[str, int, bool]]) -> None:
    assert _counts(sentence) == expected


def test_bare_conjunction_is_no_noun() -> None:
    text = normalize_text("قتل 3 و 4 جنود")
    assert [text[c.start:c.end] for c in find_counts(text)] == ["3", "4 جنود"]
