"""Honorific pronouns (سموه، معاليه، جلالته، سماحته) and the names of the
dignitaries they point back to, in the style of Gulf news: a prince is named
once with his titles, then only by his honorific."""
from __future__ import annotations

import eventx
from eventx.actors import ActorDictionary


def actors_of(text: str, etype: str) -> list[tuple[str, str, str]]:
    """(role, mention, name) of the actors of the first event of a type."""
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-08-07")]
    ev = next(e for e in evs if e["type"] == etype)
    return [(a["role"], a["mention"]["text"], a["name"]) for a in ev["actors"]]


def test_an_honorific_names_the_prince_of_an_earlier_sentence() -> None:
    """The prince is introduced in a sentence with no trigger word: the
    extractor never analyses it, yet "سموه" after it is he."""
    text = ("واسى صاحب السمو الأمير فيصل بن خالد بن عبدالعزيز أسرة الفقيد في وفاة ابنها. "
            "وأعرب سموه خلال زيارته مقر العزاء في أبها عن حزنه العميق.")
    got = actors_of(text, "meeting")
    assert ("participant", "سموه", "فيصل بن خالد بن عبدالعزيز") in got


def test_an_honorific_speaks_for_the_dignitary() -> None:
    text = ("استقبل صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية "
            "أمس وفد الغرفة التجارية. وأكد سموه في تصريح لوكالة الأنباء أن الأمن مسؤولية الجميع.")
    sources = [n for r, _, n in actors_of(text, "statement") if r == "source"]
    assert sources and sources[0].startswith("سعود بن نايف")


def test_each_honorific_points_back_to_its_own_office() -> None:
    """جلالته is the king, not the prince named after him."""
    text = ("تلقى الملك حمد بن عيسى آل خليفة رسالة من الأمير خالد بن سلمان. "
            "وعبر جلالته في اتصال هاتفي عن تعازيه لأسر الشهداء.")
    names = [n for _, m, n in actors_of(text, "phone_call") if m == "جلالته"]
    assert names == ["حمد بن عيسى آل خليفة"] or names == ["حمد بن عيسي ال خليفه"]


def test_an_honorific_with_no_dignitary_before_it_is_no_actor() -> None:
    text = "وأكد سموه في اتصال هاتفي مع والد الشهيد أن الوطن لن ينسى تضحياته."
    assert all(m != "سموه" for _, m, _ in actors_of(text, "phone_call"))


def test_an_honorific_is_no_side_of_a_violent_deed() -> None:
    """A dignitary who toured the site of a bombing did not bomb nor was bombed."""
    text = ("زار صاحب السمو الأمير فيصل بن خالد بن عبدالعزيز المصابين أمس. "
            "وقام سموه بجولة لموقع التفجير الذي استهدف مسجد قوات الطوارئ بأبها.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-08-07")]
    for ev in evs:
        if ev["type"] == "bombing":
            assert all(a["mention"]["text"] != "سموه" for a in ev["actors"])


def test_the_object_of_an_office_holder_is_no_dignitary() -> None:
    """"وشرح الأمين العام جهود المركز": a name read after a title is remembered
    only with a nasab, so "معاليه" does not become "جهود المركز"."""
    text = ("وشرح الأمين العام جهود المركز في مكافحة التطرف. "
            "وقال معاليه في بيان إن الحوار يحد من النزاعات.")
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-08-07")]
    assert all(a["name"] != "جهود المركز" for e in evs for a in e["actors"])


def test_a_title_after_a_name_is_his_not_a_new_name() -> None:
    """"الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران، تعازي": the second
    title describes the prince; the words after its comma are no person."""
    text = ("نقل صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران، تعازي القيادة "
            "لذوي المواطن عبدالله بن دواس. وسأل سموه في اتصال هاتفي مع والد الشهيد المولى أن يتغمده برحمته.")
    got = actors_of(text, "phone_call")
    assert ("participant", "سموه", "جلوي بن عبدالعزيز بن مساعد") in got


def test_a_nasab_after_a_title_is_read_whole() -> None:
    text = "وأجرى الأمير فيصل بن خالد بن عبد العزيز اتصالا هاتفيا بوالد الشهيد أمس."
    names = [n for _, _, n in actors_of(text, "phone_call")]
    assert "فيصل بن خالد بن عبد العزيز" in names


def test_an_academic_title_between_office_and_name_is_skipped() -> None:
    text = ("ودان معالي الأمين العام لجامعة الدول العربية الدكتور نبيل العربي الجريمة "
            "وعدها في بيان له جريمة نكراء.")
    sources = {n for r, _, n in actors_of(text, "statement") if r == "source"}
    assert any("نبيل" in n for n in sources)


def test_an_office_complement_with_a_glued_preposition_is_no_name() -> None:
    text = "ودعا الأمين العام لرابطة العالم الإسلامي في ختام بيانه إلى نبذ العنف."
    evs = [e.to_dict() for e in eventx.extract(text, reference_date="2015-08-07")]
    assert all(not a["mention"]["text"].startswith("لرابط") for e in evs for a in e["actors"])


def test_a_cue_phrase_that_begins_with_an_actor_still_names_it() -> None:
    """"المشتبه بهم في" is a cue (suspects in a deed) and the longest match;
    the suspects are still whom an arrest took."""
    text = "وشنت الشرطة حملة واسعة بالاضافة إلى اعتقال مئات من المشتبه بهم في الداخل."
    got = actors_of(text, "arrest")
    assert any(r == "target" and m == "المشتبه بهم" for r, m, _ in got)


def test_every_honorific_office_is_a_title_office() -> None:
    d = ActorDictionary.default()
    assert d.honorific_offices()
    assert not [c for c in d.conflicts() if "no title has office" in c]
