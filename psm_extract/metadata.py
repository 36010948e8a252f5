"""The page's metadata, read the way htmldate and trafilatura read it: a cascade of sources.

One pass over an HTML tree's ``meta``, ``link``, ``title``, ``time`` and JSON-LD ``script``
elements gives, for each page field, the values the metadata offers in order of trust, each with
the id of the rule that read it:

- JSON-LD (``NewsArticle``, ``Article``, ``WebPage`` ...: ``headline``, ``datePublished``,
  ``dateModified``, ``articleSection``, ``url``, ``publisher``; ``BreadcrumbList``), ``jsonld.*``;
- OpenGraph, ``article:*``, Twitter and Dublin Core ``<meta>``, microdata ``itemprop``, ``meta.*``;
- ``<link rel=canonical | shortlink>``, ``link.*``; ``<time datetime>`` (``parse`` calls it ``page.time``).

Neither ``dateModified`` (a later edit) nor a date in the URL's path is a publication date: neither is
read (riau.go.id's path date is the upload's: 2574's path says 2017/02/16, its date line 31 Jan 2017).

``parse`` decides between what the page shows and what this module reads: the page wins where
both give a value, metadata fills what the page lacks. The keys live in ``data/metadata_keys.tsv``.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from . import resources
from .wordmatch import fold

__all__ = ["Metadata", "category_of_crumbs", "is_generic_label", "is_rubric", "is_short_label", "iso_date",
           "read_metadata", "short_labels"]

Found = tuple[str, str]  # (value, rule id)


@dataclass(slots=True)
class Metadata:
    """What the page's metadata says, each value with its rule id, most trusted first."""

    titles: list[Found] = field(default_factory=list)
    published: list[tuple[dt.date, str]] = field(default_factory=list)
    sections: list[Found] = field(default_factory=list)
    urls: list[Found] = field(default_factory=list)
    short_urls: list[Found] = field(default_factory=list)
    crumbs: list[list[str]] = field(default_factory=list)  # JSON-LD BreadcrumbList item names
    site_names: list[str] = field(default_factory=list)
    page_titles: list[str] = field(default_factory=list)  # <title>: "Headline | Site"
    times: list[tuple[dt.date, Any]] = field(default_factory=list)  # <time datetime>, with its element


@functools.cache
def _keys() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for row in resources.tsv("metadata_keys.tsv"):
        kinds.setdefault(row["kind"], []).append(row["key"])
    return {k: tuple(v) for k, v in kinds.items()}


@functools.cache
def _key_kinds() -> dict[str, tuple[str, int]]:
    """meta key -> (field kind, rank within the kind)."""
    out: dict[str, tuple[str, int]] = {}
    for kind in ("title", "published", "section", "url"):
        for rank, key in enumerate(_keys()[kind]):
            out.setdefault(key, (kind, rank))
    return out


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\b|T)")


def iso_date(value: str) -> dt.date | None:
    """The date of an ISO-like metadata value (``2018-09-25T10:12:00+07:00``, ``20180925``)."""
    value = value.strip()
    m = _ISO.search(value, 0, 40) or _COMPACT.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_metadata(root: Any) -> Metadata:
    """Read the metadata of an lxml HTML tree in one pass (see the module docstring)."""
    meta = Metadata()
    ranked: dict[str, list[tuple[int, Any, str]]] = {k: [] for k in ("title", "published", "section",
                                                                       "url")}
    key_kinds = _key_kinds()
    jsonld: list[str] = []
    for el in root.iter("meta", "link", "title", "time", "script"):
        tag = el.tag
        if tag == "meta":
            value = el.get("content")
            if not value:
                continue
            for attr in ("property", "name", "itemprop"):
                key = el.get(attr)
                if not key:
                    continue
                key = key.strip().lower()
                if key == "og:site_name":
                    meta.site_names.append(value.strip())
                found = key_kinds.get(key)
                if found:
                    ranked[found[0]].append((found[1], value.strip(), f"meta.{key}"))
                    break
        elif tag == "link":
            href = (el.get("href") or "").strip()
            rels = (el.get("rel") or "").lower().split()
            if not href.startswith(("http://", "https://")):
                continue
            if "canonical" in rels:
                meta.urls.append((href, "link.canonical"))
            if "shortlink" in rels:
                meta.short_urls.append((href, "link.shortlink"))
        elif tag == "title":
            if el.text and el.text.strip():
                meta.page_titles.append(el.text)
        elif tag == "time":
            value = el.get("datetime")
            found_date = iso_date(value) if value else None
            if found_date:
                meta.times.append((found_date, el))
        elif (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
            jsonld.append(el.text)
    for text in jsonld:
        _read_jsonld(text, meta, ranked)
    for values in ranked.values():
        values.sort(key=lambda v: v[0])  # stable: document order within a rank
    meta.titles += [(v, r) for _, v, r in ranked["title"]]
    meta.sections += [(v, r) for _, v, r in ranked["section"]]
    # canonical link, then JSON-LD url, then og:url
    meta.urls = sorted(meta.urls, key=lambda u: u[1] != "link.canonical") + \
        [(v, r) for _, v, r in ranked["url"]]
    for _, value, rule in ranked["published"]:
        found_date = iso_date(value)
        if found_date:
            meta.published.append((found_date, rule))
    return meta


_JSONLD_MAX = 200_000


def _read_jsonld(text: str, meta: Metadata, ranked: dict[str, list[tuple[int, Any, str]]]) -> None:
    """One JSON-LD script: the article's fields go first in their kind (rank -1), before the meta tags."""
    if len(text) > _JSONLD_MAX:
        return
    try:
        data = json.loads(text.strip().rstrip(";"))
    except (ValueError, RecursionError):
        return
    types = _keys()["jsonld_type"]
    for item in _items(data, 0):
        kinds = item.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        kinds = [k.lower() for k in kinds if isinstance(k, str)]
        if "breadcrumblist" in kinds:
            names = [_crumb_name(x) for x in _as_list(item.get("itemListElement"))]
            meta.crumbs.append([n for n in names if n])
            continue
        if not any(k in types for k in kinds):
            continue
        rank = -2 if any(k != "webpage" and k != "itempage" for k in kinds) else -1
        for kind in ("title", "published", "section"):
            for key in _keys()[f"jsonld_{kind}"]:
                value = item.get(key)
                if isinstance(value, list) and value:
                    value = value[0]
                if not isinstance(value, str) or not value.strip():
                    continue
                if key == "name" and kinds == ["webpage"]:
                    continue  # a WebPage's name is often the site's
                ranked[kind].append((rank, value.strip(), f"jsonld.{key}"))
        url = item.get("url") or item.get("mainEntityOfPage")
        if isinstance(url, dict):
            url = url.get("@id") or url.get("url")
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            meta.urls.append((url.strip(), "jsonld.url"))
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.site_names.append(publisher["name"].strip())


def _items(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of a document: top-level lists and ``@graph`` included."""
    if depth > 4:
        return
    if isinstance(data, list):
        for x in data:
            yield from _items(x, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _items(data["@graph"], depth + 1)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _crumb_name(element: Any) -> str | None:
    if not isinstance(element, dict):
        return None
    name = element.get("name")
    if not isinstance(name, str):
        item = element.get("item")
        name = item.get("name") if isinstance(item, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


def category_of_crumbs(names: list[str], title: str | None) -> str | None:
    """The category a breadcrumb trail gives: its last item that is not the page's own title, the
    home item, a long headline-like item, or a generic item (``Berita``) before the last
    (``Beranda > Berita > Berita`` names ``Berita``; ``Beranda > Berita > <headline>`` names none)."""
    keys = _keys()
    wanted = fold(title or "").strip()
    for at in range(len(names) - 1, -1, -1):
        text = " ".join(names[at].split()).strip(" >»›/|")
        folded = fold(text)
        if not folded or folded in keys["crumb_home"] or folded == wanted or len(folded.split()) > 6 \
                or (wanted and len(folded) > 20 and folded in wanted):
            continue
        if folded in keys["crumb_skip"] and not (at == len(names) - 1 and at >= 2):
            continue  # a generic item names the category only as the last of three or more
        return text
    return None


def is_generic_label(text: str) -> bool:
    """Is ``text`` the home item of a menu or trail (``Beranda``, ``Home``)?"""
    return fold(" ".join(text.split())) in _keys()["crumb_home"]


def is_rubric(text: str) -> bool:
    """Is ``text`` a generic rubric (``Berita``, ``Artikel``): a menu item, or the label of a page's section?"""
    return fold(" ".join(text.split())) in _keys()["crumb_skip"]


def short_labels() -> tuple[str, ...]:
    """The words that label a short url (``short url``, ``link pendek``), folded."""
    return _keys()["short_label"]


def is_short_label(text: str) -> bool:
    """Does ``text`` label a short url (``Short url``, ``Link pendek``)?"""
    folded = fold(text)
    return any(label in folded for label in _keys()["short_label"])
