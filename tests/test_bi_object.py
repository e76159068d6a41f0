"""A ب-word after an office title is the holder's name only when no verb
taking ب governs the title and the word is no بال-noun (analysis._bi_object)."""
import eventx


def _actors(text: str) -> list[str]:
    return [a.mention.text for e in eventx.extract(text) for a in e.actors]


def test_object_of_verb_taking_bi_is_no_name() -> None:
    for text in ("وندد الوزير بقرار إغلاق المدارس بعد الهجوم على القاعدة",
                 "وطالب وزير الداخلية بمحاسبة المسؤولين عن الهجوم"):
        assert not any(a.startswith("ب") for a in _actors(text))


def test_bi_names_after_titles_stay() -> None:
    text = "وسارع رئيس الوزراء بنيامين نتانياهو إلى التنديد بالهجوم"
    assert any(a.startswith("بنيامين") for a in _actors(text))
    text = "والتقى سمو الأمير بندر بن عبدالله بن عبدالعزيز وندد بالهجوم"
    assert any(a.startswith("بندر") for a in _actors(text))
