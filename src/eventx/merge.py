"""The document pass: mentions of one incident become one event.

News repeats an incident (a headline, the lead, a quote, a follow-up "the
attack"); analysts want it counted once.  Two drafts merge when their types
agree (or one is the vague ``attack``), nothing they state conflicts (place,
date), and something links them (a shared place or actor, or an anaphoric
definite trigger such as والهجوم with nothing of its own).  The merged event
keeps the most complete mention as its anchor and fills gaps from the others.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Final
import bisect
import datetime as dt
import math

import attrs

from eventx.actors import ROLE_ONLY_CODES, ActorDictionary
from eventx.also_taken import also_taken
from eventx.arrest_raids import raids_into_arrests
from eventx.analysis import ActorMention, PlaceMention, Sentence, prev_word
from eventx.compared_date import compared_deed_after
from eventx.counts import CountMatch, can_hold
from eventx.dateline import CREDIT_WORDS, PLACE_WORDS, credit, headline, opens_dateline
from eventx.dates import DateMatch
from eventx.dead_doers import dead_doers
from eventx.deed_cause import told_as_cause
from eventx.construct_state import definite_genitive
from eventx.deed_site import at_deed_site, pointed_back
from eventx.grammar_words import words as grammar_words
from eventx.head_fill import folded, same_head
from eventx.lexicon import Hit
from eventx.lookalike_toll import bare_toll
from eventx.month_deed import month_deed
from eventx.events import (ABSTRACT_NOUN_TYPES, AFTER_WORDS, Draft, connective_at, since_dated,
                           toll_mention)
from eventx.compiled import TriggerForm
from eventx.ordinals import rank_after
from eventx.packs.forms import noun_forms
from eventx.recalled import marked, own_slots, relative_head, timing_cue
from eventx.several_deeds import SEVERAL, one_of_several, several, toll_in_several
from eventx.speakers import refers_back as speaker_told_before
from eventx.target_places import by_target_places
from eventx.victim_groups import foreign_victim_group
from eventx.roundup_items import added_item, roundup_item
from eventx.records import FEATURE_RANK, ActorInfo, INCIDENT_MODALITIES, SECURITY_TYPES, Place

SPECIFIC: Final = INCIDENT_MODALITIES
# a deed or toll dropped as the look-alike of a disaster or an accident, with
# its sentence (eventx.events.lookalike_deeds)
Lookalike = tuple[Sentence, Hit]
VAGUE: Final = frozenset({"attack", "armed_clash", "killing"})
# incident types an unspecified "attack" never names
NEVER_VAGUE: Final = frozenset({"arrest"})
# encounters between parties: one per pair of sides, however many a day holds
ENCOUNTERS: Final = frozenset({"phone_call", "meeting"})
# An article mentions a few dozen incidents at most; comparing each mention with
# the last LOOKBACK events keeps pathological inputs (lists of thousands) linear.
LOOKBACK: Final = 48
MAX_PASSES: Final = 4


def _places_agree(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa == pb or (pa.geonames_id is not None and pa.geonames_id == pb.geonames_id):
        return True
    if pa.country and pb.country and pa.country != pb.country:
        return False
    # a place known only by its words ("مطار العاصمة كابول") agrees with a place
    # whose name it contains (كابول)
    if (pa.geonames_id is None and pb.name and pb.name in pa.name) or (
            pb.geonames_id is None and pa.name and pa.name in pb.name):
        return True
    # a country, or a region without finer data, contains whatever lies in it;
    # a region within a governorate ("جنوب غرب مأرب"، "شمال شرق الفلوجة")
    # only what lies in that governorate or near its point (``_region_holds``)
    if pa.feature == "country" or pb.feature == "country":
        return True
    if pa.feature == "region" or pb.feature == "region":
        return _region_holds(pa, pb) and _region_holds(pb, pa)
    # containment: a site or district inside the other's governorate or city
    names_a = {pa.name_en, pa.admin1, pa.admin2} - {None}
    names_b = {pb.name_en, pb.admin1, pb.admin2} - {None}
    return pa.name_en in names_b or pb.name_en in names_a


# how far from the point of a region within a governorate a place of another
# governorate may lie and still be in it ("شمال بغداد" reaches into Diyala;
# the point may be the governorate's, not the town's: Marib's lies 95 km from Sanaa)
LOCAL_REGION_KM: Final = 50.0
# how far past a governorate's border the surroundings of a place told by
# "قرب"، "محيط"، "ضواحي" may reach: a town across the border, not the next city
SURROUNDINGS_KM: Final = 15.0
# how eventx.places.relative_place names the surroundings of a place ("قرب
# مخيم اليرموك"): as local as the place itself, holding no other site
_SURROUNDINGS: Final = ("near ", "vicinity of ", "outskirts of ")


def _region_holds(region: Place, other: Place) -> bool:
    """Whether ``region``, if it is one, may hold ``other``.  A region told
    by a direction from a town ("جنوب غرب مأرب"، "شمال شرق بغداد") or a named
    area of a governorate has the governorate and the town's point: it holds
    a place of that governorate or near that point, not any place of the
    country, so the coalition's raids in Sanaa and "أربع غارات في جبهة
    الجفينة جنوب غرب مأرب" are two incidents.  A region with no governorate
    ("جنوب شرق تركيا"، "شمال العراق") holds whatever its country holds, and
    a place whose governorate the records lack (a street, a quarter) may lie
    in any region."""
    if region.feature != "region" or not region.admin1 or not other.admin1 \
            or other.feature == "admin1":
        return True  # no governorate on one side: nothing to tell them apart by
    # (a governorate's point is its middle: "55 كلم غرب بغداد" lies at Anbar's
    # edge, far from that point, so a governorate stays as coarse as before;
    # the surroundings of a place, "قرب مخيم اليرموك", reach only past its edge)
    reach = SURROUNDINGS_KM if region.name_en.startswith(_SURROUNDINGS) else LOCAL_REGION_KM
    return other.admin1 == region.admin1 or _near(region, other, reach)


# words of a night-time date: a night straddles the date line, so "late on
# Saturday" and "last night" said on Sunday name one night a day apart.  An
# evening (مساء السبت) stays on its day: it is no such word.
_NIGHT_WORDS: Final = frozenset({"ليله", "الليله", "ليل", "الليل", "فجر", "الفجر", "متاخر", "منتصف"})
_ONE_DAY: Final = dt.timedelta(days=1)


def _night(d: Draft) -> bool:
    if d.date is None or d.date.start >= d.date.end:
        return False
    first, last = d.sentence.token_at(d.date.start), d.sentence.token_at(d.date.end - 1)
    return any(w in _NIGHT_WORDS or w[1:] in _NIGHT_WORDS
               for w in d.sentence.texts[first:last + 1])


# "في أعقاب الهجوم"، "إثر الهجوم": the deed came before what the clause dates
_AFTER_WORDS: Final = AFTER_WORDS | {"اعقاب", "منذ"}


def _dated_after(d: Draft) -> bool:
    """The trigger follows "في أعقاب"/"إثر"/"عقب" and the date stands before
    it: "نشرت الشرطة دوريات أمس الإثنين، في أعقاب الهجوم على مسجد" dates the
    patrols, and the attack came on that day or before it."""
    if d.date is None or d.date.end > d.trigger.start or d.trigger.first < 1:
        return False
    return _word_before(d, _AFTER_WORDS, 2)


def _word_before(d: Draft, words: frozenset[str], reach: int) -> bool:
    """One of ``words`` (bare or after one proclitic letter) stands among the
    ``reach`` tokens right before the trigger."""
    return any(w in words or w[1:] in words
               for w in d.sentence.texts[max(0, d.trigger.first - reach):d.trigger.first])


# how far after a speech verb the day of the words stands: its subject between
# ("قالت وزارة الدفاع الأمريكية (البنتاغون) اليوم الجمعة إن غارة …")
_SAID_REACH: Final = 7
# words that open the reported clause: a day after them is the deed's own
_THAT: Final = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها", "لان", "حيث"})


def _said_on(d: Draft) -> bool:
    """The mention's day stands in the clause that reports it, between a speech
    verb and the deed ("قالت وزارة الدفاع اليوم الجمعة إن غارة جوية قتلت …"،
    "أفاد مصدر اليوم الجمعة بمقتل 18 خلال الاشتباكات"، "وأشار في تصريح له صباح
    أمس إلى … الاعتداء"): the day the source spoke, which the deed came on or
    before; so is a day in an aside after the deed ("غارات جوية … في مقتل عشرة
    أطفال، بحسب ما أعلنته المنظمة اليوم الأحد").  A day after "إن"/"أن" is
    the deed's own ("قال إن مسلحين هاجموا أمس").  Deeds told over a stretch
    ("احتجزت حوالى 20 في الأيام الأخيرة") are several, of which a deed of one
    day is one, not their retelling."""
    if d.date is None:
        return False
    s = d.sentence
    if not s.start <= d.date.start < s.end or any(x.vague for x in s.dates):
        return False
    at = s.token_at(d.date.start)
    texts = s.texts
    return any("speech_verb" in h.classes and 0 < at - h.last <= _SAID_REACH
               and not h.last < d.trigger.first < at
               and not any(texts[j] in _CLAUSE_MARKS or texts[j] in _THAT
                           for j in range(h.last + 1, at))
               for h in s.hits)


# how many days before its report news tells a deed it reports
_REPORT_LAG: Final = 15


def _bound_above(d: Draft, other: Draft) -> bool:
    """``d``'s date bounds the deed from above only, and ``other``'s date
    falls within that bound: ``d`` dates what followed the deed
    (``_dated_after``), or the words reporting it (``_said_on``), which
    report a deed of some day shortly before them ("قالت وزارة الدفاع اليوم
    الجمعة إن غارة …" and "ضربة وقعت في 11 يوليو"), not one of a month or a
    year ago ("وفي فبراير خطف مقاتلو التنظيم 250"), which news tells as
    background, nor one of a sentence that adds another matter ("إلى ذلك").  The day of the words counts so only against a mention in
    another sentence: in its own it dates every deed the words report
    alike, and a deed there with a day of its own is another ("أعلن الوزير
    اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف … أمس الأول الجمعة")."""
    assert d.date and d.date.end_date and other.date and other.date.end_date
    if _dated_after(d):
        return other.date.end_date <= d.date.end_date
    return (d.sentence is not other.sentence and other.date.precision == "day"
            and 0 <= (d.date.end_date - other.date.end_date).days <= _REPORT_LAG
            and not _adds_another(other) and not _adds_another(d) and _said_on(d))


def _dates_agree(a: Draft, b: Draft) -> bool:
    if a.date is None or b.date is None:
        return _stretch_agrees(a, b) and _stretch_agrees(b, a)
    assert a.date.start_date and a.date.end_date and b.date.start_date and b.date.end_date
    if a.date.start_date <= b.date.end_date and b.date.start_date <= a.date.end_date:
        return True
    # a date told of what followed the deed, or (told in another sentence) of
    # the words that report it, bounds it from above only
    if _bound_above(a, b) or _bound_above(b, a):
        return True
    # a day apart (checked first: reading the words costs more)
    return (a.date.start_date <= b.date.end_date + _ONE_DAY
            and b.date.start_date <= a.date.end_date + _ONE_DAY and (_night(a) or _night(b)))


def _stretch_agrees(a: Draft, b: Draft) -> bool:
    """``a``'s background stretch ("خلال الأيام الماضية"، "مؤخرا"), where no
    firmer date dates it, may hold ``b``'s date.  A stretch is a weak date:
    a mention told "in recent days" and another told on a day both tell one
    incident, so a stretch never parts mentions whose dates it nearly holds.
    But a date that ends long before the stretch starts (earlier by more
    than the stretch's own length: "في مارس 2015" against "خلال الأيام
    الماضية") is an older incident recalled, not the one of recent days."""
    x, y = a.stretch, b.date
    if a.date is not None or x is None or y is None or x.start_date is None \
            or x.end_date is None or y.end_date is None:
        return True
    return y.end_date >= x.start_date - (x.end_date - x.start_date)


def _narrower(a: DateMatch | None, b: DateMatch | None) -> DateMatch | None:
    """The date of two agreeing mentions that pins the incident more closely
    ("السبت" over "الليلة الماضية", a day over "this week")."""
    if a is None or b is None or a.start_date is None or a.end_date is None \
            or b.start_date is None or b.end_date is None:
        return a or b
    return b if (b.end_date - b.start_date) < (a.end_date - a.start_date) else a


def _incident_date(main: Draft, other: Draft) -> DateMatch | None:
    """The merged event's date: the narrower of the two, except that a date
    told of what followed the deed (``_dated_after``) yields to the date the
    other mention gives the deed itself ("حادث إطلاق النار الذي وقع الأحد")."""
    if main.date is not None and other.date is not None and _dated_after(main) \
            != _dated_after(other):
        return other.date if _dated_after(main) else main.date
    if (main.date is not None and other.date is not None and _apart(main.date, other.date)
            and _said_on(main) != _said_on(other)):
        # the day the source spoke yields to the day the deed came on
        return other.date if _said_on(main) else main.date
    return _narrower(main.date, other.date)


def _apart(a: DateMatch, b: DateMatch) -> bool:
    """The two dates share no day."""
    assert a.start_date and a.end_date and b.start_date and b.end_date
    return a.end_date < b.start_date or b.end_date < a.start_date


def _same_day(a: Draft, b: Draft) -> bool:
    if a.date is None or b.date is None:
        return False
    return (a.date.start_date == b.date.start_date and a.date.end_date == b.date.end_date
            and a.date.precision == "day")


def _shared_actor(a: Draft, b: Draft, plain: bool = True) -> bool:
    """One party on the same side of both deeds.  A party that strikes in one
    mention and is struck in the other links nothing: "هدد أتباع التنظيم
    الإمارات" and "قطر يتوعد التنظيم" are two threats.  With ``plain`` false,
    a party named by a plain common noun (``_plain_party``) links only where
    ``b`` names it definitely (``_definite_mention``)."""
    ka = {(_ROLE_GROUP.get(r, r), x.info.name_en, x.info.code) for r, x in a.actors
          if r != "source"}
    return any((_ROLE_GROUP.get(r, r), x.info.name_en, x.info.code) in ka
               for r, x in b.actors if r != "source"
               and (plain or not _plain_party(x) or _definite_mention(b, x)))


# the article, bare or behind a proclitic: a word so spelt is definite
_ARTICLE_FORMS: Final = ("ال", "وال", "فال", "بال", "لل")


def _definite_mention(d: Draft, m: ActorMention) -> bool:
    """The actor is named by a definite noun phrase ("المسلحين"، "الشرطيين"،
    "عناصر الشرطة": definite by its last word), which refers back to the
    party named before; an indefinite one ("مسلحون"، "انتحاري") brings
    new people on.  A merged mention holds the actors of its other mentions,
    told in other sentences: how those were named is not read here."""
    s = d.sentence
    return s.start <= m.start < s.end and s.texts[m.last].startswith(_ARTICLE_FORMS)


def _plain_party(m: ActorMention) -> bool:
    """A party named by a plain common noun, no name, no country: "مسلحون"،
    "المهاجم"، "انتحاري"، "المدنيين"، "الشرطة"، "مسجد" (codes that give only a
    role, UAF, CVL, COP; things without a code).  Such a party is in every
    incident of its kind: named again definitely ("المسلحين") it refers back
    to the gunmen told before, but an indefinite one ("اقتحم مسلحون مركزا
    للشرطة"، "مقتل 10 مدنيين") ties a mention only to the incident told
    nearest before it (``_referent``), never past another incident to the
    first gunmen of the article.  A person with a name, or a thing of a
    named owner ("mosque of emergency forces") or place, is no plain party."""
    i = m.info
    if i.country is not None or " of " in i.name_en or " in " in i.name_en:
        return False
    return (i.code is None and i.kind != "person") or (i.code is not None and len(i.code) == 3)


def _parties(d: Draft) -> set[tuple[str, str | None]]:
    """The people taking part, as named in the text.  An honorific pronoun
    (سموه) is left out, since whom it stands for is a guess; so are countries
    and bodies, which a visit goes to ("زار طهران حيث التقى ظريف") and whose
    delegates a later sentence names."""
    return {(x.info.name_en, x.info.code) for r, x in d.actors
            if r == "participant" and not x.honorific and x.info.kind == "person"}


def _other_parties(e: Draft, d: Draft) -> bool:
    """Two calls or meetings with different parties are two encounters:
    "تلقى سموه اتصالا هاتفيا من X" and then "كما تلقى اتصالا هاتفيا من Y" share
    the host, not the call.  News introduces a new encounter as the indefinite
    object of a verb (تلقى اتصالاً، عقد اجتماعاً): then one party the other lacks
    on each side tells them apart.  A verb (التقى) may retell one with its
    attendees, so only wholly different parties part it.  A sentence that
    adds ("كما"، "إلى ذلك") and introduces an encounter with a party the
    earlier lacks tells another one, even where the earlier's counterpart
    went unread ("برئيس جمهورية مصر العربية عبدالفتاح السيسي").  Any other noun may
    refer back ("خلال الاتصال"، "بعد محادثاته"، "زيارة كارتر"), and a plural one
    ("عدة اتصالات") sums up the calls that follow."""
    if e.rule.type not in ENCOUNTERS or d.rule.type not in ENCOUNTERS:
        return False
    later = d if d.trigger.start >= e.trigger.start else e
    if "plural" in (e.form.pos, d.form.pos):
        return False
    pe, pd = _parties(e), _parties(d)
    if not pe or not pd:
        return False
    shared = pe & pd
    if _new_object(later) and _adds_another(later) and (pd if later is d else pe) - shared:
        return True  # "كما تلقى اتصالا من Y": another call, though the first's party went unread
    if later.form.pos == "verb":
        return not shared
    return _new_object(later) and bool(pe - shared) and bool(pd - shared)


def _new_object(d: Draft) -> bool:
    """The trigger is an indefinite accusative noun, "اتصالاً"، "اجتماعاً": the
    object by which a verb introduces a new encounter."""
    tok = d.sentence.texts[d.trigger.first]
    head = d.trigger.key.split(" ", 1)[0]  # "اتصال هاتفيا": the noun heads the phrase
    return (d.form.pos != "verb" and tok.endswith("ا") and not head.endswith("ا")
            and not tok.startswith(_ARTICLE_FORMS))


def _definite(d: Draft) -> bool:
    """A definite nominal trigger ("the attack", "the explosion") refers back.
    A construct of several words is definite by its last word ("إطلاق النار"),
    and an incident noun by a definite genitive after it ("لهجوم الحوثيين"،
    "تفجير السفارة": ``definite_genitive``), which names no new incident
    either.  Not so words or meetings: the genitive of "إدانة السلطنة" or
    "زيارة أوباما" is who speaks or comes, and "the sultanate's condemnation"
    may well be news of its own."""
    if d.form.pos not in ("noun", "plural", "phrase"):
        return False
    tok = d.sentence.texts[d.trigger.last]
    return tok.startswith(_ARTICLE_FORMS) or (
        d.rule.type in SECURITY_TYPES and definite_genitive(d.sentence, d.trigger.last, _named))


def _named(m: ActorMention) -> bool:
    """A party named by a name, no plain common noun (``_plain_party``)."""
    return not _plain_party(m)


def _anaphoric(d: Draft) -> bool:
    """A definite nominal trigger with no place of its own: "the attack"."""
    return _definite(d) and d.place is None


def _same_place(pa: Place, pb: Place) -> bool:
    return pa == pb or (pa.geonames_id is not None and pa.geonames_id == pb.geonames_id)


def _place_as_actor(a: Draft, b: Draft) -> bool:
    """The place of one mention is an actor of the other: "هجومين داميين بطهران"
    and "لاعتداءات طهران" (Tehran the target) are one incident.  Only a struck
    place counts: a country taking part in talks is no venue."""
    if a.place is None or a.rule.type not in SECURITY_TYPES or b.rule.type not in SECURITY_TYPES:
        return False
    pa = a.place.place
    return any(_same_place(pa, p) for r, m in b.actors if r in ("target", "victim")
               for p in m.place_too)


def _linked(a: Draft, b: Draft) -> bool:
    if a.sentence is not b.sentence and a.rule.type == b.rule.type == "statement":
        return _speech_back(a, b)
    return _evidence(a, b) or _refers_back(a, b)


def _speech_back(a: Draft, b: Draft) -> bool:
    """Two statements of two sentences are one declaration by who makes it
    (``_same_speaker``, ``_continued`` …), not by a place, a day or a party
    both name: "ودعا البرلماني عن محافظة الأنبار" and "وقال رئيس مجلس
    محافظة الأنبار في تصريح" are two men speaking.  Nor does an earlier
    definite noun ("التصريحات") draw in a later verb, which has a subject of
    its own.  What remains is a speech noun referring back ("وعد الزياني هذه
    التصريحات"، "وجاءت تصريحاته"), and only to the words of the sentence
    right before it: further on, the thread is lost (``speakers``)."""
    early, late = (a, b) if a.trigger.start <= b.trigger.start else (b, a)
    return (late.form.pos != "verb" and (_definite(late) or _possessed(late))
            and 0 <= late.sentence.start - early.sentence.end <= _ADJACENT)


def _refers_back(a: Draft, b: Draft) -> bool:
    """A definite mention that may name the other ("الهجوم"): an earlier
    definite mention ("الحملة الأمنية") is referred back to by a verb or a
    definite noun, never by an indefinite noun: "عدة حملات مشتركة"
    introduces campaigns of its own."""
    return (_definite(b) or _deed_subject(b) or _own_encounter(a, b)
            or (_definite(a) and not _indefinite_noun(b)))


def _own_encounter(a: Draft, b: Draft) -> bool:
    """``b`` names the call or visit of ``a``, told in the sentence right
    before it, by a noun with a possessive pronoun ("أجرى الأمير اتصالاً
    هاتفياً نقل فيه التعازي" then "وأكد الأمير خلال اتصاله بأسرة الشهيد"):
    the pronoun is the host just named.  Further on, "زيارته" may be
    anyone's."""
    return (a.rule.type == b.rule.type and b.rule.type in ENCOUNTERS and a.sentence is not b.sentence
            and 0 <= b.sentence.start - a.sentence.end <= _ADJACENT and _possessed(b))


def _deed_subject(d: Draft) -> bool:
    """A verb whose subject is a definite deed noun right before it ("الهجوم
    استهدف"، "التفجير وقع"): the noun names a deed told before, and the verb
    only says more of it."""
    if d.form.pos != "verb" or d.trigger.first < 1:
        return False
    prev = d.trigger.first - 1
    tok = d.sentence.texts[prev]
    return tok.startswith(("ال", "وال", "فال")) and any(
        h.last == prev and any(e.value.pos != "verb" for e in h.of_kind("trigger")
                               if isinstance(e.value, TriggerForm))
        for h in d.sentence.hits)


def _evidence(a: Draft, b: Draft, plain: bool = True) -> bool:
    """Something the two mentions state alike ties them: a place, a party, the
    day, the toll, the encounter.  Definiteness alone is no such thing: see
    ``_referent``; nor, with ``plain`` false, a party named by a plain common
    noun (``_plain_party``)."""
    shared_place = ((a.place is not None and b.place is not None and _places_agree(a.place, b.place))
                    or _place_as_actor(a, b) or _place_as_actor(b, a))
    # the same day links a vague "attack" to any incident, and two mentions of
    # one type ("انفجرت سيارة ملغومة أمس الاثنين" and "أعلنت طالبان المسؤولية
    # عن هجوم أمس الاثنين الانتحاري")
    vague_same_day = ("attack" in (a.rule.type, b.rule.type)
                      or (a.rule.type == b.rule.type and a.rule.type in SECURITY_TYPES
                          and _tolls_agree(a, b))) and _same_day(a, b) and not _told_elsewhere(a, b)
    return (shared_place or vague_same_day or _shared_actor(a, b, plain) or _same_toll(a, b)
            or _same_encounter(a, b) or _retold(a, b) or _cause_told(a, b))


def _cause_told(a: Draft, b: Draft) -> bool:
    """The later of two mentions is told as the cause of the earlier, in its
    sentence or the sentence right after it ("مقتل جنديين جراء هجوم …" then
    "وأكد المصدر أن الهجوم نجم عن تفجير عبوة ناسفة": ``told_as_cause``): the
    cause clause's subject refers back to the incident just told, and the
    deed after "نجم عن" is how it was done."""
    early, late = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    return told_as_cause(late.sentence.tokens, late.trigger.first) and (
        early.sentence is late.sentence
        or 0 <= late.sentence.start - early.sentence.end <= _ADJACENT)


# how many characters part two sentences told one after the other ("، " "\n")
_ADJACENT: Final = 5
# "أيضا"، "كذلك": the sentence tells one more deed beside the one told before
_ALSO: Final = frozenset({"ايضا", "كذلك"})


def _retold(a: Draft, b: Draft) -> bool:
    """The later of two mentions of one way of fighting, in the sentence right
    after the other's, reports it as a source told it ("أطلق مجهولان النار
    السبت على القيادي طلال الأردني" then "وقال المصدر: تعرض القيادي لإطلاق
    نار من مجهولين"، "اعتقلت الشرطة الإيطالية تونسيا وباكستانيا" then
    "وذكرت الشرطة في بيان أن الرجلين اعتقلا في بريشيا"): news states the
    incident in its lead and retells it in the words of its source.  A
    source that adds another deed says so ("كما أعلنت"، "أيضا"، "هجوم آخر"،
    "الهجوم الذي أعقب تفجيرا انتحاريا"),
    and one that gives another toll tells another deed; a plural after a
    singular may sum up several, and so may a noun counted by the several
    ("عدة حملات مشتركة").  An indefinite noun is how a source's words retell
    the deed ("وأوضح المصدر أن مواجهات عنيفة اندلعت" after "الاشتباكات
    التي اندلعت"): the report, not the article, introduces it."""
    early, late = (a, b) if a.sentence.start < b.sentence.start else (b, a)
    if (a.rule.type != b.rule.type or a.rule.type not in SECURITY_TYPES or early.sentence is late.sentence
            or not 0 <= late.sentence.start - early.sentence.end <= _ADJACENT):
        return False
    if late.form.pos == "plural" and early.form.pos != "plural":
        return False
    if _counted_apart(late) or not _tolls_agree(a, b) or _flashback(early):
        return False
    if _indefinite_noun(late) and _word_before(late, _SEVERAL, 2):
        return False  # "عدة حملات مشتركة" after "الحملة الأمنية": campaigns of their own
    return _reports(late)


# words that count deeds by the several: "عدة حملات"، "سلسلة غارات"، "عشرات الهجمات"
_SEVERAL: Final = SEVERAL


# "وكان/وكانت … قد": the sentence goes back to what came before the news
_WAS: Final = frozenset({"كان", "كانت", "وكان", "وكانت"})


def _flashback(d: Draft) -> bool:
    """The sentence opens with "وكان"/"وكانت" ("وكانت جماعة سلفية أعلنت في
    مايو أنها أطلقت قذيفتين"): background the next sentence does not retell."""
    toks = d.sentence.tokens
    texts = d.sentence.texts
    return bool(toks) and texts[0] in _WAS


def _reports(d: Draft) -> bool:
    """The sentence opens with a speech verb that reports the deed after it:
    "وقال المصدر …"، "وذكرت الشرطة في بيان أن …"، "ونقلت رويترز عن الشرطة أن …".
    Words the source added after another speech verb ("وقالت الخلية إن
    المتهمين سيحالون للقضاء، وأضافت أنه تم توقيف عدد من الضباط") tell more
    than the deed told before."""
    said = [h.first for h in d.sentence.hits
            if "speech_verb" in h.classes and h.last < d.trigger.first]
    return len(said) == 1 and said[0] <= 1


def _countries_told(d: Draft) -> frozenset[str]:
    """Where a mention is told to be: its own place's country, else the
    countries its sentence names, by a place or an actor's nationality ("قال
    الجيش المصري إن هجوما وقع"): the sentence's setting when the deed has
    no place of its own.  The country of whoever did the deed counts too:
    a deed across a border ("قصفت المقاتلات التركية مواقع الحزب شمال
    العراق"، Houthi shells on Jazan) is told of both countries, and a
    mention that names only the side it came from may tell the same deed.
    Whom it befell adds nothing: struck abroad, they are where the place
    says."""
    alpha2 = ActorDictionary.default().alpha2
    own = {c for r, m in d.actors
           if _ROLE_GROUP.get(r, r) == "agent" and (c := alpha2(m.info.country)) is not None}
    if d.place is not None:
        c = d.place.place.country
        return frozenset(own | {c}) if c else frozenset()
    named = own | {p.place.country for p in d.sentence.places if p.place.country}
    named |= {c for m in d.sentence.actors if (c := alpha2(m.info.country)) is not None}
    return frozenset(named)


def _told_elsewhere(a: Draft, b: Draft) -> bool:
    """The two mentions are set in different countries, as far as their
    sentences tell: a vague "attack" the same day as a clash is no sign of
    one incident when one is in Sinai and the other's sentence speaks of
    Yemen only.  A mention whose sentence names no country is no sign either way."""
    ca, cb = _countries_told(a), _countries_told(b)
    return bool(ca and cb) and ca.isdisjoint(cb)


# kinds of a toll that single an incident out: "16 killed" told twice is one blast
_TOLL_KINDS: Final = ("killed", "wounded", "abducted")


def _toll_sums(d: Draft) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in d.counts:
        out[c.kind] = out.get(c.kind, 0) + c.value
    return out


def _same_toll(a: Draft, b: Draft) -> bool:
    """Two mentions that give one and the same toll ("أسفر هجوم انتحاري استهدف
    مسجدا عن مقتل 16" in the lead, "انتحاريا استهدف مسجدا … مما أسفر عن مقتل 16"
    in the body): news restates its incident with its figures, and two
    incidents of one type with the very same toll are rare.  A single death
    is too common a figure to tell."""
    ta, tb = _toll_sums(a), _toll_sums(b)
    shared = [k for k in _TOLL_KINDS if k in ta and k in tb]
    return bool(shared) and all(ta[k] == tb[k] for k in shared) and max(ta[k] for k in shared) >= 2


def _same_encounter(a: Draft, b: Draft) -> bool:
    """A call or meeting told again the same day without its parties ("واتفق
    الرئيسان في اتصال هاتفي أمس" after "اتصال هاتفي جرى بين الرئيسين أردوغان
    وأوباما"): the parties the first named.  An indefinite object (تلقى
    اتصالاً) introduces a new one whose caller the text may not resolve."""
    if a.rule.type != b.rule.type or a.rule.type not in ENCOUNTERS:
        return False
    later = b if b.trigger.start >= a.trigger.start else a
    earlier = a if later is b else b
    # a later mention with no date and no party of its own retells the one
    # dated before it ("بعد اجتماع ضم الفصائل في حلب" after "اجتمعت …
    # مساء الأربعاء"); left alone, it would take the publication days and
    # part from it.  One that names a party ("زيارة وفد … إلى واشنطن") may
    # be another encounter.
    if not (_same_day(a, b) or (later.date is None and not later.actors
                                and earlier.date is not None
                                and earlier.date.precision == "day")):
        return False
    return not (_parties(a) and _parties(b)) and not _new_object(later)


def _indefinite_noun(d: Draft) -> bool:
    """A nominal trigger without the article: news names a new incident so."""
    return d.form.pos in ("noun", "plural", "phrase") and not _definite(d)


def _tolls_agree(a: Draft, b: Draft) -> bool:
    """No kind of count differs between the mentions: "297 arrested" and
    "251 detained" the same day are two reports, not one.  A vague figure
    agrees with any inside its range: "لقي عشرات الأشخاص مصرعهم في هجوم"
    then "أسفر الهجوم عن مقتل 25" is one toll told twice.  A toll told as
    risen ("ارتفع عدد القتلى في الاعتداء إلى 15"; ``_toll_updated``) is an
    incident's toll brought up to date, which agrees with its first figures."""
    va, vb = _toll_sums(a), _toll_sums(b)
    if all(vb[k] == v for k, v in va.items() if k in vb):
        return True
    if _toll_updated(a) or _toll_updated(b):
        return True
    ra, rb = _toll_ranges(a), _toll_ranges(b)
    differ = [k for k in ra if k in rb and va[k] != vb[k]]
    return all(k in _TOLL_KINDS and ra[k][0] <= rb[k][1] and rb[k][0] <= ra[k][1]
               and (ra[k][0] != ra[k][1] or rb[k][0] != rb[k][1]) for k in differ)


# data/grammar_words.toml: "ارتفع"، "ارتفاع" … (a toll brought up to date); the
# figure stands right after "إلى", at most this many words after the rise word
_TOLL_RISES: Final = grammar_words("toll_rises")
_RISE_REACH: Final = 6
_TO: Final = frozenset({"الي"})
# ... and "حصيلة" with its stage ("حصيلة سابقة"، "حصيلة غير نهائية"), a few
# words before the figure ("وكانت حصيلة سابقة تفيد عن ثمانية قتلى")
_TOLL_WORDS: Final = grammar_words("toll_words")
_TOLL_STAGES: Final = grammar_words("toll_stages")
_STAGE_REACH: Final = 5


def _toll_updated(d: Draft) -> bool:
    """A count of the mention (in its own sentence) stands right after "إلى"
    a few words after a word of rising ("ارتفع عدد الذين قتلوا في الاعتداء
    إلى 15 قتيلا"، "ارتفاع حصيلة الضحايا إلى 30": the toll brought up to
    date), or a few words after "حصيلة" named by its stage ("حصيلة سابقة"،
    "حصيلة أولية"، "حصيلة غير نهائية": the toll at another time)."""
    s = d.sentence
    texts = s.texts
    for c in d.counts:
        if not s.start <= c.start < s.end:
            continue
        j = s.token_at(c.start)
        if j > 0 and texts[j - 1] in _TO and any(
                w in _TOLL_RISES for w in texts[max(0, j - 1 - _RISE_REACH):j - 1]):
            return True
        for i in range(max(0, j - _STAGE_REACH), j):
            if texts[i] in _TOLL_WORDS and any(w in _TOLL_STAGES for w in texts[i + 1:i + 3]):
                return True
    return False


def _toll_ranges(d: Draft) -> dict[str, tuple[int, int]]:
    """Per kind, the least and the most the mention's counts allow: a vague
    amount ("عشرات" 10 to 99, "بضعة" 3 to 9) spans less than tenfold; any
    other figure counts as its value ("at least 23" is no range that 120
    would fit: two blasts, not one toll told twice)."""
    out: dict[str, tuple[int, int]] = {}
    for c in d.counts:
        lo, hi = out.get(c.kind, (0, 0))
        vague = c.min < c.max < 10 * c.min
        out[c.kind] = (lo + (c.min if vague else c.value), hi + (c.max if vague else c.value))
    return out


def _types_agree(a: Draft, b: Draft) -> bool:
    if a.rule.type == b.rule.type:
        return True
    if a.rule.type in SECURITY_TYPES and b.rule.type in SECURITY_TYPES:
        vague = a if a.rule.type == "attack" else b if b.rule.type == "attack" else None
        if vague is not None:
            other = b if vague is a else a
            if other.rule.type in NEVER_VAGUE:
                return False  # "the attack" and "police arrested the attacker": two events
            if other.rule.type in MUNITION_TYPES and _ground_assault(vague):
                return False  # "كمين آخر … أوقع 3 قتلى" is no shelling told elsewhere
            if not _tolls_agree(vague, other):
                return False  # "صد هجوم … وقتل 12" and "ضربة جوية … مقتل عشرة": two deeds
            # (a deed told as the attack's cause, "الهجوم نجم عن تفجير عبوة", is
            # how it was done, however the two are dated)
            return (vague.date is None or _same_day(vague, other) or _anaphoric(vague)
                    or _cause_told(vague, other))
    return False


# deeds done with munitions, which an attack by hand on the ground never is
MUNITION_TYPES: Final = frozenset({"rocket_strike", "air_strike", "bombing"})


def _ground_assault(d: Draft) -> bool:
    """An attack named by how it was done on the ground (an ambush, a shooting,
    a storming: class ``ground_assault``), not the bare word "attack" that
    news uses for a blast or a strike too.  A verb right after such a noun
    tells the same deed ("في كمين للمقاومة استهدف تعزيزات")."""
    if "ground_assault" in d.trigger.classes:
        return True
    if d.form.pos != "verb":
        return False
    texts = d.sentence.texts
    return any(0 < d.trigger.first - h.last <= _OWN_NOUN_REACH
               and "ground_assault" in h.classes
               and not any(w in _CLAUSE_MARKS for w in texts[h.last + 1:d.trigger.first])
               for h in d.sentence.hits)


# how far before its verb the noun of a deed stands ("كمين للمقاومة استهدف")
_OWN_NOUN_REACH: Final = 3
_CLAUSE_MARKS: Final = grammar_words("clause_marks")


def combine(a: Draft, b: Draft, keep_anchor: bool = False) -> Draft:
    """One event from two mentions: the higher-priority type, the fuller anchor
    (or ``a``'s anchor when ``keep_anchor``)."""
    def weight(d: Draft) -> tuple[bool, int, int, int]:
        # news states an incident first and most fully in the lead: the earliest
        # mention that is not a bare back-reference ("the attack") anchors it.
        # A definite singular with a day of its own states the incident ("الهجوم
        # الذي وقع ليلة السبت"); a definite plural stays a back-reference even
        # so, as it may sum up several incidents ("سلسلة من الهجمات").
        rank = FEATURE_RANK.get(d.place.place.feature, 3) if d.place else 9
        back = _anaphoric(d) and (d.date is None or d.form.pos == "plural")
        return (not back, -d.trigger.start, d.n_args, -rank)

    if keep_anchor:
        main, other = a, b
    elif a.sentence is b.sentence and a.rule.priority != b.rule.priority:
        # one sentence: the trigger that decides the type is the anchor
        main, other = (a, b) if a.rule.priority > b.rule.priority else (b, a)
    else:
        main, other = (a, b) if weight(a) >= weight(b) else (b, a)
    rule = _deciding(a, b).rule
    subtype = (a if rule is a.rule else b).subtype or main.subtype or other.subtype
    actors = dead_doers(_combined_actors(main, other), rule.type, (main.sentence, other.sentence))
    counts = _combined_counts(main, other)
    place = main.place or other.place
    if (main.place and other.place and _more_specific(other.place, main.place)
            and (_contains(main.place, other.place) or _sited_in(other, main.place))):
        place = other.place
    modality = (main.modality if main.modality in SPECIFIC or other.modality not in SPECIFIC
                else other.modality)
    if modality in SPECIFIC and a.sentence is b.sentence and (_since_tally(a) or _since_tally(b)):
        modality = "generic"  # "قتل 25 جنديا في الاشتباكات … منذ بداية الشهر": the outcome
        # verb joins the tally that holds the toll and its "since" day, no incident
    # built directly: attrs.evolve reads every field by name, and this sets all but three
    return Draft(rule, main.sentence, main.trigger, main.form, subtype, actors=actors,
                 place=place, date=_incident_date(main, other), counts=counts,
                 modality=modality, confidence=max(a.confidence, b.confidence),
                 stretch=main.stretch or other.stretch,
                 recalled=main.recalled and other.recalled,
                 unanchored=a.unanchored and b.unanchored)


def _since_tally(d: Draft) -> bool:
    """A mention read as a tally (generic) for its "since" day that holds a
    toll: the figure is summed over the period, and a mention of the same
    sentence joined to it (an outcome verb with no toll of its own, "قتل")
    tells no incident either."""
    return (d.modality == "generic" and bool(d.counts) and d.date is not None
            and since_dated(d.sentence, d.date, d.trigger.last))


# how far a type pins a deed down, for mentions in different sentences: an
# outcome (killing) least, then the bare "attack", then every named way of
# fighting (clashes, a blast, a raid ...)
_VAGUENESS: Final = {"killing": 0, "attack": 1}


def _deciding(a: Draft, b: Draft) -> Draft:
    """The mention whose rule gives the merged event its type.  In one
    sentence the rules' priorities decide (the pack orders its triggers).
    Across sentences "the attack" only refers back: the type a mention names
    more precisely wins ("معارك" then "الهجوم" stay clashes), so that an event
    keeps its type whichever mention it met first, and a vague type taken
    over by accident never lets the event join a deed of a third type."""
    if a.sentence is not b.sentence and a.rule.type != b.rule.type:
        va, vb = _VAGUENESS.get(a.rule.type, 2), _VAGUENESS.get(b.rule.type, 2)
        if va != vb:
            return a if va > vb else b
    if a.rule.priority != b.rule.priority:
        return a if a.rule.priority > b.rule.priority else b
    return a if a.trigger.start <= b.trigger.start else b


# roles that name the same side of a deed
_ROLE_GROUP: Final = {"source": "agent", "victim": "target"}


def _combined_actors(main: Draft, other: Draft) -> tuple[tuple[str, ActorMention], ...]:
    """The actors of two mentions of one incident: each mention may name whom
    the other leaves out (the victims in the toll clause, the claimant in a
    later sentence), so the event keeps them all, the anchor's first.  An
    actor is named once on each side of the deed, and there the anchor's
    role stands: a victim is a target too (one side of the deed), a source
    an agent.  Two readings of one actor that differ in side are both kept:
    which of them is right the mentions cannot tell."""
    actors = list(main.actors)
    seen = {(_ROLE_GROUP.get(r, r), m.info) for r, m in actors}
    words = _deciding(main, other).rule.type
    swapped = _sides_swapped(main, other, seen)
    for role, m in other.actors:
        if swapped and role in _PARTY_ROLES:
            continue  # the sides of another deed are not this deed's sides
        if (words in _SPEAKER_ROLE and other.sentence is not main.sentence
                and role not in _SPEAKERS and other.rule.type != words):
            continue  # whom another sentence's deed befell is not whom these words address
        if foreign_victim_group(role, m.info, words, other.rule.type, other.sentence is main.sentence):
            continue  # "هجمات استهدفت مدنيين" beside an arrest: another deed's victims
        if role in _PARTY_ROLES and _earlier_deed(main, other, words):
            continue  # "جرت التوقيفات في أعقاب هجمات استهدفت قوى الأمن": that deed's sides
        key = (_ROLE_GROUP.get(role, role), m.info)
        # who spoke or acted: a victim "ضابط" beside the Turkish police is
        # another person
        side = [(x.info.name_en, x.info.code) for r, x in actors
                if _ROLE_GROUP.get(r, r) == key[0] == "agent"]
        if any(_generic_of((m.info.name_en, m.info.code), x) for x in side):
            continue  # "الحكومة" after "الحكومة المحلية لمحافظة الأنبار": the same office
        if key not in seen:
            seen.add(key)
            actors.append((role, m))
    return tuple(actors)


# the roles that take a side in a deed
_PARTY_ROLES: Final = frozenset({"agent", "target", "victim"})
# deeds of two armed sides, each of which acts on the other: a side of a clash
# read as the target of a later mention is still a side of it
_TWO_SIDED: Final = frozenset({"armed_clash"})


def _earlier_deed(main: Draft, other: Draft, words: str) -> bool:
    """Whether ``other``, a mention of another kind of deed in another
    sentence, is told as the time of the event ("جرت التوقيفات في أعقاب هجمات
    عنيفة استهدفت مدنيين وعناصر من قوى الأمن"، "أعقبت غارات جوية"): it names
    the deed the event came after, and whom that deed struck or who did it
    are no sides of the event (kept, the security forces the attacks struck
    became the targets of the raids that followed them).  A toll is left
    alone: "بعد مقتل سكان في قرية" beside the air strikes tells whom the
    strikes themselves killed, as often as not."""
    return (other.sentence is not main.sentence and other.rule.type != words
            and other.rule.type not in _OUTCOMES and _timed_apart(other))


# deeds told by their outcome, the toll of whichever deed caused it
_OUTCOMES: Final = frozenset({"killing"})


def _sides_swapped(main: Draft, other: Draft,
                   seen: set[tuple[str, ActorInfo]]) -> bool:
    """Whether ``other``, a mention of another kind of deed in another
    sentence, names a target of the event as its doer: the coalition's air
    strike on the Houthis met "the Houthis attacked the resistance" of a
    later sentence, an attack on the regiment met the regiment's raid.  Such
    a mention tells of another deed by the other side (a reprisal, the day's
    other fighting), so none of its agents, targets or victims join the
    event: they would set the Houthis against themselves and the resistance
    beside the coalition.  Only this direction is told apart: a doer of the
    event read as the target of another mention is as often the anchor's
    misreading as the other's.  A mention of the same kind of deed may
    restate it with the roles read better, and in a clash both sides act on
    each other, so those are left alone."""
    if (other.sentence is main.sentence or other.rule.type == main.rule.type
            or main.rule.type in _TWO_SIDED or other.rule.type in _TWO_SIDED):
        return False
    return any(r == "agent" and ("target", m.info) in seen for r, m in other.actors)


def _combined_counts(main: Draft, other: Draft) -> tuple[CountMatch, ...]:
    """Counts of two mentions of one incident: a toll is restated ("five were
    killed" in the lead and again in a quote), so the anchor's toll of a kind
    wins and the other mention only adds kinds the anchor lacks (the parts of
    one toll are never split between mentions: see events._count_holders)."""
    kinds = {c.kind for c in main.counts}
    firmer = _firmer_kinds(main, other)
    if firmer:
        # "لقي عشرات الأشخاص مصرعهم" then "أسفر عن مقتل 25": the figure wins
        return (tuple(c for c in main.counts if c.kind not in firmer)
                + tuple(c for c in other.counts if c.kind in firmer or c.kind not in kinds))
    return main.counts + tuple(c for c in other.counts if c.kind not in kinds)


def _firmer_kinds(main: Draft, other: Draft) -> frozenset[str]:
    """Kinds the anchor counts only by a range ("عشرات": 10 to 99) that the
    other mention gives as a plain figure inside it."""
    rm, ro = _toll_ranges(main), _toll_ranges(other)
    return frozenset(k for k, (lo, hi) in rm.items()
                     if k in _TOLL_KINDS and lo != hi and k in ro and ro[k][0] == ro[k][1]
                     and lo <= ro[k][0] <= hi)


def _counts_fit(a: Draft, b: Draft) -> bool:
    """The event two drafts would make can hold all their counts: a death toll
    does not make an arrest a killing (nor join it)."""
    etype = a.rule.type if a.rule.priority >= b.rule.priority else b.rule.type
    return all(can_hold(etype, c.kind) for c in a.counts + b.counts)


def _contains(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether ``inner`` lies in ``outer`` as far as the records tell: the
    country, the governorate, or a place known only by its words.  The
    anchor's own place gives way only to a place inside it (an incident "in
    the southeast of the country" is not moved to a city named in another
    paragraph)."""
    po, pi = outer.place, inner.place
    if po.country is None or po.feature == "country" or _unlocated(po):
        return po.country is None or po.country == pi.country
    if po.feature == "region" and not po.admin1:
        # a region the gazetteer lists ("جنوب شرق تركيا", "شمال العراق") has no
        # governorate to compare: a place of its country near its centre lies
        # in it.  A region told relative to a country ("south of Yemen") keeps
        # the country's point, which says nothing of what lies in it.
        return po.country == pi.country and " of " not in po.name_en and _near(po, pi)
    return bool(po.admin1) and po.admin1 == pi.admin1 and po.country == pi.country


REGION_KM: Final = 250.0


def _near(a: Place, b: Place, km: float = REGION_KM) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h)) <= km


def _more_specific(a: PlaceMention, b: PlaceMention) -> bool:
    return FEATURE_RANK.get(a.place.feature, 3) < FEATURE_RANK.get(b.place.feature, 3)


def _conflict(a: Draft, b: Draft) -> bool:
    return not (_drafts_placed_alike(a, b) and _dates_agree(a, b)) or (
        a.sentence is not b.sentence
        and (_opposed(a, b) or _named_elsewhere(a, b) or _named_elsewhere(b, a)))


def _finer_than_country(p: PlaceMention) -> bool:
    """A place the gazetteer situates below a country (a governorate, a
    city, a site), told as where something is, not as a title's qualifier."""
    return (not p.qualifier and not _unknown(p)
            and FEATURE_RANK.get(p.place.feature, 3) < FEATURE_RANK["country"])


def _named_elsewhere(d: Draft, host: Draft) -> bool:
    """``d``, told after the security incident ``host`` in another sentence
    with no place or only a country, stands in a clause that names places
    finer than a country, none of which agrees with the host's place: the
    clause tells where its deed was though the deed took none of its places
    ("غارات على الطريق بين محافظتي البيضاء وأبين" are no raids on Aden told
    before), and a country, or no place at all, would agree with any city
    (``_places_agree``).  Only the trigger's own clause
    counts: a place of another clause may be another deed's ("بعد أربعة أيام
    على تفجير استهدف مدينة سروج").  A vague mention whose clause names no
    finer place still joins."""
    if (d.trigger.start < host.trigger.start or host.rule.type not in SECURITY_TYPES
            or host.place is None or not _finer_than_country(host.place)
            or (d.place is not None and d.place.place.feature != "country")):
        return False
    lo, hi = _clause_start(d), _clause_end(d)
    named = [p for p in d.sentence.places if _finer_than_country(p) and lo <= p.first < hi]
    return bool(named) and not any(
        _places_agree(q, p) for q in _where(host) if q is not None for p in named)


# the roles of a state's own arms: its army, government and police are one side
_STATE_ROLES: Final = frozenset({"", "MIL", "GOV", "COP", "SPY", "LEG", "JUD"})


def _sides(d: Draft, role_of: str = "agent") -> frozenset[str]:
    """The sides the draft's agents (or its actors of ``role_of``) are named
    for: the country or body that
    opens a CAMEO code with the role after it, a state's arms taken together
    (YEMREB the Houthis and YEMUAF the resistance fight each other; ISRMIL
    and ISRGOV are one state).  A role alone (MIL، UAF "gunmen") names no
    side: the unnamed "مسلحون" of one sentence may be the group a later one
    names."""
    out = set()
    for role, m in d.actors:
        code = m.info.code
        if role == role_of and code and code[:3] not in ROLE_ONLY_CODES:
            rest = code[3:6]
            out.add(code[:3] + ("" if rest in _STATE_ROLES else rest))
    return frozenset(out)


def _opposed(a: Draft, b: Draft) -> bool:
    """Two deeds told in different sentences whose doers are named for
    different sides are two incidents: the coalition's air raids and the
    Houthis' "هجوم" on a position, the resistance's ambush after them.  A
    clash names both sides as its doers, so it opposes nothing."""
    if a.rule.type == "armed_clash" or b.rule.type == "armed_clash":
        return False
    sa, sb = _sides(a), _sides(b)
    return bool(sa and sb) and not (sa & sb)


# how far after a site its town may stand ("شارع الستين بمدينة تعز")
_SITE_REACH: Final = 3


def _unlocated(p: Place) -> bool:
    """A place the gazetteer does not know (a street, a quarter): no id, no
    coordinates; at most the country the text situates it in."""
    return p.geonames_id is None and p.lat is None


def _where(d: Draft) -> list[PlaceMention | None]:
    """The draft's place and, for a site the gazetteer does not know (a
    street, a square: no id, no coordinates), the places named right after it,
    where the text says it lies: "في شارع الستين بمدينة تعز" is in Taiz."""
    p = d.place
    if p is None or not _unlocated(p.place):
        return [p]
    return [p, *(q for q in d.sentence.places if 0 < q.first - p.last <= _SITE_REACH)]


def _sited_in(d: Draft, outer: PlaceMention) -> bool:
    """The draft's place is a site its sentence puts inside ``outer``."""
    return any(q is not None and _same_place(q.place, outer.place) for q in _where(d)[1:])


def _unknown(p: PlaceMention | None) -> bool:
    """A place the gazetteer knows nothing of, not even its country ("حي
    موتاكورا"، "بلدة المريسة"، "مطار صبيحا جوكن")."""
    return p is not None and p.place.country is None and _unlocated(p.place)


def _unknown_beside(a: Draft, b: Draft) -> bool:
    """One mention retells the other in the sentence right after it, at a
    place the gazetteer does not know (``_unknown``): a quarter or town of
    the place told in the lead ("قتل شخصان في بوجمبورا" then "وذكر مسؤول أن
    شرطيا قتل في انفجار قنبلة في حي موتاكورا"، "الهجوم الذي وقع قرب بلدة
    المريسة").  It retells by its words (a definite deed, a source's report),
    names no known place of its own elsewhere ("في حي النشوة جنوبي مدينة
    الحسكة") and counts no other deed ("غارة أخرى")."""
    early, late = (a, b) if a.sentence.start < b.sentence.start else (b, a)
    if (not _unknown(late.place) or early.place is None or _unknown(early.place)
            or early.sentence is late.sentence
            or not 0 <= late.sentence.start - early.sentence.end <= _ADJACENT):
        return False
    if not (_definite(late) or _deed_subject(late) or _reports(late)) or _counted_apart(late):
        return False
    return all(_places_agree(early.place, q) for q in late.sentence.places if not _unknown(q))


# how far after its trigger a word counts the deed apart ("استهدفت غارة أخرى")
_APART_REACH: Final = 3


def _counted_apart(d: Draft) -> bool:
    """A word that counts a deed apart ("آخر"، "جديد") stands right after the
    trigger, or after the deed noun that follows a verb ("استهدفت غارة أخرى"),
    or the sentence adds to what was told ("كما"، "أيضا")."""
    texts = d.sentence.texts
    near = texts[d.trigger.last + 1:d.trigger.last + 1 + _APART_REACH]
    return (_another(d) or _adds_another(d) or _timed_apart(d)
            or any(w in _ANOTHER for w in near)
            or any(w in _ALSO or w[1:] in _ALSO for w in texts))


def _drafts_placed_alike(a: Draft, b: Draft) -> bool:
    if _places_agree(a.place, b.place):
        return True
    if _unknown_beside(a, b) or _unknown_beside(b, a):
        return True
    return any(_places_agree(x, y) for x in _where(a) for y in _where(b)
               if x is not a.place or y is not b.place)


def _gives_way(d: Draft, others: list[Draft]) -> bool:
    """A subordinate rule's event yields to another incident its sentence
    reports; one whose rule names the types it yields to (`subordinate_to`)
    only to those."""
    only = d.rule.subordinate_to
    return any(not only or o.rule.type in only for o in others)


def merge_sentence(drafts: list[Draft]) -> list[Draft]:
    """Within one sentence, security triggers usually describe one incident
    ("the raid and the clashes that followed killed five"): collapse them unless
    they state different places or dates.  A subordinate rule's event (a report
    "in a statement") is dropped where the sentence holds another incident."""
    if not drafts:
        return []  # most analysed sentences fire no rule
    if len(drafts) == 1:
        # most of the rest fire one: every step below joins or drops one draft
        # for another (none is said in an encounter told before itself)
        return list(by_target_places(_own_slots(drafts[0])))
    others = [d for d in drafts if not d.rule.subordinate and d.modality in SPECIFIC]
    drafts = [d for d in drafts if not (d.rule.subordinate and _gives_way(d, others))]
    drafts = [d for d in drafts if not _said_in_encounter(d, drafts)]
    drafts = [_own_slots(d) for d in drafts]
    drafts = raids_into_arrests(_shelling_retold(_strike_blasts(_arrest_ambushes(drafts))))
    drafts = _join_deed_objects(drafts)
    drafts = [x for d in _join_elaborations(drafts) for x in by_target_places(d)]
    drafts = _join_tolls_in_several(drafts)
    out: list[Draft] = []
    ranks: list[frozenset[int]] = []  # the ranks each event's mentions hold
    for d in drafts:
        rank = _rank(d)
        deeds = [i for i, e in enumerate(out) if _toll_of(e, d)]
        if deeds:  # the nearest deed before the outcome is its subject
            k = max(deeds, key=lambda i: out[i].trigger.last)
            out[k] = combine(out[k], d)
            ranks[k] |= rank
            continue
        for i, e in enumerate(out):
            # two specific incident types in one sentence are two incidents
            # ("fired rockets … and detonated a bomb"); a vague one joins either
            security = d.rule.type in SECURITY_TYPES and e.rule.type in SECURITY_TYPES
            # a vague mention left "generic" only for want of its own anchor
            # ("the raid and the clashes that followed") belongs to the incident
            # — but never an arrest (NEVER_VAGUE below): "المتابعات الأمنية التي
            # تستهدف قيادات … أسفرت عن ضبط 10" is no attack the arrest anchors
            vague_unanchored = security and not ({d.rule.type, e.rule.type} & NEVER_VAGUE) and (
                (d.rule.type in VAGUE and d.modality == "generic" and e.modality in SPECIFIC)
                or (e.rule.type in VAGUE and e.modality == "generic" and d.modality in SPECIFIC)
                or _noun_and_its_verb(e, d))
            # a vague deed told as having happened never joins an arrest
            # (NEVER_VAGUE): "احتجاز مشتبه به بعد إطلاق نار أسفر عن مقتل 8 بينهم
            # شرطي" killed no one by the arrest
            vague_ok = security and (d.rule.type in VAGUE or e.rule.type in VAGUE) and (
                vague_unanchored or not ({d.rule.type, e.rule.type} & NEVER_VAGUE))
            if ((d.rule.type == e.rule.type or vague_ok)
                    and ((d.modality in SPECIFIC) == (e.modality in SPECIFIC) or vague_unanchored)
                    and not _conflict(d, e) and _counts_fit(d, e) and not _told_apart(e, d)
                    and not _other_parties(e, d) and not _ground_and_air(d, e)
                    and not _timed_by_other(e, d) and not _ranks_clash(ranks[i], rank)
                    and not (d.rule.type == e.rule.type and _another(d))
                    and not one_of_several(e, d)):
                out[i] = combine(e, d)
                ranks[i] |= rank
                break
        else:
            out.append(d)
            ranks.append(rank)
    return out


def _join_tolls_in_several(drafts: list[Draft]) -> list[Draft]:
    """Join a killing verb to the several deeds it tells its toll in
    (``toll_in_several``: "وقتل ثمانية في موجة من الهجمات") before any other
    merge: joined first to a deed told before it, the toll would go to that
    one, which the wave may never join.  So does a toll whose count the deed
    right after it in its clause holds (``_toll_dealt_after``)."""
    out = list(drafts)
    i = 0
    while i < len(out) - 1:
        k = out[i]
        j = next((j for j in range(i + 1, len(out))
                  if toll_in_several(k, out[j], out) or _toll_dealt_after(k, out[j], out)), None)
        if j is None or _conflict(k, out[j]) or not _counts_fit(k, out[j]):
            i += 1
            continue
        out[j] = combine(out[j], k)
        del out[i]
    return out


def _toll_dealt_after(k: Draft, n: Draft, drafts: list[Draft]) -> bool:
    """The toll mention ``k`` is told with the deed ``n`` right after it in its
    clause, which holds the count told between them (eventx.events: "…،
    بينما قتل أحد عشر مسلحا آخر في قصف جوي"): the toll is that deed's, not
    that of a deed told before it past a connective (a killing whose doer the
    clause before names: "قتلت قوات الأمن خمسة مسلحين في بنزرت")."""
    if not toll_mention(k) or n.rule.absorbable or n.rule.type not in SECURITY_TYPES:
        return False
    lo, hi = k.trigger.last, n.trigger.first
    if not 0 < hi - lo <= _DEALT_REACH or any(lo < x.trigger.first < hi for x in drafts):
        return False
    texts = k.sentence.texts
    if any(texts[j] in _CLAUSE_MARKS for j in range(lo + 1, hi)):
        return False
    s = k.sentence
    return any(lo < s.token_at(c.start) < hi for c in n.counts)


# how many tokens past the toll its deed may stand: "قتل أحد عشر مسلحا آخر في قصف جوي"
_DEALT_REACH: Final = 8


def _ground_and_air(a: Draft, b: Draft) -> bool:
    """Fighting on the ground and an air raid told in one sentence are two
    incidents, not one told vaguely and then precisely: "اشتباكات عنيفة تدور
    بين الجيش والحوثيين …، ودمر طيران التحالف دبابتين" has the coalition's
    aircraft as a third party; "دارت صدامات دامية … حيث زادت الولايات المتحدة
    الغارات" a campaign beside the fighting.  Fighting told only as going on
    ("حيث تتواصل الاشتباكات … شرق أفغانستان") still lends the raid its place."""
    if {a.rule.type, b.rule.type} != {"armed_clash", "air_strike"}:
        return False
    clash, strike = (a, b) if a.rule.type == "armed_clash" else (b, a)
    return clash.modality in SPECIFIC or _own_sides(clash, strike)


def _own_sides(clash: Draft, strike: Draft) -> bool:
    """Fighting told only as going on that names its own sides, none of
    them the raid's doer ("سقط العشرات من الحوثيين في مواجهات مع المقاومة
    الشعبية في مأرب وغارات جوية لطيران التحالف"): the two sides fought each
    other, and the coalition's raids are a third party's deed, not a way the
    fighting went on.  Joined, the Houthis and the resistance would become
    the raids' doers.  Where the raid names no doer, fighting told with
    one side alone ("مع استمرار الاشتباكات بين قوات النظام …") may name who
    dropped the bombs, fighting between two sides cannot."""
    fighters = {m.info for r, m in clash.actors if r == "agent"}
    doers = {m.info for r, m in strike.actors if r == "agent"}
    if doers:
        return bool(fighters) and fighters.isdisjoint(doers)
    return len(fighters) >= 2


# how far after its verb a deed noun stands as the verb's object: the subject
# stands between ("شن طيران التحالف العربي غارات"، "شنت الحكومة عدة غارات")
_OBJECT_REACH: Final = 5
# a deed noun after a preposition is no object: "بانفجار"، "لهجوم"، "في غارة"
_PREPOSITIONS: Final = frozenset("بل")
_DEED_PREPS: Final = frozenset({"في", "خلال", "جراء", "اثر", "عقب", "بعد", "منذ", "من", "علي", "عن"})


def _deed_object(v: Draft, n: Draft, drafts: list[Draft]) -> bool:
    """``n`` is the deed noun that the verb ``v`` carries out: "شن طيران
    التحالف غارات"، "نفذ مسلحون هجوما".  The verb says the deed was done and
    the noun names it: one deed, told once, however each found its slots."""
    if v.form.pos != "verb" or n.form.pos == "verb" or _another(n) or v.rule.type == "killing":
        return False  # a killing verb tells the outcome ("قتل 5 في غارة"), not the deed
    first = n.trigger.first
    if first < 1:
        return False  # the noun opens the sentence: no verb before it to carry it out
    if n.sentence.texts[first][:1] in _PREPOSITIONS or \
            n.sentence.texts[first - 1] in _DEED_PREPS:
        return False  # "أصيب جندي في انفجار": the deed the outcome came in, no object
    if v.rule.type not in SECURITY_TYPES or n.rule.type not in SECURITY_TYPES or _timed_by_other(v, n):
        return False
    if v.rule.type != n.rule.type and not (({v.rule.type, n.rule.type} & VAGUE) and not ({v.rule.type, n.rule.type} & NEVER_VAGUE)):
        return False
    if (v.modality in SPECIFIC) != (n.modality in SPECIFIC) and not (
            v.modality in SPECIFIC and n.modality == "generic"):
        return False
    gap = n.trigger.first - v.trigger.last
    if not 0 < gap <= _OBJECT_REACH:
        return False
    toks = v.sentence.tokens
    texts = v.sentence.texts
    if any(texts[j] in _CLAUSE_MARKS or connective_at(toks, j)
           for j in range(v.trigger.last + 1, n.trigger.first)):
        return False
    return not any(v.trigger.last < d.trigger.first < n.trigger.first for d in drafts)


def _clause_start(v: Draft) -> int:
    """Where the verb's clause begins: after the last clause mark or
    connective before it (a token index)."""
    toks = v.sentence.tokens
    texts = v.sentence.texts
    for j in range(v.trigger.first - 1, -1, -1):
        if texts[j] in _CLAUSE_MARKS or connective_at(toks, j):
            return j + 1
    return 0


def _clause_end(d: Draft) -> int:
    """Where the trigger's own telling ends: at the first clause mark,
    connective or word that times it by another deed after it ("بعد أيام من
    هجوم مماثل في رفح": what follows is that deed's), a token index, or the
    sentence's end."""
    toks, texts = d.sentence.tokens, d.sentence.texts
    for j in range(d.trigger.last + 1, len(texts)):
        w = texts[j]
        if w in _CLAUSE_MARKS or connective_at(toks, j) or w in _TIMED or w[1:] in _TIMED:
            return j
    return len(texts)


def _own_clause(v: Draft, n: Draft) -> Draft:
    """The verb ``v`` without the place and toll it took from a clause before
    its own ("بعد قتل اثنين من الشرطة في سروج، شنت الحكومة غارات"): these
    are another deed's, and the deed noun ``n`` tells where its own was."""
    s = v.sentence
    lo = _clause_start(v)
    place = v.place
    if place is not None and n.place is not None and place.last < lo:
        place = None
    counts = tuple(c for c in v.counts if s.token_at(c.start) >= lo)
    if place is v.place and len(counts) == len(v.counts):
        return v
    return attrs.evolve(v, place=place, counts=counts)


def _join_deed_objects(drafts: list[Draft]) -> list[Draft]:
    """Join each verb with the deed noun it carries out (``_deed_object``)
    before any other merge, so that a deed told in a clause before the verb
    joins neither the verb alone nor keeps its noun apart: "قتل عدد من
    الحوثيين في البيضاء، في حين شن طيران التحالف غارات على مأرب" is a
    killing and one air strike, not two air strikes."""
    out = list(drafts)
    i = 0
    while i < len(out) - 1:
        v = out[i]
        k = next((j for j in range(i + 1, len(out)) if _deed_object(v, out[j], out)), None)
        if k is None:
            i += 1
            continue
        n = out[k]
        own = _own_clause(v, n)
        if _conflict(own, n) or not _counts_fit(v, n):
            i += 1
            continue
        out[i] = combine(own, n)
        del out[k]
        i += 1
    return out


# "حيث سقطت قذائف"، "عندما انفجرت": a clause that tells how the deed before it went
_ELABORATING: Final = frozenset({"حيث", "عندما", "اذ"})


def _elaborates(e: Draft, d: Draft, drafts: list[Draft]) -> bool:
    """``d`` tells in a clause of its own how the deed ``e`` went: "عاودت
    قذائف الحوثيين استهدافها لمحافظات الشريط الحدودي بجازان، حيث سقطت
    قذائف بمحافظة الطوال".  Both name one way of fighting, and nothing else
    is told between: no other deed, no connective (فيما، بينما) and no word
    that times one against the other (بعد، عقب)."""
    if e.rule.type not in SECURITY_TYPES or d.rule.type != e.rule.type or _another(d):
        return False
    if (e.modality in SPECIFIC) != (d.modality in SPECIFIC) or e.trigger.last >= d.trigger.first:
        return False
    if any(e.trigger.last < x.trigger.first < d.trigger.first for x in drafts):
        return False
    toks = d.sentence.tokens
    texts = d.sentence.texts
    between = range(e.trigger.last + 1, d.trigger.first)
    return (any(texts[j] in _ELABORATING for j in between) and _dates_agree(e, d)
            and not any(texts[j] in _TIMED or texts[j][1:] in _TIMED
                        or connective_at(toks, j) for j in between))


def _join_elaborations(drafts: list[Draft]) -> list[Draft]:
    """Join a deed and the clause that tells how it went (``_elaborates``):
    one deed, at the place the clause names where that is the finer (a town
    of the province the deed befell)."""
    out = list(drafts)
    i = 0
    while i < len(out) - 1:
        e, d = out[i], out[i + 1]
        if not _elaborates(e, d, out) or not _counts_fit(e, d):
            i += 1
            continue
        both = combine(e, d)
        if d.place is not None and (e.place is None or (
                _same_country(e.place, d.place) and _more_specific(d.place, e.place))):
            both = attrs.evolve(both, place=d.place)
        out[i] = both
        del out[i + 1]
    return out


def _same_country(a: PlaceMention, b: PlaceMention) -> bool:
    return a.place.country is not None and a.place.country == b.place.country


_STRIKE_TYPES: Final = frozenset({"air_strike", "rocket_strike"})
# a blast named by its sound or its force, no device
_BARE_BLASTS: Final = frozenset({"انفجار", "انفجارات", "دوي انفجار", "دوي انفجارات"})


def _strike_blasts(drafts: list[Draft]) -> list[Draft]:
    """"شن طيران التحالف غارات على مواقع … وسمع دوي انفجارات تهز العاصمة"،
    "هزت انفجارات عنيفة مدينة تعز عقب غارات شنتها مقاتلات التحالف": bare
    blasts (no bomb, car or belt named) in a sentence that tells an air or
    rocket strike are the strike heard, not a bombing of their own.  They join
    the strike, which keeps its type and anchor."""
    strikes = [d for d in drafts if d.rule.type in _STRIKE_TYPES and d.modality in SPECIFIC]
    if not strikes:
        return drafts
    joined: dict[int, Draft] = {}
    out: list[Draft] = []
    for d in drafts:
        if d.rule.type == "bombing" and d.subtype is None and d.trigger.key in _BARE_BLASTS:
            s = min(strikes, key=lambda e: abs(e.trigger.first - d.trigger.first))
            k = id(s)
            base = joined.get(k, s)
            both = combine(base, d, keep_anchor=True)
            # "عام 2011" of a relative clause near the blast dates no strike
            date = base.date if d.date is not None and d.date.precision != "day" else both.date
            joined[k] = attrs.evolve(both, rule=s.rule, subtype=s.subtype, date=date)
        else:
            out.append(d)
    return [joined.get(id(d), d) for d in out]


# classes that name ground munitions: a shelling told with them is no air strike
_GROUND_MUNITIONS: Final = frozenset({"rocket", "katyusha", "mortar", "missile"})


# how near a shelling its munitions stand: "قصف مكثف للمدفعية"، "وقصف بالمدفعية"
_MUNITION_REACH: Final = 3


def _unarmed_shelling(d: Draft) -> bool:
    """A rocket strike typed by its verb alone ("قصف"): its rule requires no
    munitions and none stands by its trigger ("قصف مدفعي"، "قصف مكثف
    للمدفعية" name the guns)."""
    first, last = d.trigger.first - _MUNITION_REACH, d.trigger.last + _MUNITION_REACH
    return (d.rule.type == "rocket_strike" and not d.rule.requires
            and not any(first <= h.first and h.last <= last and not h.classes.isdisjoint(_GROUND_MUNITIONS)
                        for h in d.sentence.hits))


def _shelling_retold(drafts: list[Draft]) -> list[Draft]:
    """"قصفت ثلاث طائرات حربية … مواقع لتنظيم داعش …، وأسفر القصف عن مقتل
    تسعة"، "شن التحالف 13 غارة جوية … وقصفت وحدات تكتيكية": a shelling with no
    munitions of its own, told after an air strike of its sentence as "the
    shelling" (a definite noun refers back) or by a verb with no doer of its
    own (its subject is the strike's), is the air strike told again when
    told as it is (both incidents, or neither).  It joins the strike, which
    keeps its type and anchor.  One told with a doer
    of its own ("قصف شنه الحوثيون") or as a new deed ("مع قصف عنيف") stays a
    rocket strike: ground fire and air raids are often told side by side."""
    strikes = [d for d in drafts if d.rule.type == "air_strike"]
    if not strikes:
        return drafts
    joined: dict[int, Draft] = {}
    out: list[Draft] = []
    for d in drafts:
        before = [e for e in strikes if e.trigger.last < d.trigger.first]
        retold = _definite(d) or (d.form.pos == "verb" and not any(r == "agent" for r, _ in d.actors))
        if before and _unarmed_shelling(d) and retold:
            s = max(before, key=lambda e: e.trigger.first)
            k = id(s)
            base = joined.get(k, s)
            if ((base.modality in SPECIFIC) == (d.modality in SPECIFIC)
                    and not _conflict(base, d) and _counts_fit(base, d)):
                joined[k] = attrs.evolve(combine(base, d, keep_anchor=True), rule=s.rule, subtype=s.subtype)
                continue
        out.append(d)
    return [joined.get(id(d), d) for d in out]


def _arrest_ambushes(drafts: list[Draft]) -> list[Draft]:
    """"تمكنت دورية … بعد نصب كمين محكم من إلقاء القبض على عنصر تكفيري"، "ألقى
    الجيش القبض على ثلاثة إرهابيين … في كمين": the ambush police lay to make
    an arrest is how the arrest was made, no attack.  Only an ambush that
    names no doer or victim and no toll: "قتل 3 جنود في كمين … واعتقل الجيش
    منفذيه" stays an attack."""
    if not any(d.rule.type == "arrest" and d.modality in SPECIFIC for d in drafts):
        return drafts
    return [d for d in drafts
            if not (d.rule.type == "attack" and "كمين" in d.trigger.key and not d.counts
                    and not any(r in ("agent", "victim") for r, _ in d.actors))]


# "أدان فيه"، "أعرب خلاله": words said in the call or meeting the pronoun refers to
_IN_IT: Final = frozenset({"فيه", "فيها", "خلاله", "خلالها", "خلالهما", "اثناءه", "اثناءها", "خلالهم"})
# "ودعا الرئيس خلال الاتصال الهاتفي": the encounter named after the words
_DURING: Final = frozenset({"خلال", "اثناء", "في"})
_DURING_REACH: Final = 6


def _said_in_encounter(d: Draft, drafts: list[Draft]) -> bool:
    """A declaration made in a call or a meeting its sentence reports ("تلقى
    اتصالاً هاتفياً … أدان فيه التفجير"، "ودعا الرئيس الإيراني خلال الاتصال
    الهاتفي …") is what was said there: the call is the event, as analysts
    code it, not a second, separate statement."""
    if d.rule.type != "statement" or d.modality not in SPECIFIC:
        return False
    encounters = [e for e in drafts if e.rule.type in ENCOUNTERS and e.modality in SPECIFIC]
    if not any(e.trigger.last < d.trigger.first for e in encounters):
        return False
    toks = d.sentence.tokens
    texts = d.sentence.texts
    after = range(d.trigger.last + 1, min(len(toks), d.trigger.last + 3))
    if any(texts[j] in _IN_IT for j in after):
        return True
    return any(0 < e.trigger.first - d.trigger.last <= _DURING_REACH
               and texts[e.trigger.first - 1] in _DURING for e in encounters)


# "أسفر عن مقتل"، "أدى إلى مقتل"، "خلف مقتل": the outcome of a deed told before it
# "نتج عنه استشهاد" (Gulf press): the outcome verb with its pronoun link
_RESULT_WORDS: Final = frozenset({"اسفر", "اسفرت", "اسفرا", "ادي", "ادت", "ادتا", "خلف", "خلفت", "اوقع", "اوقعت",
                           "نتج", "نتجت"})
_RESULT_LINKS: Final = frozenset({"عن", "الي", "عنه", "عنها", "عنهما", "عنهم"})


def _result_of(d: Draft) -> bool:
    """A killing told as an outcome ("وأسفر عن مقتل وإصابة العديد"): the toll of a
    deed, no deed of its own."""
    texts = d.sentence.texts
    i = d.trigger.first
    if d.rule.type != "killing" or d.form.pos == "verb" or i < 1:
        return False
    j = i - 1 if texts[i - 1] in _RESULT_LINKS else i
    if j < 1:
        return False
    w = texts[j - 1]
    return w in _RESULT_WORDS or (w[:1] in ("و", "ف", "م") and w[1:] in _RESULT_WORDS)


def _toll_of(e: Draft, d: Draft) -> bool:
    """"أدان المجلس حادث التفجير الذي استهدف مسجدا … وأسفر عن مقتل وإصابة العديد
    من المصلين": the killing is the bombing's toll, and a deed that took lives
    took place, whatever mood its own words left it in.  Denials stay apart."""
    return (_result_of(d) and e.rule.type in SECURITY_TYPES and e.rule.type != "killing"
            and e.trigger.last < d.trigger.first
            and e.modality not in ("negated", "denied") and d.modality in SPECIFIC
            and not _conflict(d, e) and not _timed_by_other(e, d))


def _told_apart(e: Draft, d: Draft) -> bool:
    """Two mentions that a clause connective (فيما، بينما، كما، في حين) parts
    and that name different places are two incidents, even where one place
    lies in the other ("اعتقلت الشرطة 5 في تونس العاصمة بينما اعتقلت 3 في
    سوسة"); without places (a toll told in parts, "قتل 3 جنود بينما قتل 5
    مسلحين") they stay one, unless the later counts others in a deed of its
    own (``_others_in_another``: "…، بينما قتل أحد عشر مسلحا آخر في قصف جوي")."""
    placed_apart = not (e.place is None or d.place is None
                        or _same_place(e.place.place, d.place.place))
    early, late = (e, d) if e.trigger.last < d.trigger.first else (d, e)
    if _others_in_another(early, late):
        return True  # its connective stands before the later's count, past the early's
    if not (placed_apart or _held_apart(e, d) or _two_deeds(e, d)):
        return False
    toks = d.sentence.tokens
    return any(connective_at(toks, j) for j in range(early.trigger.last + 1, late.trigger.first))


def _toll(d: Draft) -> bool:
    """The mention tells who fell, not a deed (``toll_mention``), or a
    killing told as an outcome ("وأسفر عن مقتل")."""
    return toll_mention(d) or _result_of(d)


# the class of the words for aircraft (rules/core/classes.toml)
_AIRCRAFT: Final = "aircraft"
# "ثم" tells the next step of one operation ("هاجمت … ثم اشتبكوا مع
# الميليشيات قبل أن يقتحموها"), not a deed beside it
_THEN: Final = frozenset({"ثم", "وثم"})


def _two_deeds(e: Draft, d: Draft) -> bool:
    """Two deeds told each in its own clause: the later clause, opened by a
    connective (فيما، بينما، في حين، كما; not ``_THEN``), names a doer or a
    place of its own ("شن التحالف 23 غارة، فيما نفذ طيران الجيش 30 غارة"، "قصفت قوات
    النظام الحي، بينما استمرت الاشتباكات في دار سعد").  Not so a toll ("قتل
    3 بينما أصيب 20 في هجوم": one incident's toll told in parts, and its
    deed), a verb going on with the deed's own doer ("قصفت الغارات وحدات
    للتنظيم كما دمرت نقطة تفتيش"), nor a definite noun naming the deed told
    before ("فجر انتحاري نفسه …، فيما تبنى التنظيم الهجوم").  Only security
    deeds told as having happened: a speaker going on ("كما دعا") is one
    declaration, and a habit or a plan anchors no incident to part."""
    if e.rule.type not in SECURITY_TYPES or d.rule.type not in SECURITY_TYPES:
        return False
    if e.modality not in SPECIFIC or d.modality not in SPECIFIC or _toll(e) or _toll(d):
        return False
    early, late = (e, d) if e.trigger.first < d.trigger.first else (d, e)
    if _definite(late) and (late.rule.type == early.rule.type
                            or "attack" in (early.rule.type, late.rule.type)):
        return False
    toks = late.sentence.tokens
    cut = next((j for j in range(late.trigger.first - 1, early.trigger.last, -1)
                if connective_at(toks, j) and toks[j].text not in _THEN), None)
    if cut is None:
        return False
    return (any(role == "agent" and m.first > cut for role, m in late.actors)
            or (late.place is not None and late.place.first > cut)
            or _aircraft_subject(late))


def _aircraft_subject(d: Draft) -> bool:
    """The deed's verb has aircraft for its subject right after it ("فيما شنت
    الطائرات غارات"): a doer of its own, though no actor names whose.  Not a
    raid named as the subject ("في حين دمرت غارة أخرى"), one of the raids
    told before."""
    if d.form.pos != "verb":
        return False
    j = d.trigger.last + 1
    return any(h.first == j and _AIRCRAFT in h.classes and "trigger" not in h.kinds
               for h in d.sentence.hits)


def _own_slots(d: Draft) -> Draft:
    """``own_slots``, except that a day told before "في أعقاب"/"إثر" stays
    with the deed after it: it bounds that deed from above (``_dated_after``),
    which keeps "نشرت الشرطة دوريات يوم السبت، في أعقاب الهجوم" apart from a
    shooting told for Monday."""
    own = own_slots(d)
    if own.date is None and d.date is not None and _dated_after(d):
        return attrs.evolve(own, date=d.date)
    return own


def _timed_by_other(e: Draft, d: Draft) -> bool:
    """One of two deeds in a sentence is named as the other's time or cause
    (``timing_cue``): "قتل جندي في تبادل لإطلاق النار أمس، بعد ثلاثة أيام على
    هجوم انتحاري"، "قتلت القوات 16 عنصراً ردا على الهجوم الذي استهدف دورية".
    That deed came before, and the deaths, parties and place told with the
    other are not its own: two incidents.  Deeds that one cue names together
    ("غداة مقتل 23 شخصا في تفجير سيارتين") stay one.  So is the deed a
    superlative's frame is told by (eventx.compared_date)."""
    if e.sentence is not d.sentence:
        return False
    first, later = (e, d) if e.trigger.first < d.trigger.first else (d, e)
    if compared_deed_after(d.sentence.tokens, first.trigger.last, later.trigger.first):
        return True  # "وهجوم مانشستر هو الأعنف منذ جويلية 2005 عندما قتل …": the frame's deed
    cue = timing_cue(d)
    return cue != timing_cue(e)


def _held_apart(e: Draft, d: Draft) -> bool:
    """Each mention counts its own of one kind, and not the same number: "ألقت
    القبض على خلية من ثلاثة عناصر، كما ألقت أجهزة الأمن القبض على 18" tells
    two arrests, not one of three.  A toll told in parts ("قتل 3 جنود بينما
    قتل 5 مسلحين") is one incident's."""
    mine = {c.kind: c.value for c in e.counts if c.kind in _HELD}
    return any(c.kind in mine and mine[c.kind] != c.value for c in d.counts)


_HELD: Final = frozenset({"arrested", "abducted"})  # people taken: each taking counts its own


def _noun_and_its_verb(e: Draft, d: Draft) -> bool:
    """"حملات مشتركة … استهدفت العناصر التكفيرية": a vague verb right after a
    specific nominal trigger is that noun's verb; the noun names the type and
    the verb tells it happened."""
    return (e.form.pos != "verb" and e.modality == "generic" and e.rule.type not in VAGUE
            and d.form.pos == "verb" and d.rule.type in VAGUE and d.modality in SPECIFIC
            and 0 < d.trigger.first - e.trigger.last <= 8
            and not any(w in (",", "،", ".", "؛", ":")
                        for w in d.sentence.texts[e.trigger.last + 1:d.trigger.first]))


# "هجوم آخر"، "انفجار ثالث"، "اعتداء جديد": the word after the trigger counts it
# apart; so does a likeness ("هجوم مماثل"، "تفجيرا مشابها"، "هجومين مماثلين"):
# what is like an incident is by definition not that incident
_ANOTHER: Final = frozenset({"اخر", "اخرا", "اخري", "ثان", "ثانيا", "ثالث", "ثالثا", "رابع", "رابعا",
                      "خامس", "خامسا", "جديد", "جديدا", "جديده",
                      "مماثل", "مماثلا", "مماثله", "مماثلين", "مماثلتين", "مماثلان",
                      "مشابه", "مشابها", "مشابهه", "مشابهين", "مشابهتين", "مشابهان",
                      "شبيه", "شبيها", "شبيهه"})


def _another(d: Draft) -> bool:
    """"وقع هجوم آخر بالأسلحة النارية"، "انفجارا ثالثا هز كابل"، "عقب يومين من
    هجوم مماثل": an incident counted apart from those told before it, or
    likened to one of them, never one of them."""
    toks = d.sentence.tokens
    texts = d.sentence.texts
    j = d.trigger.last + 1
    return d.form.pos != "verb" and j < len(toks) and texts[j] in _ANOTHER


# "خمسة جنود آخرين"، "وقتل 3 آخرون": the count after which one of these stands
# counts other victims than those told before
_OTHERS: Final = frozenset({"اخرين", "اخرون", "اخريات", "اخر", "اخري"})


def _rank(d: Draft) -> frozenset[int]:
    """The rank a deed's noun is named with ("التفجير الثاني": {2}), empty
    without one (``rank_after``)."""
    if d.form.pos == "verb":
        return frozenset()
    r = rank_after(d.sentence.tokens, d.trigger.last)
    return frozenset() if r is None else frozenset((r,))


def _ranks_clash(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two events each hold a ranked mention, and no rank in common ("التفجير
    الأول" and "التفجير الثاني"): two incidents of a series."""
    return bool(a and b and not a & b)


def _kind(d: Draft) -> frozenset[tuple[int, str]]:
    """The draft's sentence and security type: sentence merging joins every
    two deeds of one type it may ("the raid … the raid"), so two it kept
    apart (other places, one timing the other, another count) are two
    incidents, and the document passes never fold both into one event
    ("واستهدف تفجيران انتحاريان … منطقة الشعب، بينما انفجرت سيارة مفخخة …
    البياع" under "تفجيرات دامية في بغداد").  Other types keep no mark: a
    sentence may keep a visit and its meeting apart for their mood alone."""
    if d.rule.type not in SECURITY_TYPES:
        return frozenset()
    return frozenset(((d.sentence.start, d.rule.type),))


def _others_in_another(early: Draft, later: Draft) -> bool:
    """``later`` counts other victims of a kind ``early`` counted ("وذكر
    مسعفون أن خمسة جنود آخرين قتلوا في انفجار قنبلة" after "خمسة جنود قتلوا
    عندما تعرضوا لهجوم"), in a deed it names by an indefinite noun of a way
    of fighting: another incident's toll, told in another sentence.  "وقتل 3
    آخرون في الهجوم" (definite) adds to the incident told before.  So in
    one sentence, where a connective opens the later's clause ("قتلت قوات
    الأمن خمسة مسلحين، بينما قتل أحد عشر مسلحا آخر في قصف جوي")."""
    if later.rule.type == "killing" or not _indefinite_noun(later):
        return False
    s = later.sentence
    since = -1  # where the count of others may stand after a count of its own kind
    if early.sentence is s:
        toks = s.tokens
        since = next((toks[j].start for j in range(later.trigger.first - 1, -1, -1)
                      if connective_at(toks, j)), -1)
    # (in one sentence, the early's count stands before the later's clause)
    kinds = {c.kind for c in early.counts if c.start < since or early.sentence is not s}
    for c in later.counts:
        j = s.token_at(c.end - 1) + 1
        if c.kind in kinds and j < len(s.tokens) and s.texts[j] in _OTHERS and not any(
                x.kind == c.kind and since < x.start < c.start for x in s.counts):
            return True  # "سبع جثث … وأربع جثث أخرى": others of its own sentence's count
    return False


def _mergeable(e: Draft, d: Draft, sequel: bool = False) -> bool:
    """Whether ``d`` may join ``e``: with ``sequel`` a bare retelling of the
    last incident (``_sequel``) needs no link of its own."""
    if d.modality not in SPECIFIC or e.modality not in SPECIFIC or not _types_agree(e, d):
        return False  # most pairs (a plan, a denial, another kind of deed): the cheap tests first
    later = d if d.trigger.start >= e.trigger.start else e
    if _others_in_another(e if later is d else d, later):
        return False  # "خمسة جنود آخرين قتلوا في انفجار": another deed's toll
    if _another(later) or (e.rule.type != d.rule.type and (_another(e) or _another(d))):
        return False  # "كمين آخر" is no raid or shelling told before or after it
    if _ranks_clash(_rank(e), _rank(d)):
        return False  # "التفجير الأول" and "التفجير الثاني": two of a series
    if e.sentence is not d.sentence and also_taken(
            later.rule.type, later.sentence.tokens, later.trigger.first, later.trigger.last,
            later.trigger.key):
        return False  # "كما تمكنت الوحدات … من إيقاف فتاة": another one taken
    if e.sentence is not d.sentence and _turns_elsewhere(later) and not _definite(later):
        return False  # "من جهة أخرى، اندلعت اشتباكات …": another matter
    if e.sentence is not d.sentence and _cued_anew(later) \
            and timing_cue(e if later is d else d) is None:
        return False  # "ويأتي الهجوم بعد شهرين من هجوم دموي استهدف متحف باردو": an older one
    if e.sentence is not d.sentence and _new_item(e if later is d else d, later):
        return False  # "وفي إقليم نانجارهار أصيب رجلا شرطة بعد انفجار قنبلة": another item
    if _other_speakers(e, d):
        return False
    if e.sentence is not d.sentence and (e.counts and d.counts) and not _tolls_agree(e, d) \
            and _another_toll(e if later is d else d, later):
        return False  # "كما أفاد مصدر بمقتل 19 مسلحا" after "مقتل 33 مسلحا": another deed's toll
    return (not _conflict(e, d) and (sequel or _linked(e, d)) and not _other_parties(e, d)
            and not (e.sentence is d.sentence and (_told_apart(e, d) or _timed_by_other(e, d))))


def _cued_anew(d: Draft) -> bool:
    """``d`` is told in a phrase that names an earlier deed as the time or the
    cause of another (``timing_cue``), and the phrase brings that deed in by an
    indefinite noun: "بعد شهرين من هجوم دموي استهدف متحف باردو ونفذه مسلحان
    وقتلا خلاله 21 سائحا"، "ردا على هجوم انتحاري".  A deed introduced so is
    none told before it in the article, which would be named definitely
    ("بعد يومين من الهجوم"، "غداة تفجير السفارة"، "في أعقاب هجمات باريس") or by
    its toll ("بعد ساعات من مقتل 25"), so no incident reported earlier takes
    it, its toll or its parties; an earlier phrase of the same kind may have
    named it already ("بعد ثلاثة أيام من هجوم سوروتش").  A verb there tells
    the deed of the nearest deed noun before it (its relative clause,
    "استهدف"، "وقتلا خلاله"); a noun tells its own."""
    lo = timing_cue(d)
    if lo is None:
        return False
    s = d.sentence
    if d.form.pos == "verb":
        head = relative_head(d, lo)
        if head is None:
            return False
        last = head.last
    elif _definite(d):
        return False
    else:
        last = d.trigger.last
    # a phrase is definite by its last word: "إطلاق النار"، not "هجوم انتحاري"
    j = last + 1
    return (not s.texts[last].startswith(_ARTICLE_FORMS)
            and not (j < len(s.texts) and s.texts[j][:1].isdigit())
            and not definite_genitive(s, last, _named) and not _name_at(s, j))


def _name_at(s: Sentence, j: int) -> bool:
    """A place or a named party starts at token ``j``, however it is spelt:
    "هجمات باريس" names the Paris attacks, though "باريس" opens with the
    letter of a preposition (which ``definite_genitive`` leaves in doubt)."""
    return any(p.first == j for p in s.places) or any(m.first == j and _named(m) for m in s.actors)


def _another_toll(early: Draft, later: Draft) -> bool:
    """The later of two mentions with different tolls introduces a deed of
    its own: by an indefinite noun ("في مواجهات بين الطرفين"، "بمقتل 19
    مسلحا") or in a sentence that adds to what was told ("كما شنت مقاتلات
    التحالف أربع غارات").  News retells its incident by a definite noun or a
    verb ("وقتل خمسة في الهجوم"، "التفجير أسفر عن إصابة ضابطين"), where a
    toll that differs is a toll told in parts or brought up to date; an
    incident it introduces anew with another toll is another incident.  A
    sentence that adds ("كما أصيب 3 مدنيين … فور التفجير") may add victims
    of the deed it names definitely, not another deed; and a source's
    words right after the lead retell its deed by an indefinite noun with
    the figures the source gives ("وصرح المتحدث الأمني أنه … حدث تفجير في
    جموع المصلين نتج عنه استشهاد عشرة" after "استشهد 12 … إثر تفجير
    انتحاري": ``_retold``)."""
    if _adds_another(later) and not _definite(later):
        return True
    if _reports(later) and 0 <= later.sentence.start - early.sentence.end <= _ADJACENT:
        return False
    return _indefinite_noun(later) and not _toll_noun(later)


def _toll_noun(d: Draft) -> bool:
    """The trigger is a noun with its toll right after it ("مقتل سبعة مسلحين"،
    "إصابة 8"): a construct that states the outcome, article or none, and may
    give one part of a toll told before ("ما أسفر عن مقتل سبعة مسلحين …
    بالإضافة إلى مقتل خمسة آخرين" of a campaign that killed 12)."""
    s = d.sentence
    j = d.trigger.last + 1
    return d.form.pos != "verb" and any(
        s.start <= c.start < s.end and s.token_at(c.start) == j for c in d.counts)


# "من جهة أخرى"، "على صعيد آخر"، "في حادث منفصل": a sentence that opens so
# turns to another matter (normalised words; the first may carry و)
_ELSEWHERE: Final = frozenset({
    ("من", "جهه", "اخري"), ("من", "جهه", "ثانيه"), ("من", "جانب", "اخر"),
    ("من", "ناحيه", "اخري"), ("من", "ناحيه", "ثانيه"), ("علي", "صعيد", "اخر"),
    ("علي", "صعيد", "منفصل"), ("في", "سياق", "اخر"), ("في", "سياق", "منفصل"),
    ("في", "شان", "اخر"), ("في", "موضوع", "اخر"), ("في", "خبر", "اخر"),
    ("في", "تطور", "اخر"), ("في", "حادث", "اخر"), ("في", "حادث", "منفصل"),
    ("في", "حادثه", "اخري"), ("في", "حادثه", "منفصله")})


# the first words of those openings, bare or behind و: no other sentence turns
_ELSEWHERE_OPENERS: Final = frozenset(w for x in _ELSEWHERE for w in (x[0], "و" + x[0]))


def _turns_elsewhere(d: Draft) -> bool:
    """The sentence opens by turning to another matter ("من جهة أخرى"، "في
    حادث منفصل"): what it tells is not the incident told before it, unless
    it names an incident by a definite noun ("أكد مفوض الشرطة الهجمات").  An
    adjective may stand before the last word: "على صعيد مصري آخر"، "في سياق
    ميداني آخر"."""
    opening = d.sentence.texts[:5]
    for w in opening:  # most sentences open with no such word: no list built for them
        if w not in _CLAUSE_MARKS:
            if w not in _ELSEWHERE_OPENERS:
                return False
            break
    words = [w for w in opening if w not in _CLAUSE_MARKS][:4]
    if len(words) < 3:
        return False
    if words[0][:1] == "و" and words[0] not in ("من", "في", "علي"):
        words[0] = words[0][1:]
    return tuple(words[:3]) in _ELSEWHERE or (
        len(words) == 4 and (words[0], words[1], words[3]) in _ELSEWHERE)


def _new_item(early: Draft, later: Draft) -> bool:
    """The later mention is told indefinitely in an item of a roundup
    (``roundup_item``: "وفي إقليم X") at a place other than the earlier
    mention's: a new incident, whose place may lie inside the earlier one's
    region ("شمال شرق أفغانستان") without being its site.  So is a deed
    that a connective adds to the report (``added_item``: "كما فتحت قوات
    النظام النار على مناطق قرب مخيم اليرموك"، "كما شنت المقاتلات أربع غارات
    … جنوب غرب مأرب") at a place apart from the earlier one's: the same
    doer's deed elsewhere is another item, not the incident told before it,
    however near the two places lie, and even when a definite noun tells it
    ("كما اعلن المرصد انه تعرضت مناطق في مدينة داريا لقصف ترافق مع استمرار
    الاشتباكات"): the place apart says which clashes.  A place inside the
    other ("كما شنت طائرات التحالف غارات على القاعدة" after raids in its
    governorate) may still be one operation's."""
    if later.place is None:
        return False
    if roundup_item(later.sentence, later.place.first):
        return (not _definite(later)
                and (early.place is None or not _same_place(early.place.place, later.place.place)))
    return (early.place is not None and later.rule.type in SECURITY_TYPES and added_item(later.sentence)
            and _sites_apart(early.place, later.place))


def _sites_apart(a: PlaceMention, b: PlaceMention) -> bool:
    """Two places of one country, neither the other nor inside it: two sites
    of a report, not one site named twice.  Where the records give one of
    them no governorate ("حي الجحملية"، "سهل الزبداني"), only a distance past
    a governorate's reach parts them.  A region of a whole country ("جنوبي
    اليمن") or beyond it ("إفريقيا") parts from none."""
    pa, pb = a.place, b.place
    if not (_finer_than_country(a) and _finer_than_country(b) and pa.country is not None
            and pa.country == pb.country) or _same_place(pa, pb):
        return False
    if pa.admin1 and pb.admin1:
        return not _holds(a, b) and not _holds(b, a)
    return (not _country_region(pa) and not _country_region(pb)
            and None not in (pa.lat, pa.lon, pb.lat, pb.lon) and not _near(pa, pb, LOCAL_REGION_KM))


def _country_region(p: Place) -> bool:
    """A region told of a country, with no governorate: "south of Yemen"
    (``relative_place``), "northern Iraq" (a described region)."""
    return p.feature == "region" and not p.admin1 and (" of " in p.name_en or p.name_en[:1].islower())


def _holds(outer: PlaceMention, inner: PlaceMention) -> bool:
    """``outer`` is a coarser place that ``inner`` lies in (a governorate and
    its town, a city and its quarter).  Two quarters of one city-governorate
    ("حي جوبر" and "قرب مخيم اليرموك" in Damascus) share it without either
    holding the other."""
    po = outer.place
    return (FEATURE_RANK.get(po.feature, 3) > FEATURE_RANK.get(inner.place.feature, 3)
            and not (po.feature == "region" and po.name_en.startswith(_SURROUNDINGS))
            and _contains(outer, inner))


def _other_speakers(e: Draft, d: Draft) -> bool:
    """Two statements whose speakers are named and none of them the same are
    two declarations: "أدانت الجامعة العربية القصف" and "أما الخارجية القطرية
    فأعربت في بيان …" (a reply), however definite the second's noun."""
    if e.rule.type != "statement" or d.rule.type != "statement":
        return False
    se, sd = _speakers(e), _speakers(d)
    return bool(se and sd) and not (se & sd) and not any(
        _generic_of(x, y) or _generic_of(y, x) or _office_of(x, y) or _office_of(y, x)
        for x in se for y in sd)


def _office_of(x: tuple[str, str | None], y: tuple[str, str | None]) -> bool:
    """``y`` is an office of the country ``x`` (codes YEM and YEMGOV): "أدانت
    الحكومة اليمنية" and "وعبر البيان عن تعازي اليمن" name one speaker."""
    xc, yc = x[1], y[1]
    return bool(xc and yc and len(xc) == 3 and len(yc) > 3 and yc.startswith(xc))


def merge_document(drafts: list[Draft], lookalikes: Sequence[Lookalike] = ()) -> list[Draft]:
    """Merge the mentions of each story of the document (``_stories``): the
    items of a news digest are separate reports, whose incidents, parties and
    tolls never join another item's.  ``lookalikes``: the deeds and tolls the
    sentences dropped as look-alikes of a disaster or an accident, with their
    sentences, in the order told (eventx.events.lookalike_deeds): a bare toll
    whose nearest incident is one of them is theirs and goes with them."""
    drafts = [_uncredited(d) for d in drafts]
    drafts = [marked(d) for d in drafts]
    stories, bounds = _stories(drafts)
    if len(stories) < 2:
        return _merge_story(drafts, lookalikes)
    told: list[list[Lookalike]] = [[] for _ in range(len(bounds) + 1)]
    for x in lookalikes:
        told[bisect.bisect_right(bounds, x[0].start)].append(x)
    out = [d for k, story in stories for d in _merge_story(story, told[k])]
    out.sort(key=lambda d: d.trigger.start)
    return out


def heads_folded(d: Draft) -> Draft:
    """``d`` with each bare head noun ("الجيش"، "القوات"، "جنود") folded into
    the actor named fully on the same side ("الجيش الجزائري"، "قوات الأمن"،
    "جنود أتراك"): one participant, listed once (:mod:`eventx.head_fill`).
    Asked of the merged event once its roles are read (eventx.extractor), so
    that which mentions join is decided on the actors each one named (a bare
    "الجيش" of a claim still links it to the raid the first sentence told),
    and a fallen side recast as a clash's agent folds as well.  Only the
    sides of a deed fold: whom a statement accuses is no side of it
    ("اتهم ضباط الحرس الثوري ضباط النظام")."""
    if len(d.actors) < 2 or d.rule.type not in SECURITY_TYPES:
        return d
    lo, hi = d.sentence.start, d.sentence.end

    def together(x: tuple[str, ActorMention], y: tuple[str, ActorMention]) -> bool:
        # both in the anchor's sentence (mentions merged from other sentences
        # lie outside it)
        return all(lo <= m.start and m.end <= hi for m in (x[1], y[1]))

    def into(x: tuple[str, ActorMention], y: tuple[str, ActorMention]) -> bool:
        # "قصف للمتمردين وقوات صالح": two conjuncts are two parties
        return _folds_into(x, y) and not (together(x, y) and _conjoined(d.sentence, x[1], y[1]))

    actors = folded(d.actors, _fold_side, lambda a: a[1].info, together, into)
    return d if len(actors) == len(d.actors) else attrs.evolve(d, actors=actors)


def _conjoined(s: Sentence, a: ActorMention, b: ActorMention) -> bool:
    """Whether two actors of sentence ``s`` stand as conjuncts, the later
    glued to و right after the earlier ("للمتمردين وقوات صالح"): a list
    names two parties, whatever their class."""
    first, second = (a, b) if a.first <= b.first else (b, a)
    return (s.texts[second.first][:1] == "و" and second.info.name[:1] != "و"
            and prev_word(s, second.first) == first.last)


def _folds_into(bare: tuple[str, ActorMention], named: tuple[str, ActorMention]) -> bool:
    """Whether a bare actor's role folds into the named one's.  A victim
    folds into a target only where it is the target's own head noun
    ("منسوبي القوات" beside "قوات الطوارئ الخاصة"): the men a deed killed
    are victims of their own beside the force it struck ("استهدف تجمعا لقوات
    الجيش العراقي ما تسبب بمقتل جنديين"، "هاجموا الجيش التركي … ما أدى الى
    مقتل ضابط"), while a bare target ("هجوم على القوات") is the force its
    fallen are named of."""
    return bare[0] != "victim" or named[0] == "victim" or same_head(bare[1].info, named[1].info)


def _fold_side(actor: tuple[str, ActorMention]) -> str | None:
    """The side an actor takes for :func:`eventx.head_fill.folded`: agent or
    target (a source is an agent, a victim a target); the parties to a
    meeting or call take none."""
    group = _ROLE_GROUP.get(actor[0], actor[0])
    return group if group in _PARTY_ROLES else None


def _uncredited(d: Draft) -> Draft:
    """The draft without a place named in its dateline's credit: "«الشرق
    الأوسط»" after "أنقرة -" is the newspaper, no region where anything
    happened."""
    if d.place is None or d.place.first > PLACE_WORDS + CREDIT_WORDS:
        return d
    found = credit(d.sentence.tokens)
    if found is None or not found[0] < d.place.first <= d.place.last < found[1]:
        return d
    return attrs.evolve(d, place=None)


def story_bounds(drafts: list[Draft]) -> list[int]:
    """Where the document's stories start, all but the first (``_stories``)."""
    return _stories(drafts)[1]


def _stories(drafts: list[Draft]) -> tuple[list[tuple[int, list[Draft]]], list[int]]:
    """The document's stories, where it is a digest: each item opens with a
    dateline ("* نيودلهي - «الشرق الأوسط»: …"), with the headline told right
    before it ("* مقتل اثنين من المتمردين في اشتباكات بالهند").  A document
    with one dateline or none is one story.  Each story comes with its rank
    among the stories the bounds (the starts of all but the first) cut out."""
    sentences: dict[int, Sentence] = {}
    for d in drafts:
        sentences.setdefault(d.sentence.start, d.sentence)
    order = sorted(sentences.values(), key=lambda x: x.start)
    opens = [k for k, x in enumerate(order) if opens_dateline(x.tokens)]
    if len(opens) < 2:
        return [(0, drafts)], []
    starts = set()
    for k in opens:
        prev = order[k - 1] if k > 0 else None
        headed = (prev is not None and 0 <= order[k].start - prev.end <= 3
                  and headline(prev.tokens) and k - 1 not in opens)
        starts.add((prev if headed and prev is not None else order[k]).start)
    bounds = sorted(starts)
    stories: list[list[Draft]] = [[] for _ in range(len(bounds) + 1)]
    for d in drafts:
        stories[bisect.bisect_right(bounds, d.sentence.start)].append(d)
    return [(k, x) for k, x in enumerate(stories) if x], bounds


def _merge_story(drafts: list[Draft], lookalikes: Sequence[Lookalike] = ()) -> list[Draft]:
    """Across sentences only incidents merge; generic and negated mentions stay apart.
    Repeated until stable: a merge can link two events that were apart before.

    A mention that names several incidents at once ("تفجير كنيستي … في
    مدينتي طنطا والإسكندرية", "الانفجارين") anchors none of them: it is set
    aside, and dropped where the article tells each incident on its own
    (its agent, the claimant of both, goes to each); otherwise it is an
    event like any other (the only report of "two attacks in Tehran")."""
    drafts = [attrs.evolve(d, modality="generic") if _tally(d) else d for d in drafts]
    drafts = _planned_back_references(drafts)
    background = [d for d in drafts if _background(d)]
    # toll reports only ever join an incident (_absorb), never anchor one
    tolls = [d for d in drafts if d.rule.absorb_only]
    out = [d for d in drafts if not d.rule.absorb_only]
    by_sentence: dict[int, list[Draft]] = {}
    for d in out:
        by_sentence.setdefault(id(d.sentence), []).append(d)
    several: dict[int, tuple[PlaceMention, ...]] = {}
    for d in out:
        if d.rule.type in SECURITY_TYPES and d.modality in SPECIFIC:
            named = _named_places(d, by_sentence[id(d.sentence)])
            if named is not None:
                several[id(d)] = named
    summaries = [d for d in out if id(d) in several]
    if summaries:
        told = _merge_passes([d for d in out if id(d) not in several])
        dropped = [d for d in summaries if _cover(d, several[id(d)], told) is not None]
        if len(dropped) < len(summaries):
            told = _merge_passes([d for d in out if not any(d is x for x in dropped)])
        for d in dropped:
            cover = _cover(d, several[id(d)], told) or []
            if len(cover) == max(2, len(several[id(d)])):  # one event for each incident
                for i in cover:
                    told[i] = _with_agents(told[i], d)
        out = told
    else:
        out = _merge_passes(out)
    said = [d for d in drafts if d.rule.type == "statement"]
    out = _absorb(_join_bare_mentions(out, said) + tolls, lookalikes)
    out = [attrs.evolve(d, modality="generic") if _unofficial(d) or _unowned_words(d) else d
           for d in out]
    # a background mention that no other mention joined stays background
    out = [attrs.evolve(d, modality="generic", recalled=True) if any(d is b for b in background)
           else d for d in out]
    out = [_stretch_dated(d) for d in out]
    out.sort(key=lambda d: d.trigger.start)
    return out


# the deed types whose bare definite noun may name the story's incident
_BARE_JOINS: Final = SECURITY_TYPES - NEVER_VAGUE - ABSTRACT_NOUN_TYPES


def _join_bare_mentions(events: list[Draft], said: list[Draft]) -> list[Draft]:
    """A definite deed noun with no anchor of its own, named as what is
    condemned or mourned ("وأدانت البحرين التفجير الإرهابي"، "إدانتها
    للتفجير"), names the story's incident of its type: it joins that incident
    as another mention of it (one event per incident, GUIDELINES.md: "also").
    Only where the story tells exactly one asserted incident of the type, so
    nothing is guessed; with none or several it stays generic.  The deed must
    follow a statement of its sentence (``said``: the condemning, the
    declaring), or name the site of what is done ("وانتقل الخبراء إلى موقع
    الانفجار": deed_site), or, definite or not, be told as the cause of the
    incident told last ("أنه ناجم عن سيارة مفخخة": deed_cause), and be no arrest ("والقبض على الجناة" is what is
    called for) nor a killing or abduction ("فظائع من بينها الاغتصاب والقتل":
    the deed in the abstract, ABSTRACT_NOUN_TYPES)."""
    bare = [i for i, d in enumerate(events)
            if d.modality == "generic" and d.unanchored and d.form.pos == "noun"
            and d.rule.type in _BARE_JOINS
            and ((_definite(d) and (at_deed_site(d.sentence.tokens, d.trigger.first)
                                    or _plural_pointed(d)
                                    or any(s.sentence is d.sentence
                                           and s.trigger.start < d.trigger.start for s in said)))
                 or told_as_cause(d.sentence.tokens, d.trigger.first))]
    if not bare:
        return events  # most stories
    out = list(events)
    gone: set[int] = set()
    for i in bare:
        d = events[i]
        hosts = [k for k, e in enumerate(out)
                 if k not in gone and e.modality == "asserted" and e.rule.type == d.rule.type]
        toks, at = d.sentence.tokens, d.trigger.first
        back = pointed_back(toks, at) or told_as_cause(toks, at)
        if back and not d.sentence.texts[d.trigger.last].endswith("ات"):
            # it refers back to one incident: one told after it ("ويأتي هذا
            # الهجوم عقب يومين من هجوم مماثل") is none it can name ("هذه
            # التفجيرات" may name all told before: it needs the only one);
            # "هذا الهجوم" names the blast or strike told last, as "الهجوم"
            # does (``_types_agree``)
            hosts = sorted((k for k, e in enumerate(out)
                            if k not in gone and e.modality == "asserted"
                            and e.trigger.start < d.trigger.start
                            and (e.rule.type == d.rule.type
                                 or (d.rule.type == "attack" and e.rule.type in _BARE_JOINS))),
                           key=lambda k: out[k].trigger.start)[-1:]
        if len(hosts) == 1 and not _conflict(out[hosts[0]], d) and (
                not back or _told_last(out, hosts[0], d)) and (
                not _plural_pointed(d) or _told_in_plural(out[hosts[0]])):
            # it names the incident, not its sides: the parties near a
            # condemnation are the condemners' subjects ("ان الهجوم هو النتيجة
            # المباشرة لسياسة نتانياهو"), not the deed's doers or targets;
            # but whoever claims it there is its doer (events._claimed_agents)
            out[hosts[0]] = combine(out[hosts[0]], attrs.evolve(d, actors=_claimants(d, said)))
            gone.add(i)
    return [d for k, d in enumerate(out) if k not in gone]


def _claimants(d: Draft, said: list[Draft]) -> tuple[tuple[str, ActorMention], ...]:
    """The agents of ``d`` named right after a statement verb before it in its
    sentence: the claimant of the deed ("وأعلنت الجبهة تنفيذ أحد أعضائها
    الهجوم"), whom the claim made its agent (ACLED codes the claimant as the
    actor).  A party named further on ("وأعلنت الحركة أنها تحمل الحكومة
    المسؤولية") is whom the words are about, no doer."""
    first = {m.first for e in said if e.sentence is d.sentence and e.trigger.start < d.trigger.start
             for r, m in e.actors if r == "source" and m.first == e.trigger.last + 1}
    return tuple((r, m) for r, m in d.actors if r == "agent" and m.first in first)


def _plural_pointed(d: Draft) -> bool:
    """A plural deed noun after a demonstrative ("خلال هذه المواجهات"،
    "وأدانت هذه الاشتباكات"): it may sum several incidents ("هذه التفجيرات"
    after three blasts), so it names one only where the story tells one of
    its type, itself told in the plural (``_told_in_plural``)."""
    return pointed_back(d.sentence.tokens, d.trigger.first) and _told_in_plural(d)


def _told_in_plural(d: Draft) -> bool:
    """The trigger's last word is a sound feminine plural ("اشتباكات"،
    "المواجهات"): fighting news tells one battle so."""
    return d.sentence.texts[d.trigger.last].endswith("ات")


def _told_last(events: list[Draft], host: int, d: Draft) -> bool:
    """A demonstrative ("هذا الهجوم") points at the deed told last: the host
    comes before it with no other security deed between ("أدى انفجار … وهذا
    الاعتداء", told after a bus attack, is the blast)."""
    at = events[host].trigger.start
    return at < d.trigger.start and not any(
        k != host and e.rule.type in SECURITY_TYPES and at < e.trigger.start < d.trigger.start
        for k, e in enumerate(events))


# pronoun suffixes of a possessed noun: "زيارته"، "اجتماعها"
_POSSESSIVE: Final = ("ه", "ها", "هم", "هما")
# after a teh marbuta, which turns ت: "زيارته"
_POSSESSIVE_T: Final = tuple("ت" + x for x in _POSSESSIVE)


def _possessed(d: Draft) -> bool:
    """The trigger noun carries a possessive pronoun ("زيارته"، "خلال جولتها"):
    it names the visit of someone told before, as definite as "الزيارة"."""
    tok = d.sentence.texts[d.trigger.first]
    head = d.trigger.key.split(" ", 1)[0]
    stem = head[:-1] if head.endswith("ه") else head
    for pre in ("", "و", "ب", "ل", "ف", "وب", "ول"):
        if tok.startswith(pre + stem):
            rest = tok[len(pre) + len(stem):]
            return rest in (_POSSESSIVE_T if head.endswith("ه") else _POSSESSIVE)
    return False


def _planned_back_references(drafts: list[Draft]) -> list[Draft]:
    """A visit or meeting referred back to ("وتندرج هذه الزيارة"، "خلال
    زيارته") after it was announced as planned ("يؤدي الوزير زيارة إلى تونس
    يومي 4 و5 جوان"، "سيلتقي") is that planned encounter, not a meeting that
    took place: it takes the modality of the nearest earlier mention of its
    word ("الزيارة" names a زيارة: a meeting planned during the visit,
    "سيلتقي"، is another encounter).  A mention with a day of its own in its
    sentence ("30 يوليو: … نتج عن الزيارة") tells its own time, and one with
    a place of its own elsewhere another visit: both keep their modality."""
    out = list(drafts)
    for k, d in enumerate(out):
        if (d.rule.type not in ENCOUNTERS or d.modality != "asserted" or d.form.pos != "noun"
                or not (_definite(d) or _possessed(d))):
            continue
        s = d.sentence
        if d.date is not None and s.start <= d.date.start < s.end:
            continue
        before = [e for e in out[:k] if e.trigger.key == d.trigger.key
                  and e.trigger.start < d.trigger.start and e.modality in SPECIFIC | {"planned"}]
        if (before and before[-1].modality == "planned"
                and (d.place is None or _places_agree(d.place, before[-1].place))):
            out[k] = attrs.evolve(d, modality="planned")
    return out


# "في أعقاب الهجوم"، "على خلفية الهجوم"، "منذ الهجوم": the deed lies behind its
# clause, as its background
_BACKGROUND_WORDS: Final = frozenset({"اعقاب", "خلفيه", "منذ"})


def _background(d: Draft) -> bool:
    """An incident recalled as the background of what is reported, with no day
    of its own: "قالت الوزارة أمس إن قوات الأمن فككت خلية … في أعقاب هجوم مسلح
    على منتجع سياحي"، "اعتقلت تونس العشرات منذ هجوم منتجع سوسة".  The day told
    before it dates the dismantling or the arrests, and with none an undated
    event would pass for the day's news; told as background, it is no
    incident of this report (where the article tells it as news, that mention
    stands, and a mention that joins it gives the incident its day).  A day
    told after it is its own: "منذ الهجوم على فندق سوسة في 26 يونيو" stays the
    attack of that day."""
    if d.rule.type not in SECURITY_TYPES or d.form.pos == "verb" or d.modality not in SPECIFIC:
        return False
    if not _word_before(d, _BACKGROUND_WORDS, 2):
        return False
    s = d.sentence
    own = d.date is not None and s.start <= d.date.start < s.end and d.date.start > d.trigger.start
    return not own


def _stretch_dated(d: Draft) -> Draft:
    """An incident no mention dates is dated by the background stretch one of
    its mentions told it in ("خلال الأيام الماضية"): only now, once merging
    is done, so a stretch never kept two mentions of one incident apart nor
    outranked the day another mention gives it."""
    if d.date is not None or d.stretch is None:
        return d
    return attrs.evolve(d, date=d.stretch)


def _unofficial(d: Draft) -> bool:
    """Words whose every speaker is a plain group of people ("ندد المواطنون"،
    "طالب الأهالي": actor kind ``civilians``) are no official declaration
    (GUIDELINES: a statement is a notable official declaration or
    condemnation).  Judged on the merged event, so a citizen's words that
    another sentence gives an official speaker stay a statement."""
    role = _SPEAKER_ROLE.get(d.rule.type)
    speakers = [m for r, m in d.actors if r == role]
    return bool(speakers) and all(m.info.kind == "civilians" for m in speakers)


# the role that names who speaks: a statement's source, a warning's agent
_SPEAKER_ROLE: Final = {"statement": "source", "threat": "agent"}
_SPEAKERS: Final = frozenset(_SPEAKER_ROLE.values())


def _unowned_words(d: Draft) -> bool:
    """A statement told only by a definite speech noun with no speaker
    ("التصريحات"، "الخطاب"، "والإعلان عن خلافة"), which joined no declaration
    of the sentence before (``_speech_back``): words talked about, someone
    else's told earlier or words in general, no declaration the article
    reports.  "تصريحاته" and "بيانها" say whose words they are: they stay."""
    return (d.rule.type == "statement" and d.form.pos != "verb" and d.modality == "asserted"
            and _definite(d) and not _possessed(d) and not _speakers(d))


def _speakers(d: Draft) -> frozenset[tuple[str, str | None]]:
    role = _SPEAKER_ROLE.get(d.rule.type)
    return frozenset((m.info.name_en, m.info.code) for r, m in d.actors if r == role)


def _generic_of(g: tuple[str, str | None], x: tuple[str, str | None]) -> bool:
    """Speaker ``g`` is a bare office noun (its code only a role: GOV, MIL) that
    ``x``, a country's office of that role, fills."""
    gc, xc = g[1], x[1]
    return bool(gc and xc and len(gc) == 3 and len(xc) == 6 and xc.endswith(gc))


def _bare_office_speakers(d: Draft) -> frozenset[tuple[str, str | None]]:
    """Speakers of ``d`` named by a definite office noun alone ("الحكومة"، not
    "حكومة الاحتلال"): the office the article named before."""
    role = _SPEAKER_ROLE.get(d.rule.type)
    texts = d.sentence.texts
    return frozenset((m.info.name_en, m.info.code) for r, m in d.actors
                     if r == role and m.first == m.last
                     and texts[m.first].startswith(("ال", "وال")))


def _same_speaker(e: Draft, d: Draft, between: list[Draft]) -> bool:
    """One speaker's words in an article are one declaration told in parts
    ("حذر ترامب طهران …", then "وقال ترامب في بيان …"): a statement joins the
    speaker's earlier statement or warning where no other speaker's words stand
    between them, which would make it a reply.  Dates and places must still
    agree.  A warning never joins an earlier statement: it is news of its own."""
    if d.rule.type != "statement" or e.rule.type not in _SPEAKER_ROLE:
        return False
    shared = _speakers(e) & _speakers(d)
    if not shared:
        # "ودعت الحكومة" after "دعت الحكومة المحلية لمحافظة الأنبار": a bare
        # office noun (code GOV, no country) names the office named before
        shared = frozenset(x for x in _speakers(e) for y in _bare_office_speakers(d)
                           if _generic_of(y, x)) or _spokesman_of(e, d)
    if not shared and d.sentence.start - e.sentence.end <= _ADJACENT:
        # "أعربت دولة قطر عن إدانتها" then "وأكدت وزارة الخارجية القطرية في
        # بيان …": the country's office goes on with its words, right after
        shared = frozenset(x for x in _speakers(e) for y in _speakers(d)
                           if _office_of(x, y) or _office_of(y, x))
    # words reported inside the first one's sentence ("… عقب الاعتداءات التي
    # تبناها داعش") are told by that speaker, not said in between
    return bool(shared) and not any(
        b.rule.type in _SPEAKER_ROLE and b.sentence is not e.sentence and not (_speakers(b) & shared)
        for b in between)


# a verb that goes on with the words told before: "كما دعت"، "ودعت"
_GOING_ON: Final = frozenset({"كما", "وكما"})


def _continued(e: Draft, d: Draft, between: list[Draft]) -> bool:
    """A statement verb with no speaker of its own that goes straight on from
    the declaration before it ("أدانت تونس بشدة التصعيد …، وفق بيان …" then
    "كما دعت جميع الأطراف الليبية إلى ضبط النفس"): its hidden subject is the
    speaker just named, and the words are the same declaration's.  So is a
    speaker the lexicon does not know, the subject of the verb that opens the
    sentence right before ("ودعا الأصبحي المنظمات …" then "كما طالب بالتحقيق
    …").  Only what is told between the two sentences parts them: a mention
    told before the first one may follow it in the merged list."""
    if d.rule.type != "statement" or e.rule.type not in _SPEAKER_ROLE or any(
            b.sentence is not e.sentence and b.sentence.start >= e.sentence.end for b in between):
        return False  # the deed the first one condemned may stand between
    if d.form.pos != "verb" or _speakers(d) or d.sentence is e.sentence:
        return False
    if _self_named(d):
        return d.sentence.start - e.sentence.end <= _ADJACENT
    if _own_subject(e, d):
        return False
    if not _speakers(e) and not (_opens(e) and _no_subject(d)
                                 and d.sentence.start - e.sentence.end <= _ADJACENT):
        return False  # "واستنكرت فعاليات ثقافية …": a subject the lexicon does not know
    texts = d.sentence.texts
    i = d.trigger.first
    if any(0 < h.first - d.trigger.last <= 3 and (h.of_kind("title") or h.of_kind("actor"))
           for h in d.sentence.hits):
        return False  # "وقال مدير الأمن": a subject of its own, if unresolved
    glued = texts[i][:1] == "و" and not d.trigger.key.startswith("و")
    return glued or (i > 0 and texts[i - 1] in _GOING_ON)


def _own_subject(e: Draft, d: Draft) -> bool:
    """The speech verb of ``d`` takes its speaker right after it (class
    ``subject_speech_verb``: قال، أكد، أعلن …, whose object is a clause, never
    a person), and the word there begins no clause nor names the speaker of
    ``e`` again: a speaker of its own that the lexicon does not know ("واعلن
    يعاريف اوبنهايمر مدير حركة …"، "كما أعلنت خلية الإعلام الحربي أن …").
    "وأضاف أن"، "وقال:"، "وأكد الخرينج" after "الخرينج" go on."""
    s = d.sentence
    i = d.trigger.last + 1
    if i >= len(s.texts) or speaker_told_before(d) or _no_subject(d) or not s.texts[i].isalpha():
        return False
    if not any(h.first == d.trigger.first and "subject_speech_verb" in h.classes for h in s.hits):
        return False
    word = _bare(s.texts[i])
    return not any(_bare(w) == word for w in e.sentence.texts[:e.trigger.last + _NAMED_REACH + 1])


def _opens(e: Draft) -> bool:
    """The statement verb opens its sentence ("ودعا الأصبحي …"، "دعت الهيئة
    الوطنية في بيان …"): its subject, named or not, is who speaks there."""
    return e.rule.type == "statement" and e.form.pos == "verb" and e.trigger.first == 0


def _self_named(d: Draft) -> bool:
    """The subject after the verb of ``d`` is said to be the same one ("كما
    أعلن المصدر نفسه أن …"، "وأضافت الوزارة ذاتها"): the speaker just told."""
    return any(h.first == d.trigger.last + 2 and "self" in h.classes for h in d.sentence.hits)


def _no_subject(d: Draft) -> bool:
    """The word after the verb of ``d`` begins no subject: a preposition, a
    particle or a noun under "ب" ("كما طالب بالتحقيق …"، "وطالبت في بيانها
    …"، "ودعا أيضا …")."""
    toks = d.sentence.tokens
    texts = d.sentence.texts
    i = d.trigger.last + 1
    if i >= len(toks):
        return False
    word = texts[i]
    return word in _NOT_NAMES or word in _CLAUSE_MARKS or word.startswith(("بال", "لل"))


# how far after the declaration's sentence the report noun may stand (characters)
_REPORT_REACH: Final = 300
_IN: Final = frozenset({"في"})


def _said_in_report(e: Draft, d: Draft, between: list[Draft]) -> bool:
    """"استنكر القنصل العام … العمل الإرهابي" then "وقال في تصريح له إن …";
    "أدان مجلس الوزراء … التفجير" then "وأكد المجلس في تصريح لأمينه العام": a
    statement or report noun after "في" with no speaker of its own, in the
    sentences right after a declaration, with no one else named as speaking
    before it, tells the medium of the same speaker's words."""
    if d.rule.type != "statement" or e.rule.type not in _SPEAKER_ROLE or d.form.pos == "verb":
        return False
    said = _speakers(e)
    if _speakers(d) or not said or d.sentence is e.sentence or d.trigger.first < 1:
        return False
    if d.sentence.texts[d.trigger.first - 1] not in _IN:
        return False
    if not 0 <= d.sentence.start - e.sentence.end <= _REPORT_REACH:
        return False
    if any(b.rule.type in _SPEAKER_ROLE for b in between):
        return False
    named = {(m.info.name_en, m.info.code) for m in d.sentence.actors
             if m.last < d.trigger.first and m.info.kind != "civilians"}
    return named <= said or all(
        any(_generic_of(x, y) or _office_of(y, x) for y in said) for x in named - said)


# how many words from a spokesman's name "باسم" may stand: "الناطق الرسمي
# باسم الحكومة الأردنية الدكتور محمد المومني" (the body's words between)
_FOR_REACH: Final = 6


def _spoken_for(d: Draft) -> list[int]:
    """Where the bodies that the person who speaks in ``d`` speaks for begin:
    the word after "باسم" next to the person's name ("الناطق الرسمي باسم
    الحكومة الأردنية الدكتور محمد المومني"، "ذبيح الله مجاهد المتحدث باسم حركة
    طالبان").  The body is part of the person's title, no actor mention of its
    own, so only its words tell it."""
    role = _SPEAKER_ROLE.get(d.rule.type)
    toks = d.sentence.tokens
    texts = d.sentence.texts
    return [j + 1 for r, m in d.actors if r == role and m.info.kind == "person"
            for j in range(max(0, m.first - _FOR_REACH), min(len(toks) - 1, m.last + _FOR_REACH))
            if texts[j] == "باسم" and not m.first <= j <= m.last]


def _spokesman_of(e: Draft, d: Draft) -> frozenset[tuple[str, str | None]]:
    """The speakers of ``e`` whose spokesman speaks in ``d``: "أدانت الحكومة
    الأردنية بشدة التفجير" then "وأكد الناطق الرسمي باسم الحكومة الأردنية … في
    بيان صحفي وقوف بلاده …".  A spokesman's words are the body's declaration,
    not a speaker's of his own."""
    role = _SPEAKER_ROLE.get(e.rule.type)
    starts = _spoken_for(d)
    if not starts:
        return frozenset()
    words = d.sentence.texts
    etexts = e.sentence.texts
    named = frozenset(
        (m.info.name_en, m.info.code) for r, m in e.actors if r == role
        for j in starts
        if words[j:j + m.last - m.first + 1] == etexts[m.first:m.last + 1])
    # "وأعلنت الولايات المتحدة …" then "وصرح الناطق باسم وزارة الخارجية
    # الأميركية جون كيربي في بيان …": an office of the country speaks for it
    codes = [m.info.code for r, m in d.actors if r == role and m.info.kind == "person"]
    return named | frozenset(x for x in _speakers(e) if x[1] and len(x[1]) == 3 and any(
        c and len(c) > 3 and c.startswith(x[1]) for c in codes))


# a word too common to name the speaker again
_NOT_NAMES: Final = _THAT | frozenset({"في", "علي", "الي", "عن", "من", "مع", "ايضا", "كذلك", "له", "لها"})
# how far after the first one's trigger the speaker's name may stand ("أعلن
# حاكم محافظة شانلي أورفة عز الدين كجك أنه …")
_NAMED_REACH: Final = 8


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _subject_word(d: Draft) -> int | None:
    """Where the unknown subject of ``d`` stands: the word after its verb
    ("ودعا الخرينج إلى …"), or the one after the speech verb that opens the
    sentence ("وقال كجك في تصريحات …"، "وأكدت الرابطة، في بيان أصدره الدكتور
    عبدالله التركي …"); None where it is a known actor or
    title, which ``_same_speaker`` compares, or no word at all.  A report
    noun with a possessive pronoun ("في بيانها") needs no speech verb before
    it."""
    s = d.sentence
    toks = s.tokens
    texts = s.texts
    if d.form.pos == "verb":
        i = d.trigger.last + 1
    elif d.trigger.first >= 3 and texts[d.trigger.first - 1] in _IN and all(
            texts[j] in _CLAUSE_MARKS for j in range(2, d.trigger.first - 1)) and (
            _possessed(d) or any(h.first == 0 and "speech_verb" in h.classes for h in s.hits)):
        i = 1  # "وأكدت الرابطة، في بيان …", "وكذبت الحركة في بيانها …" too
    else:
        return None
    if i + 1 >= len(toks) or not texts[i].isalpha() or len(texts[i]) < 3 \
            or texts[i] in _NOT_NAMES:
        return None
    if texts[i + 1] not in _NOT_NAMES and texts[i + 1] not in _CLAUSE_MARKS:
        return None  # "أعلنت حركة التحرير الوطني …": the word begins a name of its own
    if any(m.first <= i <= m.last for m in s.actors) or any(
            h.first <= i <= h.last and h.of_kind("title") for h in s.hits):
        return None  # an actor word that named no one ("الحركة") still counts
    return i


def _named_again(e: Draft, d: Draft, between: list[Draft]) -> bool:
    """"وأكد الخرينج في تصريح له …" then "ودعا الخرينج إلى التعاون …"; "أعلن
    حاكم محافظة شانلي أورفة عز الدين كجك أنه …" then "وقال كجك في تصريحات
    …": a speaker the lexicon does not know, named again by the same word as
    the subject of the next declaration with no one else's words between, is
    the same speaker going on (``_same_speaker`` for the ones it knows)."""
    if d.rule.type != "statement" or e.rule.type != "statement" or d.sentence is e.sentence:
        return False
    if not 0 <= d.sentence.start - e.sentence.end <= _REPORT_REACH:
        return False
    if any(b.rule.type in _SPEAKER_ROLE and b.sentence is not e.sentence for b in between):
        return False
    # a speaker after a report noun issued it ("في بيان أصدره الأمين العام"):
    # the subject before the noun still speaks
    if any(r == "source" and (d.form.pos == "verb" or m.first < d.trigger.first)
           for r, m in d.actors):
        return False
    i = _subject_word(d)
    if i is None:
        return False
    word = _bare(d.sentence.texts[i])
    return any(_bare(w) == word for w in e.sentence.texts[:e.trigger.last + _NAMED_REACH + 1])


def _merge_passes(out: list[Draft]) -> list[Draft]:
    # where each event's mentions stand in the text (first, last trigger start):
    # how near an earlier incident is to a back-reference
    spans = [(d.trigger.start, d.trigger.start) for d in out]
    # the ranks each event's mentions are named with ("التفجير الأول"): an
    # event never takes in a mention of another rank (_ranks_clash)
    ranks = [_rank(d) for d in out]
    # each event's mentions by sentence and type: two deeds of one type that
    # sentence merging kept apart are two incidents (_kept_apart)
    kinds = [_kind(d) for d in out]
    # whether a draft may join an earlier one, asked again by every later pass
    # of the drafts no merge changed (a pair's answer depends on the pair only)
    asked: dict[tuple[int, int], tuple[Draft, Draft, bool]] = {}
    changed = True
    passes = 0
    while changed and passes < MAX_PASSES:
        changed = False
        passes += 1
        merged: list[Draft] = []
        reach: list[tuple[int, int]] = []
        held: list[frozenset[int]] = []
        sorts: list[frozenset[tuple[int, str]]] = []
        for d, span, rank, kind in zip(out, spans, ranks, kinds):
            lo = max(0, len(merged) - LOOKBACK)
            k = None
            for i in range(lo, len(merged)):
                e = merged[i]
                if _ranks_clash(held[i], rank) or sorts[i] & kind:
                    continue
                if _mergeable_memo(asked, e, d):
                    if not _by_reference(e, d):
                        k = i
                        if _looks_back(e, d):
                            k = _nearest_mate(asked, merged, reach, held, sorts, i, d, span[0],
                                              rank, kind)
                        break
                elif (d.modality in SPECIFIC and e.modality in SPECIFIC
                        and not _conflict(e, d) and (_same_speaker(e, d, merged[i + 1:])
                                                     or _continued(e, d, merged[i + 1:])
                                                     or _named_again(e, d, merged[i + 1:])
                                                     or _said_in_report(e, d, merged[i + 1:]))):
                    k = i
                    break
            if k is None:
                k = _referent(merged, reach, lo, d, span[0])
                if k is not None and (_ranks_clash(held[k], rank) or sorts[k] & kind):
                    k = None
            if k is None:
                merged.append(d)
                reach.append(span)
                held.append(rank)
                sorts.append(kind)
            else:
                merged[k] = combine(merged[k], d)
                reach[k] = (min(reach[k][0], span[0]), max(reach[k][1], span[1]))
                held[k] |= rank
                sorts[k] |= kind
                changed = True
        out, spans, ranks, kinds = merged, reach, held, sorts
    return out


def _looks_back(e: Draft, d: Draft) -> bool:
    """``d`` names an incident told in an earlier sentence by a definite noun
    ("الهجوم"، "التفجير"، "هجوم المسلحين") or a verb whose subject is one."""
    return (e.sentence is not d.sentence and d.rule.type in SECURITY_TYPES
            and (_definite(d) or _deed_subject(d)))


def _nearest_mate(asked: dict[tuple[int, int], tuple[Draft, Draft, bool]], merged: list[Draft],
                  reach: list[tuple[int, int]], held: list[frozenset[int]],
                  sorts: list[frozenset[tuple[int, str]]], first: int, d: Draft, at: int,
                  rank: frozenset[int], kind: frozenset[tuple[int, str]]) -> int:
    """Of the incidents a definite back-reference may join, the one told
    nearest before it: in a roundup of several incidents that share a place,
    a party or a day, "the attack" is the one just told, not the first the
    article told (``first``, which the caller found)."""
    best, near = first, reach[first][1]
    for i in range(first + 1, len(merged)):
        if (reach[i][1] > near and reach[i][0] < at and not _ranks_clash(held[i], rank)
                and not sorts[i] & kind and _mergeable_memo(asked, merged[i], d)
                and not _by_reference(merged[i], d)):
            best, near = i, reach[i][1]
    return best


def _mergeable_memo(asked: dict[tuple[int, int], tuple[Draft, Draft, bool]], e: Draft,
                    d: Draft) -> bool:
    """``_mergeable(e, d)``, answered once per pair of drafts in ``asked``.

    The memo holds the drafts it is keyed by: a draft that a merge replaced
    stays alive, so its id is never reused by a new draft of the same call.
    """
    key = (id(e), id(d))
    hit = asked.get(key)
    if hit is not None:
        return hit[2]
    answer = _mergeable(e, d)
    asked[key] = (e, d, answer)
    return answer


def _by_reference(e: Draft, d: Draft) -> bool:
    """Only definiteness, or a party named by an indefinite common noun
    ("مسلحون"), ties the incident mention ``d`` to ``e`` in another sentence
    ("الهجوم" far after a blast): whether it names ``e`` is for ``_referent``
    to tell, not any earlier incident it could name."""
    return (e.sentence is not d.sentence and d.rule.type in SECURITY_TYPES
            and e.rule.type in SECURITY_TYPES and not _evidence(e, d, plain=False))


def _referent(merged: list[Draft], reach: list[tuple[int, int]], lo: int, d: Draft,
              first: int) -> int | None:
    """The incident a definite back-reference ("الهجوم"، "الاشتباكات"،
    "العملية") names: the nearest incident told before it that its type can
    name.  A reader takes "the attack" for the last attack told; where that
    one cannot be it (another place or day), the mention names none told
    before, not one further back: an article that turns to another
    incident does not go back past it without saying so ("وفي حادث
    منفصل" before the earlier one's place or actors).  Incidents told in
    the mention's own sentence are others it stands beside, not its
    antecedent; nor is a bare casualty report ("وقتل ثلاثة مهاجمين"), an
    outcome that joins its incident later (``_absorb``)."""
    if d.rule.type not in SECURITY_TYPES:
        return None
    best, near = None, -1
    for i in range(lo, len(merged)):
        e = merged[i]
        if (e.sentence is d.sentence or e.modality not in SPECIFIC
                or e.rule.type not in SECURITY_TYPES or reach[i][0] >= first
                or _absorbable(e) or not _types_agree(e, d)):
            continue
        at = min(reach[i][1], first)
        if at > near:
            best, near = i, at
    if best is None:
        return None
    if _sequel(merged[best], d, first - near) and not any(
            near < reach[i][1] < first and merged[i].modality in SPECIFIC
            and merged[i].rule.type in SECURITY_TYPES and not _absorbable(merged[i])
            for i in range(lo, len(merged)) if i != best):
        return best if _mergeable(merged[best], d, sequel=True) else None
    if not _mergeable(merged[best], d):
        return None
    # the nearest incident that shares a plain party ("مسلحون") is named too
    return best if _refers_back(merged[best], d) or _evidence(merged[best], d) else None


# how far (in characters) after the incident's last mention a bare sequel stands
_SEQUEL_REACH: Final = 500


def _sequel(e: Draft, d: Draft, gap: int) -> bool:
    """``d`` tells the incident ``e`` just told again, with nothing of its own:
    "مقتل شرطي في هجوم بسيارة ملغومة أمام مقر للشرطة في غازي عنتاب" then
    "وذكرت شبكة إن تي في أن سيارة مفخخة انفجرت أمام مركز الشرطة".  A mention
    of the same named way of fighting, in the next sentences, with no place
    and no day, and no other incident told between, adds detail to the last
    one (a new incident is introduced with its place or day, or as another:
    "انفجار آخر").  A vague type, or a plural that may sum several, links
    only by what it shares (``_linked``)."""
    return (e.rule.type == d.rule.type and d.rule.type not in VAGUE and d.place is None and d.date is None
            and d.form.pos != "plural" and d.modality in SPECIFIC and 0 < gap <= _SEQUEL_REACH
            and e.sentence is not d.sentence and not _adds_another(d) and not _timed_apart(d))


# words that set a deed before or after another: "الذي أعقب تفجيرا انتحاريا"،
# "غداة مقتل 23 في تفجير"، "قبل تفجير"
_TIMED: Final = _AFTER_WORDS | {"اعقب", "غداه", "قبل", "بعد", "عشيه"}


def _timed_apart(d: Draft) -> bool:
    """The trigger follows a word that times it against another deed ("الذي
    أعقب تفجيراً انتحارياً لطالبان"): a deed told for its time, no retelling."""
    return _word_before(d, _TIMED, 3)


# sentence openers that add another matter: "إلى ذلك"، "كما"، "وأيضا"
_ADDING: Final = frozenset({("الي", "ذلك"), ("والي", "ذلك"), ("كما",), ("وكما",), ("ايضا",),
                     ("وايضا",), ("كذلك",), ("وكذلك",)})


def _adds_another(d: Draft) -> bool:
    """The sentence opens by adding to what was told ("إلى ذلك أعلنت مديرية
    الأمن عن حملات"، "كما انفجرت سيارة مفخخة"): it brings another deed."""
    words = d.sentence.texts[:2]
    return words[:1] in _ADDING or words in _ADDING


# how far after its trigger a pair of places still names where the deed was
_PAIR_REACH: Final = 20
_DUALS: Final[dict[str, frozenset[str]]] = {}


def _dual(d: Draft) -> bool:
    """The trigger is a dual noun: "الانفجارين", "هجومين"."""
    if d.form.pos != "noun":
        return False
    duals = _DUALS.get(d.rule.id)
    if duals is None:
        duals = frozenset(f for n in d.rule.nouns for f in noun_forms(n)[1:])
        _DUALS[d.rule.id] = duals
    return d.trigger.key in duals


def _named_places(d: Draft, mates: list[Draft]) -> tuple[PlaceMention, ...] | None:
    """The places of the several incidents ``d`` names at once, if it names
    several: two distinct places joined by و right after the trigger, with no
    other trigger between ("في مدينتي طنطا والإسكندرية"), or a dual trigger
    (no places: an empty tuple).  None for a mention of one incident."""
    s = d.sentence
    places = sorted(s.places, key=lambda p: p.first)
    for p, q in zip(places, places[1:]):
        if (q.first == p.last + 1 and s.texts[q.first].startswith("و")
                and 0 < p.first - d.trigger.last <= _PAIR_REACH and not _places_agree(p, q)
                and not any(m is not d and d.trigger.last < m.trigger.first < p.first
                            for m in mates)):
            return (p, q)
    return () if _dual(d) else None


def _inside(e: PlaceMention | None, p: PlaceMention) -> bool:
    if e is None:
        return False
    return _same_place(e.place, p.place) or (e.place.name == p.place.name) or (
        _more_specific(e, p) and _contains(p, e))


def _cover(d: Draft, places: tuple[PlaceMention, ...], events: list[Draft]) -> list[int] | None:
    """The events that tell the incidents ``d`` sums up, one at least for each
    place it names (two at least where it names none), or None."""
    cands = [i for i, e in enumerate(events)
             if e.modality in SPECIFIC and e.place is not None and _types_agree(d, e)
             and _dates_agree(d, e)]
    if not places:
        found = [i for i in cands if d.place is None or _places_agree(d.place, events[i].place)]
        return found if len(found) >= 2 else None
    out: list[int] = []
    for p in places:
        found = [i for i in cands if _inside(events[i].place, p)]
        if not found:
            return None
        out += [i for i in found if i not in out]
    return out


def _with_agents(e: Draft, summary: Draft) -> Draft:
    """``e`` with the agents of a summary naming it ("تبنى داعش تفجير كنيستي …")."""
    have = {m.info for _, m in e.actors}
    add = tuple((r, m) for r, m in summary.actors if r == "agent" and m.info not in have)
    return attrs.evolve(e, actors=e.actors + add) if add else e


def _idle_toll(d: Draft) -> bool:
    """A toll report (``absorb_only``) told as no specific incident: generic,
    planned or negated, it has no incident to join and is none itself."""
    return d.rule.absorb_only and d.modality not in SPECIFIC


def _absorbable(d: Draft) -> bool:
    """A casualty report ("five people were killed") with no named victim."""
    return (d.rule.absorbable and d.modality in SPECIFIC
            and not any(m.info.kind == "person" for _, m in d.actors))


# words of a running total: "more than 14,000 killed since 2009", "the total toll"
_TOTAL_WORDS: Final = frozenset({"منذ", "اجمالي", "الاجمالي", "باجمالي", "اجمالا"})
_TOTAL_WINDOW: Final = 8


def _cumulative(d: Draft) -> bool:
    """A casualty report that sums up a conflict or a period ("وقتل أكثر من 40
    ألف شخص منذ 1984"): a running total, no incident's toll and no incident
    of its own."""
    if not d.counts:
        return False
    texts = d.sentence.texts
    for c in d.counts:
        first, last = d.sentence.token_at(c.start), d.sentence.token_at(c.end - 1)
        lo, hi = max(0, first - _TOTAL_WINDOW), min(len(texts), last + _TOTAL_WINDOW + 1)
        if any(w in _TOTAL_WORDS or w[1:] in _TOTAL_WORDS for w in texts[lo:hi]):
            return True
    return False


def _tally(d: Draft) -> bool:
    """Deeds told in the plural with a running total ("وقتل 19 شخصا من قوات
    الأمن في هجمات نسبت إلى حزب العمال منذ بداية الأزمة"): a tally over a
    period, no incident of its own, so its parties and toll join no incident
    told nearby either.  So is a wave dated by a month or a year ("سلسلة
    الهجمات التي أودت بحياة 300 شخص الشهر الحالي"): several incidents
    counted over the period."""
    return (d.form.pos == "plural" and d.rule.type in SECURITY_TYPES and d.modality in SPECIFIC
            and (_cumulative(d) or _since_in_clause(d) or (several(d) and _period_dated(d))))


# how far after a plural deed its "since" may stand in one clause ("في هجمات
# نسبت الى حزب العمال الكردستاني منذ بداية الازمة")
_SINCE_REACH: Final = 12


def _since_in_clause(d: Draft) -> bool:
    """A running-total word ("منذ") or one of a recent period ("الأخيرة"،
    "الآونة") after the plural deed, within its clause: the deeds are counted
    over a period however far the toll stands before them."""
    s, start = d.sentence, d.trigger.last + 1
    for k, w in enumerate(s.texts[start:start + _SINCE_REACH], start):
        if w in _CLAUSE_MARKS:
            return False
        if w in _TOTAL_WORDS or w[1:] in _TOTAL_WORDS:
            # "في أكبر عملية منذ مطلع السنة": a record measured since then
            # (class record, as for the cue of منذ), no running total
            return not any(start <= h.first and h.last < k and "record" in h.classes
                           for h in s.hits)
        if w in _LATELY or w[1:] in _LATELY:
            return True
    return False


# "الهجمات الأخيرة"، "في الآونة الأخيرة"، "في الأسابيع الأخيرة": plural deeds told
# over a recent period, a tally (a diplomat condemning "the attacks carried out
# by PKK fighters lately" names no agent of the one shooting told before)
_LATELY: Final = frozenset({"الاخيره", "الاونه"})


def _period_dated(d: Draft) -> bool:
    """Dated by a month or a year: "قتل 22 شخصا في أبريل 2011" is background
    or a tally when no incident of the article holds it."""
    return d.date is not None and d.date.precision in ("month", "year")


def _toll_dated_for(host: Draft, toll: Draft) -> bool:
    """A toll with a day of its own joins only an incident of that day; one
    dated by a month or a year (a tally over a period, or the year of some
    background told nearby) never joins an undated incident, which the
    article reports as recent news."""
    if toll.date is None:
        return True
    d = toll.date
    days = (d.start_date is not None and d.end_date is not None
            and (d.end_date - d.start_date).days <= 2)
    if host.date is not None:
        # the day falls within the incident's dates ("the night of Saturday to
        # Sunday" holds a toll given on Sunday)
        return days and _dates_agree(host, toll)
    return days


def _absorb(drafts: list[Draft], lookalikes: Sequence[Lookalike] = ()) -> list[Draft]:
    """Casualty mentions join the incident they report on: the nearest earlier
    (else later) incident that nothing contradicts.  A toll report read as no
    specific incident ("ولم يتم تأكيد حصيلة القتلى"، "حصيلة مجهودات الوحدات
    الأمنية"، a wound that befalls us) is nothing on its own: it neither joins
    nor stays.  A bare toll whose nearest such incident is a disaster or an
    accident the story told (``lookalikes``, dropped as look-alikes of a
    deed) is that one's toll: it goes with it (``_disaster_toll``)."""
    drafts = [d for d in drafts if not _idle_toll(d)]
    hosts = sorted((d for d in drafts if not _absorbable(d)), key=lambda h: h.trigger.start)
    starts = [h.trigger.start for h in hosts]  # anchors stay put: keep_anchor below
    left: list[Draft] = []
    # places of tolls that joined a host without giving it their place
    # (``_placed_for``): a later toll set elsewhere still parts from the host
    unsaid: dict[int, PlaceMention] = {}
    for d in drafts:
        if not _absorbable(d) or (d.rule.absorb_only and not d.counts):
            continue
        k = bisect.bisect_left(starts, d.trigger.start)
        window = range(max(0, k - LOOKBACK), min(len(hosts), k + LOOKBACK))
        cumulative = _cumulative(d)
        cands = [] if cumulative else [
            i for i in window if hosts[i].rule.type in SECURITY_TYPES
            and hosts[i].modality in SPECIFIC and not _conflict(hosts[i], d)
            and all(can_hold(hosts[i].rule.type, c.kind) for c in d.counts)
            and _toll_dated_for(hosts[i], d) and not _turned_from(hosts[i], d)
            and not _doers_fallen(hosts[i], d)
            and not (hosts[i].sentence is d.sentence and _told_apart(hosts[i], d))
            and (i not in unsaid or _places_agree(unsaid[i], d.place))]
        if lookalikes and _disaster_toll(d, lookalikes, [starts[i] for i in cands]):
            continue
        if not cands:
            # a toll report is nothing on its own, nor a tally over a period
            # (one deed of a month with its doer and figure is an incident: month_deed)
            if not (d.rule.absorb_only or cumulative or (_period_dated(d) and not month_deed(d))):
                left.append(d)
            continue
        before = [i for i in cands if starts[i] < d.trigger.start]
        i = max(before) if before else min(cands)
        toll = _placed_for(hosts[i], d)
        if toll.place is None and d.place is not None:
            unsaid.setdefault(i, d.place)
        hosts[i] = combine(hosts[i], toll, keep_anchor=True)
    return hosts + left


def _disaster_toll(toll: Draft, lookalikes: Sequence[Lookalike], hosts: list[int]) -> bool:
    """Whether a bare toll (a ``bare_toll`` rule's, with no doer: "وقتل 12
    شخصا وفقد اربعة اخرون في مدينة ونتشو") is the toll of a disaster or an
    accident the story told and dropped (``lookalikes``: "قتل 14 شخصا … جراء
    اعصار بشرق الصين"): one of those is nearer before it than any incident it
    could join (at ``hosts``: their starts), or, with none of either before
    it, nearer after it.  A later toll of a roundup that tells a flood and
    then a bombing joins the bombing, told nearer.  A look-alike the toll's
    sentence turns away from (``_other_matter``), or whose sentence names
    places none of which agrees with the toll's or with a roundup item's the
    toll opens, is another matter's."""
    if (not toll.rule.bare_toll or any(r == "agent" for r, _ in toll.actors)
            or not bare_toll(toll.sentence, toll.trigger, toll.rule.window)):
        return False
    pos = toll.trigger.start
    told = [h.start for s, h in lookalikes if _lookalike_joined(s, toll)]
    if not told:
        return False
    before = [p for p in told if p < pos]
    if before:
        return max(before) > max((p for p in hosts if p < pos), default=-1)
    if any(p < pos for p in hosts):
        return False
    return not hosts or min(told) < min(hosts)


def _lookalike_joined(s: Sentence, toll: Draft) -> bool:
    """Whether a toll may be that of the look-alike told in sentence ``s``:
    its own sentence, or one that turns to no other matter and names no
    place (of its own or of a roundup item it opens: "وفي بغداد قتل خمسة")
    that the look-alike's sentence's places all disagree with."""
    ts = toll.sentence
    if ts is s:
        return True
    if _other_matter(toll):
        return False
    named = _told_places(s)
    if not named:
        return True
    mine = [toll.place] if toll.place is not None else []
    told = _told_places(ts)
    if told and roundup_item(ts, told[0].first):
        mine.append(told[0])
    return all(any(_places_agree(m, p) for p in named) for m in mine)


def _told_places(s: Sentence) -> list[PlaceMention]:
    """The places sentence ``s`` names that the gazetteer knows, in the order
    told: countries and capitals told as actors too ("بشرق الصين"، "وفي
    بغداد")."""
    out = [p for p in s.places if not _unknown(p) and not p.qualifier]
    out += [PlaceMention(a.first, a.last, a.start, a.end, a.place_too[0], a.key)
            for a in s.actors if a.place_too]
    out.sort(key=lambda p: p.first)
    return out


def _doers_fallen(host: Draft, toll: Draft) -> bool:
    """The toll's dead are named for the side that did the host deed, and
    that deed struck from afar (a blast, shelling, an air raid): those who
    fire the shells or set the bomb are not who it kills, so "قصف الحوثيون
    مستشفى" then "وأكدت مصادر طبية مقتل 14 من ميليشيات الحوثي" tells the
    Houthis' losses in some fight, not the shelling's toll.  A deed at close
    quarters (an assault, a raid, a clash) may cost its doers their lives
    ("صد هجوما لداعش وقتل 20 من عناصره"); a suicide bomber is named by a role
    ("الانتحاري"), no side."""
    if host.rule.type not in MUNITION_TYPES:
        return False
    doers = _sides(host)
    return bool(doers) and bool(doers & _sides(toll, "victim"))


def _turned_from(host: Draft, toll: Draft) -> bool:
    """A casualty report in a sentence that turns to another matter ("من جهة
    أخرى وفي حلب … تحدث المرصد عن مقتل 12"), adds one ("إلى ذلك، أعلنت
    القيادة استشهاد أحد أبنائها" after an ambush in Ibb) or opens a
    roundup item elsewhere ("وفي بورنو قتل مسلحون ثمانية أشخاص" after a
    bombing in Cameroon) is no toll of an incident told before it, as
    ``_mergeable`` holds for any mention."""
    if host.sentence is toll.sentence:
        return False
    if host.trigger.start > toll.trigger.start:
        # "… بعد شهرين من هجوم دموي استهدف متحف باردو": the earlier deed a
        # later phrase brings in anew is not the one whose toll came first
        return _cued_anew(host) or _turned_to_elsewhere(host, toll)
    return _other_matter(toll) or _item_elsewhere(host, toll)


def _turned_to_elsewhere(host: Draft, toll: Draft) -> bool:
    """A toll whose sentence turns to another matter ("على صعيد آخر، أفادت
    مصادر بمقتل 11 … في أعمال عنف متفرقة شهدتها مدينة بعقوبة") may join a
    deed told after it only where its sentence's places allow: an air raid
    on Kirkuk told later is no deed of Baqubah's violence."""
    if host.place is None or not _other_matter(toll):
        return False
    named = [p for p in toll.sentence.places if not _unknown(p)]
    return bool(named) and not any(_places_agree(host.place, p) for p in named)


# "إلى ذلك": a sentence that opens so adds another matter to the report; a toll
# it gives is another incident's ("كما أصيب …" may add to the deed told before)
_MEANWHILE: Final = frozenset({("الي", "ذلك"), ("والي", "ذلك")})


def _other_matter(toll: Draft) -> bool:
    """The toll's sentence turns to another matter (``_turns_elsewhere``) or
    adds one ("إلى ذلك")."""
    return _turns_elsewhere(toll) or toll.sentence.texts[:2] in _MEANWHILE


def _item_elsewhere(host: Draft, toll: Draft) -> bool:
    """The toll's sentence opens a roundup item ("وفي مدينة تعز … بمقتل 13")
    at a place other than the host's.  The item's place is the sentence's
    first, which opens it: the toll may not have taken it as its own when
    its figure stands far from it, or may have taken a finer one ("شمال
    شرقي بغداد" of "وفي محافظة ديالى (شمال شرقي بغداد)")."""
    s = toll.sentence
    if not s.places or not roundup_item(s, s.places[0].first):
        return False
    return host.place is None or not _same_place(host.place.place, s.places[0].place)


def _placed_for(host: Draft, toll: Draft) -> Draft:
    """The toll as it may add to ``host``: a killing told in another sentence
    without any figure ("أريد أن تكف تركيا عن قتل الأكراد" in a marcher's
    words, "ورد متشددون بقتل بعض رجال الشرطة") speaks of killing, not of the
    deed's scene, so the place its sentence names (the marcher came "from
    Oslo") is not where the incident was.  A toll with its figures ("قتل 24
    شخصا في المحافظة"), or told as a deed's outcome ("أسقطت فوق شرق أوكرانيا
    ما أدى إلى مقتل جميع من كانوا على متنها"), restates the deed and may tell
    where, and so does one with its day ("عن قتل نائب صومالي السبت في مقديشو"):
    a dated killing is told as the deed, not as talk of killing.  A host with
    a place of its own takes only a finer one inside it (``combine``), which
    no marcher's home town is."""
    if (toll.counts or toll.place is None or host.place is not None
            or toll.sentence is host.sentence or _result_of(toll) or toll.date is not None):
        return toll
    return attrs.evolve(toll, place=None)


# what eventx.scene_place asks of a story's mentions, as merging asks it
places_agree = _places_agree
dates_agree = _dates_agree
countries_told = _countries_told
told_places = _told_places
other_matter = _other_matter
flashback = _flashback
cued_anew = _cued_anew
background = _background
unlocated = _unlocated
