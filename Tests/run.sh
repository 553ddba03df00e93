#!/usr/bin/env bash
# The project's whole test suite, as the README gives it and CI runs it:
#   1. every Swift test (unit, golden files, CLI end to end; real files from ../shared/corpora when present);
#   2. `engage rules test`: every rule's matching / non-matching examples, from the command line;
#   3. the scipy/statsmodels cross-check of the analysis (Python in a venv under .build/).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build
.build/debug/engage rules test
Tests/scipy-check/run.sh --ci
