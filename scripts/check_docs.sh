#!/bin/sh
# Build the documentation in strict mode (a broken link, a missing page or a
# page left out of the nav fails) and check that docs/types.md shows the
# mapping table of src/eventx/data/mapping.toml.
# NB: no --quiet: in MkDocs 1.6 it hides the warnings that --strict counts.
set -eu
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
if ! out="$(NO_MKDOCS_2_WARNING=1 "$PY" -m mkdocs build --strict --site-dir "$site" 2>&1)"; then
    printf '%s\n' "$out" | grep -v '^INFO' >&2
    exit 1
fi
"$PY" - <<'PYCODE'
import sys
from pathlib import Path
from eventx.export import mapping_markdown
if mapping_markdown() not in Path("docs/types.md").read_text(encoding="utf-8"):
    sys.exit("docs/types.md is out of date: run python -m eventx.export docs/types.md")
PYCODE
echo "docs ok"
