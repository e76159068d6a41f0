"""Arabic date expressions resolved against the publication date, as an analyst would.

``find_dates(text, reference_date)`` finds every date expression in a
NORMALISED sentence and turns each into an honest interval
``[start_date, end_date]`` with a precision:

* exact days ("28 يناير 2021", "12 رجب 1442 هـ", "28/01/2021", "أمس",
  "مساء الاثنين", "قبل يومين") → ``day``;
* "الأسبوع الماضي" → the previous Monday–Sunday week (``week``; ISO weeks
  match how agencies and the gold annotations date "last week");
* "الشهر الماضي", "يناير الماضي", "في يناير" → ``month``; "عام 2013" → ``year``;
* vague ones are ranges marked ``approximate``: "قبل أيام" → the 7 days before,
  "قبل نحو شهر" → a 3-week window centred 30 days before, "قبل أسبوع" → ±2
  days around a week before, "أواخر يناير" → days 21–31.

Rules of resolution (all in :mod:`eventx.dates_calendar`):

* a bare weekday is the most recent such day on or before the reference date
  (the reference date itself when it matches: "اليوم الأربعاء"); with
  "الماضي" it is strictly before; with "المقبل" strictly after.  Future-tense
  contexts are the caller's business (modality), not this module's.  So is a
  bare "نهاية/مطلع الأسبوع": a part of the week not begun by the reference
  date is last week's (units listed in ``[part_bounds] back_units``);
* "الاثنين" right after a definite word in -ين ("المستوطنين الاثنين") is the
  numeral "two" agreeing with it, no Monday, unless a day word leads it
  ("يوم"، "مساء"); ``[weekday_numeral]`` lists the forms and the -ين words
  that are no plurals ("البحرين الاثنين" stays Monday);
* "ليلة السبت" alone is the night before Saturday: Friday to Saturday, as
  "ليل الجمعة السبت" (``[time_of_day] eve``); "ليل السبت" and "منتصف ليلة
  السبت" keep their one day;
* "أمس الخميس" / "اليوم الأحد": when the named weekday disagrees with the
  relative word, the weekday wins (publication dates often lag the writing
  by a day), at its occurrence nearest the day the relative word names;
* a missing year is the latest that does not put the date more than a
  month after the reference date ("28 ديسمبر" read on 2021-01-05 is
  2020-12-28, "3 أغسطس" read on 2015-08-02 is 2015-08-03: a day just ahead
  is announced or misdated, not a year old); read in its article
  (:func:`dates_in_context`), a day and month that goes on, within a
  quarter, from a day named before with its year takes that day's time
  ("في 28 ديسمبر 2014 … وفي الثالث من يناير" is 3 January 2015);
* numbers are day-first (28/01/2021); a four-digit year in 1343–1500 is
  Hijri (Umm al-Qura, via hijridate), with or without "هـ";
* with no reference date, anything that needs it is returned with
  ``start_date = end_date = None`` and ``relative = True`` — never "today".

Deliberately NOT returned: durations ("منذ ثلاث سنوات" = for three years,
"خلال أسبوع") and "قبل … من" (before some other event, not before
publication).  Vague recency ("مؤخرا", "في الفترة الأخيرة", "خلال الأيام
الماضية") is no date of this grammar either: :func:`dates_in_context` adds
it as a ``vague`` background stretch (:mod:`eventx.dates_stretch`), which the
event slots use only where a deed's clause states nothing firmer.  A Hijri
month with neither a day nor a year ("في رمضان") is ignored.

A year glued to its month or cue ("مارس2016"، "عام2014") is read as if
spaced, and a bare year of 1900–2099 after "في"/"خلال" ("في 2011") is that
year.  A feast after a lead word ("أول أيام عيد الفطر"، "ليلة رأس السنة"،
"في عيد الأضحى") is its occurrence nearest the reference date, cut by the
lead to the day or days it names (table in ``data/date_words.toml``).

Days told from the last day the article named ("وقبل ذلك بيوم", "في اليوم
التالي", "في اليوم نفسه") are not in that grammar: :func:`find_anaphoric`
finds them and :func:`dates_in_context` resolves them against that day (table
in ``data/date_anaphora.toml``).

A day and month after a naming noun is a name, not a date ("ثورة 25 يناير",
"مدينة 6 أكتوبر", "بملعب 4 جانفي", "حي 2 مارس"): the noun is a whole word
with its clitics, and a quote or bracket may open the name; so is one after
a detached "بـ" ("للحرس الوطني بـ 2 مارس").  A comma or a preposition between
leaves the date ("في ساحة التحرير في 25 يناير"), and a deed's or a
gathering's noun names its own day ("مسيرة 25 يناير").  The noun list is
data (``[names]`` in ``data/date_words.toml``).

Design: one regex compiled once from ``data/date_words.toml``
(:mod:`eventx.dates_grammar`), tried only where a word can start a date (one
dict lookup per word), then small pure resolution functions on its named
groups: ~0.1 ms for a 300-character sentence.  No dateparser: every form
here is closed-class, and dateparser costs a millisecond per call.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, cast

import attr

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on 3.10
    import tomli as tomllib

from eventx import dates_calendar as cal
from eventx.dates_grammar import Grammar, grammar
from eventx.text.letter_runs import lister
from eventx.text.normalize import normalize_text

__all__ = ["Anaphor", "DateMatch", "dates_in_context", "ends_period", "find_anaphoric",
           "find_dates", "is_weekday", "parse_reference_date", "PRECISIONS", "MIN_REFERENCE_DATE",
           "MAX_REFERENCE_DATE"]

PRECISIONS: Final[tuple[str, ...]] = ("day", "week", "month", "year", "approximate")

_G_YEAR_MIN, _G_YEAR_MAX = 1000, 2199
_HIJRI_MIN, _HIJRI_MAX = 1343, 1500  # the Umm al-Qura table of hijridate


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen,
        init=False)  # its own __init__, native when compiled (docs/scale.md)
class DateMatch:
    """One date expression: its span in the normalised text and its interval.

    ``start_date``/``end_date`` are both None only when the expression is
    relative and no reference date was given (``relative`` is then True).
    ``vague`` marks a background stretch ("خلال الأيام الماضية", see
    :mod:`eventx.dates_stretch`): a window some deed fell in, weaker than any
    date a deed's clause states itself.  ``yearless`` marks a day and month
    whose year was only inferred from the reference date ("الثالث من يناير"):
    :func:`dates_in_context` may read it in the year of a day the article
    named before.
    """

    start: int
    end: int
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str
    relative: bool
    vague: bool = False
    yearless: bool = False

    def __init__(self, start: int, end: int, start_date: dt.date | None,
                 end_date: dt.date | None, precision: str, relative: bool,
                 vague: bool = False, yearless: bool = False) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "start_date", start_date)
        object.__setattr__(self, "end_date", end_date)
        object.__setattr__(self, "precision", precision)
        object.__setattr__(self, "relative", relative)
        object.__setattr__(self, "vague", vague)
        object.__setattr__(self, "yearless", yearless)
        self.__attrs_post_init__()

    def __attrs_post_init__(self) -> None:
        if (self.start_date is None) != (self.end_date is None):
            raise ValueError("start_date and end_date must both be set or both be None")
        if self.start_date is not None and self.end_date is not None \
                and self.start_date > self.end_date:
            raise ValueError(f"start_date {self.start_date} is after end_date {self.end_date}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")

    def shifted(self, offset: int) -> DateMatch:
        """The same date ``offset`` characters further on (a sentence's dates
        moved to document offsets).

        Why not attrs.evolve: it asks every field by name through Python
        calls, several times the cost of naming them here."""
        return DateMatch(self.start + offset, self.end + offset, self.start_date, self.end_date,
                         self.precision, self.relative, self.vague, self.yearless)


#: the publication dates relative expressions are resolved from.  Why bounds:
#: the text's spans (days, stretches, anniversaries) are counted back and forth
#: from it, and a date near the calendar's ends (year 1, year 9999) has no room
#: for them; no news archive is dated outside these years
MIN_REFERENCE_DATE: Final = dt.date(1000, 1, 1)
MAX_REFERENCE_DATE: Final = dt.date(8999, 12, 31)


def parse_reference_date(value: object) -> dt.date | None:
    """The publication date as a ``datetime.date`` (None stays None).

    Accepts a ``date``, a ``datetime`` (its date is used) or an ISO string
    ("2021-02-24", "2021-02-24T10:00:00", with or without a UTC offset).
    Raises ValueError for an unparsable string or a date outside
    ``MIN_REFERENCE_DATE``..``MAX_REFERENCE_DATE``, and TypeError for other
    types, because silently dropping a bad date would resolve every relative
    expression to nothing without telling anyone why.
    """
    if value is None:
        return None
    return _in_range(_as_date(value), value)


def _in_range(day: dt.date, value: object) -> dt.date:
    if not MIN_REFERENCE_DATE <= day <= MAX_REFERENCE_DATE:
        raise ValueError(f"reference_date {value!r} is outside the supported years "
                         f"{MIN_REFERENCE_DATE.year}-{MAX_REFERENCE_DATE.year}")
    return day


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(
                f"reference_date {value!r} is not an ISO date such as '2021-02-24'"
            ) from None
    raise TypeError(
        f"reference_date must be a datetime.date, an ISO date string or None, "
        f"not {type(value).__name__}"
    )


Result = tuple[dt.date | None, dt.date | None, str, bool]
_UNRESOLVED: Final = object()


def find_dates(text: object, reference_date: dt.date | None) -> list[DateMatch]:
    """Every date expression in a normalised sentence, left to right, non-overlapping.

    Each match is the longest reading at its position.  Never raises on any
    string: expressions that do not make a valid date (31 April, a Hijri year
    outside the Umm al-Qura table) are skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    ref = parse_reference_date(reference_date)
    g = grammar()
    out: list[DateMatch] = []
    taken = 0  # end of the last accepted match: matches never overlap
    for pos, trial in g.tries(text):
        if pos < taken:
            continue
        m = trial.pattern.match(text, pos)
        if m is None:
            continue
        gd = g.groups(m, trial.names)
        try:
            res = _resolve(gd, g, ref)
        except (ValueError, OverflowError, KeyError, TypeError):
            continue
        if res is None:
            continue
        start_date, end_date, precision, relative = res
        out.append(DateMatch(m.start(), m.end(), start_date, end_date, precision, relative,
                             yearless=relative and _yearless(gd)))
        taken = m.end()
    return out


def ends_period(word: str) -> bool:
    """Whether a date right after the (normalised) word ``word`` ends a period:
    "حتى الأول من أغسطس", "لغاية 5 مارس" (a proclitic و allowed).

    Why: a toll "counted up to" a day dates the count, not an incident, so the
    event slots skip such dates (find_dates still returns them: they are dates).
    """
    until = grammar().until
    return word in until or (word[:1] == "و" and word[1:] in until)


def is_weekday(word: str) -> bool:
    """Whether the (normalised) word ``word`` names a weekday ("الجمعه"، "الاثنين").

    Why here: the weekday names are the date grammar's (``[[weekday]]`` in
    ``data/date_words.toml``); the slot and actor readers that ask about a
    weekday read the same table, so a spelling added there serves them all.
    """
    return word in grammar().weekday


# ------------------------------------------------------------- anaphora ---
_ANAPHORA_FILE: Final = Path(__file__).parent / "data" / "date_anaphora.toml"


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class Anaphor:
    """"وقبل ذلك بيوم", "في اليوم التالي": a day ``offset`` days from the last
    day the text named, its span in the normalised text."""

    start: int
    end: int
    offset: int


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class _AnaphoraTable:
    """The regex over ``data/date_anaphora.toml`` and what its groups resolve with."""

    pattern: re.Pattern[str]
    fixed: dict[str, int]  # fixed phrase -> day offset
    table: dict[str, int]  # "ptr:" word -> sign (-1 before, +1 after); "amt:" word -> days
    # per first word of a phrase (as written in the pattern), bare or behind
    # the clitic و or ف, a pattern of the openings of the phrases it begins:
    # their first two words, or a one-word pointer and the ب (or day amount)
    # after it.  Every match holds one, its first word a whole letter run of
    # the text as ``listing`` lists them (see find_anaphoric)
    openings: dict[str, re.Pattern[str]]
    firsts: frozenset[str]  # the keys of ``openings``
    listing: Callable[[str], list[str]]


@functools.lru_cache(maxsize=1)
def _anaphora() -> _AnaphoraTable:
    """One regex over the table in ``data/date_anaphora.toml``, and the day
    offsets of its fixed phrases and its pointer words (-1 before, +1 after)."""
    with _ANAPHORA_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    fixed = {normalize_text(w): off for key, off in (("same", 0), ("next", 1), ("previous", -1))
             for w in data[key]}
    pointer = {normalize_text(w): sign for key, sign in (("before", -1), ("after", 1))
               for w in data[key]}
    amounts = {normalize_text(w): int(n) for w, n in data["day_amounts"].items()}
    words = {normalize_text(w) for w in data["day_nouns"]}

    def alt(ws: Any) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(ws, key=len, reverse=True))

    counted = (rf"ب(?P<n>\d{{1,2}}|{alt(grammar().number_word)})\s+(?:{alt(words)})")
    pattern = re.compile(
        rf"(?<!\w)[وف]?(?:(?:في\s+)?(?P<fixed>{alt(fixed)})"
        rf"|(?P<ptr>{alt(pointer)})\s+(?:(?P<amt>{alt(amounts)})|{counted}))(?!\w)")
    # what follows a one-word pointer: a day amount or ب and a counted number
    after_pointer = rf"\s+(?:{alt(amounts)}|ب)"
    alts: dict[str, set[str]] = {}
    for phrases, then in ((fixed, ""), (pointer, after_pointer)):
        for w in phrases:
            alts.setdefault(w.split()[0], set()).add(_opening(w, then))
    openings = {clitic + first: re.compile("|".join(sorted(a)))
                for first, a in alts.items() for clitic in ("", "و", "ف")}
    return _AnaphoraTable(
        pattern, fixed, {**{f"ptr:{k}": v for k, v in pointer.items()},
                         **{f"amt:{k}": v for k, v in amounts.items()}},
        openings, frozenset(openings), lister(openings))


def _opening(phrase: str, then: str) -> str:
    """A regex for the first two words of ``phrase`` as the anaphora pattern
    spells them (white space between), or for a one-word phrase followed by
    ``then`` (what the pattern requires after it)."""
    words = phrase.split()
    if len(words) > 1:
        return re.escape(words[0]) + r"\s+" + re.escape(words[1])
    return re.escape(words[0]) + then


def _opens(text: str, t: _AnaphoraTable) -> bool:
    """Some phrase opening of the table occurs in ``text``, behind a first
    word that is a letter run of the text."""
    words = t.listing(text)
    if t.firsts.isdisjoint(words):  # most sentences: no set built
        return False
    openings = t.openings
    for word in t.firsts.intersection(words):
        if openings[word].search(text) is not None:
            return True
    return False


def find_anaphoric(text: str) -> list[Anaphor]:
    """Every day in a normalised sentence told relative to an earlier one.

    Why apart from :func:`find_dates`: their day is not the publication
    date's business but the last day the article named (:func:`dates_in_context`).
    Most sentences hold none of the phrases' first words ("اليوم"، "قبل"،
    "بعد" …) as a word: one set test on the letter runs (listed and hashed
    already by the date scan, :func:`eventx.text.letter_runs.runs`) spares
    them the regex scan.  Of those that do, nearly all use the word
    otherwise ("بعد مقتل"، "اليوم الأحد"): a search for the openings of the
    phrases of the words found spares them too.  Why a pattern per first
    word: its openings share the word as a literal prefix, which the re
    engine finds by a string search, where one alternation of them all was
    tried at every alef.
    """
    t = _anaphora()
    if not _opens(text, t):
        return []
    fixed, table = t.fixed, t.table
    out = []
    for m in t.pattern.finditer(text):
        if m.group("fixed"):
            offset = fixed[" ".join(m.group("fixed").split())]
        else:
            sign = table["ptr:" + " ".join(m.group("ptr").split())]
            if m.group("amt"):
                n = table["amt:" + m.group("amt")]
            else:
                raw = m.group("n")
                n = int(raw) if raw.isdigit() else grammar().number_word[raw]
            offset = sign * n
        out.append(Anaphor(m.start(), m.end(), offset))
    return out


_DAY_SPAN: Final = 2  # a night ("ليلة السبت إلى الأحد") still names one day to count from


def dates_in_context(text: str, reference_date: dt.date | None,
                     anchor: DateMatch | None) -> tuple[list[DateMatch], DateMatch | None]:
    """The dates of a sentence read in its article: :func:`find_dates` and the
    background stretches (:func:`eventx.dates_stretch.find_stretches`), plus
    each day told relative to the last day named before ("وقبل ذلك بيوم" after
    "السبت" is Friday) resolved against ``anchor``; and the anchor for the next
    sentence, the last day named so far (a day a toll was counted up to,
    "حتى الأول من أغسطس", dates no incident and anchors nothing).
    """
    found = find_dates(text, reference_date)
    stretches = _stretch.find_stretches(text, reference_date)
    if stretches:
        found += [x for x in stretches
                  if not any(d.start < x.end and x.start < d.end for d in found)]
    events: list[tuple[int, DateMatch | Anaphor]] = [(d.start, d) for d in found]
    anaphors = find_anaphoric(text)
    if anaphors:
        events += [(a.start, a) for a in anaphors
                   if not any(d.start < a.end and a.start < d.end for d in found)]
    if not events:
        return found, anchor
    out: list[DateMatch] = []
    for _, x in sorted(events, key=lambda e: e[0]):
        if isinstance(x, Anaphor):
            if anchor is None or anchor.start_date is None or anchor.end_date is None:
                continue
            step = dt.timedelta(days=x.offset)
            x = DateMatch(x.start, x.end, anchor.start_date + step, anchor.end_date + step,
                          "day", True)
        elif x.yearless and anchor is not None and not anchor.relative:
            x = _in_context_year(x, anchor, reference_date)
        out.append(x)
        if (x.precision == "day" and x.start_date is not None and x.end_date is not None
                and (x.end_date - x.start_date).days < _DAY_SPAN
                and not ends_period(_word_before(text, x.start))):
            anchor = x
    return out, anchor


def _in_context_year(x: DateMatch, anchor: DateMatch, ref: dt.date | None) -> DateMatch:
    """A day and month with no year that follows, within a few months, the
    day the article named before with its year is read as going on from it
    ("في 28 ديسمبر 2014 … وفي الثالث من يناير" in an article of 2016 is 3
    January 2015, not 2016): a story told from a dated day goes on in its
    time, whenever it was published.  Only a day behind the publication date
    moves (one ahead is announced, as the reference date reads it), and one
    before the named day keeps the reference date's year: a story that steps
    back names no year to step back in.  The year it takes is stated by the
    text (``relative`` False), so it carries the story on to the next such day."""
    if x.start_date is None or x.end_date is None or anchor.end_date is None or ref is None:
        return x
    span = cal.year_after(x.start_date, x.end_date, anchor.end_date, ref)
    if span is None:
        return x
    return DateMatch(x.start, x.end, span[0], span[1], x.precision, False)


def _yearless(gd: dict[str, Any]) -> bool:
    """The groups of a Gregorian day and month whose year nothing in the match
    gives (no year, no "الماضي"/"المقبل"): its year is the reference date's guess."""
    return bool(gd.get("m") and (gd.get("d") or gd.get("dw"))
                and not (gd.get("y") or gd.get("yrel") or gd.get("mrel") or gd.get("hm")
                         or gd.get("ago") or gd.get("hol")))


def _word_before(text: str, pos: int) -> str:
    """The last word of ``text[:pos]`` ("" if none): split once from the right
    (the same word ``split()[-1]`` gives, without splitting the whole head)."""
    words = text[:pos].rsplit(None, 1)
    return words[-1] if words else ""


# ------------------------------------------------------------ resolution ---
# Named groups (see eventx.dates_grammar):
#   ago an anw afew afew2 au hedge hedge2      "قبل نحو ثلاثة أيام"
#   d dw m y mrel yrel                          Gregorian day / month / year
#   dper dperrel                                "28 من الشهر الجاري"
#   hd hdw hm hy hrel                           Hijri day / month / year
#   nd nm ny nsuf                               numeric dates
#   rd rdwd                                     أمس، اليوم، أول أمس (+ weekday)
#   wd wdrel wd2 wdrel2                         weekdays and weekday ranges
#   part per prel pyear pysuf this              periods and their parts
#   ya yasuf                                    "عام 2013", "عام 1436 هـ", "في 2011"
#   hol hlead                                   "أول أيام عيد الفطر", "ليلة رأس السنة"


def _resolve(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result | None:
    if gd.get("ago"):
        return _resolve_ago(gd, g, ref)
    if gd.get("hol"):
        return _resolve_holiday(gd, g, ref)
    # an explicit day wins over a weekday or "اليوم" next to it
    for fn in (_resolve_hijri_day, _resolve_greg_day, _resolve_day_of_period, _resolve_numeric):
        try:
            res = fn(gd, g, ref)
        except (ValueError, OverflowError):
            if gd.get("rd") or gd.get("wd"):
                break  # "الأحد 31 أبريل": keep what the weekday says
            raise
        if res is not _UNRESOLVED:
            return cast("tuple[dt.date | None, dt.date | None, str, bool] | None", res)
    if gd.get("part"):
        return _resolve_part(gd, g, ref)
    if gd.get("rd"):
        return _resolve_relative_day(gd, g, ref)
    if gd.get("wd"):
        return _resolve_weekday(gd, g, ref)
    if gd.get("hm"):
        return _resolve_hijri_month(gd, g, ref)
    if gd.get("m"):
        return _resolve_month(gd, g, ref)
    if gd.get("per"):
        return _resolve_period(gd, g, ref)
    if gd.get("ya"):
        return _resolve_year(gd, g)
    return None


def _relative(precision: str) -> Result:
    """A relative expression with no reference date: no absolute date, never "today"."""
    return None, None, precision, True


def _day_value(gd: dict[str, Any], g: Grammar, num: str, word: str) -> int | None:
    if gd.get(num):
        return int(gd[num])
    if gd.get(word):
        return g.ordinal[gd[word]]
    return None


def _resolve_greg_day(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Any:
    if not gd.get("m"):
        return _UNRESOLVED
    day = _day_value(gd, g, "d", "dw")
    if day is None:
        return _UNRESOLVED
    month = g.month[gd["m"]]
    first = int(gd["d0"]) if gd.get("d0") else day  # "يومي 25 و26 مارس"
    if first > day:
        raise ValueError("day range runs backwards")
    if gd.get("y"):
        d = dt.date(int(gd["y"]), month, day)
        return d.replace(day=first), d, "day", False
    if ref is None:
        dt.date(2000, month, day)  # still reject 31 April without a reference
        return _relative("day")
    if gd.get("yrel"):
        d = dt.date(ref.year + cal.REL_STEP[g.rel[gd["yrel"]]], month, day)
    elif gd.get("mrel"):
        d = dt.date(cal.day_month_year(ref, month, day, g.rel[gd["mrel"]]), month, day)
    else:
        d = cal.latest_day_month(ref, month, day)
    return d.replace(day=first), d, "day", True


def _resolve_day_of_period(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Any:
    if not gd.get("dper"):
        return _UNRESOLVED
    day = _day_value(gd, g, "d", "dw")
    if day is None:
        return _UNRESOLVED
    if ref is None:
        return _relative("day")
    rel = g.rel[gd["dperrel"]] if gd.get("dperrel") else "current"
    start, _ = cal.relative_period(ref, "month", rel)
    d = dt.date(start.year, start.month, day)
    return d, d, "day", True


def _resolve_numeric(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Any:
    if not gd.get("ny"):
        return _UNRESOLVED
    year, month, day = int(gd["ny"]), int(gd["nm"]), int(gd["nd"])
    suffix = gd.get("nsuf")
    if (suffix in g.hijri_suffix) or (suffix is None and _HIJRI_MIN <= year <= _HIJRI_MAX):
        d = cal.hijri_to_date(year, month, day)
        return d, d, "day", False
    if not _G_YEAR_MIN <= year <= _G_YEAR_MAX:
        return None
    if month > 12 >= day:  # the rare month-first writing (09/24/2021)
        month, day = day, month
    d = dt.date(year, month, day)
    return d, d, "day", False


def _resolve_hijri_day(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Any:
    if not gd.get("hm"):
        return _UNRESOLVED
    day = _day_value(gd, g, "hd", "hdw")
    if day is None:
        return _UNRESOLVED
    month = g.hijri_month[gd["hm"]]
    if gd.get("hy"):
        d = cal.hijri_to_date(int(gd["hy"]), month, day)
        return d, d, "day", False
    if ref is None:
        return _relative("day")
    if gd.get("hrel"):
        d = cal.hijri_to_date(cal.hijri_month_year(ref, month, g.rel[gd["hrel"]]), month, day)
    else:
        d = cal.latest_hijri_day_month(ref, month, day)
    return d, d, "day", True


def _resolve_hijri_month(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    month = g.hijri_month[gd["hm"]]
    if gd.get("hy"):
        s, e = cal.hijri_month_span(int(gd["hy"]), month)
        return s, e, "month", False
    if ref is None:
        return _relative("month")
    s, e = cal.hijri_month_span(cal.hijri_month_year(ref, month, g.rel[gd["hrel"]]), month)
    return s, e, "month", True


def _month_and_year(
    gd: dict[str, Any], g: Grammar, ref: dt.date | None
) -> tuple[int, int | None, bool]:
    """(month, year or None when it needs a missing reference, relative?) of a named month."""
    month = g.month[gd["m"]]
    if gd.get("y"):
        return month, int(gd["y"]), False
    if ref is None:
        return month, None, True
    if gd.get("yrel"):
        return month, ref.year + cal.REL_STEP[g.rel[gd["yrel"]]], True
    rel = g.rel[gd["mrel"]] if gd.get("mrel") else None
    return month, cal.month_year(ref, month, rel), True


def _resolve_month(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    month, year, relative = _month_and_year(gd, g, ref)
    if year is None:
        return _relative("month")
    s, e = cal.month_span(year, month)
    return s, e, "month", relative


def _resolve_relative_day(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    if ref is None:
        return _relative("day")
    offset, span = g.relative_day[gd["rd"]]
    start = ref + dt.timedelta(days=offset)
    if gd.get("rdwd"):
        # "أمس الخميس" in an article dated Saturday: the publication date is
        # often a day after the writing, the named weekday is not — it wins,
        # at its occurrence nearest to the day "أمس" points at.  "اليوم
        # الجمعة" in an article dated Tuesday was written on the Friday before
        # (a feed's date comes after the writing, never days before it): a
        # day told as today or before lies at most a day ahead of its word.
        delta = (g.weekday[gd["rdwd"]] - start.weekday()) % 7
        ahead = 1 if offset <= 0 else 3
        start += dt.timedelta(days=delta - 7 if delta > ahead else delta)
    return start, start + dt.timedelta(days=span), "day", True


def _weekday_date(ref: dt.date, weekday: int, rel: str | None) -> dt.date:
    if rel in ("past", "before_last"):
        return cal.last_weekday(ref, weekday, strict=True)
    if rel == "next":
        return cal.next_weekday(ref, weekday)
    return cal.last_weekday(ref, weekday)


def _resolve_weekday(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    if ref is None:
        return _relative("day")
    wd = g.weekday[gd["wd"]]
    rel_word = gd.get("wdrel2") or gd.get("wdrel")
    rel = g.rel[rel_word] if rel_word else None
    if gd.get("wd2"):
        # "ليلة السبت إلى الأحد", "يومي الجمعة والسبت الماضيين": anchor the
        # last day, the first is the days between before it.
        wd2 = g.weekday[gd["wd2"]]
        end = _weekday_date(ref, wd2, rel)
        start = end - dt.timedelta(days=(wd2 - wd) % 7)
        return start, end, "day", True
    d = _weekday_date(ref, wd, rel)
    if gd.get("tod") and " ".join(gd["tod"].split()) in g.eve:
        # "ليلة السبت": the night that leads into Saturday, from Friday evening
        return d - dt.timedelta(days=1), d, "day", True
    return d, d, "day", True


def _resolve_period(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    unit = g.period[gd["per"]]
    if ref is None:
        return _relative(unit)
    rel = g.rel[gd["prel"]] if gd.get("prel") else "current"
    s, e = cal.relative_period(ref, unit, rel)
    return s, e, unit, True


def _resolve_year(gd: dict[str, Any], g: Grammar) -> Result | None:
    """"عام 2013" → that year; "عام 1436 هـ" → that Hijri year.

    A cued year inside the Umm al-Qura table (1343–1500) without any suffix is
    read as Hijri too: in news those years are Saudi-style Hijri dates far
    more often than fifteenth-century history.
    """
    year = int(gd["ya"])
    suffix = gd.get("yasuf")
    if suffix in g.hijri_suffix or (suffix is None and _HIJRI_MIN <= year <= _HIJRI_MAX):
        s, e = cal.hijri_year_span(year)
        return s, e, "year", False
    if not _G_YEAR_MIN <= year <= _G_YEAR_MAX:
        return None
    s, e = cal.year_span(year)
    return s, e, "year", False


def _resolve_holiday(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    """"أول أيام عيد الفطر", "ليلة رأس السنة": the feast's occurrence nearest
    the reference date (news tells of a feast just past or just ahead), cut
    by the lead word to the day or days it names."""
    first, last = g.holiday_lead[" ".join(gd["hlead"].split())]
    precision = "day" if last - first <= 1 else "approximate"
    if ref is None:
        return _relative(precision)
    kind, month, day = g.holiday[" ".join(gd["hol"].split())]
    feast = cal.nearest_feast(ref, kind, month, day)
    return (feast + dt.timedelta(days=first), feast + dt.timedelta(days=last), precision, True)


def _resolve_part(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result | None:
    """"مطلع/منتصف/أواخر" of a month, week or year: a third of it, approximate."""
    part = g.part[gd["part"]]
    bounds = g.part_bounds
    if gd.get("m"):
        month, year, relative = _month_and_year(gd, g, ref)
        if year is None:
            return _relative("approximate")
        return (*_cut_month(year, month, bounds[f"month_{part}"]), "approximate", relative)
    pyear = gd.get("pyear")
    unit = g.period[gd["per"]] if gd.get("per") else "year"
    if pyear and unit == "year":
        year = int(pyear)
        a, b = bounds[f"year_{part}"]
        if gd.get("pysuf") in g.hijri_suffix:
            return (cal.hijri_month_span(year, a)[0], cal.hijri_month_span(year, b)[1],
                    "approximate", False)
        if not _G_YEAR_MIN <= year <= _G_YEAR_MAX:
            return None
        return cal.month_span(year, a)[0], cal.month_span(year, b)[1], "approximate", False
    if ref is None:
        return _relative("approximate")
    rel = g.rel[gd["prel"]] if gd.get("prel") else "current"
    start, _ = cal.relative_period(ref, unit, rel)
    a, b = bounds[f"{unit}_{part}"]
    if unit == "week":
        if (start + dt.timedelta(days=a) > ref and unit in g.part_back
                and not gd.get("prel") and not gd.get("pthis")):
            # "في نهاية الأسبوع" in a Tuesday report: the weekend just past,
            # as a bare weekday is the last one (data: [part_bounds] back_units)
            start -= dt.timedelta(days=7)
        return start + dt.timedelta(days=a), start + dt.timedelta(days=b), "approximate", True
    if unit == "month":
        return (*_cut_month(start.year, start.month, (a, b)), "approximate", True)
    return (cal.month_span(start.year, a)[0], cal.month_span(start.year, b)[1],
            "approximate", True)


def _cut_month(year: int, month: int, days: tuple[int, int]) -> tuple[dt.date, dt.date]:
    first, last = cal.month_span(year, month)
    return (first.replace(day=min(days[0], last.day)), first.replace(day=min(days[1], last.day)))


def _resolve_ago(gd: dict[str, Any], g: Grammar, ref: dt.date | None) -> Result:
    """"قبل يومين", "قبل نحو شهر", "قبل أيام": windows set in the TOML table."""
    unit_name, kind = g.unit_form[gd["au"]]
    unit = g.units[unit_name]
    hedged = bool(gd.get("hedge") or gd.get("hedge2"))
    if gd.get("an"):
        n: int | None = int(gd["an"])
    elif gd.get("anw"):
        n = g.number_word[gd["anw"]]
    elif gd.get("afew") or kind == "plural":
        n = None  # "a few"
    else:
        n = 2 if kind == "dual" else 1
    exact = unit.name == "day" and n is not None and n <= unit.exact_max and not hedged
    precision = "day" if exact else "approximate"
    if ref is None:
        return _relative(precision)
    if n is None or (gd.get("afew2") and kind == "plural"):
        return (ref - dt.timedelta(days=unit.few_far), ref - dt.timedelta(days=unit.few_near),
                "approximate", True)
    if unit.days == 0:  # hours: the reference day or the one before it
        back = max(1, round(n / 24))
        start = ref - dt.timedelta(days=back)
        return start, min(ref, start + dt.timedelta(days=1)), "approximate", True
    centre = ref - dt.timedelta(days=n * unit.days)
    if exact:
        return centre, centre, "day", True
    half = min(unit.half_max, unit.half_base + unit.half_per_unit * max(0, n - 1))
    start = centre - dt.timedelta(days=half)
    end = min(ref, centre + dt.timedelta(days=half))
    return start, end, "approximate", True


# last, and as a module: eventx.dates_stretch builds on DateMatch above, and
# whichever of the two is imported first, the other finds it in sys.modules
import eventx.dates_stretch as _stretch  # noqa: E402
