"""Where a deed noun's genitive ends when other doers are joined to it.

Why: "قصف الحوثيين وقوات صالح لوحدة الاتصالات" names two shellers, then what
they shelled behind ل.  The reader of a verbal noun's subject looks for the
ل-object right after the genitive; a genitive with a partner joined by و
("وقوات صالح"، "وقوات الرئيس السابق علي عبد الله صالح") hid it, and both
doers were read as what was shelled.
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, Sentence
from eventx.grammar_words import words as grammar_words

# "على" after a deed noun's genitive names what the deed fell on, unless it
# opens an idiom ("على يد": by whose hand; "على الأقل"، "على خلفية")
_ON: Final = frozenset({"علي"})  # normalised
_ON_IDIOMS: Final = grammar_words("on_idioms")  # data/grammar_words.toml


def joined_end(s: Sentence, last: int) -> int:
    """The last token of the actors joined by و to the one ending at ``last``
    (its own last token when none is): each partner's mention opens with
    و right after the one before, or after an office title that leads its
    name ("وقوات الرئيس السابق علي عبد الله صالح")."""
    starts = {x.first: x.last for x in s.actors}
    if last + 1 not in starts or not s.tokens[last + 1].text.startswith("و"):
        return last  # (nearly always: one lookup and out)
    titles = {h.first: h.last for h in s.hits if "title" in h.kinds}
    j = last + 1
    while j in starts and s.tokens[j].text.startswith("و"):
        last = starts[j]
        if last + 1 in titles and titles[last + 1] + 1 in starts:
            last = starts[titles[last + 1] + 1]  # "وقوات الرئيس السابق علي …": the force's owner
        j = last + 1
    return last


def on_object_follows(s: Sentence, a: ActorMention) -> bool:
    """على and what a deed fell on follow ``a`` and the doers joined to it:
    right after a deed noun, ``a`` is the noun's subject ("هجوم تركيا على
    المقاتلين الأكراد").  Not an idiom's على ("مقتل الجندي على يد مسلحين"),
    nor the name علي, spelled alike once normalised, after a person's title
    ("إطلاق ميليشيا الحوثي والمخلوع علي صالح قذائف")."""
    j = joined_end(s, a.last) + 1
    if j + 1 >= len(s.tokens) or s.tokens[j].text not in _ON or s.tokens[j + 1].text in _ON_IDIOMS:
        return False
    return not any(x.last == j - 1 and x.info.kind == "person" for x in s.actors)
