#!/usr/bin/env bash
# Speed and memory of the API/scraper readers and of joining (Corpus), in one run:
#   - engage inspect / export on a large twarc2 capture (pages and flattened),
#   - the same file through Python's json module (a reference) and a grep byte scan,
#   - engage inspect on an archive plus a reply capture (records merged and joined in memory).
# Usage: Benchmarks/api.sh [TWEETS] [ARCHIVE_TWEETS]   (defaults 200000 and 1000000; 0 skips the archive)
set -euo pipefail
cd "$(dirname "$0")/.."
TWEETS=${1:-200000}
ARCHIVE_TWEETS=${2:-1000000}
OUT=Benchmarks/out
mkdir -p "$OUT"
SHARED=${ENGAGE_SHARED_CORPORA:-../shared/corpora}
TOOLS=$(dirname "$SHARED")/tools

swift build -c release --product engage >/dev/null
ENGAGE=.build/release/engage

PAGES="$OUT/twarc-$TWEETS.jsonl"
FLAT="$OUT/twarc-flat-$TWEETS.jsonl"
[ -f "$PAGES" ] || python3 Benchmarks/make-twarc-capture.py "$SHARED/x/api-v2-twarc" "$PAGES" "$TWEETS"
[ -f "$FLAT" ] || python3 Benchmarks/make-twarc-capture.py "$SHARED/x/api-v2-twarc" "$FLAT" "$TWEETS" --flat
ARCHIVE="$OUT/archive-$ARCHIVE_TWEETS.zip"
[ "$ARCHIVE_TWEETS" = 0 ] || [ -f "$ARCHIVE" ] || python3 "$TOOLS/make-x-archive" --tweets "$ARCHIVE_TWEETS" --out "$ARCHIVE" --seed 5 --part-size 400000 >/dev/null

cat > "$OUT/json-reference.py" <<'PY'
import json, sys
n = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        page = json.loads(line)
        data = page.get("data")
        if data is None and "id" in page:
            data = [page]
        for t in data or []:
            n += 1
            _ = (t.get("id"), t.get("text"), t.get("author_id"), t.get("public_metrics"), t.get("referenced_tweets"))
print(n)
PY

# name, input, command…: prints wall and CPU seconds, MB/s and tweets/s (wall), peak RSS.
measure() {
  local name=$1 input=$2; shift 2
  local bytes; bytes=$(stat -c %s "$input")
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %U %M" -o "$log" "$@" >/dev/null
  read -r secs user kb <"$log"
  rm -f "$log"
  awk -v n="$name" -v s="$secs" -v u="$user" -v kb="$kb" -v b="$bytes" -v t="$TWEETS" \
    'BEGIN { printf "%-44s %7.2f s wall %7.2f s cpu %7.1f MB/s %8.0f tweets/s %6.0f MB RSS\n", n, s, u, b/1e6/s, t/s, kb/1024 }'
}

echo "input: $PAGES ($(du -h "$PAGES" | cut -f1), $TWEETS tweets); $FLAT ($(du -h "$FLAT" | cut -f1))"
measure "grep -c '\"author_id\"' (byte scan)" "$PAGES" grep -c '"author_id"' "$PAGES"
measure "python json (reference), pages" "$PAGES" python3 "$OUT/json-reference.py" "$PAGES"
measure "engage inspect, pages" "$PAGES" "$ENGAGE" inspect "$PAGES"
measure "engage export, pages" "$PAGES" "$ENGAGE" export "$PAGES"
measure "python json (reference), flattened" "$FLAT" python3 "$OUT/json-reference.py" "$FLAT"
measure "engage inspect, flattened" "$FLAT" "$ENGAGE" inspect "$FLAT"
[ "$ARCHIVE_TWEETS" = 0 ] && exit 0
echo "archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1), $ARCHIVE_TWEETS tweets)"
TWEETS=$ARCHIVE_TWEETS measure "engage inspect archive (streaming)" "$ARCHIVE" "$ENGAGE" inspect "$ARCHIVE"
TWEETS=$ARCHIVE_TWEETS measure "engage inspect archive + capture (Corpus)" "$ARCHIVE" "$ENGAGE" inspect "$ARCHIVE" "$PAGES"
