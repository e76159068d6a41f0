"""Background stretches ("خلال الأيام الماضية"، "مؤخرا") and glued or bare years.

Why: a stretch is a weak date.  It must read as the window the annotation
guidelines give ("a few days ago" -> the 7 days before), date a deed only
where its own clause states nothing firmer, and never part two mentions of
one incident.  Sentences are written for this file in the style of the
corpus; nothing is copied from it.
"""
from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.dates import dates_in_context, find_dates
from eventx.dates_stretch import find_stretches
from eventx.text.normalize import normalize_text

D = dt.date
REF = D(2021, 2, 24)  # a Wednesday
refs = st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31))

LEADS = ["", "في ", "خلال ", "طوال ", "على مدى ", "على مدار "]
LAST = ["الماضية", "الأخيرة", "المنصرمة"]
# plural noun -> how many days back its bare plural reaches
PLURALS = {"الأيام": 7, "الأسابيع": 42, "الأشهر": 180, "الشهور": 180, "الساعات": 1,
           "الفترة": 30, "الآونة": 30}
DUALS = {"اليومين": 2, "الأسبوعين": 14, "الشهرين": 60, "الساعتين": 1}


def stretches(sentence: str, ref: dt.date | None = REF) -> list[tuple[str, dt.date | None,
                                                                     dt.date | None]]:
    text = normalize_text(sentence)
    return [(text[m.start:m.end], m.start_date, m.end_date) for m in find_stretches(text, ref)]


# ---------------------------------------------------------------- parsing ---

@settings(max_examples=120, deadline=None)
@given(refs, st.sampled_from(LEADS), st.sampled_from(sorted(PLURALS)), st.sampled_from(LAST),
       st.booleans())
def test_a_plural_stretch_reaches_back_its_few_days_to_the_reference(
        ref: dt.date, lead: str, noun: str, last: str, few: bool) -> None:
    phrase = f"{lead}{noun} {'القليلة ' if few else ''}{last}"
    hits = stretches(f"وشهدت المنطقة {phrase} توترا أمنيا.", ref)
    assert hits == [(normalize_text(phrase), ref - dt.timedelta(days=PLURALS[noun]), ref)]


@settings(max_examples=80, deadline=None)
@given(refs, st.sampled_from(LEADS), st.sampled_from(sorted(DUALS)),
       st.sampled_from(["الماضيين", "الأخيرين"]))
def test_a_dual_stretch_is_two_units(ref: dt.date, lead: str, noun: str, last: str) -> None:
    phrase = f"{lead}{noun} {last}"
    hits = stretches(f"وقتل جنديان {phrase} في المنطقة.", ref)
    assert hits == [(normalize_text(phrase), ref - dt.timedelta(days=DUALS[noun]), ref)]


@settings(max_examples=80, deadline=None)
@given(refs, st.integers(min_value=2, max_value=60), st.sampled_from(["الأيام", "الأسابيع"]),
       st.sampled_from(["{n} {u}", "{u} ال{n}"]))
def test_a_counted_stretch_reaches_back_that_many_units(
        ref: dt.date, n: int, noun: str, template: str) -> None:
    counted = {"الأيام": "يوما", "الأسابيع": "أسبوعا"}[noun]
    unit = noun if template.startswith("{u}") else counted
    phrase = "خلال " + ("ال" if template.startswith("{n}") else "") + template.format(n=n, u=unit) \
        + " الماضية"
    days = n * (7 if noun == "الأسابيع" else 1)
    hits = stretches(f"واعتقلت الشرطة عشرات {phrase}.", ref)
    assert hits == [(normalize_text(phrase), ref - dt.timedelta(days=days), ref)]


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.none(), refs), st.sampled_from(["مؤخرا", "مؤخراً", "مؤخرًا"]))
def test_recently_is_the_month_before_or_unresolved(ref: dt.date | None, word: str) -> None:
    [(text, start, end)] = stretches(f"واعتقلت الشرطة {word} ثلاثة مشتبه بهم.", ref)
    assert text == normalize_text("مؤخرا")
    if ref is None:
        assert start is None and end is None
    else:
        assert (start, end) == (ref - dt.timedelta(days=30), ref)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(PLURALS)), st.sampled_from(["رمضان", "العام", "الحرب"]))
def test_the_last_days_of_something_are_no_stretch(noun: str, of: str) -> None:
    assert stretches(f"وقتل في {noun} الأخيرة من {of} ثلاثة جنود.") == []


def test_years_and_other_nouns_are_no_stretch() -> None:
    for sentence in ("وتصاعدت الهجمات في السنوات الأخيرة.", "وكانت الزيارة الأخيرة ناجحة.",
                     "وقتل ثلاثة جنود الليلة الماضية.", "واختتم الاجتماع في اللحظة الأخيرة."):
        assert stretches(sentence) == [], sentence


def test_stretches_stay_out_of_find_dates_but_come_with_the_sentence_dates() -> None:
    text = normalize_text("وقتل جندي أمس بعد هجمات خلال الأيام الماضية.")
    assert [m.vague for m in find_dates(text, REF)] == [False]
    found, _ = dates_in_context(text, REF, None)
    assert [(m.vague, m.precision) for m in found] == [(False, "day"), (True, "approximate")]


# -------------------------------------------------------------- event slot ---

def _dated(text: str, etype: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == etype]


def test_a_deed_with_no_day_of_its_own_is_dated_by_its_stretch() -> None:
    [e] = _dated("وكانت الشرطة اعتقلت مؤخرا عشرات المشتبه بهم في مدينة سوسة.", "arrest")
    assert e.date is not None and e.date.mention.text == "مؤخرا"
    assert (e.date.start, e.date.end, e.date.precision) == (D(2021, 1, 25), REF, "approximate")


def test_the_deed_own_day_outranks_a_stretch_of_its_clause() -> None:
    [e] = _dated("واعتقلت الشرطة أمس ثلاثة مشتبه بهم في مدينة سوسة التي شهدت توترا "
                 "خلال الأيام الماضية.", "arrest")
    assert e.date is not None and e.date.start == e.date.end == D(2021, 2, 23)


def test_a_stretch_of_the_report_does_not_date_the_deed_it_reports() -> None:
    events = _dated("وأكد المتحدث باسم الوزارة مؤخرا أن قوات الأمن اعتقلت خمسة مسلحين "
                    "في مدينة القصرين.", "arrest")
    assert events
    assert all(e.date is None or e.date.mention.text != "مؤخرا" for e in events)


def test_a_stretch_never_parts_two_mentions_of_one_incident() -> None:
    text = ("وقتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش في مدينة العريش خلال الأيام "
            "الماضية. وكان الهجوم المسلح على نقطة التفتيش في العريش قد وقع مساء الاثنين.")
    plain = ("وقتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش في مدينة العريش. وكان الهجوم "
             "المسلح على نقطة التفتيش في العريش قد وقع مساء الاثنين.")
    with_stretch = eventx.extract(text, reference_date=REF)
    without = eventx.extract(plain, reference_date=REF)
    assert [e.type for e in with_stretch] == [e.type for e in without]
    attacks = [e for e in with_stretch if e.type == "attack"]
    assert attacks and all(e.date is not None for e in attacks)
    # the day one mention states wins over the other's stretch
    assert any(e.date.start == e.date.end == D(2021, 2, 22) for e in attacks if e.date)


def test_a_stretch_keeps_a_recent_deed_apart_from_an_old_one() -> None:
    # "مؤخرا" is the month before publication: an attack of two years ago at
    # the same checkpoint is another incident, recalled, not this one's date
    text = ("هاجم مسلحون مؤخرا نقطة تفتيش للجيش في مدينة العريش. "
            "وكان مسلحون قد هاجموا نقطة التفتيش في العريش في مارس 2019.")
    attacks = [e for e in eventx.extract(text, reference_date=REF) if e.type == "attack"]
    assert len(attacks) == 2
    recent, old = attacks
    assert recent.date is not None and recent.date.mention.text == "مؤخرا"
    assert recent.date.end == REF
    assert old.date is not None and (old.date.start, old.date.precision) == (D(2019, 3, 1),
                                                                             "month")


# -------------------------------------------------------- glued and bare years ---

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2035, 12, 31)), st.booleans(),
       st.sampled_from(["", "و", "ل"]))
def test_a_year_glued_to_its_month_is_read(day: dt.date, with_day: bool, after: str) -> None:
    phrase = (f"{day.day} " if with_day else "") + f"{MONTHS[day.month - 1]}{day.year}"
    text = normalize_text(f"ووقع الهجوم في {phrase}{after}قتل فيه جنديان.")
    [m] = find_dates(text, None)
    assert text[m.start:m.end] == normalize_text(phrase)
    if with_day:
        assert (m.start_date, m.end_date, m.precision) == (day, day, "day")
    else:
        assert (m.start_date, m.precision) == (day.replace(day=1), "month")
        assert m.end_date is not None and m.end_date.month == day.month


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1900, max_value=2099), st.sampled_from(["في", "خلال", "عام", "سنة"]),
       st.booleans())
def test_a_bare_or_glued_year_after_its_cue_is_that_year(year: int, cue: str, glued: bool) -> None:
    sep = "" if glued and cue in ("عام", "سنة") else " "
    text = normalize_text(f"وكان التنظيم قد نفذ {cue}{sep}{year} هجوما على السفارة.")
    [m] = find_dates(text, REF)
    assert (m.start_date, m.end_date, m.precision) == (D(year, 1, 1), D(year, 12, 31), "year")


@settings(max_examples=60, deadline=None)
@given(st.one_of(st.integers(min_value=100, max_value=1899),
                 st.integers(min_value=2100, max_value=9999)))
def test_a_bare_number_outside_modern_years_is_no_year(n: int) -> None:
    assert find_dates(normalize_text(f"وتمت العملية خلال {n} صفقة في السوق."), REF) == []


def test_a_bare_year_is_no_part_of_a_numeric_date() -> None:
    [m] = find_dates(normalize_text("ووقع الهجوم في 2011/05/03 في المدينة."), None)
    assert m.start_date == m.end_date == D(2011, 5, 3)


# ---------------------------------------------------------------- feasts ---

def _hijri(day: dt.date) -> tuple[int, int]:
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return h.month, h.day


feast_refs = st.dates(min_value=D(1940, 1, 1), max_value=D(2070, 12, 31))
FEASTS = {"عيد الفطر": (10, 1), "عيد الأضحى": (12, 10), "عيد الأضحى المبارك": (12, 10),
          "عيد الفطر السعيد": (10, 1)}
LEADS_DAYS = {"أول أيام": (0, 0), "ثاني أيام": (1, 1), "ثالث أيام": (2, 2), "يوم": (0, 0),
              "صلاة": (0, 0), "ليلة": (-1, 0), "عشية": (-1, 0), "أيام": (0, 2)}


@settings(max_examples=120, deadline=None)
@given(feast_refs, st.sampled_from(sorted(FEASTS)), st.sampled_from(sorted(LEADS_DAYS)))
def test_a_feast_day_is_the_nearest_such_feast_cut_by_its_lead(
        ref: dt.date, name: str, lead: str) -> None:
    phrase = f"{lead} {name}"
    text = normalize_text(f"وانفجرت سيارة مفخخة {phrase} قرب المسجد.")
    [m] = find_dates(text, ref)
    assert text[m.start:m.end] == normalize_text(phrase)
    first, last = LEADS_DAYS[lead]
    assert m.start_date is not None and m.end_date is not None
    feast = m.start_date - dt.timedelta(days=first)
    assert _hijri(feast) == FEASTS[name]
    assert m.end_date - m.start_date == dt.timedelta(days=last - first)
    assert abs((feast - ref).days) <= 192  # a Hijri year is 354 or 355 days
    assert m.precision == ("day" if last - first <= 1 else "approximate") and m.relative


@settings(max_examples=80, deadline=None)
@given(feast_refs, st.sampled_from(["في", "خلال", "أثناء"]), st.sampled_from(sorted(FEASTS)))
def test_a_feast_after_a_preposition_leaves_it_out_of_the_span(
        ref: dt.date, cue: str, name: str) -> None:
    text = normalize_text(f"وقتل ثلاثة مصلين {cue} {name} في المدينة.")
    [m] = find_dates(text, ref)
    assert text[m.start:m.end] == normalize_text(name)
    assert m.start_date is not None and _hijri(m.start_date) == FEASTS[name]


@settings(max_examples=80, deadline=None)
@given(feast_refs, st.sampled_from(["أول أيام العيد", "ليلة العيد", "صلاة العيد", "في العيد"]))
def test_the_bare_eid_is_the_nearer_of_the_two(ref: dt.date, phrase: str) -> None:
    text = normalize_text(f"وهاجم مسلحون المصلين {phrase} في القرية.")
    [m] = find_dates(text, ref)
    feast = m.end_date  # every lead here ends on the feast's first day
    hy = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
    eids = []
    for y in (hy - 1, hy, hy + 1):
        for month, day in ((10, 1), (12, 10)):
            g = Hijri(y, month, day).to_gregorian()
            eids.append(D(g.year, g.month, g.day))
    assert feast in eids
    assert abs((feast - ref).days) == min(abs((e - ref).days) for e in eids)


@settings(max_examples=60, deadline=None)
@given(refs)
def test_new_years_eve_is_the_night_into_the_nearest_first_of_january(ref: dt.date) -> None:
    [m] = find_dates(normalize_text("واستهدف الهجوم ملهى ليليا ليلة رأس السنة في المدينة."), ref)
    assert m.end_date is not None and m.start_date is not None
    assert (m.end_date.month, m.end_date.day) == (1, 1)
    assert m.start_date == m.end_date - dt.timedelta(days=1) and m.precision == "day"
    assert abs((m.end_date - ref).days) <= 183


def test_a_feast_as_a_topic_or_the_edge_of_another_time_is_no_date() -> None:
    for sentence in ("وتنوعت طقوس عيد الفطر في العاصمة.", "وتقدم بالتهنئة بعيد الأضحى.",
                     "وقتل جنديان قبل عيد الأضحى بيومين.", "واحتفلت البلاد في العيد الوطني.",
                     "وتبدأ احتفالات رأس السنة الأسبوع المقبل في الساحات."):
        hits = find_dates(normalize_text(sentence), REF)
        text = normalize_text(sentence)
        assert all("عيد" not in text[m.start:m.end] and "راس" not in text[m.start:m.end]
                   for m in hits), sentence


def test_a_feast_without_a_reference_date_is_unresolved() -> None:
    [m] = find_dates(normalize_text("وانفجرت عبوة في أول أيام عيد الفطر."), None)
    assert m.start_date is None and m.end_date is None and m.relative


def test_an_eid_prayer_bombing_is_dated_by_its_feast() -> None:
    text = ("قتل عشرات المصلين في تفجير انتحاري استهدف مسجدا أثناء صلاة عيد الأضحى "
            "في مدينة مايدوغوري.")
    bombings = [e for e in eventx.extract(text, reference_date="2016-09-14")
                if e.type == "bombing"]
    assert bombings and bombings[0].date is not None
    assert _hijri(bombings[0].date.start) == (12, 10)
    assert bombings[0].date.start == bombings[0].date.end


def test_a_stretch_inside_a_relative_clause_before_the_deed_is_not_its_date() -> None:
    text = ("وقال المتحدث إن الطائرات الجديدة التي تسلمها الجيش مؤخرا نفذت أولى غاراتها "
            "على مواقع المسلحين في الصحراء.")
    strikes = _dated(text, "air_strike")
    assert strikes
    assert all(e.date is None or e.date.mention.text != "مؤخرا" for e in strikes)


def test_the_holy_month_is_no_calendar_month() -> None:
    for sentence in ("وأعلنت الجهات المختصة نهاية الشهر الكريم مساء الخميس.",
                     "وتوفي في الثاني والعشرين من هذا الشهر المبارك."):
        text = normalize_text(sentence)
        spans = [text[m.start:m.end] for m in find_dates(text, REF)]
        assert not any(normalize_text("الشهر") in x for x in spans), spans
