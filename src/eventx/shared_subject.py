"""A deed verb joined by و/ف to the deed verb before it shares that verb's doer.

Why: Arabic news states a subject once and lists what it did in verbs joined
by و ("اقتحم مسلحون القرية وقتلوا خمسة مدنيين"، "قتلت قوات الأمن مسلحا
واعتقلت 16 آخرين").  The slots of each draft are filled apart, and the
second verb has no name before it that is its subject (what stands there is
the first verb's subject or object), so its deed came out with no doer, or
with the first deed's object as its doer.  The second verb's agreement
suffix tells whether it can share the subject: a verb after its subject
agrees with it in gender and number ("قتلت قوات الأمن … واعتقلت"، "اقتحم
مسلحون … وقتلوا"), so a suffix that cannot agree reads the verb as a
passive or as having a subject of its own ("هاجمت الطائرات … وقتل 5
مدنيين": they were killed).

Only the agent is shared: whom each deed struck is its own.  A clause that
opens between the verbs with its own subject (a relative or reported
clause, a time or contrast clause, a verb of saying, a comma before a name)
breaks the chain, and only a bare subject standing by the first verb is
shared: a doer named behind a preposition or across a comma ("نسبت إلى حزب
العمال، قتل جندي وجرح أربعة") is no subject a passive after it takes.

Everything works on NORMALISED tokens (:mod:`eventx.text.normalize`).
"""
from __future__ import annotations

from collections.abc import Collection
from typing import Final, TYPE_CHECKING

import attrs

from eventx.analysis import ActorMention, Sentence
from eventx.grammar_words import words as grammar_words
from eventx.records import SECURITY_TYPES

if TYPE_CHECKING:
    from eventx.events import Draft

__all__ = ["shared_agents"]

# data/grammar_words.toml: words that open a clause with a subject of its own
_BREAKS: Final = grammar_words("subject_breaks")
# data/grammar_words.toml: prepositions before a name that make it no subject
_PREPOSITIONS: Final = grammar_words("subject_barring_prepositions")
# how far a subject may stand from its verb: a name, an adverb of time between
_SUBJECT_REACH: Final = 3
_GLUED_PREPOSITIONS: Final = ("ب", "ل", "ك")
# punctuation that closes the clause (a comma does not: "قتلت … مسلحا، واعتقلت")
_CLOSERS: Final = frozenset({".", "؛", ":", "؟", "!"})
_COMMAS: Final = frozenset({"،", ","})
_GLUE: Final = ("و", "ف")
# what a verb's ending tells of its subject (``_ending``)
_MASCULINE: Final = "m"  # no ending (past), ي with no ending (present)
_FEMININE: Final = "f"  # ت، or the present's ت
_PLURAL: Final = "p"  # وا، ون
_UNKNOWN: Final = "?"
# the sound masculine plural of a noun: a subject that takes a plural verb
_PLURAL_NOUN_ENDINGS: Final = ("ون", "ين")


def _ending(form: str, tense: str | None) -> str:
    """What the inflection of verb ``form`` (its lexicon key: the surface
    form the pack's generator made of the base, without و/ف or an object
    pronoun; eventx.packs.forms) tells of its subject.  A base that itself
    ends in ت or و is rare among deed verbs; a dual, a first or second person
    form tells nothing here."""
    if " " in form:
        form = form.split(" ", 1)[0]
    if tense == "present":
        if form.endswith("ن") and not form.endswith("ون"):  # a dual, a feminine plural
            return _UNKNOWN
        if form[:1] == "ي":
            return _PLURAL if form.endswith("ون") else _MASCULINE
        return _FEMININE if form[:1] == "ت" and not form.endswith("ون") else _UNKNOWN
    if form.endswith("وا"):
        return _PLURAL
    if form.endswith(("تا", "تم", "نا", "ا")):
        return _UNKNOWN
    return _FEMININE if form.endswith("ت") else _MASCULINE


def _agrees(s: Sentence, before: Draft, after: Draft, agent: ActorMention) -> bool:
    """``after``'s ending fits the subject of ``before``.  A verb after its
    subject agrees in full, so where the agent stands before ``before`` both
    endings are alike; a verb before its subject agrees in gender only, so
    after a masculine one the second verb is masculine, singular or plural,
    and singular only for a subject that is no sound plural."""
    was = _ending(before.trigger.key, before.form.tense)
    now = _ending(after.trigger.key, after.form.tense)
    if _UNKNOWN in (was, now):
        return False
    if agent.last < before.trigger.first:
        return was == now
    if was == _FEMININE:
        return now == _FEMININE
    if was != _MASCULINE:
        return False
    if now == _PLURAL:
        return True
    return now == _MASCULINE and not s.texts[agent.last].endswith(_PLURAL_NOUN_ENDINGS)


def _clause_between(s: Sentence, lo: int, hi: int, stops: Collection[int]) -> bool:
    """A clause with a subject of its own opens among tokens [lo, hi): a
    clause word, a closing mark, a word at ``stops`` (a verb of saying, a
    result verb), or a comma right before a name ("، والجيش …")."""
    texts = s.texts
    for i in range(lo, hi):
        w = texts[i]
        if w in _BREAKS or w in _CLOSERS or i in stops:
            return True
    starts = {a.first for a in s.actors}
    return any(texts[i] in _COMMAS and i + 1 in starts for i in range(lo, hi))


def _joined_verb(d: Draft) -> bool:
    """A deed verb with و/ف glued on that is no part of its word (واعتقلت، فقتلوا)."""
    tok = d.sentence.texts[d.trigger.first]
    return (d.form.pos == "verb" and d.rule.type in SECURITY_TYPES and tok[:1] in _GLUE
            and not d.trigger.key.startswith(tok[:1]))


def _own_subject_after(s: Sentence, d: Draft) -> bool:
    """A name right after the verb that the draft holds in no role: maybe its
    own subject, which the slots did not read as such."""
    nxt = next((a for a in s.actors if a.first == d.trigger.last + 1), None)
    return nxt is not None and not any(a is nxt for _, a in d.actors)


def _plain_subject(s: Sentence, p: Draft, a: ActorMention) -> bool:
    """``a`` is ``p``'s subject as a bare name a few words from the verb,
    before it or after it: not one named far off, nor behind a preposition
    ("نسبت إلى حزب العمال، قتل جندي": whom it was put down to, which a
    passive verb after it does not share)."""
    t = p.trigger
    if 0 < a.first - t.last <= _SUBJECT_REACH:
        lo, hi = t.last + 1, a.first
    elif 0 < t.first - a.last <= _SUBJECT_REACH:
        lo, hi = a.last + 1, t.first
    else:
        return False
    if any(w in _COMMAS or w in _CLOSERS for w in s.texts[lo:hi]):
        return False  # "تقهقر مليشيات الحوثي، قتل ستة": the name ends another clause
    tok = s.texts[a.first]
    if tok[:1] in _GLUED_PREPOSITIONS and (a.key or a.info.name)[:1] != tok[:1]:
        return False
    return a.first == 0 or s.texts[a.first - 1] not in _PREPOSITIONS


def _misread(d: Draft, p: Draft) -> bool:
    """Every agent of ``d`` stands between ``p``'s trigger and ``d``'s, and
    none is ``p``'s: a name there is ``p``'s subject or object, never the
    subject of a verb with و glued on ("قتلت قوات الشرطة 23 إرهابيا ودمرت":
    the militants destroyed nothing)."""
    agents = [a for r, a in d.actors if r == "agent"]
    mine = {a.info for r, a in p.actors if r == "agent"}
    return all(p.trigger.last < a.first and a.last < d.trigger.first and a.info not in mine
               for a in agents)


def shared_agents(drafts: list[Draft], s: Sentence, stops: Collection[int]) -> list[Draft]:
    """``drafts`` (one sentence's, in token order) with each deed verb joined
    by و/ف given the doer of the deed verb before it, where it names no doer
    of its own or only a name between the two verbs (``_misread``), and
    nothing between opens a clause of its own (``stops``: where a verb of
    saying or a result verb stands)."""
    if len(drafts) < 2:
        return drafts
    out = list(drafts)
    for k in range(1, len(out)):
        d = out[k]
        if not _joined_verb(d):
            continue
        p = next((out[j] for j in range(k - 1, -1, -1) if out[j].form.pos == "verb"), None)
        if p is None or p.rule.type not in SECURITY_TYPES or not _misread(d, p):
            continue  # "قال … وقتل": who spoke did not do the deed
        agents = [a for r, a in p.actors if r == "agent" and _plain_subject(s, p, a)]
        if (not agents or _clause_between(s, p.trigger.last + 1, d.trigger.first, stops)
                or _own_subject_after(s, d) or not _agrees(s, p, d, agents[0])):
            continue
        struck = {a.info for r, a in d.actors if r in ("target", "victim")}
        shared = tuple(("agent", a) for a in agents if a.info not in struck)
        if shared:
            out[k] = attrs.evolve(d, actors=shared + tuple(x for x in d.actors if x[0] != "agent"))
    return out


# what eventx.conjoined_time asks of a verb joined to the deed before it
clause_between = _clause_between
joined_verb = _joined_verb
