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
#
# Python runs in a venv under .build/ (created on first use; PyPI must be reachable then).
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=.build/scipy-check-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import scipy, statsmodels" 2>/dev/null; then
  "$VENV/bin/pip" install -q -r Tests/scipy-check/requirements.txt
fi
OUT="$PWD/.build/scipy-check-out"
rm -rf "$OUT"
mkdir -p "$OUT"
if [ "${1:-}" = "--cli" ]; then
  shift
  swift build --product engage
  mkdir -p "$OUT/cli"
  .build/debug/engage audit --format json "$@" > "$OUT/cli/audit.json"
  "$VENV/bin/python" - "$OUT/cli" <<'PY'
import json, sys
d = sys.argv[1]
audit = json.load(open(f"{d}/audit.json"))
if "analysis" not in audit:
    sys.exit("scipy-check: `engage audit --format json` has no \"analysis\" object yet")
json.dump(audit["analysis"], open(f"{d}/analysis.json", "w"))
PY
  .build/debug/engage export "$@" > "$OUT/cli/export.jsonl"
else
  ENGAGE_SCIPY_CHECK_DIR="$OUT" swift test --filter ScipyExportTests
fi
dirs=()
for d in "$OUT"/*/; do [ -f "$d/analysis.json" ] && dirs+=("${d%/}"); done
"$VENV/bin/python" -W ignore Tests/scipy-check/check.py "${dirs[@]}"
