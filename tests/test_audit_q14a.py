"""The fourteenth session's audit of fresh articles (seeds 593-596): one test
per class of fault, in sentences written for it after the phrasing met, with
the readings that must stay beside them."""
from __future__ import annotations

import pytest

from probe import all_role_mentions

REF = "2015-08-10"


# "تعرض لقصف من X": what was exposed to the deed suffered it; the side "من"
# names right after the deed did it.  A bare past stem behind ل (لقصف) reads
# as the verb, so the deed noun's own "من"-doer reading did not apply.
@pytest.mark.parametrize(("text", "typ", "doer"), [
    ("وقال السكان إن الحي تعرض لقصف عنيف من ميليشيا الحوثي طوال الليل.",
     "rocket_strike", "ميليشيا الحوثي"),
    ("وتعرضت البلدة أمس لقصف من قوات النظام.", "rocket_strike", "قوات النظام"),
    ("وكان المسلحون قد تعرضوا لقصف مكثف من مقاتلات التحالف.", "air_strike", "مقاتلات التحالف"),
])
def test_exposed_to_a_deed_by_a_side(text: str, typ: str, doer: str) -> None:
    found = all_role_mentions(text, typ, REF)
    assert ("agent", doer) in found
    assert not any(t == doer and r in ("target", "victim") for r, t in found)


def test_exposed_side_before_the_deed_suffered_it() -> None:
    # the one exposed is still the target; only the من-phrase after acts
    text = "وتعرضت دورية للجيش لهجوم من مسلحين مجهولين."
    found = all_role_mentions(text, "attack", REF)
    assert not any(t.startswith("دورية") and r == "agent" for r, t in found)
    assert ("agent", "مسلحين مجهولين") in found
