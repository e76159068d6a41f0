"""A statement whose speaker was named in an earlier sentence."""
from __future__ import annotations

import eventx

REF = "2015-08-10"


def statements(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF) if e.type == "statement"]


def sources(e: eventx.Event) -> list[str]:
    return [a.info.name_en for a in e.actors if a.role == "source"]


def test_remarks_with_a_pronoun_are_the_last_speaker_s() -> None:
    text = ("وقالت وزارة الداخلية السعودية في بيان إن قوات الأمن أحبطت الهجوم. "
            "وجاءت تصريحاته في مؤتمر صحافي عقد في الرياض.")
    said = statements(text)
    # the remarks took the ministry as speaker, and so joined its statement
    # (one speaker's words told in parts are one event: merge._same_speaker)
    assert len(said) == 1
    assert sources(said[0]) != []


def test_a_speech_verb_with_a_subject_of_its_own_takes_no_earlier_speaker() -> None:
    # "ودعا البرلماني …": a new speaker the lexicon does not know is still not
    # the ministry of the sentence before
    text = ("وقالت وزارة الداخلية السعودية في بيان إن قوات الأمن أحبطت الهجوم. "
            "ودعا البرلماني فارس الفهداوي إلى حماية المدنيين.")
    for e in statements(text)[1:]:
        assert "Ministry of Interior" not in " ".join(sources(e))


def test_a_speaker_named_long_before_is_forgotten() -> None:
    filler = " ".join(["وشهدت المدينة أمطارا غزيرة طوال اليوم وأغلقت المدارس أبوابها."] * 20)
    text = ("وقالت وزارة الداخلية السعودية في بيان إن قوات الأمن أحبطت الهجوم. "
            + filler + " وجاءت تصريحاته في مؤتمر صحافي.")
    said = statements(text)
    assert said and sources(said[-1]) == []


def test_a_view_said_aloud_names_the_speaker_of_later_remarks() -> None:
    """"اعتبر X الهجمات …" is no statement of its own, but a reader takes the
    next "وجاءت تصريحاته" as X's, across a verb with no named subject."""
    text = ("اعتبر البابا فرانسيس، بابا الفاتيكان، الهجمات الأخيرة في باريس جزءا من حرب عالمية. "
            "وأكد البابا: \"أن لدينا احساسا بخوض حرب مع هجمات باريس\". "
            "وجاءت تصريحاته في مقابلة مع محطة تلفزيون في إيطاليا.")
    said = statements(text)
    assert said and sources(said[-1]) == ["Pope Francis"]


def test_a_speaker_is_no_doer_of_the_deed_he_judges() -> None:
    text = "واعتبر مدير التعليم قيام الإرهابيين بتفجير مسجد قوات الطوارئ دليلا على ضلالهم."
    evs = eventx.extract(text, reference_date=REF)
    bomb = next(e for e in evs if e.type == "bombing")
    assert [a.role for a in bomb.actors if a.mention.text == "الإرهابيين"] == ["agent"]


def test_talib_the_student_is_no_demand() -> None:
    """طالب is also "student": counted ("147 طالبا"), completing a noun
    ("بتأشيرة طالب") or named for his studies it makes no statement."""
    for text in ("وأسفر الهجوم على الجامعة عن مقتل 147 طالبا في أبريل.",
                 "وقدم الرجل إلى ألمانيا عام 2003 بتأشيرة طالب، وحصل على الإقامة.",
                 "ولقي طالب جامعي مصرعه في الحادث.",
                 "وشارك في البرنامج 325 طالبا وطالبة من المدارس."):
        assert statements(text) == [], text


def test_talib_the_verb_still_demands() -> None:
    # a year is no count: the verb after it keeps its subject
    for text in ("وفي عام 2015 طالب المتظاهرون بإسقاط الحكومة.",
                 "وطالب الأزهر إيران بضرورة التعاون التام."):
        assert len(statements(text)) == 1, text


def test_a_meeting_told_in_passing_with_a_pronoun() -> None:
    """"خلال لقائه Y": the hamza of لقاء sits on a yeh before the pronoun."""
    text = "وأكد وزير الخارجية عادل الجبير خلال لقائه وزير الخارجية الأمريكي جون كيري في جدة أمس دعم المملكة."
    met = [e for e in eventx.extract(text, reference_date=REF) if e.type == "meeting"]
    assert len(met) == 1
    assert {a.info.name_en for a in met[0].actors if a.role == "participant"} >= {"John Kerry"}


def test_a_meeting_looked_forward_to_is_planned() -> None:
    text = "وقال إن الرئيس الأميركي باراك أوباما يتطلع للقائه في سبتمبر المقبل في واشنطن."
    met = [e for e in eventx.extract(text, reference_date=REF) if e.type == "meeting"]
    assert [e.modality for e in met] == ["planned"]


def test_a_subject_before_its_speech_verb_is_the_next_speaker() -> None:
    # speakers.named_speaker: "وكان خامنئي قال" names who speaks on, not the
    # authorities of the view told before
    text = ("وسلمت البحرين مذكرة احتجاج اعتبرتها السلطات البحرينية تدخلا فجا. "
            "وكان خامنئي قال بعد صلاة العيد إن بلاده لن تجري أي محادثات. "
            "كما أعلن أنه لن يتخلى عن دعم حلفائه في المنطقة.")
    said = [e for e in statements(text) if e.trigger.text == "أعلن"]
    assert said and sources(said[0]) == ["Ali Khamenei"]
