"""Output writers for ``psm-extract batch``: crash-safe JSON Lines journals and flat tables.

``articles.jsonl``, ``errors.jsonl`` and ``duplicates.jsonl`` are journals: each chunk of lines
goes out in one ``write`` followed by ``fsync``, so a killed run leaves at most one torn last
line, which ``repair`` cuts off before a resumed run appends. The CSV and Parquet tables are
views of ``articles.jsonl``, rebuilt in full at the end of a run (streamed, written to a
temporary file, then renamed into place), so they are never half written either.

Tables, each keyed by ``input`` (the article key) and ``article_id``:
``articles`` (one row per article, with counts), ``events``, ``officials``, ``awards`` (one row
per item, numbered by ``n``) and ``participants`` (one row per region count, plus one
``kind="total"`` row for the total).
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import os
import typing
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import PsmExtractError
from .records import Article, Award, Event, Official, Participants, RegionCount

__all__ = ["JOURNALS", "SCHEMAS", "TABLES", "Journal", "check_formats", "iter_jsonl", "repair", "table_rows",
           "write_tables"]

JOURNALS = ("articles.jsonl", "errors.jsonl", "duplicates.jsonl")
TABLES = ("articles", "events", "officials", "participants", "awards")
_KEY = (("input", str), ("article_id", str))
_ROW_GROUP = 10_000


class Journal:
    """An append-only JSON Lines file written in whole, synced chunks."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, rows: Iterable[dict[str, Any]]) -> int:
        """Append ``rows`` in one write, then fsync; returns the number of rows written."""
        lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
        if not lines:
            return 0
        view = memoryview("".join(lines).encode("utf-8"))
        while view:
            view = view[os.write(self._fd, view):]
        os.fsync(self._fd)
        return len(lines)

    def close(self) -> None:
        """Close the file."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def repair(path: str | os.PathLike) -> int:
    """Cut a torn last line (no trailing newline) off a journal; returns the bytes removed."""
    path = Path(path)
    if not path.exists():
        return 0
    with open(path, "rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        end = size
        while end > 0:  # back to the last newline, a block at a time
            step = min(end, 1 << 16)
            fh.seek(end - step)
            block = fh.read(step)
            if end == size and block.endswith(b"\n"):
                return 0
            cut = block.rfind(b"\n")
            if cut >= 0:
                end = end - step + cut + 1
                break
            end -= step
        fh.truncate(end)
        os.fsync(fh.fileno())
        return size - end


def iter_jsonl(path: str | os.PathLike) -> Iterator[dict[str, Any]]:
    """The rows of a JSON Lines file, streamed (a missing file has none)."""
    if not Path(path).exists():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


# -- tables ------------------------------------------------------------------------------------

def _columns(cls: type, skip: tuple[str, ...] = ("spans",)) -> list[tuple[str, type]]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        tp = hints[f.name]
        args = [a for a in typing.get_args(tp) if a is not type(None)] or [tp]
        base = args[0]
        if typing.get_origin(base) is tuple:
            base = str  # a tuple of strings: joined with "; "
        if base in (str, int, bool, float, dt.date):
            out.append((f.name, base))
    return out


def _schemas() -> dict[str, list[tuple[str, type]]]:
    article = [(n, t) for n, t in _columns(Article, skip=("spans", "paragraphs", "text", "input",
                                                           "article_id", "entities"))]
    counts = [("events", int), ("officials", int), ("awards", int), ("participants_total", int)]
    return {
        "articles": [*_KEY, *article, *counts],
        "events": [*_KEY, ("n", int), *_columns(Event)],
        "officials": [*_KEY, ("n", int), *_columns(Official)],
        "participants": [*_KEY, ("kind", str), *[c for c in _columns(RegionCount)],
                         *[c for c in _columns(Participants) if c[0] != "total"]],
        "awards": [*_KEY, ("n", int), *_columns(Award)],
    }


SCHEMAS = _schemas()


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def _pick(data: dict[str, Any], columns: list[tuple[str, type]], **fixed: Any) -> dict[str, Any]:
    row = {}
    for name, _tp in columns:
        row[name] = fixed[name] if name in fixed else _flat(data.get(name))
    return row


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The table rows of one record (``Article.to_dict()`` with its ``input``)."""
    key = {"input": record.get("input"), "article_id": record.get("article_id")}
    parts = record.get("participants") or {}
    out: dict[str, list[dict[str, Any]]] = {
        "articles": [_pick(record, SCHEMAS["articles"], **key,
                           events=len(record.get("events") or ()),
                           officials=len(record.get("officials") or ()),
                           awards=len(record.get("awards") or ()),
                           participants_total=parts.get("total"))],
    }
    for table, field in (("events", "events"), ("officials", "officials"), ("awards", "awards")):
        out[table] = [_pick(item, SCHEMAS[table], **key, n=n)
                      for n, item in enumerate(record.get(field) or (), 1)]
    rows = []
    if parts:
        shared = {k: parts.get(k) for k in ("unit", "approximate", "origin")}
        for region in parts.get("by_region") or ():
            rows.append(_pick(region, SCHEMAS["participants"], **key, **shared, kind="region"))
        if parts.get("total") is not None:
            rows.append(_pick({}, SCHEMAS["participants"], **key, **shared, kind="total",
                              region=None, code=None, count=parts["total"]))
    out["participants"] = rows
    return out


class _CsvTable:
    def __init__(self, path: Path, columns: list[tuple[str, type]]) -> None:
        self.fh = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.fh, [name for name, _ in columns])
        self.writer.writeheader()

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.writer.writerows(rows)

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()


class _ParquetTable:
    def __init__(self, path: Path, columns: list[tuple[str, type]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64(),
                 dt.date: pa.date32()}
        self.pa = pa
        self.dates = [name for name, tp in columns if tp is dt.date]
        self.schema = pa.schema([(name, types[tp]) for name, tp in columns])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.buffer: list[dict[str, Any]] = []

    def add(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            for name in self.dates:
                if isinstance(row.get(name), str):
                    row[name] = dt.date.fromisoformat(row[name][:10])
        self.buffer.extend(rows)
        if len(self.buffer) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            self.writer.write_table(self.pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The formats asked for, checked (``jsonl`` is always written)."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in formats if f not in ("jsonl", "csv", "parquet")]
    if unknown:
        raise PsmExtractError(f"unknown output format(s): {', '.join(unknown)} (jsonl, csv, parquet)")
    if "parquet" in formats:
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise PsmExtractError("the parquet format needs: pip install 'psm-extract[parquet]'") from None
    return formats


def write_tables(out: str | os.PathLike, formats: Iterable[str]) -> list[Path]:
    """(Re)build the tables of ``out/articles.jsonl`` in ``formats`` (csv, parquet); atomic per file."""
    out = Path(out)
    makers = {"csv": _CsvTable, "parquet": _ParquetTable}
    kinds = [f for f in check_formats(formats) if f in makers]
    if not kinds:
        return []
    writers, final = [], []
    for kind in kinds:
        for table in TABLES:
            path = out / f"{table}.{kind}"
            writers.append((table, makers[kind](path.with_name(path.name + ".tmp"), SCHEMAS[table])))
            final.append(path)
    try:
        for record in iter_jsonl(out / "articles.jsonl"):
            rows = table_rows(record)
            for table, writer in writers:
                if rows[table]:
                    writer.add([dict(r) for r in rows[table]])
    finally:
        for _table, writer in writers:
            writer.close()
    for path in final:
        os.replace(path.with_name(path.name + ".tmp"), path)
    return final


