"""Indonesian numbers in running text: ``50``, ``1.152``, ``1,5 juta``, ``7 (tujuh)``, ``lima puluh``.

Written numbers use a dot for thousands and a comma for decimals (``1.152`` = 1152,
``28,7`` = 28.7). Number words come from ``data/numbers_words.tsv``, the words before a number
that belong to it (``sebanyak``, ``sekitar``, ``±``) from ``data/numbers_prefixes.tsv``, scale
words (``juta``) from ``data/numbers_scales.tsv``. Not reported: years (four digits 1900-2099
without a thousands dot), dates and codes with a slash (``12/9``, ``6/12/2018``), clock times
(``14.26``, ``pukul 10``), days of a date (``12 September``), money (``Rp 5 juta``), ordinals
(``ke-71``) and the other contexts in ``data/numbers_skip.tsv``. Percentages are reported as
written (``28,7 persen`` -> 28.7, rule ``percent``); the caller decides what they count.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import resources
from .wordmatch import alternation, ascii_letters, fold

__all__ = ["NumberMention", "find_numbers", "parse_number"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a text: ``text[start:end] == text``; ``rule`` says how it was written."""

    start: int
    end: int
    text: str
    value: int | float
    approximate: bool
    rule: str  # "digits" | "digits+words" ("7 (tujuh)") | "words" | "words+digits" | "percent"


class _Tables:
    def __init__(self) -> None:
        self.words = {r["word"].casefold(): (int(r["value"]), r["kind"])
                      for r in resources.tsv("numbers_words.tsv")}
        self.scales = {r["word"].casefold(): int(r["value"]) for r in resources.tsv("numbers_scales.tsv")}
        prefixes = {r["phrase"]: r["approximate"] == "1" for r in resources.tsv("numbers_prefixes.tsv")}
        self.prefix_approx = {p.casefold(): a for p, a in prefixes.items()}
        skip = resources.tsv("numbers_skip.tsv")
        self.skip_before = {r["word"].casefold() for r in skip if r["side"] == "before"}
        self.skip_after = {r["word"].casefold() for r in skip if r["side"] == "after"}
        self.skip_after |= {r["name"].casefold() for r in resources.tsv("months.tsv")}  # "12 September"
        side: dict[str, list[str]] = {}
        for r in skip:
            side.setdefault(r["side"], []).append(r["word"])
        word_alt = _alt(self.words)
        scale_alt = _alt(self.scales)
        digits = (
            # starts with \d so the engine scans for digits; the look-behind then checks the char before
            r"(?P<num>\d(?<![\w/.,:-]\d)(?:\d{0,2}(?:\.\d{3}){1,4}(?:,\d{1,3})?|\d{0,11}(?:,\d{1,3})?))"
            r"(?P<an>-?an)?(?![\w/]|[.,:]\d)"
            rf"(?:\s{{1,3}}(?P<more>(?i:{_alt(side['more'])}))(?![\w-])(?!\s{{1,3}}(?i:{_alt(side['more_not'])})\b))?"
            rf"(?:\s{{1,3}}(?P<scale>(?i:{scale_alt}))(?![\w-]))?"
            rf"(?:\s{{0,3}}\(\s{{0,2}}(?P<paren>(?i:{word_alt})(?:\s{{1,3}}(?i:{word_alt})){{0,7}})\s{{0,2}}\))?")
        self.digits = re.compile(digits)
        # for a text whose letters and digits are all ASCII (_find_numbers): the same from an ASCII digit,
        # which the engine scans for faster
        self.digits_ascii = re.compile(digits.replace(r"(?P<num>\d", "(?P<num>[0-9]", 1))
        self.wordrun = re.compile(rf"(?<![\w-]){_run(f'(?i:{word_alt})')}")
        self.word = re.compile(rf"(?i:{word_alt})")
        # wordrun and word for the lowercase form of a text whose letters and digits are all ASCII
        # (_word_runs), matched case-sensitively; and a run after one consumed character that is no
        # word character or hyphen, which the engine skips ahead to instead of trying the look-behind
        # at every position
        self.wordrun_lower = re.compile(rf"(?<![\w-]){_run(word_alt)}")
        self.wordrun_lower_gap = re.compile(rf"[^0-9a-z_-]{_run(word_alt)}")
        self.word_lower = re.compile(word_alt)
        self.prefix = re.compile(rf"(?<![\w])(?P<p>(?i:{_alt(self.prefix_approx)}))\s{{0,3}}$")
        self.percent = re.compile(rf"\s{{0,2}}(?:%|(?i:{_alt(side['percent'])})\b)")
        self.prev_word = re.compile(r"([\w.]+)[\s-]{0,3}$")
        month_alt = _alt({r["name"].casefold() for r in resources.tsv("months.tsv")})
        # the first day of a date range: "12-14 Juni", "5 s/d 7 Juni", "5 hingga 7 Juni 2023"
        self.day_range = re.compile(
            rf"\s{{0,3}}(?:[-–]|{_alt(side['range_abbr'])}|(?i:{_alt(side['range'])}))\s{{0,3}}\d{{1,2}}\s{{1,3}}"
            rf"(?i:{month_alt})(?![\w])")
        self.next_word = re.compile(r"\s{0,3}([\w.]+)")


def _alt(words: Iterable[str]) -> str:
    return alternation(words)


def _run(word: str) -> str:
    """A run of number words (group ``run``), with the digits of ``tujuh (7)`` (group ``pdig``)."""
    return (rf"(?P<run>{word}(?:\s{{1,3}}{word}){{0,9}}(?![\w-])"
            r"(?:\s{0,3}\(\s{0,2}(?P<pdig>\d{1,3}(?:\.\d{3}){0,4}|\d{1,12})\s{0,2}\))?)")


@functools.cache
def _t() -> _Tables:
    return _Tables()


def _words_value(tokens: list[str], t: _Tables) -> tuple[int, bool, int]:
    """Value, approximate flag and number of tokens used of the longest valid number-word prefix."""
    value = 0
    seg = 0
    last: int | None = None
    approx = False
    big_prev = 10 ** 15
    used = 0
    for i, tok in enumerate(tokens):
        num, kind = t.words[fold(tok)]
        if kind == "digit":
            if last is not None or seg % 10:
                break
            last = num
        elif kind == "whole":
            if last is not None or (seg if num == 100 else seg % 100):
                break
            seg += num
        elif kind in ("teen", "tens", "hundreds"):
            if last is None or (seg if kind == "hundreds" else seg % 100) or (kind == "teen" and last == 0):
                break
            seg += last + 10 if kind == "teen" else last * num
            last = None
        elif kind == "big":
            group = seg + (last or 0)
            if group <= 0 or group >= 1000 or num >= big_prev:
                break
            value += group * num
            big_prev, seg, last = num, 0, None
        elif kind == "sebig":
            if seg or last is not None or num >= big_prev:
                break
            value += num
            big_prev = num
        else:  # approx: "ratusan", "puluhan (ribu)"
            if seg or last is not None or i:
                break
            last, approx = num, True
        used = i + 1
    if approx and used > 1 and t.words[fold(tokens[used - 1])][1] != "big":
        used = 1  # "puluhan" + anything but a scale: keep "puluhan" alone
    if used == 0:
        return 0, False, 0
    if approx and used == 1:
        return t.words[fold(tokens[0])][0], True, 1
    return value + seg + (last or 0), approx, used


def _to_number(num: str, scale: int) -> int | float:
    whole, _, frac = num.replace(".", "").partition(",")
    if frac:
        value = float(f"{whole}.{frac}") * scale
        return int(round(value)) if scale > 1 and abs(value - round(value)) < 1e-6 else value
    return int(whole) * scale


def _skip(text: str, start: int, end: int, t: _Tables) -> bool:
    prev = t.prev_word.search(text, max(0, start - 12), start)
    if prev and prev.group(1).casefold() in t.skip_before:
        return True
    nxt = t.next_word.match(text, end)
    return bool(nxt and nxt.group(1).casefold() in t.skip_after)


def _with_prefix(text: str, start: int, t: _Tables) -> tuple[int, bool]:
    m = t.prefix.search(text, max(0, start - 16), start)
    if m is None:
        return start, False
    return m.start("p"), t.prefix_approx[fold(m.group("p"))]


def find_numbers(text: str) -> list[NumberMention]:
    """Numbers in a text: ``"diikuti sebanyak 1.152 atlet"`` -> [1152 at ``sebanyak 1.152``]."""
    return list(_find_numbers(text))


@functools.lru_cache(maxsize=32)
def _find_numbers(text: str) -> tuple[NumberMention, ...]:
    """Cached: several extractors scan the same article text."""
    t = _t()
    found: list[NumberMention] = []
    taken: list[tuple[int, int, NumberMention]] = []
    if ascii_letters(text):  # faster patterns; the number words are read in the lowercase text
        digits, runs, word = t.digits_ascii, _word_runs(text.lower(), t), t.word_lower
    else:
        digits, runs, word = t.digits, t.wordrun.finditer(text), t.word
    for m in digits.finditer(text):
        num, an, more, scale_word, paren = m.group("num", "an", "more", "scale", "paren")
        if len(num) == 4 and "." not in num and "," not in num and 1900 <= int(num) <= 2099 \
                and not scale_word:
            continue  # a year
        num_end = m.end("num")
        if _skip(text, m.start(), num_end, t) or t.day_range.match(text, num_end):
            continue
        scale = t.scales[fold(scale_word)] if scale_word else 1
        value = _to_number(num, scale)
        rule = "digits"
        end = m.end()
        approx = bool(an or more)  # "300-an", "2.500 lebih peserta"
        if paren:
            rule = "digits+words"
        pct = t.percent.match(text, end)
        if pct and not scale_word:
            rule = "percent"
        start, pre_approx = _with_prefix(text, m.start(), t)
        found.append(NumberMention(start, end, text[start:end], value, approx or pre_approx, rule))
    for m in runs:
        run_end = m.end() if m.group("pdig") is None else _run_end(text, m, t)
        toks = [(w.start(), w.end()) for w in word.finditer(m.string, m.start("run"), run_end)]
        i = 0
        while i < len(toks):
            words = [text[s:e] for s, e in toks[i:]]
            value, approx, used = _words_value(words, t)
            if used == 0:
                i += 1
                continue
            s0, e0 = toks[i][0], toks[i + used - 1][1]
            rule = "words"
            if i + used == len(toks) and m.group("pdig") is not None:
                e0, rule = m.end(), "words+digits"
            if not _skip(text, s0, e0, t):
                start, pre_approx = _with_prefix(text, s0, t)
                found.append(NumberMention(start, e0, text[start:e0], value, approx or pre_approx, rule))
            i += used
    # overlaps ("7 (tujuh)" read both ways): keep the longest
    found.sort(key=lambda n: (n.start - n.end, n.start))
    for n in found:
        if not any(s < n.end and n.start < e for s, e, _ in taken):
            taken.append((n.start, n.end, n))
    return tuple(sorted((n for _, _, n in taken), key=lambda n: n.start))


def _word_runs(lower: str, t: _Tables) -> Iterator[re.Match[str]]:
    """The number-word runs of a text, from its lowercase form ``lower``, whose letters and digits
    are all ASCII: the same spans as ``t.wordrun.finditer(text)`` (same length and word characters,
    and no other character folds to an ASCII letter). A run not at the start comes after a character
    that is no word character or hyphen (the look-behind's condition): ``t.wordrun_lower_gap``
    consumes that character, which the engine finds faster than it tries every position; searched
    from a run's last character on, it finds the next run."""
    m = t.wordrun_lower.match(lower) or t.wordrun_lower_gap.search(lower)
    while m:
        yield m
        m = t.wordrun_lower_gap.search(lower, m.end() - 1)


def _run_end(text: str, m: re.Match[str], t: _Tables) -> int:
    """End of the word part of a ``tujuh (7)`` match."""
    paren = text.rfind("(", m.start("run"), m.start("pdig"))
    return len(text[:paren].rstrip()) if paren >= 0 else m.start("pdig")


def parse_number(text: str) -> int | float | None:
    """The value of a text that is one number: ``parse_number("seratus dua puluh")`` -> 120."""
    stripped = text.strip()
    found = find_numbers(stripped)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].value
    return None
