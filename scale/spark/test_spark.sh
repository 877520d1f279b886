#!/usr/bin/env bash
# End-to-end check of the Spark recipe (not part of `swift test`):
# generates N synthetic JSONL records split into several files, analyses them
# with Spark in local[2] mode (one `verbatim analyze --partial` per task, then
# `verbatim merge`), analyses the same files with one local `verbatim analyze`,
# and checks that both summary.json `analysis` sections are equal.
#
#   scale/spark/test_spark.sh [N] [FILES]        # default 20000 records in 8 files
#   VERBATIM=.build/debug/verbatim scale/spark/test_spark.sh   # skip the release build
#
# Needs Python 3 with venv, Java 17 and network access to PyPI the first time
# (pyspark goes into scale/spark/.venv). Spark only listens on loopback.
set -euo pipefail

N=${1:-20000}
FILES=${2:-8}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VENV="$HERE/.venv"

if ! "$VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q pyspark
fi

if [ -z "${VERBATIM:-}" ]; then
    (cd "$ROOT" && swift build -c release --product verbatim >/dev/null)
    VERBATIM="$(cd "$ROOT" && swift build -c release --show-bin-path)/verbatim"
fi
VERBATIM=$(cd "$(dirname "$VERBATIM")" && pwd)/$(basename "$VERBATIM")

TMP=$(mktemp -d "${TMPDIR:-/tmp}/verbatim-spark-XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Input: the generator's synthetic records (not the repository's corpora/: --out points elsewhere).
python3 "$ROOT/tools/corpora/generate.py" --out "$TMP/corpora" --bench "$N" --bench-out "$TMP/bench" >/dev/null
mkdir -p "$TMP/input"
python3 - "$TMP/bench/bench-$N.jsonl" "$TMP/input" "$FILES" <<'EOF'
import os, sys
source, folder, parts = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(source, encoding="utf-8").read().splitlines(keepends=True)
size = -(-len(lines) // parts)
for i in range(parts):
    with open(os.path.join(folder, f"part-{i:03d}.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines[i * size:(i + 1) * size])
EOF

# Duplicates are found within each task's files only, so both sides keep them:
# then the analysis must be identical, whatever the split.
OPTIONS="--domain auto --keep-duplicates"
export SPARK_LOCAL_IP=127.0.0.1

echo "spark: $N records in $FILES files, local[2]" >&2
TASKS=$(( FILES < 4 ? FILES : 4 ))
start=$(date +%s%N)
"$VENV/bin/python" "$HERE/run_spark.py" --master 'local[2]' --partitions "$TASKS" --verbatim "$VERBATIM" \
    --lexicon-root "$ROOT/lexicons" --analyze-args "$OPTIONS" --work "$TMP/partials" \
    --out "$TMP/spark" "$TMP/input"
spark=$(( ($(date +%s%N) - start) / 1000000 ))

start=$(date +%s%N)
"$VERBATIM" analyze "$TMP/input" --out "$TMP/local" --lexicon-root "$ROOT/lexicons" $OPTIONS --quiet --jobs 2 2>/dev/null
local=$(( ($(date +%s%N) - start) / 1000000 ))

python3 - "$TMP/spark/summary.json" "$TMP/local/summary.json" <<'EOF'
import json, sys
spark, local = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
assert spark["analysis"] == local["analysis"], "analysis sections differ"
assert spark["input"]["totals"]["read"] == local["input"]["totals"]["read"], "records read differ"
assert spark["outsidePeriod"] == local["outsidePeriod"]
a = local["analysis"]["accounting"]
print(f"ok: analysis identical ({a['respondents']} respondents, {a['items']} answers, "
      f"{len(local['analysis']['themes'])} themes)")
EOF
partials=$(du -sh "$TMP/partials" | cut -f1)
echo "timing: spark local[2] ${spark} ms (JVM start, $TASKS tasks of 1 thread, merge; partials $partials)," \
    "one local analyze --jobs 2 ${local} ms"
