"""Command line: ``psm-extract PATH...`` prints one JSON record per page.

    psm-extract fixtures/pages/4412.txt              # one JSON object
    psm-extract --format jsonl pages/ > out.jsonl    # JSON Lines, folders searched recursively
    psm-extract schema                               # the JSON Schema of a record

A failing input prints an error row ``{"input": ..., "error": {"type": ..., "message": ...}}``
and the run goes on. Exit status: 0 all good, 1 some inputs failed, 2 usage error.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator, Sequence, TextIO

from . import __version__
from .errors import PsmExtractError
from .options import Options

__all__ = ["discover", "error_row", "main", "parse_args", "process_args"]

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
_DEFAULTS = Options()
COMMANDS = ("extract", "schema", "show", "render", "batch", "people")
# Commands that live in their own module: it provides add_arguments(parser) and
# command(args, out) -> exit status. Imported only when that command is asked for.
PLUGINS = {"batch": "psm_extract.batch", "show": "psm_extract.show", "render": "psm_extract.render",
           "people": "psm_extract.people"}
# what ``psm-extract --help`` says of each plugin command: the first line of its module's docstring
# (kept here so that --help imports no plugin; tests/test_cli.py checks the two agree)
SUMMARIES = {
    "batch": "process folders, WARC, tar, zip and JSON Lines archives in parallel into --out DIR",
    "show": "print a short readable summary of pages: title, events, officials, participants, awards",
    "render": "write an HTML review page of one article: every extracted span highlighted by kind",
    "people": "link people across an archive: one person under every spelling, who held which office when",
}
_LITERAL = re.compile(r"``([^`]+)``")


def plain(text: str) -> str:
    """Help text for a terminal: reStructuredText literals (````x````) shown as plain x."""
    return _LITERAL.sub(r"\1", text)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (``extract`` is the default command)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS + ("-h", "--help", "--version"):
        argv.insert(0, "extract")
    parser = argparse.ArgumentParser(
        prog="psm-extract", description=plain(__doc__.splitlines()[0]),
        epilog="Run psm-extract COMMAND --help for a command's options.")
    parser.add_argument("--version", action="version", version=f"psm-extract {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from pages (the default command)")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="page files (.html/.htm/.txt), folders (searched recursively), or - for stdin")
    ex.add_argument("--format", choices=("json", "jsonl"), default=None,
                    help="json: one object (default for one input); jsonl: one line per record")
    ex.add_argument("--pretty", action="store_true", help="indent the JSON")
    ex.add_argument("--url", help="the page's URL (for a single input)")
    ex.add_argument("--max-bytes", type=int, default=_DEFAULTS.max_bytes,
                    help="refuse inputs larger than this (default %(default)s)")
    ex.add_argument("--timeout", type=float, default=_DEFAULTS.timeout,
                    help="seconds one page may take (default %(default)s; 0: no limit)")
    ex.add_argument("--no-text", action="store_true", help="leave text and paragraphs out of the records")
    ex.add_argument("--entities", action="store_true",
                    help="fill 'entities' with the statistical NER model (slower: ~9 ms a page)")
    ex.add_argument("--ner-officials", action="store_true",
                    help="officials also from the NER's names beside a position (slower: several ms a page)")
    ex.add_argument("--learned-officials", action="store_true",
                    help="which names are officials decided by a trained model (slower: the NER's cost)")
    ex.add_argument("--learned-awards", action="store_true",
                    help="which names received an award decided by a trained model (slower: the NER's cost)")

    sub.add_parser("schema", help="print the JSON Schema of a record")
    for name, summary in SUMMARIES.items():
        if name != argv[0]:  # listed in --help; its options are read only when it runs
            sub.add_parser(name, help=summary, add_help=False)
            continue
        module = importlib.import_module(PLUGINS[name])
        module.add_arguments(sub.add_parser(name, help=summary, description=plain(module.__doc__ or ""),
                                            formatter_class=argparse.RawDescriptionHelpFormatter))
    return parser.parse_args(argv)


def discover(paths: Sequence[str]) -> Iterator[str]:
    """Each input as given: files, ``-``, and page files under folders (sorted, recursive)."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            yield from sorted(str(p) for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        else:
            yield raw


def error_row(name: str, exc: BaseException) -> dict[str, Any]:
    """The row printed for an input that failed."""
    return {"input": name, "error": {"type": type(exc).__name__, "message": str(exc)}}


def process_args(args: argparse.Namespace, out: TextIO = sys.stdout, stdin: Any = None) -> int:
    """Run the parsed command; returns the exit status."""
    if args.command in PLUGINS:
        return importlib.import_module(PLUGINS[args.command]).command(args, out)
    if args.command == "schema":
        from .records import json_schema

        json.dump(json_schema(), out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    from .core import extract

    options = Options(max_bytes=args.max_bytes, timeout=args.timeout or None, entities=args.entities,
                      ner_officials=args.ner_officials, learned_officials=args.learned_officials,
                      learned_awards=args.learned_awards)
    inputs = list(discover(args.paths))
    if not inputs:
        print("psm-extract: no page files found", file=sys.stderr)
        return 1
    fmt = args.format or ("json" if len(inputs) == 1 else "jsonl")
    indent = 2 if args.pretty else None
    failed = 0
    for name in inputs:
        try:
            if name == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                row = extract(stream.read(options.max_bytes + 1), url=args.url,
                              options=options, input="-").to_dict()
            else:
                row = extract(Path(name), url=args.url, options=options, input=name).to_dict()
            if args.no_text:
                row.pop("text", None)
                row.pop("paragraphs", None)
        except PsmExtractError as exc:
            failed += 1
            row = error_row(name, exc)
        except Exception as exc:  # the batch goes on, and says what broke
            failed += 1
            row = error_row(name, exc)
        out.write(json.dumps(row, ensure_ascii=False, indent=indent if fmt == "json" else None))
        out.write("\n")
        out.flush()
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``psm-extract`` command."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse: usage errors exit 2, --help exits 0
        return int(exc.code or 0)
    try:
        return process_args(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
