"""Loading and validating rule packs (folders of TOML data, never code).

A pack is refused at load, with file, line and rule id named, when anything in
it is wrong: users writing their own packs must learn where, not read a
traceback from deep inside the matcher.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Final

import attrs

from eventx import cache
from eventx.errors import RulePackError
from eventx.packs.patterns import compile_pattern
from eventx.text.normalize import normalize_text
from eventx.packs.model import Cue, Example, Pack, Rule, SlotSpec, WordClass
from eventx.records import EVENT_TYPES, MODALITIES, ROLES, SECURITY_TYPES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ENTRY_POINT_GROUP: Final = "eventx.rule_packs"
_RULE_KEYS: Final = {
    "id", "type", "subtype", "verbs", "nouns", "plurals", "phrases", "patterns", "requires", "excludes",
    "subtype_from", "window", "place_window", "subordinate", "subordinate_to", "absorbable", "absorb_only", "document_excludes", "requires_after",
    "requires_object",
    "bare_toll",
    "priority",
    "confidence", "slots",
    "example", "negative",
}
_CUE_VALUES: Final = set(MODALITIES) | {"suppress"}
# lexicon kinds a cue may stand on besides its words (see Cue.kinds)
_CUE_KINDS: Final = ("title",)
_SLOT_FEATURE: Final = re.compile(r"^(before|after|near|apart|adjoined|first|second|nosubj|vso|vsocount|undertook|objsfx|obj|noobj|verb|nominal|nom|bare|honorific|genobj|fallen|coagent|deedobj|shooter|striker|spoke|counted|uncounted|acc|prep:\S+|(cue|cuefar|cuelater|cuenext|trig|self):\w+|kind:\w+)$")
_SLOT_ROLES: Final = (*ROLES, "ignore")
# a trigger form's part of speech (compiled.TriggerForm.pos), as a cue's forms name it
_FORM_POS: Final = ("verb", "noun", "plural", "phrase")
_TYPE_PRIORITY: Final = {
    "bombing": 90, "air_strike": 85, "rocket_strike": 85, "abduction": 80, "raid": 75,
    "arrest": 70, "attack": 60, "armed_clash": 55, "killing": 50, "phone_call": 60,
    "meeting": 50, "threat": 50, "protest": 50, "statement": 30,
}


def builtin_root() -> Path:
    """Where the built-in packs are: inside the wheel, or the repo's rules/ in a checkout."""
    try:
        p = Path(str(resources.files("eventx") / "rules"))
        if p.is_dir():
            return p
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        pass
    return Path(__file__).resolve().parents[3] / "rules"


def builtin_pack_names() -> list[str]:
    root = builtin_root()
    return sorted(p.name for p in root.iterdir() if (p / "pack.toml").is_file()) if root.is_dir() else []


def _entry_point_packs() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            target = ep.load()
            path = Path(target() if callable(target) else str(target))
        except Exception as exc:  # a broken plugin must not take the library down
            raise RulePackError(f"entry point {ep.name!r} failed to load: {exc}") from None
        found[ep.name] = path
    return found


def resolve_pack(spec: str | Path) -> Path:
    """A pack name (built-in or entry point) or a folder path → the pack folder."""
    p = Path(spec)
    if p.is_dir():
        if not (p / "pack.toml").is_file():
            raise RulePackError("folder has no pack.toml", file=str(p))
        return p
    if isinstance(spec, str):
        root = builtin_root()
        if (root / spec / "pack.toml").is_file():
            return root / spec
        eps = _entry_point_packs()
        if spec in eps:
            return eps[spec]
    known = builtin_pack_names()
    raise RulePackError(f"unknown rule pack {str(spec)!r} (built-in: {', '.join(known)})")


def load_packs(specs: Iterable[str | Path] | None) -> list[Pack]:
    names = builtin_pack_names() if specs is None else list(specs)
    packs = [load_pack(resolve_pack(s)) for s in names]
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise RulePackError(f"duplicate rule id (also in {seen[rule.id]})",
                                    file=rule.file, line=rule.line, rule=rule.id)
            seen[rule.id] = rule.file
    return packs


def _read(path: Path) -> tuple[dict[str, Any], str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"cannot read: {exc}", file=str(path)) from None
    try:
        return tomllib.loads(raw), raw
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise RulePackError(f"TOML syntax error: {exc}", file=str(path),
                            line=int(m.group(1)) if m else None) from None


def _line_of(raw: str, needle: str) -> int | None:
    for i, line in enumerate(raw.splitlines(), 1):
        if needle in line:
            return i
    return None


def _strs(value: Any, what: str, err: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise err(f"{what} must be a list of non-empty strings")
    return tuple(value)


def _slots(table: Any, err: Any) -> tuple[SlotSpec, ...]:
    if table is None:
        return ()
    if not isinstance(table, dict):
        raise err("slots must be a table of role = [conditions]")
    specs = []
    for role, conds in table.items():
        if role not in _SLOT_ROLES:
            raise err(f"unknown slot role {role!r} (known: {', '.join(_SLOT_ROLES)})")
        parsed = []
        for cond in _strs(conds, f"slots.{role}", err):
            feats = frozenset(f.strip() for f in cond.split("&"))
            bad = [f for f in feats if not _SLOT_FEATURE.match(f)]
            if bad:
                raise err(f"slots.{role}: unknown condition {bad[0]!r}")
            parsed.append(feats)
        specs.append(SlotSpec(role, tuple(parsed)))
    return tuple(specs)


def load_pack(folder: Path) -> Pack:
    """The pack in ``folder``, parsed and checked; loaded from :mod:`eventx.cache`
    when neither its files (by content) nor eventx's code changed.

    Why cache: parsing and checking the built-in TOML files is a tenth of the
    work a fresh process does beyond spaCy's own start.  A pack with errors
    raises while parsing and is never stored."""
    return cache.cached(f"pack_{_safe(folder.name)}", _pack_key(folder), lambda: _parse_pack(folder))


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", name)[:40] or "pack"


def _pack_files(folder: Path) -> list[Path]:
    return [folder / "pack.toml", *sorted(p for p in folder.glob("*.toml") if p.name != "pack.toml")]


def _pack_key(folder: Path) -> str | None:
    """What a parsed pack depends on: its folder, its files' names and bytes, the code."""
    if not cache.enabled():
        return None
    try:
        parts = [str(folder.resolve())]
        for f in _pack_files(folder):
            parts += [f.name, f.read_text(encoding="utf-8")]
        return cache.digest("pack", cache.code_digest(), *parts)
    except (OSError, UnicodeDecodeError):
        return None  # _parse_pack reports it


def _parse_pack(folder: Path) -> Pack:
    manifest_path = folder / "pack.toml"
    manifest, _ = _read(manifest_path)
    meta = manifest.get("pack")
    if not isinstance(meta, dict) or not isinstance(meta.get("name"), str):
        raise RulePackError("pack.toml needs a [pack] table with a name", file=str(manifest_path))
    name = meta["name"]
    classes: dict[str, WordClass] = {}
    rules: list[Rule] = []
    cues: list[Cue] = []
    cue_where: list[tuple[str, int | None]] = []  # file and line of each cue
    slot_defaults: dict[str, tuple[SlotSpec, ...]] = {}
    for path in _pack_files(folder):
        data, raw = _read(path)
        fname = str(path)

        def ferr(msg: str, line: int | None = None, rule: str | None = None,
                 fname: str = fname) -> RulePackError:
            return RulePackError(msg, file=fname, line=line, rule=rule)

        unknown = set(data) - {"pack", "class", "rule", "cue", "slots"}
        if unknown:
            k = sorted(unknown)[0]
            raise ferr(f"unknown top-level table {k!r}", _line_of(raw, k))
        for cname, c in (data.get("class") or {}).items():
            line = _line_of(raw, f"[class.{cname}]")
            e = _prefixed(ferr, f"class {cname}: ", line)
            if not isinstance(c, dict):
                raise e("must be a table")
            classes[cname] = WordClass(cname, _strs(c.get("words"), "words", e),
                                       c.get("subtype"), c.get("unit"),
                                       _strs(c.get("shadows"), "shadows", e))
        for c in data.get("cue") or []:
            value = c.get("value") if isinstance(c, dict) else None
            line = _line_of(raw, f'value = "{value}"')
            if value not in _CUE_VALUES:
                raise ferr(f"unknown cue value {value!r} (known: {', '.join(sorted(_CUE_VALUES))})",
                           line)
            side = c.get("side", "before")
            if side not in ("before", "after", "both"):
                raise ferr(f"cue {value}: side must be before, after or both", line)
            e = _prefixed(ferr, f"cue {value}: ", line)
            types = _strs(c.get("types"), "types", e)
            bad = [t for t in types if t not in EVENT_TYPES]
            if bad:
                raise e(f"unknown event type {bad[0]!r}")
            rids = _strs(c.get("rules"), "rules", e)
            kinds = _strs(c.get("kinds"), "kinds", e)
            if any(k not in _CUE_KINDS for k in kinds):
                raise e(f"kinds must be among {', '.join(_CUE_KINDS)}")
            literal = c.get("literal", False)
            if not isinstance(literal, bool):
                raise e("literal must be true or false")
            forms = _strs(c.get("forms"), "forms", e)
            if any(f not in _FORM_POS for f in forms):
                raise e(f"forms must be among {', '.join(_FORM_POS)}")
            outcome = c.get("outcome", False)
            if not isinstance(outcome, bool):
                raise e("outcome must be true or false")
            if outcome and value != "suppress":
                raise e("outcome: only a suppress cue reaches a trigger told as an outcome")
            if outcome and side == "after":
                raise e("outcome: the cue stands before the outcome verb (side before or both)")
            accident = c.get("accident", False)
            if not isinstance(accident, bool):
                raise e("accident must be true or false")
            if accident and value != "suppress":
                raise e("accident: only a suppress cue drops an accident's deed")
            cues.append(Cue(_strs(c.get("words"), "words", e), value, side,
                            int(c.get("window", 3)), types, rids, kinds, literal,
                            _strs(c.get("blocked_by"), "blocked_by", e),
                            _strs(c.get("skips"), "skips", e), forms,
                            _strs(c.get("classes"), "classes", e),
                            tuple(normalize_text(w) for w in
                                  _strs(c.get("not_preceded_by"), "not_preceded_by", e)),
                            outcome, accident))
            cue_where.append((fname, line))
        for etype, table in (data.get("slots") or {}).items():
            line = _line_of(raw, f"[slots.{etype}]")
            if etype not in EVENT_TYPES:
                raise ferr(f"slots for unknown event type {etype!r}", line)
            slot_defaults[etype] = _slots(table, _prefixed(ferr, "", line))
        for r in data.get("rule") or []:
            rules.append(_rule(r, name, fname, raw, ferr))
    # a cue names rules as the pack does (attack.assail); another pack's by their
    # full id (core.attack.assail)
    local = {r.id for r in rules}
    cues = [attrs.evolve(c, rules=tuple(f"{name}.{r}" if f"{name}.{r}" in local else r
                                        for r in c.rules)) if c.rules else c
            for c in cues]
    for cue, (cfile, cline) in zip(cues, cue_where, strict=True):
        for cname in (*cue.blocked_by, *cue.skips, *cue.classes):
            if cname not in classes:
                raise RulePackError(f"cue {cue.value}: unknown word class {cname!r}",
                                    file=cfile, line=cline)
    for rule in rules:
        for cname in (*rule.requires, *rule.excludes, *rule.subtype_from):
            if cname not in classes:
                raise RulePackError(f"unknown word class {cname!r}", file=rule.file,
                                    line=rule.line, rule=rule.id)
    return Pack(name, str(meta.get("version", "0")), str(meta.get("description", "")),
                str(folder), tuple(classes.values()), tuple(rules), tuple(cues), slot_defaults)


def _prefixed(ferr: Callable[..., RulePackError], prefix: str,
              line: int | None) -> Callable[[str], RulePackError]:
    """An error factory that says where (file, line) and what (class, cue)."""
    def make(msg: str) -> RulePackError:
        return ferr(prefix + msg, line)

    return make


def _rule(r: Any, pack: str, fname: str, raw: str, ferr: Any) -> Rule:
    if not isinstance(r, dict) or not isinstance(r.get("id"), str) or not r["id"].strip():
        raise ferr("every [[rule]] needs an id")
    rid = r["id"] if r["id"].startswith(pack + ".") else f"{pack}.{r['id']}"
    line = _line_of(raw, f'"{r["id"]}"')

    def err(msg: str) -> RulePackError:
        return RulePackError(msg, file=fname, line=line, rule=rid)

    unknown = set(r) - _RULE_KEYS
    if unknown:
        raise err(f"unknown field {sorted(unknown)[0]!r}")
    if r.get("type") not in EVENT_TYPES:
        raise err(f"unknown event type {r.get('type')!r} (known: {', '.join(EVENT_TYPES)})")
    verbs, nouns = _strs(r.get("verbs"), "verbs", err), _strs(r.get("nouns"), "nouns", err)
    plurals, phrases = _strs(r.get("plurals"), "plurals", err), _strs(r.get("phrases"), "phrases", err)
    pattern_src = _strs(r.get("patterns"), "patterns", err)
    if not (verbs or nouns or plurals or phrases or pattern_src):
        raise err("a rule needs trigger words (verbs, nouns, plurals, phrases or patterns)")
    patterns = tuple(compile_pattern(normalize_text(p), rule=rid, file=fname,
                                     line=_line_of(raw, p[:20]) or line) for p in pattern_src)
    examples = []
    for kind in ("example", "negative"):
        for ex in r.get(kind) or []:
            if not isinstance(ex, dict) or not isinstance(ex.get("text"), str):
                raise err(f"each [[rule.{kind}]] needs a text")
            expect = ex.get("expect", {}) if kind == "example" else None
            if expect is not None and not isinstance(expect, dict):
                raise err("expect must be a table")
            examples.append(Example(ex["text"], ex.get("reference_date"), expect,
                                    _line_of(raw, ex["text"][:30])))
    try:
        window = int(r.get("window", 8))
        place_window = int(r.get("place_window", 14 if r["type"] in SECURITY_TYPES else 8))
        priority = int(r.get("priority", _TYPE_PRIORITY.get(r["type"], 50)))
        confidence = float(r.get("confidence", 0.7))
    except (TypeError, ValueError):
        raise err("window and priority must be integers, confidence a number") from None
    if not 0.0 <= confidence <= 1.0:
        raise err("confidence must lie in [0, 1]")
    yields_to = _strs(r.get("subordinate_to"), "subordinate_to", err)
    bare_toll = r.get("bare_toll", False)
    if not isinstance(bare_toll, bool):
        raise err("bare_toll must be true or false")
    if bare_toll and not (r.get("absorbable", False) or r.get("absorb_only", False)):
        raise err("bare_toll: only a toll that joins an incident (absorbable or absorb_only) "
                  "joins a look-alike")
    if any(t not in EVENT_TYPES for t in yields_to):
        raise err(f"subordinate_to names an unknown event type (known: {', '.join(EVENT_TYPES)})")
    return Rule(
        id=rid, pack=pack, type=r["type"], subtype=r.get("subtype"), verbs=verbs, nouns=nouns,
        plurals=plurals, phrases=phrases, patterns=patterns,
        requires=_strs(r.get("requires"), "requires", err),
        excludes=_strs(r.get("excludes"), "excludes", err),
        subtype_from=_strs(r.get("subtype_from"), "subtype_from", err),
        window=window, place_window=place_window, subordinate=bool(r.get("subordinate", False)),
        absorbable=bool(r.get("absorbable", False) or r.get("absorb_only", False)),
        priority=priority, confidence=confidence,
        slots=_slots(r.get("slots"), err), examples=tuple(examples), file=fname, line=line,
        absorb_only=bool(r.get("absorb_only", False)),
        document_excludes=bool(r.get("document_excludes", False)),
        requires_after=bool(r.get("requires_after", False)),
        requires_object=bool(r.get("requires_object", False)),
        subordinate_to=yields_to, bare_toll=bare_toll,
    )
