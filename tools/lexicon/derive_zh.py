#!/usr/bin/env python3
"""Derive candidate Chinese sentiment terms from the eval TRAIN splits.

Provenance tool for lexicons/zh/sentiment.tsv. Python 3 stdlib only, deterministic.

Reads ONLY the train splits (never dev/test):
  zh_hotel, zh_waimai, zh_shopping (labels pos/neg),
  zh_car_aspects, zh_aspects (only records labelled pos or neg).
For every character n-gram (n = 2..4) inside runs of CJK/Latin/digit characters
(n-grams never cross punctuation or spaces), it counts the number of pos and neg
documents containing it (document frequency) and computes
  * the smoothed log-odds ratio of the per-class document rates
        lo = log((df_pos + a) / (N_pos + 2a)) - log((df_neg + a) / (N_neg + 2a)),  a = 0.5
  * a z-score of the log-odds with an informative Dirichlet prior
    (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), prior = overall
    n-gram document frequency scaled to PRIOR_MASS.
Candidates with df >= MIN_DF (total) and |z| >= MIN_Z are written, sorted by z,
to a TSV under /tmp (NOT into the repository). Every candidate was then
reviewed by hand; only real opinion-bearing words/phrases were kept, with a
valence chosen by the reviewer (see lexicons/provenance/zh-sentiment.md).

Usage: python3 tools/lexicon/derive_zh.py [--eval DIR] [--out FILE]
"""
import argparse
import json
import math
import os
import re
import unicodedata
from collections import Counter

SETS = ["zh_hotel", "zh_waimai", "zh_shopping", "zh_car_aspects", "zh_aspects"]
MIN_DF = 8
MIN_Z = 2.0
ALPHA = 0.5
PRIOR_MASS = 500.0
RUN = re.compile(r"[0-9a-z\u3400-\u9fff]+")


def normalize(text):
    return unicodedata.normalize("NFKC", text).lower()


def ngrams(text):
    grams = set()
    for run in RUN.findall(normalize(text)):
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                g = run[i:i + n]
                if g.isascii():  # Latin/digit-only n-grams are char fragments
                    continue
                grams.add(g)
    return grams


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=os.path.join(here, "..", "..", "..", "shared", "eval"))
    ap.add_argument("--out", default="/tmp/zh_sentiment_candidates.tsv")
    args = ap.parse_args()
    evaldir = args.eval if os.path.isdir(args.eval) else "/work/shared/eval"

    df = {"pos": Counter(), "neg": Counter()}
    ndocs = Counter()
    for s in SETS:
        path = os.path.join(evaldir, s, "train.jsonl")  # train split ONLY
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                lab = rec.get("label")
                if lab not in ("pos", "neg"):
                    continue
                ndocs[lab] += 1
                df[lab].update(ngrams(rec["text"]))

    npos, nneg = ndocs["pos"], ndocs["neg"]
    total = Counter(df["pos"]) + df["neg"]
    ntot = npos + nneg
    rows = []
    for g, t in total.items():
        if t < MIN_DF:
            continue
        p, q = df["pos"][g], df["neg"][g]
        lo = math.log((p + ALPHA) / (npos + 2 * ALPHA)) - math.log((q + ALPHA) / (nneg + 2 * ALPHA))
        a = PRIOR_MASS * t / ntot  # informative prior for this n-gram
        a0 = PRIOR_MASS
        d = (math.log((p + a) / (npos + a0 - p - a)) - math.log((q + a) / (nneg + a0 - q - a)))
        var = 1.0 / (p + a) + 1.0 / (q + a)
        z = d / math.sqrt(var)
        if abs(z) < MIN_Z:
            continue
        rows.append((z, g, p, q, lo))
    rows.sort(key=lambda r: (-r[0], r[1]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# docs pos={npos} neg={nneg}; min_df={MIN_DF} min_|z|={MIN_Z}\n")
        f.write("ngram\tz\tlog_odds\tdf_pos\tdf_neg\n")
        for z, g, p, q, lo in rows:
            f.write(f"{g}\t{z:.2f}\t{lo:.2f}\t{p}\t{q}\n")
    print(f"{len(rows)} candidates -> {args.out}")


if __name__ == "__main__":
    main()
