"""A relative clause's head is the object of a deed verb that carries a
pronoun for it and names its own subject: "الجنديان اللذان اعتقلتهما حركة
الشباب"، "المسجد الذي استهدفه انتحاري"; so is a topic right before such a
verb ("وكان الشرطي قد قتله إرهابيون").

Why: the nearest name before a verb is read as its subject, and in "X الذي
فعل" the relative pronoun is X's; but a verb with an object pronoun and a
subject right after it ("استهدفه انتحاري") says the pronoun is its object, so
X is what the deed befell, not who did it.  Without a subject after the verb
("الجماعة التي قتلته أمس") the relative pronoun is still the verb's subject
and the head did the deed.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from eventx.analysis import ActorMention, Sentence, prev_word
from eventx.grammar_words import words
from eventx.headed_name import phrase_start
from eventx.lexicon import Hit

_RELATIVES: Final = words("relative_pronouns")
_RESUMPTIVE: Final = words("resumptive_words")
_TOPIC_PARTICLES: Final = words("topic_particles")
# object pronouns a verb ends in (normalised); a lone ه only on a word long
# enough not to be a stem's own last letter (وجه، نبه، يوجه)
_PRONOUNS: Final = ("ها", "هم", "هما", "هن")
_SHORT_STEM: Final = 4


def pronoun_ended(tok: str) -> bool:
    """Whether the verb ``tok`` ends in an object pronoun, read from its
    letters alone (a trigger form may be listed with its pronoun: تحاصرها).
    Over-reading one only keeps a reading the slots had without this module."""
    return tok.endswith(_PRONOUNS) or (tok.endswith("ه") and len(tok) > _SHORT_STEM)


def head_is_object(s: Sentence, a: ActorMention, trig: Hit, objsfx: bool) -> bool:
    """Whether ``a`` heads the relative clause whose verb is ``trig``, a verb
    with an object pronoun (``objsfx``: events._object_suffix, or
    pronoun_ended) and a name right after it; or stands right before that
    verb as the topic its pronoun takes up, past "قد" ("وكان الشرطي قد قتله
    إرهابيون"، "الجندي قتله مسلحون": the name after the verb did it)."""
    if not objsfx or a.last >= trig.first or trig.first == 0:
        return False
    rel = trig.first - 1
    while rel > a.last and s.texts[rel] in _TOPIC_PARTICLES:
        rel -= 1
    if rel != a.last and (s.texts[rel] not in _RELATIVES or prev_word(s, rel) != a.last):
        return False
    nxt = trig.last + 1
    return any(phrase_start(s.texts, x.first) == nxt for x in s.actors)


def resumed(texts: Sequence[str], t_last: int) -> bool:
    """Whether a preposition with a pronoun follows the verb ending at
    ``t_last`` ("الذي فجرت فيه العناصر منزلا"): the pronoun takes up the
    relative's head, which then is no subject of the verb."""
    return t_last + 1 < len(texts) and texts[t_last + 1] in _RESUMPTIVE
