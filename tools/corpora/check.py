#!/usr/bin/env python3
"""Checks the committed corpora: determinism, encodings, well-formedness, size.

    python3 tools/corpora/check.py

Runs generate.py twice into temporary directories and compares every file byte for byte with the
other run and with corpora/; then decodes and parses each format. Exits non-zero on any failure.
"""

import csv
import filecmp
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.dom.minidom
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPORA = os.path.join(ROOT, "corpora")
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def files_under(d):
    out = []
    for base, _, names in os.walk(d):
        for n in names:
            out.append(os.path.relpath(os.path.join(base, n), d))
    return sorted(out)


def main():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        for d in (a, b):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", d], check=True,
                           stdout=subprocess.DEVNULL)
        fa, fb = files_under(a), files_under(b)
        check(fa == fb, "two runs write the same file list")
        same = all(filecmp.cmp(os.path.join(a, f), os.path.join(b, f), shallow=False) for f in fa)
        check(same, "two runs are byte-identical")
        committed = [f for f in files_under(CORPORA) if f != "sample-reviews.jsonl" and f != "README.md"]
        check(committed == fa, "corpora/ holds exactly the generated files (plus sample-reviews.jsonl, README.md)")
        check(all(filecmp.cmp(os.path.join(a, f), os.path.join(CORPORA, f), shallow=False) for f in fa),
              "corpora/ matches a fresh run (regenerate and commit if not)")

    p = lambda rel: os.path.join(CORPORA, rel)  # noqa: E731
    raw = lambda rel: open(p(rel), "rb").read()  # noqa: E731

    # Encodings
    data = raw("delivery/reviews-zh-excel.csv")
    text = data.decode("gb18030")
    check(True, "reviews-zh-excel.csv decodes as GB18030")
    try:
        data.decode("gbk")
        check(False, "reviews-zh-excel.csv needs GB18030 (has 4-byte sequences GBK lacks)")
    except UnicodeDecodeError:
        check(True, "reviews-zh-excel.csv needs GB18030 (has 4-byte sequences GBK lacks)")
    check(not data.startswith(b"\xef\xbb\xbf"), "reviews-zh-excel.csv has no BOM (Excel ANSI)")
    check(data.count(b"\r\n") == 253, "reviews-zh-excel.csv: 253 CRLF row ends (LF alone only inside a quoted cell)")
    manifest = json.loads(raw(".meta/MANIFEST.json"))
    line = manifest["brokenRow"]["line"]
    physical = text.split("\n")
    check(physical[line - 1].count('"') == 1, f"reviews-zh-excel.csv line {line} has one unterminated quote")
    check('"' not in "\r\n".join(physical[line:]), "no quote character after the broken row")

    u16 = raw("hotels/reviews-utf16.tsv")
    check(u16.startswith(b"\xff\xfe"), "reviews-utf16.tsv starts with a UTF-16 LE BOM")
    rows = list(csv.reader(io.StringIO(u16.decode("utf-16"), newline=""), delimiter="\t"))
    check(len(rows) == 190, f"reviews-utf16.tsv parses to header + 189 rows ({len(rows)})")
    raw("hotels/reviews-tw-big5.csv").decode("big5")
    check(True, "reviews-tw-big5.csv decodes as Big5")
    raw("hotels/pages/harbourlight-guangzhou-gbk.html").decode("gbk")
    check(True, "harbourlight-guangzhou-gbk.html decodes as GBK")
    for rel in ("delivery/survey-qualtrics.csv", "delivery/wenjuanxing-export.csv", "hotels/tencent-survey.csv"):
        check(raw(rel).startswith(b"\xef\xbb\xbf"), f"{rel} starts with a UTF-8 BOM")

    # CSV shapes
    en = list(csv.reader(io.StringIO(raw("delivery/reviews-en.csv").decode("utf-8"), newline="")))
    check(len(en) == 253 and all(len(r) == 9 for r in en), "reviews-en.csv: header + 252 rows of 9 cells")
    check(any("\n" in r[-1] for r in en) and any('"' in r[-1] for r in en), "reviews-en.csv has embedded newline and quotes")
    q = list(csv.reader(io.StringIO(raw("delivery/survey-qualtrics.csv").decode("utf-8-sig"), newline="")))
    check(q[0][0] == "StartDate" and q[2][0].startswith('{"ImportId"') and len(q) == 94, "Qualtrics: 3 header rows + 91")
    sm = list(csv.reader(io.StringIO(raw("hotels/survey-monkey.csv").decode("utf-8"), newline="")))
    check(sm[0][0] == "Respondent ID" and sm[1][12] == "Open-Ended Response" and len(sm) == 83, "SurveyMonkey: 2 header rows + 81")

    # JSON and JS
    json.loads(raw("social/export.json"))
    check(True, "export.json parses")
    lines = raw("social/posts.jsonl").decode("utf-8").splitlines()
    check(all(isinstance(json.loads(l), dict) for l in lines), "posts.jsonl: every line is a JSON object")
    js = raw("social/tweets.js").decode("utf-8")
    prefix = "window.YTD.tweets.part0 = "
    check(js.startswith(prefix) and len(json.loads(js[len(prefix):])) == 63, "tweets.js: prefix + JSON array of 63")
    json.loads(raw(".meta/MANIFEST.json"))

    # XML, HTML JSON-LD, XLSX
    for rel in ("delivery/appstore-feed.xml", "social/listening-dump.xml"):
        xml.dom.minidom.parseString(raw(rel))
        check(True, f"{rel} is well-formed")
    feed = ET.fromstring(raw("delivery/appstore-feed.xml"))
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    check(len(entries) == 51, "appstore-feed.xml: app entry + 50 reviews")
    import re
    for rel in ("hotels/pages/harbourlight-shanghai.html", "hotels/pages/crestmoor-hangzhou.html",
                "hotels/pages/harbourlight-guangzhou-gbk.html"):
        enc = "gbk" if "gbk" in rel else "utf-8"
        page = raw(rel).decode(enc)
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        check(len(blocks) == 1 and json.loads(blocks[0]) is not None, f"{rel}: JSON-LD parses")
    with zipfile.ZipFile(p("delivery/wenjuanxing-export.xlsx")) as z:
        check(z.testzip() is None, "wenjuanxing-export.xlsx is a valid zip")
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
        check(len(sheet.findall(f"{ns}sheetData/{ns}row")) == 92, "xlsx sheet has header + 91 rows")

    # sample-reviews.jsonl untouched, total size
    diff = subprocess.run(["git", "-C", ROOT, "diff", "--quiet", "HEAD", "--", "corpora/sample-reviews.jsonl"])
    check(diff.returncode == 0, "corpora/sample-reviews.jsonl unchanged")
    size = sum(os.path.getsize(os.path.join(CORPORA, f)) for f in files_under(CORPORA))
    check(size < 5 * 1024 * 1024, f"corpora/ is {size / 1024:.0f} KiB (< 5 MiB)")

    print(f"\n{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
