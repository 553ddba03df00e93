#!/usr/bin/env bash
# Times the analysis stage (release build) on invented feeds of 10k, 100k and 1M posts: bootstrap
# (B = 2,000 per comparison), permutation tests (B = 10,000), NB2 models and the gate included.
# Prints wall time per phase (ENGAGE_TIMING=1), total CPU time and peak memory.
#   Benchmarks/analysis.sh [POSTS…]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product engage-bench-analysis >/dev/null
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  echo "== $n posts"
  ENGAGE_TIMING=1 /usr/bin/time -f "  cpu %U s user + %S s system, wall %e s, peak %M KB" \
    .build/release/engage-bench-analysis --posts "$n"
done
