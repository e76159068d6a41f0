"""Whom an appeal calls on, named after a subject no actor resolves.

Why: "ودعا المسماري قطر إلى التخلص"، "وطالب الكعود حكومة الأنبار بالعمل":
the slot reader took the first actor after a speech verb for its speaker when
no actor stood before the verb, so the subject it could not name (a surname
the lexicon lacks, "المجلس"، "البيان") let the addressee speak.  An appeal verb
(class ``appeal``) takes its addressee right before the appeal's own
complement (إلى …، بالإفراج …), so a name with that complement right after
it and a word between it and the verb is whom the appeal was made to: the
word between is the verb's subject.  Two shapes are left to the slots: an
office right after the verb ("دعا وزير الداخلية محمد الغبان إلى"، "طالب عضو
لجنة الأمن في البرلمان العراقي"), whose holder and body follow it and speak;
and a person named after any office between ("دعا مساعد وزير الخارجية أنطوني
بلينكن إلى"), the office's holder.  A place after ب ("بمدنين") is where, no
complement.  The addressee is a bare noun phrase (events.py asks): a name
behind a preposition ("دعت الأمانة العامة لمجلس التعاون إلى") is the
unnamed subject's genitive, the body that spoke.  The word lists are data (data/grammar_words.toml).
"""
from __future__ import annotations

from eventx.analysis import ActorMention, Sentence, is_punct
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit


def appeal_complement(s: Sentence, k: int) -> bool:
    """Token ``k`` opens an appeal's complement: إلى, or a word glued to ب
    long enough to be a verbal noun ("بالإفراج"، "بوقف") that names no place.
    Asked here and by relative_speaker.addressed_after (the relative clause's
    addressee): one reading of what an appeal asks for."""
    text = s.tokens[k].text
    if text in grammar_words("appeal_to"):
        return True
    return text[:1] == "ب" and len(text) > 4 and not any(p.first == k for p in s.places)


def _titled(s: Sentence, first: int, last: int) -> bool:
    """An office (a title hit) starts within tokens [first, last]."""
    return any(first <= h.first <= last and "title" in h.kinds for h in s.hits)


def addressed_apart(s: Sentence, trig: Hit, a: ActorMention) -> bool:
    """Whether ``a``, after the appeal verb ``trig`` with a subject word
    between them and the appeal's complement right after it, is whom the
    appeal addresses (see the module's docstring)."""
    if "appeal" not in trig.classes or a.first <= trig.last + 1:
        return False
    toks = s.tokens
    n = len(toks)
    k = a.last + 1
    while k < n and is_punct(toks[k]):
        k += 1
    if k >= n or not appeal_complement(s, k):
        return False
    skip = grammar_words("not_first_names")
    j = trig.last + 1
    while j < a.first and (is_punct(toks[j]) or toks[j].text in skip
                           or any(d.start <= toks[j].start < d.end for d in s.dates)):
        j += 1  # "دعا، أمس، …": a time is no subject
    if j >= a.first or _titled(s, j, j):
        return False  # the office right after the verb spoke, its holder or body after it
    return not (a.info.kind == "person" and _titled(s, j, a.first - 1))
