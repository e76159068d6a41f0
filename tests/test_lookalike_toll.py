"""Deaths told as the outcome of a disaster or an accident are no incident
(eventx.lookalike_toll; the cue keys outcome, accident and not_preceded_by),
nor are the bare tolls told after it (the rule key bare_toll), while the tolls
of real deeds stay theirs."""
from __future__ import annotations

from pathlib import Path

import pytest

import eventx
from eventx.errors import RulePackError
from eventx.packs.loader import load_pack

SECURITY = {"attack", "armed_clash", "rocket_strike", "air_strike", "bombing", "raid", "arrest",
            "killing", "abduction"}


def _incidents(text: str, ref: str = "2015-08-07") -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=ref)
            if e.type in SECURITY and e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    # the quake stands far before the outcome phrase (snn-2015-08-07-0179)
    "قال متحدث باسم حكومة الكونغو إنّ زلزالا قوته 5.6 درجة هز شرق جمهورية الكونغو "
    "الديمقراطية في وقت مبكر اليوم (الجمعة)، مما أسفر عن مقتل ثلاثة على الأقل.",
    # a typhoon (snn-2015-08-10-0226)
    "قتل 14 شخصا على الاقل وفقد اربعة آخرون جراء اعصار بشرق الصين خلال عطلة نهاية الأسبوع",
    # an accidental blast at a fuel station, and its toll (snn-2015-07-21-1948)
    "قالت دائرة الإطفاء في غانا إن انفجارا وقع في محطة للوقود بالعاصمة أكرا ليلة أمس الأربعاء "
    "وأسفر عن مقتل نحو 90 شخصا",
    "بالصور .. مقتل 90 شخصاً في انفجار بمحطة وقود في غانا",
    # a train's collision (JA-society-815-20161030)
    "وتتمثل صورة الحادث في اصطدام القطار القادم من تونس في اتجاه غار الدماء بسيارة أجرة على "
    "مستوى تقاطع الطواهرية من معتمدية جندوبة الشمالية، مما أدى إلى مقتل جميع ركابها.",
    # a plane's crash, its toll after "تسبب ب" (snn-2015-08-04-0565)
    "وتحطمت طائرة عسكرية بسبب سوء الاحوال الجوية في منتصف يناير ما تسبب بمقتل 35 عسكرياً "
    "في محافظة ادلب.",
    # a storm, a landslide, a heat wave, a stampede
    "ضربت عاصفة استوائية قوية سواحل الفلبين الشرقية فجر اليوم مع رياح عاتية، ما أدى إلى مقتل "
    "12 شخصا.",
    "وقع انهيار أرضي في قرية جبلية نائية شمال البلاد بعد أيام من الأمطار، وأسفر عن مقتل تسعة.",
    "وضربت موجة الحر الولاية منذ أسبوع وارتفعت درجات الحرارة إلى 48 درجة، ما أسفر عن مقتل 20.",
    "وقع التدافع عند مدخل الملعب المكتظ بالمشجعين مساء أمس، مما أسفر عن مقتل سبعة أشخاص.",
    "لقي خمسة أشخاص مصرعهم في السيول التي اجتاحت المدينة",
])
def test_disaster_and_accident_tolls_are_no_incident(text: str) -> None:
    assert _incidents(text) == []


@pytest.mark.parametrize("text, kind, killed", [
    # a quake named as a time: the gunmen's killing stays
    ("قتل مسلحون خمسة مدنيين بعد الزلزال في المدينة", "killing", 5),
    ("هاجم مسلحون قرية نائية بعد الزلزال وقتلوا ثلاثة من سكانها", "attack", 3),
    # a strike that brought a house down: the toll is the strike's
    ("قصفت الطائرات الحربية بلدة كفرنبل ما أدى إلى انهيار منزل ومقتل خمسة مدنيين", "air_strike", 5),
    # a strike on a fuel station and a bomb by one stay
    ("استهدفت طائرة مسيرة محطة للوقود في مدينة مأرب ما أسفر عن مقتل ثلاثة أشخاص", "air_strike", 3),
    ("انفجرت عبوة ناسفة قرب محطة للوقود في بغداد ما أسفر عن مقتل ثلاثة أشخاص", "bombing", 3),
    ("انفجار سيارة مفخخة في محطة للوقود ببغداد أسفر عن مقتل 5", "bombing", 5),
    # the blast overturned the car: the accident is the deed's outcome (snn-2015-07-27-0147)
    ("وقالت الشرطة ان اثنين من الجنود قتلا في الانفجار الذي ادى الى انقلاب سيارتهما قرب الحدود",
     "bombing", 2),
    # Seoul (سيول) is no flood (سيول جارفة، السيول)
    ("وقالت سيول إن كوريا الشمالية أطلقت قذيفة مدفعية على جزيرة حدودية أمس", "rocket_strike", None),
    # an arson: the fire was set, the settlers' deed names the cause
    ("وهاجم مستوطنون منزلا في قرية دوما وأضرموا فيه النار، ما أدى إلى اندلاع حريق أسفر عن "
     "مقتل طفل", "attack", None),
])
def test_real_deeds_keep_their_tolls(text: str, kind: str, killed: int | None) -> None:
    events = [e for e in _incidents(text) if e.type == kind]
    assert events, [(e.type, e.trigger.text) for e in eventx.extract(text)]
    if killed is not None:
        assert any(c.kind == "killed" and c.value == killed for e in events for c in e.counts)


def _pack(tmp_path: Path, body: str) -> Path:
    d = tmp_path / "demo"
    d.mkdir(parents=True)
    (d / "pack.toml").write_text('[pack]\nname = "demo"\nversion = "1"\n', encoding="utf-8")
    (d / "rules.toml").write_text(body, encoding="utf-8")
    return d


_DEMO = '''
[class.result]
words = ["أسفر"]

[[rule]]
id = "kill"
type = "killing"
nouns = ["مقتل"]
'''

_VOLCANO = '''
[[cue]]
value = "suppress"
side = "before"
window = 30
types = ["killing"]
outcome = true
words = ["بركان"]
'''

_SPOKE = ("ثار بركان في جزيرة بعيدة صباح اليوم وغطى الرماد القرى والحقول المحيطة به، "
          "مما أسفر عن مقتل ثلاثة")


def test_outcome_cue_is_data(tmp_path: Path) -> None:
    """A user pack's outcome cue reaches the toll from before the outcome verb;
    without it the toll stands."""
    plain = eventx.Extractor([str(_pack(tmp_path / "a", _DEMO))])
    assert [e.type for e in plain.extract(_SPOKE)] == ["killing"]
    cued = eventx.Extractor([str(_pack(tmp_path / "b", _DEMO + _VOLCANO))])
    assert cued.extract(_SPOKE) == []
    # told for itself, after no outcome verb, the killing stays
    assert [e.type for e in cued.extract("ثار بركان في جزيرة بعيدة صباح اليوم، وأعلن مقتل ثلاثة")] \
        == ["killing"]


def test_not_preceded_by_is_data(tmp_path: Path) -> None:
    body = _DEMO + '''
[[cue]]
value = "suppress"
side = "after"
window = 6
types = ["killing"]
not_preceded_by = ["بعد"]
words = ["الزلزال"]
'''
    ex = eventx.Extractor([str(_pack(tmp_path, body))])
    assert ex.extract("أعلن مقتل ثلاثة في الزلزال") == []
    assert [e.type for e in ex.extract("أعلن مقتل ثلاثة بعد الزلزال")] == ["killing"]


@pytest.mark.parametrize("cue, message", [
    ('value = "suppress"\noutcome = "yes"\nwords = ["بركان"]', "outcome must be true or false"),
    ('value = "negated"\noutcome = true\nwords = ["لم"]', "only a suppress cue"),
    ('value = "suppress"\nside = "after"\noutcome = true\nwords = ["بركان"]', "side before"),
    ('value = "suppress"\naccident = 1\nwords = ["بركان"]', "accident must be true or false"),
    ('value = "generic"\naccident = true\nwords = ["بركان"]', "only a suppress cue"),
])
def test_bad_cue_keys_are_refused(tmp_path: Path, cue: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message):
        load_pack(_pack(tmp_path, _DEMO + "\n[[cue]]\n" + cue + "\n"))


# A bare toll told after a disaster or an accident the article dropped as a
# look-alike is that one's toll (rule key bare_toll, eventx.merge
# _disaster_toll), while a toll with a deed of its own, or nearer to a real
# incident, stays or joins that incident.

_TYPHOON_DAY = "2015-08-10"
# the lead of snn-2015-08-10-0226: the typhoon's toll, dropped as a look-alike
_TYPHOON = ("قتل 14 شخصا على الاقل وفقد اربعة آخرون جراء اعصار بشرق الصين خلال عطلة نهاية "
            "الأسبوع، حسبما ذكرت السلطات. ")
_QUAKE = ("قال متحدث باسم حكومة الكونغو إنّ زلزالا قوته 5.6 درجة هز شرق جمهورية الكونغو "
          "الديمقراطية في وقت مبكر اليوم (الجمعة)، مما أسفر عن مقتل ثلاثة على الأقل. ")


@pytest.mark.parametrize("text", [
    # the typhoon's further tolls, told city by city (snn-2015-08-10-0226)
    _TYPHOON + "ووصل الإعصار سوديلور إلى اليابسة في إقليم فوجيان بجنوب شرق الصين. وقتل 12 شخصا "
    "وفقد اربعة اخرون في مدينة ونتشو الأكثر تضررا ، كما قتل اثنان آخران في مدينة ليشوى.",
    # the quake's, and its wounded
    _QUAKE + "وقتل شخصان آخران في بلدة أوفيرا القريبة. وأصيب عشرة أشخاص بجروح.",
    # a martyr's death after a road accident
    "استشهد ثلاثة جنود في حادث سير على الطريق السريع قرب المدينة أمس. واستشهد جندي رابع "
    "متأثرا بجروحه في المستشفى.",
    # a headline toll told before the disaster
    "وقتل 12 شخصا في مدينة ونتشو. " + _TYPHOON,
])
def test_bare_tolls_of_a_disaster_are_no_incident(text: str) -> None:
    found = _incidents(text, _TYPHOON_DAY)
    assert found == [], [(e.type, e.trigger.text) for e in found]


@pytest.mark.parametrize("text, kind, killed", [
    # a roundup: the flood, then a bombing; the later toll is the bombing's
    (_TYPHOON + "وفي العراق انفجرت سيارة مفخخة في سوق شعبي ببغداد أمس. وقتل خمسة أشخاص "
     "وأصيب عشرة آخرون.", "bombing", 5),
    # ... and the other way round: the bombing's toll told before the flood stays its own
    ("انفجرت سيارة مفخخة في سوق شعبي ببغداد أمس وقتل خمسة أشخاص. " + _TYPHOON, "bombing", 5),
    # a doer, or the means of a deed: a killing of its own
    (_TYPHOON + "وقتل مسلحون خمسة أشخاص في مدينة ونتشو.", "killing", 5),
    (_TYPHOON + "وقتل خمسة أشخاص بالرصاص في مدينة ونتشو.", "killing", 5),
    # another country, opened as a roundup item or named as the place
    (_TYPHOON + "وفي بغداد قتل خمسة أشخاص أمس.", "killing", 5),
    (_TYPHOON + "وقتل خمسة أشخاص في بغداد أمس.", "killing", 5),
    # a sentence that turns to another matter
    (_TYPHOON + "من جهة أخرى قتل خمسة أشخاص في مدينة ونتشو.", "killing", 5),
])
def test_tolls_with_a_deed_stay(text: str, kind: str, killed: int) -> None:
    events = [e for e in _incidents(text, _TYPHOON_DAY) if e.type == kind]
    assert events, [(e.type, e.trigger.text) for e in eventx.extract(text, reference_date=_TYPHOON_DAY)]
    assert any(c.kind == "killed" and c.value == killed for e in events for c in e.counts)


_ERUPTING = '''
[[rule]]
id = "kill"
type = "killing"
nouns = ["مقتل"]
absorbable = true
{bare}

[[cue]]
value = "suppress"
side = "after"
window = 4
types = ["killing"]
accident = true
words = ["بركان"]
'''

_ERUPTION = "أعلن مقتل ثلاثة في ثوران بركان بالجزيرة صباح اليوم. وأعلن الحاكم مقتل اثنين آخرين."


def test_bare_toll_is_data(tmp_path: Path) -> None:
    """A user pack's toll rule with ``bare_toll`` goes with the eruption told
    before it; without the key the later toll stands."""
    plain = eventx.Extractor([str(_pack(tmp_path / "a", _ERUPTING.format(bare="")))])
    assert [e.type for e in plain.extract(_ERUPTION)] == ["killing"]
    bare = eventx.Extractor([str(_pack(tmp_path / "b", _ERUPTING.format(bare="bare_toll = true")))])
    assert bare.extract(_ERUPTION) == []


@pytest.mark.parametrize("key, message", [
    ("bare_toll = 1", "bare_toll must be true or false"),
    ("bare_toll = true", "only a toll that joins an incident"),
])
def test_bad_bare_toll_is_refused(tmp_path: Path, key: str, message: str) -> None:
    body = f'[[rule]]\nid = "kill"\ntype = "killing"\nnouns = ["مقتل"]\n{key}\n'
    with pytest.raises(RulePackError, match=message):
        load_pack(_pack(tmp_path, body))
