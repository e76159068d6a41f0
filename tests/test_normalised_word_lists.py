"""Every Arabic word the code compares tokens with is spelt as normalisation
leaves it.

Why: tokens come from NORMALISED text (أ/إ/آ → ا, ى → ي, ة → ه, ئ → ي,
ؤ → و, no tatweel or harakat), so a word list entry written "إلى"، "جهة" or
"لـ" can never match and the rule it belongs to silently does nothing.  The
bug kept coming back one list at a time; this guard reads every word list of
the package (module-level sets, tuples, lists and dict keys) and every literal
that a comparison, ``startswith`` or ``endswith`` holds inside a function.
Single characters in module-level sets are left out: they are character
classes that some modules test on the INPUT text (letter sets); inside a
comparison even one letter ("ة" in ``endswith``) is checked.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import eventx
from eventx.text.normalize import normalize_text

# modules whose tables describe the input itself or score unnormalised gold text
_RAW_TEXT_MODULES = frozenset({"eventx.text.normalize", "eventx.evaluate", "eventx.__main__"})


def _arabic(value: object, shortest: int = 2) -> bool:
    return (isinstance(value, str) and len(value) >= shortest
            and any("\u0621" <= c <= "\u0652" for c in value))


def _modules() -> list[str]:
    """The package's own modules: not the ``X__mypyc`` extensions that the
    compiled build (mypyc, one extension per module) ships beside each."""
    names = [m.name for m in pkgutil.walk_packages(eventx.__path__, "eventx.")]
    return sorted(n for n in names if n not in _RAW_TEXT_MODULES and not n.endswith("__mypyc"))


def _word_lists(module: object) -> Iterator[tuple[str, str]]:
    for name, value in vars(module).items():
        items: Iterable[object]
        if isinstance(value, dict):
            items = value.keys()
        elif isinstance(value, (frozenset, set, tuple, list)):
            items = value
        else:
            continue
        for item in items:
            if _arabic(item):
                yield name, item


@pytest.mark.parametrize("module_name", _modules())
def test_module_word_lists_are_normalised(module_name: str) -> None:
    module = importlib.import_module(module_name)
    bad = [(name, w) for name, w in _word_lists(module) if normalize_text(w) != w]
    assert not bad, f"{module_name}: entries normalisation makes unmatchable: {bad}"


def _compared_literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """String literals a token is compared with: ``x == "…"``, ``x in ("…", …)``,
    ``x.startswith(("…", …))``."""
    for node in ast.walk(tree):
        operands: list[ast.expr] = []
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("startswith", "endswith")):
            operands = list(node.args)
        for op in operands:
            elts = op.elts if isinstance(op, (ast.Tuple, ast.Set, ast.List)) else [op]
            yield from ((e.lineno, e.value) for e in elts
                        if isinstance(e, ast.Constant) and isinstance(e.value, str) and _arabic(e.value, 1))


def test_literals_compared_inside_functions_are_normalised() -> None:
    root = Path(eventx.__file__).parent
    bad = []
    for path in sorted(root.rglob("*.py")):
        module = "eventx." + ".".join(path.relative_to(root).with_suffix("").parts)
        if module in _RAW_TEXT_MODULES:
            continue
        for line, word in _compared_literals(ast.parse(path.read_text(encoding="utf-8"))):
            if normalize_text(word) != word:
                bad.append(f"{path.name}:{line} {word!r}")
    assert not bad, f"literals normalisation makes unmatchable: {bad}"


def test_the_guard_sees_an_unnormalised_entry() -> None:
    """The check itself: a list written with hamza, alef maqsura, teh marbuta
    or tatweel is caught, its normalised twin is not."""
    class Fake:
        WORDS = frozenset({"إلى", "جهة", "لـ", "اجري"})
    assert {w for _, w in _word_lists(Fake) if normalize_text(w) != w} == {"إلى", "جهة", "لـ"}
    tree = ast.parse('x in ("على", "علي") or y.endswith("ة") or z == "أن"')
    assert [w for _, w in _compared_literals(tree)] == ["على", "علي", "ة", "أن"]
