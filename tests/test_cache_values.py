"""Every table the start-up cache stores loads back from its pickle, in
whichever build runs the suite (make test runs it pure and compiled).

Why: the cache swallows a failed load as "rebuild" (a corrupt or foreign
file must not stop extraction), so a value that pickles but cannot be
unpickled costs nothing visible but a cold start rebuilt on every process.
The compiled build makes objects through their constructor when unpickling;
a class whose ``__init__`` needs arguments failed there (TriggerWords did:
the matcher was rebuilt and re-stored at every start, cold start x1.3).
"""
from __future__ import annotations

import pickle
from typing import Any

import pytest

from eventx import Extractor
from eventx.actors import ActorDictionary
from eventx.dates_grammar import grammar
from eventx.gazetteer import Gazetteer
from eventx.trigger_words import TriggerWords


def _matcher_parts() -> list[Any]:
    comp = Extractor().compiled
    return [comp.lexicon, comp.trigger_words]


@pytest.mark.parametrize("make", [_matcher_parts, grammar, Gazetteer.default, ActorDictionary.default],
                         ids=["matcher", "date_grammar", "gazetteer", "actors"])
def test_each_cached_table_loads_back(make: Any) -> None:
    value = make()
    again = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(again) is type(value)


def test_trigger_words_load_back_with_their_answers() -> None:
    words = Extractor().compiled.trigger_words
    assert isinstance(words, TriggerWords)
    again = pickle.loads(pickle.dumps(words, protocol=pickle.HIGHEST_PROTOCOL))
    assert (again.single, again.inner) == (words.single, words.inner)
    text = "زار الوزير وزارة الشؤون الاجتماعية"
    spans = [(0, 3), (4, 10), (11, 16), (17, 23), (24, 34)]
    assert [again.may_trigger(text, s, e, False) for s, e in spans] == \
        [words.may_trigger(text, s, e, False) for s, e in spans]
