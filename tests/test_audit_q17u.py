"""General errors found by auditing fresh corpus articles (seeds 707-712).

Each test names the class of error, not a sentence: the sentences are made up
in the phrasing the audit found, and each stands beside a look-alike that must
keep its reading.
"""
from __future__ import annotations

import pytest
from probe import modalities

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
