"""Place mentions: when a gazetteer hit reads as a place, and what an analyst gets.

The lexicon pass finds gazetteer keys through every clitic variant of a token,
which is right for trigger words but wrong for names: كبيرا is not ك + بيرا
(Beira), سنويا is not س + نوي, المالي (financial) is not ال + مالي (Mali).
Names take few proclitics (و ف ب ل and their pairs, the article only when the
name has it) and no pronoun or tanween endings, so :func:`place_key` re-checks the
surface of a place hit before it becomes a place (and returns the key the
surface really spells).  It also
refuses names inside an organisation or a treaty (نادي ليفربول، منتخب فرنسا،
اتفاق الطائف, نيويورك تايمز) and asks for a locating word before names that
are mostly ordinary words (``Gazetteer.guard``: القصير, السلمية, قنا).

:func:`qualified_places` adds what the lexicon cannot know: a name after a
place noun (مدينة مشهد، قرية دوما، حي الملعب، شارع الستين).  Known names
(even guarded ones) resolve through the gazetteer; an unknown name becomes an
unresolved place (no GeoNames id, no coordinates) whose mention still tells
the analyst where it happened.

:func:`relative_place` turns "north of X" (شمال بغداد، جنوب شرق البلاد) into a
place that keeps X's country and admin1 but says it is only near X.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).  The
word lists these checks compare tokens with are data (``data/place_words.toml``,
read by :mod:`eventx.place_words`).
"""
from __future__ import annotations

from typing import Final, NamedTuple
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from operator import itemgetter

import attr
import attrs

from eventx.gazetteer import Gazetteer
from eventx.memo import LastAnswer
from eventx.numbers import counts_noun_before
from eventx.place_words import table as place_table
from eventx.place_words import table_of_codes as place_codes_table
from eventx.place_words import table_of_words as place_words_table
from eventx.place_words import words as place_words
from eventx.positions import token_texts, word_positions
from eventx.records import Place
from eventx.text.normalize import normalize_key
from eventx.text.tokenize import Token
from eventx.transliterate import transliterate

__all__ = [
    "DIRECTIONS", "PLACE_NOUNS", "QualifiedPlace", "clitic_ok", "country_reference",
    "state_reference", "state_words",
    "described_region", "direction_at", "direction_base", "entity_span", "is_place_reading", "name_base",
    "named_part",
    "place_key", "place_noun_in", "qualified_places", "relative_place", "remit_region", "resolve_mention",
]

# Proclitics a place name takes: the conjunctions and the prepositions ب / ل.
# Not ك (كبيرا), not the future س (سنويا), never an enclitic or tanween.
_NAME_PROCLITICS: Final[tuple[str, ...]] = ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")
_LONGEST_FIRST: Final = tuple(sorted(_NAME_PROCLITICS, key=len, reverse=True))
# A bare (article-less) key this short after a proclitic is mostly a word:
# ورقة is not و + رقة, وقنا is not و + قنا.
_MIN_CLITIC_STEM: Final = 4
_PROMINENT: Final = 100_000
# Below this population a one-word town is a place only where the text says
# so (a locating word, على, a dateline…): GeoNames lists thousands of small
# towns whose names are ordinary words (ألوان colours, النادرة rare, الميادين
# fields, سعيدة happy, جوهر essence).  Curated entries (no GeoNames id) were
# chosen for news and are exempt.
_MINOR_POPULATION: Final = 200_000
_MINOR_FEATURES: Final = frozenset({"city", "site", "admin2"})
# ب glued to a bare name this long is "in" it: few Arabic words of six letters
# or more split into ب + a town's name
_GLUED_BARE_MIN: Final = 6


#: place nouns and the feature of an unknown name that follows them; a name
#: after one of them is a place whatever the gazetteer says (مدينة مشهد).
PLACE_NOUNS: Final[Mapping[str, str]] = place_table("place_nouns")
# place nouns strong enough to introduce a name the gazetteer does not know
_NAMING_NOUNS: Final[frozenset[str]] = place_words("naming_nouns")
# words before a name that make it an organisation, a team, an event or a treaty
_ORG_BEFORE: Final[frozenset[str]] = place_words("org_before")
# words that make a sentence a sports report (a place there is a team)
_SPORTS: Final[frozenset[str]] = place_words("sports")
# name particles and definite titles: a name after one is a person's
_PERSON_BEFORE: Final[frozenset[str]] = place_words("person_before")
# names that are also a plural noun in construct (حماة الوطن)
_CONSTRUCT_PLURALS: Final[frozenset[str]] = place_words("construct_plurals")
# words after a name that make it part of an organisation's name
_ORG_AFTER: Final[frozenset[str]] = place_words("org_after")
# a name that an idiom's next word makes an ordinary word (مسقط رأسه)
_IDIOM_AFTER: Final[Mapping[str, frozenset[str]]] = place_words_table("idiom_after")
# a locating word before a guarded name (besides a place noun or a glued ب)
_LOCATIVE: Final[frozenset[str]] = place_words("locative")
# first words of a place name that need the next word (حي باب طبرق)
_NAME_HEADS: Final[frozenset[str]] = place_words("name_heads")
# words that are not a name after a place noun
_NOT_A_NAME: Final[frozenset[str]] = place_words("not_a_name")

#: direction words (normalised) and their English, for "north of X" phrases
DIRECTIONS: Final[Mapping[str, str]] = place_table("directions")
# the story's own country (البلاد)
_COUNTRY_WORDS: Final[frozenset[str]] = place_words("country_words")


@functools.lru_cache(maxsize=100_000)
def _base(token: str) -> str:
    """The token without one name proclitic (و ف ب ل وب فب ول فل), article kept.

    Asked of most tokens of a candidate sentence: memoised per word."""
    for p in _LONGEST_FIRST:
        if p and token.startswith(p) and len(token) - len(p) >= 2:
            return token[len(p):]
    return token


@functools.lru_cache(maxsize=100_000)
def _bases(token: str) -> tuple[str, ...]:
    """The token itself and the token without each name proclitic; ل before
    the article drops its alef (للعاصمة is ل + العاصمة), so that form too."""
    out = [token]
    for p in _NAME_PROCLITICS:
        if p and token.startswith(p) and len(token) - len(p) >= 2:
            out.append(token[len(p):])
    for p in ("لل", "ولل", "فلل"):
        if token.startswith(p) and len(token) - len(p) >= 2:
            out.append("ال" + token[len(p):])
    return tuple(out)


def clitic_ok(surface: str, key_token: str, prominent: bool = True) -> bool:
    """Whether ``surface`` is ``key_token`` with clitics a place name takes.

    ببغداد، وبغداد، لبغداد، فالعراق، للعراق (ل + العراق) yes; كبيرا (ك + بيرا),
    المالي (ال + مالي), عنها (عنه + tanween) no.  A short article-less name
    takes a proclitic only when ``prominent`` (a country or a large city: لمصر،
    بمكة), since و/ب/ل + three letters is mostly an ordinary word (وقنا).
    """
    surface, key_token = normalize_key(surface), normalize_key(key_token)
    if not surface or not key_token:
        return False
    if surface == key_token:
        return True
    short = len(key_token) < _MIN_CLITIC_STEM and not key_token.startswith("ال")
    if short and not prominent:
        return False
    if any(p and surface == p + key_token for p in _NAME_PROCLITICS):
        return True
    if key_token.startswith("ال"):
        return any(surface == p + "لل" + key_token[2:] for p in ("", "و", "ف"))
    return False


_GLUED_IN: Final = ("ب", "وب", "فب")
_GLUED_TO: Final = ("لل", "ول", "ل")


def _locative_before(tokens: Sequence[Token], first: int, to: bool = True,
                     glued: bool = True, key: str | None = None) -> bool:
    """A place noun, a locating word, or a glued ب (or, with ``to``, ل) right
    at the mention.  A glued ل is "to/for": a place in most prose (وصل لبغداد)
    but a team in a sports report (فوز لفرنسا).  ``glued=False`` counts
    neither: بصره، لقبه، بحوث are words, not ب + a small town.  With ``key``
    (the name's first word) a name that itself begins with ب or ل (بوردو،
    لندن) has no glued particle."""
    tok = tokens[first].text
    if glued and (key is None or tok != key) and any(tok.startswith(p) and len(tok) > len(p) + 2
                     for p in _GLUED_IN + (_GLUED_TO if to else ())):
        return True
    j = first - 1
    if j < 0:
        return False
    prev = tokens[j].text
    if any(b in _LOCATIVE or b in PLACE_NOUNS for b in _bases(prev)) or _landmark_noun(prev):
        return True  # a landmark's noun too: مسجد الكوفة، مطار بنها
    # a nationality adjective between a place noun and the name: العاصمة
    # الصينية بكين، بمدينة البصرة العراقية… (the noun still introduces it)
    return (j >= 1 and prev.startswith("ال") and prev.endswith("يه")
            and any(b in PLACE_NOUNS for b in _bases(tokens[j - 1].text)))


_DASHES: Final = frozenset("-–—:")  # (a lone tatweel, لندن ـ رويترز, is gone after normalisation)


def dateline(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A dash or colon after the name, which opens the text or is followed
    by a source and a colon: a dateline (عمان - الراية :، كاتمندو - د ب أ :)
    names where the story was filed."""
    if last + 1 >= len(tokens) or tokens[last + 1].text not in _DASHES:
        return False
    return first == 0 or any(t.text == ":" for t in tokens[last + 2:last + 6])


def _parenthesised(tokens: Sequence[Token], first: int, last: int) -> bool:
    """``( name )`` alone in brackets after a word: the location of what comes
    before it (بوردو ( فرنسا )، الريف ( شمال المغرب ))."""
    return (first > 1 and last + 1 < len(tokens) and tokens[first - 1].text == "("
            and tokens[last + 1].text == ")")


def _located_at(tokens: Sequence[Token], first: int, last: int | None = None,
                gazetteer: Gazetteer | None = None, to: bool = True, glued: bool = True,
                key: str | None = None) -> bool:
    """Whether the mention ``tokens[first..last]`` is introduced as a place: a
    place noun, a locating word or a glued ب/ل before it, a dateline, a name
    alone in brackets, or (with ``gazetteer``) a و-coordination whose head
    place is located (في إندونيسيا وماليزيا وفيتنام: each of them is "in").
    ``to``/``glued``/``key`` as in :func:`_locative_before`."""
    last = first if last is None else last
    if _locative_before(tokens, first, to, glued, key) or dateline(tokens, first, last):
        return True
    if _parenthesised(tokens, first, last):
        return True
    if gazetteer is None:
        return False
    # walk back over a list of one-word places: X، Y وZ
    j, cur = first, tokens[first].text
    for _ in range(8):
        if not cur.startswith("و") and (j == first or tokens[j + 1].text not in ("،", ",")):
            return False
        k = j - 1
        if k >= 0 and tokens[k].text in ("،", ","):
            k -= 1
        if k < 0 or not any(gazetteer.candidates(b) for b in _bases(tokens[k].text)):
            return False
        if _locative_before(tokens, k, to, glued):
            return True
        j, cur = k, tokens[k].text
    return False


# "on": locates a small town as a locating word does
_ON: Final[frozenset[str]] = place_words("on")


def _listed_with_place(tokens: Sequence[Token], first: int, last: int, gazetteer: Gazetteer) -> bool:
    """The name is joined by و or a comma to another place name (المنصورة
    وبنها، صفد وحيفا والناصرة ونهاريا): a list of places makes each a place,
    whatever the word would mean alone."""
    n = len(tokens)
    near: list[int] = []
    if tokens[first].text.startswith("و") and first >= 1:
        near.append(first - 1)
    if first >= 2 and tokens[first - 1].text in ("،", ","):
        near.append(first - 2)
    if last + 1 < n and tokens[last + 1].text.startswith("و") and len(tokens[last + 1].text) > 3:
        near.append(last + 1)
    if last + 2 < n and tokens[last + 1].text in ("،", ","):
        near.append(last + 2)
    return any(gazetteer.candidates(b) and not gazetteer.guard(b)
               for k in near for b in _bases(tokens[k].text))


def _minor(cands: Sequence[Place]) -> bool:
    """Every reading is a small GeoNames town (see ``_MINOR_POPULATION``)."""
    return bool(cands) and all(
        p.geonames_id is not None and p.feature in _MINOR_FEATURES and p.population < _MINOR_POPULATION
        for p in cands)


def _quoted_title(tokens: Sequence[Token], first: int) -> bool:
    """The name opens a quotation that no locating word introduces: a title
    (صحيفة « الشرق الأوسط »، رواية " القاهرة الجديدة "، مشروع " الشرق الأوسط
    الكبير ")  rather than a place (في مدينة " ترينتون ")."""
    if first < 1 or tokens[first - 1].text != '"':
        return False
    if sum(1 for t in tokens[:first - 1] if t.text == '"') % 2:
        return False  # that mark closes a quotation
    if first >= 2 and (tokens[first - 2].text in _SAID or not tokens[first - 2].text.isalpha()):
        return False  # a quoted statement (أن " إسرائيل تجري…)، a list after a colon
    return not _locative_before(tokens, first - 1, glued=False)


_STATE_NOUN: Final = normalize_key("دولة")
_MARKET_NOUN: Final = normalize_key("سوق")
# words of a stock-market report (سوق + a city is its exchange)
_MARKET_WORDS: Final[frozenset[str]] = place_words("market_words")


def _market(tokens: Sequence[Token], first: int) -> bool:
    """The name follows سوق in a sentence about shares (see ``_MARKET_WORDS``);
    the caller has told that the word before is سوق."""
    return _MARKET_MEMO.get((tokens,), len(tokens),
                            lambda: any(t.text in _MARKET_WORDS for t in tokens))


_MARKET_MEMO: Final[LastAnswer[bool]] = LastAnswer()


# words of speech or naming before a quotation mark
_SAID: Final[frozenset[str]] = place_words("said")


def _sports_report(tokens: Sequence[Token], words: Set[str] | None = None) -> bool:
    """A sports word or a score (1 - 2، 3 / صفر) anywhere in the sentence.

    Asked for every place hit of a sentence: the answer for the last token
    sequence is kept (by identity; the reference keeps it alive).  With the
    sentence's ``words`` most sentences are told by two set tests (no sports
    word, no dash or slash) without the memo."""
    if words is not None:
        if not _SPORTS.isdisjoint(words):
            return True
        if _SCORE_MARKS.isdisjoint(words):
            return False
    return _SPORTS_MEMO.get((tokens,), len(tokens), lambda: _scan_sports(tokens))


_SPORTS_MEMO: Final[LastAnswer[bool]] = LastAnswer()
_TEXT: Final = itemgetter(0)  # Token.text (a tuple index: cheaper than the name)
_SCORE_MARKS: Final = frozenset({"-", "/"})


def _scan_sports(tokens: Sequence[Token]) -> bool:
    words = set(map(_TEXT, tokens))  # one pass (in C) for both questions
    if not _SPORTS.isdisjoint(words):
        return True
    if _SCORE_MARKS.isdisjoint(words):
        return False  # no dash or slash: no score
    def goals(i: int) -> bool:
        w = tokens[i].text if 0 <= i < len(tokens) else ""
        return w == "صفر" or (w.isdigit() and len(w) <= 2)

    for i in word_positions(token_texts(tokens), _SCORE_MARKS):  # few sentences have any
        if 1 <= i < len(tokens) - 1 and goals(i - 1) and goals(i + 1):
            # not a date (13 / 12 / 1999) or a range of years
            if not (i + 2 < len(tokens) and tokens[i + 2].text == "/"):
                if not (i >= 2 and tokens[i - 2].text == "/"):
                    return True
    return False


def _surface_keys(tokens: Sequence[Token], first: int, last: int) -> list[str]:
    """Gazetteer keys the literal tokens can spell with name clitics only
    (بالمتحف باردو → المتحف باردو; للعراق → العراق)."""
    head = tokens[first].text
    rest = [t.text for t in tokens[first + 1:last + 1]]
    forms = list(_bases(head))
    for p in ("لل", "ولل", "فلل"):
        if head.startswith(p) and len(head) > len(p) + 1:
            forms.append("ال" + head[len(p):])
    return [" ".join([f, *rest]) for f in dict.fromkeys(forms)]


class _KeyFacts(NamedTuple):
    """What :func:`place_key` asks the gazetteer and the word lists about a
    key, whatever the sentence: remembered per key (see ``_key_facts``)."""

    words: list[str]  # the key's words (never mutated)
    prominent: bool  # some reading takes a proclitic even when short
    guarded: bool  # Gazetteer.guard
    minor: bool  # every reading a small town (_minor)
    all_cities: bool  # every reading a city (true of no reading)
    idioms: frozenset[str]  # next words that make it an idiom's word
    construct: bool  # also a plural noun in construct


def _key_facts(gazetteer: Gazetteer, key: str) -> _KeyFacts:
    """The facts of ``key`` in ``gazetteer``, remembered in a bounded table.

    Why: every place hit asked the gazetteer the same questions again (its
    readings, whether each is small, a city, guarded) and split its key twice;
    a document names the same few places sentence after sentence."""
    memo_key = (gazetteer, key)  # (the key holds the gazetteer: its identity is not reused)
    found = _KEY_FACTS.get(memo_key)
    if found is None:
        cands = gazetteer.candidates(key)
        found = _KeyFacts(key.split(), _prominent(cands), gazetteer.guard(key), _minor(cands),
                          all(p.feature == "city" for p in cands), _IDIOM_AFTER.get(key, frozenset()),
                          key in _CONSTRUCT_PLURALS)
        if len(_KEY_FACTS) >= _MAX_FACTS:
            _KEY_FACTS.clear()  # (a whole clear: no order to keep, safe under the GIL)
        _KEY_FACTS[memo_key] = found
    return found


_KEY_FACTS: Final[dict[tuple[Gazetteer, str], _KeyFacts]] = {}
_MAX_FACTS: Final = 50_000

# what the word right before a place hit may say about it (bits of _word_before)
_ORG_WORD: Final = 1  # an organisation's noun (جامعة، نادي), with a name proclitic or not
_STATE_WORD: Final = 2  # دولة
_PERSON_WORD: Final = 4  # a name particle or a person's title
_LIBERATION_WORD: Final = 8  # تحرير
_MARKET_WORD: Final = 16  # سوق


def _word_before(word: str) -> int:
    """The bits of ``word`` as the word before a place hit, remembered per
    word (the questions are the same for every hit it precedes)."""
    found = _BEFORE.get(word)
    if found is None:
        base = _base(word)
        found = ((_ORG_WORD if not _ORG_BEFORE.isdisjoint(_bases(word)) else 0)
                 | (_STATE_WORD if base == _STATE_NOUN else 0)
                 | (_PERSON_WORD if word in _PERSON_BEFORE else 0)
                 | (_LIBERATION_WORD if base == _LIBERATION else 0)
                 | (_MARKET_WORD if base == _MARKET_NOUN else 0))
        if len(_BEFORE) >= _MAX_FACTS:
            _BEFORE.clear()
        _BEFORE[word] = found
    return found


_BEFORE: Final[dict[str, int]] = {}


def _ends_name(word: str) -> bool:
    """The word after a hit ends its reading as a place: an organisation's
    word (نيويورك تايمز) or a spelt "two" (see ``counts_noun_before``);
    remembered per word."""
    found = _AFTER.get(word)
    if found is None:
        found = word in _ORG_AFTER or counts_noun_before(word)
        if len(_AFTER) >= _MAX_FACTS:
            _AFTER.clear()
        _AFTER[word] = found
    return found


_AFTER: Final[dict[str, bool]] = {}


def place_key(tokens: Sequence[Token], first: int, last: int, key: str, gazetteer: Gazetteer,
              nisba: Callable[[str], str | None] | None = None,
              words: Set[str] | None = None) -> str | None:
    """The gazetteer key the hit ``tokens[first..last]`` reads as, or None when
    it does not read as a place.

    The lexicon may report the hit under any clitic variant (كبيرا as بيرا);
    the key returned is the one the tokens spell with the clitics a name takes
    (``key`` itself when it passes :func:`clitic_ok`, else a key spelled by the
    surface, e.g. المتحف باردو where the lexicon said متحف باردو).  Then the
    context checks: organisation words around the name, a guarded key's
    locating word, sports reports, and, with ``nisba`` (word -> ISO2 of a
    nationality adjective, or None), a city followed by a MASCULINE nationality
    adjective is a club: towns are feminine in Arabic (ميلانو الإيطالية) while
    الفريق/النادي is understood in ميلان الإيطالي، هامبورغ الألماني.

    ``words``: the sentence's token texts as a set, when the caller has it
    (a sports word among them is told by one set test).
    """
    facts = _key_facts(gazetteer, key)
    spelt = facts.words
    if first < 0 or last >= len(tokens) or len(spelt) != last - first + 1:
        return None
    chosen: str | None = None
    text = tokens[first].text
    # the hit as written (most are): no clitic to judge
    if (text == spelt[0] or clitic_ok(text, spelt[0], facts.prominent)) \
            and (first == last or list(map(_TEXT, tokens[first + 1:last + 1])) == spelt[1:]):
        chosen = key
    else:
        for k in _surface_keys(tokens, first, last):
            if gazetteer.candidates(k) and clitic_ok(tokens[first].text, k.split()[0]):
                chosen = k
                break
    if chosen is None:
        return None
    if chosen is not key:
        facts = _key_facts(gazetteer, chosen)
    head = facts.words[0]
    glued_in = text.endswith(head) and text[:len(text) - len(head)] in _GLUED_IN
    before = _word_before(tokens[first - 1].text) if first > 0 else 0
    if before & _ORG_WORD and not glued_in:
        return None  # جامعة القاهرة، نادي ليفربول; جامعة بالقاهرة is "in" Cairo
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else None
    if nxt is not None and (_ends_name(nxt) or nxt in facts.idioms):
        return None  # نيويورك تايمز، مسقط رأسه; مدنين اثنين: a noun "two" counts (a misspelt مدنيين), no town
    if _quoted_title(tokens, first):
        return None
    if before & _MARKET_WORD and _market(tokens, first):
        return None
    if before & _STATE_WORD and facts.all_cities:
        return None  # دولة الطائف: the order an accord made, no town
    if before & _PERSON_WORD and head not in _PERSON_BEFORE:
        return None
    if facts.construct and nxt is not None and _construct_noun_after(nxt, nisba):
        return None
    if _nisba_after_noun(tokens, first, last, chosen) and not _listed_with_place(tokens, first, last, gazetteer):
        return None
    if (first > 1 and before & _LIBERATION_WORD
            and any(b in _GROUP_WORDS for b in _bases(tokens[first - 2].text))):
        return None  # حركة تحرير السودان، الجبهة الشعبية لتحرير فلسطين: a group's name
    # (asked only of a guarded key, a few in a hundred: the walk back over a
    # list of places is the dearest check here)
    if facts.guarded and not (
            _located_at(tokens, first, last, gazetteer, key=head) if len(head) > 3 or head.startswith("ال")
            else _located_at(tokens, first, last, gazetteer, glued=False, key=head)):
        # ب glued to a short guarded name is mostly a word or a surname
        # (محمد بنيس), not "in" it
        return None
    if (first == last and facts.minor
            and not _located_at(tokens, first, last, gazetteer, glued=False)
            and not (first > 0 and tokens[first - 1].text in _ON)
            and not _listed_with_place(tokens, first, last, gazetteer)
            and not ((chosen.startswith("ال") or len(chosen) >= _GLUED_BARE_MIN)
                     and tokens[first].text in [p + chosen for p in _GLUED_IN])):
        # ب + a definite town (بالسلمية) or a long bare name (بتطاوين)
        # is "in"; ب/ل + a short bare word (بصره، لقبه) is not
        return None
    if _sports_report(tokens, words) and not _located_at(tokens, first, last, gazetteer, to=False, key=head):
        return None
    if nisba is not None and nxt is not None:
        if nxt.startswith("ال") and nxt.endswith("ي") and nisba(nxt):
            if facts.all_cities and gazetteer.candidates(chosen):
                return None
    return chosen


def _prominent(cands: Sequence[Place]) -> bool:
    """A reading is a country, a province, a region or a large city: a name
    that takes a proclitic even when short (لمصر، بمكة)."""
    return any(p.feature in ("country", "admin1", "region") or p.population >= _PROMINENT
               for p in cands)


def _construct_noun_after(word: str, nisba: Callable[[str], str | None] | None) -> bool:
    """``word`` makes the name before it a noun in construct (see _CONSTRUCT_PLURALS)."""
    if word.startswith("ال"):
        adjective = word[2:] in DIRECTIONS or (nisba is not None and nisba(word) is not None)
        return len(word) > 3 and not adjective
    return word.startswith("ل") and len(word) > 2 and word.isalpha()


_LIBERATION: Final = normalize_key("تحرير")
# a group's name before تحرير + a place
_GROUP_WORDS: Final[frozenset[str]] = place_words("group_words")
# definite words that are no noun an adjective could follow
_NOT_A_NOUN: Final[frozenset[str]] = place_words("not_a_noun")


def _nisba_after_noun(tokens: Sequence[Token], first: int, last: int, key: str) -> bool:
    """A one-word definite name shaped like a feminine nisba (السعودية،
    الناصرية، السليمانية) right after a definite noun is the adjective of that
    noun: الديون السيادية السعودية، العائلة المالكة السعودية are "Saudi", not
    the kingdom.  After a place noun it is the name (مدينة الناصرية)."""
    if first != last or first == 0 or " " in key or not key.startswith("ال") or not key.endswith("يه"):
        return False
    if tokens[first].text != key:
        return False  # a clitic (بالسعودية، والناصرية) makes it a name
    prev = tokens[first - 1].text
    # with a preposition glued to the noun too (للطائفة الإسماعيلية: the sect's)
    for p, article in (("ولل", 3), ("لل", 2), ("وبال", 2), ("بال", 1), ("وال", 1), ("فال", 1)):
        if prev.startswith(p) and len(prev) > len(p) + 2:
            prev = "ال" + prev[len(p):] if p.endswith("لل") else prev[article:]
            break
    return (prev.startswith("ال") and len(prev) > 3 and prev not in _NOT_A_NOUN
            and prev not in PLACE_NOUNS and prev not in DIRECTIONS)


def is_place_reading(tokens: Sequence[Token], first: int, last: int, key: str,
                     gazetteer: Gazetteer,
                     nisba: Callable[[str], str | None] | None = None) -> bool:
    """Whether the hit on ``key`` reads as a place (see :func:`place_key`)."""
    return place_key(tokens, first, last, key, gazetteer, nisba) is not None


@attr.s(auto_attribs=True, order=False, unsafe_hash=True, on_setattr=attr.setters.frozen)
class QualifiedPlace:
    """A place named after a place noun: tokens ``[first, last]`` of the name."""

    first: int
    last: int
    place: Place
    key: str
    resolved: bool  # False: the gazetteer does not know the name


@functools.lru_cache(maxsize=100_000)
def _noun_feature(token: str) -> tuple[str, bool] | None:
    """(feature, can introduce an unknown name) of a place-noun token (clitics allowed).

    Asked of every token of a candidate sentence: memoised per word."""
    for b in _bases(token):
        f = PLACE_NOUNS.get(b)
        if f is not None:
            return f, b in _NAMING_NOUNS
    return None


def _looks_like_name(token: str) -> bool:
    if not token.isalpha() or len(token) < 3 or token in _NOT_A_NAME:
        return False
    if token.startswith("و"):
        return False  # a second noun (بلدة ومستوطنة); known و-names are in the gazetteer
    if token.startswith("لل"):
        return False  # "for the" (مسجد للسنة، مخيم للنازحين): what the place is for
    if token in DIRECTIONS or _base(token) in DIRECTIONS or _base(token) in PLACE_NOUNS:
        return False  # قرى بشمال شرق سوريا: a direction, with its preposition
    if token.startswith("ي") and token.endswith(("ي", "ها", "هم", "ون")):
        return False  # a verb (مخيم يحتوي، مدينة يقطنها)
    if _adjective_shaped(token):
        return False
    if token.endswith(("ات", "يء")):
        return False  # plural nouns (قضاء العطلات، مقاطعة المنتجات، حفلات، شواطىء)
    # adjectives (منطقة سكنية، مدينة كبيرة) and nisbas end in -ية / -ي / -ة with
    # tanween; a name's head that ends so opens a name (مخيم عين الحلوة)
    return not (token.endswith(("يه", "ين", "ون")) and not token.startswith("ال")
                and token not in _NAME_HEADS)


# titles and عبد that open a street named after a person (حي الملك فهد)
_PERSON_HEADS: Final[frozenset[str]] = place_words("person_heads")
# بن/ابن: a person's name goes on
_SON: Final[frozenset[str]] = place_words("son")
# regnal numbers (شارع محمد الخامس)
_REGNAL: Final[frozenset[str]] = place_words("regnal")


def _name_end(tokens: Sequence[Token], j: int) -> int:
    """The last token of an unknown name that starts at ``j`` after a place
    noun.  One word, unless it is a head that needs the next word (حي باب
    طبرق), a title or عبد (شارع الملك عبد العزيز), or a person's name goes on
    with بن or a regnal number (حي خالد بن الوليد، شارع محمد الخامس)."""
    n, end = len(tokens), j
    for _ in range(4):
        nxt = end + 1
        if nxt >= n or not tokens[nxt].text.isalpha() or tokens[nxt].text in _NOT_A_NAME:
            break
        w, nw = tokens[end].text, tokens[nxt].text
        if w in _NAME_HEADS or w in _PERSON_HEADS:
            end = nxt
        elif nw in _REGNAL:
            end = nxt
            break
        elif nw in _SON and nxt + 1 < n and tokens[nxt + 1].text.isalpha() \
                and tokens[nxt + 1].text not in _NOT_A_NAME:
            end = nxt + 1
        else:
            break
    return end


def _adjective_shaped(token: str) -> bool:
    """An indefinite participle or adjective after a place noun (مدينة مقدسة،
    مدن مزدهرة، قرية عائمة، حي مجاور، شارع مزدحم): مُفعَّلة, فاعِلة, مُفاعِل and
    مُفتعِل shapes.
    Known names of those shapes (مروة، مكة) are in the gazetteer; an unknown
    one is rare enough (مدينة ثالثة "a third town" is not)."""
    if token.startswith("ال"):
        return False
    if token.startswith("م") and token.endswith("ه") and len(token) >= 4 and token[2] != "ي":
        return True  # not مليلة: no participle has ي third
    if len(token) == 5 and token[1] == "ا" and token.endswith("ه"):
        return True
    if len(token) == 5 and token.startswith("م") and token[2] in "تدط" and not token.endswith(("ي", "ا")):
        return True  # مُفتعِل (شارع مزدحم، حي مرتفع; ت turned د/ط after ز/ص); مندلي ends -ي
    return len(token) == 5 and token.startswith("م") and token[2] == "ا"


# منطقة and its clitic forms, which introduce only a foreign-looking name
_REGION_NOUNS: Final[frozenset[str]] = place_words("region_nouns")
# common words after منطقة that look foreign by shape (منطقة نفوذ)
_COMMON_AFTER_REGION: Final[frozenset[str]] = place_words("common_after_region")


def _foreign_looking(token: str) -> bool:
    return (not token.startswith(("ال", "ي")) and not token.endswith(("ه", "ي", "ات", "ا"))
            and token not in _COMMON_AFTER_REGION)


def place_noun_in(words: Set[str]) -> bool:
    """Whether a sentence with these token texts has a place noun (مدينة،
    بمنطقة…), without which :func:`qualified_places` finds nothing: most
    sentences have none, and a set test tells so without a pass over the
    tokens (nor gathering what the hits cover for it)."""
    return not _NOUN_SPELLINGS.isdisjoint(words)


def qualified_places(tokens: Sequence[Token], covered: Iterable[int], gazetteer: Gazetteer,
                     countries: Sequence[str] = (), max_words: int = 3) -> list[QualifiedPlace]:
    """Names after a place noun that no other hit covers (مدينة مشهد، حي الملعب).

    ``covered``: token indices already taken by lexicon hits (a name the
    lexicon found is not found again).  Known keys, guarded ones included,
    resolve with ``countries`` as context; an unknown one-word name after a
    naming noun (مدينة، قرية، حي، شارع…) becomes an unresolved place.
    """
    taken = set(covered)
    out: list[QualifiedPlace] = []
    n = len(tokens)
    resume = 0  # a name found swallows the tokens up to its end
    # the loop runs only at place nouns (one memoised lookup a token finds them)
    for i in word_positions(token_texts(tokens[:-1]), _NOUN_SPELLINGS):
        nf = _noun_feature(tokens[i].text)
        j = i + 1
        if nf is None:
            continue
        if i < resume or j in taken:
            continue
        feature, naming = nf
        found: QualifiedPlace | None = None
        for last in range(min(n - 1, j + max_words - 1), j - 1, -1):
            if not taken.isdisjoint(range(j, last + 1)):
                continue
            if last > j and not any(c.isalnum() for c in tokens[last].text):
                continue  # a name ends at a word, not at a quotation mark or a stop
            key = " ".join([t.text for t in tokens[j:last + 1]])
            cands = gazetteer.candidates(key, guarded=True)
            if cands and feature == "country" and all(p.feature == "city" for p in cands):
                break  # دولة الطائف: the order an accord made, no town
            if cands:
                p = gazetteer.resolve(key, countries, guarded=True)
                assert p is not None
                found = QualifiedPlace(j, last, p, key, True)
                break
        if found is None and (naming or (tokens[i].text in _REGION_NOUNS and _foreign_looking(tokens[j].text))) \
                and _looks_like_name(tokens[j].text):
            end = _name_end(tokens, j)
            name = " ".join(t.text for t in tokens[j:end + 1])
            if not (end + 1 < n and tokens[end + 1].text in _ORG_AFTER):
                found = QualifiedPlace(j, end, Place(name, transliterate(name), None, feature, None),
                                       name, False)
        if found is not None:
            out.append(found)
            taken.update(range(found.first, found.last + 1))
            resume = found.last + 1
    # a name in quotation marks is read by _quoted_names (the loop's match
    # would span the marks and call a stadium by its country)
    for q in out:
        if tokens[q.first].text in _QUOTES:
            taken.difference_update(range(q.first, q.last + 1))
    out = [_shrine_named(tokens, q) for q in out
           if tokens[q.first].text not in _QUOTES and (q.resolved or not _cut_landmark_name(tokens, q))]
    return sorted(out + _quoted_names(tokens, taken, gazetteer, countries), key=lambda q: q.first)


_QUOTES: Final = frozenset('"«»')


def _quoted_names(tokens: Sequence[Token], taken: set[int], gazetteer: Gazetteer,
                  countries: Sequence[str]) -> list[QualifiedPlace]:
    """A name in quotation marks right after a place noun (في مدينة "
    ترينتون "، منطقة " تيمبافاتي "): the marks hide it from the noun, not
    make it a title.  One or two words, each a name."""
    out: list[QualifiedPlace] = []
    n = len(tokens)
    for i in word_positions(token_texts(tokens[:-3]), _NOUN_SPELLINGS):
        if tokens[i + 1].text not in _QUOTES:
            continue
        nf = _noun_feature(tokens[i].text)
        if nf is None:
            continue
        j = i + 2
        close = next((k for k in range(j + 1, min(n, j + 3)) if tokens[k].text in _QUOTES), None)
        if close is None or any(k in taken for k in range(j, close)):
            continue
        words = [t.text for t in tokens[j:close]]
        key = " ".join(words)
        building = _base(tokens[i].text) in _BUILDINGS  # ملعب " الإمارات " is no country
        if not building and gazetteer.candidates(key, guarded=True):
            p = gazetteer.resolve(key, countries, guarded=True)
            assert p is not None
            out.append(QualifiedPlace(j, close - 1, p, key, True))
        elif all(w.isalpha() and len(w) > 2 and w not in _NOT_A_NAME for w in words):
            # the marks say it is a name, whatever its shape (ترينتون looks
            # like a plural)
            q = QualifiedPlace(j, close - 1, Place(key, transliterate(key), None, nf[0], None), key, False)
            out.append(_shrine_named(tokens, q, i))
    return out


def _shrine_named(tokens: Sequence[Token], q: QualifiedPlace, at: int | None = None) -> QualifiedPlace:
    """An unknown name after مسجد/كنيسة/ضريح/ملعب/مطار names the building,
    not a town: the place is called with its noun (مسجد الرحمن), as an
    analyst reads it.  ``at``: the noun's index (default: right before)."""
    at = q.first - 1 if at is None else at
    if q.resolved or at < 0:
        return q
    noun = _base(tokens[at].text)
    if noun not in _BUILDINGS:
        return q
    name = f"{noun} {q.place.name}"
    return attrs.evolve(q, place=attrs.evolve(q.place, name=name, name_en=transliterate(name)))


# building nouns: an unknown name after one names the building
_BUILDINGS: Final[frozenset[str]] = place_words("buildings")


def _cut_landmark_name(tokens: Sequence[Token], q: QualifiedPlace) -> bool:
    """An unknown one-word name after a building noun (مسجد، كنيسة، ضريح،
    ملعب، مطار) that a content word follows is most likely the first word of
    a longer name (مسجد فنسبري بارك، ضريح سعد بن أبي وقاص) or no name (مسجد
    رائع، مسجد يعتبر): kept only when a boundary ends it (punctuation, a
    preposition, a clitic word)."""
    if q.first == 0 or _base(tokens[q.first - 1].text) not in _BUILDINGS:
        return False
    word = tokens[q.first].text
    if q.last == q.first and (word in _PERSON_BEFORE or word.startswith("ي")):
        return True  # a kunya (ضريح أبي وقاص) goes on; a verb (مسجد يعتبر) is no name
    if word.endswith("ي") and not word.startswith("ال") and len(word) <= 6:
        # an indefinite nisba adjective (مطار دولي، مسجد أثري) is no name;
        # a long foreign one is (كنيسة اوزبينسكي)
        return True
    nxt = q.last + 1
    if nxt >= len(tokens) or not tokens[nxt].text.isalpha():
        return False
    w = tokens[nxt].text
    return not (w in _NOT_A_NAME or w.startswith(("و", "ف", "ل")))


def resolve_mention(gazetteer: Gazetteer, key: str, tokens: Sequence[Token], last: int,
                    countries: Sequence[str] = (),
                    nisba: Callable[[str], str | None] | None = None) -> Place | None:
    """Resolve a place hit, letting a following nationality adjective choose the
    country (قرية دوما الفلسطينية is in Palestine, not Syria).

    ``nisba(token) -> ISO2 or None`` is the actor dictionary's adjective lookup.
    """
    if nisba is not None and last + 1 < len(tokens):
        cc = nisba(tokens[last + 1].text)
        if cc:
            inside = [p for p in gazetteer.candidates(key, guarded=True) if p.country == cc]
            if inside:
                return _street_named(tokens, last - len(key.split()), inside[0], key, gazetteer)
    p = gazetteer.resolve(key, countries, guarded=True)
    if p is None:
        return None
    before = last - len(key.split())
    return _street_named(tokens, before, _noun_reading(tokens, before, p, key, gazetteer), key, gazetteer)


# the two readings a governorate's bare name has where its seat shares it
_TOWN_OR_PROVINCE: Final = frozenset({"city", "admin1"})


def _noun_reading(tokens: Sequence[Token], before: int, place: Place, key: str,
                  gazetteer: Gazetteer) -> Place:
    """``place``, or its namesake that the place noun at token ``before``
    names: a governorate and its seat share a name (صعدة، القصرين، لحج), and
    the gazetteer's best reading of the bare name is one of them, but مدينة
    صعدة is the town and محافظة X the province, whichever the bare name
    means in news.  Only a namesake of the same country and province is
    taken: مدينة X abroad is no reading of a province here."""
    if before < 0 or place.feature not in _TOWN_OR_PROVINCE:
        return place
    want = PLACE_NOUNS.get(_base(tokens[before].text))
    if want is None or want == place.feature or want not in _TOWN_OR_PROVINCE:
        return place
    own = place.name_en if place.feature == "admin1" else place.admin1
    for c in gazetteer.candidates(key, guarded=True):
        if c.feature == want and c.country == place.country and \
                (c.name_en if c.feature == "admin1" else c.admin1) == own:
            return c
    return place


# nouns of a street or district, which towns name after countries and great cities
_STREET_NOUNS: Final[frozenset[str]] = place_words("street_nouns")
_GREAT_CITY: Final = 500_000


def _street_named(tokens: Sequence[Token], before: int, place: Place, key: str,
                  gazetteer: Gazetteer) -> Place:
    """``place`` named right after a street or district noun (token
    ``before``): a country, a province or a great city there is the street's
    or district's name, not where it is (no district is that large), so the
    place is the street itself, unlocated (eventx.place_context may give it
    the country of the next place named within a few words, or of the one
    right before it: حي الرياض بسوسة is in Sousse, جدة حي الأندلس in Jeddah).  A town or a neighbourhood the gazetteer knows
    stays itself (حي المنصور), and so does a name with its own place noun
    (حي مدينة الصدر)."""
    if before < 0 or _base(tokens[before].text) not in _STREET_NOUNS:
        return place
    if place.feature == "site" or (place.feature in ("city", "admin2")
                                   and place.population < _GREAT_CITY):
        return place
    if key.split()[0] in PLACE_NOUNS:
        return place
    name = f"{_base(tokens[before].text)} {normalize_key(key)}"  # as written
    country, admin1 = None, None
    end = before + 1 + len(key.split())
    # the next place named within a few words, else the one right before
    # the noun (في جدة حي الأندلس)
    for t in [*tokens[end:end + 6], *tokens[max(0, before - 2):before][::-1]]:
        near = next((c for b in _bases(t.text) for c in gazetteer.candidates(b)[:1]), None)
        if near is not None and near.country:
            country = near.country
            admin1 = near.name_en if near.feature == "admin1" else near.admin1
            if near.feature == "country":
                admin1 = None
            break
    return Place(name, transliterate(name), None, "site", country, admin1)


def direction_base(token: str) -> str:
    """A direction word without its proclitic (بشمال → شمال)."""
    return _base(token)


def name_base(token: str) -> str:
    """A word around a place name without one name proclitic (لولاية → ولاية)."""
    return _base(token)


# the last word of every direction phrase: a phrase right before a token ends
# in the word before it (as written; a one-word phrase may carry a proclitic)
_DIRECTION_ENDS: Final = frozenset(k.split()[-1] for k in DIRECTIONS)


def _phrases_before(tokens: Sequence[Token], end: int) -> list[tuple[int, str]]:
    """The phrases of three, two and one words ending right before token
    ``end``, longest first: (first token, key with the first word's
    proclitic dropped)."""
    out: list[tuple[int, str]] = []
    for width in (3, 2, 1):
        s = end - width
        if s < 0:
            continue
        words = [t.text for t in tokens[s:end]]
        words[0] = _base(words[0])
        out.append((s, " ".join(words)))
    return out


def direction_at(tokens: Sequence[Token], first: int) -> tuple[int, str] | None:
    """The direction phrase right before token ``first`` (شمال بغداد، جنوب شرق، بالقرب من):
    (index of its first token, English direction), or None."""
    if first < 1:
        return None
    prev = tokens[first - 1].text
    if prev not in _DIRECTION_ENDS and _base(prev) not in _DIRECTION_ENDS:
        return None  # no phrase ends in the word before (most places): none to build
    for s, key in _phrases_before(tokens, first):
        d = DIRECTIONS.get(key)
        if d is not None:
            return s, d
    return None


def relative_place(direction: str, place: Place) -> Place:
    """A place "``direction`` of ``place``": same country and admin1, coarser.

    ``direction`` is an English word from :data:`DIRECTIONS` values or an
    Arabic direction word (شمال, جنوب شرق…).  The result keeps the reference
    place's coordinates (the best point estimate without a distance), has
    feature "region" and no GeoNames id (it is not the named place), and a
    name_en such as "north of Baghdad".  A country keeps no admin1 (north of
    Iraq spans several governorates); a city or district keeps its admin1.
    """
    d = DIRECTIONS.get(normalize_key(direction), direction.strip().lower())
    if not d:
        raise ValueError("relative_place needs a direction")
    prep = {"central": "central", "outskirts": "outskirts of", "vicinity": "vicinity of",
            "near": "near"}.get(d, f"{d} of")
    ar = (direction.strip() if normalize_key(direction) in DIRECTIONS
          else {v: k for k, v in DIRECTIONS.items()}.get(d, d))
    return Place(
        name=f"{ar} {place.name}", name_en=f"{prep} {place.name_en}", geonames_id=None,
        feature="region", country=place.country,
        admin1=place.admin1 if place.feature not in ("country", "region") else None,
        admin2=place.admin2, lat=place.lat, lon=place.lon, population=0,
    )


def described_region(place: Place) -> bool:
    """A region the gazetteer lists by description rather than by name: its
    English name begins with a lower-case direction ("northern Iraq", not
    "South Lebanon" or "Sinai").  News NER marks only the country in شمال
    العراق, so its mention is the named part (:func:`named_part`)."""
    if place.geonames_id is not None or place.feature != "region":
        return False
    if place.name_en[:1].islower():
        return True
    # a part of a continent (جنوب شرق آسيا): NER marks the continent only,
    # whatever English capitalises ("Southeast Asia")
    words = normalize_key(place.name).split()
    return len(words) >= 2 and words[-1] in _CONTINENTS and all(
        w in DIRECTIONS for w in words[:-1])


# continents (جنوب شرق آسيا is described, not named)
_CONTINENTS: Final[frozenset[str]] = place_words("continents")


# nouns whose remit a world region after them names (see :func:`remit_region`)
_REMIT_NOUNS: Final[frozenset[str]] = place_words("remit_nouns")
# the states of the region, which may come between (رابطة دول جنوب شرقي آسيا)
_REMIT_STATES: Final[frozenset[str]] = place_words("remit_states")


def remit_region(tokens: Sequence[Token], first: int, place: Place, gazetteer: Gazetteer) -> bool:
    """A world region (no country: a continent, part of one, the Middle East)
    whose mention starts at token ``first`` names an institution's remit: an
    institution noun or دول comes right before it or before the regions it
    is coordinated with (قسم الشرق الأوسط وشمال أفريقيا، رابطة دول جنوب شرقي
    آسيا).  Such a phrase tells what a division or a grouping covers, not
    where a deed took place, though its words are those of a region."""
    if place.feature != "region" or place.country:
        return False
    start = first
    for _ in range(3):  # up to three coordinated regions (أوروبا وآسيا وأفريقيا)
        d = direction_at(tokens, start)
        if d is not None:
            start = d[0]
        if start < 1:
            return False
        before = start - 1
        if before >= 1 and any(b in _REMIT_STATES for b in _bases(tokens[before].text)):
            before -= 1  # رابطة دول جنوب شرقي آسيا: the association of the states
        if any(b in _REMIT_NOUNS for b in _bases(tokens[before].text)):
            return True
        if not tokens[start].text.startswith("و"):
            return False
        start = _region_before(tokens, start, gazetteer)
        if start < 0:
            return False
    return False


def _region_before(tokens: Sequence[Token], end: int, gazetteer: Gazetteer) -> int:
    """The first token of a world region's name that ends right before token
    ``end`` (الشرق الأوسط of "الشرق الأوسط وشمال أفريقيا"), or -1."""
    for s, key in _phrases_before(tokens, end):
        if any(p.feature == "region" and not p.country for p in gazetteer.candidates(key)):
            return s
    return -1


def named_part(tokens: Sequence[Token], first: int, last: int) -> int:
    """The first token of the name after leading direction words in
    ``tokens[first..last]`` (شمال شرق سوريا → سوريا), or ``first``."""
    for j in range(last, first, -1):  # the longest direction phrase: جنوب شرق
        d = direction_at(tokens, j)
        if d is not None and d[0] == first:
            return j
    return first


def _spellings(words: Iterable[str]) -> frozenset[str]:
    """Every way a word of ``words`` can be written with one name proclitic: a
    token outside this set cannot be one of them, whatever the finer rules say
    (a set test a token, where the rules cost a call)."""
    return frozenset(p + w for w in words for p in _NAME_PROCLITICS)


_COUNTRY_SPELLINGS: Final = _spellings(_COUNTRY_WORDS)
_NOUN_SPELLINGS: Final = _spellings(PLACE_NOUNS)


def country_words(tokens: Sequence[Token], words: Set[str] | None = None) -> list[int]:
    """Indices of the words that can refer to the story's country (البلاد).
    ``words``: the tokens' texts as a set, when the caller has it: most
    sentences have none of these words, and a set test tells so without a
    pass over the tokens."""
    if words is not None and _COUNTRY_SPELLINGS.isdisjoint(words):
        return []
    return [i for i in word_positions(token_texts(tokens), _COUNTRY_SPELLINGS)
            if _base(tokens[i].text) in _COUNTRY_WORDS]


#: the story's state named by its kind (في المملكة، أنحاء السلطنة) and the
#: countries (ISO codes) that kind can be
_STATE_WORDS: Final[Mapping[str, frozenset[str]]] = place_codes_table("state_words")
_STATE_SPELLINGS: Final = _spellings(_STATE_WORDS)
# words before المملكة/السلطنة that place something inside the state
_IN_STATE: Final[frozenset[str]] = place_words("in_state")


def state_words(tokens: Sequence[Token], words: Set[str] | None = None) -> list[int]:
    """Indices of the words that can name the story's kingdom or sultanate.
    ``words``: as for :func:`country_words`."""
    if words is not None and _STATE_SPELLINGS.isdisjoint(words):
        return []
    return [i for i in word_positions(token_texts(tokens), _STATE_SPELLINGS)
            if _base(tokens[i].text) in _STATE_WORDS]


def state_reference(tokens: Sequence[Token], i: int, gazetteer: Gazetteer,
                    countries: Sequence[str]) -> Place | None:
    """المملكة / السلطنة where something is inside it (في المملكة، بالمملكة،
    مناطق المملكة، جنوب المملكة): the first of ``countries`` (the story's,
    most relevant first) that is a state of that kind, or None.  Followed by
    an adjective it is another name (المملكة المتحدة، المملكة المغربية: the
    gazetteer's)."""
    if i >= len(tokens):
        return None
    tok = tokens[i].text
    kinds = _STATE_WORDS.get(_base(tok))
    if not kinds:
        return None
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if nxt.startswith("ال") and nxt.endswith("ه"):
        return None
    glued_in = any(tok == p + _base(tok) for p in _GLUED_IN) and tok != _base(tok)
    if not glued_in and not (i > 0 and _base(tokens[i - 1].text) in _IN_STATE):
        return None
    cc = next((c for c in countries if c in kinds), None)
    return gazetteer.country(cc) if cc else None


def country_reference(tokens: Sequence[Token], i: int, gazetteer: Gazetteer,
                      countries: Sequence[str]) -> Place | None:
    """البلاد after a direction (شمال البلاد، جنوب شرق البلاد): the document's country."""
    if i >= len(tokens) or _base(tokens[i].text) not in _COUNTRY_WORDS or not countries:
        return None
    if direction_at(tokens, i) is None:
        return None
    return gazetteer.country(countries[0])


#: nouns that make a landmark with the name after them (مطار بيروت، نهر الفرات)
LANDMARK_NOUNS: Final[frozenset[str]] = place_words("landmark_nouns")
# a landmark's adjective NER marks with its name (مطار دبي الدولي)
_LANDMARK_TAIL: Final[frozenset[str]] = place_words("landmark_tail")


def _landmark_noun(token: str) -> bool:
    return any(b in LANDMARK_NOUNS for b in (*_bases(token), *_ka(token)))


def _ka(token: str) -> tuple[str, ...]:
    """The token without a comparison ك (كبحيرة فيكتوريا: like Lake Victoria)."""
    return (token[1:],) if token.startswith("ك") and len(token) > 3 else ()


def place_noun(w: str) -> bool:
    """Whether the normalised word ``w`` is a place noun, with or without the
    article ("القريه" is one, though it ends like a relative adjective)."""
    return w in PLACE_NOUNS or (w.startswith("ال") and w[2:] in PLACE_NOUNS)


def _place_noun_token(token: str) -> bool:
    """Whether ``token`` is a place noun, bare or after a proclitic.  The
    token itself is asked first: ولاية and بلدة open with letters that are
    proclitics elsewhere (و، ب), and without them no noun is left."""
    return token in PLACE_NOUNS or _base(token) in PLACE_NOUNS


def entity_span(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The name inside a place mention, as news NER marks it: without a leading
    administrative place noun (محافظة كركوك → كركوك، دولة قطر → قطر) when a
    name remains, with a landmark noun before it and the landmark's adjective
    after it (مطار دبي الدولي، نهر النيجر، شبه جزيرة عمان).
    A direction stays: جنوب لبنان is the name of a region."""
    if not (0 <= first <= last < len(tokens)):
        return first, last
    while first < last and _place_noun_token(tokens[first].text):
        if _landmark_noun(tokens[first].text):
            break
        first += 1
    if first > 0 and _landmark_noun(tokens[first - 1].text):
        first -= 1
        if first > 0 and _base(tokens[first - 1].text) == normalize_key("شبه"):
            first -= 1
        if last + 1 < len(tokens) and tokens[last + 1].text in _LANDMARK_TAIL:
            last += 1
    elif first > 1 and _base(tokens[first - 1].text) == normalize_key("جزيرة") and \
            _base(tokens[first - 2].text) == normalize_key("شبه"):
        first -= 2  # شبه جزيرة عمان: a peninsula is named with its noun
    return first, last

