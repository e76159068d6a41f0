"""Line breaks inside a sentence: scraped prose is sometimes cut mid-sentence
by a line break ("فجر عناصر التنظيم أمس \\n جسرين في المدينة").

Why: a line break ends a sentence in headlines, datelines, lists and verse,
which carry no terminal mark, so the splitter (eventx.text.sentences) cuts at
every one; a deed whose object or place stands on the next line is then read
without it (a detonation verb with no device or target is no bombing).  A
break is no sentence end where both sides are plainly one sentence of prose:

* the text before it stops with no closing mark (no stop, colon, quote or
  bracket), in a sentence of at least ``MIN_WORDS`` words that opens its
  line with a conjunction (و، ف) or a connective ("إلى ذلك قال مسؤولون …"),
  as prose goes on and no heading opens.  The
  last sentence of a longer paragraph is left alone: a paragraph often ends
  with no stop before the next one ("… في مديرية دار سعد \n أجهض الثوار");
* the line after it opens with no sentence opener of its own (a word glued to
  و، a connective or a turn to another matter: ``line_openers`` in
  ``data/grammar_words.toml``, a list mark or a digit) and goes on to a
  terminal mark before the next line break: it is the rest of the sentence,
  not a heading or verse line of its own.
"""
from __future__ import annotations

from typing import Final

from eventx.grammar_words import words as grammar_words
from eventx.text.normalize import normalize_text

# a sentence shorter than this may be a heading that opens with و ("وقفة مراجعة")
MIN_WORDS: Final = 8
# marks that close a sentence or a line of its own (a colon opens a list or a quote)
_CLOSING: Final = frozenset('.!?؟…:;؛"\')]»”-*')
_TERMINAL: Final = frozenset(".!?؟…")
_OPENERS: Final = grammar_words("line_openers")


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each pair of sentences that a line break cut out of one
    sentence of prose joined again (see the module docstring)."""
    if len(spans) < 2 or "\n" not in text:
        return spans
    out = [spans[0]]
    for s2, e2 in spans[1:]:
        s, e = out[-1]
        if _cut_sentence(text, s, e, s2, e2):
            out[-1] = (s, e2)
        else:
            out.append((s2, e2))
    return out


def _cut_sentence(text: str, s: int, e: int, s2: int, e2: int) -> bool:
    gap = text[e:s2]
    if "\n" not in gap or gap.strip() or text[e - 1] in _CLOSING:
        return False
    head = text[s:e].split()
    if len(head) < MIN_WORDS:
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if text[line_start:s].strip() or not (head[0][:1] in ("و", "ف") or _opener(head)):
        # a heading or a dateline opens with no conjunction or connective; and
        # the last sentence of a paragraph, which often lacks its stop, ends there
        return False
    rest = text[s2:e2].split()
    if not rest or rest[0][:1] in ("و", "-", "*", "•", "–") or rest[0][:1].isdigit():
        return False
    if _opener(rest):
        return False
    # the next line's sentence ends with a terminal mark on that line
    nl = text.find("\n", s2)
    end = e2 if nl < 0 or nl > e2 else nl
    tail = text[s2:end].rstrip()
    return bool(tail) and (tail[-1] in _TERMINAL or text[e2:e2 + 1] in _TERMINAL) and end == e2


def _opener(words: list[str]) -> bool:
    """The words open with a connective or a turn to another matter
    (``line_openers``: "كما"، "إلى ذلك"، "من جهة أخرى"), by their first word
    or their first two."""
    first = normalize_text(" ".join(words[:2])).split()  # the splitter also reads raw text
    return bool(first) and (first[0] in _OPENERS or " ".join(first[:2]) in _OPENERS)
