"""Print a short readable summary of pages: title, events, officials, participants, awards.

    psm-extract show fixtures/pages/4412.txt
    psm-extract show --spans --text pages/        # also the evidence and the highlighted text

Uses ``rich`` for colour and tables when it is installed (``psm-extract[rich]``) and the output is
a terminal or ``--rich`` is given; plain text otherwise (``--plain`` forces it). Page text is shown
as text: terminal control characters and rich markup in it are neutralised.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from .records import Article, Award, Event, Official, Participants
from .render import KINDS, marks

__all__ = ["add_arguments", "command", "format_plain", "print_rich"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# rich styles of the highlight kinds (readable on dark and light terminals)
STYLES = {"event": "bold blue", "date": "green", "venue": "dark_orange", "organizer": "magenta",
          "official": "bold red", "position": "cyan", "count": "bold yellow",
          "region": "bright_green", "award": "bold magenta", "dateline": "bright_black",
          "entity": "underline"}


def _c(value: Any) -> str:
    """A value as safe one-line terminal text (no control characters, no bidi overrides)."""
    if value is None:
        return "—"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(_c(v) for v in value)
    return _CONTROL.sub("\ufffd", str(value).replace("\n", " ").replace("\t", " "))


def _meta(a: Article) -> list[str]:
    where = " ".join(x for x in (_c(a.site) if a.site else "",
                                 f"#{_c(a.article_id)}" if a.article_id else "") if x)
    lead = ", ".join(_c(x) for x in (a.dateline, a.source) if x)
    first = " · ".join(x for x in (where, _c(a.published) if a.published else "",
                                   _c(a.category) if a.category else "",
                                   f"lead: {lead}" if lead else "") if x)
    n_spans = len(marks(a)[0])
    second = " · ".join(x for x in (_c(a.url or a.short_url) if (a.url or a.short_url) else "",
                                    f"input: {_c(a.input)}" if a.input else "") if x)
    third = (f"{len(a.paragraphs)} paragraphs, {len(a.text):,} chars · spans: {n_spans}"
             f" · entities: {len(a.entities)}")
    return [x for x in (first, second, third) if x]


def _event(e: Event) -> tuple[str, str]:
    when = _c(e.date) if e.date else ""
    if e.end_date:
        when = f"{when} – {_c(e.end_date)}"
    if e.time:
        when = f"{when} {_c(e.time)}".strip()
    venue = _c(e.venue) if e.venue else ""
    if e.venue_region:
        venue = f"{venue} ({_c(e.venue_region)})" if venue else _c(e.venue_region)
    rest = " · ".join(x for x in (f"date {when}" if when else "", f"venue {venue}" if venue else "",
                                  f"organizer {_c(e.organizer)}" if e.organizer else "") if x)
    return _c(e.name), rest


def _official(o: Official) -> tuple[str, str]:
    name = _c(o.name) + (f" ({_c(o.honorifics)})" if o.honorifics else "")
    return name, " · ".join(x for x in (_c(o.position or o.position_raw)
                                        if (o.position or o.position_raw) else "",
                                        _c(o.region) if o.region else "") if x)


def _participants(p: Participants | None) -> str:
    if p is None:
        return "none"
    total = ("about " if p.approximate else "") + _c(p.total) + (f" {_c(p.unit)}" if p.unit else "")
    regions = ", ".join(f"{_c(r.region)} {r.count}" for r in p.by_region)
    return " · ".join(x for x in (total, f"from {_c(p.origin)}" if p.origin else "", regions) if x)


def _award(w: Award) -> tuple[str, str]:
    return _c(w.recipient), " · ".join(_c(x) for x in (w.title, w.rank, w.level, w.year)
                                       if x is not None)


def _span_counts(a: Article) -> str:
    counts: dict[str, int] = {}
    for m in marks(a)[0]:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    return " · ".join(f"{k} {counts[k]}" for k in KINDS if counts.get(k)) or "none"


def format_plain(article: Article, *, spans: bool = False, text: bool = False) -> str:
    """The summary of one article as plain text (no colour, no control characters)."""
    a = article
    out = [_c(a.title) if a.title else "(no title)", *(f"  {x}" for x in _meta(a))]

    def section(title: str, items: list[tuple[str, str]]) -> None:
        if not items:
            out.append(f"{title}: none")
            return
        out.append(f"{title} ({len(items)})")
        for i, (head, rest) in enumerate(items, 1):
            out.append(f"  {i}. {head}" + (f" — {rest}" if rest else ""))

    section("Events", [_event(e) for e in a.events])
    section("Officials", [_official(o) for o in a.officials])
    out.append(f"Participants: {_participants(a.participants)}")
    section("Awards", [_award(w) for w in a.awards])
    if a.warnings:
        section("Warnings", [(_c(w), "") for w in a.warnings])
    out.append(f"Spans: {_span_counts(a)}")
    if spans:
        items, problems = marks(a)
        for m in sorted(items, key=lambda m: (m.start, -m.end)):
            out.append(f"  {m.start:>5}-{m.end:<5} {m.kind:<9} {_c(a.text[m.start:m.end])!r:<40} "
                       f"{m.where} [{_c(m.rule)}]")
        out.extend(f"  ! {_c(p)}" for p in problems)
    if text:
        out.append("")
        out.extend(_CONTROL.sub("\ufffd", p) for p in a.text.split("\n"))
    return "\n".join(out) + "\n"


def print_rich(article: Article, console: Any, *, spans: bool = False, text: bool = False) -> None:
    """The summary of one article on a ``rich`` console: tables, and kinds in colour."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    a = article
    console.print(Text(_c(a.title) if a.title else "(no title)", style="bold"))
    for line in _meta(a):
        console.print(Text(line, style="dim"))

    def table(title: str, rows: list[tuple[str, str]], head: str, kind: str) -> None:
        if not rows:
            console.print(Text.assemble((f"{title}: ", "bold"), ("none", "dim italic")))
            return
        t = Table(title=f"{title} ({len(rows)})", title_justify="left", title_style="bold",
                  box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
        t.add_column("#", justify="right", style="dim")
        t.add_column(head, style=STYLES[kind], overflow="fold")
        t.add_column("details", overflow="fold")
        for i, (name, rest) in enumerate(rows, 1):
            t.add_row(str(i), Text(name), Text(rest))
        console.print(t)

    table("Events", [_event(e) for e in a.events], "name", "event")
    table("Officials", [_official(o) for o in a.officials], "name", "official")
    console.print(Text.assemble(("Participants: ", "bold"),
                                (_participants(a.participants), STYLES["count"])))
    table("Awards", [_award(w) for w in a.awards], "recipient", "award")
    for w in a.warnings:
        console.print(Text.assemble(("warning: ", "bold yellow"), _c(w)))
    counts = Text("Spans: ", style="bold")
    line = _span_counts(a)
    for part in line.split(" · ") if line != "none" else ["none"]:
        kind = part.rsplit(" ", 1)[0]
        counts.append(part, style=STYLES.get(kind, "dim"))
        counts.append("  ")
    console.print(counts)
    items, problems = marks(a)
    if spans and items:
        t = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        for col in ("offsets", "kind", "text", "record", "rule"):
            t.add_column(col, overflow="fold")
        for m in sorted(items, key=lambda m: (m.start, -m.end)):
            t.add_row(f"{m.start}-{m.end}", Text(m.kind, style=STYLES[m.kind]),
                      Text(_c(a.text[m.start:m.end])), m.where, Text(_c(m.rule)))
        console.print(t)
    for p in problems:
        console.print(Text("! " + _c(p), style="red"))
    if text:
        body = Text(_CONTROL.sub("\ufffd", a.text))
        for m in sorted(items, key=lambda m: (-(m.end - m.start), m.start)):  # inner spans last
            body.stylize(STYLES[m.kind], m.start, m.end)
        console.print()
        console.print(body)


# -- the `psm-extract show` command --------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``psm-extract show``."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="page files (.html/.htm/.txt), folders (searched recursively), or -")
    parser.add_argument("--spans", action="store_true", help="list every span (the evidence)")
    parser.add_argument("--text", action="store_true", help="print the article text too")
    parser.add_argument("--url", help="the page's URL (for a single input)")
    style = parser.add_mutually_exclusive_group()
    style.add_argument("--plain", action="store_true", help="plain text even when rich is installed")
    style.add_argument("--rich", action="store_true",
                       help="use rich even when the output is not a terminal")


def _console(args: argparse.Namespace, out: TextIO) -> Any:
    if args.plain:
        return None
    try:
        from rich.console import Console
    except ImportError:
        return None
    if not args.rich and not (hasattr(out, "isatty") and out.isatty()):
        return None
    return Console(file=out, force_terminal=bool(args.rich) or None, highlight=False,
                   emoji=False, markup=False)


def command(args: argparse.Namespace, out: TextIO) -> int:
    """Extract each page and print its summary; 0 when all pages read, 1 if some failed."""
    from .cli import discover
    from .core import extract
    from .errors import PsmExtractError

    console = _console(args, out)
    inputs = list(discover(args.paths))
    failed = 0
    for n, name in enumerate(inputs):
        try:
            if name == "-":
                article = extract(sys.stdin.buffer.read(), url=args.url, input="-")
            else:
                article = extract(Path(name), url=args.url, input=name)
        except PsmExtractError as exc:
            failed += 1
            print(f"psm-extract show: {_c(str(exc))}", file=sys.stderr)
            continue
        if n:
            out.write("\n")
        if console is not None:
            print_rich(article, console, spans=args.spans, text=args.text)
        else:
            out.write(format_plain(article, spans=args.spans, text=args.text))
        out.flush()
    if not inputs:
        print("psm-extract show: no page files found", file=sys.stderr)
        return 1
    return 1 if failed else 0
