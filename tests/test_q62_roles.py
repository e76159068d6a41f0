"""Audit q62 (seeds 531-536): actor roles of asserted deeds.

Why: the weakest dev figures were actor accuracy and argument P/R; the audit
found armed groups that raided named right after the verb (VSO) read as
targets, and an engineer's title abbreviation (م.) ending a sentence before
the speaker's name.
"""
from __future__ import annotations

import eventx
from eventx.text.sentences import split_sentences


def _roles(text: str, kind: str) -> set[tuple[str, str]]:
    return {(a.role, a.info.name) for e in eventx.extract(text, reference_date="2016-05-20")
            if e.type == kind for a in e.actors}


def test_engineer_title_ends_no_sentence() -> None:
    text = "ومن جهته ندد م. سامي الحربي بالهجوم. وقال إنه مؤلم."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "ومن جهته ندد م. سامي الحربي بالهجوم.", "وقال إنه مؤلم."]


def test_armed_group_after_a_singular_raid_verb_raided() -> None:
    roles = _roles("داهمت مجموعة إرهابية مسلحة ليلة الخميس منزل أحد الرعاة في جبل سمامة.", "raid")
    assert any(r == "agent" for r, _ in roles) and not any(r == "target" and "ارهاب" in n for r, n in roles)


def test_plural_verb_keeps_its_object() -> None:
    # "يحاصرون المتمردين": the plural agrees with a subject before it; the rebels are besieged
    roles = _roles("وقال القائد إن رجاله يحاصرون المتمردين في الحي منذ أيام.", "raid")
    assert ("agent", "المتمردين") not in roles


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.info.name_en) for e in eventx.extract(text, reference_date="2016-05-20")
            if e.type == "statement" for a in e.actors]


def test_academic_title_alone_names_the_speaker() -> None:
    # "الدكتور" alone before an unknown name: a person, who spoke
    roles = _sources("وأدان الدكتور سالم الهاشمي التفجير الإرهابي الذي استهدف المسجد.")
    assert roles and roles[0][0] == "source" and "doctor" in roles[0][1]


def test_academic_title_after_an_office_keeps_the_office() -> None:
    # "وزير التعليم الدكتور …": the minister, الدكتور only leads to his name
    roles = _sources("وندد وزير التعليم الدكتور سالم الهاشمي، في بيان، بالاعتداء على الطلاب.")
    assert roles and roles[0][0] == "source" and "minister" in roles[0][1]


def test_engineer_title_is_no_doctor() -> None:
    # "المهندس" before an unknown name: a person labelled by his own title
    roles = _sources("ندد المهندس سالم الهاشمي بالهجوم على المسجد.")
    assert roles and roles[0][0] == "source" and "engineer" in roles[0][1]
    assert "doctor" not in roles[0][1]
