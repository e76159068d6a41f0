"""The scene of a story, lent to a later deed of it that names no place.

Why: news names where its incident happened once, in the lead or the
sentence that tells it, and goes on without repeating it ("قُتل عشرة جنود
في مدينة بنغازي" … "وذكر مسعفون أن خمسة آخرين قتلوا في انفجار قنبلة زرعت
بشقة سكنية"; "فجّر انتحاري نفسه عند نقطة تفتيش في الرياض" … "وكشف مصدر أن
الانتحاري أطلق النار على خاله").  A coder reading on places the later deed
where the story stands.

A wrong place is worse than none, so the scene is lent only where the text
leaves no doubt about it:

- the scene is an incident's place: that of an asserted security deed of
  the same story (eventx.merge.story_bounds), named finer than a country and
  known to the gazetteer; never a speaker's office or a meeting's venue
  alone, nor the place of a deed told as the time or cause of another ("بعد
  أشهر على اغتيال نائب في بونتلاند") or as background;
- every place the text names between that place and the deed, in the
  sentences analysed and in those passed over, is the scene or holds it
  (the scene's city, its country); the deed takes the last of them, the
  story's place as it stands when the deed is told ("حي الكرامة جنوب
  العريش" then "مديرية أمن شمال سيناء": North Sinai);
- the deed's own sentence names no other place, known or not: a place noun
  with a name after it ("في منطقة العروبة"، "بمديرية بيحان"، "على الحدود
  السورية التركية"; word list ``own_place_nouns``) says the deed has a place
  of its own, which may lie anywhere, while a bare one ("في المنطقة"، "شرقي
  المدينة") points back to the scene;
- the deed is told as news of the story: asserted, not in a headline, no
  turn to another matter ("من جهة أخرى"، "إلى ذلك"), no flashback ("وكان …
  قد"), no earlier deed brought in as the time of another ("بعد أسبوع على
  خطف"), no day of its own that the scene's incident does not share, and no
  country named in its sentence (by a place or a party's nationality)
  other than the scene's.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

import attrs

from eventx.analysis import PUNCT_CHARS, PlaceMention, Sentence
from eventx.events import Draft
from eventx.grammar_words import words as grammar_words
from eventx.lexicon import Hit
from eventx.dateline import credit as dateline_credit, headline
from eventx.merge import (background, countries_told, cued_anew, dates_agree, flashback,
                          other_matter, places_agree, told_places, unlocated)
from eventx.place_words import words as place_words
from eventx.records import FEATURE_RANK, INCIDENT_MODALITIES, SECURITY_TYPES
from eventx.recalled import timing_cue
from eventx.text.clitics import variants

# the place hits of a span of text the extractor did not analyse (a
# sentence with no trigger word): a place named there may be another scene
PlaceReader = Callable[[int, int], Sequence[Hit]]

# nouns that, with a name after them, name a place of the deed's own
_OWN_NOUNS: Final = place_words("own_place_nouns")
# what may follow such a noun without naming a place: a preposition or a
# locating word ("منطقة قرب مدينة ديار بكر"), a common adjective ("مناطق سكنية")
_NOT_A_NAME: Final = (place_words("locative") | place_words("common_after_region")
                      | frozenset({"علي", "الي", "لدي", "عن", "ضد", "مع"})) - frozenset({"اخري"})
_RELATIVES: Final = grammar_words("relative_pronouns")
# the longest stretch a deed's date may span and still date an incident of
# the story (a week: "الأسبوع الماضي")
_WEEK_DAYS: Final = 7
# the places that hold what lies in them: a region told by a direction
# ("ضواحي كابل"، "جنوب صنعاء") lies beside its town, holding none of it
_CONTAINERS: Final = frozenset({"city", "admin2", "admin1"})


@attrs.frozen
class _Told:
    """A place named at ``start``: resolved (``mention``) in an analysed
    sentence, or only a lexicon key (``key``) in a sentence read for its words."""

    start: int
    mention: PlaceMention | None
    key: str
    sentence_end: int


def scene_placed(events: list[Draft], sentences: Sequence[Sentence],
                 unread: Sequence[tuple[int, int]], stories: Callable[[], Sequence[int]],
                 read: PlaceReader) -> list[Draft]:
    """``events`` (one document's, merged) with each unplaced incident given
    the place of its story's scene where the text allows (module doc).
    ``sentences``: the analysed sentences in order; ``unread``: the spans of
    those passed over; ``stories``: where the document's stories start, all
    but the first (asked only where a deed may take a scene: merging has
    found them once already, and most documents never get this far);
    ``read``: the place hits of a span."""
    scenes = {d.place.start: d for d in events if d.place is not None and _sets_scene(d)}
    if not scenes:
        return events
    wanting = [i for i, d in enumerate(events) if _wants_place(d)]
    if not wanting:
        return events
    told = _places_told(sentences)
    bounds = stories()
    out = list(events)
    hits: dict[tuple[int, int], Sequence[Hit]] = {}

    def read_once(a: int, b: int) -> Sequence[Hit]:
        """A span passed over is read once however many deeds ask past it."""
        if (a, b) not in hits:
            hits[a, b] = read(a, b)
        return hits[a, b]

    for i in wanting:
        d = events[i]
        place = _scene(d, scenes, told, unread, bounds, read_once)
        # (asked last: a walk over the sentence, where the scene is a lookup)
        if place is not None and not _own_place_named(d.sentence):
            out[i] = attrs.evolve(d, place=place)
    return out


def _wants_place(d: Draft) -> bool:
    """An incident told as news of its story, with no place of its own (and
    none named in its sentence: ``_own_place_named``, asked by the caller)."""
    return (d.place is None and d.rule.type in SECURITY_TYPES and d.modality in INCIDENT_MODALITIES
            and not d.recalled and not _over_a_period(d) and not headline(d.sentence.tokens)
            and not other_matter(d) and not flashback(d) and not cued_anew(d))


def _over_a_period(d: Draft) -> bool:
    """The deed is dated by a stretch longer than a week ("هذه السنة"،
    "خلال عام 2014"، "خلال العامين الماضيين"): told of a period, it sums up
    deeds that may have been anywhere, or recalls one from before the story."""
    return any(x is not None and x.start_date is not None and x.end_date is not None
               and (x.end_date - x.start_date).days > _WEEK_DAYS for x in (d.date, d.stretch))


def _sets_scene(d: Draft) -> bool:
    """An incident whose place may set the scene: asserted news told for
    itself, placed at a place the gazetteer locates, in a country and finer
    than it."""
    return (d.place is not None and d.rule.type in SECURITY_TYPES
            and d.modality in INCIDENT_MODALITIES and not d.recalled
            and d.place.place.country is not None and not unlocated(d.place.place)
            and FEATURE_RANK.get(d.place.place.feature, 3) < FEATURE_RANK["country"]
            and timing_cue(d) is None and not background(d))


def _places_told(sentences: Sequence[Sentence]) -> list[_Told]:
    """Every place the analysed sentences name, in order: their resolved
    places (with the implied ones, the unknown ones, those naming what an
    office is of and the countries named as parties), or, in a sentence read
    only for its words, its place hits; never a place in a dateline's credit
    ("«الشرق الأوسط»")."""
    out: list[_Told] = []
    for s in sentences:
        credit = dateline_credit(s.tokens)
        lo, hi = credit if credit is not None else (-1, -1)
        if s.places or s.actors or s.implied or s.dates or s.counts:
            named = [*told_places(s), *(p for p in s.places if p.qualifier or p.place.country is None),
                     *s.implied]
            out += [_Told(p.start, p, p.key, s.end) for p in named if not lo < p.first < hi]
        else:
            out += [_Told(h.start, None, h.key, s.end) for h in s.hits
                    if "place" in h.kinds and not lo < h.first < hi]
    out.sort(key=lambda t: t.start)
    return out


def _scene(d: Draft, scenes: dict[int, Draft], told: list[_Told], unread: Sequence[tuple[int, int]],
           bounds: Sequence[int], read: PlaceReader) -> PlaceMention | None:
    """The story's place for ``d``, or None where the text leaves it in doubt."""
    s = d.sentence
    story = max((b for b in bounds if b <= s.start), default=0)
    host: Draft | None = None
    told_in = 0  # where the sentence that names the scene ends
    between: list[PlaceMention] = []
    # names a sentence read only for its words gives: the scene's own names
    # (or those of a place holding it, named between) at most
    loose: set[str] = set()
    for t in reversed([t for t in told if story <= t.start < s.start]):
        host = scenes.get(t.start)
        if host is not None:
            told_in = t.sentence_end
            break
        if t.mention is None:
            loose.add(t.key)
        else:
            between.append(t.mention)
    if host is None or host.place is None:
        return None
    scene = host.place
    own = [t.mention for t in told if s.start <= t.start < s.end]
    if not all(m is not None and _holds(m, scene) for m in (*between, *own)):
        return None
    named = {scene.key, *(m.key for m in between)}
    if not loose <= named:
        return None
    if d.date is not None and host.date is not None and not dates_agree(d, host):
        return None
    countries = countries_told(d)
    if countries and scene.place.country not in countries:
        return None
    # the sentences passed over between the scene and the deed name no other place
    if any(scene.end <= a and b <= s.start and not {h.key for h in read(a, b)} <= named
           for a, b in unread):
        return None
    # a place holding the scene that a later sentence names is where the
    # story stands now ("حي الكرامة جنوب العريش" then "مديرية أمن شمال
    # سيناء"), unless it is the whole country; one named with the scene
    # ("بمدينة بعقوبة بشرق العراق") only says where the scene lies
    rank = FEATURE_RANK.get(scene.place.feature, 3)
    later = [m for m in between if m.start >= told_in and m.place.feature in _CONTAINERS
             and rank < FEATURE_RANK[m.place.feature] and m.place.country is not None]
    return later[0] if later else scene


def _holds(m: PlaceMention, scene: PlaceMention) -> bool:
    """The place named is the scene's or holds it (its city, its country).
    A place the gazetteer does not locate ("بمنطقة حزيز") may lie anywhere."""
    if m.place == scene.place:
        return True
    return (not unlocated(m.place) and places_agree(m, scene)
            and FEATURE_RANK.get(m.place.feature, 3) >= FEATURE_RANK.get(scene.place.feature, 3))


def _own_place_named(s: Sentence) -> bool:
    """The sentence names a place by a place noun and a name after it that
    no resolved place covers: "في منطقة العروبة"، "بمديرية بيحان" (indefinite
    noun and a name), "على الحدود السورية" (definite noun and a nisba),
    "على ضفاف بحيرة تشاد" (a noun and a country: a site of it).  A noun
    heading a place the gazetteer knows ("محافظة تعز") is that place;
    a bare one ("في المنطقة"، "شرقي المدينة") or one before a locating word
    ("منطقة قرب مدينة ديار بكر") names none of its own."""
    texts = s.texts
    # where a place the noun may head starts: not a country, which with a
    # noun before it names a site ("بحيرة تشاد"، "حدود سوريا"), no country
    heads = ({p.first for p in (*s.places, *s.implied) if p.place.feature != "country"}
             | {a.first for a in s.actors if a.place_too and a.place_too[0].feature != "country"})
    named = {k for a in s.actors for k in range(a.first, a.last + 1)}
    for i, tok in enumerate(texts[:-1]):
        if i in named:
            continue  # an organisation's name ("قيادة المنطقة العسكرية الرابعة")
        forms = variants(tok)
        definite = any(v[:2] == "ال" and v[2:] in _OWN_NOUNS for v in forms)
        if not definite and _OWN_NOUNS.isdisjoint(forms):
            continue
        if not heads.isdisjoint((i, i + 1)):
            continue
        nxt = texts[i + 1]
        if not nxt.strip(PUNCT_CHARS):
            continue
        if definite:
            if _nisba(nxt):
                return True
        elif _NOT_A_NAME.isdisjoint(variants(nxt)):
            return True
    return False


def _nisba(word: str) -> bool:
    """A definite adjective of relation ("السورية"، "الحدودي"، "الأخرى")."""
    return (word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))
            and word not in _RELATIVES and word[2:] not in _NOT_A_NAME)
