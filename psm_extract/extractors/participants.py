"""Participants of the main event: the stated head count, its unit, per-regency counts, origin.

A head count is a number (``numbers.find_numbers``) followed by a person noun
(``data/participants_units.tsv``: ``orang``, ``peserta``, ``atlet``, ``anak`` ...) with an
attendance cue in the same sentence (``data/participants_cues.tsv``: ``diikuti``, ``bagi`` before
it; ``mengikuti``, ``hadir``, ``berasal dari`` after it; any count in a sentence opening ``Hadir
...``). A weak cue (``berjumlah``, ``terdiri dari``) counts only in a sentence that also says who
attends or names an event (``jumlah tenaga kerja asing yang berjumlah 3 orang`` is none). Bodies
taking part as a whole (``diikuti oleh 34 kabupaten/kota``, ``7 kafilah``, ``60 PKS``) count with an
attendance verb right beside them, never after ``dari`` (an origin). The first such count is the
total. Counts of things (``7 kelompok``, ``14 kecamatan``, ``100 paket``), percentages, vague
numbers (``ratusan peserta``), planned events (``35 anggota yang akan dilantik``, ``diharapkan
dapat dihadiri 5.000 peserta``), contest branches (``cabang tilawah diikuti 25 peserta``) and head
counts without a cue are not participants, nor are targets and quotas (``target 30 peserta``) and
counts of an earlier edition (``tahun lalu ...``, a year before the page's own in the count's clause); a
list of parts that ends with its sum gives the sum (``..., dengan total seluruhnya 438 orang``); those who
stayed away (``51 peserta yang tidak hadir``) are none, the object of an event verb (``melantik 5.884 PPPK``)
is one. A count between two items of a per-regency list, or right after an item's count, is a part, never
the total. Per-regency counts: ``Kab. Siak 25 peserta``, ``5 orang
dari Kab. Siak``, ``masing-masing 5 orang dari Kab. A dan Kab. B``, ``Kabupaten Kampar mengirimkan 25
atlet`` (a sending verb, entrants only), one regency a line under a head line (``Peserta berasal
dari:``) or in a sentence continuing one (``Dengan rincian Kab. A 10 orang, ...``); a list is read on
to its last item (``..., dan Batam 15 peserta``). A contingent of one regency (``Kontingen POPDa
Kabupaten Siak ... berjumlah 194 orang``, ``Kabupaten Siak menurunkan 120 atlet``, ``300 orang
meramaikan pawai dari Kuansing``) counts its total for that regency. Counts per unit
(``masing-masing kabupaten/kota mengirimkan 10 orang``) are no total; a person count is preferred to
a team count (``24 tim dengan 240 atlet``). A warning is recorded when the per-regency counts of a
list of two items or more, read to its end, do not add up to the total.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .. import resources
from ..numbers import NumberMention, find_numbers
from ..records import Participants, RegionCount, Span
from ..regions import RegionMention, find_regions, resolve
from ..wordmatch import alternation
from . import Context

__all__ = ["extract_participants"]

_WINDOW = 200  # characters looked at on each side of a count
_BIG = 1 << 62
_WORD = re.compile(r"[\w][\w'’-]*")  # a dot after a word ("Kab.") is not part of it


@dataclass(frozen=True, slots=True)
class _Count:
    number: NumberMention
    unit: str | None
    unit_end: int


def _alt(phrases: set[str]) -> str:
    """A regex alternation of cue phrases, longest first: a space matches 1-3 blanks, a hyphen inside a word
    1-2 blanks or hyphens (``masing-masing`` also reads ``masing masing``)."""
    out = []
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        words = [r"[\s-]{1,2}".join(re.escape(part) for part in w.split("-")) for w in phrase.split()]
        out.append(r"\s{1,3}".join(words))
    return "|".join(out)


class _Tables:
    def __init__(self) -> None:
        rows = resources.tsv("participants_units.tsv")
        self.units = {r["unit"].casefold() for r in rows}
        self.body_units = {r["unit"].casefold() for r in rows if r["kind"] == "body"}
        self.group_units = {r["unit"].casefold() for r in rows if r["kind"] == "group"} | self.body_units
        self.no_attendee_units = {r["unit"].casefold() for r in rows if r["kind"] == "none"}
        self.staff_units = {r["unit"].casefold() for r in rows if r["kind"] == "staff"}
        self.entrants = {r["unit"].casefold() for r in rows if r["entrant"] == "1"}
        cues: dict[str, set[str]] = {}
        for row in resources.tsv("participants_cues.tsv"):
            cues.setdefault(row["kind"], set()).add(row["phrase"].casefold())
        self.cues = cues
        self.attendance_cues = cues["before"] | cues["after"]
        # numbers that name no count: "ratusan peserta" (hundreds) is no stated total
        self.vague = {r["word"].casefold() for r in resources.tsv("numbers_words.tsv") if r["kind"] == "approx"}
        # what makes a weak cue count: an attendance or contingent word, an event ("Pelantikan ..., dengan
        # jumlah mencapai 157 orang")
        self.weak_support = self.attendance_cues | cues["group"] | {
            r["word"].casefold() for r in resources.tsv("events_heads.tsv") if r["kind"] in ("head", "anaphor", "verb")}
        unit_alt = alternation(self.units)
        self.unit_after = re.compile(rf"\s{{0,3}}(?P<unit>(?i:{unit_alt}))(?![\w-])")
        self.unit_before = re.compile(rf"(?<![\w-])(?P<unit>(?i:{unit_alt}))\s{{0,3}}$")
        abbrev = {w.casefold() for w in resources.lines("tokenizer_special_cases.tsv")}
        self.abbrev = abbrev
        self.origin = re.compile(
            r"(?i:dari)\s{1,3}(?P<origin>(?:\d{1,3}\s{1,3})?(?i:kabupaten|kab\.?)\s{0,2}/\s{0,2}(?i:kota)"
            r"(?:\s{1,3}(?i:se)[\s-]{0,3}(?:(?i:provinsi)\s{1,3})?Riau)?"
            r"|(?i:kabupaten|kab\.?)\s{0,2}/\s{0,2}(?i:kota)\s{1,3}(?i:se)[\s-]{0,3}Riau)")
        send_alt = alternation(cues["send"])
        self.between_region_count = re.compile(  # no dash: "PEKANBARU- 120"; "Kampar mengirimkan 25 atlet"
            rf"\s{{0,3}}(?:[:=(]\s{{0,3}}|(?i:{_alt(cues['count_link'])})\s{{1,3}}"
            rf"|(?P<send>(?i:{send_alt}))\s{{1,3}}|(?P<comma>,)\s{{0,3}})?")  # a comma: inside a list only
        # a name after a contingent noun: "Kafilah Pinggir", "kafilah Kecamatan Bengkalis"
        self.capitalised = re.compile(r"\s{0,3}[A-Z][\w'’.-]*(?:\s{1,3}[A-Z][\w'’.-]*){0,3}")
        self.bare_name_back = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}$")
        self.bare_name = re.compile(r"[A-Z][\w'’-]*(?:\s{1,3}[A-Z][\w'’-]*){0,2}")
        # a list item next to the items read: a name, maybe a link, then a count
        self.item_after = re.compile(r"(?:[^\W\d_][\w.'’/-]*\s{1,3}){0,4}[^\W\d_][\w.'’/-]*\s{0,3}"
                                     rf"(?:[:=(,]\s{{0,3}}|(?i:{_alt(cues['count_link'])})\s{{1,3}})?\s{{0,3}}")
        self.item_before = re.compile(rf"(?P<count>\d[\d.]*)\s{{1,3}}(?i:{unit_alt})\)?\s{{0,3}}[,;]\s{{0,3}}$")
        self.list_gap = re.compile(r"(?:\s{0,3}[,;])?(?:\s{1,3}(?i:dan|serta))?(?:\s{1,3}[^\W\d_][\w'’-]*){0,5}\s{1,3}")
        self.list_head = re.compile(r":\s{0,3}$")
        # a per-regency list continuing the sentence before: "Dengan rincian Kab. Kampar 10 orang, ..."
        self.continued = re.compile(rf"(?i:{_alt(cues['continued'])})\b")
        self.between_count_region = re.compile(
            rf"(?:\s{{1,3}}(?i:{unit_alt}))?"  # "5 orang kader dari ..."
            r"\s{1,3}(?:(?i:yang)\s{1,3})?(?:(?i:berasal)\s{1,3})?(?i:dari|asal)\s{1,3}")
        # the clause after a count's unit up to "dari <region>": a few words, no punctuation, no number
        self.origin_after = re.compile(r"(?:\s{1,3}[^\W\d_][\w'’-]*){0,5}?\s{1,3}(?i:dari|asal)\s{1,3}")
        self.each = re.compile(rf"(?i:{_alt(cues['each'])})\s{{0,3}}$")
        self.list_sep = re.compile(r"\s{0,3}(?:[,;]\s{0,3}(?i:dan|serta)(?!\w)|,|;|(?i:dan|serta)(?!\w))\s{0,3}")
        relative = alternation(cues["relative"], r"\s{1,3}")
        # "9 Kecamatan di Kabupaten Buleleng yang mengikuti Lomba": a few words of the clause, then "yang <verb>"
        self.relative_after = re.compile(rf"(?:\s{{1,3}}[^\W\d_][\w'’/-]*){{0,5}}?\s{{1,3}}(?i:yang)\s{{1,3}}"
                                         rf"(?i:{relative})(?![\w-])")
        # in the clause before a count of persons: "atlet yang ikut ... sebanyak 1.866 atlet"
        self.person_clause = cues["clause_before"] | {f"yang {v}" for v in cues["relative"]}
        percent = alternation({r["word"].casefold() for r in resources.tsv("numbers_skip.tsv") if r["side"] == "percent"})
        # a share right after the count: "64.170 orang (53,50 persen)", "1.025.188 orang atau 63,54 persen" (a statistic)
        self.share_after = re.compile(rf"\s{{0,3}}(?:\(\s{{0,2}}|(?i:atau)\s{{1,3}})\d[\d.,]*\s{{0,2}}(?:%|(?i:{percent})(?!\w))")
        self.months = {r["name"].casefold() for r in resources.tsv("months.tsv")}
        # a year in a count's clause, not a date's ("14/11/2021"; "2 Desember 2021" is told by the month before)
        self.clause_year = re.compile(r"(?<![/\d.-])(?P<year>(?:19|20)\d\d)(?![\d/])")
        self.clause_break = re.compile(r"[,;:()]")
        self.list_sep_back = re.compile(r"\s{0,3}(?:,\s{0,3}(?i:dan)|,|;|(?i:dan)|(?i:serta))\s{0,3}$")
        # a short line heading a list of other stories or furniture ("Info Lainnya", "Check Also"), or a line of
        # such a list opening with its date ("[02/07/2025] Disdik Pekanbaru ...")
        self.sidebar = re.compile(rf"(?m)^[^\S\n]*(?:(?:[^\W\d_][\w&'’-]*[^\S\n]{{1,3}}){{0,3}}?(?i:{_alt(cues['sidebar'])})"
                                  rf"(?:[^\S\n]{{1,3}}[^\W\d_][\w&'’-]*){{0,3}}[^\S\n]*$|\[\d{{1,2}}/\d{{1,2}}/\d{{4}}\])")
        self.sidebar_gate = tuple(sorted({p.split()[-1] for p in cues["sidebar"]})) + ("[",)
        self.headline_words = re.compile(r"[^\W\d_][\w'’-]*")


@functools.cache
def _t() -> _Tables:
    return _Tables()


# a line break, or ". X" (an end mark, maybe a closing quote, blanks, a capital or a digit); written
# from the first character on so the engine skips ahead to the characters that can start one
_BOUNDARY = re.compile(r"[\n.!?](?:(?<=\n)|[\"”’]?(?=\s{1,5}[\"“A-Z0-9]))")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}[^\W\d_]?\.?")  # "a.n.", "S.H"
_BLANKS = re.compile(r"\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split at line breaks and at ``. X`` unless after ``Kab.``/``H.``."""
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=32)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    abbrev = _t().abbrev
    spans = []
    start = pos = 0
    while m := _BOUNDARY.search(text, pos):
        mark, pos = m.start(), m.end()
        if text[mark] == "\n":
            end = mark
        else:
            words = text[max(start, mark - 12):mark + 1].split()
            last = words[-1].casefold() if words else ""
            if last in abbrev or _INITIALS.fullmatch(last):
                continue
            end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        # the next sentence starts after the blanks (a line break among them would end an empty one)
        start = pos = _BLANKS.match(text, m.end()).end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text, start, end)]


def _has_phrase(words: list[str], phrases: set[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined for p in phrases)


def _story_end(text: str, t: _Tables) -> int:
    """Where the story's own text ends: at a line heading a list of other stories or the page's furniture
    (``Info Lainnya``, ``Berita Terkait``, ``Tulis Komentar``) or at a dated line of such a list
    (``[02/07/2025] Disdik Pekanbaru ...``) that reached the body; else the text's end."""
    folded = text.casefold()
    if not any(w in folded for w in t.sidebar_gate):
        return len(text)
    m = t.sidebar.search(text)
    return m.start() if m else len(text)


def _headline_line(text: str, sent: tuple[int, int], t: _Tables) -> bool:
    """A line of its own read as a headline, most words capitalised and no end mark (``Sebanyak 300 Peserta Ikuti
    Lomba Mewarnai`` in a list of other stories): no total of the story's event."""
    s0, s1 = sent
    if (s0 > 0 and text[s0 - 1] != "\n") or (s1 < len(text) and text[s1] != "\n") or text[s1 - 1] in ".!?:;,\"”)":
        return False
    words = [w for w in t.headline_words.findall(text, s0, s1) if w.casefold() not in t.cues["headline_small"]]
    return 3 <= len(words) <= 16 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _counts(text: str, t: _Tables, end: int | None = None) -> list[_Count]:
    out = []
    for n in find_numbers(text):
        if end is not None and n.start >= end:
            break
        if n.rule == "percent" or isinstance(n.value, float) or n.value <= 0 or n.value > 1_000_000:
            continue
        if n.rule == "words" and n.text.split()[0].casefold() in t.vague:
            continue
        m = t.unit_after.match(text, n.end)
        out.append(_Count(n, m.group("unit") if m else None, m.end() if m else n.end))
    return out


def _opens(words: list[str], phrases: set[str]) -> bool:
    joined = " ".join(words[:3]) + " "
    return any(joined.startswith(p + " ") for p in phrases)


def _earlier_edition(text: str, c: _Count, sent: tuple[int, int], before_words: list[str], year: int | None,
                     t: _Tables) -> bool:
    """``Tahun lalu kegiatan serupa diikuti 300 peserta``, ``Pada Porprov VIII 2014 ... diikuti 2.000 atlet``: a
    count of an earlier edition (a past cue, or a year before the page's own in the count's clause)."""
    if _has_phrase(before_words[-8:], t.cues["past"]):
        return True
    if year is None:
        return False
    start = _clause_start(text, c, sent, t)
    for m in t.clause_year.finditer(text, start, c.number.start):
        before = _words(text, max(start, m.start() - 40), m.start())
        if int(m.group("year")) < year and not (before[-1:] and before[-1] in t.months) \
                and not t.cues["law_number"] & set(before[-4:]):  # "Perda Nomor 5 Tahun 2016": a law's year
            return True
    return False


def _clause_start(text: str, c: _Count, sent: tuple[int, int], t: _Tables) -> int:
    """Where the count's clause starts: after the last comma, colon or bracket before it in its sentence."""
    lo = max(sent[0], c.number.start - _WINDOW)
    breaks = [m.end() for m in t.clause_break.finditer(text, lo, c.number.start)]
    return breaks[-1] if breaks else lo


def _is_attendance(text: str, c: _Count, sent: tuple[int, int], t: _Tables, year: int | None = None) -> bool:
    """A head count with an attendance cue, not planned, not of an earlier edition, not a part of a stated total."""
    if c.unit is None or c.unit.casefold() in t.no_attendee_units:
        return False
    after_words = _words(text, c.unit_end, min(sent[1], c.unit_end + _WINDOW))
    if after_words and (after_words[0] in t.cues["not_after"] or after_words[0] in t.cues["per_unit"]) \
            or t.share_after.match(text, c.unit_end):
        return False
    before_words = _words(text, max(sent[0], c.number.start - _WINDOW), c.number.start)
    near_before = before_words[-6:]
    if _has_phrase(near_before, t.cues["future"]) or _earlier_edition(text, c, sent, before_words, year, t):
        return False
    if _has_phrase(after_words[:5], t.cues["absent"]) or _has_phrase(near_before, t.cues["absent"]):
        return False  # "ada 51 peserta yang tidak hadir"
    if _has_phrase(before_words[-4:], t.cues["component"]):
        return False
    if _has_phrase(before_words[-8:], t.cues["distribution"]):
        return False
    opening = _opens(_words(text, sent[0], min(sent[1], sent[0] + 40)), t.cues["opening"])
    clause = _words(text, _clause_start(text, c, sent, t), c.number.start)[-14:]
    if c.unit.casefold() in t.body_units:  # "diikuti oleh 34 kabupaten/kota", not "peserta dari 12 kabupaten/kota"
        if opening:
            return True
        if before_words[-1:] and before_words[-1] in t.cues["origin_before"] or _mixed_bodies(after_words, c, t):
            return False
        return _has_phrase(before_words[-3:], t.cues["body_before"]) \
            or _has_phrase(after_words[:3], t.cues["body_after"]) \
            or t.relative_after.match(text, c.unit_end, sent[1]) is not None \
            or _has_phrase(clause, t.cues["clause_before"])  # "Jumlah peserta ... adalah Perwakilan 18 kecamatan"
    if c.unit.casefold() in t.staff_units and not opening:  # "108 personel tersebut berasal dari anggota polisi"
        return _has_phrase(near_before, t.cues["staff_attend"]) or _has_phrase(after_words[:10], t.cues["staff_attend"])
    if c.unit.casefold() == "peserta" or opening:
        return True
    if before_words[-1:] and before_words[-1] in t.cues["companions"] \
            and after_words[:1] and after_words[0] in t.cues["companions_after"]:
        return True  # "bersama 20 Wali Kota lainnya"
    if _has_phrase(before_words[-2:], t.cues["sum"]) and _has_phrase(before_words, t.cues["before"]):
        return True  # "Peserta berasal dari Kampar 20 orang dan Pekanbaru 20 orang, total 40 orang"
    if _has_phrase(near_before, t.cues["before"]) or _has_phrase(after_words[:10], t.cues["after"]):
        return True
    if _has_phrase(before_words[-3:], t.cues["object_before"]) or _object_after(after_words[:6], t):
        return True  # "melantik 5.884 PPPK", "berkekuatan 440 orang telah dikukuhkan Bupati Bangka"
    if _has_phrase(clause, t.person_clause):
        return True  # "Adapun total jumlah peserta MTQ asal Kapuas yang mengikuti kegiatan sebanyak 42 orang"
    if not (_has_phrase(near_before, t.cues["weak_before"]) or _has_phrase(after_words[:10], t.cues["weak_after"])):
        return False
    # "berjumlah 12.562 orang" counts attendees where the sentence says who attends or names an event
    whole = _words(text, max(sent[0], c.number.start - 2 * _WINDOW), min(sent[1], c.unit_end + _WINDOW))
    return _has_phrase(whole, t.weak_support)


def _stated_sum(text: str, total: _Count, counts: list[_Count], parts: set[int], sent: tuple[int, int],
                t: _Tables) -> _Count:
    """The sum a list of parts ends with, over its first item: ``Kecamatan Arut Selatan dengan 71 peserta ...;
    Kecamatan Kumai 100 peserta ..., dengan total seluruhnya 438 orang peserta dan official`` -> 438."""
    for c in counts:
        if not total.number.start < c.number.start < sent[1] or id(c) in parts or c.unit is None \
                or c.unit.casefold() in t.body_units or c.number.value <= total.number.value:
            continue
        before = _words(text, max(sent[0], c.number.start - 40), c.number.start)
        if set(_words(text, c.unit_end, min(sent[1], c.unit_end + 20))[:1]) & t.cues["per_unit"] \
                or _has_phrase(before[-4:], t.cues["component"]):
            continue  # "rata-rata jumlah peserta sebanyak 25 orang setiap desanya": per unit, no sum
        if _has_phrase(before[-2:], t.cues["sum"]):
            return c
    return total


def _object_after(words: list[str], t: _Tables) -> bool:
    """An event verb whose object is the count, with no future word before it (``yang akan dilantik``)."""
    for i, w in enumerate(words):
        if w in t.cues["future"]:
            return False
        if w in t.cues["object_after"]:
            return True
    return False


def _mixed_bodies(after_words: list[str], c: _Count, t: _Tables) -> bool:
    """``32 provinsi, 33 kabupaten, dan 22 kota``: counts of bodies of several kinds, no one total."""
    words = after_words[1:3] if after_words[:1] in (["dan"], ["serta"]) else after_words[:2]
    return len(words) == 2 and words[0].isdigit() and words[1] in t.body_units and words[1] != c.unit.casefold()


def _next_item(text: str, prev: _Count, c: _Count, sent: tuple[int, int], t: _Tables) -> bool:
    """Whether ``c`` is the next item of the list holding ``prev``: a separator and a few words between
    them (``, cabang syarhil``), no attendance or sum word."""
    if not sent[0] <= prev.number.start < c.number.start < sent[1]:
        return False
    gap = t.list_gap.fullmatch(text, prev.unit_end, c.number.start)
    return gap is not None and not _has_phrase(_words(text, prev.unit_end, c.number.start),
                                               t.attendance_cues | t.cues["sum"])


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(spans, (pos, _BIG)) - 1
    if i >= 0 and pos < spans[i][1]:
        return spans[i]
    return 0, 0


def _region_counts(text: str, counts: list[_Count], regions: list[RegionMention],
                   sents: list[tuple[int, int]], t: _Tables) -> list[tuple[RegionMention, _Count, str]]:
    """(region, count, rule) pairs: ``Kab. Siak 25 peserta``, ``5 orang dari Kab. Siak``, ``masing-masing``."""
    local = [r for r in regions if r.region.kind != "provinsi"]
    if not local or not counts:
        return []
    local_at = {r.start: r for r in local}
    by_start = {c.number.start: c for c in counts}
    pairs: list[tuple[RegionMention, _Count, str]] = []
    used_regions: set[int] = set()
    for r in local:  # region then count
        m = t.between_region_count.match(text, r.end)
        c = by_start.get(m.end()) if m else None  # "sebanyak 25": the prefix is in the number mention
        if c is not None and c.number.approximate is False:
            if m and m.group("send"):  # "Kabupaten Kampar mengirimkan 25 atlet": entrants only
                if c.unit is not None and c.unit.casefold() in t.entrants:
                    pairs.append((r, c, "region-sends"))
            elif m and m.group("comma"):  # "kafila kabupaten Timor Tengah Utara, 8 peserta"
                if c.unit is not None:
                    pairs.append((r, c, "region-comma-count"))
            else:
                pairs.append((r, c, "region-count"))
            used_regions.add(r.start)
    # "Kabupaten X, 15 peserta" is an item only in a sentence that lists other items: "Kabupaten Kupang 22
    # peserta, Kabupaten Timor Tengah Selatan, 15 Peserta", not "di Kabupaten Siak, 300 peserta mengikuti ..."
    listed = {_sentence_of(sents, c.number.start) for _, c, rule in pairs if rule == "region-count"}
    pairs = [(r, c, "region-count" if rule == "region-comma-count" else rule) for r, c, rule in pairs
             if rule != "region-comma-count" or _sentence_of(sents, c.number.start) in listed]
    used_regions = {r.start for r, _, _ in pairs}
    found = {r.start for r in local}
    for r, c, rule in pairs:  # a list read on to its last item: "..., dan Batam 15 peserta"
        if rule == "region-count":
            while (item := _bare_item(text, c, found, by_start, t)) is not None:
                pairs.append(item)
                found.add(item[0].start)
                c = item[1]
    for c in counts:  # count then region(s)
        if c.unit is None:
            continue
        m = t.between_count_region.match(text, c.unit_end)
        if not m:
            continue
        chain = _region_chain(text, m.end(), local_at, t)
        if not chain or any(x.start in used_regions for x in chain):
            continue
        each = t.each.search(text, max(0, c.number.start - 20), c.number.start)
        if each:
            pairs.extend((x, c, "each-from-region") for x in chain)
        elif len(chain) == 1:
            pairs.append((chain[0], c, "count-from-region"))
    # regions then "masing-masing N orang": "dari Kabupaten Kampar, Siak dan Kota Pekanbaru masing-masing 10 orang"
    local_end = {r.end: r for r in local}
    for c in counts:  # a count without a unit too: "..., Kabupaten Rembang dan Pati masing-masing 5" (kept below only
        # in a sentence whose other items name the unit)
        each = t.each.search(text, max(0, c.number.start - 20), c.number.start)
        if not each:
            continue
        chain = _region_chain_back(text, each.start(), local_end, t)
        if len(chain) > 1 and not any(x.start in used_regions for x in chain):
            pairs.extend((x, c, "regions-each") for x in chain)
    if not pairs:
        return []
    pairs.sort(key=lambda p: p[0].start)
    # a count without a unit only counts in a list whose other items name the unit
    with_unit = {_sentence_of(sents, c.number.start) for _, c, _ in pairs if c.unit is not None}
    pairs = [p for p in pairs if p[1].unit is not None or _sentence_of(sents, p[1].number.start) in with_unit]
    # and only in a sentence about attendees ("Peserta berasal dari ...", "diikuti ..."), not
    # "di Kabupaten Kampar 300 warga terdampak banjir"
    cues = t.attendance_cues
    keep = []
    pair_sents = {_sentence_of(sents, c.number.start) for _, c, _ in pairs}
    send_sents = {_sentence_of(sents, c.number.start) for _, c, rule in pairs if rule == "region-sends"}
    for p in pairs:
        s0, s1 = _sentence_of(sents, p[1].number.start)
        around = _words(text, max(s0, p[1].number.start - _WINDOW), min(s1, p[1].number.end + _WINDOW))
        if (s0, s1) in send_sents or _has_phrase(around, cues) \
                or _list_head_has_cue(text, sents, (s0, s1), pair_sents, cues, t):
            keep.append(p)
    return keep


def _inside_lists(text: str, counts: list[_Count], pairs: list[tuple[RegionMention, _Count, str]],
                  sents: list[tuple[int, int]], t: _Tables) -> set[int]:
    """Counts between the items of a per-regency list (a regency the gazetteer does not know: ``kafila
    Kabupaten Nagakeo 13 peserta`` among 20 items) or right after an item's count (``Kabupaten Karimun turunkan
    364 atlet dan 114 ofisial``): parts too, never the total."""
    spans: dict[tuple[int, int], list[int]] = {}
    by_start = {c.number.start: c for c in counts}
    inside = set()
    for _, c, rule in pairs:
        m = t.list_sep.match(text, c.unit_end)
        nxt = by_start.get(m.end()) if m and m.end() > c.unit_end else None
        if nxt is not None and nxt.unit is not None:
            inside.add(id(nxt))
    for r, c, rule in pairs:
        if rule == "region-count":
            spans.setdefault(_sentence_of(sents, c.number.start), []).extend((r.start, c.unit_end))
    for ends in spans.values():
        if len(ends) >= 4:  # two items or more
            lo, hi = min(ends), max(ends)
            inside |= {id(c) for c in counts if lo < c.number.start < hi}
    return inside


def _read_to_end(text: str, pairs: list[tuple[RegionMention, _Count, str]], total: _Count,
                 counts: list[_Count], sents: list[tuple[int, int]], t: _Tables) -> bool:
    """Whether a per-regency list of two items or more was read whole: no count left unread between, before or
    after its items (``..., dan Provinsi Riau 15 peserta``; ``..., serta Kabupaten Belu, Nagakeo dan Sumba
    Timur, yang mengutus masing – masing 13 peserta`` later in the sentence), so that a sum short of the
    total is the page's own."""
    used = {id(c) for _, c, _ in pairs} | {id(total)}
    lo = min(min(r.start, c.number.start) for r, c, _ in pairs)
    hi = max(max(r.end, c.unit_end) for r, c, _ in pairs)
    if any(lo < c.number.start < hi and id(c) not in used for c in counts):
        return False  # an item between two items read
    first = _sentence_of(sents, lo)
    if any(first[0] <= c.number.start < lo and id(c) not in used and c.unit is not None
           and c.number.value != total.number.value for c in counts):
        return False  # the list of another head count: "338 peserta yang mengikuti ... terdiri dari ... Kabupaten A"
    head = t.item_before.search(text, max(0, lo - 80), lo)
    if head and any(c.number.start == head.start("count") and id(c) not in used for c in counts):
        return False  # "dari Semarang 20 orang, Kab. Demak 10 orang"
    sep = t.list_sep.match(text, hi)
    if sep and sep.end() > hi:
        tail = t.item_after.match(text, sep.end())
        nxt = next((c for c in counts if tail and c.number.start == tail.end()), None)
        if nxt is not None and nxt.unit is not None:
            return False  # "..., dan Provinsi Riau 15 peserta"
    last = _sentence_of(sents, hi - 1)
    return not any(hi <= c.number.start < last[1] and id(c) not in used and c.unit is not None for c in counts)


def _bare_item(text: str, c: _Count, found: set[int], by_start: dict[int, _Count],
               t: _Tables) -> tuple[RegionMention, _Count, str] | None:
    """The next item of a per-regency list after count ``c`` when its name is bare and known only as one
    kabupaten/kota of the country (``Kab. Siak 25 peserta, ... dan Batam 15 peserta``)."""
    m = t.list_sep.match(text, c.unit_end)
    if not m or m.end() == c.unit_end or m.end() in found:
        return None
    name = t.bare_name.match(text, m.end())
    region = resolve(name.group()) if name else None
    if region is None or region.kind == "provinsi":
        return None
    link = t.between_region_count.match(text, name.end())
    nxt = by_start.get(link.end()) if link and not link.group("send") else None
    if nxt is None or nxt.number.approximate:
        return None
    return RegionMention(m.end(), name.end(), name.group(), region, "bare"), nxt, "region-count"


def _list_head_has_cue(text: str, sents: list[tuple[int, int]], sent: tuple[int, int],
                       pair_sents: set[tuple[int, int]], cues: set[str], t: _Tables) -> bool:
    """A list of per-regency lines under a head line: ``Peserta berasal dari:`` / ``Kab. Kampar : 20 orang``."""
    i = bisect.bisect_left(sents, sent)
    continued = bool(t.continued.match(text, sent[0]))
    for k in range(i - 1, max(-1, i - 41), -1):
        s0, s1 = sents[k]
        if sents[k] in pair_sents or not any(ch.isalpha() for ch in text[s0:s1]):  # another item, "2."
            continue
        return (continued or bool(t.list_head.search(text, s0, s1))) and _has_phrase(_words(text, s0, s1), cues)
    return False


def _region_chain_back(text: str, pos: int, by_end: dict[int, RegionMention], t: _Tables) -> list[RegionMention]:
    """Regions listed up to ``pos``: ``Kabupaten Kampar, Siak dan Kota Pekanbaru`` before ``masing-masing``. A bare
    name of a kabupaten and a kota alike takes the kind of the list's first item (``Kabupaten Banyumas, ..., Tegal,
    dan Kota Magelang`` -> Kabupaten Tegal)."""
    chain: list[RegionMention | tuple[int, int, str]] = []
    end = len(text[:pos].rstrip(" ,"))
    while (r := by_end.get(end) or _bare_back(text, end, t)) is not None and len(chain) < 40:
        chain.append(r)
        start = r.start if isinstance(r, RegionMention) else r[0]
        m = t.list_sep_back.search(text, max(0, start - 12), start)
        if not m or m.start() == start:
            break
        end = m.start()
    chain.reverse()
    head = chain[0] if chain and isinstance(chain[0], RegionMention) else None
    prefix = head.text.split()[0] if head is not None and head.rule == "prefixed" else None
    out = []
    for r in chain:
        if not isinstance(r, RegionMention):
            region = resolve(f"{prefix} {r[2]}") if prefix else None
            if region is None:  # no kind to take: the list is read from the next item on
                out = []
                continue
            r = RegionMention(r[0], r[1], r[2], region, "bare")
        out.append(r)
    # a bare name is an item only in a list that also names a regency in full: "Kabupaten Rembang dan Pati
    # masing-masing 5", not "Kampar dan Pati masing-masing 5"
    return out if any(by_end.get(r.end) is r for r in out) else []


def _bare_back(text: str, end: int, t: _Tables) -> RegionMention | tuple[int, int, str] | None:
    """A bare name ending at ``end`` known as one kabupaten/kota of the country (``Pati`` in ``Kabupaten Rembang dan
    Pati masing-masing 5``), or as a kabupaten and a kota alike (``Tegal``: start, end and name)."""
    m = t.bare_name_back.search(text, max(0, end - 40), end)
    if not m:
        return None
    words = m.group().split()
    for i in range(len(words)):  # the longest name first: "Rokan Hulu" before "Hulu"
        name = " ".join(words[i:])
        region = resolve(name)
        if region is not None and region.kind != "provinsi":
            return RegionMention(end - len(name), end, name, region, "bare")
        if region is None and resolve(f"Kabupaten {name}") is not None and resolve(f"Kota {name}") is not None:
            return end - len(name), end, name
    return None


def _region_chain(text: str, pos: int, by_start: dict[int, RegionMention], t: _Tables) -> list[RegionMention]:
    """Regions listed from ``pos`` on: ``Kab. A, Kab. B dan Kota C``."""
    chain = []
    while (r := by_start.get(pos)) is not None and len(chain) < 40:
        chain.append(r)
        m = t.list_sep.match(text, r.end)
        if not m or m.end() == r.end:
            break
        pos = m.end()
    return chain


def _contingent(text: str, total: _Count, sent: tuple[int, int], regions: list[RegionMention],
                t: _Tables) -> RegionMention | None:
    """``Kontingen POPDa Kabupaten Siak tahun 2014 berjumlah 194 orang`` -> Kabupaten Siak; ``jumlah siswa ...
    yang mengikuti Kabupaten Bengkalis USBN ... berjumlah 12.562 orang`` -> Kabupaten Bengkalis."""
    start = max(sent[0], total.number.start - _WINDOW)
    words = [(w.group().casefold(), w.start()) for w in _WORD.finditer(text, start, total.number.start)]
    group_at = [pos for w, pos in words if w in t.cues["group"] or w in t.cues["subject"]]
    if not group_at:
        return None
    inside = [r for r in regions if group_at[-1] < r.start < total.number.start and r.region.kind != "provinsi"
              and not set(_words(text, max(0, r.start - 4), r.start)[-1:]) & t.cues["venue_before"]]  # a venue
    names = {r.region.code for r in inside}
    return inside[0] if len(names) == 1 else None


def _contingent_names(text: str, counts: list[_Count], sents: list[tuple[int, int]], t: _Tables) -> dict[int, str]:
    """The named contingent each count is of: a contingent noun then a name in the count's clause (``Kafilah
    Pinggir pada MTQ ke-44 ini berjumlah 40 orang``), or a sending verb right before it with the clause's first
    name as the sender (``Kecamatan Rupat pada MTQ ke-44 mengirim 35 orang``). Keyed by ``id`` of the count; the
    name is its regency's code where it is one, else its last word. Several contingents, several parts."""
    out = {}
    for c in counts:
        if c.unit is None:
            continue
        sent = _sentence_of(sents, c.number.start)
        start = _clause_start(text, c, sent, t)
        words = [(w.group(), w.start(), w.end()) for w in _WORD.finditer(text, start, c.number.start)]
        group = [end for w, _, end in words if w.casefold() in t.cues["group"]]
        if group:
            name = t.capitalised.match(text, group[-1])
        elif _has_phrase([w.casefold() for w, _, _ in words[-3:]], t.cues["send"]):
            name = next((m for w, pos, _ in words if w[:1].isupper() and (m := t.capitalised.match(text, pos))),
                        None) if words else None
        else:
            continue
        if name is None:
            continue
        region = resolve(name.group().strip())
        out[id(c)] = region.code if region is not None else name.group().split()[-1].casefold()
    return out


def _origin_after(text: str, total: _Count, sent: tuple[int, int], regions: list[RegionMention],
                  t: _Tables) -> RegionMention | None:
    """``Tak kurang dari 300 orang meramaikan pawai taqruf dari Kuansing.`` -> Kabupaten Kuantan Singingi:
    one regency after ``dari`` in the count's clause, a few words on."""
    m = t.origin_after.match(text, total.unit_end, sent[1])
    if not m:
        return None
    by_start = {r.start: r for r in regions if r.region.kind != "provinsi"}
    chain = _region_chain(text, m.end(), by_start, t)
    return chain[0] if len(chain) == 1 else None  # "dari Kampar dan Siak": no per-regency count


def extract_participants(ctx: Context) -> Participants | None:
    """Attendees: ``"bagi 50 orang PSM yang berasal dari Kab. Siak 25 peserta"`` -> 50 orang, Siak 25."""
    t = _t()
    text = ctx.text
    end = _story_end(text, t)
    counts = _counts(text, t, end)
    if all(c.unit is None for c in counts):
        # every record needs a count with its unit: a total has one (``_is_attendance``), and a per-regency
        # list keeps a count without one only beside an item that names it (``_region_counts``)
        return None
    sents = sentence_spans(text)
    regions = [r for r in find_regions(text) if r.start < end]
    year = ctx.page.published.year if ctx.page.published is not None else None
    pairs = _region_counts(text, counts, regions, sents, t)
    parts = {id(c) for _, c, rule in pairs if rule != "count-from-region"}  # "Kab. Siak 25 peserta"
    parts |= _inside_lists(text, counts, pairs, sents, t)
    total: _Count | None = None
    part: _Count | None = None  # the last count read as a part: "cabang tilawah diikuti 25 peserta, ..."
    names: dict[int, str] | None = None  # the contingent each count is of, looked up once
    for c in counts:
        sent = _sentence_of(sents, c.number.start)
        if part is not None and _next_item(text, part, c, sent, t):
            part = c  # "..., cabang syarhil 30 peserta, naskah 3 peserta": items of the same breakdown
            continue
        part = c if _has_phrase(_words(text, max(sent[0], c.number.start - 80), c.number.start)[-4:],
                                t.cues["component"]) else None
        if part is None and id(c) not in parts and _is_attendance(text, c, sent, t, year) \
                and not _headline_line(text, sent, t):
            if names is None:
                names = _contingent_names(text, counts, sents, t)
            if id(c) in names and len(set(names.values())) > 1:
                continue  # "Kafilah Pinggir ... berjumlah 40 orang" and "Kecamatan Rupat ... mengirim 35 orang"
            total = c
            break
    if total is not None and total.unit is not None and total.unit.casefold() in t.group_units:
        # "diikuti 24 tim dengan 240 atlet": the head count of persons
        sent = _sentence_of(sents, total.number.start)
        total = next((c for c in counts if sent[0] <= c.number.start < sent[1] and c is not total
                      and id(c) not in parts and c.unit is not None and c.unit.casefold() not in t.group_units
                      and _is_attendance(text, c, sent, t, year)), total)
    if total is not None:
        total = _stated_sum(text, total, counts, parts, _sentence_of(sents, total.number.start), t)
    pairs = [(r, c, rule) for r, c, rule in pairs if c is not total or rule == "count-from-region"]
    if total is None and len(pairs) == 1 and (pairs[0][2] == "region-sends" or _contingent(
            text, pairs[0][1], _sentence_of(sents, pairs[0][1].number.start), regions, t) is pairs[0][0]):
        # one sending regency is the whole count: "Kabupaten Siak menurunkan 120 atlet",
        # "Kontingen Kabupaten Kampar berjumlah 250 orang"
        total = pairs[0][1]
    if total is None and not pairs:
        return None
    spans: list[Span] = []
    origin = None
    unit = None
    if total is not None:
        n = total.number
        spans.append(Span(n.start, n.end, n.text, f"participants:{n.rule}", "total"))
        unit = total.unit
        spans.append(Span(total.unit_end - len(unit), total.unit_end, unit, "participants:unit", "unit"))
        sent = _sentence_of(sents, n.start)
        om = t.origin.search(text, n.start, sent[1])
        if om:
            origin = om.group("origin")
            spans.append(Span(om.start("origin"), om.end("origin"), origin, "participants:origin", "origin"))
        if not pairs:
            r = _contingent(text, total, sent, regions, t) or _origin_after(text, total, sent, regions, t)
            if r is not None:
                pairs = [(r, total, "contingent")]
    by_region = []
    seen: set[str] = set()
    for r, c, rule in pairs:
        if r.region.code in seen:
            continue
        seen.add(r.region.code)
        by_region.append(RegionCount(
            region=r.region.name, count=int(c.number.value), code=r.region.code,
            spans=(Span(r.start, r.end, r.text, f"participants:{rule}", "region"),
                   Span(c.number.start, c.number.end, c.number.text, f"participants:{rule}", "count"))))
    if total is not None and by_region:
        added = sum(rc.count for rc in by_region)
        if added != total.number.value and len(by_region) >= 2 and _read_to_end(text, pairs, total, counts, sents, t):
            ctx.warn(f"participants: per-region counts add up to {added} but the stated total is "
                     f"{total.number.value}")
    if origin is None and by_region and total is not None and len(by_region) == 1 \
            and by_region[0].count == total.number.value:
        origin = by_region[0].region
    return Participants(
        total=int(total.number.value) if total is not None else None,
        unit=unit,
        approximate=bool(total and total.number.approximate),
        origin=origin,
        by_region=tuple(by_region),
        spans=tuple(spans),
    )
