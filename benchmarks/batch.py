#!/usr/bin/env python3
"""Throughput and memory of ``psm-extract batch`` over a replicated archive of >= 10,000 pages.

    python benchmarks/batch.py                     # 10,000 pages, 1 and 2 workers
    python benchmarks/batch.py --pages 20000 --workers 1 2 4

The fixture pages (HTML, else the stored text) are replicated, each copy made distinct (a
comment with its number), half into a folder of files and half into one WARC.gz, in a temporary
folder. Each run is a whole ``psm_extract.batch.run`` (read, extract, write articles.jsonl) into
a fresh output folder. While it runs, a thread samples the resident memory (Linux
``/proc/<pid>/status``: VmRSS, VmHWM) of the main process and of every worker process, and
the number of pages written so far, to report the peak RSS per worker and whether memory
grows after the first 1,000 pages. With 1 worker, extraction runs in the main process.
"""
from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
sys.path.insert(0, str(ROOT))


def build_corpus(where: Path, n: int) -> list[Path]:
    """``n`` distinct pages: half files in ``where/pages``, half records of ``where/crawl.warc.gz``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    sources = sorted(PAGES.glob("*.html")) or sorted(PAGES.glob("*.txt"))
    blobs = [(p, p.read_bytes()) for p in sources]

    def page(i: int) -> tuple[Path, bytes]:
        path, data = blobs[i % len(blobs)]
        tag = f"\n<!-- copy {i} -->\n".encode() if path.suffix == ".html" else b""
        return path, data + tag

    folder = where / "pages"
    folder.mkdir()
    half = n // 2
    for i in range(half):
        path, data = page(i)
        (folder / f"{i:06d}-{path.name}").write_bytes(data)
    warc = where / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(half, n):
            path, data = page(i)
            kind = "text/html" if path.suffix == ".html" else "text/plain"
            headers = StatusAndHeaders("200 OK", [("Content-Type", f"{kind}; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://www.riau.go.id/home/skpd/{path.stem}?copy={i}", "response",
                payload=io.BytesIO(data), http_headers=headers))
    return [folder, warc]


def _status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM of a process in MB (empty when it is gone or /proc is missing)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "PPid"):
            out[key] = int(value.split()[0])
    return out


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run_delay(pid: int) -> float:
    """Seconds a process was ready to run but waited for a core (Linux schedstat; 0 if unknown)."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def _descendants(root: int) -> dict[int, int]:
    """pid -> parent pid of every live descendant of ``root``."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            ppid = _status(int(entry)).get("PPid")
            if ppid is not None:
                parents[int(entry)] = ppid
    found, frontier = {}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found[pid] = ppid
                frontier.append(pid)
    return found


class Sampler(threading.Thread):
    """Samples RSS of the main process and the workers, with the pages written so far."""

    def __init__(self, out: Path, every: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.out, self.every, self.stop = out, every, threading.Event()
        self.samples: list[tuple[int, dict[int, int]]] = []  # (pages done, {pid: VmRSS kB})
        self.peak: dict[int, int] = {}  # pid -> VmHWM kB
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds, last seen
        self.delay: dict[int, float] = {}  # pid -> seconds waiting for a core, last seen
        self.helpers: set[int] = set()  # forkserver, resource tracker: not workers
        self._offsets: dict[str, int] = {}
        self._lines = 0

    def pages_done(self) -> int:
        for name in ("articles.jsonl", "errors.jsonl"):
            path = self.out / name
            if not path.exists():
                continue
            with open(path, "rb") as fh:
                fh.seek(self._offsets.get(name, 0))
                data = fh.read()
            self._offsets[name] = self._offsets.get(name, 0) + len(data)
            self._lines += data.count(b"\n")
        return self._lines

    def sample(self) -> None:
        me = os.getpid()
        procs = {me: me}
        if Path("/proc").is_dir():
            procs.update(_descendants(me))
        rss = {}
        for pid, ppid in procs.items():
            st = _status(pid)
            if not st:
                continue
            if pid != me and ppid == me:  # direct children: the forkserver and resource tracker
                self.helpers.add(pid)
                continue
            rss[pid] = st.get("VmRSS", 0)
            self.cpu[pid] = _cpu_seconds(pid)
            self.delay[pid] = _run_delay(pid)
            self.peak[pid] = max(self.peak.get(pid, 0), st.get("VmHWM", 0))
        self.samples.append((self.pages_done(), rss))

    def run(self) -> None:
        while not self.stop.wait(self.every):
            self.sample()

    def finish(self) -> None:
        self.stop.set()
        self.join()
        self.pages_done()


def bench(inputs: list[Path], where: Path, workers: int) -> dict:
    from psm_extract import batch

    out = where / f"out-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    sampler = Sampler(out)
    me = os.getpid()
    cpu0, delay0 = _cpu_seconds(me), _run_delay(me)
    sampler.start()
    summary = batch.run(inputs, out=out, workers=workers, progress=False)
    sampler.finish()
    sampler.cpu[me] = _cpu_seconds(me) - cpu0
    sampler.delay[me] = _run_delay(me) - delay0
    workers_peak = {pid: kb for pid, kb in sampler.peak.items() if pid != me}
    sampled = [rss[me] for _n, rss in sampler.samples if me in rss]
    main_peak = max(sampled) if sampled else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # memory growth: RSS at the first sample past 1,000 pages vs the last sample
    after = [(n, rss) for n, rss in sampler.samples if n >= 1000 and rss]
    growth = {}
    if len(after) >= 2:
        first, last = after[0][1], after[-1][1]
        for pid in first:
            if pid in last:
                growth[pid] = (first[pid], last[pid])
    return {"summary": summary, "cpu": dict(sampler.cpu), "delay": dict(sampler.delay),
            "workers_peak": workers_peak, "main_peak": main_peak,
            "growth": growth, "pages_at": (after[0][0], after[-1][0]) if len(after) >= 2 else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    where = Path(tempfile.mkdtemp(prefix="psm-batch-bench-"))
    try:
        t = time.perf_counter()
        inputs = build_corpus(where, args.pages)
        size = sum(p.stat().st_size for p in (where / "pages").iterdir())
        print(f"corpus: {args.pages:,} pages ({args.pages // 2:,} files, {size / 1e6:.0f} MB; "
              f"{args.pages - args.pages // 2:,} WARC.gz records, "
              f"{(where / 'crawl.warc.gz').stat().st_size / 1e6:.0f} MB), built in "
              f"{time.perf_counter() - t:.1f} s; cpu_count={os.cpu_count()}")
        from psm_extract.extractors import TABLE

        print(f"extractors in the table: {len(TABLE)} ({', '.join(f for f, _ in TABLE) or 'none yet'})")
        for n in args.workers:
            r = bench(inputs, where, n)
            s = r["summary"]
            print(f"\nworkers={n}: {s.pages:,} pages, {s.records:,} records, "
                  f"{sum(s.errors.values()):,} errors in {s.seconds:.1f} s -> "
                  f"{s.pages_per_second:.1f} pages/s")
            print(f"  max RSS main process (reader, writer{', extraction' if n == 1 else ''}): "
                  f"{r['main_peak'] / 1024:.0f} MB")
            for pid, kb in sorted(r["workers_peak"].items()):
                print(f"  peak RSS worker pid {pid}: {kb / 1024:.0f} MB; CPU {r['cpu'].get(pid, 0):.1f} s, "
                      f"waited for a core {r['delay'].get(pid, 0):.1f} s")
            me = os.getpid()
            print(f"  main process: CPU {r['cpu'].get(me, 0):.1f} s, waited for a core "
                  f"{r['delay'].get(me, 0):.1f} s (of {s.seconds:.1f} s wall)")
            if r["growth"]:
                lo, hi = r["pages_at"]
                for pid, (a, b) in sorted(r["growth"].items()):
                    who = "main" if pid == os.getpid() else f"worker {pid}"
                    print(f"  RSS {who}: {a / 1024:.0f} MB at {lo:,} pages -> {b / 1024:.0f} MB "
                          f"at {hi:,} pages ({(b - a) / 1024:+.1f} MB)")
    finally:
        if args.keep:
            print(f"kept {where}")
        else:
            shutil.rmtree(where, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
