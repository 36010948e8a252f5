"""Awards: ranks, prizes and recognitions with their recipients, from real and typical sentences."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract.extractors import Context
from psm_extract.extractors.awards import extract_awards
from psm_extract.nlp import make_doc
from psm_extract.parse import Page, parse


def ctx_of(text: str, published: dt.date | None = None) -> Context:
    return Context(text=text, doc=make_doc(text), page=Page(text=text, published=published))


def check_spans(ctx: Context, awards) -> None:
    for a in awards:
        fields = {s.field for s in a.spans}
        assert fields == {"recipient", "title"}
        for s in a.spans:
            assert ctx.text[s.start:s.end] == s.text
        assert next(s.text for s in a.spans if s.field == "title") == a.title


@pytest.mark.parametrize("text, expected", [
    # (recipient, title, rank, level, year)
    ("Diakhir acara diisi dengan sharing berbagi pengalaman dari Vinora Nongsih sebagai 5 besar PSM "
     "berprestasi ditingkat Provinsi Riau tahun 2018 dengan menampilkan berbagai profil",
     [("Vinora Nongsih", "5 besar PSM berprestasi ditingkat Provinsi Riau tahun 2018", "5 besar", "provinsi", 2018)]),
    ("Dari 95 LKS yang ada di Provinsi Riau, ada tiga LKS yang masuk sebagai kandidat pada penilaian yaitu, "
     "LKSA Purna Kasih dari Indragiri Hilir meraih juara 3, LKSA Al-Munawaroh dari Dumai meraih juara 2. Lalu, "
     "LKSA Ibadurrahman dari Bengkalis meraih juara satu untuk LKS Teladan Provinsi Riau 2023.",
     [("LKSA Purna Kasih", "juara 3", "3", None, 2023),
      ("LKSA Al-Munawaroh", "juara 2", "2", None, 2023),
      ("LKSA Ibadurrahman", "juara satu untuk LKS Teladan Provinsi Riau 2023", "1", "provinsi", 2023)]),
    ("Juara yang berhasil Kabupaten Bengkalis rebut, yakni lomba pelaksana terbaik tertib administrasi PKK "
     "sebagai juara III dari Desa Batang Duku, Kecamatan Bukit Batu, lomba pelaksana terbaik Pola Asuh Anak "
     "Dan Remaja(PAAR) Juara III oleh Desa Jangkang, Kecamatan Bantan dan lomba pelaksana terbaik IVA test "
     "Juara II dari Kecamatan Bukit Batu.",
     [("Desa Batang Duku, Kecamatan Bukit Batu",
       "lomba pelaksana terbaik tertib administrasi PKK sebagai juara III", "3", None, 2019),
      ("Desa Jangkang, Kecamatan Bantan",
       "lomba pelaksana terbaik Pola Asuh Anak Dan Remaja(PAAR) Juara III", "3", None, 2019),
      ("Kecamatan Bukit Batu", "lomba pelaksana terbaik IVA test Juara II", "2", None, 2019)]),
    ("Bupati Kampar juga menyerahkan pemenang lomba Basiacuong untuk juara pertama diserahkan kepada "
     "Kecamatan Salo, untuk peringkat kedua diserahkan kepada Kecamatan Kampar Utara dan Peringkat ketiga "
     "diraih Kecamatan XIII Koto Kampar.",
     [("Kecamatan Salo", "lomba Basiacuong untuk juara pertama", "1", None, 2019),
      ("Kecamatan Kampar Utara", "peringkat kedua", "2", None, 2019),
      ("Kecamatan XIII Koto Kampar", "Peringkat ketiga", "3", None, 2019)]),
    ("ROHIL - Provinsi Riau berhasil menempati peringkat 7 dalam Olimpiade Sains Nasional (OSN) 2023.",
     [("Provinsi Riau", "peringkat 7 dalam Olimpiade Sains Nasional (OSN) 2023", "7", "nasional", 2023)]),
    # a ranking list, "kita" = the region the article names most
    ("Provinsi Riau memperoleh peringkat 7 nasional. Dan kita nomor satu di Sumatera. Jadi saingan Riau ini "
     "pulau Jawa, karna peringkat satu itu DKI Jakarta. Kemudian Jawa Timur, trus ada Banten. Peringkat empat "
     "D.I Yogyakarta, kelima Jawa Barat. Meski kita peringkat tujuh, kita sama perolehan emasnya.",
     [("Provinsi Riau", "peringkat 7 nasional", "7", "nasional", 2019),
      ("Provinsi Riau", "nomor satu di Sumatera", "1", None, 2019),
      ("DKI Jakarta", "peringkat satu", "1", None, 2019),
      ("D.I Yogyakarta", "Peringkat empat", "4", None, 2019),
      ("Jawa Barat", "kelima", "5", None, 2019)]),
    # elided subject: the recipient named before
    ("Provinsi Riau memperoleh peringkat 7 nasional. Dijelaskan, dengan memperoleh sebanyak 6 medali emas, "
     "6 medali perak, dan 13 medali perunggu, dengan total 25 medali",
     [("Provinsi Riau", "peringkat 7 nasional", "7", "nasional", 2019),
      ("Provinsi Riau", "6 medali emas, 6 medali perak, dan 13 medali perunggu", None, None, 2019)]),
    # "Usai meraih X, rombongan Kafilah Kabupaten Bengkalis tiba"; "kita sebagai Juara Umum" is the same award
    ("BENGKALIS, PROKOPIM - Usai mendapatkan Juara Umum I pada Musabaqah Tilawatil Qur'an Ke-XLI Tingkat "
     "Provinsi Riau tahun 2023, di Rengat, Kabupaten Indragiri Hulu, rombongan Kafilah Kabupaten Bengkalis "
     "tiba di Bengkalis.\nApalagi, sambung Herman, kita sebagai Juara Umum dan mendapatkan Piala Bergilir MTQ "
     "tingkat Provinsi Riau, yang memang ini baru pertama kalinya kita raih.",
     [("Kabupaten Bengkalis",
       "Juara Umum I pada Musabaqah Tilawatil Qur'an Ke-XLI Tingkat Provinsi Riau tahun 2023", "umum 1",
       "provinsi", 2023),
      ("Kabupaten Bengkalis", "Piala Bergilir MTQ tingkat Provinsi Riau", None, "provinsi", 2019)]),
    # typical forms beyond the dev pages
    ("Pemprov Riau kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK RI untuk kesepuluh kalinya.",
     [("Pemprov Riau", "opini Wajar Tanpa Pengecualian (WTP)", None, None, 2019)]),
    ("Kota Pekanbaru meraih Piala Adipura tahun 2019.",
     [("Kota Pekanbaru", "Piala Adipura tahun 2019", None, None, 2019)]),
    ("Bupati Siak Alfedri menerima penghargaan Anugerah Parahita Ekapraya dari Kementerian PPPA.",
     [("Bupati Siak Alfedri", "penghargaan Anugerah Parahita Ekapraya", None, None, 2019)]),
    ("Desa Buatan Baru meraih juara harapan II lomba desa tingkat Provinsi Riau.",
     [("Desa Buatan Baru", "juara harapan II lomba desa tingkat Provinsi Riau", "harapan 2", "provinsi", 2019)]),
    ("SMAN 1 Pekanbaru dinobatkan sebagai sekolah Adiwiyata terbaik tingkat nasional.",
     [("SMAN 1 Pekanbaru", "sekolah Adiwiyata terbaik tingkat nasional", None, "nasional", 2019)]),
    ("Juara I lomba MTQ diraih oleh Kecamatan Mandau, juara II diraih Kecamatan Bengkalis dan juara III "
     "Kecamatan Bantan.",
     [("Kecamatan Mandau", "Juara I lomba MTQ", "1", None, 2019),
      ("Kecamatan Bengkalis", "juara II", "2", None, 2019),
      ("Kecamatan Bantan", "juara III", "3", None, 2019)]),
    ("Dalam lomba tersebut, Kabupaten Kampar berhasil keluar sebagai juara umum.",
     [("Kabupaten Kampar", "juara umum", "umum", None, 2019)]),
])
def test_awards(text, expected):
    ctx = ctx_of(text, published=dt.date(2019, 7, 1))
    awards = extract_awards(ctx)
    assert [(a.recipient, a.title, a.rank, a.level, a.year) for a in awards] == expected
    check_spans(ctx, awards)


@pytest.mark.parametrize("text", [
    # hopes and plain words are not awards
    "Kontingen Kabupaten Siak diharapkan dapat meraih prestasi membanggakan dan bisa mengharumkan nama daerah.",
    "Gubernur berterima kasih kepada guru-guru sehingga murid dapat berprestasi.",
    "Kami berharap anak-anak agar berprestasi dan meraih prestasi.",
    "kedepannya kami akan terus memberikan kinerja yang terbaik agar kesejahteraan sosial anak meningkat",
    "Kita harus menjadi yang terbaik.",
    "Hal ini menjadikan Kampar sebagai Serambi mekkah di Provinsi Riau.",
    "berharap SOIna semakin maju dan jaya dalam mencapai prestasi pada bidang olahraga dan seni.",
    "Kontingen Kabupaten Siak ditargetkan meraih juara umum pada POPDa tahun ini.",
    "Kami berharap tim kita dapat meraih juara 1.",
    # a rank without a recipient
    "Ketua LKSA Rumah Yatim Ibadurrahman asal Duri Kabupaten Bengkalis, Rahma Nelly (47) yang merauh juara 1 "
    "mengucapkan terima kasih",
    "TP PKK menggelar lima perlombaan. Dimana tiga juara diantaranya berhasil diboyong desa di Kabupaten Bengkalis.",
    "Penyerahan penghargaan untuk LKS teladan Provinsi Riau 2023 tersebut berlangsung di Hotel Bono Pekanbaru.",
    "Komisi V DPRD melaksanakan kunjungan ke Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial.",
])
def test_not_awards(text):
    assert extract_awards(ctx_of(text)) == ()


def test_dev_pages_recipients(fixtures_dir):
    for path in sorted((fixtures_dir / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))["awards"]
        page = parse(fixtures_dir / "pages" / f"{path.stem}.txt")
        ctx = Context(text=page.text, doc=make_doc(page.text), page=page)
        awards = extract_awards(ctx)
        assert sorted(a.recipient for a in awards) == sorted(g["recipient"] for g in gold), path.stem
        check_spans(ctx, awards)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "juara", "I", "III", "satu", "peringkat", "ke", "7", "besar", "meraih", "diraih", "oleh", "dari",
    "Kecamatan", "Salo", "Riau", "kita", "sebagai", "terbaik", "penghargaan", "Piala", "Adipura", ",", ".",
    "medali", "emas", "dan", "Usai", "Kafilah", "Kabupaten", "Siak", "tahun", "2023", "kelima", "(47)",
]), max_size=25))
def test_never_raises(words):
    text = " ".join(words)
    ctx = ctx_of(text)
    check_spans(ctx, extract_awards(ctx))
