#!/usr/bin/env python3
"""Times a peer sentiment system on the first N texts of a JSON Lines file, in one Python process.

    peers.py vader FILE.jsonl N     # VADER polarity_scores(text) per text
    peers.py snownlp FILE.jsonl N   # SnowNLP(text).sentiments per text

Prints one JSON object: {"system", "docs", "seconds", "setup_seconds"}. `seconds` covers only the
scoring loop (import, model construction and JSON parsing are excluded and reported apart as
setup_seconds), which favours the peer: the ratio Verbatim ÷ peer is a lower bound.
Runs under Benchmarks/perf/.venv/bin/python (see ./run).
"""

import json
import sys
import time


def main():
    system, path, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(texts) >= limit:
                break
            texts.append(json.loads(line)["text"])
    t0 = time.perf_counter()
    if system == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        sia = SentimentIntensityAnalyzer()
        score = lambda t: sia.polarity_scores(t)["compound"]  # noqa: E731
    elif system == "snownlp":
        from snownlp import SnowNLP
        SnowNLP("预热").sentiments  # loads the model files
        score = lambda t: SnowNLP(t).sentiments  # noqa: E731
    else:
        raise SystemExit(f"unknown peer {system}")
    setup = time.perf_counter() - t0
    checksum = 0.0
    t0 = time.perf_counter()
    for t in texts:
        checksum += score(t)
    seconds = time.perf_counter() - t0
    print(json.dumps({"system": system, "docs": len(texts), "seconds": seconds, "setup_seconds": setup,
                      "checksum": round(checksum, 6)}))


if __name__ == "__main__":
    main()
