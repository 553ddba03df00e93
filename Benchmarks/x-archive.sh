#!/usr/bin/env bash
# Benchmark: engage on X/Twitter archives against reference tools, in one run.
#
#   Benchmarks/x-archive.sh            # 1,000,000-tweet archive (~1.9 GB) + 200,000-tweet 2020 archive
#   TWEETS=100000 SMALL_TWEETS=20000 RUNS=1 Benchmarks/x-archive.sh   # a quick run
#
# Generates the archives with ../shared/tools/make-x-archive into Benchmarks/out/ (ignored by git; kept between
# runs, delete them to regenerate), builds engage in release, installs the references (pysimdjson,
# twitter-to-sqlite) into a venv under Benchmarks/out/, and measures wall time, MB/s, tweets/s, CPU time and peak
# RSS (/usr/bin/time) of:
#   - engage inspect on the folder and on the zip, engage export (to /dev/null), engage audit (whatever it does now);
#   - one byte-scan pass over the same tweets.js (`grep -c '"full_text"'`), the practical limit;
#   - pysimdjson reading the fields engage needs (Benchmarks/simdjson_fields.py);
#   - twitter-to-sqlite importing the 2020-variant archive's tweet.js, and engage inspect on that archive.
# MB/s counts the uncompressed tweets file(s). Times are medians of RUNS runs (twitter-to-sqlite: one run).
# The machine is shared: the load average is printed with the results; compare ratios from the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=Benchmarks/out
TWEETS=${TWEETS:-1000000}
SMALL=${SMALL_TWEETS:-200000}
RUNS=${RUNS:-3}
MXA=${MAKE_X_ARCHIVE:-../shared/tools/make-x-archive}
mkdir -p "$OUT"
[ -x "$MXA" ] || { echo "x-archive.sh: $MXA not found (set MAKE_X_ARCHIVE)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "x-archive.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

# ---------------------------------------------------------------- archives
generate() {  # generate DEST ARGS…: once; a marker file says the output is complete
  local dest=$1; shift
  if [ ! -e "$dest.done" ]; then
    rm -rf "$dest"
    echo "generating $dest …" >&2
    "$MXA" "$@" --out "$dest" --force --quiet
    touch "$dest.done"
  fi
}
BIG=$OUT/x-$TWEETS-2024
SMALL_DIR=$OUT/x-$SMALL-2020
generate "$BIG" --tweets "$TWEETS" --variant 2024 --seed bench
generate "$BIG.zip" --tweets "$TWEETS" --variant 2024 --seed bench
generate "$SMALL_DIR" --tweets "$SMALL" --variant 2020 --seed bench

# ---------------------------------------------------------------- tools
VENV=$OUT/venv
if [ ! -x "$VENV/bin/twitter-to-sqlite" ] || ! "$VENV/bin/python" -c "import simdjson" 2>/dev/null; then
  echo "installing pysimdjson and twitter-to-sqlite into $VENV …" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pysimdjson twitter-to-sqlite
fi
echo "building engage (release) …" >&2
swift build -c release --product engage >&2
ENGAGE=$(swift build -c release --show-bin-path)/engage

# ---------------------------------------------------------------- measuring
BIG_JS=$BIG/data/tweets.js
BIG_BYTES=$(stat -c %s "$BIG_JS")
SMALL_JS=$SMALL_DIR/data/tweet.js
SMALL_BYTES=$(stat -c %s "$SMALL_JS")
OWNER=$(sed -n 's/.*"accountId" : "\([0-9]*\)".*/\1/p' "$BIG/data/manifest.js" | head -1)
cat "$BIG_JS" "$SMALL_JS" > /dev/null  # the page cache holds both for every tool alike

RESULTS=$OUT/results.tsv
: > "$RESULTS"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {  # measure NAME BYTES TWEETS RUNS SINK COMMAND…  (the command's stdout goes to SINK)
  # GNU grep stops at the first match when its output is /dev/null: small outputs go to a file.
  local name=$1 bytes=$2 tweets=$3 runs=$4 sink=$5; shift 5
  local walls=() cpus=() rss=0 i log
  log=$(mktemp)
  for ((i = 0; i < runs; i++)); do
    local status=0
    /usr/bin/time -f "%e %U %S %M" -o "$log" "$@" > "$sink" 2> "$log.err" || status=$?
    # engage exits 3 when part of an input was not read; anything else is a failure
    if [ $status -ne 0 ] && [ $status -ne 3 ]; then
      echo "x-archive.sh: '$name' failed ($status):" >&2; cat "$log.err" >&2; exit 1
    fi
    read -r wall user sys kb < <(tail -1 "$log")
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  rm -f "$log" "$log.err"
  local wall cpu
  wall=$(printf '%s\n' "${walls[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$bytes" "$tweets" "$wall" "$cpu" "$rss" >> "$RESULTS"
  echo "  $name: ${wall}s" >&2
}

echo "measuring ($RUNS runs each) …" >&2
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STDOUT=$OUT/stdout.txt
measure "grep -c '\"full_text\"' (byte scan)" "$BIG_BYTES" "$TWEETS" "$RUNS" "$STDOUT" grep -c '"full_text"' "$BIG_JS"
measure "engage inspect (folder)" "$BIG_BYTES" "$TWEETS" "$RUNS" "$STDOUT" "$ENGAGE" inspect "$BIG"
measure "engage inspect (zip)" "$BIG_BYTES" "$TWEETS" "$RUNS" "$STDOUT" "$ENGAGE" inspect "$BIG.zip"
measure "engage export (folder)" "$BIG_BYTES" "$TWEETS" "$RUNS" /dev/null "$ENGAGE" export "$BIG"
measure "engage audit (folder)" "$BIG_BYTES" "$TWEETS" "$RUNS" "$STDOUT" "$ENGAGE" audit "$BIG"
measure "pysimdjson, needed fields" "$BIG_BYTES" "$TWEETS" "$RUNS" "$STDOUT" "$VENV/bin/python" Benchmarks/simdjson_fields.py "$BIG_JS" "$OWNER"
measure "engage inspect (2020, $SMALL)" "$SMALL_BYTES" "$SMALL" "$RUNS" "$STDOUT" "$ENGAGE" inspect "$SMALL_DIR"
rm -f "$OUT/tts.db"
measure "twitter-to-sqlite import (2020, $SMALL)" "$SMALL_BYTES" "$SMALL" 1 "$STDOUT" \
  sh -c "rm -f '$OUT/tts.db' && '$VENV/bin/twitter-to-sqlite' import '$OUT/tts.db' '$SMALL_JS'"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
echo
echo "X archive benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load average $LOAD_BEFORE → $LOAD_AFTER"
echo "tweets.js: $TWEETS tweets, $BIG_BYTES bytes; 2020 tweet.js: $SMALL tweets, $SMALL_BYTES bytes"
echo
awk -F'\t' '
  { name[NR]=$1; bytes[NR]=$2; tweets[NR]=$3; wall[NR]=$4; cpu[NR]=$5; rss[NR]=$6; if (NR == 1) grep = $4 }
  END {
    printf "%-44s %9s %9s %12s %9s %10s %9s\n", "run", "wall s", "MB/s", "tweets/s", "CPU s", "peak RSS", "× grep"
    for (i = 1; i <= NR; i++) {
      w = wall[i] > 0 ? wall[i] : 0.001
      printf "%-44s %9.2f %9.0f %12.0f %9.2f %8.0f MB %9.1f\n", name[i], wall[i], bytes[i] / 1e6 / w, tweets[i] / w,
             cpu[i], rss[i] / 1024, wall[i] / (grep > 0 ? grep : 0.001)
    }
  }' "$RESULTS"

val() { awk -F'\t' -v n="$1" '$1 == n { print $'"$2"' }' "$RESULTS"; }
GREP=$(val "grep -c '\"full_text\"' (byte scan)" 4)
[ "$(echo "$GREP < 0.01" | bc -l)" = 1 ] && GREP=0.01  # /usr/bin/time counts in hundredths
INSPECT=$(val "engage inspect (folder)" 4)
INSPECT_RSS=$(val "engage inspect (folder)" 6)
SIMD=$(val "pysimdjson, needed fields" 4)
SMALL_INSPECT=$(val "engage inspect (2020, $SMALL)" 4)
TTS=$(val "twitter-to-sqlite import (2020, $SMALL)" 4)
goal() { if [ "$(echo "$2" | bc -l)" = 1 ]; then echo "  met:     $1"; else echo "  NOT MET: $1"; fi; }
echo
echo "goals"
goal "engage inspect within 8x of the byte scan ($(echo "scale=1; $INSPECT / $GREP" | bc -l)x)" "$INSPECT <= 8 * $GREP"
goal "engage inspect faster than pysimdjson ($(echo "scale=1; $SIMD / $INSPECT" | bc -l)x faster)" "$INSPECT < $SIMD"
goal "engage inspect peak RSS <= 1 GB ($((INSPECT_RSS / 1024)) MB)" "$INSPECT_RSS <= 1048576"
goal "engage >= 10x faster than twitter-to-sqlite ($(echo "scale=1; $TTS / $SMALL_INSPECT" | bc -l)x)" "$TTS >= 10 * $SMALL_INSPECT"
