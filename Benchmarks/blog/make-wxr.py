#!/usr/bin/env python3
"""Writes a realistic WordPress WXR 1.2 export of about SIZE megabytes for Benchmarks/blog.sh.

Shape as WordPress 6 writes it (FORMATS.md §5): CDATA around nearly every value, authors first, then items:
posts (~70%) with Gutenberg-commented HTML bodies and 0-40 comments each (threads up to 10 deep, 5% pingbacks,
2% trackbacks; 85% approved, 8% pending, 4% spam, 3% trash; Akismet commentmeta on most), pages, attachments
and menu items, some drafts, some `0000-00-00 00:00:00` GMT dates. Invented people and texts; deterministic
for a given seed. Prints the counts it wrote as JSON on stdout (the benchmark checks engage against them).

    make-wxr.py OUT.xml [--size-mb 1024] [--seed 7]
"""
import argparse, json, random, sys

WORDS = ("release rollback build deploy pipeline cache latency review test flag schema migration cluster "
         "metric alert runbook incident customer feedback roadmap sprint backlog design prototype measure "
         "learn team ship weekly honest simple small quality reader comment question answer example plan").split()
NAMES = ["Dana Reader", "Lee Visitor", "Kim Engineer", "Sam Ops", "Alex Writer", "Jordan Q.", "Riley",
         "Morgan Λάμδα", "Quinn Ø", "Pat Builder", "Chris Ülker", "Jamie 山田"]

def sentence(r, n=None):
    n = n or r.randint(6, 18)
    w = [r.choice(WORDS) for _ in range(n)]
    w[0] = w[0].capitalize()
    return " ".join(w) + r.choice([".", ".", ".", "?", "!"])

def paragraph(r):
    return " ".join(sentence(r) for _ in range(r.randint(2, 6)))

def cdata(s):
    return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>"

def date(r, year=None):
    y = year or r.randint(2012, 2024)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--size-mb", type=float, default=1024)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    r = random.Random(a.seed)
    target = int(a.size_mb * 1024 * 1024)
    counts = {"items": 0, "published_posts": 0, "unpublished": 0, "comments": 0,
              "by_status": {"approved": 0, "pending": 0, "spam": 0, "trash": 0},
              "by_kind": {"comment": 0, "pingback": 0, "trackback": 0}}
    written = 0
    post_id = 100
    comment_id = 1000
    with open(a.out, "w", encoding="utf-8") as f:
        def w(s):
            nonlocal written
            f.write(s)
            written += len(s.encode("utf-8")) if not s.isascii() else len(s)
        w('<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator="WordPress/6.4.2" created="2024-01-19 02:41" -->\n'
          '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
          'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
          '<title>Benchmark Blog</title><link>https://bench.example.com</link><language>en-US</language>\n'
          '<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://bench.example.com</wp:base_site_url>'
          '<wp:base_blog_url>https://bench.example.com</wp:base_blog_url>\n')
        authors = [("1", "editor", "editor@bench.example.com", "Ed Itor"), ("2", "writer", "writer@bench.example.com", "Wren Writer"),
                   ("3", "guest", "guest@bench.example.com", "Guest Author")]
        for aid, login, mail, name in authors:
            w("<wp:author><wp:author_id>%s</wp:author_id><wp:author_login>%s</wp:author_login><wp:author_email>%s</wp:author_email>"
              "<wp:author_display_name>%s</wp:author_display_name></wp:author>\n" % (aid, cdata(login), cdata(mail), cdata(name)))
        while written < target:
            post_id += 1
            kind = r.random()
            ptype = "post" if kind < 0.70 else "page" if kind < 0.76 else "attachment" if kind < 0.90 else "nav_menu_item"
            status = "inherit" if ptype == "attachment" else ("publish" if r.random() < 0.93 else r.choice(["draft", "pending", "private", "future"]))
            author = r.choice(authors)
            pdate = date(r)
            gmt = "0000-00-00 00:00:00" if r.random() < 0.02 else pdate
            title = sentence(r, r.randint(3, 9))[:-1]
            body = "\n\n".join("<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % paragraph(r) for _ in range(r.randint(3, 12))) if ptype != "nav_menu_item" else ""
            counts["items"] += 1
            if ptype == "post" and status == "publish":
                counts["published_posts"] += 1
            else:
                counts["unpublished"] += 1
            parts = ["<item>\n<title>%s</title>\n<link>https://bench.example.com/?p=%d</link>\n<pubDate>Mon, 01 Jan 2018 10:00:00 +0000</pubDate>\n"
                     "<dc:creator>%s</dc:creator>\n<guid isPermaLink=\"false\">https://bench.example.com/?p=%d</guid>\n<description></description>\n"
                     "<content:encoded>%s</content:encoded>\n<excerpt:encoded>%s</excerpt:encoded>\n<wp:post_id>%d</wp:post_id>\n"
                     "<wp:post_date>%s</wp:post_date>\n<wp:post_date_gmt>%s</wp:post_date_gmt>\n<wp:comment_status>%s</wp:comment_status>\n"
                     "<wp:post_name>%s</wp:post_name>\n<wp:status>%s</wp:status>\n<wp:post_parent>0</wp:post_parent>\n"
                     "<wp:post_type>%s</wp:post_type>\n<wp:is_sticky>0</wp:is_sticky>\n"
                     "<category domain=\"category\" nicename=\"engineering\">%s</category>\n"
                     "<wp:postmeta><wp:meta_key>%s</wp:meta_key><wp:meta_value>%s</wp:meta_value></wp:postmeta>\n"
                     % (title, post_id, cdata(author[1]), post_id, cdata(body), cdata(""), post_id, cdata(pdate), cdata(gmt),
                        cdata("open"), cdata(title.lower().replace(" ", "-")), cdata(status), cdata(ptype), cdata("Engineering"),
                        cdata("_edit_last"), cdata(author[0]))]
            if ptype == "post":
                ids = []
                for _ in range(min(40, int(r.expovariate(1 / 10)))):
                    comment_id += 1
                    parent = r.choice(ids[-10:]) if ids and r.random() < 0.35 else 0
                    x = r.random()
                    ctype = "pingback" if x < 0.05 else "trackback" if x < 0.07 else ("comment" if r.random() < 0.5 else "")
                    y = r.random()
                    approved = "1" if y < 0.85 else "0" if y < 0.93 else "spam" if y < 0.97 else "trash"
                    owner = r.random() < 0.1 and ctype in ("", "comment")
                    name = author[3] if owner else (("Ping &laquo; Other Blog %d" % comment_id) if ctype in ("pingback", "trackback") else r.choice(NAMES))
                    text = ("[&#8230;] %s [&#8230;]" % sentence(r)) if ctype in ("pingback", "trackback") else "\n\n".join(paragraph(r) for _ in range(r.randint(1, 3)))
                    cdate = date(r)
                    meta = ""
                    if r.random() < 0.6:
                        meta = ("<wp:commentmeta><wp:meta_key>%s</wp:meta_key><wp:meta_value>%s</wp:meta_value></wp:commentmeta>\n"
                                "<wp:commentmeta><wp:meta_key>%s</wp:meta_key><wp:meta_value>%s</wp:meta_value></wp:commentmeta>\n"
                                % (cdata("akismet_result"), cdata("true" if approved == "spam" else "false"), cdata("akismet_history"),
                                   cdata('a:4:{s:4:"time";s:15:"1694181791.1234";s:7:"message";s:17:"Checked: not spam";s:5:"event";s:9:"check-ham";s:4:"user";s:0:"";}')))
                    parts.append("<wp:comment>\n<wp:comment_id>%d</wp:comment_id>\n<wp:comment_author>%s</wp:comment_author>\n"
                                 "<wp:comment_author_email>%s</wp:comment_author_email>\n<wp:comment_author_url>%s</wp:comment_author_url>\n"
                                 "<wp:comment_author_IP>%s</wp:comment_author_IP>\n<wp:comment_date>%s</wp:comment_date>\n"
                                 "<wp:comment_date_gmt>%s</wp:comment_date_gmt>\n<wp:comment_content>%s</wp:comment_content>\n"
                                 "<wp:comment_approved>%s</wp:comment_approved>\n<wp:comment_type>%s</wp:comment_type>\n"
                                 "<wp:comment_parent>%d</wp:comment_parent>\n<wp:comment_user_id>%s</wp:comment_user_id>\n%s</wp:comment>\n"
                                 % (comment_id, cdata(name), cdata(author[2] if owner else "reader%d@mail.example.net" % comment_id),
                                    cdata("http://" if r.random() < 0.5 else "https://reader%d.example.net" % comment_id),
                                    cdata("203.0.113.%d" % r.randint(1, 254)), cdata(cdate), cdata(cdate), cdata(text), cdata(approved),
                                    cdata(ctype), parent, author[0] if owner else "0", meta))
                    ids.append(comment_id)
                    counts["comments"] += 1
                    counts["by_status"][{"1": "approved", "0": "pending", "spam": "spam", "trash": "trash"}[approved]] += 1
                    counts["by_kind"][ctype or "comment"] += 1
            parts.append("</item>\n")
            w("".join(parts))
        w("</channel>\n</rss>\n")
    counts["bytes"] = written
    json.dump(counts, sys.stdout)
    print()

if __name__ == "__main__":
    main()
