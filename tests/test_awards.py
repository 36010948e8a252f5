"""Awards: ranks, prizes and recognitions with their recipients, from real and typical sentences."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract.extractors import Context
from psm_extract.extractors.awards import extract_awards
from psm_extract.parse import Page, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def ctx_of(text: str, published: dt.date | None = None) -> Context:
    return Context(text=text, page=Page(text=text, published=published))


def check_spans(ctx: Context, awards) -> None:
    for a in awards:
        fields = {s.field for s in a.spans}
        assert fields == {"recipient", "title"}
        for s in a.spans:
            assert ctx.text[s.start:s.end] == s.text
        # the title as written, and the competition it shares with the list before it, if carried
        assert " ".join(s.text for s in a.spans if s.field == "title") == a.title


def checked_awards(text: str, published: dt.date) -> list:
    """``extract_awards`` of ``text`` on a page of ``published``, every span checked (``check_spans``)."""
    ctx = ctx_of(text, published=published)
    awards = extract_awards(ctx)
    check_spans(ctx, awards)
    return awards


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
      ("Kecamatan Kampar Utara", "peringkat kedua lomba Basiacuong", "2", None, 2019),
      ("Kecamatan XIII Koto Kampar", "Peringkat ketiga lomba Basiacuong", "3", None, 2019)]),
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
     [("Pemprov Riau", "opini Wajar Tanpa Pengecualian (WTP) dari BPK RI untuk kesepuluh kalinya", None, None, 2019)]),
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
      ("Kecamatan Bengkalis", "juara II lomba MTQ", "2", None, 2019),   # the list's competition carried
      ("Kecamatan Bantan", "juara III lomba MTQ", "3", None, 2019)]),
    ("Dalam lomba tersebut, Kabupaten Kampar berhasil keluar sebagai juara umum.",
     [("Kabupaten Kampar", "juara umum", "umum", None, 2019)]),
])
def test_awards(text, expected):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [(a.recipient, a.title, a.rank, a.level, a.year) for a in awards] == expected


# Winners' lists and award frames in the style of the regency portals (beyond the dev pages).
@pytest.mark.parametrize("text, expected", [
    # every item of a winners' list is an award
    ("Sebanyak 250 pelajar mengikuti lomba cerdas cermat tingkat Kabupaten Siak. Juara I diraih SMAN 1 Siak, "
     "juara II SMAN 2 Tualang dan juara III SMAN 1 Perawang.",
     [("SMAN 1 Siak", "Juara I lomba cerdas cermat tingkat Kabupaten Siak", "1", "kabupaten", 2019),
      ("SMAN 2 Tualang", "juara II lomba cerdas cermat tingkat Kabupaten Siak", "2", "kabupaten", 2019),
      ("SMAN 1 Perawang", "juara III lomba cerdas cermat tingkat Kabupaten Siak", "3", "kabupaten", 2019)]),
    ("Untuk juara I diraih oleh SMPN 1 Pekanbaru, juara II SMPN 4 Pekanbaru, juara III SMPN 13 Pekanbaru, "
     "juara harapan I SMPN 5 Pekanbaru dan juara harapan II SMPN 8 Pekanbaru.",
     [("SMPN 1 Pekanbaru", "juara I", "1", None, 2019),
      ("SMPN 4 Pekanbaru", "juara II", "2", None, 2019),
      ("SMPN 13 Pekanbaru", "juara III", "3", None, 2019),
      ("SMPN 5 Pekanbaru", "juara harapan I", "harapan 1", None, 2019),
      ("SMPN 8 Pekanbaru", "juara harapan II", "harapan 2", None, 2019)]),
    ("Juara pertama diraih oleh Muhammad Fadli dari Kabupaten Kampar, juara kedua Siti Aisyah dari Kota Dumai "
     "dan juara ketiga Ahmad Rifai dari Kabupaten Siak.",
     [("Muhammad Fadli", "Juara pertama", "1", None, 2019),
      ("Siti Aisyah", "juara kedua", "2", None, 2019),
      ("Ahmad Rifai", "juara ketiga", "3", None, 2019)]),
    ("Juara I: SMAN 1 Siak, Juara II: SMAN 2 Tualang, Juara III: SMAN 1 Perawang.",
     [("SMAN 1 Siak", "Juara I", "1", None, 2019),
      ("SMAN 2 Tualang", "Juara II", "2", None, 2019),
      ("SMAN 1 Perawang", "Juara III", "3", None, 2019)]),
    ("Adapun juara I adalah SMKN 2 Pekanbaru dengan nilai 95.",
     [("SMKN 2 Pekanbaru", "juara I", "1", None, 2019)]),
    ("Selanjutnya juara 1 diraih oleh tim Kabupaten Kampar, juara 2 Kota Pekanbaru, dan juara 3 Kabupaten Siak.",
     [("Kabupaten Kampar", "juara 1", "1", None, 2019),
      ("Kota Pekanbaru", "juara 2", "2", None, 2019),
      ("Kabupaten Siak", "juara 3", "3", None, 2019)]),
    ("Juara I diraih Kabupaten Bengkalis dengan nilai 90, juara II Kabupaten Siak dengan nilai 85.",
     [("Kabupaten Bengkalis", "Juara I", "1", None, 2019), ("Kabupaten Siak", "juara II", "2", None, 2019)]),
    ("Terbaik I diraih oleh Kecamatan Siak, terbaik II Kecamatan Sungai Apit dan terbaik III Kecamatan Mempura.",
     [("Kecamatan Siak", "Terbaik I", "1", None, 2019),
      ("Kecamatan Sungai Apit", "terbaik II", "2", None, 2019),
      ("Kecamatan Mempura", "terbaik III", "3", None, 2019)]),
    ("Juara I lomba Kampung Tangguh diraih Kampung Sungai Limau, Juara II Kampung Teluk Lanus, dan Juara III "
     "Kampung Benteng Hulu.",
     [("Kampung Sungai Limau", "Juara I lomba Kampung Tangguh", "1", None, 2019),
      ("Kampung Teluk Lanus", "Juara II lomba Kampung Tangguh", "2", None, 2019),
      ("Kampung Benteng Hulu", "Juara III lomba Kampung Tangguh", "3", None, 2019)]),
    ("Juara I diraih SMAN 1 Siak, disusul SMAN 2 Tualang sebagai juara II.",
     [("SMAN 1 Siak", "Juara I", "1", None, 2019), ("SMAN 2 Tualang", "juara II", "2", None, 2019)]),
    # one recipient, two awards joined by "dan"
    ("Kabupaten Kampar meraih juara II dan juara harapan I.",
     [("Kabupaten Kampar", "juara II", "2", None, 2019),
      ("Kabupaten Kampar", "juara harapan I", "harapan 1", None, 2019)]),
    # keluar sebagai juara umum; an edition number inside the title; a team noun before the region
    ("Kabupaten Bengkalis keluar sebagai juara umum MTQ ke-41 tingkat Provinsi Riau.",
     [("Kabupaten Bengkalis", "juara umum MTQ ke-41 tingkat Provinsi Riau", "umum", "provinsi", 2019)]),
    ("Sementara itu, dari semua cabang yang diperlombakan, Kecamatan Bengkalis dinobatkan menjadi juara umum "
     "pertama MTQ ke-XLIII dengan poin 91.",  # a Roman edition number, written in lower case
     [("Kecamatan Bengkalis", "juara umum pertama MTQ ke-XLIII", "umum 1", None, 2019)]),
    ("Kafilah Kabupaten Kampar berhasil keluar sebagai juara umum pada MTQ tingkat Provinsi Riau tahun 2022.",
     [("Kabupaten Kampar", "juara umum pada MTQ tingkat Provinsi Riau tahun 2022", "umum", "provinsi", 2022)]),
    ("Tim Kabupaten Bengkalis berhasil meraih juara II pada lomba Pacu Jalur.",
     [("Kabupaten Bengkalis", "juara II pada lomba Pacu Jalur", "2", None, 2019)]),
    ("SDN 005 Bangkinang meraih juara harapan I lomba sekolah sehat tingkat Provinsi Riau.",
     [("SDN 005 Bangkinang", "juara harapan I lomba sekolah sehat tingkat Provinsi Riau", "harapan 1", "provinsi",
       2019)]),
    # medals without a count, medal tallies without the second "medali"
    ("Atlet Riau, Rizki Ramadhan menyabet medali emas di cabang olahraga pencak silat.",
     [("Rizki Ramadhan", "medali emas", None, None, 2019)]),
    ("Kontingen Kota Dumai meraih 5 medali emas, 3 perak dan 7 perunggu.",
     [("Kota Dumai", "5 medali emas, 3 perak dan 7 perunggu", None, None, 2019)]),
    # dinobatkan / terpilih sebagai ... terbaik / berprestasi; an appositive name between commas
    ("RSUD Arifin Achmad dinobatkan sebagai rumah sakit terbaik se-Sumatera.",
     [("RSUD Arifin Achmad", "rumah sakit terbaik se-Sumatera", None, None, 2019)]),
    ("Kepala Desa Sungai Pagar, Hasan, terpilih sebagai kepala desa berprestasi tingkat Kabupaten Kampar.",
     [("Hasan", "kepala desa berprestasi tingkat Kabupaten Kampar", None, "kabupaten", 2019)]),
    ("Kota Pekanbaru ditetapkan sebagai kota terbaik dalam penyelenggaraan pelayanan publik.",
     [("Kota Pekanbaru", "kota terbaik", None, None, 2019)]),
    # penghargaan ... dari ...; Anugerah; predikat; a gift verb with the recipient after "kepada"
    ("Bupati Bengkalis Kasmarni menerima penghargaan Manggala Karya Kencana dari BKKBN.",
     [("Bupati Bengkalis Kasmarni", "penghargaan Manggala Karya Kencana", None, None, 2019)]),
    ("Pj Gubernur Riau SF Hariyanto menerima Anugerah Parahita Ekapraya (APE) kategori Utama dari Menteri PPPA.",
     [("Pj Gubernur Riau SF Hariyanto", "Anugerah Parahita Ekapraya (APE) kategori Utama", None, None, 2019)]),
    ("Kabupaten Siak meraih predikat Kabupaten Layak Anak (KLA) kategori Nindya.",
     [("Kabupaten Siak", "predikat Kabupaten Layak Anak (KLA) kategori Nindya", None, None, 2019)]),
    ("Kota Dumai meraih penghargaan Kota Layak Anak (KLA) kategori Madya tahun 2023.",
     [("Kota Dumai", "penghargaan Kota Layak Anak (KLA) kategori Madya tahun 2023", None, None, 2023)]),
    ("Pada kesempatan itu, Pj Gubernur Riau juga menyerahkan penghargaan kepada Kabupaten Siak sebagai kabupaten "
     "terbaik dalam penurunan stunting.",
     [("Kabupaten Siak", "kabupaten terbaik", None, None, 2019)]),
    ("Bupati Rohil menerima trofi Piala Kalpataru dari Presiden RI.",
     [("Bupati Rohil", "Piala Kalpataru", None, None, 2019)]),
    ("Gubri menyerahkan piala bergilir kepada Kabupaten Bengkalis selaku juara umum.",
     [("Kabupaten Bengkalis", "juara umum", "umum", None, 2019)]),
    # national awards by name, English "... Award" names
    ("Kabupaten Siak meraih Paritrana Award tahun 2023 dari BPJS Ketenagakerjaan.",
     [("Kabupaten Siak", "Paritrana Award tahun 2023", None, None, 2023)]),
    ("Pemprov Riau meraih Innovative Government Award (IGA) 2023 dari Kemendagri.",
     [("Pemprov Riau", "Innovative Government Award (IGA) 2023", None, None, 2023)]),
    ("Bupati Rohil menerima Kalpataru dari Presiden RI.", [("Bupati Rohil", "Kalpataru", None, None, 2019)]),
    ("Kota Pekanbaru kembali menjadi Kota Layak Anak kategori Madya.",
     [("Kota Pekanbaru", "Kota Layak Anak kategori Madya", None, None, 2019)]),
    ("Kabupaten Kampar meraih Swasti Saba Wistara dari Kementerian Kesehatan.",
     [("Kabupaten Kampar", "Swasti Saba Wistara", None, None, 2019)]),
    # opini WTP N kali berturut-turut; Adipura Kencana
    ("Pemerintah Kabupaten Kampar meraih opini WTP ke-8 kali berturut-turut dari BPK RI Perwakilan Riau.",
     [("Pemerintah Kabupaten Kampar", "opini WTP ke-8 kali berturut-turut dari BPK RI Perwakilan Riau", None, None,
       2019)]),
    ("Kota Pekanbaru berhasil meraih Adipura Kencana tahun 2023.",
     [("Kota Pekanbaru", "Adipura Kencana tahun 2023", None, None, 2023)]),
    # peringkat / urutan / 10 besar, a title over "dalam penilaian ..."
    ("Pemprov Riau meraih peringkat pertama tingkat nasional dalam penilaian Keterbukaan Informasi Publik.",
     [("Pemprov Riau", "peringkat pertama tingkat nasional dalam penilaian Keterbukaan Informasi Publik", "1",
       "nasional", 2019)]),
    ("Riau menempati urutan ketiga nasional.", [("Riau", "urutan ketiga nasional", "3", "nasional", 2019)]),
    ("Provinsi Riau berhasil masuk 10 besar nasional pada MTQ Nasional.",
     [("Provinsi Riau", "10 besar nasional pada MTQ Nasional", "10 besar", "nasional", 2019)]),
    ("Bupati menyerahkan hadiah kepada juara I SMAN 1 Siak dan juara II SMAN 2 Tualang.",
     [("SMAN 1 Siak", "juara I", "1", None, 2019), ("SMAN 2 Tualang", "juara II", "2", None, 2019)]),
    # one item a line, with or without a colon
    ("Berikut daftar pemenang lomba:\nJuara I SMAN 1 Siak\nJuara II SMAN 2 Tualang\nJuara III SMAN 1 Perawang",
     [("SMAN 1 Siak", "Juara I", "1", None, 2019),
      ("SMAN 2 Tualang", "Juara II", "2", None, 2019),
      ("SMAN 1 Perawang", "Juara III", "3", None, 2019)]),
    # the winner's origin in brackets is not part of the name; a score is no name
    ("Juara I lomba azan diraih Muhammad Rizki (Kecamatan Bantan), juara II Ahmad Fauzi (Kecamatan Bengkalis).",
     [("Muhammad Rizki", "Juara I lomba azan", "1", None, 2019),
      ("Ahmad Fauzi", "juara II lomba azan", "2", None, 2019)]),
    ("Juara I diraih oleh SMAN 1 Siak dengan total nilai 287, disusul SMAN 2 Tualang dengan nilai 270 sebagai "
     "juara II.",
     [("SMAN 1 Siak", "Juara I", "1", None, 2019), ("SMAN 2 Tualang", "juara II", "2", None, 2019)]),
    ("Lomba ini dimenangkan oleh Kabupaten Kampar sebagai juara I, Kota Pekanbaru juara II dan Kabupaten Siak "
     "juara III.",
     [("Kabupaten Kampar", "juara I", "1", None, 2019),
      ("Kota Pekanbaru", "juara II", "2", None, 2019),
      ("Kabupaten Siak", "juara III", "3", None, 2019)]),
    # a list whose later items leave out the verb; an administrative chain before an appositive comma
    ("Kecamatan Tampan meraih Juara Umum I, Kecamatan Payung Sekaki Juara Umum II dan Kecamatan Rumbai Juara "
     "Umum III.",
     [("Kecamatan Tampan", "Juara Umum I", "umum 1", None, 2019),
      ("Kecamatan Payung Sekaki", "Juara Umum II", "umum 2", None, 2019),
      ("Kecamatan Rumbai", "Juara Umum III", "umum 3", None, 2019)]),
    ("Desa Buatan Baru, Kecamatan Koto Gasib, meraih juara I lomba desa tingkat Provinsi Riau tahun 2023.",
     [("Desa Buatan Baru, Kecamatan Koto Gasib", "juara I lomba desa tingkat Provinsi Riau tahun 2023", "1",
       "provinsi", 2023)]),
    ("Hasilnya, Kabupaten Kampar meraih 10 emas, 8 perak dan 12 perunggu.",
     [("Kabupaten Kampar", "10 emas, 8 perak dan 12 perunggu", None, None, 2019)]),
    ("Kontingen Riau memborong 12 medali emas pada ajang tersebut.",
     [("Riau", "12 medali emas", None, None, 2019)]),
    ("Pemkab Bengkalis Sabet Penghargaan Inovasi Daerah dari Kemendagri.",
     [("Pemkab Bengkalis", "Penghargaan Inovasi Daerah", None, None, 2019)]),
    ("Kabupaten Siak meraih penghargaan sebagai Kabupaten Layak Anak tahun 2022.",
     [("Kabupaten Siak", "penghargaan sebagai Kabupaten Layak Anak tahun 2022", None, None, 2022)]),
    # medal standings: a medal count with its tally, places in the table, a passive verb before the winner
    ("Dalam ajang Porprov yang berlangsung di Surakarta tersebut, kontingen Grobogan berhasil mendulang 145 medali. "
     "Terdiri 51 emas, 46 perak, dan 48 perunggu.",
     [("Grobogan", "145 medali. Terdiri 51 emas, 46 perak, dan 48 perunggu ajang Porprov", None, None, 2019)]),
    ("Medali yang didapat Banyumas sebanyak 50 emas, 46 perak, dan 70 perunggu.",
     [("Banyumas", "50 emas, 46 perak, dan 70 perunggu", None, None, 2019)]),
    ("Sementara Kampar yang tetap berada di posisi kedua berhasil meraih medali 127, terdiri dari 41 emas, 41 perak "
     "dan 45 perunggu.",
     [("Kampar", "posisi kedua", "2", None, 2019),
      ("Kampar", "medali 127, terdiri dari 41 emas, 41 perak dan 45 perunggu", None, None, 2019)]),
    ("Adapun tempat ketiga masih diduduki Pekanbaru dengan 115 medali yang terdiri dari 37 emas, 40 perak dan 38 "
     "perunggu.",
     [("Pekanbaru", "tempat ketiga", "3", None, 2019),
      ("Pekanbaru", "115 medali yang terdiri dari 37 emas, 40 perak dan 38 perunggu", None, None, 2019)]),
    ("Adapun untuk juru kunci masih ditempati Rokan Hilir dengan 4 perak dan 7 medali perunggu.",
     [("Rokan Hilir", "juru kunci", None, None, 2019)]),
    ("Sementara itu, 2 perunggu lainnya dipersembahkan masing-masing dalam Cabor Atletik sebanyak 1 Medali Perunggu "
     "oleh atlet Eko Rimbawan pada kategori Atletik 100 M Putra.",
     [("Eko Rimbawan", "1 Medali Perunggu", None, None, 2019)]),
    ("Dengan begitu, Piala bergilir MTQ yang berhasil diraih Desa Tenggayun tahun sebelumnya kini diperebutkan "
     "kembali.",
     [("Desa Tenggayun", "Piala bergilir MTQ", None, None, 2019)]),
    # a repeat is part of the title (a headline of prokopim-bengkalis-8830, in sentence case)
    ("Kecamatan Bengkalis sabet juara umum untuk kedua kalinya.",
     [("Kecamatan Bengkalis", "juara umum untuk kedua kalinya", "umum", None, 2019)]),
    # a verb of winning: the competition after it is the title; a bracket of the name stays in it
    ("Tambolaka, Kominfo - Kabupaten Sumba Barat Daya (SBD) menjuarai lomba Inovasi Daerah Tatanan Normal Baru "
     "Tingkat Nasional dengan memperoleh penghargaan dan dana insentif sebesar Rp 6 miliar dari Kemendagri.",
     [("Kabupaten Sumba Barat Daya (SBD)", "lomba Inovasi Daerah Tatanan Normal Baru Tingkat Nasional", "1",
       "nasional", 2019)]),  # a verb of winning is the first place
    # "dengan memperoleh" after an award in its sentence: the category before it names no recipient
    ("\"Sehingga patut kita banggakan atas apa yang sudah kita peroleh, SBD juara I lomba Inovasi Daerah Tatanan "
     "Normal Baru Tingkat Nasional pada kategori Hotel dan Restoran dengan mendapat penghargaan dan dana insentif "
     "sebesar Rp 6 miliar dari Kemendagri,\" tuturnya.",
     []),
    # the same award again under the recipient's abbreviation
    ("Tambolaka, Kominfo - Kabupaten Sumba Barat Daya (SBD) menjuarai lomba Inovasi Daerah Tatanan Normal Baru "
     "Tingkat Nasional.\n\nDalam pidatonya Bupati SBD dr. Kornelius Kodi Mete menuturkan melalui kerja sama dan "
     "dukungan dari semua pihak, Kabupaten SBD mendapat juara I lomba di tingkat nasional dengan mengalahkan "
     "beberapa kabupaten/kota.",
     [("Kabupaten Sumba Barat Daya (SBD)", "lomba Inovasi Daerah Tatanan Normal Baru Tingkat Nasional", "1",
       "nasional", 2019)]),
    # a category after "dalam"; the base form of a verb ("peroleh")
    ("Ditahun 2022 Kabupaten Simalungun juga telah menerima penghargaan dalam kategori ‘Menuju Informatif’.",
     [("Kabupaten Simalungun", "penghargaan dalam kategori ‘Menuju Informatif’", None, None, 2022)]),
    ("Begitu juga dibidang pemerintahan Kampar juga telah peroleh WTP dari BPK RI yang selam ini tidak pernah kita "
     "raih” Kata Akmam adiputra.",
     [("Kampar", "WTP dari BPK RI", None, None, 2019)]),  # the granting body of a bare award
    # a sports branch after a passive verb is no recipient: the athletes named after it are
    ("2 Medali Perak dipersembahkan Cabor Dayung, yakni oleh Irwan dan Didi Jeriandi pada kategori Dayung K-2 "
     "1.000 M Putra, serta Tim Dayung Putra pada kategori Traditional Boat Race 1.000 M.",
     [("Irwan", "2 Medali Perak", None, None, 2019), ("Didi Jeriandi", "2 Medali Perak", None, None, 2019),
      ("Tim Dayung Putra", "2 Medali Perak", None, None, 2019)]),  # after the category of the names before
    ("Kemudian, untuk Medali Perunggu, 2 medali diraih pada Cabor Panahan, yaitu dari Linda Lestari dalam kategori "
     "Panahan Individual Recurve Putri.",
     [("Linda Lestari", "2 medali", None, None, 2019)]),
    # an athlete's noun before the name; "bercokol di" a place; "harus puas" is no hope; "baru" in lower case is
    # a filler, and "menjauh dari Siak" gives no origin
    ("Torehan medali emas terakhir yang disumbangkan petinju Lamhot Parulian Tambunan di kelas berat 69 kg, "
     "memastikan Grobogan bercokol di urutan empat besar.",
     [("Lamhot Parulian Tambunan", "medali emas", None, None, 2019), ("Grobogan", "urutan empat", "4", None, 2019)]),
    ("Perolehan medali Grobogan sempat ditempel ketat kontingen Banyumas yang akhirnya harus puas menempati posisi "
     "kelima.",
     [("Banyumas", "posisi kelima", "5", None, 2019)]),
    ("Selain kian mendekati Kampar, Pekanbaru juga semakin menjauh dari Siak yang baru memperoleh 28 medali emas.",
     [("Siak", "28 medali emas", None, None, 2019)]),
    # "atas prestasinya meraih": the recipient of the award just before; a degree after a comma is no name
    ("Selanjutnya ada Madalena siswi SLBN Pelalawan, Ia mendapat penghargaan Gubernur Riau atas prestasinya "
     "berhasil meraih medali emas pada ajang Special Olympics World Games, Kemudian Ardila Desti Fitriani dengan "
     "prestasi meraih medali perunggu ketika mengikuti kejuaraan SOWG.",
     [("Madalena", "penghargaan Gubernur Riau", None, None, 2019),
      ("Madalena", "medali emas pada ajang Special Olympics World Games", None, None, 2019),
      ("Ardila Desti Fitriani", "medali perunggu kejuaraan SOWG", None, None, 2019)]),  # the event after it
    ("Ia telah berprestasi meraih medali emas pada perlombaan inovasi pembelajaran level madya tingkat nasional, "
     "Citra Arie, M.Pd (SMAN 4 Pekanbaru), atas prestasinya meraih medali emas pada lomba menulis naskah buku non "
     "fiksi tingkat nasional.",
     [("Citra Arie", "medali emas pada lomba menulis naskah buku non fiksi tingkat nasional", None, "nasional",
       2019)]),
    # several recipients of one award; ranks shared out over a list of names
    ("Mereka adalah Kiranto (kelas 4) dan Fajri (kelas 5) dari SDN 28 Pangkalan Nyirih meraih ranking 7 "
     "se-Provinsi Riau masing-masing untuk Level 2 (kelas 3 dan 4) dan Level 3 (kelas 5 dan 6).",
     [("Kiranto", "ranking 7 se-Provinsi Riau", "7", "provinsi", 2019),  # a level joined by "se-"
      ("Fajri", "ranking 7 se-Provinsi Riau", "7", "provinsi", 2019)]),
    ("\"Alhamdulillah Kabupaten Bengkalis masuk tiga besar PPD terbaik di Riau bersama Siak dan Rokan Hulu,\" "
     "terang Sekretaris Bappeda Bengkalis Rinto Rn.",
     [("Kabupaten Bengkalis", "tiga besar PPD terbaik di Riau", "tiga besar", None, 2019),
      ("Siak", "tiga besar PPD terbaik di Riau", "tiga besar", None, 2019),
      ("Rokan Hulu", "tiga besar PPD terbaik di Riau", "tiga besar", None, 2019)]),
    ("Sementara juara satu lomba desa direbut Desa Cenrana Baru, Kecamatan Cenrana. Juara II dan III "
     "masing-masing direbut Desa Pa’bentengang Kecamatan Marusu dan Desa Lekopancing Kecamatan Tanralili.",
     [("Desa Cenrana Baru, Kecamatan Cenrana", "juara satu lomba desa", "1", None, 2019),
      ("Desa Pa’bentengang Kecamatan Marusu", "Juara II lomba desa", "2", None, 2019),
      ("Desa Lekopancing Kecamatan Tanralili", "Juara III lomba desa", "3", None, 2019)]),
    # "Beserta" ends a name: the recipient is no headline phrase before it
    ("Hari ini telah dilaksanakannya agenda kegiatan Penjemputan dan Penyambutan Kafilah-Kafilah Pemenang MTQ "
     "Ke-47 Beserta Terpilihnya Kecamatan Bengkalis sebagai Juara Umum MTQ Tingkat Kabupaten Bengkalis Tahun 2022.",
     [("Kecamatan Bengkalis", "Juara Umum MTQ Tingkat Kabupaten Bengkalis Tahun 2022", "umum", "kabupaten",
       2022)]),
    # the title starts at the rank, never before the recipient; the competition named before it is carried in,
    # "harapan I" without "juara" in a winners' list
    ("Bupati Bengkalis menyerahkan piala kepada para pemenang lomba, yakni juara I Kecamatan Mandau, juara II "
     "Kecamatan Bantan, harapan I Kecamatan Pinggir dan harapan II Kecamatan Bukit Batu.",
     [("Kecamatan Mandau", "juara I", "1", None, 2019), ("Kecamatan Bantan", "juara II", "2", None, 2019),
      ("Kecamatan Pinggir", "harapan I", "harapan 1", None, 2019),
      ("Kecamatan Bukit Batu", "harapan II", "harapan 2", None, 2019)]),
    # a bare "juara" after "sebagai"/"menjadi"; a target in the clause before a later award is no target of it
    ("Tim futsal Kecamatan Tampan keluar sebagai juara pada turnamen futsal antar kecamatan.",
     [("Kecamatan Tampan", "juara pada turnamen futsal antar kecamatan", None, "kecamatan", 2019)]),
    ("Setelah target tercapai, Kecamatan Siak meraih juara I lomba desa.",
     [("Kecamatan Siak", "juara I lomba desa", "1", None, 2019)]),
    # "dunia": the world level
    ("Di bawah arahannya, tim Ferrari berhasil menjadi juara dunia konstruktor sebanyak delapan kali.",
     [("Ferrari", "juara dunia", None, "internasional", 2019)]),
    # "Top 45": a group of the best, no place
    ("Inovasi Dinas Kesehatan Kabupaten Siak masuk Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) tahun 2021.",
     [("Inovasi Dinas Kesehatan Kabupaten Siak", "Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) tahun 2021",
       "top 45", None, 2021)]),
    # co-recipients that are regions of one level: a list, not a chain of units
    ("Penghargaan Adipura diraih oleh Kota Pekanbaru, Kota Dumai dan Kabupaten Siak.",
     [("Kota Pekanbaru", "Penghargaan Adipura", None, None, 2019),
      ("Kota Dumai", "Penghargaan Adipura", None, None, 2019),
      ("Kabupaten Siak", "Penghargaan Adipura", None, None, 2019)]),
    # up to the recipient
    ("Pada lomba desa tingkat provinsi Kabupaten Kampar meraih juara I.",
     [("Kabupaten Kampar", "juara I lomba desa tingkat provinsi", "1", "provinsi", 2019)]),
    ("SMKN 1 Bangkinang berhasil meraih juara I tingkat Kabupaten Kampar dan mewakili Kampar ke tingkat Provinsi.",
     [("SMKN 1 Bangkinang", "juara I tingkat Kabupaten Kampar", "1", "kabupaten", 2019)]),
])
def test_awards_typical(text, expected):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [(a.recipient, a.title, a.rank, a.level, a.year) for a in awards] == expected


def test_repeated_wtp_is_one_award():
    text = ("PEKANBARU - Pemerintah Provinsi Riau kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK RI "
            "Perwakilan Riau atas LKPD tahun anggaran 2022. Ini merupakan opini WTP ke-11 kali berturut-turut yang "
            "diraih Pemprov Riau.\nGubernur Riau Syamsuar mengatakan capaian tersebut berkat kerja keras seluruh "
            "OPD. \"Alhamdulillah kita kembali meraih WTP,\" ujarnya.")
    ctx = ctx_of(text, published=dt.date(2023, 5, 22))
    awards = extract_awards(ctx)
    assert [(a.recipient, a.title, a.year) for a in awards] == [
        ("Pemerintah Provinsi Riau", "opini Wajar Tanpa Pengecualian (WTP) dari BPK RI Perwakilan Riau", 2022)]
    check_spans(ctx, awards)


# Passages of train pages: (text, published, [(recipient, title)])
@pytest.mark.parametrize("text, published, expected", [
    # The same capitalised name in the title, or a bare ``penghargaan``, of a recipient with that award.
    ("Pada peringatan kali ini terasa spesial, sebab Kota Pekanbaru mendapat penghargaan sebagai Kota Layak "
     "Pemuda tahun 2019 dari Kementerian Pemuda dan Olahraga (Kemenpora) RI.\n\nWako menuturkan, Kota "
     "Pekanbaru ditetapkan sebagai salah satu penerima penghargaan Kota Layak Pemuda. \"Dan nanti sore kita "
     "ke Jakarta untuk menerima penghargaan di puncak Hari Sumpah Pemuda,\" ucapnya.\n\nDilanjutkan Wako, "
     "dengan mendapatkan predikat sebagai Kota Layak Pemuda, Kota Pekanbaru juga menjadi barometer dalam "
     "memajukan kegiatan kepemudaan dalam kemajuan pembangunan daerah.",
     dt.date(2019, 10, 28),
     [("Kota Pekanbaru", "penghargaan sebagai Kota Layak Pemuda tahun 2019")]),
    # "kita" is the home region, as the last recipient named it
    ("BENGKALIS – Rabu petang kemarin, medali emas yang diraih kontingen Bengkalis pada Pekan Olahraga "
     "Provinsi (Porprov) IX Riau di Kabupaten Kampar, baru 37 medali. Sebagaimana dikutip dari GoRiau.com "
     "Ketua KONI Kabupaten Bengkalis, Syaukani Al Karim membenarkan jika kabupaten berjuluk Negeri Junjungan "
     "ini telah meraih 47 emas.\n\"Hingga tadi malam kita sudah merebut 47 medali emas,\" ungkap Syaukani.",
     dt.date(2017, 10, 2),
     [("Bengkalis", "medali emas Porprov IX Riau"), ("Bengkalis", "47 medali emas Porprov IX Riau")]),
    # ``Ia``/``Dia``/``Beliau``: the last name before it that is no school, organisation, region or degree; a
    # medal's title takes the competition after ``pada``; another medal's event is not carried into a medal.
    ("Siswa yang menerima penghargan itu adalah, Jhon Howard Wijaya dari SMA Darma Yudha. Ia telah berprestasi "
     "mendapat medali perak pada iven intenasional Junior Olympiad. Lalu ada Jenika dari SLBN kabupaten "
     "Kepulauan Meranti. Ia juga telah berprestasi meraih medali emas di Special Olympics World Games (SOWG) "
     "di Abu Dhabi beberapa waktu lalu.\n\nKemudian, guru yang menerima penghargaan yaitu Tri Hastuti, M.Pd, "
     "(SMAN 1 Pasir Penyu). Ia telah berprestasi meraih medali emas pada perlombaan inovasi pembelajaran "
     "level madya tingkat nasional.",
     dt.date(2019, 5, 2),
     [("Jhon Howard Wijaya", "medali perak pada iven intenasional Junior Olympiad"),
      ("Jenika", "medali emas"),
      ("Tri Hastuti", "penghargaan"),  # "yang menerima penghargaan yaitu X": its own award, not the medal's
      ("Tri Hastuti", "medali emas pada perlombaan inovasi pembelajaran level madya tingkat nasional")]),
    # ``dan Samadi kepala sekolah berprestasi`` after an award; ``X guru SDN 55 Bengkalis ini juara 3``; the
    # carried competition goes on over ``dan``.
    ("Seorang guru di SMA Cendana Duri dan kepala sekolah. SD daerah sulit/terpencil, terpilih untuk mengikuti "
     "seleksi guru dan kepala sekolah berprestasi tingkat nasional pada Agustus mendatang.\n\nTerpilihnya guru "
     "SMA Cendana Duri yang bernama Riva Elvita sebagai guru berprestasi dan Samadi kepala sekolah berprestasi "
     "dari SD daerah terpencil/sulit di SD 27 Tanjung Leban kecamatan Bukit Batu itu, setelah keduanya "
     "berhasil menyisihkan guru dan kepala sekolah lainnya se Riau.\n\nKemudian juga ada nama Sawaliyah, guru "
     "SD Rupat ini juara 2 untuk guru SD daerah sulit/terpencil. Serta Sutaryono guru SDN 55 Bengkalis ini "
     "juara 3 untuk guru berprestasi tingkat SD.",
     dt.date(2014, 6, 1),
     [("Riva Elvita", "guru berprestasi seleksi guru dan kepala sekolah berprestasi tingkat nasional"),
      ("Samadi", "kepala sekolah berprestasi seleksi guru dan kepala sekolah berprestasi tingkat nasional"),
      ("Sawaliyah", "juara 2"),
      ("Sutaryono", "juara 3")]),
])
def test_awards_in_passages(text, published, expected):
    ctx = ctx_of(text, published=published)
    awards = extract_awards(ctx)
    assert [(a.recipient, a.title) for a in awards] == expected
    check_spans(ctx, awards)


def test_ranks_of_two_competitions_are_two_awards():
    """One recipient, one rank: two awards when the titles name two competitions, one when they name one."""
    text = ("Pada kesempatan tersebut, Pemerintah Kota Ambon juga memperoleh beberapa Juara dalam Serangkaian "
            "Perlombaan yang diadakan dalam menyambut Hari Ulang Tahun Provinsi Maluku diantaranya Juara 1 Lomba "
            "Poco – Poco, Juara 1 Lomba Baris Indah dan Juara 2 Lomba Kebersihan Kantor.")
    ctx = ctx_of(text, published=dt.date(2016, 8, 18))
    awards = extract_awards(ctx)
    assert [(a.recipient, a.title) for a in awards] == [
        ("Pemerintah Kota Ambon", "Juara 1 Lomba Poco – Poco"),
        ("Pemerintah Kota Ambon", "Juara 1 Lomba Baris Indah"),
        ("Pemerintah Kota Ambon", "Juara 2 Lomba Kebersihan Kantor")]
    check_spans(ctx, awards)
    text = ("Hari ini telah dilaksanakannya agenda kegiatan Penyambutan Kafilah-Kafilah Pemenang MTQ Ke-47 Beserta "
            "Terpilihnya Kecamatan Bengkalis sebagai Juara Umum MTQ Tingkat Kabupaten Bengkalis Tahun 2022.\n\n"
            "Kami berharap kedepannya kita bisa mempertahankan Kecamatan bengkalis ini sebagai juara umum MTQ "
            "ditingkat Kabupaten Bengkalis ini.")
    ctx = ctx_of(text, published=dt.date(2022, 11, 21))
    assert [(a.recipient, a.title) for a in extract_awards(ctx)] == [
        ("Kecamatan Bengkalis", "Juara Umum MTQ Tingkat Kabupaten Bengkalis Tahun 2022")]


def test_winners_list_in_an_article():
    text = ("SIAK - Bupati Siak Alfedri menutup Festival Siak Bermadah ke-12 tahun 2023, Sabtu (14/10/2023) malam.\n"
            "Dalam kesempatan itu, Bupati menyerahkan piala dan hadiah kepada para pemenang lomba. Untuk lomba "
            "zapin, juara I diraih Kecamatan Siak, juara II Kecamatan Mempura dan juara III Kecamatan Sungai Apit. "
            "Sementara juara umum festival diraih Kecamatan Siak dengan total nilai 456.\n"
            "Kasmarni berharap para peserta dapat meraih prestasi terbaik.")
    ctx = ctx_of(text, published=dt.date(2023, 10, 15))
    awards = extract_awards(ctx)
    assert [(a.recipient, a.title, a.rank, a.year) for a in awards] == [
        ("Kecamatan Siak", "juara I lomba zapin", "1", 2023), ("Kecamatan Mempura", "juara II lomba zapin", "2", 2023),
        ("Kecamatan Sungai Apit", "juara III lomba zapin", "3", 2023),
        ("Kecamatan Siak", "juara umum festival", "umum", 2023)]
    check_spans(ctx, awards)


@pytest.mark.parametrize("text", [
    # prize money, trophies and plans after a rank are no winners
    "Untuk juara I mendapat hadiah uang Rp 10 juta, juara II Rp 7,5 juta dan juara III Rp 5 juta.",
    "Juara I berhak atas trofi, juara II Piala Bupati dan juara III piagam.",
    "Ia menyebut juara I dan juara II akan mewakili Riau ke tingkat nasional.",
    "Juara I, II dan III masing-masing mendapatkan uang pembinaan.",
    "Juara I MTQ tingkat Kabupaten Kampar akan mewakili Kampar di MTQ Provinsi Riau, sedangkan juara II menjadi "
    "cadangan.",
    "Juara I dan II lomba ini akan dikirim ke tingkat nasional.",
    "Lomba ini memperebutkan Piala Gubernur Riau.",
    "Pemkab Siak berupaya menjadi Kabupaten Layak Anak kategori Utama.",
    "Program Kabupaten Layak Anak terus dijalankan.",
    "Peserta yang meraih juara I hingga III akan mendapatkan uang pembinaan dan piagam penghargaan.",
    "Bupati menyerahkan hadiah kepada juara I, II dan III.",
    # a count after "kepada" is no recipient
    "Gubernur Riau memberikan penghargaan kepada 10 desa terbaik.",
    "Dinas Pendidikan akan memberikan penghargaan kepada guru berprestasi.",
    # a target before the subject of the award verb, in its clause; a bare "juara" hoped for
    "Bupati menargetkan Kafilah Kabupaten Bengkalis menjadi juara umum pada MTQ tingkat Provinsi Riau.",
    "Kami berharap tim Kabupaten Siak bisa menjadi juara pada turnamen ini.",
    "Kafilah Kabupaten Kampar siap menjadi juara umum pada MTQ tingkat Provinsi Riau.",
    "Tim Kota Dumai berjuang merebut juara I turnamen futsal.",
    "Ia menjelaskan harapan 1 tahun ke depan pembangunan berjalan.",
])
def test_not_awards_typical(text):
    assert extract_awards(ctx_of(text)) == ()


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
    # a common noun as the subject names no recipient
    "“Saya ucapkan terima kasih pada para pahlawan olahraga Grobogan. Keberhasilan mempertahankan peringkat empat "
    "besar Porprov, saya nilai sudah luar biasa,” cetus Bupati Sri Sumarni.",
    # "dengan mendapat ...": the subject left out, no name just before "dengan"
    "\"Sehingga patut kita banggakan, SBD juara I lomba Inovasi Daerah Tatanan Normal Baru Tingkat Nasional pada "
    "kategori Hotel dan Restoran dengan mendapat penghargaan dan dana insentif sebesar Rp 6 miliar dari Kemendagri\"",
    "Komisi V DPRD melaksanakan kunjungan ke Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial.",
    # a day before the verb is no recipient (diskominfotik-bengkalis-6806)
    "BENGKALIS, DISKOMINFOTIK – Sebagai wujud dedikasi dan kerjas keras dalam memajukan wilayahnya, sebanyak tiga "
    "kelurahan dan desa, Jumat (18/8/2017) menerima penghargaan dari Bupati Bengkalis Amril Mukminin.",
])
def test_not_awards(text):
    assert extract_awards(ctx_of(text)) == ()


def test_dev_pages_recipients(fixtures_dir):
    for path in sorted((fixtures_dir / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))["awards"]
        page = parse(fixtures_dir / "pages" / f"{path.stem}.txt")
        ctx = Context(text=page.text, page=page)
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


def _award_sentences() -> list[str]:
    """Every sentence of this module's tables (the parametrised cases above)."""
    texts = []
    for name in ("test_awards", "test_awards_typical", "test_not_awards", "test_not_awards_typical"):
        for mark in getattr(globals()[name], "pytestmark", []):
            if mark.name == "parametrize":
                texts += [case[0] if isinstance(case, tuple) else case for case in mark.args[1]]
    return texts


def test_anchor_cues_keep_every_anchor():
    """Scanning only the patterns whose cue words occur finds what the scan of every pattern finds."""
    from psm_extract.extractors.awards import _t

    t = _t()
    texts = _award_sentences() + [parse(p).text for p in sorted((FIXTURES / "pages").glob("*.txt"))]
    assert len(texts) > 80
    found = 0
    for text in texts:
        scan = t.anchor_scan(text)
        every = [(m.span(), m.lastgroup) for m in t.anchor_re.finditer(text)]
        assert ([(m.span(), m.lastgroup) for m in scan.finditer(text)] if scan else []) == every, text
        found += len(every)
    assert found > 150


@pytest.mark.parametrize("text, names", [
    ("SMAN 1 Siak meraih JUARA I", ["juara"]),
    ("kontingen meraih 3 EMAS dan 2 PERAK", ["medali_tally"]),
    ("menerima PENGHARGAAN dari Menteri", ["penghargaan"]),
    ("meraih OPINI Wajar Tanpa Pengecualian", ["wtp"]),
    ("meraih Kota Layak Anak", ["named"]),
    ("meraih Predıkat Madya", ["predikat"]),  # dotless ı: IGNORECASE reads it as i
])
def test_anchor_cues_are_case_folded(text, names):
    from psm_extract.extractors.awards import _t

    t = _t()
    scan = t.anchor_scan(text)
    assert scan is not None
    assert [t.anchor_kind[m.lastgroup][0] for m in scan.finditer(text)] == names


@pytest.mark.parametrize("text, titles", [
    # a winners' list over sentences: every bare rank takes the competition of the award before it
    ("Kelurahan Soreang Kecamatan Lau keluar sebagai juara satu lomba kelurahan. Selain mendapat piala, "
     "Kelurahan Soreang juga mendapat uang pembinaan.\n\nJuara II diraih Kelurahan Hasanuddin Kecamatan "
     "Mandai, juara III diraih Kelurahan Pettuadae Kecamatan Turikale.",
     ["juara satu lomba kelurahan", "Juara II lomba kelurahan", "juara III lomba kelurahan"]),
    # "turnamen tersebut": the turnamen named before
    ("Bupati Sambas Satono menutup secara resmi Turnamen Mancing Udang yang digelar Pemerintah Desa Durian.\n\n"
     "Dalam turnamen tersebut awaludin dari Desa Tanjung Rengas berhasil meraih juara pertama dengan undang 2,23 ons, "
     "juara kedua Nasrani dari Setambah dengan berat undang 2,22 ons dan juara ketiga Ibnu dari Desa Durian.",
     ["juara pertama Turnamen Mancing Udang", "juara kedua Turnamen Mancing Udang",
      "juara ketiga Turnamen Mancing Udang"]),
    # a place in a medal table and a medal count share the event named with medals before, however far back
    ("“Berkat latihan dan semangat, kami optimis kontingen Negeri Junjungan dapat mencapai target 77 medali emas "
     "pada Porprov IX Riau di Kampar ini,” ujar Bupati Amril.\n\nSementara Kampar yang tetap berada di posisi kedua "
     "berhasil meraih medali 127, terdiri dari 41 emas, 41 perak dan 45 perunggu.",
     ["posisi kedua Porprov IX Riau", "medali 127, terdiri dari 41 emas, 41 perak dan 45 perunggu Porprov IX Riau"]),
    ("Alhamdulillah dalam perolehan medali olimpiade sains SMA sederajat yang telah selesai dilaksanakan, Provinsi "
     "Riau memperoleh peringkat 7 nasional.\nHal ini disampaikan Gubri saat membuka turnamen SMA Negeri 1 Bagan "
     "Sinembah (Smansa Bags) Cup III.\nDijelaskan, dengan memperoleh sebanyak 6 medali emas, 6 medali perak, dan 13 "
     "medali perunggu, dengan total 25 medali itu membuktikan saingan Riau adalah Pulau Jawa.",
     ["peringkat 7 nasional olimpiade sains SMA sederajat",
      "6 medali emas, 6 medali perak, dan 13 medali perunggu olimpiade sains SMA sederajat"]),
    # a weak award after a passive verb: its title starts after the verb before it
    ("Dewan Hakim mengumumkan pembaca terbaik pada perhelatan MTQ ke-XLIII tingkat Kabupaten Bengkalis di Kecamatan "
     "Bukit Batu ini.\n\nAdapun yang menjadi pembaca terbaik diraih oleh Muhammad Rinaldi dari perwakilan Lembaga "
     "Pengembangan Tilawatil Qur’an Kabupaten Bengkalis dengan perolehan nilai 98,96.",
     ["pembaca terbaik MTQ ke-XLIII tingkat Kabupaten Bengkalis"]),
    # a rank with words of its own is no bare rank: nothing is carried into it
    ("Provinsi Riau meraih peringkat 7 dalam lomba sains nasional. Provinsi Riau juga menjadi nomor satu "
     "di Sumatera.",
     ["peringkat 7 dalam lomba sains nasional", "nomor satu di Sumatera"]),
    # no competition before: a medal takes the one its sentence names after it, unless another award stands between
    ("Kecamatan Rupat meraih medali emas dan Kecamatan Bantan meraih juara I lomba azan.",
     ["medali emas", "juara I lomba azan"]),
    # a winners' list under a heading: its heading and list lines end no paragraph (pemerintahan-malangkota-1258)
    ("Adapun hasil pemenang Otonomi Award Kategori Lomba Evaluasi Perkembangan Kecamatan dan kelurahan 2019 adalah:\n"
     "Tingkat Kelurahan:\n- Juara I Kelurahan Tulusrejo, Kecamatan Blimbing\n- Juara II Kelurahan Dinoyo, "
     "Kecamatan Lowokwaru\nKategori Lomba Pelaksana Terbaik 10 Program PKK Kota Malang 2019\nTingkat Kelurahan:\n"
     "- Juara I Kelurahan Tulusrejo, Kecamatan Lowokwaru",
     ["Juara I Lomba Evaluasi Perkembangan Kecamatan dan kelurahan 2019",
      "Juara II Lomba Evaluasi Perkembangan Kecamatan dan kelurahan 2019",
      "Juara I Lomba Pelaksana Terbaik 10 Program PKK Kota Malang 2019"]),
    # an award named before a winners' list is the competition its bare ranks share
    # (mediacenter-temanggungkab-fk-metra-jateng)
    ("Hasil penghargaan FK Metra se-Jawa Tengah, Juara 1 diraih Kota Semarang, Juara II Kabupaten Kendal, dan Juara "
     "III diraih Kabupaten Brebes.",
     ["Juara 1 penghargaan FK Metra se-Jawa Tengah", "Juara II penghargaan FK Metra se-Jawa Tengah",
      "Juara III penghargaan FK Metra se-Jawa Tengah"]),
    # ... but no medal's event: the medal takes the kejuaraan after it (pariwisata-hardiknas-siswa-guru-berprestasi)
    ("Selanjutnya ada Madalena siswi SLBN Pelalawan, Ia mendapat penghargaan Gubernur Riau atas prestasinya berhasil "
     "meraih medali emas pada ajang Special Olympics World Games, Kemudian Ardila Desti Fitriani dengan prestasi meraih "
     "medali perunggu ketika mengikuti kejuaraan SOWG.",
     ["penghargaan Gubernur Riau", "medali emas pada ajang Special Olympics World Games",
      "medali perunggu kejuaraan SOWG"]),
    # a performance evaluation (kinerja ...) is the competition of the ranks it gives (berita-gorontaloprov-10547)
    ("GORONTALO, Humas – Provinsi Gorontalo sukses meraih prestasi kinerja penyelenggaraan pemerintah daerah yang "
     "dinilai oleh Kementrian Dalam Negeri (Kemendagri). Berdasarkan Surat Keputusan Mendagri No. 100-53 Tahun 2018,"
     "Provinsi Gorontalo berada di peringkat 11 dari 33 provinsi se Indonesia yang dinilai.",
     ["peringkat 11 kinerja penyelenggaraan pemerintah daerah"]),
    # two paragraphs of prose between a competition and a bare rank: it is not carried
    ("Bupati membuka Lomba Azan di Bantan.\nKegiatan berlangsung meriah dan tertib.\nJuara II diraih Kecamatan Rupat.",
     ["Juara II"]),
    # an award far back (over 600 characters) lends its competition to no later rank
    ("Kecamatan Bantan meraih juara I lomba azan. " + "Kegiatan berlangsung meriah dan tertib. " * 16
     + "Juara II diraih Kecamatan Rupat.",
     ["juara I lomba azan", "Juara II"]),
])
def test_a_rank_or_medal_takes_the_competition_named_before_it(text, titles):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [a.title for a in awards] == titles


@pytest.mark.parametrize("text, recipients", [
    # words before a unit that name no organisation are no part of the recipient
    ("Alhamdulillah Kabupaten Bengkalis berhasil meraih tiga besar PPD terbaik di Riau.", ["Kabupaten Bengkalis"]),
    # an organisation before the unit is the recipient's own name
    ("Pemerintah Kabupaten Siak meraih penghargaan Anugerah Parahita Ekapraya.", ["Pemerintah Kabupaten Siak"]),
    ("Dinas Pendidikan Kabupaten Kampar meraih juara I lomba inovasi daerah.", ["Dinas Pendidikan Kabupaten Kampar"]),
    # the roman numeral of a rank is no recipient of the award after it (dpmd-sumbarprov-berita-6, its comma
    # before the verb left out)
    ("Penilaian itu dilakukan, sebab Nagari Sungai Nyalo IV Koto Mudiak berhasil meraih peringkat I sebagai nagari "
     "berprestasi tingkat Pesisir Selatan Tahun 2017 dengan nilai 85,38.", ["Nagari Sungai Nyalo IV Koto Mudiak"]),
])
def test_the_recipient_starts_where_its_name_starts(text, recipients):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [a.recipient for a in awards] == recipients


def test_the_rank_of_the_next_item_ends_a_name():
    """``juara harapan 1 Desa Merembu Kecamatan Labuapi Harapan II Desa Ombe Baru``: two names, not one
    (lombokbaratkab-32130)."""
    text = ("Selain pemberian Anugrah Desa Sehat juga dilakukan pemberian Hadiah  kepada 6 Desa yang menjadi juara "
            "Lomba Kampung Sehat Tingkat Kabupaten Lombok Barat masing-masing Desa Kuripan Kecamatan Kuripan peringkat "
            "Pertama , peringkat kedua Desa Giri Sasak Kecamatan Kuripan, peringkat ketiga Desa Sekotong Tengah "
            "Kecamatan Sekotong, juara harapan 1 Desa Merembu Kecamatan Labuapi Harapan II Desa Ombe Baru Kecamatan "
            "Kediri dan harapan III Desa Bagik Polak Kecamatan Labuapi.")
    recipients = [a.recipient for a in checked_awards(text, dt.date(2019, 7, 1))]
    assert recipients[-4:] == ["Desa Sekotong Tengah Kecamatan Sekotong", "Desa Merembu Kecamatan Labuapi",
                               "Desa Ombe Baru Kecamatan Kediri", "Desa Bagik Polak Kecamatan Labuapi"]


@pytest.mark.parametrize("text, expected", [
    # a bare award takes in the body that grants it, and the repeat after it
    ("Pemerintah Kabupaten Kampar kembali meraih opini WTP dari BPK RI untuk yang ketiga kalinya.",
     [("Pemerintah Kabupaten Kampar", "opini WTP dari BPK RI untuk yang ketiga kalinya")]),
    # a named award is complete without its body
    ("Kota Pekanbaru mendapat penghargaan sebagai Kota Layak Pemuda tahun 2019 dari Kementerian Pemuda dan Olahraga "
     "(Kemenpora) RI.",
     [("Kota Pekanbaru", "penghargaan sebagai Kota Layak Pemuda tahun 2019")]),
    # "yang" and an award verb, then a copula: the name after it received the award
    ("Kemudian, guru yang menerima penghargaan yaitu Tri Hastuti, M.Pd, (SMAN 1 Pasir Penyu).",
     [("Tri Hastuti", "penghargaan")]),
    ("Peserta yang meraih juara I lomba pidato tersebut adalah Muhammad Fadli dari SMAN 1 Siak.",
     [("Muhammad Fadli", "juara I lomba pidato")]),
    # "se propinsi": the sites' spelling of the level word
    ("Selain Riva Elvita dan Samadi yang berhasil membawa harum dunia pendidikan Kabupaten Bengkalis, pada seleksi "
     "guru dan kepala sekolah berprestasi se propinsi Riau tersebut beberapa guru dan kepala sekolah lainnya juga "
     "mengukir prestasi. Kemudian juga ada nama Sawaliyah, guru SD Rupat ini juara 2 untuk guru SD daerah "
     "sulit/terpencil.",
     [("Sawaliyah", "juara 2 seleksi guru dan kepala sekolah berprestasi se propinsi Riau")]),
    # counts shared out over names by "masing-masing"
    ("Mengungguli dua pesaing terdekatnya yaitu Kampar dan Pekanbaru yang masing-masing baru mengumpulkan 36 dan 23 "
     "medali emas.",
     [("Kampar", "36 medali emas"), ("Pekanbaru", "23 medali emas")]),
    ("Kota Dumai, Kabupaten Siak dan Kabupaten Kampar masing-masing meraih 10, 8 dan 5 medali emas.",
     [("Kota Dumai", "10 medali emas"), ("Kabupaten Siak", "8 medali emas"), ("Kabupaten Kampar", "5 medali emas")]),
    # a verb joined by "dan" shares the subject; a nomination before the rank starts the title
    ("Pada tahun 2019 ini, Pemkab Bengkalis terpilih dan masuk nominasi tiga besar Perencanaan PPD terbaik di Bumi "
     "Lancang Kuning Tahun 2019.",
     [("Pemkab Bengkalis", "nominasi tiga besar Perencanaan PPD terbaik di Bumi Lancang Kuning Tahun 2019")]),
    # a purpose ("untuk menjadi yang terbaik") is no award; a region's government and the region are one recipient
    ("Pada tahun 2019 ini, Pemkab Bengkalis terpilih dan masuk nominasi tiga besar Perencanaan PPD terbaik di Bumi "
     "Lancang Kuning Tahun 2019.\nSedangkan dua kandidat lainnya yang menjadi kompetitor Bengkalis untuk menjadi yang "
     "terbaik di Riau tahun 2019 adalah Pemkab Siak dan Rokan Hulu.\n\"Alhamdulillah Kabupaten Bengkalis masuk tiga "
     "besar PPD terbaik di Riau bersama Siak dan Rokan Hulu,\" terang Sekretaris Bappeda Bengkalis Rinto Rn.",
     [("Pemkab Bengkalis", "nominasi tiga besar Perencanaan PPD terbaik di Bumi Lancang Kuning Tahun 2019"),
      ("Siak", "tiga besar PPD terbaik di Riau"), ("Rokan Hulu", "tiga besar PPD terbaik di Riau")]),
    # a national award's proper name is read whole, its small words too
    ("Kantor Pertanahan Kabupaten Siak meraih predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB.",
     [("Kantor Pertanahan Kabupaten Siak", "predikat Wilayah Bebas dari Korupsi (WBK)")]),
    ("Kantor Imigrasi Dumai meraih predikat WBBM (Wilayah Birokrasi Bersih dan Melayani) tahun 2022.",
     [("Kantor Imigrasi Dumai", "predikat WBBM (Wilayah Birokrasi Bersih dan Melayani) tahun 2022")]),
    # after "terbaik", "dari" gives the winner's origin
    ("Sutaryono meraih guru terbaik dari Kabupaten Bengkalis.", [("Sutaryono", "guru terbaik")]),
])
def test_award_titles(text, expected):
    """The recipient and title of one award frame."""
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [(a.recipient, a.title) for a in awards] == expected


@pytest.mark.parametrize("text, expected", [
    # (recipient, title, rank): "disusul oleh X" takes the place after the rank just before
    ("Sedangkan untuk juara umum dua diraih oleh Kecamatan Bukit Batu dengan perolehan poin 52. Kemudian disusul "
     "oleh Kecamatan Bantan dengan poin 38.",
     [("Kecamatan Bukit Batu", "juara umum dua", "umum 2"), ("Kecamatan Bantan", "juara umum", "umum 3")]),
    ("Untuk pawai taaruf MTQ, terbaik satu berhasil diperoleh Kecamatan Mandau dengan poin 388, yang disusul "
     "Kecamatan Siak Kecil dengan nilai 373 dan juara ketiga Kecamatan Bengkalis dengan nilai 372.",
     [("Kecamatan Mandau", "terbaik satu", "1"), ("Kecamatan Siak Kecil", "terbaik", "2"),
      ("Kecamatan Bengkalis", "juara ketiga", "3")]),
    # after a rank and the medals of the same recipient; several names take the places in turn
    ("Pada klasemen akhir perolehan medali, Kabupaten Kampar menempati urutan pertama dengan 80 emas, 60 perak dan "
     "50 perunggu, disusul Kota Pekanbaru dan Kabupaten Bengkalis.",
     [("Kabupaten Kampar", "urutan pertama", "1"), ("Kabupaten Kampar", "80 emas, 60 perak dan 50 perunggu", None),
      ("Kota Pekanbaru", "urutan", "2"), ("Kabupaten Bengkalis", "urutan", "3")]),
    # after "juara umum" (the first place) the names take the second and third
    ("Kecamatan Tampan berhasil meraih juara umum pada MTQ tingkat Kota Pekanbaru tahun 2023, disusul Kecamatan "
     "Marpoyan Damai dan Kecamatan Bukit Raya.",
     [("Kecamatan Tampan", "juara umum pada MTQ tingkat Kota Pekanbaru tahun 2023", "umum"),
      ("Kecamatan Marpoyan Damai", "juara umum pada MTQ tingkat Kota Pekanbaru tahun 2023", "umum 2"),
      ("Kecamatan Bukit Raya", "juara umum pada MTQ tingkat Kota Pekanbaru tahun 2023", "umum 3")]),
    # "X di posisi kedua": a place in the standing, the verb left out
    ("Juara umum MTQ ke-52 tingkat Provinsi Riau diraih oleh Kabupaten Bengkalis, disusul Kabupaten Kampar di posisi "
     "kedua dan Kota Pekanbaru di posisi ketiga.",
     [("Kabupaten Bengkalis", "Juara umum MTQ ke-52 tingkat Provinsi Riau", "umum"),
      ("Kabupaten Kampar", "posisi kedua MTQ ke-52 tingkat Provinsi Riau", "2"),
      ("Kota Pekanbaru", "posisi ketiga MTQ ke-52 tingkat Provinsi Riau", "3")]),
    # "X di posisi 1" with no "disusul" in its sentence names no place in a standing
    ("Melalui singel pertamanya ini The Virgin memenangkan 2 dari 3 nominasi Inbox Awards, yaitu sebagai \"Video Klip "
     "Terlama di Posisi 1\".", []),
    # no name after "disusul": no place
    ("Peringkat empat D.I Yogyakarta, kelima Jawa Barat. Selanjutnya ada Jawa Tengah dan disusul dengan kita (Riau).",
     [("D.I Yogyakarta", "Peringkat empat", "4"), ("Jawa Barat", "kelima", "5")]),
])
def test_the_names_after_disusul_take_the_next_places(text, expected):
    awards = checked_awards(text, dt.date(2018, 9, 30))
    assert [(a.recipient, a.title, a.rank) for a in awards] == expected


@pytest.mark.parametrize("text, titles", [
    # a competition named short in a title goes on with the level, year or edition another mention gives it
    ("Musabaqah Tilawatil Qur’an (MTQ) ke-XLIII tingkat Kabupaten Bengkalis resmi ditutup oleh Bupati Bengkalis.\n\n"
     "Sementara itu, dari semua cabang yang diperlombakan, Kecamatan Bengkalis dinobatkan menjadi juara umum pertama "
     "MTQ ke-XLIII dengan poin 91.",
     ["juara umum pertama MTQ ke-XLIII tingkat Kabupaten Bengkalis"]),
    ("TENGGAYUN - Bupati Kasmarni membuka MTQ ke-4 Tingkat Kecamatan Bandar Laksamana, Ahad malam, 17 Oktober 2021.\n"
     "Dengan begitu, Piala bergilir MTQ yang berhasil diraih Desa Tenggayun tahun sebelumnya kini diperebutkan "
     "kembali.",
     ["Piala bergilir MTQ ke-4 Tingkat Kecamatan Bandar Laksamana"]),
    # another mention that goes on with other words (no level, year or edition) lends nothing
    ("Lomba desa wisata dibuka Bupati. Desa Buatan meraih juara I lomba desa.", ["juara I lomba desa"]),
])
def test_a_competition_takes_its_full_name(text, titles):
    awards = checked_awards(text, dt.date(2021, 10, 18))
    assert [a.title for a in awards] == titles



@pytest.mark.parametrize("first, later, same", [
    # an abbreviation in capitals, of the words before it (sbdkab-sbd-menjuarai-lomba-inovasi-daerah-tat)
    ("Kabupaten Sumba Barat Daya (SBD)", "Kabupaten SBD", True),
    ("Kabupaten Sumba Barat Daya (SBD)", "SBD", True),
    # a bracket that abbreviates nothing: an age (ppid-10528)
    ("Rahma Nelly (47)", "47", False),
])
def test_an_abbreviated_recipient_is_the_recipient_in_full(first, later, same):
    from psm_extract.extractors.awards import _Seen
    seen = _Seen(set())
    key = seen.recipient_key(first)
    assert (seen.recipient_key(later) == key) is same


@pytest.mark.parametrize("text, expected", [
    # (recipient, title, rank); sentences of medal standings on news pages (url cited)
    # https://bengkulu.antaranews.com/berita/84536/raih-22-emas-riau-kokoh-dipuncak-klasemen-perolehan-medali
    ("Provinsi Riau sudah menduduki puncak klasemen sementara perolehan medali sejak hari pertama Porwil Sumatera "
     "dimulai.",
     [("Provinsi Riau", "puncak klasemen sementara perolehan medali", "1")]),
    ("Posisi ketiga diisi oleh Provinsi Sumatera Utara.", [("Provinsi Sumatera Utara", "Posisi ketiga", "3")]),
    ("Diposisi keempat ditempati Provinsi Bangka Belitung dengan raihan 33 medali.",
     [("Provinsi Bangka Belitung", "Diposisi keempat", "4"), ("Provinsi Bangka Belitung", "33 medali", None)]),
    # https://www.gosumut.com/berita/baca/2016/09/20/update-klasemen-pon-xix-meski-nambah-2-perak-provinsi-riau-turun-ke-posisi-7-dengan-total-22-medali/
    ("Informasi yang berhasil dihimpun GoNews.co dari situs resmi PON XIX 2016, Jabar masih kokoh di puncak klasemen "
     "dengan raihan 79 medali emas, 40 perak, dan 51 perunggu.",
     [("Jabar", "puncak klasemen PON XIX 2016", "1"),
      ("Jabar", "79 medali emas, 40 perak, dan 51 perunggu PON XIX 2016", None)]),
    # http://regional.kompas.com/read/2023/11/15/110350778/borong-medali-di-porwil-sumatera-xi-riau-keluar-sebagai-juara-umum
    ("Untuk diketahui, Provinsi Riau berhasil meraih juara umum, dengan perolehan 41 medali emas, 21 medali perak, "
     "dan 33 medali perunggu.",
     [("Provinsi Riau", "juara umum", "umum"),
      ("Provinsi Riau", "41 medali emas, 21 medali perak, dan 33 medali perunggu", None)]),
    # https://www.goriau.com/berita/baca/perolehan-medali-porprov-x-riau-pekanbaru-kokoh-di-puncak.html
    ("Selanjutnya, untuk posisi kedua Kabupaten Bengkalis 17 emas, 15 perak, 17 perunggu.",
     [("Kabupaten Bengkalis", "posisi kedua", "2"), ("Kabupaten Bengkalis", "17 emas, 15 perak, 17 perunggu", None)]),
    ("Disusul posisi keenam Kabupaten Siak 5 medali emas, 3 perak dan 5 perunggu.",
     [("Kabupaten Siak", "posisi keenam", "6"), ("Kabupaten Siak", "5 medali emas, 3 perak dan 5 perunggu", None)]),
    # a verb of topping a standing, the standing its title (camatrupat-bengkalis-346)
    ("Capaian tersebut membuat Bengkalis kian kokoh memuncaki klasmen sementara perolehan medali emas.",
     [("Bengkalis", "klasmen sementara perolehan medali emas", "1")]),
    # "selain ..., X": the team of the main clause (diskominfotik-bengkalis-7075)
    ("Dengan perolehan 64 medali emas tersebut, selain kian kokoh di puncak klasemen sementara perolehan medali, "
     "kontingen Bengkalis kian melebarkan jarak dengan tuan rumah.",
     [("Bengkalis", "puncak klasemen sementara perolehan medali", "1")]),
    # "Disusul" starting a sentence is no part of the name (https://kaltenghits.com/?p=28020)
    ("Disusul Katingan sebagai juara keempat dengan 37 medali emas, 20 perak dan 40 perunggu.",
     [("Katingan", "juara keempat", "4"), ("Katingan", "37 medali emas, 20 perak dan 40 perunggu", None)]),
    # "bertengger" before a rank written as one word with "di"
    # (https://sports.sindonews.com/berita/1142751/51/daftar-perolehan-medali-pon-xix-2016-selasa-2792016-hingga-pukul-2100-wib)
    ("Jabar jauh meninggalkan Jawa Timur yang bertengger diperingkat 2 dengan 123 emas, 123 perak, dan 116 perunggu.",
     [("Jawa Timur", "diperingkat 2", "2"), ("Jawa Timur", "123 emas, 123 perak, dan 116 perunggu", None)]),
    # the tally in the next sentence after "Jumlah tersebut terdiri dari"
    # (https://belitongtoday.com/klasemen-sementara-perolehan-medali-porprov-babel-2023-belitung-bercokol-di-posisi-tujuh-bateng-kokoh-dipuncak-klasemen/)
    ("Bateng berhasil meraih sebanyak 130 medali. Jumlah tersebut terdiri dari 59 medali emas, 37 medali perak, dan 34 "
     "medali perunggu.",
     [("Bateng", "130 medali. Jumlah tersebut terdiri dari 59 medali emas, 37 medali perak, dan 34 medali perunggu",
       None)]),
    # counts in words (https://berita.batangkab.go.id/?p=1&id=11209)
    ("Di hari pertama event olahraga tersebut, hasil sementara kontingen Kabupaten Batang berhasil meraih tiga medali "
     "emas, satu perak dan satu perunggu.",
     [("Kabupaten Batang", "tiga medali emas, satu perak dan satu perunggu event olahraga", None)]),
    # "total" between the verb and the count
    # (https://www.lintas86.com/2025/07/porprov-ix-jatim-2025-ponorogo-raih-38medali-tunjukkan-semangat-juang-gemilang.html)
    ("Atlet-atlet Ponorogo berhasil meraih total 38 medali, terdiri dari 9 emas, 11 perak, dan 18 perunggu, "
     "menegaskan semangat juang.",
     [("Atlet-atlet Ponorogo", "38 medali, terdiri dari 9 emas, 11 perak, dan 18 perunggu", None)]),
    # "teratas": the first place (https://penasultra.id/baubau-masih-posisi-pertama-peraih-medali-terbanyak-di-porprov-sultra-2022)
    ("Sesuai data dari tim Media Center, Baubau masih berada di posisi teratas dengan jumlah medali sebanyak 51.",
     [("Baubau", "posisi teratas", "1")]),
    # "memimpin klasemen": the first place; "dikantongi" a passive verb
    # (https://iklan.riaupos.co/riau/20/11/2022/288266/klasemen-porprov-x-riau-kuansing-geser-bengkalis-di-puncak.html)
    ("Berdasarkan update sementara data perolehan medali dari PB Porprov, Kuansing kini memimpin klasemen dengan "
     "dengan perolehan 63 emas, 47 perak dan 57 perunggu total 167 medali.",
     [("Kuansing", "klasemen", "1")]),
    ("Cerita dia, 1 medali perunggu dikantongi Rendi Fernanda yang menyelesaikan pertarungannya melawan atlet Kampar.",
     [("Rendi Fernanda", "1 medali perunggu", None)]),
    # verbs of collecting medals; ", yang mengemas" after a name: that name's medals
    # (https://www.delikreportase.com/berita/12005/hanya-25-cabor-penyumbang-medali-riau-di-pon-xix-2016.html)
    ("Kontingen tataran Tanah Pasundan berhasil menjadi juara umum dengan mengemas 217 medali emas, 217 medali perak "
     "dan 156 perunggu.",
     [("Tanah Pasundan", "juara umum", "umum"),
      ("Tanah Pasundan", "217 medali emas, 217 medali perak dan 156 perunggu", None)]),
    ("Torehan medali emas dari cabor layar membuat Bali merengkuh 20 medali emas, selisih medali emas dari kontingen "
     "Riau, yang mengemas 18 medali emas, 26 perak 28 perunggu.",
     [("Bali", "20 medali emas", None), ("Riau", "18 medali emas, 26 perak 28 perunggu", None)]),
    # a name followed by a place of its own is no co-recipient
    # (http://kutaikartanegaranews.com/2018/09/kumpulkan-nilai-tertinggi-kafilah-loa-janan-juara-umum-mtq-ke-40.html)
    ("Hasilnya, kafilah kecamatan Loa Janan keluar sebagai juara pertama dengan mengumpulkan nilai tertinggi, disusul "
     "tempat kedua kafilah Muara Jawa serta Loa Kulu di urutan ketiga.",
     [("Loa Janan", "juara pertama", "1"), ("Muara Jawa", "tempat kedua", "2"), ("Loa Kulu", "urutan ketiga", "3")]),
    # the subject between commas, the verb after them
    # (https://sumeks.disway.id/read/700763/7-tahun-puasa-gelar-kecamatan-tanjung-batu-akhirnya-masuk-3-besar-juara-umum-mtq-tingkat-kabupaten-ogan-ilir)
    ("Pada perolehan medali, kafilah Kecamatan Tanjung Batu, berhasil mengumpulkan 51 medali yang terdiri dari delapan "
     "medali emas, tiga medali perak, dan dua medali perunggu.",
     [("Kecamatan Tanjung Batu",
       "51 medali yang terdiri dari delapan medali emas, tiga medali perak, dan dua medali perunggu", None)]),
    # a place among the general champions is one award, "ke-" before its number
    # (https://sumeks.disway.id/read/700763/7-tahun-puasa-gelar-kecamatan-tanjung-batu-akhirnya-masuk-3-besar-juara-umum-mtq-tingkat-kabupaten-ogan-ilir)
    ("Kafilah Kecamatan Tanjung Batu berhasil menempati posisi ke-3 juara umum MTQ XXX tahun 2024 tingkat Kabupaten "
     "Ogan Ilir.",
     [("Kafilah Kecamatan Tanjung Batu", "posisi ke-3 juara umum MTQ XXX tahun 2024 tingkat Kabupaten Ogan Ilir",
       "umum 3")]),
    ("Betapa tidak, kafilah Kecamatan Tanjung Batu berhasil keluar sebagai juara umum ke-3, pada klasemen akhir MTQ XXX "
     "tahun 2024 tingkat Kabupaten Ogan Ilir ini.",
     [("Kecamatan Tanjung Batu", "juara umum ke-3 MTQ XXX tahun 2024 tingkat Kabupaten Ogan Ilir", "umum 3")]),
    # the lines of a medal table: a list mark, the name, its tally in brackets; every line takes the event named
    # before the table (its list lines end no paragraph)
    # (https://riauonline.co.id/kota-pekanbaru/read/2021/10/01/klasemen-perolehan-medali-pon-papua-jakarta-melejit-riau-tambah-perunggu)
    ("Berikut Riauonline.co.id merangkum daftar 10 besar perolehan medali emas menuju PON XX 2021 Papua, 2 - 15 "
     "Oktober.\n\n1. DKI Jakarta (21 Emas, 10 Perak dan 11 Perunggu).\n2. Papua (16 Emas, 5 Perak dan 10 Perunggu).\n"
     "9. Sulawesi Tenggara (1 Emas dan 1 Perak).",
     [("DKI Jakarta", "21 Emas, 10 Perak dan 11 Perunggu PON XX 2021 Papua", None),
      ("Papua", "16 Emas, 5 Perak dan 10 Perunggu PON XX 2021 Papua", None),
      ("Sulawesi Tenggara", "1 Emas dan 1 Perak PON XX 2021 Papua", None)]),
    # "sementara" between a place and its passive verb (belitongtoday, as above)
    ("Sedangkan di posisi kedua sementara ditempati oleh Kabupaten Bangka dengan sebanyak 115 medali.",
     [("Kabupaten Bangka", "posisi kedua", "2"), ("Kabupaten Bangka", "115 medali", None)]),
    # a rank after "Disusul" is no name (https://cilacap.info/ci-59539/senam-bahagia-gebyar-milad-aisyiyah-ke-107-diikuti-130-ibu-ibu-pra-bumiayu/3)
    ("Kontingen Pimpinan Ranting Aisyiyah (PRA) Adisana berhasil meraih Juara 1 dengan nilai 357,5. Disusul Juara 2 "
     "diraih oleh PRA Talok dengan nilai 347,5, dan Juara 3 diraih oleh PRA Baruamba dengan nilai 341.",
     [("Kontingen Pimpinan Ranting Aisyiyah (PRA) Adisana", "Juara 1", "1"), ("PRA Talok", "Juara 2", "2"),
      ("PRA Baruamba", "Juara 3", "3")]),
    # the name right before "dengan meraih" (https://www.nusabali.com/berita/124115/smpn-1-manggis-dominasi-juara-lomba-pramuka)
    ("Kontingen SMPN 1 Manggis menyabet 11 medali emas, 3 perak, dan 1 perunggu. Saingan terdekatnya SMPN 2 Manggis "
     "dengan meraih 2 medali emas dan 4 perak.",
     [("Kontingen SMPN 1 Manggis", "11 medali emas, 3 perak, dan 1 perunggu", None),
      ("SMPN 2 Manggis", "2 medali emas dan 4 perak", None)]),
    # "dengan total medali 195" after the name's abbreviation in brackets
    # (https://sumsel.tribunnews.com/amp/2023/09/22/update-perolehan-medali-porprov-sumsel-xiv-kontingen-lahat-tak-terkejar-semakin-kokokh-dipuncak)
    ("Urutan kedua Kabupaten Musi Banyuasin (Muba) dengan total medali 195, yaitu 69 medali emas, 67 perak, dan 59 "
     "perunggu.",
     [("Kabupaten Musi Banyuasin", "Urutan kedua", "2"),
      ("Kabupaten Musi Banyuasin", "medali 195, yaitu 69 medali emas, 67 perak, dan 59 perunggu", None)]),
    # a comma after the passive verb (https://www.delikreportase.com/berita/12005/hanya-25-cabor-penyumbang-medali-riau-di-pon-xix-2016.html)
    ("Juara umum kedua ditempati, Jawa Timur dengan 133 medali emas, 137 perak dan 138 perunggu.",
     [("Jawa Timur", "Juara umum kedua", "umum 2"),
      ("Jawa Timur", "133 medali emas, 137 perak dan 138 perunggu", None)]),
])
def test_medal_standings(text, expected):
    awards = checked_awards(text, dt.date(2022, 11, 15))
    assert [(a.recipient, a.title, a.rank) for a in awards] == expected


def test_a_count_that_sums_the_tally_before_is_no_award_of_its_own():
    # ppid-10283 (dev): "dengan total 25 medali" sums the medals just named
    text = ("Provinsi Riau memperoleh peringkat 7 nasional. Dijelaskan, dengan memperoleh sebanyak 6 medali emas, "
            "6 medali perak, dan 13 medali perunggu, dengan total 25 medali itu membuktikan saingan Riau adalah "
            "Pulau Jawa.")
    awards = checked_awards(text, dt.date(2023, 11, 1))
    assert [a.title for a in awards] == ["peringkat 7 nasional", "6 medali emas, 6 medali perak, dan 13 medali perunggu"]


@pytest.mark.parametrize("text, expected", [
    # (recipient, title, rank): a series of ranks shares out the list of names after its verb, in order
    # a comma before the last "dan"
    ("Semnetara lomba masak nasi goreng untuk juara 1, 2, dan 3 dimenangkan BPKAD, Satpol PP dan BPSDM.",
     [("BPKAD", "lomba masak nasi goreng untuk juara 1", "1"), ("Satpol PP", "juara 2 lomba masak nasi goreng", "2"),
      ("BPSDM", "juara 3 lomba masak nasi goreng", "3")]),
    # a range: each rank from the first to the last (the one inside it written by the head alone)
    ("Lomba Ajang Kreativitas seni budaya, Juara II dan III diraih Kabupaten Banyumas dan Blora. Juara Harapan I – III "
     "masing-masing diraih Kabupaten Pekalongan, Kota Semarang, dan Kabupaten Pemalang.",
     [("Kabupaten Banyumas", "Juara II Ajang Kreativitas seni budaya", "2"),
      ("Blora", "Juara III Ajang Kreativitas seni budaya", "3"),
      ("Kabupaten Pekalongan", "Juara Harapan I Ajang Kreativitas seni budaya", "harapan 1"),
      ("Kota Semarang", "Juara Harapan Ajang Kreativitas seni budaya", "harapan 2"),
      ("Kabupaten Pemalang", "Juara Harapan III Ajang Kreativitas seni budaya", "harapan 3")]),
    # "hingga" after a comma, "masing-masing" after a comma; "masing-masing" and the names with no verb
    ("Hasil lengkap kejuaraan untuk lomba Eksplorasi Cagar Budaya untuk juara II dan III masing-masing Kabupaten "
     "Grobogan dan Kabupaten Magelang.  Juara Harapan I hingga III, masing-masing diraih Kabupaten Pekalongan, Sragen "
     "dan Kota Pekalongan.",
     [("Kabupaten Grobogan", "lomba Eksplorasi Cagar Budaya untuk juara II", "2"),
      ("Kabupaten Magelang", "juara III lomba Eksplorasi Cagar Budaya", "3"),
      ("Kabupaten Pekalongan", "Juara Harapan I lomba Eksplorasi Cagar Budaya", "harapan 1"),
      ("Sragen", "Juara Harapan lomba Eksplorasi Cagar Budaya", "harapan 2"),
      ("Kota Pekalongan", "Juara Harapan III lomba Eksplorasi Cagar Budaya", "harapan 3")]),
    # a copula instead of the verb
    ("Sedangkan kecamatan terbaik pertama, kedua, dan ketiga yakni Pengadegan, Rembang, dan Karanganyar.",
     [("Pengadegan", "terbaik pertama", "1"), ("Rembang", "terbaik kedua", "2"), ("Karanganyar", "terbaik ketiga", "3")]),
    # the verb written in two words
    ("Juara-juara lomba jajanan khas Kaltim, serta Juara favorit di raih Bapenda.",
     [("Bapenda", "Juara favorit lomba jajanan khas Kaltim", "favorit")]),
    # prizes shared out are no winners
    ("Sedang juara Harapan I – III masing-masing meraih Rp 1 juta, Rp 750 ribu, dan Rp 500 ribu.", []),
])
def test_a_series_of_ranks_shares_out_the_names(text, expected):
    awards = checked_awards(text, dt.date(2015, 10, 30))
    assert [(a.recipient, a.title, a.rank) for a in awards] == expected


@pytest.mark.parametrize("text, expected", [
    # (recipient, title): a unit word in lower case starts the name after it
    ("Untuk juara kedua diraih oleh kalurahan Wukirsari, Cangkringan, dan juara ketiga dimenangkan oleh kalurahan "
     "Wedomartani, Ngemplak.",
     [("kalurahan Wukirsari", "juara kedua"), ("kalurahan Wedomartani", "juara ketiga")]),
    # a name after a comma that no "dan" closes is where the recipient lies, no co-recipient
    ("Gelar juara pertama lomba kalurahan inovatif diraih oleh Kalurahan Tridadi, Sleman.",
     [("Kalurahan Tridadi", "juara pertama lomba kalurahan inovatif")]),
    # "juara ke Tiga"; "Nagari" is an administrative unit
    ("Untuk Peringkat Kedua Nagari Kapau Kec. Tilatang Kamang Kab.Agam dan Juara ke Tiga Nagari Piobang "
     "Kec.Payakumbuh Kabupaten Lima Puluh Kota.",
     [("Nagari Kapau Kec. Tilatang Kamang Kab.Agam", "Peringkat Kedua"),
      ("Nagari Piobang Kec.Payakumbuh Kabupaten Lima Puluh Kota", "Juara ke Tiga")]),
    # the abbreviations of Indonesian competitions (MQK, Peparpeda) are competitions a rank shares
    ("Humas Musabaqah Qira’atil Kutub (MQK) Nasional Tingkat Propinsi Sumbar ke-IV, Jumat (24/6) resmi ditutup "
     "Kakanwil Kemenag Sumbar. Urutan kedua dan ketiga ditempati Kabupaten Padang Pariaman dan Kota Padang.",
     [("Kabupaten Padang Pariaman", "Urutan kedua MQK Nasional Tingkat Propinsi Sumbar ke-IV"),
      ("Kota Padang", "Urutan ketiga MQK Nasional Tingkat Propinsi Sumbar ke-IV")]),
    # "juara ke-13 kalinya" is a count of wins, no rank
    ("Kabupaten Siak meraih juara ke-13 kalinya.", []),
])
def test_winners_names_in_lists(text, expected):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [(a.recipient, a.title) for a in awards] == expected


@pytest.mark.parametrize("text, expected", [
    # (recipient, title): a score between the rank and the verb; a unit word alone names no recipient
    ("Adapun perwakilan Kecamatan yang mendapat juara diantaranya juara I dengan nilai 465 dimenangkan oleh Kecamatan "
     "Buleleng, juara II dengan nilai 449 diraih oleh Kecamatan Kubutambahan dan juara III dengan nilai 439 didapatkan "
     "oleh Kecamatan Banjar.",
     [("Kecamatan Buleleng", "juara I"), ("Kecamatan Kubutambahan", "juara II"), ("Kecamatan Banjar", "juara III")]),
    # a comma between the rank and the winner in a winners' list
    ("Selain penghargaan FK Metra, juga diumumkan juara Lomba Film Pendek yang diikuti oleh KIM se-Jawa Tengah dengan "
     "hasil Juara I KIM WR Soepratman Purworejo, judul Gagal Paham, Juara II KIM Kelathi Bersinar Klaten, judul Bejo Vs "
     "Agus, Juara III, KIM Tunas Harapan Karanganyar, judul Sang Pinilih, Juara Harapan I, KIM Pramuka Milenial "
     "Sukoharjo, judul Nawasena.",
     [("KIM WR Soepratman Purworejo", "Juara I Lomba Film Pendek"),
      ("KIM Kelathi Bersinar Klaten", "Juara II Lomba Film Pendek"),
      ("KIM Tunas Harapan Karanganyar", "Juara III Lomba Film Pendek"),
      ("KIM Pramuka Milenial Sukoharjo", "Juara Harapan I Lomba Film Pendek")]),
    # the lines of a bulleted winners' list, any name after the rank
    ("Pengumuman Pemenang Gelar Potensi Kalurahan/Kelurahan Budaya 2024 adalah sebagai berikut:\nKategori Kelompok\n"
     "- Seni Pertunjukkan\n- Terbaik I Triwidadi\n- Terbaik II Bendung\n- Terbaik III Putat Patuk\n- Pameran\n"
     "- Terbaik I Wukirsari\nIndividu",
     [("Triwidadi", "Terbaik I"), ("Bendung", "Terbaik II"), ("Putat Patuk", "Terbaik III"), ("Wukirsari", "Terbaik I")]),
])
def test_winners_list_items(text, expected):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [(a.recipient, a.title) for a in awards] == expected


@pytest.mark.parametrize("text, expected", [
    # (recipient, title): a subject opened by a conjunction and closed by a comma, the award verb after it
    ("Penilaian itu dilakukan, sebab Nagari Sungai Nyalo IV Koto Mudiak, berhasil meraih peringkat I sebagai nagari "
     "berprestasi tingkat Pesisir Selatan Tahun 2017 dengan nilai 85,38.",
     [("Nagari Sungai Nyalo IV Koto Mudiak", "peringkat I")]),
    # an award in a clause after "setelah": the unit that opens the sentence
    ("Nagari Manggopoh ditetapkan sebagai wakil Kabupaten Agam setelah keluar sebagai juara II pada penilaian tingkat "
     "Kabupaten Agam dengan nilai 85,14.",
     [("Nagari Manggopoh", "juara II pada penilaian tingkat Kabupaten Agam")]),
    # a place before the comma is no subject
    ("Sedangkan pada tahun 2017 pada saat MTQ ke-42 di Kecamatan Pinggir, meraih juara umum II.", []),
])
def test_the_subject_of_the_award_verb(text, expected):
    awards = checked_awards(text, dt.date(2017, 7, 1))
    assert [(a.recipient, a.title) for a in awards] == expected


def test_the_judging_of_a_competition_is_not_its_name():
    """``penilaian dewan juri`` (no capitalised word) is the judging: a rank takes the competition named before it."""
    text = ("Terdapat 9 Kecamatan di Kabupaten Buleleng yang mengikuti Lomba Balaganjur ini. Masyarakat pun beramai-ramai "
            "ikut menyaksikan perlombaan ini. Dan didapatlah beberapa Kecamatan yang lolos menjadi juara sesuai dengan "
            "penilaian dewan juri. Adapun perwakilan Kecamatan yang mendapat juara diantaranya juara I dengan nilai 465 "
            "dimenangkan oleh Kecamatan Buleleng.")
    awards = checked_awards(text, dt.date(2018, 3, 26))
    assert [(a.recipient, a.title) for a in awards] == [("Kecamatan Buleleng", "juara I Lomba Balaganjur")]


@pytest.mark.parametrize("text, expected", [
    # "pernah meraih": a past award, no hope; a count of times and its years: one award a year
    ("Kecamatan Bantan pernah meraih juara umum sebanyak empat kali berturut-turut, yakni tahun 2013, 2014, 2015 "
     "dan 2016.",
     [("Kecamatan Bantan", "juara umum", 2013), ("Kecamatan Bantan", "juara umum", 2014),
      ("Kecamatan Bantan", "juara umum", 2015), ("Kecamatan Bantan", "juara umum", 2016)]),
    ("Kabupaten Siak meraih penghargaan Adipura tiga kali, pada 2016, 2017 dan 2019, kata Bupati.",
     [("Kabupaten Siak", "penghargaan Adipura", 2016), ("Kabupaten Siak", "penghargaan Adipura", 2017),
      ("Kabupaten Siak", "penghargaan Adipura", 2019)]),
])
def test_repeated_award_years(text, expected):
    awards = checked_awards(text, dt.date(2018, 9, 23))
    assert [(a.recipient, a.title, a.year) for a in awards] == expected


# General constructions (this round): each with the train sentence and synthetic variants.
@pytest.mark.parametrize("text, expected", [
    # ranks shared out over names, one of them an organisation that goes on over "dan": the list's own "dan" last
    ("Semnetara lomba masak nasi goreng untuk juara 1, 2, dan 3 dimenangkan BPKAD, Satpol PP dan BPSDM, sedangkan "
     "Harapan 1, 2 dan 3 diraih Dinas Kelautan dan Perikanan, Dinas Perkebunan dan BKKBN.",
     [("BPKAD", "lomba masak nasi goreng untuk juara 1", "1", None, 2019),
      ("Satpol PP", "juara 2 lomba masak nasi goreng", "2", None, 2019),
      ("BPSDM", "juara 3 lomba masak nasi goreng", "3", None, 2019),
      ("Dinas Kelautan dan Perikanan", "Harapan 1 lomba masak nasi goreng", "harapan 1", None, 2019),
      ("Dinas Perkebunan", "Harapan 2 lomba masak nasi goreng", "harapan 2", None, 2019),
      ("BKKBN", "Harapan 3 lomba masak nasi goreng", "harapan 3", None, 2019)]),
    ("Lomba pidato untuk juara 1, 2 dan 3 diraih Dinas Pendidikan dan Kebudayaan, Dinas Sosial dan Bappeda.",
     [("Dinas Pendidikan dan Kebudayaan", "Lomba pidato untuk juara 1", "1", None, 2019),
      ("Dinas Sosial", "juara 2 Lomba pidato", "2", None, 2019),
      ("Bappeda", "juara 3 Lomba pidato", "3", None, 2019)]),
    # a competition named before its rank ends at the rank: the rank is no part of what the others share
    ("Lomba masak nasi goreng juara 1, 2 dan 3 diraih BPKAD, Satpol PP dan BKKBN.",
     [("BPKAD", "Lomba masak nasi goreng juara 1", "1", None, 2019),
      ("Satpol PP", "juara 2 Lomba masak nasi goreng", "2", None, 2019),
      ("BKKBN", "juara 3 Lomba masak nasi goreng", "3", None, 2019)]),
    # "atas nama X" after a rank names its winner
    ("untuk pemenang juara Dua atas nama Maria Magdalena Tumani dengan nomor karya 23 yaitu warga dari RT 12 "
     "Kelurahan Pangongangan",
     [("Maria Magdalena Tumani", "juara Dua", "2", None, 2019)]),
    ("Juara harapan I lomba baca puisi atas nama Siti Aminah, siswi SMPN 2 Dumai.",
     [("Siti Aminah", "Juara harapan I lomba baca puisi", "harapan 1", None, 2019)]),
    # an award verb opening the sentence: the recipient after the award (a copula between them or none)
    ("Tampil sebagai juara umum kafilah Kabupaten Agam dengan 15 emas, 10 perak dan 7 perunggu.",
     [("Kabupaten Agam", "juara umum", "umum", None, 2019),
      ("Kabupaten Agam", "15 emas, 10 perak dan 7 perunggu", None, None, 2019)]),
    ("Keluar sebagai juara pertama lomba pidato tingkat provinsi adalah Desa Sukamaju.",
     [("Desa Sukamaju", "juara pertama lomba pidato tingkat provinsi", "1", "provinsi", 2019)]),
    ("Keluar sebagai juara I lomba pidato yaitu SMAN 2 Tualang.",
     [("SMAN 2 Tualang", "juara I lomba pidato", "1", None, 2019)]),
    ("Tampil sebagai juara umum kontingen Kota Pekanbaru dengan raihan 40 medali emas.",
     [("Kota Pekanbaru", "juara umum", "umum", None, 2019),
      ("Kota Pekanbaru", "40 medali emas", None, None, 2019)]),
    # "dengan hasil" before the first item of a winners' list: the item names its winner after the rank
    ("Selain penghargaan FK Metra, juga diumumkan juara Lomba Film Pendek yang diikuti oleh KIM se-Jawa Tengah "
     "dengan hasil Juara I KIM WR Soepratman Purworejo, judul Gagal Paham, Juara II KIM Kelathi Bersinar Klaten, "
     "judul Bejo Vs Agus.",
     [("KIM WR Soepratman Purworejo", "Juara I Lomba Film Pendek", "1", None, 2019),
      ("KIM Kelathi Bersinar Klaten", "Juara II Lomba Film Pendek", "2", None, 2019)]),
    ("Pada lomba mewarnai tingkat TK, diumumkan dengan hasil juara I Desi Ratnasari, juara II Rina Marlina dan "
     "juara III Ahmad Fauzi.",
     [("Desi Ratnasari", "juara I lomba mewarnai tingkat TK", "1", None, 2019),
      ("Rina Marlina", "juara II lomba mewarnai tingkat TK", "2", None, 2019),
      ("Ahmad Fauzi", "juara III lomba mewarnai tingkat TK", "3", None, 2019)]),
])
def test_awards_general(text, expected):
    awards = checked_awards(text, dt.date(2019, 7, 1))
    assert [(a.recipient, a.title, a.rank, a.level, a.year) for a in awards] == expected
