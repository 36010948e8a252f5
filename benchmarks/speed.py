#!/usr/bin/env python3
"""Speed and memory of psm_extract against trafilatura, on the HTML fixtures.

    python benchmarks/speed.py                 # 1,000 pages (fixtures replicated)
    python benchmarks/speed.py --pages 2000 --skip-workers
    python benchmarks/speed.py --pad-kb 80 --skip-workers   # heavier pages, like the live portal
    python benchmarks/speed.py --pad-sweep 0,25,50,80 --pages 500  # one row per page weight
    python benchmarks/speed.py --new-words 20 --skip-workers   # words the caches have not seen

Prints: cold start (``import psm_extract``; one page through the CLI, whole process),
pages/second of ``psm_extract.extract`` (parse + every extractor) and of
``trafilatura.extract`` (main text, default settings) over the same pages in the same run,
their ratio, the paired ratio (``--paired``: the two timed side by side on blocks of 100 pages,
median over the rounds), 1-vs-2 worker processes, dateparser calls per 1,000 pages, and peak RSS.
It also times ``lxml.html.fromstring`` and ``BeautifulSoup(page, "lxml")`` alone on the same
pages: the brief measured ~1,900, ~140 and ~100 (trafilatura) pages/s on realistic portal pages,
so these rates tell how heavy the benchmark pages are next to the live portal's.
Each page is a distinct bytes object (the fixtures with a per-copy comment), and the caches
keyed by an article's text are cleared before each page, so repeated fixture texts are timed
as new pages.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import re
import resource
import string
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"


def chrome_padding(kb: int) -> bytes:
    """About ``kb`` KB of the weight real portal pages carry outside the article: a mega-menu of
    links, a sidebar list of headlines and an inline script (for ``--pad-kb``)."""
    menu = "".join(f'<li><a href="/kategori/{i}">Menu Layanan Publik {i}</a></li>' for i in range(60))
    side = "".join(f'<li><a href="/berita/{i}">Berita lain nomor {i} dari Pemerintah Provinsi Riau</a>'
                   f"<span>Senin, 0{i % 9 + 1} Okt 2018</span></li>" for i in range(40))
    script = "var config = {" + ",".join(f'"k{i}": "nilai {i}"' for i in range(200)) + "};"
    unit = (f'<nav class="mega-menu"><ul>{menu}</ul></nav><aside class="sidebar"><ul>{side}</ul></aside>'
            f"<script>{script}</script>").encode()
    return unit * max(1, kb * 1024 // len(unit)) if kb else b""


_JOINER = re.compile(rb" (dan|di|yang|dengan|untuk) ")


def new_words(src: bytes, count: int, rng: random.Random) -> bytes:
    """``src`` with ``count`` words no page had before (name-like: ``dan Kwelmotra``) put after
    joining words picked at random, mostly in the article (for ``--new-words``)."""
    spots = [m.end() for m in _JOINER.finditer(src)]
    out, last = [], 0
    for at in sorted(rng.sample(spots, min(count, len(spots)))):
        word = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10))).capitalize()
        out += [src[last:at], word.encode(), b" "]
        last = at
    return b"".join(out) + src[last:]


def load_pages(n: int, pad_kb: int = 0, fresh: int = 0) -> list[bytes]:
    sources = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))] or \
              [p.read_bytes() for p in sorted(PAGES.glob("*.txt"))]
    padding = chrome_padding(pad_kb)
    rng = random.Random(1)
    pages = []
    for i in range(n):
        src = sources[i % len(sources)]
        tag = f"\n<!-- copy {i} -->\n".encode() if src.lstrip()[:1] == b"<" else b""
        if padding and b"</body>" in src:
            src = src.replace(b"</body>", padding + b"</body>", 1)
        if fresh:
            src = new_words(src, fresh, rng)
        pages.append(src + tag)
    return pages


def page_caches() -> list:
    """The caches keyed by an article's text (lru, maxsize <= 32): shared by the extractors of
    one page. The fixtures repeat texts, so these are cleared before each page to time every
    page as a new one."""
    import importlib
    import pkgutil

    import psm_extract

    found = []
    for info in pkgutil.walk_packages(psm_extract.__path__, "psm_extract."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for value in vars(module).values():
            info_fn = getattr(value, "cache_info", None)
            if info_fn is not None and info_fn().maxsize is not None and info_fn().maxsize <= 32:
                found.append(value)
    return found


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_psm(pages: list[bytes], warm: int = 20) -> tuple[float, int]:
    """Seconds of ``extract`` over ``pages`` (after ``warm`` pages of warm-up), and pages refused."""
    from psm_extract import extract
    from psm_extract.errors import PsmExtractError

    for p in pages[:warm]:  # warm-up: pipeline built, data loaded
        try:
            extract(p)
        except PsmExtractError:
            pass
    caches = page_caches()
    errors = 0
    t = time.perf_counter()
    for p in pages:
        for cache in caches:
            cache.cache_clear()
        try:
            extract(p)
        except PsmExtractError:
            errors += 1
    return time.perf_counter() - t, errors


def time_trafilatura(pages: list[bytes], warm: int = 20) -> float | None:
    try:
        import trafilatura
    except ImportError:
        return None
    for p in pages[:warm]:
        trafilatura.extract(p)
    t = time.perf_counter()
    for p in pages:
        trafilatura.extract(p)
    return time.perf_counter() - t


def paired_ratio(pages: list[bytes], rounds: int, block: int = 100) -> list[float] | None:
    """``rounds`` ratios of trafilatura's time to psm_extract's over the same block of pages, the two
    timed back to back in alternating order: this machine's speed drifts within minutes, so the two
    tools timed minutes apart (the rates above) can disagree with the tools timed side by side."""
    if time_trafilatura(pages[:1], warm=0) is None:
        return None
    ratios = []
    for r in range(rounds):
        chunk = pages[(r * block) % len(pages):][:block] or pages[:block]
        if r % 2:
            b = time_trafilatura(chunk, warm=0)
            a = time_psm(chunk, warm=0)[0]
        else:
            a = time_psm(chunk, warm=0)[0]
            b = time_trafilatura(chunk, warm=0)
        ratios.append(b / a)
    return ratios


def time_reference(pages: list[bytes]) -> tuple[float, float | None]:
    """Seconds for ``lxml.html.fromstring`` and for ``BeautifulSoup(page, "lxml")`` (None if bs4
    is missing) over ``pages``: the yardsticks of the brief."""
    import lxml.html

    t = time.perf_counter()
    for p in pages:
        lxml.html.fromstring(p)
    lx = time.perf_counter() - t
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        return lx, None
    t = time.perf_counter()
    for p in pages:
        BeautifulSoup(p, "lxml")
    return lx, time.perf_counter() - t


def sweep(pads: list[int], n: int) -> None:
    """One row per page weight: both tools and the two yardsticks on the same pages."""
    print(f"{'pad KB':>6} {'avg KB':>6} {'psm p/s':>8} {'traf p/s':>8} {'ratio':>6} {'lxml p/s':>8} {'bs4 p/s':>8}")
    for pad in pads:
        pages = load_pages(n, pad)
        size = sum(map(len, pages)) / len(pages) / 1024
        psm, _ = time_psm(pages)
        traf = time_trafilatura(pages)
        lx, bs = time_reference(pages)
        print(f"{pad:6d} {size:6.0f} {n / psm:8.1f} {n / traf if traf else float('nan'):8.1f} "
              f"{traf / psm if traf else float('nan'):5.2f}x {n / lx:8.0f} {n / bs if bs else float('nan'):8.0f}")


def _worker(chunk: list[bytes]) -> int:
    from psm_extract import extract
    from psm_extract.errors import PsmExtractError

    done = 0
    caches = page_caches()
    for p in chunk:
        for cache in caches:
            cache.cache_clear()
        try:
            extract(p)
        except PsmExtractError:
            pass
        done += 1
    return done


def time_workers(pages: list[bytes], workers: int) -> float:
    chunks = [pages[i::workers * 8] for i in range(workers * 8)]
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_warm) as pool:
        pool.map(_noop, range(workers * 4))  # every worker has built its pipeline
        t = time.perf_counter()
        pool.map(_worker, chunks, chunksize=1)
        return time.perf_counter() - t


def _noop(_: int) -> None:
    time.sleep(0.05)


def _warm() -> None:
    from psm_extract import extract

    extract(next(iter(sorted(PAGES.glob("*.txt")))))


def cold_start() -> tuple[float, float]:
    def wall(cmd: list[str]) -> float:
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
            best = min(best, time.perf_counter() - t)
        return best

    base = wall([sys.executable, "-c", "pass"])
    imp = wall([sys.executable, "-c", "import psm_extract"]) - base
    page = next(iter(sorted(PAGES.glob("*.html")) or sorted(PAGES.glob("*.txt"))))
    one = wall([sys.executable, "-m", "psm_extract.cli", str(page)])
    return imp, one


def count_dateparser(pages: list[bytes]) -> int:
    """How many times the extraction called dateparser (``parse`` and ``search_dates``, patched in
    this process: psm_extract.dates looks ``dateparser.parse`` up at each call)."""
    try:
        import dateparser
        import dateparser.search
    except ImportError:
        return 0
    calls = 0
    real_parse, real_search = dateparser.parse, dateparser.search.search_dates

    def parse(*a, **k):
        nonlocal calls
        calls += 1
        return real_parse(*a, **k)

    def search(*a, **k):
        nonlocal calls
        calls += 1
        return real_search(*a, **k)

    dateparser.parse, dateparser.search.search_dates = parse, search
    try:
        time_psm(pages)
    finally:
        dateparser.parse, dateparser.search.search_dates = real_parse, real_search
    return calls


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--skip-workers", action="store_true")
    ap.add_argument("--pad-kb", type=int, default=0,
                    help="add about this many KB of menus, sidebars and scripts to every page")
    ap.add_argument("--new-words", type=int, default=0, metavar="N",
                    help="put N words no page had before into every page (the per-word caches "
                         "of the tokenizer and extractors then miss N words a page)")
    ap.add_argument("--paired", type=int, default=20, metavar="ROUNDS",
                    help="rounds of the side-by-side ratio (100 pages each; 0: none)")
    ap.add_argument("--pad-sweep", metavar="KB,KB,...",
                    help="only the throughput table, one row per padding (e.g. 0,25,50,80)")
    args = ap.parse_args(argv)
    if args.pad_sweep:
        sweep([int(kb) for kb in args.pad_sweep.split(",")], args.pages)
        return 0
    pages = load_pages(args.pages, args.pad_kb, args.new_words)
    size = sum(map(len, pages)) / len(pages) / 1024

    imp, one = cold_start()
    print(f"cold start: import psm_extract {imp:.3f} s; psm-extract on one page {one:.2f} s wall")
    fresh = f", {args.new_words} new words each" if args.new_words else ""
    print(f"pages: {len(pages)} (fixtures replicated, {size:.1f} KB average{fresh})")
    psm, errors = time_psm(pages)
    rss = rss_mb()
    print(f"psm_extract.extract   {len(pages) / psm:8.1f} pages/s  ({errors} pages refused)")
    traf = time_trafilatura(pages)
    if traf is not None:
        print(f"trafilatura.extract   {len(pages) / traf:8.1f} pages/s")
        print(f"ratio psm/trafilatura {traf / psm:8.2f}x")
    ratios = paired_ratio(pages, args.paired) if args.paired else None
    if ratios:
        ratios.sort()
        print(f"paired ratio, {len(ratios)} rounds of 100 pages side by side: median {ratios[len(ratios) // 2]:.2f}x "
              f"(min {ratios[0]:.2f}x, max {ratios[-1]:.2f}x)")
    lx, bs = time_reference(pages)
    print(f"yardsticks on the same pages: lxml.html.fromstring {len(pages) / lx:.0f} pages/s"
          + (f", BeautifulSoup(page, 'lxml') {len(pages) / bs:.0f} pages/s" if bs else "")
          + " (brief, realistic portal pages: ~1,900 and ~140)")
    if not args.skip_workers:
        one_w, two_w = time_workers(pages, 1), time_workers(pages, 2)
        print(f"workers: 1 -> {len(pages) / one_w:.1f} pages/s, 2 -> {len(pages) / two_w:.1f} pages/s, "
              f"speedup {one_w / two_w:.2f}x")
    calls = count_dateparser(pages)
    print(f"dateparser calls per 1,000 pages: {calls * 1000 / len(pages):.1f}")
    print(f"peak RSS of this process after psm_extract: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
