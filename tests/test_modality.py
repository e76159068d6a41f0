"""Which mentions report an incident, and of which type.

Each case is a phrasing that news uses for something other than a fresh
incident (an abstract deed, a background clause, a ceasefire, a figure of
speech), or a phrasing that does report one and used to be missed.
"""
from __future__ import annotations

import pytest

import eventx
from eventx.records import INCIDENT_MODALITIES, SECURITY_TYPES

REF = "2021-02-24"


def incidents(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in eventx.extract(text, reference_date=REF)
            if e.modality in INCIDENT_MODALITIES]


def types(text: str) -> set[str]:
    return {t for t, _ in incidents(text)}


@pytest.mark.parametrize("text", [
    # the deed in the abstract: a definite verbal noun is no verb
    "فالقتل والسرقة والاغتصاب، كلها جرائم ترتكب باسم الوطن.",
    "وحدد التقرير انواع العنف ومنها الضرب والخطف والتحريض.",
    # a relative clause tells who someone is, not today's news
    "وألقى الوزير الذي خطفته جماعة مسلحة لمدة ست سنوات محاضرة افتتاحية.",
    "وقالت وكالة الأنباء إن المرأة التي اعتقلت تبلغ من العمر 51 عاما.",
    # a ceasefire, an eruption of scandal, stopped procedures
    "واتهم الحزب الحكومة بانتهاك وقف إطلاق النار المبرم قبل عامين.",
    "انفجرت فضيحة جديدة في وجه رئيس البنك الدولي أمس.",
    "وأوقفت السلطات إجراءات الترحيل الصادرة بحقه مؤقتا.",
    # devices are not blasts
    "ولاحظ الباحثون ارتفاعا في استخدام أجهزة التفجير المتطورة.",
])
def test_no_incident(text: str) -> None:
    assert [i for i in incidents(text) if i[0] in SECURITY_TYPES] == []


def test_future_of_the_governing_verb_is_planned() -> None:
    evs = eventx.extract("وقال الحزب إنه سيصعد هجماته ضد القوات الحكومية.", reference_date=REF)
    assert evs and all(e.modality == "planned" for e in evs if e.type == "attack")


def test_past_light_verb_reports_a_bare_noun() -> None:
    # "was subjected to an attack": no date or place is needed to assert it
    assert ("rocket_strike", "asserted") in incidents(
        "وقالت الشرطة إن المنطقة المحصنة التي تحوي مقار الحكومة تعرضت لهجوم بقذائف الهاون.")


def test_infinitive_light_verb_does_not_report() -> None:
    assert incidents("كانوا يعتزمون لشن تفجيرات متزامنة بسيارات ملغومة.") == []


def test_forces_killing_militants_is_a_raid() -> None:
    assert types("وأعلنت وزارة الدفاع أن قوات الجيش قتلت 14 إرهابياً في ولاية البويرة.") == {"raid"}


def test_opening_fire_is_an_attack() -> None:
    assert "attack" in types("فتح مسلحون النار على مركبة للشرطة في بلدة مديات مساء السبت.")


def test_passive_assassination() -> None:
    assert "killing" in types("اغتيل رئيس البلدية في مدينة درنة أمس.")


def test_bomb_near_a_team_hotel_is_still_a_bomb() -> None:
    assert "bombing" in types(
        "سمع دوي 4 انفجارات قرب النزل الذي يقيم فيه المنتخب الجزائري أمس.")


def test_sport_attack_stays_suppressed() -> None:
    assert incidents("شن المهاجم هجمة خطيرة على مرمى المنتخب المنافس في المباراة.") == []


@pytest.mark.parametrize("text", [
    "ونزل آلاف المتظاهرين الى شوارع العاصمة والمدن الكبرى أمس.",
    "وتجمع مئات المتظاهرين امام مبنى مجلس المحافظة مطالبين الحكومة بالتدخل.",
    "وأضرم المتظاهرون النار في اطارات مطاطية وقطعوا الطريق الرئيسي.",
    "ويعتصم الاف المتظاهرين داخل مجمع يضم مقر الحكومة في بانكوك.",
])
def test_crowds_in_protest(text: str) -> None:
    assert "protest" in types(text)


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن التظاهر السلمي حق مشروع يكفله القانون.",
    "وتشارك لبنان في خمسة عروض ضمن تظاهرة المسرح اللبناني في المهرجان.",
    "وطالب المتظاهرون بقطع العلاقات الدبلوماسية مع الدنمارك.",
    "حيث تجمعت مئات السيارات والشاحنات عند الجانب اللبناني من الحدود.",
    "ثم ها هو يخرج المتظاهرين الى الشوارع ويحثهم على الاعتصام.",
])
def test_no_protest(text: str) -> None:
    assert "protest" not in types(text)


def test_a_noun_after_a_preposition_is_no_verb() -> None:
    # "عن قتل الرهينة": the killing of the hostage, named, not reported
    assert "killing" not in types("وفور الإعلان عن قتل الرهينة أعلنت الوزارة استعدادها لبدء حوار.")


def test_a_campaign_and_its_verb_are_one_raid() -> None:
    text = ("وأعلنت مديرية الأمن أمس عن توجيهها عدة حملات مشتركة بالتنسيق مع القوات المسلحة "
            "استهدفت العناصر التكفيرية في المحافظة.")
    assert types(text) & {"raid", "attack"} == {"raid"}


def test_a_relative_clause_that_says_it_happened_asserts_the_noun() -> None:
    # "the attack that took place in the mosque": no date needed
    assert ("attack", "asserted") in incidents(
        "وعبر الملك عن إدانته للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ.")


def test_a_planned_attack_with_casualties_took_place() -> None:
    assert ("attack", "asserted") in incidents(
        "وتأكدت مشاركتهم في التخطيط لهجوم المنيا الذي أسفر عن مقتل 29 وإصابة 24 آخرين.")


@pytest.mark.parametrize("text", [
    # visiting one's family, talks hoped for or urged
    "وقال إن الجنود كانوا في زيارة لدى أهاليهم خلال إجازة العيد.",
    "وقضت الهجمات على أي آمال لاستئناف فوري لمحادثات السلام مع الحكومة.",
    "وحث الزعيم الحكومة على اطلاق محادثات لوقف العنف.",
    # the telephone, a threat to health
    "رجحت المعاينة تفجير العبوة عن بعد بواسطة شريحة هاتف محمول.",
    "وشكل نقص الخدمات الصحية مصدر تهديد لحياة النازحين.",
])
def test_no_diplomacy_or_threat(text: str) -> None:
    assert types(text) & {"meeting", "phone_call", "threat"} == set()


@pytest.mark.parametrize("text", [
    "وشمل تقييد وصول المصلين إلى المسجد تحسبا من اشتباكات فلسطينية إسرائيلية.",
    "سمات امريكا تركيا مظاهرات اسطنبول",
    "وتجمع عشرات رجال الإطفاء والشرطة في المكان بينما كانت النيران تتصاعد.",
])
def test_precaution_tags_and_responders_are_no_incident(text: str) -> None:
    assert incidents(text) == []


@pytest.mark.parametrize(("text", "etype"), [
    # weak-final verbs: the feminine past and a pronoun change the last letter
    ("دعت الحكومة المحلية أمس أهالي المدينة إلى الخروج منها.", "statement"),
    ("وذلك عقب الاعتداءات التي استهدفتها وتبناها تنظيم داعش.", "statement"),
    ("والتقت وزيرة الخارجية نظيرها الفرنسي في باريس أمس.", "meeting"),
    # a pronoun on a teh-marbuta noun: زيارته
    ("وأعرب الأمير خلال زيارته مقر العزاء في الطائف عن حزنه.", "meeting"),
])
def test_inflected_triggers(text: str, etype: str) -> None:
    assert etype in types(text)


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب سوق في بغداد أمس.",
    "انفجرت سيارة مفخخة أمس في بغداد وأدى الانفجار إلى مقتل 5.",
])
def test_a_device_beside_its_blast_is_one_bombing(text: str) -> None:
    evs = [e for e in eventx.extract(text, reference_date=REF) if e.type == "bombing"]
    assert len(evs) == 1 and evs[0].modality == "asserted" and evs[0].subtype in ("ied", "car_bomb")


@pytest.mark.parametrize("text", [
    "وأطلق مسلحون صاروخين على قاعدة عسكرية في الأنبار أمس.",
    "سقط صاروخان على قاعدة بلد الجوية أمس.",
    "أطلقت جماعة الحوثي طائرات مسيرة باتجاه مطار أبها أمس.",
])
def test_launched_munitions_are_a_rocket_strike(text: str) -> None:
    assert types(text) == {"rocket_strike"}


@pytest.mark.parametrize("text", [
    # a role before a court, an alleged deed, a toll counted since a war began
    "اتهمت محكمة في نيويورك رجلا بالضلوع في تفجير سفارتي الولايات المتحدة في نيروبي.",
    "وأمرت المحكمة بسجنه على خلفية اتهامه باعتداء مفترض على أحد رجال السلطة.",
    "وقتل 76 صحافيا عراقيا منذ الغزو الذي قادته الولايات المتحدة للعراق.",
    # an incident named by its date is recalled, not reported
    "للتأكد من صلته بتفجيرات 11 مارس 2004 في مدريد.",
    # a killing joined to other verbal nouns is a noun
    "وتحدث التقرير عن اغتيال وقتل معارضين.",
    # وصفت is "described", not صفّى
    "ووصفت الوزارة المعلومات بأنها سخيفة.",
])
def test_background_is_no_incident(text: str) -> None:
    assert [i for i in incidents(text) if i[0] in SECURITY_TYPES] == []


def test_surviving_an_attempt_means_it_happened() -> None:
    assert ("bombing", "asserted") in incidents(
        "اعلنت مصادر امنية ان قائد مجلس الصحوة نجا من محاولة اغتيال بتفجير انتحاري بسيارة مفخخة "
        "غرب المدينة صباح أمس.")


def test_a_light_verb_then_a_time_phrase_asserts_the_noun() -> None:
    # the killing and the shooting that carried it out are one asserted incident
    assert {t for t, m in incidents("وشهد الشهر الحالي اغتيال عميد كلية الإدارة بجامعة بغداد "
                                    "بإطلاق نار عليه.") if m == "asserted"} & {"killing", "attack"}


@pytest.mark.parametrize("text", [
    "وقال حزب العمال الكردستاني في يوليو الماضي: إنه سيصعد هجماته متهما تركيا بانتهاك الهدنة.",
    "وأعلن التنظيم أنه سينفذ هجوما في العاصمة خلال أيام.",
    "وقال القائد: سنرد بقوة على أي اعتداء ضد قواتنا.",
])
def test_a_vow_of_violence_is_a_threat(text: str) -> None:
    evs = eventx.extract(text, reference_date=REF)
    assert ("threat", "asserted") in {(e.type, e.modality) for e in evs}
    # the attacks vowed have not happened
    assert not [e for e in evs if e.type == "attack" and e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "وقالت مصادر إن الجيش سيشن هجوما على المدينة خلال أيام.",   # a plan told by others
    "وقال رئيس النادي إنه سيواصل دعمه للفريق حتى نهاية الموسم.",
])
def test_no_vow_no_threat(text: str) -> None:
    assert "threat" not in {e.type for e in eventx.extract(text, reference_date=REF)}


def test_a_claim_after_a_long_claimant_name_is_a_statement() -> None:
    text = ("يذكر أن الأنباء تأتي بعد إعلان تنظيم الدولة الإسلامية في العراق والشام أو ما "
            "يعرف بـ\"داعش،\" مسؤوليته عن هذه الهجمات.")
    assert ("statement", "asserted") in incidents(text)


@pytest.mark.parametrize("text", [
    # a claim recalled with the year or month of its deed is background
    "وكانت الجبهة أعلنت من قبل مسؤوليتها عن هجمات مشابهة منها تفجير انتحاري عند السفارة "
    "الأمريكية في أنقرة عام 2013 أسفر عن مقتل حارس أمن.",
    "وهو متهم بالمشاركة في الهجوم على متحف باردو في مارس 2015، والذي قتل خلاله 21 سائحا، "
    "وتبناه تنظيم داعش لاحقا.",
])
def test_a_claim_of_a_deed_long_past_is_background(text: str) -> None:
    got = incidents(text)
    assert ("statement", "asserted") not in got
    assert any(t in SECURITY_TYPES for t, _ in got)  # the deed itself is still told


def test_the_current_year_dates_no_claim_as_past() -> None:
    text = ("ارتفعت حصيلة ضحايا الهجوم بسيارة مفخخة في سوق بمحافظة ديالى الجمعة إلى 120 قتيلا "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم الأكثر دموية لهذا العام.")
    assert ("statement", "asserted") in incidents(text)


def test_what_a_campaign_included_took_place() -> None:
    # "a war begun last month, which included air strikes": no tally over the month
    text = ("وبدأت تركيا الشهر الماضي حربا على الإرهاب شملت توجيه ضربات جوية ضد مقاتلي "
            "تنظيم الدولة الإسلامية في سوريا.")
    assert ("air_strike", "asserted") in incidents(text)


@pytest.mark.parametrize("text, said", [
    ("وقال الرئيس الفلسطيني محمود عباس إن القيادة الفلسطينية ستتوجه إلى المحكمة الجنائية.", True),
    ("قال رئيس الوزراء التركي أحمد داود أوغلو اليوم إن العمليات الأمنية ستستمر.", True),
    # a company's chief and a club's president are no heads of state
    ("وقال الرئيس التنفيذي للشركة إن الأرباح ارتفعت خلال الربع الأول.", False),
    ("وقال رئيس النادي إن الفريق سيخوض المباراة المقبلة بكامل لاعبيه.", False),
])
def test_a_head_of_state_s_words_are_a_statement(text: str, said: bool) -> None:
    assert (("statement", "asserted") in incidents(text)) is said


def test_a_head_of_state_reporting_an_incident_only_sources_it() -> None:
    got = incidents("وقال الرئيس إن مسلحين هاجموا مركزا للشرطة في مدينة العريش أمس.")
    assert ("attack", "asserted") in got and ("statement", "asserted") not in got
