"""A dateline opens a story ("بيني (الكونغو) - د.ب.أ:"): where a digest's
stories start, and which country "البلاد" in each of them names.

The sentences are made up.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.dateline import credit, headline, opens_dateline
from eventx.text.normalize import normalize
from eventx.text.tokenize import Token, tokenize

REF = "2015-08-06"


def _toks(text: str) -> list[Token]:
    return tokenize(normalize(text).text)


def test_a_dateline_has_a_place_a_dash_and_a_credit_ended_by_a_colon() -> None:
    toks = _toks("بيني (الكونغو) - د.ب.أ: قالت السلطات إن متمردين خطفوا ستة رجال.")
    found = credit(toks)
    assert found is not None
    dash, colon = found
    assert toks[dash].text == "-" and toks[colon].text == ":"
    assert opens_dateline(_toks("* كابل - «الشرق الأوسط»: قتل جنديان في هجوم."))
    # a dash with no credit after it, or a dash too far in, is no dateline
    assert not opens_dateline(_toks("قال المسؤول - في بيان له - إن الهجوم فشل."))
    assert not opens_dateline(_toks("قتل خمسة جنود وجرح ثلاثة آخرون في هجوم على حاجز - أمس."))


def test_a_headline_is_short_and_has_no_full_stop() -> None:
    assert headline(_toks("متمردون يختطفون 6 رجال دين في شرق الكونغو"))
    assert not headline(_toks("متمردون يختطفون 6 رجال دين في شرق الكونغو."))
    assert not headline([])


@given(st.lists(st.sampled_from(["بيني", "(", "الكونغو", ")", "-", "د.ب.ا", ":", "*", "قتل",
                                 "في", "."]), max_size=16))
def test_dateline_readers_never_fail_and_agree(words: list[str]) -> None:
    toks = _toks(" ".join(words)) if words else []
    found = credit(toks)
    assert opens_dateline(toks) == (found is not None)
    if found is not None:
        assert 0 < found[0] < found[1] < len(toks) and toks[found[1]].text == ":"


_DIGEST = (
    "موجز\n"
    "اتفاق فرنسي روسي في شأن السفينتين\n"
    "باريس - أ.ف.ب: توصل الرئيس الفرنسي ونظيره الروسي إلى اتفاق في فرنسا بحسب ما أعلنت الرئاسة"
    " الفرنسية في بيان مساء أمس.\n"
    "متمردون يختطفون ستة رجال دين في الكونغو\n"
    "بيني (الكونغو) - د.ب.أ: قالت السلطات الدينية في جمهورية الكونغو الديمقراطية أمس إن مسلحين"
    " مجهولين خطفوا ستة رجال دين وسائقهم يوم الأحد الماضي في شرق البلاد.\n"
)


def test_the_country_in_a_digest_s_later_story_is_that_story_s() -> None:
    kidnaps = [e for e in eventx.extract(_DIGEST, reference_date=REF)
               if e.type == "abduction" and e.modality == "asserted"]
    assert kidnaps and all(e.location is not None and e.location.place.country == "CD"
                           for e in kidnaps), [e.location for e in kidnaps]


def test_a_single_story_keeps_the_article_s_country() -> None:
    text = ("بغداد - رويترز: قال مسؤول أمني إن مسلحين هاجموا حاجزا للجيش في العراق أمس.\n"
            "وقال مصدر في دمشق إن مسلحين خطفوا ثلاثة جنود أمس في شمال البلاد.")
    kidnaps = [e for e in eventx.extract(text, reference_date=REF) if e.type == "abduction"]
    assert kidnaps and kidnaps[0].location is not None and kidnaps[0].location.place.country == "IQ"
