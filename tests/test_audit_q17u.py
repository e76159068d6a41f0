"""General errors found by auditing fresh corpus articles (seeds 707-712).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
import pytest
from probe import modalities

from eventx.deed_site import at_deed_site
from eventx.text.normalize import normalize
from eventx.text.tokenize import tokenize

REF = "2015-07-27"


# What a plot or a crime "targets" in a condemnation may be an aim, the verbal
# noun of a harm to a society or of a reach for power: no target hit, no
# attack (cues.toml).  A unit is a target, and a verbal noun after a
# conjunction is a second deed: those stay attacks.
@pytest.mark.parametrize(("text", "attack"), [
    ("وقال الوزير إن هذه الخلايا كانت تستهدف إثارة الفتنة بين أبناء الوطن.", False),
    ("وأكد البيان أن الجريمة تستهدف زعزعة أمن البلاد واستقرارها.", False),
    ("وقال إن الإرهاب يستهدف وحدة الصف الوطني.", False),
    ("وقال إن أعداء الوطن يستهدفون تفكيك النسيج الاجتماعي.", False),
    ("وأشار إلى أن العقوبات تستهدف الحد من برنامج طهران النووي.", False),
    ("وأضاف أن الخطة تستهدف التوسع في المدن الصناعية خلال عشر سنوات.", False),
    ("واستهدف مسلحون وحدة عسكرية للجيش في العريش أمس.", True),
    ("وقال إن القوات نفذت عمليات استهداف وإضعاف للتنظيم في المحافظة أمس.", True),
])
def test_an_aimed_harm_is_no_target_hit(text: str, attack: bool) -> None:
    assert bool(modalities(text, "attack", REF)) is attack


# A definite deed noun after a site noun ("موقع الانفجار") or a demonstrative
# ("هذا الهجوم") names the incident the story told: one event, not a generic
# one beside it.  A plural site names no one incident, and a demonstrative
# after a deed of another type points at that one (session 17: it joins it,
# test_merge_told_twice): those stay apart from the incident told first
# (merge.py, _join_bare_mentions; deed_site.py).
@pytest.mark.parametrize(("text", "etype", "events"), [
    ("انفجرت عبوة ناسفة أمام مجلس المدينة في الزقازيق أمس. "
     "وانتقل خبراء المفرقعات إلى موقع الانفجار حيث تم فرض طوق أمني.", "bombing", 1),
    ("قتل عشرة جنود في هجوم شنه مسلحون على معسكر للجيش في تمبكتو صباح اليوم. "
     "وأرسل عسكريون إلى موقع الهجوم الذي يبعد نحو 140 كلم.", "attack", 1),
    ("قتل خمسة أشخاص في تفجير استهدف سوقا في بغداد أمس. "
     "وقال إن من يتابع زمن ومكان التفجيرات التي تحصل في بلداننا يعلم الحقيقة.", "bombing", 2),
    # a demonstrative points at the deed told last
    ("هاجم مسلحون حوثيون مواقع المقاومة في تعز أمس. "
     "وأكدت المصادر أن المقاومة صدت هذا الهجوم بعد ساعات.", "attack", 1),
    ("واستهدف مسلحون حافلة ركاب في شرق البلاد الجمعة. "
     "وأدى انفجار قتل فيه 32 شخصا إلى انهيار الهدنة. وهذا الاعتداء نسب إلى داعش.", "attack", 1),
])
def test_the_deed_at_its_site_is_the_told_incident(text: str, etype: str, events: int) -> None:
    assert len(modalities(text, etype, REF)) == events


_SITES = ["موقع", "بموقع", "مكان", "ومكان", "مسرح", "هذا", "لذلك"]
_DEEDS = ["الانفجار", "التفجير", "الهجوم", "الحادث"]


@given(st.sampled_from(_SITES), st.sampled_from(_DEEDS), st.booleans())
def test_a_site_reaches_only_its_singular_genitive(site: str, deed: str, plural: bool) -> None:
    # the site noun itself, the first word, and a plural deed name no site
    noun = deed + "ات" if plural else deed
    tokens = tokenize(normalize("وصل الخبراء إلى " + site + " " + noun + " أمس").text)
    at = [i for i in range(len(tokens)) if at_deed_site(tokens, i)]
    assert at == ([] if plural else [4])
    assert not at_deed_site(tokens[3:], 0)
