"""The built wheel works anywhere: installed into a fresh venv, run from another cwd.

Why this shape: the test venv has eventx installed *editable* (a .pth pointing
at src/), which hides packaging mistakes (a data file missing from the wheel, an
entry point not declared).  So the wheel is built with pip, installed with
``--no-deps`` into a brand-new venv, and run from a temporary directory.  The
new venv sees the test venv's site-packages for the dependencies (spaCy…)
through a plain path line in a .pth file: such a line adds the folder to
sys.path but does not run that folder's own .pth files, so the editable eventx
stays invisible and only the wheel's copy can be imported.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed.txt"


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet",
         "--disable-pip-version-check", "-w", str(dist)],
        check=False, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (wheel,) = dist.glob("eventx-*.whl")
    vdir = tmp / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(vdir)], check=True,
                   timeout=120)
    bindir = vdir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    (site / "_deps_from_test_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-compile", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=False, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    work = tmp / "elsewhere"
    work.mkdir()
    shutil.copy(SEED, work / "seed.txt")
    return {"wheel": wheel, "python": python, "eventx": bindir / "eventx", "cwd": work,
            "venv": vdir}


def _run(args: list[str], v: dict[str, Path]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = subprocess.run(args, check=False, capture_output=True, text=True, cwd=v["cwd"],
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_wheel_ships_code_data_rules_and_markers(venv):
    names = set(zipfile.ZipFile(venv["wheel"]).namelist())
    for required in ("eventx/py.typed", "eventx/data/mapping.toml", "eventx/data/gazetteer.tsv.gz",
                     "eventx/rules/core/pack.toml", "eventx/spacy_component.py",
                     "eventx/export.py"):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(venv["wheel"]).read(entry_points).decode()
    assert "[spacy_factories]" in text and "eventx.spacy_component:make_eventx" in text


SPACY_PROBE = """
import json, sys, spacy
assert "eventx" not in sys.modules          # nothing of eventx imported by hand:
nlp = spacy.blank("ar")                     # spaCy loads the factory's entry point
nlp.add_pipe("eventx", config={"reference_date": "2021-02-24"})   # found via entry point
import eventx
doc = nlp(open("seed.txt", encoding="utf-8").read())
print(json.dumps({"file": eventx.__file__,
                  "events": [[e.type, e.subtype, e.location and e.location.place.name_en]
                             for e in doc._.events],
                  "labels": sorted({s.label_ for s in doc.spans["eventx"]})}))
"""


def test_spacy_component_from_the_wheel_finds_the_rocket_strikes(venv):
    out = json.loads(_run([str(venv["python"]), "-c", SPACY_PROBE], venv).stdout)
    assert Path(out["file"]).resolve().is_relative_to(venv["venv"].resolve())
    rockets = [e for e in out["events"] if e[0] == "rocket_strike"]
    assert {e[2] for e in rockets} >= {"Erbil", "Green Zone"}
    assert ["rocket_strike", "katyusha", "Green Zone"] in rockets
    assert out["labels"] == ["ACTOR", "PLACE"]


def test_cli_acled_csv(venv):
    proc = _run([str(venv["eventx"]), "extract", "seed.txt", "--date", "2021-02-24",
                 "--format", "acled"], venv)
    reader = csv.DictReader(io.StringIO(proc.stdout))
    assert {"event_date", "event_type", "sub_event_type", "actor1", "location", "latitude",
            "longitude", "fatalities"} <= set(reader.fieldnames or [])
    rows = list(reader)
    shelling = [r for r in rows if r["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert {r["location"] for r in shelling} >= {"Erbil", "Green Zone"}
    assert all(r["event_type"] and r["fatalities"].isdigit() for r in rows)


def test_cli_geojson_is_a_feature_collection(venv):
    proc = _run([str(venv["eventx"]), "extract", "seed.txt", "--date", "2021-02-24",
                 "--format", "geojson"], venv)
    fc = json.loads(proc.stdout)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    points = 0
    for f in fc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        if g is not None:
            lon, lat = g["coordinates"]
            assert g["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
            points += 1
    assert points > 0


def test_the_default_wheel_is_pure_python(venv: dict[str, Path]) -> None:
    # the compiled build is opt-in (HATCH_BUILD_HOOKS_ENABLE=1, make wheel-compiled):
    # a plain `pip install` must never need a C compiler
    assert venv["wheel"].name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(venv["wheel"]) as z:
        assert not [n for n in z.namelist() if n.endswith((".so", ".pyd", ".c"))]
