"""Older and odder portal templates with no ``<h1>`` and no metadata: the headline is the line set
as one (a ``judul`` class, bold, a large font) above the lead; links and letterheads are not."""
from __future__ import annotations

import datetime as dt

import pytest

from psm_extract.parse import parse

T = "Plt Bupati Asmar Serahkan Paket Sembako untuk Masyarakat Terdampak Banjir"
L = ("MERANTI - Pelaksana tugas (Plt) Bupati AKBP (Purn) H. Asmar bersama unsur Forkompinda Kabupaten "
     "Kepulauan Meranti kembali melakukan peninjauan sekaligus menyerahkan bantuan.")
P2 = ("Kali ini bantuan diberikan kepada 441 warga di Kecamatan Pulau Merbau, Ahad (14/1/2023). "
      "Sebagaimana diketahui ada tiga desa di kecamatan tersebut yang terdampak banjir.")
RELATED = ('<div class="box"><b>Berita Lainnya</b><br><a href="/1">Bupati Resmikan Jembatan Penghubung Dua '
           'Kecamatan di Rangsang</a> <small>Senin, 08 Jan 2024</small><br><a href="/2">Wabup Tinjau Harga '
           'Bahan Pokok di Pasar Selatpanjang Jelang Ramadhan</a> <small>Jumat, 05 Jan 2024</small></div>')
DAY = dt.date(2024, 1, 14)

TEMPLATES = {
    "table and font, parts of the date line": (
        f'<table><tr><td width=200>{RELATED}</td><td><font size="4"><b>{T}</b></font><br><font size="1">'
        f"Minggu, 14 Januari 2024 | 10:12 WIB | Sosial dan Budaya | Dibaca 812 kali</font><br><br>{L}<br><br>{P2}"
        "</td></tr></table>", "Sosial dan Budaya"),
    "styled div": (
        f'<div class="judul" style="font-size:22px;font-weight:bold">{T}</div>'
        f'<div class="tgl">Minggu, 14 Januari 2024 - 10:12 WIB</div><div class="isi"><p>{L}</p><p>{P2}</p></div>',
        None),
    "strong in a table cell, byline date": (
        f'<table><tr><td class="header"><strong>{T}</strong></td></tr><tr><td>Oleh Admin - 14 Jan 2024</td></tr>'
        f"<tr><td><p>{L}</p><p>{P2}</p></td></tr></table>", None),
    "date line above a span headline": (
        f'<div class="post"><div class="meta">Minggu, 14 Januari 2024 • Sosial dan Budaya • 812 views</div>'
        f'<span class="title" style="font-size:24px">{T}</span><div class="entry"><p>{L}</p><p>{P2}</p></div></div>',
        "Sosial dan Budaya"),
    "related box first, h2, English date": (
        f"{RELATED}<h2>{T}</h2><p>January 14, 2024</p><div><p>{L}</p><p>{P2}</p></div>", None),
    "headline marquee": (
        "<marquee>Bupati Resmikan Jembatan Penghubung Dua Kecamatan di Rangsang - Senin, 08 Jan 2024</marquee>"
        f'<div class="judul">{T}</div><div>14/01/2024 10:12</div><div class="isi">{L}<br><br>{P2}</div>', None),
}


@pytest.mark.parametrize("name", TEMPLATES)
def test_headline_date_and_category_without_h1_or_metadata(name):
    markup, category = TEMPLATES[name]
    p = parse(f"<html><body>{markup}</body></html>".encode())
    assert (p.title, p.published, p.category, p.dateline) == (T, DAY, category, "Meranti")


@pytest.mark.parametrize("top", [
    RELATED,  # related headlines are links
    '<table class="kop"><tr><td><b>PROKOPIM SETDA KABUPATEN BENGKALIS</b><br>'
    "<small>Jl. Ahmad Yani No. 1, Bengkalis</small></td></tr></table>",  # a print view's letterhead
    f"<div>{T}</div>",  # a plain line is not set as a headline
])
def test_no_headline_is_taken_from_what_is_not_set_as_one(top):
    p = parse(f"<html><body>{top}<div class='isi'><p>{L}</p><p>{P2}</p></div></body></html>".encode())
    assert p.title is None


def test_paragraphs_in_divs_with_no_lead_start_the_body_at_the_first():
    # train ppid-sambas: no place in the lead; a later paragraph names a date that is not the page's
    first = ("Bupati Sambas Satono menutup secara resmi Turnamen Mancing Udang yang digelar Pemerintah Desa "
             "Durian yang telah dimulai dari jam 07.00 pagi.")
    later = ("Kegiatan berlangsung pada Minggu, 30 Oktober 2022 di Desa Durian dan diikuti ratusan peserta "
             "dari berbagai desa di Kabupaten Sambas serta tamu undangan lainnya.")
    p = parse(f'<html><body><div><b>{T}</b></div><div class="isi"><div>{first}</div><div>{P2}</div>'
              f"<div>{later}</div></div></body></html>".encode())
    assert (p.title, p.published, p.paragraphs[0]) == (T, None, first)
