"""Input readers for ``psm-extract batch``: every input becomes a stream of ``Item`` s.

Kinds, told apart by the file name:

- a folder: walked recursively (sorted), files matching the glob patterns, each read by its kind;
- a page file (``.html``, ``.txt`` ...): one item, read later by the worker;
- ``.tar``/``.tar.gz``/``.tgz``/``.zip``: one item per regular member, read in place (streamed,
  never unpacked; a member's name is only ever a label): ``pages.tar.gz!a/b.html``;
- ``.warc``/``.warc.gz``: one item per HTTP response (status 2xx) or resource record with an
  HTML content type, its target URI kept as ``url`` and its HTTP charset as ``charset``:
  ``crawl.warc.gz#offset=1234``. A malformed record is an error item; reading goes on at the
  next record that can be found;
- ``.jsonl``/``.jsonl.gz``/``.ndjson``: one item per line ``{"url": ..., "html": ...}``:
  ``pages.jsonl#line=3``.

Memory stays bounded: one page's bytes at a time per reader, whatever the archive's size.
A failure while reading is an item too (``error`` set), so nothing is lost silently.
"""
from __future__ import annotations

import fnmatch
import gzip
import json
import os
import re
import tarfile
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO, Iterable, Iterator, Sequence

from .errors import PsmExtractError
from .options import Options

__all__ = ["BOM", "DEFAULT_GLOBS", "Item", "expand_sources", "iter_items", "iter_source", "kind_of"]

PAGE_GLOBS = ("*.html", "*.htm", "*.xhtml", "*.txt")
ARCHIVE_GLOBS = ("*.warc", "*.warc.gz", "*.tar", "*.tar.gz", "*.tgz", "*.zip")
DEFAULT_GLOBS = PAGE_GLOBS + ARCHIVE_GLOBS
_KINDS = (  # (suffix, kind), longest suffixes first
    (".warc.gz", "warc"), (".warc", "warc"), (".arc.gz", "warc"), (".arc", "warc"),
    (".tar.gz", "tar"), (".tar.bz2", "tar"), (".tar.xz", "tar"), (".tgz", "tar"), (".tbz2", "tar"),
    (".txz", "tar"), (".tar", "tar"), (".zip", "zip"),
    (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]{1,40})", re.I)
_BLOCK = 1 << 20
BOM = b"\xef\xbb\xbf"  # marks bytes that were text already: decoded as UTF-8, whatever the page says


@dataclass(frozen=True, slots=True)
class Item:
    """One page to extract: its key ``input``, and its bytes (or a ``path`` to read them from).

    ``charset`` is the one the HTTP header declared (WARC); ``error`` is ``(type, message)`` of
    a failure while reading, in which case there is nothing to extract.
    """

    input: str
    data: bytes | None = None
    path: str | None = None
    url: str | None = None
    charset: str | None = None
    error: tuple[str, str] | None = None


def kind_of(name: str) -> str:
    """``warc``, ``tar``, ``zip``, ``jsonl`` or ``page``, from the file name."""
    lower = name.lower()
    return next((kind for suffix, kind in _KINDS if lower.endswith(suffix)), "page")


def _failed(key: str, exc: BaseException, what: str = "unreadable archive member") -> Item:
    """An error item: the package's own errors as they are; any other (an exception from inside a
    reader: zipfile, tarfile, warcio, json) as ``MalformedArchive``, its cause in the message."""
    if isinstance(exc, PsmExtractError):
        return Item(input=key, error=(type(exc).__name__, str(exc)))
    cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return Item(input=key, error=("MalformedArchive", f"{what} ({cause})"))


def _matches(rel: str, patterns: Sequence[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(rel, p) for p in patterns)


def expand_sources(inputs: Iterable[str | os.PathLike], *, globs: Sequence[str] = DEFAULT_GLOBS,
                   exclude: Sequence[str | os.PathLike] = ()) -> Iterator[str]:
    """Each input as a file name: folders walked (sorted, recursive, ``globs``), files as given."""
    skip = {os.path.realpath(p) for p in exclude}
    seen: set[str] = set()
    for raw in inputs:
        top = os.fspath(raw)
        if not os.path.isdir(top):
            if os.path.realpath(top) not in seen:
                seen.add(os.path.realpath(top))
                yield top
            continue
        for root, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if os.path.realpath(os.path.join(root, d)) not in skip)
            for name in sorted(files):
                path = os.path.join(root, name)
                rel = os.path.relpath(path, top).replace(os.sep, "/")
                real = os.path.realpath(path)
                if _matches(rel, globs) and real not in seen and os.path.isfile(path):
                    seen.add(real)
                    yield path


def iter_items(inputs: Iterable[str | os.PathLike] | str, *, globs: Sequence[str] = DEFAULT_GLOBS,
               max_bytes: int | None = None, exclude: Sequence[str | os.PathLike] = ()) -> Iterator[Item]:
    """Every page of every input, streamed in order; failures to read are items with ``error``."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for path in expand_sources(inputs, globs=globs, exclude=exclude):
        yield from iter_source(path, max_bytes=max_bytes)


def iter_source(path: str, *, max_bytes: int | None = None) -> Iterator[Item]:
    """The items of one input file, by its kind (pages over ``max_bytes`` are error items)."""
    max_bytes = max_bytes or Options().max_bytes
    kind = kind_of(path)
    if kind == "page":
        yield Item(input=path, path=path)
        return
    if not os.path.isfile(path):
        yield Item(input=path, error=("InputNotFound", f"no such file: {path}"))
        return
    if kind == "warc":
        _need_warcio()
    reader = {"warc": _warc_items, "tar": _tar_items, "zip": _zip_items, "jsonl": _jsonl_items}[kind]
    try:
        yield from reader(path, max_bytes)
    except Exception as exc:  # noqa: BLE001 - readers raise odd things on damaged archives
        yield _failed(path, exc, f"unreadable {kind} archive")  # the whole (or its rest) cannot be read


# -- tar and zip ---------------------------------------------------------------------------------

def _member_key(path: str, name: str, seen: dict[str, int]) -> str:
    seen[name] = seen.get(name, 0) + 1
    return f"{path}!{name}" if seen[name] == 1 else f"{path}!{name}#{seen[name]}"


def _too_large(key: str, size: int, max_bytes: int) -> Item:
    return Item(input=key, error=("InputTooLarge",
                                  f"member of {size:,} bytes is over the limit of {max_bytes:,}"))


def _tar_items(path: str, max_bytes: int) -> Iterator[Item]:
    seen: dict[str, int] = {}
    with tarfile.open(path, mode="r|*") as tar:  # stream mode: one pass, no index in memory
        for member in tar:
            if not member.isfile():
                continue
            key = _member_key(path, member.name, seen)
            if member.size > max_bytes:
                yield _too_large(key, member.size, max_bytes)
                continue
            fh = tar.extractfile(member)
            yield Item(input=key, data=fh.read() if fh is not None else b"")


def _zip_items(path: str, max_bytes: int) -> Iterator[Item]:
    seen: dict[str, int] = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            key = _member_key(path, info.filename, seen)
            if info.file_size > max_bytes:
                yield _too_large(key, info.file_size, max_bytes)
                continue
            try:
                with archive.open(info) as fh:
                    data = fh.read(max_bytes + 1)
            except Exception as exc:  # noqa: BLE001 - a damaged member: report it, go on
                yield _failed(key, exc)
                continue
            yield Item(input=key, data=data)


# -- JSON Lines ----------------------------------------------------------------------------------

def _jsonl_items(path: str, max_bytes: int) -> Iterator[Item]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        number = 0
        while True:
            line = fh.readline(max_bytes * 2 + 1)
            if not line:
                return
            number += 1
            key = f"{path}#line={number}"
            if not line.endswith(b"\n") and len(line) > max_bytes * 2:
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = fh.readline(_BLOCK)
                yield Item(input=key, error=("InputTooLarge", "line is over the size limit"))
                continue
            if not line.strip():
                continue
            yield _jsonl_item(key, line)


def _jsonl_item(key: str, line: bytes) -> Item:
    try:
        row = json.loads(line)
    except ValueError as exc:
        return _failed(key, exc, "a line that is not JSON")
    if not isinstance(row, dict) or not isinstance(row.get("html"), str):
        return Item(input=key, error=("InputError", 'a line must be an object with an "html" string'))
    url = row.get("url") if isinstance(row.get("url"), str) else None
    return Item(input=key, data=BOM + row["html"].encode("utf-8"), url=url)  # text: no guessing


# -- WARC ----------------------------------------------------------------------------------------

def _http_charset(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def _need_warcio() -> None:
    try:
        import warcio  # noqa: F401
    except ImportError:
        raise PsmExtractError("reading WARC files needs warcio: pip install 'psm-extract[warc]'") from None


def _warc_items(path: str, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    gzipped = path.lower().endswith(".gz")
    with open(path, "rb") as fh:
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            records = ArchiveIterator(fh)
            at = start
            try:
                for record in records:
                    at = records.offset  # where this record begins in the file
                    item = _warc_item(path, record, at, max_bytes)
                    if item is not None:
                        yield item
                    at = records.get_record_offset() + records.get_record_length()
                return
            except Exception as exc:  # noqa: BLE001 - a malformed record: report it, go on
                at = max(at, records.offset)
                yield _failed(f"{path}#offset={at}", exc, f"malformed WARC record at offset {at}")
            start = _next_record_start(fh, at + 1, gzipped)


def _ok(headers) -> bool:
    code = (headers.get_statuscode() or "200").strip()
    return code.startswith("2")


def _warc_item(path: str, record, at: int, max_bytes: int) -> Item | None:
    """An item for an HTML response or resource record, else None."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers is not None else \
        record.rec_headers.get_header("Content-Type")
    if record.rec_type == "response" and (headers is None or not _ok(headers)):
        return None  # no HTTP headers, or a redirect / error response: no page
    if not content_type or not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        return None
    key = f"{path}#offset={at}"
    data = record.content_stream().read(max_bytes + 1)
    return Item(input=key, data=data, url=record.rec_headers.get_header("WARC-Target-URI"),
                charset=_http_charset(content_type))


def _next_record_start(fh: IO[bytes], pos: int, gzipped: bool) -> int | None:
    """The offset of the next record that can be read at or after ``pos`` (None: no more)."""
    marker = b"\x1f\x8b\x08" if gzipped else b"\nWARC/1."
    while True:
        fh.seek(pos)
        block = fh.read(_BLOCK)
        if len(block) < len(marker):
            return None
        found = block.find(marker)
        while found >= 0:
            candidate = pos + found + (0 if gzipped else 1)
            if not gzipped or _gzip_warc_at(fh, candidate):
                return candidate
            found = block.find(marker, found + 1)
        pos += len(block) - len(marker) + 1


def _gzip_warc_at(fh: IO[bytes], pos: int) -> bool:
    here = fh.tell()
    try:
        fh.seek(pos)
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(fh.read(4096), 16)
        return head.startswith(b"WARC/")
    except zlib.error:
        return False
    finally:
        fh.seek(here)
