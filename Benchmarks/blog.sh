#!/usr/bin/env bash
# Benchmark: engage on blog exports and saved blog pages, against trafilatura, in one run.
#
#   Benchmarks/blog.sh                      # ~1 GB generated WXR + the labelled page set
#   WXR_MB=100 COPIES=10 RUNS=1 Benchmarks/blog.sh   # a quick run
#   PARTS="pages quality" Benchmarks/blog.sh        # skip the WXR part
#
# Measures, with a release build and /usr/bin/time (wall time, peak RSS):
#   1. WXR: `engage inspect` on a generated WordPress export of WXR_MB megabytes (Benchmarks/blog/make-wxr.py,
#      kept in Benchmarks/out/ between runs): MB/s and peak RSS (streaming: RSS must stay far below the file
#      size), and that the counts engage reports equal the generator's.
#   2. Saved pages, speed: the labelled page set (Readability's 7 test pages + 7 project fixtures, see
#      Benchmarks/blog/labels.json) copied COPIES times into one folder; `engage export` of the folder vs
#      trafilatura's bare_extraction(include_comments=True) on every file (trafilatura_pages.py; extraction time
#      only, imports excluded). pages/s. engage is timed twice: `inspect` (read and extract every record, print a
#      summary: the work trafilatura's figure covers) and `export` (the same plus writing every record as JSON).
#   3. Saved pages, quality: comment recall, comment precision, comment text leaked into the body, and comment
#      records, both tools on the same labelled set (definitions in Benchmarks/blog/score.py).
# trafilatura is installed into a venv under Benchmarks/out/ (pip; PyPI). Times are medians of RUNS runs; the
# machine is shared: the load average is printed; compare ratios from the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=Benchmarks/out
WXR_MB=${WXR_MB:-1024}
COPIES=${COPIES:-30}
RUNS=${RUNS:-3}
PARTS=${PARTS:-wxr pages quality}
SHARED=${ENGAGE_SHARED_CORPORA:-../shared/corpora}
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { echo "blog.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
[ -d "$SHARED/html/mozilla-readability" ] || { echo "blog.sh: $SHARED/html/mozilla-readability not found (set ENGAGE_SHARED_CORPORA)" >&2; exit 1; }

# ---------------------------------------------------------------- inputs
WXR=$OUT/bench-${WXR_MB}mb.wxr
if [ ! -e "$WXR.done" ]; then
  echo "generating $WXR …" >&2
  python3 Benchmarks/blog/make-wxr.py "$WXR" --size-mb "$WXR_MB" --seed 7 > "$WXR.counts.json"
  touch "$WXR.done"
fi
PAGES=$OUT/pages           # one copy of each labelled page (for quality)
SPEED=$OUT/pages-x$COPIES  # COPIES copies (for speed)
rm -rf "$PAGES" "$SPEED"
mkdir -p "$PAGES" "$SPEED"
python3 - "$SHARED" "$PAGES" <<'PY'
import json, shutil, sys, os
shared, dest = sys.argv[1], sys.argv[2]
for p in json.load(open("Benchmarks/blog/labels.json"))["pages"]:
    where, rel = p["page"].split(":", 1)
    src = os.path.join(shared, rel) if where == "shared" else rel
    name = rel.replace("html/mozilla-readability/", "").replace("/source.html", "").replace("corpora/html/", "").replace(".html", "")
    shutil.copy(src, os.path.join(dest, name + ".html"))
PY
for i in $(seq 1 "$COPIES"); do for f in "$PAGES"/*.html; do cp "$f" "$SPEED/$(basename "$f" .html)-$i.html"; done; done
NPAGES=$(ls "$SPEED" | wc -l)

# ---------------------------------------------------------------- tools
VENV=$OUT/venv
if ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
  echo "installing trafilatura into $VENV …" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q trafilatura lxml_html_clean
fi
echo "building engage (release) …" >&2
swift build -c release --product engage >&2
ENGAGE=$(swift build -c release --show-bin-path)/engage

# ---------------------------------------------------------------- measuring
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() {  # timed LABEL CMD…: RUNS runs; prints "seconds peak_kb" (medians) and keeps stdout of the last run
  local label=$1; shift
  local secs=() kbs=()
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" > "$OUT/$label.out"
    read -r s k < "$OUT/time.txt"
    secs+=("$s"); kbs+=("$k")
  done
  echo "$(printf '%s\n' "${secs[@]}" | median) $(printf '%s\n' "${kbs[@]}" | median)"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $PARTS " == *" wxr "* ]]; then
WXR_BYTES=$(stat -c %s "$WXR")
read -r S KB <<< "$(timed wxr "$ENGAGE" inspect --format json "$WXR")"
python3 - "$WXR.counts.json" "$OUT/wxr.out" "$WXR_BYTES" "$S" "$KB" <<'PY'
import json, sys
want = json.load(open(sys.argv[1])); got = json.load(open(sys.argv[2]))
size, s, kb = int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
ok = (got["posts"]["total"] == want["published_posts"] and got["replies"]["total"] == want["comments"]
      and got["replies"]["byStatus"] == want["by_status"] and got["replies"]["byKind"] == want["by_kind"])
print(f"WXR  {size/1e6:,.0f} MB, {want['items']:,} items, {want['comments']:,} comments: engage inspect {s:.1f} s = "
      f"{size/1e6/s:,.0f} MB/s, peak RSS {kb/1024:,.0f} MB; counts {'match the generator' if ok else 'DIFFER from the generator'}")
if not ok:
    print("  engage:", got["posts"]["total"], got["replies"]); print("  generator:", want)
PY
fi

if [[ " $PARTS " == *" pages "* ]]; then
# Interleaved runs (engage inspect, engage export, trafilatura) so that load changes hit all three alike;
# wall time and CPU time (user + sys; engage extracts pages on every core, so its CPU time is the sum).
: > "$OUT/pages-times.txt"
for _ in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "inspect %e %U %S %M" -a -o "$OUT/pages-times.txt" "$ENGAGE" inspect "$SPEED" > /dev/null
  /usr/bin/time -f "export %e %U %S %M" -a -o "$OUT/pages-times.txt" "$ENGAGE" export "$SPEED" > /dev/null
  "$VENV/bin/python" Benchmarks/blog/trafilatura_pages.py --speed "$SPEED"/*.html \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print("trafilatura", d["seconds"], d["cpu_seconds"], 0, 0)' \
    >> "$OUT/pages-times.txt"
done
python3 - "$NPAGES" "$OUT/pages-times.txt" <<'PY'
import statistics, sys
n = int(sys.argv[1])
rows = {}
for line in open(sys.argv[2]):
    k, wall, user, sys_, kb = line.split()
    rows.setdefault(k, []).append((float(wall), float(user) + float(sys_), int(kb)))
med = {k: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v), max(r[2] for r in v)) for k, v in rows.items()}
t = med["trafilatura"]
for k, label in [("inspect", "engage inspect"), ("export", "engage export (with JSON output)")]:
    w, c, kb = med[k]
    print(f"Pages {n}: {label}: {n/w:,.0f} pages/s wall, {n/c:,.0f} pages per CPU-second, peak RSS {kb/1024:,.0f} MB; "
          f"vs trafilatura {n/w/(n/t[0]):.1f}x wall, {n/c/(n/t[1]):.1f}x CPU")
print(f"Pages {n}: trafilatura (extraction only): {n/t[0]:,.0f} pages/s wall, {n/t[1]:,.0f} pages per CPU-second")
PY
fi
[[ " $PARTS " == *" quality "* ]] || exit 0
"$ENGAGE" export "$PAGES" > "$OUT/pages-engage.jsonl"
"$VENV/bin/python" Benchmarks/blog/trafilatura_pages.py --extract "$OUT/pages-trafilatura.json" "$PAGES"/*.html
python3 Benchmarks/blog/score.py Benchmarks/blog/labels.json "$SHARED" . "$OUT/pages-engage.jsonl" "$OUT/pages-trafilatura.json" \
  > "$OUT/quality.json"
python3 - "$OUT/quality.json" <<'PY'
import json, sys
q = json.load(open(sys.argv[1]))
pct = lambda v: "n/a" if v is None else f"{100*v:.1f}%"
print(f"{'quality (labelled set)':24} {'engage':>12} {'trafilatura':>12}")
for k, label in [("recall", "comment recall"), ("precision", "comment precision"), ("leak", "comment text in body")]:
    print(f"{label:24} {pct(q['engage'][k]):>12} {pct(q['trafilatura'][k]):>12}")
for k, label in [("comments_found", "comments found (>=90%)"), ("comments_in_body", "comments in body (>=50%)"),
                 ("comment_records", "comment records")]:
    print(f"{label:24} {q['engage'][k]:>12} {q['trafilatura'][k]:>12}   (labelled: {q['engage']['comments_labelled']})")
PY
