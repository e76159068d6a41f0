"""A bare "القاعدة" that is a military base or the Yemeni town, not al-Qaeda
(eventx.base_reading).  Sentences written for these tests."""
from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.base_reading import StoryBase, story_base
from eventx.extractor import Extractor
from eventx.gazetteer import Gazetteer
from eventx.text.normalize import normalize_text

REF = "2015-08-01"
# a story that names the base in full once, in a sentence of its own
LEAD = "وتقدمت قوات الجيش نحو قاعدة العند الجوية في محافظة لحج أمس. "


@functools.cache
def _extractor() -> Extractor:
    return Extractor()


def _actor_names(text: str) -> list[str]:
    return [e.actor.name for e in _extractor().entities(text)
            if e.label == "ACTOR" and e.actor is not None]


def _events(text: str, etype: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == etype]


def test_strike_on_the_base_named_before_hits_no_group() -> None:
    evs = _events(LEAD + "وشنت طائرات التحالف غارات جوية على القاعدة مساء السبت.", "air_strike")
    assert evs
    assert all(a.info.name != "القاعدة" for e in evs for a in e.actors)
    assert any(e.location is not None and e.location.place.name == "قاعدة العند" for e in evs)


def test_fighting_inside_the_base_has_no_group_side() -> None:
    evs = _events(LEAD + "واندلعت اشتباكات عنيفة داخل القاعدة بين المقاومة والحوثيين.",
                  "armed_clash")
    assert evs
    assert all(a.info.name != "القاعدة" for e in evs for a in e.actors)


def test_deeds_on_a_place_read_the_base() -> None:
    for sent in ("ونجحت المقاومة في اقتحام القاعدة فجرا.", "وتواصل الحصار على مشارف القاعدة.",
                 "وأعلن القائد تحرير القاعدة بالكامل.", "وقتل جنديان في محيط القاعدة.",
                 "وطلبت واشنطن استخدام القاعدة لإطلاق طائرات مسيرة."):
        assert "القاعدة" not in _actor_names(LEAD + sent), sent


def test_the_group_keeps_its_name_where_a_base_is_named() -> None:
    for sent in ("وقتل مسلحون من تنظيم القاعدة جنديين.", "وقالت الشرطة إن عناصر القاعدة فروا.",
                 "واعتقل شاب انضم إلى القاعدة العام الماضي.",
                 "وأكد الوزير أن الحرب على القاعدة مستمرة.", "وتبنت القاعدة الهجوم."):
        assert "القاعدة" in _actor_names(LEAD + sent), sent


def test_without_a_base_in_the_story_the_group_is_struck() -> None:
    text = "وشنت طائرات أمريكية غارات جوية على القاعدة في شرق أفغانستان."
    assert "القاعدة" in _actor_names(text)


def test_the_town_is_no_group() -> None:
    assert "القاعدة" not in _actor_names("وقصف الحوثيون أحياء في مدينة القاعدة جنوب إب.")
    assert "القاعدة" not in _actor_names("ودارت اشتباكات بمنطقة القاعدة شمال تعز.")


def _fact(text: str) -> StoryBase | None:
    return story_base(normalize_text(text), Gazetteer.default())


def _named(text: str) -> bool:
    fact = _fact(text)
    return fact is not None and fact.named


def test_what_names_a_base() -> None:
    named = _fact("هبطت الطائرة في قاعدة العند مساء.")
    assert named is not None and named.named and named.place is not None
    assert named.place.name == "قاعدة العند"
    assert _named("أقلعت الطائرات من القاعدة الجوية في ديار بكر.")
    assert _named("استهدف المسلحون قاعدة عسكرية تابعة للتحالف.")
    assert not _named("أنشأت الوزارة قاعدة بيانات للمطلوبين.")
    assert not _named("تبنى تنظيم قاعدة الجهاد في جزيرة العرب الهجوم.")
    assert not _named("قال إن القاعدة الواقعة في الصحراء خالية.")  # no name, no adjective


_NO_QAF = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفكلمنهوي ", max_size=80)


@given(_NO_QAF)
def test_a_text_without_the_word_names_no_base(text: str) -> None:
    assert story_base(text, Gazetteer.default()) is None


@given(_NO_QAF, _NO_QAF)
def test_a_military_base_named_anywhere_is_named(before: str, after: str) -> None:
    text = normalize_text(f"{before} قاعدة جوية {after}")
    fact = story_base(text, Gazetteer.default())
    assert fact is not None and fact.named
