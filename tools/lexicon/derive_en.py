#!/usr/bin/env python3
"""Derive English sentiment-term candidates from the eval TRAIN splits.

Provenance tool for lexicons/en/sentiment.tsv. It never reads dev or test
data. For every English set it counts, per document, the unigrams, bigrams and
trigrams of positive and negative records, and scores each n-gram with the
log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
2008): the prior is the n-gram's pooled frequency over all English train
splits, and the score is the z-score of the log-odds difference (pos vs neg).
Per-set z-scores are combined as sum(z) / sqrt(number of sets where the n-gram
occurs), so words that are consistent across sets rank higher than words that
only mark one set's topic (e.g. airline names).

The output is a candidate list for a human to review; nothing is written into
the repository. Usage:

    python3 tools/lexicon/derive_en.py [--eval DIR] [--out FILE]

Defaults: DIR = <repo>/../shared/eval, FILE = /tmp/verbatim_en_candidates.tsv.
Standard library only; output is deterministic (sorted).
"""

import argparse
import json
import math
import os
import re
import sys
import unicodedata
from collections import Counter

SETS = [
    "vader_tweets", "vader_amazon", "vader_movie", "vader_nyt",
    "airline_tweets", "semeval14_restaurants", "semeval14_laptops",
    "en_alexa_ratings", "sxsw_brands",
]

MIN_DOCS = {1: 5, 2: 5, 3: 4}       # minimum document frequency (pos+neg, pooled)
MIN_ABS_Z = {1: 1.64, 2: 1.64, 3: 1.64}  # minimum |combined z| to be listed
PRIOR_SCALE = 100.0                 # alpha_0 of the Dirichlet prior

TOKEN_RE = re.compile(r"[#@]?[a-z0-9]+(?:'[a-z]+)*")
RUN3_RE = re.compile(r"([a-z])\1{2,}")


def normalize(text):
    """Approximate Verbatim's normalizer: NFKC, case-fold, straight quotes,
    runs of 3+ identical Latin letters shortened to one (soooo -> so)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return RUN3_RE.sub(r"\1", text)


def tokens(text):
    toks = []
    for t in TOKEN_RE.findall(normalize(text)):
        if t.startswith("@") or t.startswith("http"):
            continue  # user handles and links are never opinion words
        toks.append(t)
    return toks


def ngrams(toks, n):
    return {" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def load_train(eval_dir, name):
    path = os.path.join(eval_dir, name, "train.jsonl")
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("lang") != "en" or rec.get("label") not in ("pos", "neg"):
                continue
            docs.append((rec["label"], tokens(rec["text"])))
    return docs


def log_odds_z(cp, cn, np_, nn, prior, a0):
    """z-score of the log-odds difference with an informative Dirichlet prior."""
    a = prior * a0
    lp = math.log((cp + a) / (np_ + a0 - cp - a))
    ln = math.log((cn + a) / (nn + a0 - cn - a))
    var = 1.0 / (cp + a) + 1.0 / (cn + a)
    return (lp - ln) / math.sqrt(var), lp - ln


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", default=os.path.join(repo, "..", "shared", "eval"))
    ap.add_argument("--out", default="/tmp/verbatim_en_candidates.tsv")
    args = ap.parse_args()

    per_set = {}
    pooled = Counter()
    for name in SETS:
        docs = load_train(args.eval, name)
        pos, neg = Counter(), Counter()
        for label, toks in docs:
            grams = set()
            for n in (1, 2, 3):
                grams |= ngrams(toks, n)
            (pos if label == "pos" else neg).update(grams)
        npos = sum(1 for l, _ in docs if l == "pos")
        nneg = len(docs) - npos
        per_set[name] = (pos, neg, npos, nneg)
        pooled.update(pos)
        pooled.update(neg)

    total = sum(pooled.values())
    rows = []
    for gram, df in pooled.items():
        n = gram.count(" ") + 1
        if df < MIN_DOCS[n]:
            continue
        prior = df / total
        zs, parts, tp, tn = [], [], 0, 0
        for name in SETS:
            pos, neg, npos, nneg = per_set[name]
            cp, cn = pos.get(gram, 0), neg.get(gram, 0)
            if cp + cn == 0 or npos == 0 or nneg == 0:
                continue
            # document counts are turned into rates comparable across sets
            z, _ = log_odds_z(cp, cn, npos, nneg, prior, PRIOR_SCALE)
            zs.append(z)
            parts.append("%s:%d/%d" % (name, cp, cn))
            tp += cp
            tn += cn
        if not zs:
            continue
        zc = sum(zs) / math.sqrt(len(zs))
        if abs(zc) < MIN_ABS_Z[n]:
            continue
        agree = sum(1 for z in zs if (z > 0) == (zc > 0)) / len(zs)
        rows.append((gram, n, zc, agree, len(zs), tp, tn, " ".join(parts)))

    rows.sort(key=lambda r: (-abs(r[2]), r[0]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# candidates from derive_en.py (train splits only); review by hand\n")
        f.write("# ngram\tn\tz\tsign_agreement\tsets\tpos_docs\tneg_docs\tper_set pos/neg\n")
        for gram, n, zc, agree, k, tp, tn, parts in rows:
            f.write("%s\t%d\t%.2f\t%.2f\t%d\t%d\t%d\t%s\n" % (gram, n, zc, agree, k, tp, tn, parts))
    print("wrote %d candidates to %s" % (len(rows), args.out))


if __name__ == "__main__":
    sys.exit(main())
