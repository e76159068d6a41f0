"""The attacker who died in his own attack did it: no victim of it.

Why: news tells how an attack ended in a clause of its own ("انتهى بمقتل
المهاجم"، "قبل أن يقتل المهاجم برصاص الشرطة"، "وكانت النتيجة مقتل
الانتحاري"), which the pack reads as a killing whose genitive or subject died:
a victim, rightly, of that killing.  merge.py folds the killing into the
attack or bombing it ends, and there the dead man kept his victim role, so the
event named its doer among whom it befell.  A man named by what he did
(classes.toml ``perpetrator``: انتحاري، المهاجم، المفجر) is the doer of a
deed of violence whatever befell him; a killing told alone keeps him as its
victim, and an arrest or a raid as its target (forces took him).  So is a man
named by what he did in it right after him (classes.toml ``took_part``):
"مقتل جميع عناصر داعش المشاركين في الهجوم"، "لمقتل الجندي الذي فتح النار
على زملائه": once speech verbs no longer hid every toll they report, such
tolls merged their own attackers in as victims.
"""
from __future__ import annotations

from typing import Final

from eventx.analysis import ActorMention, Sentence
from eventx.grammar_words import words as grammar_words

# deeds whose doer the perpetrator words name: an attack, a blast
_DONE_BY_PERPETRATORS: Final = frozenset({"attack", "bombing"})


# relative pronouns: "الجندي الذي فتح النار": the verb after one tells what he did
_RELATIVES: Final = grammar_words("relative_pronouns")  # data/grammar_words.toml


def _perpetrator(m: ActorMention, sentences: tuple[Sentence, ...]) -> bool:
    """Whether the mention is a perpetrator word in the sentence it stands in
    (its token positions are that sentence's), or what he did in the deed
    follows it: a participle of taking part right after it, or a verb of
    doing right after a relative pronoun there."""
    for s in sentences:
        if s.start <= m.start < s.end:
            after = m.last + 1
            if after < len(s.tokens) and s.tokens[after].text in _RELATIVES:
                after += 1
            return any((m.first <= h.first <= m.last and "perpetrator" in h.classes)
                       or (h.first == after and "took_part" in h.classes)
                       for h in s.hits)
    return False


def dead_doers(actors: tuple[tuple[str, ActorMention], ...], event_type: str,
               sentences: tuple[Sentence, ...]) -> tuple[tuple[str, ActorMention], ...]:
    """``actors`` with a perpetrator read as a victim (a killing's, merged into
    an attack or a bombing) made its agent, once: an agent of the same name
    already there stands for him."""
    if event_type not in _DONE_BY_PERPETRATORS or not any(r == "victim" for r, _ in actors):
        return actors
    out: list[tuple[str, ActorMention]] = []
    for role, m in actors:
        if role == "victim" and _perpetrator(m, sentences):
            if any(r == "agent" and x.info == m.info for r, x in out) or any(
                    r == "agent" and x.info == m.info for r, x in actors):
                continue
            role = "agent"
        out.append((role, m))
    return tuple(out)
