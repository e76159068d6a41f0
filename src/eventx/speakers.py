"""Statements whose speaker is named in an earlier sentence.

News names a speaker once and then carries on with "وأضاف" (he added),
"وتابع", "وجاءت تصريحاته" (his remarks came …): the verb has no subject of
its own, or the noun only a pronoun.  Such a statement was made by the last
named speaker of the article, as a reader takes it, provided that speaker was
named a sentence or two before; further back the thread is lost and no source
is better than a guess.
"""
from __future__ import annotations

from typing import Final
import attr
import attrs

from eventx.analysis import ActorMention, Sentence, is_punct
from eventx.events import Draft

# how many analysed sentences back, and how many characters, a speaker reaches
SPEAKER_SENTENCES: Final = 3
SPEAKER_CHARS: Final = 700
# how far after a speech verb its subject may start ("قال وزير الخارجية الأمريكي
# جون كيري": a title of up to three words between)
SUBJECT_REACH: Final = 4
_COMPLEMENTIZERS: Final = frozenset({"ان", "بان", "انه", "انها", "لان"})
# word classes of verbs that name a speaker (rules/core/classes.toml)
_SAYING: Final = frozenset({"speech_verb", "opinion_verb"})
# what follows a speech verb with no subject of its own: "وأضاف: …"، "وتابع أن"،
# "وأكد في تصريح"; any other word may be its subject, named or not ("ودعا
# البرلماني …"), and then the statement is no one's we know
_NO_SUBJECT: Final = frozenset({
    ":", "«", '"', "“", "ان", "بان", "انه", "انها", "بانه", "بانها", "في", "خلال", "علي",
    "الي", "ل", "امس", "اليوم", "قايلا", "قايله", "،", ",",
})
# what may open a sentence before a subject that its speech verb follows:
# "وكان خامنئي قال …" (the words before the news)
_WAS: Final = frozenset({"كان", "وكان", "كانت", "وكانت"})
# a pronoun on a speech noun points back: "تصريحاته"، "بيانه"، "كلمتها"
_PRONOUNS: Final = ("ه", "ها", "هم", "هما")


@attr.s(auto_attribs=True, order=False)
class SpeakerTrail:
    """The last named speaker of the article, fed one sentence at a time."""

    sources: tuple[ActorMention, ...] = ()
    end: int = -1  # where the sentence naming them ends
    seen: int = 0  # analysed sentences since

    def resolve(self, sent: Sentence, drafts: list[Draft], raw: list[Draft]) -> list[Draft]:
        """``drafts`` (the sentence's events) with a source for each statement
        lacking one; then ``raw`` (its drafts before the sentence merge, which
        drops a statement reporting an incident) names the next speaker."""
        self.seen += 1
        if self.sources and self.seen <= SPEAKER_SENTENCES and sent.start - self.end <= SPEAKER_CHARS:
            drafts = [self._sourced(d) for d in drafts]
        said = [d for d in raw if d.rule.type == "statement" and d.modality == "asserted"]
        if said:
            last = max(said, key=lambda d: d.trigger.start)
            sources = tuple(a for r, a in last.actors if r == "source")
            if sources:
                self.sources, self.end, self.seen = sources, sent.end, 0
            elif not refers_back(last):
                # a new speaker we cannot name: the thread is broken
                self.sources = ()
        else:
            speaker = named_speaker(sent)
            if speaker is not None:
                self.sources, self.end, self.seen = (speaker,), sent.end, 0
        return drafts

    def _sourced(self, d: Draft) -> Draft:
        if (d.rule.type != "statement" or d.modality != "asserted" or not refers_back(d)
                or any(r == "source" for r, _ in d.actors)):
            return d
        have = {a.info for _, a in d.actors}
        add = tuple(("source", a) for a in self.sources if a.info not in have)
        return attrs.evolve(d, actors=add + d.actors) if add else d


def named_speaker(sent: Sentence) -> ActorMention | None:
    """The subject of the sentence's last speech verb that is no event of its
    own ("اعتبر البابا فرانسيس … الهجمات …"، "وقال وزير الخارجية سامح شكري
    إن"): a reader takes the next "وجاءت تصريحاته" as theirs.  The subject
    follows the verb, perhaps behind a title, before any punctuation or
    complementizer, or, for a verb that agrees with it, stands right before
    it at the head of the sentence ("وكان خامنئي قال …"); a verb with no
    named subject ("وأكد البابا:") leaves the thread as it is, for it is
    mostly the speaker already named."""
    if not sent.actors:
        return None  # no one named to be the subject: no speech verb need be sought
    verbs = [h for h in sent.hits if not h.classes.isdisjoint(_SAYING)]
    toks = sent.tokens
    for h in verbs[::-1]:  # (reversed() of a NamedTuple list types as Any for mypyc)
        for a in sent.actors:
            if 0 < a.first - h.last <= SUBJECT_REACH and not any(
                    is_punct(t) or t.text in _COMPLEMENTIZERS for t in toks[h.last + 1:a.first]):
                return a
        if "subject_speech_verb" in h.classes:
            for a in sent.actors:
                if a.last == h.first - 1 and (a.first == 0 or sent.texts[a.first - 1] in _WAS):
                    return a  # "وكان خامنئي قال …"، "الجيش التركي أعلن …": the subject first
    return None


def refers_back(d: Draft) -> bool:
    """The statement's speaker is someone named before: a speech verb with no
    subject after it ("وأضاف: …"), or a speech noun carrying a pronoun
    ("وجاءت تصريحاته")."""
    toks = d.sentence.tokens
    tok = toks[d.trigger.last].text
    if d.form.pos == "verb":
        nxt = toks[d.trigger.last + 1].text if d.trigger.last + 1 < len(toks) else ""
        return nxt in _NO_SUBJECT or nxt[:1] in ('"', "«", "“", ":")
    return any(tok.endswith(d.trigger.key + p) for p in _PRONOUNS)
