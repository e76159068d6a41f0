"""The shortcuts of merge_document answer as the scans they replace.

Why: merge_document asks whether two drafts may join once per pair
(``_mergeable_memo``), tells a sentence that turns to another matter by its
first word before it lists any, and reads a dateline's credit from the tokens
without copying their words: each is checked against the plain version.
"""
from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from eventx.dateline import _DASHES
from eventx.dateline import CREDIT_WORDS as _CREDIT_WORDS
from eventx.dateline import PLACE_WORDS as _PLACE_WORDS
from eventx.dateline import credit as _credit
from eventx.merge import _CLAUSE_MARKS, _ELSEWHERE, _mergeable, _mergeable_memo, _turns_elsewhere
from eventx.text.tokenize import Token
from probe import drafts

_WORDS = ["*", "-", "–", ":", "،", ",", ".", "من", "ومن", "في", "وفي", "علي", "جهه", "اخري",
          "صعيد", "مصري", "اخر", "حادث", "منفصل", "كابل", "الشرق", "الاوسط", "قتل", "و"]


def _tokens(words: list[str]) -> tuple[Token, ...]:
    out, at = [], 0
    for w in words:
        out.append(Token(w, at, at + len(w)))
        at += len(w) + 1
    return tuple(out)


def _old_credit(tokens: tuple[Token, ...]) -> tuple[int, int] | None:
    words = [t.text for t in tokens[:1 + _PLACE_WORDS + _CREDIT_WORDS]]
    i = 1 if words and words[0] in ("*", "-", "•", "·") else 0
    for j in range(i + 1, min(len(words), i + _PLACE_WORDS + 1)):
        if words[j] in _DASHES:
            after = words[j + 1:j + 1 + _CREDIT_WORDS]
            return (j, j + 1 + after.index(":")) if ":" in after else None
    return None


def _old_turns_elsewhere(tokens: tuple[Token, ...]) -> bool:
    words = [t.text for t in tokens[:5] if t.text not in _CLAUSE_MARKS][:4]
    if len(words) < 3:
        return False
    if words[0][:1] == "و" and words[0] not in ("من", "في", "علي"):
        words[0] = words[0][1:]
    return tuple(words[:3]) in _ELSEWHERE or (
        len(words) == 4 and (words[0], words[1], words[3]) in _ELSEWHERE)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=20))
def test_credit_reads_the_tokens_as_the_word_list_did(words: list[str]) -> None:
    assert _credit(_tokens(words)) == _old_credit(_tokens(words))


# a real draft whose sentence's tokens each example replaces (the compiled
# build checks that _turns_elsewhere is handed a Draft)
_BASE = drafts("هاجم مسلحون نقطة أمنية في الطارمية أمس.", "2021-03-12")[0]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8))
def test_turning_elsewhere_is_told_as_the_word_list_told_it(words: list[str]) -> None:
    toks = _tokens(words)
    d = attrs.evolve(_BASE, sentence=attrs.evolve(_BASE.sentence, tokens=toks))
    assert _turns_elsewhere(d) == _old_turns_elsewhere(toks)


def test_the_pair_memo_answers_as_mergeable_and_keeps_its_drafts() -> None:
    ds = drafts("هاجم مسلحون نقطة أمنية في الطارمية أمس. وأسفر الهجوم عن مقتل ثلاثة جنود. "
                "من جهة أخرى، اعتقلت الشرطة خمسة أشخاص في بغداد.", "2021-03-12")
    assert len(ds) >= 2
    asked: dict[tuple[int, int], tuple[object, object, bool]] = {}
    for e in ds:
        for d in ds:
            if e is not d:
                assert _mergeable_memo(asked, e, d) == _mergeable(e, d)  # type: ignore[arg-type]
                assert _mergeable_memo(asked, e, d) == _mergeable(e, d)  # type: ignore[arg-type]
    assert all(x[0] is not None and x[1] is not None for x in asked.values())
    assert len(asked) == len(ds) * (len(ds) - 1)


def test_a_lone_draft_merges_as_the_full_steps_merge_it() -> None:
    from eventx import merge
    texts = ["هاجم مسلحون نقطة أمنية في الطارمية أمس.", "اعتقلت الشرطة خمسة أشخاص في بغداد.",
             "قالت الوزارة في بيان إن الهجوم وقع بعد ثلاثة أيام على تفجير انتحاري.",
             "شنت طائرات التحالف غارات على صنعاء.", "انفجرت عبوة ناسفة قرب سوق في كابل."]
    for text in texts:
        for d in drafts(text, "2021-03-12"):
            full = [merge._own_slots(d)]
            full = merge.raids_into_arrests(merge._strike_blasts(merge._arrest_ambushes(full)))
            full = merge._join_elaborations(merge._join_deed_objects(full))
            assert not merge._said_in_encounter(d, [d])
            assert merge.merge_sentence([d]) == full
