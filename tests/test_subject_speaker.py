"""Who announces a death told after it is no side of the deed: "الجيش التركي
أعلن مقتل جنديين في هجوم" named the army the attack's doer, "الشرطة أعلنت
مقتل شاب" the police its victim.  The speaker told before its speech verb is
set aside as the one told after it is ("وأعلن الجيش مقتل …"): feature spoke
(events._subject_speaks; classes.toml: subject_speech_verb)."""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2016-05-10"


@pytest.mark.parametrize(("text", "etype", "speaker"), [
    ("لكن الجيش التركي أعلن مقتل جنديين في هجوم على دورية قرب الحدود.", "attack", "الجيش"),
    ("الشرطة أعلنت عن مقتل شاب برصاص مجهولين في المدينة.", "killing", "الشرطة"),
    ("الجيش أعلن مقتل خمسة جنود في انفجار عبوة ناسفة.", "bombing", "الجيش"),
])
def test_the_speaker_before_its_verb_is_no_side_of_the_deed_told(text: str, etype: str,
                                                                  speaker: str) -> None:
    roles = all_role_mentions(text, etype, REF)
    assert roles, roles  # the deed is still read, with its other parties
    assert not [r for r, m in roles if speaker in m], roles


@pytest.mark.parametrize(("text", "etype", "doer"), [
    # the words' object is no death or deed: the speaker may be the doer
    ("الحكومة أكدت تزامنا مع الغارات أنها لن تتهاون مع المسلحين.", "air_strike", "الحكومة"),
    # a speech verb with no subject before it leaves the doer before the deed alone
    ("مسلحون أطلقوا النار على دورية أمنية في المدينة أمس.", "attack", "مسلحون"),
])
def test_a_doer_that_tells_no_death_stays(text: str, etype: str, doer: str) -> None:
    assert ("agent", doer) in [(r, m) for r, m in all_role_mentions(text, etype, REF) if doer in m]
