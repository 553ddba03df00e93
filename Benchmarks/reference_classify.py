#!/usr/bin/env python3
"""Reference speeds for Benchmarks/classify.sh, measured on the same texts in the same run.

1. regex: every pattern of the default rulebook translated to Python's `re` and run on every text (no
   prefilter): what a straightforward regex classifier costs.
2. literal scan: one Aho-Corasick automaton (pyahocorasick, a C extension) over the rulebook's phrases and
   literals: the cost of the scan alone, the lower bound of a prefilter design.

Usage: reference_classify.py RULES_DIR TEXTS.jsonl
"""
import glob
import json
import re
import sys
import time

import yaml

MACROS = {
    "{num}": r"\d+(?:\.\d+)?",
    "{url}": r"(?:https?://|www\.)[^ ]+",
    "{mention}": r"@[a-z0-9_]+",
    "{hashtag}": r"#\w+",
    "{word}": r"[^ ]+",
}


def translate(pattern):
    p = pattern
    for k, v in MACROS.items():
        p = p.replace(k, "(?:" + v + ")")
    p = re.sub(r"\{words:(\d+)-(\d+)\}", r"(?:[^ ]+ ){\1,\2}", p)
    # engage matches whole words only.
    return r"(?<!\w)(?:" + p + r")(?!\w)"


def load(rules_dir):
    patterns, literals = [], set()
    for path in sorted(glob.glob(rules_dir + "/*.yaml")):
        doc = yaml.safe_load(open(path, encoding="utf-8"))
        for rule in doc.get("rules") or []:
            ps = rule.get("pattern") or []
            for p in [ps] if isinstance(ps, str) else ps:
                try:
                    patterns.append(re.compile(translate(p)))
                except re.error:
                    pass
                for lit in re.findall(r"[a-z][a-z' ]{3,}[a-z]", p):
                    literals.add(lit)
            for ph in rule.get("phrases") or []:
                literals.add(str(ph).lower())
                patterns.append(re.compile(r"(?<!\w)" + re.escape(str(ph).lower()) + r"(?!\w)"))
    return patterns, literals


def main():
    rules_dir, texts_path = sys.argv[1], sys.argv[2]
    texts = [json.loads(l)["text"].lower() for l in open(texts_path, encoding="utf-8")]
    patterns, literals = load(rules_dir)
    sample = texts[:20000]
    t0 = time.process_time()
    hits = 0
    for t in sample:
        for p in patterns:
            if p.search(t):
                hits += 1
    dt = time.process_time() - t0
    print(f"python re, {len(patterns)} patterns, no prefilter: {len(sample) / dt:10.0f} texts/s "
          f"({dt / len(sample) * 1e6:.1f} µs/text CPU, on {len(sample)} texts)")
    try:
        import ahocorasick
    except ImportError:
        print("pyahocorasick not installed: literal-scan reference skipped")
        return
    a = ahocorasick.Automaton()
    for i, lit in enumerate(sorted(literals)):
        a.add_word(lit, i)
    a.make_automaton()
    t0 = time.process_time()
    n = 0
    for t in texts:
        for _ in a.iter(t):
            n += 1
    dt = time.process_time() - t0
    print(f"pyahocorasick scan, {len(literals)} literals:      {len(texts) / dt:10.0f} texts/s "
          f"({dt / len(texts) * 1e6:.2f} µs/text CPU, on {len(texts)} texts)")


if __name__ == "__main__":
    main()
