"""Document-level modality: opinion columns and sports reports (eventx.genre)
and events dated after the day of publication (events.dated_ahead).

The column below is written for the test in the manner of the corpus's
op-eds: the writer's voice, the reader addressed, questions, no one quoted;
the match report in the manner of its sports pages.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.genre import genre, is_column
from eventx.text.normalize import normalize_text

_VOICE = ("إننا ندرك جيدا أن علينا أن نسأل أنفسنا: لماذا يستهدف هؤلاء شبابنا؟ وهل نكتفي "
          "بالكلام؟ أعتقد أن مجتمعنا قادر على المواجهة، ولعل القارئ يتفق معي في أن وطننا "
          "أقوى من كل فكر ضال. ")
_FILLER = ("والمسؤولية مشتركة بين الأسرة والمدرسة والمسجد ووسائل الإعلام في بناء وعي "
           "الأجيال وحمايتها من الانحراف الفكري والتطرف بكل أشكاله. ")
_DEEDS = ("إن استهداف رجال الأمن ما هو إلا رد أحمق على نجاحات أجهزتنا. "
          "وقد ندد الجميع بهذا العمل الإجرامي. ")
_TOLL = "وكان التفجير الذي وقع في مسجد قوات الطوارئ بأبها قد أسفر عن مقتل 15 شخصا. "


def _column() -> str:
    return _VOICE + _FILLER * 8 + _DEEDS + _VOICE + _FILLER * 4 + _TOLL


def _report() -> str:
    return ("قال المتحدث باسم وزارة الداخلية أمس في بيان إن قوات الأمن أحبطت مخططا. "
            "وأضاف المصدر أن التحقيقات مستمرة، بحسب ما ذكرت وكالة الأنباء الرسمية. " + _FILLER * 8
            + _DEEDS + _TOLL)


def _asserted(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.trigger.text) for e in eventx.extract(text, reference_date="2015-08-08")
            if e.modality in ("asserted", "claimed")}


def test_a_column_reads_as_one_and_a_report_does_not() -> None:
    assert is_column(normalize_text(_column()))
    assert not is_column(normalize_text(_report()))


def test_a_short_text_is_never_a_column() -> None:
    assert not is_column(normalize_text(_VOICE))


def test_a_column_asserts_only_what_a_date_or_a_toll_anchors() -> None:
    col = _asserted(_column())
    assert not any(t == "استهداف" for _, t in col)
    assert not any(ty == "statement" for ty, _ in col)
    assert any(ty == "bombing" for ty, _ in col)  # the toll anchors the blast


def test_the_same_words_in_a_report_stay_asserted() -> None:
    rep = _asserted(_report())
    assert any(ty == "statement" and t == "ندد" for ty, t in rep)
    assert any(ty == "bombing" for ty, _ in rep)


_MATCH = ("فاز الفريق على ضيفه بهدفين دون رد في مباراة الجولة العاشرة من الدوري، وسجل المهاجم "
          "الهدف الأول في الشوط الأول من ركلة جزاء، فيما أضاف اللاعب البديل الهدف الثاني بتسديدة "
          "قوية في الشوط الثاني أمام الجماهير التي ملأت المدرجات. ")
# a game's and a club's words, no sports word near the trigger
_GAME = ("وشن الضيوف هجوما كاسحا في الدقائق الأخيرة. "
         "وعقد رئيس الهيئة اجتماعا مع أعضاء الإدارة مساء الأحد. "
         "وهدد رئيس الهيئة بالاستقالة. ")
_GUNMEN = "وأطلق مسلحون مجهولون النار على حافلة تقل مشجعين مساء الأحد. "
_POLICE = "واعتقلت قوات الأمن ثلاثة أشخاص بعد نهاية اللقاء. "


def _modalities(text: str) -> dict[str, str]:
    return {e.trigger.text: e.modality for e in eventx.extract(text, reference_date="2017-03-06")}


def test_a_sports_report_makes_a_game_and_a_club_no_incident() -> None:
    alone = _modalities(_GAME)
    assert alone and set(alone.values()) == {"asserted"}  # news where no sport is told
    in_sport = _modalities(_MATCH * 3 + _GAME)
    assert {t: in_sport[t] for t in alone} == dict.fromkeys(alone, "generic")


@given(st.integers(min_value=3, max_value=6), st.sampled_from([_GUNMEN, _POLICE]))
@settings(max_examples=8, deadline=None)
def test_real_violence_in_a_sports_report_stays_news(n: int, deed: str) -> None:
    """Gunmen, the security forces: its own sentence tells of real violence."""
    text = _MATCH * n + _GAME + deed
    assert genre(normalize_text(text)).sport
    alone = {t: m for t, m in _modalities(deed).items() if m == "asserted"}
    assert alone
    got = _modalities(text)
    assert {t: got[t] for t in alone} == alone


def test_one_sentence_is_never_a_sports_report() -> None:
    """A sentence has no article around it (GSR); the sentence cues judge it."""
    one = _MATCH.replace(". ", "، ") * 3
    assert not genre(normalize_text(one)).sport
    assert genre(normalize_text(_MATCH * 3)).sport


def test_a_news_report_is_no_sports_report() -> None:
    assert not genre(normalize_text(_report())).sport


_ESSAY = ("وبالعموم كانت إيران هي الرابح الأكبر في كل ما حصل في المنطقة، وكان الدرس الأساسي الذي "
          "خلص إليه المجتمع الدولي أنه يمكن تحييد خطر الدول المارقة بالتحالف معها ولو بشكل غير "
          "مباشر، وإن كان هذا على حساب بقية مكونات الشعوب التي دفعت الثمن. ")


def test_a_long_essay_naming_no_source_and_no_day_is_a_column() -> None:
    assert is_column(normalize_text(_ESSAY * 8))
    assert not is_column(normalize_text(_ESSAY * 3))  # too short to tell
    assert not is_column(normalize_text("وقال المتحدث أمس إن التحقيقات مستمرة. " + _ESSAY * 8))


_VISIT = "وأدى وزير الخارجية الفرنسي زيارة عمل إلى تونس يوم 4 جوان 2017."


@given(st.integers(min_value=-40, max_value=40))
@settings(max_examples=25, deadline=None)
def test_a_visit_dated_after_publication_is_planned(offset: int) -> None:
    ref = dt.date(2017, 6, 4) + dt.timedelta(days=offset)
    evs = [e for e in eventx.extract(_VISIT, reference_date=ref.isoformat())
           if e.type == "meeting" and e.trigger.text == "زيارة"]
    assert evs
    want = "planned" if offset < 0 else "asserted"
    assert {e.modality for e in evs} == {want}


def test_an_announcement_of_what_is_to_come_is_made_now() -> None:
    """A statement is made on the day it is told; the date it names is its content's."""
    evs = [e for e in eventx.extract("وأعلن الوزير أن الانتخابات ستجرى يوم 30 جوان 2017.",
                                     reference_date="2017-06-02") if e.type == "statement"]
    assert evs and all(e.modality == "asserted" for e in evs)
