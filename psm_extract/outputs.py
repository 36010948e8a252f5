"""Output writers for ``psm-extract batch``: crash-safe JSON Lines journals and flat tables.

``articles.jsonl``, ``errors.jsonl`` and ``duplicates.jsonl`` are journals: each chunk of lines
goes out in one ``write`` followed by ``fsync``, so a killed run leaves at most one torn last
line, which ``repair`` cuts off before a resumed run appends. The CSV and Parquet tables are
views of ``articles.jsonl``, rebuilt in full at the end of a run (streamed, written to a
temporary file, then renamed into place), so they are never half written either.

The tables are those of ``frames.to_frames`` (one layout for the library): ``articles``,
``events``, ``officials``, ``participants``, ``awards`` and ``spans``, with the columns of
``frames.COLUMNS``, joinable on ``article`` (here the record's ``input``); the rows come from
``frames.flat_rows``, so no pandas is needed. Parquet types follow the dtypes: ``string``,
``int64``, ``bool``, and ``date32`` for the dates; CSV dates are ``YYYY-MM-DD``, a missing value
an empty field.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import PsmExtractError
from .frames import COLUMNS, _article, _key, flat_rows

__all__ = [
    "JOURNALS", "Journal", "SCHEMAS", "TABLES", "check_formats", "iter_jsonl", "repair",
    "table_rows", "write_tables",
]

JOURNALS = ("articles.jsonl", "errors.jsonl", "duplicates.jsonl")
TABLES = tuple(COLUMNS)  # articles, events, officials, participants, awards, spans
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

# the pandas dtypes of frames.COLUMNS as Parquet (Arrow) types
_ARROW = {"string": "string", "Int64": "int64", "Float64": "float64", "boolean": "bool_",
          "datetime64[ns]": "date32"}
# table -> column -> Arrow type name: the columns of frames.COLUMNS, in order
SCHEMAS: dict[str, dict[str, str]] = {
    table: {col: _ARROW[dtype] for col, dtype in columns.items()} for table, columns in COLUMNS.items()}


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The table rows of one record of ``articles.jsonl`` (``Article.to_dict()`` with its
    ``input``): ``frames.flat_rows`` keyed by the record's ``input``, the rows of ``to_frames``."""
    article, error = _article(record)
    return flat_rows(article, record.get("input") or _key(article, 0, set()), error=error)


class _CsvTable:
    def __init__(self, path: Path, columns: dict[str, str]) -> None:
        self.fh = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.fh, list(columns))
        self.writer.writeheader()
        self.dates = [name for name, tp in columns.items() if tp == "date32"]

    def add(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:  # dates as YYYY-MM-DD
            for name in self.dates:
                if isinstance(row.get(name), dt.date):
                    row[name] = _date(row[name]).isoformat()
        self.writer.writerows(rows)

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()


class _ParquetTable:
    def __init__(self, path: Path, columns: dict[str, str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.dates = [name for name, tp in columns.items() if tp == "date32"]
        self.schema = pa.schema([(name, getattr(pa, tp)()) for name, tp in columns.items()])
        self.writer = pq.ParquetWriter(path, self.schema)
        self.buffer: list[dict[str, Any]] = []

    def add(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            for name in self.dates:
                if isinstance(row.get(name), dt.date):
                    row[name] = _date(row[name])
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


def _date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


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


