"""find_dates / parse_date: every form of issue 3 with exact ISO dates and spans (day-first)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract import dates
from psm_extract.dates import (fallback_date, find_dates, find_time, is_calendar_bar, month_number, parse_date,
                               read_date_line, weekday_number)

D = dt.date

# (sentence, anchor, expected span text, date, end_date, time, part_of_day, has_year)
CASES = [
    # the formal form of invitations and minutes: "bulan" before the month, "tahun" before the year
    ("dilaksanakan pada hari Kamis tanggal 7 bulan September tahun 2023 bertempat di aula", D(2023, 9, 8),
     "Kamis tanggal 7 bulan September tahun 2023", D(2023, 9, 7), None, None, None, True),
    ("Kegiatan berlangsung 5 Juni tahun 2023 di Siak.", None,
     "5 Juni tahun 2023", D(2023, 6, 5), None, None, None, True),
    ("Bimtek dilaksanakan pada Rabu, 12 September 2018,  di aula Kantor Bupati Siak", D(2018, 9, 25),
     "Rabu, 12 September 2018", D(2018, 9, 12), None, None, None, True),
    ("Dinas Sosial Provinsi Riau menggelar kegiatan Sosialisasi Program Penanganan Fakir Miskin pada Kamis (6/12/2018) di Hotel",
     None, "Kamis (6/12/2018)", D(2018, 12, 6), None, None, None, True),
    ("datang berkunjung ke Dinas Sosial Provinsi Riau pada Selasa (31/01/17) terkait", None,
     "Selasa (31/01/17)", D(2017, 1, 31), None, None, None, True),
    ("acara ini digelar pada Jum'at, 09 Agustus 2019 di Pekanbaru", None,
     "Jum'at, 09 Agustus 2019", D(2019, 8, 9), None, None, None, True),
    ("acara ini digelar pada Jum’at, 09 Agustus 2019 di Pekanbaru", None,
     "Jum’at, 09 Agustus 2019", D(2019, 8, 9), None, None, None, True),
    ("acara ini digelar pada Jumat, 09 Agustus 2019.", None,
     "Jumat, 09 Agustus 2019", D(2019, 8, 9), None, None, None, True),
    ("Malam puncak berlangsung Sabtu (18/11/2023) malam di Rengat.", None,
     "Sabtu (18/11/2023) malam", D(2023, 11, 18), None, None, "malam", True),
    ("Gubri membuka kegiatan ini, Senin (9/8).", D(2021, 8, 10),
     "Senin (9/8)", D(2021, 8, 9), None, None, None, False),
    ("rapat digelar Rabu (20/11) di aula", D(2019, 11, 22),
     "Rabu (20/11)", D(2019, 11, 20), None, None, None, False),
    # more than a month after publication in the anchor's year: the year before
    ("rapat digelar Rabu (20/11) di aula", D(2020, 1, 5),
     "Rabu (20/11)", D(2019, 11, 20), None, None, None, False),
    ("Gubri meninjau vaksinasi, Kamis (9/9/21).", None,
     "Kamis (9/9/21)", D(2021, 9, 9), None, None, None, True),
    ("berlansung hari ini Rabu 28/2/2018 hingga 02/3/2018 bertempaat di di Lancang Kuning Ballroom", None,
     "Rabu 28/2/2018 hingga 02/3/2018", D(2018, 2, 28), D(2018, 3, 2), None, None, True),
    ("melakukan monitoring ke seluruh posko PSBM yang ada di kecamatan Siak Hulu, Selasa, 6/10/20\nOleh", None,
     "Selasa, 6/10/20", D(2020, 10, 6), None, None, None, True),
    ("tepat pada Minggu, (20/11/2023) pukul 14.26 Wib rombongan Kafilah", None,
     "Minggu, (20/11/2023) pukul 14.26 Wib", D(2023, 11, 20), None, "14.26", None, True),
    ("yang nantinya akan berlangsung pada 22 Desember 2023 mendatang.", None,
     "22 Desember 2023 mendatang", D(2023, 12, 22), None, None, None, True),
    ("Kegiatan berlangsung 20 hingga 25 Juni 2022 di Dumai", None,
     "20 hingga 25 Juni 2022", D(2022, 6, 20), D(2022, 6, 25), None, None, True),
    ("Rakornas 29 Januari sampai dengan 01 Februari 2017 bersama Menteri Sosial", None,
     "29 Januari sampai dengan 01 Februari 2017", D(2017, 1, 29), D(2017, 2, 1), None, None, True),
    ("Rapat Koordinasi Nasional Penyelenggaraan Kesejahteraan Sosial Tahun 2017 Minggu – Rabu, 29 Januari sampai dengan 01 Februari 2017 bersama",
     None, "Minggu – Rabu, 29 Januari sampai dengan 01 Februari 2017", D(2017, 1, 29), D(2017, 2, 1), None, None, True),
    ("Pelatihan dilaksanakan tanggal 5-7 Maret 2019 di Hotel", None,
     "tanggal 5-7 Maret 2019", D(2019, 3, 5), D(2019, 3, 7), None, None, True),
    ("Pekanbaru, 30 December 2021 - Dinas Sosial", None,
     "30 December 2021", D(2021, 12, 30), None, None, None, True),
    ("Rapat dimulai 12 Sept 2018 pukul 09.00 WIB di aula", None,
     "12 Sept 2018 pukul 09.00 WIB", D(2018, 9, 12), None, "09.00", None, True),
    ("Rapat pada Rabu (12/9) pukul 14.00 s.d 16.00 WIB", D(2018, 9, 25),
     "Rabu (12/9) pukul 14.00 s.d 16.00 WIB", D(2018, 9, 12), None, "14.00-16.00", None, False),
    ("Apel digelar Senin (5/6) pagi pukul 07.30 WIB", D(2023, 6, 6),
     "Senin (5/6) pagi pukul 07.30 WIB", D(2023, 6, 5), None, "07.30", "pagi", False),
    ("Acara 3 Nop 2019 dan", None, "3 Nop 2019", D(2019, 11, 3), None, None, None, True),
    ("Acara 3 Agt. 2019 dan", None, "3 Agt. 2019", D(2019, 8, 3), None, None, None, True),
    ("tanggal 06-12-2018", None, "tanggal 06-12-2018", D(2018, 12, 6), None, None, None, True),
    ("Penyerahan bantuan (12/9/2023) di aula", None,
     "(12/9/2023)", D(2023, 9, 12), None, None, None, True),
    ("Bimtek digelar Senin–Rabu (4–6/9/2023) di Hotel", None,
     "Senin–Rabu (4–6/9/2023)", D(2023, 9, 4), D(2023, 9, 6), None, None, True),
    ("Rapat digelar Senin (11/9/2023) pukul 10.00 WIB s.d selesai", None,
     "Senin (11/9/2023) pukul 10.00 WIB s.d selesai", D(2023, 9, 11), None, "10.00-selesai", None, True),
    # a stray slash before the bracket (train: sbdkab)
    ("saat berpidato sebagai inspektur upacara HUT  ke-75 RI di Stadion Lapangan Galatama Tambolaka, "
     "Senin (17/8/2020/).", None, "Senin (17/8/2020/)", D(2020, 8, 17), None, None, None, True),
    # the part of day between the weekday and a year-less date (train: kominfosandi-kampar)
    ("yang diadakan di Rumah Dians Bupati Kampar Jalan M. Yamin Bangkinang Kota pada Jumat malam 17/8.",
     D(2018, 8, 18), "Jumat malam 17/8", D(2018, 8, 17), None, None, "malam", False),
]


@pytest.mark.parametrize("text,anchor,span,date,end_date,time,pod,has_year", CASES)
def test_forms(text, anchor, span, date, end_date, time, pod, has_year):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text == span
    assert (m.date, m.end_date, m.time, m.part_of_day, m.has_year, m.relative) == \
        (date, end_date, time, pod, has_year, False)


RELATIVE = [
    ("Rabu kemarin", D(2018, 9, 19), 2),
    ("kemarin", D(2018, 9, 24), None),
    ("hari ini", D(2018, 9, 25), None),
    ("besok", D(2018, 9, 26), None),
    ("lusa", D(2018, 9, 27), None),
    ("pekan lalu", D(2018, 9, 18), None),
    ("Jumat lalu", D(2018, 9, 21), 4),
]


@pytest.mark.parametrize("phrase,date,weekday", RELATIVE)
def test_relative_with_anchor(phrase, date, weekday):
    text = f"Kegiatan itu digelar {phrase} di aula."
    (m,) = find_dates(text, D(2018, 9, 25))  # a Tuesday
    assert (m.text, m.date, m.relative, m.weekday) == (phrase, date, True, weekday)
    assert text[m.start:m.end] == phrase


@pytest.mark.parametrize("phrase", ["Rabu kemarin", "kemarin", "hari ini", "besok"])
def test_relative_needs_anchor(phrase):
    assert find_dates(f"digelar {phrase} di aula", None) == []


def test_yearless_without_anchor_is_not_a_date():
    assert find_dates("menerima kunjungan kerja di Aula Lt. 2 Dinsos Prov. Riau pada Rabu (27/07).") == []
    (m,) = find_dates("di halaman Kantor Bupati Siak, Rabu (8/10).", default_year=2014)
    assert (m.date, m.has_year, m.warnings) == (D(2014, 10, 8), False, ())


def test_weekday_contradiction_keeps_date_and_warns():
    (m,) = find_dates("tepat pada Minggu, (20/11/2023) pukul 14.26 Wib")
    assert m.date == D(2023, 11, 20) and m.weekday == 6
    assert m.warnings and "Minggu" in m.warnings[0]


@pytest.mark.parametrize("text", ["Kegiatan 31/02/2019 batal", "Rapat Rabu (45/13) batal"])
def test_impossible_dates_skipped_and_reported(text):
    warnings: list[str] = []
    assert find_dates(text, D(2019, 5, 1), warnings) == []
    assert len(warnings) == 1 and "impossible" in warnings[0]


@pytest.mark.parametrize("text", [
    "Surat Keputusan Gubernur Riau KPTS:6823/VIII/2023 tentang penetapan",
    "bansos permakanan untuk tiap anak sebesar @Rp. 20.000,- selama 1 (satu) tahun",
    "ppid@riau.go.id (0761) 45505",
    "Telp +62 761 45505 atau 0812-7654-321",
    "peringatan HUT ke-76 TNI Tahun 2021",
    "vaksinasi I sudah mencapai 28,7 persen",
    "versi 3.8.1 dan 1.2.3",
    "dimulai pukul 14.00 WIB",
    "sekitar 1/3 peserta hadir",
    "Marlina dan Desi hadir",
])
def test_not_dates(text):
    assert find_dates(text, D(2023, 9, 5)) == []


def test_several_dates_in_order():
    text = ("akan berlangsung pada 22 Desember 2023 mendatang. Undangan disampaikan saat silaturahmi "
            "di Taman Gembira Durilengkeng, Kamis (16/11/2023).")
    found = find_dates(text)
    assert [(m.text, m.date) for m in found] == [
        ("22 Desember 2023 mendatang", D(2023, 12, 22)), ("Kamis (16/11/2023)", D(2023, 11, 16))]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_parse_date_and_names_unchanged():
    assert parse_date("Selasa, 25 Sep 2018") == D(2018, 9, 25)
    assert parse_date("Minggu, 19 November 2023 | 16:40:17 WIB") == D(2023, 11, 19)
    assert parse_date("31 Februari 2019") is None
    assert month_number("Nopember") == 11 and month_number("Agt.") == 8 and month_number("x") is None
    assert weekday_number("Jum’at") == 4 and weekday_number("Ahad") == 6 and weekday_number("x") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789/.-–, ()abcdeijkmnrsuJMRSK'’") + [
    "Rabu", "Jum'at", "September", "Des", "hingga", "s.d", "pukul", "WIB", "malam", "kemarin", " "]),
    max_size=40).map("".join), st.one_of(st.none(), st.dates()))
def test_never_raises(text, anchor):
    warnings: list[str] = []
    for m in find_dates(text, anchor, warnings):
        assert text[m.start:m.end] == m.text
        assert isinstance(m.date, dt.date)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_any_text(text):
    for m in find_dates(text, D(2020, 1, 1)):
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text,expected", [
    ("Rapat dimulai pukul 14.00 s.d 16.00 WIB di aula", "14.00-16.00"),
    ("dibuka Gubri pukul 9:30 WIB", "09.30"),
    ("Kegiatan dimulai jam 08.00 sampai selesai", "08.00-selesai"),
    ("peserta 14.000 orang", None),
])
def test_find_time(text, expected):
    hit = find_time(text)
    assert (hit[2] if hit else None) == expected
    if hit:
        assert text[hit[0]:hit[1]].split()[0] in ("pukul", "jam")


@pytest.mark.parametrize("line, date", [
    ("October 3, 2016", D(2016, 10, 3)),
    ("Monday, March 14, 2022 - 09:12", D(2022, 3, 14)),
    ("Posted on Oct 3 2016 by Admin", D(2016, 10, 3)),
    ("February 30, 2020", None),        # no such day
    ("Kelas 5 2019", None),             # no month name
])
def test_parse_date_reads_english_dates_month_first(line, date):
    assert parse_date(line) == date


# -- the date line: fast path, then the bounded dateparser fallback ----------------------------

@pytest.mark.parametrize("line, date", [
    ("13-April-2011", D(2011, 4, 13)),                      # train: bengkaliskab-100-siswa (hyphens)
    ("Thursday, October 11th 2021", D(2021, 10, 11)),       # an ordinal suffix
    ("Oct. 3, 2016 at 10:12 am", D(2016, 10, 3)),
    ("Diposting 3Okt2016 oleh admin", D(2016, 10, 3)),     # glued
    ("•   primayudha amrullah •   11 Oktober 2021 •   5:03pm", D(2021, 10, 11)),  # train: kaltimprov
    ("Senin, 28 Dzulqo'dah 1438 H | 21 Agustus 2017", D(2017, 8, 21)),  # train: mediacenter
    ("Kelas 5 April", None),                                # no year
])
def test_read_date_line_fast_path(line, date, monkeypatch):
    monkeypatch.setattr(dates, "fallback_date", _no_call)
    assert read_date_line(line) == date


def _no_call(*args, **kwargs):
    raise AssertionError("dateparser called")


@pytest.mark.parametrize("line, date", [
    ("2016/10/03 10:12", D(2016, 10, 3)),                   # year first with slashes: no fast path
    ("Update: 2023/11/19 | 16:40 WIB | Dibaca 812 kali", D(2023, 11, 19)),
])
def test_read_date_line_fallback(line, date):
    assert read_date_line(line) == date


@pytest.mark.parametrize("line, date", [
    ("2 jam yang lalu", D(2018, 9, 25)),
    ("3 hari yang lalu", D(2018, 9, 22)),
    ("kemarin, 10:12", D(2018, 9, 24)),
    ("2 days ago", D(2018, 9, 23)),
])
def test_relative_date_line_needs_a_reference(line, date):
    assert read_date_line(line, dt.datetime(2018, 9, 25, 12, 0)) == date
    assert read_date_line(line) is None  # never today's clock


@pytest.mark.parametrize("line", [
    "Riau Diprediksi Mulai Memasuki Musim Kemarau Bulan Mei",  # train: ppid-2519 (a month, no date)
    "Kegiatan ini kami laksanakan sempena pelantikan Pengurus INPERALIS-P masa jabatan 2020-2021 "
    "sekaligus dalam rangka menyambut Pilkada serentak tahun ini, ungkapnya 12 kali",  # a sentence
    "Peserta 12 orang dari 34 desa, tahun 2019",
    "https://diskominfotik.bengkaliskab.go.id/web/detailberita/8780/2018/09/29/mtq-ke-43",  # a URL
    "Nomor: 005/12/2019",                                    # a letter's number
])
def test_guard_keeps_dateparser_off(line, monkeypatch):
    monkeypatch.setattr(dates, "fallback_date", _no_call)
    assert read_date_line(line, dt.datetime(2019, 1, 1)) is None


def test_dateparser_not_imported_by_the_fast_path():
    import subprocess
    import sys
    code = ("import sys; from psm_extract import dates; dates.read_date_line('Selasa, 25 Sep 2018'); "
            "print('dateparser' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
_ID_WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@st.composite
def _rendered(draw):
    """A date and a date line that writes it: id/en month names (full or three letters), numeric
    d/m/y, ISO; with or without the weekday, a time and a zone."""
    day = draw(st.dates(D(1990, 1, 1), D(2069, 12, 31)))
    english = draw(st.booleans())
    month = (_EN_MONTHS if english else _ID_MONTHS)[day.month - 1]
    core = draw(st.sampled_from([
        f"{day.day} {month} {day.year}", f"{day.day:02d} {month[:3]} {day.year}",
        f"{month} {day.day}, {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day}-{day.month}-{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}", day.isoformat()]))
    weekday = (_EN_WEEKDAYS if english else _ID_WEEKDAYS)[day.weekday()]
    head = draw(st.sampled_from(["", f"{weekday}, ", f"{weekday} "]))
    tail = draw(st.sampled_from(["", " 10:12", " | 16:40:17 WIB", " - 09.30 WIB", " 08:00 WITA", " 21:05 WIT",
                                 " 10:12 UTC"]))
    return day, head + core + tail


@settings(max_examples=200, deadline=None)
@given(_rendered())
def test_rendered_date_lines_read_back(case):
    day, line = case
    assert read_date_line(line) == day


@settings(max_examples=100, deadline=None)
@given(_rendered())
def test_fallback_reads_rendered_dates_back(case):
    day, line = case
    assert fallback_date(line) == day
    assert fallback_date(line, D(2070, 1, 1)) == day


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=70), st.one_of(st.none(), st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2069, 1, 1))))
def test_date_line_never_raises(text, reference):
    found = read_date_line(text, reference)
    assert found is None or isinstance(found, dt.date)
    found = fallback_date(text, reference)
    assert found is None or isinstance(found, dt.date)


@pytest.mark.parametrize("line, bar", [
    ("Senin, 28 Dzulqo'dah 1438 H | 21 Agustus 2017", True),              # train: mediacenter-28611
    ("Kamis, 25 Rabiul Awwal 1441 H | 21 November 2019", True),           # train: mediacenter-49024
    ("Selasa, 25 Sep 2018", False),
    ("Peringatan 1 Muharram 1441 H", False),                              # no Gregorian date
])
def test_calendar_bar(line, bar):
    assert is_calendar_bar(line) is bar


def test_dateparser_calls_go_through_its_module(monkeypatch):
    """benchmarks/speed.py counts dateparser calls by patching ``dateparser.parse``: every call the
    fallback makes goes through it."""
    import dateparser
    seen = []
    real = dateparser.parse
    monkeypatch.setattr(dateparser, "parse", lambda text, *a, **k: seen.append(text) or real(text, *a, **k))
    assert read_date_line("Selasa, 25 Sep 2018 | 10:12 WIB") == D(2018, 9, 25) and seen == []
    assert read_date_line("Update: 2016/10/03 10:12 | Dibaca 5 kali") == D(2016, 10, 3)
    assert seen == ["2016/10/03 10:12"]


@pytest.mark.parametrize("text, phrase, date", [
    ("Rapat itu digelar 3 hari yang lalu di aula.", "3 hari yang lalu", D(2018, 9, 22)),
    ("program yang dimulai sejak 2 bulan lalu, katanya", "2 bulan lalu", D(2018, 7, 25)),
    ("The two regents were inaugurated 10 days ago in Jayapura", "10 days ago", D(2018, 9, 15)),
])
def test_counted_relative_dates_by_the_fallback(text, phrase, date):
    (m,) = find_dates(text, D(2018, 9, 25))
    assert (m.text, m.date, m.relative, m.rule) == (phrase, date, True, "relative-counted")
    assert find_dates(text) == []  # no anchor, no date


@pytest.mark.parametrize("text", [
    "dari masa lalu ke masa kini",                 # train: ppid-1983
    "Tahun lalu kami menerima tujuh kelas",        # train: ppid-15605 (no number)
    "CPO lalu lalang, akibatnya jalan hancur",     # train: dprd-2024-11-07
])
def test_lalu_without_a_count_is_no_date(text, monkeypatch):
    monkeypatch.setattr(dates, "fallback_date", _no_call)
    assert [m for m in find_dates(text, D(2020, 1, 1)) if m.rule == "relative-counted"] == []
