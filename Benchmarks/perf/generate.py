#!/usr/bin/env python3
"""Writes large synthetic review files (JSON Lines or CSV) for the speed benchmark.

Python 3 standard library only; deterministic: the same arguments give a byte-identical file.

    python3 Benchmarks/perf/generate.py --size 100MB --format csv --lang mixed
    python3 Benchmarks/perf/generate.py --size 1GB --format csv --lang mixed --out Benchmarks/perf/data
    python3 Benchmarks/perf/generate.py --size 10MB --format jsonl --lang en

Sizes take KB/MB/GB suffixes in powers of 1000 (10MB = 10,000,000 bytes); the file stops at the first
record that reaches the size, so it is at most one record longer. The file is named LANG-SIZE.FORMAT
(e.g. data/mixed-100MB.csv) and written through a temporary file, then renamed, so an interrupted run
never leaves a truncated input that a later run would reuse.

Review text comes from the phrase banks and composer in tools/corpora/ (the same brand stories as
corpora/). Composing costs ≈ 60 µs a review, too slow for 1 GB, so each language gets a pool of composed
reviews (POOL_SIZE), and every record draws one and, most of the time (DECORATED), adds an order detail
(order number, dish, time, rider, room, …) that makes its text distinct — about 85 % of texts are
distinct, the rest repeat pool texts as short stock reviews do in real exports.

Columns: id, brand, rating (1–5, 2 % empty), date (2026-01 … 2026-07, following the brand stories),
region, text. --lang en/zh write pure English/Chinese texts (no mixed-language reviews) for the peer
comparison; --lang mixed writes both languages half and half, with the composer's mixed-language texts.
"""

import argparse
import csv
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "tools", "corpora")))
import compose as C  # noqa: E402
import phrases_en as PEN  # noqa: E402
import phrases_zh as PZH  # noqa: E402

SEED = "verbatim-perf-2026"
POOL_SIZE = 30000   # composed reviews per language
DECORATED = 0.85    # share of records whose text gets a distinct order detail
MONTHS = list(range(1, 8))
BRANDS = C.DELIVERY_BRANDS + C.HOTEL_BRANDS

# Order details that make texts distinct; {n} is a 7–9 digit number (never 11 digits, so it is not a
# Chinese mobile number, and never 13–19, so it is not a card number for the redactor).
DETAIL_EN = {
    "delivery": ["Order #{n}, {dish}, delivered at {t}.", "Ordered the {dish} at {t} (order {n}).",
                 "Order {n}: {dish} and a drink.", "Rider {rider}, order #{n}.", "Placed at {t}, order no. {n}."],
    "hotel": ["Booking #{n}, room {room}.", "Stayed in room {room}, booking {n}.", "Checked in at {t}, room {room}.",
              "Reservation {n}, {nights} nights.", "Room {room} on floor {floor}, booking #{n}."],
}
DETAIL_ZH = {
    "delivery": ["订单号{n}，点的{dish}，{t}送到。", "{t}下的单，点了{dish}（订单{n}）。", "订单{n}：{dish}加一杯饮料。",
                 "骑手{rider}，订单号{n}。", "{t}点的{dish}，单号{n}。"],
    "hotel": ["订单号{n}，住的{room}房。", "住{room}房间，订单{n}。", "{t}办的入住，房间{room}。",
              "预订号{n}，住了{nights}晚。", "{floor}楼{room}房，订单号{n}。"],
}
RIDERS = ["A17", "B203", "C9", "D41", "E88", "F120", "G5", "H66"]

UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9}


def parse_size(text):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*", text.upper())
    if not m:
        raise argparse.ArgumentTypeError(f"size like 10MB, 100MB or 1GB, not {text!r}")
    return int(float(m.group(1)) * UNITS[m.group(2)])


def size_label(n):
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if n >= factor and n % factor == 0:
            return f"{n // factor}{unit}"
    return f"{n}B"


def build_pool(lang, rng):
    """POOL_SIZE (brand, month, region, rating, text, lang) tuples composed by tools/corpora/compose.py."""
    pool = []
    for i in range(POOL_SIZE):
        brand = BRANDS[i % len(BRANDS)]
        month = rng.choice(MONTHS)
        region = C.weighted(rng, [0, 1, 2, 3], [3, 3, 4, 2])
        text_lang = lang if lang != "mixed" else ("en" if i % 2 == 0 else "zh")
        r = C.compose(rng, brand, month, text_lang, region, allow_mixed=(lang == "mixed"))
        pool.append((brand, month, region, r.rating, r.text, "en" if text_lang == "en" else "zh"))
    return pool


def detail(rng, lang, industry):
    bank = DETAIL_EN if lang == "en" else DETAIL_ZH
    dishes = PEN.SLOTS["dish"] if lang == "en" else PZH.SLOTS["dish"]
    template = rng.choice(bank[industry])
    floor = rng.randint(2, 28)
    return template.format(n=rng.randint(1_000_000, 999_999_999), dish=rng.choice(dishes),
                           t=f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", rider=rng.choice(RIDERS),
                           room=f"{floor}{rng.randint(1, 40):02d}", floor=floor, nights=rng.randint(1, 6))


def records(lang, seed):
    """Endless deterministic stream of (id, brand, rating, date, region, text)."""
    rng = random.Random(f"{seed}/{lang}")
    pool = build_pool(lang, rng)
    i = 0
    while True:
        i += 1
        brand, month, region, rating, text, text_lang = pool[rng.randrange(len(pool))]
        info = C.BRANDS[brand]
        if rng.random() < DECORATED:
            d = detail(rng, text_lang, info["industry"])
            if text_lang == "en":
                text = (d + " " + text) if rng.random() < 0.4 else (text + " " + d)
            else:
                text = (d + text) if rng.random() < 0.4 else (text + d)
        day = rng.randint(1, 28)
        date = f"2026-{month:02d}-{day:02d}"
        brand_name = info["en"] if text_lang == "en" else info["zh"]
        region_name = C.REGIONS_EN[region] if text_lang == "en" else C.REGIONS_ZH[region]
        rating_cell = "" if rng.random() < 0.02 else rating
        yield f"R{i:09d}", brand_name, rating_cell, date, region_name, text


class CountingWriter:
    """Counts bytes written (UTF-8) so the generator stops at the requested size."""

    def __init__(self, f):
        self.f = f
        self.bytes = 0

    def write(self, s):
        self.bytes += len(s.encode("utf-8"))
        return self.f.write(s)


def generate(size, fmt, lang, out_dir, seed=SEED, quiet=False):
    """Writes out_dir/LANG-SIZE.FORMAT unless it exists; returns (path, records written or None)."""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{lang}-{size_label(size)}.{fmt}")
    if os.path.exists(path):
        return path, None
    tmp = path + ".partial"
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="") as raw:
        out = CountingWriter(raw)
        stream = records(lang, seed)
        if fmt == "csv":
            w = csv.writer(out, lineterminator="\n")
            w.writerow(["id", "brand", "rating", "date", "region", "text"])
            for rec in stream:
                w.writerow(rec)
                n += 1
                if out.bytes >= size:
                    break
        else:
            dumps = json.dumps
            for rid, brand, rating, date, region, text in stream:
                obj = {"id": rid, "brand": brand, "rating": rating if rating != "" else None, "date": date,
                       "region": region, "text": text}
                out.write(dumps(obj, ensure_ascii=False) + "\n")
                n += 1
                if out.bytes >= size:
                    break
    os.replace(tmp, path)
    if not quiet:
        print(f"generate: wrote {path} ({n} records, {out.bytes} bytes)", file=sys.stderr)
    return path, n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=parse_size, default=parse_size("10MB"), help="10MB, 100MB, 1GB, … (default 10MB)")
    ap.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    ap.add_argument("--lang", choices=["mixed", "en", "zh"], default="mixed")
    ap.add_argument("--out", default=os.path.join(HERE, "data"), help="folder (default Benchmarks/perf/data)")
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--force", action="store_true", help="rewrite the file even if it exists")
    args = ap.parse_args(argv)
    path = os.path.join(args.out, f"{args.lang}-{size_label(args.size)}.{args.format}")
    if args.force and os.path.exists(path):
        os.remove(path)
    path, n = generate(args.size, args.format, args.lang, args.out, args.seed)
    if n is None:
        print(f"generate: {path} exists (use --force to rewrite)", file=sys.stderr)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
