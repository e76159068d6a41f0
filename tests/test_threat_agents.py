"""Who threatens: the threat's subject, in the spellings the news gives it.

Threat events in fresh text often came without an agent because the subject
was a name the actor dictionary lacked in that form: a movement by its short
name ("حركة الجهاد"), the dual or construct of a plural actor noun ("خاطفا
الطائرة"، "خاطفي الحافلة"), an adjective of a group after a noun of its
leaders ("قيادات حوثية").  The sentences are made up.
"""
from __future__ import annotations

import pytest

from tests.probe import role_mentions

REF = "2015-08-01"


@pytest.mark.parametrize(("text", "agent"), [
    ("فيما توعدت حركة الجهاد بأن الرد على الاغتيال لن يتأخر.", "حركة الجهاد"),
    ("وقالت المصادر إن خاطفا الطائرة هددا بتفجيرها إذا لم تلب مطالبهما.", "خاطفا"),
    ("وهدد خاطفو الحافلة بقتل الركاب إذا اقتربت الشرطة.", "خاطفو"),
    ("وأكدت المؤسسة أن قيادات حوثية بارزة هددت بإغلاق آبار المياه في المدينة.", "قيادات حوثية"),
])
def test_threat_has_its_subject_as_agent(text: str, agent: str) -> None:
    assert ("agent", agent) in role_mentions(text, "threat", REF)


@pytest.mark.parametrize(("text", "agent"), [
    # "سبق أن": the أن opens no reported clause between the subject and its verb
    ("وكان تنظيم داعش سبق أن هدد بتفجير السفارات الغربية في المدينة.", "تنظيم داعش"),
    ("وكانت حركة الشباب قد سبق أن توعدت بتنفيذ هجمات جديدة.", "حركة الشباب"),
])
def test_a_subject_before_sabaqa_an_threatens(text: str, agent: str) -> None:
    assert ("agent", agent) in role_mentions(text, "threat", REF)
