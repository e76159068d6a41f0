"""Targets named by common nouns become actors of the right kind."""
from __future__ import annotations

import eventx


def _targets(text: str) -> list[tuple[str, str]]:
    return [(a.info.name_en, a.info.kind) for e in eventx.extract(text, reference_date="2015-08-07")
            for a in e.actors if a.role in ("target", "victim")]


def test_facility_takes_its_owners_kind() -> None:
    got = _targets("استهدف انتحاري مسجد قوات الطوارئ في مدينة أبها أمس.")
    assert any(en.startswith("mosque of") and kind == "state_forces" for en, kind in got), got


def test_plain_facility_is_civilian() -> None:
    got = _targets("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة بعقوبة أمس.")
    assert any(en.startswith("public place") and kind == "civilians" for en, kind in got), got


def test_patrol_is_state_forces() -> None:
    got = _targets("هاجم مسلحون دورية للشرطة في مدينة العريش أمس.")
    assert ("patrol", "state_forces") in got or any(
        en.startswith("patrol") and kind == "state_forces" for en, kind in got), got


def test_facility_table_entries_are_valid() -> None:
    from eventx.facilities import table
    from eventx.records import ACTOR_KINDS

    t = table()
    assert len(t) > 50
    assert all(f.kind in ACTOR_KINDS and f.en for f in t.values())


def test_nasab_names_are_persons() -> None:
    evs = eventx.extract("أجرى محافظ الطائف فهد بن معمر اتصالا هاتفيا بشقيق الفقيد تركي بن صياد.")
    people = {a.mention.text: a.info for e in evs for a in e.actors}
    assert "تركي بن صياد" in people and people["تركي بن صياد"].kind == "person"
    assert " bin " in people["تركي بن صياد"].name_en
