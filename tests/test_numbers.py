"""eventx.numbers: Arabic number words, digits, vague amounts and qualifiers."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

from eventx.numbers import LOWER_BOUND_FACTOR, find_numbers, parse_number
from eventx.text.normalize import normalize_text

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


# ------------------------------------------------------------ whole phrases --

@pytest.mark.parametrize("phrase, value", [
    # digits and separators
    ("14", 14), ("1,250", 1250), ("12,000,000", 12000000), ("1.250.000", 1250000),
    ("١٤", 14), ("۱۲۵۰", 1250), ("١٬٢٥٠", 1250),
    # digits + scale words
    ("3 آلاف", 3000), ("2 مليون", 2000000), ("1.5 مليون", 1500000), ("20 ألفاً", 20000),
    ("40 ألف", 40000), ("مليون و200 ألف", 1200000), ("١٫٥ مليون", 1500000),
    # units, both genders
    ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
    ("ثلاثة", 3), ("ثلاث", 3), ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6),
    ("ثمانية", 8), ("ثماني", 8), ("عشرة", 10), ("عشر", 10),
    # teens
    ("أحد عشر", 11), ("مائة وأحد عشر", 111), ("ألف وأحد عشر", 1011),
    ("ثلاثة آلاف وإحدى عشرة", 3011), ("مائة وواحد", 101), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12),
    ("اثنتا عشرة", 12), ("ثلاثة عشر", 13), ("خمسة عشر", 15), ("تسع عشرة", 19),
    # tens and compounds in nominative and oblique case
    ("عشرون", 20), ("عشرين", 20), ("ثلاثة وعشرون", 23), ("ثلاثة وعشرين", 23),
    ("ثلاثةٌ وعشرون", 23), ("واحد وتسعون", 91), ("تسعة و تسعون", 99),
    # hundreds
    ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتين", 200), ("مئتا", 200),
    ("مائتي", 200), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("ثلثمائة", 300),
    ("ثمانمائة", 800), ("ثمانيمائة", 800), ("ستمئة", 600), ("مائة وخمسة", 105),
    ("ثلاثمائة واثنا عشر", 312), ("مئتان وخمسون", 250),
    # thousands
    ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ألفي", 2000), ("ألفا", 2000),
    ("ثلاثة آلاف", 3000), ("عشرة آلاف", 10000), ("أحد عشر ألفاً", 11000),
    ("ثلاثة وعشرون ألفاً", 23000), ("مائة ألف", 100000), ("مئتا ألف", 200000),
    ("ألف وخمسمائة", 1500), ("ألفان ومئتان وتسعة", 2209),
    # millions and beyond
    ("مليون", 1000000), ("مليونان", 2000000), ("مليونين", 2000000),
    ("ثلاثة ملايين", 3000000), ("مليون ونصف", 1500000), ("ملياران", 2000000000),
    ("ثلاثة ملايين و خمسمائة ألف", 3500000),
    # proclitics on the first word
    ("وخمسة", 5), ("بخمسة", 5), ("لخمسة", 5), ("فثلاثة", 3), ("وبثلاثين", 30),
    ("و14", 14), ("ب 14", None),
])
def test_parse_number_forms(phrase: str, value: int | None) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", [
    "", "   ", "جنود", "أحد", "إحدى", "الاثنين", "الثلاثاء", "لست", "خمسة جنود",
    "خمسة وستة", "ألف ألفان", "F-16", "1.250", "ثلاثة عشر عشرون", "قتل 5",
])
def test_parse_number_rejects_non_numbers(phrase: str) -> None:
    assert parse_number(phrase) is None


def test_parse_number_non_string_is_none() -> None:
    assert parse_number(None) is None  # type: ignore[arg-type]
    assert parse_number(14) is None  # type: ignore[arg-type]


# ------------------------------------------------------- inside sentences --

def _found(sentence: str) -> list[tuple[str, int, int, int, bool]]:
    text = normalize_text(sentence)
    return [(text[m.start:m.end], m.value, m.min, m.max, m.approximate)
            for m in find_numbers(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("أسفر الهجوم عن مقتل ثلاثة وعشرين شخصا",
     [("ثلاثه وعشرين", 23, 23, 23, False)]),
    ("تم قصف مواقع القوات الأميركية في المدينة بحوالي 14 صاروخاً",
     [("حوالي 14", 14, 14, 14, True)]),
    ("قتل أكثر من 40 ألف شخص في الصراع",
     [("اكثر من 40 الف", 40000, 40000, 40000 * LOWER_BOUND_FACTOR, True)]),
    ("أسفر عن مقتل خمسة أشخاص على الأقل",
     [("خمسه", 5, 5, 5, False)]),
    ("قتل ثمانية على الأقل في الهجوم",
     [("ثمانيه علي الاقل", 8, 8, 8 * LOWER_BOUND_FACTOR, True)]),
    ("أصيب أقل من 10 أشخاص", [("اقل من 10", 10, 1, 10, True)]),
    ("سقط ما لا يقل عن 23 قتيلا", [("ما لا يقل عن 23", 23, 23, 230, True)]),
    ("أصيب ما يزيد على 400 شخص", [("ما يزيد علي 400", 400, 400, 4000, True)]),
    ("قتل قرابة مئتي مدني", [("قرابه ميتي", 200, 200, 200, True)]),
    ("اعتقلت زهاء 30 مواطنا", [("زهاء 30", 30, 30, 30, True)]),
    ("أصيب 5 أشخاص تقريبا", [("5", 5, 5, 5, False)]),
    ("قتل 12 تقريبا", [("12 تقريبا", 12, 12, 12, True)]),
    ("سقوط عشرات الضحايا", [("عشرات", 10, 10, 99, True)]),
    ("اعتقال العشرات من المشتبه بهم", [("العشرات", 10, 10, 99, True)]),
    ("إصابة مئات المدنيين", [("ميات", 100, 100, 999, True)]),
    ("نزوح آلاف العائلات", [("الاف", 1000, 1000, 9999, True)]),
    ("فر عشرات الآلاف من السكان", [("عشرات الالاف", 10000, 10000, 99999, True)]),
    ("أطلقت عدة صواريخ", [("عده", 3, 3, 9, True)]),
    ("قتل بضعة جنود", [("بضعه", 3, 3, 9, True)]),
    ("سقط بين 10 و15 قتيلا", [("بين 10 و15", 10, 10, 15, True)]),
    ("أطلقت 3 أو 4 قذائف", [("3 او 4", 3, 3, 4, True)]),
    ("قتل 10-15 شخصا", [("10-15", 10, 10, 15, True)]),
    ("قتل خمسة وأصيب ستة", [("خمسه", 5, 5, 5, False), ("سته", 6, 6, 6, False)]),
    ("قتل 3 جنود وأصيب 5 آخرون", [("3", 3, 3, 3, False), ("5", 5, 5, 5, False)]),
    ("سقوط ١٤ صاروخاً", [("14", 14, 14, 14, False)]),
    ("قتل 2 مليون شخص", [("2 مليون", 2000000, 2000000, 2000000, False)]),
    ("كلف 1.5 مليون دولار", [("1.5 مليون", 1500000, 1500000, 1500000, False)]),
])
def test_find_numbers_in_sentences(sentence: str, expected: list) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "قال أحد الجنود إن إحدى المدن تعرضت للقصف يوم الاثنين",
    "شاركت طائرات F-16 في الغارة",
    "في 24/2/2021 عند الساعة 10:30",
    "لست أدري ماذا حدث",
])
def test_find_numbers_ignores_lookalikes(sentence: str) -> None:
    assert _found(sentence) == []


def test_find_numbers_keeps_dates() -> None:
    """Dates are numbers too; deciding they are not counts is eventx.counts' job."""
    assert [v for _, v, *_ in _found("أعلن الكاظمي في 28 يناير 2021")] == [28, 2021]


def test_span_excludes_proclitic() -> None:
    text = normalize_text("وقتل بخمسة عشر صاروخا")
    (m,) = find_numbers(text)
    assert text[m.start:m.end] == "خمسه عشر" and m.value == 15


# --------------------------------------------------------------- properties --

def _oracle_ok(n: int) -> bool:
    """num2words spells 101000..101999 (and 201000.., 301000.. ...) as "مائة و ألف ألف",
    which is not Arabic for those numbers ("ألف ألف" is a million): skip the oracle's bug."""
    return not (n >= 100000 and (n // 1000) % 100 == 1)


@settings(max_examples=3000, deadline=None)
@given(st.integers(min_value=1, max_value=10**6))
def test_num2words_round_trip(n: int) -> None:
    assume(_oracle_ok(n))
    assert parse_number(num2words(n, lang="ar")) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=999))
def test_the_numbers_the_oracle_misspells_parse_when_spelled_right(hundreds: int, rest: int) -> None:
    """The 9,000 numbers _oracle_ok skips (n // 1000 = 101, 201, … 901): their
    thousands spelled as the number they are (مائة وواحد ألف), then the rest."""
    thousands = hundreds * 100 + 1
    n = thousands * 1000 + rest
    assert not _oracle_ok(n)
    phrase = num2words(thousands, lang="ar") + " ألف"
    if rest:
        phrase += " و" + num2words(rest, lang="ar")
    assert parse_number(phrase) == n, phrase


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["و", "ب", "ل"]))
def test_num2words_with_proclitic(n: int, clitic: str) -> None:
    assert parse_number(clitic + num2words(n, lang="ar")) == n


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digit_forms_round_trip(n: int) -> None:
    plain, grouped = str(n), f"{n:,}"
    assert parse_number(plain) == n
    assert parse_number(grouped) == n
    assert parse_number(plain.translate(ARABIC_INDIC)) == n
    assert parse_number(plain.translate(PERSIAN)) == n
    assert parse_number(grouped.translate(ARABIC_INDIC).replace(",", "٬")) == n


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(
    [("ألف", 1000), ("آلاف", 1000), ("مليون", 10**6), ("ملايين", 10**6)]))
def test_digits_times_scale_word(n: int, scale: tuple[str, int]) -> None:
    assert parse_number(f"{n} {scale[0]}") == n * scale[1]


NUMBERISH = st.sampled_from([
    "و", "ثلاثة", "عشر", "عشرين", "مئة", "ألف", "آلاف", "مليون", "ونصف", "14", "1,250", "1.5",
    "أكثر من", "حوالي", "بين", "أو", "-", "على الأقل", "عشرات", "بضعة", "قتيلا", "،", ".", " ",
    "إحدى", "اثنا", "مئتا", "ألفا", "F-", "/", ":", "٣", "ما لا يقل عن", "تقريبا",
])


def _check_invariants(text: str) -> None:
    found = find_numbers(text)
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end  # left to right, non-overlapping
        assert m.min <= m.value <= m.max
        assert all(isinstance(x, int) for x in (m.value, m.min, m.max))
        last_end = m.end


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_find_numbers_never_raises_on_any_text(text: str) -> None:
    _check_invariants(text)
    parse_number(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(NUMBERISH, max_size=25).map(" ".join))
def test_find_numbers_invariants_on_number_soup(text: str) -> None:
    _check_invariants(normalize_text(text))


# ------------------------------------------------------------- tokenizer --

# the token pattern as it was before its word alternative read Arabic letters by
# a character range first: the tokens must be the same
_FORMER_TOKEN_RE = __import__("re").compile(
    r"([^\W\d_]+)"
    r"|([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?!,[0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])(?!\.[0-9])"
    r"|[0-9]+\.[0-9]+(?![0-9])(?![.,][0-9])"
    r"|[0-9]+)"
    r"|(\S)"
)
_MIXED = st.text(alphabet=st.sampled_from(list(
    "ابتةجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىـ" "\u064b\u0650\u0670\u06a9\u06cc"
    "abcXYZ_0123456789٠١٢٣،؛؟.,-/: \n\t\u00a0²½")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_MIXED, st.text(max_size=60)))
def test_tokenize_splits_as_the_former_pattern(text: str) -> None:
    from eventx.numbers import tokenize
    kinds = ("", "w", "d", "p")
    assert [(t.start, t.end, t.text, t.kind) for t in tokenize(text)] == [
        (m.start(), m.end(), m.group(), kinds[m.lastindex or 0])
        for m in _FORMER_TOKEN_RE.finditer(text)]
