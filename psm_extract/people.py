"""link people across an archive: one person under every spelling, who held which office when

    psm-extract people records.jsonl                       # one JSON line per person
    psm-extract people records.jsonl --by office           # one line per office: its holders
    psm-extract people a.jsonl b.jsonl --format csv --out people.csv

From Python::

    persons = psm_extract.people.people(["records.jsonl"])   # or Article objects, or dicts
    for office in psm_extract.people.offices(persons): ...

The officials of many ``Article`` records (or their JSON Lines, as ``psm-extract --format jsonl``
and ``psm-extract batch`` write them) become persons:

1. each official of each record is a mention: its name folded to a key (honorifics and degrees
   off, case, accents and apostrophes off, doubled letters once, the spellings of
   ``data/people_spellings.tsv``, initials kept as initials), its office normalised
   (``Kadis Sosial Riau`` -> ``Kepala Dinas Sosial Provinsi Riau``: the abbreviations of
   ``data/abbreviations.tsv`` expanded, the region named in full) and the date of the article (its
   main event's date, else its publication date);
2. name words of 7+ letters that differ by one left-out letter are one word
   (``Arsyadjuliandi`` / ``Arsyajuliandi``);
3. mentions with the same key join, in date order, the first person whose offices they fit: in
   another office only when the name tells a person (two words or more, or a one-word name that
   few other names contain: ``Syamsuar``, not ``Ahmad``), else in the same office;
4. a shorter name (``Job Kurniawan``, ``M. Job Kurniawan``, ``Catur``) joins a fuller one found
   by blocking on its rarest word (no all-pairs comparison) when exactly one such person held
   the same office (written more or less fully: ``Gubernur`` ~ ``Gubernur Riau``; one with one
   holder at a time, not ``Anggota DPRD``) and fits.

Two mentions never join when they come from one record (the extractor already merged what one
article says of one person), or when they hold two different *exclusive* offices
(``data/people_offices.tsv``: Bupati, Kepala Dinas, Camat ...) within ``window_days`` of each
other: two people who share a common name stay apart.
"""
from __future__ import annotations

import argparse
import bisect
import dataclasses
import datetime as dt
import functools
import gc
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from . import resources
from .errors import PsmExtractError
from .records import Article, Span

__all__ = ["Appearance", "Holder", "Office", "OfficeTerm", "Person", "add_arguments", "command",
           "name_key", "normalise_office", "office_rows", "offices", "people", "people_dask",
           "person_rows"]

WINDOW_DAYS = 30  # two offices seen this close in time are held "at the same time"
_RARE = 3  # a one-word name in at most this many names tells a person (Syamsuar), not a common name
_MAX_SCAN = 64  # a name with more persons than this joins a mention to a person of its office only
_MAX_BLOCK = 200  # a shorter name whose rarest word is in more names than this is left alone
_WORDS = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "’'`‘")
_DOUBLE = re.compile(r"(.)\1+")
_PARENS = re.compile(r"\s*\([^)]*\)")
_BLANKS = re.compile(r"\s+")


# -- records ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Appearance:
    """One article that names the person in an office: where, when, as written, with evidence."""

    input: str | None
    url: str | None
    article_id: str | None
    date: dt.date | None
    name: str
    position: str | None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """One office of a person: ``Kepala Dinas Sosial Provinsi Riau`` from 2018-09-12 to 2018-12-06."""

    office: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    articles: tuple[Appearance, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """A person across articles: ``Syamsuar``, seen as Bupati Siak and as Gubernur Riau."""

    id: str
    name: str
    variants: tuple[str, ...]
    honorifics: tuple[str, ...]
    offices: tuple[OfficeTerm, ...]

    @property
    def first_seen(self) -> dt.date | None:
        return min((t.first_seen for t in self.offices if t.first_seen), default=None)

    @property
    def last_seen(self) -> dt.date | None:
        return max((t.last_seen for t in self.offices if t.last_seen), default=None)


@dataclass(frozen=True, slots=True)
class Holder:
    """A person in an office: first and last date seen there, in how many articles."""

    person_id: str
    name: str
    first_seen: dt.date | None
    last_seen: dt.date | None
    n_articles: int
    overlaps: tuple[str, ...] = ()  # ids of the other holders seen in it at overlapping dates


@dataclass(frozen=True, slots=True)
class Office:
    """An office and who held it when (``flagged``: two holders at overlapping dates)."""

    office: str
    holders: tuple[Holder, ...]
    single: bool
    flagged: bool


# -- vocabularies ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Vocab:
    prefixes: frozenset[str]  # folded honorific prefixes and ranks (h, hj, drs, brigjen tni)
    suffixes: frozenset[str]  # folded degrees (msi, ssos, sh)
    words: dict[str, str]  # name word -> its usual form
    old: tuple[tuple[str, str], ...]
    abbr: dict[str, str]  # Kadis -> Kepala Dinas (case-sensitive, as in the extractor)
    heads: tuple[tuple[tuple[str, ...], bool, bool, str], ...]  # (lower words, exclusive, single, region form)
    acting: frozenset[tuple[str, ...]]  # acting prefixes: pelaksana tugas, penjabat ...


def _squash(text: str) -> str:
    return "".join(_WORDS.findall(_fold(text)))


@functools.cache
def _vocab() -> _Vocab:
    prefixes, suffixes = set(), set()
    for row in resources.tsv("honorifics.tsv"):
        form = _squash(row["form"])
        if form and row["kind"] in ("prefix", "rank", "retired"):
            prefixes.add(form)
        elif form and row["kind"] == "suffix":
            suffixes.add(form)
    words, old = {}, []
    for row in resources.tsv("people_spellings.tsv"):
        if row["kind"] == "word":
            words[row["from"]] = row["to"]
            words[_DOUBLE.sub(r"\1", row["from"])] = row["to"]
        elif row["kind"] == "old":
            old.append((row["from"], row["to"]))
    abbr = {row["abbr"]: row["expansion"] for row in resources.tsv("abbreviations.tsv")}
    heads, acting = [], set()
    for row in resources.tsv("people_offices.tsv"):
        words_ = tuple(row["head"].lower().split())
        heads.append((words_, row["exclusive"] == "yes", row["single"] == "yes", row["region"]))
        if row["head"] in ("Pelaksana Tugas", "Pelaksana Harian", "Penjabat"):
            acting.add(words_)
    heads.sort(key=lambda h: -len(h[0]))
    return _Vocab(frozenset(prefixes), frozenset(suffixes), words, tuple(old), abbr, tuple(heads),
                  frozenset(acting))


def _fold(text: str) -> str:
    """Lower case, accents and apostrophes off: ``Safa’at`` -> ``safaat``."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# -- names -----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=200_000)
def _word(word: str) -> str:
    """A name word in its compared form: ``Mohammad`` -> ``muhamad``, ``Soeharto`` -> ``suharto``."""
    v = _vocab()
    w = v.words.get(word) or v.words.get(_DOUBLE.sub(r"\1", word)) or word
    for a, b in v.old:
        if a in w:
            w = w.replace(a, b)
    w = v.words.get(w, w)
    return _DOUBLE.sub(r"\1", w)


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> tuple[str, ...]:
    """The compared form of a name: its words, initials as ``#`` + letters.

    ``H. Syamsuar, M.Si`` -> ``('syamsuar',)``; ``M. Job Kurniawan`` -> ``('#m', 'job', 'kurniawan')``;
    ``Umar HM`` -> ``('umar', '#hm')``.
    """
    v = _vocab()
    parts = name.split(",")
    head = parts[0]
    # a part after a comma that is only degrees ("Syamsuar, M.Si") is no part of the name
    keep = [p for p in parts[1:] if _squash(p) and not _all_honorifics(p, v.suffixes | v.prefixes)]
    raw = " ".join([head, *keep]).replace(".", ". ")
    tokens: list[tuple[str, bool]] = []  # (folded word, written as an initial or in capitals)
    for w in raw.split():
        letters = "".join(_WORDS.findall(_fold(w)))
        if not letters:
            continue
        bare = w.strip(".,;:()")
        initial = len(letters) == 1 or (bare.isupper() and 2 <= len(bare) <= 3 and bare.isalpha())
        tokens.append((letters, initial))
    while len(tokens) > 1 and tokens[0][0] in v.prefixes:
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1][0] in v.suffixes):
        tokens.pop()
    out: list[str] = []
    for letters, initial in tokens:
        if initial:
            if out and out[-1].startswith("#"):
                out[-1] += letters  # H. M. -> #hm
            else:
                out.append("#" + letters)
        else:
            out.append(_word(letters))
    return tuple(out)


def _all_honorifics(part: str, forms: frozenset[str]) -> bool:
    words = [w for w in part.replace(".", ". ").split() if _squash(w)]
    if _squash(part) in forms:
        return True
    i = 0
    while i < len(words):  # "M. Si" is two words of one degree
        for j in range(len(words), i, -1):
            if _squash(" ".join(words[i:j])) in forms:
                i = j
                break
        else:
            return False
    return True


def _full(key: tuple[str, ...]) -> list[str]:
    return [w for w in key if not w.startswith("#")]


def _covers(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Is ``short`` a less specific writing of ``long_``? Its words in order in ``long_``, an
    initial for a word that starts with it, a word for two written as one (``Ahmadsyah``)."""
    if short == long_:
        return False
    i = 0
    for w in short:
        while i < len(long_):
            if w.startswith("#"):
                letters = w[1:]
                if long_[i] == w:
                    i += 1
                    break
                # an initial group stands for as many words (or initials) starting with its letters
                run = long_[i:i + len(letters)]
                if len(run) == len(letters) and all(
                        (r[1:] if r.startswith("#") else r)[:1] == c for r, c in zip(run, letters)):
                    i += len(letters)
                    break
                i += 1
                continue
            if long_[i] == w:
                i += 1
                break
            joined, k = "", i
            while k < len(long_) and len(joined) < len(w) and not long_[k].startswith("#"):
                joined += long_[k]
                k += 1
            if joined == w and k - i >= 2:
                i = k
                break
            i += 1
        else:
            return False
    return True


def _one_letter_out(a: str, b: str) -> bool:
    """``arsyajuliandi`` is ``arsyadjuliandi`` with one letter left out."""
    if len(a) + 1 != len(b):
        return False
    for i in range(len(a)):
        if a[i] != b[i]:
            return a[i:] == b[i + 1:]
    return True


def _variant_map(counts: dict[str, int]) -> dict[str, str]:
    """Words of 7+ letters that differ by one left-out letter -> the more frequent of them."""
    by_deletion: dict[str, list[str]] = defaultdict(list)
    long_words = [w for w in counts if len(w) >= 7]
    for w in long_words:
        by_deletion[w].append(w)
    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    for w in long_words:
        for i in range(len(w)):
            shorter = w[:i] + w[i + 1:]
            if shorter in counts and len(shorter) >= 7 and shorter != w:
                a, b = root(w), root(shorter)
                if a != b:
                    keep, drop = sorted((a, b), key=lambda x: (-counts[x], x))
                    parent[drop] = keep
    return {w: root(w) for w in parent}


# -- offices ---------------------------------------------------------------------------------

@functools.lru_cache(maxsize=100_000)
def normalise_office(position: str | None) -> str | None:
    """``Kadis Sosial Riau`` -> ``Kepala Dinas Sosial Provinsi Riau``; ``Bupati Kab. Siak`` ->
    ``Bupati Siak``: abbreviations expanded, ``(acronyms)`` dropped, the region named as the
    post is written (``data/people_offices.tsv``)."""
    if not position or not position.strip():
        return None
    v = _vocab()
    text = _PARENS.sub("", position)
    words = []
    for w in text.split():
        bare = w.rstrip(".")
        words.append(v.abbr.get(bare, v.abbr.get(w, w)))
    text = _BLANKS.sub(" ", " ".join(words)).strip(" ,")
    text = text.replace("Walikota", "Wali Kota").replace("walikota", "Wali Kota")
    if text[:1].islower():
        text = text[:1].upper() + text[1:]
    head = _head(text)
    form = head[3]
    from .regions import find_regions

    # regions after the head only: the "Kota" of "Wali Kota Pekanbaru" is the post's
    skip = len(" ".join(text.split()[:head[4]]))
    found = [m for m in find_regions(text) if m.start >= skip]
    if found:
        m = found[-1]
        r = m.region
        if r.kind == "provinsi":
            written = r.name if form == "bare" else f"Provinsi {r.name}"
        else:
            bare_name = r.name.split(" ", 1)[1] if r.name.startswith(("Kabupaten ", "Kota ")) else r.name
            written = bare_name if form == "bare" else r.name
        text = text[:m.start] + written + text[m.end:]
    return _BLANKS.sub(" ", text).strip(" ,")


@functools.lru_cache(maxsize=100_000)
def _head(office: str) -> tuple[tuple[str, ...], bool, bool, str, int]:
    """The head row of an office (after any acting prefix): (words, exclusive, single, region form,
    number of words of the prefix and head)."""
    v = _vocab()
    words = tuple(office.lower().split())
    concurrent, acting = False, 0
    for act in v.acting:
        if words[:len(act)] == act:
            concurrent, acting = act != ("penjabat",), len(act)
            words = words[acting:]
            break
    for head in v.heads:
        if tuple(w.strip(",") for w in words[:len(head[0])]) == head[0]:
            return (head[0], head[1] and not concurrent, head[2], head[3], acting + len(head[0]))
    return ((), False, True, "full", acting)


@functools.lru_cache(maxsize=100_000)
def _office_words(office: str) -> frozenset[str]:
    return frozenset(w for w in _WORDS.findall(_fold(office)) if w not in ("dan", "provinsi", "kabupaten", "kota"))


def _same_office(a: str, b: str) -> bool:
    """One office written more or less fully: ``Gubernur`` ~ ``Gubernur Riau``."""
    if a == b:
        return True
    wa, wb = _office_words(a), _office_words(b)
    return wa <= wb or wb <= wa


# -- mentions --------------------------------------------------------------------------------

class _Mention:
    __slots__ = ("record", "name", "key", "office", "date", "position", "honorifics", "spans")

    def __init__(self, record: int, name: str, key: tuple[str, ...], office: str | None,
                 date: dt.date | None, position: str | None, honorifics: tuple[str, ...],
                 spans: tuple[Span, ...]) -> None:
        self.record, self.name, self.key, self.office, self.date = record, name, key, office, date
        self.position, self.honorifics, self.spans = position, honorifics, spans


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _intern(text: Any) -> Any:
    """One copy of a string that repeats across records (names, positions, rule ids)."""
    return sys.intern(text) if type(text) is str else text


def _list(value: Any) -> list | tuple:
    return value if isinstance(value, (list, tuple)) else ()


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _spans(raw: Any) -> tuple[Span, ...]:
    out = []
    for s in raw or ():
        if isinstance(s, Span):
            out.append(s)
        elif isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int):
            # rule and field repeat in every record: kept once
            out.append(Span(s["start"], s["end"], _str(s.get("text")) or "",
                            _intern(_str(s.get("rule")) or ""), _intern(_str(s.get("field")) or "")))
    return tuple(out)


def _record_mentions(rec: Any, index: int) -> tuple[tuple[Any, ...], list[_Mention]]:
    """(input, url, article_id) of one record and its officials as mentions."""
    if isinstance(rec, Article):
        meta = (rec.input, rec.url, rec.article_id)
        events = [e.date for e in rec.events]
        published = rec.published
        officials = [(o.name, o.honorifics, o.position, o.position_raw, o.spans) for o in rec.officials]
    elif isinstance(rec, dict):
        if rec.get("error") is not None:
            return (rec.get("input"), None, None), []
        meta = tuple(v if isinstance(v, str) else None
                     for v in (rec.get("input"), rec.get("url"), rec.get("article_id")))
        events = [_date(e.get("date")) for e in _list(rec.get("events")) if isinstance(e, dict)]
        published = _date(rec.get("published"))
        officials = [(o.get("name"), tuple(h for h in _list(o.get("honorifics")) if isinstance(h, str)),
                      _str(o.get("position")), _str(o.get("position_raw")), _list(o.get("spans")))
                     for o in _list(rec.get("officials")) if isinstance(o, dict)]
    else:
        raise PsmExtractError(f"people() takes Article records, their dicts or JSON Lines files, "
                              f"not {type(rec).__name__}")
    date = (events[0] if events and events[0] else None) or published or next(
        (d for d in events if d), None)
    found = []
    for name, hons, position, raw, spans in officials:
        if not isinstance(name, str) or not name.strip():
            continue
        key = name_key(name)
        if not _full(key):
            continue
        found.append(_Mention(index, _intern(name.strip()), key, normalise_office(position), date,
                              _intern(raw or position), tuple(map(_intern, hons)), _spans(spans)))
    return meta, found


def _iter_records(records: Any) -> Iterator[Any]:
    if isinstance(records, (Article, dict, str, os.PathLike)):
        records = [records]
    for rec in records:
        if isinstance(rec, (str, os.PathLike)):
            yield from _read_jsonl(Path(rec))
        else:
            yield rec


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.is_file():
        raise PsmExtractError("no such JSON Lines file", input=str(path))
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise PsmExtractError(f"line {n} is not JSON: {exc}", input=str(path)) from None
                if not isinstance(row, dict):
                    raise PsmExtractError(f"line {n} is not a JSON object", input=str(path))
                yield row


def _collect(records: Any) -> tuple[list[tuple[Any, ...]], list[_Mention]]:
    metas, mentions = [], []
    for i, rec in enumerate(_iter_records(records)):
        meta, found = _record_mentions(rec, i)
        metas.append(meta)
        mentions.extend(found)
    return metas, mentions


# -- clustering ------------------------------------------------------------------------------

class _Cluster:
    """A person being built: its mentions, records, and per office the dates seen."""

    __slots__ = ("mentions", "records", "terms")

    def __init__(self) -> None:
        self.mentions: list[_Mention] = []
        self.records: set[int] = set()
        self.terms: dict[str | None, list[dt.date | None]] = {}  # office -> [first, last]

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        self.records.add(m.record)
        term = self.terms.get(m.office)
        if term is None:
            self.terms[m.office] = [m.date, m.date]
        elif m.date is not None:
            term[0] = m.date if term[0] is None or m.date < term[0] else term[0]
            term[1] = m.date if term[1] is None or m.date > term[1] else term[1]

    def absorb(self, other: _Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.records |= other.records
        for office, (first, last) in other.terms.items():
            term = self.terms.get(office)
            if term is None:
                self.terms[office] = [first, last]
            else:
                dates = [d for d in (term[0], term[1], first, last) if d is not None]
                term[0], term[1] = (min(dates), max(dates)) if dates else (None, None)


def _clash(a: dict[str | None, list], b: dict[str | None, list], window: dt.timedelta) -> bool:
    """Two different exclusive offices held at the same time (or at unknown times)?"""
    for oa, (fa, la) in a.items():
        if oa is None or not _head(oa)[1]:
            continue
        for ob, (fb, lb) in b.items():
            if ob is None or not _head(ob)[1] or _same_office(oa, ob):
                continue
            if fa is None or fb is None:
                return True
            if fa - window <= lb and fb - window <= la:
                return True
    return False


def _fits(c: _Cluster, terms: dict[str | None, list], records: set[int], window: dt.timedelta) -> bool:
    return not (c.records & records) and not _clash(c.terms, terms, window)


def _shares_office(a: _Cluster, b: _Cluster) -> bool:
    """Held one office that has one holder at a time (not ``Anggota DPRD``: many hold that)."""
    return any(oa is not None and ob is not None and _same_office(oa, ob) and _head(oa)[2]
               for oa in a.terms for ob in b.terms)


def _cluster(mentions: list[_Mention], window_days: int) -> list[_Cluster]:
    window = dt.timedelta(days=window_days)
    # 2. one word for the spellings of a long word
    counts: dict[str, int] = defaultdict(int)
    for m in mentions:
        for w in m.key:
            if not w.startswith("#"):
                counts[w] += 1
    variants = _variant_map(counts)
    if variants:
        for m in mentions:
            if any(w in variants for w in m.key):
                m.key = tuple(variants.get(w, w) for w in m.key)
    by_key: dict[tuple[str, ...], list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_key[m.key].append(m)
    postings: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # name word -> keys with it
    for key in by_key:
        full = _full(key)
        for w in set(full):
            postings[w].append(key)
        for a, b in zip(key, key[1:]):
            if not a.startswith("#") and not b.startswith("#"):
                postings[a + b].append(key)
    # 3. same key: join the first person that fits, in date order. A career (another office,
    # later) only for a name that tells a person: two words or more, or one rare word
    clusters: dict[tuple[str, ...], list[_Cluster]] = {}
    for key, group in by_key.items():
        full = _full(key)
        career = len(full) == len(key) and (len(full) >= 2 or len(postings[full[0]]) <= _RARE)
        group.sort(key=lambda m: (m.date is None, m.date or dt.date.min, m.record))
        found: list[_Cluster] = []
        holding: dict[str | None, list[_Cluster]] = defaultdict(list)  # office -> its persons
        for m in group:
            one = {m.office: [m.date, m.date]}
            target = next((c for c in holding[m.office]
                           if m.record not in c.records and not _clash(c.terms, one, window)), None)
            if target is None and len(found) <= _MAX_SCAN and (career or m.office is not None):
                # another office: any person for a name that tells one, else the same office
                # written more or less fully (Gubernur ~ Gubernur Riau)
                target = next((c for c in found if m.record not in c.records
                               and not _clash(c.terms, one, window)
                               and (career or any(o is not None and _same_office(m.office, o)
                                                  for o in c.terms))), None)
            if target is None:
                target = _Cluster()
                found.append(target)
            if m.office not in target.terms:
                holding[m.office].append(target)
            target.add(m)
        clusters[key] = found
    # 4. a shorter name joins the one fuller person it fits, found through its rarest word
    root: dict[int, _Cluster] = {}

    def find(c: _Cluster) -> _Cluster:
        while id(c) in root:
            c = root[id(c)]
        return c

    def specificity(key: tuple[str, ...]) -> tuple[int, int, int]:
        full = _full(key)
        return (len(full), len(key), sum(map(len, full)))

    for key in sorted(clusters, key=specificity, reverse=True):
        full = _full(key)
        rare = min(set(full), key=lambda w: (len(postings[w]), w))
        block = postings[rare]
        if len(block) > _MAX_BLOCK:
            continue
        fuller = [k for k in block if k != key and specificity(k) >= specificity(key) and _covers(key, k)]
        if not fuller:
            continue
        for c in clusters[key]:
            if find(c) is not c:
                continue
            fits: dict[int, _Cluster] = {}
            for k in fuller:
                for other in clusters[k]:
                    r = find(other)
                    if r is not c and id(r) not in fits and _fits(r, c.terms, c.records, window):
                        fits[id(r)] = r
            strong = [r for r in fits.values() if _shares_office(r, c)]
            if len(strong) == 1:
                target = strong[0]
            elif not strong and len(fits) == 1 and set(c.terms) == {None}:
                (target,) = fits.values()  # a name with no office at all: the one fuller person
            else:
                continue
            target.absorb(c)
            root[id(c)] = target
    return [c for found in clusters.values() for c in found if id(c) not in root]


# -- persons ---------------------------------------------------------------------------------

def _slug(name: str) -> str:
    return "-".join(_WORDS.findall(_fold(name))) or "person"


def _person_of(c: _Cluster, metas: list[tuple[Any, ...]]) -> tuple[str, Person]:
    names: dict[str, int] = defaultdict(int)
    for m in c.mentions:
        names[m.name] += 1
    best = max(names, key=lambda n: (len(_full(name_key(n))), len(name_key(n)), len(n), names[n], n))
    hons: list[str] = []
    for m in c.mentions:
        for h in m.honorifics:
            if h not in hons:
                hons.append(h)
    by_office: dict[str | None, list[_Mention]] = defaultdict(list)
    for m in c.mentions:
        by_office[m.office].append(m)
    terms = []
    for office, ms in by_office.items():
        ms.sort(key=lambda m: (m.date is None, m.date or dt.date.min, m.record))
        dates = [m.date for m in ms if m.date]
        terms.append(OfficeTerm(office, min(dates, default=None), max(dates, default=None), tuple(
            Appearance(*metas[m.record], m.date, m.name, m.position, m.spans) for m in ms)))
    terms.sort(key=lambda t: (t.first_seen is None, t.first_seen or dt.date.min, t.office or ""))
    person = Person("", best, tuple(sorted(names)), tuple(hons), tuple(terms))
    return _slug(best), person


def people(records: Iterable[Any] | Any, *, window_days: int = WINDOW_DAYS) -> list[Person]:
    """Persons of many records: ``Gubri Syamsuar`` and ``Gubernur Riau H. Syamsuar`` -> one person.

    ``records``: ``Article`` objects, their ``to_dict()`` dicts, paths of JSON Lines files, or a
    mix (error rows are skipped). Persons come sorted by name; ids are name slugs made unique
    (``syamsuar``, ``yusri-2``).
    """
    paused = gc.isenabled()
    gc.disable()  # many small objects that live to the end: the collector's passes only cost
    try:
        metas, mentions = _collect(records)
        return _persons(metas, mentions, window_days)
    finally:
        if paused:
            gc.enable()


def _persons(metas: list[tuple[Any, ...]], mentions: list[_Mention], window_days: int) -> list[Person]:
    built = [_person_of(c, metas) for c in _cluster(mentions, window_days)]
    built.sort(key=lambda sp: (sp[0], sp[1].first_seen or dt.date.max,
                               [str(a.input or a.url or "") for t in sp[1].offices for a in t.articles][:1]))
    seen: dict[str, int] = defaultdict(int)
    out = []
    for slug, person in built:
        seen[slug] += 1
        pid = slug if seen[slug] == 1 else f"{slug}-{seen[slug]}"
        out.append(dataclasses.replace(person, id=pid))
    return out


def offices(persons: Iterable[Any] | Any, *, window_days: int = WINDOW_DAYS) -> list[Office]:
    """Per office, who held it when: ``Gubernur Riau``: Syamsuar 2021-09-21 .. 2023-09-05.

    ``persons``: what ``people`` returned, or records as ``people`` takes them. An office with one
    holder at a time (``data/people_offices.tsv``) is ``flagged`` when two holders were seen in it
    at overlapping dates.
    """
    persons = list(persons) if not isinstance(persons, (Article, dict, str, os.PathLike)) else [persons]
    if not all(isinstance(p, Person) for p in persons):
        persons = people(persons, window_days=window_days)
    held: dict[str, list[Holder]] = defaultdict(list)
    for p in persons:
        for t in p.offices:
            if t.office is not None:
                held[t.office].append(Holder(p.id, p.name, t.first_seen, t.last_seen, len(t.articles)))
    out = []
    for office in sorted(held):
        holders = sorted(held[office], key=lambda h: (h.first_seen is None, h.first_seen or dt.date.min,
                                                      h.person_id))
        single = bool(_head(office)[2])
        if single:
            holders = [dataclasses.replace(h, overlaps=tuple(
                o.person_id for o in holders if o is not h and _overlap(h, o))) for h in holders]
        out.append(Office(office, tuple(holders), single, any(h.overlaps for h in holders)))
    return out


def _overlap(a: Holder, b: Holder) -> bool:
    if None in (a.first_seen, a.last_seen, b.first_seen, b.last_seen):
        return False
    return a.first_seen <= b.last_seen and b.first_seen <= a.last_seen  # type: ignore[operator]


def people_dask(paths: Iterable[str | os.PathLike], *, window_days: int = WINDOW_DAYS,
                blocksize: int | str = "64MiB", scheduler: str | None = None) -> list[Person]:
    """``people`` over JSON Lines files read on a Dask cluster: the same persons.

    The records (large: they hold the article text) are read and cut down to their officials on
    the workers; only the mentions (small) come back, and are linked as ``people`` links them.
    Needs ``pip install 'psm-extract[dask]'``.
    """
    try:
        import dask.bag as db
    except ImportError as exc:
        raise PsmExtractError("people_dask needs dask: pip install 'psm-extract[dask]'") from exc
    paths = [str(p) for p in paths]
    for p in paths:
        if not Path(p).is_file():
            raise PsmExtractError("no such JSON Lines file", input=p)
    bag = db.read_text(paths, blocksize=blocksize, encoding="utf-8")
    parts = bag.map_partitions(_partition_mentions).compute(
        **({"scheduler": scheduler} if scheduler else {}))
    metas: list[tuple[Any, ...]] = []
    mentions: list[_Mention] = []
    for meta, found in parts:  # records numbered in file order, as people() numbers them
        for m in found:
            mentions.append(_Mention(len(metas) + m[0], *m[1:]))
        metas.extend(meta)
    return _persons(metas, mentions, window_days)


def _partition_mentions(lines: Iterable[str]) -> list[tuple[list, list]]:
    metas, found = [], []
    for line in lines:
        if not line.strip():
            continue
        meta, ms = _record_mentions(json.loads(line), len(metas))
        metas.append(meta)
        found.extend((m.record, m.name, m.key, m.office, m.date, m.position, m.honorifics, m.spans)
                     for m in ms)
    return [(metas, found)]


# -- command line ------------------------------------------------------------------------------

def person_rows(persons: Iterable[Person]) -> Iterator[dict[str, Any]]:
    """One flat row per person and office (the ``persons`` table)."""
    for p in persons:
        for t in p.offices:
            yield {"person_id": p.id, "name": p.name, "variants": "; ".join(p.variants),
                   "honorifics": ", ".join(p.honorifics) or None, "position": t.office,
                   "first_seen": t.first_seen, "last_seen": t.last_seen, "n_articles": len(t.articles),
                   "articles": "; ".join(dict.fromkeys(str(a.url or a.input or a.article_id)
                                                       for a in t.articles))}


def office_rows(found: Iterable[Office]) -> Iterator[dict[str, Any]]:
    """One flat row per office and holder (the ``offices`` table)."""
    for o in found:
        for h in o.holders:
            yield {"position": o.office, "person_id": h.person_id, "name": h.name,
                   "first_seen": h.first_seen, "last_seen": h.last_seen, "n_articles": h.n_articles,
                   "overlaps": "; ".join(h.overlaps) or None}


def _json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``psm-extract people``."""
    parser.add_argument("records", nargs="+", metavar="RECORDS.jsonl",
                        help="JSON Lines of records (psm-extract --format jsonl, batch's articles.jsonl)")
    parser.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                        help="jsonl: one nested object per person (default); csv/parquet: flat rows")
    parser.add_argument("--by", choices=("person", "office"), default="person",
                        help="one row per person (default) or per office and holder")
    parser.add_argument("--out", metavar="FILE", help="write here instead of stdout (needed for parquet)")
    parser.add_argument("--window-days", type=int, default=WINDOW_DAYS,
                        help="two offices seen this close are held at the same time (default %(default)s)")


def command(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``psm-extract people``; the exit status."""
    try:
        persons = people(args.records, window_days=args.window_days)
        from .frames import PEOPLE_COLUMNS

        if args.by == "office":
            found: list[Any] = offices(persons)
            rows, columns = office_rows(found), tuple(PEOPLE_COLUMNS["offices"])
        else:
            found, rows, columns = persons, person_rows(persons), tuple(PEOPLE_COLUMNS["persons"])
        if args.format == "parquet":
            if not args.out:
                raise PsmExtractError("--format parquet needs --out FILE")
            _write_parquet(Path(args.out), list(rows), columns)
            return 0
        stream = open(args.out, "w", encoding="utf-8", newline="") if args.out else out
        try:
            if args.format == "jsonl":
                for item in found:
                    stream.write(json.dumps(_json(item), ensure_ascii=False) + "\n")
            else:
                import csv

                writer = csv.DictWriter(stream, list(columns))
                writer.writeheader()
                writer.writerows({k: (v.isoformat() if isinstance(v, dt.date) else v)
                                  for k, v in r.items()} for r in rows)
        finally:
            if args.out:
                stream.close()
    except PsmExtractError as exc:
        print(f"psm-extract people: {exc}", file=sys.stderr)
        return 2
    return 0


def _write_parquet(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise PsmExtractError("the parquet format needs: pip install 'psm-extract[parquet]'") from None
    types = {"first_seen": pa.date32(), "last_seen": pa.date32(), "n_articles": pa.int64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
