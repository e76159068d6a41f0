"""Slot filling's fast paths give exactly what the plain scans gave.

* ``_sayer_positions`` answers a sentence with no verb of saying by one set
  test: against the generator over every saying class it skips;
* ``_SentenceFacts.placeless`` lets ``_choose_place`` answer at once: a
  sentence it marks has no candidate, so every pick finds none;
* ``_suppressed`` compares each cue against the trigger's bounds widened
  once: against the per-cue reach it replaced.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventx import events
from eventx.text.normalize import normalize

_CLASSES = st.sampled_from([*events._SAYING_CLASSES, "result", "conduct", "agent_cue"])


@given(st.dictionaries(_CLASSES, st.lists(st.integers(0, 60), min_size=1, max_size=4)))
def test_sayer_positions_are_those_of_the_saying_classes(class_at: dict[str, list[int]]) -> None:
    assert events._sayer_positions(class_at) == frozenset(
        i for c in events._SAYING_CLASSES for i in class_at.get(c, ()))


@given(st.integers(0, 40), st.integers(0, 3), st.integers(0, 40), st.integers(0, 3),
       st.integers(0, 10), st.integers(0, 5))
def test_widened_bounds_are_the_per_cue_reach(tf: int, tl: int, cf: int, cl: int,
                                               window: int, punct: int) -> None:
    """The test ``_suppressed`` asks with the trigger's bounds widened once
    is the test it asked with each cue's reach."""
    t_first, t_last, c_first, c_last = tf, tf + tl, cf, cf + cl
    reach = window + punct
    old = c_last < t_first - reach or c_first > t_last + reach
    first, last = t_first - punct, t_last + punct
    assert (c_last < first - window or c_first > last + window) == old


_TEXTS = [
    "قتل مسلحون ثلاثة جنود أمس.",
    "أعلنت الشرطة اعتقال خمسة أشخاص بتهمة التخطيط لهجوم.",
    "قتل مسلحون ثلاثة جنود في هجوم على حاجز قرب الموصل أمس.",
    "اعتقلت الشرطة في بغداد شابا كان يعتزم السفر إلى سوريا.",
    "أدانت فرنسا الهجوم الذي استهدف كنيسة في القاهرة.",
    "هجمات باريس أودت بحياة 130 شخصا.",
]


def test_a_placeless_sentence_gives_no_draft_a_place(extractor) -> None:
    """Where ``placeless`` holds, the full pick finds no place for any draft
    (whatever it skips); where it does not, the sentence has a candidate."""
    comp = extractor.compiled
    seen = [0, 0]
    for text in _TEXTS:
        for s in extractor.analyse(normalize(text), None):
            gate = events._rule_choice(s, comp)
            scan, chosen = gate.scan, gate.chosen
            f = events._sentence_facts(s, scan, comp)
            has_candidate = bool(s.places or s.implied or any(a.place_too for a in s.actors))
            assert f.placeless == (not has_candidate)
            seen[f.placeless] += 1
            drafts = [events.Draft(rule, s, h, form, subtype) for h, rule, form, subtype in chosen]
            if not drafts or not f.placeless:
                continue
            owner = events._owners(drafts, len(s.tokens))
            for d in drafts:
                assert events._pick_place(d, owner, s, set(), frozenset(), f) is None
                assert events._choose_place(d, owner, s, set(), frozenset(), f) is None
    assert all(seen)  # both kinds of sentence were met


def test_a_lone_draft_owns_every_token_with_or_without_objects(extractor) -> None:
    """``sentence_drafts`` skips the speech verbs' object-aware owners for a
    lone draft: with one draft, both readings give it every token."""
    comp = extractor.compiled
    lone = 0
    for text in ["قال الجيش إن مسلحين هاجموا حاجزا.", "أدانت فرنسا التفجير.", *_TEXTS]:
        for s in extractor.analyse(normalize(text), None):
            drafts = [events.Draft(rule, s, h, form, subtype)
                      for h, rule, form, subtype in events._rule_choice(s, comp).chosen]
            for d in drafts:
                n = len(s.tokens)
                assert events._owners([d], n, objects=True) == events._owners([d], n) == [d] * n
                lone += 1
    assert lone
