"""Whether a trigger's first ل is a preposition glued on its noun.

Why: the lexicon keeps a word as written with ل where another list names it
so (the invitation cue "لزيارة"), and the trigger then takes that whole word
as its key.  A key that starts with ل is mostly the word's own letter (لقاء),
so events read it as such; when the key without its ل is a noun of the
trigger's own rule, the ل is "to, in order to" glued on ("لزيارة واشنطن")."""
from __future__ import annotations

import functools

from eventx.packs.model import Rule
from eventx.text.normalize import normalize_key


@functools.cache
def _rule_nouns(nouns: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_key(n) for n in nouns)


def lam_glued(key: str, rule: Rule) -> bool:
    """``key`` is ل + one of the nouns of ``rule`` (لزياره for زيارة)."""
    return key[:1] == "ل" and key[1:] in _rule_nouns(rule.nouns)
