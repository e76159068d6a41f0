"""Calls and meetings that are no encounter between two sides.

GUIDELINES: a phone call or a meeting is an interaction between named actors.
A call "in which X said" with no party to it is an interview by phone, the
medium of the report; a call from an unknown caller or to a number is private
or a hotline; a body meeting its own staff or supporters does internal
business; forces that "meet" in the field join up.  Each look-alike stands
beside the phrasing it resembles that is one, so the rules must tell them
apart rather than silence the trigger.
"""
from __future__ import annotations

import pytest

import eventx
from eventx.records import INCIDENT_MODALITIES

REF = "2015-08-01"


def types(text: str) -> set[str]:
    """Types of the events reported as having happened."""
    return {e.type for e in eventx.extract(text, reference_date=REF)
            if e.modality in INCIDENT_MODALITIES}


@pytest.mark.parametrize("text", [
    "وقال باسلمه في اتصال هاتفي، أمس، إن زيارة الوزير جاءت بمبادرة منه.",
    'وقالت مارتن في اتصال هاتفي: "لم أفكر كثيرا في الأمر".',
    "وأوضح راجح بادي في اتصال هاتفي من عدن أمس أن الحكومة لم تبلغ رسميا بالموعد.",
    "وقال مدير المسجد في اتصال هاتفي مع رويتر إن الشرطة أغلقت الأبواب.",
    "وأضاف في اتصال هاتفي مع عين اليوم أنه لم تحدث حوادث مشابهة.",
])
def test_words_said_in_a_call_with_no_party_are_an_interview(text: str) -> None:
    assert "phone_call" not in types(text)


@pytest.mark.parametrize("text", [
    "وقال خادم الحرمين الشريفين، خلال اتصال هاتفي تلقاه من الرئيس التركي رجب طيب إردوغان، إن الإرهاب خطر على المنطقة.",
    "وقال أمير المنطقة في اتصال هاتفي مع والد الشهيد: إننا نعزي أنفسنا.",
    "وقال الرئيس في اتصال هاتفي من الملك سلمان إن الهجوم جبان.",
])
def test_a_call_that_names_its_other_party_stays_a_call(text: str) -> None:
    assert "phone_call" in types(text)


@pytest.mark.parametrize("text", [
    "إثر تلقي الوحدات الأمنية الليلة الماضية اتصالا هاتفيا من مواطن أفاد فيه بوجود سيارة مشبوهة.",
    "تلقى التاجر في أبريل الماضي اتصالا هاتفيا من مجهول طلب منه مبلغا من المال.",
    "وأجرت الصحيفة اتصالا هاتفيا على أحد الأرقام المدونة على الصندوق إلا أنه لم يرد.",
])
def test_a_private_caller_or_a_number_rung_is_no_call_between_sides(text: str) -> None:
    assert "phone_call" not in types(text)


@pytest.mark.parametrize("text", [
    "وقال سموه خلال لقائه بموظفي الإمارة في مكتبه أمس إن الأمن نعمة.",
    "وعقد رئيس الحزب أمس أول اجتماع لمكتبه التنفيذي بمقر الحزب.",
    "ونظمت النائبة أمس لقاء مع عدد من أنصارها في قاعة وسط المدينة.",
    "من جهة ثانية، عين الجيش التركي خلال اجتماع سنوي أمس قائدا جديدا لهيئة الأركان.",
    "وبسطت قوات أخرى سيطرتها على الفيوش، حيث التقت الفرقتان في منطقة صبر بلحج.",
])
def test_internal_business_and_forces_joining_up_are_no_meeting(text: str) -> None:
    assert "meeting" not in types(text)


@pytest.mark.parametrize("text", [
    "التقى وزير الخارجية السعودي نظيره الأميركي في الرياض أمس.",
    "وعقد رئيس البرلمان أمس اجتماعا مغلقا مع قادة الكتل النيابية.",
    "استقبل أمير منطقة عسير أمس بمكتبه بالإمارة نائب وزير الصحة.",
])
def test_meetings_with_an_outside_party_stay(text: str) -> None:
    assert "meeting" in types(text)


def speech(text: str) -> set[str]:
    """Statement and threat types among the events reported as having happened."""
    return types(text) & {"statement", "threat"}


@pytest.mark.parametrize("text", [
    "وحذر ريتشارد توتاه الخبير في شؤون الأمن المقيم في نيروبي أن الرئيس الأميركي هدف ثمين.",
    "وحذر الدكتور حسن ثاني أستاذ علم النفس من اختلال أداء الجسم بسبب قلة النوم.",
    "وقال المحلل السياسي اليمني ياسين التميمي في تصريح للصحيفة إن عودة الحكومة تعني الكثير.",
    "واستنكر الكاتب الروائي عبده خال الجريمة الإرهابية عبر تغريدات.",
    "وفي تصريحات سابقة قال الناطق الرسمي باسم الحكومة إن عدن ستكون مقرا للوزراء.",
])
def test_commentators_and_earlier_words_are_no_declaration(text: str) -> None:
    assert not speech(text)


def test_an_earlier_warning_recalled_is_no_threat_of_the_day() -> None:
    text = "وكانت السفارة أعلنت في تحذير سابق أصدرته في مايو الماضي أن رعاياها يجب أن يكونوا على علم."
    assert "threat" not in types(text)


@pytest.mark.parametrize("text", [
    "دعت منظمة هيومن رايتس ووتش الحوثيين إلى الإفراج عن الناشط عبدالله.",
    "ونددت الولايات المتحدة بالحادث ووصفته بأنه هجوم إرهابي وحشي.",
    "وقال المتحدث باسم وزارة الخارجية في تصريح صحفي إن هذه الجريمة تستهدف أمن المنطقة.",
])
def test_official_declarations_stay(text: str) -> None:
    assert "statement" in speech(text)



@pytest.mark.parametrize("text", [
    "وقد عادوا الأسبوع الماضي إلى عدن بعد إعلان السلطات تحريرها من المتمردين الحوثيين.",
    "ويعتبر هذا الهجوم الأوسع على معاقل الحزب عقب إعلان الحزب انسحاب مسلحيه من الأراضي التركية.",
    "وجاء ذلك بالتزامن مع إعلان المقاومة سيطرتها على مقر القاعدة الجوية.",
])
def test_an_announcement_as_the_time_of_something_else_is_background(text: str) -> None:
    assert "statement" not in speech(text)


def test_a_claim_of_responsibility_so_placed_stays() -> None:
    text = ("يذكر أن هذه الأنباء تأتي بعد إعلان تنظيم الدولة الإسلامية في العراق والشام "
            "مسؤوليته عن هذه الهجمات.")
    assert "statement" in speech(text)


@pytest.mark.parametrize("text", [
    "وكانت الحكومة أعلنت في وقت سابق من هذا الشهر أنها تحقق في تقارير للأمم المتحدة.",
    "وأفادت والدة زوجته أن محمد بدا في آخر اتصال هاتفي عاديا.",
    "وكانت المنظمة قررت في آخر اجتماع لها في فيينا الإبقاء على مستويات الإنتاج.",
])
def test_words_and_encounters_recalled_are_background(text: str) -> None:
    assert not types(text) & {"statement", "phone_call", "meeting"}


def test_a_meeting_held_earlier_the_same_day_is_news() -> None:
    text = ("وقال الوزير إن اللقاء الذي جرى في وقت سابق من اليوم في موسكو بين وزير الخارجية "
            "الروسي ونظيره الأمريكي كان مثمرا.")
    assert "meeting" in types(text)


@pytest.mark.parametrize("text", [
    "أدى زعيم كوريا الشمالية زيارة تفقد إلى وحدات جيش بلاده في جزيرتين صغيرتين.",
    "وقام فريق عمل الشركة بزيارة ميدانية للمستشفى العام لتقديم المعايدة للمرضى.",
    "وأوضحت الشركة في بيان مشترك أنها استقبلت نبأ اختطاف رئيسها بصدمة كبيرة.",
    "من جهة أخرى، استقبلت أسرة الشهيد المعزين الذين توافدوا إلى مقر العزاء.",
])
def test_inspections_and_news_received_are_no_meeting(text: str) -> None:
    assert "meeting" not in types(text)


def test_arrangements_for_an_operation_are_no_operation() -> None:
    text = ("وقال المصدر إن الزيارة قد تكون لها مدلولات عسكرية كبيرة وترتيبات لعملية عسكرية "
            "برية قد يقودها التحالف.")
    assert "raid" not in types(text)


@pytest.mark.parametrize("text", [
    "وقد طالبت عائلته السلطات التونسية بالتدخل لمعرفة ملابسات الحادثة.",
    "لقي طالب سوداني مصرعه بعد أن فجر نفسه بعبوة ناسفة في الرقة.",
    "وقال الصحافي إن طالب الصيدلة مصطفى فقيري سافر إلى سوريا.",
])
def test_a_family_s_plea_or_a_student_is_no_declaration(text: str) -> None:
    assert "statement" not in speech(text)


@pytest.mark.parametrize("text", [
    "ودعت الأسرة الدولية إلى وقف إطلاق النار فورا.",
    "وطالب الرئيس السوداني بالإفراج عن المعتقلين.",
    "من جانبها، أدانت السعودية الحادث الإرهابي وأكدت وقوفها إلى جانب البحرين.",
])
def test_appeals_of_states_and_their_community_stay(text: str) -> None:
    assert "statement" in speech(text)


def test_the_statement_referred_back_to_is_told_once() -> None:
    text = ("وقالت وزارة الداخلية في بيان إن قوات الأمن فككت خلية إرهابية في الكاف. "
            "وقال البيان إن المجموعة كانت بصدد التخطيط لاستهداف منشآت أمنية.")
    evs = [e for e in eventx.extract(text, reference_date=REF) if e.type == "statement"]
    assert [e.trigger.text for e in evs] == ["بيان"]


@pytest.mark.parametrize("text", [
    'إذ قال كاميرون في سياق خطابه، "عندما تسعى مجموعات متطرفة لحشد شبابنا فإنها تمنحهم إحساسا بالانتماء".',
    "ورفع الأمير في ختام تصريحه العزاء والمواساة لذوي الشهداء.",
])
def test_words_framed_by_their_course_go_on_with_a_speech_told(text: str) -> None:
    assert "statement" not in speech(text)
