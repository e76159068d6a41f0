"""Whom an appeal calls on after a subject no actor resolves is no speaker.

"ودعا الزبيدي الحكومة العراقية إلى …": a word between the appeal verb and the
name, and the appeal's complement right after the name, make the name its
addressee (eventx.appeal_addressee); an office right after the verb, or a
name right after it, still speaks.  Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-07-25"


@pytest.mark.parametrize(("text", "called"), [
    ("ودعا الزبيدي الحكومة العراقية إلى الإسراع في إعادة النازحين.", "الحكومة العراقية"),
    ("وطالب البيان الحوثيين بالإفراج عن الصحفيين المعتقلين فورا.", "الحوثيين"),
    ("ودعا المجلس، الدول الأعضاء في الأمم المتحدة، إلى دعم الحكومة.", "الأمم المتحدة"),
])
def test_the_addressee_after_an_unnamed_subject_is_no_source(text: str, called: str) -> None:
    roles = all_role_mentions(text, "statement", REF)
    assert ("source", called) not in roles, roles


@pytest.mark.parametrize(("text", "speaker"), [
    ("ودعت الحكومة التركية إلى ضبط النفس في المناطق الحدودية.", "الحكومة التركية"),
    ("وطالب أمس الرئيس الفلسطيني محمود عباس بوقف الاستيطان.", "محمود عباس"),
    ("ودعا وزير الخارجية الأمريكي جون كيري إلى وقف القتال في اليمن.", "جون كيري"),
    # behind a preposition: the unnamed subject's genitive, the body that spoke
    ("ودعت الأمانة العامة لجامعة الدول العربية إلى احترام الهدنة.", "لجامعة الدول العربية"),
])
def test_the_speaker_named_or_titled_after_the_verb_still_speaks(text: str, speaker: str) -> None:
    roles = all_role_mentions(text, "statement", REF)
    assert ("source", speaker) in roles, roles
