"""eventx as a spaCy pipeline component: ``nlp.add_pipe("eventx")``.

The component runs the eventx extractor on ``doc.text`` (eventx keeps its own
normalising tokeniser, so the result does not depend on the host pipeline's
tokens) and attaches:

- ``doc._.events``: ``list[Event]``; every offset is a character offset into
  ``doc.text``;
- ``doc.spans["eventx"]``: PLACE and ACTOR spans (every place and actor the
  lexicon finds, or only event arguments with ``entities = false``), widened to
  token boundaries so a clitic-glued name (ببغداد) still gets a span; the
  span's ``kb_id_`` is the GeoNames id or the actor code.

Per-document publication dates go in ``doc._.reference_date`` (a date or ISO
string) and win over the component's ``reference_date`` setting.

Importing this module registers the factory; installed eventx also registers
it through the ``spacy_factories`` entry point, so ``spacy.load`` of a saved
pipeline finds it without an import.  It also teaches srsly to pack ``Event``
objects, so ``DocBin(store_user_data=True)`` keeps ``doc._.events``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventx.records import Event

SPANS_KEY = "eventx"
_EVENT_TAG = "__eventx_event__"

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("reference_date"):
    Doc.set_extension("reference_date", default=None)


class EventxComponent:
    """Holds one compiled Extractor; spaCy calls it once per Doc."""

    def __init__(self, nlp: Language, name: str, packs: list[str] | None,
                 reference_date: str | None, entities: bool) -> None:
        import eventx

        self.name = name
        self.packs = list(packs) if packs is not None else None
        self.reference_date = reference_date
        self.entities = entities
        # The default (all built-in packs) extractor is shared with eventx.extract.
        self.extractor = (eventx.default_extractor() if self.packs is None
                          else eventx.Extractor(self.packs))

    def __call__(self, doc: Doc) -> Doc:
        ref = doc._.reference_date if doc._.reference_date is not None else self.reference_date
        events = self.extractor.extract(doc.text, reference_date=ref)
        doc._.events = events
        doc.spans[SPANS_KEY] = self._spans(doc, events)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def _spans(self, doc: Doc, events: list[Event]) -> list[Span]:
        found: dict[tuple[int, int, str], str] = {}
        if self.entities:
            for ent in self.extractor.entities(doc.text):
                if ent.place is not None:
                    kb = "" if ent.place.geonames_id is None else str(ent.place.geonames_id)
                else:
                    kb = (ent.actor.code or "") if ent.actor is not None else ""
                found[(ent.mention.start, ent.mention.end, ent.label)] = kb
        else:
            for ev in events:
                if ev.location is not None:
                    m, gid = ev.location.mention, ev.location.place.geonames_id
                    found[(m.start, m.end, "PLACE")] = "" if gid is None else str(gid)
                for a in ev.actors:
                    found[(a.mention.start, a.mention.end, "ACTOR")] = a.info.code or ""
        spans: list[Span] = []
        seen: set[tuple[int, int, str]] = set()
        for (start, end, label), kb in sorted(found.items()):
            span = doc.char_span(start, end, label=label, kb_id=kb, alignment_mode="expand")
            if span is None or (span.start, span.end, label) in seen:
                continue
            seen.add((span.start, span.end, label))
            spans.append(span)
        return spans


@Language.factory(
    "eventx",
    default_config={"packs": None, "reference_date": None, "entities": True},
    assigns=["doc._.events", "doc.spans"],
)
def make_eventx(nlp: Language, name: str, packs: list[str] | None,
                reference_date: str | None, entities: bool) -> EventxComponent:
    """Factory behind ``nlp.add_pipe("eventx", config={...})``.

    packs: rule pack names or folders (None = every built-in pack);
    reference_date: ISO date used when a doc has no ``doc._.reference_date``;
    entities: spans for every place/actor found (True) or only event arguments.
    """
    return EventxComponent(nlp, name, packs, reference_date, entities)


# -- srsly: let DocBin(store_user_data=True) carry doc._.events ------------------

def _encode_event(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, Event):
        return {_EVENT_TAG: obj.to_dict()}
    return obj if chain is None else chain(obj)


def _decode_event(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and _EVENT_TAG in obj:
        from eventx.export import event_from_dict

        return event_from_dict(obj[_EVENT_TAG])
    return obj if chain is None else chain(obj)


def _register_msgpack() -> None:
    import srsly.msgpack as smp  # type: ignore[import-untyped]

    if "eventx.event" not in smp.msgpack_encoders.get_all():
        smp.msgpack_encoders.register("eventx.event", func=_encode_event)
        smp.msgpack_decoders.register("eventx.event", func=_decode_event)


_register_msgpack()
