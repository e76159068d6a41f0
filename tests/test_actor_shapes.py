"""Actor mentions by their shape: rank phrases, body nouns after a title,
accusative adjectives, generic gunmen with a group's adjective, unit names
the dictionary lacks, and the roles things and addressees may take.

Each probe is written in wire-copy style after corpus phrasing seen in an
audit of articles outside the dev set.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import eventx
from eventx.analysis import _unit_name
from eventx.dates_grammar import grammar
from eventx.text.normalize import normalize_text
from eventx.text.tokenize import tokenize
from tests.probe import role_mentions

REF = "2015-08-01"


def _mentions(text: str) -> list[str]:
    return [a.mention.text for e in eventx.extract(text, reference_date=REF) for a in e.actors]


def _names_en(text: str) -> list[str]:
    return [a.info.name_en for e in eventx.extract(text, reference_date=REF) for a in e.actors]


def test_a_rank_phrase_qualifies_the_role_noun_and_names_no_one() -> None:
    text = "وقتل خمسة جنود في الهجوم بينهم ضابط برتبة عميد."
    got = _mentions(text)
    assert "ضابط برتبة عميد" in got
    assert not any(m.startswith("برتبة") for m in got)


def test_a_demonstrative_after_a_title_is_no_name() -> None:
    assert not any("بذلك" in m for m in _mentions("ندد وزير الخارجية بذلك التفجير."))


def test_a_body_after_a_title_is_what_the_office_is_of() -> None:
    text = "وأدان الدكتور هادي بن علي اليامي رئيس لجنة حقوق الإنسان العربية التفجير الإرهابي."
    got = role_mentions(text, "statement", REF)
    assert ("source", "هادي بن علي") in got
    assert not any("لجنة" in m for _, m in got)
    text = ("ودعا الأمين العام لمنظمة التعاون الاسلامي فرقة العمل المشتركة في المنطقة "
            "لضرورة تكثيف جهودها.")
    assert not any(m == "فرقة" for m in _mentions(text))


def test_ali_after_bin_is_a_name() -> None:
    text = "وأدان الرئيس زين العابدين بن علي التفجير."
    assert ("source", "زين العابدين بن علي") in role_mentions(text, "statement", REF)


def test_an_accusative_nisba_after_an_indefinite_noun_is_its_adjective() -> None:
    assert not any(n in ("Italy", "Italian government") for n in _names_en(
        "قتل مسلحون رجلا إيطاليا في العاصمة طرابلس أمس."))
    got = role_mentions("هاجم مسلحون مركزا حدوديا تركيا أمس.", "attack", REF)
    assert not any(m == "تركيا" for _, m in got)
    # "a terrorist attack" names no doer
    text = "وكان الكسندر بوسينيت قد نفذ هجوما ارهابيا مساء الاحد على المركز الثقافي."
    assert not any(m == "ارهابيا" for m in _mentions(text))


def test_a_country_after_an_adverb_stays_an_actor() -> None:
    got = role_mentions("واتهمت الحكومة أيضا روسيا بدعم المتمردين.", "statement", REF)
    assert ("target", "روسيا") in got


def test_gunmen_with_a_groups_adjective_are_that_group() -> None:
    got = role_mentions("اختطف المسلحون الحوثيون الطبيب في مدينة تعز.", "abduction", REF)
    assert got[0] == ("agent", "المسلحون الحوثيون")
    assert not any(r == "victim" and "الحوثي" in m for r, m in got)


def test_a_construct_plural_after_its_verb_is_the_subject() -> None:
    got = role_mentions("كما احتجز مسلحو الحوثي الصحافي محمد المساح.", "arrest", REF)
    assert ("agent", "مسلحو الحوثي") in got


def test_a_force_named_by_an_acronym_acts() -> None:
    text = "وقتل خمسة جنود بصاروخ أطلقته قوة إيساف التابعة للحلف الأطلسي."
    got = role_mentions(text, "rocket_strike", REF)
    assert ("agent", "قوة إيساف") in got
    assert not any(r == "target" for r, _ in got)
    got = role_mentions("هاجم مسلحون قوة حفظ السلام في مالي.", "attack", REF)
    assert ("target", "قوة حفظ السلام") in got
    got = role_mentions("وقصفت قوات الاحتياط مواقع حركة الشباب.", "rocket_strike", REF)
    assert ("agent", "قوات الاحتياط") in got


def test_a_force_noun_with_an_adjective_or_a_genitive_names_no_unit() -> None:
    got = _mentions("وصلت قوة كبيرة من الجيش إلى المدينة وهاجمت المسلحين.")
    assert not any(m.startswith("قوة") for m in got)
    # singular قوة before a definite word is a strength, not a unit
    assert not any(m.startswith("قوة") for m in _mentions("وهاجم المسلحون المدينة بكل قوة الزلزال."))


def test_a_thing_is_no_party_to_an_arrest_or_to_words() -> None:
    got = role_mentions("اعتقلت الشرطة مواطنا في المطار.", "arrest", REF)
    assert not any(m == "المطار" for _, m in got)
    text = "ندد عدد من سائقي الحافلات التابعة لشركة القوافل بهذه التصرفات."
    assert not any("الحافلات" in m for m in _mentions(text))


def test_what_a_statement_tells_is_no_target_of_it() -> None:
    text = "وأوضحت وزارة الصحة المصرية في بيان لها أمس أنه تم نقل الجثث إلى المستشفى."
    assert not any(r == "target" for r, _ in role_mentions(text, "statement", REF))


def test_whom_words_are_said_to_is_no_speaker() -> None:
    text = "وكان كارتر قد قال للملك سلمان أمام الصحافيين إن الرئيس يتطلع للقائه."
    assert all(r != "source" or "الملك" not in m
               for r, m in role_mentions(text, "statement", REF))


def test_a_body_named_after_its_secretariat_speaks() -> None:
    text = "أدانت الأمانة العامة لمنظمة التعاون الإسلامي الهجوم الإرهابي في الكاميرون."
    assert ("source", "لمنظمة التعاون الإسلامي") in role_mentions(text, "statement", REF)


def test_an_accusation_names_whom_it_accuses_not_the_charge() -> None:
    text = "واتهم الحرس الثوري الإيراني واشنطن والرياض بالتورط في الاعتداءات."
    got = role_mentions(text, "statement", REF)
    assert ("target", "واشنطن") in got and ("target", "والرياض") in got
    text = "فرضت عقوبات على قطريين تتهمهما واشنطن بـ«تمويل» تنظيم «القاعدة»."
    assert not any(r == "target" and "القاعدة" in m for r, m in role_mentions(text, "statement", REF))


def test_suspects_never_make_an_arrest() -> None:
    text = "وأوضح البيان أن الوحدات طوقت المشتبه بهم والقت القبض على 13 عنصرا."
    got = [(r, m) for e in eventx.extract(text, reference_date=REF) if e.type == "arrest"
           for r, m in ((a.role, a.mention.text) for a in e.actors)]
    assert ("agent", "المشتبه بهم") not in got


_WORDS = st.sampled_from(["قوه", "قوات", "ايساف", "حفظ", "السلام", "كبيره", "من", "الجيش",
                          "تقدمت", "الاحتياط", "بشكل", "اميصوم", "،", "الزلزال", "جديد"])


@given(st.lists(_WORDS, min_size=1, max_size=6), st.integers(min_value=0, max_value=6),
       st.booleans())
def test_a_unit_name_ends_inside_the_sentence_after_its_start(words: list[str], j: int,
                                                             plural: bool) -> None:
    tokens = tokenize(" ".join(words))
    end = _unit_name(tokens, j, {}, plural)
    assert end == -1 or j <= end < len(tokens)
    assert end <= j + 1  # a name is one word, or a two-word construct


def test_an_attack_noun_names_its_doer_with_min_or_li() -> None:
    got = role_mentions("شهدت المدينة هجوما من تنظيم داعش يوم 7 مارس.", "attack", REF)
    assert ("agent", "تنظيم داعش") in got
    got = role_mentions("بعد الهجوم الانتحاري الأخير لـ«داعش» في بلدة سوروج.", "bombing", REF)
    assert ("agent", "داعش") in got
    # a noun between: the ل names whose sites were hit
    got = role_mentions("استهدف قصف مواقع لداعش في الرقة.", "attack", REF)
    assert not any(r == "agent" for r, _ in got)


def test_whose_sites_were_hit_before_a_deed_is_no_doer_of_it() -> None:
    text = ("إن طيران الجيش العراقي نفذ طلعاته الجوية على مواقع عناصر تنظيم «داعش» في قرى "
            "جبال حمرين تمكنت خلالها من قصف رتل للتنظيم.")
    got = role_mentions(text, "rocket_strike", REF)
    assert not any(r == "agent" and "داعش" in m for r, m in got)


def test_a_possessive_on_a_deed_noun_is_no_object_pronoun() -> None:
    text = "وقابلت الجماعة خسائرها باستئناف قصفها العشوائي لمناطق المدنيين في عدن."
    assert not any(r == "agent" and "المدنيين" in m
                   for e in eventx.extract(text, reference_date=REF)
                   for r, m in ((a.role, a.mention.text) for a in e.actors))


def test_a_deed_noun_with_a_possessive_takes_its_li_phrase_as_object() -> None:
    text = "وبعد استهدافها للتنظيم مبدئيا، شنت الطائرات التركية غارات على مواقع الحزب."
    assert not any(r == "agent" and "للتنظيم" in m
                   for e in eventx.extract(text, reference_date=REF)
                   for r, m in ((a.role, a.mention.text) for a in e.actors))


def test_a_plural_force_name_takes_its_adjectives() -> None:
    text = "هاجمت قوات المجلس العسكري بصبراتة مساء الثلاثاء مقرات لتنظيم داعش."
    assert "قوات المجلس العسكري" in _mentions(text)


@pytest.mark.parametrize("day", sorted(grammar().weekday))
def test_a_plural_force_name_stops_at_any_weekday_of_the_date_table(day: str) -> None:
    """"قوات الدعم الثلثاء": every spelling the date grammar reads as a
    weekday (data/date_words.toml) ends the name, not only the common ones."""
    tokens = tokenize(normalize_text(f"هاجمت قوات الدعم {day} مقرا"))
    assert _unit_name(tokens, 2, {}, True) == 2


def test_a_phrase_behind_a_preposition_is_no_abductor() -> None:
    text = ("شكلت وزارة الخارجية بحكومة الوفاق الليبية، غرفة أزمة لمتابعة حادثة اختطاف "
            "الطائرة التي تقل 118 مسافرا.")
    got = role_mentions(text, "abduction", REF)
    assert not any(r == "agent" for r, _ in got)
    got = role_mentions("قال مسؤول إن مسلحين اختطفوا مهندسا تركيا في سبها.", "abduction", REF)
    assert ("agent", "مسلحين") in got


def test_time_words_between_a_verbs_subject_and_object_keep_it_the_subject() -> None:
    text = "هاجمت قوات المجلس العسكري بصبراتة مساء اليوم الثلاثاء، مقرات لتنظيم داعش في المدينة."
    assert ("agent", "قوات المجلس العسكري") in role_mentions(text, "attack", REF)
    # nothing after it: the object of a subject told before
    assert ("target", "قوات الأمن") in role_mentions("هاجمت قوات الأمن بالأسلحة.", "attack", REF)


def test_a_verb_describing_an_indefinite_deed_noun_has_it_as_subject() -> None:
    text = ("تم توجيه عدة حملات مشتركة بالتنسيق مع القوات المسلحة استهدفت العناصر التكفيرية "
            "والبؤر الإجرامية بدوائر أقسام المحافظة.")
    got = role_mentions(text, "raid", REF)
    assert ("target", "العناصر التكفيرية") in got
    assert ("agent", "العناصر التكفيرية") not in got
    # a reflexive after the verb names its subject there
    text = "وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه امس في سيارة مفخخة."
    assert ("agent", "انتحاري") in role_mentions(text, "bombing", REF)


def test_a_facility_naming_a_street_or_district_is_no_target() -> None:
    text = ("كما شنت المقاتلات عدة غارات جوية على تجمعات للانقلابيين في محيط حي المستشفى "
            "العسكري، ومعسكر القوات الخاصة.")
    got = role_mentions(text, "air_strike", REF)
    assert not any("المستشفى" in m for _, m in got)
    assert ("target", "ومعسكر القوات الخاصة") in got
    assert ("target", "المستشفى") in role_mentions("انفجرت عبوة قرب المستشفى العسكري.", "bombing", REF)
