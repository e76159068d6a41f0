"""One declaration told in parts is one statement (merge._continued,
_named_again, _spokesman_of); another speaker's words stay apart."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx

REF = "2015-08-06"


def statements(text: str) -> list[eventx.Event]:
    return [e for e in eventx.extract(text, reference_date=REF)
            if e.type == "statement" and e.modality in ("asserted", "claimed")]


def test_a_spokesman_tells_his_government_s_condemnation() -> None:
    text = ("أدانت الحكومة الأردنية بشدة التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير. "
            "وأكد الناطق الرسمي باسم الحكومة الأردنية الدكتور محمد المومني في بيان صحفي "
            "اليوم وقوف بلاده بجانب السعودية ضد كل عمل إرهابي.")
    said = statements(text)
    assert len(said) == 1
    assert len([a for a in said[0].actors if a.role == "source"]) == 2


def test_the_spokesman_of_another_government_speaks_apart() -> None:
    text = ("أدانت الحكومة الأردنية بشدة التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير. "
            "وأكد الناطق الرسمي باسم الحكومة المصرية الدكتور محمد المومني في بيان صحفي "
            "اليوم وقوف بلاده بجانب السعودية ضد كل عمل إرهابي.")
    assert len(statements(text)) == 2


def test_an_unknown_speaker_named_again_goes_on() -> None:
    text = ("أعلن حاكم محافظة شانلي أورفة عز الدين كجك أنه تم العثور على جثتي شرطيين. "
            "وقال كجك في تصريحات نقلتها وسائل الإعلام إنه لا رابط بعد مع الإرهاب.")
    assert len(statements(text)) == 1


def test_a_speaker_with_a_longer_name_of_its_own_stays_apart() -> None:
    text = ("طالبت حركة حماس بضرورة تصعيد المقاومة ضد الاحتلال في الضفة الغربية. "
            "وفي سياق متصل، أعلنت حركة التحرير الوطني الفلسطيني فتح أن ما ارتكبه المستوطنون في بلدة دوما "
            "صباح اليوم ما هو إلا جريمة ضد الإنسانية تستوجب العقاب.")
    assert len(statements(text)) == 2


def test_a_verb_with_no_subject_goes_on_with_the_unknown_speaker() -> None:
    text = ("ودعا الأصبحي المنظمات العربية والدولية إلى تقديم المساعدات الإغاثية. "
            "كما طالب بالتحقيق في الجرائم التي ارتكبتها الميليشيات في عدن.")
    assert len(statements(text)) == 1


def test_a_verb_with_a_subject_of_its_own_is_another_speaker() -> None:
    text = ("واستنكر الأمين العام للمشروع العربي خميس الخنجر هذه التصريحات. "
            "واستنكرت فعاليات ثقافية وشخصيات عراقية تصريحات المالكي.")
    assert len(statements(text)) == 2


# surnames no word list holds
NAMES = ["الخرينج", "كجك", "الزويدي", "البلوشي", "القحطاني", "الشمراني"]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(NAMES), st.sampled_from(NAMES))
def test_same_word_one_declaration_other_word_two(a: str, b: str) -> None:
    text = (f"وأكد {a} في تصريح له اليوم أن الإرهاب يضرب المنطقة كلها. "
            f"وقال {b} في بيان إن التعاون بين الدول واجب.")
    n = len(statements(text))
    if a == b:
        assert n == 1
    else:
        assert n == 2


def test_a_body_named_again_before_its_statement_noun() -> None:
    # the person after the report noun issued the statement; the body speaks
    text = ("أدانت رابطة العالم الإسلامي بمكة المكرمة التصريحات الطائفية التي صدرت عن "
            "نائب رئيس الجمهورية العراقية. وأكدت الرابطة، في بيان أصدره الدكتور عبدالله "
            "التركي الأمين العام للرابطة، أنها تابعت بأسى بالغ التصريحات.")
    assert len(statements(text)) == 1


def test_another_body_before_its_statement_noun_stays_apart() -> None:
    text = ("أدانت رابطة العالم الإسلامي بمكة المكرمة التصريحات الطائفية التي صدرت عن "
            "نائب رئيس الجمهورية العراقية. وأكدت الهيئة، في بيان أصدره الدكتور عبدالله "
            "التركي الأمين العام للهيئة، أنها تابعت بأسى بالغ التصريحات.")
    assert len(statements(text)) == 2


def test_a_body_named_again_before_its_own_statement() -> None:
    # "في بيانها": the possessive says whose statement it is, whatever the verb
    text = ("وقالت الحركة في بيانها إن المسؤول قد استعفى من مهمته منذ أشهر. "
            "وكذبت الحركة في بيانها ما أوردته الجريدة بخصوص إقالته.")
    assert len(statements(text)) == 1


def test_the_same_source_said_so_goes_on() -> None:
    text = ("وقال بيان المنسقية العامة لرئاسة الوزراء إن رئيس الوزراء أصدر تعليمات "
            "بتشكيل مركز تنسيق. كما أعلن المصدر نفسه أن مستشار رئاسة الوزراء تولى رئاسة المركز.")
    assert len(statements(text)) == 1


def test_a_spokesman_of_the_country_s_ministry_speaks_for_the_country() -> None:
    text = ("وأعلنت الولايات المتحدة أمس أن الاقتراع الرئاسي في بوروندي لم يتسم بالمصداقية. "
            "وصرح الناطق باسم وزارة الخارجية الأميركية جون كيربي في بيان بأن الانتخابات "
            "لا تتمتع بالمصداقية.")
    said = statements(text)
    assert len(said) == 1


def test_a_spokesman_of_another_country_speaks_apart() -> None:
    text = ("وأعلنت فرنسا أمس أن الاقتراع الرئاسي في بوروندي لم يتسم بالمصداقية. "
            "وصرح الناطق باسم وزارة الخارجية الأميركية جون كيربي في بيان بأن الانتخابات "
            "لا تتمتع بالمصداقية.")
    assert len(statements(text)) == 2


def test_the_country_s_ministry_goes_on_right_after() -> None:
    text = ("أعربت دولة قطر عن إدانتها واستنكارها للتفجير الإجرامي. "
            "وأكدت وزارة الخارجية القطرية في بيان أمس وقوف دولة قطر مع المملكة.")
    assert len(statements(text)) == 1


def test_another_country_s_ministry_stays_apart() -> None:
    text = ("أعربت دولة قطر عن إدانتها واستنكارها للتفجير الإجرامي. "
            "وأكدت وزارة الخارجية الكويتية في بيان أمس وقوف دولة الكويت مع المملكة.")
    assert len(statements(text)) == 2


def _sources(e: eventx.Event) -> set[str]:
    return {a.name_en for a in e.actors if a.role == "source"}


def test_a_verb_with_an_unknown_subject_takes_no_speaker_from_before() -> None:
    # merge._own_subject: "أعلن" takes its speaker right after it
    text = ("أدانت تونس بشدة الاعتداء الإرهابي الذي استهدف مدينة نيس الفرنسية. "
            "وأعلن يعاريف أوبنهايمر مدير حركة السلام الآن أن هذا العمل إرهابي.")
    said = statements(text)
    assert len(said) == 2
    assert not any(_sources(e) & {"Tunisia"} for e in said if e.trigger.text == "وأعلن")


def test_a_verb_after_an_earlier_definite_speech_noun_is_its_own_declaration() -> None:
    # merge._speech_back: "التصريحات" draws in no later verb with a subject of its own
    text = ("وذكر الوزير من بين هذه التدخلات التصريحات الإيرانية المعادية للبحرين. "
            "وتحدث الوزير عن تهريب أسلحة إلى المملكة. "
            "كما أعلنت خلية الإعلام الحربي أن قتالا داخليا بين المسلحين خلف 15 قتيلا.")
    said = [e for e in eventx.extract(text, reference_date=REF) if e.type == "statement"]
    told = [e for e in said if e.trigger.text == "أعلنت"]
    assert told and not _sources(told[0])


@pytest.mark.parametrize("second", [
    "وقال رئيس مجلس محافظة الأنبار صباح كرحوت في تصريح إذاعي إن 200 عائلة أعيدت إلى مناطقها.",
    "وقال مدير شرطة الأنبار في تصريح إذاعي إن 200 عائلة أعيدت إلى مناطقها.",
])
def test_two_speakers_of_one_place_make_two_statements(second: str) -> None:
    text = ("ودعا البرلماني عن محافظة الأنبار فارس الفهداوي إلى المحافظة على أرواح المدنيين. "
            + second)
    assert len(statements(text)) == 2


def test_a_speech_noun_in_the_next_sentence_names_the_words_just_told() -> None:
    text = ("استنكر الأمين العام لمجلس التعاون الدكتور عبداللطيف الزياني بشدة تصريحات "
            "نائب الرئيس العراقي. وعد الزياني هذه التصريحات استفزازية وغير واقعية.")
    assert len(statements(text)) == 1


def test_a_speech_noun_far_on_names_no_declaration() -> None:
    # merge._unowned_words: a definite speech noun nobody speaks is words talked about
    text = ("أعلن وزير الخارجية سامح شكري أن الحوار يعكس حرص البلدين على العلاقات. "
            "وتحدث الوزير عن الأوضاع في ليبيا واليمن وسوريا. "
            "ويأتي الإعلان عن التوصل إلى هذا الاتفاق غداة محادثات طويلة.")
    said = [e for e in eventx.extract(text, reference_date=REF) if e.type == "statement"]
    late = [e for e in said if e.trigger.text == "الإعلان"]
    assert late and late[0].modality == "generic"
    assert [e.trigger.text for e in statements(text)] == ["أعلن"]
