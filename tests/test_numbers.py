"""Indonesian numbers: digits with dot thousands, decimals, scale words, number words, approximations."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psm_extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text, expected", [
    # (mention text, value, approximate, rule)
    ("Bimtek ini diberikan bagi 50 orang PSM", [("50", 50, False, "digits")]),
    ("Kegiatan ini diikuti sebanyak 1.152 atlet dan pelatih",
     [("sebanyak 1.152", 1152, False, "digits")]),
    ("sasaran vaksinasi 6,3 juta jiwa", [("6,3 juta", 6300000, False, "digits")]),
    ("sebesar 1,5 juta", [("1,5 juta", 1500000, False, "digits")]),
    ("Dinas Sosial mencatat 7 (tujuh) kelompok PMKS", [("7 (tujuh)", 7, False, "digits+words")]),
    ("sebanyak tujuh (7) orang", [("sebanyak tujuh (7)", 7, False, "words+digits")]),
    ("diikuti lima puluh orang", [("lima puluh", 50, False, "words")]),
    ("seratus dua puluh peserta", [("seratus dua puluh", 120, False, "words")]),
    ("dua ribu paket", [("dua ribu", 2000, False, "words")]),
    ("seribu lima ratus warga", [("seribu lima ratus", 1500, False, "words")]),
    ("dua belas desa", [("dua belas", 12, False, "words")]),
    ("dihadiri ratusan warga", [("ratusan", 100, True, "words")]),
    ("puluhan ribu orang", [("puluhan ribu", 10000, True, "words")]),
    ("belasan anak", [("belasan", 10, True, "words")]),
    ("kurang lebih 200 orang", [("kurang lebih 200", 200, True, "digits")]),
    ("sekitar 30 peserta", [("sekitar 30", 30, True, "digits")]),
    ("±50 peserta", [("±50", 50, True, "digits")]),
    ("50-an orang", [("50-an", 50, True, "digits")]),
    ("capaian 28,7 persen", [("28,7", 28.7, False, "percent")]),
    ("baru 17% warga", [("17", 17, False, "percent")]),
    ("Kontingen berjumlah 194 orang yang terdiri dari atlet 161 orang",
     [("194", 194, False, "digits"), ("161", 161, False, "digits")]),
    ("6 medali emas, 6 medali perak, dan 13 medali perunggu",
     [("6", 6, False, "digits"), ("6", 6, False, "digits"), ("13", 13, False, "digits")]),
    # not quantities
    ("5 besar PSM berprestasi ditingkat Provinsi Riau tahun 2018", [("5", 5, False, "digits")]),
    ("Rabu, 12 September 2018", []),
    ("Selasa, 25 Sep 2018", []),
    ("Kamis (6/12/2018) dan Rabu (12/9)", []),
    ("dana Rp 5 juta dan Rp. 1.500.000", []),
    ("tiba pukul 14.26 Wib", []),
    ("hari jadi Kabupaten Kampar ke-71", []),
    ("salah satu peserta", []),
    ("pandemi COVID-19", []),
    ("SK Gubernur Riau KPTS:6823/VIII/2023", []),
    # typical forms on the regency portals
    ("diikuti dua ratus lima puluh peserta", [("dua ratus lima puluh", 250, False, "words")]),
    ("mencapai 1,2 juta jiwa", [("1,2 juta", 1200000, False, "digits")]),
    ("diikuti 1.250 peserta dari 12 kabupaten/kota",
     [("1.250", 1250, False, "digits"), ("12", 12, False, "digits")]),
    ("diikuti 2.500 lebih peserta", [("2.500 lebih", 2500, True, "digits")]),
    ("lebih dari 1.000 peserta", [("lebih dari 1.000", 1000, True, "digits")]),
    ("sedikitnya 500 orang", [("sedikitnya 500", 500, True, "digits")]),
    ("setidaknya 1.000 orang", [("setidaknya 1.000", 1000, True, "digits")]),
    ("sejumlah 20 orang", [("sejumlah 20", 20, False, "digits")]),
    ("kurang lebih seratusan orang", [("kurang lebih seratusan", 100, True, "words")]),
    ("ratusan ribu warga", [("ratusan ribu", 100000, True, "words")]),
    ("enam puluh (60) orang", [("enam puluh (60)", 60, False, "words+digits")]),
    ("1.000 (seribu) orang", [("1.000 (seribu)", 1000, False, "digits+words")]),
    ("sebanyak 2 ribu peserta", [("sebanyak 2 ribu", 2000, False, "digits")]),
    # the first day of a date range, addresses and road markers are no quantities
    ("Pada 12-14 Juni 2023", []),
    ("pada 5 - 7 Juni", []),
    ("5 s/d 7 Juni 2023", []),
    ("5 hingga 7 Juni", []),
    ("RT 02/RW 03", []),
    ("Jalan Lintas Timur KM 5", []),
    ("Perda Nomor 5 Tahun 2023", []),
    ("HUT RI ke 78", []),
    ("Rp1,5 miliar dan Rp 2,3 miliar", []),
    ("satu-satunya", []),
    # "lebih" starting a comparison stays out of the number
    ("300 lebih dari target", [("300", 300, False, "digits")]),
])
def test_find_numbers(text, expected):
    found = find_numbers(text)
    assert [(n.text, n.value, n.approximate, n.rule) for n in found] == expected
    for n in found:
        assert text[n.start:n.end] == n.text


@pytest.mark.parametrize("text, value", [
    ("50", 50), ("1.152", 1152), ("1,5 juta", 1500000), ("lima puluh", 50), ("seratus dua puluh", 120),
    ("dua ribu", 2000), ("7 (tujuh)", 7), (" sebelas ", 11), ("28,7", 28.7), ("dua puluh lima ribu tiga ratus", 25300),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "orang", "50 orang", "satu dua", "2018", "12/9", "puluh", "Rp 50"])
def test_parse_number_none(text):
    assert parse_number(text) is None


@given(st.text(max_size=120))
def test_never_raises(text):
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
    parse_number(text)


@given(st.lists(st.sampled_from(["satu", "dua", "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus",
                                 "ribu", "seribu", "juta", "ratusan", "puluhan", "1.152", "7", "(tujuh)",
                                 "sekitar", "±", "/", ",", "5"]), max_size=8))
def test_never_raises_on_number_soup(words):
    text = " ".join(words)
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
        assert n.value >= 0
