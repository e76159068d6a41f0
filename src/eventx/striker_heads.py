"""Whether an actor is named by the head word of a force that strikes.

Why: the genitive right after a shelling noun is either its doer or what it
hit, and the noun's form cannot tell which ("قصف الجيش النيجيري مخيما" against
"مهمات قصف التنظيم").  The head word can: an army, forces, an air force, its
craft, artillery or a militia shell ("جراء قصف الميليشيات الحوثية"، "من قصف
قوات الأسد"); a named group or people are shelled ("بقصف حزب العمال"، "قصف
المدنيين").  The slot rules read the answer as the feature ``striker``
(rules/core/slots.toml).  The word list is data (``striker_heads`` in
data/grammar_words.toml).
"""
from __future__ import annotations

from eventx.grammar_words import words as grammar_words
from eventx.text.clitics import variants


def names_striker(head: str) -> bool:
    """``head``, an actor's first token, is one of the striker head words,
    bare or behind proclitics ("وقوات"، "لقوات"; the slot rules ask for a
    bare actor where it matters); not with a pronoun glued after it
    ("قواتها": whose forces, which the owner rules read)."""
    heads = grammar_words("striker_heads")
    return any(v in heads and head.endswith(v) for v in variants(head))
