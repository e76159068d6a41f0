"""Who reacts to a deed (welcomes, praises, condemns it) is no party to it,
named before the deed as after it (classes.toml reaction_verb; slots.toml
before&cuenext:reaction_verb in the deed slots)."""
from __future__ import annotations

import eventx


def _roles(text: str, etype: str) -> list[tuple[str, str]]:
    return [(a.role, a.mention.text) for e in eventx.extract(text, reference_date="2016-03-10")
            if e.type == etype for a in e.actors]


def test_who_welcomes_the_strikes_did_not_strike() -> None:
    roles = _roles("ورحبت الحكومة بالغارات التي شنها التحالف على مواقع داعش.", "air_strike")
    assert ("agent", "التحالف") in roles
    assert all(m != "الحكومة" for _, m in roles)


def test_who_praises_the_strikes_did_not_strike() -> None:
    roles = _roles("وأشادت الحكومة بالغارات التي شنها التحالف على مواقع داعش.", "air_strike")
    assert ("agent", "التحالف") in roles
    assert all(m != "الحكومة" for _, m in roles)


def test_a_group_before_its_own_deed_stays_its_doer() -> None:
    roles = _roles("وشن تنظيم داعش هجوما على حاجز للجيش في سيناء.", "attack")
    assert any(r == "agent" and "داعش" in m for r, m in roles)
