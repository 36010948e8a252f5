"""Records as flat tables: ``to_frames(records)`` -> articles, events, officials, participants,
awards and spans, flat and joinable on the ``article`` column (``people=True``: also persons and
offices, the officials linked across the records).

    >>> frames = to_frames([extract(p) for p in Path("pages").glob("*.html")])
    >>> frames["events"].merge(frames["articles"][["article", "published"]], on="article")

This is the one table layout of the library: ``COLUMNS`` names every table's columns and dtypes,
and ``flat_rows(article, key)`` builds one record's rows as plain Python dicts (no pandas). The
batch command's CSV and Parquet tables (``outputs.write_tables``) are built from the same rows,
so they hold the same tables as ``to_frames``.

Dates are ``datetime64[ns]``, counts nullable ``Int64``, flags ``boolean``, text ``string``;
a missing value is ``<NA>`` / ``NaT``. pandas is an optional extra (``psm-extract[pandas]``)
imported on the first call of ``to_frames``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Union

from .errors import PsmExtractError
from .records import Article, Span

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["COLUMNS", "PEOPLE_COLUMNS", "flat_rows", "to_frames"]

Record = Union[Article, dict]

S, D, I, B = "string", "datetime64[ns]", "Int64", "boolean"
# frame -> column -> pandas dtype: the frames always have these columns, even when empty
# (``datetime64[ns]`` columns hold dates: midnight in pandas, ``date32`` in Parquet)
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article": S, "input": S, "url": S, "site": S, "article_id": S, "title": S, "category": S,
        "published": D, "short_url": S, "dateline": S, "source": S,
        "n_events": I, "n_officials": I, "n_awards": I,
        "participants_total": I, "participants_unit": S,
        "n_paragraphs": I, "n_chars": I, "n_entities": I, "n_spans": I,
        "field_rules": S, "warnings": S, "error": S,
    },
    "events": {
        "article": S, "event": I, "name": S, "date": D, "end_date": D, "time": S, "venue": S,
        "venue_region": S, "venue_region_code": S, "organizer": S, "rules": S,
    },
    "officials": {
        "article": S, "official": I, "name": S, "honorifics": S, "position": S, "position_raw": S,
        "organization": S, "region": S, "rules": S,
    },
    "participants": {
        "article": S, "total": I, "unit": S, "approximate": B, "origin": S,
        "region": S, "region_code": S, "count": I, "rules": S,
    },
    "awards": {
        "article": S, "award": I, "recipient": S, "title": S, "rank": S, "level": S, "year": I,
        "rules": S,
    },
    "spans": {
        "article": S, "record": S, "item": I, "field": S, "start": I, "end": I, "text": S, "rule": S,
    },
}


# the tables of people across articles (``to_frames(..., people=True)``, ``psm-extract people``):
# one row per person and office, and one per office and holder
PEOPLE_COLUMNS: dict[str, dict[str, str]] = {
    "persons": {
        "person_id": S, "name": S, "variants": S, "honorifics": S, "position": S,
        "first_seen": D, "last_seen": D, "n_articles": I, "articles": S,
    },
    "offices": {
        "position": S, "person_id": S, "name": S, "first_seen": D, "last_seen": D,
        "n_articles": I, "overlaps": S,
    },
}


def to_frames(records: Record | Iterable[Record] | str | os.PathLike, *,
              text: bool = False, people: bool = False) -> dict[str, pandas.DataFrame]:
    """Tables of ``Article`` objects, their ``to_dict()`` dicts, or a JSON Lines file of them.

    ``text=True`` adds the article text as a column of ``articles``. Error rows of the
    command line (``{"input": ..., "error": {...}}``) become articles with ``error`` set.
    ``people=True`` adds ``persons`` and ``offices``: the officials linked across the records
    (``psm_extract.people``), with the columns of ``PEOPLE_COLUMNS``.
    """
    pd = _pandas()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    seen: set[str] = set()
    kept: list[Article] = []
    for i, (article, error) in enumerate(_articles(records)):
        for name, found in flat_rows(article, _key(article, i, seen), error=error,
                                     text=text).items():
            rows[name].extend(found)
        if people:
            kept.append(article)
    frames = {}
    for name, columns in COLUMNS.items():
        cols = dict(columns, text=S) if (name == "articles" and text) else columns
        frames[name] = _frame(pd, rows[name], cols)
    if people:
        from .people import office_rows, offices, people as link, person_rows

        persons = link(kept)
        frames["persons"] = _frame(pd, list(person_rows(persons)), PEOPLE_COLUMNS["persons"])
        frames["offices"] = _frame(pd, list(office_rows(offices(persons))), PEOPLE_COLUMNS["offices"])
    return frames


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise PsmExtractError("to_frames needs pandas: pip install 'psm-extract[pandas]'") from exc
    return pandas


def _articles(records: Any) -> Iterable[tuple[Article, str | None]]:
    if isinstance(records, (Article, dict)):
        records = [records]
    elif isinstance(records, (str, os.PathLike)):
        records = _read_jsonl(Path(records))
    for rec in records:
        yield _article(rec)


def _article(rec: Record) -> tuple[Article, str | None]:
    """An ``Article`` and its error message (an error row is an empty article with its input)."""
    if isinstance(rec, Article):
        return rec, None
    if isinstance(rec, dict):
        error = rec.get("error")
        if error is not None:
            message = f"{error.get('type', 'Error')}: {error.get('message', '')}" \
                if isinstance(error, dict) else str(error)
            return Article(input=rec.get("input")), message
        return Article.from_dict(rec), None
    raise TypeError(f"to_frames takes Article objects or dicts, not {type(rec).__name__}")


def _read_jsonl(path: Path) -> Iterable[dict]:
    if not path.is_file():
        raise PsmExtractError("no such JSON Lines file", input=str(path))
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise PsmExtractError(f"line {n} is not JSON: {exc}", input=str(path)) from None


def _key(article: Article, i: int, seen: set[str]) -> str:
    """The join key: the input path, else the URL, else site/id, else the position; made unique."""
    key = article.input or article.url or (
        f"{article.site or ''}/{article.article_id}" if article.article_id else f"#{i}")
    if key in seen:
        key = f"{key}#{i}"
    seen.add(key)
    return key


def _rules(spans: tuple[Span, ...]) -> str | None:
    return ",".join(sorted({s.rule for s in spans})) or None


def flat_rows(article: Article, key: str, *, error: str | None = None,
              text: bool = False) -> dict[str, list[dict[str, Any]]]:
    """The rows of one article in every table of ``COLUMNS``, as plain Python values.

    Each row is keyed by ``article=key`` and has the columns of its table in order (``articles``
    gains ``text`` with ``text=True``); dates are ``datetime.date``, missing values ``None``.
    ``error`` is the message of an error row. ``to_frames`` and the batch command's CSV and
    Parquet tables are both built from these rows.
    """
    a = article
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    p = a.participants
    n_spans = len(a.spans) + sum(len(x.spans) for x in (*a.events, *a.officials, *a.awards)) + (
        len(p.spans) + sum(len(r.spans) for r in p.by_region) if p else 0)
    row = {
        "article": key, "input": a.input, "url": a.url, "site": a.site, "article_id": a.article_id,
        "title": a.title, "category": a.category, "published": a.published,
        "short_url": a.short_url, "dateline": a.dateline, "source": a.source,
        "n_events": len(a.events), "n_officials": len(a.officials), "n_awards": len(a.awards),
        "participants_total": p.total if p else None, "participants_unit": p.unit if p else None,
        "n_paragraphs": len(a.paragraphs), "n_chars": len(a.text), "n_entities": len(a.entities),
        "n_spans": n_spans,
        "field_rules": ",".join(f"{r.field}={r.rule}" for r in a.field_rules) or None,
        "warnings": "\n".join(a.warnings) or None, "error": error,
    }
    if text:
        row["text"] = a.text
    rows["articles"].append(row)
    spans = rows["spans"]

    def evidence(record: str, item: int | None, found: tuple[Span, ...]) -> None:
        spans.extend({"article": key, "record": record, "item": item, "field": s.field or None,
                      "start": s.start, "end": s.end, "text": s.text, "rule": s.rule} for s in found)

    evidence("page", None, a.spans)
    for n, e in enumerate(a.events):
        rows["events"].append({
            "article": key, "event": n, "name": e.name, "date": e.date, "end_date": e.end_date,
            "time": e.time, "venue": e.venue, "venue_region": e.venue_region,
            "venue_region_code": e.venue_region_code, "organizer": e.organizer,
            "rules": _rules(e.spans)})
        evidence("events", n, e.spans)
    for n, o in enumerate(a.officials):
        rows["officials"].append({
            "article": key, "official": n, "name": o.name,
            "honorifics": ", ".join(o.honorifics) or None, "position": o.position,
            "position_raw": o.position_raw, "organization": o.organization, "region": o.region,
            "rules": _rules(o.spans)})
        evidence("officials", n, o.spans)
    if p is not None:
        head = {"article": key, "total": p.total, "unit": p.unit, "approximate": p.approximate,
                "origin": p.origin}
        for r in p.by_region or (None,):
            rows["participants"].append({
                **head, "region": r.region if r else None, "region_code": r.code if r else None,
                "count": r.count if r else None,
                "rules": _rules(p.spans + (r.spans if r else ()))})
        evidence("participants", None, p.spans)
        for n, r in enumerate(p.by_region):
            evidence("participants.by_region", n, r.spans)
    for n, w in enumerate(a.awards):
        rows["awards"].append({
            "article": key, "award": n, "recipient": w.recipient, "title": w.title, "rank": w.rank,
            "level": w.level, "year": w.year, "rules": _rules(w.spans)})
        evidence("awards", n, w.spans)
    return rows


def _frame(pd: Any, rows: list[dict[str, Any]], columns: dict[str, str]) -> pandas.DataFrame:
    data = {}
    for col, dtype in columns.items():
        values = [r.get(col) for r in rows]
        if dtype == D:  # dates -> midnight datetimes (pandas has no date dtype)
            values = [dt.datetime(v.year, v.month, v.day) if isinstance(v, dt.date) else None
                      for v in values]
        data[col] = pd.array(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(columns))
