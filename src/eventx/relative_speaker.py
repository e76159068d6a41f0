"""Who speaks in a relative clause: "كييف التي تتهم الكرملين بتسليح المتمردين".

Why: a speech verb right after a relative pronoun has no subject before it in
its own clause, so the slot reader took the first name after the verb for its
speaker (the Kremlin, accused; the Houthis, called on by a resolution).  When
the verb agrees with the pronoun (التي تتهم، الذي اتهم، الذين طالبوا) and holds
no object of its own (no pronoun glued on: "الهجوم الذي تبناه تنظيم داعش"; no
preposition with a pronoun right after it: "الهدنة التي طالب بها الرئيس") the
relative pronoun is the verb's subject, so the clause's head, the name or the
office right before the pronoun, is the speaker and what follows the verb is
what was said of or to.  A head that is neither (a resolution, a campaign, a
gate: "التعاون الخليجي، الذي دعا خادم الحرمين") is left to the slots: such
nouns rarely speak, and the name after the verb often does.  A verb that disagrees with its pronoun has its subject after it
("الأهداف التي دعا تنظيم داعش إلى مهاجمتها"، "الإرهابي الذي أعلنت الوزارة اسمه").
The same holds for a deed's verb with an object after it ("طائرات التحالف التي
قصفت مواقع المتمردين"، "الانتحاري الذي فجر نفسه"): the head did it (events.py
reads it for the deed types that seldom stand as passives).
The word lists are data (data/grammar_words.toml).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import Sentence, is_punct
from eventx.appeal_addressee import appeal_complement
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit


# a weak verb's object pronoun after its alef ("تبناه"، "تبنتها" is caught by
# events._object_suffix): the trigger forms spell "تبناه" whole, so the suffix
# is read here (اتهم ends in هم, its own letters: only the alef marks it)
_OBJECT_ENDINGS: Final = ("اه", "اها", "اهم", "اهما")


def _agrees(pronoun: str, verb: str, tense: str | None) -> bool:
    """The verb's person marks agree with the relative pronoun: a plural و
    (طالبوا، يطالبون), a feminine ت (the past's ending: قالت; the present's
    prefix: تدعو), or neither for الذي (أعلن، يدعو).  The past's first letter
    says nothing (تبنى، توعد are masculine)."""
    plural = verb.endswith(("وا", "ون"))
    if tense == "past":
        feminine = not plural and verb.endswith("ت")
    elif tense == "present":
        feminine = not plural and verb.startswith("ت")
    else:
        return False
    if pronoun in grammar_words("relative_plural"):
        return plural
    if pronoun in grammar_words("relative_feminine"):
        return feminine
    if pronoun in grammar_words("relative_masculine"):
        return not plural and not feminine
    return False


def relative_subject(s: Sentence, trig: Hit, tense: str | None, object_glued: bool) -> int:
    """The last token of the clause's head, the word right before the relative
    pronoun (a comma skipped), when the pronoun is the speech verb's subject
    (see the module's docstring); -1 otherwise.  ``tense``: the trigger form's
    ("past" | "present"); ``object_glued``: the verb carries an object pronoun
    (events._object_suffix).  A verb ending in a pronoun the form already holds
    (تبناها) ends in neither ت nor و, so it never agrees with التي or الذين."""
    if object_glued or trig.first != trig.last or trig.first < 2:
        return -1
    toks = s.tokens
    if toks[trig.first].text.endswith(_OBJECT_ENDINGS):
        return -1  # "الذي تبناه تنظيم داعش": the pronoun is the object
    if not _agrees(toks[trig.first - 1].text, toks[trig.first].text, tense):
        return -1
    nxt = trig.last + 1
    if nxt < len(toks) and toks[nxt].text in grammar_words("resumptive_words"):
        return -1
    j = trig.first - 2
    while j >= 0 and is_punct(toks[j]):
        j -= 1
    return j


def addressed_after(s: Sentence, trig: Hit, by_first: set[int]) -> bool:
    """An appeal verb (class ``appeal``) with a name right after it and the
    appeal's own complement right after that name ("الذي يدعو المتمردين إلى
    احترام"، "التي تطالب الحكومة بالإفراج"): the name is whom the appeal
    addresses.  Why: with the relative pronoun as the verb's subject, the
    name and its complement leave no room for a second subject, so a head
    that is no actor (a resolution, a statement) still spoke, not the name."""
    j = trig.last + 1
    if "appeal" not in trig.classes or j not in by_first:
        return False
    a = next((x for x in s.actors if x.first == j), None)
    return a is not None and a.last + 1 < len(s.tokens) and appeal_complement(s, a.last + 1)


def titled_head(s: Sentence, end: int) -> bool:
    """An office no actor resolves ends at token ``end`` ("وزير الداخلية الذي
    اتهم حركة حماس"): the office spoke, and the name after the verb is its object."""
    return any(h.last == end and "title" in h.kinds for h in s.hits) and not any(
        a.first <= end <= a.last for a in s.actors)
