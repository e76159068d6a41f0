"""A name inside the words a statement quotes is no speaker of it
(eventx.quoted_names).

The sentences are made up in the phrasing the corpus shows: a quotation
right after a statement noun holds what was said; a name the quote marks wrap
alone stays a name, and an accusation may quote whom it accuses.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions
from eventx.quoted_names import in_quoted_passage
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import Token

REF = "2015-08-01"


@pytest.mark.parametrize(("text", "named"), [
    ("وقالت الشركة في بيان «نحن ندعم الحكومة الأمريكية في مناقشة الصفقة».", "الحكومة الأمريكية"),
    ("وقال الكولونيل في بيان «حين يرصد التحالف أهدافا للتنظيم فإننا نقصفها».", "التحالف"),
])
def test_name_in_a_quotation_is_no_source(text: str, named: str) -> None:
    found = all_role_mentions(text, "statement", REF)
    assert not [m for _, m in found if named in m]


def test_quoted_name_stays_the_speaker() -> None:
    text = "وأعلن تنظيم «داعش» الإرهابي مسؤوليته عن الهجوم."
    assert ("source", "داعش") in all_role_mentions(text, "statement", REF)


def test_accusation_quotes_whom_it_accuses() -> None:
    text = "واتهم رئيس المجلس زبير ايدار «الدولة التركية ورجب طيب اردوغان» بخرق الهدنة."
    found = all_role_mentions(text, "statement", REF)
    assert [m for r, m in found if r == "target" and "اردوغان" in m]


def _toks(text: str) -> list[Token]:
    words = normalize_text(text).split()
    out, pos = [], 0
    for w in words:
        out.append(Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    return out


@pytest.mark.parametrize(("text", "first", "last", "inside"), [
    ('قال في بيان " نحن ندعم الحكومة "', 6, 6, True),
    ('اعلن تنظيم " داعش " مسووليته', 3, 3, False),     # the marks wrap the name alone
    ('قال الحكومة في بيان " نحن ندعم "', 1, 1, False),  # before the quotation
    ('قال في بيان " نحن ندعم الحكومة', 6, 6, False),    # marks that do not pair up
])
def test_in_quoted_passage(text: str, first: int, last: int, inside: bool) -> None:
    assert in_quoted_passage(_toks(text), 0, first, last) is inside
