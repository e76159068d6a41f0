"""A verbal noun's subject, then its object: "تصفية رجال الاستخبارات 6 مسلحين".

Why: a deed noun's bare genitive is most often what the deed befell ("مقتل
شرطي"، "اغتيال الضابط"), so the slots read it as the victim or the target.
When a counted noun follows that genitive straight away, the genitive is the
noun's subject and the counted noun its object, as in a verb's subject,
object order (events.py marks it ``vso`` for the slots): "أعلنت اللجنة تصفية
رجال الاستخبارات 6 مسلحين" names the intelligence men as who killed.
"""
from __future__ import annotations

from eventx.analysis import ActorMention, Sentence


def counted_object_follows(s: Sentence, a: ActorMention) -> bool:
    """Whether a number that counts an actor opens right after ``a``."""
    after = a.last + 1
    for c in s.counts:
        lo = s.token_at(c.start)
        if lo != after:
            continue
        hi = s.token_at(c.end - 1)
        if any(lo <= x.first <= hi + 1 for x in s.actors):
            return True
    return False
