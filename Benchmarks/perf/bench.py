#!/usr/bin/env python3
"""Verbatim speed and memory benchmark, with VADER and SnowNLP measured in the same run.

Called by Benchmarks/perf/run (which sets up the peers' venv and builds release); see README.md there.

    bench.py [--quick] [--reps N] [--annotate-size S] [--analyze-size S] [--rss-sizes S,L]
             [--vader-docs N] [--snownlp-docs N] [--no-peers] [--no-large] [--bin PATH] [--python PATH]

stdout: the Markdown tables (also written to Benchmarks/perf/out/results.md, and the raw figures to
out/results.json); progress goes to stderr.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import generate as G  # noqa: E402

GNU_TIME = "/usr/bin/time"

TARGETS = {
    "vader_ratio": 30.0,      # annotate docs/s ÷ VADER docs/s, English subset
    "snownlp_ratio": 1000.0,  # annotate docs/s ÷ SnowNLP docs/s, Chinese subset
    "analyze_mbps": 50.0,     # analyze CSV MB/s with 2 jobs
    "rss_1gb_mb": 300.0,      # analyze 1 GB CSV peak RSS
    "rss_growth": 1.5,        # --keep-duplicates RSS(1 GB) ÷ RSS(100 MB)
    "speedup": 1.7,           # 2 jobs ÷ 1 job
    "lexicon_s": 0.3,         # lexicon load + compile
}


def log(msg):
    print(f"perf: {msg}", file=sys.stderr, flush=True)


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 24)
            if not block:
                return n
            n += block.count(b"\n")


def parse_time_v(text):
    """Peak RSS (MB, 10^6 bytes), CPU % and user+sys seconds from GNU time -v output."""
    out = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("Maximum resident set size (kbytes):"):
            out["rss_mb"] = int(line.rsplit(":", 1)[1]) * 1024 / 1e6
        elif line.startswith("Percent of CPU this job got:"):
            out["cpu_pct"] = int(line.rsplit(":", 1)[1].strip().rstrip("%") or 0)
        elif line.startswith("User time (seconds):"):
            out["user_s"] = float(line.rsplit(":", 1)[1])
        elif line.startswith("System time (seconds):"):
            out["sys_s"] = float(line.rsplit(":", 1)[1])
    return out


def timed(cmd, stdout_path=None, stdin_path=None):
    """Runs cmd under GNU time -v; returns wall seconds (perf_counter) plus parse_time_v's fields."""
    with tempfile.NamedTemporaryFile("w+", suffix=".time") as tf:
        full = [GNU_TIME, "-v", "-o", tf.name] + cmd
        out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
        inp = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            t0 = time.perf_counter()
            proc = subprocess.run(full, stdout=out, stdin=inp, stderr=subprocess.PIPE, cwd=REPO)
            wall = time.perf_counter() - t0
        finally:
            if stdout_path:
                out.close()
            if stdin_path:
                inp.close()
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace")[-2000:]
            raise SystemExit(f"perf: command failed ({proc.returncode}): {' '.join(cmd)}\n{err}")
        res = parse_time_v(open(tf.name).read())
    res["wall_s"] = wall
    return res


def repeat(cmd, reps, **kw):
    """reps runs; the figures of the fastest run plus the median wall time and the largest RSS."""
    runs = [timed(cmd, **kw) for _ in range(reps)]
    best = min(runs, key=lambda r: r["wall_s"])
    return dict(best, median_s=statistics.median(r["wall_s"] for r in runs),
                max_rss_mb=max(r.get("rss_mb", 0) for r in runs), reps=reps)


def ensure_input(size, fmt, lang, data_dir):
    path, n = G.generate(size, fmt, lang, data_dir, quiet=True)
    if n is not None:
        log(f"generated {os.path.relpath(path, REPO)} ({n} records)")
    return path


# ---------------------------------------------------------------- measurements

def measure_lexicon(binary, reps):
    """Load + compile = `verbatim lexicon stats` (loads every lexicon file, compiles the matchers, builds the
    analyzer, prints counts) minus `verbatim --version` (process start, argument parsing), both medians."""
    n = max(reps * 3, 7)
    base = [timed([binary, "--version"])["wall_s"] for _ in range(n)]
    stats = [timed([binary, "lexicon", "stats"]) for _ in range(n)]
    walls = [s["wall_s"] for s in stats]
    return {"runs": n, "start_median_s": statistics.median(base), "stats_median_s": statistics.median(walls),
            "load_compile_s": max(0.0, statistics.median(walls) - statistics.median(base)),
            "load_compile_best_s": max(0.0, min(walls) - min(base)),
            "rss_mb": max(s.get("rss_mb", 0) for s in stats)}


def measure_annotate(binary, path, jobs, reps, scratch):
    docs = count_lines(path)
    mb = os.path.getsize(path) / 1e6
    out = os.path.join(scratch, "annotate.jsonl")
    r = repeat([binary, "annotate", path, "--jobs", str(jobs)], reps, stdout_path=out)
    out_lines = count_lines(out)
    if out_lines != docs:
        raise SystemExit(f"perf: annotate wrote {out_lines} lines for {docs} input lines")
    os.remove(out)
    return dict(r, docs=docs, mb=mb, docs_per_s=docs / r["wall_s"], mb_per_s=mb / r["wall_s"])


def measure_analyze(binary, path, jobs, reps, scratch, extra=()):
    docs = count_lines(path) - 1  # header
    mb = os.path.getsize(path) / 1e6
    out_dir = os.path.join(scratch, "analyze-out")
    cmd = [binary, "analyze", path, "--out", out_dir, "--quiet", "--jobs", str(jobs)] + list(extra)
    runs = []
    for _ in range(reps):
        shutil.rmtree(out_dir, ignore_errors=True)
        runs.append(timed(cmd))
    best = min(runs, key=lambda r: r["wall_s"])
    summary = json.load(open(os.path.join(out_dir, "summary.json"), encoding="utf-8"))
    shutil.rmtree(out_dir, ignore_errors=True)
    return dict(best, median_s=statistics.median(r["wall_s"] for r in runs),
                max_rss_mb=max(r.get("rss_mb", 0) for r in runs), reps=reps, docs=docs, mb=mb,
                docs_per_s=docs / best["wall_s"], mb_per_s=mb / best["wall_s"],
                accounting=summary.get("analysis", {}).get("accounting"))


def measure_peer(python, system, path, docs):
    proc = subprocess.run([python, os.path.join(HERE, "peers.py"), system, path, str(docs)], capture_output=True,
                          text=True, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"perf: peer {system} failed:\n{proc.stderr[-2000:]}")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    r["docs_per_s"] = r["docs"] / r["seconds"]
    return r


# ---------------------------------------------------------------- rendering

def fmt_num(x, digits=0):
    if x is None:
        return "–"
    return f"{x:,.{digits}f}"


def status(ok):
    return "n/a" if ok is None else ("pass" if ok else "**fail**")


def render(res):
    cfg = res["config"]
    lines = []
    lines.append(f"Verbatim {res['version']} (release build), {res['cores']} cores, load average "
                 f"{res['load_before']} before / {res['load_after']} after the run. Times: best of "
                 f"{cfg['reps']} runs (median in brackets), wall clock including process start and lexicon load. "
                 f"MB = 10^6 bytes; RSS = peak resident set (GNU time -v).")
    lines.append("")
    lines.append("| command | input | jobs | docs | MB | seconds | docs/s | MB/s | peak RSS MB | CPU % |")
    lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in res["runs"]:
        lines.append(f"| {row['command']} | {row['input']} | {row['jobs']} | {fmt_num(row['docs'])} | "
                     f"{fmt_num(row['mb'], 1)} | {row['wall_s']:.2f} ({row['median_s']:.2f}) | "
                     f"{fmt_num(row['docs_per_s'])} | {fmt_num(row['mb_per_s'], 1)} | "
                     f"{fmt_num(row.get('max_rss_mb'), 0)} | {row.get('cpu_pct', '–')} |")
    lex = res["lexicon"]
    lines.append("")
    lines.append(f"Lexicon load + compile: **{lex['load_compile_s']:.3f} s** = median `verbatim lexicon stats` "
                 f"{lex['stats_median_s']:.3f} s − median `verbatim --version` {lex['start_median_s']:.3f} s "
                 f"({lex['runs']} runs each; best-of difference {lex['load_compile_best_s']:.3f} s; "
                 f"peak RSS {lex['rss_mb']:.0f} MB).")
    if res.get("peers"):
        lines.append("")
        lines.append("| peer | input | docs | scoring s | docs/s | Verbatim annotate docs/s (2 jobs) | ratio |")
        lines.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for p in res["peers"]:
            lines.append(f"| {p['label']} | {p['input']} | {fmt_num(p['docs'])} | {p['seconds']:.2f} | "
                         f"{fmt_num(p['docs_per_s'], 1)} | {fmt_num(p['verbatim_docs_per_s'])} | "
                         f"{fmt_num(p['ratio'], 1)}× |")
        lines.append("")
        lines.append("Peers: one Python process each, timing only the scoring loop (import, model load and JSON "
                     "parsing excluded), on the first N texts of the same file — favourable to the peers.")
    lines.append("")
    lines.append("| target | measured | goal | status |")
    lines.append("| --- | --- | --- | --- |")
    for t in res["targets"]:
        lines.append(f"| {t['name']} | {t['measured']} | {t['goal']} | {status(t['ok'])} |")
    return "\n".join(lines) + "\n"


def check_targets(res):
    T = TARGETS
    out = []
    by = {(r["command"], r["input"], r["jobs"]): r for r in res["runs"]}
    cfg = res["config"]
    for p in res.get("peers", []):
        key = "vader_ratio" if p["system"] == "vader" else "snownlp_ratio"
        out.append({"name": f"`annotate` ÷ {p['label']} docs/s ({p['input']})", "measured": f"{p['ratio']:,.1f}×",
                    "goal": f"≥ {T[key]:,.0f}×", "ok": p["ratio"] >= T[key]})
    an2 = by.get(("analyze", cfg["analyze_input"], 2))
    an1 = by.get(("analyze", cfg["analyze_input"], 1))
    if an2:
        out.append({"name": f"`analyze` CSV MB/s, 2 jobs ({cfg['analyze_input']})",
                    "measured": f"{an2['mb_per_s']:.1f} MB/s", "goal": f"≥ {T['analyze_mbps']:.0f} MB/s",
                    "ok": an2["mb_per_s"] >= T["analyze_mbps"]})
    if an1 and an2:
        s = an1["wall_s"] / an2["wall_s"]
        out.append({"name": "`analyze` speed-up 1 → 2 jobs", "measured": f"{s:.2f}×", "goal": f"≥ {T['speedup']}×",
                    "ok": s >= T["speedup"]})
    for lang in ("en", "zh", "mixed"):
        a1 = by.get(("annotate", cfg["annotate_inputs"][lang], 1))
        a2 = by.get(("annotate", cfg["annotate_inputs"][lang], 2))
        if a1 and a2:
            s = a1["wall_s"] / a2["wall_s"]
            out.append({"name": f"`annotate` speed-up 1 → 2 jobs ({cfg['annotate_inputs'][lang]})",
                        "measured": f"{s:.2f}×", "goal": f"≥ {T['speedup']}×", "ok": s >= T["speedup"]})
    big = by.get(("analyze", cfg.get("rss_large_input"), 2))
    if big:
        is_1gb = cfg["rss_sizes"][1] >= 10**9
        out.append({"name": f"`analyze` peak RSS ({cfg['rss_large_input']})", "measured": f"{big['max_rss_mb']:.0f} MB",
                    "goal": f"≤ {T['rss_1gb_mb']:.0f} MB at 1 GB",
                    "ok": (big["max_rss_mb"] <= T["rss_1gb_mb"]) if is_1gb else None})
    kd_small = by.get(("analyze --keep-duplicates", cfg.get("rss_small_input"), 2))
    kd_large = by.get(("analyze --keep-duplicates", cfg.get("rss_large_input"), 2))
    if kd_small and kd_large:
        g = kd_large["max_rss_mb"] / kd_small["max_rss_mb"]
        exact = cfg["rss_sizes"] == [10**8, 10**9]
        out.append({"name": f"`--keep-duplicates` RSS {cfg['rss_large_input']} ÷ {cfg['rss_small_input']}",
                    "measured": f"{g:.2f}× ({kd_large['max_rss_mb']:.0f} / {kd_small['max_rss_mb']:.0f} MB)",
                    "goal": f"≤ {T['rss_growth']}× (1 GB ÷ 100 MB)", "ok": (g <= T["rss_growth"]) if exact else None})
    lex = res["lexicon"]
    out.append({"name": "lexicon load + compile", "measured": f"{lex['load_compile_s']:.3f} s",
                "goal": f"≤ {T['lexicon_s']} s", "ok": lex["load_compile_s"] <= T["lexicon_s"]})
    return out


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true",
                    help="small sizes: annotate/analyze 10MB, RSS 10MB vs 100MB, 2 runs each")
    ap.add_argument("--reps", type=int, help="runs per timing, best reported (default 3; --quick 2)")
    ap.add_argument("--annotate-size", type=G.parse_size, help="JSONL size per language (default 100MB; --quick 10MB)")
    ap.add_argument("--analyze-size", type=G.parse_size, help="CSV size for analyze speed (default 100MB; --quick 10MB)")
    ap.add_argument("--rss-sizes", help="SMALL,LARGE CSV sizes for the RSS runs (default 100MB,1GB; --quick 10MB,100MB)")
    ap.add_argument("--vader-docs", type=int, default=20000, help="VADER sample (first N English texts, default 20000)")
    ap.add_argument("--snownlp-docs", type=int, default=2000, help="SnowNLP sample (first N Chinese texts, default 2000)")
    ap.add_argument("--no-peers", action="store_true", help="skip VADER and SnowNLP")
    ap.add_argument("--no-large", action="store_true", help="skip the RSS runs")
    ap.add_argument("--bin", default=os.environ.get("VERBATIM_BIN") or os.path.join(REPO, ".build", "release", "verbatim"))
    ap.add_argument("--python", default=os.path.join(HERE, ".venv", "bin", "python"), help="Python with the peers")
    ap.add_argument("--data", default=os.path.join(HERE, "data"), help="input folder (default Benchmarks/perf/data)")
    ap.add_argument("--out", default=os.path.join(HERE, "out"), help="results folder (default Benchmarks/perf/out)")
    args = ap.parse_args(argv)

    q = args.quick
    reps = args.reps or (2 if q else 3)
    ann_size = args.annotate_size or G.parse_size("10MB" if q else "100MB")
    an_size = args.analyze_size or G.parse_size("10MB" if q else "100MB")
    rss_sizes = [G.parse_size(s) for s in (args.rss_sizes or ("10MB,100MB" if q else "100MB,1GB")).split(",")]
    if len(rss_sizes) != 2:
        ap.error("--rss-sizes takes SMALL,LARGE")
    if not os.access(args.bin, os.X_OK):
        raise SystemExit(f"perf: no Verbatim binary at {args.bin} (build with swift build -c release)")
    if not os.access(GNU_TIME, os.X_OK):
        raise SystemExit(f"perf: {GNU_TIME} missing (apt-get install -y time)")
    binary = os.path.abspath(args.bin)
    label = lambda lang, size, fmt: f"{lang}-{G.size_label(size)}.{fmt}"  # noqa: E731

    res = {"version": subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip(),
           "cores": os.cpu_count(), "load_before": load_average(), "runs": [], "peers": [],
           "config": {"reps": reps, "annotate_size": ann_size, "analyze_size": an_size, "rss_sizes": rss_sizes,
                      "quick": q, "annotate_inputs": {l: label(l, ann_size, "jsonl") for l in ("en", "zh", "mixed")},
                      "analyze_input": label("mixed", an_size, "csv"),
                      "rss_small_input": label("mixed", rss_sizes[0], "csv"),
                      "rss_large_input": label("mixed", rss_sizes[1], "csv")}}
    log(f"{res['version']}, load {res['load_before']}")

    # Inputs first, so generation time is not mixed with measurements.
    inputs = {l: ensure_input(ann_size, "jsonl", l, args.data) for l in ("en", "zh", "mixed")}
    an_path = ensure_input(an_size, "csv", "mixed", args.data)
    rss_paths = [] if args.no_large else [ensure_input(s, "csv", "mixed", args.data) for s in rss_sizes]

    scratch = tempfile.mkdtemp(prefix="verbatim-perf-")
    try:
        log("lexicon load + compile")
        res["lexicon"] = measure_lexicon(binary, reps)
        for lang in ("en", "zh", "mixed"):
            for jobs in (1, 2):
                log(f"annotate {os.path.basename(inputs[lang])} --jobs {jobs} ×{reps}")
                r = measure_annotate(binary, inputs[lang], jobs, reps, scratch)
                res["runs"].append(dict(r, command="annotate", input=os.path.basename(inputs[lang]), jobs=jobs))
        for jobs in (1, 2):
            log(f"analyze {os.path.basename(an_path)} --jobs {jobs} ×{reps}")
            r = measure_analyze(binary, an_path, jobs, reps, scratch)
            res["runs"].append(dict(r, command="analyze", input=os.path.basename(an_path), jobs=jobs))
        if rss_paths:
            small, large = rss_paths
            for path, extra in ((large, ()), (small, ("--keep-duplicates",)), (large, ("--keep-duplicates",))):
                name = os.path.basename(path)
                if not extra and name == os.path.basename(an_path):
                    continue
                log(f"analyze {name} {' '.join(extra)} --jobs 2 ×1")
                r = measure_analyze(binary, path, 2, 1, scratch, extra)
                res["runs"].append(dict(r, command="analyze" + "".join(" " + e for e in extra), input=name, jobs=2))
        if not args.no_peers:
            by = {(r["command"], r["input"], r["jobs"]): r for r in res["runs"]}
            for system, lang, docs, lab in (("vader", "en", args.vader_docs, "VADER 3.3.2"),
                                            ("snownlp", "zh", args.snownlp_docs, "SnowNLP 0.12.3")):
                log(f"{system} on the first {docs} texts of {os.path.basename(inputs[lang])}")
                p = measure_peer(args.python, system, inputs[lang], docs)
                v = by[("annotate", os.path.basename(inputs[lang]), 2)]["docs_per_s"]
                res["peers"].append(dict(p, label=lab, input=os.path.basename(inputs[lang]), verbatim_docs_per_s=v,
                                         ratio=v / p["docs_per_s"]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    res["load_after"] = load_average()
    res["targets"] = check_targets(res)
    text = render(res)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.md"), "w", encoding="utf-8") as f:
        f.write("# Verbatim speed benchmark\n\nCommand: `Benchmarks/perf/run" + (" --quick" if q else "") + "`\n\n" + text)
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(res, f, ensure_ascii=False, indent=2)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
