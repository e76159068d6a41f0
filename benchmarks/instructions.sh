#!/bin/sh
# Instructions of one warm extraction pass (benchmarks/warm_pass.py), counted by
# callgrind: reproducible to the instruction, where wall-clock time is not.
#
#   sh benchmarks/instructions.sh [PYTHON] [DOCS]      (default .venv/bin/python, 300)
#
# Three things made the count move by up to 1.5% between runs of one commit, and are
# fixed here: address-space randomisation (setarch -R: sets of objects hash by
# address), string hashing (PYTHONHASHSEED), and an eventx cache shared with other
# processes that prune its entries (a private one per interpreter, filled before
# the measured run).  Needs valgrind; compare commits by pointing PYTHONPATH at
# another checkout's src/.
set -eu
PY=${1:-.venv/bin/python}
DOCS=${2:-300}
HERE=$(cd "$(dirname "$0")" && pwd)
export PYTHONHASHSEED=0
EVENTX_CACHE_DIR=${TMPDIR:-/tmp}/eventx-instructions/$(printf '%s' "$(cd "$(dirname "$PY")" && pwd)${PYTHONPATH:-}" | md5sum | cut -c1-12)
export EVENTX_CACHE_DIR
mkdir -p "$EVENTX_CACHE_DIR"
"$PY" -c "import eventx; eventx.default_extractor().extract('x')" >/dev/null
OUT=$(mktemp)
setarch "$(uname -m)" -R valgrind --tool=callgrind --collect-atstart=no \
    --toggle-collect='functools_reduce*' --callgrind-out-file="$OUT" \
    "$PY" "$HERE/warm_pass.py" --docs "$DOCS" 2>&1 | sed -n 's/.*Collected : /instructions: /p'
rm -f "$OUT"
