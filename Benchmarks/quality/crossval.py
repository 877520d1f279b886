#!/usr/bin/env python3
"""Two-half cross-check on the TRAIN split: derive a change on one half, confirm it on the other.

Every train record goes to half A or half B by a stable hash of its id:
`int(sha1("half\\0" + set + "\\0" + id)[:8], 16) % 2` (0 -> A, 1 -> B), so the
halves never change between runs or machines. The script runs `verbatim
annotate` on `train.jsonl` of each set (same domains and metrics as
evaluate.py, whose functions it imports) and prints, per half and overall:
binary accuracy / macro-F1, and for theme sets the per-category P/R/F1.

With `--errors A` (or `B`) it also prints that half's misclassified records
and theme false positives / false negatives, to read while deriving a change.
The intended loop: look at errors of one half only, make a lexicon change,
keep it only if the *other* half does not go down (and the full train suite
shows no set lower); then swap the halves' roles.

`--save FILE` writes the numbers as JSON, `--compare FILE` prints the deltas
against such a file. Only the train split is read; there is no option for
dev or test, on purpose.

    Benchmarks/quality/crossval.py --sets vader_tweets,semeval14_restaurants
    Benchmarks/quality/crossval.py --sets vader_tweets --errors A
    Benchmarks/quality/crossval.py --save /tmp/before.json
    Benchmarks/quality/crossval.py --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate as ev  # noqa: E402  (same directory; shares domains, mappings and metrics)

SPLIT = "train"  # fixed: the halves are halves of train


def half_of(set_name: str, rec_id: str) -> str:
    """'A' or 'B' for a record, stable across runs."""
    h = hashlib.sha1(f"half\0{set_name}\0{rec_id}".encode("utf-8")).hexdigest()
    return "A" if int(h[:8], 16) % 2 == 0 else "B"


def evaluate(name: str, eval_dir: Path, binary: str) -> tuple[dict, list[dict], list[dict], list[str]]:
    path = eval_dir / name / f"{SPLIT}.jsonl"
    records = ev.load(path)
    outputs, _ = ev.run_verbatim(binary, path, ev.DOMAINS.get(name, ev.DEFAULT_DOMAIN), records)
    halves = [half_of(name, str(r["id"])) for r in records]
    result = {}
    for part in ("A", "B", "all"):
        idx = [i for i, h in enumerate(halves) if part == "all" or h == part]
        bidx = [i for i in idx if records[i].get("label") in ("pos", "neg")]
        entry = {"records": len(idx)}
        if bidx:
            entry["sentiment"] = ev.binary_metrics([records[i]["label"] for i in bidx],
                                                   [ev.verbatim_polarity(outputs[i]) for i in bidx])
        if name in ev.THEME_CATEGORIES:
            entry["themes"] = ev.category_metrics(name, [records[i] for i in idx], [outputs[i] for i in idx])
        result[part] = entry
    return result, records, outputs, halves


def print_errors(name: str, records: list[dict], outputs: list[dict], halves: list[str], part: str) -> None:
    print(f"\n### {name}: half {part} errors\n")
    for rec, obj, h in zip(records, outputs, halves):
        if h != part:
            continue
        text = rec["text"].replace("\n", " ")
        if rec.get("label") in ("pos", "neg"):
            p = ev.verbatim_polarity(obj)
            if p != rec["label"]:
                s = obj.get("sentiment") or {}
                print(f"SENT gold={rec['label']} pred={p} score={s.get('score')} "
                      f"goldscore={rec.get('score')} id={rec['id']}: {text}")
        if name in ev.THEME_CATEGORIES:
            gold = ev.gold_categories(name, rec)
            pred = ev.map_themes(ev.verbatim_themes(obj), ev.THEME_MAPS[name])
            for c in ev.THEME_CATEGORIES[name]:
                if (c in gold) != (c in pred):
                    kind = "FN" if c in gold else "FP"
                    ev_terms = [e for t in obj.get("themes") or []
                                if ev.map_themes(ev.verbatim_themes({"themes": [t]}), ev.THEME_MAPS[name]) == {c}
                                for e in (t.get("evidence") or [])]
                    print(f"THEME {kind} {c} id={rec['id']} evidence={ev_terms}: {text}")


def flat(results: dict) -> dict[str, float]:
    """name/half/metric -> value, for --save / --compare."""
    out = {}
    for name, parts in results.items():
        for part, e in parts.items():
            if "sentiment" in e:
                out[f"{name}/{part}/accuracy"] = e["sentiment"]["accuracy"]
            for c, m in (e.get("themes") or {}).get("per_category", {}).items():
                out[f"{name}/{part}/{c} F1"] = m["f1"]
                out[f"{name}/{part}/{c} P"] = m["precision"]
                out[f"{name}/{part}/{c} R"] = m["recall"]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", help="comma-separated set names (default: every set with a train split)")
    ap.add_argument("--eval", type=Path, default=ev.REPO.parent / "shared" / "eval")
    ap.add_argument("--errors", choices=["A", "B"], help="also print this half's errors")
    ap.add_argument("--save", type=Path, help="write the numbers as JSON")
    ap.add_argument("--compare", type=Path, help="print deltas against a --save file")
    args = ap.parse_args(argv)
    binary = os.environ.get("VERBATIM_BIN", str(ev.REPO / ".build" / "release" / "verbatim"))
    names = args.sets.split(",") if args.sets else ev.discover_sets(args.eval, SPLIT, None)

    results = {}
    for name in names:
        res, records, outputs, halves = evaluate(name, args.eval, binary)
        results[name] = res
        if args.errors:
            print_errors(name, records, outputs, halves, args.errors)

    values = flat(results)
    before = json.loads(args.compare.read_text()) if args.compare else {}
    print("\n| set / metric | A | B | all |" + (" ΔA | ΔB | Δall |" if before else ""))
    print("| --- | ---: | ---: | ---: |" + (" ---: | ---: | ---: |" if before else ""))
    keys = sorted({k.split("/", 1)[0] + "/" + k.split("/", 2)[2] for k in values}, key=lambda k: (
        names.index(k.split("/")[0]), k))
    for key in keys:
        name, metric = key.split("/", 1)
        row = [values.get(f"{name}/{p}/{metric}") for p in ("A", "B", "all")]
        line = f"| {name} {metric} | " + " | ".join(f"{v:.4f}" for v in row) + " |"
        if before:
            d = [(v - before[f"{name}/{p}/{metric}"]) if f"{name}/{p}/{metric}" in before else None
                 for v, p in zip(row, ("A", "B", "all"))]
            line += " " + " | ".join("" if x is None else f"{x:+.4f}" for x in d) + " |"
        print(line)
    if args.save:
        args.save.write_text(json.dumps(values, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
