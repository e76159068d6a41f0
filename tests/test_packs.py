"""Rule packs: built-in examples pass; broken packs are refused with file, line, rule id."""
from __future__ import annotations

from pathlib import Path

import pytest

import eventx
from eventx.errors import RulePackError
from eventx.packs.loader import builtin_pack_names, load_pack, load_packs
from eventx.packs.testing import run_pack_examples

GOOD_RULE = '''
[[rule]]
id = "demo.attack"
type = "attack"
nouns = ["هجوم"]
'''


def _pack(tmp_path: Path, body: str, name: str = "demo") -> Path:
    d = tmp_path / name
    d.mkdir()
    (d / "pack.toml").write_text(f'[pack]\nname = "{name}"\nversion = "1"\n', encoding="utf-8")
    (d / "rules.toml").write_text(body, encoding="utf-8")
    return d


@pytest.mark.parametrize("name", builtin_pack_names())
def test_builtin_pack_examples_pass(name: str) -> None:
    pack = load_packs([name])[0]
    ex = eventx.Extractor([name])
    results = run_pack_examples(ex.extract, list(pack.rules))
    assert results, "a built-in pack must carry examples"
    failures = [r.describe() for r in results if not r.ok]
    assert not failures, "\n".join(failures)


def test_every_builtin_rule_has_a_positive_example() -> None:
    for pack in load_packs(None):
        for rule in pack.rules:
            assert any(e.expect is not None for e in rule.examples), rule.id


def test_good_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(_pack(tmp_path, GOOD_RULE))
    assert [r.id for r in pack.rules] == ["demo.attack"]


@pytest.mark.parametrize("body, message, line", [
    ('[[rule]]\nid = "x"\ntype = "picnic"\nnouns = ["a"]\n', "unknown event type", 2),
    ('[[rule]]\nid = "x"\ntype = "attack"\n', "needs trigger words", 2),
    ('[[rule]]\nid = "x"\ntype = "attack"\nnouns = ["هجوم"]\nslots.boss = ["before"]\n',
     "unknown slot role", 2),
    ('[[rule]]\nid = "x"\ntype = "attack"\nnouns = ["هجوم"]\nslots.agent = ["sideways"]\n',
     "unknown condition", 2),
    ('[[rule]]\nid = "x"\ntype = "attack"\nnouns = ["هجوم"]\nrequires = ["nope"]\n',
     "unknown word class", 2),
    ('[[rule]]\nid = "x"\ntype = "attack"\nnouns = ["هجوم"]\nbogus = 1\n', "unknown field", 2),
    ('[[rule]]\nid = "x"\ntype = "attack"\nnouns = "هجوم\n', "TOML syntax error", 4),
    ('[[rule]]\nid = "x"\ntype = "attack"\nnouns = [1]\n', "list of non-empty strings", 2),
])
def test_broken_pack_names_file_line_rule(tmp_path: Path, body: str, message: str,
                                          line: int) -> None:
    folder = _pack(tmp_path, body)
    with pytest.raises(RulePackError) as ei:
        load_pack(folder)
    err = ei.value
    assert message in str(err)
    assert err.file and err.file.endswith("rules.toml")
    assert err.line == line
    if "syntax" not in message:
        assert err.rule == "demo.x"


def test_duplicate_rule_ids_across_files(tmp_path: Path) -> None:
    folder = _pack(tmp_path, GOOD_RULE)
    (folder / "more.toml").write_text(GOOD_RULE, encoding="utf-8")
    with pytest.raises(RulePackError, match="duplicate rule id"):
        load_packs([folder])


def test_unknown_pack_name() -> None:
    with pytest.raises(RulePackError, match="unknown rule pack"):
        load_packs(["no-such-pack"])


def test_user_pack_by_path_extracts(tmp_path: Path) -> None:
    body = GOOD_RULE + '\n[[rule.example]]\ntext = "وقع هجوم في بغداد"\nexpect = { type = "attack" }\n'
    folder = _pack(tmp_path, body)
    evs = eventx.extract("وقع هجوم في بغداد أمس", packs=[folder])
    assert [e.rule for e in evs] == ["demo.attack"]


def test_pattern_rule_fires(tmp_path: Path) -> None:
    body = '''
[[rule]]
id = "ambush"
type = "attack"
patterns = ["نصب\\\\s+\\\\w*\\\\s*كمين"]
'''
    folder = _pack(tmp_path, body)
    evs = eventx.extract("نصب المسلحون كمينا لدورية الجيش قرب تكريت", packs=[folder])
    assert [e.rule for e in evs] == ["demo.ambush"]
    assert evs[0].trigger.text.startswith("نصب")


@pytest.mark.parametrize("pattern, message", [
    ("(a+)+$", "backtracks catastrophically"),
    ("(ا+)+ب", "backtracks catastrophically"),
    ("([", "bad regular expression"),
    ("a*", "matches the empty string"),
])
def test_unsafe_patterns_are_refused_with_rule_id(tmp_path: Path, pattern: str,
                                                   message: str) -> None:
    body = f'[[rule]]\nid = "x"\ntype = "attack"\npatterns = [{pattern!r}]\n'.replace("'", '"')
    body = body.replace("\\", "\\\\")
    with pytest.raises(RulePackError, match=message) as ei:
        load_pack(_pack(tmp_path, body))
    assert ei.value.rule == "demo.x" and ei.value.file and ei.value.file.endswith("rules.toml")


def test_run_time_timeout_skips_instead_of_stalling() -> None:
    import time

    import regex

    from eventx.packs.patterns import safe_finditer

    evil = regex.compile("(x+x+)+y")
    t0 = time.perf_counter()
    assert list(safe_finditer(evil, "x" * 60, "demo.evil")) == []
    assert time.perf_counter() - t0 < 5
