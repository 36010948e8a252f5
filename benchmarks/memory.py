#!/usr/bin/env python3
"""Peak RSS over a long run of pages that keep bringing new words, as years of news do.

    python benchmarks/memory.py [--pages 20000] [--new-words 60]
    python benchmarks/memory.py --pages 10000 --no-renewal   # what the renewal prevents

Every page is a fixture text with ``--new-words`` random words appended that no page had before
(names, codes, typos: the words a vocabulary keeps learning). spaCy's vocab keeps every string it
sees, and the tokenizer's chunk table every chunk; psm_extract builds its Language anew once
either has learnt ``nlp._MAX_LEARNED``, so the RSS must level off instead of growing with the
number of pages.
"""
from __future__ import annotations

import argparse
import random
import resource
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20_000)
    ap.add_argument("--new-words", type=int, default=60)
    ap.add_argument("--every", type=int, default=2_000, help="print the RSS every N pages")
    ap.add_argument("--no-renewal", action="store_true", help="never build the Language anew")
    args = ap.parse_args(argv)
    import time

    from psm_extract import extract, nlp

    nlp.get_nlp()
    t = time.perf_counter()
    nlp.get_nlp.cache_clear()
    nlp.get_nlp()
    print(f"building the Language again takes {(time.perf_counter() - t) * 1000:.0f} ms")
    if args.no_renewal:
        nlp._MAX_LEARNED = 10 ** 12

    texts = [p.read_text("utf-8") for p in sorted((ROOT / "fixtures" / "pages").glob("*.txt"))]
    rng = random.Random(1)
    renewals, vocab = 0, None
    print(f"{args.pages:,} pages, {args.new_words} new words each; renewal after "
          f"{nlp._MAX_LEARNED:,} learnt strings or chunks")
    for i in range(1, args.pages + 1):
        words = " ".join("".join(rng.choices(string.ascii_letters, k=rng.randint(4, 10)))
                         for _ in range(args.new_words))
        extract(texts[i % len(texts)] + "\n\n" + words + ".")
        current = nlp.get_nlp().vocab
        renewals += vocab is not None and current is not vocab
        vocab = current
        if i % args.every == 0:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"page {i:>7,}: peak RSS {rss:6.0f} MB; chunks learnt {len(nlp._PIECES):>7,}; "
                  f"renewals {renewals}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
