"""An actor in the indefinite accusative is some verb's object, never a subject.

Why: news lists what a force did in verbs joined by و ("الجيش يقتل 31 مسلحا
ويعتقل 171"، "قتلت قوات الأمن الليلة الماضية إرهابيا وألقت القبض على آخر").
The nearest phrase before the second verb is the first verb's object, and an
arrest took it as its subject: the militants killed became who made the
arrest.  A subject is nominative; the indefinite accusative ending -an
(مسلحًا، إرهابيًا، جنديًا) marks an object or a count's noun, so such a phrase
before a deed is none of its doers.

Which words carry the ending the count-noun table tells (eventx.counts): a
word whose own last letter is alef (ميليشيا، خلايا، أوباما) is no accusative.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, Sentence
from eventx.counts import accusative_noun

__all__ = ["indefinite_accusative"]

# tanwin fath, kept by some writers on the alef ("مسلحاً")
_TANWIN_FATH: Final = "\u064b"


def indefinite_accusative(s: Sentence, a: ActorMention) -> bool:
    """Whether ``a``'s head word is a count noun in the indefinite accusative
    ("مسلحا"، "عنصرا إرهابيا"، "وجنديا")."""
    return accusative_noun(s.texts[a.first].rstrip(_TANWIN_FATH))
