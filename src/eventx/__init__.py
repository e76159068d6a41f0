"""eventx: Arabic news to structured security-incident records.

>>> import eventx
>>> events = eventx.extract(text, reference_date="2021-02-24")   # doctest: +SKIP

The heavy parts (spaCy, the compiled packs and reference data) load on first
use, so ``import eventx`` stays cheap and submodules import independently.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from eventx.errors import EventxError, RulePackError
from eventx.records import Actor, Count, Entity, Event, EventDate, Location, Mention, Place

if TYPE_CHECKING:
    from eventx.extractor import Extractor

__version__ = "0.1.0"
__all__ = [
    "Actor", "Count", "Entity", "Event", "EventDate", "EventxError", "Extractor", "Location",
    "Mention", "Place", "RulePackError", "entities", "extract", "__version__",
]

_default: Extractor | None = None
_lock = threading.Lock()


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from eventx.extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'eventx' has no attribute {name!r}")


def default_extractor() -> Extractor:
    """The module-level extractor with all built-in packs, built lazily once."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from eventx.extractor import Extractor

                _default = Extractor()
    return _default


def extract(text: str, *, reference_date: Any = None, packs: Any = None) -> list[Event]:
    """Events of one article.  ``packs=None`` uses every built-in pack."""
    if packs is None:
        return default_extractor().extract(text, reference_date=reference_date)
    from eventx.extractor import Extractor

    return Extractor(packs).extract(text, reference_date=reference_date)


def entities(text: str) -> list[Entity]:
    """Every place and actor the lexicon pass finds, resolved."""
    return default_extractor().entities(text)
