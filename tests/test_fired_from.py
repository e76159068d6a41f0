"""Where fire came from is no target of it.

Shelling told with "من" straight after its verb or after what was fired
("قصفت من حاجز …"، "قذائف من مواقع …") names the post it was fired from
(class ``launched_from`` in rules/core/classes.toml, read by
eventx.provenance); the post a shelling verb takes as its object stays its
target.  Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-07-25"


@pytest.mark.parametrize("text", [
    "وقال ناشطون إن قوات النظام قصفت من حاجز البلدة على الأحياء السكنية أمس.",
    "وقال الأهالي إن المسلحين يقصفون من حاجز الجسر منازل القرية منذ الصباح.",
    "وتحدث المرصد عن سقوط عشرات القذائف من حاجز البلدة على المدينة أمس.",
])
def test_the_post_fired_from_is_no_target(text: str) -> None:
    roles = all_role_mentions(text, "rocket_strike", REF)
    assert not [m for r, m in roles if r == "target" and "حاجز" in m], roles


def test_a_post_shelled_stays_the_target() -> None:
    roles = all_role_mentions("وقصفت قوات النظام حاجزا للمعارضة في البلدة أمس.",
                              "rocket_strike", REF)
    assert ("target", "حاجزا") in roles
