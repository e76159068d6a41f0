"""Verbs of speech that carry their own subject.

Why: a statement's speaker is read as the first name after its verb when no
subject stands before it ("أدانت تونس الهجوم").  Arabic puts a verb before
its subject in the singular, so a verb that agrees in the plural ("وطالبوا
المسلحين بالمغادرة"، "كما اتهموا القوات الأوكرانية"، "يتهمون تونس") or in the
first person ("نطالب حزب العمال بإخراج قواعده"، "ندعو الجيش التركي إلى وقف
إطلاق النار") already holds its subject, a pronoun: the name after it is whom
the words call on or accuse, never the speaker.  So does a noun of words
with its owner's pronoun ("عبر عن استنكاره الشديد … وتضامنه مع السعودية"،
"انتقد الحزب في بيان له … من قبل الحكومة"): the speaker is the one the
pronoun stands for, named before it or not at all.
"""
from __future__ import annotations

from typing import Final

# the conjunctions a verb may carry before its own letters
_PROCLITICS: Final = ("و", "ف")
# the letters of the plural: past (طالبوا) and present (يطالبون، تتهمون)
_PAST_PLURAL: Final = "وا"
_PRESENT_PLURAL: Final = "ون"
_PRESENT_PREFIXES: Final = ("ي", "ت")
# the present of "we" (نطالب، ندعو، نستنكر), told from the past of ندد (ندد،
# نددت), the one verb of speech whose own first letter is ن
_WE: Final = "ن"
_WE_NOT: Final = ("ندد",)
# shorter words are no inflected verb (دعوا، نفي hold their root in 3-4 letters)
_MIN_LETTERS: Final = 4


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


# the pronouns of an owner glued to a noun (بيانها، استنكاره) or after it (بيان له)
_OWNER_SUFFIXES: Final = ("هما", "هم", "ها", "هن", "ه")
_OWNER_WORDS: Final = frozenset({"له", "لها", "لهم", "لهما"})


def owner_in_noun(word: str, key: str, next_word: str) -> bool:
    """Whether the noun ``word``, read as the lexicon's ``key``, carries the
    pronoun of whose words they are: glued to it (استنكاره، بيانها، إدانته,
    whose ة is written ت before it) or as the next word (بيان له)."""
    if next_word in _OWNER_WORDS:
        return True
    if word[:1] in _PROCLITICS and not key.startswith(word[:1]):
        word = word[1:]
    for sfx in _OWNER_SUFFIXES:
        if word.endswith(sfx) and len(word) > len(sfx):
            stem = word[:-len(sfx)]
            if stem == key or (key.endswith("ه") and stem == key[:-1] + "ت"):
                return True
    return False
