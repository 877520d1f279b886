#!/usr/bin/env python3
"""Verbatim quality benchmark: sentiment and theme detection against public sets.

Runs `verbatim annotate FILE --domain D` on every evaluation set, and the peer
systems (VADER on English, SnowNLP and cnsenti on Chinese) on the same records,
then prints markdown tables to stdout and writes out/results.md + out/results.json.

Only the standard library is needed for Verbatim itself; the peers are imported
lazily so `--no-peers` runs with any Python 3.9+.

Exit status: 0 on success (missed targets do NOT fail the run), 1 on a harness
error (bad arguments, missing sets), 2 when Verbatim itself failed on a set
(crash, wrong number of output lines, ids out of order). See README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

# ---------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------

# Set -> the domain a user would pick for that data. Order = report order.
DOMAINS = {
    "zh_hotel": "hotel",
    "zh_waimai": "restaurant",
    "zh_shopping": "ecommerce",
    "zh_car_aspects": "general",
    "zh_aspects": "restaurant",
    "vader_amazon": "general",
    "vader_movie": "general",
    "vader_nyt": "general",
    "vader_tweets": "general",
    "semeval14_restaurants": "restaurant",
    "semeval14_laptops": "ecommerce",
    "airline_tweets": "airline",
    "en_alexa_ratings": "ecommerce",
    "sxsw_brands": "general",
}
DEFAULT_DOMAIN = "general"  # for a set that appears in the eval dir but not above

# Peer systems per language, in report order.
PEERS = {"en": ["vader"], "zh": ["snownlp", "cnsenti"]}

# Reference peer accuracies on dev (binary accuracy as defined in README.md),
# used for the relative targets only when peers are not run (`--no-peers`).
REFERENCE_PEER_ACC_DEV = {
    "vader_amazon": 0.724, "vader_movie": 0.618, "vader_nyt": 0.639,
    "semeval14_restaurants": 0.795, "semeval14_laptops": 0.689,
    "vader_tweets": 0.966, "airline_tweets": 0.563,
    "zh_hotel": 0.761, "zh_waimai": 0.794, "zh_shopping": 0.833,  # best of SnowNLP/cnsenti
}

# Theme mappings. A predicted Verbatim theme (id, subtheme) maps to a gold
# category. Key "x" matches theme id x with any subtheme; "x/y" matches theme id
# x with subtheme y only. Kept in sync with README.md.
THEME_MAPS = {
    # SemEval-2014 restaurants: aspectCategory, ignoring anecdotes/miscellaneous
    # and the `term` entries.
    "semeval14_restaurants": {
        "food": "food",
        "service": "service", "staff": "service", "wait_time": "service",
        "price": "price", "value": "price",
        "ambience": "ambience",
    },
    # CCF BDCI 2018 car comments: the 10 subjects.
    "zh_car_aspects": {
        "performance/power": "动力",
        "price": "价格",
        "fuel_economy": "油耗",
        "handling": "操控",
        "comfort": "舒适性",
        "features": "配置",
        "safety": "安全性",
        "design/interior": "内饰",
        "design/exterior": "外观",
        "space": "空间",
    },
    # ASAP: gold category = prefix of the column name (location_traffic -> location).
    "zh_aspects": {
        "location": "location",
        "service": "service", "staff": "service", "wait_time": "service",
        "price": "price", "value": "price",
        "ambience": "environment", "cleanliness": "environment",
        "food": "dish",
    },
}
# Gold categories per theme set (report order); anything else in gold is ignored.
THEME_CATEGORIES = {
    "semeval14_restaurants": ["food", "service", "price", "ambience"],
    "zh_car_aspects": ["动力", "价格", "油耗", "操控", "舒适性", "配置", "安全性", "内饰", "外观", "空间"],
    "zh_aspects": ["location", "service", "price", "environment", "dish"],
}

# Airline complaint reason -> theme ids, any of which counts as "found".
# "Can't Tell" is excluded (no reason to find).
AIRLINE_REASONS = {
    "Late Flight": ["delay"],
    "Cancelled Flight": ["cancellation"],
    "Lost Luggage": ["baggage"],
    "Damaged Luggage": ["baggage"],
    "Customer Service Issue": ["service"],
    "Flight Booking Problems": ["booking"],
    "Flight Attendant Complaints": ["staff"],
    "longlines": ["wait_time"],
    # A "bad flight" is about the cabin experience: any of these themes.
    "Bad Flight": ["comfort", "food", "cleanliness", "staff", "quality"],
}

# Targets (Verbatim only). See README.md.
ZH_REVIEW_SETS = ("zh_hotel", "zh_waimai", "zh_shopping")
EN_VADER_PLUS = ("vader_amazon", "vader_movie", "vader_nyt", "semeval14_restaurants", "semeval14_laptops")
RESTAURANT_CATEGORY_F1 = 0.80


class HarnessError(Exception):
    """Something is wrong with the harness or its inputs (exit 1)."""


class SystemFailure(Exception):
    """Verbatim failed on a set (exit 2); the run continues with other sets."""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Systems
# ---------------------------------------------------------------------------

def run_verbatim(binary: str, path: Path, domain: str, records: list[dict]) -> tuple[list[dict], float]:
    """Run `verbatim annotate` on the set file; return one output dict per record, and seconds.

    The contract is one JSON object per input line, in order. Lines of the
    form {"id", "error"} are kept (they count as no prediction).
    """
    cmd = [binary, "annotate", str(path), "--domain", domain]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=REPO, capture_output=True, timeout=1800)
    except FileNotFoundError:
        raise HarnessError(f"verbatim binary not found: {binary} (build it, or set VERBATIM_BIN)")
    except subprocess.TimeoutExpired:
        raise SystemFailure("annotate timed out (30 min)")
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise SystemFailure(f"annotate exited {proc.returncode}: " + " / ".join(tail))

    lines = [l for l in proc.stdout.decode("utf-8", "replace").splitlines() if l.strip()]
    if len(lines) != len(records):
        raise SystemFailure(f"{len(records)} input records but {len(lines)} output lines")
    out = []
    for i, (line, rec) in enumerate(zip(lines, records), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise SystemFailure(f"output line {i} is not JSON ({e}): {line[:120]}")
        if not isinstance(obj, dict) or str(obj.get("id")) != str(rec["id"]):
            raise SystemFailure(f"output line {i} has id {obj.get('id') if isinstance(obj, dict) else obj!r}, "
                                f"expected {rec['id']!r} (order must follow the input)")
        out.append(obj)
    return out, seconds


def contract_problem(obj: dict) -> str | None:
    """Why a non-error output line breaks the annotate contract, or None if it is fine."""
    if "error" in obj:
        return None
    s = obj.get("sentiment")
    if not isinstance(s, dict):
        return "no sentiment object"
    if s.get("label") not in ("pos", "neg", "neu"):
        return f"label {s.get('label')!r} not pos/neg/neu"
    score = s.get("score")
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not -1 <= score <= 1:
        return f"score {score!r} not a number in [-1, 1]"
    if not isinstance(obj.get("themes"), list):
        return "themes is not a list"
    return None


def verbatim_polarity(obj: dict) -> str | None:
    """Binary decision from a Verbatim output: label decides; on neu the score's sign (>= 0 -> pos)."""
    if "error" in obj:
        return None
    s = obj.get("sentiment") or {}
    label, score = s.get("label"), s.get("score")
    if label in ("pos", "neg"):
        return label
    if label == "neu" and isinstance(score, (int, float)):
        return "pos" if score >= 0 else "neg"
    return None  # malformed: counted like an error line


def verbatim_themes(obj: dict) -> list[tuple[str, str | None]]:
    """(theme id, subtheme) pairs of a Verbatim output."""
    pairs = []
    for t in obj.get("themes") or []:
        if not isinstance(t, dict) or not isinstance(t.get("id"), str):
            continue
        tid, sub = t["id"], t.get("subtheme")
        if sub is None and "/" in tid:  # tolerate "x/y" written into id
            tid, sub = tid.split("/", 1)
        pairs.append((tid, sub if isinstance(sub, str) and sub else None))
    return pairs


class Peers:
    """Lazily constructed peer analyzers; each returns a binary polarity per text."""

    def __init__(self) -> None:
        self._sia = None      # VADER SentimentIntensityAnalyzer
        self._senti = None    # cnsenti Sentiment

    def predict(self, name: str, texts: list[str]) -> tuple[list[str], float]:
        fn = {"vader": self._vader, "snownlp": self._snownlp, "cnsenti": self._cnsenti}[name]
        fn(texts[:1])  # warm-up: load models/dictionaries outside the timing
        t0 = time.perf_counter()
        preds = fn(texts)
        return preds, time.perf_counter() - t0

    def _vader(self, texts):
        if self._sia is None:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
            self._sia = SentimentIntensityAnalyzer()
        # compound in [-1, 1]; >= 0 -> pos (same rule as Verbatim's score)
        return ["pos" if self._sia.polarity_scores(t)["compound"] >= 0 else "neg" for t in texts]

    def _snownlp(self, texts):
        from snownlp import SnowNLP
        # probability of positive in [0, 1]; >= 0.5 -> pos
        return ["pos" if SnowNLP(t).sentiments >= 0.5 else "neg" for t in texts]

    def _cnsenti(self, texts):
        if self._senti is None:
            import logging
            import jieba
            jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary loading to stderr
            from cnsenti import Sentiment
            self._senti = Sentiment()
        out = []
        for t in texts:
            c = self._senti.sentiment_count(t)  # counts of HowNet pos/neg words
            out.append("pos" if c["pos"] >= c["neg"] else "neg")
        return out


# ---------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------

def binary_metrics(gold: list[str], pred: list[str | None]) -> dict:
    """Accuracy and macro-F1 over pos/neg. pred None (error) is wrong and a false negative only."""
    n = len(gold)
    correct = sum(g == p for g, p in zip(gold, pred))
    f1s = {}
    for c in ("pos", "neg"):
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        f1s[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {
        "n": n,
        "accuracy": correct / n if n else None,
        "macro_f1": (f1s["pos"] + f1s["neg"]) / 2 if n else None,
        "f1_pos": f1s["pos"] if n else None,
        "f1_neg": f1s["neg"] if n else None,
        "no_prediction": sum(p is None for p in pred),
    }


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def map_themes(pairs: list[tuple[str, str | None]], mapping: dict) -> set[str]:
    cats = set()
    for tid, sub in pairs:
        if tid in mapping:
            cats.add(mapping[tid])
        if sub is not None and f"{tid}/{sub}" in mapping:
            cats.add(mapping[f"{tid}/{sub}"])
    return cats


def gold_categories(set_name: str, rec: dict) -> set[str]:
    cats = set()
    for a in rec.get("aspects") or []:
        c = a.get("category", "")
        if set_name == "zh_aspects":
            c = c.split("_", 1)[0]  # coarse prefix
        if c in THEME_CATEGORIES[set_name]:
            cats.add(c)
    return cats


def category_metrics(set_name: str, records: list[dict], outputs: list[dict]) -> dict:
    """Micro P/R/F1 over the set's categories, plus per category."""
    cats = THEME_CATEGORIES[set_name]
    counts = {c: [0, 0, 0] for c in cats}  # tp, fp, fn
    for rec, obj in zip(records, outputs):
        gold = gold_categories(set_name, rec)
        pred = map_themes(verbatim_themes(obj), THEME_MAPS[set_name]) if "error" not in obj else set()
        for c in cats:
            if c in gold and c in pred:
                counts[c][0] += 1
            elif c in pred:
                counts[c][1] += 1
            elif c in gold:
                counts[c][2] += 1
    micro = prf(*(sum(v[i] for v in counts.values()) for i in range(3)))
    return {
        "kind": "categories",
        "records": len(records),
        "micro": micro,
        "per_category": {c: {**prf(*counts[c]), "support": counts[c][0] + counts[c][2]} for c in cats},
    }


def airline_reason_metrics(records: list[dict], outputs: list[dict]) -> dict:
    """Found rate (recall) of the complaint reason's theme(s), overall and per reason."""
    per = {r: [0, 0] for r in AIRLINE_REASONS}  # found, n
    for rec, obj in zip(records, outputs):
        reason = rec.get("reason")
        if reason not in AIRLINE_REASONS:  # absent or "Can't Tell"
            continue
        ids = {tid for tid, _ in verbatim_themes(obj)} if "error" not in obj else set()
        per[reason][1] += 1
        if ids & set(AIRLINE_REASONS[reason]):
            per[reason][0] += 1
    found = sum(v[0] for v in per.values())
    n = sum(v[1] for v in per.values())
    return {
        "kind": "reasons",
        "records": n,
        "recall": found / n if n else None,
        "found": found,
        "per_reason": {r: {"recall": (f / k if k else None), "found": f, "n": k}
                       for r, (f, k) in sorted(per.items(), key=lambda kv: (-kv[1][1], kv[0]))},
    }


# ---------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------

def sentiment_target(name: str, split: str, verb: dict, peers: dict) -> dict | None:
    """Target for Verbatim's row, or None when the set has none.

    Relative targets use the peers measured in this run; without peers (dev
    split only) the reference figures in REFERENCE_PEER_ACC_DEV stand in.
    """
    acc, f1 = verb.get("accuracy"), verb.get("macro_f1")
    if acc is None:
        return None

    def peer_acc(names):
        measured = [peers[p]["accuracy"] for p in names if p in peers and peers[p].get("accuracy") is not None]
        if measured:
            return max(measured), "measured"
        if split == "dev" and name in REFERENCE_PEER_ACC_DEV:
            return REFERENCE_PEER_ACC_DEV[name], "reference"
        return None, None

    conds = []  # (description, ok or None when unknown)
    if name in ZH_REVIEW_SETS:
        best, src = peer_acc(PEERS["zh"])
        conds.append(("acc ≥ 0.88", acc >= 0.88))
        if best is None:
            conds.append(("acc ≥ best zh peer + 0.05 (peer unknown)", None))
        else:
            conds.append((f"acc ≥ {best + 0.05:.3f} (best zh peer{' ref' if src == 'reference' else ''} + 0.05)",
                          acc >= best + 0.05 - 1e-12))
    elif name in EN_VADER_PLUS or name == "vader_tweets":
        delta = -0.02 if name == "vader_tweets" else 0.03
        best, src = peer_acc(PEERS["en"])
        if best is None:
            conds.append((f"acc ≥ VADER {delta:+.2f} (VADER unknown)", None))
        else:
            conds.append((f"acc ≥ {best + delta:.3f} (VADER{' ref' if src == 'reference' else ''} {delta:+.2f})",
                          acc >= best + delta - 1e-12))
    elif name == "airline_tweets":
        conds.append(("acc ≥ 0.85", acc >= 0.85))
        conds.append(("macro-F1 ≥ 0.80", f1 >= 0.80))
    else:
        return None
    return status_of(conds)


def status_of(conds: list[tuple[str, bool | None]]) -> dict:
    oks = [ok for _, ok in conds]
    status = "missed" if False in oks else ("unknown" if None in oks else "met")
    return {"status": status, "conditions": [{"target": d, "met": ok} for d, ok in conds]}


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

def fmt(x, digits=3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def fmt_target(t: dict | None) -> tuple[str, str]:
    if t is None:
        return "", ""
    return "; ".join(c["target"] for c in t["conditions"]), t["status"]


def render(results: dict) -> str:
    out = []
    sp = results["split"]
    out.append(f"## Sentiment (split `{sp}`; binary: gold pos/neg only)\n")
    out.append("| set | lang | domain | system | n | accuracy | macro-F1 | docs/s | target | status |")
    out.append("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |")
    for s in results["sets"]:
        for sysname, m in s["systems"].items():
            if "failure" in m:
                out.append(f"| {s['name']} | {s['lang']} | {s['domain']} | {sysname} | – | – | – | – | "
                           f"FAILED: {m['failure'][:100].replace('|', '/')} | error |")
                continue
            tgt, status = fmt_target(m.get("target"))
            errs = f" ({m['no_prediction']} no pred.)" if m.get("no_prediction") else ""
            out.append(f"| {s['name']} | {s['lang']} | {s['domain']} | {sysname} | {m['n']}{errs} | "
                       f"{fmt(m['accuracy'])} | {fmt(m['macro_f1'])} | {fmt(m['docs_per_s'], 0)} | {tgt} | {status} |")

    cat_sets = [s for s in results["sets"] if s.get("themes", {}).get("kind") == "categories"]
    if cat_sets:
        out.append(f"\n## Themes: aspect categories (Verbatim, split `{sp}`, micro over categories)\n")
        out.append("| set | category | support | precision | recall | F1 | target | status |")
        out.append("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |")
        for s in cat_sets:
            th = s["themes"]
            mi = th["micro"]
            out.append(f"| {s['name']} | **micro** | {mi['tp'] + mi['fn']} | {fmt(mi['precision'])} | "
                       f"{fmt(mi['recall'])} | {fmt(mi['f1'])} |  |  |")
            for c, m in th["per_category"].items():
                tgt, status = fmt_target(m.get("target"))
                out.append(f"| {s['name']} | {c} | {m['support']} | {fmt(m['precision'])} | "
                           f"{fmt(m['recall'])} | {fmt(m['f1'])} | {tgt} | {status} |")

    reason_sets = [s for s in results["sets"] if s.get("themes", {}).get("kind") == "reasons"]
    if reason_sets:
        out.append(f"\n## Themes: complaint reasons found (Verbatim, split `{sp}`, recall)\n")
        out.append("| set | reason | themes counted | n | found | recall |")
        out.append("| --- | --- | --- | ---: | ---: | ---: |")
        for s in reason_sets:
            th = s["themes"]
            out.append(f"| {s['name']} | **all** | | {th['records']} | {th['found']} | {fmt(th['recall'])} |")
            for r, m in th["per_reason"].items():
                out.append(f"| {s['name']} | {r} | {', '.join(AIRLINE_REASONS[r])} | {m['n']} | "
                           f"{m['found']} | {fmt(m['recall'])} |")

    t = results["targets"]
    out.append(f"\nTargets: {t['met']} met, {t['missed']} missed, {t['unknown']} unknown"
               + (f"; Verbatim failed on: {', '.join(results['failed_sets'])}" if results["failed_sets"] else "")
               + ".")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def discover_sets(eval_dir: Path, split: str, wanted: list[str] | None) -> list[str]:
    if not eval_dir.is_dir():
        raise HarnessError(f"eval directory not found: {eval_dir}")
    present = sorted(p.name for p in eval_dir.iterdir() if (p / f"{split}.jsonl").is_file())
    if wanted:
        missing = [w for w in wanted if w not in present]
        if missing:
            raise HarnessError(f"unknown set(s) {', '.join(missing)}; available: {', '.join(present)}")
        present = [p for p in present if p in wanted]
    # Known sets in configured order, then any new ones alphabetically.
    order = {name: i for i, name in enumerate(DOMAINS)}
    return sorted(present, key=lambda n: (order.get(n, len(order)), n))


def load(path: Path) -> list[dict]:
    recs = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    recs.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise HarnessError(f"{path}:{i}: bad JSON: {e}")
    return recs


def evaluate_set(name: str, args, peers: Peers) -> dict:
    path = args.eval / name / f"{args.split}.jsonl"
    records = load(path)
    domain = DOMAINS.get(name, DEFAULT_DOMAIN)
    lang = records[0].get("lang", "en") if records else "en"
    # Binary subset: gold pos/neg only.
    bidx = [i for i, r in enumerate(records) if r.get("label") in ("pos", "neg")]
    gold = [records[i]["label"] for i in bidx]
    entry = {"name": name, "lang": lang, "domain": domain, "docs": len(records), "systems": {}}

    log(f"[{name}] verbatim --domain {domain} on {len(records)} records")
    try:
        outputs, secs = run_verbatim(args.bin, path, domain, records)
    except SystemFailure as e:
        log(f"[{name}] VERBATIM FAILED: {e}")
        entry["systems"]["verbatim"] = {"failure": str(e)}
        outputs = None
    if outputs is not None:
        m = binary_metrics(gold, [verbatim_polarity(outputs[i]) for i in bidx])
        m["error_lines"] = sum("error" in o for o in outputs)
        problems = [(o["id"], p) for o in outputs if (p := contract_problem(o))]
        m["contract_violations"] = len(problems)
        if problems:
            log(f"[{name}] WARNING: {len(problems)} output lines break the annotate contract, "
                f"e.g. id {problems[0][0]}: {problems[0][1]}")
        m["seconds"] = secs
        m["docs_per_s"] = len(records) / secs if secs > 0 else None
        entry["systems"]["verbatim"] = m

    peer_results = {}
    if not args.no_peers:
        texts = [records[i]["text"] for i in bidx]
        all_texts = [r["text"] for r in records]
        for p in PEERS.get(lang, []):
            log(f"[{name}] {p} on {len(all_texts)} records")
            # Run peers on all records so docs/s is comparable with Verbatim's.
            preds_all, secs = peers.predict(p, all_texts)
            preds = [preds_all[i] for i in bidx]
            assert len(preds) == len(texts)
            m = binary_metrics(gold, preds)
            m["seconds"] = secs
            m["docs_per_s"] = len(all_texts) / secs if secs > 0 else None
            peer_results[p] = m
            entry["systems"][p] = m

    if outputs is not None:
        v = entry["systems"]["verbatim"]
        v["target"] = sentiment_target(name, args.split, v, peer_results)
        if name in THEME_CATEGORIES:
            entry["themes"] = category_metrics(name, records, outputs)
            if name == "semeval14_restaurants":
                for c, cm in entry["themes"]["per_category"].items():
                    cm["target"] = status_of([(f"F1 ≥ {RESTAURANT_CATEGORY_F1:.2f}",
                                               cm["f1"] >= RESTAURANT_CATEGORY_F1)])
        elif name == "airline_tweets":
            entry["themes"] = airline_reason_metrics(records, outputs)
    return entry


def count_targets(sets: list[dict]) -> dict:
    counts = {"met": 0, "missed": 0, "unknown": 0}
    for s in sets:
        ts = [m.get("target") for m in s["systems"].values()]
        ts += [m.get("target") for m in s.get("themes", {}).get("per_category", {}).values()]
        for t in ts:
            if t:
                counts[t["status"]] += 1
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", type=Path, default=REPO.parent / "shared" / "eval",
                    help="evaluation sets directory (default: ../shared/eval from the repo root)")
    ap.add_argument("--split", choices=["dev", "train"], default="dev",
                    help="dev for reporting (default), train for development; test is held back")
    ap.add_argument("--sets", default="", help="comma-separated subset of sets")
    ap.add_argument("--no-peers", action="store_true", help="skip VADER/SnowNLP/cnsenti (fast Verbatim-only runs)")
    ap.add_argument("--bin", default=os.environ.get("VERBATIM_BIN") or str(REPO / ".build" / "release" / "verbatim"),
                    help="verbatim binary (default: $VERBATIM_BIN or .build/release/verbatim)")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="output directory for results.md/json")
    args = ap.parse_args(argv)
    args.eval = args.eval.resolve()
    # Verbatim runs with cwd = repo root, so pin the binary path now: a bare name
    # is looked up on PATH, anything else is taken relative to the caller's cwd.
    if "/" in args.bin:
        args.bin = os.path.abspath(args.bin)
    else:
        args.bin = shutil.which(args.bin) or args.bin

    try:
        names = discover_sets(args.eval, args.split, [s for s in args.sets.split(",") if s.strip()] or None)
        if not names:
            raise HarnessError(f"no sets with {args.split}.jsonl in {args.eval}")
        if not Path(args.bin).is_file():
            raise HarnessError(f"verbatim binary not found: {args.bin} (build it, or set VERBATIM_BIN)")
        peers = Peers()
        sets = [evaluate_set(n, args, peers) for n in names]
    except HarnessError as e:
        log(f"error: {e}")
        return 1
    except ImportError as e:
        log(f"error: peer not installed ({e}); run Benchmarks/quality/run, or use --no-peers")
        return 1

    failed = [s["name"] for s in sets if "failure" in s["systems"].get("verbatim", {})]
    results = {
        "split": args.split,
        "eval_dir": str(args.eval),
        "binary": args.bin,
        "peers": not args.no_peers,
        "sets": sets,
        "failed_sets": failed,
        "targets": count_targets(sets),
    }
    md = render(results)
    sys.stdout.write(md)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.md").write_text(md, encoding="utf-8")
    (args.out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    log(f"wrote {args.out / 'results.md'} and results.json")
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
