"""eventx.counts: which numbers are tolls, salvo sizes, attacker or incident counts."""
from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

from eventx.counts import COUNT_KINDS, CountMatch, can_hold, find_counts, first_tolls
from eventx.numbers import LOWER_BOUND_FACTOR
from eventx.text.normalize import normalize_text


def _counts(sentence: str) -> list[tuple[str, int, str]]:
    """(kind, value, mention text) of every count, in order."""
    text = normalize_text(sentence)
    return [(c.kind, c.value, text[c.start:c.end]) for c in find_counts(text)]


def _one(sentence: str) -> CountMatch:
    found = find_counts(normalize_text(sentence))
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ kinds --

@pytest.mark.parametrize("sentence, expected", [
    # killed: frames before the number
    ("أسفر الهجوم عن مقتل ثلاثة وعشرين شخصا", [("killed", 23, "ثلاثه وعشرين شخصا")]),
    ("أدت المداهمة إلى مقتل خمسة عناصر من \"داعش\"", [("killed", 5, "خمسه عناصر")]),
    ("حادث إطلاق نار أسفر عن مقتل 8 أشخاص بينهم شرطي", [("killed", 8, "8 اشخاص")]),
    ("أعلنت وزارة الدفاع أن قوات الجيش قتلت 14 إرهابياً في ولاية البويرة",
     [("killed", 14, "14 ارهابيا")]),
    ("أكدت الوزارة استشهاد 3 من رجال الأمن", [("killed", 3, "3 من رجال")]),
    ("لقي 5 أشخاص حتفهم في حادث سير", [("killed", 5, "5 اشخاص")]),
    ("وارتفعت حصيلة القتلى إلى 20", [("killed", 20, "20")]),
    ("انفجار راح ضحيته 22 شخصا بينهم أطفال", [("killed", 22, "22 شخصا")]),
    ("الهجمات التي أودت بحياة 300 شخص", [("killed", 300, "300 شخص")]),
    ("قتل الجيش 5 مسلحين في كمين", [("killed", 5, "5 مسلحين")]),
    # killed: the noun alone, or a frame after the noun
    ("اعتداءات طهران التي أوقعت 13 قتيلاً", [("killed", 13, "13 قتيلا")]),
    ("الانفجار خلف 12 شهيدا", [("killed", 12, "12 شهيدا")]),
    ("وذكرت الوزارة أن 38 شخصا قتلوا في الانفجارين", [("killed", 38, "38 شخصا")]),
    ("أفاد مصدر بأن 18 من مسلحي جماعة الحوثي قتلوا في اشتباكات",
     [("killed", 18, "18 من مسلحي")]),
    ("سقوط 5 قتلى في الاشتباكات", [("killed", 5, "5 قتلي")]),
    ("عثر على 20 جثة في الموقع", [("killed", 20, "20 جثه")]),
    # wounded
    ("أسفر الانفجار عن إصابة 16 شخصا", [("wounded", 16, "16 شخصا")]),
    ("وجرح 58 داعشيا في الغارات", [("wounded", 58, "58 داعشيا")]),
    ("نقل ثمانية جرحى إلى المستشفى", [("wounded", 8, "ثمانيه جرحي")]),
    ("وأكدت أن اثنين من رجال الشرطة أصيبا بجروح", [("wounded", 2, "اثنين من رجال")]),
    ("ما زال 24 مصاباً يتلقون العلاج", [("wounded", 24, "24 مصابا")]),
    # abducted / arrested
    ("أعلنت الشرطة اختطاف 4 أجانب", [("abducted", 4, "4 اجانب")]),
    ("يحتجز المسلحون 12 رهينة", [("abducted", 12, "12 رهينه")]),
    ("أعلنت الشرطة اعتقال 7 مشتبهين", [("arrested", 7, "7 مشتبهين")]),
    ("تم القبض على ثلاثة متهمين", [("arrested", 3, "ثلاثه متهمين")]),
    ("وألقت القبض على 13 عنصرا", [("arrested", 13, "13 عنصرا")]),
    ("وأعلنت توقيف خمسة أشخاص", [("arrested", 5, "خمسه اشخاص")]),
    # munitions, with units
    ("سقطت 3 قذائف هاون على المنطقة الخضراء", [("munitions", 3, "3 قذايف هاون")]),
    ("أطلق الحوثيون 4 صواريخ باليستية", [("munitions", 4, "4 صواريخ باليستيه")]),
    ("هاجمت 5 طائرات مسيرة المطار", [("munitions", 5, "5 طايرات مسيره")]),
    ("فجرت 7 عبوات ناسفة", [("munitions", 7, "7 عبوات")]),
    # incidents
    ("شن التحالف 12 غارة على مواقع التنظيم", [("incidents", 12, "12 غاره")]),
    ("نفذ التحالف 18 غارة جوية", [("incidents", 18, "18 غاره")]),
    ("سماع دوي 4 انفجارات قرب الفندق", [("incidents", 4, "4 انفجارات")]),
    ("شهدت المدينة خمس هجمات انتحارية", [("incidents", 5, "خمس هجمات")]),
    # attackers
    ("قتلوا على يد 3 مهاجمين", [("attackers", 3, "3 مهاجمين")]),
    # the deed named by a pronoun between a dual or plural verb and its object
    ("ونفذه مسلحان وقتلا خلاله 21 سائحا", [("attackers", 2, "مسلحان"), ("killed", 21, "21 سايحا")]),
    ("هاجموا القرية وقتلوا فيها 7 مزارعين", [("killed", 7, "7 مزارعين")]),
    ("وقتلا 4 جنود وأصابا 6 آخرين", [("killed", 4, "4 جنود"), ("wounded", 6, "6 اخرين")]),
    ("هاجم 6 مسلحين نقطة التفتيش", [("attackers", 6, "6 مسلحين")]),
    ("نفذ داعش هجوماً انتحارياً مزدوجاً في ساحة الطيران", [("attackers", 2, "انتحاريا مزدوجا")]),
])
def test_count_kinds(sentence: str, expected: list) -> None:
    assert _counts(sentence) == expected


def test_munition_units() -> None:
    assert _one("قصف مواقع القوات الأميركية بحوالي 14 صاروخاً").unit == "rocket"
    assert _one("سقطت 3 قذائف هاون على المنطقة").unit == "mortar"
    assert _one("سقطت 3 قذائف على المنطقة").unit == "shell"
    assert _one("أطلق الحوثيون 4 صواريخ باليستية").unit == "missile"
    assert _one("هاجمت 5 طائرات مسيرة المطار").unit == "drone"
    assert _one("فجرت 7 عبوات ناسفة").unit == "ied"
    assert _one("قتل 5 أشخاص").unit is None


def test_seed_rocket_salvo() -> None:
    c = _one("حيث تم قصف مواقع القوات الأميركية في المدينة بحوالي 14 صاروخاً.")
    assert (c.kind, c.value, c.min, c.max, c.approximate, c.unit) == (
        "munitions", 14, 14, 14, True, "rocket")


# ------------------------------------------------------------- several --

@pytest.mark.parametrize("sentence, expected", [
    ("قتل 3 جنود وأصيب 5 آخرون في الهجوم",
     [("killed", 3, "3 جنود"), ("wounded", 5, "5 اخرون")]),
    ("الهجوم الذي أسفر عن مقتل 29 وإصابة 24 آخرين",
     [("killed", 29, "29"), ("wounded", 24, "24 اخرين")]),
    ("أكدت الوزارة مقتل اثنين وإصابة ثلاثة من رجالها",
     [("killed", 2, "اثنين"), ("wounded", 3, "ثلاثه من رجالها")]),
    ("أسفر القصف عن مقتل 21 حوثيا و2 من الجنود",
     [("killed", 21, "21 حوثيا"), ("killed", 2, "2 من الجنود")]),
    ("فاستشهد 12 من رجال الأمن وثلاثة آخرون",
     [("killed", 12, "12 من رجال"), ("killed", 3, "ثلاثه اخرون")]),
    ("خلف الانفجار 12 شهيدا و22 جريحا",
     [("killed", 12, "12 شهيدا"), ("wounded", 22, "22 جريحا")]),
    ("ذكرت الوزارة أن 38 شخصا قتلوا وأصيب 118 آخرون",
     [("killed", 38, "38 شخصا"), ("wounded", 118, "118 اخرون")]),
    ("قتل مدنيان وأصيب جنديان", [("killed", 2, "مدنيان"), ("wounded", 2, "جنديان")]),
    # a lone person joined by و to a figure is one more part of the toll
    ("قالت الوزارة إن ضابط شرطة قتل وأصيب آخر وثلاثة مجندين",
     [("wounded", 1, "اخر"), ("wounded", 3, "ثلاثه مجندين")]),
    ("قتل ضابط شرطة و5 مدنيين", [("killed", 1, "ضابط شرطه"), ("killed", 5, "5 مدنيين")]),
    # a subset of a toll is no toll
    ("مقتل 13 شخصا بينهم 3 أطفال وإصابة 40 آخرين",
     [("killed", 13, "13 شخصا"), ("wounded", 40, "40 اخرين")]),
    ("شن التحالف 18 غارة جوية بينها أربع غارات قرب الموصل", [("incidents", 18, "18 غاره")]),
    # "one of" a definite noun is one
    ("جرى اعتقال إحدى المرأتين بعد إصابتها", [("arrested", 1, "احدي المراتين")]),
    ("أسفر عن مقتل أحد الجنود وإصابة اثنين آخرين",
     [("killed", 1, "احد الجنود"), ("wounded", 2, "اثنين اخرين")]),
])
def test_several_counts(sentence: str, expected: list) -> None:
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence, joined", [
    ("أسفر القصف عن مقتل 21 حوثيا و2 من الجنود", [False, True]),
    ("فاستشهد 12 من رجال الأمن وثلاثة آخرون", [False, True]),
    ("أصيب آخر وثلاثة مجندين", [False, True]),
    ("قتل 3 جنود وأصيب 5 آخرون", [False, False]),
    ("قتل 5 في بغداد وقتل 3 في الموصل", [False, False]),
])
def test_parts_of_one_toll_are_joined(sentence: str, joined: list[bool]) -> None:
    assert [c.joined for c in find_counts(normalize_text(sentence))] == joined


@pytest.mark.parametrize("sentence, expected", [
    # after سقط/سقوط (a frame that counts only what touches it) too
    ("وسقط جندي و4 مدنيين في القصف", [("killed", 1, "جندي"), ("killed", 4, "4 مدنيين")]),
    ("أدى إلى سقوط طفل وثلاثة رجال", [("killed", 1, "طفل"), ("killed", 3, "ثلاثه رجال")]),
    # the fallen's clause tells both parts wounded
    ("سقط شرطي و7 متظاهرين جرحى", [("wounded", 1, "شرطي"), ("wounded", 7, "7 متظاهرين")]),
    # no person: a plane fell, the figure is no toll of the fall
    ("سقوط طائرة و16 شخصا", []),
    # a lone noun of its own kind stays out of another kind's toll
    ("سقط جريح و5 مدنيين", []),
])
def test_a_lone_person_after_a_fall_is_one_more(sentence: str, expected: list) -> None:
    assert _counts(sentence) == expected
    assert [c.joined for c in find_counts(normalize_text(sentence))] == [False, True][:len(expected)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["جندي", "طفل", "شرطي", "مدني", "مواطن", "ضابط"]),
       st.sampled_from(["سقط", "سقوط", "مقتل", "قتل", "استشهاد"]),
       st.integers(min_value=3, max_value=99))
def test_a_lone_person_and_a_figure_make_one_toll(noun: str, frame: str, figure: int) -> None:
    """Whatever the killing frame, "<frame> <one> و<N> مدنيين" is a toll of N + 1."""
    kept = first_tolls(find_counts(normalize_text(f"{frame} {noun} و{figure} مدنيين")))
    assert [c.kind for c in kept] == ["killed", "killed"]
    assert sum(c.value for c in kept) == figure + 1


def test_first_tolls_sums_parts_not_restatements() -> None:
    text = normalize_text("أكدت الوزارة إصابة ثلاثة من رجالها، وأوضح البيان أن الانفجار أسفر عن "
                          "مقتل 21 حوثيا و2 من الجنود وإصابة ثلاثة مجندين")
    kept = first_tolls(find_counts(text))
    assert [(c.kind, c.value) for c in kept] == [("wounded", 3), ("killed", 21), ("killed", 2)]


def test_nobody_is_no_count() -> None:
    assert _counts("لم يصب أحد بأذى في الهجوم") == []
    assert _counts("وقع الهجوم يوم الأحد الماضي") == []


@pytest.mark.parametrize("etype, kind, ok", [
    ("attack", "killed", True), ("arrest", "killed", False), ("arrest", "arrested", True),
    ("statement", "killed", False), ("rocket_strike", "munitions", True),
    ("meeting", "incidents", False), ("protest", "arrested", True),
])
def test_which_events_hold_which_counts(etype: str, kind: str, ok: bool) -> None:
    assert can_hold(etype, kind) is ok


# ----------------------------------------------------------------- duals --

@pytest.mark.parametrize("sentence, kind, unit", [
    ("أطلق المسلحون صاروخين على القاعدة", "munitions", "rocket"),
    ("سقطت بصاروخين على المطار", "munitions", "rocket"),
    ("سقط قتيلان في الاشتباكات", "killed", None),
    ("أسفر الهجوم عن مقتل جنديين", "killed", None),
    ("أدى الانفجار إلى إصابة شخصين", "wounded", None),
    ("قتل فيه ضابط صف وأصيب جنديان بجروح", "wounded", None),
    ("أسقطت الدفاعات طائرتين مسيرتين", "munitions", "drone"),
    ("نفذ انتحاريان الهجوم", "attackers", None),
    ("شن الطيران غارتين على المدينة", "incidents", None),
])
def test_duals_are_two(sentence: str, kind: str, unit: str | None) -> None:
    c = _one(sentence)
    assert (c.kind, c.value, c.min, c.max, c.unit) == (kind, 2, 2, 2, unit)


@pytest.mark.parametrize("sentence, unit", [
    ("سقطت قذيفتا هاون على المنطقة", "mortar"),
    ("استهدف مسلحون القاعدة بصاروخي كاتيوشا", "rocket"),
    ("انفجرت عبوتا ناسفة قرب الدورية", "ied"),
])
def test_construct_duals_are_two(sentence: str, unit: str) -> None:
    c = _one(sentence)
    assert (c.kind, c.value, c.unit) == ("munitions", 2, unit)


def test_rocket_adjective_is_no_dual() -> None:
    assert _counts("شن المسلحون هجوم صاروخي على القاعدة") == []


def test_sound_plural_in_ين_is_not_a_dual() -> None:
    """مسلحين is the plural as often as the dual: without a figure, no count."""
    assert _counts("هاجم مسلحين نقطة التفتيش") == []
    assert _counts("مقتل مدنيين في القصف") == []


def test_dual_with_emphatic_two_is_one_count() -> None:
    assert _counts("أسفر عن مقتل جنديين اثنين") == [("killed", 2, "جنديين اثنين")]


# --------------------------------------------------- vague and qualified --

@pytest.mark.parametrize("sentence, kind, value, lo, hi", [
    ("أسفر الهجوم عن سقوط عشرات الضحايا", "killed", 10, 10, 99),
    ("ما أدى إلى مقتل 15 شخصا وإصابة المئات", "wounded", 100, 100, 999),
    ("أطلق المسلحون عدة صواريخ", "munitions", 3, 3, 9),
    ("نزح الآلاف بعد مقتل آلاف المسلمين", "killed", 1000, 1000, 9999),
    ("قتل بضعة جنود", "killed", 3, 3, 9),
    ("أسفرت عن مقتل 50 شخصا على الأقل", "killed", 50, 50, 50 * LOWER_BOUND_FACTOR),
    ("قتل أكثر من 260 مقاتلا كرديا", "killed", 260, 260, 260 * LOWER_BOUND_FACTOR),
    ("أصيب ما يزيد عن 400 شخص", "wounded", 400, 400, 400 * LOWER_BOUND_FACTOR),
    ("وقع ما لا يقل عن 23 قتيلا", "killed", 23, 23, 230),
    ("أصيب أقل من 10 أشخاص", "wounded", 10, 1, 10),
    ("اعتقلت الشرطة نحو 150 شابا", "arrested", 150, 150, 150),
    ("قتل قرابة 40 ألف شخص", "killed", 40000, 40000, 40000),
    ("أطلقت بين 10 و15 قذيفة", "munitions", 10, 10, 15),
    ("أطلقت 3 أو 4 صواريخ", "munitions", 3, 3, 4),
])
def test_vague_and_qualified(sentence: str, kind: str, value: int, lo: int, hi: int) -> None:
    c = [c for c in find_counts(normalize_text(sentence)) if c.kind == kind][-1]
    assert (c.value, c.min, c.max, c.approximate) == (value, lo, hi, True)


def test_qualifier_after_noun_is_in_span() -> None:
    text = normalize_text(
        "انفجرت سيارة ملغومة مما أسفر عن مقتل خمسة أشخاص على الأقل وإصابة 16 آخرين.")
    killed, wounded = find_counts(text)
    assert text[killed.start:killed.end] == "خمسه اشخاص علي الاقل"
    assert (killed.kind, killed.value, killed.min, killed.approximate) == ("killed", 5, 5, True)
    assert (wounded.kind, wounded.value, wounded.approximate) == ("wounded", 16, False)


def test_more_than_belongs_to_the_next_figure() -> None:
    text = normalize_text("كانت الحصيلة ثمانية قتلى وأكثر من مئة جريح")
    killed, wounded = find_counts(text)
    assert (killed.kind, killed.value, killed.max, killed.approximate) == ("killed", 8, 8, False)
    assert (wounded.kind, wounded.value, wounded.min, wounded.approximate) == (
        "wounded", 100, 100, True)


# ---------------------------------------------------------- not counts --

@pytest.mark.parametrize("sentence", [
    # killed-and-wounded totals are neither
    "سقوط 20 قتيلا وجريحا في الانفجار",
    "أوقع الانفجار 20 بين قتيل وجريح",
    "أفادت الخلية بمقتل وجرح 110 من عناصر التنظيم",
    "أسفر عن مقتل وإصابة 20 شخصا",
    # dates, years, durations, ages, distances, percentages, sums
    "إلى ذلك أعلن الكاظمي في 28 يناير أن الجيش العراقي قتل أبو ياسر العيساوي",
    "هو الأعنف في بغداد منذ ثلاث سنوات",
    "قتل اليوم الأربعاء 24 أوت 2016 إرهابي في سرت",
    "تفجير انتحاري عند السفارة الأمريكية في أنقرة عام 2013 أسفر عن مقتل حارس",
    "قتل شاب يبلغ من العمر 34 سنة",
    "أصيب 50 في المئة من السكان بالمرض",
    "قتل على بعد 125 كلم جنوب العاصمة",
    "اعتقال مسؤول بتهمة اختلاس 3 ملايين دولار",
    # numbers with no counted noun and no frame
    "دمرت 9 مستودعات للأسلحة و22 عجلة",
    "خرجت طائرة ثالثة من الخدمة بعد 3 رحلات",
    # no figure at all
    "لم ترد تقارير عن سقوط قتلى أو جرحى",
    "أسفر الهجوم عن مقتل جندي",
])
def test_not_counts(sentence: str) -> None:
    assert _counts(sentence) == []


def test_date_between_frame_and_toll() -> None:
    assert _counts("قتل في عام 2013 نحو 50 شخصا") == [("killed", 50, "نحو 50 شخصا")]


# ------------------------------------------------------------- properties --

PERSON_NOUNS = ["شخصا", "أشخاص", "عناصر", "جنود", "مدنيين", "مواطنين", "أطفال", "عسكريين"]
FRAMES = [("أسفر الهجوم عن مقتل", "killed"), ("أدى القصف إلى إصابة", "wounded"),
          ("أعلنت الشرطة اعتقال", "arrested"), ("أكد المصدر اختطاف", "abducted"),
          ("قتل", "killed"), ("وأصيب", "wounded")]


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=3, max_value=999_999), st.sampled_from(FRAMES),
       st.sampled_from(PERSON_NOUNS), st.booleans(), st.sampled_from(["", "نحو ", "حوالي "]))
def test_frame_number_noun_property(n: int, frame: tuple[str, str], noun: str, words: bool,
                                    qual: str) -> None:
    figure = num2words(n, lang="ar") if words else str(n)
    if words and n >= 100000 and (n // 1000) % 100 == 1:
        figure = str(n)  # num2words misspells these (see test_numbers._oracle_ok)
    sentence = f"{frame[0]} {qual}{figure} {noun} في المدينة أمس"
    c = _one(sentence)
    assert (c.kind, c.value, c.approximate) == (frame[1], n, bool(qual))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=3, max_value=10_000),
       st.sampled_from([("صاروخا", "rocket"), ("صواريخ", "rocket"), ("قذيفة", "shell"),
                        ("قذائف", "shell"), ("غارة", None), ("غارات", None),
                        ("قتيلا", None), ("قتلى", None), ("جريحا", None), ("جرحى", None)]))
def test_self_typed_nouns_property(n: int, noun: tuple[str, str | None]) -> None:
    c = _one(f"أعلن المتحدث سقوط {n} {noun[0]} اليوم")
    assert c.value == n and c.unit == noun[1]


def _check_invariants(text: str) -> None:
    for c in find_counts(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.min <= c.value <= c.max
        assert c.kind in COUNT_KINDS
        assert c.unit is None or c.kind == "munitions"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    _check_invariants(text)


WORDS = st.sampled_from([
    "مقتل", "وإصابة", "قتل", "أصيب", "ثلاثة", "وعشرين", "14", "1,250", "عشرات", "أكثر من",
    "نحو", "على الأقل", "شخصا", "قتيلا", "وجريحا", "بين", "قتيل", "صاروخين", "قذائف", "هاون",
    "انتحاري", "مزدوج", "جنديين", "و", "من", "الجنود", "قتلوا", "حتفهم", "عام", "2013", "يناير",
    "،", ".", "في", "المئة", "اثنين", "ألف", "آلاف", "مليون", "-", "أو", "منذ", "سنوات",
])


@settings(max_examples=800, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_invariants_on_count_soup(text: str) -> None:
    _check_invariants(normalize_text(text))


_GROUPS = st.sampled_from(["خلية إرهابية مكونة من", "عصابة تتكون من", "شبكة تضم", "مجموعة مؤلفة من",
                           "خلية قوامها"])


@given(_GROUPS, st.integers(min_value=2, max_value=90))
def test_a_group_held_is_counted_by_its_members(group: str, n: int) -> None:
    """"ألقت القبض على خلية إرهابية مكونة من 3 عناصر": the group's make-up
    stands between the arrest and the number, and the number counts the held."""
    found = find_counts(normalize_text(f"ألقت الشرطة القبض على {group} {n} عناصر"))
    assert [(c.kind, c.value) for c in found] == [("arrested", n)]


@given(_GROUPS, st.integers(min_value=2, max_value=90))
def test_a_group_is_no_toll(group: str, n: int) -> None:
    # the members of the cell that struck are not the dead
    found = find_counts(normalize_text(f"قتل في عملية إرهابية نفذتها {group} {n} عناصر"))
    assert not any(c.kind == "killed" for c in found)


@pytest.mark.parametrize("sentence, expected", [
    ("قتلت قوات الأمن إرهابيين اثنين في سيناء", [("killed", 2, "ارهابيين اثنين")]),
    ("أسفر الانفجار عن إصابة عسكريين اثنين", [("wounded", 2, "عسكريين اثنين")]),
    ("أسفر الهجوم عن مقتل شرطيين اثنين", [("killed", 2, "شرطيين اثنين")]),
])
def test_a_spelt_two_after_its_sound_plural_noun(sentence: str,
                                                 expected: list[tuple[str, int, str]]) -> None:
    """"إرهابيين اثنين": the -ين plural spelling before a spelt "two" is the
    dual, and the noun before the number is what it counts."""
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وذكر البيان أن أحد القتلى هو قائد الخلية",
    "حسب رواية أحد المصابين في التفجير",
    "أحد الضحايا تونسي مقيم بالمدينة",
])
def test_one_of_the_toll_is_no_toll(sentence: str) -> None:
    """"أحد القتلى هو …" names one of the dead; the toll is told elsewhere."""
    assert _counts(sentence) == []
