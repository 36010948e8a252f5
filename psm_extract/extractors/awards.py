"""Awards, prizes, ranks and recognitions: ``juara III``, ``peringkat 7``, ``5 besar``, ``opini WTP``.

An award mention is an anchor (``data/awards_anchors.tsv``) in a frame that names its recipient
(``data/awards_cues.tsv``):

* recipient, award verb, award: ``LKSA Purna Kasih dari Indragiri Hilir meraih juara 3``,
  ``Vinora Nongsih sebagai 5 besar PSM berprestasi``;
* award, passive verb or ``dari``/``oleh``, recipient: ``juara pertama diserahkan kepada
  Kecamatan Salo``, ``sebagai juara III dari Desa Batang Duku, Kecamatan Bukit Batu``;
* a ranking list: ``peringkat satu itu DKI Jakarta ... Peringkat empat D.I Yogyakarta, kelima
  Jawa Barat``;
* a winners' list, each item naming its winner right after the rank: ``Juara I diraih SMAN 1 Siak,
  juara II SMAN 2 Tualang dan juara III SMAN 1 Perawang``, ``Juara I: X``, ``juara I adalah X``
  (the name must end the item: ``juara II Rp 5 juta`` and ``juara II Piala ...`` name no winner);
  a score before the verb (``juara I dengan nilai 465 dimenangkan oleh X``); a comma after the rank (``Juara III, KIM
  Tunas Harapan Karanganyar, judul ...``); the lines of a bulleted list (``- Terbaik I Triwidadi``);
  items that leave out the verb (``Kecamatan A meraih Juara Umum I, Kecamatan B Juara Umum II``);
* a unit word in lower case starts a name (``diraih oleh kalurahan Wukirsari``); a name after a comma that no
  ``dan`` closes is where the recipient lies (``diraih oleh Kalurahan Tridadi, Sleman``), no co-recipient;
* awards joined to the one before by ``dan``/a comma share its recipient (``meraih juara II dan
  juara harapan III``);
* a subject opened by a conjunction and closed by a comma (``sebab Nagari Sungai Nyalo IV Koto Mudiak, berhasil
  meraih``); an award in a ``setelah`` clause: the unit or region opening the sentence (``Nagari Manggopoh ditetapkan
  sebagai wakil Kabupaten Agam setelah keluar sebagai juara II``);
* an elided subject (``dengan memperoleh 6 medali emas``) takes the recipient of the award before
  it; ``kita``/``kami`` the home region (the region the article names most); ``Usai meraih X,
  rombongan Kafilah Kabupaten Bengkalis tiba`` the team named in the main clause;
* ``yang`` and an award verb, then a copula: ``guru yang menerima penghargaan yaitu Tri Hastuti``;
* counts shared out: ``Kampar dan Pekanbaru yang masing-masing mengumpulkan 36 dan 23 medali emas``;
* ranks shared out, in order, to the names after their verb or ``yakni``: ``Juara II dan III diraih A dan B``,
  ``juara 1, 2, dan 3 dimenangkan A, B dan C``, ``Juara Harapan I – III masing-masing diraih A, B, dan C`` (a range
  gives each rank in it), ``untuk juara II dan III masing-masing A dan B``;
* standings: ``juara umum dua diraih oleh Kecamatan Bukit Batu. Kemudian disusul oleh Kecamatan
  Bantan`` (the next place), ``disusul Kabupaten Kampar di posisi kedua``;
* medal standings: ``Provinsi Riau sudah menduduki puncak klasemen``, ``Bengkalis kian kokoh memuncaki
  klasmen sementara perolehan medali emas`` (the first place); the tally of the place just before
  (``posisi keenam Kabupaten Siak 5 medali emas, 3 perak``, ``... dengan raihan 79 medali emas``); counts in
  words (``tiga medali emas, satu perak``); the lines of a medal table (``1. DKI Jakarta (21 Emas, 10 Perak
  dan 11 Perunggu).``); a count that sums the tally before it (``dengan total 25 medali``) is none.

A title takes in the competition named before or after it in its sentence, the level, year or
edition another mention of that competition gives (``MTQ ke-XLIII tingkat Kabupaten Bengkalis``),
and for a bare award its granting body (``WTP dari BPK RI``). Anchors without a recipient, hopes
and purposes (``agar berprestasi``, ``meraih prestasi``, ``untuk menjadi yang terbaik``) and weak
words out of an award frame (``kinerja yang terbaik``) are not awards. Repeated mentions of one
award (same recipient, under any form of a region's name, and rank) are reported once.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .. import resources, wordmatch
from ..dates import weekday_number
from ..records import Award, Span
from ..regions import RegionMention, find_regions
from . import Context
from .participants import sentence_spans

__all__ = ["extract_awards"]

_TOKEN = re.compile(r"\(?[\w][\w'’.-]*\)?|[,;:–-]")
_WINDOW = 300  # characters looked at on each side of an award anchor
_COMPETITION_CHARS = 160  # the longest name of a competition read after its word
_FREE_WORDS = 5  # lower-case words a competition's name may run on over ("lomba menulis naskah buku non fiksi")
# the lookbehind after the digits (not before them) lets the engine skip ahead to a 1 or a 2
_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)(?<![\w/.-]\d{4})(?![\w/])")
_AGE = re.compile(r"\(\d{1,3}\)")  # "Rahma Nelly (47)"
# a line of a medal table up to its tally: a list mark or a bracket/colon, and a capitalised name
_TALLY_LINE = re.compile(r"[ \t]{0,3}(\d{1,2}[.)][ \t]{0,3}|[*•·-][ \t]{0,3})?((?:[A-Z][\w.'’-]*[ \t]{1,3}){0,4}[A-Z][\w.'’-]*)"
                         r"[ \t]{0,3}([(:])?[ \t]{0,3}")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Z0-9]{1,9})\)$")  # "Kabupaten Sumba Barat Daya (SBD)"
_JOINED = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:(?i:dan|serta)\s{1,3})?")
_FAMILY = {"wtp": "wtp", "wtp_bare": "wtp"}  # anchors naming one award a recipient holds once
_LISTED = ("peringkat", "ordinal", "juara", "terbaik_rank", "harapan")  # ranks that can head a ranking list
_PARAGRAPHS = re.compile(r"\n\s*")  # paragraph breaks between a competition and the award that shares it
# a line of a winners' list that ends no paragraph: a list item ("- Juara I Kelurahan Tulusrejo"), a heading that
# introduces what follows ("Tingkat Kelurahan:") or a short line with no sentence end ("Kategori Lomba Pelaksana
# Terbaik 10 Program PKK Kota Malang 2019")
_LIST_LINE = re.compile(r"\s*(?:(?:[-–•*·]|\d{1,2}[.)])\s.*|.*:\s*|(?:\S+[ \t]+){0,11}\S*[^\s.!?\"”’])")
_CLAUSE_PUNCT = frozenset({",", ";", ":"})
_TITLE_PUNCT = _CLAUSE_PUNCT | {"-", "–"}  # tokens that end an award title
# the anchors whose award shares the competition the text names before it (medals, ranks, "pembaca terbaik")
_CARRIES = frozenset({"juara", "harapan", "juara_bare", "peringkat", "terbaik_rank", "besar", "top", "nomor_satu",
                      "juru_kunci", "puncak", "ordinal", "medali", "medali_tally", "medali_count", "medali_bare", "terbaik",
                      "berprestasi"})
# recipients named in the frame
_NAMED_RULES = ("award-by", "given-to", "has-award", "list-item", "rank-list", "received")


@dataclass(slots=True)
class _Anchor:
    start: int
    end: int
    name: str
    kind: str
    rank: str | None


@dataclass(slots=True)
class _Found:
    recipient: str
    rec_start: int
    rec_end: int
    title_start: int
    title_end: int
    rank: str | None
    rule: str
    title_head: tuple[int, int] | None = None  # "Juara" of "Juara II dan III": the title is head + rank word
    also: list["_Found"] = dataclasses.field(default_factory=list)  # co-recipients, ranks paired with names


class _Tables:
    def __init__(self) -> None:
        ranks = {r["word"]: r["rank"] for r in resources.tsv("awards_ranks.tsv")}
        self.ranks = {k.casefold(): v for k, v in ranks.items()}
        romans = sorted((w for w in ranks if w.isupper()), key=len, reverse=True)
        words = sorted((w for w in ranks if w.islower()), key=len, reverse=True)
        rank_src = "(?:" + "|".join(romans) + r"|\d{1,2}|(?i:" + "|".join(words) + "))"
        # a count of medals: digits or a number word ("tiga medali emas, satu perak dan satu perunggu")
        num_words = sorted((r["word"] for r in resources.tsv("numbers_words.tsv")
                            if r["kind"] in ("digit", "whole") and 0 < int(r["value"]) < 100), key=len, reverse=True)
        num_src = r"(?:\d{1,3}|(?i:" + wordmatch.alternation(num_words) + "))"
        self.anchor_kind: dict[str, tuple[str, str]] = {}
        self.anchor_alts: list[str] = []
        self.anchor_cues: list[tuple[str, ...]] = []
        for i, row in enumerate(resources.tsv("awards_anchors.tsv")):
            src = row["pattern"].replace("{RANK}", rank_src).replace("{NUM}", num_src)
            re.compile(src)  # each pattern must stand alone
            self.anchor_kind[f"a{i}"] = (row["name"], row["kind"])
            self.anchor_alts.append(f"(?P<a{i}>{src})")
            self.anchor_cues.append(tuple(row["cues"].split()))
        self.anchor_re = self._scan_of(range(len(self.anchor_alts)))
        # the proper names of national awards, read whole inside a title ("Wilayah Bebas dari Korupsi")
        self.named_re = re.compile(next(row["pattern"] for row in resources.tsv("awards_anchors.tsv")
                                        if row["name"] == "named"))
        self.any_cue = re.compile(wordmatch.alternation({c for cues in self.anchor_cues for c in cues}))
        self.word_cues = wordmatch.WordCache(self._cue_bits)  # word -> bits of the patterns it cues
        self._scans: dict[int, re.Pattern[str]] = {}  # by the bits of the patterns scanned
        self.rank_word = re.compile(rank_src + r"(?![\w-])")
        self.rank_word_alone = re.compile(r"(?<![\w-])" + rank_src + r"(?![\w-])")  # not the "23" of "2023"
        cues: dict[str, set[str]] = {}
        for row in resources.tsv("awards_cues.tsv"):
            cues.setdefault(row["kind"], set()).add(row["phrase"].casefold())
        self.cues = cues
        # degrees and titles (data/honorifics.tsv): a recipient made of these alone names no one
        self.honorific_words = frozenset(r["form"] for r in resources.tsv("honorifics.tsv")
                                         if r["kind"] in ("prefix", "suffix"))
        self.unit_or_group = cues["unit"] | cues["group"]  # where a recipient's name may start
        self.group_or_generic = cues["group"] | cues["generic"]
        # a name starting with one of these is no person ("Ia" stands for none of them)
        self.person_not = cues["stop"] | cues["generic"] | cues["group"] | cues["unit"] | cues["org_head"] \
            | cues["pronoun"] | cues["person_pronoun"] | cues["keeps_unit"]
        self.origin_keeps = self.group_or_generic | cues["stop"]  # "Tim dari X": X is the recipient
        self.keeps_unit = self.unit_or_group | cues["org_head"] | cues.get("keeps_unit", set())
        self.carried_award = frozenset(cues["carried_award"])  # awards a rank shares, no medal
        self.carried = cues["competition"] | cues.get("carried", set()) | self.carried_award  # competitions a rank shares
        self.carry_stop = frozenset(cues["carry_stop"])
        self.competition_re = re.compile(r"(?<![\w-])\(?(" + wordmatch.alternation(self.carried) + r")\)?(?![\w-])",
                                         re.I)
        self.passive, self.by, self.active, self.medal_by, self.list_intro, self.settle, self.rank_range = (
            _Phrases(cues[kind]) for kind in ("passive", "from", "active", "medal_by", "list_intro", "settle",
                                              "rank_range"))
        self.breakdown = re.compile(r"[\s,.(]{0,4}(?:" + wordmatch.alternation(cues["breakdown"], r"\s{1,3}")
                                    + r")\s{0,3}:?\s{0,3}", re.I)
        # unions of cue kinds that one test reads
        self.title_break = cues["passive"] | cues["from"]
        self.free_break = cues["clause"] | cues["stop"] | cues["active"] | cues["filler"] | cues["copula"]
        self.name_break = cues["stop"] | cues["clause"]
        self.list_lead = self.name_break | cues["copula"] | cues["to"] | cues["list_lead_word"]
        self.title_start_break = cues["copula"] | {"yang"}
        self.org_break = cues["org_head"] | cues["unit"]
        self.unit_words = cues["unit"] | cues["unit_abbr"]
        self.government_words = self.unit_words | cues["government"]  # a region's name around it, the region still
        self.abbrev = {w.casefold() for w in resources.lines("tokenizer_special_cases.tsv")}
        self.levels = [(r["word"], r["level"], r["scoped"] == "1") for r in resources.tsv("awards_levels.tsv")]
        ordinals = [w for w in words if w.startswith("ke") or w == "pertama"]
        self.ordinal = re.compile(rf"(?<![\w-])(?i:{'|'.join(ordinals)})(?![\w-])")
        self.ordinal_lower = re.compile(wordmatch.alternation(ordinals))  # in a lower-cased text
        self.repeat = re.compile(r"\s{1,3}(?:(?i:untuk)\s{1,3}(?:(?i:yang)\s{1,3})?)?(?i:ke-?\d{1,3}|"
                                 + "|".join(ordinals) + r")\s{1,3}(?i:kali(?:nya)?)(?:\s{1,3}(?:(?i:secara)\s{1,3})?"
                                 r"(?i:berturut-turut|berturut\s{1,3}turut))?(?![\w-])")
        self.level_words = {w for w, _, _ in self.levels}
        self.no_winner = self.name_break | cues["competition"] | cues["title_word"] | self.level_words \
            | cues["not_name"]
        scope = "(?:" + "|".join(re.escape(w) for w in sorted(cues["level_scope"], key=lambda w: (-len(w), w))) \
            + r")[\s-]{1,3}"
        self.level_res = [(w, re.compile(rf"{scope if scoped else ''}\b{re.escape(w)}\b"), level)
                          for w, level, scoped in self.levels]
        # "se-Provinsi", "se-Riau", "antar-Kecamatan": a level word joined to the name it scopes
        self.scoped_name = re.compile("(?i:" + "|".join(sorted(map(re.escape, cues["level_scope"]), key=len,
                                                                 reverse=True)) + r")-[A-Z][\w-]*")
        # "ke-41", "Ke-XLI", "ke-XLIII": an edition number inside an award title (read case-folded)
        self.edition = re.compile(r"(?i:ke-?\d{1,3}|ke-[ivxlc]{1,7})")
        # a list item: "juara II SMAN 2 Tualang", "Juara I: SMAN 1 Siak"; the name ends the item
        self.item_end = {",", ";", "."} | cues["item_end"]
        # "disusul oleh Kecamatan Bantan": the next place after the rank just before
        self.follows_words = {w.split()[0][i:] for w in cues["follows"] for i in (0, 1)}  # "disusul", "isusul"
        # "empat kali berturut-turut, yakni tahun 2013, 2014, 2015 dan 2016": the years of a repeated award
        year = _YEAR.pattern
        self.repeat_years = re.compile(r"(?<![\w-])(?i:" + wordmatch.alternation(cues["repeat_years"]) + r")(?![\w-])"
                                       r"[^.;!?\n]{0,40}?(" + year + r"(?:\s{0,3},\s{0,3}" + year + r")*\s{0,3},?\s{0,3}"
                                       r"(?i:" + wordmatch.alternation(cues["year_join"]) + r")\s{1,3}" + year + ")")
        self.follows = re.compile(r"(?<![\w-])(?i:" + wordmatch.alternation(cues["follows"], r"\s{1,3}")
                                  + r")(?![\w-])")

    def is_filler(self, word: str) -> bool:
        """Whether ``word`` is skipped between recipient, verb and award (``berhasil``; ``baru`` in lower case:
        ``Siak yang baru memperoleh 28 medali emas``, not ``Desa Buatan Baru meraih``)."""
        return word.casefold() in self.cues["filler"] or word in self.cues["filler_lower"]

    def _cue_bits(self, word: str) -> int:
        """The anchor patterns whose cue words occur in ``word`` (folded as the patterns' IGNORECASE
        reads it: ``Predıkat`` holds ``predikat``), as the bits of an int."""
        folded = wordmatch.fold(word)
        if self.any_cue.search(folded) is None:  # most words hold no cue
            return 0
        return sum(1 << i for i, cues in enumerate(self.anchor_cues) if any(c in folded for c in cues))

    def _scan_of(self, rows: Iterable[int]) -> re.Pattern[str]:
        """One scan from word starts only; at one position the first listed pattern wins."""
        return re.compile(r"(?<![\w])(?=\w)(?:" + "|".join(self.anchor_alts[i] for i in rows) + ")")

    def anchor_scan(self, text: str) -> re.Pattern[str] | None:
        """The anchor patterns whose cue words occur in ``text`` (None if none does), as one regex:
        most pages name two or three of the award words, and each pattern left out is a pass
        of the regex engine over the page saved.

        A cue word (no white space) occurs in the case-folded text if and only if it occurs in one of
        its case-folded words (``casefold`` maps each character on its own), so the cues are looked up
        word by word, in a table of the words seen before."""
        bits = 0
        for word_bits in set(map(self.word_cues.__getitem__, text.split())):
            bits |= word_bits
        if not bits:
            return None
        scan = self._scans.get(bits)
        if scan is None:
            if len(self._scans) >= 1024:
                self._scans.clear()
            scan = self._scans[bits] = self._scan_of(i for i in range(len(self.anchor_alts)) if bits >> i & 1)
        return scan

    def ordinals(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``ordinal`` in ``text``. If its letters and digits are all ASCII, its lower-cased
        form has the same offsets and an ordinal word wherever ``ordinal`` matches one, so ``ordinal`` is
        tried only where a case-sensitive search (which the engine skips ahead in) finds one there."""
        if not wordmatch.ascii_letters(text):
            yield from self.ordinal.finditer(text)
            return
        low, pos = text.lower(), 0
        while (m := self.ordinal_lower.search(low, pos)) is not None:
            hit = self.ordinal.match(text, m.start())
            pos = hit.end() if hit else m.start() + 1
            if hit:
                yield hit


@functools.cache
def _t() -> _Tables:
    return _Tables()


def _is_name_token(tok: str) -> bool:
    core = tok.strip("()")
    return bool(core) and (core[0].isupper() or core[0].isdigit()) and core not in {"-", "–"}


class _Phrases:
    """Cue phrases of one kind (``diraih``, ``diraih oleh``), matched on up to three tokens."""

    def __init__(self, phrases: set[str]) -> None:
        self.phrases = phrases
        self.first = {p.split(" ")[0] for p in phrases}  # a quick test before joining words
        self.last = {p.split(" ")[-1] for p in phrases}

    def at(self, toks: list[re.Match[str]], i: int) -> int:
        """Length in tokens of the longest phrase starting at token ``i`` (0 if none)."""
        if i >= len(toks) or toks[i].group().casefold() not in self.first:
            return 0
        words = [t.group().casefold() for t in toks[i:i + 3]]
        for n in range(len(words), 0, -1):
            if " ".join(words[:n]) in self.phrases:
                return n
        return 0

    def ending_at(self, toks: list[re.Match[str]], j: int) -> int:
        """Length in tokens of the longest phrase ending at token ``j`` (inclusive; 0 if none)."""
        if j < 0 or toks[j].group().casefold() not in self.last:
            return 0
        words = [t.group().casefold() for t in toks[max(0, j - 2):j + 1]]
        for n in range(len(words), 0, -1):
            if " ".join(words[-n:]) in self.phrases:
                return n
        return 0


def _anchors(text: str, t: _Tables) -> list[_Anchor]:
    out: list[_Anchor] = []
    scan = t.anchor_scan(text)
    if scan is None:
        return out
    for m in scan.finditer(text):
        name, kind = t.anchor_kind[m.lastgroup or ""]
        rank = _rank_of(m.group(), name, t) if kind == "rank" else "1" if kind == "verb" else None  # "menjuarai": first
        out.append(_Anchor(m.start(), m.end(), name, kind, rank))
    return out


def _rank_of(phrase: str, name: str, t: _Tables) -> str | None:
    low = phrase.casefold()
    if name in ("besar", "top"):  # "5 besar", "Top 45": a group, no place
        return " ".join(phrase.split()).lower()
    if name in ("nomor_satu", "puncak"):  # "puncak klasemen": the first place
        return "1"
    m = t.rank_word.search(phrase, phrase.find(" "))
    number = t.ranks.get(m.group().casefold(), m.group()) if m else None
    if "umum" in low:
        return "umum" + (f" {number}" if number else "")
    if "harapan" in low:
        return "harapan" + (f" {number}" if number else "")
    if "favorit" in low:
        return "favorit"
    return number


def _title_end(toks: list[re.Match[str]], pos: int, t: _Tables, stop: frozenset[str] = frozenset(),
               joins: bool = False) -> tuple[int, int]:
    """Extend an award title ending at ``pos`` over its name in the tokens ``toks`` after it: ``5 besar`` +
    `` PSM berprestasi ditingkat Provinsi Riau tahun 2018``. Returns the new end and how many tokens the
    title takes in; the tokens after those are the tokens after the end (a title ends inside a token only
    before its final full stops, where no token starts). ``stop``: words that end it too; ``joins``: the
    lower-case name of a competition goes on over ``dan`` (``seleksi guru dan kepala sekolah berprestasi``)."""
    end = pos
    taken = 0
    free = 0
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.group()
        low = word.casefold().rstrip(".")
        core = word.lstrip("(")
        named = t.named_re.match(tok.string, tok.end() - len(core)) if core[:1].isupper() else None
        if named is not None and taken == i:  # "Wilayah Bebas dari Korupsi": the name whole, its small words too
            while i < len(toks) and toks[i].start() < named.end():
                i += 1
            last = toks[i - 1]
            end, taken = last.start() + len(last.group().rstrip(".,")), i
            continue
        if word in {"-", "–"} and 0 < i < len(toks) - 1 and taken == i \
                and toks[i + 1].group().casefold() == toks[i - 1].group().casefold():
            i += 1  # "Lomba Poco – Poco": a doubled word
            continue
        if word in _TITLE_PUNCT or low in t.title_break or low in stop:
            break
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        if joins and free and low in t.cues["co_join"] and nxt[:1].islower() and nxt.casefold() not in t.free_break:
            i += 1
            continue
        if low == "tahun":
            year = nxt.rstrip(".,")
            if _YEAR.fullmatch(year):
                end = toks[i + 1].start() + len(year)
                i += 2
                taken = i
                continue
            break
        if low in t.cues["competition"]:
            free = _FREE_WORDS  # "lomba desa", "lomba cerdas cermat": lower-case words may name the competition
        elif free and low not in t.free_break:
            free -= 1
        elif low in t.cues["need_name"]:
            free = 0
            if not (nxt and (_is_name_token(nxt) or nxt.rstrip(".,").casefold() in t.level_words
                             or nxt.casefold() in t.cues["competition"] or nxt.casefold() in t.cues["category"])):
                break
        elif not (_is_name_token(word) or low in t.cues["title_word"] or t.edition.fullmatch(low)
                  or t.scoped_name.fullmatch(word.rstrip(".,"))):
            break
        else:
            free = 0
        end = tok.start() + len(word.rstrip(".,"))
        taken = i + 1
        if word.endswith(".") and low + "." not in t.abbrev:
            break  # a full stop ends the title
        i += 1
    return end, taken


def _name_forward(toks: list[re.Match[str]], i: int, t: _Tables) -> tuple[int, int] | None:
    """A capitalised name starting at token ``i``, with an administrative chain: ``Desa X, Kecamatan Y``."""
    start = end = None
    head = ""
    if len(toks) - i > 1 and toks[i].group().casefold() in t.group_or_generic and toks[i].group().islower():
        i += 1  # "diraih oleh tim Kabupaten Kampar", "oleh atlet Eko Rimbawan": the name after the noun
    if i < len(toks) and toks[i].group().isdigit():
        return None  # "kepada 10 desa terbaik": a count, no name
    if len(toks) - i > 1 and toks[i].group().islower() and toks[i].group() in t.cues["unit"] \
            and _is_name_token(toks[i + 1].group()) and toks[i + 1].group().casefold() not in t.name_break:
        start, head, i = toks[i].start(), toks[i].group(), i + 1  # "diraih oleh kalurahan Wukirsari": its unit
    while i < len(toks):
        tok = toks[i]
        if _is_name_token(tok.group()) and tok.group().casefold() not in t.name_break:
            if start is None:
                start = tok.start()
                head = tok.group().casefold()
            end = tok.start() + len(tok.group().rstrip(".,"))
            i += 1
            continue
        if start is not None and tok.group() == "," and i + 1 < len(toks) \
                and toks[i + 1].group().casefold() in t.cues["chain_unit"] \
                and not _peer_units(head, toks[i + 1].group().casefold(), t):
            i += 1
            continue
        if start is not None and tok.group().casefold() in {"dan", "&"} and i + 1 < len(toks) \
                and _is_name_token(toks[i + 1].group()) and head in t.cues["org_head"] \
                and toks[i + 1].group().casefold() not in t.org_break:
            i += 1  # "Dinas Pangan Tanaman Pangan dan Hortikultura Provinsi Riau"
            continue
        break
    return (start, end) if start is not None else None


def _peer_units(head: str, unit: str, t: _Tables) -> bool:
    """Whether two administrative units (case-folded) stand side by side in a list rather than one inside the other:
    ``Kota Pekanbaru, Kota Dumai``, ``Kota Dumai, Kabupaten Siak`` (``Desa X, Kecamatan Y`` is one name)."""
    return head == unit or (head in t.cues["peer_unit"] and unit in t.cues["peer_unit"])


def _before_aside(toks: list[re.Match[str]], j: int) -> int:
    """The token before an aside in brackets that ends at token ``j`` (``Fajri (kelas 5)``), else ``j``."""
    if j < 0 or not toks[j].group().endswith(")") or toks[j].group().startswith("("):
        return j
    for k in range(j - 1, max(-1, j - 5), -1):
        word = toks[k].group()
        if word.startswith("("):
            return k - 1 if word[1:2].islower() else j
        if word.endswith(")"):
            break
    return j


def _past_origin(toks: list[re.Match[str]], i: int, t: _Tables) -> int:
    """The token after ``dari``/``asal`` and the name it gives at token ``i`` (``dari Setambah``), else ``i``."""
    if i < len(toks) and toks[i].group().casefold() in t.cues["origin"]:
        name = _name_forward(toks, i + 1, t)
        if name is not None:
            return next((n for n in range(i + 1, len(toks)) if toks[n].start() >= name[1]), len(toks))
    return i


def _past_category(toks: list[re.Match[str]], i: int, t: _Tables) -> int:
    """The token ending the category after a name at token ``i`` (``Didi Jeriandi pada kategori Dayung K-2 1.000 M
    Putra, serta ...``: the comma), else ``i``."""
    if i + 1 < len(toks) and toks[i].group().casefold() in t.cues["medal_at"] \
            and toks[i + 1].group().casefold() in t.cues["category"]:
        return next((n for n in range(i + 2, len(toks)) if toks[n].group() in _CLAUSE_PUNCT), len(toks))
    return i


def _name_backward(text: str, toks: list[re.Match[str]], j: int, t: _Tables,
                   regions: list[RegionMention]) -> tuple[int, int] | None:
    """The capitalised name ending at token ``j`` (``LKSA Purna Kasih`` of ``LKSA Purna Kasih dari Inhil``)."""
    # drop "dari <Region>" / "asal <...>" right before the verb, and "dari <name>" after a name
    k = j
    for back in range(k, max(-1, k - 8), -1):
        low = toks[back].group().casefold()
        if low in t.cues["origin"] and back > 0 and back < k:
            tail = (toks[back + 1].start(), toks[k].end())
            prev = toks[back - 1].group()
            # "Fajri (kelas 5) dari SDN 28 Pangkalan Nyirih", not "Tim dari Kabupaten Kampar", "menjauh dari Siak"
            if prev.endswith(")") or (_is_name_token(prev) and prev.casefold() not in t.origin_keeps):
                k = _before_aside(toks, back - 1)
            break
        if not _is_name_token(toks[back].group()):
            break
    end_tok = None
    i = k
    while i >= 0:
        tok = toks[i]
        if tok.group() in _CLAUSE_PUNCT or not _is_name_token(tok.group()) \
                or tok.group().casefold() in t.cues["stop"]:
            break
        if end_tok is None:
            end_tok = i
        i -= 1
        if _AGE.fullmatch(tok.group()):  # "(47)": an age
            end_tok = None
            break
    if end_tok is None or i + 1 > end_tok:
        return None
    if not any(tok.group().strip("()")[:1].isalpha() for tok in toks[i + 1:end_tok + 1]):
        return None  # "dengan nilai 270 sebagai juara II": a number, no name
    if end_tok == i + 1 and toks[end_tok].group().casefold() in t.cues["generic"]:
        return None  # "Peserta yang meraih juara I": a common noun, no name
    start = toks[i + 1].start()
    end = toks[end_tok].start() + len(toks[end_tok].group().rstrip(".,"))
    if text.count("(", start, end) < text.count(")", start, end):
        end = len(text[:end].rstrip(")"))  # a bracket opened before the name: not the name's ("(SBD)" is)
    return start, end


class _Finder:
    """Recipient search for the anchors of one text."""

    def __init__(self, ctx: Context) -> None:
        self.t = _t()
        self.text = ctx.text
        self.sents = sentence_spans(ctx.text)
        self.starts = [s for s, _ in self.sents]
        self.regions = find_regions(ctx.text)
        self.last: _Found | None = None
        self.named: list[_Found] = []  # the awards whose recipients the frames named, in the order read
        self.title_from: int | None = None
        self.rank_starts: list[tuple[int, str]] = []  # (start, name) of the rank anchors, set by extract_awards
        self._text_year: int | None = -1
        self._tokens: dict[tuple[int, int], list[re.Match[str]]] = {}
        self._medals: dict[tuple[int, int], bool] = {}  # by sentence: whether it names medals
        self.competition_names: list[tuple[Span, ...]] = []  # every named competition, set by ``competitions``

    def tokens(self, start: int, end: int) -> list[re.Match[str]]:
        """The tokens of ``text[start:end]`` (kept: the frames of an anchor read the same spans)."""
        toks = self._tokens.get((start, end))
        if toks is None:
            toks = self._tokens[start, end] = list(_TOKEN.finditer(self.text, start, end))
        return toks

    @functools.cached_property
    def region_at(self) -> dict[int, RegionMention]:
        """The first region mention starting at each offset."""
        at: dict[int, RegionMention] = {}
        for r in self.regions:
            at.setdefault(r.start, r)
        return at

    @functools.cached_property
    def home_code(self) -> str | None:
        """The code of the region the text names most."""
        counts = Counter(r.region.code for r in self.regions)
        return counts.most_common(1)[0][0] if counts else None

    @functools.cached_property
    def home(self) -> tuple[str, int, int] | None:
        """The region the text names most: (name, start, end) of its first mention."""
        code = self.home_code
        if code is None:
            return None
        first = next(r for r in self.regions if r.region.code == code)
        name = first.region.name
        if first.region.kind == "provinsi":
            name = f"Provinsi {name}"
        return name, first.start, first.end

    @functools.cached_property
    def competitions(self) -> list[tuple[int, int, tuple[Span, ...], bool]]:
        """(start, end, named phrase, whether its sentence names medals) of each competition the text names:
        ``Pekan Olahraga Provinsi (Porprov) IX Riau tahun 2017`` -> ``Porprov`` + ``IX Riau tahun 2017``; a
        mention without a name (``turnamen tersebut``, ``Porprov yang ...``) stands for the last one named
        with the same word."""
        t, text = self.t, self.text
        named: dict[str, tuple[Span, ...]] = {}
        out = []
        self.competition_names = []
        for m in t.competition_re.finditer(text):
            w0, w1 = m.span(1)
            toks = list(_TOKEN.finditer(text, w0, min(self.sentence(w0)[1], w0 + _COMPETITION_CHARS)))
            word = wordmatch.fold(m.group(1))
            # a lower-case word that names no competition alone ("penghargaan FK Metra se-Jawa Tengah") heads the name
            head = int(bool(toks) and m.group(1)[:1].islower() and word not in t.cues["competition"])
            end, taken = _title_end(toks[head:], w0, t, t.carry_stop, joins=True)
            taken += head
            rank = next((r for r in t.anchor_re.finditer(text, w1, end)
                         if t.anchor_kind[r.lastgroup or ""][1] == "rank"), None)
            if rank is not None:  # "Lomba masak nasi goreng juara 1, 2 dan 3 diraih ...": the name ends at the rank
                end = len(text[:rank.start()].rstrip())
                taken = sum(1 for tok in toks if tok.start() < end)
            if taken >= 2 and word in t.cues["judging"] and not any(c.isupper() for c in text[w1:end]):
                taken = 0  # "sesuai dengan penilaian dewan juri": the judging of a competition, not its name
            if taken >= 2:
                rest = text.find(" ", w1, end) if text[w1:w1 + 1] == ")" else -1  # "Porprov) IX Riau"
                cuts = [(w0, w1), (rest + 1, end)] if rest > 0 else [(w0, end)]
                named[word] = tuple(Span(a, b, text[a:b], "awards:carried", "title") for a, b in cuts)
                self.competition_names.append(named[word])
            if word in named:
                out.append((m.start(), m.end(), named[word], self.names_medals(w0) and word not in t.carried_award))
        return out

    def names_medals(self, pos: int) -> bool:
        """Whether the sentence at ``pos`` names medals."""
        sent = self.sentence(pos)
        medals = self._medals.get(sent)
        if medals is None:
            medals = self._medals[sent] = "medali" in self.text[sent[0]:sent[1]].casefold()
        return medals

    def competition_before(self, pos: int, recipient: int, skip: list[tuple[int, int]] = ()) -> tuple[Span, ...]:
        """The competition named last before ``pos``: for a medal (or a place in a medal table: a sentence
        naming ``medali``) the one named last with medals, any distance back; else the one named last, within
        ``_CARRY_BACK`` characters and one paragraph. Cut where the ``recipient`` starts (``Pada lomba desa
        tingkat provinsi Kabupaten Kampar meraih juara I``). For a medal, the mentions inside ``skip`` (the titles
        of other medals) do not count."""
        medals = self.names_medals(pos)
        for start, end, phrase, with_medals in reversed(self.competitions):
            if end > pos or (medals and not with_medals) or (medals and any(a <= start < b for a, b in skip)):
                continue
            gap = self.text[end:pos]
            if not (medals or (len(gap) <= _CARRY_BACK and self._paragraph_breaks(end, pos) <= 1)):
                return ()
            if phrase[-1].end <= recipient or phrase[0].start >= recipient:
                return phrase
            cut = [s for s in phrase if s.start < recipient]
            end = len(self.text[:recipient].rstrip(" ,"))
            last = cut[-1]
            cut[-1] = Span(last.start, end, self.text[last.start:end], last.rule, last.field)
            return tuple(cut) if end > last.start else ()
        return ()

    def _paragraph_breaks(self, start: int, end: int) -> int:
        """The paragraph breaks between ``start`` and ``end``: the line breaks after a line of prose, not after a
        line of a winners' list (``_LIST_LINE``: ``Adapun hasil pemenang Otonomi Award ... adalah:`` / ``Tingkat
        Kelurahan:`` / ``- Juara I Kelurahan Tulusrejo, Kecamatan Blimbing`` / ``- Juara II ...``)."""
        text, n = self.text, 0
        for m in _PARAGRAPHS.finditer(text, start, end):
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            n += _LIST_LINE.fullmatch(line) is None
        return n

    def competition_after(self, pos: int) -> tuple[Span, ...]:
        """The competition named first after ``pos`` in its sentence (``medali emas yang diraih kontingen Bengkalis
        pada Pekan Olahraga Provinsi (Porprov) IX Riau``), if no other award stands between; else ()."""
        _, s1 = self.sentence(pos)
        for start, end, phrase, _ in self.competitions:
            if start >= pos:
                return phrase if end <= s1 and self.t.anchor_re.search(self.text, pos, start) is None else ()
        return ()

    def text_year(self) -> int | None:
        """The year the text names most (computed once)."""
        if self._text_year == -1:
            years = Counter(int(y.group()) for y in _YEAR.finditer(self.text))
            self._text_year = years.most_common(1)[0][0] if years else None
        return self._text_year

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.sents[i][1]:
            return self.sents[i]
        return 0, len(self.text)

    def find(self, a: _Anchor) -> _Found | None:
        """The recipient of one anchor, from the frames in the module docstring, or None."""
        t, text = self.t, self.text
        s0, s1 = self.sentence(a.start)
        s0, s1 = max(s0, a.start - _WINDOW), min(s1, a.end + _WINDOW)  # bounded work per anchor
        # ranking lists: "peringkat satu itu DKI Jakarta", "Peringkat empat D.I Yogyakarta",
        # "juara III Kecamatan Bantan"
        if a.kind == "rank" and a.name in _LISTED:
            after = self.tokens(a.end, s1)
            k = 0
            if after and (after[0].group().casefold() in t.cues["copula"] or after[0].group() == ":"):
                k = 1
            if k < len(after):
                region = self.region_at.get(after[k].start())
                if region is not None:
                    return self._make(region.start, region.end, a, a.end, "rank-list")
                if after[k].group().casefold() in t.cues["unit"] and after[k].group()[0].isupper():
                    name = _name_forward(after, k, t)
                    if name and name[1] > after[k].end():
                        return self._make(name[0], name[1], a, a.end, "rank-list")
        if a.name == "ordinal":
            return None
        last = self.last
        if a.name == "medali_count" and last is not None and last.title_end <= a.start \
                and all(w.group() in _CLAUSE_PUNCT or w.group().casefold() in t.cues["restate"]
                        for w in self.tokens(last.title_end, a.start)):
            return None  # "6 medali emas, 6 medali perak, dan 13 medali perunggu, dengan total 25 medali": their sum
        if a.kind == "verb":
            return self._won(a, s0, s1)
        after = self.tokens(a.end, s1)
        title_end = a.end
        if a.kind != "medal":
            title_end, taken = _title_end(after, a.end, t)
            after = after[taken:]
            body = self._granting_body(a, after) if title_end == a.end else None  # "WTP dari BPK RI"
            if body is not None:
                title_end = body
                after = [tok for tok in after if tok.start() >= title_end]
            repeat = t.repeat.match(text, title_end)  # "untuk ke-13 kalinya", "untuk yang ketiga kalinya"
            if repeat is not None:
                title_end = repeat.end()
                after = [tok for tok in after if tok.start() >= title_end]
        else:  # "145 medali. Terdiri 51 emas, 46 perak, dan 48 perunggu": the tally is the award's
            breakdown = t.breakdown.match(text, a.end)
            tally = t.anchor_re.match(text, breakdown.end()) if breakdown else None
            if tally is not None and t.anchor_kind[tally.lastgroup or ""][1] == "medal":
                title_end = tally.end()
                after = self.tokens(title_end, max(s1, self.sentence(title_end - 1)[1]))
            elif len(after) > 1 and after[0].group().casefold() in t.cues["medal_at"] \
                    and after[1].group().casefold() in t.carried:  # "medali emas pada perlombaan inovasi ..."
                end, taken = _title_end(after[1:], after[1].start(), t, t.carry_stop)
                if taken >= 2:  # a name after the competition word ("pada ajang tersebut" names none)
                    title_end, after = end, after[taken + 1:]
        if a.kind == "medal":
            shared = self._shared_counts(a, s0, title_end)  # "Kampar dan Pekanbaru yang masing-masing ... 36 dan 23"
            if shared is not None:
                return shared
        if a.kind == "rank" and a.rank is not None:
            paired = self._paired_ranks(a, after, title_end, s1)
            if paired is not None:
                return paired
        # award, passive verb / dari / oleh, recipient
        # "opini WTP ke-11 yang diraih Pemprov Riau", "Piala bergilir MTQ yang berhasil diraih Desa Tenggayun",
        # "tempat ketiga masih diduduki Pekanbaru"
        k = 0
        while k < len(after) and (t.is_filler(after[k].group())  # "yang" is a filler
                                  or a.kind == "rank" and after[k].group().casefold() in t.cues["standing"]
                                  and t.passive.at(after, k + 1)):  # "di posisi kedua sementara ditempati oleh"
            k += 1
        if a.kind == "rank" and k + 3 < len(after) and after[k].group().casefold() == "dengan" \
                and after[k + 1].group().casefold() in t.cues["score"] and after[k + 2].group()[:1].isdigit() \
                and t.passive.at(after, k + 3):
            k += 3  # "juara I dengan nilai 465 dimenangkan oleh Kecamatan Buleleng": the score, then the verb
        n = t.passive.at(after, k)
        n = n + k if n else 0
        if n and a.kind == "rank" and n + 1 < len(after) and after[n].group() == ",":
            n += 1  # "Juara umum kedua ditempati, Jawa Timur dengan 133 medali emas"
        if n and n < len(after):
            name = self._winner_after(after, n)
            if name:
                if a.kind == "weak":  # "yang menjadi pembaca terbaik diraih oleh X": the title starts after the verb
                    before = self.tokens(s0, a.start)
                    self._weak_verb(before, len(before) - 1)
                return self._make(name[0], name[1], a, title_end, "award-by")
        relative = self._relative_winner(a, after, title_end, s0)  # "guru yang menerima penghargaan yaitu X"
        if relative is not None:
            return relative
        if a.kind == "rank" and a.name in _LISTED:
            item = self._list_item(a, s0, s1)
            if item is not None:
                return item
        by = t.by if a.kind == "rank" else t.medal_by if a.kind == "medal" else None
        n = by.at(after, 0) if by is not None and not n else 0  # "1 Medali Perunggu oleh atlet Eko Rimbawan"
        if n and n < len(after):
            name = _name_forward(after, n, t)
            if name:
                return self._make(name[0], name[1], a, title_end, "award-by")
        # recipient, active verb, award
        before = self.tokens(s0, a.start)
        j = len(before) - 1
        while j >= 0 and t.is_filler(before[j].group()):
            j -= 1
        nomination = next((b for b in before[j + 1:] if b.group().casefold() in t.cues["competition"]), None)
        if nomination is not None and a.kind != "rank":  # "mendapat nominasi Penghargaan ...": the title starts there
            self.title_from = nomination.start()
        # "memberikan penghargaan ... kepada X"
        if j >= 0 and before[j].group().casefold() in t.cues["give"]:
            for k, tok in enumerate(after):
                if tok.group().casefold() in t.cues["to"] and k + 1 < len(after):
                    name = _name_forward(after, k + 1, t)
                    if name:
                        return self._make(name[0], name[1], a, title_end, "given-to")
                    break
            return None
        n = t.active.ending_at(before, j)
        if not n and a.name == "peringkat" and j >= 1 and before[j].group().casefold() in t.cues["at_place"] \
                and _is_name_token(before[j - 1].group()) and t.follows.search(text, s0, a.start) is not None:
            # "disusul Kabupaten Kampar di posisi kedua dan Kota Pekanbaru di posisi ketiga": a place in a standing
            name = _name_backward(text, before, j - 1, t, self.regions)
            if name is not None:
                return self._make(name[0], name[1], a, title_end, "has-award")
        intro = t.list_intro.ending_at(before, j) if not n and a.kind != "weak" else 0
        if intro:  # "Pemerintah Kota Ambon juga memperoleh beberapa Juara ... diantaranya Juara 1 Lomba Poco"
            found = self._listed_by(a, before, j - intro, title_end)
            if found is not None:
                return found
        if not n and a.kind != "weak" and j >= 0 and self._coordinated(a):
            # "meraih juara II dan juara harapan III": the recipient of the award just before
            last = self.last
            assert last is not None
            found = _Found(last.recipient, last.rec_start, last.rec_end, self._title_start(a), title_end, a.rank,
                           "same-recipient")
            self.last = found
            return found
        if not n and a.kind == "rank" and j >= 0 and _is_name_token(before[j].group()) \
                and self.last is not None and self.last.rule in ("has-award", "gapped") \
                and self.last.title_end <= before[j].start() \
                and self.sentence(self.last.title_start) == self.sentence(a.start):
            # "Kecamatan A meraih Juara Umum I, Kecamatan B Juara Umum II": the verb left out
            name = _name_backward(text, before, j, t, self.regions)
            k = next((i for i, b in enumerate(before) if name and b.start() == name[0]), 0)
            if name and k >= 1 and (before[k - 1].group() in {",", ";"} or before[k - 1].group().casefold()
                                    in t.cues["gap_join"]):
                return self._make(name[0], name[1], a, title_end, "gapped")
        if not n and a.kind == "weak" and j >= 1:
            gapped = self._gapped_weak(a, before, j, title_end)
            if gapped is not None:
                return gapped
        if not n and a.kind == "rank" and j >= 1 and before[j].group().casefold() in t.cues["closes_subject"]:
            # "Serta Sutaryono guru SDN 55 Bengkalis ini juara 3": the person the subject names, no verb
            person = self._antecedent(before[j].start(), same_sentence=True)
            if person is not None:
                return self._make(person[0], person[1], a, title_end, "has-award")
        if a.kind == "weak" and not n:
            k, n = self._weak_verb(before, j)
            j = k if n else j
        if a.kind == "weak" and not n:
            return None
        if n:
            verb_start = j - n + 1
            verb_start -= t.settle.ending_at(before, verb_start - 1)  # "harus puas menempati posisi kelima"
            window = [b.group().casefold() for b in before[max(0, verb_start - _HOPE_BACK):verb_start]]
            window = window[max((i + 1 for i, w in enumerate(window) if w in _CLAUSE_PUNCT), default=0):]
            if any(w in t.cues["hope"] for w in window):
                return None  # "diharapkan dapat meraih juara", "ditargetkan meraih juara umum"
            j = verb_start - 1
            while j >= 0 and t.is_filler(before[j].group()):
                j -= 1
            if j < 0 and s0 == self.sentence(a.start)[0]:
                # "Tampil sebagai juara umum kafilah Kabupaten Agam", "Keluar sebagai juara I adalah Desa X": the
                # verb opens the sentence, the recipient follows the award
                k = int(bool(after) and after[0].group().casefold() in t.cues["copula"])
                name = _name_forward(after, k, t) if k < len(after) else None
                if name is not None and not t.anchor_re.match(text, name[0]):
                    return self._make(name[0], name[1], a, title_end, "award-by")
            if 1 <= j < verb_start - 1 and before[j].group() == "," and before[j + 1].group().casefold() == "yang" \
                    and _is_name_token(before[j - 1].group()):
                # "selisih medali emas dari kontingen Riau, yang mengemas 18 medali emas": the name the clause is of
                name = _name_backward(text, before, j - 1, t, self.regions)
                if name is not None:
                    return self._make(name[0], name[1], a, title_end, "has-award")
            if j >= 0 and before[j].group().casefold() in t.cues["purpose"]:
                return None  # "kompetitor Bengkalis untuk menjadi yang terbaik di Riau": a purpose
            if j >= 2 and before[j].group() in t.cues["co_join"] and before[j - 1].group() in t.cues["joined_verb"]:
                j -= 2  # "Pemkab Bengkalis terpilih dan masuk nominasi tiga besar": the subject of both verbs
            if j >= 0 and before[j].group().casefold() in t.cues["pronoun"]:
                return self._home_found(a, title_end, "pronoun")
            if j >= 0 and before[j].group().casefold() in t.cues["person_pronoun"]:
                person = self._antecedent(before[j].start())  # "Ia telah berprestasi mendapat medali perak"
                return self._make(person[0], person[1], a, title_end, "pronoun") if person else None
            last = self.last
            if 0 <= j < verb_start - 1 and last is not None and last.title_end == before[j].end():
                # "Ia mendapat penghargaan Gubernur Riau atas prestasinya berhasil meraih medali emas": the
                # recipient of the award just before, not the words of its title
                found = _Found(last.recipient, last.rec_start, last.rec_end, a.start, title_end, a.rank,
                               "same-recipient")
                self.last = found
                return found
            if j >= 1 and before[j].group() == "," and _is_name_token(before[j - 1].group()):
                # "Kepala Desa Sungai Pagar, Hasan, terpilih sebagai ...": the name between two commas
                name = _name_backward(text, before, j - 1, t, self.regions)
                comma = next((k for k in range(j - 2, max(-1, j - 10), -1) if before[k].group() == ","
                              and name and before[k].end() <= name[0] and not text[before[k].end():name[0]].strip()),
                             None)
                if name and comma is not None and comma >= 1 \
                        and self._degrees_only(text[name[0]:name[1]].split("(", 1)[0]):
                    # "Citra Arie, M.Pd (SMAN 4 Pekanbaru), atas prestasinya meraih": the name before the degree
                    name = _name_backward(text, before, comma - 1, t, self.regions)
                if name and comma is not None:
                    head = text[name[0]:name[1]].split(None, 1)[0].casefold()
                    if head in t.cues["unit"] and comma >= 1 and _is_name_token(before[comma - 1].group()):
                        # "Desa Buatan Baru, Kecamatan Koto Gasib, meraih ...": the whole chain
                        outer = _name_backward(text, before, comma - 1, t, self.regions)
                        if outer:
                            name = (outer[0], name[1])
                    return self._make(name[0], name[1], a, title_end, "has-award")
                first = next((k for k, b in enumerate(before) if name and b.start() >= name[0]), 0)
                while first >= 1 and before[first - 1].group().casefold() in t.cues["group"]:
                    first -= 1  # "kafilah Kecamatan Tanjung Batu"
                if name and comma is None and (first >= 1 and (before[first - 1].group() == ","
                                                               or before[first - 1].group().casefold() in t.cues["opens_subject"])
                                               or first == 0 and self.sentence(a.start)[0] == before[0].start()):
                    # "Pada perolehan medali, kafilah Kecamatan Tanjung Batu, berhasil mengumpulkan 51 medali": the
                    # subject between commas (or opening the sentence or a clause: "sebab Nagari Sungai Nyalo IV Koto
                    # Mudiak, berhasil meraih") of the verb after them
                    return self._make(name[0], name[1], a, title_end, "has-award")
            name = _name_backward(text, before, j, t, self.regions) if j >= 0 else None
            if name is None and j >= 0:
                # "SMAN 2 Tualang dengan nilai 270 sebagai juara II": the name before a "dengan ..." score
                # ("Saingan terdekatnya SMPN 2 Manggis dengan meraih 2 medali emas": "dengan" right before the verb)
                # unless an award comes before it in its sentence ("menjuarai lomba Inovasi Daerah ... Tingkat Nasional
                # dengan memperoleh penghargaan": that name is the award's, the elided subject below)
                own = j >= 1 and t.anchor_re.search(text, self.sentence(a.start)[0], before[j - 1].start()) is None
                k = next((k for k in range(j if own else j - 1, max(-1, j - 6), -1)
                          if before[k].group().casefold() == "dengan"), -1)
                if k >= 1 and all(not _is_name_token(b.group()) or b.group().isdigit() for b in before[k:j + 1]):
                    name = _name_backward(text, before, k - 1, t, self.regions)
            if name:
                return self._make(name[0], name[1], a, title_end, "has-award")
            clause = [b.group().casefold() for b in before[max(0, j - 3):j + 1]]
            if any(w in t.cues["subordinate"] for w in clause):
                team = self._team(after)
                if team:
                    return self._make(team[0], team[1], a, title_end, "team")
                name = _name_forward(before, 0, t) if before and before[0].start() == self.sentence(a.start)[0] \
                    else None
                if name is not None and name[1] < before[max(0, j - 3)].start() \
                        and (text[name[0]:name[1]].split(None, 1)[0].casefold() in t.unit_or_group
                             or name[0] in self.region_at):
                    # "Nagari Manggopoh ditetapkan sebagai wakil Kabupaten Agam setelah keluar sebagai juara II": the
                    # unit or region that opens the sentence
                    return self._make(name[0], name[1], a, title_end, "has-award")
            # elided subject: the recipient named before; "Kampar yang tetap berada di posisi kedua berhasil
            # meraih medali 127": a second verb of the subject of the award just before
            if j < 0 or before[j].group() in {",", ";"} or before[j].group().casefold() in t.name_break \
                    or (self.last is not None and self.last.title_end == before[j].end()):
                if self.last is not None:
                    last = self.last
                    found = _Found(last.recipient, last.rec_start, last.rec_end, a.start, title_end, a.rank,
                                   "same-recipient")
                    self.last = found
                    return found
            return None
        # "kita nomor satu", "Meski kita peringkat tujuh"
        if a.kind == "rank" and j >= 0 and before[j].group().casefold() in t.cues["pronoun"]:
            return self._home_found(a, title_end, "pronoun")
        # "tempat ketiga masih diduduki Pekanbaru dengan 115 medali": the medals of the award just before
        # (also "dengan raihan 79 medali emas", "juara umum, dengan perolehan 41 medali emas")
        last = self.last
        k = j - 1 if j >= 0 and before[j].group().casefold() in t.cues["tally_noun"] else j
        k2 = k - 1 if k >= 2 and before[k - 1].group() == "," else k
        if k2 >= 2 and before[k2 - 1].group().startswith("(") and before[k2 - 1].group().endswith(")"):
            k2 -= 1  # "Kabupaten Musi Banyuasin (Muba) dengan total medali 195": the name's abbreviation
        if a.kind == "medal" and last is not None and (
                k >= 1 and before[k].group().casefold() == "dengan" and before[k2 - 1].end() in (last.rec_end,
                                                                                                 last.title_end)
                # "posisi keenam Kabupaten Siak 5 medali emas, 3 perak": the tally right after a ranked name
                or j >= 0 and last.rank is not None and last.rec_start >= last.title_end
                and before[j].end() == last.rec_end):
            found = _Found(last.recipient, last.rec_start, last.rec_end, a.start, title_end, a.rank, "same-recipient")
            self.last = found
            return found
        # "Medali yang didapat Banyumas sebanyak 50 emas, 46 perak, dan 70 perunggu"
        if a.kind == "medal" and j >= 2 and _is_name_token(before[j].group()):
            name = _name_backward(text, before, j, t, self.regions)
            k = next((k for k in range(j, -1, -1) if name and before[k].start() == name[0]), 0)
            n = t.passive.ending_at(before, k - 1) if k >= 2 else 0
            if name and n and before[k - 1 - n].group().casefold() == "yang":
                return self._make(name[0], name[1], a, title_end, "has-award")
        if a.kind == "medal":  # "1. DKI Jakarta (21 Emas, 10 Perak dan 11 Perunggu)": a line of a medal table
            line = text.rfind("\n", 0, a.start) + 1
            m = _TALLY_LINE.fullmatch(text, line, a.start)
            if m is not None and (m.group(1) or m.group(3)):
                return self._make(m.start(2), m.end(2), a, title_end, "list-item")
        return None

    def _granting_body(self, a: _Anchor, after: list[re.Match[str]]) -> int | None:
        """Where the granting body of an award that names no award by itself ends (``WTP dari BPK RI``,
        ``penghargaan dari Gubernur Riau``), else None: ``dari`` and a capitalised name right after the anchor
        (``data/awards_cues.tsv``: body_after, body_from). A named award is complete without it (``Kalpataru``,
        ``penghargaan sebagai Kota Layak Pemuda``); after a rank ``dari`` names the winner (``juara III dari Desa
        Batang Duku``)."""
        t = self.t
        if a.name not in t.cues["body_after"] or len(after) < 2 \
                or after[0].group().casefold() not in t.cues["body_from"]:
            return None
        name = _name_forward(after, 1, t)
        return name[1] if name is not None and name[0] == after[1].start() else None

    def _relative_winner(self, a: _Anchor, after: list[re.Match[str]], title_end: int, s0: int) -> _Found | None:
        """``guru yang menerima penghargaan yaitu Tri Hastuti``, ``Siswa yang menerima penghargan itu adalah, Jhon
        Howard Wijaya``: an award after ``yang`` and an award verb, then a copula (``itu``, ``adalah``, ``yaitu``,
        ``tersebut``) and the name it names (``after``: the tokens after the award's title)."""
        t = self.t
        before = self.tokens(s0, a.start)
        j = len(before) - 1
        n = t.active.ending_at(before, j)
        if not n or j - n < 0 or before[j - n].group().casefold() != "yang":
            return None
        k = 0
        while k < len(after) and k < 2 and after[k].group().casefold() in t.cues["copula"]:
            k += 1
        if k == 0:
            return None
        while k < len(after) and after[k].group() in {",", ":"}:
            k += 1
        name = _name_forward(after, k, t) if k < len(after) else None
        if name is None or name[0] != after[k].start():
            return None
        return self._make(name[0], name[1], a, title_end, "received")

    def _winner_after(self, after: list[re.Match[str]], n: int) -> tuple[int, int] | None:
        """The name at token ``n`` after a passive verb; for a sports branch (``dipersembahkan Cabor Dayung,
        yakni oleh Irwan``, ``diraih pada Cabor Panahan, yaitu dari Linda Lestari``) the athlete named after
        it, else none."""
        t = self.t
        k = n + 1 if after[n].group().casefold() == "pada" else n
        name = _name_forward(after, k, t)
        if name is None or (k > n and after[k].group().casefold() not in t.cues["branch"]):
            return None
        if after[k].group().casefold() not in t.cues["branch"]:
            return name
        i = next((i for i in range(k, len(after)) if after[i].start() >= name[1]), len(after))
        if i + 1 < len(after) and after[i].group() == "," and after[i + 1].group().casefold() in t.cues["copula"]:
            i += 2
            i += 1 if i < len(after) and after[i].group().casefold() in t.cues["from"] else 0
            return _name_forward(after, i, t)
        return None

    def _gapped_weak(self, a: _Anchor, before: list[re.Match[str]], j: int, title_end: int) -> _Found | None:
        """``Riva Elvita sebagai guru berprestasi dan Samadi kepala sekolah berprestasi``: after the award just
        before in the sentence, ``dan``/a comma, a name and at most three lower-case words before a weak anchor
        (``before[j]`` the last of them): the name's award, its title from those words."""
        t, last = self.t, self.last
        if last is None or last.rule not in ("has-award", "gapped") \
                or self.sentence(last.title_start) != self.sentence(a.start):
            return None
        k = j
        while k > j - 3 and k >= 0 and before[k].group().islower() and before[k].group() not in t.name_break:
            k -= 1
        if k == j or k < 1 or not _is_name_token(before[k].group()):
            return None
        name = _name_backward(self.text, before, k, t, self.regions)
        i = next((i for i, b in enumerate(before) if name and b.start() == name[0]), 0)
        if name is None or i < 1 or not (before[i - 1].group() in {",", ";"}
                                         or before[i - 1].group().casefold() in t.cues["gap_join"]) \
                or self.text[last.title_end:before[i - 1].start()].strip():
            return None
        self.title_from = before[k + 1].start()
        return self._make(name[0], name[1], a, title_end, "gapped")

    def _degrees_only(self, words: str) -> bool:
        """Whether ``words`` are degrees and titles alone (``M.Pd``)."""
        honorific = self.t.honorific_words
        return bool(words.split()) and all(w.strip(",.") in honorific or w in honorific for w in words.split())

    def _antecedent(self, pos: int, same_sentence: bool = False) -> tuple[int, int] | None:
        """The person ``Ia``/``Dia``/``Beliau`` at ``pos`` stands for: the last name before it in its sentence
        and the one before that (``same_sentence``: its own only) that is no organisation, school, region or
        title (``... adalah, Jhon Howard Wijaya dari SMA Darma Yudha. Ia telah ...`` -> Jhon Howard Wijaya)."""
        t = self.t
        k = bisect.bisect_right(self.starts, pos) - 1
        start = self.sents[k - (0 if same_sentence else 1)][0] if k >= 1 else 0
        toks = self.tokens(start, pos)
        names: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            if toks[i].group().startswith("("):  # "(SMAN 1 Pasir Penyu)": an aside
                while i < len(toks) and not toks[i].group().endswith(")"):
                    i += 1
                i += 1
                continue
            if not toks[i].group()[:1].isupper() or toks[i].group().casefold() in t.name_break:
                i += 1
                continue
            j = i
            while j < len(toks) and _is_name_token(toks[j].group()) and not toks[j].group().startswith("(") \
                    and toks[j].group().rstrip(",") not in t.honorific_words \
                    and toks[j].group().strip(".,") not in t.honorific_words:  # "Tri Hastuti, M.Pd,"
                j += 1
            words = [w.group() for w in toks[i:j]]
            n0, n1 = toks[i].start(), toks[max(i, j - 1)].end()
            head = words[0].casefold() if words else ""
            if words and not (head in t.person_not or (words[0].isupper() and len(words[0]) > 1)
                              or any(r.start < n1 and n0 < r.end for r in self.regions)):
                names.append((n0, n0 + len(self.text[n0:n1].rstrip(".,)"))))
            i = max(j, i + 1)
        return names[-1] if names else None

    def _won(self, a: _Anchor, s0: int, s1: int) -> _Found | None:
        """``Kabupaten Sumba Barat Daya (SBD) menjuarai lomba Inovasi Daerah ...``: a verb of winning, the
        recipient before it, the competition after it the title."""
        t = self.t
        after = self.tokens(a.end, s1)
        if not after or not (after[0].group().casefold() in t.carried or _is_name_token(after[0].group())
                             or after[0].group().casefold() in t.cues["standing"]):
            return None
        title_end, _ = _title_end(after, a.end, t)
        standing = next((i for i, tok in enumerate(after) if tok.group().rstrip(".").casefold()
                         not in t.cues["standing"]), len(after))
        if standing:  # "memuncaki klasmen sementara perolehan medali emas": the standing is the title
            last = after[standing - 1]
            title_end = max(title_end, last.start() + len(last.group().rstrip(".")))
        before = self.tokens(s0, a.start)
        j = len(before) - 1
        while j >= 0 and t.is_filler(before[j].group()):
            j -= 1
        if j < 0 or any(b.group().casefold() in t.cues["hope"] for b in before[max(0, j - 2):len(before)]):
            return None
        name = _name_backward(self.text, before, j, t, self.regions)
        if name is None:
            return None
        self.title_from = after[0].start()
        return self._make(name[0], name[1], a, title_end, "has-award")

    def _listed_by(self, a: _Anchor, before: list[re.Match[str]], j: int, title_end: int) -> _Found | None:
        """The first award of a list after ``diantaranya``/``antara lain`` (``before[j]`` the token before it) goes
        to the subject of the award verb before the list in its clause."""
        t = self.t
        for k in range(j, max(-1, j - 25), -1):
            if before[k].group() == ";" or before[k].group().casefold() in t.cues["clause"]:
                return None
            n = t.active.ending_at(before, k)
            if not n:
                continue
            v = k - n
            if any(b.group().casefold() in t.cues["hope"] for b in before[max(0, v - 2):v + 1]):
                return None
            while v >= 0 and t.is_filler(before[v].group()):
                v -= 1
            name = _name_backward(self.text, before, v, t, self.regions) if v >= 0 else None
            return self._make(name[0], name[1], a, title_end, "has-award") if name else None
        return None

    def _weak_verb(self, before: list[re.Match[str]], j: int) -> tuple[int, int]:
        """``dinobatkan sebagai sekolah Adiwiyata terbaik``: an award verb at most four tokens before a weak
        anchor (``before[j]`` the last token before it); the title starts after the verb. Returns the index
        of the verb's last token and its length in tokens (0 if none)."""
        t = self.t
        for k in range(j - 1, max(-1, j - 5), -1):
            word = before[k].group().casefold()
            if word in _CLAUSE_PUNCT or word in t.cues["clause"] or word in t.cues["hope"]:
                break
            n = t.active.ending_at(before, k)
            if n:
                self.title_from = before[k + 1].start()
                return k, n
        return j, 0

    def _shared_counts(self, a: _Anchor, s0: int, title_end: int) -> _Found | None:
        """``Kampar dan Pekanbaru yang masing-masing baru mengumpulkan 36 dan 23 medali emas``: counts joined before a
        medal count, an award verb, ``masing-masing`` and as many names before it; each name its count of the medal
        (``36`` + ``medali emas``)."""
        t, text = self.t, self.text
        count = re.match(r"\d{1,3}(?=\s)", text[a.start:a.end])
        if count is None:
            return None
        before = self.tokens(s0, a.start)
        j = len(before) - 1
        counts: list[tuple[int, int]] = []
        while j >= 1 and (before[j].group() == "," or before[j].group().casefold() in t.cues["co_join"]) \
                and before[j - 1].group().isdigit():
            counts.insert(0, before[j - 1].span())
            j -= 2
        if not counts:
            return None
        while j >= 0 and t.is_filler(before[j].group()):
            j -= 1
        n = t.active.ending_at(before, j)
        j -= n
        while j >= 0 and t.is_filler(before[j].group()):
            j -= 1
        if not n or j < 1 or before[j].group().casefold() not in t.cues["each"]:
            return None
        j -= 1
        while j >= 0 and t.is_filler(before[j].group()):  # "yang"
            j -= 1
        last = _name_backward(text, before, j, t, self.regions) if j >= 0 else None
        names = [*self._names_before(last[0], s0), last] if last else []
        if len(names) != len(counts) + 1:
            return None
        rest = a.start + len(text[a.start:a.end]) - len(text[a.start + count.end():a.end].lstrip())
        first = _Found(text[names[0][0]:names[0][1]], names[0][0], names[0][1], rest, title_end, None, "has-award",
                       title_head=counts[0])
        first.also = [_Found(text[n0:n1], n0, n1, rest, title_end, None, "has-award", title_head=c)
                      for (n0, n1), c in zip(names[1:-1], counts[1:])]
        first.also.append(_Found(text[last[0]:last[1]], last[0], last[1], a.start, title_end, None, "has-award"))
        self.last = first.also[-1]
        self.named += [first, *first.also]
        return first

    def _rank_words(self, after: list[re.Match[str]], first: str | None = None
                    ) -> tuple[list[tuple[int, int, str]], int]:
        """(start, end, rank) of the rank words joined to an anchor's rank ``first`` at the start of the tokens
        ``after`` its title (``, II dan III.``, ``1, 2, dan 3``), and the index of the token after them. A range
        (``I hingga III``, ``I – III``) gives each rank up to its last; the ranks inside it, which the text does not
        write, have an empty span at the range's last word."""
        t = self.t
        words: list[tuple[int, int, str]] = []
        i = 0
        while i + 1 < len(after):
            sep = after[i].group().casefold()
            k = i + 1
            span = t.rank_range.at(after, i)
            if span:
                k = i + span
            elif sep == "," and after[k].group().casefold() in t.cues["co_join"] and k + 1 < len(after):
                k += 1  # "juara 1, 2, dan 3"
            elif sep != "," and sep not in t.cues["co_join"]:
                break
            if k >= len(after):
                break
            word = after[k].group().rstrip(".")
            if word.casefold() not in t.ranks:
                break
            rank = t.ranks[word.casefold()]
            w0 = after[k].start()
            if span:
                low = (words[-1][2] if words else (first or "").rpartition(" ")[2])
                if not (low.isdigit() and rank.isdigit() and int(low) < int(rank) <= int(low) + 10):
                    break
                words.extend((w0, w0, str(r)) for r in range(int(low) + 1, int(rank)))
            words.append((w0, w0 + len(word), rank))
            i = k + 1
        return words, i

    def _paired_ranks(self, a: _Anchor, after: list[re.Match[str]], title_end: int, s1: int) -> _Found | None:
        """``Juara II dan III masing-masing direbut A dan B``: each rank word after the anchor's (in the tokens
        ``after`` its title) goes to the name in the same place of the list after the passive verb."""
        t = self.t
        words, i = self._rank_words(after, a.rank)
        if not words:
            return None
        if i < len(after) and after[i].group() == "," and i + 1 < len(after) \
                and after[i + 1].group().casefold() in t.cues["each"]:
            i += 1  # "Juara Harapan I hingga III, masing-masing diraih"
        each = i < len(after) and after[i].group().casefold() in t.cues["each"]
        i += each
        n = t.passive.at(after, i) or int(i < len(after) and after[i].group().casefold() in t.cues["copula"])
        if not n and each and i < len(after) and _is_name_token(after[i].group()):
            n = -1  # "untuk juara II dan III masing-masing Kabupaten Grobogan dan Kabupaten Magelang": no verb
        first = _name_forward(after, i + max(n, 0), t) if n else None
        names = [first, *self._names_after(first[1], s1, closed=False)] if first else []
        return self._share_ranks(a, words, names, title_end, "award-by")

    def _share_ranks(self, a: _Anchor, words: list[tuple[int, int, str]], names: list[tuple[int, int]], title_end: int,
                     rule: str) -> _Found | None:
        """The anchor's award to the first of ``names``, each rank word of ``words`` to the next (None unless
        there is one name more than rank words). One name short, the last name read over its last ``dan``
        (``Dinas Perkebunan dan BKKBN``: an organisation name may go on over ``dan``) is two: the list's own
        ``dan``."""
        t, text = self.t, self.text
        if words and names and len(names) == len(words):
            n0, n1 = names[-1]
            joins = [m for m in re.finditer(r"\S+", text[n0:n1]) if m.group().casefold() in t.cues["co_join"]]
            if joins and joins[-1].start() > 0:  # the last co_join word ("dan", "&") inside the last name
                j = joins[-1]
                rest = n0 + j.end() + len(text[n0 + j.end():n1]) - len(text[n0 + j.end():n1].lstrip())
                names = [*names[:-1], (n0, n0 + len(text[n0:n0 + j.start()].rstrip())), (rest, n1)]
        if not words or len(names) != len(words) + 1:
            return None
        first = names[0]
        found = self._make(first[0], first[1], a, title_end, rule)
        head = (a.start, len(text[:text.rfind(" ", a.start, a.end)].rstrip()))
        prefix = a.rank.rpartition(" ")[0] if a.rank and not a.rank.isdigit() and " " in a.rank else ""
        for (w0, w1, rank), (n0, n1) in zip(words, names[1:]):
            if w0 == w1:  # a rank inside a range ("I hingga III"): the head alone
                found.also.append(_Found(text[n0:n1], n0, n1, *head, f"{prefix} {rank}".strip(), rule))
                continue
            found.also.append(_Found(text[n0:n1], n0, n1, w0, w1, f"{prefix} {rank}".strip(), rule, title_head=head))
        return found

    def co_recipients(self, found: _Found, s0: int, s1: int, before: bool = True) -> list[_Found]:
        """The recipients listed with ``found``'s in its sentence ``s0:s1``, each with the same award:
        ``Kiranto (kelas 4) dan Fajri meraih ...``, ``diraih oleh Irwan dan Didi Jeriandi``, ``masuk tiga
        besar ... bersama Siak dan Rokan Hulu``."""
        if found.rule not in _NAMED_RULES or found.also:
            return []
        if found.rec_end <= found.title_start:  # the recipient before the award: the names before it, the
            names = self._names_before(found.rec_start, s0) if before else []  # names "bersama" after its title
            after = self.tokens(found.title_end, s1)
            if after and after[0].group().casefold() in self.t.cues["with"]:
                k = 2 if len(after) > 2 and after[1].group().casefold() == "dengan" else 1
                name = _name_forward(after, k, self.t) if k < len(after) else None
                if name is not None and not self.t.anchor_re.match(self.text, name[0]):
                    names += [name, *self._names_after(name[1], s1)]
        elif found.rec_start >= found.title_end:
            names = self._names_after(found.rec_end, s1)
        else:
            return []
        return [dataclasses.replace(found, recipient=self.text[n0:n1], rec_start=n0, rec_end=n1, rule="co-recipient")
                for n0, n1 in names]

    def _names_after(self, end: int, s1: int, closed: bool = True) -> list[tuple[int, int]]:
        """``A dan B``, ``A, B dan C``: the names joined to the name that ends at ``end``; a name followed
        by an award of its own (``..., SMAN 2 Tualang sebagai juara II``) is none of them. With ``closed``, the
        names after the last ``dan`` (``Kalurahan Tridadi, Sleman``: where the name lies) are none of them either."""
        t, toks = self.t, self.tokens(end, s1)
        names: list[tuple[int, int]] = []
        joined = 0  # the names up to the last one joined by "dan"/"serta"
        i = _past_origin(toks, 0, t)
        while i + 1 < len(toks):
            sep = toks[i].group().casefold()
            if sep != "," and sep not in t.cues["co_join"]:
                break
            k = i + 1
            if sep == "," and toks[k].group().casefold() in t.cues["co_join"]:
                k += 1
            by_join = k > i + 1 or sep != ","
            word = toks[k].group() if k < len(toks) else ""
            if not word or not _is_name_token(word) \
                    or (word.casefold().rstrip(".") in t.no_winner and word.casefold() not in t.cues["unit"]) \
                    or t.anchor_re.match(self.text, toks[k].start()):
                break
            name = _name_forward(toks, k, t)
            if name is None or self.text[name[0]] == "(":  # "Tri Hastuti, M.Pd, (SMAN 1 Pasir Penyu)": an aside
                break
            i = _past_origin(toks, next((n for n in range(k, len(toks)) if toks[n].start() >= name[1]), len(toks)), t)
            i = _past_category(toks, i, t)
            if i < len(toks) and (t.anchor_re.match(self.text, toks[i].start())
                                  or t.active.at(toks, i) or t.passive.at(toks, i)
                                  or i + 1 < len(toks) and toks[i].group().casefold() in t.cues["at_place"]
                                  and t.anchor_re.match(self.text, toks[i + 1].start())):
                break  # the name has an award of its own ("serta Loa Kulu di urutan ketiga")
            names.append(name)
            joined = len(names) if by_join else joined
        # "diraih oleh Kalurahan Tridadi, Sleman.": names after a comma that no "dan" closes are where the name lies
        return names[:joined] if closed else names

    def _names_before(self, start: int, s0: int) -> list[tuple[int, int]]:
        """``A dan B``, ``A, B dan C``: the names joined by ``dan``/``serta`` to the name starting at ``start``
        (a comma alone joins no name: ``Gubernur Riau, Syamsuar menerima ...`` is one person)."""
        t, toks = self.t, self.tokens(s0, start)
        names: list[tuple[int, int]] = []
        j = len(toks) - 1
        while j >= 1:
            sep = toks[j].group().casefold()
            if sep not in t.cues["co_join"] and not (sep == "," and names):
                break
            j -= 1
            if sep in t.cues["co_join"] and toks[j].group() == ",":
                j -= 1  # "A, B, dan C"
            j = _before_aside(toks, j)
            if j < 0 or t.anchor_re.match(self.text, toks[j].start()):
                break
            name = _name_backward(self.text, toks, j, t, self.regions)
            if name is None:
                break
            head = self.text[name[0]:name[1]].split(None, 1)[0].casefold()
            if head in t.cues["org_head"] and not names:
                break  # "Dinas Pangan dan Hortikultura": one name
            k = next(n for n in range(j, -1, -1) if toks[n].start() <= name[0]) - 1
            while k >= 0 and toks[k].group().casefold() in t.cues["group"]:
                k -= 1
            if k >= 0 and any(m.end() == toks[k].end() for m in t.anchor_re.finditer(
                    self.text, max(s0, toks[k].start() - 40), toks[k].end())):
                break  # "tempat kedua kafilah Muara Jawa serta Loa Kulu di urutan ketiga": an award of its own
            names.insert(0, name)
            j = next(n for n in range(j, -1, -1) if toks[n].start() <= name[0]) - 1
        return names

    def _list_item(self, a: _Anchor, s0: int, s1: int) -> _Found | None:
        """``Juara I diraih SMAN 1 Siak, juara II SMAN 2 Tualang``: an item of a winners' list names its winner
        right after the rank (``Juara I: X``, ``juara I adalah X``, or any rank in a list of ranks)."""
        t, text = self.t, self.text
        before = self.tokens(s0, a.start)
        j = len(before) - 1
        while j >= 0 and t.is_filler(before[j].group()):
            j -= 1
        bullet = j >= 0 and before[j].group() in {"-", "–"} \
            and not text[text.rfind("\n", 0, before[j].start()) + 1:before[j].start()].strip()
        if j >= 0 and not bullet:  # "meraih juara II Porprov": an award verb, not a list
            prev = before[j].group().casefold()
            if prev not in _CLAUSE_PUNCT and prev not in t.list_lead:
                return None  # (a list may follow "kepada": "menyerahkan hadiah kepada juara I SMAN 1 Siak ...")
        after = self.tokens(a.end, s1)
        k = 0
        if after and (after[0].group() == ":" or after[0].group().casefold() in t.cues["copula"]):
            k = 1
        elif not (bullet or self._in_rank_list(a, s0, s1)):
            return None
        elif after and after[0].group() == ",":
            k = 1  # "Juara II KIM Kelathi Bersinar Klaten, judul Bejo Vs Agus, Juara III, KIM Tunas Harapan Karanganyar"
        if k >= len(after):
            return None
        first = after[k].group()
        low = first.casefold()
        if low in t.cues["group"] and k + 1 < len(after):
            first = after[k + 1].group()
            low = first.casefold()
        if not _is_name_token(first) or first.isdigit() or t.edition.fullmatch(low) \
                or low.rstrip(".") in t.no_winner \
                or t.anchor_re.match(text, after[k].start()):  # "juara II Rp 5 juta", "juara II Piala ..."
            return None
        name = _name_forward(after, k, t)
        if name is None:
            return None
        rest = text[name[1]:s1].lstrip()
        nxt = _TOKEN.match(rest)
        if rest and rest[0] not in ".,;(" and not (nxt and nxt.group().casefold() in t.item_end):
            return None  # "Juara I MTQ Riau ke-41 ini ...": not a winner's name
        return self._make(name[0], name[1], a, a.end, "list-item")

    def _in_rank_list(self, a: _Anchor, s0: int, s1: int) -> bool:
        """Another rank in the sentence: ``Juara I ..., juara II ..., juara III ...``."""
        i = bisect.bisect_left(self.rank_starts, (s0, ""))
        while i < len(self.rank_starts) and self.rank_starts[i][0] < s1:
            if self.rank_starts[i][0] != a.start and self.rank_starts[i][1] in _LISTED:
                return True
            i += 1
        if a.start != s0:
            return False
        # one item a line: "Juara I SMAN 1 Siak\nJuara II SMAN 2 Tualang"
        k = bisect.bisect_left(self.starts, s0)
        starts = {start for start, name in self.rank_starts if name in _LISTED}
        return any(0 <= n < len(self.sents) and self.sents[n][0] in starts and self.sents[n][0] != a.start
                   for n in (k - 1, k + 1))

    def _coordinated(self, a: _Anchor) -> bool:
        """The award right after the previous award's title, joined by ``dan``/``serta``/a comma."""
        last = self.last
        if last is None or last.title_end > a.start:
            return False
        return bool(_JOINED.fullmatch(self.text, last.title_end, a.start))

    def _team(self, toks: list[re.Match[str]]) -> tuple[int, int] | None:
        """``rombongan Kafilah Kabupaten Bengkalis`` (in the tokens ``toks``) -> the region in the team name,
        else the name."""
        for i, tok in enumerate(toks):
            if tok.group().casefold() in self.t.cues["group"]:
                name = _name_forward(toks, i + 1, self.t)
                if name is None:
                    continue
                inside = [r for r in self.regions if name[0] <= r.start and r.end <= name[1]
                          and r.region.kind != "provinsi"]
                return (inside[0].start, inside[0].end) if inside else name
        return None

    def government_of(self, found: _Found) -> str | None:
        """The region code of a recipient that is a region or its government alone (``Kabupaten Bengkalis``, ``Pemkab
        Bengkalis``, ``Pemerintah Kabupaten (Pemkab) Simalungun``: data/awards_cues.tsv government, unit), else None."""
        inside = [r for r in self.regions if found.rec_start <= r.start and r.end <= found.rec_end]
        if len({r.region.code for r in inside}) != 1:
            return None
        rest = self.text[found.rec_start:inside[0].start] + " " + self.text[inside[-1].end:found.rec_end]
        words = {w.casefold() for w in re.findall(r"\w+", rest)}
        return inside[0].region.code if words <= self.t.government_words else None

    def _home_found(self, a: _Anchor, title_end: int, rule: str) -> _Found | None:
        """``kita``/``kami``: the home region, as the last recipient in that region named it (``medali emas yang diraih
        kontingen Bengkalis ... kita sudah merebut 47 medali emas``)."""
        if self.home is None:
            return None
        name, s, e = self.home
        for found in reversed(self.named):
            if any(found.rec_start <= r.start and r.end <= found.rec_end and r.region.code == self.home_code
                   for r in self.regions):
                name, s, e = found.recipient, found.rec_start, found.rec_end
                break
        found = _Found(name, s, e, a.start, title_end, a.rank, rule)
        self.last = found
        return found

    def _title_start(self, a: _Anchor) -> int:
        """``lomba pelaksana terbaik IVA test Juara II``: a rank's title starts at the competition before it."""
        if self.title_from is not None:
            start, self.title_from = self.title_from, None
            return start
        if a.kind != "rank":
            return a.start
        s0, _ = self.sentence(a.start)
        before = self.tokens(max(s0, a.start - _WINDOW), a.start)
        for k in range(len(before) - 1, max(-1, len(before) - 14), -1):
            word = before[k].group()
            if word in _CLAUSE_PUNCT or word.casefold() in self.t.title_start_break \
                    or word.casefold() in self.t.cues["list_lead_word"] \
                    or (word.islower() and word in self.t.cues["clause"]) or self.t.list_intro.ending_at(before, k):
                break  # "Perlombaan yang diadakan ... diantaranya Juara 1", "Lomba Baris Indah dan Juara 2"
            if word.casefold() in self.t.cues["competition"]:
                return before[k].start()
        return a.start

    def _make(self, start: int, end: int, a: _Anchor, title_end: int, rule: str) -> _Found:
        title_start = self._title_start(a)
        if end <= a.start and title_start < end:
            title_start = a.start  # "Pada lomba desa Kabupaten Kampar meraih juara I": the title starts at the rank
        paren = self.text.rfind("(", start, end)
        if paren > start and self.text[paren - 1].isspace():
            inner = self.text[paren + 1:end].strip("() ")
            if inner.split(None, 1)[0].casefold().rstrip(".") in self.t.unit_words \
                    or any(r.start == paren + 1 for r in self.regions):
                end = len(self.text[:paren].rstrip())  # "Muhammad Rizki (Kecamatan Bantan)": the winner's origin
        head = self.text[start:end].split(None, 1)[0].casefold()
        if head in self.t.cues["group"]:  # "Kafilah Kabupaten Kampar", "tim Kota Dumai" -> the region
            region = next((r for r in self.regions if start < r.start and r.end == end), None)
            if region is not None and not self.text[start:region.start].strip().count(" "):
                start = region.start
        found = _Found(self.text[start:end], start, end, title_start, title_end, a.rank, rule)
        self.last = found
        self.named.append(found)
        return found


def _year(text: str, title: str, sent: tuple[int, int], ctx: Context, finder: _Finder) -> int | None:
    lo, hi = max(0, sent[0] - 2 * _WINDOW), sent[1] + 2 * _WINDOW
    para_start = max(text.rfind("\n", lo, sent[0]) + 1, lo)
    para_end = text.find("\n", sent[1], hi)
    m = _YEAR.search(title) or _YEAR.search(text, max(sent[0], lo), min(sent[1], hi)) \
        or _YEAR.search(text, para_start, para_end if para_end >= 0 else min(len(text), hi))
    if m:  # the title, its sentence, its paragraph
        return int(m.group())
    events = ctx.found.get("events") or ()
    if events and getattr(events[0], "date", None) is not None:
        return events[0].date.year
    if ctx.page.published is not None:
        return ctx.page.published.year
    return finder.text_year()


def _level(title: str, t: _Tables) -> str | None:
    low = title.casefold()
    for word, rx, level in t.level_res:
        if word in low and rx.search(low):
            return level
    return None


def _same_competition(a: str, b: str, carried: set[str]) -> bool:
    """Whether two competitions (case-folded title words from the competition word on) may be one: either
    names nothing besides competition words, or half the words of the shorter name besides those are in
    the other (``MTQ Tingkat Kabupaten Bengkalis Tahun 2022`` = ``MTQ ditingkat Kabupaten Bengkalis``)."""
    wa, wb = ({w for w in re.findall(r"\w+", x) if w not in carried} for x in (a, b))
    if not wa or not wb:
        return True
    return len(wa & wb) >= min(len(wa), len(wb)) / 2


class _Seen:
    """Awards already reported: same recipient and rank (``umum`` = ``umum 1``) unless their titles name
    two competitions (``Juara 1 Lomba Poco – Poco``, ``Juara 1 Lomba Baris Indah``), or same title, or
    same capitalised name in the title (``salah satu penerima penghargaan Kota Layak Pemuda``)."""

    def __init__(self, carried: set[str]) -> None:
        self.keys: set[tuple[str, str]] = set()
        self.carried = carried
        self.aliases: dict[str, str] = {}  # an abbreviated recipient -> the recipient in full
        # (recipient, rank) -> (competition or "", anchor name) of the ranks seen
        self.ranks: dict[tuple[str, str], set[tuple[str, str]]] = {}

    def recipient_key(self, recipient: str) -> str:
        """The recipient as seen before under its abbreviation: ``Kabupaten SBD`` = ``Kabupaten Sumba Barat Daya
        (SBD)``, whose abbreviation is recorded here. Only capitals that start with a word's initial abbreviate the
        name: ``SDN 3 Tigawasa (Banjar)`` names the school's district, ``Rahma Nelly (47)`` her age."""
        rec = recipient.casefold()
        key = self.aliases.get(rec, rec)
        abbr = _ABBREVIATION.search(recipient)
        if abbr is not None and abbr.group(1)[0] in {w[0] for w in recipient[:abbr.start()].split()}:
            short = abbr.group(1).casefold()
            self.aliases.setdefault(short, key)
            head = rec.split(None, 1)[0]
            if head != short:
                self.aliases.setdefault(f"{head} {short}", key)  # "kabupaten sbd"
        return key

    def add(self, award: Award, family: str | None = None, who: str | None = None, region: str | None = None) -> bool:
        """Record ``award``; False if it repeats one seen before. ``family``: awards of one kind that a
        recipient holds once (``opini WTP`` = ``WTP``), ``who``: the recipient's region code if it names one
        (``Pemprov Riau`` = ``Pemerintah Provinsi Riau``); ``region``: that code if the recipient is the region or
        its government alone (``Pemkab Bengkalis`` = ``Kabupaten Bengkalis``), the recipient's key then."""
        rec = self.recipient_key(award.recipient or "")
        rec = f"region {region}" if region is not None else rec
        if family is not None:
            key = ("family", family, who or rec)
            if key in self.keys:
                return False
            self.keys.add(key)  # type: ignore[arg-type]
        if award.rank:
            head = award.rank.split()[0]
            words = (award.title or "").casefold().split()
            first = next((i for i, w in enumerate(words) if w.strip(".,()") in self.carried), len(words))
            comp = " ".join(words[first:])
            keys = [(rec, award.rank)]
            if head.isalpha() and head != award.rank:  # "umum 1" also blocks a later "umum"
                keys.append((rec, head))
            probe = [(rec, award.rank)] + ([(rec, head)] if head.isalpha() else [])
            anchor = award.spans[-1].rule
            # a bare rank repeats any; a rank of a competition repeats one of that competition, or a bare
            # rank of the same anchor ("Peringkat Pertama ..." is not "Juara 1 Lomba Poco – Poco")
            if any(k in self.ranks and any(not comp or (_same_competition(comp, c, self.carried) if c else a == anchor)
                                           for c, a in self.ranks[k])
                   for k in probe):
                return False
            for k in keys:
                self.ranks.setdefault(k, set()).add((comp, anchor))
            return True
        else:  # "penghargaan sebagai Kota Layak Pemuda tahun 2019" = "predikat sebagai Kota Layak Pemuda"
            keys = probe = {("title", rec, (award.title or "").casefold())}
            name = " ".join(w for w in (award.title or "").split() if w[:1].isupper())
            if name:
                keys = probe = keys | {("name", rec, name.casefold())}
        if probe & self.keys:  # type: ignore[operator]
            return False
        self.keys |= keys  # type: ignore[arg-type]
        return True


def _trim_recipient(found: "_Found", t: _Tables) -> "_Found | None":
    """The recipient without words before its unit that name no organisation: ``Alhamdulillah
    Kabupaten Bengkalis``, ``Ditahun 2022 Kabupaten Simalungun`` -> ``Kabupaten ...``; None for a
    recipient that is only honorifics or degrees (``M.Si``), a day (``Jumat (18/8/2017)``) or a unit word with no name
    (``perwakilan Kecamatan yang mendapat juara``)."""
    words = found.recipient.split()
    if words and all(w.strip(",.") in t.honorific_words or w in t.honorific_words for w in words):
        return None
    if len(words) == 1 and words[0].casefold() in t.unit_or_group:
        return None
    if words and weekday_number(words[0].rstrip(",")) is not None and (len(words) == 1 or words[1][:1] in "(0123456789"):
        return None  # "sebanyak tiga kelurahan dan desa, Jumat (18/8/2017) menerima penghargaan": a day, no recipient
    for j in range(len(words) - 1, 0, -1):
        if words[j].casefold() in t.unit_or_group and len(words) - j <= 5:
            before = words[:j]
            if any(w.casefold().strip(",.()") in t.keeps_unit or (w.isupper() and len(w) > 1) for w in before):
                return found
            cut = found.recipient.index(words[j], sum(len(w) + 1 for w in before) - 1)
            return dataclasses.replace(found, recipient=found.recipient[cut:], rec_start=found.rec_start + cut)
    return found


_CARRY_BACK = 600  # characters between a bare rank and the award whose competition it shares
_HOPE_BACK = 6  # tokens before an award verb, in its clause, where a wish or target word makes it no award
# ("menargetkan Kafilah Kabupaten Bengkalis menjadi juara")
_FOLLOW_BACK = 250  # characters between a ranked award and the "disusul" that names the next place


def _next_rank(rank: str | None) -> str | None:
    """The place after ``rank`` (``umum 2`` -> ``umum 3``, ``umum`` -> ``umum 2``, ``1`` -> ``2``); None for a rank
    with no number (``5 besar``, ``favorit``)."""
    if rank in ("umum", "harapan"):
        rank = f"{rank} 1"
    head, _, number = (rank or "").rpartition(" ")
    return f"{head} {int(number) + 1}".strip() if number.isdigit() and int(number) < 10 else None


def _followers(awards: list[Award], anchors: list[_Anchor], t: _Tables, finder: "_Finder") -> list[Award]:
    """``juara umum dua diraih oleh Kecamatan Bukit Batu ... Kemudian disusul oleh Kecamatan Bantan``: the names
    after ``disusul`` (``data/awards_cues.tsv``: follows) take the next places after the ranked award just before
    (no other award between, at most ``_FOLLOW_BACK`` characters back), with its title without the rank word (the
    place is in the rank: ``juara umum``, rank ``umum 3``). A name with an award of its own (``disusul SMAN 2
    Tualang dengan nilai 270 sebagai juara II``) is left to that award."""
    text = finder.text
    if not awards or not any(w in text for w in t.follows_words) or t.follows.search(text) is None:
        return awards
    anchor_starts = [a.start for a in anchors]
    named = {s.start for a in awards for s in a.spans if s.field == "recipient"}  # names with an award read
    out = list(awards)
    for m in t.follows.finditer(text):
        ends = [max(s.end for s in a.spans) for a in out]
        before = sorted((i for i, e in enumerate(ends) if e <= m.start()), key=ends.__getitem__)
        if not before or m.start() - ends[before[-1]] > _FOLLOW_BACK or bisect.bisect_left(
                anchor_starts, ends[before[-1]]) != bisect.bisect_left(anchor_starts, m.start()):
            continue  # no award just before, or another award between
        # the ranked award of the recipient named last ("urutan pertama dengan 80 emas, 60 perak ..., disusul X")
        k = at = before[-1]
        while _next_rank(out[k].rank) is None and len(before) > 1 and out[before[-2]].recipient == out[k].recipient:
            before.pop()
            k = before[-1]
        last = out[k]
        rank = _next_rank(last.rank)
        title = next((s for s in last.spans if s.field == "title"), None)
        word = t.rank_word_alone.search(title.text, max(0, title.text.find(" "))) if title and rank else None
        bare = title.text.casefold().find(last.rank or "") if title and rank and word is None else -1
        cut = word.span() if word is not None else (bare + len(last.rank or ""),) * 2 if bare > 0 else None
        if title is None or cut is None or not title.text[:cut[0]].strip():
            continue  # the title less its rank word ("juara umum dua" -> "juara umum"; "juara umum" stays)
        _, s1 = finder.sentence(m.end())
        toks = finder.tokens(m.end(), s1)
        first = _name_forward(toks, 0, t) if toks else None
        names = [first, *finder._names_after(first[1], s1, closed=False)] if first else []
        head_text = title.text[:cut[0]].rstrip()
        tail = title.text[cut[1]:].strip()
        title_spans = (Span(title.start, title.start + len(head_text), head_text, title.rule, "title"),
                       *((Span(title.end - len(tail), title.end, tail, title.rule, "title"),) if tail else ()))
        new: list[Award] = []
        for n0, n1 in names:
            if rank is None or n0 in named or t.anchor_re.match(text, n0):
                break  # "Disusul Juara 2 diraih oleh PRA Talok": a rank of its own, no name
            new.append(Award(recipient=text[n0:n1], title=" ".join(sp.text for sp in title_spans), rank=rank,
                             level=last.level, year=last.year,
                             spans=(Span(n0, n1, text[n0:n1], "awards:follows", "recipient"), *title_spans)))
            rank = _next_rank(rank)
        out[at + 1:at + 1] = new
    return out


def _carry_competitions(awards: list[Award], t: _Tables, finder: "_Finder") -> list[Award]:
    """A bare rank of a winners' list (``Juara II``, ``juara umum dua``) takes the competition of
    the award before it in the list (``juara satu lomba kelurahan`` -> ``Juara II lomba kelurahan``):
    the part of that title from its first competition word (``data/awards_cues.tsv``: competition,
    carried) on, when that award stands at most ``_CARRY_BACK`` characters before. Any other bare rank
    or ``terbaik`` (three words at most), and any medal, without a competition of its own takes the
    competition the text names last before it (``_Finder.competition_before``)."""
    carried = t.carried
    # a medal's own event ("medali perak pada iven intenasional Junior Olympiad") is no other medal's
    medal_titles = [(s.start, s.end) for a in awards for s in a.spans[1:2] if s.rule.startswith("awards:medali")]
    out: list[Award] = []
    last: tuple[int, Span] | None = None  # (where the last award with a competition ends, its competition)
    for award in awards:
        span = next((s for s in award.spans if s.field == "title"), None)
        words = (award.title or "").split()
        first = next((i for i, w in enumerate(words) if w.casefold().strip(".,()") in carried), None)
        if span is None:
            out.append(award)
            continue
        if first is not None:
            offset = span.text.find(words[first])
            if first > 0 and offset > 0:  # its own competition: what later bare ranks share
                last = (span.end, Span(span.start + offset, span.end, span.text[offset:], "awards:carried", "title"))
            out.append(award)
            continue
        bare = award.rank is not None and len(words) <= 3  # "Juara II", "juara umum dua": a rank alone
        if bare and last is not None and 0 <= span.start - last[0] <= _CARRY_BACK:
            comp: tuple[Span, ...] = (last[1],)
        elif (anchor := award.spans[-1].rule.removeprefix("awards:")) in _CARRIES \
                and (len(words) <= 3 or anchor.startswith("medali")):  # a tally never names its event
            comp = finder.competition_before(span.start, award.spans[0].start, medal_titles) \
                or finder.competition_after(max(s.end for s in award.spans))
        else:
            comp = ()
        if comp:
            title = " ".join([award.title or "", *(c.text for c in comp)])
            award = dataclasses.replace(award, title=title, level=award.level or _level(title, t),
                                        spans=award.spans + comp)
        out.append(award)
    return out


def _repeat_years(awards: list[Award], t: _Tables, finder: "_Finder") -> list[Award]:
    """``Kecamatan Bantan pernah meraih juara umum sebanyak empat kali berturut-turut, yakni tahun 2013, 2014, 2015
    dan 2016``: an award followed in its sentence, before any other award, by a count of times (``data/awards_cues.tsv``:
    repeat_years) and a list of years is one award for each year."""
    text = finder.text
    if not awards or not any(w in text for w in t.cues["repeat_years"]):
        return awards
    out: list[Award] = []
    for k, award in enumerate(awards):
        end = max(s.end for s in award.spans)
        _, s1 = finder.sentence(end)
        nxt = min((min(s.start for s in b.spans) for b in awards[k + 1:] if min(s.start for s in b.spans) > end),
                  default=s1)
        m = t.repeat_years.search(text, end, min(s1, nxt, end + 120))
        if m is None or t.anchor_re.search(text, end, m.start()) is not None:
            out.append(award)
            continue
        years = sorted({int(y.group()) for y in _YEAR.finditer(m.group(1))})
        out.extend(dataclasses.replace(award, year=y) for y in years)
    return out


def _short_competition(title: str, t: _Tables) -> int | None:
    """The index of the first competition word in the words of an award ``title`` if the competition goes on with no
    level or year (``juara umum pertama MTQ ke-XLIII``), else None (``juara I lomba desa tingkat provinsi``)."""
    words = title.split()
    first = next((i for i, w in enumerate(words) if w.casefold().strip(".,()") in t.carried), None)
    if first is None or any(w.casefold() in t.cues["level_scope"] or w.casefold() == "tahun" or _YEAR.fullmatch(w)
                            or t.scoped_name.match(w) for w in words[first + 1:]):
        return None
    return first


def _full_competitions(awards: list[Award], t: _Tables, finder: "_Finder") -> list[Award]:
    """A competition named short in an award's title (``juara umum pertama MTQ ke-XLIII``) goes on with the level,
    year or edition that another mention of it gives (``MTQ ke-XLIII tingkat Kabupaten Bengkalis``): the mention
    whose name starts with the title's competition (from its first competition word) and goes on with a level word
    (``tingkat``, ``se``: data/awards_cues.tsv level_scope), ``tahun`` or an edition (``ke-4``); the last such one
    before the award, else the first after it."""
    if not any(_short_competition(a.title or "", t) is not None for a in awards):
        return awards
    _ = finder.competitions  # fills finder.competition_names
    if not finder.competition_names:
        return awards
    names = [(phrase[0].start, " ".join(s.text for s in phrase), phrase[-1]) for phrase in finder.competition_names]
    out = []
    for award in awards:
        title = award.title or ""
        words = title.split()
        first = _short_competition(title, t)
        spans = [s for s in award.spans if s.field == "title"]
        if first is None or not spans:
            out.append(award)
            continue
        comp = " ".join(words[first:]).casefold() + " "
        at = spans[0].start
        fuller = [(start, joined[len(comp):], last) for start, joined, last in names
                  if joined.casefold().startswith(comp) and last.text.endswith(joined[len(comp):])]
        fuller = [(start, extra, last) for start, extra, last in fuller
                  if extra.split()[0].casefold() in t.cues["level_scope"] | {"tahun"}
                  or t.edition.fullmatch(extra.split()[0].casefold())]
        before = [f for f in fuller if f[0] < at]
        pick = before[-1] if before else fuller[0] if fuller else None
        if pick is None:
            out.append(award)
            continue
        _, extra, last = pick
        span = Span(last.end - len(extra), last.end, extra, "awards:carried", "title")
        new_title = f"{title} {extra}"
        out.append(dataclasses.replace(award, title=new_title, level=_level(new_title, t),
                                       spans=award.spans + (span,)))
    return out


def _award_of(found: _Found, a: _Anchor, text: str, t: _Tables, year: int | None) -> Award:
    """The award record of ``found`` (its title the head and rank word when ``title_head`` is set)."""
    title_spans = [Span(found.title_start, found.title_end, text[found.title_start:found.title_end],
                        f"awards:{a.name}", "title")]
    if found.title_head is not None:
        h0, h1 = found.title_head
        title_spans.insert(0, Span(h0, h1, text[h0:h1], f"awards:{a.name}", "title"))
    title = " ".join(s.text for s in title_spans)
    return Award(recipient=found.recipient, title=title, rank=found.rank, level=_level(title, t), year=year,
                 spans=(Span(found.rec_start, found.rec_end, text[found.rec_start:found.rec_end],
                             f"awards:{found.rule}", "recipient"), *title_spans))


def _rank_at(start: int, end: int, ranks: list[tuple[int, int]], inside: bool = True) -> int | None:
    """The start of the first rank anchor (``ranks``: (start, end), sorted) that holds ``start``..``end`` (``inside``)
    or starts in it, else None."""
    if inside:
        k = bisect.bisect_right(ranks, (start, end)) - 1
        return ranks[k][0] if k >= 0 and ranks[k][0] <= start and end <= ranks[k][1] else None
    k = bisect.bisect_left(ranks, (start, -1))
    return ranks[k][0] if k < len(ranks) and ranks[k][0] < end else None


def extract_awards(ctx: Context) -> tuple[Award, ...]:
    """Awards: ``"LKSA Purna Kasih dari Indragiri Hilir meraih juara 3"`` -> LKSA Purna Kasih, juara 3."""
    t = _t()
    text = ctx.text
    anchors = _anchors(text, t)
    if not anchors:
        return ()
    finder = _Finder(ctx)
    # ordinals continue a ranking list: "Peringkat empat D.I Yogyakarta, kelima Jawa Barat"
    ranked_sents = {finder.sentence(a.start) for a in anchors if a.name == "peringkat"}
    if ranked_sents:
        starts = [a.start for a in anchors]
        for m in t.ordinals(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            inside = k >= 0 and m.start() < anchors[k].end
            if not inside and finder.sentence(m.start()) in ranked_sents:
                anchors.append(_Anchor(m.start(), m.end(), "ordinal", "rank", t.ranks[wordmatch.fold(m.group())]))
        anchors.sort(key=lambda a: a.start)
    finder.rank_starts = [(a.start, a.name) for a in anchors if a.kind == "rank"]
    ranks = [(a.start, a.end) for a in anchors if a.kind == "rank"]
    awards: list[Award] = []
    seen = _Seen(t.carried)
    title_end = -1
    for a in anchors:
        if a.start < title_end:
            continue  # inside the title of an award already read ("penghargaan Anugerah ...")
        finder.title_from = None
        first = finder.find(a)
        if first is None:
            continue
        s0, s1 = finder.sentence(a.start)
        sent = (max(s0, a.start - _WINDOW), min(s1, a.end + _WINDOW))
        trimmed = _trim_recipient(first, t)
        if trimmed is None:
            continue  # "M.Si": a degree, no recipient
        if _rank_at(trimmed.rec_start, trimmed.rec_end, ranks) is not None:
            continue  # "meraih peringkat I sebagai nagari berprestasi": "I" is the rank, no recipient
        # the names before a recipient whose first words were dropped are none of its co-recipients
        co = finder.co_recipients(trimmed, s0, s1, before=trimmed.rec_start == first.rec_start)
        for found in sorted([trimmed, *first.also, *co], key=lambda f: f.rec_start):
            found = _trim_recipient(found, t)
            if found is None:
                continue
            if (cut := _rank_at(found.rec_start + 1, found.rec_end, ranks, inside=False)) is not None:
                # "juara harapan 1 Desa Merembu Kecamatan Labuapi Harapan II Desa Ombe Baru": the next item's rank
                # ends the name
                end = len(text[:cut].rstrip(" ,;"))
                found = dataclasses.replace(found, recipient=text[found.rec_start:end], rec_end=end)
            award = _award_of(found, a, text, t, _year(text, text[found.title_start:found.title_end], sent, ctx,
                                                       finder))
            title_end = max(title_end, found.title_end)
            family = _FAMILY.get(a.name)
            who = next((r.region.code for r in finder.regions
                        if found.rec_start <= r.start and r.end <= found.rec_end), None) if family else None
            if seen.add(award, family, who, finder.government_of(found)):
                awards.append(award)
    awards = _followers(awards, anchors, t, finder)
    awards = _repeat_years(_full_competitions(_carry_competitions(awards, t, finder), t, finder), t, finder)
    # "menyerahkan penghargaan kepada Kabupaten Siak sebagai kabupaten terbaik": one award, the named one (a
    # bare "penghargaan" of a recipient with a named award elsewhere is that award again), unless the text says who
    # received it ("guru yang menerima penghargaan yaitu Tri Hastuti. Ia telah meraih medali emas ...": the
    # penghargaan honours the medal, another award)
    bare = {i for i, a in enumerate(awards) if (a.title or "").casefold() in t.cues["bare_title"]
            and any(k != i and b.recipient == a.recipient and (b.title or "").casefold() not in t.cues["bare_title"]
                    for k, b in enumerate(awards)) and a.spans[0].rule != "awards:received"}
    result = tuple(a for i, a in enumerate(awards) if i not in bare)
    if ctx.options.learned_awards:  # the recipient decided by a trained model (awards_learned)
        from .awards_learned import learned_awards

        result = learned_awards(ctx, result, anchors, finder, t)
    return result
