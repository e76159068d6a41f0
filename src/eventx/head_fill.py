"""A bare head noun is the named actor of its side, once mentions merge.

News names a side fully once ("الجيش الجزائري"، "قوات الأمن العراقية") and
then by its head noun alone ("الجيش"، "القوات"، "الشرطة"), or by a noun of its
class ("الجنود" for the Turkish army, "المتمردين" for the Houthis).  When the
two mentions of one incident merge, the event would list that side twice: once
named, once as a generic actor no one can place.  The gold wants one actor per
participant, the fullest mention, so the bare reading folds into the named one
and the named one keeps its mention.  One sentence does the same for an armed
side ("25 جنديا بالقوات الخاصة"، "متمردين من حزب العمال الكردستاني"), but
two offices it names by one head noun stay two ("قنصلية تايلاند" beside
"القنصلية الصينية"), as do two conjuncts ("للمتمردين وقوات صالح").

Only the actor records decide (``ActorInfo``): a bare reading is the generic
one the dictionary gives a head noun with no nationality after it (a class
code such as MIL or COP, no country, a one-word name); it is covered by a
named actor whose name begins with the same head noun, or, for armed sides,
whose code is a country's actor of the same class (TURMIL for MIL).  Civilians
and persons never fold: "مدنيين" beside "النساء" or "الأطفال" are groups of
their own, and a first name beside a full name may be another man.  Two
named actors never fold into each other, nor do actors of different sides.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeVar

from eventx.actors import ROLE_ONLY_CODES
from eventx.grammar_words import words as grammar_words
from eventx.records import ActorInfo
from eventx.text.normalize import normalize_key
from eventx.word_lists import word_set

T = TypeVar("T")

# kinds whose generic noun a country's actor of the same class fills ("الجنود"
# and the Turkish army): armed sides, where a class code names one force
_CLASS_KINDS: Final = grammar_words("head_fill_class_kinds")  # data/grammar_words.toml
# class codes that name no one side: "مسلحون" (UAF, gunmen of no known group)
# may be either side's, and a militia of the same code is no antecedent of it
_OPEN_CODES: Final = word_set("grammar_words.toml", "head_fill_open_codes", str)
# kinds that never fold: groups of people and persons are no head of another
_NEVER_KINDS: Final = grammar_words("head_fill_never_kinds")
_ARTICLE: Final = "ال"


def _bare_word(word: str) -> str:
    """A normalised word without its article (القوات → قوات)."""
    w = normalize_key(word)
    return w[len(_ARTICLE):] if w.startswith(_ARTICLE) and len(w) > len(_ARTICLE) + 2 else w


def is_bare(info: ActorInfo) -> bool:
    """Whether ``info`` is a head noun's generic reading: a one-word name, a
    class code and no country (what "القوات" or "الشرطة" read as alone)."""
    return (info.country is None and info.code in ROLE_ONLY_CODES
            and len(info.name.split()) == 1
            and info.kind not in _NEVER_KINDS)


def _named(info: ActorInfo) -> bool:
    """Whether ``info`` names a side more fully than a head noun does: a
    country's actor or a name of several words."""
    return info.country is not None or len(info.name.split()) > 1


def is_head_of(bare: ActorInfo, named: ActorInfo) -> bool:
    """Whether ``bare``, a head noun's generic reading, refers to ``named``:
    the named actor's name begins with that head noun ("القوات" and "قوات
    الأمن"), or, for an armed side, it is a country's actor of that class and
    kind ("الجنود" and "الجيش التركي", code MIL in TURMIL)."""
    if not is_bare(bare) or not _named(named) or named == bare or named.kind in _NEVER_KINDS:
        return False
    if same_head(bare, named):
        return True
    code = named.code or ""
    return (bare.kind in _CLASS_KINDS and named.kind == bare.kind
            and bare.code not in _OPEN_CODES and code not in ROLE_ONLY_CODES and code.endswith(bare.code or "-"))


def same_head(bare: ActorInfo, named: ActorInfo) -> bool:
    """Whether ``named``'s name begins with the head noun ``bare`` is named by,
    of one kind: "القوات" and "قوات الطوارئ الخاصة" name one body, where
    "جنديين" beside "الجيش العراقي" (a class, not a head) names its men."""
    return (named.kind == bare.kind and bool(named.name.split())
            and _bare_word(named.name.split()[0]) == _bare_word(bare.name))


def folded(actors: Sequence[T], side: Callable[[T], str | None],
           info: Callable[[T], ActorInfo],
           together: Callable[[T, T], bool] = lambda _x, _y: False,
           into: Callable[[T, T], bool] = lambda _x, _y: True) -> tuple[T, ...]:
    """``actors`` without those a named actor of the same side covers (see
    :func:`is_head_of`).  ``side`` gives an item's side (agent, target), None
    for a role that takes no side (the parties to a meeting), which neither
    folds nor covers.  ``together`` tells two items named in one sentence:
    there only an armed side folds ("25 جنديا بالقوات الخاصة"، "متمردين من
    حزب العمال"), while two offices of one head noun are two places
    ("قنصلية تايلاند" beside "القنصلية الصينية").  ``into(bare, named)``
    tells whether the bare item's role may fold into the named item's within
    their side.  The rest keep their order."""
    infos = [(a, side(a), info(a)) for a in actors]
    return tuple(a for a, s, i in infos
                 if s is None or not is_bare(i)
                 or not any(s == t and is_head_of(i, j) and into(a, b)
                            and (i.kind in _CLASS_KINDS or not together(a, b))
                            for b, t, j in infos))
