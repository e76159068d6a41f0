"""Deeds dated by a month, periods that sum deeds, and a verb that shares the
time of the deed it is joined to.

Why: a casualty report dated by its own month, with its doer and figure, is
one incident (eventx.month_deed), while a month from another clause or a
report without a doer stays out; a stretch counted in weeks, months or years
("في الشهرين الأخيرين") sums deeds as the plural does
(eventx.dates_stretch.period_stretch); and a verb joined by و to a deed told
over a period shares that period (eventx.conjoined_time).  Sentences are
written for this file; none is copied from the corpus or the gold.
"""
from __future__ import annotations

import datetime as dt

import pytest

import eventx
from eventx.dates_stretch import period_stretch
from eventx.text.normalize import normalize_text

REF = "2019-06-12"


def events(text: str) -> list[eventx.Event]:
    return eventx.extract(text, reference_date=REF)


def asserted(text: str) -> list[eventx.Event]:
    return [e for e in events(text) if e.modality == "asserted"]


# ------------------------------------------------------ a deed of a month ---

@pytest.mark.parametrize("when, start", [
    ("الشهر الماضي", dt.date(2019, 5, 1)),
    ("في أبريل الماضي", dt.date(2019, 4, 1)),
    ("في فبراير 2018", dt.date(2018, 2, 1)),
])
def test_a_toll_with_its_doer_and_month_is_an_incident(when: str, start: dt.date) -> None:
    out = asserted(f"قتل مسلحون تسعة قرويين {when} في محافظة ديالى.")
    assert len(out) == 1
    e = out[0]
    assert e.type == "killing" and e.date is not None and e.date.start == start
    assert [c.value for c in e.counts if c.kind == "killed"] == [9]
    assert any(a.role == "agent" for a in e.actors)


@pytest.mark.parametrize("text", [
    # no doer: a count over the month (a ministry's figures)
    "قتل تسعة قرويين الشهر الماضي في محافظة ديالى.",
    # a year dates no single deed
    "قتل مسلحون تسعة قرويين في عام 2017 في محافظة ديالى.",
    # the month is a relative clause's, told after a comma
    "قتل مسلحون تسعة جنود ومن بينهم الجندي سالم ناصر (22 عاما)، الذي كان قد التحق "
    "بالخدمة في معسكر الحدود الشمالية في شهر مارس الماضي.",
])
def test_a_month_toll_without_doer_or_own_month_stays_out(text: str) -> None:
    assert not [e for e in asserted(text) if e.type == "killing"]


def test_a_month_after_since_is_a_tally() -> None:
    assert not asserted("قتل مسلحون تسعة قرويين منذ الشهر الماضي في محافظة ديالى.")


# -------------------------------------------------- periods that sum deeds ---

@pytest.mark.parametrize("period", [
    "في الشهرين الأخيرين", "خلال الشهرين الماضيين", "في الأسبوعين الماضيين",
    "في العامين الأخيرين", "في الأشهر الثلاثة الأخيرة", "في الأسابيع الثلاثة الماضية",
])
def test_a_stretch_of_weeks_months_or_years_sums_deeds(period: str) -> None:
    out = events(f"قتلت قوات الأمن سبعة مسلحين {period} في محافظة ديالى.")
    assert out and all(e.modality == "generic" for e in out)


@pytest.mark.parametrize("period", ["خلال اليومين الماضيين", "مؤخرا"])
def test_a_stretch_of_days_or_recently_dates_one_deed(period: str) -> None:
    out = events(f"قتلت قوات الأمن سبعة مسلحين {period} في محافظة ديالى.")
    assert out and all(e.modality == "asserted" for e in out)


def test_a_definite_dual_after_a_span_word_far_from_the_deed() -> None:
    # the stretch stands too far to date the deed; "خلال" + a dual still sums it
    text = "اعتقلت الشرطة عشرات المشتبه بهم في أحياء المدينة القديمة خلال الشهرين الماضيين."
    out = events(text)
    assert out and all(e.modality == "generic" for e in out)


def test_period_stretch_reads_the_unit() -> None:
    def words(s: str) -> list[str]:
        return normalize_text(s).split()
    assert period_stretch(words("في الشهرين الأخيرين"))
    assert period_stretch(words("خلال الأسبوعين الماضيين"))
    assert period_stretch(words("في السنتين الماضيتين"))
    assert not period_stretch(words("خلال اليومين الماضيين"))
    assert not period_stretch(words("خلال الساعات الماضية"))
    assert not period_stretch(words("مؤخرا"))


# --------------------------------------- a joined verb shares a deed's time ---

def test_a_joined_verb_far_from_the_period_is_summed_too() -> None:
    text = ("في السنوات الخمس الأخيرة شن المتمردون هجمات على القرى النائية في شمال "
            "البلاد وخطفوا 200 شخص.")
    assert not asserted(text)


def test_a_joined_killing_in_a_summary_of_years_is_no_incident() -> None:
    text = ("خلال العامين الماضيين صعد المتمردون هجماتهم على مراكز الشرطة في الأرياف "
            "وقتلوا عشرات من عناصرها.")
    assert not asserted(text)


def test_a_joined_verb_takes_the_recent_stretch_of_its_lead() -> None:
    text = "اعتقلت الشرطة مؤخرا خلية في المدينة وصادرت أسلحة وقتلت خمسة مسلحين."
    killed = [e for e in asserted(text) if any(c.kind == "killed" for c in e.counts)]
    assert killed and all(e.date is not None and e.date.mention is not None
                          and e.date.mention.text == "مؤخرا" for e in killed)


def test_a_joined_verb_with_its_own_day_stays_an_incident() -> None:
    text = "هاجم مسلحون نقطة تفتيش قرب المدينة وقتلوا خمسة جنود."
    assert asserted(text)


def test_a_joined_verb_dated_by_its_leads_period_is_summed_too() -> None:
    # the year reaches the killing only through the arrest it is joined to
    text = ("خلال العام الماضي احتجزت السلطات مئات المطلوبين في أحياء العاصمة الشمالية "
            "وقتلت ثلاثين مسلحا.")
    assert not asserted(text)
