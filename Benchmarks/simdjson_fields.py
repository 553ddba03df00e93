#!/usr/bin/env python3
"""Reference for Benchmarks/x-archive.sh: simdjson's Python binding (pysimdjson) reading, from an X archive
tweets file (`window.YTD.tweets.part0 = [...]`), the fields engage needs for `inspect` -- id, date, text,
reply/quote/retweet structure, counts, entities, media, language, client -- and tallying kinds and the date
range as engage does. Usage: simdjson_fields.py TWEETS_JS [OWNER_ID]"""
import sys
from collections import Counter

import simdjson


def main(path, owner=None):
    with open(path, "rb") as f:
        data = f.read()
    start = data.index(b"=") + 1  # cut through the first '=' (FORMATS.md 1.1)
    doc = simdjson.Parser().parse(memoryview(data)[start:])  # no copy of the file
    kinds = Counter()
    first = last = None
    n = 0
    for item in doc:
        t = item.get("tweet") or item
        n += 1
        tid = t.get("id_str")
        created = t.get("created_at")
        text = t.get("full_text") or t.get("text") or ""
        reply = t.get("in_reply_to_status_id_str")
        reply_user = t.get("in_reply_to_user_id_str")
        likes, rts = t.get("favorite_count"), t.get("retweet_count")
        lang, source = t.get("lang"), t.get("source")
        ent = t.get("entities")
        urls = [u.get("expanded_url") for u in ent.get("urls", [])] if ent else []
        mentions = [m.get("screen_name") for m in ent.get("user_mentions", [])] if ent else []
        tags = [h.get("text") for h in ent.get("hashtags", [])] if ent else []
        ext = t.get("extended_entities")
        media = [m.get("type") for m in ext.get("media", [])] if ext else []
        edit = t.get("edit_info")
        if text.startswith("RT @"):
            kind = "repost"
        elif reply:
            kind = "selfReply" if owner and reply_user == owner else "reply"
        elif reply_user and text.startswith("@"):
            kind = "reply"
        elif urls and urls[-1] and "/status/" in urls[-1]:
            kind = "quote"
        else:
            kind = "original"
        kinds[kind] += 1
        if created:
            first = created if first is None else first
            last = created
        del tid, likes, rts, lang, source, mentions, tags, media, edit
    print("tweets=%d %s first=%s last=%s" % (n, dict(kinds), first, last))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
