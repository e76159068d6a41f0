"""Speech that is no declaration, warnings that threaten nothing, and deeds
that a warning only warns of.

GUIDELINES: a statement is "a notable official declaration or condemnation", a
threat "a warning or threat of action".  Each look-alike below stands beside
the phrasing it resembles that is one, so the cues must tell them apart
rather than silence a trigger.
"""
from __future__ import annotations

import pytest

import eventx
from eventx.records import INCIDENT_MODALITIES

REF = "2017-04-01"


def told(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of the events reported as having happened."""
    return [(e.type, e.trigger.text) for e in eventx.extract(text, reference_date=REF)
            if e.modality in INCIDENT_MODALITIES]


def types(text: str) -> set[str]:
    return {t for t, _ in told(text)}


# --- warnings: of a hazard, a trend, a deed to come -------------------------

@pytest.mark.parametrize("text", [
    "حذر وزير الدفاع الفرنسي جان-ايف لو دريان من خطر تدفق مقاتلي تنظيم داعش إلى ليبيا.",
    "وحذر وزير الخارجية الألماني فرانك فالتر شتاينماير من استمرار تصعيد العنف في تركيا.",
    "وحذرت إدارة الدفاع المدني من مغبة النزول لبطون الأودية خلال الفترة القادمة.",
    "كما أن مصالح الرصد الجوي حذرت اليوم من أمواج عاتية وتقلبات جوية.",
    "وحذر الاتحاد العام التونسي للشغل من موجة احتجاجات بسبب ارتفاع الأسعار.",
])
def test_warning_of_a_hazard_or_trend_is_no_threat(text: str) -> None:
    assert "threat" not in types(text)


# a fear for oneself ("that it may …") vows nothing; "that it will …" does
@pytest.mark.parametrize("text", [
    "وحذرت القنصلية الفرنسية من أنها قد تكون هدفا لهجمات المتطرفين خلال الاحتفالات.",
    "حذر المصرف المركزي من أنه يمكن أن يرفع أسعار الفائدة مرة أخرى.",
    "وحذرت الشركات الأجنبية من أنها ربما تغادر البلاد إذا تدهور الأمن.",
])
def test_a_warning_of_what_may_befall_the_speaker_is_no_threat(text: str) -> None:
    assert "threat" not in types(text)


def test_a_warning_of_what_the_speaker_will_do_stays_a_threat() -> None:
    assert "threat" in types("وحذرت الحركة من أنها ستحمل الحكومة المسؤولية الكاملة عن أي اعتداء.")


@pytest.mark.parametrize("text", [
    "حذَّر الرئيس الأميركي دونالد ترامب الأربعاء طهران من أن من يدعمون الإرهاب يعرضون أنفسهم للخطر.",
    "حذرت الولايات المتحدة دولة الكويت من احتمال تعرضها لاعتداء إرهابي خلال الفترة القادمة.",
    # a party warned of the consequences of its own deeds is threatened
    "حذر الرئيس الأميركي دونالد ترامب إيران من مغبة استمرار هجماتها.",
])
def test_warning_to_a_party_stays_a_threat(text: str) -> None:
    assert "threat" in types(text)


@pytest.mark.parametrize("text, deed", [
    ("حذّر حزب حراك تونس الإرادة من اندلاع احتجاجات اجتماعية واسعة في الجنوب أمس.", "protest"),
    ("وقال إن لا علاقة بين تحذير استراليا تونس من عملية إرهابية وبين هجوم قبلي.", "attack"),
])
def test_deed_warned_of_has_not_happened(text: str, deed: str) -> None:
    # the attack on Kebili, named after "وبين", is another thing
    assert all(t != deed or trig not in ("احتجاجات", "عملية إرهابية") for t, trig in told(text))


def test_a_later_من_is_no_complement_of_the_warning() -> None:
    text = ("وقال إنه سبق وان حذر من الإرهابيين في ليبيا قبل فترة قصيرة من الهجوم الداعشي "
            "على بن قردان في 7 مارس 2016.")
    assert "attack" in types(text)


# --- threat nouns: a danger in general, or a threat made --------------------

@pytest.mark.parametrize("text", [
    "واقر أوباما بأن حركة الشباب ما زالت تشكل تهديدا لكنه اكد ان نفوذها قد تقلص.",
    "وأعلنت تونس تمديد حالة الطوارئ في ظل استمرار التهديدات التي تواجهها البلاد.",
    "بدأ البرلمان مناقشات حول مشروع قانون للتصدي لتهديد المتشددين.",
])
def test_threat_noun_alone_names_a_danger(text: str) -> None:
    assert "threat" not in types(text)


def test_threat_noun_with_what_it_threatens_is_a_threat() -> None:
    events = eventx.extract("ووجهت إليه الشرطة أمس اتهامات بالتهديد بتفجير قنبلة داخل سكن جامعي.",
                            reference_date=REF)
    assert any(e.type == "threat" for e in events)


def test_cautious_is_no_warning() -> None:
    assert not told("ولعب تشيلسي بأسلوب سلس لكن الفريق اعتمد على أسلوب حذر وعملي أكبر لتحقيق النتائج.")


# --- statements that are no official declaration -----------------------------

@pytest.mark.parametrize("text", [
    # a sermon, the preachers', scripture
    "وحذر الخطباء الشباب من الشبهات التي يدعمها أعداء الله.",
    "ندد خطباء الجوامع والمساجد بمحافظة أملج أمس بالتفجير الإجرامي.",
    "وأكد الأزهر أن شريعتنا تنبذ العنف، وتوعدت سفكة دماء الأبرياء المفسدين في الأرض "
    "الذين تجردوا من أقل معاني الرحمة بالخزي في الدنيا والعذاب العظيم في الآخرة.",
    # a former office
    "وقال وزير الخارجية الفرنسي السابق إن الحكومة أخطأت في تقدير الموقف.",
    # an invitation
    "الرئيس السيسي يدعو خادم الحرمين الشريفين الملك سلمان إلى زيارة مصر.",
    # a kunya, no demand
    "ومنهم من يطلق مصطلح الخوارج على الذين خرجوا على علي بن أبي طالب.",
    # بيان as "making plain"
    "وأكد أنه يجب على العلماء الرد على هذه الإساءات وبيان زيفها.",
    # remarks given to one paper or station
    "وقال قائد المنطقة العسكرية في تصريح خاص لـ«المدينة» إن مناطق جعولة تحت السيطرة.",
    "وأكد أحد التلاميذ في تصريح للجوهرة أف أم أن التلاميذ استأذنوا المدير.",
    "وقالت المتحدثة في تصريح إلى محطة التلفزيون العامة الإسبانية إنه يمكن فقط التحدث عن اختفاء.",
    # a firm speaks for its trade
    "أعلنت الشركة المطورة لتطبيق واتساب أنه سيتوقف عن العمل على الهواتف القديمة.",
    # a discourse, no speech
    "وأكد الباحث أن المجتمع يتحصن من خلال الخطاب الوسطي والمعتدل.",
    # forces calling on a man to surrender
    "وقامت القوة بمحاصرة منزل الإرهابي المذكور وطالبته بتسليم نفسه.",
])
def test_no_official_declaration(text: str) -> None:
    assert not {"statement", "threat"} & types(text)


@pytest.mark.parametrize("text", [
    "ونددت الولايات المتحدة بالحادث ووصفته بأنه هجوم إرهابي وحشي.",
    "وقال مصدر مسؤول في وزارة الخارجية في تصريح صحفي إن هذه الجريمة البشعة تستهدف أمن المنطقة.",
    "وسبق أن طالب إردوغان بالإفراج عن الرئيس المصري الأسبق محمد مرسي.",
    "دعا الرئيس الأميركي الكونغرس إلى زيادة موازنة الدفاع.",
])
def test_official_declaration_stays(text: str) -> None:
    assert "statement" in types(text)


def test_condemnation_setting_the_scene_is_no_statement() -> None:
    assert "statement" not in types("وقتل 20 شخصا في الهجوم الذي وقع أمس وسط إدانة دولية واسعة.")


def test_manifestations_are_no_demonstration() -> None:
    text = "وتدين المنظمة بقوة جميع أعمال الإرهاب والتطرف العنيف بجميع أشكاله ومظاهره."
    assert "protest" not in types(text)


def test_what_people_believe_was_declared_is_no_declaration() -> None:
    text = "وجعل ذلك كثيرا من سكان المدينة يظنون أن «القاعدة» قد أعلنت ولاءها لتنظيم داعش."
    assert "statement" not in types(text)
