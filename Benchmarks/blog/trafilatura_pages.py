#!/usr/bin/env python3
"""Runs trafilatura (the reference extractor) on saved HTML pages for Benchmarks/blog.sh.

    trafilatura_pages.py --speed FILE…        # pages/s: one bare_extraction(include_comments=True) per page
    trafilatura_pages.py --extract OUT.json FILE…   # per page: {"body": text, "comments": comments text}

Speed counts only the extraction calls (files are read into memory first; interpreter start-up and imports are
excluded), so the comparison favours trafilatura slightly.
"""
import json, sys, time
import trafilatura

def extract(html):
    doc = trafilatura.bare_extraction(html, include_comments=True, with_metadata=False)
    if doc is None:
        return "", ""
    d = doc if isinstance(doc, dict) else doc.as_dict()
    return d.get("text") or "", d.get("comments") or ""

def main():
    mode = sys.argv[1]
    if mode == "--speed":
        pages = [open(p, "rb").read() for p in sys.argv[2:]]
        start, cpu = time.perf_counter(), time.process_time()
        for html in pages:
            extract(html)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(json.dumps({"pages": len(pages), "seconds": elapsed, "cpu_seconds": cpu, "pages_per_s": len(pages) / elapsed}))
    elif mode == "--extract":
        out = {}
        for p in sys.argv[3:]:
            body, comments = extract(open(p, "rb").read())
            out[p] = {"body": body, "comments": comments}
        json.dump(out, open(sys.argv[2], "w"), ensure_ascii=False)
    else:
        sys.exit("usage: trafilatura_pages.py --speed FILE… | --extract OUT.json FILE…")

if __name__ == "__main__":
    main()
