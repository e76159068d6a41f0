"""Where fire was launched from, or came from, is not where the deed befell.

A launch verb's "من" may stand past the launcher's name, commas and a day
("صاروخ أطلقه المتمردون، من محافظة صعدة"), and "مصدرها" names the source of
what fell with no "من" at all ("قذيفة مصدرها مدينة جرابلس"): either way the
place after it is a home of the deed (eventx.provenance), and the place the
fire was aimed at or fell in is the scene.  Sentences written for these tests.
"""
from __future__ import annotations

import pytest

import eventx
from eventx.provenance import origin_tokens
from probe import asserted_events

REF = "2017-03-01"


def _loc(ev: eventx.Event) -> str | None:
    return ev.location.place.name_en if ev.location else None


def test_launch_told_past_the_launcher_and_a_comma() -> None:
    text = ("أعلن التحالف اعتراض صاروخ باليستي أطلقه المتمردون، من محافظة صعدة اليمنية، "
            "باتجاه منطقة جازان.")
    [ev] = asserted_events(text, "rocket_strike", REF)
    assert _loc(ev) == "Jazan"


@pytest.mark.parametrize("text", [
    "سقطت قذيفة هاون مصدرها مدينة جرابلس السورية في بلدة كلس التركية.",
    "سقطت قذيفة هاون، مصدرها مدينة جرابلس، قرب مدرسة في بلدة كلس.",
])
def test_the_source_named_by_masdar_is_no_scene(text: str) -> None:
    [ev] = asserted_events(text, "rocket_strike", REF)
    assert ev.location is not None and ev.location.mention.text == "كلس"


def _origins(text: str) -> set[str]:
    """The words the sentence's homes span (read on the probe's drafts)."""
    from probe import drafts
    out: set[str] = set()
    for d in drafts(text, REF):
        s = d.sentence
        out |= {s.texts[j] for j in origin_tokens(s)}
    return out


def test_a_day_between_launch_and_from_is_skipped() -> None:
    assert "غزه" in _origins("سقطت صواريخ أطلقت فجر اليوم من قطاع غزة قرب مدينة عسقلان.")


@pytest.mark.parametrize("text", [
    # what was fired stands between: the fire came from the car, the town is the scene
    "أطلق مسلحون النار من سيارة مسرعة في مدينة الرمادي على دورية للشرطة.",
    # a release, not a launch: the launcher is followed by سراح
    "أطلقت الشرطة سراح ثلاثة محتجزين اعتقلتهم من مدينة الرمادي.",
])
def test_another_word_between_ends_the_search(text: str) -> None:
    assert "الرمادي" not in _origins(text)
