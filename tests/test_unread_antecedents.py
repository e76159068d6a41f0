"""Anaphora (الميليشيا، الحركة، المقاومة، التنظيم) resolve to groups named in
sentences the extractor does not analyse (no trigger form in them): those
sentences are read, in document order, when an analysed sentence holds an
anaphor (eventx.unread).  The sentences below are written in the shapes of
corpus articles: a group introduced in a sentence of control or
negotiation, then named by its head noun or "الميليشيا" in the next."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

import eventx
from eventx.analysis import DocState, Sentence, analyse
from eventx.doc_countries import doc_countries
from eventx.extractor import Extractor
from eventx.text.normalize import normalize
from eventx.text.sentences import split_sentences
from eventx.unread import due


def names_in(text: str, etype: str, role: str) -> list[str]:
    """The names of the actors of a role in the events of a type."""
    return [a["name"] for e in eventx.extract(text, reference_date="2015-08-07")
            if e.to_dict()["type"] == etype for a in e.to_dict()["actors"] if a["role"] == role]


def test_the_militia_is_the_group_a_sentence_without_a_trigger_named() -> None:
    """"وتنتشر ميليشيا الحوثي …" fires nothing and was never read."""
    text = ("وتنتشر ميليشيا الحوثي في أحياء المدينة منذ أشهر. "
            "وقصفت الميليشيا منازل المواطنين بقذائف الهاون.")
    assert names_in(text, "rocket_strike", "agent") == ["الحوثيون"]


def test_a_head_noun_names_the_movement_of_a_negotiation_sentence() -> None:
    text = ("وكانت مفاوضات جمعت وفدا من حركة أحرار الشام ومسؤولين أتراك في أنقرة. "
            "وأعلنت الحركة في بيان مسؤوليتها عن الهجوم.")
    assert names_in(text, "statement", "source") == ["أحرار الشام"]


def test_the_resistance_is_the_one_named_with_the_army() -> None:
    text = ("دخلت قوات الجيش المسنودة بمسلحي المقاومة الشعبية مدينة جعار صباح اليوم. "
            "وتمكنت المقاومة من تحرير ثلاثة مواقع في محيط المدينة.")
    assert "المقاومة الشعبية" in names_in(text, "raid", "agent")


def test_the_last_group_named_before_the_anaphor_wins() -> None:
    """Two groups in unread sentences before it, a third after it: the
    anaphor takes the second, as a reading in document order gives."""
    text = ("وتنتشر ميليشيا الحوثي في أحياء المدينة منذ أشهر. "
            "ويتمركز عناصر تنظيم داعش في التلال المحيطة بالبلدة. "
            "وهاجم التنظيم حاجزا للجيش أمس. "
            "وكانت مفاوضات جمعت وفدا من حركة أحرار الشام ومسؤولين أتراك في أنقرة.")
    assert names_in(text, "attack", "agent") == ["داعش"]


def test_a_group_named_before_an_analysed_sentence_without_anaphor_still_counts() -> None:
    """The sentence between fires an event but names no group nor anaphor:
    the one before it is still read when "الميليشيا" comes."""
    text = ("وتنتشر ميليشيا الحوثي في أحياء المدينة منذ أشهر. "
            "وقتل ثلاثة جنود في انفجار عبوة ناسفة. "
            "وقصفت الميليشيا منازل المواطنين بقذائف الهاون.")
    assert names_in(text, "rocket_strike", "agent") == ["الحوثيون"]


def test_a_group_an_analysed_sentence_names_later_wins_over_an_unread_one() -> None:
    """Read late, the unread sentence's group still counts as named first."""
    text = ("وتنتشر ميليشيا الحوثي في أحياء المدينة منذ أشهر. "
            "وقال مسؤول إن عناصر تنظيم داعش قتلوا ثلاثة جنود في انفجار عبوة ناسفة. "
            "وهاجم التنظيم حاجزا للجيش أمس.")
    assert names_in(text, "attack", "agent") == ["داعش"]


# -- the invariant: reading unread sentences only when an anaphor asks gives
# -- what analysing every sentence in order gives

_UNREAD = [
    "وتنتشر ميليشيا الحوثي في أحياء المدينة منذ أشهر.",
    "وكانت مفاوضات جمعت وفدا من حركة أحرار الشام ومسؤولين أتراك في أنقرة.",
    "ويتمركز عناصر تنظيم داعش في التلال المحيطة بالبلدة.",
    "ويعيش أهالي القرية ظروفا صعبة.",
    "واسى صاحب السمو الأمير فيصل بن خالد بن عبدالعزيز أسرة الفقيد.",
    "دخلت قوات الجيش المسنودة بمسلحي المقاومة الشعبية مدينة جعار صباح اليوم.",
]
_ANALYSED = [
    "وقصفت الميليشيا منازل المواطنين بقذائف الهاون.",
    "وأعلنت الحركة في بيان مسؤوليتها عن الهجوم.",
    "وهاجم التنظيم حاجزا للجيش أمس.",
    "وأكد سموه في تصريح أن الهجوم لن يمر.",
    "وتمكنت المقاومة من تحرير ثلاثة مواقع في محيط المدينة.",
    "وقتل ثلاثة جنود في انفجار عبوة ناسفة.",
]
_EXTRACTOR = Extractor()


def _actors(sents: list[Sentence]) -> list[list[tuple[int, int, str]]]:
    return [[(a.start, a.end, a.info.name) for a in s.actors] for s in sents]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_UNREAD + _ANALYSED), min_size=1, max_size=8))
@example([_UNREAD[0], _ANALYSED[5], _ANALYSED[0]])  # read late, yet in order
def test_antecedents_are_those_of_a_reading_of_every_sentence(parts: list[str]) -> None:
    ex = _EXTRACTOR
    norm = normalize(" ".join(parts))
    got = ex.analyse(norm, None)
    # the reference: every sentence analysed in order (those without a
    # trigger only noting what they name), the candidates' analyses kept
    comp = ex.compiled
    state = DocState(background=doc_countries(comp.country_scan, norm.text),
                     teh_marbuta=norm.folded_teh_marbuta())
    candidates = set(ex.candidate_sentences(norm))
    every = [analyse(norm.text, s, e, comp, None, state) for s, e in split_sentences(norm.text)]
    assert _actors(got) == _actors([s for s in every if (s.start, s.end) in candidates])


_SPANS = st.lists(st.integers(1, 9), min_size=0, max_size=12).map(
    lambda gaps: [(sum(gaps[:i]) * 10, sum(gaps[:i]) * 10 + 5) for i in range(1, len(gaps) + 1)])


@given(_SPANS, st.integers(0, 12), st.integers(0, 600))
def test_due_are_the_unread_sentences_ending_before(spans: list[tuple[int, int]], done: int,
                                                   start: int) -> None:
    done = min(done, len(spans))
    j = due(spans, done, start)
    assert spans[done:j] == [(s, e) for s, e in spans[done:] if e <= start]
