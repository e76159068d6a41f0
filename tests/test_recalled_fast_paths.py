"""eventx.recalled's set tests before its walks give what the walks alone gave.

``recalled`` and ``_told_then`` first ask, in one C-level set test, whether
any word that could make their walk answer True stands within its reach;
most deeds have none and are answered without a walk.  Here the walks they
replaced are the reference, over random token sequences drawn from every
word list the walks read (breaks and blockers included) and filler words.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import recalled as rc
from eventx.analysis import Sentence
from eventx.compiled import TriggerForm
from eventx.events import Draft
from eventx.text.tokenize import Token
from probe import drafts

# a real draft whose rule and trigger the drafts below are built from: the
# compiled build's functions take nothing but a Draft
_TEMPLATE = drafts("هاجم مسلحون حاجزا للجيش أمس.", "2021-02-24")[0]


def _draft(texts: list[str], first: int, last: int, pos: str) -> Draft:
    """A draft of the deed at tokens ``[first, last]`` of a sentence of ``texts``."""
    tokens = tuple(Token(t, 0, 0) for t in texts)
    sentence = Sentence(0, 0, tokens, (), (), (), (), ())
    return Draft(_TEMPLATE.rule, sentence, _TEMPLATE.trigger._replace(first=first, last=last),
                 TriggerForm(_TEMPLATE.rule.id, pos), None)


def _old_told_then(d, w) -> bool:  # type: ignore[no-untyped-def]
    toks = d.sentence.tokens
    for step, start in ((-1, d.trigger.first - 1), (1, d.trigger.last + 1)):
        k = start
        while 0 <= k < len(toks) and abs(k - start) < w.then_reach:
            t = toks[k].text
            if t in w.breaks:
                break
            if t in w.then:
                return True
            k += step
    return False


def _old_recalled(d) -> bool:  # type: ignore[no-untyped-def]
    w = rc._words()
    toks = d.sentence.tokens
    first = d.trigger.first
    if _old_told_then(d, w):
        return True
    noun = d.form.pos != "verb"
    particle = False
    ever_link = False
    for k in range(first - 1, max(-1, first - 1 - w.auxiliary_reach), -1):
        t = toks[k].text
        if t in w.breaks:
            return False
        near = first - k
        if noun and near <= w.memory_reach and t in w.memory:
            return True
        if noun and t in w.since and all(x.text in w.since_heads for x in toks[k + 1:first]):
            return True
        if near <= w.ever_reach and t in w.ever_link:
            ever_link = True
        elif ever_link and near <= w.ever_reach + 1 and t in w.ever:
            return True
        if t in w.particle:
            particle = particle or (near <= w.particle_reach + 1 and not any(
                x.text in w.particle_blockers for x in toks[k + 1:first]))
        elif particle and t in w.auxiliary:
            return True
    return False


def _vocabulary() -> list[str]:
    w = rc._words()
    words: set[str] = {"الشرطة", "هاجم", "مسلحون", "في", "المدينة", "،"}
    for group in (w.auxiliary, w.particle, w.particle_blockers, w.memory, w.since,
                  w.since_heads, w.ever, w.ever_link, w.breaks, w.then):
        words |= set(sorted(group)[:6])
    return sorted(words)


_WORDS = _vocabulary()


@st.composite
def _drafts(draw: st.DrawFn) -> Draft:
    texts = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
    first = draw(st.integers(0, len(texts) - 1))
    last = draw(st.integers(first, min(first + 2, len(texts) - 1)))
    pos = draw(st.sampled_from(["verb", "noun", "plural"]))
    return _draft(texts, first, last, pos)


@settings(max_examples=600, deadline=None)
@given(_drafts())
def test_recalled_answers_as_its_walk(d: Draft) -> None:
    w = rc._words()
    assert rc._told_then(d, w) == _old_told_then(d, w)
    assert rc.recalled(d) == _old_recalled(d)


def test_the_random_sequences_meet_both_answers() -> None:
    """The vocabulary holds words that make each walk answer True."""
    w = rc._words()
    then = sorted(w.then)[0]
    aux = sorted(w.memory)[0]
    told = _draft([then, "هاجم"], 1, 1, "verb")
    memory = _draft([aux, "هجوم"], 1, 1, "noun")
    assert then in _WORDS and aux in _WORDS
    assert rc._told_then(told, w) and _old_told_then(told, w)
    assert rc.recalled(memory) and _old_recalled(memory)


def test_the_reach_edges_answer_as_the_walk() -> None:
    """An auxiliary at every distance around the walk's reach, its particle
    right before the deed (and a "then" word likewise around its reach)."""
    w = rc._words()
    aux, particle, then = sorted(w.auxiliary)[0], sorted(w.particle)[0], sorted(w.then)[0]
    answers = set()
    for gap in range(w.auxiliary_reach + 3):
        texts = [aux, *["مسلحون"] * gap, particle, "هاجم", "الشرطة"]
        d = _draft(texts, gap + 2, gap + 2, "verb")
        answers.add(_old_recalled(d))
        assert rc.recalled(d) == _old_recalled(d)
    for gap in range(w.then_reach + 3):
        texts = ["هاجم", *["مسلحون"] * gap, then]
        d = _draft(texts, 0, 0, "verb")
        answers.add(_old_told_then(d, w))
        assert rc._told_then(d, w) == _old_told_then(d, w)
    assert answers == {True, False}
