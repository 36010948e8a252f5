#!/usr/bin/env python3
"""Fuzz ``extract`` with mutated fixture pages; report crashes, hangs and the slowest inputs.

    python benchmarks/fuzz.py --iterations 100000 --workers 2
    python benchmarks/fuzz.py --iterations 2000 --seed 7 --save-crashes fuzz-crashes/

Mutations: byte flips, inserted random bytes, truncation, tag soup (tags shuffled, unclosed,
duplicated), deep nesting, re-encoding (cp1252, UTF-16, latin-1 mislabelled as UTF-8), NUL
bytes, unicode oddities (NBSP, zero-width joiners, RTL marks, full-width digits) and repeated
long words, letters swapped for the characters case-insensitive regexes also read as ASCII
letters (``ı``, ``İ``, ``ſ``, Kelvin sign) and case changes. A *crash* is any exception that is not
a ``PsmExtractError``; a *hang* is an ``ExtractionTimeout`` (the per-page limit, ``--timeout``
seconds); an *internal error* is a bug the library caught: an extractor that failed (a record
with an "extractor failed" warning) or a parse that failed inside a dependency or our own code
("parse failed: ..."). Exit status 1 on any of the three.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures" / "pages").glob("*.*"))
ODD = ["\u00a0", "\u200b", "\u200d", "\u200f", "\u202e", "\ufeff", "\uff11\uff12", "\u0000", "\ufffd"]
TAGS = [b"<div>", b"</div>", b"<p>", b"</p>", b"<table><tr><td>", b"</td></tr></table>", b"<br>",
        b"<script>", b"</script>", b"<!--", b"-->", b"<h1>", b"</h1>", b"<aside>", b"<![CDATA[", b"<"]


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["flip", "insert", "truncate", "soup", "nest", "encode", "nul", "odd",
                       "longword", "splice", "confusable", "case"])
    b = bytearray(data)
    if kind == "flip":
        for _ in range(rng.randint(1, 50)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    elif kind == "insert":
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(b) + 1)
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    elif kind == "truncate":
        b = b[: rng.randrange(len(b) + 1)]
    elif kind == "soup":
        for _ in range(rng.randint(1, 40)):
            i = rng.randrange(len(b) + 1)
            b[i:i] = rng.choice(TAGS)
    elif kind == "nest":
        depth = rng.choice([100, 300, 2_000, 20_000])
        i = rng.randrange(len(b) + 1)
        b[i:i] = b"<div>" * depth
    elif kind == "encode":
        text = data.decode("utf-8", "replace")
        codec = rng.choice(["cp1252", "utf-16", "latin-1", "utf-8-sig"])
        b = bytearray(text.encode(codec, "replace"))
    elif kind == "nul":
        for _ in range(rng.randint(1, 30)):
            b.insert(rng.randrange(len(b) + 1), 0)
    elif kind == "odd":
        text = data.decode("utf-8", "replace")
        chars = list(text)
        for _ in range(rng.randint(1, 60)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODD))
        b = bytearray("".join(chars).encode("utf-8"))
    elif kind == "longword":
        i = rng.randrange(len(b) + 1)
        b[i:i] = rng.choice([b"x", b"1", b"A.", b"Kab. ", b"(", b"-"]) * rng.randint(1_000, 200_000)
    elif kind == "confusable":  # letters re.IGNORECASE also matches: "Julı", "ſeratus", "Kab."
        text = data.decode("utf-8", "replace")
        swap = {"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a", "K": "\u212a"}
        chars = list(text)
        for _ in range(rng.randint(1, 200)):
            j = rng.randrange(len(chars)) if chars else 0
            if chars and chars[j] in swap:
                chars[j] = swap[chars[j]]
        b = bytearray("".join(chars).encode("utf-8"))
    elif kind == "case":
        text = data.decode("utf-8", "replace")
        b = bytearray(rng.choice([str.upper, str.lower, str.swapcase, str.title])(text).encode("utf-8"))
    elif kind == "splice":
        j = rng.randrange(len(b) + 1)
        b[j:j] = data[rng.randrange(len(data)):]
    return kind, bytes(b)


def run_chunk(args: tuple[int, int, int, float]) -> dict:
    start, count, seed, timeout = args
    from psm_extract import extract
    from psm_extract.errors import ExtractionTimeout, PsmExtractError
    from psm_extract.options import Options

    sources = [p.read_bytes() for p in PAGES]
    options = Options(timeout=timeout)
    result = {"done": 0, "records": 0, "errors": Counter(), "crashes": [], "hangs": [], "internal": [],
              "slowest": []}
    for n in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + n)
        kind, data = mutate(rng.choice(sources), rng)
        t = time.perf_counter()
        try:
            article = extract(data, options=options)
            result["records"] += 1
            failed = [w for w in article.warnings if "extractor failed" in w]
            if failed:
                result["internal"].append((n, kind, failed[0]))
        except ExtractionTimeout:
            result["hangs"].append((n, kind))
        except PsmExtractError as exc:
            result["errors"][type(exc).__name__] += 1
            if str(exc).startswith("parse failed"):
                result["internal"].append((n, kind, str(exc)))
        except Exception:  # a crash: the library let something else out
            result["crashes"].append((n, kind, traceback.format_exc(limit=4)))
        elapsed = time.perf_counter() - t
        result["slowest"] = sorted(result["slowest"] + [(elapsed, n, kind, len(data))], reverse=True)[:5]
        result["done"] += 1
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=5.0, help="per-page limit: longer is a hang")
    ap.add_argument("--save-crashes", type=Path, help="folder to write crashing inputs into")
    args = ap.parse_args(argv)
    chunk = 500
    jobs = [(s, min(chunk, args.iterations - s), args.seed, args.timeout)
            for s in range(0, args.iterations, chunk)]
    total = {"done": 0, "records": 0, "errors": Counter(), "crashes": [], "hangs": [], "internal": [],
             "slowest": []}
    t = time.perf_counter()
    with mp.get_context("fork").Pool(args.workers) as pool:
        for r in pool.imap_unordered(run_chunk, jobs):
            total["done"] += r["done"]
            total["records"] += r["records"]
            total["errors"].update(r["errors"])
            total["crashes"] += r["crashes"]
            total["hangs"] += r["hangs"]
            total["internal"] += r["internal"]
            total["slowest"] = sorted(total["slowest"] + r["slowest"], reverse=True)[:5]
            print(f"  {total['done']:,}/{args.iterations:,} inputs, {len(total['crashes'])} crashes, "
                  f"{len(total['hangs'])} hangs", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - t
    print(f"fuzz: {total['done']:,} mutated inputs in {elapsed:.0f} s (seed {args.seed}, "
          f"{args.workers} workers, per-page limit {args.timeout:g} s)")
    print(f"records: {total['records']:,}; typed errors: {dict(total['errors'])}")
    print(f"crashes: {len(total['crashes'])}; hangs: {len(total['hangs'])}; "
          f"internal errors: {len(total['internal'])}")
    for n, kind, message in total["internal"][:5]:
        print(f"internal error: input #{n} ({kind}): {message}")
    for elapsed_s, n, kind, size in total["slowest"]:
        print(f"slow: input #{n} ({kind}, {size:,} bytes) took {elapsed_s:.2f} s")
    for n, kind, tb in total["crashes"][:5]:
        print(f"crash: input #{n} ({kind})\n{tb}")
    if args.save_crashes and total["crashes"]:
        args.save_crashes.mkdir(parents=True, exist_ok=True)
        sources = [p.read_bytes() for p in PAGES]
        for n, kind, _ in total["crashes"]:
            rng = random.Random(args.seed * 1_000_003 + n)
            (args.save_crashes / f"crash-{n}.bin").write_bytes(mutate(rng.choice(sources), rng)[1])
    return 1 if total["crashes"] or total["hangs"] or total["internal"] else 0


if __name__ == "__main__":
    sys.exit(main())
