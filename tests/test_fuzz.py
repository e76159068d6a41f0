"""Fuzzing with generated Arabic news: invariants hold whatever the mix.

`make test` runs the bounded "ci" profile; `make fuzz` runs the "nightly"
profile (thousands of examples per property).
"""
from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.dates import MAX_REFERENCE_DATE, MIN_REFERENCE_DATE

TRIGGERS = ["هجوم", "قصفت", "انفجار", "اشتباكات", "غارة", "اغتيال", "اختطاف", "مداهمة", "اعتقال",
            "اتصالا هاتفيا", "التقى", "حذر", "ندد", "مظاهرة", "مقتل", "استهدفت", "سقوط قذائف"]
ACTORS = ["داعش", "الجيش العراقي", "القوات الأميركية", "مسلحون مجهولون", "الحوثيين", "حركة طالبان",
          "الشرطة التونسية", "التحالف الدولي", "جو بايدن", "مصطفى الكاظمي"]
PLACES = ["بغداد", "الموصل", "أربيل", "صنعاء", "عدن", "تعز", "طرابلس", "بنغازي", "القصرين", "الرقة",
          "دير الزور", "كابول", "العريش", "سيناء", "المنطقة الخضراء"]
DATES = ["أمس", "اليوم", "مساء الاثنين", "الثلاثاء الماضي", "قبل أيام", "في 28 يناير",
         "يوم 3 جوان 2016", "في الثاني من شباط/فبراير 2021", "12 رجب 1442 هـ", "28/01/2021"]
NUMBERS = ["5", "١٤", "خمسة", "ثلاثة وعشرين", "عشرات", "نحو 20", "أكثر من 100", "مئتي", "1,250"]
NOUNS = ["قتيلا", "جريحا", "صواريخ", "قذائف هاون", "جنود", "مدنيين", "عناصر", "شخصا"]
CLITICS = ["", "و", "ف", "ب", "ل", "وب", "ال"]
NOISE = ["،", ".", "\"", "(", ")", "\n", "؟", "—", "...", "🔥", "abc", "\u200f", "\u0640", "\u064b"]
MARKS = ["\u064b", "\u064e", "\u0651", "\u0640"]

word = st.one_of(
    st.builds(lambda c, w: c + w, st.sampled_from(CLITICS), st.sampled_from(TRIGGERS + ACTORS)),
    st.builds(lambda c, w: c + w, st.sampled_from(CLITICS), st.sampled_from(PLACES)),
    st.sampled_from(DATES), st.sampled_from(NOISE), st.sampled_from(["في", "على", "من", "إن"]),
    st.builds(lambda n, m: f"{n} {m}", st.sampled_from(NUMBERS), st.sampled_from(NOUNS)),
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية", min_size=1, max_size=7),
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=1, max_size=60))
    text = " ".join(words)
    if draw(st.booleans()):  # sprinkle diacritics and tatweel inside words
        chars = list(text)
        for _ in range(draw(st.integers(0, 10))):
            i = draw(st.integers(0, len(chars)))
            chars.insert(i, draw(st.sampled_from(MARKS)))
        text = "".join(chars)
    return text


refs = st.one_of(st.none(), st.dates(MIN_REFERENCE_DATE, MAX_REFERENCE_DATE).map(lambda d: d.isoformat()))


@given(articles(), refs)
def test_generated_news_keeps_every_invariant(text: str, ref: str | None) -> None:
    for ev in eventx.extract(text, reference_date=ref):
        d = json.loads(json.dumps(ev.to_dict()))
        ms = [d["trigger"], d["sentence"], *(a["mention"] for a in d["actors"]),
              *(c["mention"] for c in d["counts"])]
        if d["location"]:
            ms.append(d["location"]["mention"])
            assert d["location"]["country"] is None or len(d["location"]["country"]) == 2
        if d["date"]:
            ms.append(d["date"]["mention"])
            assert d["date"]["start"] <= d["date"]["end"]
        for m in ms:
            assert text[m["start"]:m["end"]] == m["text"]
        for c in d["counts"]:
            assert c["min"] <= c["value"] <= c["max"]
        assert 0.0 <= d["confidence"] <= 1.0
        assert d["type"] == ev.type and d["modality"] in {"asserted", "negated", "planned", "threatened", "claimed", "denied", "generic"}


POSITIVE = "قصفت طائرات حربية مواقع لتنظيم داعش قرب مدينة الرقة."


@given(articles(), articles())
def test_surrounding_sentences_do_not_hide_an_incident(before: str, after: str) -> None:
    text = f"{before}.\n{POSITIVE}\n{after}."
    start = text.index(POSITIVE)
    evs = eventx.extract(text)
    assert any(e.type == "air_strike" and start <= e.trigger.start < start + len(POSITIVE)
               for e in evs) or any(e.type == "air_strike" for e in evs)
