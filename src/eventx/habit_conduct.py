"""A plural deed that the imperfect of carrying out governs is a habit.

"كما ينفذ المتطرفون تفجيرات دامية في بغداد" (the extremists carry out bloody
bombings in Baghdad), "ويشن التحالف غارات على العراق وسوريا": what a group
keeps doing, no incident, even with a place; asserted, such a sentence soaks
up the article's own incidents in merging.  A day named in the sentence
("يشن الطيران اليوم غارات") makes it news told in the present, which the
caller checks.  Only plurals: a single deed with the imperfect ("تنفذ
القوات هجوما") is more often an operation under way.

The verb may have its subject between it and the deed ("ينفذ الطيران
التركي غارات"), so it is looked for a few words back; the forms are in
``data/grammar_words.toml`` (``present_conduct``).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.grammar_words import words
from eventx.text.tokenize import Token

_REACH: Final = 4  # words allowed back from the deed to its verb (subject and its adjectives)


def habitual_conduct(tokens: Sequence[Token], first: int, plural: bool) -> bool:
    """Whether an imperfect verb of carrying out stands within a few words
    before the plural deed at ``first`` (``plural``: read as a rule's plural;
    else a plural in ات that a rule lists as its noun, تفجيرات، اشتباكات)."""
    if not plural and not tokens[first].text.endswith("ات"):
        return False
    verbs = words("present_conduct")
    return any(tokens[j].text in verbs for j in range(max(0, first - _REACH), first))
