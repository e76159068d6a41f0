"""Whom a deed is against: the party right after ضد، على or (في) مواجهة.

Why: a cue word near an actor ("نفذتها" before "مقاتلات تركية ضد تنظيم داعش")
or a loose slot condition can read the party after such a word as the doer of
a one-sided deed (an air strike, an arrest, a raid).  The preposition settles
it: what comes after it is what the deed was aimed at.  "على يد" is not one
of these: there the word before the actor is يد.  The word list is data
(``against_words`` in data/grammar_words.toml).
"""
from __future__ import annotations

from eventx.analysis import Sentence, is_punct
from eventx.grammar_words import words as grammar_words
from eventx.text.clitics import variants


def after_against(s: Sentence, first: int) -> bool:
    """The token before position ``first`` (punctuation skipped) is ضد، على or
    مواجهة, bare or with proclitics (وضد، لمواجهة، بمواجهة); not with a pronoun
    glued after it ("القبض عليه قوات الأمن": the one held is the pronoun)."""
    j = first - 1
    while j >= 0 and is_punct(s.tokens[j]):
        j -= 1
    if j < 0:
        return False
    against = grammar_words("against_words")
    tok = s.tokens[j].text
    return any(v in against and tok.endswith(v) for v in variants(tok))
