#!/usr/bin/env bash
# Cross-checks engage's analysis against scipy/statsmodels (ANALYSIS.md): exports real reports with
# their per-post fields, recomputes every comparison (n, medians, U, p, δ), the BH adjustment over the
# whole family, every Kruskal–Wallis test, the performance index, the features and every model, and
# exits non-zero on any mismatch.
#
#   Tests/scipy-check/run.sh            the Obama file (../shared/corpora) and an invented feed,
#                                       exported through the test target ScipyExportTests
#   Tests/scipy-check/run.sh --cli PATH…  through the command line: `engage audit --format json`
#                                       (its "analysis" object) and `engage export` on PATH…
#   Tests/scipy-check/run.sh --ci       both, without building (Tests/run.sh built everything): the
#                                       test target's exports and the CLI on the committed samples
#
# Python runs in a venv under .build/ (created on first use; PyPI must be reachable then). In --ci mode a
# failed install is reported and the check skipped (it says why); a mismatch always fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=test
case "${1:-}" in
  --cli) MODE=cli; shift ;;
  --ci) MODE=ci; shift ;;
esac
VENV=.build/scipy-check-venv
if ! "$VENV/bin/python" -c "import scipy, statsmodels" 2>/dev/null; then
  if ! { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q -r Tests/scipy-check/requirements.txt; }; then
    if [ "$MODE" = ci ]; then
      echo "scipy-check: skipped: could not create the Python venv with scipy and statsmodels (python3-venv missing or PyPI unreachable)" >&2
      exit 0
    fi
    echo "scipy-check: could not create the Python venv with scipy and statsmodels" >&2
    exit 1
  fi
fi
OUT="$PWD/.build/scipy-check-out"
rm -rf "$OUT"
mkdir -p "$OUT"

# cli NAME PATH…: `engage audit --format json` (its "analysis" object) and `engage export` into $OUT/NAME
cli() {
  local name=$1; shift
  mkdir -p "$OUT/$name"
  .build/debug/engage audit --format json "$@" > "$OUT/$name/audit.json"
  "$VENV/bin/python" - "$OUT/$name" <<'PY'
import json, sys
d = sys.argv[1]
audit = json.load(open(f"{d}/audit.json"))
if "analysis" not in audit:
    sys.exit("scipy-check: `engage audit --format json` has no \"analysis\" object")
json.dump(audit["analysis"], open(f"{d}/analysis.json", "w"))
PY
  .build/debug/engage export "$@" > "$OUT/$name/export.jsonl"
}

case "$MODE" in
  cli)
    swift build --product engage
    cli cli "$@"
    ;;
  test)
    ENGAGE_SCIPY_CHECK_DIR="$OUT" swift test --filter ScipyExportTests
    ;;
  ci)
    ENGAGE_SCIPY_CHECK_DIR="$OUT" swift test --skip-build --filter ScipyExportTests
    cli cli-x-archive corpora/x/sample-archive.zip
    cli cli-api-feed corpora/api/competitor-flat.jsonl
    cli cli-csv-feed corpora/csv/competitor-posts.csv
    ;;
esac
dirs=()
for d in "$OUT"/*/; do [ -f "$d/analysis.json" ] && dirs+=("${d%/}"); done
"$VENV/bin/python" -W ignore Tests/scipy-check/check.py "${dirs[@]}"
