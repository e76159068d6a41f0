"""A court's seat is where a deed was tried, not always where it happened.

Why: reports of a trial name the court with its city ("الدائرة الجنائية
بالمحكمة الابتدائية بتونس"، "بمحكمة الاستئناف بالمنستير"، "لدى محكمة
بيشاور"، "مقر المحكمة في لاهاي"), and the deed on trial (a killing, a bombing)
happened elsewhere: in Tunisia the terrorism chamber of the Tunis court tries
deeds done anywhere in the country.  Read as the deed's place, the court's
city sends the incident to the wrong map point when the sentence names the
deed's own place too ("بالمحكمة الابتدائية بتونس … بـ"شباو" (ولاية منوبة)"،
"مقر المحكمة في لاهاي، مذكرة حول مقتل الطفل … في الضفة الغربية").  Alone, the
seat stays the place (eventx.events): a local court mostly tries deeds done in
its own region, so its city is then the best guess there is.

The court words are data (``court`` in rules/core/classes.toml).  The seat is
the place named right after the court's name: after its definite attributes
(الابتدائية، الجنائية، العسكرية الدائمة) or its quoted name, glued to ب or
after في.  Anything else between (a verb, an object, a comma) ends the court's
name: "قضت المحكمة بسجن المتهمين في تفجير مسجد" names no seat.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import Sentence

__all__ = ["COURT_CLASSES", "court_seat_tokens"]

# the word class of a court (a sentence with none names no seat)
_COURT: Final = "court"
COURT_CLASSES: Final = frozenset({_COURT})

# how many attribute tokens may stand between the court word and its seat
_REACH: Final = 5
# what links the court's name to its seat: "مقر المحكمة في لاهاي" (normalised)
_AT: Final = frozenset({"في"})
# the quotes around a court's own name: محكمة "باولينج جرين" بولاية كنتاكي
_QUOTES: Final = frozenset({'"', "«", "»", "“", "”"})


def court_seat_tokens(s: Sentence) -> frozenset[int]:
    """The tokens of every place the sentence names as a court's seat."""
    starts = [h.last + 1 for h in s.hits if _COURT in h.classes]
    if not starts:
        return frozenset()
    spans = {m.first: m.last for m in s.places}
    spans.update((m.first, m.last) for m in s.actors if m.place_too)
    out: set[int] = set()
    n = len(s.tokens)
    for j in starts:
        stop = min(n, j + _REACH)
        quoted = False
        while j < stop:
            last = spans.get(j)
            if last is not None:
                out.update(range(j, last + 1))
                break
            tok = s.tokens[j].text
            if tok in _QUOTES:
                quoted = not quoted
            elif not (quoted or tok in _AT or tok.startswith("ال")):
                break
            j += 1
    return frozenset(out)
