"""Events: the activities a page reports, with date, time, venue, venue region and organiser.

An event is kept only when the text gives a date or a venue for it (corpus rule). Evidence comes
sentence by sentence: an event word (``Bimtek``, ``sosialisasi``, ``kunjungan kerja`` ...; or an
anaphor ``Kegiatan ini`` / a verb ``melepas``) with a date (``psm_extract.dates.find_dates``,
anchored to the publication date) and/or a venue phrase after ``di``/``ke``. Word lists live in
``data/events_*.tsv``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter
from urllib.parse import urlsplit

from .. import dates, regions, resources
from ..records import Event, Span
from ..wordmatch import fold
from . import Context

__all__ = ["extract_events"]

_TOK = re.compile(r"[(),;:]|[^\s,;:()]+")
# a sentence ends at ".", "!" or "?" before an optional closing quote and whitespace, or at line
# breaks; the match starts at that character so that the regex engine can skip fast to the next one
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’]?\s+|(?<=\n)\n*)")
# a year not glued to a word, path or number: the lookbehind comes after the year so that the regex
# engine can skip fast to the next "1" or "2"
_YEAR = re.compile(r"(19[89]\d|20\d\d)(?<![\w/.:-]\d{4})(?![\w/])")
_URL_DATE = re.compile(r"(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?!\d)")
_NUMBERISH = re.compile(r"[IVXL]+|\d{1,4}|[Kk]e-\w+")
_NUMERAL = re.compile(r"\d{1,4}|[IVXL]+")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")  # "(17/8)": a day written in brackets
_VERB = re.compile(r"(?:me|di|ber|ter)[a-z]{4,}")


# -- word lists -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Lists:
    heads: dict[str, str]          # word -> head | anaphor | verb  (multiword keys joined by " ")
    head_first: dict[str, tuple[tuple[int, str], ...]]  # first word -> (length, head), longest first
    starts: frozenset[str]         # the first words and the venue cues: the tokens a sentence is read at
    venue_heads: dict[str, bool]   # word -> dateline fallback allowed
    words: dict[str, set[str]]     # kind -> words
    name_inner: frozenset[str]     # words["inner"] but "ke": lowercase words inside an event name
    organise: frozenset[str]       # words["passive"] | words["active"]: verbs of organising
    abbrevs: frozenset[str]
    host_suffixes: tuple[tuple[str, str], ...]  # (a host label's ending, the region prefix it means)


@functools.cache
def _lists() -> _Lists:
    heads: dict[str, str] = {}
    for row in resources.tsv("events_heads.tsv"):
        heads.setdefault(row["word"].lower(), row["kind"])
    venue = {row["word"].lower(): row["dateline"] == "yes" for row in resources.tsv("events_venue_heads.tsv")}
    words: dict[str, set[str]] = {}
    for row in resources.tsv("events_words.tsv"):
        words.setdefault(row["kind"], set()).add(row["word"].lower())
    abbrevs = {w.lower() for w in resources.lines("tokenizer_special_cases.tsv") if w.endswith(".")}
    abbrevs |= words.get("abbrev", set()) | {w for w in words.get("inner", ()) if w.endswith(".")}
    first: dict[str, list[tuple[int, str]]] = {}
    for key in heads:
        first.setdefault(key.split()[0], []).append((len(key.split()), key))
    head_first = {k: tuple(sorted(v, reverse=True)) for k, v in first.items()}
    starts = frozenset(head_first) | words["cue"]
    suffixes = tuple(sorted(((row["suffix"], row["prefix"]) for row in resources.tsv("events_site_hosts.tsv")),
                            key=lambda x: -len(x[0])))
    return _Lists(heads, head_first, starts, venue, words, frozenset(words["inner"] - {"ke"}),
                  frozenset(words["passive"] | words["active"]), frozenset(abbrevs), suffixes)


_ABBREV = re.compile(r"[A-Z]\.|(?:[a-z]\.){2,}|[A-Z][a-z]?\.")


@functools.lru_cache(maxsize=4096)
def _is_abbrev(word: str) -> bool:
    if word.lower() in _lists().abbrevs or _ABBREV.fullmatch(word):
        return True
    # titles glued before a name ("Drs.H.", "Dr.Ir."): a prefix title, then abbreviations, each with its dot
    parts = word.split(".")
    return len(parts) > 2 and not parts[-1] and f"{parts[0]}." in _prefix_titles() \
        and all(_is_abbrev(f"{p}.") for p in parts[1:-1])


@functools.cache
def _prefix_titles() -> frozenset[str]:
    """The dotted titles written before a name (``H.``, ``Drs.``; honorifics.tsv kind prefix)."""
    return frozenset(r["form"] for r in resources.tsv("honorifics.tsv") if r["kind"] == "prefix" and r["form"].endswith("."))


# -- sentences and tokens ---------------------------------------------------------------------

@dataclass(slots=True)
class _Toks:
    """Tokens of sentences as columns (cheaper to build than an object per token): token i starts
    at ``start[i]`` in the text; ``word[i]`` drops a sentence-final dot (not an abbreviation's)
    and ``final_dot[i]`` says so; ``lower[i]`` is ``word[i].lower()``."""

    start: list[int]
    word: list[str]
    lower: list[str]
    final_dot: list[bool]

    def __len__(self) -> int:
        return len(self.word)

    def end(self, i: int) -> int:
        """The offset after ``word[i]``."""
        return self.start[i] + len(self.word[i])

    def slice(self, a: int, b: int) -> _Toks:
        """Tokens a to b - 1."""
        return _Toks(self.start[a:b], self.word[a:b], self.lower[a:b], self.final_dot[a:b])


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        mark, after = m.span()
        if text[mark] == "\n":
            end = mark
        else:
            end = mark + 1  # the sentence keeps its "."
            gap = text[end:after]
            if "\n" not in gap and gap.isspace():  # no quote, no line break: an abbreviation?
                nxt = text[after:after + 1]
                if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“") \
                        or _is_abbrev(text[max(0, end - 12):end].split()[-1]):
                    continue
        if text[start:end].strip():
            out.append((start, end))
        start = after
    if text[start:].strip():
        out.append((start, len(text)))
    return out


# the characters that end a word with no space before the next: brackets and punctuation (tokens
# of their own), a sentence-final dot and the closing quote after it
_WORD_ENDS = "(),;:.\"”’"


def _head_sentences(text: str, sents: list[tuple[int, int]]) -> list[int]:
    """The indices of the sentences that may hold an event word: every sentence with a token that
    starts one (and a few more). The others need no tokens.

    A sentence's words, lowercased and split at white space and at ``_WORD_ENDS``, hold the
    lowercase form of each of its tokens (a final dot dropped)."""
    first_words = _lists().head_first.keys()
    low = text.lower()
    if len(low) != len(text) or not _plain_first_words():  # "İ": offsets move; read every sentence
        return list(range(len(sents)))
    for c in _WORD_ENDS:
        if c in low:
            low = low.replace(c, " ")
    return [si for si, (a, b) in enumerate(sents) if not first_words.isdisjoint(low[a:b].split())]


@functools.cache
def _plain_first_words() -> bool:
    """No first word of an event word holds one of ``_WORD_ENDS`` (``_head_sentences`` blanks them)."""
    return not any(c in word for word in _lists().head_first for c in _WORD_ENDS)


@functools.cache
def _tok_re() -> re.Pattern[str]:
    """``_TOK``, and a "di" glued to a one-word venue head a token of its own (``dipelataran parkir``,
    ``diaula``: "di pelataran parkir", "di aula"; ``dipasarkan`` stays one word)."""
    heads = sorted((h for h in _lists().venue_heads if h.isalpha()), key=len, reverse=True)
    return re.compile(rf"[(),;:]|(?<![^\s(])[Dd]i(?=(?i:{'|'.join(heads)})(?![^\s,;:()]))|[^\s,;:()]+")


def _tokens(text: str, spans: list[tuple[int, int]]) -> tuple[_Toks, list[int]]:
    """The tokens of the spans of the text (sentences) and, for span k, the index of its first
    token, ``bounds[k]`` (``bounds[-1]``: the number of tokens)."""
    matches, bounds = [], [0]
    for start, end in spans:
        matches.extend(_tok_re().finditer(text, start, end))
        bounds.append(len(matches))
    words = list(map(re.Match.group, matches))
    lowers = list(map(str.lower, words))
    final_dot = [False] * len(words)
    for i, word in enumerate(words):
        if word[-1] == "." and len(word) > 1 and not _is_abbrev(word):
            final_dot[i] = True
            words[i] = word = word[:-1]
            lowers[i] = word.lower()
    return _Toks(list(map(re.Match.start, matches)), words, lowers, final_dot), bounds


def _capitalised(word: str) -> bool:
    """Starts with A-Z or 0-9."""
    c = word[:1]
    return "A" <= c <= "Z" or "0" <= c <= "9"


# -- phrases ----------------------------------------------------------------------------------

def _head_at(toks: _Toks, i: int) -> tuple[str, str, int] | None:
    """(head, kind, number of tokens) of the longest event word starting at token i."""
    L = _lists()
    lowers = toks.lower
    for n, key in L.head_first.get(lowers[i], ()):
        if n == 1:
            matched = lowers[i] == key
        else:
            matched = i + n <= len(lowers) and " ".join(lowers[i:i + n]) == key \
                and not any(toks.final_dot[i:i + n - 1])
        if matched:
            return key, L.heads[key], n
    return None


def _venue_head_at(toks: _Toks, i: int) -> str | None:
    heads = _lists().venue_heads
    lowers = toks.lower
    if i + 1 < len(lowers):
        key = lowers[i] + " " + lowers[i + 1]
        if key in heads:
            return key
    return lowers[i] if i < len(lowers) and lowers[i] in heads else None


def _is_stop(toks: _Toks, i: int, dates_at: set[int]) -> bool:
    """Token i starts a date or names a weekday: no name or venue goes on past it."""
    return toks.start[i] in dates_at or _is_weekday(toks.word[i])


@functools.lru_cache(maxsize=4096)
def _is_weekday(word: str) -> bool:
    """``Senin``, ``'Rabu'``: a weekday name, quotes around it dropped."""
    return dates.weekday_number(word.strip("'’")) is not None


@functools.lru_cache(maxsize=4096)
def _is_weekday_name(word: str) -> bool:
    """``Senin``: a weekday name as written (``'Rabu'`` is not)."""
    return dates.weekday_number(word) is not None


# what a token is to a name or a venue phrase (_name_word, _venue_word)
_WEEKDAY, _OPEN, _CLOSE, _COMMA, _SEP, _NAMELIKE, _INNER, _AND, _LOWER, _OTHER = range(10)


@functools.lru_cache(maxsize=8192)
def _name_word(word: str) -> int:
    """What a token is to a title-case name (``_name_end``): a weekday (a name stops before it), a
    bracket, a punctuation mark, a capitalised word or a number, a word inside a name (``dan``
    and ``&`` only before a capitalised one), a lowercase word a name may hold, or another word."""
    lw = word.lower()
    inner = _lists().name_inner
    if _is_weekday(word):
        return _WEEKDAY
    if word in ("(", ")", ",", ";", ":"):
        return (_OPEN, _CLOSE, _SEP, _SEP, _SEP)["(),;:".index(word)]
    if _capitalised(word) or _NUMBERISH.fullmatch(word):
        return _NAMELIKE
    if lw in inner:
        return _AND if lw in ("dan", "&") else _INNER
    if word.isalpha() and lw not in _lists().words["namestop"] and not _VERB.match(lw):
        return _LOWER
    return _OTHER


@functools.lru_cache(maxsize=8192)
def _venue_word(word: str) -> int:
    """What a token is to a venue phrase (``_venue_at``): a weekday (the phrase stops before it),
    a bracket, a comma, another punctuation mark, a capitalised word, a number or a word inside a
    place name, a lowercase word that may follow a venue head, or another word."""
    L = _lists()
    lw = word.lower()
    if _is_weekday(word):
        return _WEEKDAY
    if word in ("(", ")", ",", ";", ":"):
        return (_OPEN, _CLOSE, _COMMA, _SEP, _SEP)["(),;:".index(word)]
    if _capitalised(word) or _NUMERAL.fullmatch(word) \
            or lw in L.words["inner"] and lw not in L.words["inner_nostart"]:
        return _NAMELIKE
    if word.isalpha() and word.islower() and lw not in L.words["namestop"] and not _VERB.match(lw):
        return _LOWER
    return _OTHER


def _name_end(toks: _Toks, i: int, dates_at: set[int], lower: bool = True) -> int:
    """Index after the last token of a title-case name starting at token i (i itself included)."""
    words, starts, final_dot = toks.word, toks.start, toks.final_dot
    j, last, depth, paren_start, n_lower = i + 1, i + 1, 0, -1, 0
    if final_dot[i]:
        return i + 1
    while j < len(words) and j - i < 24:
        kind = _name_word(words[j])
        if depth == 0 and (kind == _WEEKDAY or starts[j] in dates_at):
            break  # a date or a weekday ends the name
        if kind == _OPEN:
            depth, paren_start = depth + 1, j
        elif kind == _CLOSE:
            if depth == 0:
                break
            depth -= 1
            last = j + 1
        elif depth > 0:
            if j - paren_start > 10:
                break
        elif kind == _NAMELIKE:
            last = j + 1
        elif kind == _AND:
            if not (j + 1 < len(words) and _capitalised(words[j + 1])):
                break
        elif kind == _LOWER and lower and n_lower < 6:
            n_lower += 1
            last = j + 1
        elif kind != _INNER:
            break
        if final_dot[j]:
            break
        j += 1
    return max(last, i + 1) if depth == 0 or last > i + 1 else i + 1


@dataclass(slots=True)
class _Venue:
    start: int
    end: int
    text: str
    head: str | None      # venue head word, or None for a bare place
    cue: str
    placed: bool = False  # after a verb of placing: "bertempat di", "digelar di"


def _venue_at(text: str, toks: _Toks, k: int, dates_at: set[int], cue: str | None = None) -> _Venue | None:
    """The venue phrase after the cue token k ("di"/"ke"), if any.

    ``cue`` overrides the cue word: ``"visit"`` for "ke" after a visit word (``kunjungan kerja ke
    Kecamatan Bantan``: an office, a kecamatan/desa or a region is the venue without a venue head),
    ``"object"`` for the building an inauguration names (``peresmian Masjid Raya Tembilahan``).
    """
    L = _lists()
    words, lowers, final_dot = toks.word, toks.lower, toks.final_dot
    cue = cue or lowers[k]
    i = k + 1
    while i < len(words) and (lowers[i] == "di" or lowers[i] in L.words["article"]):  # "di di" (site typo),
        i += 1                                                                        # "at the State Building"
    if i >= len(words):
        return None
    first = i
    if lowers[i] in L.words["notvenue"]:
        return None  # "di lingkungan Universitas Riau", "di bawah ...": no place
    if lowers[i] in L.words["quant"] and i + 1 < len(words) and _venue_head_at(toks, i + 1):
        i += 1
    head, head_idx = None, -1
    placed = k > 0 and lowers[k - 1] in L.words["placecue"]  # "berlangsung di", "digelar di"
    for n in range(i, min(i + 4, len(words))):
        if n > i and not _capitalised(words[n]) and not (placed and n == i + 1):
            break  # after "berlangsung di" the head may follow a local word: "wantilan kantor Distanpangan"
        head = _venue_head_at(toks, n)
        if head:
            head_idx = n
            break
    w0 = words[i]
    if head is None and _capitalised(w0):
        head_idx = _posthead(toks, i)
        head = lowers[head_idx] if head_idx >= 0 else None
    if head is None and not _capitalised(w0):
        return None
    if head is None and cue in ("ke", "object") or cue == "object" and head_idx != i:
        return None
    if cue == "ke" and head in L.words["route"]:
        return None  # "menuju ke Jalan Antara": a route, not where the event is held
    inner = L.words["inner"]
    place = L.words["place"]
    starts = toks.start
    j, last = i, i
    depth = 0
    while j < len(words) and j - first < 28:
        lw = lowers[j]
        kind = _venue_word(words[j])
        if j > i and depth == 0 and (kind == _WEEKDAY or starts[j] in dates_at):
            break  # a date or a weekday ends the venue
        if kind == _OPEN:
            if j + 1 < len(words) and _DAY_MONTH.fullmatch(words[j + 1]):
                break  # "di Hall Kantor Bupati Puncak Jaya (17/8)": a day, even one the text gives no year
            depth += 1
        elif kind == _CLOSE:
            if depth == 0:
                break
            depth -= 1
            last = j + 1
        elif depth > 0:
            pass
        elif kind == _COMMA:
            if j + 4 < len(words) and lowers[j + 1] == "yang" and lowers[j + 2] in L.words["locrel"] \
                    and lowers[j + 3] == "di" and _address_part(toks, j + 4, dates_at):
                j += 4  # "SDN 036, yang berada di Jalan Hang Tuah nomor. 59, Pekanbaru"
                continue
            if _address_part(toks, j + 1, dates_at) or head is not None and "," not in text[toks.start[i]:starts[j]] \
                    and j + 1 < len(words) and _capitalised(words[j + 1]) and _venue_head_at(toks, j + 1):
                # "Balai Pauh Janggi, Gedung Daerah": the building a headed venue is in
                j += 1
                continue
            break
        elif kind == _SEP:
            break
        elif lw == "yang" and j + 2 < len(words) and lowers[j + 1] in L.words["locrel"] \
                and lowers[j + 2] == "di":
            j += 3
            continue
        elif lw == "di" and j + 1 < len(words) and lowers[j + 1] in place and j > i:
            j += 1  # "Kediaman di Desa Sei Lembu Makmur", "Kantor Cabang Pelindo I Dumai di Jl. Sultan Syarif Kasim"
            continue
        elif j == i or kind == _NAMELIKE or _venue_head_at(toks, j):
            if lw in ("dan", "&") and not (j + 1 < len(words) and _capitalised(words[j + 1])):
                break
            if lw not in inner or lw in L.words["inner_end"]:
                last = j + 1
            elif lw in place or lw in L.words["inner_end"]:
                last = j + 1
        elif lw in L.words["venue_end"]:
            break
        elif kind == _LOWER and head is not None and 0 < j - head_idx <= 3:
            # "ruang rapat paripurna DPRD Riau", "ruang kerjanya,": kept if a name or the end follows
            if final_dot[j] or j + 1 >= len(words) or words[j + 1] in ",;:" \
                    or lowers[j + 1] in L.words["namestop"] or _is_stop(toks, j + 1, dates_at):
                last = j + 1
        else:
            break
        if final_dot[j]:
            break
        j += 1
    if last <= i:
        return None
    start, end = toks.start[first], toks.end(last - 1)
    while end > start and text[end - 1] in _CLOSING_QUOTES:  # 'Kabupaten Temanggung”'
        end -= 1
    phrase = text[start:end]
    if head is None:
        if not (_bare_place(phrase, w0.lower(), cue) or placed and _named_site(phrase)):
            return None
        cut = _region_end(phrase)
        if cut < len(phrase):  # "di Kabupaten Rokan Hilir (Rohil) Pemerintah Kabupaten Rokan Hulu ..."
            end = start + cut
            phrase = text[start:end]
    elif " " not in phrase and phrase.islower():
        return None  # "turun ke lapangan", "di lapangan": a head word alone names no place
    return _Venue(start, end, phrase, head, cue, placed)


_CLOSING_QUOTES = "\"”’'"


def _posthead(toks: _Toks, i: int) -> int:
    """The index of an English venue head after the capitalised name that starts at token i
    (``Diskominfotik office``, ``Sasana Bhakti Praja (SBP) building``), else -1."""
    words, lowers = toks.word, toks.lower
    j, depth = i, 0
    while j < len(words) and j - i < 8:
        w = words[j]
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif not (depth or _capitalised(w)) or toks.final_dot[j]:
            break
        j += 1
    return j if j > i and j < len(words) and depth == 0 and lowers[j] in _lists().words["posthead"] else -1
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w.-]*\)")


def _region_end(phrase: str) -> int:
    """Where a bare venue that opens with a region name ends: after the name and an acronym in
    brackets (``Kabupaten Rokan Hilir (Rohil)``) unless a comma goes on with the address."""
    mentions = regions.find_regions(phrase)
    if not mentions or mentions[0].start != 0:
        return len(phrase)
    end = mentions[0].end
    m = _ACRONYM_AFTER.match(phrase, end)
    if m:
        end = m.end()
    rest = phrase[end:].lstrip()
    return len(phrase) if not rest or rest[0] == "," else end


def _bare_place(phrase: str, w0: str, cue: str) -> bool:
    """A venue without a venue head: a kabupaten/kota (``Istana Negara, Jakarta`` is headed), a
    kecamatan/desa, a town outside Riau (``Batam``, ``Jakarta``); after a visit also an office."""
    if w0 in _lists().words["subplace"]:
        return True
    if cue == "visit" and w0 in _lists().words["visitorg"]:
        return True
    r = regions.resolve(phrase)
    if r is not None and r.code != "14":  # "di Riau" says nothing of the place
        return True
    return any(m.region.kind in ("kabupaten", "kota") for m in regions.find_regions(phrase))


def _named_site(phrase: str) -> bool:
    """A capitalised place a verb of placing names without a venue head (``bertempat di Bangsal
    Kepatihan``): two words or more, not a province or the country alone."""
    if len(phrase.split()) < 2:
        return False
    r = regions.resolve(phrase)
    return r is None or r.kind in ("kabupaten", "kota")


def _address_part(toks: _Toks, j: int, dates_at: set[int]) -> bool:
    """After a comma: 'Jln. Yos Sudarso', 'Kecamatan X', a town ('Pekanbaru'), or 'Bagan Batu,' before such a part."""
    L = _lists()
    words, lowers, final_dot = toks.word, toks.lower, toks.final_dot
    if j >= len(words) or _is_stop(toks, j, dates_at):
        return False
    if lowers[j] in L.words["place"]:
        return True
    n = j
    while n < len(words) and n - j < 4 and _capitalised(words[n]) and not _is_stop(toks, n, dates_at):
        n += 1
        if final_dot[n - 1]:
            break
    if n == j:
        return False
    if (n == len(words) or words[n] in ",;" or final_dot[n - 1] or _is_stop(toks, n, dates_at)) and \
            _is_town(" ".join(words[j:n])):
        return True
    return n + 1 < len(words) and words[n] == "," and lowers[n + 1] in L.words["place"]


@functools.lru_cache(maxsize=4096)
def _is_town(name: str) -> bool:
    """A region's name, also one that a kabupaten and a kota share (``State Building, Jayapura``)."""
    return regions.resolve(name) is not None \
        or any(regions.resolve(f"{prefix} {name}") is not None for prefix in ("Kota", "Kabupaten"))


# -- events -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Cand:
    sent: int
    name: tuple[int, int, str] | None = None
    head: str | None = None
    kind: str | None = None
    date: dates.DateMention | None = None
    venue: _Venue | None = None
    future: bool = False
    passing: bool = False
    date_rule: str = ""


def _anchor(ctx: Context) -> dt.date | None:
    page = ctx.page
    if page.published is not None:
        return page.published
    for url in (page.url, page.short_url):
        m = _URL_DATE.search(url or "")
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    return None


# "HUT RI ke-75", "HUT Kemerdekaan Republik Indonesia ke 79": the anniversary of 17 August 1945
_INDEPENDENCE_DAY = re.compile(r"\bHUT\s+(?:Kemerdekaan\s+)?(?:RI|Republik\s+Indonesia)\s+ke[-\s]?(\d{1,3})\b",
                               re.IGNORECASE)


def _independence_years(text: str) -> set[int]:
    """The years of the Independence Day anniversaries the text names (``HUT RI ke-75`` -> 2020)."""
    return {1945 + int(m.group(1)) for m in _INDEPENDENCE_DAY.finditer(text)} if "HUT" in text.upper() else set()


def _default_year(text: str, skip: list[tuple[int, int]] = ()) -> int | None:
    """The one year the text names (outside the ``skip`` spans: listings of other articles), if one;
    an Independence Day anniversary names its year (``HUT RI ke-75``: 2020)."""
    years = {int(m.group(1)) for m in _YEAR.finditer(text) if not any(a <= m.start() < b for a, b in skip)}
    years |= _independence_years(text)
    return years.pop() if len(years) == 1 else None


def _fix_weekday_typo(m: dates.DateMention, anchor: dt.date | None) -> tuple[dt.date, str | None]:
    """A date after publication whose weekday is off by one day is the named weekday's date; a date
    whose weekday fits the same day of the publication's year, a month or less before it, had last
    year's year written by mistake (``Ahad (14/1/2023)`` on a page of Sunday 14 January 2024); one whose
    weekday fits the same day of the publication's month, a week or less before it, had its month written
    by mistake (``Minggu (15/9/2023)`` on a page of Sunday 15 October 2023)."""
    if anchor is None or m.weekday is None or not m.warnings:
        return m.date, None
    if m.has_year and m.date.year == anchor.year - 1:
        try:
            d = m.date.replace(year=anchor.year)
        except ValueError:  # 29 February
            d = None
        if d is not None and d.weekday() == m.weekday and 0 <= (anchor - d).days <= 31:
            return d, f"event date {m.text!r} read as {d.isoformat()} (weekday named; page published {anchor})"
    if (m.date.year, m.date.month) != (anchor.year, anchor.month):
        try:  # "Minggu (15/9/2023)" on a page of Sunday 15 October 2023: the month written wrong
            d = m.date.replace(year=anchor.year, month=anchor.month)
        except ValueError:
            d = None
        if d is not None and d.weekday() == m.weekday and 0 <= (anchor - d).days <= 7:
            return d, f"event date {m.text!r} read as {d.isoformat()} (weekday named; page published {anchor})"
    if m.date <= anchor:
        return m.date, None
    for delta in (-1, 1):
        d = m.date + dt.timedelta(days=delta)
        if d.weekday() == m.weekday and d <= anchor:
            return d, f"event date {m.text!r} read as {d.isoformat()} (weekday named; page published {anchor})"
    return m.date, None


def extract_events(ctx: Context) -> tuple[Event, ...]:
    """Events of a page: ``"Bimtek dilaksanakan pada Rabu, 12 September 2018, di aula Kantor Bupati Siak"``."""
    text = ctx.text
    if not text.strip():
        return ()
    L = _lists()
    anchor = _anchor(ctx)
    date_warnings: list[str] = []
    listings = _listings(text)
    found = dates.find_dates(text, anchor, date_warnings, default_year=functools.partial(
        _default_year, skip=listings) if listings else _default_year)
    for w in date_warnings:
        ctx.warn(w)
    kept = L.words["reldate"]
    found = [m for m in found if not (m.relative and m.rule == "relative" and m.text.lower() not in kept)
             and not (m.relative and _vague_before(text, m.start))]
    dates_at = {m.start for m in found}
    date_starts = [m.start for m in found]  # in text order: a sentence's dates are a slice of ``found``

    sents = _sentences(text)
    read = _head_sentences(text, sents)
    if listings:  # "[09/07/2025] Pj Sekda Tinjau Infrastruktur di Pelabuhan Sungai Duku [09/07/2025] ..."
        read = [si for si in read if not any(a <= sents[si][0] < b for a, b in listings)]
        found = [m for m in found if not any(a <= m.start < b for a, b in listings)]
        dates_at = {m.start for m in found}
        date_starts = [m.start for m in found]
    page_toks, bounds = _tokens(text, [sents[si] for si in read])
    head_first, cues, starts = L.head_first, L.words["cue"], L.starts
    # the tokens that start an event word or are a venue cue: the only ones a sentence is read at
    lowers = page_toks.lower
    hits = list(compress(range(len(lowers)), map(starts.__contains__, lowers)))
    cands: list[_Cand] = []
    names_seen: list[tuple[str, tuple[int, int, str], int]] = []   # (head, name span, sentence)
    sent_toks: dict[int, _Toks] = {}  # the tokens of the sentences read, by index
    for k, si in enumerate(read):
        s0, s1 = sents[si]
        lo, hi = bounds[k], bounds[k + 1]
        s_hits = hits[bisect.bisect_left(hits, lo):bisect.bisect_left(hits, hi)]
        if head_first.keys().isdisjoint(map(lowers.__getitem__, s_hits)):
            continue  # no event word: no evidence, so nothing this sentence adds
        toks = sent_toks[si] = page_toks.slice(lo, hi)
        sdates = [m for m in found[bisect.bisect_left(date_starts, s0):bisect.bisect_left(date_starts, s1)]
                  if not _blocked_date(text, s0, m)]
        if si == 0 and len(sdates) > 1 and sdates[0].start - s0 < _LEAD_DATE_REACH:
            sdates = sdates[1:]  # the lead's stamp gives way: "Tembilahan, Jumat ( 23/06/2023 ) ... pada
            #                      hari Rabu lalu 21/06/2023"
        evidence: list[tuple[int, str, str, tuple[int, int, str] | None]] = []
        venues: list[_Venue] = []
        covered_until = -1
        name_until = -1
        for h in s_hits:
            i = h - lo
            lw = toks.lower[i]
            t_start = toks.start[i]
            h = _head_at(toks, i) if lw in head_first and t_start >= name_until \
                and t_start > covered_until else None
            if h:
                head, kind, n = h
                name = None
                if kind == "head":
                    e = _name_end(toks, i + n - 1, dates_at) if n >= 1 else i + 1
                    e = max(e, i + n)
                    if head.split()[0] in L.words["tovisit"] and e + 1 < len(toks) and toks.lower[e] == "ke" \
                            and _capitalised(toks.word[e + 1]):  # "kunjungan kerja ke Kecamatan Bantan"
                        e = _name_end(toks, e + 1, dates_at, lower=False)
                    name = (t_start, toks.end(e - 1), text[t_start:toks.end(e - 1)])
                    names_seen.append((head, name, si))
                    name_until = name[1]
                elif kind == "verb":
                    e = _name_end(toks, i + n - 1, dates_at, lower=True)
                    if e < len(toks) and toks.lower[e] == "ke" and e + 1 < len(toks) \
                            and _capitalised(toks.word[e + 1]):
                        e = _name_end(toks, e + 1, dates_at, lower=False)
                    end_ = toks.end(e - 1)
                    name = (t_start, end_, text[t_start:end_])
                elif kind == "passive":
                    name = _subject(text, toks, i)
                    if name is not None and name[2].split()[0].lower() in L.words["notevent"]:
                        continue  # "Pendaftaran dilaksanakan mulai 1 Oktober": no event
                evidence.append((t_start, head, kind, name))
                if (head in L.words["inaugurate"] or head in L.words["visitobj"]) and i + n < len(toks) \
                        and t_start > covered_until:
                    # "peresmian Masjid Raya Tembilahan": the building opened is where it happens
                    v = _venue_at(text, toks, i + n - 1, dates_at,
                                  cue="object" if head in L.words["inaugurate"] else "visit")
                    if v is not None:
                        venues.append(v)
            if lw in cues and t_start > covered_until:
                visit = lw == "ke" and any(
                    e[1].split()[0] in L.words["tovisit"] and 0 <= t_start - e[0] <= 80 for e in evidence)
                v = _venue_at(text, toks, i, dates_at, cue="visit" if visit else None)
                if v is not None:
                    if v.head is None and not visit and not _place_ok(text, toks, i, evidence, names_seen, si) \
                            and not _date_follows(toks, v, dates_at) and not _dated_before(t_start, sdates, evidence) \
                            and v.text.split()[0].lower() not in L.words["subplace"]:
                        v = None  # a kecamatan/desa after "di" in an event's sentence is its place
                if v is not None:
                    venues.append(v)
                    covered_until = v.end
        date_rule = ""
        if not sdates and evidence and si + 1 < len(sents):
            # "... di Aula Kantor Camat Kampar Kiri, dengan dihadiri ... . Kamis (29/1/2026)."
            m = _date_only(text, sents[si + 1], found, date_starts)
            if m is not None:
                sdates, date_rule = [m], ".next"
            elif not venues and not cands:
                # "... melakukan kunjungan kerja ke pemerintah Provinsi Riau. [...] diterima [...], Rabu (22/2) di
                # Ruang Melati Kantor Gubernur Riau": the next sentence, with no event word, says where and when
                # the page's first event was held
                nv = _next_venue(text, sents[si + 1], found, date_starts, dates_at)
                if nv is not None:
                    venues, sdates, date_rule = [nv[0]], nv[1], ".next"
        if not sdates and not venues or not evidence:
            continue
        # the venue a verb of placing names ("... RTH di Taman Bukit Gelanggang Dumai bertempat di Kantor
        # Cabang Pelindo I Dumai"), among the headed ones first
        venue = min(venues, key=lambda v: (_weak(v), v.head is None, not v.placed,
                                           v.head is None and not _date_follows(toks, v, dates_at), v.start)) \
            if venues else None
        date = next((m for m in sdates if not m.relative), None) or (sdates[0] if sdates else None)
        heads = [e for e in evidence if e[2] == "head"]
        # the event word nearest before the date/venue names the event (else the first one)
        slot = min(x.start for x in (venue, date) if x is not None)
        pool = heads or [e for e in evidence if e[2] != "passive"] or evidence  # passive verbs: last resort
        ev = next((e for e in reversed(pool) if e[0] < slot), pool[0])
        cand = _Cand(si, ev[3], ev[1], ev[2], date, venue, date_rule=date_rule)
        cand.future = bool(date and "mendatang" in date.text.lower()) or not L.words["future"].isdisjoint(toks.lower)
        cand.passing = len(toks) > 0 and toks.lower[0].strip(",") in L.words["passing"]
        # an anaphoric sentence that only adds a venue or a date completes the previous event
        prev = cands[-1] if cands else None
        bare = all(e[3] is None or len(e[3][2].split()) == 1 for e in heads)
        prev_venue_weak = prev is not None and (prev.venue is None or _weak(prev.venue))
        if prev is not None and si - prev.sent <= 2 and bare and (
                (venue and not date and prev_venue_weak and not _weak(venue))
                or (date and not venue and prev.date is None)):
            if venue is not None:
                prev.venue = venue
            prev.date = prev.date or date
            continue
        cands.append(cand)

    if not cands:  # no event word: the lead reports the occasion ("... menggunakan hak pilihnya di TPS 16 ...")
        lead = _lead_cand(text, sents, found, date_starts, dates_at, anchor)
        if lead is not None:
            cands.append(lead)
    if any(c.venue is not None and c.venue.head is None for c in cands):
        _locate_precisely(text, sents, cands, dates_at)
    for c in cands:
        if c.venue is not None and c.venue.head is None:
            c.venue = _placed_after(text, c.venue, dates_at) or c.venue
        if c.venue is not None and c.venue.head is not None and _DEMONSTRATIVE.match(text, c.venue.end):
            c.venue = _named_before(text, sents[c.sent][0], c.venue, dates_at) or c.venue
    if cands:
        top = min(enumerate(cands), key=lambda ic: (-_score(ic[1]), ic[0]))[1]
        if top.date is None and not top.future:
            top.date = _lead_date(text, sents, found, cands, anchor)
            top.date_rule = ".lead"

    _drop_contained_places(cands)
    written = {(m.date.year, m.date.month - 1) for m in found if m.has_year} \
        | {(y, 7) for y in _independence_years(text)} if anchor is None else frozenset()  # 17 August
    events = []
    seen_venues: set[str] = set()
    seen_dates: set[tuple] = set()
    ranked = sorted(enumerate(cands), key=lambda ic: (-_score(ic[1]), ic[0]))
    for _, c in ranked:
        ev = _build(ctx, c, names_seen, sents, anchor, sent_toks, written)
        if ev is None:
            continue
        vkey = (ev.venue or "").lower()
        dkey = (ev.date, ev.end_date)
        rkey = _region_named(ev.venue) if ev.venue else None
        if rkey in seen_venues and ev.date is None:  # one region written twice: the fuller form stays
            k = next((k for k, e in enumerate(events) if e.date is None and e.venue and _region_named(e.venue) == rkey),
                     None)
            if k is not None and len(ev.venue) > len(events[k].venue):
                events[k] = ev
            continue
        if (vkey and ev.date is None and any(vkey in seen for seen in seen_venues)) or \
                (vkey and vkey in seen_venues and dkey in seen_dates) or \
                (not vkey and ev.date is not None and dkey in seen_dates) or \
                (vkey and ev.date is not None and dkey in seen_dates and any(
                    _overlap(vkey, e.venue.lower()) >= 0.5 for e in events if e.venue and e.date == ev.date)):
            continue
        if vkey:
            seen_venues.add(vkey)
        if rkey:
            seen_venues.add(rkey)
        if ev.date is not None:
            seen_dates.add(dkey)
        events.append(ev)
    return _merge_same(events)


def _region_named(venue: str) -> str | None:
    """A key for a venue that is only a kabupaten/kota's name, however written (``Kabupaten Rohil``,
    ``Kabupaten Rokan Hilir (Rohil)``: one place), else None."""
    r = regions.resolve(_ACRONYM_AFTER.sub("", venue))
    return f"\0{r.code}" if r is not None and r.kind in ("kabupaten", "kota") else None


_DEMONSTRATIVE = re.compile(r"\s+(?:itu|tersebut)\b")
_YANG = re.compile(r"\s+yang\s+(\w+)\s")


def _placed_after(text: str, v: _Venue, dates_at: set[int]) -> _Venue | None:
    """The building a relative clause of placing names after a bare place: "di Kec. Tambang yang
    dilaksanakan (di) Aula Balai Latihan Masyarakat (Balatmas) Pekanbaru Kecamatan Tambang"."""
    m = _YANG.match(text, v.end)
    if m is None or m.group(1).lower() not in _lists().words["placecue"]:
        return None
    toks, _ = _tokens(text, [(m.start(1), min(len(text), m.start(1) + 300))])
    full = _venue_at(text, toks, 0, dates_at)
    return full if full is not None and full.head is not None else None


def _named_before(text: str, before: int, v: _Venue, dates_at: set[int]) -> _Venue | None:
    """The fuller venue an earlier "di ..." names that a venue followed by "itu"/"tersebut" shortens:
    "di aula Balai kota itu" after "di aula utama lantai IV Balai Kota Banda Aceh"."""
    words = v.text.lower().split()
    for m in re.compile(rf"(?<![\w-])[Dd]i\s+(?i:{re.escape(words[0])})(?![\w-])").finditer(text, 0, before):
        toks, _ = _tokens(text, [(m.start(), min(len(text), m.start() + 300))])
        full = _venue_at(text, toks, 0, dates_at)
        if full is not None and len(full.text) > len(v.text) and \
                not set(words) - set(full.text.lower().replace(",", " ").split()):
            return full
    return None


@functools.cache
def _location_re() -> re.Pattern[str]:
    """A sentence that opens by saying where: ``Lokasinya berada di``, ``Tempatnya di``."""
    L = _lists()
    alt = "|".join(map(re.escape, sorted(L.words["locsubject"], key=len, reverse=True)))
    rel = "|".join(map(re.escape, sorted(L.words["locrel"], key=len, reverse=True)))
    return re.compile(rf"(?i:{alt})\s+(?:(?i:{rel})\s+)?(?i:di)\s")


def _locate_precisely(text: str, sents: list[tuple[int, int]], cands: list[_Cand], dates_at: set[int]) -> None:
    """A later sentence that opens "Lokasinya berada di Desa Buluh Manis, Kecamatan Bathin Solapan, Kabupaten
    Bengkalis" gives the place of the event before it whose venue is a bare town ("di Bengkalis, Riau"), when
    the place lies in that town or names no kabupaten/kota."""
    pattern = _location_re()
    for si, (s0, s1) in enumerate(sents):
        m = pattern.match(text, s0, s1)
        if m is None:
            continue
        prev = [c for c in cands if c.sent < si]
        if not prev or prev[-1].venue is None or prev[-1].venue.head is not None:
            continue
        c = prev[-1]
        toks, _ = _tokens(text, [(s0, s1)])
        k = bisect.bisect_left(toks.start, m.end() - 3)  # the "di" token
        v = _venue_at(text, toks, k, dates_at)
        if v is None or v.head is None and v.text.split()[0].lower() not in _lists().words["subplace"]:
            continue
        town = c.venue.text.split(",")[0].strip().lower()
        if town in v.text.lower() or not any(r.region.kind in ("kabupaten", "kota")
                                             for r in regions.find_regions(v.text)):
            c.venue = v


def _vague_before(text: str, start: int) -> bool:
    """Does a word of vague extent stand before a relative date: ``beberapa hari ini`` (these last few
    days) names no day?"""
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in _lists().words["vague"]


def _merge_same(events: list[Event]) -> tuple[Event, ...]:
    """One event, one record: a later record with the same name as an earlier one, its dates inside
    the earlier one's (or the other way round) and no other venue, fills the earlier one's missing
    date, range and venue, and is dropped (``festival pesta pantai`` on 23 October at ``pantai wisata
    Desa makeruh`` and ``Festival pesta pantai`` from 23 to 28 October at ``Pantai Makeruh``)."""
    kept: list[Event] = []
    for ev in events:
        same = next((k for k in kept if _same_event(k, ev)), None)
        if same is None:
            kept.append(ev)
            continue
        fill = {f: getattr(ev, f) for f in ("date", "end_date", "venue", "venue_region", "venue_region_code")
                if getattr(same, f) is None and getattr(ev, f) is not None}
        if fill.get("end_date") and (same.date or ev.date) != ev.date:
            del fill["end_date"]  # a range is the other record's only with its start
        if "venue" not in fill:
            fill.pop("venue_region", None), fill.pop("venue_region_code", None)
        spans = same.spans + tuple(sp for sp in ev.spans if sp.field in fill)
        kept[kept.index(same)] = replace(same, **fill, spans=spans)
    return tuple(kept)


def _same_event(a: Event, b: Event) -> bool:
    """Do two records name one event: the same name (folded), dates that fit one range, venues
    that are one place (one holds the other's words, or one is the kecamatan or region the other
    stands in: ``Hotel Susuka Duri`` and ``Kecamatan Mandau``)?"""
    if not (a.name and b.name) or " ".join(fold(a.name).split()) != " ".join(fold(b.name).split()):
        return False
    if a.venue and b.venue and _overlap(a.venue.lower(), b.venue.lower()) < 0.5 \
            and not (_area(a.venue) or _area(b.venue)):
        return False
    if a.date is None or b.date is None:
        return True
    lo_a, hi_a, lo_b, hi_b = a.date, a.end_date or a.date, b.date, b.end_date or b.date
    return lo_a <= lo_b <= hi_b <= hi_a or lo_b <= lo_a <= hi_a <= hi_b


def _area(venue: str) -> bool:
    """Is a venue an area, not a building: a kecamatan, desa or kelurahan (``Kecamatan Mandau``) or a
    region's name?"""
    first = venue.split()[0].lower()
    return first in _lists().words["subplace"] or regions.resolve(venue) is not None


_LISTING = re.compile(r"\[\d{1,2}/\d{1,2}/\d{2,4}\]")


def _listings(text: str) -> list[tuple[int, int]]:
    """The paragraphs that list other articles by a stamp in square brackets (``[09/07/2025] Pj
    Sekda Tinjau ...``): page furniture, no event of this page."""
    if "[" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _LISTING.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        b = text.find("\n", m.end())
        out.append((text.rfind("\n", 0, m.start()) + 1, len(text) if b < 0 else b))
    return out


def _date_only(text: str, span: tuple[int, int], found: list, date_starts: list[int]) -> dates.DateMention | None:
    """The date of a sentence that is only a date (a time, a part of the day beside it): ``Senin
    (4/4/2022) malam.`` dates the sentence before it in its paragraph (a date on a line of its own
    is the page's stamp)."""
    s0, s1 = span
    if "\n" in text[max(0, s0 - 3):s0]:
        return None
    ms = found[bisect.bisect_left(date_starts, s0):bisect.bisect_left(date_starts, s1)]
    if len(ms) != 1 or ms[0].relative or _blocked_date(text, s0, ms[0]):
        return None
    m = ms[0]
    fill = _lists().words["datefill"]
    for w in (text[s0:m.start] + " " + text[m.end:s1]).lower().split():
        w = w.strip(",.;:()\"'”“’-–")
        if w and w not in fill and not w[0].isdigit():
            return None
    return m


_DI_WORD = re.compile(r"(?<![\w-])[Dd]i\s")


def _next_venue(text: str, span: tuple[int, int], found: list, date_starts: list[int],
                dates_at: set[int]) -> tuple[_Venue, list[dates.DateMention]] | None:
    """The venue after "di" of a sentence with no event word that follows an event's sentence giving
    neither date nor place, with the sentence's dates: a venue head, or a bare place before a date or
    after a verb of placing. A planned or an incidental sentence gives none, nor the end of a route; one with an event word is
    read in its own turn."""
    L = _lists()
    if _DI_WORD.search(text, span[0], span[1]) is None:
        return None  # no "di": no place (the cheap test first, most sentences fail it)
    toks = _tokens(text, [span])[0]
    if not (L.words["future"].isdisjoint(toks.lower) and L.words["incident"].isdisjoint(toks.lower)) \
            or any(lw in L.head_first and _head_at(toks, i) for i, lw in enumerate(toks.lower)):
        return None
    s0, s1 = span
    for i in compress(range(len(toks)), map("di".__eq__, toks.lower)):
        if toks.lower[:i].count("ke") >= 2:
            return None  # "menuju ke arah simpang lima ..., langsung ke Jalan ..., dan Finish di Masjid": a route
        v = _venue_at(text, toks, i, dates_at)
        if v is not None and (v.head is not None or _date_follows(toks, v, dates_at)
                              or i > 0 and toks.lower[i - 1] in L.words["placecue"]):
            ms = [m for m in found[bisect.bisect_left(date_starts, s0):bisect.bisect_left(date_starts, s1)]
                  if not _blocked_date(text, s0, m)]
            return v, ms
    return None


def _lead_opening_date(text: str, sents: list, found: list, date_starts: list[int],
                       anchor: dt.date | None) -> _Cand | None:
    """A lead that opens with its date, between the dateline and the dash or before the first
    sentence (``Bangkinang, Jum'at 12 Desember 2025 — Kabupaten Kampar resmi menerima ...``,
    ``Jumat 05 Maret 2021 pukul 09.30 Wib. Dinas Perhubungan ...``): the date of what it reports."""
    s0 = sents[0][0]
    stop = text.find(". ", s0)
    words = set(text[s0: stop if 0 <= stop < s0 + 600 else s0 + 600].lower().split())
    if not words.isdisjoint(_lists().words["future"]):  # a hard-wrapped lead read to its period
        return None  # "Pekanbaru, 6 Maret 2025 - ... DPMPTSP Provinsi Riau akan menggelar rapat"
    for m in found[bisect.bisect_left(date_starts, s0):bisect.bisect_left(date_starts, s0 + _LEAD_DATE_REACH)]:
        if m.relative or m.date is None or anchor is not None and m.date > anchor or _blocked_date(text, s0, m):
            continue
        return _Cand(0, kind="lead", date=m, venue=None, date_rule=".lead.opening")
    return None


_LEAD_DATE_REACH = 40  # characters from the lead's start within which its opening date stands


def _lead_cand(text: str, sents: list, found: list, date_starts: list[int], dates_at: set[int],
               anchor: dt.date | None) -> _Cand | None:
    """The occasion the lead reports when no sentence names an event: its venue after "di" (a
    venue head, or a bare place before a date or after a verb like ``bertempat``) and the lead's
    first date (or the date of the sentence after it, ``_date_only``). A lead with no venue, or
    one that tells of an incident (``Kecelakaan terjadi di ...``), reports no event."""
    if not sents:
        return None
    L = _lists()
    si = 1 if len(sents) > 1 and sents[0][1] - sents[0][0] < 40 else 0
    s0, s1 = sents[si]
    toks = _tokens(text, [sents[si]])[0]
    if not (L.words["future"].isdisjoint(toks.lower) and L.words["incident"].isdisjoint(toks.lower)):
        return None
    venue = None
    for i in compress(range(len(toks)), map(L.words["cue"].__contains__, toks.lower)):
        if toks.lower[i] != "di":
            continue
        v = _venue_at(text, toks, i, dates_at)
        if v is not None and (v.head is not None or _date_follows(toks, v, dates_at)
                              or i > 0 and toks.lower[i - 1] in L.words["placecue"]):
            venue = v
            break
    if venue is None:  # no place: the date the lead opens with, if any, dates what it reports
        return _lead_opening_date(text, sents, found, date_starts, anchor)
    date, rule = None, ".lead"
    for m in found[bisect.bisect_left(date_starts, s0):bisect.bisect_left(date_starts, s1)]:
        if m.relative or _blocked_date(text, s0, m) or "mendatang" in m.text.lower() \
                or anchor is not None and m.date > anchor:
            continue
        date = m
        break
    if date is None and si + 1 < len(sents):
        date, rule = _date_only(text, sents[si + 1], found, date_starts), ".lead.next"
        if date is not None and anchor is not None and date.date > anchor:
            date = None
    return _Cand(si, kind="lead", date=date, venue=venue, date_rule=rule)


def _drop_contained_places(cands: list[_Cand]) -> None:
    """A bare town that another venue of the page holds (``Pekanbaru`` beside ``Kantor Pusat
    Pekanbaru``, ``Kampar`` beside ``Kabupaten Kampar``) says less of the same place: no venue."""
    texts = {f" {' '.join(c.venue.text.lower().split())} " for c in cands if c.venue is not None}
    if len(texts) < 2:
        return
    for c in cands:
        if c.venue is not None and c.venue.head is None:
            key = f" {' '.join(c.venue.text.lower().split())} "
            if any(key != t and key in t for t in texts):
                c.venue = None


def _sentence_at(sents: list[tuple[int, int]], offset: int) -> int | None:
    """The index of the sentence that holds the offset, if any."""
    si = bisect.bisect_right(sents, offset, key=itemgetter(0)) - 1
    return si if si >= 0 and offset < sents[si][1] else None


def _overlap(a: str, b: str) -> float:
    ta, tb = set(a.split()), set(b.split())
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def _weak(v: _Venue) -> bool:
    """A venue read from a visit's destination or an inaugurated building: any venue after "di" is better."""
    return v.cue == "object" or (v.cue == "visit" and v.head is None)


def _date_follows(toks: _Toks, v: _Venue, dates_at: set[int]) -> bool:
    """``di Jakarta, Senin (14/1/2019)``: a date right after a bare town makes it the venue."""
    j = bisect.bisect_left(toks.start, v.end)  # the first token after the venue
    if j < len(toks) and toks.word[j] == ",":
        j += 1
    if j < len(toks) and toks.lower[j] == "pada":
        j += 1
    return j < len(toks) and _is_stop(toks, j, dates_at)


def _dated_before(cue_start: int, sdates: list, evidence: list) -> bool:
    """``Jambore Nasional PKK 2024, tanggal 16 Mei di Kota Surakarta``: a bare town right after the
    date that right follows an event's name is the event's place."""
    return any(0 <= cue_start - m.end <= 2 and any(e[2] == "head" and e[3] is not None and 0 <= m.start - e[3][1] <= 16
                                                   for e in evidence) for m in sdates)


def _subject(text: str, toks: _Toks, i: int) -> tuple[int, int, str] | None:
    """The subject before a passive event verb: ``Penghargaan diserahkan`` -> ``Penghargaan``."""
    L = _lists()
    words, lowers = toks.word, toks.lower
    j = i - 1
    while j >= 0 and lowers[j] in L.words["adverb"]:
        j -= 1
    end = j + 1
    while j >= 0 and i - j <= 8:
        w, lw = words[j], lowers[j]
        if not any(c.isalnum() for c in w) or toks.final_dot[j] or lw in L.words["namestop"] \
                or _VERB.match(lw) or _is_weekday_name(w):
            break
        j -= 1
    start = j + 1
    if start >= end:
        return None
    a, b = toks.start[start], toks.end(end - 1)
    return a, b, text[a:b]


def _place_ok(text: str, toks: _Toks, k: int, evidence: list, names_seen: list, si: int) -> bool:
    """A bare town after 'di' is a venue right after an event name or a verb like 'bertempat'."""
    L = _lists()
    prev = toks.lower[k - 1] if k > 0 else ""
    if prev in L.words["placecue"]:
        return True
    cue_start = toks.start[k]
    for _, name, s in reversed(names_seen):
        if s == si and 0 <= cue_start - name[1] <= 3:
            return True
    return any(e[3] is not None and 0 <= cue_start - e[3][1] <= 3 for e in evidence)


def _score(c: _Cand) -> int:
    return (2 * (c.date is not None) + 2 * (c.venue is not None) - 3 * c.future - 2 * c.passing
            + (c.kind == "head"))


def _lead_date(text: str, sents: list, found: list, cands: list, anchor: dt.date | None):
    """A date in the lead sentence that no event took: the day of the reported occasion."""
    if not sents:
        return None
    used = {id(c.date) for c in cands if c.date is not None}
    lead_end = sents[1][1] if len(sents) > 1 and sents[0][1] - sents[0][0] < 40 else sents[0][1]
    for m in found:
        if m.start >= lead_end:
            break
        if m.relative or id(m) in used or _blocked_date(text, 0, m) or "mendatang" in m.text.lower():
            continue
        if anchor is not None and m.date > anchor:
            continue
        return m
    return None


def _blocked_date(text: str, s0: int, m: dates.DateMention) -> bool:
    """A deadline, a birth date, a 'since' date, a document's date: not an event's date ('paling
    lambat 30 Juni', 'Peraturan Gubernur Nomor 12 Tahun 2020 tanggal 5 Mei 2020')."""
    before = [w.strip(",.()") for w in text[max(s0, m.start - 24):m.start].lower().split()[-3:]]
    if m.end_date is not None and before and before[-1] in _lists().words["rangestart"]:
        return False  # "digelar sejak 23 hingga 30 September 2018": the event's days
    if any(w in _lists().words["dateblock"] for w in before):
        return True
    doc = _document_re().search(text, max(s0, m.start - 60), m.start)  # "tanggal" before the date or in it
    return doc is not None and (doc.group(1) is not None or m.text.split()[0].lower() in _lists().words["docdate"])


@functools.cache
def _document_re() -> re.Pattern[str]:
    """A document's number (parts joined by "/", "." or "-", or a number and its year) and the word dating it
    (group 1, unless the date mention holds it), right before a date: ``No.414.3-331-2013 tanggal``,
    ``Nomor 12 Tahun 2020, tanggal``; a room's or a house's ``No. 2`` is none."""
    L = _lists()
    number = "|".join(re.escape(w) for w in sorted(L.words["docnumber"], key=len, reverse=True))
    dated = "|".join(re.escape(w) for w in sorted(L.words["docdate"], key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w.])(?:{number})\s*(?:[\w.-]*\d[/.-][\w./-]*|[\w./-]+\s+tahun\s+\d{{4}})\s*,?\s*({dated})?\s*$")


def _month_written(date: dt.date, written: set[tuple[int, int]]) -> bool:
    """Does the text write a date with its year in ``date``'s month or the month before or after
    (``written``: (year, month) pairs)? "(10/7)" on a page of "2-8 Juli 2017" is 10 July 2017."""
    n = date.year * 12 + date.month - 1
    return any(divmod(k, 12) in written for k in (n - 1, n, n + 1)) if written else False


def _build(ctx: Context, c: _Cand, names_seen: list, sents: list, anchor: dt.date | None,
           sent_toks: dict[int, _Toks], written: set[tuple[int, int]] = frozenset()) -> Event | None:
    """The event of candidate ``c`` (``written``: the (year, month) of the dates written with a year)."""
    text = ctx.text
    if c.date is None and c.venue is None:
        return None
    spans: list[Span] = []
    name = c.name
    # a short name ("Bimtek") or an anaphor ("Kegiatan") takes the fullest name of the same event
    if c.kind == "head" and c.head:
        longer = [n for h, n, s in names_seen if h == c.head and len(n[2]) > len(name[2]) and s <= c.sent]
        if longer and name is not None and len(name[2].split()) <= 2:
            name = max(longer, key=lambda n: len(n[2]))
    elif c.kind == "anaphor":
        before = [n for h, n, s in names_seen if c.sent - 2 <= s <= c.sent and n[0] < (c.date or c.venue).start]
        if before:
            name = before[-1]
    name_rule = "events.name"
    if name is None:
        name_rule = "events.name.none"
    else:
        spans.append(Span(name[0], name[1], name[2], name_rule, "name"))
    date = end_date = None
    time = None
    if c.date is not None:
        m = c.date
        date, note = _fix_weekday_typo(m, anchor)
        if note:
            ctx.warn(note)
        elif m.warnings:
            for w in m.warnings:
                ctx.warn(w)
        if anchor is None and not m.has_year and (m.weekday is None or m.warnings) \
                and not _month_written(m.date, written):
            date = None  # a year taken from the text needs the weekday, or a dated month near it, to confirm it
        end_date = m.end_date if date == m.date else None
        time = m.time
        if time is None:
            si = _sentence_at(sents, m.start)
            s0, s1 = sents[si] if si is not None else (m.start, m.end)
            hit = dates.find_time(text, s0, s1)
            if hit is not None:
                time = hit[2]
        if date is not None:
            spans.append(Span(m.start, m.end, m.text, "events.date." + m.rule + c.date_rule, "date"))
    venue = region = code = None
    if c.venue is not None:
        v = c.venue
        venue = v.text
        r, rule = _venue_region(ctx, v)
        if r is not None:
            region, code = r.name, r.code
        spans.append(Span(v.start, v.end, v.text, "events.venue." + ("head" if v.head else "place")
                          + (f"+region.{rule}" if r is not None else ""), "venue"))
    if date is None and venue is None:
        return None
    organizer = _organizer(ctx, c, name, sents, spans, sent_toks)
    return Event(name=name[2] if name else None, date=date, end_date=end_date, time=time, venue=venue,
                 venue_region=region, venue_region_code=code, organizer=organizer, spans=tuple(spans))


def _venue_region(ctx: Context, v: _Venue) -> tuple[regions.Region | None, str]:
    """The venue's kabupaten/kota: named in the venue, else the dateline's for a local building."""
    mentions = regions.find_regions(v.text)
    local = [m for m in mentions if m.region.kind in ("kabupaten", "kota")]
    if local:
        k = _kecamatan_re().search(v.text, local[-1].end)
        r = regions.by_code(_kecamatan()[fold(" ".join(k.group(1).split()))]) if k is not None else None
        if r is not None:  # "Aula Balai Latihan Masyarakat (Balatmas) Pekanbaru Kecamatan Tambang": the
            return r, "kecamatan"  # kecamatan named last, not a town in a building's name, places it
        return local[-1].region, "venue"
    for part in _BRACKETED.findall(v.text):  # "Desa Bukit Merdeka yang berada di Samboja (Kutai Kartanegara)"
        r = regions.resolve(part)
        if r is not None and r.kind in ("kabupaten", "kota"):
            return r, "bracketed"
    m = _KABUPATEN_INITIALS.search(v.text)
    if m is not None and m.group(1) in _kabupaten_initials():  # "Stadion ... Tambolaka Kabupaten SBD"
        return _kabupaten_initials()[m.group(1)], "initials"
    if "," in v.text:  # "Aula Raja Inal Siregar Kantor Gubsu, Medan", "Hotel Golden Tulip, Banjarmasin, Kalimantan Selatan"
        for part in v.text.split(",")[1:]:
            r = regions.resolve(part)
            if r is not None and r.kind in ("kabupaten", "kota"):
                return r, "town"
    r = _town_at_end(v.text, mentions)
    if r is not None:  # "Lapangan Parkir Gelora Kadrie Oening Sempaja Samarinda", "Halaman Setda Kebumen"
        return r, "town-end"
    if any(m.region.kind == "provinsi" and m.region.code != "14" for m in mentions):
        return None, ""  # a venue in another province: its kabupaten/kota is not stated
    if v.head is None and not mentions:  # "digelar di Batam": a town outside Riau named bare
        r = regions.resolve(v.text.split(",")[-1])
        if r is not None and r.kind in ("kabupaten", "kota"):
            return r, "town"
    m = _kecamatan_re().search(v.text)
    if m is not None:  # "Desa Kualu, Kecamatan Tambang": Tambang lies in Kabupaten Kampar
        r = regions.by_code(_kecamatan()[fold(" ".join(m.group(1).split()))])
        if r is not None:
            return r, "kecamatan"
    r = _kecamatan_at_end(v) if v.head is not None else None
    if r is not None:  # "Lapangan Merdeka Bangkinang Kota": a Riau kecamatan of two words or more ends it
        return r, "kecamatan-end"
    words = {w.lower() for w in v.text.split()}
    sub = not words.isdisjoint(_lists().words["subplace"])
    if not (v.head is None and sub or v.head is not None and _lists().venue_heads.get(v.head, False)):
        return None, ""
    if _national(v.text):
        return None, ""  # "Istana Negara", "Gedung Nusantara V DPR RI": in the capital, not the dateline's town
    dl = ctx.page.dateline
    r = _kind_named(dl) if dl else None
    if r is not None:  # "Bone Bolango Regency, Kominfotik – ... visited Diskominfotik office"
        return r, "dateline"
    r = regions.resolve(dl) if dl else None
    if r is None and dl:  # "Mandau", "Bangkinang Kota": a kecamatan's kabupaten/kota
        code = _kecamatan().get(fold(" ".join(dl.split(",")[-1].split())))
        r = regions.by_code(code) if code else None
    if r is not None:
        return (r, "dateline") if r.kind in ("kabupaten", "kota") and r.province == "Riau" else (None, "")
    r = _site_region(ctx.page.url)
    if r is not None:  # no dateline to read: the kabupaten/kota whose portal reports it
        return r, "site"
    heads = _regions_of_heads(ctx.text)
    if len(heads) == 1:  # "Bupati Sambas Satono menutup ... Desa Durian"
        return heads.pop(), "head-region"
    if sub:  # "posko ... di kecamatan Siak Hulu" on a page that names one kabupaten only
        named = {m.region for m in regions.find_regions(ctx.text) if m.region.kind in ("kabupaten", "kota")}
        if len(named) == 1:
            return named.pop(), "only-region"
    return None, ""


def _national(venue: str) -> bool:
    """Does a venue name a seat of the state (``Istana Negara``, ``Gedung DPR RI``, ``Kantor Kemendagri``;
    ``events_words.tsv`` kind national), which stands in the capital, not in the dateline's town?"""
    key = " " + " ".join(_PUNCT.sub(" ", venue.lower()).split()) + " "
    return any(f" {w} " in key for w in _lists().words["national"])


_PUNCT = re.compile(r"[^\w\s-]")


def _kecamatan_at_end(v: _Venue) -> regions.Region | None:
    """The kabupaten/kota of the Riau kecamatan whose name, of two or three capitalised words, ends a
    headed venue after its head (``Lapangan Merdeka Bangkinang Kota`` -> Kabupaten Kampar); one word
    (``Tampan``, ``Sail``) is too often a building's own name."""
    words = v.text.split(",")[0].split()
    for n in (3, 2):
        if len(words) > n and all(w[:1].isupper() for w in words[-n:]):
            code = _kecamatan().get(fold(" ".join(words[-n:])))
            if code:
                return regions.by_code(code)
    return None


def _town_at_end(venue: str, mentions: list[regions.RegionMention]) -> regions.Region | None:
    """The kabupaten/kota whose name (one to three capitalised words, known as one region only) ends a
    part of a venue after a building or a street (``Jalan Gajah Mada Samarinda``), unless the word before
    makes it a street (``Jalan Bone``), the part names a kecamatan, village or river (``Kecamatan Bukit
    Batu``, ``Kelurahan Teluk Binjai``) or one of the venue's region ``mentions`` ends it (``Daerah
    Istimewa Yogyakarta``: the province)."""
    ends = {m.end for m in mentions}
    at = 0
    for part in venue.split(","):
        at += len(part) + 1
        words = part.split()
        for n in (3, 2, 1):
            if len(words) <= n or not all(w[:1].isupper() for w in words[-n:]) \
                    or regions.names_other_place(words[-n - 1]):
                continue
            r = regions.resolve(" ".join(words[-n:]))
            if r is not None and r.kind in ("kabupaten", "kota"):
                if at - 1 - (len(part) - len(part.rstrip())) in ends \
                        or any(regions.names_other_place(w) in ("area", "river") for w in words):
                    break
                return r
    return None


@functools.lru_cache(maxsize=256)
def _kind_named(dateline: str) -> regions.Region | None:
    """The kabupaten/kota of a dateline that writes its kind (``Kabupaten Sambas``, ``Bone Bolango
    Regency``; ``events_town_kinds.tsv``), in any province; None for a bare town's name."""
    words = dateline.split()
    if len(words) < 2:
        return None
    kinds = _town_kinds()
    first, last = kinds.get((words[0].lower(), "before")), kinds.get((words[-1].lower(), "after"))
    if first is not None:
        r = regions.resolve(f"{first} {' '.join(words[1:])}")
    elif last is not None:
        r = regions.resolve(f"{last} {' '.join(words[:-1])}")
    else:
        return None
    return r if r is not None and r.kind in ("kabupaten", "kota") else None


@functools.cache
def _town_kinds() -> dict[tuple[str, str], str]:
    return {(row["word"], row["where"]): row["prefix"] for row in resources.tsv("events_town_kinds.tsv")}


_BRACKETED = re.compile(r"\(([A-Z][\w .-]{2,40})\)")
_KABUPATEN_INITIALS = re.compile(r"\b(?:Kabupaten|Kab\.?)\s+([A-Z]{3,5})\b")


@functools.cache
def _kabupaten_initials() -> dict[str, regions.Region]:
    """Kabupaten of three words or more by their initials (``SBD`` -> Kabupaten Sumba Barat Daya,
    ``PPU`` -> Kabupaten Penajam Paser Utara), where the initials name one kabupaten only."""
    by: dict[str, list[regions.Region]] = {}
    for r in regions.all_regions():
        words = r.name.split()[1:]
        if r.kind == "kabupaten" and len(words) >= 3:
            by.setdefault("".join(w[0] for w in words).upper(), []).append(r)
    return {k: v[0] for k, v in by.items() if len(v) == 1}


def _regions_of_heads(text: str) -> set[regions.Region]:
    """The kabupaten/kota that the titles of their heads name in ``text`` (``Bupati Sambas``,
    ``Wali Kota Dumai``; ``events_region_heads.tsv``)."""
    found = set()
    for m in _head_title_re().finditer(text):
        prefix = _head_titles()[" ".join(m.group(1).lower().split())]
        words = m.group(2).split()
        for n in range(len(words), 0, -1):  # "Bupati Kepulauan Meranti", "Bupati Sambas Satono"
            r = regions.resolve(f"{prefix} {' '.join(words[:n])}")
            if r is not None and r.kind in ("kabupaten", "kota"):
                found.add(r)
                break
    return found


@functools.cache
def _head_titles() -> dict[str, str]:
    return {row["title"]: row["prefix"] for row in resources.tsv("events_region_heads.tsv")}


@functools.cache
def _head_title_re() -> re.Pattern[str]:
    alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_head_titles(), key=len, reverse=True))
    return re.compile(rf"\b((?i:{alt}))\s+([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})")


@functools.lru_cache(maxsize=256)
def _site_region(url: str | None) -> regions.Region | None:
    """The kabupaten/kota of a regency's or city's portal, read from its host: ``ppid.sambas.go.id``
    -> Kabupaten Sambas, ``mc.temanggungkab.go.id`` -> Kabupaten Temanggung, ``dumaikota.go.id`` ->
    Kota Dumai; None for a province's portal (``riau.go.id``) or a host that names no region."""
    host = urlsplit(url or "").hostname or ""
    if not host.endswith(".go.id"):
        return None
    for label in reversed(host.split(".")[:-2]):
        names = [label] + [f"{prefix} {label[:-len(suffix)]}" for suffix, prefix in _lists().host_suffixes
                           if label.endswith(suffix) and len(label) > len(suffix) + 2]
        for name in names:
            r = regions.resolve(name)
            if r is not None and r.kind in ("kabupaten", "kota"):
                return r
    return None


@functools.cache
def _kecamatan() -> dict[str, str]:
    """Riau kecamatan name (casefolded) -> its kabupaten/kota code (``events_kecamatan.tsv``)."""
    return {row["name"].casefold(): row["code"] for row in resources.tsv("events_kecamatan.tsv")}


@functools.cache
def _kecamatan_re() -> re.Pattern[str]:
    names = sorted(_kecamatan(), key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    cue = "|".join(re.escape(w) for w in sorted(_lists().words["kecamatan_cue"], key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{cue})\s*({alt})(?![\w-])", re.IGNORECASE)


def _organizer(ctx: Context, c: _Cand, name: tuple[int, int, str] | None, sents: list, spans: list[Span],
               sent_toks: dict[int, _Toks]) -> str | None:
    """The holder of the event: ``Dinas Sosial Provinsi Riau`` in "... diselenggarakan oleh Dinas
    Sosial Provinsi Riau" (``sent_toks``: the tokens of the sentences read so far, by index)."""
    text = ctx.text
    L = _lists()
    if name is not None and L.heads.get(name[2].split()[0].lower()) and \
            name[2].split()[0].lower() in L.words["visit"]:
        # "kunjungan kerja Komisi IV DPRD Kab. Indragiri Hulu": the visitors hold the visit
        toks = _tokens(text, [(name[0], name[1])])[0]
        k = 1
        while k < len(toks) and not _capitalised(toks.word[k]) and toks.lower[k] != "ke":
            k += 1  # "kunjungan kerja ke Kecamatan Bantan": the place visited is no visitor
        run = _cap_run(toks, k, +1) if k < len(toks) and toks.lower[k] != "ke" else None
        if run is not None and run[0] == k:
            a, b = toks.start[run[0]], toks.end(run[1])
            if len(text[a:b].split()) >= 2 and not any(
                    w.rstrip(".") in L.words["person"] for w in toks.lower[run[0]:run[1] + 1]):
                spans.append(Span(a, b, text[a:b], "events.organizer.visitor", "organizer"))
                return text[a:b]
    where = [c.sent]
    if name is not None:
        ns = _sentence_at(sents, name[0])
        if ns is not None and ns not in where:
            where.append(ns)
    nxt = c.sent + 1
    if nxt < len(sents) and nxt not in where:
        # "Kegiatan yang diselenggarakan oleh Bappeda Kabupaten Siak ini ...": the next sentence
        # refers back to the event (an anaphor or the event's own head word) and names its holder
        first = _TOK.match(text, sents[nxt][0])
        w = first.group(0).lower() if first else ""
        if L.heads.get(w) == "anaphor" or (c.head is not None and w == c.head.split()[0]):
            where.append(nxt)
    passive, organise = L.words["passive"], L.organise
    for si in where:
        toks = sent_toks.get(si)
        if toks is None:
            toks = sent_toks[si] = _tokens(text, [sents[si]])[0]
        for i in compress(range(len(toks)), map(organise.__contains__, toks.lower)):  # verbs of organising
            lw = toks.lower[i]
            if lw in passive:
                j = i + 1
                if j < len(toks) and toks.lower[j] == "oleh":
                    j += 1
                org = _cap_run(toks, j, +1)
            else:
                k = i - 1
                for back in range(i - 1, max(-1, i - 14), -1):
                    if toks.lower[back] in L.words["via"]:
                        k = back - 1
                        break
                org = _cap_run(toks, k, -1)
            if org is not None:
                a, b = org
                phrase = text[toks.start[a]:toks.end(b)]
                if any(w.rstrip(".") in L.words["person"] for w in toks.lower[a:b + 1]):
                    continue  # "Anggota DPRD Riau H. Sugianto menggelar reses": a person, not an organisation
                if len(phrase.split()) >= 2:
                    spans.append(Span(toks.start[a], toks.end(b), phrase,
                                      "events.organizer." + ("passive" if lw in passive else "active"),
                                      "organizer"))
                    return phrase
    return None


def _cap_run(toks: _Toks, i: int, step: int) -> tuple[int, int] | None:
    """Token index range of a run of capitalised words starting at i, going forward or back."""
    words, lowers, final_dot = toks.word, toks.lower, toks.final_dot
    j, last = i, None
    while 0 <= j < len(words):
        w = words[j]
        if _capitalised(w) and not _is_weekday_name(w) or (last is not None and lowers[j] in ("kab.", "prov.")):
            last = j
        elif last is not None and w == ("(" if step > 0 else ")") and 0 <= j + 2 * step < len(words) \
                and words[j + 2 * step] == (")" if step > 0 else "(") and _capitalised(words[j + step]):
            # "Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Riau": the acronym stays inside
            if step > 0:
                last = j + 2
            j += 3 * step
            continue
        elif lowers[j] == "dan" and last is not None and 0 <= j + step < len(words) and _capitalised(words[j + step]):
            pass
        else:
            break
        if step > 0 and final_dot[j]:
            break
        j += step
        if step < 0 and j >= 0 and final_dot[j]:
            break
    if last is None:
        return None
    return (i, last) if step > 0 else (last, i)
