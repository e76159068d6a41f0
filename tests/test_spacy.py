"""The spaCy component: doc._.events, doc.spans["eventx"], config, serialisation."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import DocBin

import eventx.spacy_component  # noqa: F401  (registers the factory)
from eventx.errors import RulePackError

KATYUSHA = "واستهدفت صواريخ كاتيوشا، مساء الاثنين، محيط السفارة الأميركية في المنطقة الخضراء ببغداد."


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("ar")
    nlp.add_pipe("eventx", config={"reference_date": "2021-02-24"})
    return nlp


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    return nlp(seed_text)


def test_events_match_the_library_and_offsets_index_doc_text(seed_doc, seed_text, extractor):
    events = seed_doc._.events
    assert [e.to_dict() for e in events] == [
        e.to_dict() for e in extractor.extract(seed_text, reference_date="2021-02-24")]
    rockets = [e for e in events if e.type == "rocket_strike"]
    assert {e.location.place.name_en for e in rockets if e.location} >= {"Erbil", "Green Zone"}
    for e in events:
        for m in (e.trigger, e.sentence, *(a.mention for a in e.actors)):
            assert seed_doc.text[m.start:m.end] == m.text


def test_spans_are_places_and_actors_covering_their_mentions(seed_doc, extractor, seed_text):
    spans = list(seed_doc.spans["eventx"])
    assert spans and {s.label_ for s in spans} == {"PLACE", "ACTOR"}
    ents = extractor.entities(seed_text)
    for ent in ents:  # every entity is covered by a span of its label
        assert any(s.label_ == ent.label and s.start_char <= ent.mention.start
                   and s.end_char >= ent.mention.end for s in spans), ent
    erbil = [s for s in spans if s.label_ == "PLACE" and "أربيل" in s.text]
    assert erbil and all(s.kb_id_ == "95446" for s in erbil)  # GeoNames id of Erbil


def test_clitic_glued_place_gets_a_whole_token_span(nlp):
    doc = nlp(KATYUSHA)
    baghdad = [s for s in doc.spans["eventx"] if "بغداد" in s.text]
    assert baghdad and baghdad[0].text.startswith("ببغداد")  # the whole token, clitic included
    assert all(s.start < s.end for s in doc.spans["eventx"])


def test_event_arguments_only(seed_text):
    nlp = spacy.blank("ar")
    nlp.add_pipe("eventx", config={"entities": False, "reference_date": "2021-02-24"})
    doc = nlp(seed_text)
    args = {(m.start, m.end) for e in doc._.events
            for m in ([e.location.mention] if e.location else []) + [a.mention for a in e.actors]}
    spans = list(doc.spans["eventx"])
    assert spans
    for s in spans:
        assert any(s.start_char <= a <= b <= s.end_char for a, b in args)


def test_reference_date_per_doc_wins_over_config(nlp):
    doc = nlp.make_doc(KATYUSHA)
    doc._.reference_date = dt.date(2021, 3, 3)
    doc = nlp(doc)
    assert [e.date.start for e in doc._.events if e.type == "rocket_strike"] == [dt.date(2021, 3, 1)]
    assert [e.date.start for e in nlp(KATYUSHA)._.events
            if e.type == "rocket_strike"] == [dt.date(2021, 2, 22)]
    bare = spacy.blank("ar")
    bare.add_pipe("eventx")
    assert all(e.date is None for e in bare(KATYUSHA)._.events)


def test_pipe_equals_one_by_one(nlp, seed_text):
    texts = [KATYUSHA, "", "لا شيء هنا.", seed_text[:600]]
    piped = [[e.to_dict() for e in d._.events] for d in nlp.pipe(texts, batch_size=2)]
    single = [[e.to_dict() for e in nlp(t)._.events] for t in texts]
    assert piped == single
    assert piped[1] == [] and piped[2] == []


def test_to_disk_and_load_keep_the_config(nlp, tmp_path: Path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == ["eventx"]
    comp = loaded.get_pipe("eventx")
    assert comp.reference_date == "2021-02-24" and comp.packs is None
    assert [e.to_dict() for e in loaded(KATYUSHA)._.events] == [
        e.to_dict() for e in nlp(KATYUSHA)._.events]


def test_docbin_round_trip_keeps_spans_and_events(nlp, seed_doc):
    data = DocBin(store_user_data=True, docs=[seed_doc]).to_bytes()
    back = next(iter(DocBin().from_bytes(data).get_docs(nlp.vocab)))
    def key(d):
        return [(s.start, s.end, s.label_, s.kb_id_) for s in d.spans["eventx"]]

    assert key(back) == key(seed_doc)
    assert [e.to_dict() for e in back._.events] == [e.to_dict() for e in seed_doc._.events]


def test_displacy_renders_the_spans(nlp):
    html = displacy.render(nlp(KATYUSHA), style="span", options={"spans_key": "eventx"})
    assert "PLACE" in html and "ACTOR" in html and "كاتيوشا" in html


def test_unknown_pack_is_a_clear_error_at_add_pipe():
    nlp = spacy.blank("ar")
    with pytest.raises(RulePackError, match="no_such_pack"):
        nlp.add_pipe("eventx", config={"packs": ["no_such_pack"]})
