"""Look-alikes and wrong types found by a second audit of unseen corpus articles.

Each case is a class of phrasing (written here in corpus style, not copied):
warnings that threaten no action, speakers of no office, verdicts and
declared results, interview media, places and prisoners "receiving" or
"visiting", visits asked for or fixed for later, fist fights, intelligence
of a deed to come, fighting factions mistaken for fighter jets, aircraft
dropping barrels, a toll told as a bombing's outcome, "another" incident.
Positive cases of the same shape make sure the real event stays.
"""
from __future__ import annotations

import pytest

from probe import asserted_types, typed

REF = "2015-08-02"


def found(text: str) -> list[tuple[str, str]]:
    return typed(text, REF)


def asserted(text: str) -> list[str]:
    return asserted_types(text, REF)


@pytest.mark.parametrize("text", [
    "وحذر العلماء من انتشار فيروس جديد في المنطقة خلال الصيف.",
    "وحذر الأطباء من خطورة التدخين على صحة الأطفال.",
    "ووجهت السفارة تحذيرا إلى رعاياها أمس بعدم السفر إلى المناطق الحدودية.",
    "وقال الوزير إن هذه الهجمات تهدد الديمقراطية في البلاد.",
    "ودعا إلى مضاعفة الجهود لمواجهة آفة الإرهاب التي تهدد الأمن والسلم الدوليين.",
])
def test_warning_of_no_action_is_no_threat(text: str) -> None:
    assert "threat" not in asserted(text)


@pytest.mark.parametrize("text", [
    "وحذرت الولايات المتحدة إيران من أنها ستحملها المسؤولية.",
    "وهدد التنظيم بتنفيذ هجمات جديدة ضد القوات الحكومية.",
])
def test_real_threats_stay(text: str) -> None:
    assert "threat" in asserted(text)


@pytest.mark.parametrize("text", [
    "وطالب أحد المواطنين في اتصال بالإذاعة بإصلاح الطريق المؤدي إلى القرية.",
    "وندد المشاركون في المسيرة بالصمت الحكومي تجاه الانتهاكات.",
    "واستنكر عدد من المشايخ والتربويين في المنطقة العمل الإجرامي.",
    "كما ثبتت إدانته بالتدرب على استعمال السلاح في معسكرات التنظيم.",
    "وبإعلان الحكم قرر المدعي العام الاعتراض عليه.",
    "وأصبح إعلان الكراهية لونا من ألوان الاعتزاز بالهوية.",
])
def test_no_official_declaration(text: str) -> None:
    assert "statement" not in asserted(text)


@pytest.mark.parametrize("text", [
    "وندد وزير الخارجية بقتل المتظاهرين في العاصمة.",
    "واستنكرت وزارة الخارجية الهجوم الذي استهدف المصلين في المسجد.",
])
def test_official_condemnation_stays(text: str) -> None:
    assert "statement" in asserted(text)


@pytest.mark.parametrize("text", [
    "وأوضحت المصادر في اتصال هاتفي، أنه تم إرسال فرق لنزع الألغام إلى المدينة.",
    "وكان رجل يحمل سكينا قد هاجم دورية قرب المتحف هاتفا «الله أكبر».",
])
def test_interview_medium_or_shouting_is_no_call(text: str) -> None:
    assert "phone_call" not in asserted(text)


@pytest.mark.parametrize("text", [
    "استقبل مطار المدينة أمس أول رحلة دولية قادمة من القاهرة.",
    "وتمكن أعوان السجن خلال فترة زيارة المساجين من حجز أقراص مخدرة.",
    "ويهدف البرنامج إلى تشجيع المواطنين على زيارة المواقع السياحية.",
    "وصلت الخلافات بين البلدين إلى قمتها في بداية العام.",
    "وطلب الرئيس زيارة القوات البحرية المشاركة في الحصار.",
    "وذلك قبل زيارة مقررة للرئيس الأميركي إلى المنطقة.",
])
def test_no_meeting_of_state(text: str) -> None:
    assert "meeting" not in asserted(text)


@pytest.mark.parametrize("text", [
    "استقبل خادم الحرمين الشريفين في جدة أمس وزير الخارجية الأميركي.",
    "وقام الأمير أمس بزيارة إلى مقر القيادة العسكرية في الرياض.",
])
def test_real_meetings_stay(text: str) -> None:
    assert "meeting" in asserted(text)


def test_fist_fight_is_no_armed_clash() -> None:
    assert "armed_clash" not in asserted("وتطور الخلاف إلى اشتباك بالأيدي بين أعضاء المجلس.")
    assert "armed_clash" in asserted("واندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف حلب أمس.")


def test_whoever_is_caught_is_no_arrest() -> None:
    assert "arrest" not in asserted("ومن يلقى القبض عليه من عناصر التنظيم يسلم للجهات الأمنية.")


@pytest.mark.parametrize("text", [
    "وكانت معلومات مؤكدة باستهداف القوات الأمنية قد وصلت إلى الوزارة.",
    "وتم تعزيز الإجراءات الأمنية لورود معلومات عن اعتزام مجموعة إرهابية استهداف منشآت حيوية.",
])
def test_intelligence_of_a_deed_to_come_is_planned(text: str) -> None:
    assert ("attack", "planned") in found(text)
    assert "attack" not in asserted(text)


def test_fighting_factions_are_no_aircraft() -> None:
    types = asserted("واستهدفت الفصائل المقاتلة مواقع قوات النظام في ريف حماة أمس.")
    assert "air_strike" not in types and "attack" in types
    mortar = asserted("واستهدفت الفصائل المقاتلة بقذائف الهاون مواقع قوات النظام في ريف حماة أمس.")
    assert mortar == ["rocket_strike"]
    # the factions struck from the air are still an air strike
    assert "air_strike" in asserted("وقصفت طائرات حربية مواقع الفصائل المقاتلة في ريف حماة أمس.")


@pytest.mark.parametrize("text", [
    "وألقت طائرة مروحية براميل متفجرة على حي سكني في حلب أمس ما أسفر عن مقتل 10 مدنيين.",
    "وألقت طائرات النظام قنابل على بلدة في ريف دمشق أمس.",
    "وقتل 12 مدنيا في قصف بالبراميل المتفجرة على حي سكني في حلب أمس.",
])
def test_dropped_from_aircraft_is_an_air_strike(text: str) -> None:
    assert asserted(text) == ["air_strike"]


def test_leaflets_dropped_are_no_strike() -> None:
    assert asserted("وألقت طائرات التحالف منشورات على المدينة تدعو السكان إلى الابتعاد.") == []


def test_toll_of_a_bombing_is_no_second_killing() -> None:
    text = ("أدان المجلس حادث التفجير الذي استهدف مسجدا في المدينة أمس، أثناء أداء "
            "المصلين صلاة الظهر، وأسفر عن مقتل وإصابة العديد منهم.")
    assert [t for t in asserted(text) if t != "statement"] == ["bombing"]


def test_another_attack_is_apart_from_the_first() -> None:
    text = ("قال شهود إن انفجارا هز وسط كابول أمس قرب المطار. "
            "وقال مصدر أمني: «وقع هجوم آخر بالأسلحة النارية في حي سكني».")
    types = asserted(text)
    assert "bombing" in types and "attack" in types


def test_these_attacks_sum_up_deeds_told_before() -> None:
    assert ("attack", "generic") in found("وقال رئيس الوزراء السبت إن هذه الهجمات تهدد الديمقراطية.")
