#!/usr/bin/env python3
"""Derive CANDIDATE theme terms from the *train* split of three aspect sets.

Candidates only: every term printed here was reviewed by hand before it went
into lexicons/themes/themes.tsv or lexicons/packs/*/themes.tsv.  Never run on
dev or test (the script refuses anything but train.jsonl).

  semeval14_restaurants  aspectTerm `term` values, attributed to the sentence's
                         aspect categories (food/service/price/ambience); a
                         term is printed with the category it co-occurs with
                         most and the share of its occurrences in that category.
  zh_car_aspects         no aspect terms in the source: for records with a
                         single aspect category, character 2-/3-grams are
                         ranked per category by a smoothed log-odds ratio
                         (category vs. all other single-category records).
  zh_aspects             same n-gram log-odds, coarse ASAP aspect prefixes
                         (dish/service/price/environment/location).

Usage: derive_themes.py [EVAL_DIR] [--top N]
Prints TSV: set, category, candidate, count, score.  Stdlib only.
"""
import collections
import json
import math
import os
import re
import sys

EVAL = "/work/shared/eval"


def load(name):
    path = os.path.join(EVAL, name, "train.jsonl")
    assert path.endswith("/train.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def semeval(top):
    cnt = collections.defaultdict(collections.Counter)
    for r in load("semeval14_restaurants"):
        cats = {a["category"] for a in r.get("aspects", []) if a["category"] != "term"}
        cats.discard("anecdotes/miscellaneous")
        for a in r.get("aspects", []):
            if a["category"] == "term":
                term = a["term"].lower().strip()
                for c in cats or {"(none)"}:
                    cnt[term][c] += 1
    rows = []
    for term, c in cnt.items():
        cat, n = c.most_common(1)[0]
        total = sum(c.values())
        rows.append((cat, term, total, n / total))
    rows.sort(key=lambda x: (x[0], -x[2], x[1]))
    for cat, term, total, share in rows:
        print(f"semeval14_restaurants\t{cat}\t{term}\t{total}\t{share:.2f}")


CJK = re.compile(r"[\u4e00-\u9fff]+")


def ngrams(text):
    out = set()
    for run in CJK.findall(text):
        for n in (2, 3):
            for i in range(len(run) - n + 1):
                out.add(run[i:i + n])
    return out


def logodds(name, keyfn, top, min_count=5):
    docs = collections.defaultdict(list)
    for r in load(name):
        cats = {keyfn(a["category"]) for a in r.get("aspects", [])}
        if len(cats) == 1:
            docs[cats.pop()].append(ngrams(r["text"]))
    total = collections.Counter()
    per = {}
    for cat, ds in docs.items():
        c = collections.Counter()
        for d in ds:
            c.update(d)
        per[cat] = c
        total.update(c)
    ndocs = sum(len(d) for d in docs.values())
    for cat, c in sorted(per.items()):
        n_in = len(docs[cat])
        n_out = ndocs - n_in
        scored = []
        for g, k in c.items():
            if k < min_count:
                continue
            o = total[g] - k
            lo = math.log((k + 0.5) / (n_in - k + 0.5)) - math.log((o + 0.5) / (n_out - o + 0.5))
            scored.append((lo, g, k))
        scored.sort(reverse=True)
        for lo, g, k in scored[:top]:
            print(f"{name}\t{cat}\t{g}\t{k}\t{lo:.2f}")


def main():
    global EVAL
    args = sys.argv[1:]
    top = 60
    if "--top" in args:
        i = args.index("--top")
        top = int(args[i + 1])
        del args[i:i + 2]
    if args:
        EVAL = args[0]
    semeval(top)
    logodds("zh_car_aspects", lambda c: c, top)
    logodds("zh_aspects", lambda c: c.split("_")[0], top, min_count=3)


if __name__ == "__main__":
    main()
