"""Word lists and matchers of the officials extractor, built once from the data files.

Data: ``honorifics.tsv`` (titles, degrees, ranks), ``abbreviations.tsv`` (Kadis -> Kepala Dinas),
``positions.jsonl`` (spaCy Matcher patterns of position heads), ``officials_patterns.jsonl``
(connectives: ``selaku``, ``yaitu``, ``diwakili oleh``, ``Beliau``), ``officials_words.tsv``
(organisation words, stop words), ``officials_places.tsv`` (Riau kecamatan/desa names of 2+ words) and the region tables ``regions.tsv`` / ``region_aliases.tsv``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import resources

if TYPE_CHECKING:  # pragma: no cover
    from spacy.vocab import Vocab

__all__ = ["Abbr", "Lexicon", "Patterns", "lexicon", "matcher"]


@dataclass(frozen=True, slots=True)
class Abbr:
    """One abbreviation: ``Kadis`` -> ``Kepala Dinas`` (kind ``head``, 1 role word)."""

    expansion: str
    kind: str  # head | mod | org
    role: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled word lists."""

    prefix_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    suffix_forms: frozenset[str]
    rank_re: re.Pattern[str]
    retired_re: re.Pattern[str]
    address: frozenset[str]
    abbr: dict[str, Abbr]
    mod_words: frozenset[str]  # lower-case words of acting/deputy prefixes: pelaksana, tugas, wakil ...
    org: frozenset[str]
    org_lower: frozenset[str]
    connector: frozenset[str]
    stop: frozenset[str]
    possessive: frozenset[str]
    origin: frozenset[str]
    plural: frozenset[str]
    count_words: frozenset[str]  # number words before a title: a group ("dua Kepala Desa")
    month: frozenset[str]
    member_role: frozenset[str]
    org_intro: frozenset[str]
    place_head: frozenset[str]
    orghead: frozenset[str]
    place_parts: frozenset[str]  # administrative unit words of an address part (", Kecamatan Tambang, ...")
    region_units: frozenset[str]  # region kind words set aside when two positions are compared
    region_words: dict[str, int]  # first lower-case token of a region name -> longest length in tokens
    region_names: frozenset[tuple[str, ...]]
    place_words: dict[str, int]  # first lower-case token of a kecamatan/desa name -> longest length
    place_names: frozenset[tuple[str, ...]]  # Riau kecamatan/desa names of 2+ words (officials_places.tsv)


def _alternation(forms: list[str], dotted_follow: str, plain_follow: str) -> str:
    """One regex alternative per form, longest first; spaces in a form match any blank run."""
    parts = []
    # longest text first ("S.Sos." before "S. Sos", which also reads "S.Sos"), then a fixed order
    for form in sorted(set(forms), key=lambda f: (-len(f.replace(" ", "")), f)):
        body = r"[ \t]*".join(re.escape(p) for p in form.split(" "))
        follow = dotted_follow if form.endswith((".", ")")) else plain_follow
        parts.append(f"{body}{follow}")
    return "|".join(parts) if parts else r"(?!x)x"


@functools.cache
def lexicon() -> Lexicon:
    """Load every word list once."""
    kinds: dict[str, list[str]] = {}
    for row in resources.tsv("honorifics.tsv"):
        kinds.setdefault(row["kind"], []).append(row["form"])
    # a dotted prefix may be glued to the name ("Dr.H.Bagus"); an undotted one needs a blank
    prefix_re = re.compile(_alternation(kinds.get("prefix", []), r"(?=[ \t]*[A-Z])", r"(?=[ \t]+[A-Z])"))
    suffix_re = re.compile(r"[ \t]*,?[ \t]*(?P<h>" + _alternation(
        kinds.get("suffix", []), r"(?![A-Za-z])", r"(?![\w’'-]|\.\w)") + ")")
    rank_re = re.compile(_alternation(kinds.get("rank", []), "", r"(?=[ \t]+[A-Z(])"))
    retired_re = re.compile(r"[ \t]*(?:" + _alternation(kinds.get("retired", []), "", "") + ")")
    abbr = {row["abbr"]: Abbr(row["expansion"], row["kind"], int(row["role"] or 0))
            for row in resources.tsv("abbreviations.tsv")}
    words: dict[str, set[str]] = {}
    for row in resources.tsv("officials_words.tsv"):
        words.setdefault(row["kind"], set()).add(row["word"].lower())
    region_names: set[tuple[str, ...]] = set()
    try:
        for row in resources.tsv("regions.tsv"):
            region_names.add(tuple(row["bare"].lower().split()))
            region_names.add(tuple(row["name"].lower().split()))
        for row in resources.tsv("region_aliases.tsv"):
            region_names.add(tuple(row["alias"].lower().split()))
    except (FileNotFoundError, KeyError):  # pragma: no cover - the region tables ship with the package
        pass
    region_words: dict[str, int] = {}
    for name in region_names:
        if name:
            region_words[name[0]] = max(region_words.get(name[0], 0), len(name))
    place_names = frozenset(tuple(row["name"].lower().split()) for row in resources.tsv("officials_places.tsv"))
    place_words: dict[str, int] = {}
    for name in place_names:
        place_words[name[0]] = max(place_words.get(name[0], 0), len(name))
    return Lexicon(
        prefix_re=prefix_re, suffix_re=suffix_re,
        suffix_forms=frozenset(kinds.get("suffix", [])), rank_re=rank_re, retired_re=retired_re,
        address=frozenset(kinds.get("address", [])), abbr=abbr,
        mod_words=frozenset(w.lower() for a in abbr.values() if a.kind == "mod" for w in a.expansion.split()),
        org=frozenset(words.get("org", ())), org_lower=frozenset(words.get("org_lower", ())),
        connector=frozenset(words.get("connector", ())), stop=frozenset(words.get("stop", ())),
        possessive=frozenset(words.get("possessive", ())), origin=frozenset(words.get("origin", ())),
        plural=frozenset(words.get("plural", ())), count_words=frozenset(words.get("count", ())),
        month=frozenset(words.get("month", ())),
        member_role=frozenset(words.get("member_role", ())),
        org_intro=frozenset(words.get("org_intro", ())),
        place_head=frozenset(words.get("place_head", ())), orghead=frozenset(words.get("orghead", ())),
        place_parts=frozenset(words.get("place_part", ())),
        region_units=frozenset(words.get("region_unit", ())),
        region_words=region_words, region_names=frozenset(region_names),
        place_words=place_words, place_names=place_names)


class Patterns:
    """The position and connective patterns of one vocab.

    One-token patterns (``{"LOWER": "kepala"}``, abbreviations by exact text) are looked up in
    dicts, plain word sequences (``yang juga selaku``) run in a ``PhraseMatcher`` on LOWER, and
    anything else in a ``Matcher``. Calling it on a Doc gives ``(label, start, end)`` for every
    match, as one Matcher holding all the patterns would.
    """

    def __init__(self, vocab: Vocab, entries: list[tuple[str, list[dict[str, Any]]]]) -> None:
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.by_lower: dict[str, set[str]] = {}
        self.by_text: dict[str, set[str]] = {}
        self.matcher = Matcher(vocab)
        self.vocab = vocab
        longer: dict[str, list[list[dict[str, Any]]]] = {}
        for label, pattern in entries:
            if len(pattern) == 1 and len(pattern[0]) == 1:
                (attr, value), = pattern[0].items()
                values = value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else (
                    [value] if isinstance(value, str) else None)
                if attr in ("LOWER", "TEXT", "ORTH") and values is not None:
                    table = self.by_lower if attr == "LOWER" else self.by_text
                    for v in values:
                        table.setdefault(v.lower() if attr == "LOWER" else v, set()).add(label)
                    continue
            words = [_plain(tok) for tok in pattern]
            if all(w is not None for w in words):
                self.phrases.add(label, [Doc(vocab, words=words)])  # type: ignore[arg-type]
                continue
            longer.setdefault(label, []).append(pattern)
        for label, patterns in longer.items():
            self.matcher.add(label, patterns)

    def __call__(self, doc: Any, words: list[str] | None = None,
                 lower: list[str] | None = None) -> list[tuple[str, int, int]]:
        """Matches on ``doc``; ``words``/``lower`` (its token texts) spare a second pass over it."""
        if words is None or lower is None:
            words = [t.text for t in doc]
            lower = [t.lower_ for t in doc]
        out = []
        by_lower, by_text = self.by_lower, self.by_text
        for i, (w, lw) in enumerate(zip(words, lower)):
            if lw in by_lower:
                out.extend((label, i, i + 1) for label in by_lower[lw])
            if w in by_text:
                out.extend((label, i, i + 1) for label in by_text[w])
        strings = self.vocab.strings
        out.extend((strings[key], s, e) for key, s, e in self.phrases(doc))
        if len(self.matcher):
            out.extend((strings[key], s, e) for key, s, e in self.matcher(doc))
        return out


def _plain(tok: dict[str, Any]) -> str | None:
    """The lower-case word a pattern token stands for, if it is a plain word (no operator)."""
    if len(tok) != 1:
        return None
    (attr, value), = tok.items()
    if attr == "LOWER" and isinstance(value, str):
        return value
    if attr in ("ORTH", "TEXT") and isinstance(value, str) and value.lower() == value:
        return value
    return None


_MATCHERS: dict[int, Patterns] = {}


def matcher(vocab: Vocab) -> Patterns:
    """The patterns of ``positions.jsonl``, ``officials_patterns.jsonl`` and the abbreviated heads
    and modifiers of ``abbreviations.tsv`` (exact text), built once per vocab."""
    hit = _MATCHERS.get(id(vocab))
    if hit is not None and hit.vocab is vocab:
        return hit
    entries: list[tuple[str, list[dict[str, Any]]]] = []
    for name in ("positions.jsonl", "officials_patterns.jsonl"):
        for entry in resources.jsonl(name):
            entries.append((entry["label"], entry["pattern"]))
    for abbr, info in lexicon().abbr.items():
        if info.kind in ("head", "mod"):
            label = "HEAD" if info.kind == "head" else "MOD"
            entries.append((label, [{"TEXT": {"IN": [abbr, abbr + "."]}}]))
    patterns = Patterns(vocab, entries)
    _MATCHERS[id(vocab)] = patterns  # it holds the vocab, so the id is never reused
    return patterns
