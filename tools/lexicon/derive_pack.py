#!/usr/bin/env python3
"""Candidate domain-pack sentiment terms from ONE eval set's TRAIN split.

Provenance tool for lexicons/packs/<domain>/sentiment.tsv (entries marked
"train-derived" in lexicons/provenance/pack-sentiment.md). It never reads dev
or test data.

For the train split of SET it counts, per document, the n-grams of the
positive and negative records (English: word 1-3-grams inside punctuation-free
runs, URLs and @mentions removed; Chinese: character 2-4-grams inside runs of
CJK/Latin/digit characters) and scores each with the log-odds z-score with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior mass 500, the
n-gram's pooled document rate). Terms already in the core language files or
the pack are skipped. With --bin it also runs `verbatim annotate` on the same
train file and counts, per n-gram, the currently misclassified train records
that contain it (a hint of what a new entry would change).

Writes the candidates (z, term, df_pos, df_neg, errors_gold_pos,
errors_gold_neg), most negative first, to a TSV under /tmp -- never into the
repository. Every entry taken from it was reviewed by hand and given a valence
by the reviewer. Standard library only; deterministic.

Usage:
    python3 tools/lexicon/derive_pack.py SET DOMAIN LANG [--bin .build/release/verbatim]
        [--eval DIR] [--out FILE] [--min-df 6]
"""
import argparse
import glob
import json
import math
import os
import re
import subprocess
import unicodedata
from collections import Counter

PRIOR_MASS = 500.0


def grams(text, lang):
    t = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    out = set()
    if lang == "en":
        t = re.sub(r"https?://\S+|@\w+", " ", t)
        for run in re.split(r"[.!?;,:()\"]+", t):
            w = re.findall(r"[a-z0-9#']+", run)
            for n in (1, 2, 3):
                for i in range(len(w) - n + 1):
                    out.add(" ".join(w[i:i + n]))
    else:
        for run in re.findall(r"[0-9a-z\u3400-\u9fff]+", t):
            for n in (2, 3, 4):
                for i in range(len(run) - n + 1):
                    out.add(run[i:i + n])
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("domain")
    ap.add_argument("lang", choices=["en", "zh"])
    ap.add_argument("--eval", default=os.path.join(repo, "..", "shared", "eval"))
    ap.add_argument("--bin", default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--min-df", type=int, default=6)
    a = ap.parse_args()
    path = os.path.join(a.eval, a.set, "train.jsonl")
    recs = [json.loads(line) for line in open(path, encoding="utf-8")]
    preds = [None] * len(recs)
    if a.bin:
        lines = subprocess.run([a.bin, "annotate", path, "--domain", a.domain], capture_output=True,
                               cwd=repo, check=True).stdout.decode().splitlines()
        for k, line in enumerate(lines):
            s = json.loads(line).get("sentiment")
            if s:
                preds[k] = s["label"] if s["label"] != "neu" else ("pos" if s["score"] >= 0 else "neg")
    known = set()
    files = glob.glob(os.path.join(repo, "lexicons", a.lang, "*.tsv"))
    files += glob.glob(os.path.join(repo, "lexicons", "packs", a.domain, "*.tsv"))
    for f in files:
        if f.endswith(("themes.tsv", "pack.tsv")):
            continue
        for line in open(f, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                known.add(line.split("\t")[0])
    dp, dn, ep, en = Counter(), Counter(), Counter(), Counter()
    n_pos = n_neg = 0
    for r, p in zip(recs, preds):
        if r.get("label") not in ("pos", "neg"):
            continue
        g = grams(r["text"], a.lang)
        if r["label"] == "pos":
            n_pos += 1
            dp.update(g)
        else:
            n_neg += 1
            dn.update(g)
        if p is not None and p != r["label"]:
            (ep if r["label"] == "pos" else en).update(g)
    rows = []
    total = n_pos + n_neg
    for w in set(dp) | set(dn):
        p, n = dp[w], dn[w]
        if p + n < a.min_df or w in known:
            continue
        prior = (p + n) / total * PRIOR_MASS
        ap_, an_ = p + prior / 2, n + prior / 2
        d = math.log(ap_ / (n_pos + PRIOR_MASS / 2 - ap_)) - math.log(an_ / (n_neg + PRIOR_MASS / 2 - an_))
        rows.append((d / math.sqrt(1 / ap_ + 1 / an_), w, p, n, ep[w], en[w]))
    rows.sort()
    out = a.out or f"/tmp/verbatim_pack_{a.set}_candidates.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# {a.set} train: {n_pos} pos, {n_neg} neg documents\n")
        f.write("z\tterm\tdf_pos\tdf_neg\terrors_gold_pos\terrors_gold_neg\n")
        for z, w, p, n, e1, e2 in rows:
            f.write(f"{z:.2f}\t{w}\t{p}\t{n}\t{e1}\t{e2}\n")
    print(f"{len(rows)} candidates -> {out}")


if __name__ == "__main__":
    main()
