"""A line break inside a sentence of prose does not cut it (eventx.text.line_breaks).

Scraped articles sometimes break a line mid-sentence; a deed whose object
stands on the next line was read without it.  Headings, datelines, the
unfinished last sentence of a paragraph and a next line that opens a sentence
of its own still end where the line ends.  Sentences written for these tests."""
from __future__ import annotations

import eventx
from eventx.text.sentences import split_sentences

REF = "2016-04-12"


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_sentence_broken_after_its_day_is_one_sentence() -> None:
    text = ("وفي محاولة لوقف تقدم الجيش نحو وسط المدينة فجر مسلحو التنظيم أمس \n"
            " جسرا في البلدة يربط بين حيين. \n وقال مصدر محلي إن الجسر دمر بالكامل.")
    assert len(_sentences(text)) == 2
    events = eventx.extract(text, reference_date=REF)
    bombings = [e for e in events if e.type == "bombing"]
    assert len(bombings) == 1
    assert bombings[0].date is not None and bombings[0].date.start.isoformat() == "2016-04-11"


def test_a_heading_stays_apart_from_its_lede() -> None:
    text = ("مقتل خمسة جنود في هجوم على نقطة تفتيش شمال البلاد اليوم\n"
            "قتل خمسة جنود أمس في هجوم شنه مسلحون على نقطة تفتيش.")
    assert len(_sentences(text)) == 2


def test_the_unstopped_last_sentence_of_a_paragraph_ends_it() -> None:
    text = ("قصفت الطائرات مواقع المسلحين في المدينة. واستمرت المعارك العنيفة بين الطرفين "
            "في حي الشيخ عثمان بمدينة عدن\nسيطر المسلحون على بلدة أخرى شمال المحافظة.")
    assert len(_sentences(text)) == 3


def test_a_next_line_that_turns_to_another_matter_opens_a_sentence() -> None:
    text = ("واستمرت المعارك العنيفة بين الطرفين في أطراف المدينة طوال الليل الماضي\n"
            "إلى ذلك أعلنت وزارة الدفاع مقتل جنديين في انفجار لغم.")
    assert len(_sentences(text)) == 2


def test_a_next_line_without_a_stop_is_no_continuation() -> None:
    text = ("واستمرت المعارك العنيفة بين الطرفين في أطراف المدينة طوال الليل الماضي\n"
            "حصيلة ثقيلة\nقتل عشرة مسلحين في المعارك.")
    assert len(_sentences(text)) == 3


def test_a_line_opened_by_a_connective_is_prose_too() -> None:
    text = ("إلى ذلك قال مسؤولون أمس إن مسلحين من الحركة هاجموا موقعا\n"
            " متقدما للجيش في بلدة حدودية الليلة قبل الماضية.")
    assert len(_sentences(text)) == 1
