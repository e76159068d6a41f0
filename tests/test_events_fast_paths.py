"""The rule choice's fast paths give exactly what the plain scans gave.

Each shortcut taken for speed in eventx.events has its slow reference here:

* ``_constraints`` tests required and excluded classes with ``_within``
  (no list built) and picks the subtype in one pass: against the list-built
  ``near`` it replaced, over the shipped rules and random class positions;
* ``_scan_hits`` builds the shadowed set only for a hit holding a
  shadowing class, and sorts out class positions, cues, triggers and
  classed hits in one pass: against building the set for every hit and
  the separate scans it replaced, over analysed sentences;
* the word-keyed answers (``_nominal_only``, ``proclitics``) are bounded.
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import events
from eventx.analysis import is_punct
from eventx.compiled import Compiled
from eventx.lexicon import Hit
from eventx.packs.model import Rule
from eventx.text.normalize import normalize
from eventx.text.tokenize import Token


def _old_constraints(rule: Rule, h: Hit, class_at: dict[str, list[int]],
                     comp: Compiled) -> tuple[bool, str | None]:
    def near(cname: str) -> list[int]:
        return [i for i in class_at.get(cname, ()) if abs(i - h.first) <= rule.window]

    def after(cname: str) -> list[int]:
        return [i for i in class_at.get(cname, ()) if 0 < i - h.first <= rule.window]

    required = after if rule.requires_after else near
    if rule.requires and not any(required(c) for c in rule.requires):
        return False, None
    if any(near(c) for c in rule.excludes):
        return False, None
    subtype = None
    best_d = None
    for cname in rule.subtype_from:
        for i in near(cname):
            d = abs(i - h.first)
            if best_d is None or d < best_d:
                best_d, subtype = d, comp.classes[cname].subtype
    return True, subtype


def _old_class_positions(hits: tuple[Hit, ...], comp: Compiled) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    classes = comp.classes
    for h in hits:
        if "class" not in h.kinds:
            continue
        names = [e.value for e in h.entries if e.kind == "class"]
        hidden = {x for n in names if n in classes for x in classes[n].shadows}
        for n in names:
            if n not in hidden:
                out.setdefault(n, []).append(h.first)
    return out


@given(data=st.data())
@settings(max_examples=200, deadline=None)
def test_constraints_match_the_list_built_scan(extractor, data: st.DataObject) -> None:
    comp = extractor.compiled
    rules = sorted(comp.rules.values(), key=lambda r: r.id)
    rule = data.draw(st.sampled_from(rules))
    names = sorted({*rule.requires, *rule.excludes, *rule.subtype_from}) or ["none"]
    class_at = data.draw(st.dictionaries(
        st.sampled_from(names), st.lists(st.integers(0, 60), max_size=6), max_size=len(names)))
    first = data.draw(st.integers(0, 60))
    h = Hit(first, first, 0, 1, "x", ())
    assert events._constraints(rule, h, class_at, comp) == _old_constraints(rule, h, class_at, comp)


def _old_cue_hits(hits: tuple[Hit, ...], comp: Compiled) -> list[tuple[Hit, object]]:
    out: list[tuple[Hit, object]] = [(h, e.value) for h in hits for e in h.of_kind("cue")]
    out += [(h, c) for h in hits for c in comp.kind_cues if not h.kinds.isdisjoint(c.kinds)]
    return out


_SCAN_TEXTS = (
    "أعلنت الفصائل المقاتلة استهداف طائرة مقاتلة قرب حلب، وقال المتحدث باسم الجيش "
    "إن غارات جوية قتلت 12 مسلحا من تنظيم داعش في الرقة أمس.",
    "ونقل الكاتب الصحفي عن وزير الداخلية أن الشرطة لم تعتقل أحدا بعد الهجوم على الحاجز.",
)


def test_hit_scan_matches_the_plain_scans(extractor) -> None:
    comp = extractor.compiled
    assert comp.kind_cues  # the office-title cue the shipped packs name by kind
    seen = [0, 0, 0]
    for text in _SCAN_TEXTS:
        sents = extractor.analyse(normalize(text), None)
        assert sents
        for s in sents:
            scan = events._scan_hits(s.hits, comp)
            assert scan.class_at == _old_class_positions(s.hits, comp)
            cues = _old_cue_hits(s.hits, comp)
            assert scan.suppressors == [(h, c) for h, c in cues if c.value == "suppress"]
            assert scan.modal == [(h, c) for h, c in cues if c.value != "suppress"]
            assert scan.triggers == [h for h in s.hits if h.of_kind("trigger")]
            assert scan.classed == [h for h in s.hits if h.classes]
            assert scan.trigger_forms == [tuple(e.value for e in h.of_kind("trigger"))
                                          for h in scan.triggers]
            seen = [seen[0] + len(scan.suppressors), seen[1] + len(scan.modal), seen[2] + len(scan.triggers)]
    assert all(seen)  # each kind of answer met


def test_hit_scan_reads_cues_of_several_kinds(extractor) -> None:
    """The general path (packs with several cues naming hit kinds) gives
    what the plain scan gives: every such cue on every hit of its kinds, in
    hit order."""
    import attrs

    comp = extractor.compiled
    title_cue = comp.kind_cues[0]
    more = (title_cue, attrs.evolve(title_cue, kinds=("actor", "title")))
    wider = attrs.evolve(comp, kind_cues=more)
    for text in _SCAN_TEXTS:
        for s in extractor.analyse(normalize(text), None):
            scan = events._scan_hits(s.hits, wider)
            assert [*scan.suppressors, *scan.modal] == sorted(
                _old_cue_hits(s.hits, wider), key=lambda x: x[1].value != "suppress")


def test_hit_scan_reads_cues_named_by_class(extractor) -> None:
    """A cue that stands on a word class (Cue.classes) is filed for every hit
    of that class and for no other hit: the set test that passes over hits
    no such cue names (most of them) lets none of its hits by."""
    import attrs

    comp = extractor.compiled
    title_cue = comp.kind_cues[0]
    by_class = attrs.evolve(title_cue, kinds=(), classes=("speech_verb",))
    wider = attrs.evolve(comp, kind_cues=(title_cue, by_class))
    found = 0
    for text in _SCAN_TEXTS:
        for s in extractor.analyse(normalize(text), None):
            scan = events._scan_hits(s.hits, wider)
            named = [(h, c) for h, c in [*scan.suppressors, *scan.modal] if c is by_class]
            assert named == [(h, by_class) for h in s.hits if "speech_verb" in h.classes]
            found += len(named)
    assert found  # وقال، أعلنت: speech verbs met


@given(st.lists(st.integers(-5, 40), max_size=8), st.integers(0, 40), st.integers(0, 12))
def test_within_is_any_near(positions: list[int], first: int, window: int) -> None:
    assert events._within(positions, first, window) == bool(
        [i for i in positions if abs(i - first) <= window])
    assert events._within(None, first, window) is False
    assert events._within(positions, first, window, after=True) == bool(
        [i for i in positions if 0 < i - first <= window])


def test_word_answers_are_bounded() -> None:
    assert events._nominal_only.cache_info().maxsize == events._WORD_CACHE
    assert events.proclitics.cache_info().maxsize == events._WORD_CACHE
    assert events._glued_bi.cache_info().maxsize == events._WORD_CACHE
    assert events._pronoun_glued.cache_info().maxsize == events._WORD_CACHE
    assert events._class_features.cache_info().maxsize == events._CLASS_SETS


def test_word_counts_match_the_token_scan(extractor) -> None:
    """``_distance`` and the "near" feature read prefix counts of the words:
    for every pair of tokens the count is the scan's (punctuation skipped)."""
    text = "قال المتحدث، أمس: إن «داعش» - وفق البيان - هاجم (الموقع) في حلب، وقتل 3 جنود."
    sents = extractor.analyse(normalize(text), None)
    assert sents
    for s in sents:
        counts = events._word_counts(s.texts)
        n = len(s.tokens)
        for i in range(n + 1):
            for j in range(i, n + 1):
                assert counts[j] - counts[i] == sum(1 for t in s.tokens[i:j] if not is_punct(t))
        for first in range(n):
            trig = Hit(first, first, 0, 1, "x", ())
            for a in range(n):
                lo, hi = (a, trig.first) if a < trig.first else (trig.last, a)
                old = sum(1 for t in s.tokens[lo + 1:hi] if not is_punct(t)) + 1
                assert events._distance(counts, a, a, trig) == old


def test_boundaries_match_the_token_scan(extractor) -> None:
    """``_boundary_between`` reads the sentence's relative pronouns found once:
    for every pair of tokens it answers as the scan of the tokens between."""
    text = ("قتل 5 في التفجير الذي أسفر عن دمار، والهجوم الذي نفذه مسلحون على الحاجز "
            "التي أقيمت قرب الموصل وقال الجيش إن القوات التي وصلت اعتقلت اثنين.")
    sents = extractor.analyse(normalize(text), None)
    assert sents
    for s in sents:
        toks = s.tokens
        for a in range(len(toks)):
            for b in range(len(toks)):
                lo, hi = min(a, b), max(a, b)
                old = any(toks[i].text in events._BOUNDARY_WORDS
                          and not (i + 1 < len(toks) and toks[i + 1].text in events._RESULT_VERBS)
                          for i in range(lo + 1, hi))
                assert events._boundary_between(s, a, b) == old


def test_complementizers_match_the_token_scan(extractor) -> None:
    text = "قال الجيش إن مسلحين هاجموا الحاجز وأضاف بأن القوات اعتقلت اثنين لأن الهجوم فشل."
    sents = extractor.analyse(normalize(text), None)
    assert sents
    for s in sents:
        for a in range(-1, len(s.tokens)):
            for b in range(len(s.tokens) + 1):
                old = any(s.tokens[i].text in events._COMPLEMENTIZERS for i in range(a + 1, b))
                assert events._complementizer_between(s, a, b) == old


def _old_owners(drafts: list[events.Draft], n_tokens: int,
                objects: bool = False) -> list[events.Draft]:
    firsts = [d.trigger.first for d in drafts]
    commas, breaks = events._clause_marks(drafts[0].sentence)
    out: list[events.Draft] = [drafts[0]] * min(firsts[0] + 1, n_tokens)
    for k in range(1, len(drafts)):
        before, after = drafts[k - 1], drafts[k]
        b_first, b_end, a_first = before.trigger.first, before.trigger.last + 1, after.trigger.first
        opens = events.opens_clause(after) or (objects and events.verb_object(before, after))
        comma_opens = events._new_clause(after)
        for i in range(firsts[k - 1] + 1, min(a_first, n_tokens - 1) + 1):
            if opens or not a_first - i < i - b_first:
                out.append(before)
            elif commas[i] == commas[b_end] and (
                    (comma_opens and commas[a_first] > commas[i + 1])
                    or (breaks[a_first] > breaks[i + 1] and breaks[i] == breaks[b_end])):
                out.append(before)
            else:
                out.append(after)
    out += [drafts[-1]] * (n_tokens - len(out))
    return out


def test_owners_match_the_word_by_word_pass(extractor) -> None:
    """``_owners`` gives the words up to halfway between two triggers to the
    earlier one without testing each: the same owners as the word-by-word pass."""
    comp = extractor.compiled
    text = ("أدانت الخارجية التفجير الذي استهدف مسجدا في الكويت، وقتل مسلحون ثمانية جنود "
            "في هجوم على حاجز، فيما اعتقلت الشرطة ثلاثة أشخاص بعد اشتباكات وقصفت طائرات "
            "مواقع للتنظيم وأعلن الجيش أن غارات قتلت 12 مسلحا واستهدفت سيارة.")
    sents = extractor.analyse(normalize(text), None)
    checked = 0
    for s in sents:
        chosen = events._rule_choice(s, comp).chosen
        drafts = events._one_per_phrase([events.Draft(rule, s, h, form, sub or rule.subtype)
                                         for h, rule, form, sub in chosen])
        if not drafts:
            continue
        for objects in (False, True):
            new = events._owners(drafts, len(s.tokens), objects=objects)
            old = _old_owners(drafts, len(s.tokens), objects=objects)
            assert [id(d) for d in new] == [id(d) for d in old]
        checked += len(drafts) > 1
    assert checked


def test_a_lone_draft_owns_every_token(extractor) -> None:
    """``_owners`` skips the clause marks for a sentence of one draft: the
    word-by-word pass gives it every token too."""
    comp = extractor.compiled
    sents = extractor.analyse(normalize("اعتقلت الشرطة ثلاثة أشخاص في بغداد أمس."), None)
    lone = 0
    for s in sents:
        chosen = events._rule_choice(s, comp).chosen
        drafts = events._one_per_phrase([events.Draft(rule, s, h, form, sub or rule.subtype)
                                         for h, rule, form, sub in chosen])
        if len(drafts) != 1:
            continue
        for objects in (False, True):
            new = events._owners(drafts, len(s.tokens), objects=objects)
            old = _old_owners(drafts, len(s.tokens), objects=objects)
            assert [id(d) for d in new] == [id(d) for d in old]
        lone += 1
    assert lone


def test_preposition_features_are_all_known(extractor) -> None:
    """Whether an actor has a preposition is asked as a set test against
    ``_PREP_FEATURES``: every "prep:" feature _features gives is in it."""
    text = ("اتهم الجيش لداعش بالهجوم على المدنيين كمواطنين، وقال لـ«الحوثيين» إن الغارات "
            "ضد المسلحين من تنظيم القاعدة بين السكان نفذت بحق عناصر نحو الرقة عن طريق التحالف.")
    sents = extractor.analyse(normalize(text), None)
    seen = 0
    for s in sents:
        scan = events._scan_hits(s.hits, extractor.compiled)
        facts = events._sentence_facts(s, scan, extractor.compiled)
        for h in s.hits:
            for a in s.actors:
                if a.first <= h.last and a.last >= h.first:
                    continue
                feats = events._features(a, s, h, 0, facts)
                preps = {f for f in feats if f.startswith("prep:")}
                assert preps <= events._PREP_FEATURES
                assert feats.isdisjoint(events._PREP_FEATURES) == (not preps)
                seen += bool(preps)
    assert seen


def test_plain_words_match_the_token_scan(extractor) -> None:
    """``_plain_words`` reads the sentence's word row (``_word_row``): the
    same prefix counts as a scan skipping punctuation, dates and names."""
    text = ("قال المتحدث، أمس الأربعاء 7 يونيو 2017: إن «داعش» هاجم (الموقع) في حلب، "
            "وقتل الجيش السوري 3 مسلحين.")
    sents = extractor.analyse(normalize(text), None)
    assert sents
    for s in sents:
        assert list(events._word_row(s.texts)) == [int(not is_punct(t)) for t in s.tokens]
        for names in (False, True):
            skip = {i for x in events._firm(s)
                    for i in range(s.token_at(x.start), s.token_at(x.end - 1) + 1)}
            if names:
                skip |= {i for a in s.actors for i in range(a.first, a.last + 1)}
            old = [0]
            for i, t in enumerate(s.tokens):
                old.append(old[-1] + int(not is_punct(t) and i not in skip))
            assert events._plain_words(s, names, events._word_row(s.texts)) == old


@given(st.lists(st.integers(0, 40), max_size=8, unique=True), st.integers(-1, 41), st.integers(-1, 41))
def test_strictly_between_is_the_scan(positions: list[int], a: int, b: int) -> None:
    """``_strictly_between`` bisects the (ascending) positions the facts
    record holds: the same answer as a scan of them."""
    positions.sort()
    lo, hi = min(a, b), max(a, b)
    assert events._strictly_between(positions, a, b) == any(lo < i < hi for i in positions)


def _at(toks: tuple[Token, ...], words: AbstractSet[str]) -> list[int]:
    """Where the tokens whose text is one of ``words`` stand: the plain scan."""
    return [i for i, t in enumerate(toks) if t.text in words]


def test_sentence_facts_match_the_token_scans(extractor) -> None:
    """What ``_SentenceFacts`` finds once a sentence is what the per-draft
    scans it replaced found: relative pronouns, complementizers, span
    openers, word counts, and the classed hits ending in any window."""
    text = ("قال الجيش إن الهجوم الذي نفذه مسلحون خلال أشهر على الحاجز، والتي أسفرت عن مقتل 5، "
            "أدى إلى اعتقال اثنين بعد أن أعلنت قوات التحالف تنفيذ غارة قرب الموصل.")
    comp = extractor.compiled
    sents = extractor.analyse(normalize(text), None)
    assert sents
    for s in sents:
        toks = s.tokens
        scan = events._scan_hits(s.hits, comp)
        f = events._sentence_facts(s, scan, comp)
        assert f.relatives == _at(toks, events._BOUNDARY_WORDS)
        assert f.boundaries == events._boundaries(s)
        assert f.complementizers == _at(toks, events._COMPLEMENTIZERS)
        assert f.span_openers == _at(toks, events._ANY_SPAN_OPENERS)
        assert f.word_counts == events._word_counts(s.texts)
        classed = [h for h in s.hits if h.classes]
        assert f.classed == classed
        assert f.conduct_firsts == [h.first for h in classed if "conduct" in h.classes]
        for lo in range(-1, len(toks) + 1):
            for hi in range(lo, len(toks) + 2):
                assert ({id(h) for h in events._classed_ending(f, lo, hi)}
                        == {id(h) for h in classed if lo <= h.last < hi})


@given(st.sampled_from(["trig:", "self:", "cue:", "cuefar:", "cuenext:"]),
       st.frozensets(st.sampled_from(["speech_verb", "agent_cue", "suicide", "conduct", "x"])))
def test_class_features_are_the_prefixed_classes(prefix: str, classes: frozenset[str]) -> None:
    """``_features`` joins the kept feature set of a hit's classes: the same
    strings it once built one by one."""
    assert events._class_features(prefix, classes) == {prefix + c for c in classes}


@given(st.sampled_from(["ببغداد", "وبالموصل", "بالموصل", "فبحلب", "بغداد", "بوتين", "الموصل", "ب"]),
       st.sampled_from(["", "بغداد", "الموصل", "حلب", "بوتين", "الموصل القديمه"]))
def test_glued_bi_is_the_prefix_scan(tok: str, key: str) -> None:
    """``_located`` asks the kept ``_glued_bi``: a glued ب (bare, behind و/ف,
    with or without the article) before the key's first word."""
    head = key.split()[0] if key else tok
    old = any(tok.startswith(p) and tok != head and (tok[len(p):] == head or "ال" + tok[len(p):] == head)
              for p in ("وبال", "فبال", "بال", "وب", "فب", "ب"))
    assert events._glued_bi(tok, key) == old


def test_content_word_between_is_the_token_scan(extractor) -> None:
    """``_content_word_between`` (read from the word counts) answers as
    ``_content_between``'s list is empty or not, for every pair of tokens:
    punctuation, and a preposition written apart right before j, are no content."""
    text = "قال المتحدث، أمس: إن «داعش» - وفق البيان - هاجم من (الموقع) في حلب لـ، وقتل 3 جنود مع ل."
    comp = extractor.compiled
    sents = extractor.analyse(normalize(text), None)
    assert sents
    for s in sents:
        f = events._sentence_facts(s, events._scan_hits(s.hits, comp), comp)
        n = len(s.tokens)
        for i in range(-1, n):
            for j in range(i, n + 1):
                assert events._content_word_between(s, f, i, j) == bool(events._content_between(s, i, j))


def _old_adjoined(s, trig: Hit, a) -> bool:  # type: ignore[no-untyped-def]
    if events._object_suffix(s, trig):
        return False
    between = events._content_between(s, trig.last, a.first)
    if not between or events._manner_only(s, between):
        return True
    if not s.tokens[trig.last].text.startswith(("ال", "وال")):
        return False
    known = {i for h in s.hits for i in range(h.first, h.last + 1)
             if h.classes.isdisjoint(("suicide", "car_bomb"))}
    return all(s.tokens[i].text.startswith("ال") and i not in known for i in between)


_ADJOINED_TEXTS = (
    "وقع الهجوم الانتحاري الأخير لتنظيم داعش على الحاجز، وأدان الهجوم العنيف الجيش العراقي.",
    "أسفر القصف المدفعي العنيف المتواصل لقوات النظام عن مقتل خمسة، والتفجير الانتحاري "
    "بسيارة مفخخة للتنظيم قرب المستشفى الميداني التابع للجيش.",
)


def test_adjoined_answers_as_the_full_scan(extractor) -> None:
    """``_adjoined`` gathers the tokens the hits cover only when every word
    between is definite: for every trigger hit and every actor after it, it
    answers as the scan that gathered them first."""
    seen = set()
    for text in _ADJOINED_TEXTS:
        for s in extractor.analyse(normalize(text), None):
            for trig in s.hits:
                for a in s.actors:
                    if a.first > trig.last:
                        old = _old_adjoined(s, trig, a)
                        seen.add(old)
                        assert events._adjoined(s, trig, a) == old
    assert seen == {True, False}


_HOME_AND_COURT_TEXTS = (
    "اعتقلت الشرطة شابا أصيل مدينة سوسة قادما من ليبيا، وقضت المحكمة الابتدائية بتونس بسجنه.",
    "أطلقت صواريخ من غزة على عسقلان، وقتل جندي في هجوم على حاجز قرب نابلس.",
    "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب الموصل أمس.",
)


def test_homes_and_seats_are_read_only_where_their_classes_stand(extractor) -> None:
    """``_none_of`` skips the scans of homes and court seats in a sentence
    whose hits hold none of their classes: where it skips, the scans find
    nothing; and a class some other class shadows is never answered absent."""
    import attrs

    from eventx.court_seat import COURT_CLASSES, court_seat_tokens
    from eventx.provenance import ORIGIN_CLASSES, origin_tokens

    comp = extractor.compiled
    answers = set()
    for text in _HOME_AND_COURT_TEXTS:
        for s in extractor.analyse(normalize(text), None):
            scan = events._scan_hits(s.hits, comp)
            assert events._sentence_facts(s, scan, comp).origins == origin_tokens(s)
            for names, read in ((ORIGIN_CLASSES, origin_tokens), (COURT_CLASSES, court_seat_tokens)):
                none = events._none_of(scan.class_at, names, comp)
                answers.add(none)
                assert none == all(h.classes.isdisjoint(names) for h in s.hits)
                if none:
                    assert read(s) == frozenset()
    assert answers == {True, False}
    name, shadowing = next((n, c) for n, c in comp.classes.items() if c.shadows)
    hiding = dict(comp.classes)
    hiding[name] = attrs.evolve(shadowing, shadows=(*shadowing.shadows, "court"))
    assert not events._none_of({}, COURT_CLASSES, attrs.evolve(comp, classes=hiding))


def test_the_gate_walks_the_hits_for_a_trigger_once(extractor) -> None:
    """The gate's answer for a sentence (``may_fire``) is remembered with the
    walk for a trigger inside it: sentence_drafts, asking again, reads the
    answer and computes (walks the hits) no more.  Read through the memo's
    table, not by patching ``has_trigger``: the compiled build calls it
    directly, past any patch of the module attribute."""
    comp = extractor.compiled
    sents = extractor.analyse(normalize("قال الجيش إن مسلحين هاجموا حاجزا قرب الموصل أمس."), None)
    assert sents
    table = events._RECENT_CHOICE._table
    table.clear()
    for s in sents:
        assert events.may_fire(s, comp)
    after_gate = {k: v[1] for k, v in table.items()}
    assert len(after_gate) == len(sents)
    for s in sents:
        assert events.sentence_drafts(s, comp)
    assert {k: v[1] for k, v in table.items()}.keys() == after_gate.keys()
    assert all(table[k][1] is answer for k, answer in after_gate.items())


def test_hit_roles_are_kept_under_live_entries(extractor) -> None:
    """A hit's role is remembered under the identity of its entries tuple and
    holds that tuple, so the identity cannot be reused while it is kept; a
    hit with an equal but distinct entries tuple gets a role of its own that
    reads the same."""
    comp = extractor.compiled
    sents = extractor.analyse(normalize(_SCAN_TEXTS[0]), None)
    roles = events._HIT_ROLES.get((comp.classes, comp.kind_cues), 0, dict)
    for s in sents:
        events._scan_hits(s.hits, comp)
        for h in s.hits:
            assert roles[id(h.entries)].entries is h.entries
        copies = tuple(h._replace(entries=tuple(list(h.entries))) for h in s.hits)
        assert events._scan_hits(copies, comp) == events._scan_hits(s.hits, comp)
        for h in copies:
            assert roles[id(h.entries)].entries is h.entries
