"""A raid told as the time of an arrest is how the arrest was made.

"نجحت الوحدات الأمنية في إلقاء القبض على أحد أفراد المجموعة … إثر عملية مداهمة
على منزل"، "تمكن أعوان فرقة الأبحاث من إلقاء القبض على شاب بعد مداهمة منزله
بمنطقة سلتة"، "اعتقلوا خلال المداهمات"، "عندما داهمت الشرطة مخبأهم … وأوقفت":
the police raided a home to take someone in it, one operation (GUIDELINES: one
event per real-world incident), reported by its outcome, the arrest.  The raid
joins the arrest of its sentence: the arrest keeps its anchor and slots and
takes from the raid only what it lacks (who made it, where).  A raid named
another way ("داهمت الشرطة 54 موقعا … وأوقفت التونسي") or one that killed or
wounded someone stays a deed of its own, as does an ambush that hurt someone
(merge._arrest_ambushes); so does a campaign the reader knows ("بعد
المداهمات", read generic), which is no part of this arrest.
"""
from __future__ import annotations

from typing import Final

import attrs

from eventx.events import Draft
from eventx.grammar_words import words as grammar_words
from eventx.records import INCIDENT_MODALITIES

# words that tell a deed as the time of the one they stand beside, and what may
# stand between them and a verb ("بعد أن داهمت"): data/grammar_words.toml
_TIME_WORDS: Final = grammar_words("deed_as_time")
_THAT: Final = grammar_words("time_word_to_verb")


def _told_as_time(d: Draft) -> bool:
    toks = d.sentence.tokens
    j = d.trigger.first - 1
    if j >= 0 and toks[j].text in _THAT:
        j -= 1
    return j >= 0 and toks[j].text in _TIME_WORDS


def raids_into_arrests(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence with each raid told as an arrest's time
    folded into the nearest arrest told as having happened."""
    arrests = [d for d in drafts if d.rule.type == "arrest" and d.modality in INCIDENT_MODALITIES]
    if not arrests:
        return drafts
    gains: dict[int, Draft] = {}
    kept: list[Draft] = []
    for d in drafts:
        if (d.rule.type == "raid" and d.modality in INCIDENT_MODALITIES and not d.counts
                and _told_as_time(d)
                and not any(r == "victim" for r, _ in d.actors)):
            a = min(arrests, key=lambda e: abs(e.trigger.first - d.trigger.first))
            base = gains.get(id(a), a)
            agents = tuple(x for x in d.actors if x[0] == "agent")
            if not any(r == "agent" for r, _ in base.actors) and agents:
                base = attrs.evolve(base, actors=base.actors + agents)
            if base.place is None and d.place is not None:
                base = attrs.evolve(base, place=d.place)
            gains[id(a)] = base
            continue
        kept.append(d)
    return [gains.get(id(d), d) for d in kept]
