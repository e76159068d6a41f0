"""A bare "القاعدة": a military base, or the Yemeni town, not al-Qaeda.

Why a document fact: news names al-Qaeda تنظيم القاعدة wherever a base is in
the story, and names the base in full once ("قاعدة العند"، "قاعدة جوية") and
bare after that ("اشتباكات في الطريق إلى القاعدة"، "غارات على القاعدة"),
often sentences away.  So whether the story names a base is read once per
document (:func:`story_base`), and in a sentence the words before a bare
القاعدة decide: a preposition of where or a deed done to a place makes it the
base, unless what stands before the preposition is done to a group (انضم
إلى، الحرب على).  تنظيم القاعدة، عناصر القاعدة، فروع القاعدة keep the group
(no place word before).  After a town noun (مدينة، منطقة) it is the town,
whatever the story names.  The word lists are data (``data/base_words.toml``).
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attr

from eventx.gazetteer import Gazetteer
from eventx.records import Place
from eventx.text.normalize import normalize_key, normalize_text
from eventx.text.tokenize import Token
from eventx.word_lists import word_set

if TYPE_CHECKING:
    from eventx.analysis import ActorMention, PlaceMention

_FILE: Final = "base_words.toml"  # in eventx/data
_BASE: Final = "قاعده"
_KEYS: Final = frozenset({"القاعده"})  # the mention's key: the bare definite word
_CLITICS: Final = "وفبل"
_PUNCT: Final = "«»\"'“”()،.,:؛!?؟"


@functools.cache
def _words(name: str) -> frozenset[str]:
    return word_set(_FILE, name, normalize_text)


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class StoryBase:
    """What a story that says قاعدة tells of bases: whether it names a military
    base (``named``), and the gazetteer's base it names in full (قاعدة العند),
    when it names exactly one."""

    named: bool = False
    place: Place | None = None


def story_base(text: str, gazetteer: Gazetteer) -> StoryBase | None:
    """Whether the normalised ``text`` names a military base: قاعدة with a
    military adjective (قاعدة عسكرية، القاعدة الجوية) or قاعدة before a name
    the gazetteer knows as one (قاعدة العند).  None for a text that never says
    قاعدة, told by one substring test: none of its sentences is read again
    (:func:`bases_read` is not called)."""
    if _BASE not in text:
        return None
    words = [w.strip(_PUNCT) for w in text.split()]
    adjectives = _words("base_adjectives")
    named = False
    places: dict[str, Place] = {}
    for i, w in enumerate(words[:-1]):
        if not w.endswith(_BASE):
            continue
        definite = _stripped(w, "ال" + _BASE) is not None
        if not definite and _stripped(w, _BASE) is None:
            continue  # "بقاعدة" is read, "القواعد" or "وقاعدته" not
        if words[i + 1] in adjectives:
            named = True
        elif not definite:  # "القاعدة الواقعة": what follows a definite noun is no name
            for n in (1, 2):
                key = normalize_key(" ".join([_BASE] + words[i + 1:i + 1 + n]))
                found = gazetteer.candidates(key)  # a name the gazetteer knows with قاعدة
                if found:
                    places[found[0].name] = found[0]
                    named = True
                    break
    return StoryBase(named, next(iter(places.values())) if len(places) == 1 else None)


def _stripped(word: str, core: str) -> str | None:
    """``word`` with glued و، ف، ب، ل read off until ``core`` is left (None if
    something else is)."""
    while word != core and word[:1] in _CLITICS and len(word) > len(core):
        word = word[1:]
    return word if word == core else None


def _bare(word: str, listed: frozenset[str]) -> bool:
    """``word``, or ``word`` with one or two of و، ف، ب، ل read off, is in ``listed``."""
    for k in range(3):
        if word[k:] in listed:
            return True
        if word[k:k + 1] not in _CLITICS:
            return False
    return False


def _word_before(tokens: Sequence[Token], i: int) -> int:
    j = i - 1
    while j >= 0 and not any(c.isalpha() for c in tokens[j].text):
        j -= 1
    return j


def reading(tokens: Sequence[Token], i: int, story: StoryBase | None) -> str | None:
    """"base" or "town" for a bare القاعدة at token ``i`` read as a place,
    else None (al-Qaeda)."""
    j = _word_before(tokens, i)
    if j < 0:
        return None
    before = tokens[j].text
    if _bare(before, _words("town_nouns")):
        return "town"
    if story is None or not story.named or not _bare(before, _words("place_before")):
        return None
    k = _word_before(tokens, j)
    if k >= 0 and _bare(tokens[k].text, _words("group_before")):
        return None  # "انضم إلى القاعدة"، "الحرب على القاعدة": the group
    return "base"


def bases_read(tokens: Sequence[Token], actors: list[ActorMention], places: list[PlaceMention],
               story: StoryBase | None) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The sentence's actors without each bare القاعدة that is a base or the
    town; the base the story names in full becomes a place mention there."""
    hits = [a for a in actors if a.first == a.last and a.key in _KEYS]
    if not hits:
        return actors, places
    from eventx.analysis import PlaceMention  # analysis imports this module

    dropped: set[int] = set()
    added: list[PlaceMention] = []
    for a in hits:
        read = reading(tokens, a.first, story)
        if read is None:
            continue
        dropped.add(a.first)
        if read == "base" and story is not None and story.place is not None:
            added.append(PlaceMention(a.first, a.last, a.start, a.end, story.place, a.key))
    if not dropped:
        return actors, places
    kept = [a for a in actors if a.first not in dropped]
    return kept, sorted(places + added, key=lambda p: p.first) if added else places
