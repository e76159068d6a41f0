#!/bin/sh
# Instructions of one warm extraction pass (benchmarks/warm_pass.py), counted by
# callgrind: reproducible to the instruction, where wall-clock time is not.
#
#   sh benchmarks/instructions.sh [PYTHON] [DOCS] [CORPUS] [WARM_PASS_OPTIONS...]
#       (defaults: .venv/bin/python, 300, ../shared/corpus/articles.jsonl beside the checkout;
#        give CORPUS from a worktree or clone that does not sit beside shared/, "" for the
#        default; e.g. --frozen counts the pass as `eventx batch` runs it)
#
# A first run of a commit counted up to 1.5% more than later ones: cache entries
# that eventx builds lazily (and then keeps on disk) were built inside the measured
# pass.  So the same pass runs once natively first, with a private cache (other
# processes prune a shared one).  Hash seed and address layout are fixed too
# (PYTHONHASHSEED, setarch -R), so nothing else varies between runs.  Needs
# valgrind; compare commits by pointing PYTHONPATH at another checkout's src/.
set -eu
PY=${1:-.venv/bin/python}
DOCS=${2:-300}
CORPUS=${3:-}
if [ $# -gt 3 ]; then shift 3; else set --; fi
if [ -n "$CORPUS" ]; then set -- --corpus "$CORPUS" "$@"; fi
HERE=$(cd "$(dirname "$0")" && pwd)
export PYTHONHASHSEED=0
EVENTX_CACHE_DIR=${TMPDIR:-/tmp}/eventx-instructions/$(printf '%s' "$(cd "$(dirname "$PY")" && pwd)${PYTHONPATH:-}" | md5sum | cut -c1-12)
export EVENTX_CACHE_DIR
mkdir -p "$EVENTX_CACHE_DIR"
"$PY" "$HERE/warm_pass.py" --docs "$DOCS" "$@" >/dev/null  # fills every lazily built cache entry
OUT=$(mktemp)
setarch "$(uname -m)" -R valgrind --tool=callgrind --collect-atstart=no \
    --toggle-collect='functools_reduce*' --callgrind-out-file="$OUT" \
    "$PY" "$HERE/warm_pass.py" --docs "$DOCS" "$@" 2>&1 | sed -n 's/.*Collected : /instructions: /p'
rm -f "$OUT"
