"""Officials: the named people who hold a position, with honorifics, expanded position and evidence.

Position heads (``Kepala``, ``Gubernur``, ``Kadis``, ``Plt`` ...) are found over the page's tokens by
spaCy Matcher patterns from ``data/positions.jsonl`` and ``data/abbreviations.tsv``; the position runs on over
organisation words, regions, acronyms and ``(abbreviations)``; capitalisation then tells the name
that follows (``Kepala Dinas Sosial Provinsi Riau H. Dahrius Husin``), or the name before a link
word (``Nurmansyah selaku Kepala Dinas ...``), or the names of a list (``yaitu A, B, dan C``) or of
a representative (``Pejabat Fungsional yang diwakili oleh ...``). A deputy or representative named
with a bare title takes the organisation of the chief just before it (``Ketua TP PKK Provinsi Riau
Misnarni, diwakili Wakil Ketua I Suti Mulyati``). Later short references (``Kadis``, ``Gubri``,
``Sekda Kampar``, ``Beliau``, a surname, ``Ahmadsyah``) add evidence to a person already found, never
a new one. Mentions of one person merge into one ``Official`` with the fullest name and position.

With ``Options(ner_officials=True)`` the NER's PER spans on the lines holding a position mend the
names read here and add the names beside a position that capitals could not read
(``officials_ner``).

Word lists live in ``data/honorifics.tsv``, ``abbreviations.tsv``, ``positions.jsonl``,
``officials_patterns.jsonl`` and ``officials_words.tsv`` (see ``officials_lexicon``).

Speed: what a token's text tells (``_Token``, ``_Word``) is worked out once per distinct text and
kept across pages, as spaCy keeps its lexemes; so are the readings of position texts and names
(``_expand``, ``_region_of``, ``_name_key`` ...), which repeat from page to page. A page costs one
lookup per token, then work only at the few tokens where a title, name or pattern may start.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from itertools import compress, count
from typing import TYPE_CHECKING, Iterator, NamedTuple, Sequence

from ..records import Official, Span
from ..wordmatch import WordCache
from .officials_lexicon import Abbr, Lexicon, lexicon, matcher, misspelt_of

if TYPE_CHECKING:  # pragma: no cover
    from ..nlp import Tokens
    from . import Context
    from .officials_lexicon import Start

__all__ = ["extract_officials"]

_BOUNDARY = frozenset({".", "!", "?", ";", ":", '"', "“", "”", "|", "…"})
_JOINERS = frozenset({"-", "/"})
_DASHES = frozenset({"-", "–", "—"})
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_NOUN = re.compile(r"(?:pe|ke|per)[a-z]{3,}an")  # pemberdayaan, kesehatan, perlindungan
_LETTER_COMPOUND = re.compile(r"[A-Z]-[A-Z][A-Za-z]+")  # E-Government, E-KTP: a field's name, no person's
_NAME_WORD = re.compile(r"[A-Z][A-Za-z’'`-]*\.?|(?:[A-Z]\.)+[A-Z][a-z’'`-]+")  # "M.Wardan": glued initials
_INITIALS = re.compile(r"[A-Z]\.?(?:\s+[A-Z]\.?)*")  # "H. M.": initials only, no name
_BLANKS = re.compile(r"\s+")
_DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.){2,4}")  # S.H. M.M. S.E.: the last dot is its own
_SENTENCE_END = re.compile(r"\s*$|\s*\n|\s+[A-Z\"“(]")
_NORM = re.compile(r"[^\w\s]")
_MAX_NAME = 5
_MAX_TAIL = 30
_MAX_BACK = 12


@dataclass(slots=True)
class _Person:
    """A name as parsed at one place: name span, honorifics, first and end token."""

    start: int  # char offsets of the bare name
    end: int
    honorifics: list[tuple[int, int]]
    first: int  # first token of the whole mention (honorifics included)
    end_tok: int  # token after the mention (suffixes and age included)
    n_words: int
    at_sentence_start: bool = False
    alias: str | None = None  # "Rusli Zainal (RZ)" -> "RZ"
    party: tuple[int, int] | None = None  # char span of the party in "Rianto (PAN)"


@dataclass(slots=True)
class _Position:
    """A position phrase: tokens [start, end) with the head at [head, head_end)."""

    start: int
    head: int
    head_end: int
    end: int
    parens: list[tuple[int, int]]
    lower_head: bool
    bare: bool = False  # a lower-case title alone: kept only for a deputy after its chief (see _inherit)


@dataclass(slots=True)
class _Mention:
    """One mention of an official: the name with its position (if any) and the rule that found it."""

    name: str
    key: tuple[str, ...]
    person: _Person
    position: str | None
    position_raw: str | None
    pos_span: tuple[int, int] | None
    role_words: int
    rule: str


@dataclass(slots=True)
class _Group:
    """All mentions of one person."""

    mentions: list[_Mention]
    refs: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule) of name evidence
    fuller: list[tuple[str, str, int]] = field(default_factory=list)  # from references

    @property
    def first(self) -> int:
        return min(m.person.start for m in self.mentions)


class _Word(NamedTuple):
    """What a token's text alone tells, looked up once per distinct text (see ``_word_facts``)."""

    bare: str  # lower-case without final dots: the key of the word lists
    name_shape: bool  # a name word's shape, no stop word, form of address or "-nya" word
    org: bool  # an organisation word of the lexicon or a pe-/ke-/per-...-an noun
    region_start: bool  # may start a region name
    acronym: bool
    position_gate: bool  # capitalised, a digit or a lower-case organisation word
    se_region: bool  # "se-Riau": position text though lower-case
    one: bool  # position text by itself: org word, abbreviation, number, Roman numeral, acronym
    may_prefix: bool  # may an honorific prefix or a rank start here? (the regexes decide)
    may_suffix: bool  # may a degree start here?
    abbr: Abbr | None  # its expansion: "Kadis" -> "Kepala Dinas"
    group: bool  # a plural or count word before a title: "seluruh", "150"

    @classmethod
    def of(cls, lex: Lexicon, w: str) -> _Word:
        """The facts of token text ``w``."""
        lw = w.lower()
        bare = lw.rstrip(".")
        org = bare in lex.org or bool(_NOUN.fullmatch(bare)) or bool(_LETTER_COMPOUND.fullmatch(w)) \
            or w[:1].isupper() and bare not in lex.common and bare not in lex.stop \
            and misspelt_of(bare, lex.org) is not None  # "Dinas Parisiwata": a misspelt org word
        acronym = w.isalnum() and sum(map(str.isupper, w)) >= 2
        return cls(
            bare=bare,
            name_shape=bool(_NAME_WORD.fullmatch(w)) and lw not in lex.stop and w not in lex.address
            and not (len(lw) >= 7 and lw.endswith("nya")),
            org=org, region_start=bare in lex.region_words, acronym=acronym,
            position_gate=w[:1].isupper() or w[:1].isdigit() or lw in lex.org_lower,
            se_region=lw.startswith("se-") and len(lw) > 4 and w[3:4].isupper(),
            one=org or w.rstrip(".") in lex.abbr or w[:1].isdigit() or bool(_ROMAN.fullmatch(w)) or acronym,
            may_prefix=lex.prefix_starts(w), may_suffix=lex.suffix_starts(w),
            abbr=lex.abbr.get(w) or lex.abbr.get(w.rstrip(".")),
            group=lw in lex.plural or _count_word(lex, w))


@functools.cache
def _word_facts() -> WordCache[_Word]:
    """Token text -> ``_Word``, for the one lexicon."""
    return WordCache(functools.partial(_Word.of, lexicon()))


class _Token(NamedTuple):
    """What a token's text tells of every token, looked up once per distinct text (``_tokens_of``)."""

    lower: str  # spaCy's LOWER is str.lower
    bound: bool | None  # does it bound a phrase? (None for a dash: only when spaced)
    name_key: str | None  # its letters and digits in lower case if capitalised (a name word), else None
    patterns: Start | None  # what patterns may start at it (Patterns.start_at)


@functools.cache
def _tokens_of() -> WordCache[_Token]:
    """Token text -> ``_Token``, for the one matcher."""
    start_at = matcher().start_at

    def token(w: str) -> _Token:
        lw = w.lower()
        bound = None if w in _DASHES else w in _BOUNDARY or "\n" in w
        return _Token(lw, bound, _NORM.sub("", lw) if w[:1].isupper() else None, start_at(w))

    return WordCache(token)


def _indices(seq: Sequence[object], value: object, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """Indices of ``value`` in ``seq[start:stop]`` (``list.index`` does the scanning)."""
    stop = len(seq) if stop is None else stop
    while True:
        try:
            start = seq.index(value, start, stop)
        except ValueError:
            return
        yield start
        start += 1


def _glued_dots(tokens: Tokens, lex: Lexicon, facts: WordCache[_Word]) -> Tokens:
    """``Kakan. Kemenag Agam H. Yetrizal Khatib``: the dot of a title's abbreviation that position
    text follows (an organisation word or acronym) is the abbreviation's, not a sentence's end;
    such a dot joins its word (``Kakan.``), as ``Plt.`` is one token. Not ``ujar Kadis.
    Selanjutnya`` nor ``Kadis. Dinas ...`` (a word of its own expansion starts a new sentence)."""
    from ..nlp import Tokens

    words, starts, space = tokens
    n = len(words)
    glue = [i for i in _indices(words, ".", 1, n - 1)
            if words[i - 1] in lex.abbr and not space[i - 1] and space[i]
            and words[i + 1][:1].isupper() and facts[words[i + 1]].one and not facts[words[i + 1]].abbr
            and facts[words[i + 1]].bare not in lex.abbr[words[i - 1]].expansion.lower().split()]
    if not glue:
        return tokens
    words, starts, space = list(words), list(starts), list(space)
    for i in reversed(glue):
        words[i - 1] += "."
        space[i - 1] = space[i]
        del words[i], starts[i], space[i]
    return Tokens(words, starts, space)


@functools.lru_cache(maxsize=4096)
def _region_prefix(lower: tuple[str, ...]) -> int:
    """How many of these lower-case words, from the first, name a region (0 if none)? Cached:
    region names repeat."""
    names = lexicon().region_names
    for size in range(len(lower), 0, -1):
        if tuple(w.rstrip(".") for w in lower[:size]) in names:
            return size
    return 0


class _Scan:
    """Token facts of one document: the columns every rule reads, the rest looked up per word."""

    def __init__(self, text: str, tokens: Tokens) -> None:
        self.text = text
        self.lex = lexicon()
        self.facts = _word_facts()
        tokens = _glued_dots(tokens, self.lex, self.facts)
        self.words, self.starts, self.space = tokens
        self.n = len(self.words)
        # the columns of _Token: one lookup per token, then a transpose
        self.lower, bound, self.name_keys, patterns = \
            zip(*map(_tokens_of().__getitem__, self.words)) if self.words else ((),) * 4
        self.bound = list(bound)
        for i in _indices(self.bound, None):
            self.bound[i] = self._spaced(i)
        self.heads: dict[int, int] = {}
        self.mods: dict[int, int] = {}  # end -> start
        self.links: dict[int, int] = {}  # end -> start (earliest start)
        self.lists: dict[int, int] = {}
        self.reps: dict[int, int] = {}
        self.skips: dict[int, int] = {}
        self.pronouns: list[int] = []
        self.parties: dict[int, int] = {}  # start -> end of a party's name ("Partai Golkar")
        self.quotes: list[int] = []  # verbs of saying ("jelas")
        for label, s, e in matcher().scan(tokens, self.lower, patterns):
            if label == "LINK":  # the most frequent: "," is one
                self.links[e] = min(s, self.links.get(e, s))
            elif label == "HEAD":
                if e > self.heads.get(s, s):
                    self.heads[s] = e
            elif label == "MOD":
                self.mods[e] = min(s, self.mods.get(e, s))
            elif label == "LIST":
                self.lists[s] = max(e, self.lists.get(s, e))
            elif label == "REP":
                self.reps[s] = max(e, self.reps.get(s, e))
            elif label == "SKIP":
                self.skips[s] = max(e, self.skips.get(s, e))
            elif label == "PRONOUN":
                self.pronouns.append(s)
            elif label == "PARTY":
                self.parties[s] = max(e, self.parties.get(s, e))
            elif label == "QUOTE":
                self.quotes.append(s)
        self.pronouns.sort()
        self.mod_starts = frozenset(self.mods.values())
        self.doc_org = self._defined_org_words()
        self.places: frozenset[str] | None = None  # _page_places, on first need
        self.place_counts: dict[str, int] | None = None  # _place_count, on first need
        self.position_at_end: dict[int, _Position] = {}  # set by extract_officials: end -> position

    # -- token classes ------------------------------------------------------------------------

    def _spaced(self, i: int) -> bool:
        """A dash with a blank on either side bounds a phrase (``Riau - Gubernur``)."""
        return self.space[i] or (i > 0 and self.space[i - 1])

    def end(self, i: int) -> int:
        """The char offset after token ``i``."""
        return self.starts[i] + len(self.words[i])

    def titled(self, i: int) -> bool:
        """Does a position head or modifier start at token ``i``?"""
        return i in self.heads or i in self.mod_starts

    def cap(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def region_len(self, i: int) -> int:
        """Tokens of the region name starting at ``i`` (0 if none)."""
        longest = self.lex.region_words.get(self.lower[i].rstrip("."), 0)
        return _region_prefix(tuple(self.lower[i:i + longest])) if longest else 0

    def place_len(self, i: int) -> int:
        """Tokens of a known kecamatan/desa name of 2+ words starting at ``i`` (0 if none)."""
        longest = self.lex.place_words.get(self.lower[i], 0)
        for size in range(min(longest, self.n - i), 1, -1):
            if tuple(self.lower[i:i + size]) in self.lex.place_names:
                return size
        return 0

    def acronym(self, i: int) -> bool:
        return self.facts[self.words[i]].acronym

    def orgword(self, i: int) -> bool:
        f = self.facts[self.words[i]]
        return f.org or f.bare in self.doc_org

    def posish(self, i: int) -> int:
        """Tokens of position/organisation text starting at ``i`` (0 if the token is not one)."""
        f = self.facts[self.words[i]]
        if not f.position_gate:
            return 1 if f.se_region else 0
        if f.region_start and self.words[i][:1].isupper():
            size = self.region_len(i)
            if size:
                return size
        return 1 if f.one or f.bare in self.doc_org else 0

    def is_suffix(self, i: int) -> bool:
        return self.facts[self.words[i]].may_suffix and self._degree_at(i)

    def is_prefix(self, i: int) -> bool:
        return self.facts[self.words[i]].may_prefix and self._title_at(i)

    def _degree_at(self, i: int) -> bool:
        m = self.lex.suffix_re.match(self.text, self.starts[i])
        return bool(m) and m.start("h") == self.starts[i]

    def _title_at(self, i: int) -> bool:
        pos = self.starts[i]
        return bool(self.lex.prefix_re.match(self.text, pos) or self.lex.rank_re.match(self.text, pos))

    def namelike(self, i: int, pos: int | None = None) -> bool:
        """Can token ``i`` (from char ``pos``) be part of a person's name?"""
        if self.bound[i]:
            return False
        tok = self.facts[self.words[i]]
        if not (tok if pos is None else self.facts[self.text[pos:self.end(i)]]).name_shape:
            return False
        if self.titled(i) or tok.org or tok.bare in self.doc_org:
            return False
        if tok.region_start and self.region_len(i):
            return False
        return pos is not None or not (tok.may_suffix and self._degree_at(i)
                                       or tok.may_prefix and self._title_at(i))

    def tok_at(self, pos: int) -> int:
        """The token that contains or follows char ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return 0
        return i if pos < self.end(i) else i + 1

    def skip_blanks(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in " \t":
            pos += 1
        return pos

    def sentence_start(self, i: int) -> bool:
        return i == 0 or self.bound[i - 1] or self.words[i - 1] in ("(", "“", '"')

    # -- in-text definitions ------------------------------------------------------------------

    def _defined_org_words(self) -> frozenset[str]:
        """Words of long forms the text defines: ``Lembaga Perlindungan Anak (LPA)``; the long forms
        of one-word acronyms go to ``long_forms``."""
        out: set[str] = set()
        self.long_forms: dict[str, str] = {}
        words, lower, lex = self.words, self.lower, self.lex
        for i in _indices(words, "(", 1, max(1, self.n - 2)):
            close = self.paren_close(i)
            if close is None:
                continue
            acronym = any(self.facts[w].acronym for w in words[i + 1:close])
            short = close == i + 2 and words[i + 1].isalpha()  # "(LPA)", "(Bappeda)"
            if not (acronym or short):
                continue
            initial = words[i + 1][:1]
            run: list[int] = []
            k = i - 1
            while k >= 0 and len(run) < 8 and not self.bound[k] and (
                    self.cap(k) or lower[k] in lex.connector):
                run.append(k)
                k -= 1
            if any(lower[j] in lex.org or _NOUN.fullmatch(lower[j]) for j in run) \
                    and any(words[j][:1] == initial for j in run):  # not "Rusli Zainal (RZ)"
                if acronym:
                    out.update(lower[j] for j in run if self.cap(j))
                if short and self._long_form(run[::-1], words[i + 1]):
                    out.add(lower[i + 1])  # "Sekretaris Panpel": a defined short form is no name
        return frozenset(out)

    def _long_form(self, run: list[int], acronym: str) -> bool:
        """``Kepala Badan Perencanaan Pembangunan Daerah (Bappeda)``: the long form of ``Bappeda`` is
        the run from its first organisation word with the acronym's initial, after any title. Is there one?"""
        first = next((n for n, j in enumerate(run) if self.words[j][:1] == acronym[:1]
                      and self.facts[self.words[j]].org and not self.titled(j)), None)
        if first is None or acronym.lower() in self.lex.common:
            return False
        lex = self.lex
        if not all(self.facts[self.words[j]].org or self.lower[j] in lex.connector or self.lower[j] in lex.common
                   or self.facts[self.words[j]].region_start for j in run[first:]):
            return False  # "Fadillah Al Mausuly (Komisioner)": a name in the run, no long form
        if acronym not in self.long_forms:
            a, b = run[first], run[-1]
            self.long_forms[acronym] = _BLANKS.sub(" ", self.text[self.starts[a]:self.end(b)])
        return True

    def paren_close(self, i: int) -> int | None:
        """Index of the ``)`` closing an abbreviation in parentheses at ``i`` (``(Gubri)``)."""
        try:
            k = self.words.index(")", i + 1, min(i + 6, self.n))
        except ValueError:
            return None
        inner = self.words[i + 1:k]
        if not inner or any(self.bound[i + 1:k]) or not all(w[:1].isupper() or w == "-" for w in inner):
            return None
        if self.lex.retired_re.match(self.text, self.starts[i]):
            return None
        return k


# -- positions ---------------------------------------------------------------------------------

def _tail(sc: _Scan, j: int, place: bool = False) -> tuple[int, list[tuple[int, int]]]:
    """The end of the position text that starts before ``j``, and its parenthesised abbreviations;
    ``place``: the title takes a place (``Kepala Desa``), whose name may be made of common words."""
    lex = sc.lex
    end, k = j, j
    after_region = -1
    parens: list[tuple[int, int]] = []
    while k < sc.n and k < j + _MAX_TAIL:
        w, lw = sc.words[k], sc.lower[k]
        if sc.bound[k] or w in lex.address or sc.is_prefix(k):
            break
        if w.isspace():  # "Staf Ahli Bidang  Pemerintahan": a second blank is a token of its own
            k += 1
            continue
        if w == "(":
            close = sc.paren_close(k)
            if close is None:
                break
            parens.append((k, close + 1))
            k = end = close + 1
            continue
        if w == ",":
            if _comma_continues(sc, k):
                k += 1
                continue
            break
        if lw == "ke" and k > j and k + 2 < sc.n and sc.words[k + 1] == "-" and not sc.space[k] \
                and not sc.space[k + 1] and sc.words[k + 2].isdigit():
            k = end = k + 3  # an ordinal: "Ketua Panitia MTQ ke-42 Tingkat Kabupaten Bengkalis"
            continue
        if w in _JOINERS and not sc.space[k] and k > 0 and not sc.space[k - 1]:
            if k + 1 < sc.n and sc.words[k + 1][:1].isalnum():
                k = end = k + 2  # one glued word: "TP-PKK", "031/Wirabima"
                continue
            break
        if (lw in lex.connector and (w == lw or k > j and w == lw.capitalize())) or w == "&":
            # "Dinas Pertanian Dan Ketahanan Pangan": in a title-case name the connector is capitalised too
            nxt = k + 1
            if nxt + 1 < sc.n and sc.words[nxt] in lex.connector:
                nxt += 1  # "President of the Republic of Indonesia"
            if lw in lex.place_prep and nxt < sc.n and sc.lower[nxt] in lex.venue:
                break  # "Camat di Kediaman ...": where, not position text
            if nxt < sc.n and sc.cap(nxt) and not sc.titled(nxt) and sc.posish(nxt):
                k = nxt
                continue
            common = nxt
            while common < sc.n and sc.cap(common) and not sc.titled(common) \
                    and sc.lower[common] in lex.common and sc.words[common] not in lex.address:
                common += 1
            if common > nxt:  # "Kepala Bagian Persidangan dan Produk Hukum Samto": words never in a name
                k = end = common
                continue
            break
        if k in sc.mod_starts and k > j:
            break  # "... dan Plh Sekdaprov Riau ...": another position
        if k in sc.heads and sc.cap(k):
            if k == after_region:
                break  # "Bupati Inhil Ketua PMI Kab.Inhil Hj.Zulaikhah Wardan": a region ends the first title
            k = end = sc.heads[k]
            continue
        if k > j and sc.cap(k):
            size = _unit_place_len(sc, k)
            if size:  # "Kasi Kesos Kecamatan Purwosari Wahyu Widodo": the unit's place, then the name
                k = end = k + size
                continue
        size = sc.posish(k)
        if size and sc.facts[w].region_start and sc.region_len(k) == size:
            after_region = k + size
        if size and len(w) == 2 and _initials(sc, k):
            break  # "Sekdaprov Riau SF Hariyanto": SF is the name's initials
        if w in lex.balinese_prefix and k + 1 < sc.n and sc.lower[k + 1] in lex.balinese:
            break  # "Sekretaris Dinas I Wayan Sunada": a Balinese name, no Roman numeral
        if size:
            k = end = k + size
            continue
        if k > j and k != after_region and lw in lex.common and sc.cap(k) and k + 1 < sc.n \
                and (place or sc.lower[k + 1] in lex.connector or sc.posish(k + 1)
                     or sc.lower[k + 1] in lex.common and sc.cap(k + 1)):
            # "Kepala Biro Pengadaan Barang dan Jasa": a word never in a name, more position words after
            # it or a place's name (Kepala Desa Kota Bangun Sayugi); not "... Provinsi Riau Media
            # Efayani", a name that starts with such a word
            k = end = k + 1
            continue
        if sc.cap(k) and k > 0 and sc.lower[k - 1] in lex.named_org:
            run = _institution_name(sc, k)
            if run > k:  # "Rektor Universitas Lancang Kuning, ...": the institution's name
                k = end = run
                continue
        if sc.cap(k):  # an unknown word: a name, unless position words follow it
            run = k
            while run < sc.n and run - k < 2 and sc.namelike(run):
                run += 1
            if run > k and run < sc.n and _position_follows(sc, run, single=run - k == 1):
                k = end = run
                continue
            if run > k and run in sc.lists and _person(sc, _skip_address(sc, sc.lists[run])) is not None:
                k = end = run  # "Komandan Kompi Paskibraka yaitu Letnan Dua ... Gede": the holder after yaitu
                continue
            if run == k:  # "Ketua Panitia Pelaksana Hari Jadi Kampar, Ir. Rini": a title up to a comma
                m = k
                while m < sc.n and m < k + 8 and not sc.bound[m] and (sc.cap(m) or sc.words[m][:1].isdigit()):
                    m += 1
                if m < sc.n and sc.words[m] == "," and _person(sc, _skip_address(sc, m + 1)) is not None:
                    k = end = m
                    continue
        break
    return end, parens


def _unit_place_len(sc: _Scan, k: int) -> int:
    """Tokens of the place named at ``k`` after a unit word inside a position (``Kecamatan Purwosari``,
    ``Desa Sungai Putih``): a known (Riau kecamatan) or toponym-led place, or a word the page names as a place
    elsewhere too (``Camat Purwosari``); 0 if none, or after ``dan`` (``Masyarakat dan Desa Febrinaldi``)."""
    unit = sc.lower[k - 1].rstrip(".")
    if unit not in sc.lex.place_parts or not sc.cap(k - 1) or unit in sc.lex.region_units \
            or (k > 1 and sc.lower[k - 2] in sc.lex.connector):
        return 0
    size = max(sc.place_len(k), _toponym_len(sc, k))
    if size:
        return size
    if not sc.namelike(k):
        return 0
    return 1 if sc.lower[k] in sc.lex.kecamatan or _place_count(sc, sc.lower[k]) > 1 else 0


def _place_count(sc: _Scan, word: str) -> int:
    """How often the page names ``word`` right after a unit word or a title that takes a place."""
    if sc.place_counts is None:
        lex, counts = sc.lex, {}
        for i in range(1, sc.n):
            before = sc.lower[i - 1].rstrip(".")
            if sc.cap(i) and (before in lex.place_parts or before in lex.place_head):
                counts[sc.lower[i]] = counts.get(sc.lower[i], 0) + 1
        sc.place_counts = counts
    return sc.place_counts.get(word, 0)


def _institution_name(sc: _Scan, k: int) -> int:
    """The end of an institution's proper name starting at ``k`` after a ``named_org`` word
    (``UIN Sultan Syarif Kasim Riau``): up to four name-like words that a comma, bracket, sentence
    end, region or honorific closes; ``k`` if none (``Universitas Gadjah Mada Ova Emilia`` is left
    to the name rules)."""
    run = k
    while run < sc.n and run - k < 4 and sc.namelike(run):
        run += 1
    if run == k:
        return k
    if run == sc.n or sc.bound[run] or sc.words[run] in (",", "(") or sc.is_prefix(run) \
            or sc.region_len(run):
        return run
    return k


def _initials(sc: _Scan, k: int) -> bool:
    """A two-letter capital token that is no known acronym, before a name word: initials.

    A Roman numeral is a number, not initials (``anggota Komisi II Sugianto``)."""
    w = sc.words[k]
    if len(w) != 2 or not w.isalpha() or not w.isupper() or k + 1 >= sc.n or _ROMAN.fullmatch(w):
        return False
    if w.lower() in sc.lex.org or w in sc.lex.abbr or w.lower() in sc.doc_org:
        return False
    return sc.namelike(k + 1) and sc.space[k]


def _name_initials(sc: _Scan, k: int) -> bool:
    """Unknown capitals ending a name: ``M. Taufiq OH,``, ``Umar HM dalam ...`` (not ``... Desa (PMD)``)."""
    w = sc.words[k]
    if not (2 <= len(w) <= 3 and w.isalpha() and w.isupper()) or _ROMAN.fullmatch(w):
        return False
    if w.lower() in sc.lex.org or w in sc.lex.abbr or w.lower() in sc.doc_org or sc.region_len(k):
        return False
    return k + 1 >= sc.n or sc.bound[k + 1] or sc.words[k + 1] == "," or not sc.cap(k + 1)


def _count_word(lex: Lexicon, word: str) -> bool:
    """A number before a title makes it a group: ``melantik 150 Pejabat Administrator``."""
    w = word.replace(".", "")
    if w.isdigit():
        return w != "0" and not (len(w) == 4 and w[:2] in ("19", "20"))  # a year is no count
    return word.lower() in lex.count_words


def _comma_continues(sc: _Scan, k: int) -> bool:
    """``Dinas Sosial, Tenaga Kerja dan Transmigrasi``: a comma inside a list of agency domains, or
    before the body a unit belongs to (``parent_org``)."""
    nxt = k + 1
    if nxt >= sc.n or k == 0 or sc.titled(nxt) or not sc.cap(nxt):
        return False
    if sc.lower[nxt] in sc.lex.parent_org and nxt + 1 < sc.n and sc.cap(nxt + 1) and sc.posish(nxt + 1):
        return True  # "Kepala Bidang Pemberdayaan Sosial, Dinas Sosial Provinsi Riau": the unit's body
    if not sc.orgword(nxt) or sc.region_len(nxt) or sc.region_len(k - 1) or sc.acronym(nxt):
        return False
    for m in range(nxt + 1, min(nxt + 10, sc.n)):
        if sc.bound[m]:
            return False
        if sc.words[m] == ",":  # "Pariwisata, Kebudayaan, Kepemudaan dan Olahraga": a longer list
            if m + 1 < sc.n and sc.cap(m + 1) and sc.orgword(m + 1) and not sc.region_len(m + 1):
                continue
            return False
        if sc.lower[m] == "dan":
            return True
    return False


def _position_follows(sc: _Scan, i: int, single: bool) -> bool:
    """After an unknown word: more position text follows (``Masayarakat dan Desa (PMD)``), or
    the name proper starts with an honorific (``Camat Tampan Hj. Sri Wahyuni``)."""
    if sc.titled(i) or sc.bound[i]:
        return False
    if sc.is_prefix(i):
        return True
    if sc.cap(i) and sc.posish(i) and not sc.is_suffix(i) and not _initials(sc, i) \
            and not _name_initials(sc, i) and sc.lower[i] not in sc.lex.grades:
        return True  # not "... Riau Rizka Utama Nasution": a grade word after an unknown word is a name's
    if single and sc.lower[i] in sc.lex.connector and sc.lower[i] == sc.words[i] \
            and i + 1 < sc.n and sc.cap(i + 1) and not sc.titled(i + 1) and sc.posish(i + 1):
        # not "Gubernur Riau Syamsuar di Pekanbaru", "... Kamsol di Balai Pauh Janggi": a name, then where
        return not (sc.lower[i] in sc.lex.place_prep and (sc.region_len(i + 1) or sc.lower[i + 1] in sc.lex.venue))
    return False


def _positions(sc: _Scan) -> list[_Position]:
    out: list[_Position] = []
    taken = -1
    for h in sorted(sc.heads):
        if h < taken:
            continue
        start = h
        parens: list[tuple[int, int]] = []
        if sc.lower[h] in sc.lex.head_after_region and sc.cap(h):
            # "Papua Governor Lukas Enembe", "Acting Gorontalo Governor": the region before the head
            start = next((j for j in range(max(taken, h - 3, 0), h) if sc.region_len(j) == h - j), h)
        while True:
            if start in sc.mods and sc.mods[start] < start:
                start = sc.mods[start]
            elif start >= 3 and sc.words[start - 1] == ")" and sc.words[start - 3] == "(" \
                    and start - 3 in sc.mods:  # "Penjabat (Pj) Sekretaris Daerah"
                parens.append((start - 3, start))
                start = sc.mods[start - 3]
            else:
                break
        lower_head = not sc.cap(h)
        end, tail_parens = _tail(sc, sc.heads[h], " ".join(sc.lower[h:sc.heads[h]]) in sc.lex.place_head)
        parens.extend(tail_parens)
        bare = False
        if lower_head and end == sc.heads[h]:
            nxt = end + (end < sc.n and sc.words[end] == ",")
            if nxt not in sc.lists:  # "ketua yang akan dilantik": no title; "anggota, yaitu A": one
                if start == h or not sc.cap(end):
                    continue
                bare = True  # "Ketua DPRD ... Muhammad Faisal ST dan didampingi wakil ketua Repol SAg"
        out.append(_Position(start, h, sc.heads[h], end, parens, lower_head, bare))
        taken = end
    return out


def _org_positions(sc: _Scan, used: set[int]) -> list[_Position]:
    """Organisation phrases after ``oleh``/``didampingi``/``bersama`` that no title has taken."""
    out = []
    intro = sc.lex.org_intro
    # i in 1 .. n-3; the few intro words are looked for one by one (list.index scans in C)
    for i in sorted(k + 1 for w in intro for k in _indices(sc.lower, w, 0, max(0, sc.n - 3))):
        if i in used or not sc.cap(i) or sc.lower[i] not in sc.lex.orghead:
            continue
        end, parens = _tail(sc, i + 1)
        if end > i + 1 and not any(k in used for k in range(i, end)):
            out.append(_Position(i, i, i, end, parens, False))
    return out


def _position_text(sc: _Scan, p: _Position) -> tuple[str, str, int]:
    """(expanded position, position as written, number of role words in the expanded text)."""
    s = p.start
    expanded, role = _expand(tuple(sc.words[s:p.end]), tuple(sc.space[s:p.end]), p.head_end - s,
                             tuple((a - s, b - s) for a, b in p.parens))
    raw = sc.text[sc.starts[s]:sc.end(p.end - 1)]
    return expanded, raw, role


@functools.lru_cache(maxsize=4096)
def _expand(words: tuple[str, ...], space: tuple[bool, ...], head_end: int,
            parens: tuple[tuple[int, int], ...]) -> tuple[str, int]:
    """The expanded text of a position's tokens (abbreviations written out, ``(abbreviations)``
    dropped) and its number of role words; ``head_end`` and ``parens`` index ``words``. Cached:
    positions repeat across pages."""
    facts = _word_facts()
    pieces: list[str] = []
    role = 0
    skip = {k for a, b in parens for k in range(a, b)}
    closes = {b - 1 for _, b in parens}
    kept = [k for k in range(head_end, len(words)) if k not in skip]
    # "Gubernur Kaltim", "Ketua DPRD Inhil": a short position ending in a region's usage
    # abbreviation names the region in full, as standard expansions do
    region_abbr = lexicon().region_abbr
    last = kept[-1] if 0 < len(kept) <= 2 and words[kept[-1]] in region_abbr else -1
    for k, w in enumerate(words):
        if k in skip:
            if pieces and k in closes and space[k]:
                pieces.append(" ")
            continue
        info = facts[w].abbr
        piece = info.expansion if info is not None else region_abbr[w] if k == last else w
        if k < head_end:
            if piece.islower() and piece not in lexicon().connector:  # "Head of", not "Head Of"
                piece = piece.capitalize()  # "Wakil gubernur Riau" -> "Wakil Gubernur Riau"
            role += info.role if info is not None and info.role else len(piece.split())
        # "Kab.Inhil" -> "Kabupaten Inhil": an expanded dotted abbreviation glued to the next word
        pieces.append(piece + " " if space[k] or (info is not None and w.endswith(".")) else piece)
    return _BLANKS.sub(" ", "".join(pieces)).replace(" ,", ",").strip(" ,"), role


# -- names -------------------------------------------------------------------------------------

def _person(sc: _Scan, k: int) -> _Person | None:
    """Parse ``[honorifics] Name [, degrees] [(age)]`` starting at token ``k``."""
    if k >= sc.n or sc.bound[k]:
        return None
    lex, text = sc.lex, sc.text
    pos = sc.starts[k]
    hons: list[tuple[int, int]] = []
    if sc.facts[sc.words[k]].may_prefix:  # the regexes only where a title may start
        pos = _titles(sc, pos, hons)
    t = sc.tok_at(pos) if hons else k
    if t >= sc.n:
        return None
    first_tok = t
    if pos > sc.starts[t] and not sc.namelike(t, pos):
        return None
    name_start = pos
    count = 0
    while t < sc.n and count < _MAX_NAME:
        if t == first_tok and pos > sc.starts[t]:
            pass
        elif not sc.namelike(t) and not (count and sc.lower[t] in sc.lex.month and t + 1 < sc.n
                                         and sc.namelike(t + 1) and sc.space[t]) \
                and not (count and _region_in_name(sc, t)) and not (count and _grade_in_name(sc, t)):
            break  # a month inside a name is a name word: "Emri Juli Harnis"
        count += 1
        t += 1
    if count == 0 or (count == _MAX_NAME and t < sc.n and sc.cap(t) and not sc.bound[t]):
        return None  # no name, or a run of capitalised words: a headline, not a name
    name_end = sc.end(t - 1)
    if _INITIALS.fullmatch(text, name_start, name_end):
        return None
    glued = sc.words[first_tok]
    if glued in lex.glued and count >= 2 and name_start == sc.starts[first_tok]:
        # "HM Wardan": Haji and the initial of Muhammad -> honorific "H", name "M Wardan"
        hons.append((name_start, name_start + len(glued) - 1))
        name_start += len(glued) - 1
    pos = name_end
    while True:
        m = lex.suffix_re.match(text, pos)
        if m is None:
            break
        hons.append(m.span("h"))
        pos = m.end()
    if hons and hons[-1][0] >= name_end and text[hons[-1][1] - 1] == "." \
            and text[hons[-1][0]:hons[-1][1] - 1] in lex.suffix_forms \
            and not _DOTTED_LETTERS.fullmatch(text[hons[-1][0]:hons[-1][1]]) \
            and _SENTENCE_END.match(text, hons[-1][1]):
        a, b = hons[-1]  # "... Ilyas Husti MA." ends the sentence: the dot is no part of "MA"
        hons[-1] = (a, b - 1)
        pos = b - 1
    end_tok = t if pos == name_end else sc.tok_at(pos)
    if end_tok + 2 < sc.n and sc.words[end_tok] == "(" and sc.words[end_tok + 1].isdigit() \
            and sc.words[end_tok + 2] == ")":
        end_tok += 3  # age: "Rahma Nelly (47)"
    party = None
    if end_tok + 2 < sc.n and sc.words[end_tok] == "(" and end_tok + 1 in sc.parties:
        close = sc.parties[end_tok + 1]
        if close < sc.n and sc.words[close] == ")":
            party = (sc.starts[end_tok + 1], sc.end(close - 1))  # "Rianto (PAN), Hj Aisyah (Partai Golkar)"
            end_tok = close + 1
    alias = None
    if end_tok + 2 < sc.n and sc.words[end_tok] == "(" and sc.words[end_tok + 2] == ")":
        short = sc.words[end_tok + 1]
        if 2 <= len(short) <= 4 and short.isalpha() and short.isupper() and short[0] == text[name_start]:
            alias = short  # "Rusli Zainal (RZ)"
            end_tok += 3
    return _Person(name_start, name_end, hons, k, end_tok, count, sc.sentence_start(k), alias, party)


def _grade_in_name(sc: _Scan, t: int) -> bool:
    """``Rizka Utama Nasution``, ``Febri Utama resmi ...``: after a name word, a grade word (Utama, Pratama)
    that a name word or the name's end follows is a name word."""
    if sc.lower[t] not in sc.lex.grades or not sc.cap(t):
        return False
    return t + 1 >= sc.n or sc.namelike(t + 1) or not sc.cap(t + 1)


def _region_in_name(sc: _Scan, t: int) -> bool:
    """``Febriza Luwu (PDI Perjuangan)``, ``Ir. Abdul Kudus, ...``: after a name word, a one-word
    kabupaten/kota name that a bracket, comma or degree closes is the name's last word, not a place."""
    if t + 1 >= sc.n or sc.region_len(t) != 1 or not sc.cap(t):
        return False
    if not (sc.words[t + 1] in ("(", ",") or sc.is_suffix(t + 1)):
        return False
    from ..regions import resolve

    region = resolve(sc.words[t])  # the region's own name ("Luwu"), not a town read as its regency
    return region is not None and region.kind != "provinsi" and region.name.split(" ", 1)[-1] == sc.words[t]


def _titles(sc: _Scan, pos: int, hons: list[tuple[int, int]]) -> int:
    """Honorific prefixes and ranks from char ``pos`` (added to ``hons``): where the name starts."""
    lex, text = sc.lex, sc.text
    while True:
        m = lex.prefix_re.match(text, pos)
        if m is None:
            m = lex.rank_re.match(text, pos)
            if m is not None:
                r = lex.retired_re.match(text, m.end())
                end = r.end() if r else m.end()
                hons.append((m.start(), end))
                pos = sc.skip_blanks(end)
                continue
            return pos
        hons.append((m.start(), m.end()))
        pos = sc.skip_blanks(m.end())


def _person_list(sc: _Scan, k: int) -> list[_Person]:
    """``A, B, dan C`` / ``A dan B`` from token ``k``."""
    out: list[_Person] = []
    p = _person(sc, k)
    while p is not None:
        out.append(p)
        k = p.end_tok
        if k < sc.n and sc.words[k] == ",":
            k += 1
        if k < sc.n and sc.lower[k] in ("dan", "serta"):
            k += 1
        elif k == p.end_tok:
            break
        if sc.titled(k):
            break
        p = _person(sc, k)
        if p is not None and p.n_words == 1 and not p.honorifics and p.end_tok < sc.n \
                and sc.cap(p.end_tok) and sc.orgword(p.end_tok):
            break  # "..., Tamatan Akademi Militer": one word before an organisation's is no name
    return out


def _skip_address(sc: _Scan, k: int) -> int:
    while k < sc.n and (sc.lower[k] in sc.lex.possessive or sc.words[k] in sc.lex.address):
        k += 1
    return k


@functools.lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, ...]:
    """The lower-case words of a name, punctuation dropped (cached: names repeat)."""
    return tuple(_NORM.sub(" ", name.lower()).split())


@functools.lru_cache(maxsize=4096)
def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``Catur Sugeng`` ~ ``Catur Sugeng Susanto``; ``Ahmadsyah`` ~ ``Ahmad Syah Harofie``
    (cached: names repeat across pages)."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    for i in range(len(long_) - len(short) + 1):
        if long_[i:i + len(short)] == short:
            return True
    joined, acc = "".join(short), ""
    for w in long_:
        acc += w
        if len(acc) >= len(joined):
            return acc == joined
    return False


# -- the extractor ---------------------------------------------------------------------------

def extract_officials(ctx: Context) -> tuple[Official, ...]:
    """Officials named in the article: ``Kadis Sosial Provinsi Riau H. Dahrius Husin`` -> Dahrius Husin."""
    if not ctx.text:
        return ()
    sc = _Scan(ctx.text, ctx.tokens)
    mentions: list[_Mention] = []
    unnamed: list[tuple[_Position, str]] = []
    used: set[int] = set()

    def add(p: _Person, pos: _Position, rule: str) -> None:
        expanded, raw, role = _position_text(sc, pos)
        expanded = _inherit(sc, pos, expanded, role, mentions)
        if sc.long_forms:
            expanded = _with_long_forms(sc, expanded)
        add_text(p, expanded, raw, (sc.starts[pos.start], sc.end(pos.end - 1)), role, rule)

    def add_text(p: _Person, position: str, raw: str, span: tuple[int, int], role: int, rule: str) -> None:
        name = _BLANKS.sub(" ", sc.text[p.start:p.end])
        mentions.append(_Mention(name, _name_key(name), p, position, raw, span, role, rule))
        used.update(range(p.first, p.end_tok))

    positions = _positions(sc)
    sc.position_at_end = {p.end: p for p in positions}
    for pos in positions:
        if pos.bare:
            expanded, _, role = _position_text(sc, pos)
            if _inherit(sc, pos, expanded, role, mentions) == expanded:
                continue  # a lower-case title of no chief named just before: no title
        if pos.head_end < pos.end < sc.n and " ".join(sc.lower[pos.head:pos.head_end]) in sc.lex.place_head \
                and all(sc.lower[m] in sc.lex.toponym_head for m in range(pos.head_end, pos.end)) \
                and sc.namelike(pos.end):
            pos.end += 1  # "Camat Pulau Merbau": "Pulau" starts the place, the next word ends it
        used.update(range(pos.start, pos.end))
        k = sc.skips.get(pos.end, pos.end)  # "Gubernur Riau pada masanya, Rusli Zainal"
        comma = k < sc.n and sc.words[k] == ","
        k += comma
        if k in sc.lists:  # "..., yaitu A, B, dan C"
            people = _person_list(sc, _skip_address(sc, sc.lists[k]))
            for p in people:
                add(p, pos, "officials.list")
            if people:
                continue
        if pos.start > 0 and sc.facts[sc.words[pos.start - 1]].group:
            continue  # "seluruh Kepala Organisasi Perangkat Daerah, Ninik Mamak ...": a group
        if _se_group(sc, pos):
            continue  # "Kades se-Kecamatan Bandar Laksamana": every village head of it, a group
        if pos.start > 1 and sc.words[pos.start - 1] == "(":  # "Rahmat Setiawan (Kabid Poldagari)"
            close = next((j for j in range(pos.end, min(pos.end + 6, sc.n)) if sc.words[j] == ")"), None)
            back = None
            if close is not None and not any(sc.bound[j] for j in range(pos.start, close)):
                back = _name_before(sc, pos, used)
            if back is not None:
                wider = _Position(pos.start, pos.head, pos.head_end, close, pos.parens, pos.lower_head)
                used.update(range(pos.start, close))
                org = _org_before(sc, back.first)
                if org is None:
                    add(back, wider, "officials.name_paren_position")
                else:  # "dari KPU Kabupaten Bengkalis Fadillah Al Mausuly (Komisioner)"
                    expanded, raw, role = _position_text(sc, wider)
                    a, b = sc.starts[org], sc.end(back.first - 1)
                    add_text(back, f"{expanded} {_BLANKS.sub(' ', sc.text[a:b])}", raw,
                             (sc.starts[wider.start], sc.end(wider.end - 1)), role, "officials.name_paren_position")
                continue
        if k in sc.reps and not pos.lower_head:  # "Pejabat Fungsional yang diwakili oleh A dan B"
            r = sc.reps[k]
            people = [] if sc.titled(r) else _person_list(sc, r)
            for p in people:
                add(p, pos, "officials.represented")
            if people:
                continue
        p = _person(sc, _skip_address(sc, k))
        if p is not None and not comma and _is_place(sc, pos, p):
            # "Camat Tampan mengatakan", "Kepala Desa Kualu, Saiful": the first word is the place;
            # "Camat Marpoyan Damai Hendri": a known kecamatan/desa name, all its words
            size = max(1, sc.place_len(pos.end), _toponym_len(sc, pos.end))
            used.update(range(pos.end, pos.end + size))
            pos.end += size
            k = pos.end
            addr = _place_address(sc, k)
            if addr is not None:  # "Kepala Desa Kualu Nenas, Kecamatan Tambang, Syafrizal"
                used.update(range(k, addr))
                pos.end = k = addr
            comma = k < sc.n and sc.words[k] == ","
            k += comma
            p = _person(sc, _skip_address(sc, k))
        if p is not None and not sc.titled(k) and not (comma and _in_org_list(sc, p)):
            after = p.end_tok
            q = None if comma or p.honorifics else _apposition(sc, p)
            if q is not None:
                # "Kepala UPT Panti Sosial Tresna Werdha Khusnul Khotimah, Ernawati, mengatakan"
                wider = _Position(pos.start, pos.head, pos.head_end, p.end_tok, pos.parens,
                                  pos.lower_head)
                add(q, wider, "officials.position_comma_name")
                continue
            if after < sc.n and sc.lower[after] in sc.lex.origin and not comma:
                # "Ketua LKSA Rumah Yatim Ibadurrahman asal Duri Kabupaten Bengkalis, Rahma Nelly"
                m = after + 1
                while m < sc.n and (sc.cap(m) or sc.posish(m)) and not sc.bound[m]:
                    m += 1
                if m < sc.n and sc.words[m] == ",":
                    q = _person(sc, m + 1)
                    if q is not None:
                        wider = _Position(pos.start, pos.head, pos.head_end, p.end_tok, pos.parens,
                                          pos.lower_head)
                        add(q, wider, "officials.position_origin_name")
                        continue
            pair = _paired_titles(sc, pos, p, unnamed)
            if pair is not None:  # "Bupati dan Wakil Bupati Siak Alfedri dan Husni Merza": respectively
                first, second = pair
                expanded, raw, role = _position_text(sc, pos)
                own, own_raw, own_role = _position_text(sc, first)
                a, b = sc.starts[first.start], sc.end(first.end - 1)
                add_text(p, " ".join([own, *expanded.split()[role:]]), own_raw, (a, b), own_role,
                         "officials.paired_titles")
                add(second, pos, "officials.paired_titles")
                unnamed[:] = [u for u in unnamed if u[0] is not first]
                continue
            add(p, pos, "officials.position_comma_name" if comma else "officials.position_name")
            if not comma and (sc.lower[pos.head] in sc.lex.list_head  # "Anggota Komisi V ... A, B dan C"
                              or " ".join(sc.lower[pos.start:pos.head_end]) in sc.lex.list_head):
                for q in _person_list(sc, p.first)[1:]:
                    add(q, pos, "officials.position_name_list")
            continue
        back = _name_before(sc, pos, used)
        if back is not None:
            add(back, pos, "officials.name_link_position")
            continue
        if not pos.lower_head:
            unnamed.append((pos, _position_text(sc, pos)[0]))

    for pos in _org_positions(sc, used):  # "didampingi oleh Lembaga ... Provinsi Riau Easter Yuliani"
        p = _person(sc, pos.end)
        if p is not None and p.n_words >= 2 and not p.honorifics and p.end_tok < sc.n \
                and sc.words[p.end_tok].islower() and sc.words[p.end_tok] not in sc.lex.connector:
            add(p, pos, "officials.organization_name")

    for p, (a, b) in _faction_speakers(sc, used):  # "fraksi Golkar disampaikan oleh Karmila Sari"
        start, end = sc.starts[a], sc.end(b - 1)
        add_text(p, f"Fraksi {_BLANKS.sub(' ', sc.text[sc.starts[a + 1]:end])}", sc.text[start:end],
                 (start, end), 1, "officials.faction_speaker")
    for p in _party_members(sc, used, mentions):  # "adalah Rianto (PAN), Hj Aisyah (Partai Golkar)"
        a, b = p.party or (0, 0)
        add_text(p, f"Fraksi {_BLANKS.sub(' ', sc.text[a:b])}", sc.text[a:b], (a, b), 1,
                 "officials.party_member")

    speaker = _quoted_holder(sc, unnamed, mentions, used)  # '... Provinsi Riau mengajak ... ," jelas Rahima Erna'
    if speaker is not None:
        p, pos = speaker
        add(p, pos, "officials.quoted_holder")

    if ctx.options.ner_officials:
        from .officials_ner import ner_mentions

        ner_mentions(sc, positions, mentions, add)
    if ctx.options.learned_officials:  # the role decided by a trained model (officials_learned)
        from .officials_learned import learned_mentions

        learned_mentions(sc, positions, mentions, add)
    groups = _merge(mentions)
    _link_positions(sc, groups, unnamed)
    _link_names(sc, groups)
    _link_pronouns(sc, groups)
    return tuple(_official(sc, g) for g in sorted(groups, key=lambda g: g.first)
                 if not _common_word(sc, g) and not _short_form(sc, g))


def _se_group(sc: _Scan, pos: _Position) -> bool:
    """``Kades se-Kecamatan Bandar Laksamana``, ``Kepala Dinas se-Provinsi Riau``: "se-" before a region
    makes the title every holder's in it, a group (``se-Riau`` one token, or ``se`` ``-`` ``Kecamatan``)."""
    for m in range(pos.head_end, min(pos.end + 1, sc.n)):
        if sc.facts[sc.words[m]].se_region or (sc.lower[m] == "se" and m + 1 < sc.n and sc.words[m + 1] == "-"):
            return True
    return False


def _paired_titles(sc: _Scan, pos: _Position, p: _Person,
                   unnamed: list[tuple[_Position, str]]) -> tuple[_Position, _Person] | None:
    """``Wali Kota dan Bapak Wakil Wali Kota Dumai Bapak H Paisal dan Bapak Sugiyarto``: two titles joined
    by ``dan`` before two names joined by ``dan`` go respectively. The first title (unnamed, right before
    the ``dan``) and the second name, or None."""
    if not unnamed or pos.start < 2:
        return None
    first = unnamed[-1][0]
    j = pos.start - 1
    while j > first.end and sc.words[j] in sc.lex.address:
        j -= 1
    if j != first.end or sc.lower[j] not in ("dan", "&") or first.lower_head:
        return None
    k = p.end_tok
    if k + 1 >= sc.n or sc.lower[k] not in ("dan", "&") or sc.titled(k + 1):
        return None
    second = _person(sc, _skip_address(sc, k + 1))
    if second is None:
        return None
    e = second.end_tok
    if e < sc.n and (sc.lower[e] in ("dan", "serta")
                     or sc.words[e] == "," and e + 1 < sc.n and _person(sc, _skip_address(sc, e + 1))):
        return None  # three names or more: no pair
    return first, second


def _quoted_holder(sc: _Scan, unnamed: list[tuple[_Position, str]], mentions: list[_Mention],
                   used: set[int]) -> tuple[_Person, _Position] | None:
    """``Kepala Dinas ... Provinsi Riau mengajak ... "...," jelas Rahima Erna``: the first bare name after a
    verb of saying holds the office named before it without a holder, when the text names one such
    office only (its other mentions compatible with the fullest) and the name is no one else's."""
    if not unnamed:
        return None
    for c in (q + 1 for q in sc.quotes if 1 <= q < sc.n - 1):
        if c in used or not sc.cap(c) or sc.titled(c):
            continue
        if sc.words[c - 2] not in (",", '"', "”", "“") and not sc.bound[c - 2]:
            continue
        p = _person(sc, c)
        if p is None or p.end_tok < sc.n and not (sc.bound[p.end_tok] or sc.words[p.end_tok] == ","):
            continue
        key = _name_key(sc.text[p.start:p.end])
        if any(_same_person(key, m.key) for m in mentions):
            return None
        before = [(pos, _tokens(e)) for pos, e in unnamed if pos.end <= c and not pos.lower_head
                  and not (pos.start and sc.lower[pos.start - 1] in sc.lex.decree)
                  and not any(_compatible(_tokens(e), _tokens(m.position)) for m in mentions if m.position)]
        if not before:
            return None
        fullest = max(before, key=lambda b: len(b[1]))
        # the office speaks as a sentence's subject ("Kepala Dinas ... mengajak"), not one in a list
        if sc.sentence_start(fullest[0].start) and all(_compatible(ref, fullest[1]) for _, ref in before):
            return p, fullest[0]
        return None
    return None


def _org_before(sc: _Scan, k: int) -> int | None:
    """``dari Badan Kesbangpol Provinsi Riau Rahmat Setiawan (Kabid Poldagari)``: the first token of the
    organisation right before a name at ``k`` (from an organisation head or acronym, after a lower-case
    word), or None."""
    j, start = k - 1, None
    while j >= 0 and k - j <= 8 and not sc.bound[j] and sc.cap(j) and sc.posish(j) and not sc.titled(j):
        if sc.lower[j] in sc.lex.orghead or sc.acronym(j):
            start = j
        j -= 1
    if start is None or j < 0 or sc.cap(j) or sc.bound[j]:
        return None
    return start


def _faction_speakers(sc: _Scan, used: set[int]) -> Iterator[tuple[_Person, tuple[int, int]]]:
    """``fraksi Golkar disampaikan oleh Karmila Sari, fraksi Demokrat oleh Kelmi Amri``: the speaker of a
    legislature's faction, with the tokens [start, end) of ``fraksi <name>``."""
    lex = sc.lex
    for word in lex.faction:
        for i in _indices(sc.lower, word, 0, max(0, sc.n - 3)):
            if i in used:
                continue
            k = i + 1  # the faction's name: up to four words, not a bound, a comma or "oleh"
            while k < sc.n and k < i + 5 and not sc.bound[k] and sc.words[k] != "," \
                    and sc.lower[k] != "oleh" and sc.lower[k] not in lex.faction_verb \
                    and (sc.cap(k) or sc.words[k] in _JOINERS or k == i + 1):
                k += 1
            if k == i + 1 or sc.words[k - 1] in _JOINERS:
                continue
            m = k + (k < sc.n and sc.lower[k] in lex.faction_verb)
            if m < sc.n and sc.lower[m] == "oleh" and not sc.titled(m + 1):
                p = _person(sc, _skip_address(sc, m + 1))
                if p is not None and not any(j in used for j in range(p.first, p.end_tok)):
                    used.update(range(i, k))
                    yield p, (i, k)


def _party_members(sc: _Scan, used: set[int], mentions: list[_Mention]) -> list[_Person]:
    """``Rianto (PAN), Hj Aisyah (Partai Golkar)``: a name with its party in brackets that no title
    has taken is a member of the party's faction. Not an acronym the text gave another long form
    (``Pabrik Kelapa Sawit (PKS)``)."""
    out = []
    for i in sorted(s - 1 for s in sc.parties if s >= 2 and sc.words[s - 1] == "("):
        if i in used or sc.lower[i - 1] in sc.doc_org or sc.words[i + 1] in sc.long_forms:
            continue
        for c in range(max(0, i - _MAX_NAME - 3), i):
            if any(sc.bound[m] or m in used for m in range(c, i)) or not (sc.cap(c) or sc.is_prefix(c)):
                continue
            p = _person(sc, c)
            if p is not None and p.party is not None and sc.tok_at(p.party[0]) == i + 1:
                if not any(_same_person(_name_key(sc.text[p.start:p.end]), m.key) for m in mentions):
                    out.append(p)
                    used.update(range(p.first, p.end_tok))
                break
    return out


def _with_long_forms(sc: _Scan, position: str) -> str:
    """``Sekretaris Bappeda`` -> ``Sekretaris Badan Perencanaan Pembangunan Daerah (Bappeda)`` where the
    text defines the acronym and the position does not hold its long form already."""
    words = position.split(" ")
    for n, w in enumerate(words):
        long_ = sc.long_forms.get(w)
        if long_ is not None and f"({w})" not in position and long_ not in position:
            words[n] = f"{long_} ({w})"
    return " ".join(words)


def _common_word(sc: _Scan, g: _Group) -> bool:
    """A one-word name that is a common word (``Kepala Bidang Angkutan``, ``Inspektur Upacara``,
    ``Berharap``): a word of the position or the sentence, no person (data/common_words.txt)."""
    return all(len(m.key) == 1 and m.key[0] in sc.lex.common for m in g.mentions)


def _short_form(sc: _Scan, g: _Group) -> bool:
    """A one-word name the text defines as a short form (``Banggai Kepulauan (Bangkep)``, ``Natal 2021
    dan Tahun Baru (Nataru)``: a word of its initial just before the brackets) or glosses with an
    organisation word, no acronym (``Pekon (Desa)``): a thing's or a place's name, no person."""
    if any(len(m.key) != 1 or m.person.honorifics for m in g.mentions):
        return False
    word = sc.text[g.mentions[0].person.start:g.mentions[0].person.end]
    for i in _indices(sc.words, "(", 1, max(1, sc.n - 2)):
        if sc.words[i + 2] != ")":
            continue
        if sc.words[i + 1] == word and any(
                sc.words[j][:1] == word[:1] and not sc.bound[j] for j in range(max(0, i - 5), i)):
            return True
        if sc.words[i - 1] == word and sc.cap(i + 1) and sc.orgword(i + 1) and not sc.acronym(i + 1) \
                and i + 1 not in sc.parties:  # not "Rianto (PAN)", "Zuhelmi (PKS)": a party
            return True
    return False


def _is_place(sc: _Scan, pos: _Position, p: _Person) -> bool:
    """A bare word right after ``Camat``/``Lurah``/``Kepala Desa`` is the place, not a name.

    Degrees after the name do not stop it (``Camat Tualang Zalik Efendi, S.Sos``), unless the
    name is one word only (``Camat Hendri, S.Sos``: that word is the name).
    """
    if pos.end != pos.head_end or p.first != pos.end:
        return False
    if any(a < p.start for a, _ in p.honorifics) or (p.honorifics and p.n_words < 2):
        return False
    if " ".join(sc.lower[pos.head:pos.head_end]) not in sc.lex.place_head:
        return False
    w = sc.words[p.first].rstrip(".")
    if len(w) == 1:  # "Kepala Desa M Fadil": an initial starts a name, never a place
        return False
    if p.n_words == 2 and not sc.place_len(p.first) and not _toponym_len(sc, p.first) \
            and not sc.region_len(p.first) and sc.lower[p.first] not in _page_places(sc) \
            and sc.lower[p.end_tok - 1] not in sc.lex.common:
        return False  # "Camat Ade Suwirman": a two-word name, "Ade" named as no kecamatan/desa on the page
    return True


def _page_places(sc: _Scan) -> frozenset[str]:
    """The words the page names as a unit after ``Kecamatan``/``Desa``/``Kelurahan``/... (dot stripped)."""
    if sc.places is None:
        parts = sc.lex.place_parts
        sc.places = frozenset(sc.lower[i + 1] for i in range(sc.n - 1)
                              if sc.lower[i].rstrip(".") in parts and sc.cap(i + 1))
    return sc.places


def _toponym_len(sc: _Scan, k: int) -> int:
    """Tokens of a place name led by toponym words (``Tanjung Rejo``, ``Perkebunan Bukit Lawang``): the
    capitalised ``toponym_head`` words from ``k`` and the one word after them; 0 if none."""
    m = k
    while m < sc.n and sc.cap(m) and sc.lower[m] in sc.lex.toponym_head:
        m += 1
    if m == k or m >= sc.n or not sc.namelike(m):
        return 0
    return m + 1 - k


def _place_address(sc: _Scan, k: int) -> int | None:
    """``, Kecamatan Tambang, <name>`` after a village head's place: the index of the comma before the name."""
    if k + 2 >= sc.n or sc.words[k] != "," or sc.lower[k + 1].rstrip(".") not in sc.lex.place_parts:
        return None
    m = k + 2
    while m < sc.n and m < k + 8 and sc.cap(m) and not sc.bound[m]:
        m += 1
    if m > k + 2 and m < sc.n and sc.words[m] == "," and _person(sc, _skip_address(sc, m + 1)) is not None:
        return m
    return None


def _in_org_list(sc: _Scan, p: _Person) -> bool:
    """``Kepahlawanan, Keperintisin, Kesetiakawanan & Restorasi``: a one-word "name" among org words."""
    k = p.end_tok
    if p.n_words > 1 or p.honorifics or k + 1 >= sc.n:
        return False
    if sc.words[k] not in (",", "&") and sc.lower[k] != "dan":
        return False
    return sc.cap(k + 1) and not sc.titled(k + 1) and sc.orgword(k + 1)


def _apposition(sc: _Scan, p: _Person) -> _Person | None:
    """``<position> <X>, <Name>, <verb>``: X ends the position and the name stands between commas."""
    k = p.end_tok
    if k + 1 >= sc.n or sc.words[k] != "," or sc.titled(k + 1):
        return None
    q = _person(sc, _skip_address(sc, k + 1))
    if q is None or q.end_tok >= sc.n:
        return None
    nxt = sc.words[q.end_tok]
    if nxt == "," or (nxt.islower() and nxt not in ("dan", "serta") and nxt not in sc.lex.connector):
        # "Anggota Komisi V ... Ade Hartarti, Mira Roza, Zulkifli Indra dan Ramos Sianturi": three
        # names or more are a list, not a position's last word and a name
        return None if len(_person_list(sc, p.first)) >= 3 else q
    return None


def _inherit(sc: _Scan, pos: _Position, expanded: str, role: int, mentions: list[_Mention]) -> str:
    """A representative's bare title takes the organisation of the one represented.

    ``Ketua TP PKK Provinsi Riau Misnarni, diwakili Wakil Ketua I Suti Mulyati`` -> ``Wakil Ketua I
    TP PKK Provinsi Riau``; ``Bupati Kampar ..., yang di wakili Sekretaris Daerah`` -> ``Sekretaris
    Daerah Kabupaten Kampar``.
    """
    chief = _unnamed_represented(sc, pos)
    if chief is not None:  # "Bupati Indragiri Hilir yang diwakili Sekretaris Daerah H. Afrizal"
        return _inherit_from(sc, expanded, role, *_position_text(sc, chief)[::2])
    if not mentions or not mentions[-1].position:
        return expanded
    prev = mentions[-1]
    words = expanded.split()
    own = [w for w in words[role:] if not (_ROMAN.fullmatch(w) or w.isdigit())]
    rest = (prev.position or "").split()[prev.role_words:]
    while rest and (_ROMAN.fullmatch(rest[0]) or rest[0].isdigit()):
        rest = rest[1:]  # "Wakil Ketua I TP PKK ..., Wakil Ketua II B": the deputy's own number stays its own
    # "Ketua Komisi V DPRD Riau A bersama anggota Komisi V B": the member's "Komisi V" is the
    # start of the chief's organisation, which it completes
    partial = bool(own) and len(rest) > len(words) - role and \
        [w.lower() for w in rest[:len(words) - role]] == [w.lower() for w in words[role:]]
    if own and not partial or not rest:
        return expanded
    rep = next((s for s, e in sc.reps.items() if e == pos.start), None)
    if rep is not None:
        related = all(sc.words[g] == "," for g in range(prev.person.end_tok, rep))
    else:  # a deputy or member named after the chief in the same sentence
        between = range(prev.person.end_tok, pos.start)
        roles = [w.lower() for w in words[:role]]
        prev_roles = [w.lower() for w in (prev.position or "").split()[:prev.role_words]]
        # "Wakil Ketua" after "Ketua" or another "Wakil Ketua"; not "Wakil Rektor" after "Ketua Yayasan"
        # "Kepala Bidang Persandian A, Kepala Bidang B": one holder each, two bidang, nothing to take
        deputy_of = [w for w in roles if w != "wakil"]
        same_title = roles == prev_roles and deputy_of == roles and roles[:1] != ["anggota"]
        related = not any(sc.bound[g] for g in between) and len(between) <= 6 and not same_title and (
            deputy_of == [w for w in prev_roles if w != "wakil"]
            or bool(roles) and roles[0] in sc.lex.member_role and (roles[0] != "wakil" or not deputy_of))
    if not related:
        return expanded
    if role > 1 and words[role - 1].lower() in sc.lex.own_body:
        # "Sekretaris Daerah": the title names its body (the regional government); only a region is
        # taken ("Bupati Kampar ..., diwakili Sekda" -> Kabupaten Kampar), never "Kepala Kepolisian Resor"'s
        region = _region_of(" ".join(rest))
        return f"{expanded} {region}" if region and not partial else expanded
    if partial:
        return f"{' '.join(words[:role])} {' '.join(rest)}"
    region = _region_of(" ".join(rest))
    if region and len(rest) <= 2:
        return f"{expanded} {region}"
    return f"{expanded} {' '.join(rest)}"


def _unnamed_represented(sc: _Scan, pos: _Position) -> _Position | None:
    """The title no name follows that a representative cue joins to ``pos``: ``Gubernur Riau dalam hal
    ini diwakili oleh <pos>``, ``Bupati Inhil yang diwakili <pos>`` (a few lower-case words between)."""
    rep = next((s for s, e in sc.reps.items() if e == pos.start), None)
    if rep is None:
        return None
    for b in range(rep, max(0, rep - 4) - 1, -1):
        chief = sc.position_at_end.get(b)
        if chief is not None:
            return chief
        if b == 0 or sc.bound[b - 1] or not (sc.words[b - 1].islower() or sc.words[b - 1] == ","):
            return None
    return None


def _inherit_from(sc: _Scan, expanded: str, role: int, chief: str, chief_role: int) -> str:
    """A representative's title with no organisation of its own takes the unnamed chief's: its region
    for a title that names its own body (``Sekretaris Daerah Kabupaten Indragiri Hilir``)."""
    words = expanded.split()
    own = [w for w in words[role:] if not (_ROMAN.fullmatch(w) or w.isdigit())]
    rest = chief.split()[chief_role:]
    if own or not rest:
        return expanded
    region = _region_of(" ".join(rest))
    if role > 1 and words[role - 1].lower() in sc.lex.own_body:
        return f"{expanded} {region}" if region else expanded
    if region and len(rest) <= 2:
        return f"{expanded} {region}"
    return f"{expanded} {' '.join(rest)}"


def _name_before(sc: _Scan, pos: _Position, used: set[int]) -> _Person | None:
    """``Nurmansyah selaku Kepala Dinas ...``: the name before a link word."""
    link = sc.links.get(pos.start)
    if link is None:
        return _cued_name_before(sc, pos, used)
    comma_only = sc.words[link] == "," and pos.start - link == 1
    for c in range(max(0, link - _MAX_BACK), link):
        if any(sc.bound[m] or m in used for m in range(c, link)):
            continue
        if not (sc.cap(c) or sc.is_prefix(c)):
            continue
        p = _person(sc, c)
        if p is None or p.end_tok != link:
            continue
        if comma_only and p.at_sentence_start and p.n_words == 1 and not p.honorifics:
            continue  # "Selanjutnya, Gubernur ..." is no name
        return p
    return None


def _cued_name_before(sc: _Scan, pos: _Position, used: set[int]) -> _Person | None:
    """``disampaikan Zulmansyah Ketua PWI Provinsi Riau``: a name right before the position, after
    a verb of saying or ``oleh`` (``name_cue``), with no comma or link word between; or after ``dan``
    that ends another official's mention (``pair_cue``: ``Rosdi selaku Ketua Komisi I DPRD Pasaman
    Barat dan Adriwilza Ketua Komisi IV ...``)."""
    for c in range(max(1, pos.start - 5), pos.start):
        cue = sc.lower[c - 1]
        if not sc.cap(c) or not (cue in sc.lex.name_cue or cue in sc.lex.pair_cue and c - 2 in used):
            continue
        if any(sc.bound[m] or m in used for m in range(c, pos.start)):
            continue
        p = _person(sc, c)
        if p is not None and p.end_tok == pos.start:
            return p
    return None


def _merge(mentions: list[_Mention]) -> list[_Group]:
    groups: list[_Group] = []
    for m in mentions:
        for g in groups:
            if _joins(m, g):
                g.mentions.append(m)
                break
        else:
            groups.append(_Group([m]))
    return groups


def _joins(m: _Mention, g: _Group) -> bool:
    """Is ``m`` a mention of the person of ``g``?"""
    for o in g.mentions:
        if _same_person(m.key, o.key) and not _spouses(m, o):
            return True
        if m.position and o.position and _tokens(m.position) == _tokens(o.position) \
                and _same_words(m.key, o.key):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Under one position, ``Edy Nasution`` is ``Edy Natar Nasution`` (a middle name left out),
    ``Atal Depari Sembiring`` is ``Atal Sembiring Depari`` (the same words in another order),
    ``M.Zaki`` is ``Muhammad Zaki`` (an initial for a word) and ``Wan Thamrim Hasyim`` is ``Wan
    Thamrin Hasyim`` (one word of five letters or more misspelt by one letter)."""
    if _misspelt(a, b):
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    if len(a) == len(b) and a[-1] == b[-1] and all(
            x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
            for x, y in zip(a, b)):
        return True
    if a[0] != b[0]:
        return False
    if sorted(a) == sorted(b):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if short[-1] != long_[-1] or len(short) == len(long_):
        return False
    rest = iter(long_)
    return all(w in rest for w in short)  # a subsequence


def _misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same name but for one word of five letters or more misspelt by one letter."""
    if len(a) != len(b) or sum(x != y for x, y in zip(a, b)) != 1:
        return False
    x, y = next((x, y) for x, y in zip(a, b) if x != y)
    return min(len(x), len(y)) >= 5 and _one_edit(x, y)


def _one_edit(x: str, y: str) -> bool:
    """Do ``x`` and ``y`` differ by one letter changed, added or left out (``Thamrim``/``Thamrin``,
    ``Arsadjuliandi``/``Arsyadjuliandi``)?"""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((k for k, (c, d) in enumerate(zip(x, y)) if c != d), len(x))
    return x[i + (len(x) == len(y)):] == y[i + 1:]


def _spouses(a: _Mention, b: _Mention) -> bool:
    """``Bupati Siak Alfedri`` and ``Ketua TP PKK Siak Rasidah Alfedri``: a name that ends with the
    other's whole name, under another title, is a different person (a wife takes her husband's name)."""
    short, long_ = (a.key, b.key) if len(a.key) < len(b.key) else (b.key, a.key)
    if len(short) == len(long_) or long_[-len(short):] != short or not a.position or not b.position:
        return False
    wa, wb = a.position.lower().split(), b.position.lower().split()
    return wa[0] not in wb and wb[0] not in wa  # "Papua Governor" and "Governor": one title


@functools.lru_cache(maxsize=4096)
def _tokens(s: str | None) -> tuple[str, ...]:
    """The lower-case words of a position, punctuation dropped (cached: positions repeat)."""
    return tuple(_NORM.sub(" ", (s or "").lower()).split())


def _link_positions(sc: _Scan, groups: list[_Group],
                    unnamed: list[tuple[_Position, str]]) -> None:
    """``Kadis``, ``Gubri``, ``Sekda Kampar``: a position without a name refers to the one holder."""
    for pos, expanded in unnamed:
        ref = _tokens(expanded)
        if not ref:
            continue
        best: tuple[int, _Group, _Mention] | None = None
        start = sc.starts[pos.start]
        for g in groups:
            for m in g.mentions:
                have = _tokens(m.position)
                if not have or not _compatible(ref, have):
                    continue
                dist = start - m.person.start if m.person.start < start else 10**9 + m.person.start
                if best is None or dist < best[0]:
                    best = (dist, g, m)
        if best is not None:
            _, g, m = best
            end = sc.end(pos.end - 1)
            g.refs.append((start, end, "officials.ref.position"))
            if len(ref) > len(_tokens(m.position)) and set(_tokens(m.position)) <= set(ref):
                g.fuller.append((expanded, sc.text[start:end], _position_text(sc, pos)[2]))


@functools.lru_cache(maxsize=4096)
def _compatible(ref: tuple[str, ...], have: tuple[str, ...]) -> bool:
    """Does the unnamed position ``ref`` name the holder of ``have``? (cached: positions repeat)"""
    lex = lexicon()
    mods = lex.mod_words
    core_ref = [w for w in ref if w not in mods]
    core_have = [w for w in have if w not in mods]
    if not core_ref or not core_have or core_ref[0] != core_have[0]:
        return False
    if ("wakil" in ref) != ("wakil" in have):
        return False
    have_set = set(core_have)
    missing = [w for w in core_ref if w not in have_set]
    if not missing:
        return True
    names = lex.region_names
    size = len(core_have)
    have_region = any(tuple(core_have[i:j]) in names
                      for i in range(1, size) for j in range(i + 1, min(i + 5, size + 1)))
    place = tuple(w for w in missing if w not in lex.region_units)
    return not have_region and place in names


def _link_names(sc: _Scan, groups: list[_Group]) -> None:
    """Later mentions of a name or part of it (``Syamsuar``, ``Catur Sugeng``, ``Ahmadsyah``)."""
    variants: dict[tuple[str, ...], set[int]] = {}
    for gi, g in enumerate(groups):
        for m in g.mentions:
            for part in _name_variants(m.key):
                variants.setdefault(part, set()).add(gi)
            if m.person.alias:
                variants.setdefault((m.person.alias.lower(),), set()).add(gi)
    if not variants:
        return
    covered: set[int] = set()
    for g in groups:
        for m in g.mentions:
            covered.update(range(m.person.first, m.person.end_tok))  # honorifics and "(RZ)" too
    longest = max(map(len, variants))
    firsts = {v[0] for v in variants}
    keys = sc.name_keys
    i = 0  # the first token not yet read
    for c in compress(count(), map(firsts.__contains__, keys)):
        if c < i or c in covered:
            continue
        i = c
        hit = None
        for size in range(min(longest, sc.n - i), 0, -1):
            part = keys[i:i + size]
            if None in part:
                continue
            owners = variants.get(part)
            if owners and len(owners) == 1:
                hit = (size, next(iter(owners)))
                break
        if hit is None:
            i += 1
            continue
        size, gi = hit
        nxt = i + size
        if nxt < sc.n and sc.namelike(nxt) and sc.space[nxt - 1]:
            i = nxt  # part of a longer, different name
            continue
        start, end = sc.starts[i], sc.end(nxt - 1)
        groups[gi].refs.append((start, end, "officials.ref.name"))
        i = nxt


@functools.lru_cache(maxsize=4096)
def _name_variants(key: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The forms a later mention of a name may take: every run of its words (one word only with 4+
    letters and no organisation word) and two neighbours written as one (cached: names repeat)."""
    org = lexicon().org
    out = []
    for size in range(1, len(key) + 1):
        for i in range(len(key) - size + 1):
            part = key[i:i + size]
            if size == 1 and (len(part[0]) < 4 or part[0] in org):
                continue
            out.append(part)
    out.extend(("".join(key[i:i + 2]),) for i in range(len(key) - 1))
    return tuple(out)


def _link_pronouns(sc: _Scan, groups: list[_Group]) -> None:
    """``Beliau`` refers to the official mentioned last before it."""
    if not sc.pronouns:
        return
    marks: list[tuple[int, int]] = []
    for gi, g in enumerate(groups):
        marks.extend((m.person.start, gi) for m in g.mentions)
        marks.extend((start, gi) for start, _, _ in g.refs)
    marks.sort()
    starts = [s for s, _ in marks]
    for i in sc.pronouns:
        at = bisect.bisect_left(starts, sc.starts[i]) - 1
        if at >= 0:
            start, end = sc.starts[i], sc.end(i)
            groups[marks[at][1]].refs.append((start, end, "officials.ref.pronoun"))


@functools.lru_cache(maxsize=4096)
def _region_of(position: str) -> str | None:
    """The region a position names last (``Kepala Dinas Sosial Provinsi Riau`` -> ``Provinsi Riau``);
    cached by the position text, as positions repeat across pages."""
    try:
        from ..regions import find_regions
    except ImportError:  # pragma: no cover - regions ships with the package
        return None
    found = find_regions(position)
    if not found:
        return None
    region = found[-1].region
    return f"Provinsi {region.name}" if region.kind == "provinsi" else region.name


def _with_context_org(sc: _Scan, position: str, role: int) -> str:
    """``Sekretaris Dinas`` -> ``Sekretaris Dinas Pertanian Dan Ketahanan Pangan Provinsi Bali``: a title
    whose organisation is a bare generic word (``context_org``) takes the one organisation the text names
    with that word; unchanged when the text names none or several."""
    words = position.split()
    if len(words) != role + 1 or words[role].lower() not in sc.lex.context_org:
        return position
    named: list[tuple[str, ...]] = []
    texts: dict[tuple[str, ...], str] = {}
    for i in _indices(sc.lower, words[role].lower()):
        if not sc.cap(i) or i + 1 >= sc.n:
            continue
        end, parens = _tail(sc, i + 1)
        if end <= i + 1:
            continue
        org = _position_text(sc, _Position(i, i, i, end, parens, False))[0]
        key = _tokens(org)
        named.append(key)
        texts[key] = org
    if not named:
        return position
    longest = max(named, key=len)
    if any(key != longest[:len(key)] for key in named):
        return position  # two organisations of that kind: which one is not said
    return " ".join([*words[:role], texts[longest]])


def _with_context_region(sc: _Scan, position: str, role: int) -> str:
    """``Bupati`` -> ``Bupati Bengkalis``: a regional head's title with no region (``head_of_kabupaten``,
    ``head_of_kota``, ``head_of_provinsi``) takes the one region of that kind the text names; unchanged
    when it names none or several."""
    words = position.split()
    if not words or len(words) != role:
        return position
    kind = sc.lex.head_of.get(" ".join(words[-2:]).lower()) or sc.lex.head_of.get(words[-1].lower())
    body = kind is None and words[-1].lower() in sc.lex.own_body  # "Sekretaris Daerah": of either kind
    if kind is None and not body:
        return position
    if body:  # the secretary of the government the text's first regional head with a region heads
        for chief in sorted(sc.position_at_end.values(), key=lambda p: p.start):
            head = " ".join(sc.lower[chief.head:chief.head_end])
            if chief.head == chief.start and (head in sc.lex.head_of or sc.lower[chief.head] in sc.lex.head_of):
                region = _region_of(_position_text(sc, chief)[0])
                if region:
                    return f"{position} {region}"
        return position
    from ..regions import find_regions

    regions = {m.region for m in find_regions(sc.text) if m.region.kind == kind}
    if len(regions) != 1:
        return position
    name = regions.pop().name
    return f"{position} {name if kind == 'provinsi' else name.split(' ', 1)[1]}"


def _official(sc: _Scan, g: _Group) -> Official:
    text = sc.text
    by_name = max(g.mentions, key=lambda m: (len(m.key), len(m.name)))
    misspelt = [m for m in g.mentions if len(m.key) == len(by_name.key) and m.key != by_name.key
                and _misspelt(m.key, by_name.key)]
    if misspelt:  # "Bupati Sambas Satono", later "Bupati Santono": the spelling written most often
        by_name = max([by_name, *misspelt], key=lambda m: text.count(m.name))
    by_hons = max(g.mentions, key=lambda m: len(m.person.honorifics))
    cands = [(m.position, m.position_raw, m.role_words) for m in g.mentions if m.position]
    cands += g.fuller
    best = max(cands, key=lambda c: len(_tokens(c[0]))) if cands else None
    # (start, end, field, rule): every span's text is text[start:end], so these tell a span whole
    # and sort as the spans do
    found: set[tuple[int, int, str, str]] = set()
    for m in g.mentions:
        p = m.person
        found.add((p.start, p.end, "name", m.rule))
        for a, b in p.honorifics:
            found.add((a, b, "honorific", m.rule))
        if m.pos_span is not None:
            found.add((*m.pos_span, "position", m.rule))
    found.update((a, b, "name", rule) for a, b, rule in g.refs)
    spans = tuple(Span(a, b, text[a:b], rule, field) for a, b, field, rule in sorted(found))
    honorifics = tuple(_BLANKS.sub(" ", text[a:b]) for a, b in by_hons.person.honorifics)
    if best is None:
        return Official(name=by_name.name, honorifics=honorifics, spans=spans)
    position, raw, role = best
    position = _with_context_region(sc, _with_context_org(sc, position, role), role)
    return Official(name=by_name.name, honorifics=honorifics, position=position, position_raw=raw,
                    organization=_organization(position, role), region=_region_of(position),
                    spans=spans)


@functools.lru_cache(maxsize=4096)
def _organization(position: str, role: int) -> str | None:
    """The organisation part of a position: from its first organisation word or acronym (cached:
    positions repeat)."""
    orghead = lexicon().orghead
    words = position.split()[role:]
    for i, w in enumerate(words):
        bare = w.strip(",.()")
        letters = bare.replace("-", "")
        if _ROMAN.fullmatch(bare):
            continue
        if bare.lower() in orghead or (letters.isalnum() and sum(c.isupper() for c in letters) >= 2):
            return " ".join(words[i:]).strip(" ,") or None
    return None
