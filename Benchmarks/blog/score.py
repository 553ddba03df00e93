#!/usr/bin/env python3
"""Scores comment extraction against the hand-written ground truth in labels.json, for engage and trafilatura.

Measures, over every labelled comment of every page (Readability's test pages and the project's fixtures):
- recall: the share of ground-truth comment text that the tool outputs as comments. Text is compared as word
  5-grams (NFKC, lower case, words = \\w+; a comment shorter than 5 words is one n-gram of all its words); a
  comment contributes its n-gram count, so recall is length-weighted: sum over comments of (n-grams found in the
  tool's comment output for that page) / sum of n-grams.
- leak: the same share, found in the tool's BODY output (comment text that leaked into the article text). A
  comment that quotes the article shares a few n-grams with it; "comments in body" counts the comments with at
  least half of their n-grams in the body output, which quoting does not reach.
- precision: the share of the tool's comment-output n-grams that belong to a labelled comment of that page
  (boilerplate or article text reported as comments lowers it). N-grams are taken within each output record
  (engage: each comment; trafilatura: its one comments block), never across two records.
- records: comment records the tool gives (engage: one per comment; trafilatura: one flat block per page that
  has comment output) against labelled comments; "comments found" = comments with >= 90% of their n-grams
  in the tool's comment output.

    score.py labels.json SHARED_CORPORA REPO engage.jsonl trafilatura.json
engage.jsonl: `engage export` of the page folder (the page file is in source.file); trafilatura.json: from
trafilatura_pages.py --extract. Pages are matched by file name (the folder holds <name>.html copies).
"""
import json, re, sys, unicodedata, os

N = 5

def words(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"\w+", s)

def grams(s):
    w = words(s)
    if not w:
        return []
    if len(w) < N:
        return [tuple(w)]
    return [tuple(w[i:i + N]) for i in range(len(w) - N + 1)]

def gramset(texts):
    """The n-grams of each text (never across two texts) and the texts' words joined, for short comments."""
    if isinstance(texts, str):
        texts = [texts]
    out, joined = set(), []
    for t in texts:
        w = words(t)
        out.update(tuple(w[i:i + N]) for i in range(max(0, len(w) - N + 1)))
        joined.append(" ".join(w))
    # short comments are matched as a contiguous run of their words
    return out, " " + " | ".join(joined) + " "

def found(g, tset, tjoined):
    return g in tset if len(g) == N else (" " + " ".join(g) + " ") in tjoined

def score(pages, outputs):
    tot = rec = leak = 0
    found_comments = labelled = records = in_body = 0
    out_grams = out_in_labels = 0
    for page, comments in pages:
        o = outputs.get(page, {"body": "", "comments": [], "records": 0})
        cset, cjoin = gramset(o["comments"])
        bset, bjoin = gramset(o["body"])
        records += o["records"]
        labelled += len(comments)
        label_grams = set()
        for c in comments:
            gs = grams(c)
            label_grams.update(gs)
            hit = sum(1 for g in gs if found(g, cset, cjoin))
            tot += len(gs)
            rec += hit
            leaked = sum(1 for g in gs if found(g, bset, bjoin))
            leak += leaked
            if gs and leaked >= 0.5 * len(gs):
                in_body += 1
            if gs and hit >= 0.9 * len(gs):
                found_comments += 1
        og = [g for t in o["comments"] for g in grams(t)]
        out_grams += len(og)
        lj = " " + " || ".join(" ".join(g) for g in label_grams) + " "
        out_in_labels += sum(1 for g in og if (g in label_grams if len(g) == N else (" " + " ".join(g) + " ") in lj))
    return {"recall": rec / tot if tot else None, "leak": leak / tot if tot else None,
            "precision": out_in_labels / out_grams if out_grams else None,
            "comments_found": found_comments, "comments_in_body": in_body, "comments_labelled": labelled,
            "comment_records": records}

def main():
    labels_path, shared, repo, engage_path, traf_path = sys.argv[1:6]
    labels = json.load(open(labels_path))
    pages = []
    for p in labels["pages"]:
        name = p["page"].split(":", 1)[1]
        key = name.replace("html/mozilla-readability/", "").replace("/source.html", "").replace("corpora/html/", "").replace(".html", "")
        pages.append((key, p["comments"]))
    # engage: group records by page file
    eng = {}
    for line in open(engage_path):
        r = json.loads(line)
        key = os.path.basename(r["source"]["file"].split(":")[-1]).replace(".html", "")
        e = eng.setdefault(key, {"body": "", "comments": [], "records": 0})
        if r.get("commentType"):
            e["comments"].append(r["text"])
            e["records"] += 1
        else:
            e["body"] += "\n" + r["text"]
    traf = {}
    for path, o in json.load(open(traf_path)).items():
        key = os.path.basename(path).replace(".html", "")
        traf[key] = {"body": o["body"], "comments": [o["comments"]], "records": 1 if o["comments"].strip() else 0}
    print(json.dumps({"engage": score(pages, eng), "trafilatura": score(pages, traf)}))

if __name__ == "__main__":
    main()
