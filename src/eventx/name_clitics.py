"""Surnames the lexicon would cut into a clitic and a trigger.

A person's name after an office ("وزير الخارجية التركي هاكان فيدان") is a run
of unknown words; the lexicon reads each word through its clitic variants, so a
surname that begins with a letter a preposition or a conjunction can be
(فيدان، بيلاوي، لحود) may come out as that letter plus a trigger ("فـ + يدان",
is condemned): a statement or a deed no one told, which also cuts the name
short.  Right after a title and one name word, a word that is a trigger only
once the proclitic ف is stripped is read as the name's second word: ف glues a
verb to what went before, hardly ever right after a subject's first name,
while ب and ل lead the deed an office is named with ("قام رئيس أميركي
بزيارة") and و joins a verb to its subject ("الوزير كيري وأكد"); those stay.
"""
from __future__ import annotations

from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit
from eventx.text.tokenize import Token

# the proclitic a surname's first letter is read as (see the module doc)
_NAME_LETTERS: Final = grammar_words("surname_letters")  # data/grammar_words.toml
# how many words may stand between a title and the first name word: the
# office's complement and nationality (وزير الخارجية التركي)
_TITLE_REACH: Final = 3
# words that stand after an office where a name would, and are no name: a time
# or a manner told before the verb ("أمر الرئيس أمس بقصف")
_NOT_FIRST_NAMES: Final = grammar_words("not_first_names")
# the kinds of a hit that is a trigger word only (one set for every hit asked)
_TRIGGER_ONLY: Final = frozenset({"trigger"})


def surname_triggers_dropped(hits: list[Hit], tokens: list[Token],
                             stopwords: frozenset[str]) -> list[Hit]:
    """``hits`` without the triggers read by cutting a surname (see module doc);
    ``stopwords`` are the function words no name is."""
    if not hits:
        return hits
    titles = [h.last for h in hits if "title" in h.kinds]
    if not titles:
        return hits
    hit_tokens = {i for h in hits for i in range(h.first, h.last + 1)}
    out: list[Hit] = []
    for h in hits:
        if _cut_surname(h, tokens, titles, hit_tokens, stopwords):
            continue
        out.append(h)
    return out


def _cut_surname(h: Hit, tokens: list[Token], titles: list[int], hit_tokens: set[int],
                 stopwords: frozenset[str]) -> bool:
    """Whether ``h`` is a lone trigger read from a name's second word."""
    if h.first != h.last or h.kinds != _TRIGGER_ONLY:
        return False
    word = tokens[h.first].text
    if word[:1] not in _NAME_LETTERS or word[1:] != h.key:
        return False
    prev = h.first - 1
    if prev < 1 or prev in hit_tokens:
        return False
    first_name = tokens[prev].text
    if not first_name.isalpha() or first_name.startswith("ال") or len(first_name) < 3 \
            or first_name in stopwords or first_name in _NOT_FIRST_NAMES:
        return False
    # a title ending just before the first name, or before its complement
    return any(0 < prev - t <= _TITLE_REACH for t in titles)
