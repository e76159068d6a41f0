"""Document merging through the whole pipeline: which mentions of an article
become one incident, which stay apart, and what the merged record keeps."""
from __future__ import annotations

import datetime as dt

import attrs

import eventx
from eventx.analysis import PlaceMention
from eventx.dates import parse_reference_date
from eventx.events import sentence_drafts
from eventx.merge import _contains
from eventx.records import Place
from eventx.text.normalize import normalize

from probe import asserted_events

REF = "2015-08-10"  # a Monday


def security(text: str, ref: str = REF) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=ref)
            if e.type not in ("statement", "threat", "meeting", "phone_call")
            and e.modality == "asserted"]


def test_last_night_and_late_saturday_are_one_night() -> None:
    # said on Sunday, "last night" and "late on Saturday" name the same night
    text = ("قال مسؤولون إن مسلحين هاجموا مركزا للشرطة الليلة الماضية في مدينة ماردين. "
            "وقال بيان للمحافظة إنه في وقت متأخر من السبت فتح مسلحون النار على مركز "
            "للشرطة في مدينة ماردين.")
    evs = security(text)
    assert len(evs) == 1
    assert evs[0].date is not None
    assert evs[0].date.start == dt.date(2015, 8, 8)  # the named day pins it


def test_an_evening_does_not_reach_the_next_day() -> None:
    text = ("هاجم مسلحون مركزا للشرطة مساء السبت في مدينة ماردين. "
            "وكان مسلحون قد هاجموا مركزا للشرطة يوم الخميس في مدينة ماردين.")
    assert len(security(text)) == 2


def test_the_day_of_a_report_is_not_the_day_of_the_incident() -> None:
    text = "قالت الشرطة الأحد إن مسلحين هاجموا مركزا أمنيا يوم الجمعة في مدينة بغداد."
    evs = security(text)
    assert len(evs) == 1 and evs[0].date is not None
    assert evs[0].date.start == dt.date(2015, 8, 7)


def test_the_day_of_a_report_dates_an_undated_clause() -> None:
    text = "أعلنت وزارة الدفاع الأسبوع الماضي أن الجيش اعتقل خمسة مسلحين في ولاية سطيف."
    evs = security(text)
    assert len(evs) == 1 and evs[0].date is not None
    assert evs[0].date.end < dt.date(2015, 8, 10)


def test_an_attack_and_the_arrest_of_its_author_are_two_events() -> None:
    text = ("هاجم مسلح دورية للشرطة في مدينة ليون أمس. "
            "واعتقلت الشرطة المهاجم بعد الهجوم في مدينة ليون.")
    types = sorted(e.type for e in security(text))
    assert types == ["arrest", "attack"]


def test_a_definite_construct_refers_back() -> None:
    # "إطلاق النار" is "the shooting": the earlier incident, told again
    text = ("قتل ثلاثة أشخاص في حادث إطلاق نار أمس. "
            "وقال المتحدث إن إطلاق النار وقع في مركز تجاري بمدينة دالاس.")
    evs = security(text)
    assert len(evs) == 1
    assert evs[0].location is not None


def test_a_toll_dated_by_a_year_does_not_date_an_undated_incident() -> None:
    # the 40,000 dead of the conflict are no toll of today's clashes, nor is
    # 2012 (the year of the peace talks) their date
    text = ("قتل ستة أشخاص في اشتباكات بين قوات الأمن والمسلحين في مدينة ديار بكر. "
            "وفي عام 2012 أطلقت أنقرة عملية سلام، وقتل أكثر من 40 ألف شخص في الصراع.")
    evs = security(text)
    clash = [e for e in evs if e.type == "armed_clash"]
    assert len(clash) == 1
    assert clash[0].date is not None and clash[0].date.start.year == 2015
    assert {c.kind: c.value for c in clash[0].counts}.get("killed") == 6
    assert not any(c.value == 40000 for e in evs for c in e.counts)


def test_a_running_total_is_no_incident() -> None:
    text = ("انفجرت عبوة ناسفة في مدينة مايدوغوري أمس. "
            "وقتلت الجماعة أكثر من 14 ألف شخص منذ عام 2009 في شمال نيجيريا.")
    evs = security(text)
    assert [e.type for e in evs] == ["bombing"]
    assert not evs[0].counts


def test_a_place_struck_and_a_place_named_as_target_are_one_incident() -> None:
    # طهران the location of one mention and the target of the other
    text = "استهدف هجوم طهران وأوقع 13 قتيلا. ورفض الوزير التعازي في هجومين داميين بطهران."
    evs = security(text)
    assert len(evs) == 1
    ev = evs[0]
    assert ev.location is not None and ev.location.place.name_en == "Tehran"
    assert {c.kind: c.value for c in ev.counts} == {"killed": 13, "incidents": 2}


def test_a_named_town_inside_a_listed_region_wins() -> None:
    text = ("قال مسؤولون إن مسلحين هاجموا سيارة للشرطة الليلة الماضية في جنوب شرق تركيا. "
            "وقال بيان للمحافظة إنه في وقت متأخر من السبت فتح مسلحون النار على سيارة "
            "للشرطة في بلدة مديات.")
    evs = security(text)
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.place.name_en == "Midyat"


def test_a_region_keeps_its_place_against_a_far_city() -> None:
    # Istanbul lies in Turkey, not in its south-east (the policy itself)
    region = Place(name="جنوب شرق تركيا", name_en="southeastern Turkey", geonames_id=None,
                   feature="region", country="TR", admin1=None, admin2=None, lat=37.5, lon=40.5,
                   population=0)
    istanbul = Place(name="اسطنبول", name_en="Istanbul", geonames_id=745044, feature="city",
                     country="TR", admin1="Istanbul", admin2=None, lat=41.01, lon=28.95,
                     population=14804116)
    midyat = attrs.evolve(istanbul, name="مديات", name_en="Midyat", geonames_id=304382,
                          admin1="Mardin", lat=37.42, lon=41.34)
    outer = PlaceMention(0, 0, 0, 1, region)
    assert not _contains(outer, PlaceMention(0, 0, 0, 1, istanbul))
    assert _contains(outer, PlaceMention(0, 0, 0, 1, midyat))


def test_a_mention_of_two_incidents_gives_way_to_each() -> None:
    # the claim names both bombings; each is told on its own after
    text = ("تبنى تنظيم داعش تفجير كنيستين في مصر، أسفرا عن سقوط عشرات الضحايا في مدينتي "
            "طنطا والإسكندرية. وقال مصدر أمني إن انتحاريا فجر نفسه أمام الكنيسة المرقسية، "
            "مما أسفر عن مقتل 13 شخصا وإصابة 40 آخرين. ووقع الانفجار في الإسكندرية بعد "
            "ساعات من مقتل 25 على الأقل وإصابة 78 آخرين، في انفجار داخل كنيسة في مدينة طنطا.")
    evs = [e for e in security(text, "2017-04-09") if e.type == "bombing"]
    by_place = {e.location.place.name_en: e for e in evs if e.location is not None}
    assert len(evs) == 2 and set(by_place) == {"Alexandria", "Tanta"}
    tolls = {name: {c.kind: c.value for c in e.counts} for name, e in by_place.items()}
    assert tolls == {"Alexandria": {"killed": 13, "wounded": 40},
                     "Tanta": {"killed": 25, "wounded": 78}}
    for e in evs:  # the claimant of both is the agent of each
        assert any(a.role == "agent" and a.info.name_en == "ISIS" for a in e.actors)


def test_a_mention_of_two_incidents_told_nowhere_else_stays() -> None:
    text = "قتل ثلاثة جنود في هجومين منفصلين على مركزين للشرطة في مدينتي حلب وإدلب أمس."
    evs = security(text)
    assert len(evs) == 1


def test_a_toll_goes_to_the_deed_it_was_suffered_in() -> None:
    # "مقتل 25 … في انفجار": the 25 are the second explosion's, not the first's
    text = ("ووقع الانفجار في الإسكندرية بعد ساعات من مقتل 25 على الأقل وإصابة 78 آخرين، "
            "في انفجار داخل كنيسة في مدينة طنطا.")
    evs = {e.location.place.name_en: e for e in security(text, "2017-04-09")
           if e.location is not None}
    assert {c.kind: c.value for c in evs["Tanta"].counts} == {"killed": 25, "wounded": 78}
    assert not evs["Alexandria"].counts


def test_a_coordinated_verb_with_its_own_toll_leaves_the_place_to_the_clause_before() -> None:
    ex = eventx.Extractor()
    text = ("أطلقت امرأتان النار على القنصلية الأمريكية في اسطنبول اليوم الاثنين وقتل ثمانية "
            "أشخاص على الأقل في موجة من الهجمات على قوات الأمن.")
    (sent,) = ex.analyse(normalize(text), parse_reference_date(REF))
    shooting = next(d for d in sentence_drafts(sent, ex.compiled) if d.trigger.first == 0)
    assert shooting.place is not None and shooting.place.place.name_en == "Istanbul"
    assert shooting.date is not None and shooting.date.start_date == dt.date(2015, 8, 10)


def test_a_toll_given_on_the_second_day_of_a_night_attack_joins_it() -> None:
    """"ليلة السبت إلى الأحد" spans both days: a toll dated Sunday belongs to it."""
    text = ("شن مسلحون هجمات على مطاعم في لندن ليلة السبت إلى الأحد. "
            "وقالت الشرطة اليوم الأحد إن سبعة أشخاص قتلوا على يد المهاجمين.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2017-06-04")]
    specific = [e for e in evs if e["modality"] in ("asserted", "claimed")
                and e["type"] in ("attack", "killing")]
    assert len(specific) == 1, specific
    assert [(c["kind"], c["value"]) for c in specific[0]["counts"]] == [("killed", 7)]


def test_a_claim_of_the_day_s_bombing_in_another_sentence_names_its_agent() -> None:
    # two mentions of one bombing on one day, linked by nothing but the day:
    # the claimant of the later one is the agent of the incident
    text = ("انفجرت سيارة ملغومة أمس الاثنين على مقربة من مدخل مطار العاصمة كابول مما أسفر "
            "عن مقتل خمسة أشخاص. وأعلنت حركة طالبان المسؤولية عن هجوم امس الاثنين "
            "الانتحاري في منطقة مزدحمة خارج نقطة تفتيش المطار.")
    evs = [e for e in security(text, "2015-08-11") if e.type == "bombing"]
    assert len(evs) == 1
    assert evs[0].trigger.text == "انفجرت"
    assert any(a.role == "agent" and a.info.name_en == "Taliban" for a in evs[0].actors)


def test_two_tolls_of_one_day_keep_two_arrests_apart() -> None:
    text = ("قال الوزير اليوم الاثنين إن الشرطة اعتقلت 297 شخصا في مدينة أنقرة. "
            "وقال المكتب إن الشرطة أوقفت اليوم الاثنين 251 شخصا في مدينة إزمير.")
    arrests = [e for e in security(text) if e.type == "arrest"]
    assert len(arrests) == 2


def test_statements_of_one_day_stay_apart() -> None:
    text = ("وقال وزير الخارجية الأمريكي في بيان اليوم الاثنين إن الهجوم عمل جبان. "
            "ونددت الحكومة الفرنسية اليوم الاثنين بالحادث.")
    said = [e for e in eventx.extract(text, reference_date=REF) if e.type == "statement"]
    assert len(said) == 2


def test_merged_mentions_keep_each_actor_once_a_side() -> None:
    from eventx.merge import _combined_actors

    ex = eventx.Extractor()
    text = ("قتل انتحاري عشرة جنود في مدينة الرمادي أمس. "
            "وأعلن مصدر أمني أن التفجير استهدف جنودا في مدينة الرمادي.")
    drafts = [d for s in ex.analyse(normalize(text), parse_reference_date(REF))
              for d in sentence_drafts(s, ex.compiled)]
    a, b = drafts[0], drafts[-1]
    both = _combined_actors(a, b)
    assert both[:len(a.actors)] == a.actors  # the anchor's first
    sides = [({"source": "agent", "victim": "target"}.get(r, r), m.info) for r, m in both]
    assert len(sides) == len(set(sides))
    # what either mention names is kept
    for r, m in a.actors + b.actors:
        side = {"source": "agent", "victim": "target"}.get(r, r)
        assert (side, m.info) in sides


def _speech(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.type in ("statement", "threat")]


def test_one_speaker_s_words_told_in_parts_are_one_statement() -> None:
    text = ("أدان مجلس الأمن الدولي بشدة الهجمات الإرهابية التي استهدفت منشآت أمنية. "
            "واعتبر مجلس الأمن في بيان له أن هذه الهجمات غير مبررة.")
    said = _speech(text)
    assert len(said) == 1
    assert [a.info.name_en for a in said[0].actors if a.role == "source"] == ["UN Security Council"]


def test_a_statement_joins_the_speaker_s_warning() -> None:
    text = ("حذر الرئيس الأميركي دونالد ترامب طهران من أن من يدعمون الإرهاب يعرضون أنفسهم للخطر. "
            "وقال ترامب في بيان إن الدول التي تدعم الإرهاب قد تصبح من ضحاياه.")
    assert [e.type for e in _speech(text)] == ["threat"]


def test_another_speaker_between_keeps_a_reply_apart() -> None:
    # the second Security Council statement answers the minister: two declarations
    text = ("أدان مجلس الأمن الدولي بشدة الهجمات الإرهابية التي استهدفت منشآت أمنية. "
            "ونددت الحكومة الفرنسية بالهجمات. "
            "واعتبر مجلس الأمن في بيان له أن هذه الهجمات غير مبررة.")
    sources = [a.info.name_en for e in _speech(text) for a in e.actors if a.role == "source"]
    assert sources.count("UN Security Council") == 2


def test_a_street_in_the_town_of_an_earlier_clash_is_that_clash() -> None:
    # the street the gazetteer does not know lies in the town its sentence names
    text = ("وأفاد مصدر في المقاومة مساء أمس بأن 18 من مسلحي جماعة الحوثي قتلوا في اشتباكات عنيفة "
            "مع مسلحي المقاومة في مدينة تعز. وذكر المصدر أن قتلى من الحوثيين سقطوا في معارك "
            "عنيفة اندلعت في شارع الستين بمدينة تعز.")
    evs = asserted_events(text, "armed_clash", "2015-08-03")
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.mention.text.endswith("الستين")


def test_a_street_in_another_town_stays_apart() -> None:
    text = ("قتل 18 من مسلحي جماعة الحوثي في اشتباكات عنيفة مع مسلحي المقاومة في مدينة تعز أمس. "
            "وسقط قتلى من الحوثيين في معارك عنيفة اندلعت أمس في شارع الستين بمدينة عدن.")
    evs = asserted_events(text, "armed_clash", "2015-08-03")
    assert len(evs) == 2


def test_an_indefinite_noun_after_a_definite_one_is_a_new_incident() -> None:
    # "several joint campaigns" is news of its own, not the campaign told before
    text = ("وقتلت قوات الأمن خمسة مسلحين خلال الحملة الأمنية التي نفذتها في مدينة الشيخ زويد. "
            "وأعلنت مديرية الأمن أمس عن توجيهها عدة حملات مشتركة بالتنسيق مع القوات المسلحة "
            "استهدفت العناصر التكفيرية.")
    raids = asserted_events(text, "raid", REF)
    assert len(raids) == 2
