"""The plugin mechanism, end to end: pip-install the example pack, use it by name.

The example package (examples/eventx-pack-example) is installed with pip into
a temporary folder (``--target``; its build backend comes through pip's usual
isolated build) and put on PYTHONPATH of child processes, so the test venv is
never modified and importlib.metadata finds the entry point exactly as it would
after a real ``pip install``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "examples" / "eventx-pack-example"
STRIKE = "أضرب المعلمون في محافظة البصرة عن العمل يوم الأحد للمطالبة بزيادة الرواتب."
ROAD = "قطع محتجون الطريق الدولي في مدينة الناصرية بالإطارات المشتعلة."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("plugin") / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "--no-deps", "--no-compile", "--target", str(target), str(PACKAGE)],
        check=False, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return target


def _run(args: list[str], site: Path | None, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run([sys.executable, *args], check=False, capture_output=True,
                          text=True, env=env,
                          cwd=cwd, input=stdin, timeout=120)


PROBE = f"""
import json, eventx
from eventx.packs.loader import resolve_pack
out = {{"path": str(resolve_pack("example"))}}
for packs in (["example"], ["core", "example"], ["core"]):
    ex = eventx.Extractor(packs=packs)
    out["+".join(packs)] = [[(e.type, e.subtype, e.rule) for e in ex.extract(t)]
                           for t in ({STRIKE!r}, {ROAD!r})]
print(json.dumps(out))
"""


def test_installed_pack_is_found_by_name_and_adds_its_rules(site: Path, tmp_path: Path):
    proc = _run(["-c", PROBE], site, tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert Path(out["path"]).resolve().is_relative_to(site.resolve())  # the installed copy
    assert (Path(out["path"]) / "pack.toml").is_file()
    strike, road = out["example"]
    assert ["protest", "strike", "example.protest.strike"] in strike
    assert ["protest", "road_block", "example.protest.road_block"] in road
    # next to core, the pack's subtypes win on the shared protest triggers
    assert out["core+example"] == out["example"]
    assert not any(e[1] in ("strike", "road_block") for doc in out["core"] for e in doc)


def test_rules_test_passes_for_the_installed_pack(site: Path, tmp_path: Path):
    proc = _run(["-m", "eventx", "rules", "test", "example"], site, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last.startswith("example: ") and last.endswith(" 0 failed")
    assert int(last.split()[1]) >= 6


def test_cli_extract_with_the_pack(site: Path, tmp_path: Path):
    proc = _run(["-m", "eventx", "extract", "-", "--pack", "core", "--pack", "example",
                 "--format", "jsonl"], site, tmp_path, stdin=STRIKE)
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [(r["type"], r["subtype"]) for r in recs] == [("protest", "strike")]


def test_without_the_install_the_name_is_unknown(tmp_path: Path):
    proc = _run(["-m", "eventx", "rules", "test", "example"], None, tmp_path)
    assert proc.returncode == 2
    assert "unknown rule pack 'example'" in proc.stderr and "Traceback" not in proc.stderr
