"""How incidents are counted, round q31: a verb and the deed noun it carries
out ("شن طيران التحالف غارات") are one deed, whatever deed a clause before
them tells.  Probe sentences in the corpus's style."""
from __future__ import annotations

import eventx

REF = "2015-08-02"


def asserted(text: str, ref: str = REF) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=ref) if e.modality == "asserted"]


def of_type(events: list[eventx.Event], etype: str) -> list[eventx.Event]:
    return [e for e in events if e.type == etype]


def test_a_verb_and_its_deed_noun_are_one_air_strike_after_another_deed() -> None:
    # the killing in Bayda joined the verb first, and the strikes on Marib
    # were left as a second air strike of their own
    text = ("قتل عدد من الحوثيين في محافظة البيضاء وسط البلاد، ليلة الجمعة في حين شن "
            "طيران التحالف غارات على معاقل المتمردين في مأرب.")
    events = asserted(text)
    strikes = of_type(events, "air_strike")
    assert len(strikes) == 1
    assert "coalition forces" in {a.info.name_en for a in strikes[0].actors}
    assert strikes[0].location is None or strikes[0].location.place.name_en != "Al Bayda"
    assert len(of_type(events, "killing")) == 1


def test_the_verb_leaves_the_toll_and_place_of_the_clause_before_it() -> None:
    text = ("وبعد إقدام عناصر حزب العمال الكردستاني على قتل اثنين من رجال الشرطة التركية "
            "في سروج، شنّت الحكومة عدة غارات جوية على مقاتلي داعش في شمالي سورية.")
    strikes = of_type(asserted(text), "air_strike")
    assert len(strikes) == 1
    s = strikes[0]
    assert s.location is not None and s.location.place.country == "SY"
    assert not [c for c in s.counts if c.kind == "killed"]


def test_a_deed_noun_after_a_preposition_is_no_object() -> None:
    # "أصيب جندي في انفجار": the outcome in the blast; one bombing, which keeps
    # its noun as the trigger
    events = asserted("وأصيب جندي جزائري في انفجار قنبلة تقليدية الصنع في ولاية المدية أمس.")
    bombs = of_type(events, "bombing")
    assert len(bombs) == 1 and "انفجار" in bombs[0].trigger.text


def test_two_strikes_told_apart_by_a_clause_mark_stay_two() -> None:
    text = ("شن طيران التحالف غارات على مواقع الحوثيين في صعدة أمس، "
            "وشن غارات أخرى على معسكر في تعز.")
    assert len(of_type(eventx.extract(text, reference_date=REF), "air_strike")) == 2


def meetings(text: str, modality: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date="2017-06-01")
            if e.type == "meeting" and e.modality == modality]


def test_a_planned_visit_referred_back_stays_planned() -> None:
    text = ("يؤدي وزير الخارجية الفرنسي زيارة عمل إلى تونس يومي 4 و5 جوان 2017 بدعوة من "
            "نظيره التونسي. وتندرج هذه الزيارة في إطار دعم علاقات الصداقة بين البلدين.")
    assert meetings(text, "asserted") == []
    assert meetings(text, "planned")


def test_a_visit_that_took_place_stays_asserted_when_referred_back() -> None:
    text = ("زار وزير الخارجية الفرنسي تونس أمس الأربعاء والتقى نظيره التونسي. "
            "وتندرج هذه الزيارة في إطار دعم علاقات الصداقة بين البلدين.")
    assert meetings(text, "asserted")
    assert meetings(text, "planned") == []


def test_a_back_reference_with_a_day_of_its_own_keeps_its_modality() -> None:
    # a timeline: "30 مايو: ... نتج عن الزيارة" tells when the visit was
    text = ("ومن المنتظر أن يؤدي الرئيس زيارة إلى القاهرة الشهر المقبل. "
            "وفي 30 مايو الماضي نتج عن الزيارة إعلان القاهرة.")
    assert meetings(text, "asserted")


def test_a_bare_retelling_of_the_last_incident_joins_it() -> None:
    text = ("أعلنت مصادر أمنية تركية مقتل شرطي وإصابة 13 آخرين اليوم الأحد في هجوم بسيارة "
            "ملغومة أمام مقر للشرطة في مدينة غازي عنتاب. وذكرت شبكة تلفزيونية أن سيارة "
            "مفخخة انفجرت أمام مركز الشرطة.")
    assert len(of_type(asserted(text, "2016-05-01"), "bombing")) == 1


def test_a_deed_added_or_timed_against_another_stays_apart() -> None:
    added = ("انفجرت سيارة مفخخة أمام مركز للشرطة في مدينة غازي عنتاب اليوم الأحد. "
             "كما انفجرت عبوة ناسفة قرب سوق شعبي.")
    timed = ("قتل جنديان في هجوم بسيارة مفخخة على قاعدة عسكرية في كابل اليوم الجمعة. "
             "وأعلنت طالبان مسؤوليتها عن الهجوم الذي أعقب تفجيرا انتحاريا قرب أكاديمية الشرطة.")
    assert len(of_type(asserted(added, "2016-05-01"), "bombing")) == 2
    told = [e for e in eventx.extract(timed, reference_date="2015-08-07")
            if e.modality in ("asserted", "claimed")]
    assert len(of_type(told, "bombing")) == 2


DIGEST = (
    "* اشتباكات عنيفة في سيدني بين معادين للإسلام ومناهضين للعنصرية\n"
    "* سيدني - «الشرق الأوسط»: اشتبك قوميون أستراليون بعنف مع جماعات مناهضة للعنصرية في "
    "مسيرات في ملبورن أمس. ووقعت عدة اشتباكات عنيفة على الرغم من وجود 800 عنصر من الشرطة.\n\n"
    "* مقتل 19 من بوكو حرام في تشاد\n"
    "* نجامينا - «الشرق الأوسط»: قال مصدر عسكري إن 19 على الأقل من مقاتلي بوكو حرام قتلوا في "
    "اشتباكات مساء أول من أمس بعد أن هاجم مسلحون قرية تشادية على ضفاف بحيرة تشاد.\n")


def test_the_items_of_a_digest_never_merge() -> None:
    from eventx.dateline import opens_dateline as _dateline
    from eventx.text.normalize import normalize
    ex = eventx.Extractor()
    sents = ex.analyse(normalize(DIGEST), None)
    assert sum(_dateline(s.tokens) for s in sents) == 2
    clashes = [e for e in eventx.extract(DIGEST, reference_date="2015-07-20")
               if e.type == "armed_clash" and e.modality == "asserted"]
    # Sydney's clashes never take Chad's place or Boko Haram
    for e in clashes:
        if e.sentence.start < DIGEST.index("نجامينا"):
            assert {a.info.name_en for a in e.actors}.isdisjoint({"Boko Haram"})
            assert e.location is None or e.location.place.country != "TD"


def test_a_dateline_credit_is_no_place() -> None:
    text = "أنقرة - «الشرق الأوسط»: أعلنت تركيا، أمس، أنها جمدت رسميا أموال الرئيس اليمني السابق."
    for e in eventx.extract(text, reference_date="2015-08-07"):
        assert e.location is None or e.location.place.name_en != "Middle East"


def test_a_clause_telling_how_the_deed_went_is_the_same_deed() -> None:
    text = ("عاودت أمس قذائف الحوثيين استهدافها لمحافظات الشريط الحدودي بمنطقة جازان، حيث "
            "سقطت قذائف بمحافظة الطوال تسببت في احتراق مركبتين.")
    assert len(of_type(asserted(text, "2015-07-23"), "rocket_strike")) == 1


def test_two_targetings_parted_by_a_connective_stay_two() -> None:
    text = ("واستهدفت الميليشيات الأحياء القديمة في الحديدة، حيث تم تدمير العديد من المساكن، "
            "فيما استهدفت الميليشيات قلعة القاهرة بتعز.")
    assert len(of_type(asserted(text, "2015-08-05"), "attack")) == 2


def statements(text: str) -> list[eventx.Event]:
    return of_type(asserted(text, "2015-08-07"), "statement")


def test_words_said_in_a_statement_of_the_same_speaker_are_one_declaration() -> None:
    text = ("استنكر القنصل العام للمملكة العربية السعودية في لوس أنجلوس العمل الإرهابي الذي "
            "استهدف مسجد قوات الطوارئ في منطقة عسير. وقال في تصريح له إن من قام بهذا العمل "
            "لا ينتمي للإسلام.")
    assert len(statements(text)) == 1


def test_another_speakers_statement_stays_apart() -> None:
    text = ("أدانت السعودية الحادث الإرهابي وأكدت وقوفها إلى جانب البحرين. "
            "وقالت جامعة الدول العربية في بيان صدر اليوم إن الهجوم عمل جبان.")
    assert len(statements(text)) == 2
