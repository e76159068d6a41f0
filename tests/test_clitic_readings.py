"""Readings a trigger word can have behind a proclitic: ك ("as, like") and ب
glue only on nouns, so a verb trigger read through them is a verbal noun,
never a verb (and the article likewise)."""
from __future__ import annotations

import pytest

from eventx.events import _nominal_only


@pytest.mark.parametrize(("tok", "key", "noun"), [
    ("كقتل", "قتل", True), ("وكقتل", "قتل", True), ("كتبنا", "تبنا", True),
    ("بقتل", "قتل", True), ("القتل", "قتل", True),
    ("وقتل", "قتل", False), ("فقتل", "قتل", False), ("لقتل", "قتل", False), ("قتل", "قتل", False),
])
def test_only_nouns_take_ka_and_bi(tok: str, key: str, noun: bool) -> None:
    assert _nominal_only(tok, key) is noun
