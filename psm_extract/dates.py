"""Indonesian (and English) date expressions: find, normalise, keep spans.

``parse_date`` reads one date line (``Selasa, 25 Sep 2018``, ``05 September 2023``,
``Minggu, 19 November 2023 | 16:40:17 WIB``) into a ``datetime.date``.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from . import resources

__all__ = ["month_number", "parse_date"]


@functools.cache
def _months() -> dict[str, int]:
    return {row["name"]: int(row["month"]) for row in resources.tsv("months.tsv")}


@functools.cache
def _written_date() -> re.Pattern[str]:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(rf"\b(\d{{1,2}})\s+({names})\.?\s+(\d{{4}})\b", re.IGNORECASE)


def month_number(name: str) -> int | None:
    """``'Sep'`` -> 9, ``'Nopember'`` -> 11, ``'December'`` -> 12; None if not a month name."""
    return _months().get(name.lower().rstrip("."))


def parse_date(text: str) -> dt.date | None:
    """The first ``day month-name year`` date in ``text``, or None (also for impossible dates)."""
    m = _written_date().search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), _months()[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
