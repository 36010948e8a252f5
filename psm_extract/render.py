"""Write an HTML review page of one article: every extracted span highlighted by kind.

    psm-extract render fixtures/pages/4412.txt -o 4412-review.html

``render(article)`` gives a self-contained HTML fragment (inline CSS, no script, no external
files) that Jupyter shows for an ``Article``; ``render(article, standalone=True)`` a whole page.
Above the text: the title, page fields, a compact summary of the record and a legend; in the
text each span is a ``<mark>`` coloured by its kind whose hover title gives the normalised value
and the rule id. Overlapping spans nest; a span that crosses another's end is split in pieces
that share its ``data-sid``. All page text is escaped.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, Iterable, TextIO

from . import resources
from .records import Article, Award, Entity, Event, Official, Participants, RegionCount, Span

__all__ = ["KINDS", "Mark", "add_arguments", "command", "marks", "render"]

# kind -> legend label, in legend order
KINDS: dict[str, str] = {
    "event": "event", "date": "date / time", "venue": "venue", "organizer": "organizer",
    "official": "official", "position": "position", "count": "count", "region": "region",
    "award": "award", "dateline": "dateline / source", "entity": "entity (NER)",
}

# (record type, Span.field) -> kind; the type's "" entry is the kind of any other field
_FIELD_KINDS: dict[type, dict[str, str]] = {
    Event: {"": "event", "name": "event", "date": "date", "end_date": "date", "time": "date",
            "venue": "venue", "venue_region": "region", "venue_region_code": "region",
            "organizer": "organizer"},
    Official: {"": "official", "name": "official", "honorifics": "official", "honorific": "official",
               "position": "position",
               "position_raw": "position", "organization": "position", "region": "region"},
    Participants: {"": "count", "total": "count", "unit": "count", "approximate": "count",
                   "origin": "region", "region": "region", "count": "count"},
    RegionCount: {"": "count", "region": "region", "code": "region", "count": "count"},
    Award: {"": "award"},
    Article: {"": "dateline", "dateline": "dateline", "source": "dateline", "published": "date",
              "title": "event"},
    Entity: {"": "entity"},
}
# the value a span with no (or an unknown) field supports
_MAIN_FIELD = {Event: "name", Official: "name", Participants: "total", RegionCount: "region",
               Award: "title", Article: "dateline", Entity: "text"}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: ``article.text[start:end]``, of ``kind``, for the record field at ``where``."""

    sid: int
    start: int
    end: int
    kind: str
    where: str            # "events[0].date", "page.dateline", "entities[3]"
    value: str            # the normalised value the span supports, as shown on hover
    rule: str
    matches: bool = True  # text[start:end] == span.text


def marks(article: Article) -> tuple[list[Mark], list[str]]:
    """The highlights of an article's spans (and entities) and the problems found with them."""
    text = article.text
    out: list[Mark] = []
    problems: list[str] = []

    def add(owner: Any, where: str, span: Span) -> None:
        field = (span.field or "").rsplit(".", 1)[-1]
        kinds = _FIELD_KINDS[type(owner)]
        kind = kinds.get(field, kinds[""])
        label = f"{where}.{field}" if field else where
        if not (0 <= span.start < span.end <= len(text)):
            problems.append(f"{label}: span {span.start}-{span.end} ({span.rule}) "
                            "is empty or outside the text")
            return
        matches = text[span.start:span.end] == span.text
        if not matches:
            problems.append(f"{label}: span {span.start}-{span.end} ({span.rule}) reads "
                            f"{text[span.start:span.end]!r}, not {span.text!r}")
        out.append(Mark(len(out), span.start, span.end, kind, label,
                        _value(owner, field), span.rule, matches))

    for span in article.spans:
        add(article, "page", span)
    for i, event in enumerate(article.events):
        for span in event.spans:
            add(event, f"events[{i}]", span)
    for i, official in enumerate(article.officials):
        for span in official.spans:
            add(official, f"officials[{i}]", span)
    if article.participants is not None:
        for span in article.participants.spans:
            add(article.participants, "participants", span)
        for j, rc in enumerate(article.participants.by_region):
            for span in rc.spans:
                add(rc, f"participants.by_region[{j}]", span)
    for i, award in enumerate(article.awards):
        for span in award.spans:
            add(award, f"awards[{i}]", span)
    for i, ent in enumerate(article.entities):
        add(ent, f"entities[{i}]", Span(ent.start, ent.end, ent.text, "ner", ""))
    return out, problems


def _value(owner: Any, field: str) -> str:
    if isinstance(owner, Entity):
        return f"{owner.label} {owner.text}"
    names = {f.name for f in dataclasses.fields(owner)}
    if field not in names and f"{field}s" in names:  # "honorific" -> honorifics
        field = f"{field}s"
    if field not in names or field == "spans":
        field = _MAIN_FIELD[type(owner)]
    return f"{field} = {_fmt(getattr(owner, field))}"


def _fmt(value: Any) -> str:
    if value is None or value == ():
        return "—"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(_fmt(v) for v in value)
    return str(value)


# -- the highlighted text -----------------------------------------------------------------------

def _highlight(text: str, items: list[Mark]) -> str:
    """The escaped text with nested ``<mark>`` elements; crossing spans are split, never lost."""
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for m in items:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    points = sorted(set(starts) | set(ends))
    html: list[str] = []
    stack: list[Mark] = []
    pos = 0
    for p in points:
        html.append(_text(text[pos:p]))
        pos = p
        reopen: list[Mark] = []
        ending = {m.sid for m in ends.get(p, ())}
        if ending:
            low = min(i for i, m in enumerate(stack) if m.sid in ending)
            reopen = [m for m in stack[low:] if m.sid not in ending]
            html.append("</mark>" * (len(stack) - low))
            del stack[low:]
        opening = [(m, True) for m in reopen] + [(m, False) for m in starts.get(p, ())]
        opening.sort(key=lambda mc: (-mc[0].end, mc[0].sid))  # longer outside: fewest splits
        for m, continued in opening:
            html.append(_open(m, continued))
            stack.append(m)
    html.append(_text(text[pos:]))
    return "".join(html)


def _text(s: str) -> str:
    """Page text as HTML text (a carriage return as a reference: HTML parsing would drop it)."""
    return escape(s, quote=False).replace("\r", "&#13;")


def _open(m: Mark, continued: bool) -> str:
    cls = f"psmx-m psmx-k-{m.kind}" + (" psmx-cont" if continued else "") + \
        ("" if m.matches else " psmx-mismatch")
    title = f"{KINDS[m.kind]} · {m.where}\n{m.value}\nrule: {m.rule}"
    if not m.matches:
        title += "\n(span text does not match the article text)"
    return (f'<mark class="{cls}" data-kind="{m.kind}" data-sid="{m.sid}" '
            f'title="{escape(title).replace(chr(10), "&#10;")}">')


# -- summary --------------------------------------------------------------------------------------

def _e(value: Any) -> str:
    return escape(_fmt(value))


def _join(parts: Iterable[str]) -> str:
    return '<span class="psmx-sep">·</span>'.join(p for p in parts if p)


def _list(items: list[str], ordered: bool = True) -> str:
    if not items:
        return '<span class="psmx-none">none</span>'
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>"


def _event_line(e: Event) -> str:
    when = _e(e.date) + (f" – {_e(e.end_date)}" if e.end_date else "") if e.date else ""
    if e.time:
        when = f"{when} {escape(e.time)}".strip()
    venue = escape(e.venue) if e.venue else ""
    if e.venue_region:
        venue = f"{venue} ({escape(e.venue_region)})" if venue else escape(e.venue_region)
    return _join([f"<b>{_e(e.name)}</b>", when, venue,
                  f"by {escape(e.organizer)}" if e.organizer else ""])


def _official_line(o: Official) -> str:
    hon = f' <span class="psmx-hon">({escape(", ".join(o.honorifics))})</span>' if o.honorifics else ""
    return _join([f"<b>{escape(o.name)}</b>{hon}", escape(o.position or o.position_raw or ""),
                  escape(o.region or "")])


def _participants_cell(p: Participants | None) -> str:
    if p is None:
        return '<span class="psmx-none">none</span>'
    total = ("±" if p.approximate else "") + _e(p.total) + (f" {escape(p.unit)}" if p.unit else "")
    regions = ", ".join(f"{escape(r.region)} {r.count}" for r in p.by_region)
    return _join([f"<b>{total}</b>", f"from {escape(p.origin)}" if p.origin else "", regions])


def _award_line(a: Award) -> str:
    return _join([f"<b>{_e(a.recipient)}</b>", escape(a.title or ""), escape(a.rank or ""),
                  escape(a.level or ""), str(a.year) if a.year is not None else ""])


def _summary(article: Article) -> str:
    rows = [
        (f"Events ({len(article.events)})", _list([_event_line(e) for e in article.events])),
        (f"Officials ({len(article.officials)})",
         _list([_official_line(o) for o in article.officials])),
        ("Participants", _participants_cell(article.participants)),
        (f"Awards ({len(article.awards)})", _list([_award_line(a) for a in article.awards])),
    ]
    if article.warnings:
        rows.append((f"Warnings ({len(article.warnings)})",
                     _list([escape(w) for w in article.warnings], ordered=False)))
    body = "".join(f"<tr><th>{h}</th><td>{c}</td></tr>" for h, c in rows)
    return f'<table class="psmx-summary">{body}</table>'


def _head(article: Article) -> str:
    url = article.url or article.short_url
    link = (f'<a href="{escape(url)}">{escape(url)}</a>'
            if url and url.lower().startswith(("http://", "https://")) else _e(url) if url else "")
    where = " ".join(x for x in (escape(article.site or ""),
                                 f"#{escape(article.article_id)}" if article.article_id else "") if x)
    lead = ", ".join(escape(x) for x in (article.dateline, article.source) if x)
    meta = _join([where, _e(article.published) if article.published else "",
                  escape(article.category or ""), f"lead: {lead}" if lead else "", link,
                  escape(article.input or "") if not url else ""])
    return (f'<div class="psmx-title">{_e(article.title) if article.title else "(no title)"}</div>'
            f'<div class="psmx-meta">{meta}</div>')


def _legend(items: list[Mark]) -> str:
    counts: dict[str, int] = {}
    for m in items:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    keys = []
    for kind, label in KINDS.items():
        if kind == "entity" and not counts.get(kind):
            continue
        n = counts.get(kind, 0)
        keys.append(f'<span class="psmx-key{"" if n else " psmx-zero"}">'
                    f'<span class="psmx-swatch psmx-k-{kind}">{label}</span>'
                    f'<span class="psmx-n">{n}</span></span>')
    return f'<div class="psmx-legend" aria-label="legend">{"".join(keys)}</div>'


def render(article: Article, *, standalone: bool = False, theme: str = "auto") -> str:
    """Self-contained HTML showing ``article`` with its extracted spans highlighted.

    ``standalone`` gives a whole page (``<!doctype html>`` ...) instead of a fragment;
    ``theme`` is ``"auto"`` (follow the OS / notebook theme), ``"light"`` or ``"dark"``.
    """
    if theme not in ("auto", "light", "dark"):
        raise ValueError(f"theme must be auto, light or dark, not {theme!r}")
    items, problems = marks(article)
    warn = (f'<div class="psmx-problems">{len(problems)} span problem(s): '
            + "; ".join(escape(p) for p in problems[:10]) + "</div>") if problems else ""
    fragment = (
        f'<div class="psmx" data-theme="{theme}">'
        f"<style>{resources.read_text('render.css')}</style>"
        f"{_head(article)}{_summary(article)}{_legend(items)}{warn}"
        f'<div class="psmx-text" lang="id">{_highlight(article.text, items)}</div></div>'
    )
    if not standalone:
        return fragment
    title = escape(article.title or article.input or "psm_extract")
    return (f'<!DOCTYPE html>\n<html lang="id" class="psmx-page" data-theme="{theme}"><head>'
            f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="color-scheme" content="{"light dark" if theme == "auto" else theme}">'
            f"<title>{title} · psm_extract review</title></head>\n<body>\n{fragment}\n</body></html>\n")


# -- the `psm-extract render` command ------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``psm-extract render``."""
    parser.add_argument("path", metavar="PATH", help="a page file (.html/.htm/.txt), or - for stdin")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the page here (default: standard output)")
    parser.add_argument("--url", help="the page's URL")
    parser.add_argument("--theme", choices=("auto", "light", "dark"), default="auto",
                        help="colours: follow the reader's theme (default), or force one")


def command(args: argparse.Namespace, out: TextIO) -> int:
    """Extract one page and write its review page; 0 on success, 1 if the page failed."""
    from .core import extract
    from .errors import PsmExtractError

    try:
        if args.path == "-":
            article = extract(sys.stdin.buffer.read(), url=args.url, input="-")
        else:
            article = extract(Path(args.path), url=args.url, input=args.path)
    except PsmExtractError as exc:
        print(f"psm-extract render: {exc}", file=sys.stderr)
        return 1
    html = render(article, standalone=True, theme=args.theme)
    if args.output:
        Path(args.output).write_text(html, encoding="utf-8")
    else:
        out.write(html)
    return 0
