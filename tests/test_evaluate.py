"""`eventx eval`: the gold format read and scored the way the published scorer does."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import eventx
from eventx.evaluate import date_ok, evaluate, read_gold, same_text

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"

TEXT = ("قصفت طائرات حربية مواقع لتنظيم داعش قرب مدينة الرقة أمس. "
        "ونظم مئات المواطنين وقفة احتجاجية أمام مقر الولاية في مدينة سيدي بوزيد. "
        "شن الوزير هجوما إعلاميا على المعارضة.")
GOLD = {
    "id": "t1", "reference_date": "2015-08-02", "text": TEXT,
    "events": [
        {"type": "air_strike", "trigger": "قصفت",
         "sentence": "قصفت طائرات حربية مواقع لتنظيم داعش قرب مدينة الرقة أمس.",
         "actors": [{"role": "target", "text": "داعش", "name_en": "ISIS"}],
         "location": {"text": "الرقة", "name_en": "Raqqa", "country": "SY"},
         "date": {"start": "2015-08-01", "end": "2015-08-01"}, "counts": {},
         "modality": "asserted"},
        {"type": "meeting", "trigger": "لقاء", "sentence": "شن الوزير هجوما إعلاميا على المعارضة.",
         "actors": [], "location": None, "date": None, "counts": {}, "modality": "asserted"},
    ],
    "non_events": ["شن الوزير هجوما إعلاميا على المعارضة."],
}


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def test_scores_matches_misses_and_spurious(gold_file: Path) -> None:
    rep = evaluate(read_gold(gold_file), eventx.extract)
    s = rep.summary()
    assert s["gold_events"] == 2
    assert s["types"]["air_strike"]["r"] == 1.0
    assert s["types"]["meeting"]["r"] == 0.0
    kinds = {e.kind for e in rep.errors}
    assert "missed" in kinds and "spurious" in kinds  # the protest is not in this gold
    assert s["non_event_false_alarms"] == "0/1"
    assert s["date_acc"] == 1.0 and s["location_acc"] == 1.0


def test_date_rules() -> None:
    day = {"start": "2021-02-22", "end": "2021-02-22"}
    assert date_ok({"start": "2021-02-23", "end": "2021-02-23"}, day)
    assert not date_ok({"start": "2021-02-15", "end": "2021-02-23"}, day)
    rng = {"start": "2021-01-14", "end": "2021-02-04"}
    assert date_ok({"start": "2021-02-04", "end": "2021-02-10"}, rng)
    assert not date_ok({"start": "2021-02-05", "end": "2021-02-10"}, rng)


def test_surface_agreement() -> None:
    assert same_text("بالطارمية", "الطارميَّة")
    assert same_text("القوات الأميركية", "مواقع القوات الأمريكية")
    assert not same_text("بغداد", "أربيل")


def test_bad_gold_line_is_named(tmp_path: Path) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "x"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        read_gold(p)


def test_cli_agrees_with_the_published_scorer(gold_file: Path) -> None:
    if not SCORER.is_file():
        pytest.skip("the published scorer lives in ../shared, beside the repository")
    ours = subprocess.run([sys.executable, "-m", "eventx", "eval", str(gold_file), "--json",
                           "--errors", "0"], capture_output=True, text=True, check=True)
    theirs = subprocess.run([sys.executable, str(SCORER), str(gold_file), "--json"],
                            capture_output=True, text=True, check=True)
    a, b = json.loads(ours.stdout), json.loads(theirs.stdout.strip().splitlines()[-1])
    for key in ("gold_events", "pred_events", "event_p", "event_r", "event_f1", "arg_p",
                "arg_r", "arg_f1", "location_acc", "date_acc", "count_acc", "actor_acc",
                "families", "wrong_type", "non_event_false_alarms"):
        assert a[key] == b[key], key
