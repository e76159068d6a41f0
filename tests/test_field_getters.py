"""The module-level field getters that read a NamedTuple field by index read the named field.

Why: ``itemgetter(i)`` on a tuple is a C index, where ``attrgetter(name)``
goes through the class's attribute lookup (2% of the compiled build's
instructions, mapped over every token of every sentence); the index must stay
the field's, whatever fields the records gain.
"""
from __future__ import annotations

from eventx import analysis, events, places, positions
from eventx.lexicon import Hit
from eventx.text.tokenize import Token


def test_token_getters_read_the_named_fields() -> None:
    t = Token("هجوم", 4, 8)
    assert analysis._TEXT(t) == places._TEXT(t) == positions._TEXT(t) == t.text
    assert analysis._END(t) == t.end


def test_hit_getter_reads_last() -> None:
    h = Hit(2, 5, 10, 30, "key", ())
    assert events._LAST(h) == h.last == 5
