"""Awards, prizes, ranks and recognitions: ``juara III``, ``peringkat 7``, ``5 besar``, ``opini WTP``.

An award mention is an anchor (``data/awards_anchors.tsv``) in a frame that names its recipient
(``data/awards_cues.tsv``):

* recipient, award verb, award: ``LKSA Purna Kasih dari Indragiri Hilir meraih juara 3``,
  ``Vinora Nongsih sebagai 5 besar PSM berprestasi``;
* award, passive verb or ``dari``/``oleh``, recipient: ``juara pertama diserahkan kepada
  Kecamatan Salo``, ``sebagai juara III dari Desa Batang Duku, Kecamatan Bukit Batu``;
* a ranking list: ``peringkat satu itu DKI Jakarta ... Peringkat empat D.I Yogyakarta, kelima
  Jawa Barat``;
* an elided subject (``dengan memperoleh 6 medali emas``) takes the recipient of the award before
  it; ``kita``/``kami`` the home region (the region the article names most); ``Usai meraih X,
  rombongan Kafilah Kabupaten Bengkalis tiba`` the team named in the main clause.

Anchors without a recipient, hopes (``agar berprestasi``, ``meraih prestasi``) and weak words out
of an award frame (``kinerja yang terbaik``) are not awards. Repeated mentions of one award
(same recipient and rank) are reported once.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass

from .. import resources
from ..records import Award, Span
from ..regions import RegionMention, find_regions
from . import Context
from .participants import sentence_spans

__all__ = ["extract_awards"]

_TOKEN = re.compile(r"\(?[\w][\w'’.-]*\)?|[,;:–-]")
_WINDOW = 300  # characters looked at on each side of an award anchor
_YEAR = re.compile(r"(?<![\w/.-])(?:19[5-9]\d|20\d\d)(?![\w/])")


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


class _Tables:
    def __init__(self) -> None:
        ranks = {r["word"]: r["rank"] for r in resources.tsv("awards_ranks.tsv")}
        self.ranks = {k.casefold(): v for k, v in ranks.items()}
        romans = sorted((w for w in ranks if w.isupper()), key=len, reverse=True)
        words = sorted((w for w in ranks if w.islower()), key=len, reverse=True)
        rank_src = "(?:" + "|".join(romans) + r"|\d{1,2}|(?i:" + "|".join(words) + "))"
        self.anchor_kind: dict[str, tuple[str, str]] = {}
        alts = []
        for i, row in enumerate(resources.tsv("awards_anchors.tsv")):
            src = row["pattern"].replace("{RANK}", rank_src)
            re.compile(src)  # each pattern must stand alone
            self.anchor_kind[f"a{i}"] = (row["name"], row["kind"])
            alts.append(f"(?P<a{i}>{src})")
        # one scan from word starts only; at one position the first listed pattern wins
        self.anchor_re = re.compile(r"(?<![\w])(?=\w)(?:" + "|".join(alts) + ")")
        self.rank_word = re.compile(rank_src + r"(?![\w-])")
        cues: dict[str, set[str]] = {}
        for row in resources.tsv("awards_cues.tsv"):
            cues.setdefault(row["kind"], set()).add(row["phrase"].casefold())
        self.cues = cues
        self.abbrev = {w.casefold() for w in resources.lines("tokenizer_special_cases.tsv")}
        self.levels = [(r["word"], r["level"]) for r in resources.tsv("awards_levels.tsv")]
        ordinals = "|".join(w for w in words if w.startswith("ke") or w == "pertama")
        self.ordinal = re.compile(rf"(?<![\w-])(?i:{ordinals})(?![\w-])")
        self.level_words = {w for w, _ in self.levels}
        self.level_res = [(re.compile(rf"\b{re.escape(w)}\b"), level) for w, level in self.levels]


@functools.cache
def _t() -> _Tables:
    return _Tables()


def _is_name_token(tok: str) -> bool:
    core = tok.strip("()")
    return bool(core) and (core[0].isupper() or core[0].isdigit()) and core not in {"-", "–"}


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _match_phrase(toks: list[re.Match[str]], i: int, phrases: set[str]) -> int:
    """Length in tokens of the longest phrase of ``phrases`` starting at token ``i`` (0 if none)."""
    for n in (3, 2, 1):
        if i + n <= len(toks) and " ".join(t.group().casefold() for t in toks[i:i + n]) in phrases:
            return n
    return 0


def _match_phrase_back(toks: list[re.Match[str]], j: int, phrases: set[str]) -> int:
    """Length of the longest phrase of ``phrases`` ending at token ``j`` (inclusive)."""
    for n in (3, 2, 1):
        if j - n + 1 >= 0 and " ".join(t.group().casefold() for t in toks[j - n + 1:j + 1]) in phrases:
            return n
    return 0


def _anchors(text: str, t: _Tables) -> list[_Anchor]:
    out: list[_Anchor] = []
    for m in t.anchor_re.finditer(text):
        name, kind = t.anchor_kind[m.lastgroup or ""]
        rank = _rank_of(m.group(), name, t) if kind == "rank" else None
        out.append(_Anchor(m.start(), m.end(), name, kind, rank))
    return out


def _rank_of(phrase: str, name: str, t: _Tables) -> str | None:
    low = phrase.casefold()
    if name == "besar":
        return " ".join(phrase.split()).lower()
    if name == "nomor_satu":
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


def _title_end(text: str, pos: int, limit: int, t: _Tables) -> int:
    """Extend an award title over its name: ``5 besar`` + `` PSM berprestasi ditingkat Provinsi Riau tahun 2018``."""
    toks = _tokens(text, pos, limit)
    end = pos
    words = t.cues["title_word"]
    need_name = {"pada", "dalam", "untuk", "di", "tingkat", "ditingkat", "se"}
    free = 0
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.group().casefold().rstrip(".")
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        if tok.group() in {",", ";", ":", "-", "–"} or low in t.cues["passive"] | t.cues["from"]:
            break
        if low == "tahun":
            if _YEAR.fullmatch(nxt.rstrip(".,")):
                end = toks[i + 1].start() + len(nxt.rstrip(".,"))
                i += 2
                continue
            break
        if low in t.cues["competition"]:
            free = 3  # "lomba desa", "lomba cerdas cermat": lower-case words may name the competition
        elif free and low not in t.cues["clause"] | t.cues["stop"] | t.cues["active"] | t.cues["filler"]:
            free -= 1
        elif low in need_name:
            free = 0
            if not (nxt and (_is_name_token(nxt) or nxt.rstrip(".,").casefold() in t.level_words
                             or nxt.casefold() in t.cues["competition"])):
                break
        elif not (_is_name_token(tok.group()) or low in words):
            break
        else:
            free = 0
        end = tok.start() + len(tok.group().rstrip(".,"))
        if tok.group().endswith(".") and low + "." not in t.abbrev:
            break  # a full stop ends the title
        i += 1
    return end


def _name_forward(text: str, pos: int, limit: int, t: _Tables) -> tuple[int, int] | None:
    """A capitalised name starting at ``pos``, with an administrative chain: ``Desa X, Kecamatan Y``."""
    toks = _tokens(text, pos, limit)
    start = end = None
    head = ""
    i = 0
    while i < len(toks):
        tok = toks[i]
        if _is_name_token(tok.group()) and tok.group().casefold() not in t.cues["stop"] | t.cues["clause"]:
            if start is None:
                start = tok.start()
                head = tok.group().casefold()
            end = tok.start() + len(tok.group().rstrip(".,"))
            i += 1
            continue
        if start is not None and tok.group() == "," and i + 1 < len(toks) \
                and toks[i + 1].group().casefold() in {"kecamatan", "kabupaten", "kota", "provinsi", "kec."}:
            i += 1
            continue
        if start is not None and tok.group().casefold() in {"dan", "&"} and i + 1 < len(toks) \
                and _is_name_token(toks[i + 1].group()) and head in t.cues["org_head"] \
                and toks[i + 1].group().casefold() not in t.cues["org_head"] | t.cues["unit"]:
            i += 1  # "Dinas Pangan Tanaman Pangan dan Hortikultura Provinsi Riau"
            continue
        break
    return (start, end) if start is not None else None


def _name_backward(text: str, toks: list[re.Match[str]], j: int, t: _Tables,
                   regions: list[RegionMention]) -> tuple[int, int] | None:
    """The capitalised name ending at token ``j`` (``LKSA Purna Kasih`` of ``LKSA Purna Kasih dari Inhil``)."""
    # drop "dari <Region>" / "asal <...>" right before the verb
    k = j
    for back in range(k, max(-1, k - 8), -1):
        low = toks[back].group().casefold()
        if low in {"dari", "asal"} and back > 0 and back < k:
            tail = (toks[back + 1].start(), toks[k].end())
            if any(r.start <= tail[0] and r.end >= tail[1] - 1 for r in regions) or low == "asal":
                k = back - 1
            break
        if not _is_name_token(toks[back].group()):
            break
    end_tok = None
    i = k
    while i >= 0:
        tok = toks[i]
        if tok.group() in {",", ";", ":"} or not _is_name_token(tok.group()) \
                or tok.group().casefold() in t.cues["stop"]:
            break
        if end_tok is None:
            end_tok = i
        i -= 1
        if re.fullmatch(r"\(\d{1,3}\)", tok.group()):  # "(47)": an age
            end_tok = None
            break
    if end_tok is None or i + 1 > end_tok:
        return None
    start = toks[i + 1].start()
    end = toks[end_tok].start() + len(toks[end_tok].group().rstrip(".,").rstrip(")"))
    return start, end


class _Finder:
    """Recipient search for the anchors of one text."""

    def __init__(self, ctx: Context) -> None:
        self.t = _t()
        self.text = ctx.text
        self.sents = sentence_spans(ctx.text)
        self.starts = [s for s, _ in self.sents]
        self.regions = find_regions(ctx.text)
        self.home = self._home()
        self.last: _Found | None = None
        self.title_from: int | None = None
        self._text_year: int | None = -1

    def _home(self) -> tuple[str, int, int] | None:
        counts = Counter(r.region.code for r in self.regions)
        if not counts:
            return None
        code = counts.most_common(1)[0][0]
        first = next(r for r in self.regions if r.region.code == code)
        name = first.region.name
        if first.region.kind == "provinsi":
            name = f"Provinsi {name}"
        return name, first.start, first.end

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
        if a.kind == "rank" and a.name in ("peringkat", "ordinal", "juara"):
            after = _tokens(text, a.end, s1)
            k = 0
            if after and after[0].group().casefold() in t.cues["copula"]:
                k = 1
            if k < len(after):
                region = next((r for r in self.regions if r.start == after[k].start()), None)
                if region is not None:
                    return self._make(region.start, region.end, a, a.end, "rank-list")
                if after[k].group().casefold() in t.cues["unit"] and after[k].group()[0].isupper():
                    name = _name_forward(text, after[k].start(), s1, t)
                    if name and name[1] > after[k].end():
                        return self._make(name[0], name[1], a, a.end, "rank-list")
        if a.name == "ordinal":
            return None
        title_end = a.end if a.kind == "medal" else _title_end(text, a.end, s1, t)
        # award, passive verb / dari / oleh, recipient
        after = _tokens(text, title_end, s1)
        n = _match_phrase(after, 0, t.cues["passive"])
        if not n and a.kind == "rank":
            n = _match_phrase(after, 0, t.cues["from"])
        if n and n < len(after):
            name = _name_forward(text, after[n].start(), s1, t)
            if name:
                return self._make(name[0], name[1], a, title_end, "award-by")
        # recipient, active verb, award
        before = _tokens(text, s0, a.start)
        j = len(before) - 1
        while j >= 0 and before[j].group().casefold() in t.cues["filler"]:
            j -= 1
        # "memberikan penghargaan ... kepada X"
        if j >= 0 and before[j].group().casefold() in t.cues["give"]:
            for k, tok in enumerate(after):
                if tok.group().casefold() in t.cues["to"] and k + 1 < len(after):
                    name = _name_forward(text, after[k + 1].start(), s1, t)
                    if name:
                        return self._make(name[0], name[1], a, title_end, "given-to")
                    break
            return None
        n = _match_phrase_back(before, j, t.cues["active"])
        if a.kind == "weak" and not n:
            # "dinobatkan sebagai sekolah Adiwiyata terbaik": the title starts after the verb
            for k in range(j - 1, max(-1, j - 5), -1):
                word = before[k].group().casefold()
                if word in {",", ";", ":"} or word in t.cues["clause"] or word in t.cues["hope"]:
                    break
                n = _match_phrase_back(before, k, t.cues["active"])
                if n:
                    self.title_from = before[k + 1].start()
                    j = k
                    break
        if a.kind == "weak" and not n:
            return None
        if n:
            verb_start = j - n + 1
            if any(b.group().casefold() in t.cues["hope"] for b in before[max(0, verb_start - 3):verb_start]):
                return None  # "diharapkan dapat meraih juara", "ditargetkan meraih juara umum"
            j = verb_start - 1
            while j >= 0 and before[j].group().casefold() in t.cues["filler"]:
                j -= 1
            if j >= 0 and before[j].group().casefold() in t.cues["pronoun"]:
                return self._home_found(a, title_end, "pronoun")
            name = _name_backward(text, before, j, t, self.regions) if j >= 0 else None
            if name:
                return self._make(name[0], name[1], a, title_end, "has-award")
            clause = [b.group().casefold() for b in before[max(0, j - 3):j + 1]]
            if any(w in t.cues["subordinate"] for w in clause):
                team = self._team(title_end, s1)
                if team:
                    return self._make(team[0], team[1], a, title_end, "team")
            if j < 0 or before[j].group() in {",", ";"} or before[j].group().casefold() in t.cues["stop"] \
                    | t.cues["clause"]:
                if self.last is not None:  # elided subject: the recipient named before
                    last = self.last
                    found = _Found(last.recipient, last.rec_start, last.rec_end, a.start, title_end, a.rank,
                                   "same-recipient")
                    self.last = found
                    return found
            return None
        # "kita nomor satu", "Meski kita peringkat tujuh"
        if a.kind == "rank" and j >= 0 and before[j].group().casefold() in t.cues["pronoun"]:
            return self._home_found(a, title_end, "pronoun")
        return None

    def _team(self, pos: int, limit: int) -> tuple[int, int] | None:
        """``rombongan Kafilah Kabupaten Bengkalis`` -> the region in the team name, else the name."""
        for tok in _tokens(self.text, pos, limit):
            if tok.group().casefold() in self.t.cues["group"]:
                name = _name_forward(self.text, tok.end(), limit, self.t)
                if name is None:
                    continue
                inside = [r for r in self.regions if name[0] <= r.start and r.end <= name[1]
                          and r.region.kind != "provinsi"]
                return (inside[0].start, inside[0].end) if inside else name
        return None

    def _home_found(self, a: _Anchor, title_end: int, rule: str) -> _Found | None:
        if self.home is None:
            return None
        name, s, e = self.home
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
        before = _tokens(self.text, max(s0, a.start - _WINDOW), a.start)
        for k in range(len(before) - 1, max(-1, len(before) - 14), -1):
            word = before[k].group()
            if word in {",", ";", ":"} or word.casefold() in self.t.cues["copula"]:
                break
            if word.casefold() in self.t.cues["competition"]:
                return before[k].start()
        return a.start

    def _make(self, start: int, end: int, a: _Anchor, title_end: int, rule: str) -> _Found:
        found = _Found(self.text[start:end], start, end, self._title_start(a), title_end, a.rank, rule)
        self.last = found
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
    for rx, level in t.level_res:
        if rx.search(low):
            return level
    return None


class _Seen:
    """Awards already reported: same recipient and rank (``umum`` = ``umum 1``), or same title."""

    def __init__(self) -> None:
        self.keys: set[tuple[str, str]] = set()

    def add(self, award: Award) -> bool:
        """Record ``award``; False if it repeats one seen before."""
        rec = (award.recipient or "").casefold()
        if award.rank:
            head = award.rank.split()[0]
            keys = {("rank", rec, award.rank)}
            if head.isalpha() and head != award.rank:  # "umum 1" also blocks a later "umum"
                keys.add(("rank", rec, head))
            probe = {("rank", rec, award.rank)} | ({("rank", rec, head)} if head.isalpha() else set())
        else:
            keys = probe = {("title", rec, (award.title or "").casefold())}
        if probe & self.keys:  # type: ignore[operator]
            return False
        self.keys |= keys  # type: ignore[arg-type]
        return True


def extract_awards(ctx: Context) -> tuple[Award, ...]:
    """Awards: ``"LKSA Purna Kasih dari Indragiri Hilir meraih juara 3"`` -> LKSA Purna Kasih, juara 3."""
    t = _t()
    text = ctx.text
    finder = _Finder(ctx)
    anchors = _anchors(text, t)
    # ordinals continue a ranking list: "Peringkat empat D.I Yogyakarta, kelima Jawa Barat"
    ranked_sents = {finder.sentence(a.start) for a in anchors if a.name == "peringkat"}
    if ranked_sents:
        starts = [a.start for a in anchors]
        for m in t.ordinal.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            inside = k >= 0 and m.start() < anchors[k].end
            if not inside and finder.sentence(m.start()) in ranked_sents:
                anchors.append(_Anchor(m.start(), m.end(), "ordinal", "rank", t.ranks[m.group().casefold()]))
        anchors.sort(key=lambda a: a.start)
    awards: list[Award] = []
    seen = _Seen()
    title_end = -1
    for a in anchors:
        if a.start < title_end:
            continue  # inside the title of an award already read ("penghargaan Anugerah ...")
        finder.title_from = None
        found = finder.find(a)
        if found is None:
            continue
        title = text[found.title_start:found.title_end]
        s0, s1 = finder.sentence(a.start)
        sent = (max(s0, a.start - _WINDOW), min(s1, a.end + _WINDOW))
        award = Award(
            recipient=found.recipient,
            title=title,
            rank=found.rank,
            level=_level(title, t),
            year=_year(text, title, sent, ctx, finder),
            spans=(Span(found.rec_start, found.rec_end, text[found.rec_start:found.rec_end],
                        f"awards:{found.rule}", "recipient"),
                   Span(found.title_start, found.title_end, title, f"awards:{a.name}", "title")),
        )
        title_end = max(title_end, found.title_end)
        if seen.add(award):
            awards.append(award)
    return tuple(awards)
