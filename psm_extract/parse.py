"""Page parser: bytes, str or path in; a ``Page`` out (page fields and the clean body).

Two input forms, detected from the content:

- archived **HTML**: decoded (BOM, declared charset, then ``UnicodeDammit``), parsed with lxml,
  walked once into text *blocks* (chrome tags and classes skipped);
- **stored text** of a page (the corpus form): one block per line.

Both then go through the same landmark reader: the headline, the ``<category>Short url: ...``
line, the date line (``Selasa, 25 Sep 2018``), and the lead (``Siak, Dinsos MC.`` /
``PEKANBARU -``). The body runs from the lead to the first stop marker (``Struktur PPID``,
``Berita Terkait`` ...), without chrome lines (``Baca Juga: ...``). For HTML the body is also
kept inside the lead's container, so sidebars and related lists never leak in.
"""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Union

from . import dates, metadata, regions, resources
from .errors import (EmptyInput, InputNotFound, InputTooLarge, NotAnArticle, PsmExtractError,
                     UndecodableInput)
from .options import Options
from .records import FieldRule, Span
from .wordmatch import fold

__all__ = ["Page", "Source", "check_arguments", "decode", "parse", "read_source"]

Source = Union[str, bytes, os.PathLike]


@dataclass(frozen=True, slots=True)
class Page:
    """What the parser found on a page; ``text`` is ``paragraphs`` joined by a blank line."""

    url: str | None = None
    site: str | None = None
    article_id: str | None = None
    title: str | None = None
    category: str | None = None
    published: dt.date | None = None
    short_url: str | None = None
    dateline: str | None = None
    source: str | None = None
    paragraphs: tuple[str, ...] = ()
    text: str = ""
    spans: tuple[Span, ...] = ()
    warnings: tuple[str, ...] = ()
    field_rules: tuple[FieldRule, ...] = ()


@dataclass(slots=True)
class _Block:
    """One block of page text; ``owner`` is its HTML element (None for stored text)."""

    text: str
    owner: Any = None
    tag: str = ""
    chrome: bool | None = None  # is the text a chrome line? (read once, by ``is_chrome``)

    def is_chrome(self) -> bool:
        """Is the whole block a chrome line (``Baca Juga: ...``, ``Editor: ...``)?"""
        if self.chrome is None:
            self.chrome = _chrome()["line"].matches(self.text)
        return self.chrome


# -- 1. reading and decoding -----------------------------------------------------------------

def read_source(source: Source, options: Options = Options()) -> tuple[str | bytes, str | None]:
    """The content of ``source`` and its name (the path, when it is one); size limit enforced."""
    path: Path | None = None
    if isinstance(source, os.PathLike):
        path = Path(source)
    elif isinstance(source, str) and "\n" not in source and "<" not in source and len(source) < 4096:
        candidate = Path(source)
        try:
            if candidate.is_file():
                path = candidate
            elif len(source.split()) == 1 and (source.endswith((".html", ".htm", ".txt", ".xhtml",
                                                                ".warc", ".gz"))
                                               or os.sep in source):
                raise InputNotFound("no such file", input=source)
        except OSError as exc:  # name too long, bad characters
            raise InputNotFound(f"cannot open: {exc.strerror or exc}", input=source) from None
    if path is None:
        size = len(source) if isinstance(source, (bytes, bytearray)) else len(str(source))
        if size > options.max_bytes:
            raise InputTooLarge(f"input of {size:,} bytes is over the limit of {options.max_bytes:,}")
        return (bytes(source) if isinstance(source, (bytes, bytearray)) else str(source)), None
    name = str(path)
    try:
        if not path.is_file():
            raise InputNotFound("not a regular file", input=name)
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputTooLarge(f"file of {size:,} bytes is over the limit of {options.max_bytes:,}",
                                input=name)
        with open(path, "rb") as fh:
            return fh.read(options.max_bytes + 1), name
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", input=name) from None


_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
                 b"BM", b"RIFF", b"\x00\x00\x01\x00", b"OggS", b"ID3", b"\x7fELF")
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13)) + b"\x7f"
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.I)


def decode(data: bytes, *, name: str | None = None) -> str:
    """Bytes to text: BOM, declared charset, UTF-8, then ``UnicodeDammit``'s detection."""
    return _decode(data, name=name)[0]


def _decode(data: bytes, *, name: str | None) -> tuple[str, bytes | None]:
    """``decode``, and the bytes of the text when they are its UTF-8 (lxml reads those as they are)."""
    head = data[:4096]
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs and controls
        controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if data.startswith(_BINARY_MAGIC) or controls > max(8, len(head) // 20):
            raise UndecodableInput("binary data, not a text or HTML page", input=name)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), (data[len(bom):] if codec == "utf-8" else None)
            except UnicodeDecodeError:
                break
    declared = _META_CHARSET.search(data, 0, 4096)
    if declared:
        codec = declared.group(1).decode("ascii", "replace").lower()
        if codec in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            codec = "windows-1252"  # what browsers do, and what these archives hold
        if codec in ("windows-1252", "cp1252") and not data.isascii():
            try:  # UTF-8 declared as Latin-1: valid multi-byte UTF-8 is almost never meant as cp1252
                return data.decode("utf-8"), data
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(codec), (data if codecs.lookup(codec).name == "utf-8" else None)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, ["utf-8", "windows-1252"], is_html=b"<" in head)
    if dammit.unicode_markup is None:
        raise UndecodableInput("no text encoding fits these bytes", input=name)
    return dammit.unicode_markup, None


def check_arguments(func: str, source: Any, url: Any, options: Any, input: Any = None) -> None:
    """``TypeError``, saying what is expected, for arguments of the wrong type (the API boundary);
    ``source`` ``...`` when the function takes no page source."""
    if source is not ... and not isinstance(source, (str, bytes, bytearray, os.PathLike)):
        hint = " (pass its path, or the bytes it reads)" if hasattr(source, "read") else ""
        raise TypeError(f"{func}() takes a path, str or bytes as the page, "
                        f"not {type(source).__name__}{hint}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"{func}(): url must be a str or None, not {type(url).__name__}")
    if not isinstance(options, Options):
        raise TypeError(f"{func}(): options must be a psm_extract.Options, not {type(options).__name__}")
    if input is not None and not isinstance(input, str):
        raise TypeError(f"{func}(): input (the name in the record) must be a str, not {type(input).__name__}")


# -- 2. the page's rules, from data --------------------------------------------------------------

@functools.cache
def _chrome_patterns() -> dict[str, list[tuple[str, str]]]:
    """``page_chrome.tsv`` by kind: (pattern, cue words) in file order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for row in resources.tsv("page_chrome.tsv"):
        groups.setdefault(row["kind"], []).append((row["pattern"], row.get("cues") or ""))
    return groups


@functools.cache
def _chrome() -> dict[str, Any]:
    groups = _chrome_patterns()

    def any_of(kind: str) -> str:
        return "|".join(pattern for pattern, _ in groups[kind])

    return {
        "line": _LineTest(groups["line"]),
        "meta": re.compile("^(?:" + "|".join(p for p, _ in groups["meta"]) + ")", re.I),
        "class": re.compile(f"(?:{any_of('class')})", re.I),
        "tag": re.compile(f"^(?:{any_of('tag')})$", re.I),
        "headline_class": re.compile(any_of("headline_class"), re.I),
        "category_class": re.compile(any_of("category_class"), re.I),
        "emphasis_tag": frozenset(any_of("emphasis_tag").split("|")),
        "date_label": re.compile(f"^(?:{any_of('date_label')})", re.I),
        "byline": re.compile(f"^(?:{any_of('byline')})", re.I),
        "role_line": re.compile(f"^(?:{any_of('role_line')})$", re.I),
        "caption": re.compile(f"^(?:{any_of('caption')})"),
        "category_label": re.compile(f"^(?:{any_of('category_label')})", re.I),
        "inner_category_label": re.compile(f"(?<![A-Za-z])(?:{any_of('category_label')})", re.I),
        "field_label": re.compile(f"^(?:{any_of('field_label')})$", re.I),
        "site_owner": re.compile(f"^(?:{any_of('site_owner')})", re.I),
        "view_count": re.compile(f"^(?:{any_of('view_count')})", re.I),
    }


class _LineTest:
    """Whole-line patterns, matched case-insensitively from the start of a line, as one test.

    A pattern that may start anywhere in a line's first characters (``.{0,300}teks foto\\s*:``)
    makes the regex engine try each of those positions, on every line. ``page_chrome.tsv`` gives
    such a pattern the cue words every match holds; a line without them (folded as IGNORECASE
    reads it, ``wordmatch.fold``) is tried against the other patterns only."""

    def __init__(self, patterns: list[tuple[str, str]]) -> None:
        self.any = re.compile("^(?:" + "|".join(p for p, _ in patterns) + ")", re.I)
        self.cues = tuple(cue for _, cue in patterns if cue)
        anchored = [p for p, cue in patterns if not cue]
        self.anchored = re.compile("^(?:" + "|".join(anchored) + ")", re.I) if anchored else None

    def matches(self, text: str) -> bool:
        if self.cues:
            if any(map(fold(text).__contains__, self.cues)):  # no generator: ~34 lines a page
                return self.any.match(text) is not None
        return self.anchored is not None and self.anchored.match(text) is not None


@functools.cache
def _sites() -> tuple[dict[str, Any], ...]:
    def either(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("^(?:" + "|".join(patterns) + ")", re.I)

    generic = _chrome_patterns()  # a site's chrome lines and stops add to the generic ones
    sites = tuple(dict(row, id_re=[re.compile(p) for p in row["id_patterns"]],
                       lines=_LineTest(generic["line"] + [(p, "") for p in row.get("chrome", [])]),
                       stops=either([p for p, _ in generic["stop"]] + row.get("stop", [])))
                  for row in resources.jsonl("sites.jsonl"))
    for site in sites:  # the article-id patterns to try: its own, then the others' in order
        site["id_search"] = site["id_re"] + [p for s in sites if s is not site for p in s["id_re"]]
    return sites


_SHORT_URL = re.compile(r"short\s*url\s*:?\s*(https?://\S{3,200})", re.I)
_DATE_LINE = re.compile(r"^[\W\d\s]{0,6}(?:[A-Za-z'’]{3,7},?\s*)?\(?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b")
# The lead: "Siak, Dinsos MC.", "Pekanbaru, Dinsos – MC.", "PEKANBARU, HUMAS-", "BENGKALIS, PROKOPIM -",
# "PEKANBARU (RIAUPOS.CO) –", "PEKANBARU -", "ROHIL - ", "Siak Hulu ; ".
# (A word's letters are taken possessively, ``{1,20}+``: what may follow a word is never a letter,
# so giving letters back cannot help, and a failed match stops early.)
_PLACE = r"(?P<place>[A-Z][A-Za-z'’]{1,20}+(?:(?:[ .]|(?<=\b[A-Za-z]{3})\. )[A-Z][A-Za-z'’]{1,20}+){0,2})"
# ^ a three-letter abbreviation and a blank: "Kab. Siak -", "Kec. Tampan -"
_LEAD_DATE = (r"(?:[A-Za-z'’]{3,7},?\s*)?\(?\s?\d{1,2}(?:[/.-]\d{1,2}[/.-]|\s+[A-Za-z]{3,9}\.?\s+)\d{2,4}\s?\)?")
_LEAD = re.compile(
    r"(?:" + _PLACE + r"|(?P<place_lc>[A-Z][a-z]{2,20}+(?: [a-z]{3,20}+){1,2})(?=-\s|\s:\s))(?:"
    # ^ "Bandar lampung- ", "Bangkinang kota : " (a region's name first: _not_a_place)
    r"\s?,\s*(?P<src1>[A-Za-z][^.,;\n]{0,22}?)\.\s"              # Siak, Dinsos MC. Text
    r"|\s?,\s*(?P<src2>[A-Za-z][\w.]{1,40}(?:[ -][A-Z][A-Za-z]{1,15})?)\s{0,3}[-–—]+\s?"  # X, HUMAS- Text
    # ^ also a site's name: Gowa, humas.sulselprov.go.id – Text; a blank before the comma: SIAK , HUMAS -
    r"|,\s*(?P<src12>[A-Za-z][\w.]{1,20}(?: [A-Z][A-Za-z]{1,15}){2,3})\s{0,3}[-–—]+\s?"
    # ^ Lubuk Pakam, Humas Deli Serdang - Text (an agency only: _is_source_word)
    r"|\s?,\s*(?P<src8>[A-Za-z][\w.]{1,20}(?: [A-Z][A-Za-z]{1,15})?)\s+:\s+"  # X, HUMAS : Text (_is_source_word)
    r"|,?\s*\((?P<src3>(?=[^()\n]*[A-Za-z])[^()\n]{2,30})\)\s*[-–—:]+\s?"         # X (RIAUPOS.CO) – Text, X, (Humas) - Text
    r"|,?\s*\[(?P<src11>[A-Za-z][\w.-]{1,20}(?: [A-Za-z][\w.-]{1,20})?)\]\s*[-–—:]+\s?"  # X [HUMAS] - Text
    r"|,\s*(?:" + _LEAD_DATE + r"|\d{1,2}/\d{1,2})\s*\((?P<src5>(?=[^()\n]*[A-Za-z])[^()\n]{2,30})\)\s*[-–—:]+\s?"
    # ^ Ambon, 3/10 (ANTARA) - Text; Jakarta, 3 Oktober 2016 (ANTARA) - Text
    r"|,?\s*" + _LEAD_DATE + r"\s*[-–—]+\s?"                   # Kampar, (27/10/2025) – Text, Jakarta (3/10/2016) -
    r"|(?:,\s*(?:[A-Za-z'’]{3,7},?\s*)?|,?\s*(?=\())\(?\d{1,2}/\d{1,2}\)?\s*[-–—]+\s?"
    # ^ Tanjungpinang, 12/9 -; PEKANBARU (12/9) -; SIAK, SENIN (14/9) - (no year)
    r"|\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*(?P<src4>[a-z][\w-]{1,40}(?:\.[\w-]{2,20}){1,4})\s*[-–—]+\s?"
    # ^ Yogyakarta (14/10/2022) paniradyakaistimewan.jogjaprov.go.id - Text
    r"|,\s*[-–—]+\s?"                                          # INDRAGIRI HILIR, - Text
    r"|(?P<colon>\s?:\s+)(?=[A-Z])"                             # Pontianak : Rabu, ... (a region only)
    r"|(?<=[a-z])(?P<colon_lc>\s:\s+)(?=[a-z])"                # Bangkinang kota : dalam ... (a region only)
    r"|,\s*" + _LEAD_DATE + r"\s+(?=[A-Z])"                     # Tembilahan, Jumat ( 23/06/2023 ) Di
    r"|\s*[-–—|]+\s*\((?P<src6>(?=[^()\n]*[A-Za-z])[^()\n]{2,30})\)[\s,:–—-]*"     # Bengkalis – (Prokopim) Text
    r"|\s*[-–—|/]+\s*(?P<src7>[A-Za-z][\w.]{1,20}(?: [A-Z][A-Za-z]{1,15})?)\s*(?:,|[-–—:]+)\s"
    # ^ BENGKALIS - HUMAS, Text; PEKANBARU | RIAUPOS.CO - Text; SIAK/HUMAS - Text; X - HUMAS : (an agency or a site only:
    # _is_source_word)
    r"|\s*[-–—]+\s*(?P<src10>[A-Za-z][\w.]{1,20}(?: [A-Z][A-Za-z]{1,15}){0,2})\.\s+(?=[A-Z])"
    # ^ PALANGKA RAYA – BIRO ADPIM. Text (an agency only: _is_source_word)
    r"|(?P<pipe>\s+\|\s*)(?=[A-Z])"                            # Pekanbaru | Text (a region only)
    r"|\s+[-–—;]+\s?|[-–—;]+\s"                                 # X - Text, X- Text (not "Ke-67")
    r"|(?<=[A-Z]{4})[-–—](?=[A-Z][a-z])"                          # MANDAU-Pemerintah, PEKANBARU—Gubernur
    r"|(?<=[a-z])(?P<glued>[-–—])(?=[A-Z][a-z])"                   # Palu-Gubernur ... (a region only)
    r"|(?P<comma>,\s+)(?=[A-Z][a-z])"                              # Pekanbaru, Kepengurusan ... (a region only)
    r")(?=\S)"
)
# the place and the date in brackets: "(Palangka Raya, 20 Mei 2024) – Text"; the source alone in brackets:
# "(wartaKominfo) – Text" (no place)
_LEAD_BRACKETED = re.compile(
    r"\(" + _PLACE + r",\s*" + _LEAD_DATE + r"\)\s*[-–—]+\s?(?=\S)")
# the place and the writer in square brackets: "[Banda Aceh | Heri Ulka] Text" (the writer is no source)
_LEAD_SQUARE = re.compile(r"\[" + _PLACE + r"\s*\|\s*[^\[\]|\n]{2,40}\]\s*(?=\S)")
_LEAD_SOURCE_ONLY = re.compile(r"\((?P<src9>[A-Za-z][\w.-]{1,30}(?: [A-Za-z][\w.-]{1,20}){0,2})\)\s*[-–—]+\s?(?=\S)")
# ^ "(wartaKominfo) –", "(MC) -"; of several words an agency's tag only: "(Diskominfo Siak) -" (_is_source_word)
# a source on a line of its own between the headline and the lead: "//DISKOMINFO-SGU//"
_SLASHED_SOURCE = re.compile(r"/{2}\s*([A-Za-z][\w .-]{1,30}?)\s*/{2}")
# the lead's groups that hold its source, in the order they are read
_SOURCE_GROUPS = ("src0", "src1", "src2", "src3", "src4", "src5", "src6", "src7", "src8", "src9", "src10", "src11",
                  "src12")
_SITE_END = r"\.(?:co\.id|go\.id|com|co|id|net|org|news)"  # a site's name ends so: "Riaupos.co", "pekanbaru.go.id"
# the outlet first: "KORANRIAU.co,PEKANBARU - Text", "Riaupos.co, Pekanbaru - Text"
_LEAD_OUTLET_FIRST = re.compile(
    r"(?P<src0>[A-Za-z][\w-]{1,25}(?i:" + _SITE_END + r"))\s?,\s?"
    + _PLACE + r"\s{0,3}[-–—]+\s?(?=\S)")


# zero-width characters and bidirectional marks: dropped before anything reads the text
_INVISIBLE_CHARS = ("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")


def _norm_space(text: str) -> str:
    """NFKC (full-width digits, NBSP), invisible characters dropped, white space folded."""
    if not text.isascii():
        text = _nfkc(text)
    return _fold_space(text)


def _nfkc(text: str) -> str:
    """NFKC, invisible characters dropped first. A no-break space, the change NFKC makes most, is
    made beforehand (same result: NFKC decomposes it to a space), so that most texts then pass
    NFKC's quick check and are not rebuilt character by character."""
    return unicodedata.normalize("NFKC", _drop_invisible(text).replace("\xa0", " "))


def _drop_invisible(text: str) -> str:
    """``text`` without invisible characters. Most texts have none, and a search for each of them
    (they are never printable) costs a fraction of the regex's scan of a long text."""
    if text.isprintable() or not any(c in text for c in _INVISIBLE_CHARS):
        return text
    return _INVISIBLE.sub("", text)


def _fold_space(text: str) -> str:
    """Runs of white space to one space, none at the ends."""
    text = text.strip()
    if text.isprintable() and "  " not in text:  # the only printable white space is " "
        return text
    return " ".join(text.split())


# -- 3. blocks ---------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd td th tr table tbody thead section article header "
    "main blockquote pre address center body html hr fieldset details summary".split())


def _drop_chrome_lines(blocks: list[_Block], profile: dict[str, Any]) -> list[_Block]:
    """``blocks`` without the short ones (under 300 characters) that are chrome lines, generic or
    the site's; stored text only when the site has chrome lines of its own."""
    is_chrome_line, site_lines = profile["lines"].matches, bool(profile.get("chrome"))
    kept = []
    for b in blocks:
        if len(b.text) < 300 and (b.tag or site_lines):
            if is_chrome_line(b.text):
                if b.owner is not None and metadata.is_rubric(b.text) and _is_category_element(b.owner, b.text):
                    b.chrome = True  # a rubric set as the page's category label: kept for the category
                    kept.append(b)
                continue
            b.chrome = False  # not a chrome line, not even one of the site's
        kept.append(b)
    return kept


_HTML_TAG = re.compile(r"<(?:!doctype|html|head|body|div|p|table|article|span|meta|br)\b", re.I)


def _is_html(text: str) -> bool:
    return _HTML_TAG.search(text, 0, 4096) is not None  # in the first 4,096 characters


_THREAD = threading.local()


def _html_parser(encoding: str | None = None) -> Any:
    """lxml's HTML parser for ``encoding``, one per thread (a parser is not shared between threads)
    and reused: each parse starts it afresh, error log included, and a new one costs a new context."""
    parsers = getattr(_THREAD, "parsers", None)
    if parsers is None:
        parsers = _THREAD.parsers = {}
    parser = parsers.get(encoding)
    if parser is None:
        from lxml import etree

        parser = parsers[encoding] = etree.HTMLParser(
            huge_tree=True, remove_comments=True, remove_pis=True, no_network=True, recover=True,
            encoding=encoding, collect_ids=False)  # no table of id attributes: nothing looks one up
    return parser


def _html_blocks(markup: str, *, name: str | None, utf8: bytes | None = None,
                 skipped: list[Any] | None = None) -> tuple[list[_Block], Any]:
    """Walk the lxml tree once (iteratively: deep nesting is fine) into text blocks.
    ``utf8``, when given, is ``markup`` encoded in UTF-8 (the page's own bytes)."""
    from lxml import etree

    # lxml.etree's own HTML parser: lxml.html's element classes cost a Python call per element.
    # UTF-8 bytes, which libxml2 reads as they are (a str is handed over as Latin-1, UTF-16 or
    # UCS-4 and converted), and which may carry an XML encoding declaration (a str may not)
    try:
        data, parser = (utf8 if utf8 is not None else markup.encode("utf-8")), _html_parser("utf-8")
    except UnicodeEncodeError:  # lone surrogates: lxml takes the str as it is
        data, parser = markup, _html_parser()
    try:
        root = etree.fromstring(data, parser)
    except ValueError:  # a str (lone surrogates) with an XML encoding declaration: lxml wants bytes
        parser = _html_parser("utf-8")
        root = etree.fromstring(markup.encode("utf-8", "replace"), parser)
    except etree.LxmlError as exc:
        raise NotAnArticle(f"no HTML document could be read ({exc})", input=name) from None
    if root is None:
        raise NotAnArticle("no HTML document could be read", input=name)
    if any("Excessive depth" in e.message for e in parser.error_log):
        # libxml2 drops everything below its depth limit: read the markup flat instead
        return _flat_blocks(markup), None
    body = next(root.iterchildren("body"), None)  # root.find("body"), without its path parsing
    return _walk_blocks(body if body is not None else root, skipped), root


def _walk_blocks(top: Any, skipped: list[Any] | None = None) -> list[_Block]:
    """The text of ``top`` in blocks, chrome subtrees skipped: a block element starts and ends
    a block, ``<br>`` and line breaks end a line, and each block is owned by its innermost
    block element.

    A depth-first walk by hand (first child, next sibling, parent; no recursion, so deep nesting
    is fine): about half the cost of ``etree.iterwalk``'s start and end events. The chrome
    subtrees skipped are added to ``skipped`` (breadcrumbs and short-url form fields are read there)."""
    if skipped is None:
        skipped = []
    blocks: list[_Block] = []
    stack: list[Any] = [None]  # the open block elements: the innermost one owns the text
    buf: list[str] = []
    kinds = _TAG_KINDS
    el = top
    while True:
        tag = el.tag
        kind = kinds.get(tag) or _tag_kind(tag)  # a dict look-up first: this runs for each element
        descend = False
        if kind is _SKIP:  # a chrome subtree is skipped, but its tail is still read
            skipped.append(el)
        else:
            names = el.keys()  # one call; most elements have neither a class nor an id
            if ("class" in names or "id" in names) and _chrome_attr(el, names):
                skipped.append(el)
            else:
                if kind is _BLOCK:
                    if buf:
                        _add_lines(blocks, buf, stack[-1])
                    stack.append(el)
                elif kind is _BR:
                    buf.append("\n")
                text = el.text  # each read of .text/.tail builds a new str
                if text:
                    buf.append(text)
                descend = len(el) > 0
        if descend:
            el = el[0]
            continue
        while True:  # the end of ``el``, then of each parent whose last child it is
            if stack[-1] is el:
                if buf:
                    _add_lines(blocks, buf, el)
                stack.pop()
            tail = el.tail
            if tail:
                buf.append(tail)
            if el is top:
                if buf:
                    _add_lines(blocks, buf, stack[-1])
                return blocks
            after = el.getnext()
            if after is not None:
                el = after
                break
            el = el.getparent()


def _add_lines(blocks: list[_Block], buf: list[str], owner: Any) -> None:
    """Empty ``buf`` into ``blocks``: one block per non-blank line, owned by ``owner``."""
    raw = "".join(buf).strip()  # NFKC keeps white space white, and never joins it to a neighbour
    buf.clear()
    if not raw:
        return
    tag = owner.tag if owner is not None else ""
    if raw.isascii():
        if raw.isprintable() and "  " not in raw:  # the common case: one line, white space folded
            blocks.append(_Block(raw, owner, tag))
            return
    else:  # one normalisation for all lines: NFKC never makes or joins a line break
        raw = _nfkc(raw)
    for line in raw.split("\n"):
        line = line.strip()
        if line:
            if not line.isprintable() or "  " in line:  # as in _fold_space
                line = " ".join(line.split())
            blocks.append(_Block(line, owner, tag))


_TAG = re.compile(r"<!--.{0,100000}?-->|<(/?)([A-Za-z][\w:-]{0,30})([^<>]{0,2000})>", re.S)


def _flat_blocks(markup: str) -> list[_Block]:
    """Blocks from markup too deep for a tree: a linear scan of tags, chrome tags skipped."""
    import html as htmllib

    chrome = _chrome()
    blocks: list[_Block] = []
    buf: list[str] = []
    skip_tag, skip_depth = "", 0
    pos = 0
    for m in _TAG.finditer(markup):
        if not skip_tag:
            buf.append(markup[pos:m.start()])
        pos = m.end()
        closing, tag = m.group(1), (m.group(2) or "").lower()
        if not tag:
            continue
        if skip_tag:
            if tag == skip_tag:
                skip_depth += -1 if closing else 1
                if skip_depth == 0:
                    skip_tag = ""
            continue
        if not closing and (chrome["tag"].match(tag) or chrome["class"].search(m.group(3) or "")):
            if not (m.group(3) or "").rstrip().endswith("/"):
                skip_tag, skip_depth = tag, 1
            continue
        if tag in _BLOCK_TAGS or tag == "br":
            buf.append("\n")
    if not skip_tag:
        buf.append(markup[pos:])
    for line in htmllib.unescape("".join(buf)).split("\n"):
        line = _norm_space(line)
        if line:
            blocks.append(_Block(line))
    return blocks


_SKIP, _BLOCK, _BR, _INLINE = "skip", "block", "br", "inline"


_TAG_KINDS: dict[Any, str] = {}  # the kinds of the tags met so far (at most 1,024 are kept)


def _tag_kind(tag: Any) -> str:
    """How the walk treats an element: ``_SKIP`` for a non-element (comment, PI) or a chrome tag
    (``script``, ``nav`` ...), skipped with its subtree; ``_BLOCK`` (a text boundary), ``_BR``, ``_INLINE``."""
    kind = _TAG_KINDS.get(tag)
    if kind is None:
        name = tag.lower() if isinstance(tag, str) else ""
        if not name or _chrome()["tag"].match(name):
            kind = _SKIP
        else:
            kind = _BLOCK if name in _BLOCK_TAGS else _BR if name == "br" else _INLINE
        if len(_TAG_KINDS) < 1024:
            _TAG_KINDS[tag] = kind
    return kind


def _chrome_attr(el: Any, names: list[str]) -> bool:
    """Does the element's class or id mark it as chrome? (Short values are cached: templates repeat
    them.) ``names``: its attribute names; an attribute it lacks is not asked for (``get`` is slow)."""
    attrs = ((el.get("class") or "") if "class" in names else "") + " " + \
        ((el.get("id") or "") if "id" in names else "")
    return _chrome_attrs(attrs) if len(attrs) <= 200 else _chrome_attrs.__wrapped__(attrs)


@functools.lru_cache(maxsize=4096)
def _chrome_attrs(attrs: str) -> bool:
    return bool(attrs.strip()) and _chrome()["class"].search(attrs) is not None


def _text_blocks(text: str) -> list[_Block]:
    return [_Block(line) for line in (_norm_space(x) for x in text.splitlines()) if line]


# -- 4. landmarks ------------------------------------------------------------------------------

def _is_headline(text: str) -> bool:
    """Could this line be a headline? (Not a sentence, a date line, or mostly numbers.)"""
    words = text.split()
    return (2 <= len(words) <= 30 and not text.endswith((".", ":", ";"))
            and not _DATE_LINE.match(text) and "short url" not in text.lower()
            # words with a digit (no letter is one) are fewer than half
            and sum(1 for w in words if not w.isalpha() and any(c.isdigit() for c in w)) * 2 < len(words)
            and any(w[:1].isupper() for w in words))


def _find_lead(blocks: list[_Block], start: int) -> tuple[int, re.Match[str] | None]:
    """The lead block: the first for stored text; for HTML the one with the most text around it."""
    found: list[tuple[int, re.Match[str]]] = []
    teaser: tuple[int, re.Match[str]] | None = None
    for i in range(start, len(blocks)):
        b = blocks[i]
        if len(b.text) < 60 and not _wrapped_lead(blocks, i):
            continue
        m = _LEAD_OUTLET_FIRST.match(b.text) or _LEAD.match(b.text)  # "INFORIAU.CO, PEKANBARU -"
        if m is None and b.text.startswith("("):
            m = _LEAD_BRACKETED.match(b.text) or _LEAD_SOURCE_ONLY.match(b.text)
            if m and m.re is _LEAD_SOURCE_ONLY and (" " in m.group("src9") or len(m.group("src9")) < 3) \
                    and not _is_source_word(m.group("src9")):
                m = None  # "(Foto Kegiatan) -", "(Ki) -": no agency
        elif m is None and b.text.startswith("["):
            m = _LEAD_SQUARE.match(b.text)
            m = m if m and _is_region_name(m.group("place")) else None
        if m and _not_a_place(m):
            m = None
        if m and m.groupdict().get("src1") and _is_honorific(m.group("src1") + "."):
            m = None  # "Bupati Sintang, dr. H. Jarot Winarno, ...": a position, a comma and a name, no lead
        if m and m.groupdict().get("src12") and not _is_source_word(m.group("src12")):
            m = None  # "MQK Berakhir, Agam Juara Umum - Kementerian ...": a headline and its site, no lead
        if m and m.groupdict().get("comma") and _is_region_name(b.text[m.end():].split(",")[0].split(" dan ")[0]):
            m = None  # "Bengkalis, Kampar, dan Siak menerima ...": a list of regions, no lead
        if m and not b.is_chrome() and not (_DATE_LINE.match(b.text) and not m.groupdict().get("src5")
                                            and not _is_region_name(m.groupdict().get("place") or "")
                                            and not _dated_lead(b.text, m)) \
                and not (_weak_lead(m) and len(b.text) < 120 and _is_headline(b.text)
                         and not _wrapped_lead(blocks, i)
                         and _title_cased(b.text) and not _SENTENCE_END.search(b.text)
                         and i + 1 < len(blocks)):
            if b.owner is None:
                if teaser is None and _teaser_above_headline(blocks, i):
                    teaser = (i, m)  # kept in case no lead follows
                    continue
                return i, m
            found.append((i, m))
    if teaser is not None:
        return teaser
    if len(found) < 2:
        return found[0] if found else (-1, None)
    around = _text_around(blocks, [i for i, _m in found])
    return max(found, key=lambda c: (around[c[0]], -c[0]))


@functools.cache
def _honorifics() -> frozenset[str]:
    """The forms of ``honorifics.tsv`` written before a name (``dr.``, ``H.``, ``Drs.``)."""
    return frozenset(r["form"] for r in resources.tsv("honorifics.tsv") if r["kind"] in ("prefix", "rank"))


def _is_honorific(text: str) -> bool:
    return text in _honorifics()


def _dated_lead(text: str, m: re.Match[str]) -> bool:
    """Is a lead match that reads like a date line (``Praya, 25 Februari 2026 — Dinas Sosial ...``)
    a lead: a place that is no weekday, the date, a dash, and six words or more after it? (``Selasa,
    25 Sep 2018 - 10:00 WIB`` is a date line.)"""
    place = m.groupdict().get("place") or ""
    rest = text[m.end():]
    return dates.weekday_number(place) is None and dates.month_number(place) is None \
        and any(c.isdigit() for c in m.group(0)) and m.group(0).rstrip()[-1:] in "-–—" \
        and rest[:1].isupper() and len(rest.split()) >= 6


def _teaser_above_headline(blocks: list[_Block], i: int) -> bool:
    """Stored text: is lead-shaped block ``i`` the page's first line with a headline right below it
    (``DISPARBUDPORA, BUKIT BATU - ...`` above ``APEL HARI KESADARAN NASIONAL, ...``), another
    story's teaser? The lead is then the next lead-shaped block."""
    return i == 0 and len(blocks) > 2 and blocks[1].owner is None and _is_headline(blocks[1].text) \
        and len(blocks[1].text.split()) >= 3 and not _SENTENCE_END.search(blocks[1].text)


_NAME_JOINS = re.compile(r"[\s-]+")


@functools.cache
def _region_names() -> frozenset[str]:
    """Every province's and kabupaten/kota's name without its kind, case, blanks and hyphens left out."""
    kinds = re.compile(r"^(?:Kabupaten|Kota Administrasi|Kota|Provinsi)\s+")
    return frozenset(_NAME_JOINS.sub("", kinds.sub("", r.name)).casefold() for r in regions.all_regions())


def _is_region_name(text: str) -> bool:
    """Is ``text`` a region's name, as a lead's place may be? Also a name two regions share
    (``Semarang``, ``Malang``: a kabupaten and a kota), which ``regions.resolve`` leaves unresolved."""
    return regions.resolve(text) is not None or _NAME_JOINS.sub("", text.strip(" .,;:")).casefold() in _region_names()


def _not_a_place(m: re.Match[str]) -> bool:
    """A lead shape that only a region's name may open ("Place :", "Place |", "Place,"), opened by
    something else: "Keterangan : ...", "Bupati Kepulauan Seribu, Junaedi ..." are no lead."""
    groups = m.groupdict()
    if groups.get("place_lc"):  # "Bangkinang kota :", "Bandar lampung-": a region's name, or a town's first word
        words = groups["place_lc"].split()
        return bool(groups.get("colon_lc")) and not _is_region_name(groups["place_lc"]) \
            and not _is_region_name(words[0])
    return bool(groups.get("colon") or groups.get("colon_lc") or groups.get("pipe") or groups.get("comma")
                or groups.get("glued")) \
        and not _is_region_name(m.group("place"))


def _wrapped_lead(blocks: list[_Block], i: int) -> bool:
    """Is block ``i`` a short first line of a hard-wrapped lead (``Pekanbaru, 6 Maret 2025 - Dalam
    rangka`` with the sentence going on, in lower case, on the next line)?"""
    return (len(blocks[i].text) >= 25 and i + 1 < len(blocks) and blocks[i + 1].text[:1].islower()
            and not blocks[i].text.endswith((".", ":")))


def _weak_lead(m: re.Match[str]) -> bool:
    """A lead match that a headline could make too: ``Babup ; Kades Harus ...`` (a place not in
    capitals, no agency tag). Such a line, short, title-cased, with no sentence in it and text below,
    is a headline."""
    groups = m.groupdict()
    return not (groups.get("place") or "").isupper() and not any(
        groups.get(g) for g in _SOURCE_GROUPS)


def _title_cased(text: str) -> bool:
    """Are most words capitalised, as in a headline (``Kades Harus Lakukan Inovasi``)?"""
    words = text.split()
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) * 3 >= len(words) * 2


def _text_around(blocks: list[_Block], starts: list[int]) -> dict[int, int]:
    """For each block ``i`` in ``starts`` (in order): the text from it on in the same parent
    element (or, with no parent, the same owner), not counting other leads (teaser lists)."""
    first = starts[0]
    parents = [b.owner.getparent() if b.owner is not None else None for b in blocks[first:]]
    leads: dict[int, bool] = {}  # a teaser list's blocks are read again for each of its leads

    def is_lead(j: int) -> bool:
        if j not in leads:
            leads[j] = _LEAD.match(blocks[j].text) is not None
        return leads[j]

    totals = {}
    for i in starts:
        owner, parent = blocks[i].owner, parents[i - first]
        total = len(blocks[i].text)
        for j in range(i + 1, len(blocks)):
            kin = parents[j - first] is parent if parent is not None else blocks[j].owner is owner
            if kin and not is_lead(j):
                total += len(blocks[j].text)
        totals[i] = total
    return totals


def _first_body_block(blocks: list[_Block], start: int) -> int:
    for i in range(start, len(blocks)):
        text = blocks[i].text
        if blocks[i].is_chrome() or (_DATE_LINE.match(text) and len(text) < 150) \
                or "short url" in text.lower():
            continue
        if len(text) >= 80 and re.search(r"[.!?\"”]\s|[.!?\"”]$", text):
            return i
    return -1


def _densest_block(blocks: list[_Block], start: int) -> int:
    """Generic pages with no lead: the first paragraph of the element with the most prose (a
    ``<p>``, or a ``<div>`` of one paragraph, counts for its parent; lines split by ``<br>``, for
    the element that holds them)."""
    groups: dict[Any, int] = {}
    first: dict[Any, int] = {}
    lines_of: dict[Any, int] = {}
    for b in blocks[start:]:
        lines_of[b.owner] = lines_of.get(b.owner, 0) + 1
    for i in range(start, len(blocks)):
        b = blocks[i]
        if b.owner is None or len(b.text) < 40 or b.is_chrome():
            continue
        m = _LEAD.match(b.text)
        if m is not None and not _not_a_place(m):  # a lead's shape: not the prose of a page with no lead
            continue
        paragraph = b.tag == "p" or (b.tag == "div" and lines_of[b.owner] == 1)
        parent = b.owner.getparent() if paragraph else b.owner
        groups[parent] = groups.get(parent, 0) + len(b.text)
        first.setdefault(parent, i)
    if not groups:
        return -1
    best = max(groups, key=lambda g: groups[g])
    return first[best] if groups[best] >= 200 else -1


def _ancestors(el: Any, limit: int) -> Iterator[tuple[Any, str]]:
    """``el`` and its ancestors with their lower-case tags, at most ``limit`` (deep trees stay cheap)."""
    for _level in range(limit):
        if el is None:
            return
        yield el, (el.tag.lower() if isinstance(el.tag, str) else "")
        el = el.getparent()


def _container(blocks: list[_Block], lead: int) -> set[Any] | None:
    """The elements of the lowest element around the lead that holds two substantial paragraphs
    (else of the lead's parent); None for stored text."""
    owner = blocks[lead].owner
    if owner is None:
        return None
    substantial = [b.owner for b in blocks[lead:] if b.owner is not None and len(b.text) >= 40]
    for el, tag in _ancestors(owner, 40):
        if tag in ("body", "html"):
            break
        inside = set(el.iter())
        if tag in ("article", "main") or len([o for o in substantial if o in inside]) >= 2:
            return inside
    parent = owner.getparent()
    return set((parent if parent is not None else owner).iter())


@functools.lru_cache(maxsize=256)
def _by_host(host: str) -> dict[str, Any] | None:
    """The profile whose host is the longest suffix of ``host`` (ppid.riau.go.id before riau.go.id)."""
    best, size = None, -1
    for site in _sites():
        for x in site["hosts"]:
            if (host == x or host.endswith("." + x)) and len(x) > size:
                best, size = site, len(x)
    return best


_HOST = re.compile(r"https?://([^/:?#]+)")


def _profile(url: str | None, content: str) -> dict[str, Any]:
    """The site profile for a page, by its URL's host, else by markers in its first 6,000 characters."""
    host = _HOST.match(url or "")
    found = None
    if host:
        h = host.group(1).lower()
        found = _by_host(h)
    if found is None:
        head = content[:6000]
        found = next((s for s in _sites() if any(m in head for m in s["markers"])), None)
    return found or next(s for s in _sites() if s["name"] == "generic")


def _article_id(profile: dict[str, Any], url: str | None, short_url: str | None) -> str | None:
    """The article id from the short url or the page URL, by the profile's patterns first."""
    for candidate in (short_url, url):
        for p in (profile["id_search"] if candidate else ()):
            m = p.search(candidate)
            if m:
                return m.group(1)
    return None


# -- 5. the parser -----------------------------------------------------------------------------

def parse(source: Source, *, url: str | None = None, options: Options = Options()) -> Page:
    """Read a page (path, bytes or str; HTML or stored text) into a ``Page``."""
    check_arguments("parse", source, url, options)
    content, name = read_source(source, options)
    text, utf8 = _decode(content, name=name) if isinstance(content, bytes) else (content, None)
    if (b"\x00" in utf8) if utf8 is not None else ("\x00" in text):  # bytes: memchr
        text, utf8 = text.replace("\x00", ""), None
    if not text or text.isspace():
        raise EmptyInput("the input is empty", input=name)
    try:
        return _parse_text(text, url=url, name=name, options=options, utf8=utf8)
    except PsmExtractError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise NotAnArticle(f"page too deeply nested or too large to parse ({type(exc).__name__})",
                           input=name) from None
    except Exception as exc:  # a dependency's error must not escape
        raise PsmExtractError(f"parse failed: {type(exc).__name__}: {exc}", input=name) from exc


def _parse_text(text: str, *, url: str | None, name: str | None, options: Options,
                utf8: bytes | None = None) -> Page:
    root, meta = None, None
    skipped: list[Any] = []  # the chrome subtrees the walk skipped
    rules: dict[str, str] = {"url": "given"} if url else {}
    if _is_html(text):
        blocks, root = _html_blocks(text, name=name, utf8=utf8, skipped=skipped)
        meta = metadata.read_metadata(root) if root is not None else None
        if url is None and meta is not None and meta.urls:
            url, rules["url"] = meta.urls[0]
    else:
        blocks = _text_blocks(text)
    profile = _profile(url, text)  # site-specific chrome, on top of the generic rules
    blocks = _drop_chrome_lines(blocks, profile)
    if not blocks:
        raise NotAnArticle("the page holds no text", input=name)

    # landmarks: headline (HTML), short url line, lead, date line
    headline, rules["title"] = _headline_index(blocks, meta) if meta is not None else (-1, "")
    short_url = category = None
    short_at = -1
    for i, b in enumerate(blocks[:400]):
        m = _SHORT_URL.search(b.text) if "://" in b.text else None  # a cheap test first
        if m:
            short_url, short_at = m.group(1).rstrip(".,;)"), i
            rules["short_url"] = "page.short_url_text"
            category, rules["category"] = _category(blocks, i, m.start(), headline)
            break
    anchor = max(headline, short_at) + 1
    lead, lead_match = _find_lead(blocks, anchor)
    if lead < 0 and root is not None:
        lead = _densest_block(blocks, anchor)
    if lead < 0:
        lead = _first_body_block(blocks, anchor)
    if lead < 0:
        raise NotAnArticle("no article body found (a listing, 404 or empty page?)", input=name)

    inside = _container(blocks, lead)  # the elements the body may come from (HTML)
    if headline < 0 and root is not None:  # no h1 and no metadata: the headline set above the lead
        start = max(0, lead - 8)
        at = _title_at(blocks[start:lead], emphasis=True)
        if at >= 0:
            headline, rules["title"] = start + at, "page.title_line"
    if headline >= 0:  # the date line stands under the headline, or just above it
        header = blocks[headline: lead] + blocks[max(0, headline - 2): headline]
    elif root is None:
        header = blocks[max(0, lead - 12): lead]
    else:
        header = [b for b in blocks[max(0, lead - 6): lead] if inside is None or b.owner in inside]
    title = blocks[headline].text if headline >= 0 else _find_title(header)
    if headline < 0:
        rules["title"] = "page.title_line"
    if title is None and meta is not None:
        title, rules["title"] = _title_from_metadata(meta)
    date_at = next((i for i, b in enumerate(header) if b.text != title and len(b.text) < 200
                    and (not b.is_chrome() or _chrome()["byline"].match(b.text)) and not _dated_sentence(b.text)
                    and _date_of_line(b.text)  # not a caption's date; a byline's date ("Penulis: Humas | 3 Okt 2016")
                    and not (dates.is_calendar_bar(b.text) and not _chrome()["view_count"].match(b.text))), -1)
    if date_at < 0 and root is not None and headline < 0:  # no headline: a date line just above the
        near = [b for b in blocks[max(0, lead - 3):lead][::-1]  # lead, outside its container too
                if len(b.text) < 200 and not b.is_chrome() and not _is_link(b)]
        header = header + [b for b in near if _date_of_line(b.text)][:1]
        date_at = len(header) - 1 if header and _date_of_line(header[-1].text) else -1
    published = _date_of_line(header[date_at].text) if date_at >= 0 else None
    warnings: list[str] = []
    if published is not None:
        rules["published"] = "page.date_line"
    elif lead_match is not None and lead_match.re is not _LEAD_BRACKETED \
            and any(c.isdigit() for c in lead_match.group(0)):  # "(Palangka Raya, 20 Mei 2024) –": an event's
        # no date line: a date with its year between the lead's place and its dash is the page's
        # ("Tembilahan, Jumat ( 23/06/2023 ) Di ...", "Yogyakarta (14/10/2022) site.go.id - ...")
        published = _date_of_line(lead_match.group(0))
        if published is not None:
            rules["published"] = "page.lead_date"
    if meta is not None:
        found = _published_from_metadata(meta, inside)
        if published is None and found is not None:
            published, rules["published"] = found
        elif found is not None and found[0] != published and not found[1].startswith(("url.", "page.")):
            warnings.append(f"the page's metadata dates it {found[0].isoformat()} ({found[1]}), its "
                            f"date line {published.isoformat()}: the date line is kept")
    if short_url is None and root is not None:
        short_url, rules["short_url"] = _short_url_of_tree(root, skipped, blocks, meta, url)
    if category is None:
        category, rules["category"] = _category_fallback(
            skipped, meta, title, header[date_at].text if date_at >= 0 else None, blocks, profile)

    # body: from the lead to the first stop marker, inside the lead's container (HTML)
    stop, paragraphs = profile["stops"], []
    for b in blocks[lead:]:
        if inside is not None and b.owner is not None and b.owner not in inside:
            continue
        if paragraphs and stop.match(b.text):
            break
        if b.is_chrome() or (title and b.text == title and paragraphs):
            continue
        paragraphs.append(b.text)
    if not paragraphs:
        raise NotAnArticle("no article body found", input=name)
    dateline = source = None
    spans: list[Span] = []
    if lead_match is not None and paragraphs[0] == blocks[lead].text:  # before any cut
        groups = lead_match.groupdict()
        g = "place" if groups.get("place") else "place_lc" if groups.get("place_lc") else "place"
        place_at = (lead_match.start(g), lead_match.end(g), f"lead.{g}") if g in groups else None
        source_at = next(((lead_match.start(x), lead_match.end(x), f"lead.{x}")
                          for x in _SOURCE_GROUPS
                          if x in lead_match.re.groupindex and lead_match.group(x)), None)
        if source_at is not None and source_at[2] in ("lead.src7", "lead.src8", "lead.src10") \
                and not _is_source_word(paragraphs[0][source_at[0]:source_at[1]]):
            area = paragraphs[0][source_at[0]:source_at[1]]
            if source_at[2] == "lead.src8" and dates.weekday_number(area) is None:
                # "Sei Lembu, Tapung : ...": a place and its kecamatan (not "Pekanbaru, Senin : ...")
                place_at = (place_at[0], source_at[1], "lead.place_and_area")
            source_at = None  # "PEKANBARU - Gubernur Riau, ...": a sentence's subject, no source
        if source_at is not None and dates.weekday_number(
                (paragraphs[0][source_at[0]:source_at[1]].split() or [""])[0].strip(",")) is not None:
            source_at = None  # "Samarinda, Kamis 5/9/13. Kerukunan ...": the report's day and date, no agency
        if place_at is not None:
            place_at, source_at = _agency_first(paragraphs[0], place_at, source_at)
        if place_at is not None and source_at is None and _is_site_label(paragraphs[0][place_at[0]:place_at[1]]):
            place_at, source_at = None, (place_at[0], place_at[1], "lead.site_label")  # "Tubankab - ..."
        if place_at is not None and source_at is not None and source_at[2] == "lead.src2":
            place_at, source_at = _outlet_first(paragraphs[0], place_at, source_at)
        if place_at is not None:
            place = paragraphs[0][place_at[0]:place_at[1]].strip()
            dateline = place.title() if place.isupper() or g == "place_lc" else place
            spans.append(Span(place_at[0], place_at[1], paragraphs[0][place_at[0]:place_at[1]], place_at[2],
                              "dateline"))
        if source_at is not None:
            source = paragraphs[0][source_at[0]:source_at[1]].strip()
            spans.append(Span(source_at[0], source_at[1], paragraphs[0][source_at[0]:source_at[1]],
                              source_at[2], "source"))
    if dateline is None:  # a place on its own line above the lead
        dateline = _place_line([header[date_at].text] if date_at >= 0 else [], blocks[max(0, lead - 1):lead])
    if source is None:  # "//DISKOMINFO-SGU//" on its own line above the lead
        source = next((m.group(1) for b in blocks[max(0, lead - 3):lead]
                       if (m := _SLASHED_SOURCE.fullmatch(b.text))), None)
    if sum(map(len, paragraphs)) > options.max_text_chars:
        kept, size = [], 0
        for para in paragraphs:
            if size + len(para) > options.max_text_chars:
                kept.append(para[: max(0, options.max_text_chars - size)])
                break
            kept.append(para)
            size += len(para) + 2
        paragraphs = [p for p in kept if p]
        warnings.append(f"body cut at {options.max_text_chars:,} characters (Options.max_text_chars)")

    if profile["name"] == "generic" and short_url:
        profile = _profile(short_url, "")
    article_id = _article_id(profile, url, short_url)
    shown = {"url": url, "title": title, "category": category, "published": published,
             "short_url": short_url}  # the dateline and source carry spans instead
    field_rules = tuple(FieldRule(f, rules[f]) for f, v in shown.items() if v is not None and rules.get(f))
    site = None if profile["name"] == "generic" and not (url or short_url) else profile["name"]
    return Page(url=url, site=site, article_id=article_id, title=title, category=category,
                published=published, short_url=short_url, dateline=dateline, source=source,
                paragraphs=tuple(paragraphs), text="\n\n".join(paragraphs), spans=tuple(spans),
                warnings=tuple(warnings), field_rules=field_rules)


def _dated_sentence(text: str) -> bool:
    """A header line that is a sentence closing with a date (a photo caption: ``Gubernur Agustiar
    Sabran memberikan penjelasan ... di Istana Isen Mulang Palangka Raya, Senin (23/2/2026).``):
    eight words or more before its first digit and a closing period. No date line: a date line
    has its date first or after a few words of furniture (a label, a writer, a view count)."""
    return text.endswith(".") and len(_FIRST_DIGIT.split(text, 1)[0].split()) >= 8


_FIRST_DIGIT = re.compile(r"\d")


def _place_line(date_lines: list[str], above: list[_Block]) -> str | None:
    """A stored text's dateline on a line of its own, when the lead opens with none: the date line
    ``Surakarta, 26 Februari 2020`` (a region's name, then the date) or, just above the lead, the
    place with a period, ``Bangkinang Kota.`` (a region's name, or a town whose first word is one)."""
    for text in date_lines:
        m = _PLACE_LINE.match(text)
        if m and m.group("date") and _is_region_name(m.group("place")):
            return m.group("place")
    for b in above:
        m = _PLACE_LINE.match(b.text)
        if m and not m.group("date") and (_is_region_name(m.group("place"))
                                          or _is_region_name(m.group("place").split()[0])):
            return m.group("place")
    return None


_PLACE_LINE = re.compile(r"(?P<place>[A-Z][A-Za-z'’]{2,20}(?: [A-Z][A-Za-z'’]{1,20}){0,2})"
                         r"(?:,\s*(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})|\.)$")
_SENTENCE_END = re.compile(r"[.!?]\s")
_GLUED_YEAR = re.compile(r"(\d{4})(?=[A-Za-z])")


@functools.cache
def _agencies() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = resources.tsv("lead_agencies.tsv")
    return (frozenset(r["word"] for r in rows if r["prefix"] != "yes"),
            tuple(r["word"] for r in rows if r["prefix"] == "yes"))


@functools.cache
def _alone_agencies() -> frozenset[str]:
    return frozenset(r["word"] for r in resources.tsv("lead_agencies.tsv") if r["prefix"] == "alone")


def _is_agency(word: str) -> bool:
    whole, prefixes = _agencies()
    low = word.lower()
    return low in whole or low.startswith(prefixes)


Where = tuple[int, int, str]


def _is_source_word(text: str) -> bool:
    """Is ``text`` an agency tag or a site's name (``HUMAS``, ``RIAUPOS.CO``), as a lead's source
    after its dash must be?"""
    words = text.split()
    return bool(words) and (_is_agency(words[0]) or _SITE_NAME.search(words[-1]) is not None)


_SITE_NAME = re.compile(r"\w" + _SITE_END + "$", re.I)


def _agency_first(lead: str, place: Where, source: Where | None) -> tuple[Where | None, Where | None]:
    """The lead's place and source when the source comes first: ``DPRD INHIL, TEMBILAHAN -``
    (the place group holds the agency: the two swap), ``DISKOMINFOTIKSAN DUMAI -``, ``HUMAS PROKOMPIM
    SIAK -`` (its first agency words are the source, the rest the place), ``ANTARA -``, ``HUMAS
    PROKOMPIM -`` (agency words alone: a source, no place).
    Otherwise as read."""
    words = lead[place[0]:place[1]].split()
    if not words or not _is_agency(words[0]):
        return place, source
    tag = next((n for n in range(1, len(words)) if not _is_agency(words[n])), len(words))
    if tag < len(words) and _is_province(" ".join(words[tag:])):
        tag = len(words)  # "MC RIAU -", "DISKOMINFO JATENG -": the agency's province is part of its tag
    if tag < len(words) and any(w.lower() in _alone_agencies() for w in words[:tag]):
        return place, source  # "MEDIA CENTER ROHUL -": read as written
    if tag == len(words) and source is None:  # "ANTARA -", "HUMAS PROKOMPIM -"
        return None, (place[0], place[1], "lead.agency_alone")
    if source is not None:
        if _is_agency(lead[source[0]:source[1]].split()[0]):
            return place, source
        return (source[0], source[1], "lead.place_after_agency"), (place[0], place[1], "lead.agency_first")
    if len(words) < 2:
        return place, source
    head = lead[place[0]:place[1]]
    cut = place[0] + head.index(words[tag - 1], sum(len(w) for w in words[:tag - 1])) + len(words[tag - 1])
    rest = cut + len(lead[cut:place[1]]) - len(lead[cut:place[1]].lstrip())
    return (rest, place[1], "lead.place_after_agency"), (place[0], cut, "lead.agency_first")


def _is_province(text: str) -> bool:
    """Is ``text`` a province's name (``Riau``, ``Jateng``)? A province is an agency's region, no dateline."""
    region = regions.resolve(text)
    return region is not None and region.kind == "provinsi"


@functools.cache
def _site_label_suffixes() -> tuple[str, ...]:
    return tuple(r["suffix"] for r in resources.tsv("lead_site_labels.tsv"))


def _is_site_label(word: str) -> bool:
    """Is ``word`` a portal's domain label, a region's name with a glued ending (``Tubankab``,
    ``Jatengprov``; ``lead_site_labels.tsv``), and itself no region's name?"""
    low = word.lower()
    return " " not in word and any(
        low.endswith(suffix) and len(low) > len(suffix) + 2 and regions.resolve(word[:-len(suffix)]) is not None
        for suffix in _site_label_suffixes()) and regions.resolve(word) is None


@functools.cache
def _area_words() -> frozenset[str]:
    """The words that open a place below a region (``lead_area_words.tsv``) and Riau's kecamatan
    (``events_kecamatan.tsv``), casefolded."""
    return frozenset([r["word"] for r in resources.tsv("lead_area_words.tsv")]
                     + [r["name"].casefold() for r in resources.tsv("events_kecamatan.tsv")])


def _outlet_first(lead: str, place: Where, source: Where) -> tuple[Where, Where | None]:
    """``LOCUSONLINE, GARUT -``, ``MEDIA CENTER, Palangka Raya -``: an outlet named first, then a
    region's name (the two swap). A place that is a region, or opens with one (``Bangkinang Kota``)
    or with a kecamatan's or a village's word (``Kecamatan Tampan``), or is a kecamatan of Riau
    (``Sungai Apit, Siak -``), stays the place, and the region's name after it is the place's
    region, no source: the dateline is both (``Kecamatan Tampan, Pekanbaru``, as ``Sei Lembu, Tapung``)."""
    place_text, source_text = lead[place[0]:place[1]], lead[source[0]:source[1]]
    words = place_text.split()
    if not _is_region_name(source_text):
        return place, source
    if _is_region_name(place_text) or _is_region_name(words[0]) or words[0].lower() in _area_words() \
            or place_text.casefold() in _area_words():
        return (place[0], source[1], "lead.place_and_region"), None
    return (source[0], source[1], "lead.place_after_outlet"), (place[0], place[1], "lead.outlet_first")


def _date_of_line(text: str) -> dt.date | None:
    """The date of a date line: ``Selasa, 25 Sep 2018``, ``25/09/2018 10:00 WIB``, ``2018-09-25``
    (a year glued to the next word, ``10 Desember 2020Dibaca 906``, read apart; a label before the
    date, ``Dipublikasikan pada``, left out)."""
    text = _GLUED_YEAR.sub(r"\1 ", text)
    found = dates.read_date_line(text)  # no reference time: see dates
    return found if found is not None else _labelled_date(text)


def _labelled_date(text: str) -> dt.date | None:
    """The date of a short line that is a label and a date (``Dipublikasikan pada 3 Oktober 2016``,
    ``Berita Daerah - Senin, 3 Oktober 2016``): such a line is a date line, never a headline."""
    if len(text) >= 80:
        return None
    label = _chrome()["date_label"].match(text) or _POSTER_COMMA.match(text)
    if label is None or not 6 <= len(text) - label.end() <= 45:
        return None
    if label.re is _POSTER_COMMA and not _names_a_poster(label.group(1)):
        return None  # "Humas Siak, 3 Oktober 2016": the poster and a comma (not "Peringatan Hari Santri, 22 ...")
    return dates.read_date_line(text[label.end():])


_POSTER_COMMA = re.compile(r"([A-Za-z][\w.]*(?: [\w.]+){0,2}),\s+(?=\d)")


def _dated_label_line(text: str) -> bool:
    """A header line that opens with a date label and its date, whatever follows glued to it
    (``Published On: 6th November, 2025Categories: Berita Kota Semarang1.6 min readViews: 601``):
    a date line, never a headline."""
    label = _chrome()["date_label"].match(text)
    return label is not None and text[label.end():label.end() + 1].isdigit() \
        and _date_of_line(text[label.end():label.end() + 45]) is not None


def _find_title(header: list[_Block]) -> str | None:
    """Stored text: the headline-like line nearest the lead that is written like a headline
    (three words or more, at least half of them capitalised: menu items are shorter, photo
    captions are in sentence case); else the first headline-like line."""
    crumbed = _crumbed_title(header)
    if crumbed is not None:
        return crumbed
    at = _title_at(header)
    return header[at].text if at >= 0 else None


def _crumbed_title(header: list[_Block]) -> str | None:
    """The header line that a breadcrumb trail ends with (``Beranda > Berita > Asa Mekarsari Menjaga
    Tradisi Juara`` above ``ASA MEKARSARI MENJAGA TRADISI JUARA``): the headline, whatever lines
    (a pantun, a caption) stand between it and the lead."""
    for i, b in enumerate(header):
        if not b.is_chrome():
            continue
        crumbs = [c for c in _CRUMB_SEPARATORS.split(b.text) if c]
        if len(crumbs) < 2 or len(crumbs[-1].split()) < 3:
            continue
        last = crumbs[-1].casefold()
        found = next((h.text for h in header[i + 1:] if h.text.casefold() == last and _is_headline(h.text)), None)
        if found is not None:
            return found
    return None


def _title_at(header: list[_Block], emphasis: bool = False) -> int:
    """``_find_title``'s line, as an index into ``header`` (-1: none). With ``emphasis`` (HTML with
    no h1 and no metadata) only a line set as a headline (a ``judul``/``title`` class, bold, a
    large font) that is no link and not in the site's banner."""
    lines = [i for i, b in enumerate(header) if not b.is_chrome() and _is_headline(b.text)
             and "|" not in b.text and not b.text.lower().endswith(("view", "views"))
             and not _is_meta_line(b.text) and not _CREDIT_END.search(b.text) and not _labelled_date(b.text)
             and not _dated_label_line(b.text) and not _chrome()["category_label"].match(b.text)
             and not _chrome()["byline"].match(b.text) and any(len(w) > 2 for w in b.text.split())
             and not _writer_line(b.text)
             and not (i + 1 < len(header) and _chrome()["role_line"].match(header[i + 1].text))  # a writer
             and not b.text.startswith(_BULLETS)]  # "• Prov Jateng", "• PPID UTAMA": a meta list's items
    written = [i for i in reversed(lines) if len(header[i].text.split()) >= 3 and _half_capitalised(header[i].text)]
    uncaptioned = [i for i in written if not _chrome()["caption"].match(header[i].text)]
    written = uncaptioned or written  # "Gubernur Jambi saat membuka Rakor ...": a caption, when a headline is there
    if emphasis:  # HTML: only a line set as a headline (it may end with a period), and not a link
        written = [i for i in reversed(range(len(header))) if header[i].owner is not None
                   and (i in lines or (header[i].text.endswith(".") and _is_headline(header[i].text[:-1])))
                   and len(header[i].text.split()) >= 3 and _half_capitalised(header[i].text)]
        shown = [i for i in written if header[i].owner is not None and _emphasised(header[i])
                 and not _is_link(header[i]) and not _in_site_header(header[i].owner)]
        return shown[0] if shown else -1
    if written or lines:
        return written[0] if written else lines[0]
    # none: a headline the site closes with a period ("... Kegiatan yang menyentuh Rakyat.")
    closed = [i for i in reversed(range(len(header))) if header[i].text.endswith(".")
              and len(header[i].text) < 160 and not header[i].is_chrome()
              and not _SENTENCE_END.search(header[i].text) and _is_headline(header[i].text[:-1])
              and len(header[i].text.split()) >= 3 and _half_capitalised(header[i].text)]
    return closed[0] if closed else -1


def _writer_line(text: str) -> bool:
    """A short header line that names the writing office (``Humas Pemkab Siak``, ``Bagian Prokopim Setda
    Bengkalis``): four words or fewer, the first an agency's (``lead_agencies.tsv``), each an agency's or a
    region's name. Never a headline (``Diskominfo Gelar Bimtek Jurnalistik`` is one)."""
    words = text.split()
    return len(words) <= 4 and _is_agency(words[0]) and all(_is_agency(w) or _is_region_name(w) for w in words)


# a photo caption that ends with its credit: "Walikota Pekanbaru DR. H. Firdaus - Pekanbaru.go.id"
_CREDIT_END = re.compile(r"\s[-–|]\s[\w-]+(?:\.[\w-]+)*" + _SITE_END + "$", re.I)


_BULLETS = ("•", "·", "▪", "◦")


def _half_capitalised(text: str) -> bool:
    """Are at least half the words capitalised (or numbers), as in a headline?"""
    words = text.split()
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) * 2 >= len(words)




def _is_link(block: _Block) -> bool:
    """Is the block's text (mostly) the text of links: a teaser list, a menu?"""
    linked = sum(len(_text_of(a)) for a in block.owner.iter("a"))
    return linked * 2 > len(block.text)


def _emphasised(block: _Block) -> bool:
    """Is an HTML block set as a headline: its element (or parent) classed ``judul``/``title``, or
    its whole text inside a ``<b>``, ``<strong>``, ``<font>`` or heading?"""
    for node, tag in _ancestors(block.owner, 2):
        if tag in _chrome()["emphasis_tag"] or _chrome()["headline_class"].search(
                (node.get("class") or "") + " " + (node.get("id") or "")):
            return True
    for child in block.owner.iter():
        if child is not block.owner and isinstance(child.tag, str) and (
                child.tag.lower() in _chrome()["emphasis_tag"]
                or _chrome()["headline_class"].search(child.get("class") or "")) \
                and _norm_space(_text_of(child)) == block.text:
            return True
    return False


def _is_meta_line(text: str) -> bool:
    """A short line with a date and its furniture (author, time, views): a date line, not a headline."""
    return len(text) < 160 and _chrome()["meta"].match(text) is not None and _date_of_line(text) is not None


_TITLE_SEPARATORS = re.compile(r" [|\-–—»:]{1,2} ")  # white space is already folded


def _title_wanted(meta: metadata.Metadata) -> tuple[set[str], set[str]]:
    """The headlines the metadata names (folded), and the site's names, which are no headline."""
    site_names = {_norm_space(x).casefold() for x in meta.site_names}
    wanted = {_norm_space(v).casefold() for v, _rule in meta.titles}
    for value in meta.page_titles:  # "Headline | Site": the longest part
        parts = _TITLE_SEPARATORS.split(_norm_space(value))
        if len(parts) > 1:
            wanted.add(max(parts, key=len).casefold())
    return wanted - site_names, site_names


def _headline_index(blocks: list[_Block], meta: metadata.Metadata) -> tuple[int, str]:
    """HTML: the block holding the headline and its rule: the block the metadata names
    (og:title, JSON-LD headline, <title>), else the first h1 (else h2)."""
    wanted, site_names = _title_wanted(meta)

    def ok(b: _Block) -> bool:
        key = b.text.casefold()
        return (key not in site_names and _is_headline(b.text) and not b.is_chrome()
                and not _in_site_header(b.owner))

    first = {"h1": -1, "h2": -1}  # else the first h1 (else h2) like a headline, of four words or more
    for i, b in enumerate(blocks):
        if wanted and b.text.casefold() in wanted and ok(b):
            return i, "page.headline"
        if first.get(b.tag, 0) < 0 and len(b.text.split()) >= 4 and ok(b):
            first[b.tag] = i
    if first["h1"] >= 0:
        return first["h1"], "page.h1"
    return first["h2"], "page.h2"


def _title_from_metadata(meta: metadata.Metadata) -> tuple[str | None, str]:
    """A page with no headline shown: the metadata's headline (not the site's name)."""
    wanted, site_names = _title_wanted(meta)
    for value, rule in meta.titles:
        text = _norm_space(value)
        if text.casefold() not in site_names and _is_headline(text) and len(text.split()) >= 3:
            return text, rule
    for value in meta.page_titles:  # "Headline | Site" (a <title> of one part is the site's name)
        parts = _TITLE_SEPARATORS.split(_norm_space(value))
        best = max(parts, key=len)
        if len(parts) > 1 and best.casefold() not in site_names and _is_headline(best) \
                and len(best.split()) >= 3:
            return best, "meta.title"
    return None, ""


def _published_from_metadata(meta: metadata.Metadata,
                             inside: set[Any] | None) -> tuple[dt.date, str] | None:
    """The publication date the metadata gives: JSON-LD and <meta> first, then a <time> element
    of the article (or the page's only date in <time>)."""
    if meta.published:
        return meta.published[0]
    times = [d for d, el in meta.times if inside is not None and el in inside]
    if times:
        return times[0], "page.time"
    if len({d for d, _el in meta.times}) == 1:
        return meta.times[0][0], "page.time"
    return None  # (a date in the URL's path is not the publication date: see the metadata module)


def _short_url_of_tree(root: Any, skipped: list[Any], blocks: list[_Block],
                       meta: metadata.Metadata | None, url: str | None) -> tuple[str | None, str]:
    """A short url shown as a form field's value or a link (``<input value=URL>`` or
    ``<a href=URL>Short url</a>`` next to its label), else ``<link rel=shortlink>``."""
    fields = [x for el in skipped if isinstance(el.tag, str) for x in el.iter("input")]
    labels = metadata.short_labels()  # the tree's links are searched only when the text shows a label
    short_lines = "\n".join([b.text for b in blocks[:400] if len(b.text) < 120]).lower()
    shown = any(label in short_lines for label in labels)
    if fields or shown:
        for el in fields + (_short_url_links()(root) if shown else []):
            value = ((el.get("value") if el.tag == "input" else el.get("href")) or "").strip()
            if not value.startswith(("http://", "https://")):
                continue
            label = " ".join(filter(None, (el.get("id"), el.get("name"), el.get("class"), el.get("title"),
                                           el.get("aria-label"), _text_of(el) if el.tag == "a" else "",
                                           _label_before(el))))
            if metadata.is_short_label(label):
                return value, "page.short_url_field" if el.tag == "input" else "page.short_url_link"
    if meta is not None:  # (a "shortlink" that is the page's own URL is no short url)
        return next(((u, rule) for u, rule in meta.short_urls if u != url), (None, ""))
    return None, ""


def _text_of(el: Any) -> str:
    """The text inside an lxml element (lxml.etree has no ``text_content``)."""
    return "".join(el.itertext())


def _label_before(el: Any) -> str:
    """The text just before an element: its previous sibling's text and tail, or its parent's text."""
    prev = el.getprevious()
    if prev is not None:
        return " ".join(filter(None, (_text_of(prev) if isinstance(prev.tag, str) else "", prev.tail)))[-80:]
    parent = el.getparent()
    return (parent.text or "")[-80:] if parent is not None else ""


@functools.cache
def _short_url_links() -> Any:
    from lxml import etree

    return etree.XPath("//a[starts-with(normalize-space(@href), 'http') and string-length(@href) < 80]")


def _in_site_header(el: Any) -> bool:
    """Inside a <header> that is not part of an <article> or <main>: the site's banner."""
    in_header = False
    for _el, tag in _ancestors(el, 60):
        if tag in ("article", "main"):
            return False
        in_header = in_header or tag == "header"
    return in_header


def _category(blocks: list[_Block], at: int, offset: int, headline: int) -> tuple[str | None, str]:
    """The section label: before ``Short url:`` on its line, or a short label next to the headline."""
    before = _norm_space(blocks[at].text[:offset])
    if before:
        return before, "page.short_url_line"
    for j in (at - 1, headline - 1, headline + 1):
        if 0 <= j < len(blocks) and j not in (headline, at):
            text = blocks[j].text
            if 1 <= len(text.split()) <= 5 and not re.search(r"\d", text) and not blocks[j].is_chrome() \
                    and (blocks[j].owner is None or not _in_site_header(blocks[j].owner)):
                return text, "page.label"
    return None, ""


_PART_SEPARATORS = re.compile(r"\s[|•·/]\s|\s[-–—]\s|^[|•·]\s|\s[|•·]$")


def _category_fallback(skipped: list[Any], meta: metadata.Metadata | None, title: str | None,
                       date_line: str | None, blocks: list[_Block],
                       profile: dict[str, Any]) -> tuple[str | None, str]:
    """A page with no ``Category Short url:`` line: its category from what the page shows
    (a breadcrumb trail, a part of the date line, a label just above the headline), else from the
    metadata (JSON-LD breadcrumbs, ``articleSection``, ``article:section``). A WordPress
    ``rel=category`` footer link is not read: it lists every category a post is filed under."""
    if skipped:
        for trail in _breadcrumbs(skipped):
            found = metadata.category_of_crumbs(trail, title)
            if found:
                return found, "page.breadcrumb"
    trail = _trail_line(blocks, title)  # stored text: "Home / Bagian Hukum / <the headline>"
    if trail:
        found = metadata.category_of_crumbs(trail, title)
        if found:
            return found, "page.breadcrumb_line"
    labelled = _labelled_category(blocks, title)  # "Kategori | Pemerintahan" among the header lines
    if labelled is not None:
        return labelled, "page.category_label"
    labelled = _category_in_date_line(date_line) if date_line is not None else None
    if labelled is not None:  # "Published On: 6th November, 2025Categories: Berita Kota Semarang1.6 min read"
        return labelled, "page.date_line_label"
    if date_line is not None:  # "Selasa, 25 September 2018 | 10:12 WIB | Politik | Dibaca 812 kali"
        parts = [p.strip(" |•·-–—") for p in _PART_SEPARATORS.split(date_line)]
        furniture = len(parts) >= 2 and len(date_line) < 120 or len(parts) >= 3 and max(map(len, parts)) < 80
        for part in parts if furniture else ():  # a long line of short parts ("Post by ... | Posted on ...")
            if _is_label(part) and _title_cased(part) and not _unit_of_region(part) \
                    and (not profile["lines"].matches(part) or metadata.is_rubric(part)) \
                    and dates.parse_date(part) is None and not _is_meta_word(part) \
                    and not _chrome()["field_label"].match(part) \
                    and not _names_a_poster(part) and not _chrome()["site_owner"].match(part):  # "Tanggal | 03 Dec 2021"
                return part, "page.date_line"
    if title is not None:  # stored text: the line above the headline; HTML: a labelled element
        at = next((i for i, b in enumerate(blocks) if b.text == title), -1)  # just above it, or two up
        for label in blocks[max(0, at - 2):at][::-1] if at > 0 else ():
            if label.owner is None and label is not blocks[at - 1]:
                break
            if _is_label(label.text) and _title_cased(label.text) \
                    and (not label.is_chrome() or metadata.is_rubric(label.text)) \
                    and not _names_a_poster(label.text) \
                    and not (label.owner is None and _chrome()["site_owner"].match(label.text)) \
                    and (label.owner is None or _is_category_element(label.owner, label.text)) \
                    and not _is_region_name(label.text):  # a site's name ("Kuantan Singingi")
                return label.text, "page.label"
    if meta is not None:
        for trail in meta.crumbs:
            found = metadata.category_of_crumbs(trail, title)
            if found:
                return found, "jsonld.breadcrumb"
        for value, rule in meta.sections:
            text = _norm_space(value)
            if 1 <= len(text.split()) <= 6:
                return text, rule
    return None, ""


_TRAIL_END = re.compile(r"\s*[›>»/|]\s*$")
_ARROW_TRAIL = re.compile(r"\s*[›>»/]\s*")  # a trail's separators (a bar separates a menu's items too)


def _trail_line(blocks: list[_Block], title: str | None) -> list[str] | None:
    """The items of a header line that is a breadcrumb trail ending with the headline, from its home
    item on (``Home / Bagian Hukum / Penerimaan Penghargaan ... Kab/Kota``): split before the
    headline only, so a slash inside the headline splits nothing. A trail without the headline one or
    two lines above it (``Home » Berita » Pemerintahan``): its items and the headline."""
    if not title:
        return None
    folded = title.casefold()
    at = next((i for i, b in enumerate(blocks[:13]) if b.text == title), -1)
    for i, b in enumerate(blocks[:12]):
        if 0 <= at - i <= 2 and _ARROW_TRAIL.search(b.text) and len(b.text) < 100:
            # "Home » Berita » Pemerintahan" just above the headline: a trail without it
            crumbs = [c for c in _ARROW_TRAIL.split(b.text) if c.strip()]
            if 2 <= len(crumbs) <= 5 and metadata.is_generic_label(crumbs[0]):
                return crumbs + [title]
        if len(b.text) <= len(title) or not b.text.casefold().endswith(folded):
            continue
        head = b.text[:-len(title)]
        end = _TRAIL_END.search(head)
        crumbs = [c for c in _CRUMB_SEPARATORS.split(head[:end.start()]) if c] if end else []
        if crumbs and metadata.is_generic_label(crumbs[0]):
            return crumbs + [title]
    return None


def _unit_of_region(text: str) -> bool:
    """``Disdikbud Kab. Siak``, ``Humas Kota Pekanbaru``: an office of a region (the date line's
    poster), words before a region's name written with its kind; never a section label (``Berita
    Pekanbaru``, a region's bare name, may be one)."""
    words = text.split()
    return any(regions.resolve(" ".join(words[-n:])) is not None
               and regions.resolve(" ".join(words[1 - n:])) is not None for n in (2, 3) if n < len(words))


def _labelled_category(blocks: list[_Block], title: str | None) -> str | None:
    """The value of a header line that labels the category (``Kategori | Pemerintahan``), within
    three lines before and six after the headline (or among the first ten lines without one)."""
    at = next((i for i, b in enumerate(blocks) if b.text == title), -1) if title is not None else -1
    label = _chrome()["category_label"]
    for b in blocks[max(0, at - 3):at + 7] if at >= 0 else blocks[:10]:
        m = label.match(b.text) if len(b.text) < 80 else None
        if m is not None:  # up to the next field: "Posted in Berita | 3 Oktober 2016"
            value = _FIELD_END.split(b.text[m.end():], 1)[0].strip(" |:,")
            if _is_label(value) and _title_cased(value):
                return value
    return None


def _category_in_date_line(date_line: str) -> str | None:
    """The value a category label gives inside the date line, up to the next field (a digit, a
    separator): ``Published On: 6th November, 2025Categories: Berita Kota Semarang1.6 min readViews:
    601`` gives ``Berita Kota Semarang``."""
    text = _GLUED_YEAR.sub(r"\1 ", date_line)
    m = _chrome()["inner_category_label"].search(text)
    if m is None or m.start() == 0:  # a label that opens the line: _labelled_category's
        return None
    value = _FIELD_END.split(text[m.end():], 1)[0].strip(" |:,")
    return value if _is_label(value) and _title_cased(value) else None


_FIELD_END = re.compile(r"\d|\s[|•·]|\s[-–—]\s|\s{2}")


def _is_label(text: str) -> bool:
    """Could ``text`` be a section label? One to six words (as a breadcrumb's item may be), no digit,
    not a menu's home item."""
    return (1 <= len(text.split()) <= 6 and not any(c.isdigit() for c in text)
            and not text.endswith((".", ":", ",")) and not metadata.is_generic_label(text))




def _is_category_element(el: Any, text: str) -> bool:
    """Is the block's element, its parent, or an inline child of it holding just ``text``, classed as
    a category label (``class="kategori"``)?"""
    def classed(node: Any) -> bool:
        return _chrome()["category_class"].search((node.get("class") or "") + " " + (node.get("id") or "")) is not None

    if any(classed(node) for node, _tag in _ancestors(el, 2)):
        return True
    return any(isinstance(child.tag, str) and classed(child) and _norm_space(_text_of(child)) == text
               for child in el.iterchildren())


def _names_a_poster(text: str) -> bool:
    """A label-like header part that names who posted the page, never its section: a byline (``By
    Admin``), a writer's word (``Redaksi``), an agency's tag (``Humas Siak``, ``Diskominfo``) or a
    region's name (the site's: ``Siak``, ``Kabupaten Siak``)."""
    words = text.split()
    return bool(words) and (_chrome()["byline"].match(text) is not None or _is_meta_word(text)
                            or _is_agency(words[0]) or _is_region_name(text))


def _is_meta_word(text: str) -> bool:
    """A date line's furniture rather than its category: ``WIB``, ``Admin``, ``Dibaca``."""
    return _chrome()["meta"].match(text) is not None


_CRUMB_SEPARATORS = re.compile(r"\s*[›>»/|]\s*|\s+[-–]\s+")


def _breadcrumbs(skipped: list[Any]) -> list[list[str]]:
    """The page's breadcrumb trails (chrome the walk skipped), each the names of its items in order."""
    trails = []
    for el in skipped:
        if not isinstance(el.tag, str) or "readcrumb" not in " ".join(
                (el.get("class") or "", el.get("id") or "", el.get("aria-label") or "",
                 el.get("itemtype") or "")):
            continue
        items = [x for x in el.iter("li") if len(x) == 0 or x.find("li") is None] or list(el.iter("a"))
        names = [_norm_space(_text_of(x)) for x in items] if items else []
        if not names or len(names) == 1:
            names = [_norm_space(x) for x in _CRUMB_SEPARATORS.split(_text_of(el))]
        trails.append([n.strip(" ›>»/|") for n in names if n.strip(" ›>»/|")])
        break  # the first trail
    return trails


