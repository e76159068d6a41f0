"""Actor roles from general phrasing, round seven: who speaks and who meets.

A speech verb after a comma takes the name after it as its subject (Arabic
puts the verb first), an office no dictionary knows still names its holder,
an office that speaks keeps what its words are of from becoming a second
speaker, and a country a visit goes to, or a capital qualified by a
nationality, is a place and no party to the deed."""
from __future__ import annotations

import eventx
from probe import role_mentions

REF = "2016-01-01"


def roles(text: str, etype: str) -> dict[str, str]:
    """Mention text -> role, for the first event of ``etype``."""
    return {m: r for r, m in role_mentions(text, etype, REF)}


def names(text: str, etype: str) -> set[str]:
    """The canonical names of every actor of every ``etype`` event."""
    return {str(a["name"]) for e in eventx.extract(text, reference_date=REF)
            if e.type == etype for a in e.to_dict()["actors"]}  # type: ignore[index]


def test_a_fronted_adverbial_closed_by_a_comma_is_no_speaker() -> None:
    got = roles("وبخصوص أزمة جنوب السودان، طالب أوباما بإنهاء الحرب الأهلية", "statement")
    assert got.get("أوباما") == "source"
    assert "جنوب السودان" not in got


def test_an_office_of_an_unknown_body_names_its_holder() -> None:
    got = roles("ودعا رئيس المجلس الوطني الفلسطيني سليم الزعنون إلى وقف التنسيق الأمني",
                "statement")
    assert got.get("سليم الزعنون") == "source"


def test_words_running_on_after_an_unknown_body_name_no_one() -> None:
    # a place after the body, a preposition glued on: no holder named
    assert not roles("زار وزير الطاقة لدول خليجية بالتزامن مع القمة", "meeting")


def test_what_an_untitled_office_calls_for_is_no_speaker() -> None:
    assert "قوات" not in roles("دعا نائب رئيس الوزراء إلى إرسال قوات إلى المنطقة", "statement")


def test_the_body_an_untitled_office_heads_may_still_speak() -> None:
    got = roles("دعا الزعيم الجديد لحركة طالبان مقاتليه إلى توحيد صفوفهم", "statement")
    assert [r for m, r in got.items() if "طالبان" in m] == ["source"]


def test_a_country_a_visit_goes_to_is_no_participant() -> None:
    text = "بدأ رئيس الحكومة يوسف الشاهد اليوم زيارة رسمية إلى ألمانيا"
    assert "Germany" not in names(text, "meeting")
    evs = [e for e in eventx.extract(text, reference_date=REF) if e.type == "meeting"]
    assert evs and evs[0].modality == "asserted"  # still a visit told


def test_a_capital_after_a_nationality_adjective_is_a_place() -> None:
    got = roles("قتل 9 أشخاص في هجوم بسيارة مفخخة وسط العاصمة العراقية بغداد", "bombing")
    assert "بغداد" not in got


def test_a_city_joined_to_a_town_is_a_place() -> None:
    got = roles("نصب كمين له في الطريق الرابط بين باجة وتونس", "attack")
    assert "تونس" not in got


def test_killed_by_the_bullets_of_names_the_doer() -> None:
    got = roles("قتل جميع المهاجمين الأربعة برصاص قوات الأمن", "killing")
    assert got.get("قوات الأمن") == "agent"
    assert got.get("المهاجمين") != "agent"


def test_a_lorry_with_bi_is_the_means_of_a_ramming() -> None:
    got = roles("قتل خمسة أشخاص في هجوم إرهابي بشاحنة في العاصمة ستوكهولم", "attack")
    assert "بشاحنة" not in got


def test_a_bus_with_bi_is_where_a_bomb_went_off() -> None:
    got = roles("أصيب 12 جنديا في انفجار عبوة ناسفة بحافلة للجيش في العريش", "bombing")
    assert any("بحافلة" in m for m in got)


def test_bare_al_qaida_beside_a_military_base_is_the_base() -> None:
    text = ("قتل المهاجمون قبل أن يتمكنوا من دخول القاعدة وأعلنت طالبان مسؤوليتها "
            "عن الهجوم على القاعدة العسكرية")
    assert roles(text, "statement").get("طالبان") == "source"
    assert "al-Qaeda" not in names(text, "statement")


def test_a_verb_after_an_office_names_no_holder() -> None:
    text = "قال المصدر إن زيارة الوزير السعودي تأتي في سياق التحضير للقمة"
    assert not any("تأتي" in m or "تاتي" in m for m in roles(text, "meeting"))


def test_the_workers_party_is_the_pkk_only_once_named() -> None:
    uk = "دعت الزعيمة المؤقتة لحزب العمال هارييت هارمان إلى التهدئة"
    assert "PKK" not in {n for e in eventx.extract(uk, reference_date=REF)
                         for n in (str(a["name_en"]) for a in e.to_dict()["actors"])}  # type: ignore[index]
    tr = ("قصفت المقاتلات التركية مواقع حزب العمال الكردستاني في شمال العراق. "
          "وقال الجيش إن حزب العمال هاجم مركزا للشرطة.")
    got = [str(a["name_en"]) for e in eventx.extract(tr, reference_date=REF)
           if e.type == "attack" for a in e.to_dict()["actors"]]  # type: ignore[index]
    assert "PKK" in got


def test_the_terrorist_organisation_points_back_to_the_group_named() -> None:
    text = ("تبنى تنظيم داعش الإرهابي عملية إطلاق النار في باريس. "
            "وأعلن التنظيم الإرهابي مسؤوليته عن العملية عبر وكالة أعماق.")
    got = {str(a["name_en"]) for e in eventx.extract(text, reference_date=REF)
           if e.type == "statement" for a in e.to_dict()["actors"]}  # type: ignore[index]
    assert "terrorists" not in got


def test_a_feminine_body_after_a_masculine_verb_is_its_object() -> None:
    text = "قال أوباما إن الانتخابات لا تتمتع بالمصداقية، ودعا الحكومة والمعارضة إلى التلاقي"
    got = [r for r, m in role_mentions(text, "statement", REF) if "الحكومة" in m]
    assert "source" not in got
    assert roles("ودعت الحكومة المعارضة إلى الحوار", "statement").get("الحكومة") == "source"
    assert roles("وقد حذرتها الشرطة من التجمع", "threat").get("الشرطة") != "target"


def test_the_genitive_of_a_noun_of_dying_died() -> None:
    evs = eventx.extract("استهدف القصف الجزيرة، ما أسفر عن مقتل جنديين للشطر الجنوبي",
                         reference_date=REF)
    got = {str(a["role"]) for e in evs for a in e.to_dict()["actors"]  # type: ignore[index]
           if "جنديين" in str(a["mention"]["text"])}  # type: ignore[index]
    assert got and "agent" not in got


def test_forces_a_number_counts_are_the_ones_arrested() -> None:
    got = roles("وقالت المحكمة إنه جرى توقيف 11 رجل شرطة بينهم ضابط", "arrest")
    assert "agent" not in got.values()
