"""Actor roles through the whole pipeline: who did it, across claims,
relative clauses, announcements of one's own deed and case endings."""
from __future__ import annotations

import eventx


def roles(text: str, etype: str) -> list[tuple[str, str]]:
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    ev = next(e for e in evs if e["type"] == etype)
    return [(a["role"], a["name_en"]) for a in ev["actors"]]


def agents(text: str, etype: str) -> list[str]:
    return [n for r, n in roles(text, etype) if r == "agent"]


def statement_actor_words(text: str) -> set[str]:
    """The words of every actor mention of every statement in ``text``."""
    return {a.mention.text for e in eventx.extract(text, reference_date="2021-02-24")
            if e.type == "statement" for a in e.actors}


def test_the_claimant_is_the_agent_of_the_claimed_bombing() -> None:
    assert "ISIS" in agents("تبنى تنظيم داعش تفجير سيارة مفخخة في بغداد أمس.", "bombing")


def test_who_claims_responsibility_is_the_agent_of_the_attack() -> None:
    text = "وأعلنت حركة طالبان المسؤولية عن هجوم أمس الانتحاري في كابول."
    assert "Taliban" in agents(text, "bombing")


def test_a_claim_in_a_relative_clause_names_the_claimant() -> None:
    """"التي تبناها X" is X's claim (a statement, as the gold annotates claims)
    with X as its source, not an actor-less aside."""
    text = "وندد الوزير بالهجمات على الموصل التي تبناها تنظيم داعش وأوقعت 13 قتيلا."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    claim = next(e for e in evs if e["type"] == "statement" and e["trigger"]["text"] == "تبناها")
    assert ("source", "ISIS") in [(a["role"], a["name_en"]) for a in claim["actors"]]


def test_the_head_of_a_relative_clause_is_the_subject() -> None:
    text = "ونفذت قوات التحالف الذي تقوده الولايات المتحدة أمس 12 غارة جوية على مواقع لداعش في سوريا."
    got = roles(text, "air_strike")
    assert ("agent", "coalition forces") in got
    assert all(n != "United States" for _, n in got)  # it only describes the coalition


def test_a_speaker_announcing_its_own_strikes_is_their_agent() -> None:
    text = "وأعلن التحالف الدولي أمس تنفيذ 9 غارات جوية على مواقع لداعش في العراق."
    assert agents(text, "air_strike")


def test_a_nominative_plural_after_the_verb_is_its_subject() -> None:
    text = "ألقى مستوطنون زجاجات حارقة على منزل في قرية قرب نابلس أمس."
    assert roles(text, "attack")[0][0] == "agent"


def test_the_genitive_of_a_casualty_noun_is_the_victim() -> None:
    text = "هاجم مسلحون حاجزا للجيش أمس في الموصل ما أدى الى مقتل شرطي."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    for ev in evs:
        assert all(not (a["role"] == "agent" and a["mention"]["text"] == "شرطي")
                   for a in ev["actors"])


def test_a_partner_joined_by_bimusharaka_is_a_subject_too() -> None:
    text = "وقال المحافظ إن الجيش بمشاركة متطوعي العشائر فرض سيطرته على قرية قرب الموصل أمس."
    got = agents(text, "raid")
    assert len(got) == 2


def test_a_place_in_a_clause_telling_the_outcome_is_the_deeds() -> None:
    text = "تبنى تنظيم داعش تفجير كنيسة في مصر، الذي أسفر عن سقوط عشرات الضحايا في مدينة طنطا."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    ev = next(e for e in evs if e["type"] == "bombing")
    assert ev["location"]["name_en"] == "Tanta"


def test_a_claim_verb_with_an_object_pronoun_looks_back_to_the_deed() -> None:
    """"الهجوم … وتبناه X لاحقا": X claimed the attack named before (its agent);
    the victims named between are not the claim's source."""
    text = ("أدين الرجل بالمشاركة في الهجوم على فندق في سوسة، والذي قتل خلاله 30 سائحا، "
            "وتبناه تنظيم داعش لاحقا.")
    assert "ISIS" in agents(text, "attack")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    claim = next(e for e in evs if e["type"] == "statement")
    assert [(a["role"], a["name_en"]) for a in claim["actors"]] == [("source", "ISIS")]


def test_a_groups_head_noun_refers_back_to_that_group() -> None:
    """"الجبهة" is the front named before, not the last group of any name."""
    text = ("وأعلنت جبهة جيش تحرير الشعب الثوري مسؤوليتها عن الهجوم. وقالت الشرطة إن "
            "تنظيم داعش نشط في المنطقة. وكانت الجبهة نفذت تفجيرا انتحاريا عند السفارة "
            "الأمريكية في أنقرة عام 2013.")
    assert any("DHKP-C" in a for a in agents(text, "bombing"))


def test_a_head_noun_with_no_group_before_is_no_actor() -> None:
    """"المقاومة" with no resistance group named before is the common noun."""
    evs = eventx.extract("هاجم مسلحون مجهولون مركزا للشرطة رغم المقاومة في بغداد أمس.",
                         reference_date="2021-02-24")
    assert all("resistance" not in a.info.name_en.lower() for e in evs for a in e.actors)


def test_tanaththur_does_not_point_back_to_gunmen() -> None:
    """"التنظيم" is a named group; a suicide bomber named before is none."""
    text = ("فجر انتحاري نفسه في سوق ببغداد أمس. ويعد هذا التفجير الذي تبناه التنظيم "
            "من أكثر التفجيرات دموية.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    named = [a["name_en"] for e in evs for a in e["actors"]
             if (a.get("mention") or {}).get("text") == "التنظيم"]
    assert "suicide bomber" not in named


def test_a_civilian_named_after_what_he_was_is_the_victim() -> None:
    text = "ألقى مستوطنون زجاجات حارقة على منزل في قرية دوما ما أدى إلى استشهاد الرضيع علي سعد دوابشة."
    names = [n for r, n in roles(text, "attack") if r in ("victim", "target")]
    assert any(n.startswith("'ly S'd") for n in names)


def test_a_role_noun_before_its_verb_phrase_names_nobody() -> None:
    evs = eventx.extract("وقال المصدر إن الصحفي بإعادة نشر الصور هدد الأمن في بغداد أمس.",
                         reference_date="2021-02-24")
    assert all("(civilian)" not in a.info.name_en for e in evs for a in e.actors)


def test_a_security_guard_is_an_actor_with_his_nationality() -> None:
    text = "وقع تفجير انتحاري عند السفارة الأمريكية في أنقرة عام 2013 أسفر عن مقتل حارس أمن تركي."
    assert any("security guard" in n for _, n in roles(text, "bombing"))


def test_a_long_claimant_name_with_an_aside_still_claims_the_deed() -> None:
    # the name and "أو ما يعرف بـ"داعش"" stand between the claim and its deed
    text = ("يذكر أن الأنباء تأتي بعد إعلان تنظيم الدولة الإسلامية في العراق والشام أو ما "
            "يعرف بـ\"داعش\"، مسؤوليته عن الهجمات التي ضربت باريس.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-11-15")]
    attack = next(e for e in evs if e["type"] == "attack")
    assert "ISIS" in [a["name_en"] for a in attack["actors"] if a["role"] == "agent"]


def test_a_distant_responsibility_word_makes_no_claim() -> None:
    # the responsibility of the government, many words after the report, is no claim
    text = ("أعلنت وزارة الداخلية أن الشرطة فتحت تحقيقا في الحادث وأن الحكومة تتحمل "
            "مسؤولية حماية المواطنين من الهجمات.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-11-15")]
    for e in evs:
        if e["type"] == "attack":
            assert "Ministry of Interior" not in [a["name_en"] for a in e["actors"]]


def test_a_subject_after_the_complementizer_of_a_report_acts() -> None:
    # "قال مصدر إن انتحاريا فجر": the speech verb governs the source, not the
    # bomber of the reported clause, however close the two
    text = "وقال مصدر أمني إن انتحاريا فجر نفسه أمام الكنيسة المرقسية."
    got = roles(text, "bombing")
    assert any(r == "agent" for r, _ in got)


def test_who_is_named_with_a_passive_wound_verb_is_a_victim() -> None:
    text = ("انفجرت عبوة ناسفة قرب مركز للشرطة في مدينة قسنطينة مساء الأحد. "
            "وذكرت وسائل إعلام محلية أن اثنين من رجال الشرطة أصيبا بجروح.")
    got = roles(text, "bombing")
    assert [r for r, _ in got if r == "victim"]
    assert not [r for r, _ in got if r == "agent"]


def test_a_facility_is_hit_never_the_doer() -> None:
    """معسكرات belongs to forces, yet camps that were struck do not strike."""
    got = roles("شن الجيش المصري سلسلة غارات على معسكرات لتدريب متشددين في ليبيا.", "air_strike")
    assert ("agent", "Egyptian army") in got
    assert all(r == "target" for r, n in got if n != "Egyptian army")


def test_a_group_after_a_preposition_is_no_subject() -> None:
    """"مواقع لتنظيم القاعدة": the group owns what was hit; it did not act."""
    got = roles("وتستهدف الغارات مواقع لتنظيم القاعدة في ليبيا.", "air_strike")
    assert ("agent", "al-Qaeda") not in got


def test_who_acts_jointly_with_the_doer_is_an_agent() -> None:
    text = "يواصل الجيش المصري عمليات القصف التي تستهدف مواقع لتنظيم القاعدة في ليبيا بالاشتراك مع سلاح الجو الليبي."
    got = roles(text, "attack")
    assert ("agent", "Libyan air force") in got
    assert ("target", "al-Qaeda") in got


def mentions(text: str, etype: str) -> list[tuple[str, str, str]]:
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-08-10")]
    ev = next(e for e in evs if e["type"] == etype)
    return [(a["role"], a["name_en"], (a.get("mention") or {}).get("text", ""))
            for a in ev["actors"]]


def test_a_bare_rank_noun_is_a_person_of_that_rank() -> None:
    """"مقتل ضابط وإصابة آخر": an officer was killed, whoever he was."""
    got = mentions("فتح مسلحون النار على مركبة للشرطة في بلدة مديات ما أدى الى مقتل ضابط "
                   "وإصابة آخر.", "attack")
    assert ("victim", "officer", "ضابط") in got


def test_a_rank_noun_followed_by_a_name_is_that_person() -> None:
    text = "أسفر الانفجار عن استشهاد المجند رضا أحمد مهني من قوات أمن شمال سيناء."
    names = [n for _, n, _ in mentions(text, "bombing")]
    assert any("(conscript)" in n for n in names)
    assert "conscript" not in names


def test_one_of_a_dual_is_the_actor_with_its_count_word() -> None:
    got = mentions("وقال مكتب حاكم اسطنبول إنه جرى اعتقال احدى المرأتين في وقت لاحق.", "arrest")
    assert ("target", "women", "احدى المرأتين") in got


def test_a_unit_number_in_digits_makes_a_formation_and_a_rank_stays_a_rank() -> None:
    ents = eventx.entities("شنت طائرات التحالف غارات على اللواء 15 في زنجبار وقال اللواء "
                           "سالم حمدان إن الفرقة وصلت.")
    actors = {e.mention.text: e.actor.name_en for e in ents if e.label == "ACTOR"}
    assert actors.get("اللواء 15") == "Brigade 15"
    assert any("(major general)" in n for n in actors.values())
    assert "الفرقة" not in actors


def test_the_speaker_before_the_condemned_deed_is_the_source() -> None:
    """"ندد X بالهجوم": the minister's name stands nearer the attack than the
    verb, but the attack is the verb's object and the name its subject."""
    for text, who in [("وندد وزير الخارجية سامح شكري بالهجوم الإرهابي على الكنيسة في طنطا.",
                       "Sameh Shoukry"),
                      ("وأدان شيخ الأزهر أحمد الطيب التفجير الذي استهدف الكنيسة.", "Ahmed el-Tayeb")]:
        assert ("source", who) in roles(text, "statement")
        assert all(n != who for _, n in roles(text, "bombing" if "التفجير" in text else "attack"))


def test_a_reported_clause_keeps_its_own_actors() -> None:
    """After a complementizer the words are the reported deed's, not the speaker's."""
    text = "وأعلنت وزارة الداخلية أن مسلحين نفذوا الهجوم على الحاجز."
    assert "مسلحين" not in statement_actor_words(text)


def test_a_name_in_the_reported_clause_is_no_speaker() -> None:
    text = "وقالت المديرية العامة للأمن الوطني في بيان إن شرطيا كان خارج المقر عندما هاجمه رجل."
    assert "شرطيا" not in statement_actor_words(text)


def test_a_name_that_reads_as_that_opens_no_reported_clause() -> None:
    """"بان كي مون" holds the word بان (that), but a name is no complementizer.
    (An accusation: whom an appeal (دعا) addresses is no target at all.)"""
    text = "واتهم الأمين العام للأمم المتحدة بان كي مون السلطات البوروندية بانتهاك حقوق الإنسان."
    assert ("target", "authorities") in roles(text, "statement")


def test_one_named_before_a_casualty_verb_with_no_object_was_killed() -> None:
    """Arabic writes the passive قُتل like the active قَتل: with nothing after
    the verb to be its object, the one named before it is the casualty."""
    for text in ("وقالت الوزارة إن ضابط شرطة قتل وأصيب آخر في انفجار على طريق سريع.",
                 "وقالت مصادر إن جنديا قتل في هجوم على حاجز أمني."):
        evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
        named = [(a["role"], a["mention"]["text"]) for e in evs for a in e["actors"]]
        assert any(r == "victim" for r, t in named if "شرط" in t or "جندي" in t), named
        assert not any(r == "agent" for r, t in named if "شرط" in t or "جندي" in t), named


def test_a_force_before_a_casualty_verb_with_an_object_killed() -> None:
    text = "إلى ذلك أعلن الكاظمي أن الجيش العراقي قتل أبو ياسر العيساوي."
    got = roles(text, "killing")
    assert ("agent", "Iraqi army") in got
    assert ("victim", "Abu Yasser al-Issawi") in got


def test_a_comma_and_wa_close_the_clause_of_the_words_before() -> None:
    """"قتل خلاله 21 سائحا، وتبناه داعش": the tourists are the killing's, not
    the claim's, though the claim's trigger stands nearer."""
    text = "وشارك في الهجوم على المتحف، والذي قتل خلاله 21 سائحا، وتبناه تنظيم داعش لاحقا."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]
    named = {(a["role"], a["mention"]["text"]) for e in evs for a in e["actors"]}
    assert any(t == "سائحا" and r in ("victim", "target") for r, t in named), named
    claims = [e for e in evs if e["type"] == "statement"]
    assert all(a["mention"]["text"] != "سائحا" for e in claims for a in e["actors"])


def _claims_of(text: str, ref: str = "2015-08-10") -> list[dict]:
    return [e.to_dict() for e in eventx.extract(text, reference_date=ref)
            if e.type == "statement" and e.rule.endswith("claim_carried")]


def test_a_claim_by_its_doing_is_a_statement_and_names_the_doer() -> None:
    # "أعلن X تنفيذ أحد أعضائه الهجوم": the claim is a statement of its own
    # (GUIDELINES: claims are annotated so) and the claimant the deed's agent
    text = ("وأعلنت حركة الشباب تنفيذ أحد عناصرها الهجوم على مقر الشرطة في مقديشو "
            "اليوم الاثنين.")
    [claim] = _claims_of(text)
    assert ("source", "al-Shabaab") in [(a["role"], a["name_en"]) for a in claim["actors"]]
    assert "al-Shabaab" in [a.info.name_en for e in eventx.extract(text, reference_date="2015-08-10")
                            if e.type == "attack" for a in e.actors if a.role == "agent"]


def test_a_claim_told_after_the_deed_names_the_doer_of_the_incident() -> None:
    # the claim's bare "الهجوم" joins the incident told before, with its claimant
    text = ("أطلق مسلحون النار على مقر الشرطة في مقديشو اليوم الاثنين. "
            "وأعلنت حركة الشباب تنفيذ أحد عناصرها الهجوم على مقر الشرطة.")
    attacks = [e for e in eventx.extract(text, reference_date="2015-08-10")
               if e.type == "attack" and e.modality == "asserted"]
    assert any("al-Shabaab" in [a.info.name_en for a in e.actors if a.role == "agent"]
               for e in attacks)


def test_carrying_out_named_before_the_announcement_claims_nothing() -> None:
    # rule requires_after: the تنفيذ of another clause before the verb
    text = ("اعتقلت الشرطة امرأتين تنتميان لخلية كانت تنوي تنفيذ هجمات في المغرب، "
            "كما أعلنت وزارة الداخلية أمس.")
    assert _claims_of(text) == []


def test_a_deed_to_be_carried_out_is_no_claim() -> None:
    text = "وأعلنت محافظة الأنبار قرب تنفيذ المرحلة الثانية من العملية العسكرية في المدينة."
    assert _claims_of(text) == []


def test_the_deed_of_the_object_is_not_the_announcer_s() -> None:
    # "تنفيذ حكم الإعدام في امرأة أدينت بقتل": the killing is hers, far from تنفيذ
    text = ("وأعلنت السلطات الإماراتية الشهر الماضي تنفيذ حكم الإعدام في امرأة أدينت "
            "بقتل معلمة أمريكية في أبوظبي.")
    evs = eventx.extract(text, reference_date="2015-08-01")
    for e in evs:
        if e.type == "killing":
            assert not [a for a in e.actors if a.role == "agent" and "Emirati" in a.info.name_en]
