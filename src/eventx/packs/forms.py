"""Inflected forms of trigger words, generated from the base forms a rule lists.

Rule authors write a verb once (its past third-person form, قصف) and a noun in
singular and plural; the common suffix and prefix inflections come from here so
no pack lists قصفت، قصفوا، يقصف، تقصف… by hand.  Generated forms go into the
lexicon trie once at compile time; matching cost is unaffected.
"""
from __future__ import annotations

from eventx.text.normalize import normalize_key

_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "ن")


def verb_forms(base: str) -> dict[str, str]:
    """Surface form → tense ("past" | "present") for a verb given in the past tense."""
    b = normalize_key(base)
    if " " in b or not b:
        return {b: "past"} if b else {}
    forms: dict[str, str] = {}
    for suf in _PAST_SUFFIXES:
        forms.setdefault(b + suf, "past")
    stem = b[1:] if b.startswith("ا") and len(b) > 3 else b
    for pre in _PRESENT_PREFIXES:
        for suf in _PRESENT_SUFFIXES:
            forms.setdefault(pre + stem + suf, "present")
    return forms


def noun_forms(base: str) -> list[str]:
    """A singular noun, its duals, and its teh-marbuta-aware variants."""
    b = normalize_key(base)
    if not b:
        return []
    words = b.split()
    head = words[0]
    stem = head[:-1] + "ت" if head.endswith("ه") else head
    heads = [head, stem + "ان", stem + "ين"]
    return [" ".join([h, *words[1:]]) for h in heads]
