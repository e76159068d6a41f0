"""A phrase joined by و to one the slots set aside shares its reading
(eventx.joined_aside): the governing word stands before the list's head only."""
from __future__ import annotations

import eventx


def _mentions(text: str, etype: str) -> list[str]:
    return [a.mention.text for e in eventx.extract(text, reference_date="2015-07-29")
            if e.type == etype for a in e.actors]


def test_the_second_ally_a_strike_supports_is_no_target() -> None:
    text = "ونفذ التحالف غارات جوية لدعم القوات العراقية وقوات البيشمركة قرب الموصل."
    assert "وقوات البيشمركة" not in _mentions(text, "air_strike")
    assert "التحالف" in _mentions(text, "air_strike")


def test_the_second_side_of_clashes_between_is_no_victim_of_abductions() -> None:
    text = ("وسجلت عمليات خطف شرطيين بعضهم مع عائلاتهم وصدامات بين قوات الأمن ومتظاهرين"
            " في الساعات الأخيرة في عدة بلدات.")
    mentions = _mentions(text, "abduction")
    assert "شرطيين" in mentions
    assert "ومتظاهرين" not in mentions
