#!/usr/bin/env python3
"""Hostile-input crash hunt for engage.

Takes every fixture under corpora/ (single files, archive folders, zips, tar.gz), makes hostile variants of
it (truncations at structural offsets, byte flips, deleted/duplicated ranges, huge and negative numbers, deep
nesting, invalid UTF-8 and UTF-16 surrogates, NUL bytes, enormous lines, empty files, format confusion, zip
and tar structure attacks, XML entity bombs and XXE), runs `engage inspect`, `engage export` and
`engage audit` (and `engage classify --jsonl` for classifier inputs) on each with a timeout, and reports
every run that breaks the project's rule:

  crash      the process died from a signal (trap, segfault, abort)
  hang       it ran longer than the timeout
  status     it exited with a status other than 0, 1 or 3
  stderr     a line on stderr that is not `engage: …`, an error exit with more than one line, or a trace
  memory     peak resident memory above the limit for a small input
  modified   an input file changed, or a file appeared beside the input
  leak       the output holds the contents of a file an XXE variant pointed at

Deterministic for a given --seed. Usage (from the repository root, after `swift build -c release`):

  python3 Tests/hostile/hostile.py                      # everything, 2 parallel runs
  python3 Tests/hostile/hostile.py --only x/ --commands inspect
  python3 Tests/hostile/hostile.py --list               # print the variants without running them

Failures are copied to <work>/failures/<n>/ with the input and a `repro.sh`; a summary is printed and written
to <work>/summary.json.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO / "corpora"

# Fixture areas read by the ingest stage (golden outputs are not inputs).
AREAS = ["x", "api", "csv", "mastodon", "blog", "html", "classify", "analysis", "labelled", "hostile"]
# Folders that are one input (an archive laid out on disk), relative to corpora/.
FOLDER_UNITS = [
    "x/archive-2024", "x/archive-2020", "x/archive-2019-flat", "x/partial", "x/broken/multipart",
    "x/broken/unknown-prefix", "x/classic-2013", "x/classic-2014", "api/archive-example_user",
    "mastodon/export-2024", "blog/blogger-takeout", "blog/medium-export",
]
SECRET_MARK = "engage-hostile-secret-7f3a"  # written into the file XXE variants point at

# ---------------------------------------------------------------------------------------------------------
# Variants


@dataclass
class Variant:
    """One hostile input: a name, how to lay it out in a folder, and which path to give engage."""

    unit: str  # the fixture it came from (relative to corpora/)
    name: str  # what was done
    build: Callable[[Path], Path]  # lays the input out under a fresh folder; returns the path to pass
    small: bool = True  # a small input (the memory limit applies)
    classify_kind: str | None = None  # for classifier inputs: `engage classify --jsonl --kind …`
    secret: bool = False  # an XXE variant: the output must not contain SECRET_MARK

    @property
    def ident(self) -> str:
        return f"{self.unit} :: {self.name}"


def write_file(data: bytes, filename: str) -> Callable[[Path], Path]:
    def build(root: Path) -> Path:
        p = root / filename
        p.write_bytes(data)
        return p

    return build


def write_folder(files: dict[str, bytes], top: str, extra: Callable[[Path], None] | None = None):
    def build(root: Path) -> Path:
        base = root / top
        base.mkdir(parents=True, exist_ok=True)
        for rel, data in files.items():
            p = base / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        if extra:
            extra(base)
        return base

    return build


class Mutator:
    """Byte-level mutations of one file's content, deterministic for a seed."""

    def __init__(self, data: bytes, rng: random.Random):
        self.data = data
        self.rng = rng

    # -- offsets worth cutting at --------------------------------------------------------------------
    def structural_offsets(self, limit: int) -> list[tuple[str, int]]:
        d = self.data
        found: list[tuple[str, int]] = []

        def first(pattern: bytes, label: str, delta: int, nth: int = 0):
            starts = [m.start() for m in re.finditer(re.escape(pattern), d)]
            if len(starts) > nth:
                found.append((label, min(len(d), starts[nth] + delta)))

        first(b'"', "inside-first-string", 2)
        first(b'": "', "inside-a-value-string", 5, 3)
        first(b'\\', "after-backslash", 1)
        first(b'\\u', "inside-unicode-escape", 3)
        m = re.search(rb'[:\[,]\s*"?-?\d{3,}', d)
        if m:
            found.append(("inside-number", m.end() - 1))
        first(b"<![CDATA[", "inside-cdata-open", 5)
        first(b"<![CDATA[", "inside-cdata", 15)
        first(b"]]>", "inside-cdata-close", 1)
        first(b"<!--", "inside-comment", 6)
        first(b"&", "inside-entity", 2)
        first(b"<", "inside-tag", 3, 2)
        first(b"=", "after-equals", 1)
        first(b"\n", "after-first-line", 1)
        first(b"\r", "inside-crlf", 1)
        first(b",", "inside-csv-field", 3, 4)
        first(b" = ", "after-prefix", 3)
        for cut in (0, 1, 2, 3, 7, len(d) // 2, len(d) - 1, len(d) - 2):
            if 0 <= cut < len(d):
                found.append((f"at-{cut}", cut))
        n = max(0, limit - len(found))
        for _ in range(n):
            if len(d) > 1:
                found.append(("random", self.rng.randrange(1, len(d))))
        seen = set()
        out = []
        for label, off in found:
            if off not in seen and off < len(d):
                seen.add(off)
                out.append((label, off))
        return out

    def truncations(self, limit: int) -> Iterator[tuple[str, bytes]]:
        for label, off in self.structural_offsets(limit):
            yield f"truncate@{off}({label})", self.data[:off]

    def flips(self, count: int) -> Iterator[tuple[str, bytes]]:
        d = self.data
        if not d:
            return
        for _ in range(count):
            b = bytearray(d)
            k = self.rng.randrange(1, 5)
            offs = []
            for _ in range(k):
                o = self.rng.randrange(len(b))
                b[o] ^= self.rng.randrange(1, 256)
                offs.append(o)
            yield f"flip@{','.join(map(str, offs))}", bytes(b)

    def ranges(self, count: int) -> Iterator[tuple[str, bytes]]:
        d = self.data
        if len(d) < 4:
            return
        for i in range(count):
            a = self.rng.randrange(len(d))
            n = self.rng.randrange(1, max(2, min(len(d) - a, 400)))
            if i % 2 == 0:
                yield f"delete@{a}+{n}", d[:a] + d[a + n:]
            else:
                yield f"duplicate@{a}+{n}", d[:a + n] + d[a:a + n] + d[a + n:]

    HUGE = [b"99999999999999999999999999", b"18446744073709551616", b"9223372036854775808",
            b"9223372036854775807", b"2147483648", b"4294967296", b"-1", b"-9223372036854775808",
            b"1e308", b"-1e308", b"1e999", b"1.5", b"0.000001", b"NaN", b"Infinity", b"0x10", b""]

    def numbers(self, count: int) -> Iterator[tuple[str, bytes]]:
        d = self.data
        spans = [m.span(1) for m in re.finditer(rb'(?:^|[:\[,"\s>=])(-?\d+(?:\.\d+)?)(?=[,\]\}"\s<;\r\n]|$)', d)]
        if not spans:
            return
        for i in range(count):
            new = self.HUGE[i % len(self.HUGE)]
            # Replace several numbers at once (counts and ids live side by side).
            chosen = sorted(self.rng.sample(spans, min(len(spans), self.rng.randrange(1, 12))), reverse=True)
            b = d
            for a, e in chosen:
                b = b[:a] + new + b[e:]
            yield f"numbers={new.decode() or 'empty'}x{len(chosen)}", b
        # Every number at once, for the two worst values.
        for new in (b"99999999999999999999999999", b"-9223372036854775808", b"1e308"):
            b = d
            for a, e in reversed(spans):
                b = b[:a] + new + b[e:]
            yield f"all-numbers={new.decode()}", b

    def string_positions(self) -> list[int]:
        d = self.data
        pos = [m.end() for m in re.finditer(rb'": ?"', d)]
        pos += [m.end() for m in re.finditer(rb"<!\[CDATA\[", d)]
        pos += [m.end() for m in re.finditer(rb"<(?:p|title|content:encoded|wp:comment_content|content|description)[^>]*>", d)]
        if not pos and d:
            pos = [len(d) // 2]
        return pos

    BAD_BYTES = [b"\xff", b"\xfe\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x90\x80\x80",
                 b"\xe2\x82", b"\x80\x80\x80", b"\xf0\x9f\x98", b"\xef\xbb\xbf"]
    BAD_ESCAPES = [b"\\ud800", b"\\udc00", b"\\ud800\\u0041", b"\\udbff\\udfff", b"\\ud800\\ud800", b"\\u0000",
                   b"\\u00", b"\\uZZZZ", b"\\x41", b"\\", b"&#xD800;", b"&#0;", b"&#x110000;", b"&#99999999999999999999;",
                   b"&#-1;"]

    def encodings(self, count: int) -> Iterator[tuple[str, bytes]]:
        d = self.data
        pos = self.string_positions()
        if not pos:
            return
        for i in range(count):
            p = self.rng.choice(pos)
            pool = self.BAD_BYTES + self.BAD_ESCAPES
            ins = pool[i % len(pool)]
            yield f"insert@{p}={ins!r}", d[:p] + ins + d[p:]
        # Invalid bytes everywhere: every 'e' in the file becomes 0xFF.
        yield "every-e-is-0xFF", d.replace(b"e", b"\xff")
        # UTF-16 encodings of the whole file (with and without a BOM), UTF-32 BOM.
        try:
            text = d.decode("utf-8")
            yield "as-utf16le-bom", b"\xff\xfe" + text.encode("utf-16-le")
            yield "as-utf16be-nobom", text.encode("utf-16-be")
            yield "utf32-bom+utf8", b"\xff\xfe\x00\x00" + d
        except UnicodeDecodeError:
            pass

    def nuls(self, count: int) -> Iterator[tuple[str, bytes]]:
        d = self.data
        if not d:
            return
        for _ in range(count):
            p = self.rng.randrange(len(d))
            yield f"nul@{p}", d[:p] + b"\x00" + d[p:]
        yield "nul-for-spaces", d.replace(b" ", b"\x00")
        yield "nul-prefix-4k", b"\x00" * 4096 + d

    def nesting(self) -> Iterator[tuple[str, bytes]]:
        d = self.data
        depth = 200_000
        m = re.search(rb'":\s*', d)
        if m:
            p = m.end()
            yield "deep-json-arrays", d[:p] + b"[" * depth + b"]" * depth + b"," + d[p:]
            yield "deep-json-objects", d[:p] + b'{"a":' * depth + b"1" + b"}" * depth + b"," + d[p:]
            yield "deep-json-unclosed", d[:p] + b"[" * depth
        m = re.search(rb"<(item|entry|body|channel|feed|disqus|thread|post|div)\b[^>]*>", d)
        if m:
            p = m.end()
            yield "deep-xml", d[:p] + b"<a>" * depth + b"x" + b"</a>" * depth + d[p:]
            yield "deep-xml-unclosed", d[:p] + b"<div>" * depth + d[p:]
        if d.lstrip().startswith(b"[") or d.lstrip().startswith(b"{"):
            yield "deep-json-top", b"[" * depth + d + b"]" * depth

    def enormous(self) -> Iterator[tuple[str, bytes]]:
        d = self.data
        big = 24 << 20
        pos = self.string_positions()
        p = pos[0] if pos else len(d) // 2
        yield "enormous-string-24MB", d[:p] + b"x" * big + d[p:]
        nl = d.find(b"\n")
        yield "enormous-first-line-24MB", d[: max(nl, 0)] + b" " * big + d[max(nl, 0):]
        yield "no-newlines", d.replace(b"\n", b" ").replace(b"\r", b" ")
        yield "cr-only-newlines", d.replace(b"\n", b"\r")

    def confusions(self, others: dict[str, bytes]) -> Iterator[tuple[str, bytes]]:
        d = self.data
        heads = {
            "ytd-prefix": b"window.YTD.tweets.part0 = ",
            "grailbird-prefix": b"Grailbird.data.tweets_2014_03 = \n",
            "xml-decl": b'<?xml version="1.0" encoding="UTF-8"?>\n',
            "rss-open": b'<?xml version="1.0"?><rss version="2.0"><channel>',
            "html-open": b"<!DOCTYPE html><html><body>",
            "zip-magic": b"PK\x03\x04",
            "zip-eocd": b"PK\x05\x06" + b"\x00" * 18,
            "gzip-magic": b"\x1f\x8b\x08\x00",
            "json-array": b"[",
            "json-object": b'{"data": ',
            "csv-header": b"id,text,date,replies,reposts,likes\n",
            "utf8-bom": b"\xef\xbb\xbf",
            "utf16-bom": b"\xff\xfe",
        }
        for label, head in heads.items():
            yield f"prefixed-{label}", head + d
        for label, other in others.items():
            yield f"content-of-{label}", other
        yield "empty", b""
        yield "one-space", b" "
        yield "one-newline", b"\n"
        yield "only-bom", b"\xef\xbb\xbf"
        yield "binary-noise-4k", bytes(self.rng.randrange(256) for _ in range(4096))


def xml_attacks(data: bytes) -> Iterator[tuple[str, bytes, bool]]:
    """Entity bombs and external entities injected into an XML or HTML file (name, bytes, xxe?)."""
    m = re.search(rb"<(rss|feed|rss:rss|disqus|html|HTML|\w+)[\s>]", data)
    root = m.group(1).decode() if m else "rss"
    decl_end = 0
    xd = re.match(rb"\s*<\?xml[^>]*\?>", data)
    if xd:
        decl_end = xd.end()
    body = data[decl_end:]
    # Strip an existing doctype so ours is the only one.
    body = re.sub(rb"<!DOCTYPE[^>]*>", b"", body, count=1, flags=re.I)
    text_at = [mm.end() for mm in re.finditer(rb"<(title|description|content:encoded|p|wp:comment_content|content|message)[^>]*>", body)]
    where = text_at[1] if len(text_at) > 1 else (text_at[0] if text_at else len(body) // 2)
    head = data[:decl_end]

    def with_dtd(dtd: bytes, ref: bytes) -> bytes:
        return head + b"\n<!DOCTYPE " + root.encode() + b" [" + dtd + b"]>\n" + body[:where] + ref + body[where:]

    lol = b'<!ENTITY lol "lollollollollollollollollollol">'
    for k in range(1, 10):
        lol += b"<!ENTITY lol%d \"%s\">" % (k, (b"&lol%d;" % (k - 1) if k > 1 else b"&lol;") * 10)
    yield "billion-laughs", with_dtd(lol, b"&lol9;"), False
    big = b"A" * 100_000
    yield "quadratic-blowup", with_dtd(b'<!ENTITY a "' + big + b'">', b"&a;" * 20_000), False
    yield "xxe-file", with_dtd(b'<!ENTITY xxe SYSTEM "file://SECRET">', b"&xxe;"), True
    yield "xxe-parameter", with_dtd(b'<!ENTITY % p SYSTEM "file://SECRET"> %p;', b""), True
    yield "xxe-network", with_dtd(b'<!ENTITY n SYSTEM "http://127.0.0.1:9/x.dtd">', b"&n;"), False
    yield "external-dtd", head + b'\n<!DOCTYPE ' + root.encode() + b' SYSTEM "file://SECRET">\n' + body, True
    yield "xinclude", body[:where] + b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://SECRET" parse="text"/>' + body[where:], True
    yield "undefined-entity", with_dtd(b"", b"&nosuch;"), False
    yield "recursive-entity", with_dtd(b'<!ENTITY a "&b;"><!ENTITY b "&a;">', b"&a;"), False


def zip_attacks(data: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
    """Structural attacks on a zip file's bytes."""
    cd = data.rfind(b"PK\x01\x02")
    first_cd = data.find(b"PK\x01\x02")
    eocd = data.rfind(b"PK\x05\x06")
    for label, off in [("cd-start", first_cd), ("cd-middle", (first_cd + cd) // 2 if first_cd >= 0 else -1),
                       ("last-cd-entry", cd), ("inside-cd-entry", cd + 30 if cd >= 0 else -1),
                       ("eocd", eocd), ("inside-eocd", eocd + 10 if eocd >= 0 else -1),
                       ("first-local-data", 60), ("before-eocd", eocd - 1 if eocd > 0 else -1)]:
        if 0 <= off < len(data):
            yield f"zip-truncate@{off}({label})", data[:off]
    if eocd < 0:
        return
    # EOCD fields: entries on disk (8), total entries (10), cd size (12), cd offset (16), comment length (20).
    for label, at, fmt, value in [("entries-65535", 10, "<H", 0xFFFF), ("entries-on-disk-0", 8, "<H", 0),
                                  ("cd-size-huge", 12, "<I", 0xFFFFFFFF), ("cd-offset-huge", 16, "<I", 0xFFFFFFF0),
                                  ("cd-offset-zero", 16, "<I", 0), ("comment-length-huge", 20, "<H", 0xFFFF)]:
        b = bytearray(data)
        struct.pack_into(fmt, b, eocd + at, value)
        yield f"zip-eocd-{label}", bytes(b)
    # Central-directory entry fields: compressed size (20), uncompressed size (24), name length (28),
    # extra length (30), local header offset (42).
    entries = [m.start() for m in re.finditer(re.escape(b"PK\x01\x02"), data)]
    for k, at in enumerate(entries[:6]):
        for label, rel, fmt, value in [("claims-4GB", 24, "<I", 0xFFFFFFFF), ("compressed-4GB", 20, "<I", 0xFFFFFFFF),
                                       ("zip64-marker", 24, "<I", 0xFFFFFFFF), ("name-length-huge", 28, "<H", 0xFFFF),
                                       ("extra-length-huge", 30, "<H", 0xFFFF), ("local-offset-past-end", 42, "<I", 0x7FFFFFFF),
                                       ("size-zero", 24, "<I", 0), ("method-99", 10, "<H", 99)]:
            b = bytearray(data)
            struct.pack_into(fmt, b, at + rel, value)
            if label == "zip64-marker":
                struct.pack_into("<I", b, at + 20, 0xFFFFFFFF)
            yield f"zip-entry{k}-{label}", bytes(b)
    # Local headers: a flipped byte in compressed data, a wrong CRC.
    locals_ = [m.start() for m in re.finditer(re.escape(b"PK\x03\x04"), data)]
    for k, at in enumerate(locals_[:4]):
        b = bytearray(data)
        struct.pack_into("<I", b, at + 14, 0xDEADBEEF)
        yield f"zip-local{k}-crc", bytes(b)
        b = bytearray(data)
        nlen, xlen = struct.unpack_from("<HH", b, at + 26)
        p = at + 30 + nlen + xlen + 5
        if p < len(b):
            b[p] ^= 0x55
            yield f"zip-local{k}-data-flip", bytes(b)


def build_zip(files: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return buf.getvalue()


def zip_bombs() -> Iterator[tuple[str, bytes]]:
    """Zips whose entries claim (or hold) far more than they should: bounded, never really gigabytes."""
    prefix = b"window.YTD.tweets.part0 = [ "
    manifest = b'window.__THAR_CONFIG = {"userInfo":{"accountId":"1","userName":"bomb"}}'
    # Real high-ratio entry: 200 MB of spaces inflates from ~200 KB.
    spaces = zlib.compressobj(9, zlib.DEFLATED, -15)
    comp = spaces.compress(prefix) + spaces.compress(b" " * (200 << 20)) + spaces.compress(b"]") + spaces.flush()
    yield "zip-bomb-200MB-of-spaces", raw_zip([("data/tweets.js", comp, 200 * (1 << 20) + len(prefix) + 1, 8), ("data/manifest.js", manifest, len(manifest), 0)])
    # The same entry claiming a small size (the claim lies; the stream goes on).
    yield "zip-bomb-claims-100-bytes", raw_zip([("data/tweets.js", comp, 100, 8), ("data/manifest.js", manifest, len(manifest), 0)])
    # A tiny entry claiming 4 GB and (zip64) 2^62 bytes.
    small = b'window.YTD.tweets.part0 = [ ]'
    yield "zip-claims-4GB", raw_zip([("data/tweets.js", small, 0xFFFFFFFE, 0)])
    yield "zip64-claims-2^62", raw_zip([("data/tweets.js", small, 1 << 62, 0)], zip64=True)
    yield "zip64-claims-2^64-1", raw_zip([("data/tweets.js", small, (1 << 64) - 1, 0)], zip64=True)
    # Many entries, duplicated names, traversal names, names that are not UTF-8.
    yield "zip-10k-entries", build_zip([(f"data/f{i}.js", b"x") for i in range(10_000)] + [("data/tweets.js", small)], zipfile.ZIP_STORED)
    yield "zip-duplicate-names", raw_zip([("data/tweets.js", small, len(small), 0), ("data/tweets.js", b"garbage", 7, 0)])
    yield "zip-traversal-names", raw_zip([("../../outside/tweets.js", small, len(small), 0), ("/etc/tweets.js", small, len(small), 0)])
    yield "zip-non-utf8-name", raw_zip([(b"data/tw\xffeets.js", small, len(small), 0), ("data/tweets.js", small, len(small), 0)])
    yield "zip-nested-zip", raw_zip([("data/tweets.js", build_zip([("data/tweets.js", small)]), 0, 0)])
    yield "zip-empty", raw_zip([])
    yield "zip-directory-named-tweets.js", raw_zip([("data/tweets.js/", b"", 0, 0)])


def raw_zip(entries: list, zip64: bool = False) -> bytes:
    """A zip written by hand so sizes can lie. entries: (name, stored bytes, claimed size, method[, crc])."""
    out = bytearray()
    central = bytearray()
    for name, stored, claimed, method, *given_crc in entries:
        nb = name if isinstance(name, bytes) else name.encode()
        crc = given_crc[0] if given_crc else zlib.crc32(stored if method == 0 else b"") & 0xFFFFFFFF
        offset = len(out)
        extra = b""
        csize, usize = len(stored), claimed
        if zip64:
            extra = struct.pack("<HHQQ", 1, 16, usize, csize)
            csize32, usize32 = 0xFFFFFFFF, 0xFFFFFFFF
        else:
            csize32, usize32 = csize, usize & 0xFFFFFFFF
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if zip64 else 20, 0, method, 0, 0x5821, crc, csize32, usize32, len(nb), len(extra))
        out += nb + extra + stored
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45 if zip64 else 20, 45 if zip64 else 20, 0, method, 0, 0x5821,
                               crc, csize32, usize32, len(nb), len(extra), 0, 0, 0, 0o100644 << 16, offset)
        central += nb + extra
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


def tar_attacks(tar: bytes, files: dict[str, bytes]) -> Iterator[tuple[str, bytes]]:
    """Attacks on a tar stream (uncompressed): header truncations, lying sizes, traversal, links."""
    for off in (100, 257, 511, 512, 700, 1024 + 148, len(tar) // 2, len(tar) - 1024, len(tar) - 1):
        if 0 < off < len(tar):
            yield f"tar-truncate@{off}", tar[:off]
    headers = [i for i in range(0, len(tar) - 512, 512) if tar[i + 257:i + 262] == b"ustar"]
    for k, h in enumerate(headers[:4]):
        for label, value in [("size-octal-max", b"77777777777\x00"), ("size-base256-huge", b"\x80" + b"\xff" * 11),
                             ("size-base256-negative", b"\xff" * 12), ("size-garbage", b"12x45\x00\x00\x00\x00\x00\x00\x00"),
                             ("size-past-end", b"00077777777\x00")]:
            b = bytearray(tar)
            b[h + 124:h + 136] = value
            fix_tar_checksum(b, h)
            yield f"tar-header{k}-{label}", bytes(b)
        b = bytearray(tar)
        b[h + 148:h + 156] = b"0000000\x00"
        yield f"tar-header{k}-bad-checksum", bytes(b)
    outbox = next((v for k, v in files.items() if k.endswith("outbox.json")), b"{}")
    actor = next((v for k, v in files.items() if k.endswith("actor.json")), b"{}")

    def t(members: list[tuple]) -> bytes:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
            for m in members:
                info = tarfile.TarInfo(m[0])
                info.mtime = 1700000000
                kind = m[1]
                if kind == "file":
                    info.size = len(m[2])
                    tf.addfile(info, io.BytesIO(m[2]))
                elif kind == "symlink":
                    info.type = tarfile.SYMTYPE
                    info.linkname = m[2]
                    tf.addfile(info)
                elif kind == "hardlink":
                    info.type = tarfile.LNKTYPE
                    info.linkname = m[2]
                    tf.addfile(info)
                elif kind == "dir":
                    info.type = tarfile.DIRTYPE
                    tf.addfile(info)
                elif kind == "fifo":
                    info.type = tarfile.FIFOTYPE
                    tf.addfile(info)
                elif kind == "pax":
                    info.size = len(m[2])
                    info.pax_headers = m[3]
                    tf.addfile(info, io.BytesIO(m[2]))
        return buf.getvalue()

    yield "tar-dotdot-paths", t([("../../outbox.json", "file", outbox), ("../actor.json", "file", actor)])
    yield "tar-absolute-paths", t([("/tmp/outbox.json", "file", outbox), ("/actor.json", "file", actor)])
    yield "tar-symlink-outbox", t([("outbox.json", "symlink", "/etc/passwd"), ("actor.json", "file", actor)])
    yield "tar-symlink-dir", t([("media", "symlink", "/"), ("outbox.json", "file", outbox), ("actor.json", "file", actor)])
    yield "tar-hardlink-outbox", t([("x.json", "file", outbox), ("outbox.json", "hardlink", "x.json"), ("actor.json", "file", actor)])
    yield "tar-fifo-outbox", t([("outbox.json", "fifo"), ("actor.json", "file", actor)])
    yield "tar-dir-named-outbox", t([("outbox.json", "dir"), ("actor.json", "file", actor)])
    yield "tar-duplicate-outbox", t([("outbox.json", "file", outbox), ("outbox.json", "file", b"garbage"), ("actor.json", "file", actor)])
    yield "tar-pax-size-huge", t([("outbox.json", "pax", outbox, {"size": "9223372036854775807"}), ("actor.json", "file", actor)])
    yield "tar-pax-size-negative", t([("outbox.json", "pax", outbox, {"size": "-600"}), ("actor.json", "file", actor)])
    yield "tar-pax-path-dotdot", t([("outbox.json", "pax", outbox, {"path": "../../../outbox.json"}), ("actor.json", "file", actor)])
    yield "tar-pax-path-nul", t([("outbox.json", "pax", outbox, {"path": "out\u0000box.json"}), ("actor.json", "file", actor)])
    yield "tar-long-name-100k", t([("d/" * 50_000 + "outbox.json", "file", outbox), ("actor.json", "file", actor)])
    yield "tar-only-zero-blocks", b"\x00" * 10240
    yield "tar-one-zero-block", b"\x00" * 512


def fix_tar_checksum(b: bytearray, h: int) -> None:
    b[h + 148:h + 156] = b" " * 8
    s = sum(b[h:h + 512])
    b[h + 148:h + 156] = b"%06o\x00 " % s


def gzip_attacks(gz: bytes) -> Iterator[tuple[str, bytes]]:
    for off in (2, 10, 11, 20, len(gz) // 3, len(gz) // 2, len(gz) - 8, len(gz) - 4, len(gz) - 1):
        if 0 < off < len(gz):
            yield f"gzip-truncate@{off}", gz[:off]
    b = bytearray(gz)
    b[len(b) // 2] ^= 0xFF
    yield "gzip-flip-middle", bytes(b)
    b = bytearray(gz)
    b[-8:-4] = b"\x00\x00\x00\x00"
    yield "gzip-bad-crc", bytes(b)
    yield "gzip-trailing-garbage", gz + b"garbage after the stream"
    yield "gzip-concatenated-garbage-member", gz + b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"\xff" * 30
    yield "gzip-of-nothing", gzip.compress(b"", mtime=0)
    yield "gzip-bomb-200MB-zeros", gzip.compress(b"\x00" * (200 << 20), compresslevel=9, mtime=0)


# ---------------------------------------------------------------------------------------------------------
# Units: what is fed to engage


def fixture_files() -> list[Path]:
    out = []
    for area in AREAS:
        base = CORPORA / area
        if not base.exists():
            continue
        for p in sorted(base.rglob("*")):
            if p.is_file() and p.suffix not in (".md",) and p.name != "SOURCE.txt":
                out.append(p)
    return out


def in_folder_unit(p: Path) -> str | None:
    rel = p.relative_to(CORPORA).as_posix()
    for f in FOLDER_UNITS:
        if rel.startswith(f + "/"):
            return f
    return None


def classify_kind(rel: str) -> str | None:
    name = Path(rel).name
    if not rel.startswith(("classify/", "labelled/")) or not name.endswith(".jsonl"):
        return None
    return "account" if name.startswith("accounts") else "reply" if name.startswith("replies") else "post"


def variants(seed: str, density: int) -> Iterator[Variant]:
    files = fixture_files()
    samples = {}
    for p in files:
        rel = p.relative_to(CORPORA).as_posix()
        if rel in ("x/sample-archive.zip",):
            continue
        if p.stat().st_size < 64 << 10 and not rel.endswith((".zip", ".gz", ".png", ".jpg")):
            samples[rel] = p.read_bytes()
    confusers = {k: samples[k] for k in ["blog/feed-rss.xml", "x/lone/tweets.js", "csv/competitor-posts.csv",
                                         "api/thread-v2.jsonl", "mastodon/export-2024/outbox.json",
                                         "html/drupal7.html", "blog/ghost-export.json"] if k in samples}

    def byte_variants(unit: str, data: bytes, rng: random.Random) -> Iterator[tuple[str, bytes]]:
        m = Mutator(data, rng)
        yield from m.truncations(8 * density)
        yield from m.flips(6 * density)
        yield from m.ranges(4 * density)
        yield from m.numbers(6 * density)
        yield from m.encodings(5 * density)
        yield from m.nuls(2 * density)
        yield from m.nesting()
        yield from m.enormous()
        yield from m.confusions({k: v for k, v in confusers.items() if k != unit})

    for p in files:
        rel = p.relative_to(CORPORA).as_posix()
        rng = random.Random(f"{seed}:{rel}")
        folder = in_folder_unit(p)
        data = p.read_bytes()
        if folder:
            # Mutate this file inside a copy of its archive folder.
            base = CORPORA / folder
            others = {q.relative_to(base).as_posix(): q.read_bytes() for q in base.rglob("*") if q.is_file()}
            inner = p.relative_to(base).as_posix()
            if p.suffix in (".png", ".jpg"):
                yield Variant(folder, f"{inner}: empty", write_folder({**others, inner: b""}, Path(folder).name))
                continue
            for name, mutated in byte_variants(rel, data, rng):
                yield Variant(folder, f"{inner}: {name}", write_folder({**others, inner: mutated}, Path(folder).name),
                              small="enormous" not in name)
            if p.suffix in (".xml", ".html", ".atom"):
                for name, mutated, secret in xml_attacks(data):
                    yield Variant(folder, f"{inner}: {name}", write_folder({**others, inner: mutated}, Path(folder).name), secret=secret)
            yield Variant(folder, f"{inner}: deleted", write_folder({k: v for k, v in others.items() if k != inner}, Path(folder).name))
            continue
        if rel.endswith(".zip"):
            yield from zip_unit(rel, data, rng, density, byte_variants)
            continue
        if rel.endswith(".tar.gz"):
            yield from tar_unit(rel, data, rng, density, byte_variants)
            continue
        kind = classify_kind(rel)
        fname = p.name
        for name, mutated in byte_variants(rel, data, rng):
            yield Variant(rel, name, write_file(mutated, fname), small="enormous" not in name, classify_kind=kind)
        if p.suffix in (".xml", ".html", ".atom"):
            for name, mutated, secret in xml_attacks(data):
                yield Variant(rel, name, write_file(mutated, fname), secret=secret)
    # Folder units as a whole: special files inside them.
    for folder in FOLDER_UNITS:
        base = CORPORA / folder
        files_ = {q.relative_to(base).as_posix(): q.read_bytes() for q in base.rglob("*") if q.is_file()}
        top = Path(folder).name
        yield Variant(folder, "symlink-loop", write_folder(files_, top, lambda b: os.symlink(".", b / "loop")))
        yield Variant(folder, "symlink-to-root", write_folder(files_, top, lambda b: os.symlink("/", b / "rootlink")))
        yield Variant(folder, "dangling-symlink", write_folder(files_, top, lambda b: os.symlink("/nonexistent/x.js", b / "dangling.js")))
        yield Variant(folder, "fifo-inside", write_folder(files_, top, lambda b: os.mkfifo(b / "pipe.json")))
        yield Variant(folder, "fifo-as-main-file", write_folder({k: v for k, v in files_.items() if k != main_file(files_)}, top,
                                                                lambda b, m=main_file(files_): (b / m).parent.mkdir(parents=True, exist_ok=True) or os.mkfifo(b / m)))
        yield Variant(folder, "unreadable-main-file", write_folder(files_, top, lambda b, m=main_file(files_): os.chmod(b / m, 0)))
        yield Variant(folder, "main-file-is-folder", write_folder({k: v for k, v in files_.items() if k != main_file(files_)}, top,
                                                                  lambda b, m=main_file(files_): (b / m).mkdir(parents=True)))
        yield Variant(folder, "empty-folder", write_folder({}, top))
    # Special single paths.
    yield Variant("special", "fifo-path", lambda root: (os.mkfifo(root / "tweets.js"), root / "tweets.js")[1])
    yield Variant("special", "dev-null", lambda root: Path("/dev/null"))
    yield Variant("special", "empty-file.zip", write_file(b"", "empty.zip"))
    yield Variant("special", "empty-file.tar.gz", write_file(b"", "empty.tar.gz"))
    for name, data in zip_bombs():
        yield Variant("special", name, write_file(data, "bomb.zip"), small="200MB" not in name)


def regression_fixtures() -> Iterator[tuple[str, bytes]]:
    """Small invented inputs, one for each bug this driver found, committed under corpora/hostile/
    (`--write-regressions corpora/hostile` rewrites them) and run by the Swift suite HostileInputTests."""
    tweet = ('{"tweet":{"id_str":"%s","full_text":"%s","created_at":"%s","favorite_count":"%s",'
             '"retweet_count":"%s","entities":{"hashtags":[],"user_mentions":[],"urls":[]},'
             '"display_text_range":["0","%s"]}}')
    rows = [tweet % ("100", "A normal post about gardening", "Wed Nov 02 21:30:39 +0000 2022", "4", "1", "29"),
            tweet % ("101", "A year of twenty digits", "Wed Nov 02 21:30:39 +0000 18446744073709551616", "2", "0", "23"),
            tweet % ("102", "Twenty-digit day and year", "Wed Nov 99999999999999999999 21:30:39 +0000 99999999999999999999", "1", "0", "25"),
            tweet % ("103", "Counts past every integer", "Thu Nov 03 10:00:00 +0000 2022", "99999999999999999999999999", "1e308", "25")]
    yield "tweets-huge-numbers.js", ("window.YTD.tweets.part0 = [\n" + ",\n".join(rows) + "\n]\n").encode()
    item = ("<item><title>%s</title><link>https://garden.example.org/%s/</link><guid>https://garden.example.org/%s/</guid>"
            "<pubDate>%s</pubDate><description>%s</description></item>\n")
    yield "feed-huge-dates.xml", (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Garden notes</title>'
        "<link>https://garden.example.org</link><description>Invented feed</description>\n"
        + item % ("Tomatoes", "tomatoes", "tomatoes", "Thu, 05 Jan 2012 14:30:46 +0000", "Staking tomatoes")
        + item % ("Year overflow", "y", "y", "Thu, 05 Jan 99999999999999999999 14:30:46 +0000", "A twenty-digit year")
        + item % ("Slashed overflow", "s", "s", "5/18446744073709551616/9223372036854775808 10:00", "Slashed digits")
        + item % ("Long day", "d", "d", "Thu, 99999999999999999999999 Jan 2012 14:30:46 GMT", "A long day")
        + "</channel></rss>\n").encode()
    yield "ghost-exported-on-1e308.json", (
        '{"db":[{"meta":{"exported_on":1e308,"version":"5.75.1"},"data":{"posts":[{"id":"1","uuid":"u1",'
        '"title":"Pruning roses","slug":"pruning","html":"<p>Cut above the bud.</p>","status":"published",'
        '"type":"post","published_at":"2023-03-01T10:00:00.000Z","created_at":"2023-03-01T10:00:00.000Z"}],'
        '"users":[{"id":"1","name":"Ada","slug":"ada"}],"posts_authors":[{"post_id":"1","author_id":"1"}]}}]}\n').encode()
    small = b'window.YTD.tweets.part0 = [ ]'
    manifest = b'window.__THAR_CONFIG = {"userInfo":{"accountId":"1","userName":"bomb"}}'
    yield "zip64-claims-max.zip", raw_zip([("data/tweets.js", small, (1 << 64) - 1, 0)], zip64=True)
    yield "zip64-claims-4EiB.zip", raw_zip([("data/tweets.js", small, 1 << 62, 0)], zip64=True)
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    plain = b"window.YTD.tweets.part0 = [ " + b" " * (8 << 20) + b"]"
    comp = z.compress(plain) + z.flush()
    crc = zlib.crc32(plain)
    # The CRC is the true content's: only the size lies.
    yield "zip-bomb-claims-100-bytes.zip", raw_zip([("data/tweets.js", comp, 100, 8, crc), ("data/manifest.js", manifest, len(manifest), 0)])
    yield "zip-claims-1GB-from-8KB.zip", raw_zip([("data/tweets.js", comp, 1 << 30, 8, crc), ("data/manifest.js", manifest, len(manifest), 0)])
    # A Mastodon export whose tar headers carry a base-256 mtime of 2^62 seconds.
    outbox = (b'{"@context":"https://www.w3.org/ns/activitystreams","id":"https://social.example/users/ada/outbox",'
              b'"type":"OrderedCollection","totalItems":1,"orderedItems":[{"id":"https://social.example/users/ada/statuses/1/activity",'
              b'"type":"Create","actor":"https://social.example/users/ada","published":"2023-03-01T10:00:00Z",'
              b'"to":["https://www.w3.org/ns/activitystreams#Public"],"cc":[],"object":{"id":"https://social.example/users/ada/statuses/1",'
              b'"type":"Note","published":"2023-03-01T10:00:00Z","url":"https://social.example/@ada/1",'
              b'"attributedTo":"https://social.example/users/ada","to":["https://www.w3.org/ns/activitystreams#Public"],"cc":[],'
              b'"content":"<p>Seedlings are up.</p>","replies":{"totalItems":0},"likes":{"totalItems":3},"shares":{"totalItems":1}}}]}')
    actor = (b'{"id":"https://social.example/users/ada","type":"Person","preferredUsername":"ada","name":"Ada",'
             b'"url":"https://social.example/@ada","followers":"https://social.example/users/ada/followers"}')
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for name, data in (("outbox.json", outbox), ("actor.json", actor)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1700000000
            tf.addfile(info, io.BytesIO(data))
    tar = bytearray(buf.getvalue())
    for h in (0, 512 * (1 + (len(outbox) + 511) // 512)):
        tar[h + 136:h + 148] = b"\x80" + (1 << 62).to_bytes(11, "big")
        fix_tar_checksum(tar, h)
    yield "mastodon-mtime-huge.tar.gz", gzip.compress(bytes(tar), mtime=0)


def main_file(files: dict[str, bytes]) -> str:
    for cand in ("data/tweets.js", "data/tweet.js", "tweet.js", "outbox.json", "tweets.csv"):
        if cand in files:
            return cand
    return sorted(files, key=lambda k: -len(files[k]))[0]


def zip_unit(rel, data, rng, density, byte_variants) -> Iterator[Variant]:
    fname = Path(rel).name
    big = len(data) > 256 << 10
    for name, mutated in zip_attacks(data, rng):
        yield Variant(rel, name, write_file(mutated, fname))
    m = Mutator(data, rng)
    for name, mutated in list(m.truncations(4 * density)) + list(m.flips(4 * density if not big else density)):
        yield Variant(rel, "zip-bytes-" + name, write_file(mutated, fname))
    if big:
        return
    # Re-zipped with one entry mutated.
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = [(i.filename, z.read(i)) for i in z.infolist() if not i.is_dir()]
    for k, (entry, content) in enumerate(members):
        if not entry.endswith((".js", ".json", ".csv", ".xml", ".html")):
            continue
        inner_rng = random.Random(f"{rng.random()}:{entry}")
        mm = Mutator(content, inner_rng)
        picks = list(mm.truncations(3)) + list(mm.flips(3)) + list(mm.numbers(3)) + list(mm.encodings(2)) + list(mm.nesting())[:1]
        for name, mutated in picks:
            yield Variant(rel, f"entry {entry}: {name}", write_file(build_zip([(n, mutated if n == entry else c) for n, c in members]), fname))
        yield Variant(rel, f"entry {entry}: stored-uncompressed-flip",
                      write_file(build_zip([(n, (c[:len(c) // 2] + b"\xff" + c[len(c) // 2:]) if n == entry else c) for n, c in members], zipfile.ZIP_STORED), fname))


def tar_unit(rel, data, rng, density, byte_variants) -> Iterator[Variant]:
    fname = Path(rel).name
    tar = gzip.decompress(data)
    with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
        files = {m.name: tf.extractfile(m).read() for m in tf.getmembers() if m.isfile()}
    for name, mutated in gzip_attacks(data):
        yield Variant(rel, name, write_file(mutated, fname), small="200MB" not in name)
    for name, mutated in tar_attacks(tar, files):
        yield Variant(rel, name + " (gzip)", write_file(gzip.compress(mutated, mtime=0), fname))
        yield Variant(rel, name + " (plain tar)", write_file(mutated, fname.replace(".tar.gz", ".tar")))
    m = Mutator(tar, rng)
    for name, mutated in list(m.truncations(3 * density)) + list(m.flips(3 * density)):
        yield Variant(rel, "tar-bytes-" + name, write_file(gzip.compress(mutated, mtime=0), fname))
    # Re-tarred with one entry mutated.
    for entry, content in files.items():
        if not entry.endswith((".json", ".js", ".csv")):
            continue
        inner = Mutator(content, random.Random(f"{rng.random()}:{entry}"))
        picks = list(inner.truncations(3)) + list(inner.flips(3)) + list(inner.numbers(3)) + list(inner.encodings(2)) + list(inner.nesting())[:1]
        for name, mutated in picks:
            buf = io.BytesIO()
            with tarfile.open(fileobj=buf, mode="w:gz") as tf:
                for n, c in files.items():
                    c = mutated if n == entry else c
                    info = tarfile.TarInfo(n)
                    info.size = len(c)
                    info.mtime = 1700000000
                    tf.addfile(info, io.BytesIO(c))
            yield Variant(rel, f"entry {entry}: {name}", write_file(buf.getvalue(), fname))


# ---------------------------------------------------------------------------------------------------------
# Running


@dataclass
class Outcome:
    variant: str
    command: str
    problems: list[str]
    status: int | None
    seconds: float
    rss_mb: float
    stderr: str = ""


def snapshot(root: Path) -> dict[str, str]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for n in filenames + dirnames:
            p = Path(dirpath) / n
            try:
                st = os.lstat(p)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and st.st_size < 64 << 20:
                try:
                    with open(p, "rb") as f:
                        out[str(p)] = hashlib.sha1(f.read()).hexdigest()
                except OSError:
                    out[str(p)] = "unreadable"
            else:
                out[str(p)] = f"{st.st_mode}:{st.st_size}:{st.st_mtime_ns}"
    return out


def run_one(engage: str, args: list[str], stdin_path: str | None, timeout: float, cwd: Path) -> tuple[int | None, bytes, bytes, float, float]:
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    stdin = open(stdin_path, "rb") if stdin_path else subprocess_devnull()
    start = time.monotonic()
    # posix_spawn/vfork through subprocess, not os.fork: a forked child's peak RSS counts the pages it
    # shares with this (large) process, which would hide engage's own memory use.
    proc = subprocess.Popen([engage] + args, cwd=cwd, stdin=stdin, stdout=out_f, stderr=err_f,
                            process_group=0, close_fds=True)
    pid = proc.pid
    status: int | None = None
    rss = 0.0
    while True:
        wpid, wstatus, usage = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            status = -os.WTERMSIG(wstatus) if os.WIFSIGNALED(wstatus) else os.WEXITSTATUS(wstatus)
            rss = usage.ru_maxrss / 1024
            break
        if time.monotonic() - start > timeout:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.wait4(pid, 0)
            status = None
            break
        time.sleep(0.005)
    proc.returncode = status if status is not None else -9  # reaped here, not by Popen
    elapsed = time.monotonic() - start
    stdin.close()
    out_f.seek(0)
    err_f.seek(0)
    out, err = out_f.read(), err_f.read()
    out_f.close()
    err_f.close()
    return status, out, err, elapsed, rss


def subprocess_devnull():
    return open(os.devnull, "rb")


TRACE = re.compile(r"Fatal error|Stack dump|stack trace|Current stack|Illegal instruction|Segmentation fault|"
                   r"Assertion failed|0x[0-9a-f]{8,}|\bat /|#\d+ 0x|Crash|precondition", re.I)


def judge(command: str, status, out: bytes, err: bytes, elapsed: float, rss: float, variant: Variant,
          before: dict, after: dict, mem_limit: float) -> list[str]:
    problems = []
    if status is None:
        problems.append(f"hang (> {elapsed:.0f} s)")
    elif status < 0:
        problems.append(f"crash (signal {-status})")
    elif status not in (0, 1, 3):
        problems.append(f"status {status}")
    text = err.decode("utf-8", "replace")
    lines = [l for l in text.split("\n") if l]
    if TRACE.search(text):
        problems.append("stderr has a trace")
    bad = [l for l in lines if not l.startswith("engage: ")]
    if bad:
        problems.append(f"stderr line not 'engage: …': {bad[0][:160]!r}")
    if status == 1 and len(lines) != 1 and command != "export":
        problems.append(f"error exit with {len(lines)} stderr lines")
    if status == 1 and lines and not re.search(r"\[[a-z-]+\]$", lines[-1]):
        problems.append("error line without a [code]")
    if status == 1 and not lines:
        problems.append("exit 1 with nothing on stderr")
    if variant.small and rss > mem_limit:
        problems.append(f"memory {rss:.0f} MB")
    if before != after:
        changed = sorted(set(before.items()) ^ set(after.items()))
        problems.append(f"modified: {changed[0][0]}")
    if variant.secret and SECRET_MARK.encode() in out + err:
        problems.append("leak: XXE contents in the output")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engage", default=str(REPO / ".build/release/engage"))
    ap.add_argument("--work", default=None, help="work folder (default: a fresh temporary one)")
    ap.add_argument("--seed", default="engage-hostile-1")
    ap.add_argument("--density", type=int, default=2, help="how many random variants of each kind (1 = quick)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--mem-limit", type=float, default=1500, help="MB of peak RSS allowed on a small input")
    ap.add_argument("--commands", default="inspect,export,audit")
    ap.add_argument("--only", action="append", default=[], help="substring of the unit or variant name (repeatable)")
    ap.add_argument("--skip", action="append", default=[], help="substring to leave out (repeatable)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--max", type=int, default=0, help="stop after this many variants")
    ap.add_argument("--write-regressions", metavar="DIR", help="write the regression fixtures to DIR and stop")
    args = ap.parse_args()
    if args.write_regressions:
        out = Path(args.write_regressions)
        out.mkdir(parents=True, exist_ok=True)
        for name, data in regression_fixtures():
            (out / name).write_bytes(data)
            print(f"{out / name}: {len(data)} bytes")
        return 0

    def chosen_variants() -> Iterator[Variant]:
        n = 0
        for v in variants(args.seed, args.density):
            if (args.only and not any(o in v.ident for o in args.only)) or any(s in v.ident for s in args.skip):
                continue
            if args.max and n >= args.max:
                return
            n += 1
            yield v

    if args.list:
        n = 0
        for v in chosen_variants():
            print(v.ident)
            n += 1
        print(f"{n} variants", file=sys.stderr)
        return 0
    if not os.access(args.engage, os.X_OK):
        print(f"hostile: {args.engage} is not built (swift build -c release --product engage)", file=sys.stderr)
        return 2
    work = Path(args.work or tempfile.mkdtemp(prefix="engage-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    secret = work / "secret.txt"
    secret.write_text(SECRET_MARK + "\n")
    commands = args.commands.split(",")
    lock = threading.Lock()
    outcomes: list[Outcome] = []
    failures: list[Outcome] = []
    counter = [0]
    started = time.monotonic()

    def process(index: int, v: Variant):
        root = work / f"v{index}"
        if root.exists():
            shutil.rmtree(root)
        root.mkdir()
        try:
            path = v.build(root)
        except Exception as e:  # noqa: BLE001 - a variant that cannot be laid out is skipped and said
            with lock:
                print(f"hostile: cannot lay out {v.ident}: {e}", file=sys.stderr)
            return
        if path.is_file() and not path.is_symlink() and not str(path).startswith("/dev/"):
            # XXE variants point at the secret file with an absolute path.
            raw = path.read_bytes()
            if b"file://SECRET" in raw:
                path.write_bytes(raw.replace(b"file://SECRET", f"file://{secret}".encode()))
        elif path.is_dir():
            for q in path.rglob("*"):
                if q.is_file() and not q.is_symlink() and os.access(q, os.R_OK):
                    try:
                        raw = q.read_bytes()
                    except OSError:
                        continue
                    if b"file://SECRET" in raw:
                        q.write_bytes(raw.replace(b"file://SECRET", f"file://{secret}".encode()))
        runs = []
        if v.classify_kind:
            runs.append(("classify", ["classify", "--jsonl", "--kind", v.classify_kind], str(path)))
        for c in commands:
            runs.append((c, [c, str(path)], None))
        for command, argv, stdin in runs:
            before = snapshot(root)
            status, out, err, elapsed, rss = run_one(args.engage, argv, stdin, args.timeout, root)
            after = snapshot(root)
            problems = judge(command, status, out, err, elapsed, rss, v, before, after, args.mem_limit)
            o = Outcome(v.ident, command, problems, status, elapsed, rss, err.decode("utf-8", "replace")[:2000])
            with lock:
                outcomes.append(o)
                if problems:
                    failures.append(o)
                    n = len(failures)
                    keep = work / "failures" / str(n)
                    keep.mkdir(parents=True, exist_ok=True)
                    try:
                        if path.is_file() and path.stat().st_size < 32 << 20 and not str(path).startswith("/dev/"):
                            shutil.copy(path, keep / path.name)
                        elif path.is_dir():
                            shutil.copytree(path, keep / path.name, symlinks=True, ignore_dangling_symlinks=True)
                    except OSError:
                        pass
                    (keep / "repro.sh").write_text(f"{args.engage} {' '.join(argv[:-1] if stdin is None else argv)} "
                                                   f"{keep / path.name if stdin is None else ''}{' < ' + str(keep / path.name) if stdin else ''}\n")
                    (keep / "what.txt").write_text(f"{v.ident}\n{command}: {'; '.join(problems)}\nstatus {status}\n"
                                                   f"stderr:\n{err.decode('utf-8', 'replace')[:4000]}\n")
                    print(f"FAIL #{n} {command} {v.ident}: {'; '.join(problems)}", flush=True)
        with lock:
            counter[0] += 1
            if counter[0] % 200 == 0:
                print(f"... {counter[0]} variants, {len(failures)} failures, "
                      f"{time.monotonic() - started:.0f} s", flush=True)
        for q in [root] + list(root.rglob("*")):
            try:
                if not q.is_symlink():
                    os.chmod(q, 0o755)
            except OSError:
                pass
        shutil.rmtree(root, ignore_errors=True)

    # Variants are made one at a time (some are tens of megabytes) and at most 2×jobs are in flight, so
    # this process stays small: a forked child's peak memory includes its parent's at the fork.
    units: set[str] = set()
    total = 0
    slots = threading.BoundedSemaphore(args.jobs * 2)

    def release(_):
        slots.release()

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for index, v in enumerate(chosen_variants()):
            slots.acquire()
            units.add(v.unit)
            total += 1
            pool.submit(process, index, v).add_done_callback(release)

    by_kind: dict[str, int] = {}
    for f in failures:
        for p in f.problems:
            k = p.split(" ")[0].rstrip(":")
            by_kind[k] = by_kind.get(k, 0) + 1
    summary = {
        "inputs": len(units), "variants": total, "runs": len(outcomes), "failures": len(failures),
        "by_kind": by_kind, "seconds": round(time.monotonic() - started, 1),
        "slowest": sorted(((round(o.seconds, 2), o.command, o.variant) for o in outcomes), reverse=True)[:10],
        "largest_rss_mb": sorted(((round(o.rss_mb), o.command, o.variant) for o in outcomes), reverse=True)[:10],
        "statuses": {str(s): sum(1 for o in outcomes if o.status == s) for s in sorted({o.status for o in outcomes}, key=str)},
        "failed": [{"variant": f.variant, "command": f.command, "problems": f.problems, "stderr": f.stderr[:500]} for f in failures],
    }
    (work / "summary.json").write_text(json.dumps(summary, indent=2))
    print(f"hostile: {len(units)} inputs, {total} variants, {len(outcomes)} runs in {summary['seconds']} s: "
          f"{len(failures)} failures {by_kind or ''}; statuses {summary['statuses']}; details in {work}/summary.json")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
