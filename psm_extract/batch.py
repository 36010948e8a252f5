"""process folders, WARC, tar, zip and JSON Lines archives in parallel into --out DIR

    psm-extract batch archive/ crawl-2019.warc.gz pages.tar.gz --out records/ --format jsonl,csv
    psm-extract batch crawl-*.warc.gz --out records/ --resume      # after an interruption
    psm-extract batch crawl-*.warc.gz --engine dask --scheduler tcp://scheduler:8786 --out records/

From Python::

    summary = psm_extract.batch.run(["crawl.warc.gz"], out="records/", workers=2)
    for row in psm_extract.batch.iter_records(["pages.tar.gz"]):   # records and error rows
        ...

Stages:
1. read the inputs as a stream of items (``psm_extract.inputs``), skipping what ``--out``
   already holds when resuming;
2. extract each item with ``process_item`` in worker processes (the spaCy pipeline built once
   per worker), or on a Dask cluster;
3. write each result, in input order and in synced chunks, to ``articles.jsonl`` or
   ``errors.jsonl`` (``duplicates.jsonl`` lists repeated articles);
4. rebuild the CSV / Parquet tables from ``articles.jsonl`` and print the summary.

Every item yields exactly one record or one error row (with ``--dedupe``, a repeated article
yields a ``duplicates.jsonl`` row instead of a record).
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence, TextIO

from .errors import InputError, PsmExtractError
from .inputs import BOM, DEFAULT_GLOBS, Item, expand_sources, iter_items, iter_source
from .options import Options
from .outputs import JOURNALS, TABLES, Journal, check_formats, iter_jsonl, repair, write_tables

__all__ = ["Summary", "add_arguments", "command", "iter_records", "process_item", "process_sources", "run"]

_DEFAULTS = Options()
_OPTIONS = _DEFAULTS  # a worker's options, set by its initializer
_BATCH = 8  # items per task sent to a worker
_META = re.compile(rb"<meta[^>]{0,200}?charset\s*=", re.I)
_WARM_PAGE = ("<html><head><title>Gubernur Riau Buka Rakor</title></head><body><h1>Gubernur Riau "
              "Buka Rakor</h1><p>PEKANBARU - Gubernur Riau membuka rapat koordinasi di Gedung Daerah, "
              "Senin (12/3/2018), dihadiri 120 peserta.</p></body></html>")


@dataclasses.dataclass(slots=True)
class Summary:
    """What a batch run did: pages read, records and errors written, time taken."""

    out: str = ""
    pages: int = 0
    records: int = 0
    errors: dict[str, int] = dataclasses.field(default_factory=dict)
    duplicates: int = 0
    skipped: int = 0
    seconds: float = 0.0

    @property
    def pages_per_second(self) -> float:
        """Pages processed per second of wall time."""
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (with ``pages_per_second``)."""
        return {**dataclasses.asdict(self), "pages_per_second": round(self.pages_per_second, 2)}

    def __str__(self) -> str:
        errors = ", ".join(f"{k} {v:,}" for k, v in sorted(self.errors.items(), key=lambda kv: -kv[1]))
        return (f"{self.pages:,} pages read, {self.records:,} records, "
                f"{sum(self.errors.values()):,} errors{f' ({errors})' if errors else ''}, "
                f"{self.duplicates:,} duplicates, {self.skipped:,} skipped as already done; "
                f"{self.seconds:.1f} s, {self.pages_per_second:.1f} pages/s -> {self.out}")


# -- 2. one page --------------------------------------------------------------------------------

def _error(key: str, stage: str, kind: str, message: str) -> dict[str, Any]:
    return {"input": key, "stage": stage, "error": {"type": kind, "message": message}}


def _honour_charset(data: bytes, charset: str | None) -> bytes:
    """Bytes decoded with the HTTP charset when the page declares none (re-encoded, with a BOM)."""
    if not charset or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) \
            or _META.search(data[:4096]):
        return data
    codec = "windows-1252" if charset in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") \
        else charset
    try:
        return BOM + data.decode(codec).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data


def _as_item(item: Item | Mapping[str, Any]) -> Item:
    if isinstance(item, Item):
        return item
    html = item.get("html")
    data = BOM + html.encode("utf-8") if isinstance(html, str) else html
    return Item(input=str(item.get("input") or item.get("url") or ""), data=data,
                path=item.get("path"), url=item.get("url"), charset=item.get("charset"))


def process_item(item: Item | Mapping[str, Any], options: Options | None = None) -> dict[str, Any]:
    """One item to one row: the record (``Article.to_dict()``) or an error row; never raises.

    ``item`` is an ``inputs.Item`` or a mapping ``{"input": ..., "url": ..., "html": ...}``
    (``html`` as str or bytes). An error row is ``{"input", "stage", "error": {"type", "message"}}``
    with stage ``read`` (the bytes are no page: empty, too large, binary, missing, a damaged
    archive record) or ``extract`` (no article found, time limit, anything else).
    """
    from .core import extract

    options = options or _OPTIONS
    item = _as_item(item)
    if item.error is not None:
        return _error(item.input, "read", *item.error)
    try:
        if item.data is not None:
            source: Any = _honour_charset(item.data, item.charset)
        else:
            source = Path(item.path or item.input)
        return extract(source, url=item.url, options=options, input=item.input).to_dict()
    except Exception as exc:  # noqa: BLE001 - every failure becomes a row, the batch goes on
        stage = "read" if isinstance(exc, InputError) else "extract"
        return _error(item.input, stage, type(exc).__name__, str(exc))


def process_sources(paths: Iterable[str], *, skip: Iterable[str] = (),
                    options: Options | None = None) -> list[dict[str, Any]]:
    """The rows of every item of the input files ``paths`` (not folders), except keys in ``skip``.

    The task of one Dask partition; any other engine can run it the same way.
    """
    options = options or _DEFAULTS
    skip = skip if isinstance(skip, (set, frozenset)) else set(skip)
    rows = []
    for path in paths:
        for item in iter_source(path, max_bytes=options.max_bytes):
            if item.input not in skip:
                rows.append(process_item(item, options))
    return rows


# -- 2a. local worker processes -------------------------------------------------------------------

def _init_worker(options: Options, main_pid: int | None = None) -> None:
    """Pool initializer: options set, Ctrl-C left to the main process, the pipeline built once."""
    global _OPTIONS
    _OPTIONS = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if main_pid is not None:
        threading.Thread(target=_watch, args=(main_pid,), daemon=True, name="psm-watch").start()
    _warm(options)


def _warm(options: Options | None = None) -> None:
    from .core import extract
    from .nlp import get_nlp

    get_nlp()
    try:
        extract(_WARM_PAGE.encode(), options=options or _DEFAULTS)
    except PsmExtractError:
        pass


def _watch(main_pid: int, every: float = 1.0) -> None:
    """A worker ends itself once the main process is gone (killed with SIGKILL: no orphans)."""
    while True:
        time.sleep(every)
        try:
            os.kill(main_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # alive, as another user
            pass


def _work(batch: list[Item]) -> list[dict[str, Any]]:
    return [process_item(item, _OPTIONS) for item in batch]


def _mp_context() -> Any:
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["psm_extract.core", "psm_extract.batch"])
        return ctx
    return mp.get_context("spawn")


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while batch := list(islice(items, size)):
        yield batch


def _pool_rows(items: Iterator[Item], workers: int, options: Options,
               work: Any = None) -> Iterator[dict[str, Any]]:
    """Rows in input order from ``workers`` processes; at most ``4 * workers`` batches in flight.

    When a worker dies (out of memory, a crash in a C library), the pages that were in flight
    are run again one at a time in a fresh pool, so the one that kills its worker is found and
    reported (``WorkerCrashed``) and the others are not lost.
    """
    work = work or _work
    batches = _batches(iter(items), _BATCH)

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=_mp_context(), initializer=_init_worker,
                                   initargs=(options, os.getpid()))

    pool = start()
    pending: collections.deque[tuple[list[Item], Any]] = collections.deque()
    try:
        for batch in islice(batches, 4 * workers):
            pending.append((batch, pool.submit(work, batch)))
        while pending:
            batch, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                suspects = batch + [item for b, _f in pending for item in b]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = start()
                for item in suspects:  # one at a time: a crash names its page
                    try:
                        yield from pool.submit(work, [item]).result()
                    except BrokenProcessPool:
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = start()
                        yield _error(item.input, "extract", "WorkerCrashed",
                                     "the worker process died while extracting this page")
                for batch in islice(batches, 4 * workers):
                    pending.append((batch, pool.submit(work, batch)))
                continue
            nxt = next(batches, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(work, nxt)))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _local_rows(items: Iterator[Item], workers: int, options: Options) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        return (process_item(item, options) for item in items)
    return _pool_rows(items, workers, options)


# -- 2b. Dask ----------------------------------------------------------------------------------

def _need_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise PsmExtractError("the dask engine needs: pip install 'psm-extract[dask]'") from None


def _task_groups(sources: list[str], size: int = 64) -> Iterator[list[str]]:
    """Input files in tasks: an archive alone, page files by ``size``."""
    from .inputs import kind_of

    pages: list[str] = []
    for path in sources:
        if kind_of(path) == "page":
            pages.append(path)
            if len(pages) == size:
                yield pages
                pages = []
        else:
            yield [path]
    if pages:
        yield pages


def _dask_rows(sources: list[str], skip: frozenset[str], workers: int, options: Options,
               scheduler: str | None) -> Iterator[dict[str, Any]]:
    """Rows from a Dask bag of input files (one task per archive, or per 64 page files)."""
    _need_dask()
    import dask.bag as db
    from distributed import Client, LocalCluster, as_completed

    if not sources:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        client.run(_warm, options)  # the pipeline built once per worker
        bag = db.from_sequence(list(_task_groups(sources)), partition_size=1)
        parts = bag.map(process_sources, skip=skip, options=options).to_delayed()
        for future in as_completed(client.compute(parts)):
            for rows in future.result():
                yield from rows
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- 3. writing -------------------------------------------------------------------------------

def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def _content_keys(row: Mapping[str, Any]) -> list[tuple[str, int]]:
    """(kind, 64-bit digest) of the article's id on its site and of its text."""
    keys = []
    if row.get("article_id") and row.get("site"):
        keys.append(("article_id+site", _digest(f"id\t{row['site']}\t{row['article_id']}")))
    if row.get("text"):
        keys.append(("content hash", _digest("text\t" + row["text"])))
    return keys


class _Sink:
    """Journals of one run: rows buffered, written in synced chunks; duplicates found."""

    def __init__(self, out: Path, dedupe: bool, chunk: int, summary: Summary) -> None:
        self.out, self.dedupe, self.chunk, self.summary = out, dedupe, chunk, summary
        self.journals = {name: Journal(out / name) for name in JOURNALS}
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in JOURNALS}
        self.seen: dict[int, str] = {}  # digest -> first input
        self.last = time.monotonic()

    def remember(self, row: Mapping[str, Any]) -> None:
        """Register an article already written (resume)."""
        for _kind, key in _content_keys(row):
            self.seen.setdefault(key, row.get("input") or "")

    def add(self, row: dict[str, Any]) -> None:
        s = self.summary
        s.pages += 1
        if "error" in row:
            kind = row["error"].get("type", "Error")
            s.errors[kind] = s.errors.get(kind, 0) + 1
            self.buffers["errors.jsonl"].append(row)
        else:
            keys = _content_keys(row)
            first = next(((kind, self.seen[k]) for kind, k in keys if k in self.seen), None)
            for _kind, k in keys:
                self.seen.setdefault(k, row.get("input") or "")
            if first is not None:
                s.duplicates += 1
                self.buffers["duplicates.jsonl"].append(
                    {"input": row.get("input"), "duplicate_of": first[1], "by": first[0],
                     "written": not self.dedupe})
            if first is None or not self.dedupe:
                s.records += 1
                self.buffers["articles.jsonl"].append(row)
        if sum(map(len, self.buffers.values())) >= self.chunk or time.monotonic() - self.last > 2:
            self.flush()

    def flush(self) -> None:
        for name in JOURNALS:  # records before the duplicates rows that point at them
            self.journals[name].write(self.buffers[name])
            self.buffers[name] = []
        self.last = time.monotonic()

    def close(self) -> None:
        self.flush()
        for journal in self.journals.values():
            journal.close()


class _Progress:
    """A tqdm bar on a terminal; else a log line to stderr every ``every`` seconds."""

    def __init__(self, enabled: bool | None, total: Any = None, every: float = 10.0) -> None:
        self.bar, self.summary = None, None
        self.every, self.next, self.start, self.count = every, time.monotonic() + every, time.monotonic(), 0
        self.enabled = enabled is not False
        if enabled is not False and (enabled or sys.stderr.isatty()):
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total() if callable(total) else total, unit="page",
                            desc="psm-extract", file=sys.stderr, dynamic_ncols=True)

    def update(self, summary: Summary) -> None:
        self.count, self.summary = self.count + 1, summary
        if self.bar is not None:
            self.bar.update(1)
            if self.count % 50 == 0:
                self.bar.set_postfix(errors=sum(summary.errors.values()), refresh=False)
        elif self.enabled and time.monotonic() >= self.next:
            self.next = time.monotonic() + self.every
            rate = self.count / max(time.monotonic() - self.start, 1e-9)
            print(f"psm-extract batch: {summary.pages:,} pages, {summary.records:,} records, "
                  f"{sum(summary.errors.values()):,} errors, {rate:.1f} pages/s", file=sys.stderr,
                  flush=True)

    def close(self) -> None:
        if self.bar is not None:
            if self.summary is not None:
                self.bar.set_postfix(errors=sum(self.summary.errors.values()), refresh=False)
            self.bar.close()


def _prepare(out: Path, resume: bool, overwrite: bool) -> None:
    held = [name for name in JOURNALS if (out / name).exists() and (out / name).stat().st_size]
    if held and not resume and not overwrite:
        raise PsmExtractError(f"{out} already holds results ({', '.join(held)}): "
                              "use --resume to go on, or --overwrite to start again")
    if overwrite and not resume:
        names = [*JOURNALS, "summary.json", *(f"{t}.{k}" for t in TABLES for k in ("csv", "parquet"))]
        for name in names:
            (out / name).unlink(missing_ok=True)


def _lock(out: Path) -> Any:
    """An exclusive lock on ``out`` for the run (POSIX), so two runs never share a folder."""
    fh = open(out / ".lock", "w")
    try:
        import fcntl

        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:
        pass
    except OSError:
        fh.close()
        raise PsmExtractError(f"another batch run is writing to {out}") from None
    return fh


def _count_pages(inputs: Sequence[str], globs: Sequence[str], exclude: Sequence[str]) -> int | None:
    """How many items, when that is cheap to know (only page files, no archives)."""
    from .inputs import kind_of

    total = 0
    for path in expand_sources(inputs, globs=globs, exclude=exclude):
        if kind_of(path) != "page":
            return None
        total += 1
    return total


def _not_done(items: Iterator[Item], done: set[str], summary: Summary) -> Iterator[Item]:
    for item in items:
        if item.input in done:
            summary.skipped += 1
        else:
            yield item


# -- the Python API -----------------------------------------------------------------------------

def iter_records(inputs: Iterable[str | os.PathLike] | str, workers: int = 1, *,
                 globs: Sequence[str] = DEFAULT_GLOBS,
                 options: Options = _DEFAULTS) -> Iterator[dict[str, Any]]:
    """Rows (records and error rows) of every page of ``inputs``, in order; nothing written.

    >>> rows = iter_records(["fixtures/pages/4412.txt"]); next(rows)["title"]
    'Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak'
    """
    items = iter_items(inputs, globs=globs, max_bytes=options.max_bytes)
    yield from _local_rows(items, workers, options)


def run(inputs: Iterable[str | os.PathLike] | str, out: str | os.PathLike,
        workers: int | None = None, formats: Sequence[str] = ("jsonl",), resume: bool = False,
        dedupe: bool = False, *, overwrite: bool = False, globs: Sequence[str] = DEFAULT_GLOBS,
        options: Options = _DEFAULTS, engine: str = "local", scheduler: str | None = None,
        progress: bool | None = None, chunk: int = 64) -> Summary:
    """Extract every page of ``inputs`` into the folder ``out``; returns a ``Summary``.

    ``workers``: processes (default: the machine's cores); ``formats``: any of jsonl, csv,
    parquet; ``resume``: skip inputs already in ``out``; ``dedupe``: write repeated articles
    once; ``engine="dask"``: run on a Dask cluster (``scheduler`` address, or a local one).
    """
    started = time.monotonic()
    inputs = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    formats = check_formats(formats)
    workers = max(1, workers or os.cpu_count() or 1)
    if engine not in ("local", "dask"):
        raise PsmExtractError(f"unknown engine {engine!r} (local, dask)")
    if engine == "dask":
        _need_dask()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    lock = _lock(folder)
    summary = Summary(out=str(folder))
    try:
        _prepare(folder, resume, overwrite)
        # 1. what is already done
        done: set[str] = set()
        for name in JOURNALS:
            repair(folder / name)  # a torn last line of a killed run
        sink = _Sink(folder, dedupe, chunk, summary)
        for name in JOURNALS:
            for row in iter_jsonl(folder / name):
                done.add(row.get("input"))
                if name == "articles.jsonl":
                    sink.remember(row)
        exclude = [str(folder)]
        # 2. extract
        if engine == "dask":
            sources = list(expand_sources(inputs, globs=globs, exclude=exclude))
            rows = _dask_rows(sources, frozenset(done), workers, options, scheduler)
            summary.skipped, total = len(done), None  # type: ignore[assignment]
        else:
            items = _not_done(iter_items(inputs, globs=globs, max_bytes=options.max_bytes,
                                         exclude=exclude), done, summary)
            rows = _local_rows(items, workers, options)

            def total() -> int | None:  # asked only when a progress bar is shown
                count = _count_pages(inputs, globs, exclude)
                return max(count - len(done), 0) if count is not None else None
        bar = _Progress(progress, total)
        try:
            for row in rows:  # 3. write, in synced chunks
                key = row.get("input")
                if key in done:  # the same item twice (an input named twice; a Dask retry)
                    continue
                done.add(key)
                sink.add(row)
                bar.update(summary)
        finally:
            bar.close()
            sink.close()
        try:  # 4. tables, summary
            write_tables(folder, formats)
        except (OSError, ValueError, TypeError) as exc:  # pyarrow's errors are ValueError/TypeError
            if isinstance(exc, PsmExtractError):
                raise
            raise PsmExtractError(f"the tables could not be written ({type(exc).__name__}: {exc}); "
                                  "articles.jsonl is complete: run again with --resume") from exc
        summary.seconds = time.monotonic() - started
        tmp = folder / "summary.json.tmp"
        tmp.write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, folder / "summary.json")
        return summary
    finally:
        lock.close()


# -- the command line ------------------------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``psm-extract batch``."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="folders, page files, .tar/.tar.gz/.zip, .warc/.warc.gz, .jsonl")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the output files")
    parser.add_argument("--format", default="jsonl", metavar="LIST",
                        help="comma-separated: jsonl (always written), csv, parquet")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes (default: the machine's cores)")
    parser.add_argument("--glob", action="append", metavar="PATTERN",
                        help="file names to read in folders (repeatable; default: pages and archives)")
    parser.add_argument("--resume", action="store_true", help="skip inputs already in --out")
    parser.add_argument("--overwrite", action="store_true", help="start again, replacing --out's files")
    parser.add_argument("--dedupe", action="store_true",
                        help="write an article seen before (same id and site, or same text) once")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local worker processes (default), or a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler (tcp://host:8786); default: a local cluster")
    parser.add_argument("--max-bytes", type=int, default=_DEFAULTS.max_bytes,
                        help="refuse pages larger than this (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=_DEFAULTS.timeout,
                        help="seconds one page may take (default %(default)s; 0: no limit)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar or log lines")


def command(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``psm-extract batch``; the exit status."""
    options = Options(max_bytes=args.max_bytes, timeout=args.timeout or None)
    try:
        summary = run(args.inputs, out=args.out, workers=args.workers,
                      formats=("jsonl", *args.format.split(",")), resume=args.resume,
                      dedupe=args.dedupe, overwrite=args.overwrite,
                      globs=tuple(args.glob) if args.glob else DEFAULT_GLOBS, options=options,
                      engine=args.engine, scheduler=args.scheduler,
                      progress=False if args.no_progress else None)
    except PsmExtractError as exc:
        print(f"psm-extract batch: {exc}", file=sys.stderr)
        return 2
    print(f"psm-extract batch: {summary}", file=sys.stderr)
    return 1 if summary.errors else 0
