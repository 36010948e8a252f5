"""Word lists and matchers of the officials extractor, built once from the data files.

Data: ``honorifics.tsv`` (titles, degrees, ranks), ``abbreviations.tsv`` (Kadis -> Kepala Dinas),
``positions.jsonl`` (spaCy Matcher patterns of position heads), ``officials_patterns.jsonl``
(connectives: ``selaku``, ``yaitu``, ``diwakili oleh``, ``Beliau``), ``officials_words.tsv``
(organisation words, stop words), ``officials_places.tsv`` (Riau kecamatan/desa names of 2+ words),
``events_kecamatan.tsv`` (its one-word kecamatan) and the region tables ``regions.tsv`` / ``region_aliases.tsv``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import compress, count
from typing import TYPE_CHECKING, Any, Sequence

from .. import resources
from ..wordmatch import WordCache

if TYPE_CHECKING:  # pragma: no cover
    from ..nlp import Tokens

__all__ = ["Abbr", "FormStarts", "Lexicon", "Patterns", "Start", "lexicon", "matcher"]

@dataclass(frozen=True, slots=True)
class FormStarts:
    """Can a match of a form list (honorifics, ranks, degrees) start at a token?

    The regexes match the forms case-sensitively, with optional blanks between their parts. A
    token has no blanks, so a match that starts where it starts reads the token's characters in a
    row: the form (blanks removed) begins with the token, or the token begins with the form. A
    token that is neither may skip the regex; one that is goes on to it.
    """

    firsts: frozenset[str]  # the first characters of the forms
    beginnings: frozenset[str]  # every non-empty beginning of every form, blanks removed
    forms: frozenset[str]  # the forms, blanks removed
    longest: int

    @classmethod
    def of(cls, forms: list[str]) -> FormStarts:
        bare = {f.replace(" ", "") for f in forms} - {""}
        return cls(frozenset(f[0] for f in bare), frozenset(f[:k] for f in bare for k in range(1, len(f) + 1)),
                   frozenset(bare), max(map(len, bare), default=0))

    def __call__(self, token: str) -> bool:
        if " " in token or "\t" in token:
            return True
        if token[:1] not in self.firsts:
            return False
        return token in self.beginnings or any(
            token[:k] in self.forms for k in range(1, min(len(token), self.longest) + 1))


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
    prefix_starts: FormStarts  # may prefix_re or rank_re match at a token?
    suffix_re: re.Pattern[str]
    suffix_starts: FormStarts  # may a degree of suffix_re start at a token?
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
    list_head: frozenset[str]
    head_after_region: frozenset[str]
    place_prep: frozenset[str]
    faction: frozenset[str]
    faction_verb: frozenset[str]
    decree: frozenset[str]
    balinese: frozenset[str]
    balinese_prefix: frozenset[str]  # "I", "Ni" (case-sensitive)
    glued: frozenset[str]  # honorifics.tsv kind glued: "HM" = H + the name's initial M
    common: frozenset[str]  # data/common_words.txt: words the NER corpora never use in a name
    name_cue: frozenset[str]
    venue: frozenset[str]
    pair_cue: frozenset[str]
    org_intro: frozenset[str]
    place_head: frozenset[str]
    head_of: dict[str, str]  # a regional head's title -> the kind of region it heads ("bupati" -> "kabupaten")
    toponym_head: frozenset[str]  # a word that starts a place name of 2+ words ("Tanjung Rejo")
    parent_org: frozenset[str]  # a body word after a comma that a unit's position goes on into
    context_org: frozenset[str]  # a generic organisation word a bare title takes the text's one such body for
    own_body: frozenset[str]  # last word of a title that names its body: only a region is inherited
    named_org: frozenset[str]  # institutions whose proper name follows ("Universitas Lancang Kuning")
    orghead: frozenset[str]
    place_parts: frozenset[str]  # administrative unit words of an address part (", Kecamatan Tambang, ...")
    grades: frozenset[str]  # grade words of a functional post (Ahli Utama): also name words (Rizka Utama)
    region_units: frozenset[str]  # region kind words set aside when two positions are compared
    region_words: dict[str, int]  # first lower-case token of a region name -> longest length in tokens
    region_names: frozenset[tuple[str, ...]]
    region_abbr: dict[str, str]  # "Kaltim" -> "Kalimantan Timur": a region's one-word usage abbreviation
    place_words: dict[str, int]  # first lower-case token of a kecamatan/desa name -> longest length
    place_names: frozenset[tuple[str, ...]]  # Riau kecamatan/desa names of 2+ words (officials_places.tsv)
    kecamatan: frozenset[str]  # Riau kecamatan names of one word, lower case (events_kecamatan.tsv)


_TYPO_MIN = 7  # shorter words are too near to names and common words to be read as misspelt


@functools.cache
def _typo_index(words: frozenset[str]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Each one-letter deletion of each word of ``words`` (``_TYPO_MIN`` letters or more) -> the word;
    and the sorted letters of each -> the words with those letters."""
    dels: dict[str, str] = {}
    letters: dict[str, list[str]] = {}
    for w in words:
        if len(w) < _TYPO_MIN or not w.isalpha():
            continue
        for i in range(len(w) - 1):  # not the last letter: "Bandaro" is a name, no "bandar"
            dels.setdefault(w[:i] + w[i + 1:], w)
        letters.setdefault("".join(sorted(w)), []).append(w)
    return dels, {k: tuple(v) for k, v in letters.items()}


def misspelt_of(word: str, words: frozenset[str]) -> str | None:
    """The word of ``words`` that lower-case ``word`` misspells by one letter left out or added, or by
    two letters swapped (``satistik`` -> statistik, ``parisiwata`` -> pariwisata). Not by one letter
    changed: names are too often one vowel off a word (``Bandaro``, ``bandara``), nor at
    the end (``bandar``)."""
    if len(word) < _TYPO_MIN or not word.isalpha():
        return None
    dels, letters = _typo_index(words)
    hit = dels.get(word) or next((v for v in (word[:i] + word[i + 1:] for i in range(len(word) - 1))
                                  if v in words), None)
    if hit is None:
        for w in letters.get("".join(sorted(word)), ()):
            diff = [i for i in range(len(w)) if w[i] != word[i]]
            if len(diff) == 2 and w[diff[0]] == word[diff[1]] and w[diff[1]] == word[diff[0]]:
                return w
    return hit


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
    # a rank with its corps, the corps telling it from a word, is also written in lower case: "letkol Inf."
    ranks = kinds["rank"] = kinds.get("rank", []) + [
        f[0].lower() + f[1:] for f in kinds.get("rank", []) if " " in f and f[:1].isupper() and f.split()[-1][:1].isupper()]
    # a rank with its corps is also written with a dot after the corps: "Letkol Inf. Laode M. Sabaruddin"
    ranks = ranks + [f"{f}." for f in ranks if " " in f and f[-1].isalpha()]
    rank_re = re.compile(_alternation(ranks, "", r"(?=[ \t]+[A-Z(])"))
    retired_re = re.compile(r"[ \t]*(?:" + _alternation(kinds.get("retired", []), "", "") + ")")
    abbr = {row["abbr"]: Abbr(row["expansion"], row["kind"], int(row["role"] or 0))
            for row in resources.tsv("abbreviations.tsv")}
    words: dict[str, set[str]] = {}
    balinese_prefix: set[str] = set()
    for row in resources.tsv("officials_words.tsv"):
        words.setdefault(row["kind"], set()).add(row["word"].lower())
        if row["kind"] == "balinese_prefix":
            balinese_prefix.add(row["word"])
    region_names: set[tuple[str, ...]] = set()
    region_abbr: dict[str, str] = {}
    try:
        bare_of: dict[str, str] = {}
        for row in resources.tsv("regions.tsv"):
            region_names.add(tuple(row["bare"].lower().split()))
            region_names.add(tuple(row["name"].lower().split()))
            bare_of[row["code"]] = row["bare"]
        for row in resources.tsv("region_aliases.tsv"):
            region_names.add(tuple(row["alias"].lower().split()))
            alias, bare = row["alias"], bare_of.get(row["code"], "")
            # "Inhil", "Kaltim", "DIY": one word that is no word of the full name ("Meranti", "DKI" are)
            if row["kind"] in ("abbr", "province") and alias.isalpha() and alias not in bare.split():
                region_abbr[alias] = bare
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
        prefix_starts=FormStarts.of(kinds.get("prefix", []) + kinds.get("rank", [])),
        suffix_starts=FormStarts.of(kinds.get("suffix", [])),
        suffix_forms=frozenset(kinds.get("suffix", [])), rank_re=rank_re, retired_re=retired_re,
        address=frozenset(kinds.get("address", [])), abbr=abbr,
        mod_words=frozenset(w.lower() for a in abbr.values() if a.kind == "mod" for w in a.expansion.split()),
        org=frozenset(words.get("org", ())), org_lower=frozenset(words.get("org_lower", ())),
        connector=frozenset(words.get("connector", ())), stop=frozenset(words.get("stop", ())),
        possessive=frozenset(words.get("possessive", ())), origin=frozenset(words.get("origin", ())),
        plural=frozenset(words.get("plural", ())), count_words=frozenset(words.get("count", ())),
        month=frozenset(words.get("month", ())),
        member_role=frozenset(words.get("member_role", ())),
        list_head=frozenset(words.get("list_head", ())),
        head_after_region=frozenset(words.get("head_after_region", ())),
        place_prep=frozenset(words.get("place_prep", ())),
        faction=frozenset(words.get("faction", ())),
        faction_verb=frozenset(words.get("faction_verb", ())),
        decree=frozenset(words.get("decree", ())), balinese=frozenset(words.get("balinese", ())),
        balinese_prefix=frozenset(balinese_prefix),
        glued=frozenset(kinds.get("glued", ())),
        common=frozenset(resources.lines("common_words.txt")),
        name_cue=frozenset(words.get("name_cue", ())),
        venue=frozenset(words.get("venue", ())),
        pair_cue=frozenset(words.get("pair_cue", ())),
        org_intro=frozenset(words.get("org_intro", ())),
        place_head=frozenset(words.get("place_head", ())), named_org=frozenset(words.get("named_org", ())),
        own_body=frozenset(words.get("own_body", ())),
        context_org=frozenset(words.get("context_org", ())),
        parent_org=frozenset(words.get("parent_org", ())),
        toponym_head=frozenset(words.get("toponym_head", ())),
        head_of={w: kind for kind in ("kabupaten", "kota", "provinsi") for w in words.get(f"head_of_{kind}", ())},
        orghead=frozenset(words.get("orghead", ())),
        place_parts=frozenset(words.get("place_part", ())),
        grades=frozenset(words.get("grade", ())),
        region_units=frozenset(words.get("region_unit", ())),
        region_words=region_words, region_names=frozenset(region_names), region_abbr=region_abbr,
        place_words=place_words, place_names=place_names,
        kecamatan=frozenset(n for n in (row["name"].lower() for row in resources.tsv("events_kecamatan.tsv"))
                            if " " not in n))


# what may match from a token (see Patterns.start_at)
Start = tuple[tuple[str, ...], dict[str, list[tuple[str, tuple[str, ...]]]] | None, tuple[str, ...]]


class Patterns:
    """The position and connective patterns (spaCy Matcher patterns, kept as data).

    One-token patterns (``{"LOWER": "kepala"}``, abbreviations by exact text) are looked up in
    dicts and plain word sequences (``yang juga selaku``) by their first lower-case word: every
    pattern in the data is one of these, so the hot path needs no ``Doc``. Any other pattern
    runs in a spaCy ``Matcher`` over a ``Doc`` built from the tokens. Calling it gives
    ``(label, start, end)`` for every match, as one Matcher holding all the patterns would.
    """

    def __init__(self, entries: list[tuple[str, list[dict[str, Any]]]]) -> None:
        self.by_lower: dict[str, set[str]] = {}
        self.by_text: dict[str, set[str]] = {}
        # first word -> second word -> (label, words) of the plain word sequences
        self.phrases: dict[str, dict[str, list[tuple[str, tuple[str, ...]]]]] = {}
        self.longer: dict[str, list[list[dict[str, Any]]]] = {}
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
                phrase = tuple(w.lower() for w in words)  # type: ignore[union-attr]
                if len(phrase) == 1:
                    self.by_lower.setdefault(phrase[0], set()).add(label)
                    continue
                after = self.phrases.setdefault(phrase[0], {}).setdefault(phrase[1], [])
                if (label, phrase) not in after:
                    after.append((label, phrase))
                continue
            self.longer.setdefault(label, []).append(pattern)
        self.starts_at: WordCache[Start | None] = WordCache(self.start_at)

    def start_at(self, word: str) -> Start | None:
        """What may match from a token with this text: (one-word labels by LOWER, plain
        sequences by their second word, one-word labels by exact text); None for most words."""
        lw = word.lower()
        if lw in self.by_lower or lw in self.phrases or word in self.by_text:
            return tuple(self.by_lower.get(lw, ())), self.phrases.get(lw), tuple(self.by_text.get(word, ()))
        return None

    def __call__(self, tokens: Tokens, lower: list[str] | None = None) -> list[tuple[str, int, int]]:
        """Matches over ``tokens``; ``lower`` (their lower-case texts) spares lowering them again."""
        if lower is None:
            lower = [w.lower() for w in tokens.words]
        return self.scan(tokens, lower, list(map(self.starts_at.__getitem__, tokens.words)))

    def scan(self, tokens: Tokens, lower: Sequence[str],
             starts: Sequence[Start | None]) -> list[tuple[str, int, int]]:
        """Matches over ``tokens`` given ``starts[i] == start_at(tokens.words[i])``: only the tokens
        where a pattern may start are looked at."""
        out = []
        exact = []
        for i in compress(count(), starts):
            one, after, by_text = starts[i]  # type: ignore[misc]
            for label in one:
                out.append((label, i, i + 1))
            if after is not None and i + 1 < len(lower):
                for label, phrase in after.get(lower[i + 1], ()):
                    if tuple(lower[i:i + len(phrase)]) == phrase:
                        out.append((label, i, i + len(phrase)))
            for label in by_text:
                exact.append((label, i, i + 1))
        out.extend(exact)
        if self.longer:
            out.extend(self._match_longer(tokens))
        return out

    def _match_longer(self, tokens: Tokens) -> list[tuple[str, int, int]]:
        """The patterns that need spaCy's Matcher (operators, other attributes)."""
        from spacy.matcher import Matcher
        from spacy.tokens import Doc

        from ..nlp import get_nlp

        vocab = get_nlp().vocab
        if getattr(self, "_matcher", None) is None:
            self._matcher = Matcher(vocab)
            for label, patterns in self.longer.items():
                self._matcher.add(label, patterns)
        doc = Doc(vocab, words=tokens.words, spaces=tokens.spaces)
        return [(vocab.strings[key], s, e) for key, s, e in self._matcher(doc)]


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


@functools.cache
def matcher() -> Patterns:
    """The patterns of ``positions.jsonl``, ``officials_patterns.jsonl`` and the abbreviated heads
    and modifiers of ``abbreviations.tsv`` (exact text), built once."""
    entries: list[tuple[str, list[dict[str, Any]]]] = []
    for name in ("positions.jsonl", "officials_patterns.jsonl"):
        for entry in resources.jsonl(name):
            entries.append((entry["label"], entry["pattern"]))
    for abbr, info in lexicon().abbr.items():
        if info.kind in ("head", "mod"):
            label = "HEAD" if info.kind == "head" else "MOD"
            entries.append((label, [{"TEXT": {"IN": [abbr, abbr + "."]}}]))
    return Patterns(entries)
