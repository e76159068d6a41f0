"""An arrest's subject is never the object of the verb before it.

News lists a force's deeds in verbs joined by و ("يقتل 31 مسلحا ويعتقل 171"):
the phrase nearest before the arrest is then the first verb's object in the
indefinite accusative, which no subject takes (eventx.indefinite_object).  The
sentences are made up in the phrasing the corpus shows; look-alikes whose
subject must stay stand beside them.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

from eventx.counts import accusative_noun

REF = "2015-08-10"


def roles(text: str) -> list[tuple[str, str]]:
    return all_role_mentions(text, "arrest", REF)


@pytest.mark.parametrize(("text", "obj"), [
    ("القوات النيجيرية تقتل 12 مسلحا وتعتقل 40 آخرين قرب الحدود", "مسلحا"),
    ("قتلت وحدات الجيش فجر اليوم إرهابيا واعتقلت اثنين آخرين في جبل الشعانبي.", "إرهابيا"),
    ("الشرطة تصيب 3 مسلحين وتقتل مسلحاً وتعتقل رابعا في الحي.", "مسلحاً"),
])
def test_accusative_object_before_an_arrest_is_no_agent(text: str, obj: str) -> None:
    assert ("agent", obj) not in roles(text)


def test_subject_before_the_first_verb_keeps_the_arrest() -> None:
    text = "قتلت قوات الأمن الليلة الماضية إرهابيا وألقت القبض على آخر بمنطقة الجبل."
    found = roles(text)
    assert ("agent", "قوات الأمن") in found
    assert ("agent", "إرهابيا") not in found


@pytest.mark.parametrize(("text", "agent"), [
    # a nominative subject right before the arrest verb
    ("الشرطة تعتقل 5 مسلحين في العاصمة.", "الشرطة"),
    # a name whose own last letter is alef is no accusative
    ("ميليشيا الحوثي تعتقل عشرات الصحفيين في صنعاء.", "ميليشيا الحوثي"),
])
def test_subject_of_an_arrest_stays_its_agent(text: str, agent: str) -> None:
    assert ("agent", agent) in roles(text)


@pytest.mark.parametrize(("word", "accusative"), [
    ("مسلحا", True), ("ارهابيا", True), ("وجنديا", True), ("مدنيا", True),
    ("مسلح", False), ("مسلحين", False), ("ميليشيا", False), ("خلايا", False),
    ("تركيا", False), ("اوباما", False),
])
def test_accusative_noun_knows_the_ending_from_the_table(word: str, accusative: bool) -> None:
    assert accusative_noun(word) is accusative
