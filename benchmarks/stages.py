#!/usr/bin/env python3
"""Time per stage (parse, tokenise, each extractor) over the HTML fixtures, in ms per page.

    python benchmarks/stages.py [--rounds 5] [--learned-officials | --ner-officials] [--learned-awards]

Also prints a cProfile of one round (top 15 by own time), so the next bottleneck is visible.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from speed import page_caches  # the same per-page cache clearing as the speed benchmark

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--learned-officials", action="store_true", help="Options(learned_officials=True)")
    ap.add_argument("--learned-awards", action="store_true", help="Options(learned_awards=True)")
    ap.add_argument("--ner-officials", action="store_true", help="Options(ner_officials=True)")
    args = ap.parse_args(argv)
    from psm_extract import core, nlp
    from psm_extract.extractors import TABLE, Context
    from psm_extract.options import Options
    from psm_extract.parse import parse

    options = Options(learned_officials=args.learned_officials, ner_officials=args.ner_officials,
                      learned_awards=args.learned_awards)

    pages = [p.read_bytes() for p in sorted((ROOT / "fixtures" / "pages").glob("*.html"))]
    for p in pages:
        core.extract(p, options=options)
    totals: dict[str, float] = {"parse": 0.0, "tokenise": 0.0, **{name: 0.0 for name, _ in TABLE}}
    caches = page_caches()
    for _ in range(args.rounds):
        for data in pages:
            for cache in caches:
                cache.cache_clear()
            t = time.perf_counter()
            page = parse(data)
            totals["parse"] += time.perf_counter() - t
            t = time.perf_counter()
            tokens = nlp.tokenize(page.text)
            totals["tokenise"] += time.perf_counter() - t
            ctx = Context(text=page.text, tokens=tokens, page=page, options=options)
            for name, fn in TABLE:
                t = time.perf_counter()
                ctx.found[name] = fn(ctx)
                totals[name] += time.perf_counter() - t
    n = args.rounds * len(pages)
    print(f"{'stage':14} {'ms/page':>8}")
    for name, seconds in totals.items():
        print(f"{name:14} {seconds * 1000 / n:8.3f}")
    print(f"{'total':14} {sum(totals.values()) * 1000 / n:8.3f}  ({n / sum(totals.values()):.0f} pages/s)")
    if not args.no_profile:
        prof = cProfile.Profile()
        prof.enable()
        for data in pages:
            core.extract(data)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
