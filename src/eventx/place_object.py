"""A place noun as a verb's object after its definite subject: "هاجمت القوات المنطقة".

Why: the verb-subject-object reading (events._vso_object) takes the noun
after a verb as its subject only when another noun phrase follows it, and a
common place noun ("المنطقة"، "القرية"، "منطقة الجزيرة") is no actor and, as
often, no gazetteer name.  Without it the subject stood alone after the verb
and read as what the deed befell: the forces that attacked became its target.
After a definite noun (the article on its last word), a place noun can
neither be its adjective nor its genitive ("قوات المنطقة" has an indefinite
head), so it opens the verb's object.
"""
from __future__ import annotations

from collections.abc import Sequence

from eventx.places import place_noun


def place_after_definite(texts: Sequence[str], j: int) -> bool:
    """Whether token ``j`` is a place noun (with or without the article) and
    the word right before it carries the article (a comma between parts
    the phrases some other way)."""
    return place_noun(texts[j]) and j > 0 and texts[j - 1].startswith(("ال", "وال"))
