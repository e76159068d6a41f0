"""Inflected forms of trigger words, generated from the base forms a rule lists.

Rule authors write a verb once (its past third-person form, قصف) and a noun in
singular and plural; the common suffix and prefix inflections come from here so
no pack lists قصفت، قصفوا، يقصف، تقصف… by hand.  Generated forms go into the
lexicon trie once at compile time; matching cost is unaffected.
"""
from __future__ import annotations

from typing import Final

from eventx.text.normalize import normalize_key

_PAST_SUFFIXES: Final = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_PRESENT_PREFIXES: Final = ("ي", "ت", "ن")
_PRESENT_SUFFIXES: Final = ("", "ون", "ان", "ين", "ن")


def verb_forms(base: str) -> dict[str, str]:
    """Surface form → tense ("past" | "present") for a verb given in the past tense."""
    b = normalize_key(base)
    if " " in b or not b:
        return {b: "past"} if b else {}
    forms: dict[str, str] = {}
    if len(b) >= 3 and b[-1] in "اي":
        _weak_final_forms(b, forms)
        return forms
    for suf in _PAST_SUFFIXES:
        forms.setdefault(b + suf, "past")
    if len(b) == 3 and b[1] == "ا":
        # a hollow verb (زار، قاد): its present keeps no alef (يزور), and نزار،
        # يزار are a given name and a rare passive
        return forms
    stem = b[1:] if b.startswith("ا") and len(b) > 3 else b
    for pre in _PRESENT_PREFIXES:
        for suf in _PRESENT_SUFFIXES:
            forms.setdefault(pre + stem + suf, "present")
    return forms


def _weak_final_forms(b: str, forms: dict[str, str]) -> None:
    """Verbs ending in a long vowel drop it before most suffixes: دعا → دعت،
    دعوا، يدعو; تبنى → تبنت، تبنوا، تبناه (the alef before a pronoun), يتبنى.
    Gluing the suffix to the written vowel (دعات، تبنيت) spells no word, and
    missed وتبناها، دعت، التقت، ألقت."""
    s = b[:-1]
    wawi = b.endswith("ا")  # دعا: the present ends in و; تبنى/ألقى (normalised ي): in ي
    # a two-letter stem of a ي verb is too short to carry ت: وصفت is "described"
    for suf in ("", "ت", "تا", "وا") if wawi or len(s) >= 3 else ("", "وا"):
        forms.setdefault(s + suf if suf else b, "past")
    if len(s) >= 3:  # before a pronoun: تبناه، التقاها، ألقاه (صفا is "pure")
        forms.setdefault(s + "ا", "past")
    forms.setdefault(s + ("و" if wawi else "ي") + "ا", "past")  # the dual: دعوا، التقيا
    stem = s[1:] if s.startswith("ا") and len(s) > 2 else s
    end = "و" if wawi else "ي"
    for pre in _PRESENT_PREFIXES:
        forms.setdefault(pre + stem + end, "present")
        if wawi or len(stem) >= 3:  # يدعون، يلتقون (يصفون is وصف's, تلقون تلقى's)
            forms.setdefault(pre + stem + "ون", "present")
        forms.setdefault(pre + stem + end + "ان", "present")


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
