#!/usr/bin/env python3
"""Run `verbatim analyze` over many files with Spark, then `verbatim merge` once.

Each Spark task receives a slice of the input files, runs

    verbatim analyze FILE... --partial PART.json [analyze options]

and returns the partial's JSON text (bounded by the aggregate state, not by the
number of records). The driver writes the partials to --work and runs

    verbatim merge PART... --out OUT [merge options]

so OUT holds summary.json, themes.csv, report.md and report.html as one
`verbatim analyze` over all the files would write them (items.jsonl is not
produced; duplicate texts are found within each task's files only).

Distribution is per file: a file is never split, so give Spark many files of
moderate size. Executors must be able to read the input paths (a shared file
system) and run the `verbatim` binary with its lexicons (see README.md).

Example (local, 2 worker threads):

    SPARK_LOCAL_IP=127.0.0.1 python3 run_spark.py --master 'local[2]' \\
        --verbatim .build/release/verbatim --out report-spark \\
        --analyze-args '--domain auto --segment-by region' data/
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time

def list_inputs(paths):
    """Files named, and files under folders named (hidden ones skipped), sorted."""
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    if not n.startswith("."):
                        files.append(os.path.join(root, n))
        elif os.path.isfile(p):
            files.append(p)
        else:
            sys.exit(f"run_spark: {p}: no such file or folder")
    return sorted(set(files))


def analyze_partition(verbatim, analyze_args, lexicon_args):
    """The task body: analyze this slice's files into one partial, return its text."""

    def run(index, rows):
        files = [path for _, path in rows]
        if not files:
            return iter([])
        binary = verbatim
        if os.path.exists(binary):
            binary = os.path.abspath(binary)
        elif not os.path.isabs(binary):
            # Shipped with spark-submit --files: it sits in the task's SparkFiles folder; else found on PATH.
            from pyspark import SparkFiles

            shipped = SparkFiles.get(os.path.basename(binary))
            if os.path.exists(shipped):
                binary = shipped
        with tempfile.TemporaryDirectory(prefix="verbatim-part-") as tmp:
            partial = os.path.join(tmp, "part.json")
            cmd = [binary, "analyze", *files, "--partial", partial, "--quiet", "--jobs", "1", *lexicon_args, *analyze_args]
            started = time.time()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(
                    f"verbatim analyze failed (exit {proc.returncode}) on task {index}: {' '.join(map(shlex.quote, cmd))}\n"
                    + proc.stderr[-4000:]
                )
            with open(partial, encoding="utf-8") as f:
                text = f.read()
        total = [line for line in proc.stderr.splitlines() if line.strip().startswith("total:")]
        return iter([(index, text, len(files), time.time() - started, total[0].strip() if total else "")])

    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", help="files or folders (paths the executors can read)")
    ap.add_argument("--out", required=True, help="report folder written by verbatim merge (on the driver)")
    ap.add_argument("--verbatim", default="verbatim",
                    help="the verbatim binary: a path valid on every node, or a file shipped with spark-submit --files")
    ap.add_argument("--merge-verbatim", default=None, help="the binary the driver runs merge with (default: --verbatim)")
    ap.add_argument("--lexicon-root", default=None,
                    help="lexicon folder on the executors (default: verbatim's own lookup, or VERBATIM_LEXICONS)")
    ap.add_argument("--merge-lexicon-root", default=None, help="lexicon folder on the driver (default: --lexicon-root)")
    ap.add_argument("--analyze-args", default="",
                    help="options for every analyze task, e.g. '--domain auto --segment-by region --keep-duplicates'")
    ap.add_argument("--merge-args", default="", help="options for merge, e.g. '--period week --orders 12000'")
    ap.add_argument("--partitions", type=int, default=0, help="tasks (default: Spark's default parallelism)")
    ap.add_argument("--work", default=None, help="folder for the partials (default: a temporary folder)")
    ap.add_argument("--master", default=None, help="Spark master when not started by spark-submit, e.g. local[2]")
    args = ap.parse_args()

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("verbatim-analyze").set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf = conf.setMaster(args.master)
    if os.environ.get("SPARK_LOCAL_IP") == "127.0.0.1":
        # Tests and laptops: never listen beyond loopback.
        conf = conf.set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.host", "127.0.0.1")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")

    files = list_inputs(args.inputs)
    if not files:
        sys.exit("run_spark: no input files")
    partitions = min(len(files), args.partitions or sc.defaultParallelism)
    lexicon_args = ["--lexicon-root", args.lexicon_root] if args.lexicon_root else []
    started = time.time()
    rdd = sc.parallelize(list(enumerate(files)), partitions)
    results = rdd.mapPartitionsWithIndex(
        analyze_partition(args.verbatim, shlex.split(args.analyze_args), lexicon_args)
    ).collect()
    sc.stop()
    spark_seconds = time.time() - started

    work = args.work or tempfile.mkdtemp(prefix="verbatim-partials-")
    os.makedirs(work, exist_ok=True)
    names = []
    for index, text, count, seconds, total in sorted(results):
        name = os.path.join(work, f"part-{index:05d}.json")
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)
        names.append(name)
        print(f"run_spark: task {index}: {count} file(s) in {seconds:.1f}s; {total}", file=sys.stderr)
    print(f"run_spark: {len(files)} file(s), {len(names)} partial(s) in {spark_seconds:.1f}s; merging", file=sys.stderr)

    merge_root = args.merge_lexicon_root or args.lexicon_root
    merge_cmd = [args.merge_verbatim or args.verbatim, "merge", *names, "--out", args.out,
                 *(["--lexicon-root", merge_root] if merge_root else []), *shlex.split(args.merge_args)]
    proc = subprocess.run(merge_cmd)
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
