"""The date grammar: word tables from ``data/date_words.toml`` compiled ONCE into one regex.

Why one regular expression: a sentence is scanned in a single C-level pass
whatever the size of the word tables (hundreds of month, weekday and unit
spellings become alternations inside one automaton), so cost per sentence
does not grow with the vocabulary.  The branches are ordered from the most
specific to the least, and each branch is greedy, so the first match at a
position is the longest reading of that position.

Everything here works on NORMALISED text (see :mod:`eventx.text.normalize`):
the tables are written in ordinary spelling and normalised at load time.
Named groups carry the parts a resolver needs (``d`` day, ``m`` month word,
``y`` year, ``wd`` weekday ...); :mod:`eventx.dates` turns them into dates.
"""
from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

import attrs
import regex

from eventx.cache import cached, data_key
from eventx.text.letter_runs import PATTERN as _RANGE_RUN
from eventx.text.letter_runs import lister, runs
from eventx.text.normalize import normalize_key

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on 3.10
    import tomli as tomllib

DATA_FILE: Final = Path(__file__).parent / "data" / "date_words.toml"


def _n(word: str) -> str:
    """Normalised, single-spaced form of a table word (no punctuation)."""
    return normalize_key(word)


def _alt(forms: Iterable[str]) -> str:
    """A regex alternation of normalised words, the longest reading first.

    Spaces match any whitespace run.  A word that starts with the article
    ("ال") also matches its spelling after the preposition ل ("للعام" is
    ل + العام with the alef dropped), but only right after that clitic.

    Why a trie: the engine tries the branches of an alternation one by one, so
    a list of a hundred month spellings cost a hundred comparisons at every
    position where it fails (most of them).  Factored by common prefix, the
    same list fails after one or two characters.  Siblings in the trie start
    with different atoms, so at most one can match; a word that is a prefix
    of a longer one becomes a greedy optional tail, so the longer reading is
    still tried first, as in the longest-first alternation it replaces.
    """
    trie: dict[str, Any] = {}
    for w in set(forms):
        paths = [_atoms(w)]
        if w.startswith("ال") and len(w) > 2:
            paths.append([_AFTER_L, "ل", *_atoms(w[2:])])
        for atoms in paths:
            node = trie
            for a in atoms:
                node = node.setdefault(a, {})
            node[_END] = {}
    return "(?:" + _trie_regex(trie) + ")"


_END: Final = ""  # the key that marks the end of a word in the trie
_AFTER_L: Final = r"(?<=(?:^|\W)[وف]?ل)"  # the ل-spelling of an ال-word: only after that clitic


def _atoms(word: str) -> list[str]:
    """A word as regex atoms: each character escaped, each space a whitespace run."""
    return [r"\s+" if c == " " else regex.escape(c) for c in word]


def _trie_regex(node: dict[str, Any]) -> str:
    """The alternation of a trie node's branches; where a word ends at the node,
    an empty last branch (the greedy ``(?:…)?``, longer reading first).

    Why an empty branch and not ``?``: the regex module keeps state for
    every repeat of a pattern and sets it up again at every match call; a
    thousand optional tails in the month and number tables cost each call
    at a position that fails at once about as much as the failing itself.
    """
    branches = [a + _trie_regex(child) for a, child in sorted(node.items()) if a != _END]
    if not branches:
        return ""
    if _END in node:
        return "(?:" + "|".join(branches) + "|)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@attrs.frozen(slots=True)
class AgoUnit:
    """Window parameters for one unit of "… ago" (see the TOML comments)."""

    name: str
    days: int
    exact_max: int
    half_base: int
    half_per_unit: int
    half_max: int
    few_far: int
    few_near: int


@attrs.frozen(slots=True)
class Grammar:
    """The compiled pattern and the lookup tables its groups are resolved with."""

    pattern: Any  # regex.Pattern
    weekday: dict[str, int]
    relative_day: dict[str, tuple[int, int]]  # form -> (offset, span)
    month: dict[str, int]
    hijri_month: dict[str, int]
    ordinal: dict[str, int]
    number_word: dict[str, int]
    unit_form: dict[str, tuple[str, str]]  # form -> (unit, "singular"|"dual"|"plural")
    units: dict[str, AgoUnit]
    rel: dict[str, str]  # word -> "past"|"current"|"next"|"before_last"
    period: dict[str, str]  # word -> "week"|"month"|"year"
    part: dict[str, str]  # word -> "start"|"mid"|"end"
    part_bounds: dict[str, tuple[int, int]]
    hijri_suffix: frozenset[str]
    anchors: dict[str, int]  # first word, with any clitics → length of those clitics
    # feast name -> ("hijri"|"gregorian", month, day), or ("eid", 0, 0) for either Eid
    holiday: dict[str, tuple[str, int, int]]
    # word before a feast -> [first, last] day of it, counted from its first day
    holiday_lead: dict[str, tuple[int, int]]
    # the anchors that can equal a whole \w+ run (every one, in practice)
    anchor_words: frozenset[str] = frozenset()
    # words before a date that make it the END of a period ("حتى الأول من أغسطس")
    until: frozenset[str] = frozenset()
    # units whose unqualified part not yet begun reads back ([part_bounds] back_units)
    part_back: frozenset[str] = frozenset()
    # night words that name the night before their weekday ("ليلة السبت": Friday
    # evening to Saturday), read as a two-day range ([time_of_day] eve)
    eve: frozenset[str] = frozenset()

    # the pattern's group names in group-number order: see :meth:`groups`
    group_names: tuple[str, ...] = ()
    # lists the letter runs among which the anchor words stand: see :meth:`candidates`
    anchor_runs: Callable[[str], list[str]] = runs
    # per anchor word, the pattern of only the branches a reading can open with
    # it, and its group names; the same for a number start: see :meth:`tries`
    word_trials: dict[str, Trial] = attrs.Factory(dict)
    number_trial: Trial | None = None
    # per anchor word, its trial without the readings that need a digit or an
    # ordinal (a day by its number): tried in a text with neither, see :meth:`tries`
    plain_trials: dict[str, Trial] = attrs.Factory(dict)
    # the letter runs an ordinal can stand in, behind any clitics: a text
    # that lists none of them and holds no digit gets the plain trials
    ordinal_runs: frozenset[str] = frozenset()
    # the words a day's number can stand before (a month, شهر, هذا …): see
    # :func:`_may_date_number`; empty, every number start is tried
    day_words: frozenset[str] = frozenset()

    def candidates(self, text: str) -> list[int]:
        """Offsets where a date expression may start, found by one dict lookup per word.

        Why: trying the big pattern at every character costs ~1 ms a sentence;
        trying it only where a word is a known first word (possibly behind the
        clitics و ف ب ل ك) or a number costs a few microseconds.  The words are
        listed and intersected with the anchors in C; only the few hits are
        then located, and the number scan runs only when there is a digit.

        The words listed are runs of the Arabic letters' range
        (``anchor_runs``, :mod:`eventx.text.letter_runs`: a plain range, twice
        as fast as the letter class, listed once for the count prefilter too):
        an anchor that is a whole letter run is a whole run of the range too,
        as the letters next to it are no letters at all, and
        :func:`_whole_runs` still checks every hit against the letter class.
        """
        out: list[int] = []
        hits = self.anchor_words.intersection(self.anchor_runs(text))
        for word in hits:
            out += _whole_runs(text, word, self.anchors[word])
        digit = _DIGIT.search(text)
        if digit is not None:
            out += _number_starts(text, digit.start())
        out.sort()
        return out

    def tries(self, text: str) -> list[tuple[int, Trial]]:
        """The offsets of :meth:`candidates`, each with the pattern to try there.

        Why: a match of the whole pattern costs about ten microseconds a
        candidate, most of it in branches that cannot open with the word
        there (a weekday is no month, a number no weekday).  Each anchor word
        has the pattern of only the branches a reading can open with it
        (:class:`Trial`, built once): at its offsets it finds what the whole
        pattern finds, the branches that could match being the same and in
        the same order.  An offset both a word and a number open (none, with
        today's tables) gets the whole pattern.

        A text with no digit and no ordinal word (most of them) gets the
        plain trials (:attr:`plain_trials`): every reading of a day by its
        number ("الجمعة 28 مايو"، "الأول من مايو") holds a digit or an
        ordinal as a whole word (behind clitics where it opens the reading),
        so where the text has neither those readings cannot match, and a
        weekday or "اليوم" is tried without them.  Why: they are the bulk of
        a weekday's pattern, and the regex module sets up its state for the
        whole pattern at every try, matching or not.
        """
        at: dict[int, Trial] = {}
        trials = self.word_trials
        first_digit = _DIGIT.search(text)
        digit = first_digit is not None
        if not digit and self.plain_trials and self.ordinal_runs.isdisjoint(runs(text)):
            trials = self.plain_trials
        for word in self.anchor_words.intersection(self.anchor_runs(text)):
            trial = trials[word]
            for pos in _whole_runs(text, word, self.anchors[word]):
                at[pos] = trial
        if first_digit is not None and self.number_trial is not None:
            days = self.day_words
            for pos in _number_starts(text, first_digit.start()):
                if pos in at:
                    at[pos] = Trial(self.pattern, self.group_names)
                elif not days or _may_date_number(text, pos, days):
                    at[pos] = self.number_trial
        return sorted(at.items())

    def groups(self, m: Any, names: tuple[str, ...] | None = None) -> dict[str, Any]:
        """``m.groupdict()`` of a match of :attr:`pattern`, built from ``m.groups()``;
        with ``names`` (a :class:`Trial`'s), of a match of a part of it, every
        group of the whole pattern that part lacks None.

        Why: the regex module's groupdict looks each of the forty-odd names
        up again and costs three times as much; the names are fixed per
        pattern (one number per name, duplicates included), so they are
        listed once at build time.
        """
        if names is None or names is self.group_names:
            return dict(zip(self.group_names, m.groups()))
        out: dict[str, Any] = dict.fromkeys(self.group_names)
        out.update(zip(names, m.groups()))
        return out


@attrs.frozen(slots=True)
class Trial:
    """A pattern of some of the grammar's branches, and its group names in
    group-number order (see :meth:`Grammar.groups`)."""

    pattern: Any  # regex.Pattern
    names: tuple[str, ...]


@attrs.frozen(slots=True)
class _Branch:
    """One branch of the date pattern and where a reading of it can open."""

    regex: str
    # the letter runs a reading can open with (as the candidate scan finds
    # them, behind no clitic); None: it may open with anything
    opens: frozenset[str] | None
    # a reading may open with a digit, or the ال before one ("الـ28")
    digit: bool = False
    # every reading that opens with a number is one _may_date_number lets by
    gated: bool = False
    # every reading holds a digit or an ordinal word: see Grammar.tries
    dated: bool = False

    def may_open(self, word: str) -> bool:
        return self.opens is None or word in self.opens


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Some string of ``parts`` occurs in ``text`` (a plain loop: the gates of
    the date scans ask it of every sentence, and a generator under any()
    cost more than the few substring tests it runs)."""
    for part in parts:
        if part in text:
            return True
    return False


def _number_starts(text: str, first_digit: int = 0) -> list[int]:
    """Where ``_NUMBER_START.finditer(text)`` finds a number (its group 1), found
    from the digit runs (the first of them at or after ``first_digit``: the
    callers have found the text's first digit already, to see whether it has
    any, and the runs are not looked for again before it).

    Why: the pattern opens with a look-behind, so finditer tries it at every
    character, while a sentence holds a few digit runs.  A match ends on the
    first digit of a run, at most ``_NUMBER_REACH`` characters after its start
    (two clitics, ال and a space), and no match ends anywhere else: so the
    leftmost match before each run, searched from the end of the last one, is
    the one finditer reports.
    """
    out: list[int] = []
    free = 0  # where finditer would go on: the end of the last match
    search = _NUMBER_START.search
    for run in _DIGIT_RUN.finditer(text, first_digit):
        d = run.start()
        m = search(text, max(free, d - _NUMBER_REACH), d + 1)
        if m is not None:
            out.append(m.start(1))
            free = m.end()
    return out


def _may_date_number(text: str, pos: int, days: frozenset[str]) -> bool:
    """Whether a date can open with the number at ``pos``: a numeric date
    ("28/01/2021", "2021-01-28"), a bare year, or a day's number (a range of
    two, "25 و26") before a word of ``days`` (a month, شهر, هذا, الشهر),
    after "من" or not.

    Why: a number opens the numbered-day and the bare-year branches only
    (:meth:`Grammar.tries`), and every reading of theirs is one of these;
    most numbers in the news count people ("12 شخصا") and fail them all,
    which a plain regex and a set lookup tell for a tenth of a try.
    """
    if _NUMERIC_OPEN.match(text, pos) is not None:
        return True
    m = _DAY_OPEN.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return word in days or (word == _FROM and m.group(2) in days)


def _first_words(forms: Iterable[str]) -> list[str]:
    """The words a form of ``forms`` can begin with, as :func:`_alt` matches
    them: the first word, and for an ال-word its spelling after the clitic ل."""
    out: set[str] = set()
    for form in forms:
        w = form.split(" ")[0]
        out.add(w)
        if w.startswith("ال") and len(form) > 2:
            out.add("ل" + w[2:])
    return sorted(out)


def _opening_runs(forms: Iterable[str]) -> frozenset[str] | None:
    """The letter runs a reading of ``forms`` can open with, as :func:`_alt`
    matches them: each form's first run, and for an ال-form that of its
    spelling after the clitic ل; None where a form opens with no letter."""
    out: set[str] = set()
    for form in forms:
        for spelling in (form, "ل" + form[2:] if form.startswith("ال") else form):
            m = _WORD.match(spelling)
            if m is None:
                return None
            out.add(m.group())
    return frozenset(out)


def _union(*sets: frozenset[str] | None) -> frozenset[str] | None:
    """The union of opening runs (None, anything, absorbs every set)."""
    out: frozenset[str] = frozenset()
    for x in sets:
        if x is None:
            return None
        out |= x
    return out


def _whole_runs(text: str, word: str, shift: int) -> list[int]:
    r"""``start + shift`` for every letter run of ``text`` that is exactly ``word``.

    An occurrence is a whole run when no letter touches it on either side,
    which is what ``_WORD.finditer`` would have reported.
    """
    out: list[int] = []
    size = len(word)
    i = text.find(word)
    while i >= 0:
        j = i + size
        if (i == 0 or not _letter(text[i - 1])) and (j == len(text) or not _letter(text[j])):
            out.append(i + shift)
        i = text.find(word, j)
    return out


def _letter(char: str) -> bool:
    """Whether ``_WORD_CHAR`` matches the character, remembered per character.

    Why: the regex module sets up a match state at every call, dearer than
    the test; a text's alphabet is small (and the table bounded by Unicode's)."""
    known = _LETTERS.get(char)
    if known is None:
        known = _LETTERS[char] = _WORD_CHAR.match(char) is not None
    return known


_LETTERS: Final[dict[str, bool]] = {}


# letter runs: a month or a year cue glued to its year ("مارس2016"، "عام2014") is
# still a whole word of its own; digits are found by the number scan
_WORD: Final = regex.compile(r"[^\W\d_]+")
_WORD_CHAR: Final = regex.compile(r"[^\W\d_]")
_DIGIT: Final = regex.compile(r"\d")
# a number at a word start, possibly behind clitics and the article: "و28", "الـ28"
_NUMBER_START: Final = regex.compile(r"(?<!\w)[وفبلك]{0,2}((?:ال\s?)?\d)")
_NUMBER_REACH: Final = 5  # the longest stretch _NUMBER_START matches before its digit
_DIGIT_RUN: Final = regex.compile(r"\d+")
# what may follow a number that opens a date (see _may_date_number): a numeric
# date's separator or a bare year; a day (or a range of two) and the next words
_NUMERIC_OPEN: Final = re.compile(r"\d{1,4}\s?[/.\-]|(?:19|20)\d\d(?!\d)")
_FROM: Final = "من"
_RANGE_WORDS: Final = ("و", "الي", "حتي")  # and "-": as DAY in _build_branches, normalised
_DAY_OPEN: Final = re.compile(r"(?:ال\s?)?\d{1,2}(?!\d)(?:\s*(?:و|-|الي|حتي)\s*\d{1,2}(?!\d))?"
                       r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_CLITICS: Final = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def _anchor_map(first_words: set[str]) -> dict[str, int]:
    """Every first word behind every clitic cluster, mapped to the clitic length.

    "للعام" is ل + العام with the article's alef dropped: it maps to 1, where
    the pattern's own ل-spelling of ال-words takes over.
    """
    out: dict[str, int] = {}
    for w in first_words:
        for c in _CLITICS:
            out.setdefault(c + w, len(c))
            if w.startswith("ال") and c.endswith("ل"):
                out.setdefault(c + w[1:], len(c))
    for w in first_words:  # a bare word is never read as clitic + word
        out[w] = 0
    return out


def _load_toml() -> dict[str, Any]:
    with DATA_FILE.open("rb") as fh:
        return tomllib.load(fh)


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The date grammar, once per process: from the on-disk cache
    (:mod:`eventx.cache`) when neither the TOML tables nor the code changed.

    Why cache: compiling the pattern (tens of thousands of regex nodes) takes
    a quarter to half a second, while a pickled ``regex`` pattern carries its
    compiled code and loads in milliseconds; the result is the same pattern.
    """
    return cached("date_grammar", data_key("date_grammar", (DATA_FILE.name,)), build_grammar)


def build_grammar() -> Grammar:
    """Build the date grammar from the TOML tables (no cache)."""
    data = _load_toml()

    weekday = {_n(f): int(e["index"]) for e in data["weekday"] for f in e["forms"]}
    relative_day = {
        _n(f): (int(e["offset"]), int(e.get("span", 0)))
        for e in data["relative_day"] for f in e["forms"]
    }
    month: dict[str, int] = {}
    ambiguous: set[str] = set()
    for e in data["month"]:
        for f in e["forms"]:
            month[_n(f)] = int(e["number"])
        ambiguous.update(_n(f) for f in e.get("ambiguous", []))
    hijri_month: dict[str, int] = {}
    hijri_needs_year: set[str] = set()
    for e in data["hijri_month"]:
        for f in e["forms"]:
            hijri_month[_n(f)] = int(e["number"])
            if e.get("needs_year"):
                hijri_needs_year.add(_n(f))
    ordinal = {_n(f): int(e["value"]) for e in data["ordinal"] for f in e["forms"]}
    number_word = {_n(f): int(k) for k, forms in data["number_words"].items() for f in forms}

    units: dict[str, AgoUnit] = {}
    unit_form: dict[str, tuple[str, str]] = {}
    for name, u in data["ago_unit"].items():
        units[name] = AgoUnit(
            name=name, days=int(u["days"]), exact_max=int(u.get("exact_max", 0)),
            half_base=int(u.get("half_base", 0)), half_per_unit=int(u.get("half_per_unit", 0)),
            half_max=int(u.get("half_max", 0)), few_far=int(u["few"][0]), few_near=int(u["few"][1]),
        )
        for kind in ("singular", "dual", "plural"):
            for f in u[kind]:
                unit_form[_n(f)] = (name, kind)

    rel: dict[str, str] = {}
    for key, kind in (("past", "past"), ("current", "current"), ("next", "next"),
                      ("before_last", "before_last")):
        rel.update({_n(f): kind for f in data["periods"][key]})
    period: dict[str, str] = {}
    for key, kind in (("week", "week"), ("month", "month"), ("year", "year")):
        period.update({_n(f): kind for f in data["periods"][key]})
    part: dict[str, str] = {}
    for key, kind in (("start", "start"), ("mid", "mid"), ("end", "end")):
        part.update({_n(f): kind for f in data["parts"][key]})
    part_bounds = {k: (int(v[0]), int(v[1])) for k, v in data["part_bounds"].items()
                   if k != "back_units"}
    part_back = frozenset(str(u) for u in data["part_bounds"].get("back_units", ()))
    hijri_suffix = frozenset(_n(f) for f in data["hijri"]["year_suffixes"])

    def built(dated: bool) -> list[_Branch]:
        return _build_branches(data, weekday, relative_day, month, ambiguous, hijri_month,
                               hijri_needs_year, ordinal, number_word, unit_form, rel, period,
                               part, dated=dated)

    branches = built(True)
    # the same branches less every reading that needs a digit or an ordinal
    plain = [b for b in built(False) if not b.dated]
    # first words of three branches, as sets: see _build_branches' look-aheads
    lists = {"ordfirst": _first_words(ordinal), "relfirst": _first_words(relative_day),
             "wdfirst": _first_words(weekday)}
    pattern = regex.compile(_joined(branches), regex.V0, **lists)
    def first(forms: Iterable[str]) -> set[str]:
        return {_n(f).split(" ")[0] for f in forms}

    anchors: set[str] = set()
    for table in (weekday, relative_day, month, hijri_month, ordinal, period, part):
        anchors |= first(table)
    holiday: dict[str, tuple[str, int, int]] = {}
    for e in data["holiday"]:
        kind = "hijri" if "hijri" in e else "gregorian" if "gregorian" in e else "eid"
        on = e.get(kind, (0, 0)) if kind != "eid" else (0, 0)
        holiday.update({_n(f): (kind, int(on[0]), int(on[1])) for f in e["forms"]})
    holiday_lead = {_n(k): (int(v[0]), int(v[1])) for key in ("lead", "cue")
                    for k, v in data["holiday_words"][key].items()}
    # a cue ("في") is no anchor: the feast's own first word is, behind it
    anchors |= first(holiday) | first(data["holiday_words"]["lead"])
    for words in (data["time_of_day"]["before"], data["periods"]["this"], data["year"]["cues"],
                  data["ago"]["words"], ["يوم", "يومي", "شهر"]):
        anchors |= first(words)
    anchor_map = _anchor_map(anchors)
    if len(pattern.groupindex) != pattern.groups:  # Grammar.groups needs a name per group
        raise ValueError("the date pattern has an unnamed capturing group")
    anchor_words = frozenset(w for w in anchor_map if _WORD.fullmatch(w))
    trials: dict[str, Trial] = {}  # one Trial per pattern, however many words share it

    def trial(keep: tuple[int, ...], among: list[_Branch] = branches) -> Trial:
        source = _joined([among[i] for i in keep])
        if source not in trials:
            part = regex.compile(source, regex.V0, ignore_unused=True, **lists)
            trials[source] = Trial(part, _names(part))
        return trials[source]

    # an ordinal opening a reading stands behind the clitics _START allows; one
    # after a weekday or "اليوم" stands after white space or a mark: either way
    # a whole run of its letters (see Grammar.tries); none outside the range
    # letter_runs.runs lists, or no plain trials
    ordinal_runs = frozenset(c + w for c in _CLITICS for w in lists["ordfirst"])
    plain_ok = all(_RANGE_RUN.fullmatch(w) for w in ordinal_runs)

    # a number start is a digit, or the ال before one: the branches that open so
    number_keep = tuple(i for i, b in enumerate(branches) if b.digit or b.may_open("ال"))
    return Grammar(
        anchors=anchor_map,
        anchor_words=anchor_words,
        group_names=_names(pattern),
        anchor_runs=lister(anchor_words),
        # the word at an anchor's offset is the anchor behind its clitics
        word_trials={w: trial(tuple(i for i, b in enumerate(branches)
                                    if b.may_open(w[anchor_map[w]:])))
                     for w in anchor_words},
        number_trial=trial(number_keep),
        plain_trials={w: trial(tuple(i for i, b in enumerate(plain)
                                     if b.may_open(w[anchor_map[w]:])), plain)
                      for w in anchor_words} if plain_ok else {},
        ordinal_runs=ordinal_runs,
        day_words=_day_words(branches, number_keep, month, hijri_month, period,
                             [_n(f) for f in data["periods"]["this"]]),
        pattern=pattern, weekday=weekday, relative_day=relative_day, month=month,
        hijri_month=hijri_month, ordinal=ordinal, number_word=number_word,
        unit_form=unit_form, units=units, rel=rel, period=period, part=part,
        part_bounds=part_bounds, part_back=part_back, hijri_suffix=hijri_suffix,
        until=frozenset(_n(w) for w in data["bounds"]["until"]),
        eve=frozenset(_n(w) for w in data["time_of_day"].get("eve", ())),
        holiday=holiday, holiday_lead=holiday_lead,
    )


def _day_words(branches: list[_Branch], number_keep: tuple[int, ...], month: dict[str, int],
               hijri_month: dict[str, int], period: dict[str, str],
               this: list[str]) -> frozenset[str]:
    """The words a day's number can stand before in a reading of the numbered-day
    branch (see :func:`_may_date_number`), or none (no gate) where a number
    opens a branch the gate was not written for, or a range word could pass
    for one of the words."""
    if not all(branches[i].gated for i in number_keep):
        return frozenset()
    days = _union(_opening_runs(month), _opening_runs(hijri_month),
                  _opening_runs(k for k, v in period.items() if v == "month"),
                  _opening_runs(this), frozenset({_n("شهر")}))
    if days is None or not days.isdisjoint((_FROM, *_RANGE_WORDS)):
        return frozenset()
    return days


def _names(pattern: Any) -> tuple[str, ...]:
    """The group names of a pattern in group-number order."""
    return tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__))


# a match opens after a non-word and up to two clitics ("وب"، "ول") ...
_START: Final = r"(?<=(?:^|\W)[وف]?[بلك]?)"
# ... and ends at a word's end, or after digits a word is glued to ("في 2013عمليات")
_STOP: Final = r"(?:(?<=\d)(?!\d)|(?!\w))"


def _joined(branches: list[_Branch]) -> str:
    """One pattern trying ``branches`` in order at an offset: the first that
    matches wins, each greedy, so its reading is the longest of that offset."""
    return _START + "(?:" + "|".join("(?:" + b.regex + ")" for b in branches) + ")" + _STOP


def _build_branches(
    data: dict[str, Any],
    weekday: dict[str, int],
    relative_day: dict[str, tuple[int, int]],
    month: dict[str, int],
    ambiguous: set[str],
    hijri_month: dict[str, int],
    hijri_needs_year: set[str],
    ordinal: dict[str, int],
    number_word: dict[str, int],
    unit_form: dict[str, tuple[str, str]],
    rel: dict[str, str],
    period: dict[str, str],
    part: dict[str, str],
    dated: bool = True,
) -> list[_Branch]:
    """Assemble the grammar's branches, each with the words a reading of it can
    open with.  Group names are documented in eventx.dates._resolve.

    ``dated`` False: the weekday and relative-day branches without the day
    by its number after them (the plain trials of :meth:`Grammar.tries`)."""
    n = _n
    WD = _alt(weekday)
    MON_ALL = _alt(month)
    MON_UNAMB = _alt(m for m in month if m not in ambiguous)
    HMON_ALL = _alt(hijri_month)
    HMON_FREE = _alt(m for m in hijri_month if m not in hijri_needs_year)
    ORD = _alt(ordinal)
    NUMW = _alt(number_word)
    FEW = _alt(n(f) for f in data["ago"]["few_words"])
    FEW_AFTER = _alt(n(f) for f in data["ago"]["few_after"])
    UNIT = _alt(unit_form)
    REL = _alt(k for k, v in rel.items() if v != "before_last")
    REL_BL = _alt(k for k, v in rel.items() if v == "before_last")
    PER = _alt(period)
    PER_MONTH = _alt(k for k, v in period.items() if v == "month")
    PER_YEAR = _alt(k for k, v in period.items() if v == "year")
    THIS = _alt(n(f) for f in data["periods"]["this"])
    PART = _alt(part)
    TOD_B = _alt(n(f) for f in data["time_of_day"]["before"])
    TOD_A = _alt(n(f) for f in data["time_of_day"]["after"] if n(f) != n("مساء"))
    NIGHT = _alt(n(f) for f in data["time_of_day"]["night"])
    NIGHT_JOIN = _alt(n(f) for f in data["time_of_day"]["night_joiners"])
    HSUF = _alt(n(f) for f in data["hijri"]["year_suffixes"])
    GSUF = _alt(n(f) for f in data["year"]["gregorian_suffixes"])
    YCUE = _alt(n(f) for f in data["year"]["cues"])
    BARE_CUE = _alt(n(f) for f in data["year"]["bare_cues"])
    BORN = _alt(n(f) for f in data["year"]["born"])
    HWORDS = data["holiday_words"]
    HOL_LEAD = _alt(n(f) for f in HWORDS["lead"])
    HOL_CUE = _alt(n(f) for f in HWORDS["cue"])
    HOL_EPI = _alt(n(f) for f in HWORDS["epithets"])
    HOL_BLOCK = _alt(n(f) for f in HWORDS["blocked_after"])
    HOL_NAMED = _alt(n(f) for e in data["holiday"] if not e.get("eid") for f in e["forms"])
    HOL_EID = _alt(n(f) for e in data["holiday"] if e.get("eid") for f in e["forms"])
    MCUE = _alt(n(f) for f in data["month_context"]["cues"])
    HEDGE = _alt(n(f) for f in data["ago"]["hedges"])
    HEDGE_A = _alt(n(f) for f in data["ago"]["after_hedges"])
    AGO_PLAIN = _alt(n(f) for f in data["ago"]["after_plain"])
    AGO = _alt(n(f) for f in data["ago"]["words"])
    EPI = _alt(n(f) for f in data["hijri"]["month_epithets"])
    NAME_CUE = _alt(n(f) for f in data["names"]["before"] + data["names"]["apart"])
    WD_NUMERAL = _alt(n(f) for f in data["weekday_numeral"]["forms"])
    NOT_PLURAL = _alt(n(f) for f in data["weekday_numeral"]["not_plural"])
    TOGETHER = _alt(n(f) for f in data["weekday_numeral"]["together_after"])
    PAIR_BEFORE = _alt(n(f) for f in data["weekday_numeral"]["pair_before"])
    TODAY_BLOCK = _alt(n(f) for f in data["today"]["blocked_after"])
    TODAY_FREE = _alt(n(f) for f in data["today"]["free_before"])
    YAWM = n("يوم")
    SHAHR = n("شهر")
    MIN = n("من")
    TO = _alt([n("إلى"), n("حتى")])
    AGREEING = n("الموافق")
    SAME = _alt([n("نفسه"), n("ذاته")])
    ONE = _alt([n("واحد"), n("واحدة")])
    TEEN = n("عشر")
    OR = n("أو")
    EVENING = n("مساء")

    reldays = []
    for form in sorted(relative_day, key=lambda s: (-len(s), s)):
        body = _alt([form])
        if form == n("اليوم"):
            # "today", not "the day after", "that day", "the same day"
            body = (r"(?<!" + TODAY_BLOCK + r"\s)" + body
                    + r"(?!\s+(?!" + WD + "|(?:" + TODAY_FREE + r")(?!\w))ال\w)(?!\s+" + SAME + ")")
        reldays.append(body)
    RELDAY = "(?:" + "|".join(reldays) + ")"

    E = r"(?!\w)"  # end of word
    EL = r"(?![^\W\d_])"  # end of letters: a month may have its year glued on ("مارس2016")
    SEP = r"\s*[,،(\-]?\s*(?:" + AGREEING + r"\s+)?"
    LEAD = rf"(?:(?P<tod>{TOD_B})\s+)?(?:{YAWM}ي?\s+)?"
    # The branches below open with a look-ahead their every reading implies: the
    # lead words, then a digit or the first word of one of their own forms (a
    # named list: a set lookup, not an alternation tried form by form).  Most
    # candidate words fail there at once instead of inside each branch.
    LEAD_NC = rf"(?:{TOD_B}\s+)?(?:{YAWM}ي?\s+)?"
    TAIL = (rf"(?:\s+(?:{TOD_A}{E}|{EVENING}(?!\s+(?:{YAWM}|{RELDAY}|{WD}))))?")

    YEAR_G = rf"(?P<y>(?:1\d|2[01])\d\d)(?!\d)(?:\s*{GSUF}{E})?"
    # "شباط/فبراير", "فبراير (شباط)", "يوليو تموز": the second name is a gloss
    GLOSS = rf"(?:\s*[/\\\-]\s*{MON_ALL}{EL}|\s*\(\s*{MON_ALL}{E}\s*\)|\s+{MON_ALL}{EL})?"
    MONTH = rf"(?P<m>{MON_ALL}){EL}{GLOSS}"
    MONTH_UN = rf"(?P<m>{MON_UNAMB}){EL}{GLOSS}"
    YEAR_PART = (
        rf"(?:\s*[,،]?\s*(?:{MIN}\s+)?(?:{YCUE}\s*)?{YEAR_G}"
        rf"|\s+(?:{MIN}\s+)?{PER_YEAR}\s+(?P<yrel>{REL}){E}"
        rf"|\s+(?P<mrel>{REL}){E})?"
    )
    # an ordinal right after a definite noun is its adjective ("الأسبوع الأول من
    # الشهر" is a week, not the 1st); one without the article never is ("هاجموا
    # الحاجز أول يوليو", "غرة"); "25 و26 نوفمبر" is a two-day range
    NOT_ADJ = r"(?:(?<!(?:^|\W)[وفبلك]?ال\w*\s)|(?!ال))"
    DAY = (rf"(?:(?:ال\s?)?(?:(?P<d0>3[01]|[12]\d|0?[1-9])\s*(?:و|-|{TO})\s*)?"
           rf"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)|{NOT_ADJ}(?P<dw>{ORD}){E})")
    GREG_DAY = rf"{DAY}(?:\s*{MIN})?\s+(?:{SHAHR}\s+)?{MONTH}{YEAR_PART}"
    # "الشهر الكريم"، "هذا الشهر المبارك": Ramadan, not the calendar month
    NOT_HOLY = rf"(?!\s+{EPI}{E})"
    DAY_OF_PERIOD = (rf"{DAY}\s*{MIN}\s+(?:{THIS}\s+)?(?P<dper>{PER_MONTH}){NOT_HOLY}"
                     rf"(?:\s+(?P<dperrel>{REL}){E})?")
    HYEAR = rf"(?P<hy>1[345]\d\d)(?!\d)(?:\s*{HSUF}{E})?"
    HDAY = rf"(?:(?:ال\s?)?(?P<hd>30|[12]\d|0?[1-9])(?!\d)|{NOT_ADJ}(?P<hdw>{ORD}){E})"
    HYEAR_PART = rf"\s*[,،]?\s*(?:{MIN}\s+)?(?:{YCUE}\s*)?{HYEAR}"
    HIJRI_DAY = (
        rf"{HDAY}(?:\s*{MIN})?\s+(?:{SHAHR}\s+)?(?P<hm>{HMON_ALL}){E}(?:\s+{EPI})?{HYEAR_PART}"
        rf"|{HDAY}(?:\s*{MIN})?\s+(?:{SHAHR}\s+)?(?P<hm>{HMON_FREE}){E}(?:\s+{EPI})?"
        rf"(?:\s+(?P<hrel>{REL}){E})?"
    )
    NUM_SUFFIX = rf"(?:\s*(?P<nsuf>{HSUF}|{GSUF}){E})?"
    NUMERIC = (
        rf"(?P<nd>[0-3]?\d)\s?(?P<ns>[/.\-])\s?(?P<nm>[01]?\d)\s?(?P=ns)\s?(?P<ny>\d{{4}})(?!\d)"
        rf"{NUM_SUFFIX}"
        rf"|(?P<ny>\d{{4}})\s?(?P<ns>[/.\-])\s?(?P<nm>[01]?\d)\s?(?P=ns)\s?(?P<nd>[0-3]?\d)"
        rf"(?![\d/.\-]\d){NUM_SUFFIX}"
    )
    # every reading opens with a digit or an ordinal, as DATED's look-ahead
    # says: after a weekday or "اليوم" (most of them stand alone) the four
    # readings fail at once, not each after its own look at the next word
    ABS_DAY = (rf"(?=(?:ال\s?)?\d|\L<ordfirst>{E})"
               rf"(?:{HIJRI_DAY}|{GREG_DAY}|{DAY_OF_PERIOD}|{NUMERIC})")
    # a day by its number after a weekday or "اليوم" ("الجمعة 28 مايو"): SEP
    # leaves it after white space or a mark, a whole word
    THEN_DAY = rf"(?:{SEP}(?:{YAWM}\s+)?{ABS_DAY})?" if dated else ""

    # "ليل الخميس الجمعة"، "ليلة الأربعاء على الخميس": right after a night
    # word and its weekday, a second weekday needs no range word
    AFTER_NIGHT = rf"(?<=(?:^|\W)[وفب]?{NIGHT}\s+(?:{YAWM}\s+)?{WD})"
    WD_RANGE = (rf"(?:\s*(?:{TO}|/|-)\s*|\s+(?:و|{OR}\s)\s?"
                rf"|{AFTER_NIGHT}\s+(?:{NIGHT_JOIN}\s+)?)(?:{TOD_B}\s+)?(?P<wd2>{WD}){E}"
                rf"(?:\s+(?P<wdrel2>{REL}){E})?")
    REL_DAY = (rf"(?={LEAD_NC}\L<relfirst>){LEAD}(?P<rd>{RELDAY}){E}"
               rf"(?:\s*\(\s*(?P<rdwd>{WD}){E}\s*\)|{SEP}(?P<rdwd>{WD}){E})?"
               rf"{THEN_DAY}{TAIL}")
    # "المستوطنين الاثنين": the numeral "two" after a definite plural, no Monday
    NUMERAL_OK = (rf"(?:(?<!(?:^|\W)[وفبلك]?(?!(?:{NOT_PLURAL})\s)ال\w\w+ين\s)"
                  rf"|(?!(?:{WD_NUMERAL}){E}))")
    # "خسرت الاثنين معا"، "كلا الاثنين": "the two (of them)", no Monday, unless
    # a day word leads it; "بين الاثنين والثلاثاء" is a range of days
    DAY_LED = rf"(?<=(?:^|\W)[وف]?(?:{TOD_B}|{YAWM}ي?)\s)"
    NOT_PAIRED = (rf"(?:(?<!(?:^|\W)[وف]?(?:{PAIR_BEFORE})\s)"
                  rf"|(?=(?:{WD_NUMERAL}){E}\s*(?:و\s?|{TO}\s+|-\s*){WD}{E}))")
    NUMERAL_ALONE = (rf"(?:{DAY_LED}|(?!(?:{WD_NUMERAL}){E})"
                     rf"|{NOT_PAIRED}(?!(?:{WD_NUMERAL}){E}\s+(?:{TOGETHER}){E}))")
    WEEKDAY = (rf"(?={LEAD_NC}\L<wdfirst>){LEAD}{NUMERAL_OK}{NUMERAL_ALONE}(?P<wd>{WD}){E}(?!\s+{TEEN})(?:\s+(?P<wdrel>{REL}){E})?(?:{WD_RANGE})?"
               rf"{THEN_DAY}{TAIL}")
    # a day and month right after a naming noun is a name ("حي 2 مارس"، "بملعب 4
    # جانفي"، "فريق (8 آذار)"): the noun is a whole word, with its clitics
    # (و ف ب ل ك ال) glued on, and a quote or bracket may open the name
    NAMED = rf"(?<!(?:^|\W)[وف]?(?:[بلك]?(?:ال)?|لل)(?:{NAME_CUE})\s*(?:[«\"(]\s*)?)"
    # every ABS_DAY reading starts with a digit or an ordinal word
    DATED = (rf"(?={LEAD_NC}(?:(?:ال\s?)?\d|\L<ordfirst>{E})){NAMED}"
             rf"{LEAD}{ABS_DAY}{TAIL}")

    HEDGED_UNIT = (
        rf"(?P<ago>{AGO})\s+(?:(?P<hedge>{HEDGE})\s+)?"
        rf"(?:(?P<an>\d{{1,4}})\s*|(?P<anw>{NUMW})\s+|(?P<afew>{FEW})\s+)?(?P<au>{UNIT}){E}"
        rf"(?!\s*\d)(?!\s+{MIN}\s)(?!\s+(?:{WD}|{MON_ALL}|{HMON_ALL}|{YCUE}){E})"
        rf"(?:\s+(?P<afew2>{FEW_AFTER}){E})?(?:\s+{ONE}{E})?"
        rf"(?:\s+(?:(?P<hedge2>{HEDGE_A})|{AGO_PLAIN}){E})?"
    )
    AGO_BRANCH = rf"(?<!{MIN}\s){HEDGED_UNIT}"

    # a year one was born in is no day of any deed ("من مواليد سنة 1993")
    NOT_BORN = rf"(?<!(?:^|\W)[وف]?{BORN}\s+(?:{BARE_CUE}\s+)?)"
    YEAR_ONLY = rf"{NOT_BORN}{YCUE}\s*(?P<ya>\d{{4}})(?!\d)(?:\s*(?P<yasuf>{HSUF}|{GSUF}){E})?"
    # "في 2011", "خلال 2014": a bare Gregorian year of this age after a cue
    # (a count there is rarely a number of this size; older years are history)
    BARE_YEAR = (rf"(?<=(?:^|\W)[وف]?{BARE_CUE}\s+){NOT_BORN}(?P<ya>(?:19|20)\d\d)(?!\d)"
                 rf"(?!\s*[/.\-]\s*\d)(?:\s*(?P<yasuf>{GSUF}){E})?")
    PART_YEAR = rf"(?P<pyear>\d{{4}})(?!\d)(?:\s*(?P<pysuf>{HSUF}|{GSUF}){E})?"
    PART_TARGET = (
        rf"(?:{SHAHR}\s+)?{MONTH}(?:{YEAR_PART})"
        rf"|(?:(?P<pthis>{THIS})\s+)?(?P<per>{PER}){E}{NOT_HOLY}(?:\s+(?P<prel>{REL_BL}|{REL}){E}|\s*{PART_YEAR})?"
        rf"|(?:{YCUE}\s*)?{PART_YEAR}"
    )
    PART_BRANCH = rf"(?P<part>{PART})\s+(?:{PART_TARGET})"

    HIJRI_MONTH = (
        rf"(?:{SHAHR}\s+)?(?P<hm>{HMON_ALL}){E}(?:\s+{EPI})?{HYEAR_PART}"
        rf"|(?:{SHAHR}\s+)?(?P<hm>{HMON_FREE}){E}(?:\s+{EPI})?\s+(?P<hrel>{REL}){E}"
    )
    AFTER_CUE = rf"(?<=(?:^|\W)[وف]?{MCUE}\s+)"  # "في يناير", "منذ نيسان 2014"
    MONTH_BRANCH = (
        rf"(?:{SHAHR}\s+{MONTH}|{AFTER_CUE}{MONTH}|{MONTH_UN})"
        rf"\s*[,،]?\s*(?:{MIN}\s+)?(?:{YCUE}\s*)?{YEAR_G}"
        rf"|(?:{SHAHR}\s+)?{MONTH}\s+(?:{MIN}\s+)?{PER_YEAR}\s+(?P<yrel>{REL}){E}"
        rf"|(?:{SHAHR}\s+)?{MONTH}\s+(?P<mrel>{REL}){E}"
        rf"|{SHAHR}\s+{MONTH}"
        rf"|{AFTER_CUE}{MONTH_UN}"
    )
    PERIOD_BRANCH = (
        rf"(?P<this>{THIS})\s+(?P<per>{PER}){E}{NOT_HOLY}"
        rf"|(?P<per>{PER})\s+(?P<prel>{REL_BL}|{REL}){E}"
    )
    # "أول أيام عيد الفطر"، "ليلة رأس السنة"، "صلاة العيد": a feast named for its
    # day, only after a lead word (alone it is mostly a topic: "طقوس عيد الفطر");
    # the bare "العيد" before no other adjective ("العيد الوطني"); never right
    # after "قبل"/"بعد" (the edge of another time)
    HOLIDAY = (
        rf"(?:(?<!(?:^|\W)[وف]?{HOL_BLOCK}\s)(?P<hlead>{HOL_LEAD})\s+"
        rf"|(?<=(?:^|\W)[وف]?(?P<hlead>{HOL_CUE})\s+))"
        rf"(?:(?P<hol>{HOL_NAMED}){E}|(?P<hol>{HOL_EID}){E}(?!\s+(?!{HOL_EPI})ال\w))"
        rf"(?:\s+{HOL_EPI}{E})?"
    )
    # where each branch opens: its first table, behind the lead words (a time
    # of day, يوم or يومي) where it allows them; a look-behind reads no word
    def opens(*tables: Iterable[str]) -> frozenset[str] | None:
        return _union(*(_opening_runs(t) for t in tables))

    lead = [n(f) for f in data["time_of_day"]["before"]] + [YAWM, YAWM + "ي"]
    hol = data["holiday_words"]["lead"]
    return [
        _Branch(AGO_BRANCH, opens([n(f) for f in data["ago"]["words"]])),
        _Branch(REL_DAY, opens(lead, relative_day)),
        _Branch(WEEKDAY, opens(lead, weekday)),
        # a day by its number ("الـ28"، "28/01/2021") or its ordinal; the
        # gate of a number start (_may_date_number) lets every reading by
        _Branch(DATED, _union(opens(lead, ordinal), frozenset({"ال"})), digit=True,
                gated=True, dated=True),
        _Branch(PART_BRANCH, opens(part)),
        _Branch(HIJRI_MONTH, opens([SHAHR], hijri_month)),
        _Branch(MONTH_BRANCH, opens([SHAHR], month)),
        _Branch(PERIOD_BRANCH, opens([n(f) for f in data["periods"]["this"]], period)),
        _Branch(YEAR_ONLY, opens([n(f) for f in data["year"]["cues"]])),
        _Branch(BARE_YEAR, frozenset(), digit=True, gated=True),
        _Branch(HOLIDAY, opens([n(f) for f in hol], [n(f) for e in data["holiday"]
                                                    for f in e["forms"]])),
    ]
