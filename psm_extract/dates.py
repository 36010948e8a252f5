"""Indonesian (and English) date expressions: find, normalise, keep spans.

``parse_date`` reads one date line (``Selasa, 25 Sep 2018``, ``05 September 2023``,
``Minggu, 19 November 2023 | 16:40:17 WIB``) into a ``datetime.date``.

``find_dates`` finds every date in a text with its span, day-first always, anchored to the
publication date (never to today's clock): ``Rabu, 12 September 2018``, ``Kamis (6/12/2018)``,
``Senin (9/8)`` (year from the anchor), ``20 hingga 25 Juni 2022`` (a range), ``Rabu kemarin``
(relative), with the time (``pukul 09.00 WIB``) and part of day (``malam``) written next to it.
Word lists (weekdays, months, range connectors, relative words, parts of day, time words) live in
``data/months.tsv`` and ``data/dates_*.tsv``. Every form above is on a fast path.

With an anchor, a counted relative date (``3 hari yang lalu``, ``10 days ago``) is read by the
fallback (below) against the anchor: only the phrase itself is given to it.

``read_date_line`` reads a page's date line: the fast path, then, for a short part of the line that
looks like a date and that the fast path cannot read (``2016/10/03``, ``2 jam yang lalu``), the
bounded fallback ``dateparser`` (imported on first use, languages ``id`` and ``en`` only, day first).
A relative date line is resolved only against a reference time the caller gives (when the page was
fetched): ``parse()`` has none, so ``kemarin`` alone dates no page (today's clock would misdate an
archived page).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from . import resources
from .wordmatch import alternation, ascii_letters, fold

__all__ = ["DateMention", "fallback_date", "find_dates", "find_time", "is_calendar_bar", "month_number", "parse_date",
           "read_date_line", "weekday_number"]

@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: ``text == source[start:end]``, e.g. ``Rabu, 12 September 2018``.

    ``date``/``end_date``: the day (and the last day of a range); ``time``: ``"09.00"`` or
    ``"14.00-16.00"``; ``part_of_day``: ``pagi``/``siang``/``sore``/``malam``; ``has_year``: the
    year was written; ``relative``: resolved from the anchor (``kemarin``); ``rule``: which form
    matched; ``warnings``: e.g. a weekday name that contradicts the date; ``weekday``: the weekday
    named in the text (Monday = 0), if any.
    """

    start: int
    end: int
    text: str
    date: dt.date
    end_date: dt.date | None
    time: str | None
    part_of_day: str | None
    has_year: bool
    relative: bool
    rule: str
    warnings: tuple[str, ...] = ()
    weekday: int | None = None


# -- word lists -------------------------------------------------------------------------------

@functools.cache
def _months() -> dict[str, int]:
    return {row["name"]: int(row["month"]) for row in resources.tsv("months.tsv")}


def _apos(name: str) -> str:
    return name.replace("’", "'").replace("`", "'")


@functools.cache
def _weekdays() -> dict[str, int]:
    return {_apos(row["name"]): int(row["weekday"]) for row in resources.tsv("dates_weekdays.tsv")}


@functools.cache
def _weekday_names() -> tuple[str, ...]:
    """The name of each weekday (Monday first) used in warnings: its first row in dates_weekdays.tsv."""
    names: dict[int, str] = {}
    for row in resources.tsv("dates_weekdays.tsv"):
        names.setdefault(int(row["weekday"]), row["name"].capitalize())
    return tuple(names[i] for i in range(7))


@functools.cache
def _parts_of_day() -> dict[str, str]:
    return {row["word"]: row["part"] for row in resources.tsv("dates_parts_of_day.tsv")}


@functools.cache
def _relative() -> tuple[dict[str, int], dict[str, int]]:
    day: dict[str, int] = {}
    after: dict[str, int] = {}
    for row in resources.tsv("dates_relative.tsv"):
        (day if row["kind"] == "day" else after)[row["phrase"]] = int(row["offset"])
    return day, after


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of words (a trie), inner spaces flexible."""
    return alternation(words, space=r"\s{1,2}")


def _weekday_alt() -> str:
    # apostrophe variants of "Jum'at" are matched by one class
    return _alt(_weekdays()).replace("'", "['’`]")


@dataclass(frozen=True, slots=True)
class _Patterns:
    written: re.Pattern[str]
    core: re.Pattern[str]
    left: re.Pattern[str]
    left_start: re.Pattern[str] | None  # where ``left`` can start a context, in a lowercased text
    right: re.Pattern[str]
    gap: re.Pattern[str]
    relative: re.Pattern[str]
    relative_lower: re.Pattern[str] | None  # ``relative`` without IGNORECASE, for a lowercased text
    relative_keys: tuple[str, ...]  # one of these words is in every match of ``relative_lower``
    relative_len: int  # no match of ``relative_lower`` is longer
    number_start: re.Pattern[str]  # a digit where ``core`` may match
    number_start_ascii: re.Pattern[str]  # the same for a text whose digits are all ASCII


@functools.cache
def _patterns() -> _Patterns:
    mon = _alt(_months())
    wd = _weekday_alt()
    conn = _alt(resources.lines("dates_connectors.tsv")[1:])
    pod = _alt(_parts_of_day())
    words = resources.tsv("dates_time_words.tsv")
    cue = _alt(r["word"] for r in words if r["kind"] == "cue")
    zone = _alt(r["word"] for r in words if r["kind"] == "zone")
    open_end = _alt(r["word"] for r in words if r["kind"] == "open")
    day_cues = [r["word"] for r in words if r["kind"] == "day_cue"]
    day_cue = _alt(day_cues)
    month_cue = _alt(r["word"] for r in words if r["kind"] == "month_cue")
    year_cue = _alt(r["word"] for r in words if r["kind"] == "year_cue")
    future = _alt(r["word"] for r in words if r["kind"] == "future")
    rel_day, rel_after = _relative()
    no_glue = r"(?<![\w/.:])(?<!\w[-–])"
    core = re.compile(
        no_glue + r"(?:"
        # 12 September 2018 / 20 hingga 25 Juni 2022 / 5-7 Maret 2019 / 30 December 2021
        # (formal: "tanggal 7 bulan September tahun 2023")
        rf"(?:(?P<d1>\d{{1,2}})\s{{0,2}}(?:{conn})\s{{0,2}})?(?P<d>\d{{1,2}})\s{{1,3}}(?:(?:{month_cue})\s{{1,3}})?"
        rf"(?P<mon>{mon})(?![^\W\d_])\.?(?:,?\s{{1,3}}(?:(?:{year_cue})\s{{1,3}})?(?P<y>\d{{4}})(?!\w))?"
        # 6/12/2018, 31/01/17, 9/8, 06-12-2018, 06.12.2018
        r"|(?:(?P<nd1>\d{1,2})\s{0,2}[-–—]\s{0,2}(?=\d{1,2}/))?"
        r"(?P<nd>\d{1,2})(?P<sep>[/.-])(?P<nm>\d{1,2})(?:(?P=sep)(?P<ny>\d{4}|\d{2})"
        r"(?:/(?=\s{0,2}\)))?)?"  # a stray slash before the bracket: "Senin (17/8/2020/)"
        r"(?![\w/])(?![.,:-]\d)"
        # 2018-09-12
        r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\w/-])"
        r")",
        re.IGNORECASE)
    left = re.compile(
        rf"(?:(?<![\w'’`])(?P<wd>{wd})(?:\s{{0,2}}(?:{conn})\s{{0,2}}(?P<wd2>{wd}))?"
        rf"(?:\s{{1,2}}(?P<pod0>{pod})(?!\w))?"  # "Jumat malam 17/8"
        r"(?:\s{0,2}[,(]){0,2}\s{0,2})?"
        rf"(?:(?<![\w])(?P<tg>{day_cue})\s{{0,2}})?(?P<paren>\(\s{{0,2}})?\Z",
        re.IGNORECASE)
    right = re.compile(
        rf"(?:\s{{0,2}},?\s{{0,3}}(?P<pod1>{pod})(?!\w))?"
        rf"(?:\s{{0,2}},?\s{{0,3}}(?P<cue>{cue})?\s{{0,2}}(?<!\d)(?P<t1>\d{{1,2}}[.:]\d{{2}})(?![\d.:])"
        rf"(?:\s{{0,2}}(?P<tz1>{zone})(?!\w))?"
        rf"(?:\s{{0,2}}(?:{conn})\s{{0,2}}(?P<t2>\d{{1,2}}[.:]\d{{2}}(?![\d.:])|{open_end})"
        rf"(?:\s{{0,2}}(?P<tz2>{zone})(?!\w))?)?)?"
        rf"(?:\s{{0,2}}(?P<pod2>{pod})(?!\w))?"
        rf"(?:\s{{1,2}}(?P<fut>{future})(?!\w))?",
        re.IGNORECASE)
    gap = re.compile(rf"\s{{0,3}}(?:{conn})\s{{0,3}}", re.IGNORECASE)
    relative_src = \
        rf"(?<![\w'’`])(?:(?P<rel>{_alt(rel_day)})|(?P<wd>{wd})\s{{1,2}}(?P<after>{_alt(rel_after)}))(?!\w)"
    relative = re.compile(relative_src, re.IGNORECASE)
    words = [*rel_day, *rel_after, *_weekdays()]
    relative_lower = re.compile(relative_src) if all(w.isascii() and w.islower() for w in words) else None
    written = re.compile(rf"\b(\d{{1,2}})\s+({mon})\.?\s+(\d{{4}})\b", re.IGNORECASE)
    # a date starts with one or two digits before a space, a separator or a range connector, or
    # with a four-digit year before "-"
    conn_first = alternation({w[0] for w in resources.lines("dates_connectors.tsv")[1:]})
    after_digits = rf"(?=\d?(?:[\s/.-]|(?i:{conn_first}))|\d{{3}}-)"
    # a context before a date starts with a weekday or a day cue (a word) or with a bracket
    initials = "".join(sorted({w[0] for w in [*_weekdays(), *day_cues]}))
    left_start = re.compile(rf"[({re.escape(initials)}](?:(?<=\()|(?<!\w.))") \
        if initials.isascii() and initials.islower() else None
    return _Patterns(written, core, left, left_start, right, gap, relative, relative_lower, *_relative_keys(),
                     re.compile(r"\d(?<!\w\d)" + after_digits), re.compile(r"[0-9](?<!\w\d)" + after_digits))


def _relative_keys() -> tuple[tuple[str, ...], int]:
    """Words of which every relative date holds one (a word after a weekday; else the first word of
    a phrase), and the length of the longest relative date (a space may be two)."""
    rel_day, rel_after = _relative()
    keys = set(rel_after)
    keys |= {p.split()[0] for p in rel_day if not any(k in p for k in keys)}
    keys = {k for k in keys if not any(o != k and o in k for o in keys)}  # "esok" finds "besok" too
    def width(words: Iterable[str]) -> int:
        return max(len(w) + w.count(" ") for w in words)
    return tuple(sorted(keys)), max(width(rel_day), width(_weekdays()) + 2 + width(rel_after))


@functools.cache
def _time_pattern() -> re.Pattern[str]:
    words = resources.tsv("dates_time_words.tsv")
    cue = _alt(r["word"] for r in words if r["kind"] == "cue")
    zone = _alt(r["word"] for r in words if r["kind"] == "zone")
    open_end = _alt(r["word"] for r in words if r["kind"] == "open")
    conn = _alt(resources.lines("dates_connectors.tsv")[1:])
    return re.compile(
        rf"(?<!\w)(?:{cue})\s{{0,2}}(?P<t1>\d{{1,2}}[.:]\d{{2}})(?![\d.:])(?:\s{{0,2}}(?:{zone})(?!\w))?"
        rf"(?:\s{{0,2}}(?:{conn})\s{{0,2}}(?P<t2>\d{{1,2}}[.:]\d{{2}}(?![\d.:])|{open_end})"
        rf"(?:\s{{0,2}}(?:{zone})(?!\w))?)?",
        re.IGNORECASE)


_CLOCK_LIKE = re.compile(r"\d[.:]\d\d")  # in every clock time: a quick test before the full pattern


def find_time(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, str] | None:
    """The first clock time after a cue word: ``"pukul 14.00 s.d 16.00 WIB"`` -> (0, 25, "14.00-16.00")."""
    end = len(text) if end is None else end
    if not _CLOCK_LIKE.search(text, start, end):
        return None
    m = _time_pattern().search(text, start, end)
    if not m:
        return None
    t = _clock(m.group("t1"))
    if m.group("t2"):
        t2 = m.group("t2")
        t += "-" + (_clock(t2) if t2[0].isdigit() else t2.lower())
    if not _valid_clock(t):
        return None
    return m.start(), m.end(), t


# -- public helpers ---------------------------------------------------------------------------

def month_number(name: str) -> int | None:
    """``'Sep'`` -> 9, ``'Nopember'`` -> 11, ``'December'`` -> 12; None if not a month name."""
    return _months().get(fold(name).rstrip("."))


def weekday_number(name: str) -> int | None:
    """``"Jum'at"`` -> 4, ``'Minggu'`` -> 6, ``'Monday'`` -> 0; None if not a weekday name."""
    key = fold(name)
    if not key.isalpha():  # spaces or apostrophes to normalise (a plain word needs none)
        key = " ".join(_apos(key).split())
    return _weekdays().get(key)


_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")  # "October 3, 2016"


def parse_date(text: str) -> dt.date | None:
    """The first ``day month-name year`` date in ``text``, else the first English ``month-name
    day, year`` one (``October 3, 2016``), else the first day and month name joined by punctuation
    or glued, with a year (``13-April-2011``, ``October 3rd, 2016``, ``3Okt2016``); None if none
    (also for impossible dates)."""
    m = _patterns().written.search(text)
    if m:
        try:
            return dt.date(int(m.group(3)), _months()[fold(m.group(2))], int(m.group(1)))
        except ValueError:
            return None
    for m in _MONTH_FIRST.finditer(text):
        month = month_number(m.group(1))
        if month:
            try:
                return dt.date(int(m.group(3)), month, int(m.group(2)))
            except ValueError:
                return None
    m = _loose().search(text)
    if m:
        day, month = (m.group("d"), m.group("m")) if m.group("d") else (m.group("d2"), m.group("m2"))
        try:
            return dt.date(int(m.group("y")), _months()[fold(month)], int(day))
        except ValueError:
            return None
    return None


@functools.cache
def _loose() -> re.Pattern[str]:
    """A day number and a month name joined by ``-``/``/``/``.``/``,`` or glued, in either order, an
    ordinal suffix allowed, then a four-digit year: ``13-April-2011``, ``Oct. 3rd, 2016``."""
    mon = _alt(_months())
    sep = r"\s{0,2}[-/.,]?\s{0,2}"
    return re.compile(
        rf"(?<![\w])(?:(?P<d>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?{sep}(?P<m>{mon})"
        rf"|(?P<m2>{mon})\.?{sep}(?P<d2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?)(?![^\W\d_])"
        rf"\.?{sep}(?P<y>\d{{4}})(?!\d)",
        re.IGNORECASE)


# -- the date line ----------------------------------------------------------------------------

_NUMERIC_WITH_YEAR = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_LINE_PARTS = re.compile(r"\s*[|•·]\s*|\s+[-–—]+\s+")  # "05 September 2023 • 828 View"
_FALLBACK_MAX_CHARS = 64  # dateparser reads only a part this short (a date, a time, a zone)
_FALLBACK_MAX_CALLS = 2  # ... and at most this many parts of one line


def read_date_line(text: str, reference: dt.datetime | None = None) -> dt.date | None:
    """The date of a page's date line: ``Selasa, 25 Sep 2018``, ``25/09/2018 10:00 WIB``,
    ``2018-09-25``, ``13-April-2011``, ``2016/10/03 10:12`` (dateparser); with ``reference`` (when
    the page was fetched) also a relative one: ``2 jam yang lalu``, ``kemarin, 10:12``. Never raises
    on a string.

    The fast path first (``parse_date``, then a numeric date with its year); dateparser only on a
    short part of the line (split at ``|``, ``•``, `` - ``) that looks like a date the fast path
    cannot read: a numeric date, a day and a month name by a year, or (with ``reference``) a
    relative cue word (``data/dates_relative_cues.tsv``).
    """
    if not isinstance(text, str) or not text:
        return None
    found = parse_date(text)
    if found is None and _NUMERIC_WITH_YEAR.search(text):
        mentions = [m for m in find_dates(text) if m.has_year]
        found = mentions[0].date if mentions else None
    if found is None:
        found = _fallback_date_line(text, reference)
    return found


_HIJRI_YEAR = re.compile(r"(?<![\w.])1[34]\d\d\s?H(?:ijri(?:y?ah)?)?(?!\w)", re.IGNORECASE)  # 1438 H


def is_calendar_bar(line: str) -> bool:
    """A line that dates one day on both calendars, ``Senin, 28 Dzulqo'dah 1438 H | 21 Agustus 2017``:
    a portal's calendar bar (the day the page was served), not an article's date line."""
    return _HIJRI_YEAR.search(line) is not None and read_date_line(line) is not None


def _fallback_date_line(text: str, reference: dt.datetime | None) -> dt.date | None:
    """dateparser on the parts of a line that pass the guard (``read_date_line``), at most
    ``_FALLBACK_MAX_CALLS`` of them."""
    calls = 0
    for part in _LINE_PARTS.split(text):
        part = part.strip(" ,;:()[]")
        if not part or len(part) > _FALLBACK_MAX_CHARS or not _looks_like_date(part, reference is not None):
            continue
        start = _guards()[2].search(part)  # "Update: 2023/11/19": the words before the date left out
        part = part[start.start():] if start else part
        found = fallback_date(part, reference)
        if found is not None:
            return found
        calls += 1
        if calls >= _FALLBACK_MAX_CALLS:
            break
    return None


@functools.cache
def _guards() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a day and a month name side by side, a relative cue word, where a date's words start: a
    digit, a weekday, a month name or a relative cue word)."""
    mon = _alt(_months())
    near = re.compile(rf"(?<!\w)(?:\d{{1,2}}(?!\d)\W{{0,3}}(?:{mon})(?![^\W\d_])"
                      rf"|(?:{mon})\W{{0,3}}\d{{1,2}}(?!\d))", re.IGNORECASE)
    cue = _alt(resources.lines("dates_relative_cues.tsv")[1:])
    cues = re.compile(rf"(?<!\w)(?:{cue})(?!\w)", re.IGNORECASE)
    start = re.compile(rf"\d|(?<![\w'’`])(?:{_weekday_alt()}|{mon}|{cue})(?![^\W\d_])", re.IGNORECASE)
    return near, cues, start


# a numeric date as a whole: day first or year first, not part of a number ("No. 005/12/2019")
_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?![\w/])")
_YEAR_LIKE = re.compile(r"(?<!\d)(?:\d{4}|'\d{2})(?!\d)")


def _looks_like_date(part: str, relative: bool) -> bool:
    """The guard before dateparser: a numeric date (``2016/10/03``), a day and a month name by a
    year (``3 of October, 2016``), or, when ``relative``, a relative cue word (``2 jam yang lalu``);
    never a URL."""
    if "://" in part or "www." in part:
        return False  # a URL's path ("/2018/09/10/") never dates the page
    if _NUMERIC_DATE.search(part):
        return True
    near, cues, _ = _guards()
    if _YEAR_LIKE.search(part) and near.search(part):
        return True
    return relative and cues.search(part) is not None


@functools.cache
def _dateparser():  # type: ignore[no-untyped-def]
    """The dateparser module, imported on first use (its import costs ~60 ms and it is seldom needed)."""
    import dateparser
    return dateparser


def fallback_date(text: str, reference: dt.datetime | dt.date | None = None) -> dt.date | None:
    """dateparser's reading of a short date string (the caller guards it: never a whole sentence):
    languages ``id`` and ``en``, day first; the day, month and year all written unless a
    ``reference`` is given (then relative dates and year-less ones, taken in the past, read against
    it; ``RELATIVE_BASE`` is never today's clock). None if it reads no date; never raises."""
    if not isinstance(text, str) or not text.strip() or len(text) > 2 * _FALLBACK_MAX_CHARS:
        return None
    settings: dict[str, object] = {
        "DATE_ORDER": "DMY", "PREFER_LOCALE_DATE_ORDER": False, "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["day", "month", "year"]}
    if reference is not None:
        if not isinstance(reference, dt.datetime):
            reference = dt.datetime(reference.year, reference.month, reference.day, 12)
        settings.update(PARSERS=["relative-time", "absolute-time"], REQUIRE_PARTS=["day", "month"],
                        RELATIVE_BASE=reference.replace(tzinfo=None), PREFER_DATES_FROM="past")
    try:
        found = _dateparser().parse(text, languages=["id", "en"], settings=settings)
    except Exception:  # a dateparser bug on an odd string must not lose a page
        return None
    return found.date() if found is not None else None


# -- scanning ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    day1: int | None
    wd: int | None
    wd2: int | None
    time: str | None
    pod: str | None
    rule: str
    context: bool  # weekday, "tanggal", parentheses or a written month: surely a date


_CLOSE = re.compile(r"\s{0,2}\)")


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y if 1900 <= y <= 2100 else -1


_CLOCK_SEP = re.compile(r"[.:]")


def _clock(t: str) -> str:
    h, m = _CLOCK_SEP.split(t)
    return f"{int(h):02d}.{m}"


def _valid_clock(t: str) -> bool:
    return all(int(h) <= 24 and int(m) <= 59 for h, m in (part.split(".") for part in t.split("-")
                                                          if part[:1].isdigit()))


def _core_matches(text: str, ascii_digits: bool) -> Iterator[re.Match[str]]:
    """``_patterns().core.finditer(text)``, faster: the pattern is tried only where a date can start."""
    core = _patterns().core
    end = 0
    for start in _number_starts(text, ascii_digits):
        if start >= end:
            m = core.match(text, start)
            if m is not None:
                end = m.end()
                yield m


def _number_starts(text: str, ascii_digits: bool) -> Iterator[int]:
    """The offsets where ``number_start`` matches. With ``ascii_digits`` (no digit outside 0-9) the
    digits are found by ``str.find``, far faster than the regex engine's scan for a class on a
    page that holds a few dozen of them."""
    p = _patterns()
    if not ascii_digits:
        yield from map(re.Match.start, p.number_start.finditer(text))
        return
    digits = []
    for d in "0123456789":
        i = text.find(d)
        while i != -1:
            digits.append(i)
            i = text.find(d, i + 1)
    digits.sort()
    prev = -2
    for i in digits:
        if i != prev + 1 and p.number_start_ascii.match(text, i):  # no digit right before it
            yield i
        prev = i


def _scan(text: str, low: str | None) -> list[_Raw]:
    """The dates written in the text (``low``: the text lowercased if its letters are all ASCII)."""
    p = _patterns()
    out: list[_Raw] = []
    for m in _core_matches(text, low is not None):
        start, end = m.span()
        if m.group("d") is not None:
            day, month, ytxt = int(m.group("d")), _months()[fold(m.group("mon"))], m.group("y")
            rule, context = "written", True
        elif m.group("nd") is not None:
            if m.group("sep") != "/" and not m.group("ny") or m.group("sep") == "." and len(m.group("ny") or "") != 4:
                continue  # 14.00, 5-7: not dates without a 4-digit year
            day, month, ytxt = int(m.group("nd")), int(m.group("nm")), m.group("ny")
            rule, context = "numeric", m.group("ny") is not None or m.group("nd1") is not None
        else:
            day, month, ytxt = int(m.group("id")), int(m.group("im")), m.group("iy")
            rule, context = "iso", True
        year = _year(ytxt)
        if year == -1:
            continue
        d1 = m.group("d1") or m.group("nd1")
        raw = _Raw(start, end, day, month, year, int(d1) if d1 else None,
                   None, None, None, None, rule, context)
        window_start = max(0, start - 48)
        lm = _left_context(text, low, window_start, start)
        paren = False
        if lm and lm.end() == start and lm.start() < start:
            if lm.group("wd"):
                raw.wd = weekday_number(lm.group("wd"))
                raw.wd2 = weekday_number(lm.group("wd2")) if lm.group("wd2") else None
                raw.start = lm.start("wd")
                raw.context = True
                if lm.group("pod0"):
                    raw.pod = _parts_of_day()[" ".join(lm.group("pod0").lower().split())]
            elif lm.group("tg"):
                raw.start = lm.start("tg")
                raw.context = True
            paren = "(" in text[lm.start():start]
        if paren:
            cm = _CLOSE.match(text, end)
            if cm:
                raw.context = True
                raw.end = end = cm.end()
                if raw.start == start:  # "(12/9/2023)": keep both brackets in the span
                    raw.start = text.rindex("(", window_start, start)
        rm = p.right.match(text, end)
        if rm and rm.end() > end:
            timed = bool(rm.group("t1") and (rm.group("cue") or rm.group("tz1") or rm.group("tz2"))
                         and _valid_clock(_clock(rm.group("t1"))))
            if timed:
                t = _clock(rm.group("t1"))
                last = "tz1" if rm.group("tz1") else "t1"
                if rm.group("t2"):
                    t2 = rm.group("t2")
                    t += "-" + (_clock(t2) if t2[0].isdigit() else t2.lower())
                    last = "tz2" if rm.group("tz2") else "t2"
                raw.time = t
                raw.end = rm.end(last)
            usable = timed or not rm.group("t1")  # a bare "14.26" breaks the chain
            if rm.group("pod1"):
                raw.pod = _parts_of_day()[" ".join(rm.group("pod1").lower().split())]
                raw.end = max(raw.end, rm.end("pod1"))
            if usable and rm.group("pod2"):
                raw.pod = raw.pod or _parts_of_day()[" ".join(rm.group("pod2").lower().split())]
                raw.end = max(raw.end, rm.end("pod2"))
            if usable and rm.group("fut"):
                raw.end = rm.end("fut")
        if raw.rule == "numeric" and not raw.context:
            continue  # "3/4" without weekday, brackets or year: not surely a date
        out.append(raw)
    return out


def _left_context(text: str, low: str | None, window_start: int, start: int) -> re.Match[str] | None:
    """``_patterns().left.search(text, window_start, start)`` where it is not empty, faster on a text
    with ASCII letters (``low``: lowercased): tried only where a context can start."""
    p = _patterns()
    if low is None or p.left_start is None:
        return p.left.search(text, window_start, start)
    for c in p.left_start.finditer(low, window_start, start):
        m = p.left.match(text, c.start(), start)
        if m is not None:
            return m
    return None


def _weekday_warning(wd: int | None, date: dt.date, text: str) -> tuple[str, ...]:
    if wd is None or date.weekday() == wd:
        return ()
    names = _weekday_names()
    return (f"weekday {names[wd]} in {text!r} does not match {date.isoformat()} "
            f"({names[date.weekday()]})",)


def _with_anchor_year(day: int, month: int, anchor: dt.date) -> dt.date:
    """The year of the anchor, or the year before if that puts the date > a month after it."""
    d = dt.date(anchor.year, month, day)
    if d > anchor + dt.timedelta(days=31):
        d = dt.date(anchor.year - 1, month, day)
    return d


def find_dates(text: str, anchor: dt.date | None = None, warnings: list[str] | None = None,
               *, default_year: int | Callable[[str], int | None] | None = None) -> list[DateMention]:
    """Every date in ``text`` in text order: ``"pada Rabu (12/9) di aula"`` -> 2018-09-12 (anchor 2018-09-25).

    Year-less dates take the anchor's year (the year before when that would put them more than a
    month after the anchor); with no anchor they take ``default_year`` if given, else are left out
    (``default_year`` may be a function of the text, called only when a date needs it).
    Relative words (``kemarin``, ``Rabu lalu``) need an anchor. Impossible dates are skipped and
    reported in ``warnings``. Never raises on a string.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text, anchor, warnings if warnings is not None else [], default_year)
    except Exception as exc:  # pragma: no cover - defensive: a date bug must not lose a page
        if warnings is not None:
            warnings.append(f"date scanning failed: {type(exc).__name__}")
        return []


def _find(text: str, anchor: dt.date | None, warnings: list[str],
          default_year: int | Callable[[str], int | None] | None) -> list[DateMention]:
    low = text.lower() if ascii_letters(text) else None  # same offsets: see ``wordmatch``
    raws = _scan(text, low)
    p = _patterns()
    # join "A hingga B" into one range
    merged: list[tuple[_Raw, _Raw | None]] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is not None and a.day1 is None and b.day1 is None and p.gap.fullmatch(text, a.end, b.start):
            merged.append((a, b))
            i += 2
        else:
            merged.append((a, None))
            i += 1
    out: list[DateMention] = []
    for a, b in merged:
        start, end = a.start, (b.end if b else a.end)
        span = text[start:end]
        year_a, year_b = a.year, (b.year if b else None)
        if b is not None:
            if year_a is None and year_b is not None:
                year_a = year_b - 1 if (a.month, a.day) > (b.month, b.day) else year_b
            elif year_b is None and year_a is not None:
                year_b = year_a + 1 if (b.month, b.day) < (a.month, a.day) else year_a
        has_year = year_a is not None
        rule = a.rule + ("-range" if b is not None or a.day1 is not None else "")
        try:
            if year_a is None:
                if anchor is None and callable(default_year):
                    default_year = default_year(text)  # worked out when a date first needs it
                if anchor is not None:
                    first = _with_anchor_year(a.day1 or a.day, a.month, anchor)
                    year_a = first.year
                    if b is not None and year_b is None:
                        year_b = year_a + 1 if (b.month, b.day) < (a.month, a.day) else year_a
                    rule += "+anchor-year"
                elif default_year is not None:
                    year_a = default_year
                    if b is not None and year_b is None:
                        year_b = year_a + 1 if (b.month, b.day) < (a.month, a.day) else year_a
                    rule += "+default-year"
                else:
                    dt.date(2000, a.month, a.day)  # still report an impossible day/month
                    continue
            if a.day1 is not None:
                date = dt.date(year_a, a.month, a.day1)
                end_date: dt.date | None = dt.date(year_a, a.month, a.day)
            else:
                date = dt.date(year_a, a.month, a.day)
                end_date = dt.date(year_b, b.month, b.day) if b is not None and year_b is not None else None
        except ValueError:
            warnings.append(f"impossible date {span!r} skipped")
            continue
        if end_date is not None and end_date < date:
            warnings.append(f"range {span!r} ends before it starts; end ignored")
            end_date = None
        notes = _weekday_warning(a.wd, date, span)
        wd2 = a.wd2 if a.wd2 is not None else (b.wd if b is not None else None)
        if end_date is not None:
            notes += _weekday_warning(wd2, end_date, span)
        out.append(DateMention(start, end, span, date, end_date, a.time or (b.time if b else None),
                               a.pod or (b.pod if b else None), has_year, False, rule, notes, a.wd))
    if anchor is not None:
        out.extend(_relatives(text, anchor, out, low))
        out.extend(_counted_relatives(text, anchor, out, low))
        out.sort(key=lambda m: m.start)
    return out


@functools.cache
def _counted_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A counted relative date (``3 hari yang lalu``, ``10 days ago``) and the last words such a
    phrase ends with (``data/dates_relative_counted.tsv``)."""
    rows = resources.tsv("dates_relative_counted.tsv")
    units = _alt(r["word"] for r in rows if r["kind"] == "unit")
    before = [r["word"] for r in rows if r["kind"] == "before"]
    pattern = re.compile(rf"(?<![\w.,])\d{{1,3}}\s{{1,2}}(?:{units})\s{{1,2}}(?:{_alt(before)})(?!\w)",
                         re.IGNORECASE)
    return pattern, tuple(sorted({w.split()[-1] for w in before}))


def _counted_relatives(text: str, anchor: dt.date, found: list[DateMention], low: str | None) -> list[DateMention]:
    """Counted relative dates, read by dateparser against the anchor (the fallback: only the phrase
    itself is given to it, and only where its last word, ``lalu``/``ago``, stands after a number and
    a unit)."""
    if low is None:
        return []
    pattern, ends = _counted_pattern()
    out = []
    for end_word in ends:
        k = low.find(end_word)
        while k != -1:
            m = pattern.search(text, max(0, k - 24), k + len(end_word) + 1)
            if m is not None and m.end() >= k and not any(f.start < m.end() and m.start < f.end for f in found):
                date = fallback_date(m.group(), anchor)
                if date is not None:
                    out.append(DateMention(m.start(), m.end(), m.group(), date, None, None, None, False, True,
                                           "relative-counted"))
            k = low.find(end_word, k + 1)
    return out


def _relatives(text: str, anchor: dt.date, explicit: list[DateMention], low: str | None) -> list[DateMention]:
    day_words, after_words = _relative()
    taken = [(m.start, m.end) for m in explicit]
    out = []
    p = _patterns()
    if p.relative_lower is not None and low is not None:
        # the fast path: with its letters and digits all ASCII, a text matches the lowercase words
        # case-insensitively exactly where its lowercase form matches them (same length, same word
        # characters; no other character folds to an ASCII letter or an apostrophe)
        matches = _relative_matches(low)
    else:
        matches = p.relative.finditer(text)
    for m in matches:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        if any(0 <= ts - e <= 3 for ts, _ in taken):
            continue  # "hari ini Rabu 28/2/2018": the written date says it
        wd = None
        if m.group("rel"):
            date = anchor + dt.timedelta(days=day_words[" ".join(m.group("rel").lower().split())])
            rule = "relative"
        else:
            wd = weekday_number(m.group("wd"))
            if wd is None:
                continue
            step = after_words[fold(m.group("after"))]
            date = anchor + dt.timedelta(days=step)
            while date.weekday() != wd:
                date += dt.timedelta(days=step)
            rule = "relative-weekday"
        out.append(DateMention(s, e, text[s:e], date, None, None, None, False, True, rule, (), wd))
    return out


def _relative_matches(low: str) -> Iterator[re.Match[str]]:
    """``_patterns().relative_lower.finditer(low)``, faster: searched only around the key words
    (``relative_keys``) of which every match holds one."""
    p = _patterns()
    pattern, limit = p.relative_lower, p.relative_len
    keys = []
    for word in p.relative_keys:
        i = low.find(word)
        while i != -1:
            keys.append(i)
            i = low.find(word, i + 1)
    keys.sort()
    end = 0
    for k in keys:
        if k < end:
            continue  # the next match starts at ``end`` or later, so holds a later key
        # a match holding this key starts less than ``limit`` characters before it; one that starts
        # at the key or before ends by ``k + limit``, and the engine reads at most one character
        # past a match, so cutting the text at ``k + limit + 1`` finds such matches as in the whole
        # text (a match found past the key is left for a later key)
        m = pattern.search(low, max(end, k - limit), k + limit + 1)
        if m is not None and m.start() <= k:
            end = m.end()
            yield m
