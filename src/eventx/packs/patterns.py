"""Regular-expression triggers that packs may bring, made safe to run.

Word lists cover most triggers; a pattern is for the rare phrase a list
cannot express.  Third-party patterns are untrusted: each is compiled with the
``regex`` module, probed at load for catastrophic backtracking (a pack whose
pattern stalls on the probes is refused, naming the rule), and always run with
a timeout, so a pattern can slow one sentence down but never stall extraction.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Final

import regex

from eventx.errors import RulePackError

LOAD_PROBE_TIMEOUT: Final = 0.05  # seconds per probe at load
MATCH_TIMEOUT: Final = 0.05  # seconds per sentence at run time
_PROBES: Final = (
    "ا" * 3000 + "!",
    "a" * 3000 + "!",
    ("هجوم " * 600) + "؟",
    ("ا ب " * 1500) + "\n",
)
log = logging.getLogger("eventx")


def compile_pattern(source: str, *, rule: str, file: str, line: int | None) -> regex.Pattern[str]:
    """Compile and probe one pattern; refuse it with a RulePackError when unsafe."""
    try:
        pat = regex.compile(source, regex.V1)
    except regex.error as exc:
        raise RulePackError(f"bad regular expression {source!r}: {exc}", file=file, line=line,
                            rule=rule) from None
    if pat.search("") is not None:
        raise RulePackError(f"pattern {source!r} matches the empty string", file=file,
                            line=line, rule=rule)
    for probe in _PROBES:
        try:
            for _ in pat.finditer(probe, timeout=LOAD_PROBE_TIMEOUT):
                pass
        except TimeoutError:
            raise RulePackError(
                f"pattern {source!r} backtracks catastrophically (over "
                f"{LOAD_PROBE_TIMEOUT * 1000:.0f} ms on a {len(probe)}-character probe)",
                file=file, line=line, rule=rule) from None
    return pat


def safe_finditer(pat: regex.Pattern[str], text: str, rule: str) -> Iterator[tuple[int, int]]:
    """Match spans, or none at all when the pattern runs out of time on this text."""
    try:
        spans = [m.span() for m in pat.finditer(text, timeout=MATCH_TIMEOUT)]
    except TimeoutError:
        log.warning("eventx: pattern of rule %s timed out on a %d-character sentence; skipped",
                    rule, len(text))
        return
    yield from spans
