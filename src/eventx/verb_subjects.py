"""Verbs of speech that carry their own subject.

Why: a statement's speaker is read as the first name after its verb when no
subject stands before it ("أدانت تونس الهجوم").  Arabic puts a verb before
its subject in the singular, so a verb that agrees in the plural ("وطالبوا
المسلحين بالمغادرة"، "كما اتهموا القوات الأوكرانية"، "يتهمون تونس") or in the
first person ("نطالب حزب العمال بإخراج قواعده"، "ندعو الجيش التركي إلى وقف
إطلاق النار") already holds its subject, a pronoun: the name after it is whom
the words call on or accuse, never the speaker.
"""
from __future__ import annotations

# the conjunctions a verb may carry before its own letters
_PROCLITICS = ("و", "ف")
# the letters of the plural: past (طالبوا) and present (يطالبون، تتهمون)
_PAST_PLURAL = "وا"
_PRESENT_PLURAL = "ون"
_PRESENT_PREFIXES = ("ي", "ت")
# the present of "we" (نطالب، ندعو، نستنكر), told from the past of ندد (ندد،
# نددت), the one verb of speech whose own first letter is ن
_WE = "ن"
_WE_NOT = ("ندد",)
# shorter words are no inflected verb (دعوا، نفي hold their root in 3-4 letters)
_MIN_LETTERS = 4


def subject_in_verb(word: str) -> bool:
    """Whether the verb ``word`` (normalised spelling) carries a plural or a
    first-person subject, so that no name after it is its subject."""
    if word[:1] in _PROCLITICS and len(word) > _MIN_LETTERS:
        word = word[1:]
    if len(word) < _MIN_LETTERS:
        return False
    if word.endswith(_PAST_PLURAL):
        return True
    if word.endswith(_PRESENT_PLURAL) and word.startswith(_PRESENT_PREFIXES):
        return True
    return word.startswith(_WE) and not word.startswith(_WE_NOT)
