"""Access to the package's data files (``psm_extract/data``), each read once."""
from __future__ import annotations

import csv
import functools
import json
from importlib import resources as _res
from typing import Any

__all__ = ["jsonl", "lines", "read_text", "tsv"]


@functools.cache
def read_text(name: str) -> str:
    """The text of ``data/<name>``."""
    return (_res.files("psm_extract") / "data" / name).read_text(encoding="utf-8")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a one-column data file, without ``#`` comments."""
    out = []
    for line in read_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line (lines starting with ``#`` are skipped)."""
    body = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.cache
def jsonl(name: str) -> tuple[Any, ...]:
    """Objects of a JSON Lines file (blank lines and ``#`` lines skipped)."""
    return tuple(json.loads(ln) for ln in read_text(name).splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#"))
