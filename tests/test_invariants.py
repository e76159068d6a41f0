"""DESIGN.md invariants, property-tested on arbitrary and Arabic-like text."""
from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.dates import MAX_REFERENCE_DATE, MIN_REFERENCE_DATE

WORDS = ["هجوم", "قصف", "صواريخ", "داعش", "بغداد", "الطارمية", "أمس", "الاثنين", "مقتل", "خمسة",
         "جنود", "في", "على", "انفجار", "عبوة", "ناسفة", "اشتباكات", "14", "١٤", "صاروخاً", "اتصالاً",
         "هاتفياً", "الجيش", "العراقي", "نحو", "قبل", "أيام", "،", ".", "\"", "\n", "لم", "غارة",
         "الحوثيين", "صنعاء", "اختطاف", "28", "يناير", "مساء", "ساحة", "الطيران", "القوات",
         "الأميركية", "وبالطارمية", "للجيش"]
MARKS = ["\u064b", "\u064e", "\u0651", "\u0640", "\u200f", "\u200b"]

news = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
refs = st.one_of(st.none(), st.dates(MIN_REFERENCE_DATE, MAX_REFERENCE_DATE).map(lambda d: d.isoformat()))


def _check(text: str, events: list) -> None:
    for ev in events:
        d = ev.to_dict()
        json.loads(json.dumps(d))
        mentions = [d["trigger"], d["sentence"]]
        mentions += [a["mention"] for a in d["actors"]] + [c["mention"] for c in d["counts"]]
        if d["location"]:
            mentions.append(d["location"]["mention"])
        if d["date"]:
            mentions.append(d["date"]["mention"])
            assert d["date"]["start"] <= d["date"]["end"]
        for m in mentions:
            assert text[m["start"]:m["end"]] == m["text"]
        for c in d["counts"]:
            assert c["min"] <= c["value"] <= c["max"]


@given(st.text(max_size=300), refs)
def test_any_string_gives_a_list(text: str, ref: str | None) -> None:
    evs = eventx.extract(text, reference_date=ref)
    assert isinstance(evs, list)
    _check(text, evs)


@given(news, refs)
def test_newslike_text_invariants(text: str, ref: str | None) -> None:
    _check(text, eventx.extract(text, reference_date=ref))


def _signature(events: list) -> list:
    return sorted(((e.type, e.subtype, e.modality,
                    e.location.place.name_en if e.location else None,
                    e.date.start if e.date else None,
                    tuple(sorted((c.kind, c.value) for c in e.counts))) for e in events), key=repr)


@given(news, st.lists(st.sampled_from(MARKS), max_size=12), st.randoms())
def test_diacritics_and_tatweel_do_not_change_events(text: str, marks: list[str], rnd) -> None:
    chars = list(text)
    for m in marks:
        # marks go inside words only (after an Arabic letter), as in real text
        spots = [i + 1 for i, c in enumerate(chars) if "\u0621" <= c <= "\u064a"]
        if spots:
            chars.insert(rnd.choice(spots), m)
    marked = "".join(chars)
    assert _signature(eventx.extract(marked, reference_date="2021-02-24")) == \
        _signature(eventx.extract(text, reference_date="2021-02-24"))
    _check(marked, eventx.extract(marked, reference_date="2021-02-24"))
