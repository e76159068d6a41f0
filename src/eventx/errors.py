"""Errors users can catch; each says where the problem is."""
from __future__ import annotations


class EventxError(Exception):
    """Base class of eventx's own errors."""


class RulePackError(EventxError):
    """A rule pack that cannot be loaded: names the file, the line and the rule id."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 rule: str | None = None) -> None:
        self.file, self.line, self.rule = file, line, rule
        where = ":".join(str(x) for x in (file, line) if x is not None)
        parts = [p for p in (where, f"rule {rule}" if rule else None) if p]
        super().__init__(f"{' '.join(parts)}: {message}" if parts else message)
