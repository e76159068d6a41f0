"""Whom a verb's ب-object names (the group one joined, what one described
people as) is no side of the deed the sentence tells (classes.toml
bi_complement, ignored in the deed slots)."""
from __future__ import annotations

import eventx


def _roles(text: str) -> list[tuple[str, str]]:
    return [(a.role, a.mention.text) for e in eventx.extract(text, reference_date="2016-03-10")
            for a in e.actors]


def test_the_group_one_joined_is_no_victim_of_the_killing() -> None:
    text = "وعثر على جثة الشاب بعد اغتياله قبل أن يلتحق بالجماعة الإرهابية في سوريا."
    assert all("الجماعة" not in m for _, m in _roles(text))


def test_what_the_speaker_described_them_as_is_no_second_victim() -> None:
    text = ("وأعلنت لجنة مكافحة الإرهاب عن تصفية رجال الأمن 6 مسلحين وصفتهم بالإرهابيين"
            " في عملية خاصة بمدينة نالتشيك.")
    roles = _roles(text)
    assert ("victim", "مسلحين") in roles
    assert all("الإرهابيين" not in m for _, m in roles)


def test_a_so_called_group_still_does_the_deed() -> None:
    text = "وقتل شرطي في هجوم نفذه ما يسمى بتنظيم داعش على حاجز أمني في سيناء."
    assert any(r == "agent" and "داعش" in m for r, m in _roles(text))
