#!/usr/bin/env python3
"""Which lexicon terms help and which hurt the sentiment decision on one half of TRAIN.

Runs `verbatim explain --json` on every labelled (pos/neg) train record of a set
(cached in out/explain-<set>.jsonl by record id; the cache does not notice a
lexicon change, so pass --fresh after one), and for each matched term counts,
over the records of the chosen half (see crossval.py for the halves):

* `agree`  — records where the term's final contribution has the gold sign,
* `oppose` — records where it has the opposite sign,
* `flips`  — misclassified records where the term opposes gold and removing
  its contribution alone would make the decision right.

Sorted by flips, then oppose − agree. Meant for reading: a term that opposes
gold far more often than it agrees in half A is a candidate for re-scoring,
to be confirmed on half B with crossval.py before it is kept.

    Benchmarks/quality/termstats.py --set vader_tweets --half A
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev  # noqa: E402
from crossval import half_of, SPLIT  # noqa: E402


def explain_all(name: str, records: list[dict], binary: str, cache: Path, fresh: bool) -> dict[str, dict]:
    got: dict[str, dict] = {}
    if cache.exists() and not fresh:
        for line in cache.read_text(encoding="utf-8").splitlines():
            o = json.loads(line)
            got[o["id"]] = o["explain"]
    domain = ev.DOMAINS.get(name, ev.DEFAULT_DOMAIN)
    todo = [r for r in records if str(r["id"]) not in got]
    with cache.open("a" if not fresh else "w", encoding="utf-8") as f:
        for n, r in enumerate(todo, 1):
            out = subprocess.run([binary, "explain", "--json", "--domain", domain, r["text"]],
                                 capture_output=True, check=True).stdout
            got[str(r["id"])] = json.loads(out)
            f.write(json.dumps({"id": str(r["id"]), "explain": got[str(r["id"])]}, ensure_ascii=False) + "\n")
            if n % 500 == 0:
                ev.log(f"[{name}] explained {n}/{len(todo)}")
    return got


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", required=True)
    ap.add_argument("--half", choices=["A", "B", "all"], default="A")
    ap.add_argument("--eval", type=Path, default=ev.REPO.parent / "shared" / "eval")
    ap.add_argument("--fresh", action="store_true", help="ignore the cache")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    binary = os.environ.get("VERBATIM_BIN", str(ev.REPO / ".build" / "release" / "verbatim"))
    records = [r for r in ev.load(args.eval / args.set / f"{SPLIT}.jsonl") if r.get("label") in ("pos", "neg")]
    records = [r for r in records if args.half == "all" or half_of(args.set, str(r["id"])) == args.half]
    cache = ev.HERE / "out" / f"explain-{args.set}.jsonl"
    cache.parent.mkdir(exist_ok=True)
    exp = explain_all(args.set, records, binary, cache, args.fresh)

    stats = defaultdict(lambda: {"agree": 0, "oppose": 0, "flips": 0, "sum": 0.0})
    for r in records:
        e = exp[str(r["id"])]
        gold = 1 if r["label"] == "pos" else -1
        score = e["score"]
        pred = 1 if (e["label"] == "pos" or (e["label"] == "neu" and score >= 0)) else -1
        total = sum(c["valence"] for c in e["contributions"])
        for c in e["contributions"]:
            v, t = c["valence"], c["term"]
            if v == 0:
                continue
            s = stats[t]
            s["sum"] += v
            if (v > 0) == (gold > 0):
                s["agree"] += 1
            else:
                s["oppose"] += 1
                # Rough: does the remaining sum land on the gold side (>= 0 counts as pos)?
                rest = total - v
                if pred != gold and ((rest >= 0) == (gold > 0)):
                    s["flips"] += 1
    rows = sorted(stats.items(), key=lambda kv: (-kv[1]["flips"], -(kv[1]["oppose"] - kv[1]["agree"])))
    print(f"| term | flips | oppose | agree | mean valence |  ({args.set}, half {args.half}, {len(records)} records)")
    for t, s in rows[: args.top]:
        n = s["agree"] + s["oppose"]
        print(f"| {t} | {s['flips']} | {s['oppose']} | {s['agree']} | {s['sum'] / n:+.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
