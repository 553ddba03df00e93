#!/usr/bin/env python3
"""Writes a large twarc2 capture for benchmarking engage's API reader: the pages of the real twarc test
captures (../shared/corpora/x/api-v2-twarc) repeated with every id shifted, so each copy holds new tweets and
users. Usage: make-twarc-capture.py SOURCE_DIR OUT.jsonl TWEETS [--flat]"""
import json, re, sys

src, out, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
flat = "--flat" in sys.argv
pages = []
for name in ("brexit.jsonl", "noflat.jsonl", "withheld.jsonl", "entities_test.jsonl"):
    with open(f"{src}/{name}") as f:
        pages += [line.rstrip("\n") for line in f if line.strip()]
if flat:
    with open(f"{src}/flat.jsonl") as f:
        pages = [line.rstrip("\n") for line in f if line.strip()]
ids = re.compile(r'"(\d{6,19})"')
written = 0
copy = 0
with open(out, "w") as o:
    while written < want:
        shift = copy * 10**4
        for p in pages:
            line = ids.sub(lambda m: '"%d"' % (int(m.group(1)) + shift), p)
            o.write(line + "\n")
            written += 1 if flat else len(json.loads(p).get("data", []) or [])
            if written >= want:
                break
        copy += 1
print(f"{out}: {written} tweets")
