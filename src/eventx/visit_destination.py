"""Where a visit goes: the country or capital it names as its destination.

Why: a country or capital is read as an actor by default (a state acts,
speaks and meets), but the one a visit goes to is where the meeting took
place, not a party to it: the people met are named as persons.  News names
the destination in three ways:

* after إلى, or with ل glued on: "زيارة رسمية إلى ألمانيا"، "زيارته لموسكو",
  whatever word of meeting the sentence uses ("وصل إلى الرياض في زيارة");
* as the object of the visit verb, after its subject: "زار الرئيس الفرنسي
  القاهرة"، "بوتين زار مصر"، "زار تركيا قائد قوات التحالف";
* right after the visit noun, its object in construct: "خلال زيارته موسكو".

A bare name after the subject is the object only where it can be no
genitive of the word before it ("زار وزير خارجية مصر قطر": Egypt is whose
minister): that word ends a name or a definite phrase ("الفرنسي"), is the
verb, or tells the time ("أمس"، "مؤخرا").  Names joined by و to a
destination are destinations too ("زار تشاد والنيجر").  The visit words and
the time words are data (grammar_words.toml: visit_words, visit_time_words),
and so are the envoys' titles before إلى that name no destination ("المبعوث
الخاص إلى سوريا": envoy_titles).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import PUNCT_CHARS, ActorMention, Sentence, prev_word
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit

__all__ = ["destination", "went_to"]

_VISIT_WORDS: Final = grammar_words("visit_words")
_TIME_WORDS: Final = grammar_words("visit_time_words")
# a clause mark, relative pronoun or subordinator between the verb and a
# name: the name belongs to another clause ("زار الرجل الذي قاتل في سوريا")
_CLAUSE: Final = grammar_words("clause_marks") | grammar_words("clause_words")
_TO: Final = "الي"
# an envoy's title before إلى ("المبعوث الدولي الخاص إلى اليمن"), and how many
# words (its adjectives) may stand between them
_ENVOYS: Final = grammar_words("envoy_titles")
_ENVOY_REACH: Final = 6
# the titles right before a name with ل glued on that name whose office it
# is ("رئيسا للولايات المتحدة")
_TITLES_BEFORE_LAM: Final = _ENVOYS | grammar_words("office_titles")
# a destination after إلى or ل is the visit's when at most this many words
# stand between it and the trigger, none of them a word of another motion
# (grammar_words.toml: other_motion)
_NEAR: Final = 8
_AWAY: Final = grammar_words("other_motion")


def destination(s: Sentence, a: ActorMention, trig: Hit) -> bool:
    """Whether the country or capital ``a`` is where the meeting or visit at
    ``trig`` went (see the module docstring for the three ways)."""
    tok = s.texts[a.first]
    head = _head(a)
    if tok[:1] == "ل" and tok != head and (tok[1:] == head or "ال" + tok[2:] == head):
        return True
    j = prev_word(s, a.first)
    if j >= 0 and s.texts[j] == _TO:
        return True
    if trig.key not in _VISIT_WORDS or a.first <= trig.last:
        return False
    joined = _joined_to(s, a, tok, head)
    if joined is not None:
        return destination(s, joined, trig)
    if tok != head:
        return False  # a clitic on it: a preposition's object, no verb's
    if a.first == trig.last + 1:
        return True  # "زار القاهرة وفد"، "زيارته موسكو"
    if any(w in _CLAUSE for w in s.texts[trig.last + 1:a.first]):
        return False
    return _object_of_verb(s, a, j) and not any(
        b.place_too and trig.last < b.first and b.last < a.first and _object_of_verb(
            s, b, prev_word(s, b.first)) and not _joined_to(s, b, s.texts[b.first], _head(b))
        for b in s.actors)  # the first name after the verb that can be its object is


def went_to(s: Sentence, a: ActorMention, trig: Hit) -> bool:
    """Whether ``a`` is the visit's destination stated as its place: a
    destination (:func:`destination`) named by no title ("المبعوث الخاص إلى
    سوريا"، "رئيسا للولايات المتحدة": whose envoy or president, no party to
    the meeting nor where it was) and, after إلى or ل, near the trigger with
    no other motion between ("لزيارة شقيقه وإقناعه بالعودة إلى تونس": where
    he was to go back to; "الراغبين في الوصول إلى بريطانيا")."""
    if not destination(s, a, trig):
        return False
    j = prev_word(s, a.first)
    if j >= 0 and s.texts[j] == _TO:
        g = prev_word(s, j)  # what goes there: "الوصول إلى بريطانيا"
        return (not _envoy_before(s, j) and _near(s, trig, a)
                and not (g >= 0 and s.texts[g] in _AWAY))
    tok = s.texts[a.first]
    if tok[:1] == "ل" and tok != _head(a):
        return not (j >= 0 and s.texts[j] in _TITLES_BEFORE_LAM) and _near(s, trig, a)
    return True


def _near(s: Sentence, trig: Hit, a: ActorMention) -> bool:
    """``a`` stands a few words from the trigger, with no word of another
    motion between them."""
    lo, hi = (trig.last + 1, a.first) if trig.last < a.first else (a.last + 1, trig.first)
    between = [w for w in s.texts[lo:hi] if w.strip(PUNCT_CHARS)]
    return len(between) <= _NEAR and _AWAY.isdisjoint(between)


def _object_of_verb(s: Sentence, a: ActorMention, j: int) -> bool:
    """``a``, with ``j`` the word before it, can be a verb's object: bare,
    after a word that takes no genitive."""
    return s.texts[a.first] == _head(a) and j >= 0 and _no_construct(s, j)


def _envoy_before(s: Sentence, to: int) -> bool:
    """An envoy's title a word or two before the إلى at ``to``: "المبعوث
    الخاص إلى سوريا" names whose envoy he is, not where he went."""
    return any(w in _ENVOYS for w in s.texts[max(0, to - _ENVOY_REACH):to])


def _head(a: ActorMention) -> str:
    return (a.key or a.info.name).split()[0]


def _no_construct(s: Sentence, j: int) -> bool:
    """The word at ``j`` takes no genitive after it: a definite word, the end
    of a name, or a word of time."""
    word = s.texts[j]
    if word == _TO:
        return False  # "إلى سوريا": a preposition's object
    if word.startswith(("ال", "وال")) or word in _TIME_WORDS:
        return True
    return any(b.last == j for b in s.actors) or any(
        x.end == s.tokens[j].end for x in s.dates)


def _joined_to(s: Sentence, a: ActorMention, tok: str, head: str) -> ActorMention | None:
    """The country or capital that ``a`` is joined to by و ("تشاد والنيجر"),
    if one ends right before it."""
    if tok == "و" + head:
        j = a.first - 1
    elif tok == head and a.first >= 2 and s.texts[a.first - 1] == "و":
        j = a.first - 2
    else:
        return None
    return next((b for b in s.actors if b.last == j and b.place_too), None)
