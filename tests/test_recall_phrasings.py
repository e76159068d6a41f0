"""Phrasings of real incidents that used to be missed, and their look-alikes.

Found by reading non-dev corpus articles for every incident a conflict coder
would record: the Maghreb word for an arrest (إيقاف), the passive "تم" + verbal
noun, martyrdom as the Gulf and Palestinian press tell a death, a deed named as
the cause of deaths told before it, and protesters burning tyres or blocking
roads told by verbal nouns.  Each has a look-alike that must stay silent.
"""
from __future__ import annotations

import pytest

from tests.probe import asserted_types

REF = "2017-03-23"


@pytest.mark.parametrize(("text", "etype"), [
    # إيقاف: the Tunisian arrest
    ("تمكن أعوان منطقة الأمن الوطني بالمنستير، اليوم السبت، من إيقاف امرأة تدرس بمدرسة قرآنية.",
     "arrest"),
    ("وكشفت أنه تم ايقاف شخصين يحملان الجنسية الألبانية يشتبه في تورطهما في هذه العملية.", "arrest"),
    # تم + verbal noun: the passive of the deed, no other anchor needed
    ("وقال بيدار إنه تم اعتقال قاري ذبيح الله قائد طالبان في المنطقة.", "arrest"),
    ("وتم إلقاء القبض على الإرهابيين وضبط عدد من القنابل وكميات كبيرة من المتفجرات.", "arrest"),
    ("وتم اختطافهما من كتيبة مسلحة ليبية، مضيفا أنهما اكتشفا في مكان احتجازهما.", "abduction"),
    # bringing down a cell
    ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بسيدي بوزيد من الإطاحة بخلية إرهابية تتكون من 4 عناصر.",
     "arrest"),
    # martyrdom
    ("استشهد رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته جراء إحراق مستوطنين لمنزلهم في نابلس.",
     "killing"),
    # the cause of a death told before it took place, though the date went to the death
    ("واسى أمير منطقة نجران والد عبدالله آل منصور، الذي استشهد أمس نتيجة سقوط مقذوف من الأراضي "
     "اليمنية على منزله.", "rocket_strike"),
    # protesters' deeds told by verbal nouns
    ("قام عدد من المحتجين مساء اليوم بحرق العجلات المطاطية وغلق الطريق المؤدية إلى حي الرياض.",
     "protest"),
    ("وقد قام المحتجون بإشعال العجلات المطاطية وبقطع الطريق الوطنية رقم 1 الرابطة بين السواسي والجم.",
     "protest"),
    ("وخرج أكراد من تركيا وإيران في مسيرة رافعين لافتات ومرددين شعارات ضد الحكومة التركية.",
     "protest"),
    # a deed noun's own relative clause with its day: the deed is reported
    ("عبرت تونس عن إدانتها الشديدة للعملية الإرهابية الغادرة التي استهدفت اليوم الجمعة حافلات "
     "تقل مواطنين أقباطا في محافظة المنيا.", "attack"),
    # an exchange of fire told with الرصاص; forces eliminating militants
    ("ونجحت أجهزة الأمن بالجيزة في القضاء على أحد العناصر الجهادية بعد تبادل إطلاق الرصاص بإحدى "
     "قرى العياط.", "armed_clash"),
    ("وتمكنت وحدات الجيش الوطني أمس من القضاء على إرهابيين اثنين بجبل السلوم في ولاية القصرين.",
     "raid"),
])
def test_an_incident_told_so_is_found(text: str, etype: str) -> None:
    assert etype in asserted_types(text, REF)


@pytest.mark.parametrize("text", [
    # إيقاف stops things, suspends players, names custody
    "أعلن اتحاد الفنانين التشكيليين عن إيقاف كل تعهداته وبرامجه في إطار البرنامج الرسمي.",
    "وأشارت مصادر طبية إلى أن الطالب كان يهم بإيقاف سيارته أمام منزل العائلة.",
    "وستخوض البرازيل مواجهتها مع تشيلي في غياب نجمها نيمار لإيقافه عقب طرده في نهاية المباراة.",
    "وأوضح أن التهم تعلقت ب 74 شخصا من بينهم 42 بحالة إيقاف و25 بحالة سراح.",
    # تم تفجير: a bomb squad's detonation, no bombing
    "وبعد التأكد من وضع العبوة تم تفجيرها من قبل سلاح المهندسين.",
    # citing, no martyrdom
    "واستشهدت الصحيفة في تقريرها بخبير الآثار مارك الطويل.",
    # a regime toppled is no arrest; a way barred is no road blocked
    "وأكد أن الإطاحة بالنظام السابق فتحت الباب أمام الفوضى في البلاد.",
    "وقال إن اختيار المدينة يأتي لقطع الطريق على المتظاهرين الذين سيتوجهون إلى النجف.",
    # whether he died is asked, no blast reported by it
    "ولم تذكر السلطات ما إذا كان المهاجم قد قتل أو أصيب من جراء انفجار حزامه.",
    # a deed noun's clause in the present, or dated by a year long gone, is background
    "وللمرة الأولى منذ بدأت عمليات التحالف الدولي الذي يقصف التنظيم المتطرف قبل عام تصل المقاتلات.",
    "ويعتقد أن لهم صلة بالهجوم الذي استهدف حامية عسكرية في الشمال الموريتاني في يونيو 2005.",
    # القضاء على الإرهاب is an aim
    "وأكد الوزير أن الحكومة عازمة على القضاء على الإرهاب وتجفيف منابعه.",
    # تبادل as a verb is no exchange of fire told
    "ولكن 2500 دولار فقط يمكن أن تدفع لطفل يقتل أثناء تبادل لإطلاق النار.",
])
def test_a_look_alike_reports_no_incident(text: str) -> None:
    assert asserted_types(text, REF) == []
