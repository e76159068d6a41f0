"""eventx.recalled's set tests before its walks give what the walks alone gave.

``recalled`` and ``_told_then`` first ask, in one C-level set test, whether
any word that could make their walk answer True stands within its reach;
most deeds have none and are answered without a walk.  Here the walks they
replaced are the reference, over random token sequences drawn from every
word list the walks read (breaks and blockers included) and filler words.
"""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from eventx import recalled as rc
from eventx.text.tokenize import Token


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
def _drafts(draw: st.DrawFn) -> SimpleNamespace:
    texts = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
    first = draw(st.integers(0, len(texts) - 1))
    last = draw(st.integers(first, min(first + 2, len(texts) - 1)))
    pos = draw(st.sampled_from(["verb", "noun", "plural"]))
    tokens = tuple(Token(t, 0, 0) for t in texts)
    return SimpleNamespace(sentence=SimpleNamespace(tokens=tokens),
                           trigger=SimpleNamespace(first=first, last=last),
                           form=SimpleNamespace(pos=pos))


@settings(max_examples=600, deadline=None)
@given(_drafts())
def test_recalled_answers_as_its_walk(d: SimpleNamespace) -> None:
    w = rc._words()
    assert rc._told_then(d, w) == _old_told_then(d, w)  # type: ignore[arg-type]
    assert rc.recalled(d) == _old_recalled(d)  # type: ignore[arg-type]


def test_the_random_sequences_meet_both_answers() -> None:
    """The vocabulary holds words that make each walk answer True."""
    w = rc._words()
    then = sorted(w.then)[0]
    aux = sorted(w.memory)[0]
    told = SimpleNamespace(sentence=SimpleNamespace(tokens=(Token(then, 0, 0), Token("هاجم", 0, 0))),
                           trigger=SimpleNamespace(first=1, last=1), form=SimpleNamespace(pos="verb"))
    memory = SimpleNamespace(sentence=SimpleNamespace(tokens=(Token(aux, 0, 0), Token("هجوم", 0, 0))),
                             trigger=SimpleNamespace(first=1, last=1), form=SimpleNamespace(pos="noun"))
    assert then in _WORDS and aux in _WORDS
    assert rc._told_then(told, w) and _old_told_then(told, w)  # type: ignore[arg-type]
    assert rc.recalled(memory) and _old_recalled(memory)  # type: ignore[arg-type]


def test_the_reach_edges_answer_as_the_walk() -> None:
    """An auxiliary at every distance around the walk's reach, its particle
    right before the deed (and a "then" word likewise around its reach)."""
    w = rc._words()
    aux, particle, then = sorted(w.auxiliary)[0], sorted(w.particle)[0], sorted(w.then)[0]
    answers = set()
    for gap in range(w.auxiliary_reach + 3):
        texts = [aux, *["مسلحون"] * gap, particle, "هاجم", "الشرطة"]
        d = SimpleNamespace(sentence=SimpleNamespace(tokens=tuple(Token(t, 0, 0) for t in texts)),
                            trigger=SimpleNamespace(first=gap + 2, last=gap + 2),
                            form=SimpleNamespace(pos="verb"))
        answers.add(_old_recalled(d))
        assert rc.recalled(d) == _old_recalled(d)  # type: ignore[arg-type]
    for gap in range(w.then_reach + 3):
        texts = ["هاجم", *["مسلحون"] * gap, then]
        d = SimpleNamespace(sentence=SimpleNamespace(tokens=tuple(Token(t, 0, 0) for t in texts)),
                            trigger=SimpleNamespace(first=0, last=0), form=SimpleNamespace(pos="verb"))
        answers.add(_old_told_then(d, w))
        assert rc._told_then(d, w) == _old_told_then(d, w)  # type: ignore[arg-type]
    assert answers == {True, False}
