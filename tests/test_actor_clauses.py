"""Which deed an actor belongs to when the words between them are long (a
named subject, a dated aside), joined (و، مع، بالتنسيق مع) or split by a
clause opener (أن، بعد).  Probe sentences written in the corpus's style."""
from __future__ import annotations

import eventx


def events(text: str) -> list[dict]:
    return [e.to_dict() for e in eventx.extract(text, reference_date="2021-02-24")]


def roles(text: str, etype: str) -> list[tuple[str, str]]:
    ev = next(e for e in events(text) if e["type"] == etype)
    return [(a["role"], a["name_en"]) for a in ev["actors"]]


def test_the_object_of_a_warning_after_a_long_subject_and_a_date() -> None:
    text = "وحذر الرئيس الفرنسي إيمانويل ماكرون الأحد، 3 مارس 2019، موسكو من أي تدخل في الانتخابات."
    got = roles(text, "threat")
    assert ("agent", "Emmanuel Macron") in got
    assert ("target", "Russia") in got


def test_both_sides_of_a_meeting_with_a_place_and_a_day_between() -> None:
    text = "والتقى الأمير محمد بن سلمان في جدة أمس الرئيس اليمني عبدربه منصور هادي."
    got = roles(text, "meeting")
    assert ("participant", "Mohammed bin Salman") in got
    assert ("participant", "Abd Rabbuh Mansur Hadi") in got


def test_a_partner_after_ma_is_a_participant_too() -> None:
    for text in ("وبحث وزير الخارجية عادل الجبير مع نظيره الأمريكي جون كيري خلال لقائهما في لندن أمس.",
                 "واجتمع وزير الخارجية عادل الجبير مع نظيره الأمريكي جون كيري في لندن أمس."):
        got = roles(text, "meeting")
        assert ("participant", "Adel al-Jubeir") in got, text
        assert ("participant", "John Kerry") in got, text


def test_forces_joined_to_the_subject_all_act() -> None:
    text = ("وأفاد بيان للجيش أن قيادة العمليات المشتركة وبالتنسيق مع طيران الجيش والقوة الجوية "
            "نفذت أمس غارات على مواقع داعش في الأنبار.")
    got = roles(text, "air_strike")
    agents = [n for r, n in got if r == "agent"]
    assert "Iraqi Joint Operations Command" in agents
    assert len(agents) == 3  # the command, army aviation, the air force
    assert ("target", "ISIS") in got


def test_a_name_after_baad_belongs_to_the_deed_of_its_clause() -> None:
    text = "وجاء البيان بعد قيام وزير الخارجية عادل الجبير - أمس الأول - بزيارة إلى بغداد."
    assert ("participant", "Adel al-Jubeir") in roles(text, "meeting")
    assert all(e["type"] != "statement" or not e["actors"] for e in events(text))


def test_a_time_phrase_after_baad_opens_no_clause() -> None:
    text = "وقال مسؤول إن الشرطة اعتقلت بعد ظهر أمس مسلحا في بغداد."
    assert ("target", "gunmen") in roles(text, "arrest")


def test_the_dead_of_a_shooting_are_not_the_arrests() -> None:
    text = "واحتجزت الشرطة مشتبها به بعد إطلاق نار أسفر عن مقتل 5 أشخاص بينهم شرطي في ولاية تكساس."
    assert all(r != "victim" for r, _ in roles(text, "arrest"))
    assert ("victim", "police officers") in roles(text, "attack")


def test_an_adverb_after_a_title_is_no_name() -> None:
    text = ("وألقى مستوطنون زجاجات حارقة على منزل في قرية دوما ما أدى إلى استشهاد الرضيع فورا "
            "فيما وصفت حالة والديه بالخطيرة.")
    words = {a["mention"]["text"] for e in events(text) for a in e["actors"]}
    assert not any("فورا" in w for w in words)


def test_the_victim_named_in_the_result_clause_is_the_deeds() -> None:
    text = ("ألقى مستوطنون زجاجات حارقة على منزل في قرية قرب نابلس في شمال الضفة الغربية فجر اليوم، "
            "ما أدى إلى استشهاد الطفل أحمد سعيد.")
    words = {a["mention"]["text"] for a in next(e for e in events(text) if e["type"] == "attack")["actors"]}
    assert "أحمد سعيد" in words


def test_the_fallen_after_fa_istashhada_are_the_attacks() -> None:
    text = ("هاجم مسلحون مجهولون مسجدا في مدينة القطيف بالمنطقة الشرقية وقت صلاة الجمعة "
            "فاستشهد 4 من رجال الأمن.")
    got = roles(text, "attack")
    assert ("agent", "unidentified gunmen") in got
    assert any(n == "security personnel" and r in ("target", "victim") for r, n in got)


def test_forces_after_an_operation_are_its_agent() -> None:
    text = "وأكد المحافظ محاصرة الفلوجة من جميع الجهات، وقطعت قوات الجيش طرق الإمداد عن المسلحين."
    got = roles(text, "raid")
    assert ("agent", "army") in got
    assert ("target", "army") not in got


def test_the_suspect_arrested_after_a_shooting_is_its_agent() -> None:
    text = "واحتجزت الشرطة مشتبها به بعد إطلاق نار أسفر عن مقتل 5 أشخاص بينهم شرطي في ولاية تكساس."
    assert ("agent", "suspect") in roles(text, "attack")
    assert ("target", "suspect") in roles(text, "arrest")


def test_a_suspect_arrested_for_another_deed_is_no_agent() -> None:
    text = "واعتقلت الشرطة المشتبه به في سرقة سيارة أمس، بعد هجوم على مركز الشرطة."
    assert all(r != "agent" for r, _ in roles(text, "attack"))


def test_the_site_in_a_relative_clause_is_the_target() -> None:
    text = "وأدان الوزير الاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير أمس."
    assert ("target", "mosque of emergency forces") in roles(text, "attack")


def test_the_car_of_a_car_bomb_is_the_device_not_the_target() -> None:
    text = "انفجرت سيارة ملغومة صباح اليوم قرب مبنى وزارة الدفاع في كابول."
    ev = next(e for e in events(text) if e["type"] == "bombing")
    assert ev["subtype"] == "car_bomb"
    assert all("سيارة" not in a["mention"]["text"] for a in ev["actors"])


def test_whose_hand_did_a_deed_before_the_verb_is_no_speaker() -> None:
    text = "وبعد عام على سقوط الموصل بيد داعش طالب الرئيس العراقي فؤاد معصوم القوات الأمنية بتحرير المدينة."
    assert roles(text, "statement") == [("source", "Fuad Masum")]


def test_whom_an_appeal_addresses_is_no_target() -> None:
    text = "دعا الرئيس التركي رجب طيب أردوغان حزب العمال الكردستاني إلى إلقاء السلاح."
    assert roles(text, "statement") == [("source", "Recep Tayyip Erdogan")]


def test_a_new_clause_takes_no_subject_from_before_its_comma() -> None:
    text = "وقطعت قوات الجيش طرق إمداد داعش قرب الفلوجة، ودعت الحكومة العراقية السكان إلى مغادرة المدينة."
    assert roles(text, "statement") == [("source", "Iraqi government")]


def test_the_sides_of_a_conflict_are_no_victims() -> None:
    text = ("هاجم مسلحون حاجزا للجيش قرب ماردين ما أدى إلى مقتل جندي وذلك في إطار تصاعد العنف "
            "بين حزب العمال الكردستاني والدولة التركية.")
    got = roles(text, "attack")
    assert ("victim", "soldier") in got
    assert all(n != "PKK" for _, n in got)


def test_a_bare_office_noun_is_the_office_named_before() -> None:
    text = ("دعت الحكومة المحلية لمحافظة الأنبار أمس أهالي الرمادي إلى مغادرة المدينة. "
            "ودعت الحكومة الأهالي إلى التعاون مع القوات الأمنية.")
    statements = [e for e in events(text) if e["type"] == "statement"]
    assert len(statements) == 1
    assert [a["name_en"] for a in statements[0]["actors"]] == ["Anbar provincial government"]


def test_a_doer_cue_after_the_deed_still_names_its_agent() -> None:
    text = "قتل 12 مسلحا في حملة مداهمات شنتها القوات المسلحة المصرية أمس بمدينة الشيخ زويد."
    got = roles(text, "raid")
    assert ("agent", "Egyptian armed forces") in got
    assert all(r != "target" or n != "Egyptian armed forces" for r, n in got)


def test_a_reported_clause_names_no_party_of_a_call() -> None:
    text = ("وبحث الرئيس الأمريكي باراك أوباما مع نظيره التركي رجب طيب أردوغان في اتصال هاتفي أمس "
            "الأوضاع في المنطقة، وقال إن تركيا تعتبر حزب العمال الكردستاني منظمة إرهابية.")
    got = roles(text, "phone_call")
    assert ("participant", "Barack Obama") in got
    assert all(n != "PKK" for _, n in got)


def test_a_person_joins_no_armed_group_as_a_subject() -> None:
    text = ("قصفت مدفعية الجيش أمس مواقع تواجدت بها عناصر من ميليشيات الحوثي والمخلوع صالح، "
            "واستمر القصف طوال ساعات الفجر.")
    for e in events(text):
        if e["type"] == "rocket_strike":
            assert all(not (a["role"] == "agent" and a["name_en"] == "Houthis") for a in e["actors"])
