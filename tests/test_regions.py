"""Regions: the Kemendagri table, Riau usage aliases, resolve() and find_regions()."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psm_extract import resources
from psm_extract.regions import Region, all_regions, by_code, find_regions, names_other_place, resolve


def test_table_has_every_province_and_kabupaten_kota():
    regions = all_regions()
    assert sum(r.kind == "provinsi" for r in regions) == 38
    assert sum(r.kind in ("kabupaten", "kota") for r in regions) == 514
    assert len({r.code for r in regions}) == len(regions)
    riau = [r for r in regions if r.province == "Riau" and r.kind != "provinsi"]
    assert len(riau) == 12


def test_every_alias_resolves_to_exactly_one_region():
    seen: dict[str, str] = {}
    for row in resources.tsv("region_aliases.tsv"):
        key = row["alias"].casefold()
        assert key not in seen, f"alias {row['alias']!r} listed twice"
        seen[key] = row["code"]
        region = resolve(row["alias"])
        assert region is not None and region.code == row["code"], row
        assert by_code(row["code"]) == region


@pytest.mark.parametrize("name, code, official", [
    ("Kab. Siak", "14.08", "Kabupaten Siak"),
    ("Siak", "14.08", "Kabupaten Siak"),
    ("Kab Siak", "14.08", "Kabupaten Siak"),
    ("KAB. SIAK", "14.08", "Kabupaten Siak"),
    ("kabupaten siak", "14.08", "Kabupaten Siak"),
    ("Inhu", "14.02", "Kabupaten Indragiri Hulu"),
    ("Kab. Inhu", "14.02", "Kabupaten Indragiri Hulu"),
    ("Inhil", "14.04", "Kabupaten Indragiri Hilir"),
    ("Kuansing", "14.09", "Kabupaten Kuantan Singingi"),
    ("Rohil", "14.07", "Kabupaten Rokan Hilir"),
    ("ROHIL", "14.07", "Kabupaten Rokan Hilir"),
    ("Rohul", "14.06", "Kabupaten Rokan Hulu"),
    ("Meranti", "14.10", "Kabupaten Kepulauan Meranti"),
    ("Kab. Kep. Meranti", "14.10", "Kabupaten Kepulauan Meranti"),
    ("Kota Pekanbaru", "14.71", "Kota Pekanbaru"),
    ("Pekanbaru", "14.71", "Kota Pekanbaru"),
    ("Dumai", "14.72", "Kota Dumai"),
    ("Kab/Kota Dumai", "14.72", "Kota Dumai"),
    ("Kota Palangka Raya", "62.71", "Kota Palangkaraya"),  # kalteng-berita-287: the city spelled in two words
    ("Bengkalis", "14.03", "Kabupaten Bengkalis"),
    ("Kota Siak", "14.08", "Kabupaten Siak"),  # the town, as find_regions reads it
    ("Provinsi Riau", "14", "Riau"),
    ("Riau", "14", "Riau"),
    ("Kepulauan Riau", "21", "Kepulauan Riau"),
    ("DKI Jakarta", "31", "Daerah Khusus Ibukota Jakarta"),
    ("D.I Yogyakarta", "34", "Daerah Istimewa Yogyakarta"),
    ("Kota Solok", "13.72", "Kota Solok"),
    ("Kabupaten Solok", "13.02", "Kabupaten Solok"),
    ("Kota Administrasi Jakarta Pusat", "31.71", "Kota Administrasi Jakarta Pusat"),
    # every Riau kabupaten/kota in its common written forms
    ("Kabupaten Kepulauan Meranti", "14.10", "Kabupaten Kepulauan Meranti"),
    ("Kab. Inhil", "14.04", "Kabupaten Indragiri Hilir"),
    ("Kabupaten Inhu", "14.02", "Kabupaten Indragiri Hulu"),
    ("Kab. Rohul", "14.06", "Kabupaten Rokan Hulu"),
    ("Kabupaten Rohil", "14.07", "Kabupaten Rokan Hilir"),
    ("Kab. Kuansing", "14.09", "Kabupaten Kuantan Singingi"),
    ("Kab Kampar", "14.01", "Kabupaten Kampar"),
    ("KAB. BENGKALIS", "14.03", "Kabupaten Bengkalis"),
    ("Kab. Pelalawan", "14.05", "Kabupaten Pelalawan"),
    ("Kotamadya Pekanbaru", "14.71", "Kota Pekanbaru"),
    ("KOTA DUMAI", "14.72", "Kota Dumai"),
    ("Indragiri Hilir", "14.04", "Kabupaten Indragiri Hilir"),
    ("Kuantan Singingi", "14.09", "Kabupaten Kuantan Singingi"),
    ("Rokan Hulu", "14.06", "Kabupaten Rokan Hulu"),
    # capital towns lie in their kabupaten
    ("Bangkinang", "14.01", "Kabupaten Kampar"),
    ("Pasir Pengaraian", "14.06", "Kabupaten Rokan Hulu"),
    ("Pasirpengaraian", "14.06", "Kabupaten Rokan Hulu"),
    ("Bagansiapiapi", "14.07", "Kabupaten Rokan Hilir"),
    ("Bagan Siapi-api", "14.07", "Kabupaten Rokan Hilir"),
    ("Teluk Kuantan", "14.09", "Kabupaten Kuantan Singingi"),
    ("Rengat", "14.02", "Kabupaten Indragiri Hulu"),
    ("Tembilahan", "14.04", "Kabupaten Indragiri Hilir"),
    ("Pangkalan Kerinci", "14.05", "Kabupaten Pelalawan"),
    ("Selatpanjang", "14.10", "Kabupaten Kepulauan Meranti"),
    ("Siak Sri Indrapura", "14.08", "Kabupaten Siak"),
    # unambiguous nicknames
    ("Kota Bertuah", "14.71", "Kota Pekanbaru"),
    ("Negeri Seribu Parit", "14.04", "Kabupaten Indragiri Hilir"),
    ("Negeri Junjungan", "14.03", "Kabupaten Bengkalis"),
    ("Negeri Istana", "14.08", "Kabupaten Siak"),
    ("Bumi Lancang Kuning", "14", "Riau"),
    # compounds written joined, split or hyphenated: the whole gazetteer, not a list of names
    ("Tanjungpinang", "21.72", "Kota Tanjung Pinang"),
    ("Kota Tanjungpinang", "21.72", "Kota Tanjung Pinang"),
    ("Pangkalpinang", "19.71", "Kota Pangkal Pinang"),
    ("Bandarlampung", "18.71", "Kota Bandar Lampung"),
    ("Baubau", "74.72", "Kota Bau Bau"),
    ("Kota Bau-Bau", "74.72", "Kota Bau Bau"),
    ("Kabupaten Tolitoli", "72.04", "Kabupaten Toli-Toli"),
    ("Lubuklinggau", "16.73", "Kota Lubuk Linggau"),
    ("Pematang Siantar", "12.72", "Kota Pematangsiantar"),
    ("Bukit Tinggi", "13.75", "Kota Bukittinggi"),
    # train dindik-banyumaskab-21044: "Olimpiade Sains Nasional 2017 yang berlangsung di Pekan Baru, Riau"
    ("Pekan Baru", "14.71", "Kota Pekanbaru"),
    # informal names (spelling rows: resolve() and after a prefix only)
    # train dipersip-2020-penghargaan-pengawasan-kearsipan: "Rakornas Pengawasan Kearsipan di Solo"
    ("Solo", "33.72", "Kota Surakarta"),
    ("Kota Solo", "33.72", "Kota Surakarta"),
    ("Kota Jogja", "34.71", "Kota Yogyakarta"),
    ("Makasar", "73.71", "Kota Makassar"),
    ("Anambas", "21.05", "Kabupaten Kepulauan Anambas"),
    ("Kab. Anambas", "21.05", "Kabupaten Kepulauan Anambas"),
    ("Tanjung Balai Karimun", "21.02", "Kabupaten Karimun"),
    ("Tanjung Balai", "12.74", "Kota Tanjungbalai"),
    ("Kukar", "64.02", "Kabupaten Kutai Kartanegara"),
])
def test_resolve(name, code, official):
    region = resolve(name)
    assert region is not None
    assert (region.code, region.name) == (code, official)


def test_resolve_region_fields():
    assert resolve("Kab. Siak") == Region("14.08", "Kabupaten Siak", "kabupaten", "Riau")


@pytest.mark.parametrize("name", ["Solok", "Bekasi", "Kab/Kota", "Kabupaten", "", "Siak Hulu",
                                  "Kampar Utara", "Kota Riau", "lima", "Kota Baru", "Kab. Upaten"])
def test_resolve_none(name):
    assert resolve(name) is None


@pytest.mark.parametrize("text, expected", [
    # seed (4412)
    ("Peserta berasal dari Kab. Siak 25 peserta, Kab. Pelalawan 10 peserta dan Pekanbaru 10 peserta.",
     [("Kab. Siak", "14.08", "prefixed"), ("Kab. Pelalawan", "14.05", "prefixed"),
      ("Pekanbaru", "14.71", "bare")]),
    ("Dinas Sosial Provinsi Riau menggelar Bimtek di aula Kantor Bupati Siak",
     [("Provinsi Riau", "14", "prefixed"), ("Siak", "14.08", "bare")]),
    # kecamatan names are not kabupaten
    ("bertempat di Kecamatan Siak Hulu yang memang ditetapkan", []),
    ("Siak Hulu ; Pemerintah Kabupaten Kampar terus berupaya", [("Kabupaten Kampar", "14.01", "prefixed")]),
    ("diserahkan kepada Kecamatan Kampar Utara dan Peringkat ketiga diraih Kecamatan XIII Koto Kampar", []),
    ("Camat Siak Kecil", []),
    # abbreviations, capitals
    ("ROHIL - Gubernur Riau membuka turnamen di Kabupaten Rokan Hilir",
     [("ROHIL", "14.07", "abbr"), ("Riau", "14", "province"), ("Kabupaten Rokan Hilir", "14.07", "prefixed")]),
    ("Bupati Kab. Inhu dan Kadis Sosial Inhu", [("Kab. Inhu", "14.02", "prefixed"), ("Inhu", "14.02", "abbr")]),
    ("rombongan tiba di Rengat", [("Rengat", "14.02", "capital")]),
    # longest match, provinces
    ("Provinsi Kepulauan Riau dan Riau", [("Provinsi Kepulauan Riau", "21", "prefixed"), ("Riau", "14", "province")]),
    ("disusul DKI Jakarta, Jawa Timur, Banten, D.I Yogyakarta",
     [("DKI Jakarta", "31", "province"), ("Jawa Timur", "35", "province"), ("Banten", "36", "province"),
      ("D.I Yogyakarta", "34", "province")]),
    # 'Kab/Kota se-Provinsi Riau' is no kabupaten
    ("120 orang peserta dari Kab/Kota se-Provinsi Riau", [("Provinsi Riau", "14", "prefixed")]),
    # the town of Bengkalis lies in Kabupaten Bengkalis; 'Kota Bengkalis' is no kota
    ("keliling kota Bengkalis", [("Bengkalis", "14.03", "bare")]),
    # outside Riau: prefixed forms only
    ("studi banding ke Kota Bandung dan Kabupaten Bandung, lalu Bandung",
     [("Kota Bandung", "32.73", "prefixed"), ("Kabupaten Bandung", "32.04", "prefixed")]),
    # lower case bare names, words inside other words
    ("sungai siak dan Walikota Pekanbaru serta Pekanbaruan", [("Pekanbaru", "14.71", "bare")]),
    # Riau forms in running text: a name with its abbreviation, capitals of datelines, towns, nicknames
    ("Kab. Inhil, Kabupaten Kepulauan Meranti, Rokan Hulu (Rohul) dan Kuantan Singingi (Kuansing)",
     [("Kab. Inhil", "14.04", "prefixed"), ("Kabupaten Kepulauan Meranti", "14.10", "prefixed"),
      ("Rokan Hulu", "14.06", "bare"), ("Rohul", "14.06", "abbr"), ("Kuantan Singingi", "14.09", "bare"),
      ("Kuansing", "14.09", "abbr")]),
    ("KUANSING - Festival Pacu Jalur di Teluk Kuantan. PELALAWAN - di Pangkalan Kerinci",
     [("KUANSING", "14.09", "abbr"), ("Teluk Kuantan", "14.09", "capital"), ("PELALAWAN", "14.05", "bare"),
      ("Pangkalan Kerinci", "14.05", "capital")]),
    ("kunjungan ke Bangkinang, Pasir Pengaraian, Bagansiapiapi, Rengat, Tembilahan, Selatpanjang, Siak Sri "
     "Indrapura dan Bengkalis",
     [("Bangkinang", "14.01", "capital"), ("Pasir Pengaraian", "14.06", "capital"),
      ("Bagansiapiapi", "14.07", "capital"), ("Rengat", "14.02", "capital"), ("Tembilahan", "14.04", "capital"),
      ("Selatpanjang", "14.10", "capital"), ("Siak Sri Indrapura", "14.08", "capital"),
      ("Bengkalis", "14.03", "bare")]),
    ("di Kota Bertuah Pekanbaru dan Negeri Seribu Parit",
     [("Kota Bertuah", "14.71", "nickname"), ("Pekanbaru", "14.71", "bare"),
      ("Negeri Seribu Parit", "14.04", "nickname")]),
    # kecamatan and towns named after a kabupaten are not the kabupaten
    ("di Kecamatan Kampar Kiri, Kecamatan Rengat Barat dan Tembilahan Hulu", []),
    # joined compounds after a prefix (https://dprd.batam.go.id/2024/05/20/sekwan-batam-sambut-kafilah-kota-
    # tanjungpinang-untuk-mtqh-xxxi-provinsi-kepri/)
    ("Sekwan Batam Sambut Kafilah Kota Tanjungpinang untuk MTQH X Provinsi Kepri",
     [("Kota Tanjungpinang", "21.72", "prefixed"), ("Provinsi Kepri", "21", "prefixed")]),
    ("Kabupaten Limapuluh Kota dan Kabupaten Tulangbawang Barat", [
        ("Kabupaten Limapuluh Kota", "13.07", "prefixed"), ("Kabupaten Tulangbawang Barat", "18.12", "prefixed")]),
    ("Kota Bau-Bau, Kota Baubau dan Kabupaten Toli-toli", [("Kota Bau-Bau", "74.72", "prefixed"),
     ("Kota Baubau", "74.72", "prefixed"), ("Kabupaten Toli-toli", "72.04", "prefixed")]),
    # a Kepulauan regency without "Kepulauan" after its prefix (https://kemenag.bintankab.go.id/berita/read/
    # merapat-di-pelabuhan-tarempa-kafilah-bintan-disambut-oleh-bupati-dan-wabup-kepulauan-anambas)
    ("Tampak pula dalam penyambutan tersebut Kepala Kantor Kementerian Agama (Kakankemenag) Kabupaten Anambas, "
     "H. Erizal Abdullah, dan Ketua LAM Anambas H. Ardan.", [("Kabupaten Anambas", "21.05", "prefixed")]),
    # a split Pekanbaru is Pekanbaru; a spelling row is no bare name in running text
    ("di Pekan Baru, Riau", [("Pekan Baru", "14.71", "bare"), ("Riau", "14", "province")]),
    ("penampilan Solo gitar dan Kota Solo", [("Kota Solo", "33.72", "prefixed")]),
    # train diskominfo-kaltimprov-gubernur-siap-kunker-wilayah-selatan: an East Kalimantan abbreviation
    ("Kabupaten Paser dan Kabupaten Kutai Kartanegara (Kukar).",
     [("Kabupaten Paser", "64.01", "prefixed"), ("Kabupaten Kutai Kartanegara", "64.02", "prefixed"),
      ("Kukar", "64.02", "abbr")]),
])
def test_find_regions(text, expected):
    found = find_regions(text)
    assert [(m.text, m.region.code, m.rule) for m in found] == expected
    for m in found:
        assert text[m.start:m.end] == m.text


def test_find_regions_on_seed_page(fixtures_dir):
    text = (fixtures_dir / "pages" / "4412.txt").read_text(encoding="utf-8")
    found = find_regions(text)
    assert {m.region.name for m in found} == {"Riau", "Kabupaten Siak", "Kabupaten Pelalawan", "Kota Pekanbaru"}
    assert all(text[m.start:m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


@given(st.text(max_size=200))
def test_never_raises(text):
    for m in find_regions(text):
        assert text[m.start:m.end] == m.text
    resolve(text)


@pytest.mark.parametrize("word, names", [("Jalan", "street"), ("jl.", "street"), ("Kecamatan", "area"),
                                         ("Kelurahan", "area"), ("Sungai", "river"), ("Danau", "place"),
                                         ("Pulau", "place"), ("Halaman", "")])
def test_names_other_place(word, names):
    assert names_other_place(word) == names


def test_place_words_do_not_block_find_regions():
    # the island of Bengkalis lies in Kabupaten Bengkalis
    assert [m.text for m in find_regions("tiba di Pulau Bengkalis")] == ["Bengkalis"]
