"""Hostile and odd input: a clear error for wrong types, a list for any str."""
from __future__ import annotations

import datetime as dt
import time

import pytest

import eventx
from eventx.counts import find_counts
from eventx.dates import find_dates
from eventx.extractor import MAX_CHARS
from eventx.numbers import find_numbers, parse_number


@pytest.mark.parametrize("bad", [None, b"\xd9\x87\xd8\xac\xd9\x88\xd9\x85", 42, ["هجوم"]])
def test_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects text as str"):
        eventx.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, b"\xd9\x87\xd8\xac\xd9\x88\xd9\x85", 42, ["هجوم"]])
def test_the_parsers_answer_non_str_with_nothing(bad: object) -> None:
    # the public parsers read anything a caller hands them (a missing field,
    # bytes): an empty answer, in the compiled build too (mypyc checks a
    # parameter typed str before the function's own test could run)
    assert find_numbers(bad) == []
    assert find_counts(bad) == []
    assert find_dates(bad, dt.date(2021, 2, 24)) == []
    assert parse_number(bad) is None


@pytest.mark.parametrize("ref", ["yesterday", "2021-13-45", "24/02/2021x"])
def test_unparsable_reference_date_is_a_value_error(ref: str) -> None:
    with pytest.raises(ValueError):
        eventx.extract("هجوم في بغداد", reference_date=ref)


def test_reference_date_forms_agree() -> None:
    text = "قصفت طائرات حربية مواقع في الرقة أمس."
    a = eventx.extract(text, reference_date="2015-08-02")
    b = eventx.extract(text, reference_date=dt.date(2015, 8, 2))
    c = eventx.extract(text, reference_date=dt.datetime(2015, 8, 2, 10, 30))
    assert [e.to_dict() for e in a] == [e.to_dict() for e in b] == [e.to_dict() for e in c]
    assert a and a[0].date is not None and a[0].date.start == dt.date(2015, 8, 1)


def test_no_reference_date_gives_no_relative_date() -> None:
    evs = eventx.extract("قصفت طائرات حربية مواقع في الرقة أمس.")
    assert evs and all(e.date is None for e in evs)


def test_oversized_document_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="exceeds the maximum"):
        eventx.extract("ا" * (MAX_CHARS + 1))


HOSTILE = {
    "empty": "",
    "whitespace": " \n\t\r " * 1000,
    "nul bytes": "\x00" * 2000 + "هجوم في بغداد",
    "lone surrogates": "\ud800هجوم\udfff في بغداد \ud83d",
    "bidi and zero-width": "\u202e\u2066هجوم\u2069\u200b\u200f في بغداد" * 200,
    "diacritic flood": "ه" + "\u064e\u0651" * 50_000 + "جوم في بغداد",
    "no spaces": "هجوم" * 100_000,
    "latin": "The attack in Baghdad killed 5 people. " * 2000,
    "emoji": "💣🔥 هجوم 🚀 " * 2000,
    "5000 digits": "قتل " + "9" * 5000 + " شخصا في هجوم",
    "number soup": "قتل 5 و 6 و 7 " * 2000,
    "quotes": '"«»' * 50_000,
    "tatweel": "هـــــــجوم " * 10_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_strings_return_lists_with_exact_offsets(name: str) -> None:
    text = HOSTILE[name]
    t0 = time.perf_counter()
    evs = eventx.extract(text, reference_date="2021-02-24")
    elapsed = time.perf_counter() - t0
    assert isinstance(evs, list)
    for e in evs:
        for m in (e.trigger, e.sentence, *(a.mention for a in e.actors)):
            assert text[m.start:m.end] == m.text
    assert elapsed < 60, f"{name} took {elapsed:.1f}s"


def test_time_grows_linearly_with_input() -> None:
    """Doubling a report-like text twice must not blow up the time (no quadratic step)."""
    unit = "وقتل خمسة جنود في هجوم بعبوة ناسفة استهدف دورية للجيش في الموصل أمس. "
    eventx.extract(unit)
    # CPU time of this process, best of two: other jobs on the machine slow the
    # wall clock, not the work; a quadratic step would still show as x16
    times = []
    for n in (100, 400):
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            eventx.extract(unit * n, reference_date="2021-02-24")
            best = min(best, time.process_time() - t0)
        times.append(best)
    assert times[1] < times[0] * 4 * 2.5 + 0.5, times


def test_results_do_not_depend_on_hash_seed(seed_text: str) -> None:
    """Set iteration order changes with PYTHONHASHSEED; extraction must not."""
    import os
    import subprocess
    import sys

    code = ("import eventx, json, sys; t = sys.stdin.read(); "
            "print(json.dumps([e.to_dict() for e in eventx.extract(t, reference_date='2021-02-24')],"
            " ensure_ascii=False))")
    outs = set()
    for seed in ("1", "7", "9"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([sys.executable, "-c", code], input=seed_text, capture_output=True,
                           text=True, env=env, check=True)
        outs.add(r.stdout)
    assert len(outs) == 1
