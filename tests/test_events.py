"""extract_events on the dev fixtures and on single sentences: dates, venues, regions, organisers."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract.extractors import Context
from psm_extract.extractors.events import extract_events
from psm_extract.parse import Page, parse

D = dt.date


def _ctx(text: str, published: dt.date | None = None, dateline: str | None = None) -> Context:
    return Context(text=text, page=Page(published=published, dateline=dateline, text=text))


def _page_ctx(fixtures_dir, name: str) -> Context:
    page = parse(str(fixtures_dir / "pages" / f"{name}.txt"))
    return Context(text=page.text, page=page)


def _check_spans(ctx: Context, events) -> None:
    for ev in events:
        for span in ev.spans:
            assert ctx.text[span.start:span.end] == span.text
            assert span.field in ("name", "date", "venue", "organizer") and span.rule.startswith("events.")


def test_seed_page(fixtures_dir):
    ctx = _page_ctx(fixtures_dir, "4412")
    events = extract_events(ctx)
    assert len(events) == 1
    ev = events[0]
    assert (ev.name, ev.date, ev.end_date, ev.venue, ev.venue_region, ev.venue_region_code, ev.organizer) == (
        "Bimtek Pekerja Sosial Masyarakat (PSM)", D(2018, 9, 12), None, "aula Kantor Bupati Siak",
        "Kabupaten Siak", "14.08", "Dinas Sosial Provinsi Riau")
    assert {s.field for s in ev.spans} == {"name", "date", "venue", "organizer"}
    _check_spans(ctx, events)


# page -> (date, end_date, venue, venue_region) of each event, main event first
PAGES = {
    "2579": [(D(2017, 1, 31), None, "ruang rapat Dinas Sosial Provinsi Riau", "Kota Pekanbaru"),
             (D(2017, 1, 29), D(2017, 2, 1), None, None)],
    "4410": [(D(2018, 9, 18), None, "Hotel Mutiara Merdeka, Jln. Yos Sudarso Pekanbaru", "Kota Pekanbaru")],
    "4790": [(D(2018, 12, 6), None, "Hotel Mutiara Merdeka, Jln. Yos Sudarso Pekanbaru", "Kota Pekanbaru")],
    "bengkaliskab-prokopim-8129": [(D(2018, 2, 28), D(2018, 3, 2), "Lancang Kuning Ballroom Hotel Furaya Pekanbaru",
                                    "Kota Pekanbaru")],
    # 'Rabu (27/07)': no year, no publication date, two years in the text -> no date
    "dinsos-740": [(None, None, "Aula Lt. 2 Dinsos Prov. Riau", "Kota Pekanbaru")],
    "diskominfotik-bengkalis-10895": [(None, None, "Gedung Dahrma Wanita jalan Diponegoro Pekanbaru",
                                       "Kota Pekanbaru")],
    # venue in another province: no kabupaten/kota, no dateline fallback
    "dprd-31544": [(D(2025, 9, 12), None, "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) "
                    "Regional III Daerah Istimewa Yogyakarta", None)],
    "kominfosandi-kampar-2020-10-06-psbm-siak-hulu": [
        (D(2020, 10, 6), None, "seluruh posko PSBM yang ada di kecamatan Siak Hulu", "Kabupaten Kampar")],
    "mediacenter-82285": [(D(2023, 11, 16), None, "Taman Gembira Durilengkeng", None),
                          (D(2023, 12, 22), None, None, None)],
    # 'Rabu (8/10)' takes 2014, the only year the text names, and 8 Oct 2014 is a Wednesday
    "mediacenter-8441": [(D(2014, 10, 8), None, "halaman Kantor Bupati Siak", "Kabupaten Siak"),
                         (None, None, "Pekanbaru", "Kota Pekanbaru")],
    "ppid-10283": [(D(2023, 9, 5), None, "lapangan SMAN 1 jalan Sisingamangaraja, Bagan Batu, Kecamatan Bagan "
                    "Sinembah, Kabupaten Rokan Hilir", "Kabupaten Rokan Hilir")],
    "ppid-10528": [(D(2023, 9, 18), None, "Hotel Bono Pekanbaru", "Kota Pekanbaru")],
    "ppid-1333": [(D(2021, 9, 21), None, "lapangan Gor Andalan Lanud Roesmin Nurjadin", "Kota Pekanbaru")],
    "ppid-9927": [(D(2023, 8, 19), None, "Ballroom Dang Merdu BRK Syariah", "Kota Pekanbaru")],
    # 'Minggu, (20/11/2023)' on a page posted Sunday 19 Nov 2023: the weekday wins over the typo
    "prokopim-bengkalis-15305": [(D(2023, 11, 19), None, "Rengat, Kabupaten Indragiri Hulu",
                                  "Kabupaten Indragiri Hulu")],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_fixture_pages(fixtures_dir, name):
    ctx = _page_ctx(fixtures_dir, name)
    events = extract_events(ctx)
    assert [(e.date, e.end_date, e.venue, e.venue_region) for e in events] == PAGES[name]
    _check_spans(ctx, events)


def test_publication_date_is_not_the_event_date(fixtures_dir):
    ctx = _page_ctx(fixtures_dir, "4412")
    assert ctx.page.published == D(2018, 9, 25)
    assert extract_events(ctx)[0].date == D(2018, 9, 12)


SENTENCES = [
    # (text, published, dateline, name, date, venue, region, organizer)
    ("Pekanbaru, Dinsos-MC. Dinas Sosial Provinsi Riau menggelar kegiatan Sosialisasi Program Penanganan Fakir "
     "Miskin pada Kamis (6/12/2018) di Hotel Mutiara Merdeka, Jln. Yos Sudarso Pekanbaru. Kegiatan ini "
     "menghadirkan narasumber.", D(2018, 12, 12), "Pekanbaru",
     "Sosialisasi Program Penanganan Fakir Miskin", D(2018, 12, 6),
     "Hotel Mutiara Merdeka, Jln. Yos Sudarso Pekanbaru", "Kota Pekanbaru", "Dinas Sosial Provinsi Riau"),
    ("SIAK - Rapat dibuka pada Rabu (12/9) di ruang rapat Dinas Sosial Provinsi Riau.", D(2018, 9, 25), "Siak",
     "Rapat", D(2018, 9, 12), "ruang rapat Dinas Sosial Provinsi Riau", "Kabupaten Siak", None),
    ("PEKANBARU - Kegiatan ini diinisiasi oleh SOIna Provinsi Riau yang berlangsung di Ballroom Dang Merdu BRK "
     "Syariah, Sabtu (19/8/2023).", D(2023, 8, 19), "Pekanbaru",
     None, D(2023, 8, 19), "Ballroom Dang Merdu BRK Syariah", "Kota Pekanbaru", "SOIna Provinsi Riau"),
    ("DUMAI - Pelatihan Kader Posyandu digelar 20 hingga 25 Juni 2022 di Gedung Pertemuan Sri Bunga Tanjung, "
     "Kota Dumai.", D(2022, 6, 26), "Dumai",
     "Pelatihan Kader Posyandu", D(2022, 6, 20), "Gedung Pertemuan Sri Bunga Tanjung, Kota Dumai", "Kota Dumai", None),
    # a kelurahan/kecamatan venue right after the event phrase; region from the dateline
    ("DUMAI - Wali Kota Dumai Paisal meresmikan Gedung Serbaguna di Kelurahan Bukit Datuk, Kecamatan Dumai "
     "Selatan, Rabu (6/9/2023).", D(2023, 9, 7), "Dumai",
     "meresmikan Gedung Serbaguna", D(2023, 9, 6), "Kelurahan Bukit Datuk, Kecamatan Dumai Selatan", "Kota Dumai",
     None),
    # a town after a comma belongs to the venue; a venue outside Riau's province gets no region from it
    ("JAKARTA - Gubri menghadiri Rakornas Pengendalian Inflasi di Istana Negara, Jakarta, Kamis (14/9/2023).",
     D(2023, 9, 14), "Jakarta", "Rakornas Pengendalian Inflasi", D(2023, 9, 14), "Istana Negara, Jakarta", None, None),
    # a statement date in the lead is the day of the occasion reported later
    ("PEKANBARU - Gubri Syamsuar, Senin (4/9/2023), mengatakan bahwa program ini penting. Hal itu "
     "disampaikannya saat membuka Rakor Bansos di Hotel Aryaduta Pekanbaru.", D(2023, 9, 5), "Pekanbaru",
     "Rakor Bansos", D(2023, 9, 4), "Hotel Aryaduta Pekanbaru", "Kota Pekanbaru", None),
    # the date in one sentence, "Bertempat di ..." in the next
    ("Pekanbaru - Wakil Ketua DPRD Provinsi Riau Hardianto menerima Studi Banding Panitia Khusus DPRD "
     "Kabupaten Solok pada Rabu, 16 Desember 2020. Bertempat di Ruang Medium DPRD Provinsi Riau.", None, "Pekanbaru",
     "Studi Banding Panitia Khusus DPRD Kabupaten Solok", D(2020, 12, 16), "Ruang Medium DPRD Provinsi Riau",
     "Kota Pekanbaru", None),
    # "PT." ends no sentence: the venue and date after it belong to the same event
    ("Pekanbaru - Komisi V DPRD Provinsi Riau melakukan Rapat Dengar Pendapat dengan Disnakertrans terkait "
     "PT. Wilmar, di Ruang Rapat Komisi V DPRD Provinsi Riau, Kamis (9/6/2022).", None, "Pekanbaru",
     "Rapat Dengar Pendapat", D(2022, 6, 9), "Ruang Rapat Komisi V DPRD Provinsi Riau", "Kota Pekanbaru", None),
]


@pytest.mark.parametrize("text,published,dateline,name,date,venue,region,organizer", SENTENCES)
def test_sentences(text, published, dateline, name, date, venue, region, organizer):
    ctx = _ctx(text, published, dateline)
    ev = extract_events(ctx)[0]
    assert (ev.name, ev.date, ev.venue, ev.venue_region, ev.organizer) == (name, date, venue, region, organizer)
    _check_spans(ctx, [ev])


@pytest.mark.parametrize("text", [
    # a town after 'tiba di' / 'berlaga di' is no event venue
    "BENGKALIS - Rombongan Kafilah tiba di Bengkalis. Para atlet berlaga di Pekanbaru.",
    # a region where an activity is generally done, no event word
    "Ketua Komisi IV menyampaikan bahwa anggaran APBD di Kab. Inhu sangat kecil.",
    # dates of other things: a decree number, money, a percentage
    'Penilaian berdasarkan Surat Keputusan Gubernur Riau KPTS:6823/VIII/2023 sebesar Rp. 20.000,- atau 28,7 '
    'persen.',
    "",
])
def test_no_event(text):
    assert extract_events(_ctx(text, D(2023, 9, 5), "Pekanbaru")) == ()


def test_future_event_is_not_the_main_event():
    text = ("PEKANBARU - Plt Gubernur diundang dalam acara pengukuhan Pengurus IKP PBR yang nantinya akan "
            "berlangsung pada 22 Desember 2023 mendatang. Undangan disampaikan saat silaturahmi di Taman "
            "Gembira Durilengkeng, Kamis (16/11/2023).")
    events = extract_events(_ctx(text, None, "Pekanbaru"))
    assert [(e.date, e.venue) for e in events] == [
        (D(2023, 11, 16), "Taman Gembira Durilengkeng"), (D(2023, 12, 22), None)]


def test_impossible_date_warns():
    ctx = _ctx("PEKANBARU - Rapat koordinasi digelar Rabu (45/13) di aula Kantor Gubernur Riau.",
               D(2023, 9, 5), "Pekanbaru")
    (ev,) = extract_events(ctx)
    assert ev.date is None and ev.venue == "aula Kantor Gubernur Riau"
    assert any("impossible" in w for w in ctx.warnings)


def test_time_and_range():
    text = ("PEKANBARU - Rapat paripurna DPRD Riau digelar di ruang rapat paripurna DPRD Riau, Jalan Jenderal "
            "Sudirman Pekanbaru, pada Senin (11/9/2023) pukul 10.00 WIB s.d selesai.")
    (ev,) = extract_events(_ctx(text, D(2023, 9, 12), "Pekanbaru"))
    assert (ev.venue, ev.date, ev.time) == (
        "ruang rapat paripurna DPRD Riau, Jalan Jenderal Sudirman Pekanbaru", D(2023, 9, 11), "10.00-selesai")


def test_year_from_text_needs_matching_weekday():
    # no publication date: the only year in the text is used only when the weekday confirms it
    ok = "SIAK - Bupati melepas kontingen POPDa tahun 2014 di halaman Kantor Bupati Siak, Rabu (8/10)."
    bad = "SIAK - Bupati melepas kontingen POPDa tahun 2014 di halaman Kantor Bupati Siak, Kamis (8/10)."
    none = "SIAK - Bupati melepas kontingen POPDa tahun 2014 di halaman Kantor Bupati Siak, (8/10)."
    assert extract_events(_ctx(ok, None, "Siak"))[0].date == D(2014, 10, 8)
    assert extract_events(_ctx(bad, None, "Siak"))[0].date is None
    assert extract_events(_ctx(none, None, "Siak"))[0].date is None


def test_year_from_text_confirmed_by_a_dated_month():
    # train dindik-banyumaskab-21044: no publication date, "(10/7)" after "2-8 Juli 2017" is 10 July 2017
    text = ("Denisa meraih medali emas pada gelaran Olimpiade Sains Nasional 2017 yang berlangsung di Pekan Baru, "
            "Riau, 2-8 Juli 2017.\n\nDrs. Purwadi Santoso, Kepala Dinas Pendidikan dalam sambutannya saat apel "
            "pagi di Halaman kantor Dindik (10/7), menyampaikan rasa syukur atas prestasi yang telah diraih.")
    events = extract_events(_ctx(text, None, None))
    assert [(e.date, e.venue) for e in events if e.name == "apel pagi"] == [(D(2017, 7, 10), "Halaman kantor Dindik")]


@pytest.mark.parametrize("text,dateline,venue,region", [
    # train silau-siakkab-stunting-rasidah
    ("Hal itu disampaikan Rasidah Abdulgani di acara Pencanangan TP PKK Kabupaten Siak Dalam Menurunkan Angka "
     "Stunting, Bekerjasama dengan BOB PT Bumi Siak Pusako Pertamina Hulu dan Pemerintah Kabupaten Siak di kampung "
     "lokasi fokus stunting, Selasa (6/7/2021), di Kampung Benayah.", "Siak", "Kampung Benayah", "Kabupaten Siak"),
    # train dpmd-lombokbaratkab-asa-mekarsari-2022
    ("Pantun bernada optimisme di atas diucapkan Penjabat Sekda H. Ilham, S.Pd, MM, saat mewakili Bupati Lombok "
     "Barat menerima tim juri lomba desa tingkat nasional hari Senin 24 Oktober 2022 di Desa Mekarsari Kecamatan "
     "Narmada.", None, "Desa Mekarsari Kecamatan Narmada", "Kabupaten Lombok Barat"),
])
def test_village_right_after_the_date_is_the_venue(text, dateline, venue, region):
    events = extract_events(_ctx(text, D(2022, 10, 25), dateline))
    assert [(e.venue, e.venue_region) for e in events] == [(venue, region)]


def test_independence_day_anniversary_names_the_year():
    # train setda-puncakjayakab-lomba-hut-ri-75: no year written, "HUT Kemerdekaan RI ke-75" is 2020
    text = ("Mulia- Berbeda dengan tahun – tahun sebelumnya peringatan HUT Kemerdekaan RI ke-75 tahun ini Bupati Puncak "
            "jaya mengadakan lomba kebersihan.\n\nPuncak penganugrahan Piagam Penghargan OPD terbaik dalam lomba "
            "kebersihan, kerapian kantor dihelat setelah pelaksanaan upacara pengibaran bendera dilangsungkan di Hall "
            "Kantor Bupati Puncak Jaya (17/8).")
    events = extract_events(_ctx(text, None, "Mulia"))
    assert (D(2020, 8, 17), "Hall Kantor Bupati Puncak Jaya") in [(e.date, e.venue) for e in events]


def test_kecamatan_ending_a_venue_gives_its_kabupaten():
    # train kominfosandi-kampar-11216 (no dateline read): Bangkinang Kota is a kecamatan of Kabupaten Kampar
    text = ("Kegiatan ini menggunakan 7 kanca yang diisi oleh 3 kecamatan, yang akan membuat kalamai Sesuai dengan ciri "
            "masing-masing yang digelar di Lapangan Merdeka Bangkinang Kota pada hari Rabu, 05/02.")
    (ev,) = extract_events(_ctx(text, None, None))
    assert (ev.venue, ev.venue_region) == ("Lapangan Merdeka Bangkinang Kota", "Kabupaten Kampar")


def test_venue_with_a_demonstrative_takes_the_fuller_earlier_one():
    # train kemenag-aceh-walikota-jamu-kafilah-mtq-xxxii: "aula Balai kota itu" is the hall named before
    text = ("Leih ceria saat didatangi oleh Walikota Banda Aceh Hj. Illiza Sa’aduddin Jamal, SE di aula utama lantai IV "
            "Balai Kota Banda Aceh yang terletak di Jl. Abu Lam U bersebelahan dengan Kantor Wilayah Kementerian Agama "
            "Provinsi Aceh.\nDara tersebut bersama beberapa temannya yang lain yang ada di aula Balai kota itu "
            "merupakan kafilah Musabaqah Tilawatil Qur’an (MTQ) XXXII Kota Banda Aceh yang sedang dijamu makan siang "
            "oleh Pemko Banda Aceh.")
    venues = [e.venue for e in extract_events(_ctx(text, D(2015, 8, 20), "Banda Aceh"))]
    assert any(v and v.startswith("aula utama lantai IV Balai Kota Banda Aceh") for v in venues)
    assert "aula Balai kota" not in venues


@pytest.mark.parametrize("text, published, dateline, venue, region", [
    # train kominfosandi-kampar-2019-07-30-bursa-inovasi-desa-tambang ("yang dilaksanakan" with its "di" left
    # out); the kecamatan named last, not "Pekanbaru" in the building's name, gives the region
    ("Tambang – Plh Bupati Kampar Drs. Yusri M.Si membuka Bursa Inovasi Desa (BID) Cluster 2.1 di Kec. Tambang "
     "yang dilaksanakan Aula Balai Latihan Masyarakat (Balatmas) Pekanbaru Kecamatan Tambang, selasa pagi (30/7).",
     D(2019, 7, 31), "Tambang",
     "Aula Balai Latihan Masyarakat (Balatmas) Pekanbaru Kecamatan Tambang", "Kabupaten Kampar"),
    # train ppid-11126: the lead's bare town gives way to the place "Lokasinya berada di" names
    ("BENGKALIS  - Tim Satgas Kebakaran Hutan dan Lahan (Karhutla) Provinsi Riau berhasil memadamkan kebakaran "
     "lahan di Bengkalis, Riau, pada Minggu (15/9/2023). Tepat pukul 14.30 api yang membara di lokasi tersebut "
     "dinyatakan padam. \n\nKepala pelaksana (Kalaksa) Badan Penanggulangan Bencana Daerah (BPBD) Riau M Edy "
     "Afrizal mengatakan, tim satgas udara dan satgas darat di bantu 1 unit helikopter water bombing telah "
     "berhasil menjinakan kebakaran lahan. Lokasinya berada di Desa Buluh Manis, Kecamatan Bathin Solapan, "
     "Kabupaten Bengkalis.", D(2023, 10, 15), "Bengkalis",
     "Desa Buluh Manis, Kecamatan Bathin Solapan, Kabupaten Bengkalis", "Kabupaten Bengkalis"),
])
def test_the_precise_place_named_later_is_the_venue(text, published, dateline, venue, region):
    (ev,) = extract_events(_ctx(text, published, dateline))
    assert (ev.venue, ev.venue_region) == (venue, region)


def test_town_square_is_a_venue():
    # train kemenag-aceh-walikota-jamu-kafilah-mtq-xxxii
    text = ("Agenda dua tahunan Provinsi Aceh ini yang diadakan di Kabupaten Nagan Raya diikuti oleh 23 kabupaten kota "
            "se-Aceh yang dimulai pada 18 Agustus 2015 dibuka secara resmi oleh Gubernur Aceh Dr. Zaini Abdullah di "
            "alun-alun Suka Makmue Nagan Raya.")
    events = extract_events(_ctx(text, D(2015, 8, 20), "Banda Aceh"))
    assert ("alun-alun Suka Makmue Nagan Raya", "Kabupaten Nagan Raya") in [(e.venue, e.venue_region) for e in events]


@pytest.mark.parametrize("text,venue", [
    # train setda-puncakjayakab-lomba-hut-ri-75: no year anywhere, the bracketed day still ends the venue
    ("Puncak penganugrahan Piagam Penghargan OPD terbaik dalam lomba kebersihan, kerapian kantor dihelat setelah "
     "pelaksanaan upacara pengibaran bendera dilangsungkan di Hall Kantor Bupati Puncak Jaya (17/8).",
     "Hall Kantor Bupati Puncak Jaya"),
    # an acronym in brackets stays in the venue (train kominfosandi-kampar-2019-07-30-bursa-inovasi-desa-tambang)
    ("Bupati membuka Bursa Inovasi Desa di Aula Balai Latihan Masyarakat (Balatmas) Pekanbaru.",
     "Aula Balai Latihan Masyarakat (Balatmas) Pekanbaru"),
])
def test_bracketed_day_ends_the_venue(text, venue):
    events = extract_events(_ctx(text, None, None))
    assert venue in [e.venue for e in events]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Rapat", "Bimtek", "kegiatan", "di", "ke", "aula", "Hotel", "Kantor", "Bupati", "Siak", "Pekanbaru", ",", ".",
    "(", ")", "Rabu", "(12/9)", "12", "September", "2018", "hingga", "pukul", "09.00", "WIB", "yang", "ada",
    "Kecamatan", "Jln.", "oleh", "Dinas", "menggelar", "ditaja", "\n", " ", "seluruh", "posko", "Kabupaten"]),
    max_size=40).map(" ".join), st.one_of(st.none(), st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 1, 1))))
def test_never_raises(text, published):
    ctx = _ctx(text, published, "Pekanbaru")
    events = extract_events(ctx)
    _check_spans(ctx, events)
    assert all(e.date is not None or e.venue is not None for e in events)


def test_deadline_and_passing_mention_are_not_the_main_event():
    text = ("PEKANBARU - Dinas Sosial Riau menggelar Sosialisasi Bansos di Hotel Premiere Pekanbaru, Selasa "
            "(5/9/2023). Pendaftaran lomba dibuka paling lambat 30 September 2023. Sebelumnya, pada Senin "
            "(7/8/2023), Gubri juga meresmikan Jembatan Siak.")
    events = extract_events(_ctx(text, D(2023, 9, 6), "Pekanbaru"))
    # the passing mention comes second; the bridge it inaugurated is its venue
    assert [(e.date, e.venue) for e in events] == [
        (D(2023, 9, 5), "Hotel Premiere Pekanbaru"), (D(2023, 8, 7), "Jembatan Siak")]
    assert events[0].organizer == "Dinas Sosial Riau"


# Regional-government news sentences beyond the dev corpus: handovers in another province, an
# inaugurated building as venue (region from a capital town), visits "ke ...", "hari ini", ranges,
# times, organisers "yang ditaja/digelar oleh/diselenggarakan ..." (an acronym in brackets stays
# inside; a person is no organiser; a following "Rakor yang diselenggarakan ..." names it).
# (text, published, dateline, date, end_date, venue, venue_region, organizer) of the main event
GENERAL = [
    ('BENGKALIS - Kabupaten Bengkalis meraih penghargaan Adipura tahun 2019 untuk kategori kota sedang. '
     'Penghargaan diserahkan oleh Wakil Presiden kepada Bupati Bengkalis Amril Mukminin di Jakarta, Senin '
     '(14/1/2019).',
     D(2019, 1, 15), 'Bengkalis', D(2019, 1, 14), None, 'Jakarta', None,
     None),
    ('DUMAI - Kapolres Dumai AKBP Dhovan Oktavianton, S.I.K, M.Si memimpin apel gelar pasukan Operasi Patuh '
     'Lancang Kuning 2023 di halaman Mapolres Dumai, Jumat (9/6/2023).',
     D(2023, 6, 10), 'Dumai', D(2023, 6, 9), None, 'halaman Mapolres Dumai', 'Kota Dumai',
     None),
    ('TEMBILAHAN - Bupati Indragiri Hilir HM Wardan menghadiri peresmian Masjid Raya Tembilahan, Jumat '
     '(5/5/2023).',
     D(2023, 5, 6), 'Tembilahan', D(2023, 5, 5), None, 'Masjid Raya Tembilahan', 'Kabupaten Indragiri Hilir',
     None),
    ('PEKANBARU - Pj Gubernur Riau SF Hariyanto membuka Rapat Koordinasi Pengendalian Inflasi Daerah di '
     'Hotel Pangeran Pekanbaru, Kamis (12/10/2023). Turut hadir Plh Sekdaprov Riau Indra SE, Kepala Dinas '
     'Kesehatan Provinsi Riau dr. Zainal Arifin, M.Kes dan Kepala Bappeda Riau Dr. Emri Juli Harnis, M.Si.',
     D(2023, 10, 13), 'Pekanbaru', D(2023, 10, 12), None, 'Hotel Pangeran Pekanbaru', 'Kota Pekanbaru',
     None),
    ('BANGKINANG - Dandim 0313/KPR Letkol Inf Aidil Amin bersama Kapolres Kampar AKBP Didik Priyo Sambodo, '
     'S.I.K, M.H menghadiri upacara peringatan Hari Lahir Pancasila di Lapangan Merdeka Bangkinang, Kamis '
     '(1/6/2023).',
     D(2023, 6, 6), 'Kampar', D(2023, 6, 1), None, 'Lapangan Merdeka Bangkinang', 'Kabupaten Kampar',
     None),
    ('SIAK - Camat Tualang Zalik Efendi, S.Sos didampingi Kepala Desa Perawang Barat Jumadi membuka '
     'Musyawarah Rencana Pembangunan (Musrenbang) tingkat desa di Aula Kantor Desa Perawang Barat, Senin '
     '(5/6/2023).',
     D(2023, 6, 6), 'Siak', D(2023, 6, 5), None, 'Aula Kantor Desa Perawang Barat', 'Kabupaten Siak',
     None),
    ('PEKANBARU - Ketua Komisi V DPRD Riau Robin P Hutagalung bersama anggota Komisi V Karmila Sari '
     'melakukan kunjungan kerja ke Dinas Pendidikan Provinsi Riau, Selasa (19/9/2023).',
     D(2023, 9, 20), 'Pekanbaru', D(2023, 9, 19), None, 'Dinas Pendidikan Provinsi Riau', None,
     None),
    ('PEKANBARU - Pelatihan Kepemimpinan Administrator Angkatan II yang digelar oleh Badan Pengembangan '
     'Sumber Daya Manusia (BPSDM) Provinsi Riau resmi dibuka pada hari Senin tanggal 14 Agustus 2023 '
     'bertempat di Gedung Balai Serindit Pekanbaru.',
     D(2023, 8, 15), 'Pekanbaru', D(2023, 8, 14), None, 'Gedung Balai Serindit Pekanbaru', 'Kota Pekanbaru',
     'Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Riau'),
    ('PEKANBARU - Sosialisasi Pencegahan Stunting yang ditaja Dinas Kesehatan Provinsi Riau dilaksanakan '
     'selama tiga hari, mulai 30 Oktober hingga 1 November 2023 di Hotel Grand Zuri Pekanbaru.',
     D(2023, 11, 3), 'Pekanbaru', D(2023, 10, 30), D(2023, 11, 1), 'Hotel Grand Zuri Pekanbaru', 'Kota Pekanbaru',
     'Dinas Kesehatan Provinsi Riau'),
    ('PEKANBARU - Wakil Ketua DPRD Riau Hardianto, SE memimpin rapat paripurna di Ruang Rapat Paripurna '
     'Gedung DPRD Riau, Jalan Jenderal Sudirman, Pekanbaru, Senin (24/7/2023) pukul 10.00 WIB.',
     D(2023, 7, 25), 'Pekanbaru', D(2023, 7, 24), None, 'Ruang Rapat Paripurna Gedung DPRD Riau, Jalan Jenderal Sudirman, Pekanbaru', 'Kota Pekanbaru',
     None),
    ('RENGAT - Plt Bupati Indragiri Hulu Drs. H. Rezita Meylani Yopi, M.Pd membuka Festival Budaya Melayu '
     'yang dipusatkan di Lapangan Tugu Bambu Runcing Rengat, Sabtu (9/9/2023).',
     D(2023, 9, 11), 'Rengat', D(2023, 9, 9), None, 'Lapangan Tugu Bambu Runcing Rengat', 'Kabupaten Indragiri Hulu',
     None),
    ('PEKANBARU - Wali Kota Pekanbaru Dr. H. Firdaus, ST, MT menghadiri Halal Bihalal Ikatan Keluarga Minang '
     'Riau di Gedung LAM Riau, Jalan Diponegoro, Selasa (2/5/2023).',
     D(2023, 5, 3), 'Pekanbaru', D(2023, 5, 2), None, 'Gedung LAM Riau, Jalan Diponegoro', 'Kota Pekanbaru',
     None),
    ('BENGKALIS - Bupati Bengkalis Kasmarni melakukan kunjungan kerja ke Kecamatan Bantan, Rabu (22/3/2023). '
     'Dalam kunjungan tersebut Bupati didampingi Camat Bantan Ade Novi Kardi, S.STP, M.Si.',
     D(2023, 3, 22), 'Bengkalis', D(2023, 3, 22), None, 'Kecamatan Bantan', 'Kabupaten Bengkalis',
     None),
    ('SIAK - Penyerahan bantuan sosial kepada masyarakat kurang mampu dilaksanakan hari ini, Senin '
     '(2/10/2023), di Balai Kampung Buantan Besar, Kecamatan Siak.',
     D(2023, 10, 2), 'Siak', D(2023, 10, 2), None, 'Balai Kampung Buantan Besar, Kecamatan Siak', 'Kabupaten Siak',
     None),
    ('PEKANBARU - Kepala Kepolisian Daerah Riau Irjen Pol Mohammad Iqbal didampingi Wakapolda Riau Brigjen '
     'Pol Kasihan Rahmadi meninjau vaksinasi massal di Gedung Daerah Balai Serindit, Kamis (9/2/2023).',
     D(2023, 2, 10), 'Pekanbaru', D(2023, 2, 9), None, 'Gedung Daerah Balai Serindit', 'Kota Pekanbaru',
     None),
    ('PANGKALAN KERINCI - Bupati Pelalawan H. Zukri Misran didampingi Wakil Bupati Pelalawan H. Nasarudin, '
     'SH, MH melepas peserta pawai pembangunan dalam rangka HUT RI ke-78 di depan Kantor Bupati Pelalawan, '
     'Kamis (17/8/2023).',
     D(2023, 8, 18), 'Pelalawan', D(2023, 8, 17), None, 'depan Kantor Bupati Pelalawan', 'Kabupaten Pelalawan',
     None),
    ('BAGANSIAPIAPI - Penjabat Sekretaris Daerah Rokan Hilir H. Fauzi Efrizal membuka Bimbingan Teknis '
     'Penyusunan Laporan Keuangan di Aula Kantor Bupati Rokan Hilir, Bagansiapiapi, Rabu (12/4/2023).',
     D(2023, 4, 13), 'Rokan Hilir', D(2023, 4, 12), None, 'Aula Kantor Bupati Rokan Hilir, Bagansiapiapi', 'Kabupaten Rokan Hilir',
     None),
    ('TELUK KUANTAN - Bupati Kuantan Singingi Dr. H. Suhardiman Amby, Ak, MM membuka Turnamen Sepakbola '
     'Bupati Cup 2023 di Stadion Sport Center Kuansing, Jumat (24/11/2023) sore.',
     D(2023, 11, 25), 'Kuantan Singingi', D(2023, 11, 24), None, 'Stadion Sport Center Kuansing', 'Kabupaten Kuantan Singingi',
     None),
    ('PEKANBARU - Anggota Komisi III DPRD Provinsi Riau H. Sugianto menggelar reses di Desa Koto Perambahan, '
     'Kecamatan Kampar Timur, Kabupaten Kampar, Senin (19/6/2023).',
     D(2023, 6, 20), 'Pekanbaru', D(2023, 6, 19), None, 'Desa Koto Perambahan, Kecamatan Kampar Timur, Kabupaten Kampar', 'Kabupaten Kampar',
     None),
    ('BANGKINANG - Kegiatan Jambore Kader PKK Kabupaten Kampar tahun 2023 resmi dibuka oleh Ketua TP PKK '
     'Kabupaten Kampar Hj. Muslimawati Catur, Rabu (27/9/2023) di Bumi Perkemahan Stanum Bangkinang.',
     D(2023, 9, 28), 'Kampar', D(2023, 9, 27), None, 'Bumi Perkemahan Stanum Bangkinang', 'Kabupaten Kampar',
     None),
    ('DUMAI - Danramil 01/Dumai Kapten Inf Sutrisno bersama Kapolsek Dumai Kota Kompol Hendra menghadiri '
     'gotong royong massal di Kelurahan Rimba Sekampung, Minggu (15/10/2023) pagi.',
     D(2023, 10, 16), 'Dumai', D(2023, 10, 15), None, 'Kelurahan Rimba Sekampung', 'Kota Dumai',
     None),
    ('PEKANBARU - Sekretaris Komisi II DPRD Riau Husaimi Hamidi dan anggota Komisi II Sugianto mengikuti '
     'rapat dengar pendapat bersama Dinas Perkebunan Provinsi Riau di ruang Komisi II DPRD Riau, Selasa '
     '(11/7/2023).',
     D(2023, 7, 12), 'Pekanbaru', D(2023, 7, 11), None, 'ruang Komisi II DPRD Riau', 'Kota Pekanbaru',
     None),
    ('SIAK - Plh Sekretaris Daerah Kabupaten Siak Fauzi Asni membuka kegiatan Bimtek Penyusunan RKPD di '
     'Hotel Grand Mempura Siak, Rabu (9/8/2023) pukul 09.00 WIB. Kegiatan yang diselenggarakan oleh Badan '
     'Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Siak ini diikuti 60 peserta.',
     D(2023, 8, 10), 'Siak', D(2023, 8, 9), None, 'Hotel Grand Mempura Siak', 'Kabupaten Siak',
     'Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Siak'),
    ('PEKANBARU - Gubernur Riau Drs. H. Syamsuar, M.Si melakukan kunjungan kerja ke Kabupaten Kepulauan '
     'Meranti, Selasa (16/5/2023). Setibanya di Selatpanjang, Gubri disambut Bupati Kepulauan Meranti H. '
     'Muhammad Adil, SH.',
     D(2023, 5, 17), 'Pekanbaru', D(2023, 5, 16), None, 'Kabupaten Kepulauan Meranti', 'Kabupaten Kepulauan Meranti',
     None),
    ('PASIR PENGARAIAN - Kepala Desa Rambah Tengah Utara Sukiman, S.Pd bersama Ketua BPD Ahmad Yani membuka '
     'Lomba Desa tingkat Kabupaten Rokan Hulu di Kantor Desa Rambah Tengah Utara, Kecamatan Rambah, Jumat '
     '(1/9/2023).',
     D(2023, 9, 2), 'Rokan Hulu', D(2023, 9, 1), None, 'Kantor Desa Rambah Tengah Utara, Kecamatan Rambah', 'Kabupaten Rokan Hulu',
     None),
    ('PEKANBARU - Lurah Sidomulyo Timur Rizky Aditya, S.STP membuka Posyandu Remaja di Balai Pertemuan RW 05 '
     'Kelurahan Sidomulyo Timur, Kecamatan Marpoyan Damai, Sabtu (28/10/2023).',
     D(2023, 10, 30), 'Pekanbaru', D(2023, 10, 28), None, 'Balai Pertemuan RW 05 Kelurahan Sidomulyo Timur, Kecamatan Marpoyan Damai', 'Kota Pekanbaru',
     None),
    ('PEKANBARU - Upacara peringatan Hari Pahlawan tingkat Provinsi Riau berlangsung khidmat di halaman '
     'Kantor Gubernur Riau, Jalan Jenderal Sudirman, Jumat (10/11/2023) pagi. Bertindak sebagai inspektur '
     'upacara Pj Gubernur Riau SF Hariyanto.',
     D(2023, 11, 11), 'Pekanbaru', D(2023, 11, 10), None, 'halaman Kantor Gubernur Riau, Jalan Jenderal Sudirman', 'Kota Pekanbaru',
     None),
    ('BANGKINANG - Pj Bupati Kampar Kamsol didampingi Sekda Kampar Ahmad Yuzar dan Kepala Dinas Kesehatan '
     'Kampar dr. Zulfikar meninjau pelayanan di RSUD Bangkinang, Senin (6/3/2023).',
     D(2023, 3, 6), 'Kampar', D(2023, 3, 6), None, 'RSUD Bangkinang', 'Kabupaten Kampar',
     None),
    ('PEKANBARU - Seminar Nasional Ekonomi Syariah digelar Bank Indonesia Perwakilan Provinsi Riau bekerja '
     'sama dengan Universitas Riau pada 12-13 Desember 2023 di Auditorium Universitas Riau.',
     D(2023, 12, 14), 'Pekanbaru', D(2023, 12, 12), D(2023, 12, 13), 'Auditorium Universitas Riau', 'Kota Pekanbaru',
     'Bank Indonesia Perwakilan Provinsi Riau'),
    ('DUMAI - Wakil Wali Kota Dumai Amris menghadiri Safari Ramadan di Masjid Al-Ikhlas Jalan Sultan Syarif '
     'Kasim, Kelurahan Rimba Sekampung, Senin malam (3/4/2023).',
     D(2023, 4, 4), 'Dumai', D(2023, 4, 3), None, 'Masjid Al-Ikhlas Jalan Sultan Syarif Kasim, Kelurahan Rimba Sekampung', 'Kota Dumai',
     None),
    ('PEKANBARU - Komisi IV DPRD Provinsi Riau menerima kunjungan kerja DPRD Kabupaten Kampar di ruang rapat '
     'Komisi IV, Selasa (5/9/2023). Rombongan dipimpin Ketua Komisi III DPRD Kampar Ristanto.',
     D(2023, 9, 6), 'Pekanbaru', D(2023, 9, 5), None, 'ruang rapat Komisi IV', 'Kota Pekanbaru',
     'DPRD Kabupaten Kampar'),
    ('BENGKALIS - Pemerintah Kabupaten Bengkalis menggelar Rapat Koordinasi Penanganan Stunting, Rabu '
     '(14/6/2023), di Ruang Rapat Hang Tuah Kantor Bupati Bengkalis. Rapat dipimpin Asisten Pemerintahan dan '
     'Kesra Setda Bengkalis Drs. H. Heri Indra Putra, M.Si.',
     D(2023, 6, 15), 'Bengkalis', D(2023, 6, 14), None, 'Ruang Rapat Hang Tuah Kantor Bupati Bengkalis', 'Kabupaten Bengkalis',
     'Pemerintah Kabupaten Bengkalis'),
    ('TEMBILAHAN - Wakil Bupati Indragiri Hilir H. Syamsuddin Uti melantik 150 Pejabat Administrator dan '
     'Pengawas di lingkungan Pemkab Inhil di Gedung Engku Kelana Tembilahan, Rabu (25/1/2023).',
     D(2023, 1, 26), 'Indragiri Hilir', D(2023, 1, 25), None, 'Gedung Engku Kelana Tembilahan', 'Kabupaten Indragiri Hilir',
     None),
    ('PEKANBARU - Ketua Umum KONI Riau Iskandar Hoesin menyerahkan bonus kepada atlet berprestasi PON XX '
     'Papua di Gedung Daerah, Rabu (23/8/2023).',
     D(2023, 8, 24), 'Pekanbaru', D(2023, 8, 23), None, 'Gedung Daerah', 'Kota Pekanbaru',
     None),
    ('PEKANBARU - Pekan Raya Riau 2023 resmi dibuka hari ini oleh Pj Gubernur Riau di Purna MTQ Pekanbaru.',
     D(2023, 10, 6), 'Pekanbaru', D(2023, 10, 6), None, 'Purna MTQ Pekanbaru', 'Kota Pekanbaru',
     None),
    ('SIAK - Penghulu Kampung Dayun Jamaluddin dan Camat Dayun Zulfikar Rahman, S.IP menghadiri pengajian '
     'akbar di Masjid Nurul Iman Kampung Dayun, Rabu (24/5/2023) malam.',
     D(2023, 5, 25), 'Siak', D(2023, 5, 24), None, 'Masjid Nurul Iman Kampung Dayun', 'Kabupaten Siak',
     None),
    ('PEKANBARU - Dinas Pemuda dan Olahraga (Dispora) Provinsi Riau menggelar Lomba Dayung Perahu Naga di '
     'Sungai Siak, Pekanbaru, pada 1-2 Juli 2023.',
     D(2023, 7, 4), 'Pekanbaru', D(2023, 7, 1), D(2023, 7, 2), 'Sungai Siak, Pekanbaru', 'Kota Pekanbaru',
     'Dinas Pemuda dan Olahraga (Dispora) Provinsi Riau'),
    ('PANGKALAN KERINCI - Kasat Reskrim Polres Pelalawan AKP Nardy Masry Marbun, S.Tr.K, S.I.K memimpin '
     'konferensi pers di Mapolres Pelalawan, Senin (27/2/2023).',
     D(2023, 2, 28), 'Pelalawan', D(2023, 2, 27), None, 'Mapolres Pelalawan', 'Kabupaten Pelalawan',
     None),
    ('PEKANBARU - Kepala Biro Administrasi Pimpinan Setdaprov Riau Erisman Yahya membuka Pelatihan Protokol '
     'di Aula Kantor Gubernur Riau lantai 8, Senin (25/9/2023).',
     D(2023, 9, 25), 'Pekanbaru', D(2023, 9, 25), None, 'Aula Kantor Gubernur Riau lantai 8', 'Kota Pekanbaru',
     None),
    ('PEKANBARU - Pj Sekdaprov Riau H. Indra, SE, M.Si memimpin Apel Pagi di halaman Kantor Gubernur Riau, '
     'Senin (20/11/2023). Usai apel, Indra menyerahkan SK kenaikan pangkat kepada 120 ASN.',
     D(2023, 11, 20), 'Pekanbaru', D(2023, 11, 20), None, 'halaman Kantor Gubernur Riau', 'Kota Pekanbaru',
     None),
    ('TELUK KUANTAN - Bupati Kuantan Singingi Suhardiman Amby meresmikan Jembatan Gantung Desa Pulau Godang '
     'Kari, Kecamatan Kuantan Tengah, Selasa (14/3/2023).',
     D(2023, 3, 15), 'Kuantan Singingi', D(2023, 3, 14), None, 'Jembatan Gantung Desa Pulau Godang Kari, Kecamatan Kuantan Tengah', 'Kabupaten Kuantan Singingi',
     None),
    ('PEKANBARU - Danrem 031/Wirabima Brigjen TNI Sugiyono dan Kapolresta Pekanbaru Kombes Pol Jeki Rahmat '
     'Mustika, S.I.K, M.H menghadiri Rapat Koordinasi Pengamanan Pemilu 2024 di Hotel Pangeran, Jalan '
     'Jenderal Sudirman No. 371 Pekanbaru, Senin (4/9/2023) pukul 09.00 WIB hingga selesai.',
     D(2023, 9, 5), 'Pekanbaru', D(2023, 9, 4), None, 'Hotel Pangeran, Jalan Jenderal Sudirman No. 371 Pekanbaru', 'Kota Pekanbaru',
     None),
    ('PEKANBARU - Ketua Lembaga Adat Melayu Riau Datuk Seri H. Taufik Ikram Jamil membuka Seminar Budaya '
     'Melayu di Gedung LAM Riau, Kamis-Jumat (18-19/5/2023).',
     D(2023, 5, 20), 'Pekanbaru', D(2023, 5, 18), D(2023, 5, 19), 'Gedung LAM Riau', 'Kota Pekanbaru',
     None),
    ('BANGKINANG - Kepala Kantor Kementerian Agama Kabupaten Kampar H. Syahrul Mubarak, S.Ag, M.Pd.I membuka '
     'Manasik Haji Akbar di Masjid Agung Islamic Center Bangkinang, Sabtu (29/7/2023) pagi.',
     D(2023, 7, 29), 'Kampar', D(2023, 7, 29), None, 'Masjid Agung Islamic Center Bangkinang', 'Kabupaten Kampar',
     None),
    ('PEKANBARU - Rektor Universitas Riau Prof. Dr. Hj. Sri Indarti, SE, M.Si melantik 20 pejabat struktural '
     'di lingkungan Universitas Riau di Gedung Rektorat Universitas Riau, Selasa (10/10/2023).',
     D(2023, 10, 11), 'Pekanbaru', D(2023, 10, 10), None, 'Gedung Rektorat Universitas Riau', 'Kota Pekanbaru',
     None),
    ('SIAK - Babinsa Koramil 03/Tualang Serda Andi Saputra dan Bhabinkamtibmas Polsek Tualang Bripka Rahmad '
     'Hidayat melaksanakan patroli karhutla di Kampung Pinang Sebatang Timur, Senin (7/8/2023).',
     D(2023, 8, 8), 'Siak', D(2023, 8, 7), None, 'Kampung Pinang Sebatang Timur', 'Kabupaten Siak',
     None),
    ('PEKANBARU - Ketua Fraksi PKS DPRD Riau Markarius Anwar menerima audiensi Forum Guru Honorer Riau di '
     'ruang Fraksi PKS DPRD Riau, Selasa (28/2/2023).',
     D(2023, 3, 1), 'Pekanbaru', D(2023, 2, 28), None, 'ruang Fraksi PKS DPRD Riau', 'Kota Pekanbaru',
     None),
    ('DUMAI - Plt Kepala Dinas Pendidikan Kota Dumai Drs. Syahminan membuka Gebyar PAUD tingkat Kota Dumai '
     'tahun 2023 pada Kamis (16/11/2023) di halaman SDN 001 Dumai Kota.',
     D(2023, 11, 17), 'Dumai', D(2023, 11, 16), None, 'halaman SDN 001 Dumai Kota', 'Kota Dumai',
     None),
    ('DURI - Wakil Bupati Bengkalis Bagus Santoso menghadiri Pawai Taaruf MTQ ke-47 Kabupaten Bengkalis di '
     'Kecamatan Mandau, Rabu malam (13/9/2023). Pawai dilepas oleh Bupati Bengkalis Kasmarni dari depan '
     'Kantor Camat Mandau.',
     D(2023, 9, 14), 'Bengkalis', D(2023, 9, 13), None, 'Kecamatan Mandau', 'Kabupaten Bengkalis',
     None),
    ('Pekanbaru, Dinsos-MC. Kepala Dinas Sosial Provinsi Riau Dr. H. Tengku Arif Kadri, SH, MH yang diwakili '
     'Sekretaris Dinas Sosial H. Supriyadi, S.Sos membuka Pelatihan Pendamping PKH di Hotel Aryaduta '
     'Pekanbaru pada tanggal 31 Juli s.d 2 Agustus 2023.',
     D(2023, 8, 1), 'Pekanbaru', D(2023, 7, 31), D(2023, 8, 2), 'Hotel Aryaduta Pekanbaru', 'Kota Pekanbaru',
     None),
    ('PASIR PENGARAIAN - Kegiatan Safari Ramadhan Pemerintah Kabupaten Rokan Hulu dipusatkan di Masjid '
     'Al-Ikhlas Desa Rambah Hilir, Kecamatan Rambah Samo, Senin malam (17/4/2023). Rombongan dipimpin '
     'langsung Bupati Rokan Hulu H. Sukiman.',
     D(2023, 4, 18), 'Rokan Hulu', D(2023, 4, 17), None, 'Masjid Al-Ikhlas Desa Rambah Hilir, Kecamatan Rambah Samo', 'Kabupaten Rokan Hulu',
     None),
    ('PEKANBARU - Gubernur Riau Syamsuar bersama Kapolda Riau Irjen Pol Mohammad Iqbal dan Danrem 031/WB '
     'Brigjen TNI Dany Rakca menggelar apel siaga karhutla di Lapangan Kantor Gubernur Riau hari ini, Rabu '
     '(15/2/2023).',
     D(2023, 2, 15), 'Pekanbaru', D(2023, 2, 15), None, 'Lapangan Kantor Gubernur Riau', 'Kota Pekanbaru',
     None),
    ('SELATPANJANG - Sekretaris Daerah Kabupaten Kepulauan Meranti Bambang Suprianto, SE, MM memimpin Rakor '
     'Penanggulangan Bencana di Ruang Rapat Melati Kantor Bupati, Kamis (30/11/2023). Rakor yang '
     'diselenggarakan oleh Badan Penanggulangan Bencana Daerah (BPBD) Kepulauan Meranti tersebut diikuti '
     'seluruh camat.',
     D(2023, 12, 1), 'Kepulauan Meranti', D(2023, 11, 30), None, 'Ruang Rapat Melati Kantor Bupati', 'Kabupaten Kepulauan Meranti',
     'Badan Penanggulangan Bencana Daerah (BPBD) Kepulauan Meranti'),
    ('PEKANBARU - Anggota DPRD Riau dari Fraksi Partai Golkar, Sewitri, menggelar sosialisasi Peraturan '
     'Daerah di Kelurahan Tangkerang Labuai, Kecamatan Bukit Raya, Kota Pekanbaru, Selasa (24/10/2023).',
     D(2023, 10, 25), 'Pekanbaru', D(2023, 10, 24), None, 'Kelurahan Tangkerang Labuai, Kecamatan Bukit Raya, Kota Pekanbaru', 'Kota Pekanbaru',
     None),
    ('PANGKALAN KERINCI - Sebanyak 150 peserta mengikuti Pelatihan Kewirausahaan yang ditaja Dinas Koperasi '
     'dan UKM Kabupaten Pelalawan di Aula Hotel Kerinci Pangkalan Kerinci, 5-8 Juni 2023.',
     D(2023, 6, 9), 'Pelalawan', D(2023, 6, 5), D(2023, 6, 8), 'Aula Hotel Kerinci Pangkalan Kerinci', 'Kabupaten Pelalawan',
     'Dinas Koperasi dan UKM Kabupaten Pelalawan'),
    ('PEKANBARU - Komisi V DPRD Riau melakukan kunjungan kerja ke Kota Batam, Provinsi Kepulauan Riau, Senin '
     '(18/9/2023). Rombongan diterima Asisten Pemerintahan Setdako Batam.',
     D(2023, 9, 19), 'Pekanbaru', D(2023, 9, 18), None, 'Kota Batam, Provinsi Kepulauan Riau', 'Kota Batam',
     None),
    ('SIAK - Bupati Siak Alfedri didampingi Ketua TP PKK Siak Rasidah Alfedri menyerahkan santunan anak '
     'yatim di Masjid Raya Sultan Syarif Hasyim Siak Sri Indrapura, kemarin.',
     D(2023, 3, 28), 'Siak', D(2023, 3, 27), None, 'Masjid Raya Sultan Syarif Hasyim Siak Sri Indrapura', 'Kabupaten Siak',
     None),
    ('RENGAT - Upacara Peringatan Detik-Detik Proklamasi Kemerdekaan RI ke-78 Kabupaten Indragiri Hulu '
     'berlangsung di Lapangan Tugu Bambu Runcing, Kamis (17/8/2023). Bertindak selaku inspektur upacara Plt '
     'Bupati Inhu Rezita Meylani Yopi, sedangkan komandan upacara Mayor Inf Heriyanto.',
     D(2023, 8, 17), 'Indragiri Hulu', D(2023, 8, 17), None, 'Lapangan Tugu Bambu Runcing', 'Kabupaten Indragiri Hulu',
     None),
    ('SIAK - Musyawarah Perencanaan Pembangunan Kampung dilaksanakan pada hari Senin tanggal 5 Juni 2023 '
     'bertempat di Balai Kampung Tumang, Kecamatan Siak. Acara dibuka oleh Plh Camat Siak Ahmad Fauzi, S.Sos.',
     D(2023, 6, 7), 'Siak', D(2023, 6, 5), None, 'Balai Kampung Tumang, Kecamatan Siak', 'Kabupaten Siak',
     None),
    ('PEKANBARU - Dinas Kesehatan Provinsi Riau menggelar Pelatihan Tenaga Kesehatan Haji Senin hingga Rabu '
     '(4-6/9/2023) di Hotel Labersa, Kabupaten Kampar.',
     D(2023, 9, 7), 'Pekanbaru', D(2023, 9, 4), D(2023, 9, 6), 'Hotel Labersa, Kabupaten Kampar', 'Kabupaten Kampar',
     'Dinas Kesehatan Provinsi Riau'),
    ('BENGKALIS - Pelatihan Keterampilan Menjahit bagi ibu rumah tangga berlangsung tanggal 5 s/d 7 Juni '
     '2023 di Gedung Daerah Datuk Laksamana Raja Di Laut, Bengkalis.',
     D(2023, 6, 8), 'Bengkalis', D(2023, 6, 5), D(2023, 6, 7), 'Gedung Daerah Datuk Laksamana Raja Di Laut, Bengkalis', 'Kabupaten Bengkalis',
     None),
    ('PEKANBARU - Pj Wali Kota Pekanbaru Muflihun, S.STP, M.AP membuka Festival Kuliner Pekanbaru yang '
     'digelar dari tanggal 10 sampai 12 Oktober 2023 di Jalan Gajah Mada.',
     D(2023, 10, 13), 'Pekanbaru', D(2023, 10, 10), D(2023, 10, 12), 'Jalan Gajah Mada', 'Kota Pekanbaru',
     None),
    ('DUMAI - Ketua Komisi I DPRD Kota Dumai Johannes M Tetelepta memimpin rapat dengar pendapat dengan '
     'Dinas Perumahan dan Kawasan Permukiman, Senin (21/8/2023) mulai pukul 13.30 WIB di ruang rapat Komisi '
     'I DPRD Dumai.',
     D(2023, 8, 22), 'Dumai', D(2023, 8, 21), None, 'ruang rapat Komisi I DPRD Dumai', 'Kota Dumai',
     None),
    ('PEKANBARU - Wakil Ketua II DPRD Kabupaten Siak Sujarwo dan Sekretaris DPRD Riau Muflihun turut hadir '
     'pada Rapat Paripurna Istimewa HUT Kabupaten Siak di Gedung DPRD Siak, Rabu (10/5/2023).',
     D(2023, 5, 11), 'Pekanbaru', D(2023, 5, 10), None, 'Gedung DPRD Siak', 'Kabupaten Siak',
     None),
    ('BANGKINANG - Plt Kadis Pendidikan Kampar Aidil, S.Pd didampingi Kabid SD Disdik Kampar Ruswandi '
     'membuka lomba cerdas cermat tingkat SD di Aula SDN 001 Bangkinang Kota, Rabu (5/7/2023).',
     D(2023, 7, 6), 'Kampar', D(2023, 7, 5), None, 'Aula SDN 001 Bangkinang Kota', 'Kabupaten Kampar',
     None),
    ('PEKANBARU - Plh Gubernur Riau Edy Natar Nasution hari ini, Jumat (3/2/2023) menerima audiensi pengurus '
     'Persatuan Wartawan Indonesia (PWI) Riau di Gedung Daerah Balai Serindit.',
     D(2023, 2, 3), 'Pekanbaru', D(2023, 2, 3), None, 'Gedung Daerah Balai Serindit', 'Kota Pekanbaru',
     None),
    ('BAGANSIAPIAPI - Kegiatan Sosialisasi Pencegahan Korupsi yang diselenggarakan Inspektorat Kabupaten '
     'Rokan Hilir diikuti seluruh kepala desa se-Kabupaten Rokan Hilir di Aula Kantor Bupati, Senin '
     '(27/11/2023).',
     D(2023, 11, 28), 'Rokan Hilir', D(2023, 11, 27), None, 'Aula Kantor Bupati', 'Kabupaten Rokan Hilir',
     'Inspektorat Kabupaten Rokan Hilir'),
    ('SIAK - Bupati Siak Alfedri beserta rombongan melakukan kunjungan kerja ke Kampung Dosan, Kecamatan '
     'Pusako, Rabu (18/10/2023), untuk meninjau perkebunan sawit rakyat.',
     D(2023, 10, 19), 'Siak', D(2023, 10, 18), None, 'Kampung Dosan, Kecamatan Pusako', 'Kabupaten Siak',
     None),
    ('PANGKALAN KERINCI - Sekretaris Daerah Pelalawan Tengku Mukhlis membuka Musrenbang RKPD Kabupaten '
     'Pelalawan Tahun 2024 di Gedung Daerah Pelalawan, Rabu (26/4/2023). Turut hadir Ketua DPRD Pelalawan '
     'Baharudin, Kapolres Pelalawan AKBP Suwinto, serta para camat se-Kabupaten Pelalawan.',
     D(2023, 4, 27), 'Pelalawan', D(2023, 4, 26), None, 'Gedung Daerah Pelalawan', 'Kabupaten Pelalawan',
     None),
    ('PEKANBARU - Lomba Pidato Bahasa Melayu tingkat SMA se-Provinsi Riau yang ditaja Dinas Kebudayaan '
     'Provinsi Riau berlangsung selama dua hari, 28-29 September 2023, di Anjungan Seni Idrus Tintin, '
     'Kompleks Bandar Serai.',
     D(2023, 9, 30), 'Pekanbaru', D(2023, 9, 28), D(2023, 9, 29), 'Anjungan Seni Idrus Tintin, Kompleks Bandar Serai', 'Kota Pekanbaru',
     'Dinas Kebudayaan Provinsi Riau'),
    ('DURI - Camat Mandau Riki Rihardi, S.STP, M.Si bersama Kapolsek Mandau Kompol Primadona dan Danramil '
     '03/Mandau Kapten Inf Suratno meninjau lokasi banjir di Kelurahan Air Jamban, Senin (11/12/2023).',
     D(2023, 12, 12), 'Bengkalis', D(2023, 12, 11), None, 'Kelurahan Air Jamban', 'Kabupaten Bengkalis',
     None),
    ('PEKANBARU - Kepala Dinas Sosial Provinsi Riau Dr. H. T. Arif Kadri, SH, MH menyerahkan bantuan kepada '
     'korban banjir di Desa Buluh Cina, Kecamatan Siak Hulu, Kabupaten Kampar, Senin (16/1/2023).',
     D(2023, 1, 17), 'Pekanbaru', D(2023, 1, 16), None, 'Desa Buluh Cina, Kecamatan Siak Hulu, Kabupaten Kampar', 'Kabupaten Kampar',
     None),
    ('TELUK KUANTAN - Festival Pacu Jalur Tradisional tahun 2023 resmi dibuka oleh Menteri Pariwisata dan '
     'Ekonomi Kreatif Sandiaga Salahuddin Uno di Tepian Narosa Teluk Kuantan, Rabu (23/8/2023) sore.',
     D(2023, 8, 30), 'Kuantan Singingi', D(2023, 8, 23), None, 'Tepian Narosa Teluk Kuantan', 'Kabupaten Kuantan Singingi',
     None),
    ('PEKANBARU - Sebanyak 200 ASN mengikuti senam bersama dalam rangka Hari Jadi Provinsi Riau ke-66 di '
     'halaman Kantor Gubernur Riau, Rabu pagi (9/8/2023).',
     D(2023, 8, 10), 'Pekanbaru', D(2023, 8, 9), None, 'halaman Kantor Gubernur Riau', 'Kota Pekanbaru',
     None),
    ('SIAK - Kapolres Siak AKBP Asep Sujarwadi, S.I.K., M.Si didampingi Wakapolres Siak Kompol Pardomuan '
     'Simanjuntak memimpin Apel Gelar Pasukan Operasi Zebra Lancang Kuning 2023 di halaman Mapolres Siak, '
     'Senin (30/10/2023).',
     D(2023, 11, 2), 'Siak', D(2023, 10, 30), None, 'halaman Mapolres Siak', 'Kabupaten Siak',
     None),
]


@pytest.mark.parametrize("text,published,dateline,date,end_date,venue,region,organizer", GENERAL)
def test_general_sentences(text, published, dateline, date, end_date, venue, region, organizer):
    ctx = _ctx(text, published, dateline)
    ev = extract_events(ctx)[0]
    assert (ev.date, ev.end_date, ev.venue, ev.venue_region, ev.organizer) == (
        date, end_date, venue, region, organizer)
    _check_spans(ctx, [ev])
    if venue is not None:
        assert [s.text for s in ev.spans if s.field == "venue"] == [venue]


def test_visit_destination_gives_way_to_the_meeting_room():
    # "berkunjung ke Dinas ..." is a venue only until the next sentence names the room
    text = ("PEKANBARU - Ketua Komnas Perlindungan Anak Seto Mulyadi berkunjung ke Dinas Sosial Provinsi Riau "
            "pada Selasa (31/1/2017). Pertemuan yang berlangsung di ruang rapat Dinas Sosial Provinsi Riau ini "
            "dihadiri pejabat terkait.")
    events = extract_events(_ctx(text, D(2017, 2, 2), "Pekanbaru"))
    assert [(e.date, e.venue) for e in events] == [(D(2017, 1, 31), "ruang rapat Dinas Sosial Provinsi Riau")]


@pytest.mark.parametrize("text", [
    # a street after "ke" is a route; "di lingkungan X" is no place
    "BENGKALIS - Arak-arakan kafilah menuju ke Jalan Antara, kemudian ke Jalan Tandun.",
    "PEKANBARU - Gubri meminta ASN di lingkungan Pemprov Riau disiplin.",
])
def test_general_no_venue(text):
    assert all(e.venue is None for e in extract_events(_ctx(text, D(2023, 9, 5), "Pekanbaru")))


def test_formal_date_with_bulan_and_tahun():
    text = ("SIAK - Rapat kerja dilaksanakan pada hari Kamis tanggal 7 bulan September tahun 2023 bertempat di "
            "Aula Kantor Camat Siak.")
    (ev,) = extract_events(_ctx(text, D(2023, 9, 8), "Siak"))
    assert (ev.date, ev.venue, ev.venue_region) == (D(2023, 9, 7), "Aula Kantor Camat Siak", "Kabupaten Siak")


MORE = [
    # a passive "digelar oleh" names the organiser; the kecamatan decides the region, not the dateline
    ("SIAK - Gerakan Pangan Murah digelar oleh Dinas Ketahanan Pangan Kabupaten Siak bekerja sama dengan Bulog "
     "Cabang Pekanbaru di halaman Kantor Camat Siak, Rabu (12/4/2023) pagi.", D(2023, 4, 12), "Siak",
     D(2023, 4, 12), "halaman Kantor Camat Siak", "Kabupaten Siak", "Dinas Ketahanan Pangan Kabupaten Siak"),
    ("PEKANBARU - Pasar Tani digelar oleh Dinas Tanaman Pangan Hortikultura dan Perkebunan Provinsi Riau di "
     "halaman Kantor Gubernur Riau, Sabtu (9/9/2023).", D(2023, 9, 10), "Pekanbaru",
     D(2023, 9, 9), "halaman Kantor Gubernur Riau", "Kota Pekanbaru",
     "Dinas Tanaman Pangan Hortikultura dan Perkebunan Provinsi Riau"),
    ("PEKANBARU - Bantuan tersebut disalurkan kepada 150 keluarga di Desa Kualu, Kecamatan Tambang, Jumat "
     "(8/9/2023).", D(2023, 9, 10), "Pekanbaru",
     D(2023, 9, 8), "Desa Kualu, Kecamatan Tambang", "Kabupaten Kampar", None),
    # a bare town outside Riau before a date is the venue, its kota the region
    ("PEKANBARU - Rapat evaluasi digelar di Batam, Kamis (7/9/2023).", D(2023, 9, 10), "Pekanbaru",
     D(2023, 9, 7), "Batam", "Kota Batam", None),
    # the visitor is a person: no organiser
    ("PEKANBARU - Ketua DPRD Riau Yulisman menerima kunjungan Kakanwil Kemenkumham Riau Budi Argap Situngkir di "
     "ruang kerjanya, Kamis (21/9/2023).", D(2023, 9, 22), "Pekanbaru",
     D(2023, 9, 21), "ruang kerjanya", "Kota Pekanbaru", None),
    ("TELUK KUANTAN - Pemkab Kuantan Singingi menggelar upacara Hari Kesaktian Pancasila di halaman Kantor Bupati "
     "Kuansing hari ini.", D(2023, 10, 2), "Teluk Kuantan",
     D(2023, 10, 2), "halaman Kantor Bupati Kuansing", "Kabupaten Kuantan Singingi", "Pemkab Kuantan Singingi"),
    ("BAGANSIAPIAPI - Bupati Rokan Hilir H. Afrizal Sintong, S.IP menghadiri Festival Bakar Tongkang di Kelurahan "
     "Bagan Hulu, Kecamatan Bangko, Senin (18/12/2023) malam. Festival ini diselenggarakan oleh Pemerintah "
     "Kabupaten Rokan Hilir bersama Yayasan Kelenteng Ing Hok King.", D(2023, 12, 19), "Bagansiapiapi",
     D(2023, 12, 18), "Kelurahan Bagan Hulu, Kecamatan Bangko", "Kabupaten Rokan Hilir",
     "Pemerintah Kabupaten Rokan Hilir"),
]


@pytest.mark.parametrize("text,published,dateline,date,venue,region,organizer", MORE)
def test_more_sentences(text, published, dateline, date, venue, region, organizer):
    ctx = _ctx(text, published, dateline)
    ev = extract_events(ctx)[0]
    assert (ev.date, ev.venue, ev.venue_region, ev.organizer) == (date, venue, region, organizer)
    _check_spans(ctx, [ev])


# event words of inspections and judging visits, and spellings of event words: (text, published, dateline) ->
# the main event's date
EVENT_WORDS = [
    # train bengkaliskab-berita-alamat-pemondokan-kafilah-mtq-44
    ("DURI – Selain sukses prestasi, sebagai tuan rumah Musabaqah Tilawatil Qur’an (MTQ) ke-44 tingkat Kabupaten "
     "Bengkalis tahun 1441 H/2019 M, Pemerintah Kecamatan Mandau pastinya juga ingin sukses sebagai "
     "penyelenggara.\n\nUntuk itu pula, hari ini, Sabtu, 14 September 2019, dilakukan survei pemondokan oleh "
     "Panitia Kesehatan Puskesmas di Kecamatan Mandau.", None, "Duri", D(2019, 9, 14)),
    # train dpmd-sumbarprov-berita-6
    ("Nagari Sungai Nyalo IV Koto Mudiak Kecamatan Batangkapas, Kabupaten Pesisir Selatan (Pessel) mendapatkan "
     "penilaian dari Tim Penilai Nagari Berprestasi Tingkat Provinsi Sumatera Barat, Jumat (19/5/2017).",
     D(2021, 5, 4), None, D(2017, 5, 19)),
    # train deliserdangkab-wabup-sambut-kafilah-mtq-38-sumut: "Musabaqoh" for "Musabaqah"
    ("Wakil Bupati Deli Serdang H. M. Ali Yusuf Siregar Sambut Para Pemenang Kafilah Deli Serdang Pada MTQ Ke 38 "
     "Tingkat Sumut.\n\nLubuk Pakam\n\nWakil Bupati Deli Serdang HMA Yusuf Siregar sambut langsung para Kafilah pemenang Musabaqoh Tilawatil Qur’an "
     "Ke XXXVIII Tingkat Provinsi Sumatera Utara tahun 2022 dirangkai dengan pemberian Tali Asih kepada para pemenang "
     "Kafilah Deli Serdang, di Aula Cendana Lantai II Kantor Bupati Deli Serdang, Senin (11/4/2022).", None,
     "Lubuk Pakam", D(2022, 4, 11)),
    # train bengkaliskab-ppd-terbaik-seriau-2019
    ("Katanya, Rabu besok, 20 Februari 2019, tim penilai akan datang ke Bengkalis sekaligus verifikasi lapangan.",
     None, "Bengkalis", D(2019, 2, 20)),
]


# a kecamatan or desa after "di" in an event's sentence is its place, neither right after the event's name
# nor before a date: (text, published, dateline) -> (venue, region) of the main event
SUBPLACE_VENUES = [
    # train bengkaliskab-berita-alamat-pemondokan-kafilah-mtq-44
    (EVENT_WORDS[0][0], None, "Duri", ("Kecamatan Mandau", "Kabupaten Bengkalis")),
    # train diskominfotik-bengkalis-8638
    ("SELATBARU – Saat Musabaqah Tilawatil Qur’an (MTQ) XLII Kabupaten Bengkalis yang diselenggarkan 1-8 Otkober "
     "2017 di Kecamatan Pinggir, kafilah Kecamatan Bantan gagal mempertahankan prediket juara umum.",
     D(2018, 9, 22), "Selatbaru", ("Kecamatan Pinggir", "Kabupaten Bengkalis")),
]


@pytest.mark.parametrize("text,published,dateline,expected", SUBPLACE_VENUES)
def test_a_kecamatan_after_di_is_the_venue(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    events = [ev for ev in extract_events(ctx) if ev.venue]
    assert events and (events[0].venue, events[0].venue_region) == expected
    _check_spans(ctx, events)


@pytest.mark.parametrize("text,published,dateline,date", EVENT_WORDS)
def test_inspection_and_judging_are_events(text, published, dateline, date):
    ctx = _ctx(text, published, dateline)
    events = extract_events(ctx)
    assert events and events[0].date == date
    _check_spans(ctx, events)


@pytest.mark.parametrize("text", [
    "PEKANBARU - Pendaftaran peserta dilaksanakan mulai 1 Oktober 2023 secara daring.",
    "PEKANBARU - Kecelakaan terjadi di Jalan Sudirman, Jumat (8/9/2023) malam.",
    "PEKANBARU - Bupati Siak Alfedri berangkat ke Jakarta, Jumat (8/9/2023).",
])
def test_registration_accident_travel_are_no_events(text):
    assert extract_events(_ctx(text, D(2023, 9, 10), "Pekanbaru")) == ()


# -- issue 19: dates apart from the venue, venues, regions, one record per event ---------------

# (text, published, dateline) -> (date, end_date, venue, venue_region) of the main event
ISSUE19 = [
    # a sentence that is only a date dates the sentence before it (train dpmd-kampar-211)
    ("Bupati Kampar, Ahmad Yuzar, memimpin langsung kegiatan Musyawarah Perencanaan Pembangunan (Musrenbang) "
     "Kabupaten Kampar Tahun 2026. Kegiatan tersebut dilaksanakan di Aula Kantor Camat Kampar Kiri, dengan "
     "dihadiri berbagai unsur pemerintah. Kamis (29/1/2026).", D(2026, 1, 30), None,
     (D(2026, 1, 29), None, "Aula Kantor Camat Kampar Kiri", "Kabupaten Kampar")),
    ("DPRD INHIL, TEMBILAHAN – Bertempat di ruang Paripurna DPRD Kab. Inhil Jl. Soebrantas Tembilahan, Bupati "
     "Indragiri Hilir menghadiri acara konsultasi Pimpinan DPRD dan Bupati Kab. Inhil. Senin (4/4/2022) malam.",
     D(2022, 4, 5), "Tembilahan",
     (D(2022, 4, 4), None, "ruang Paripurna DPRD Kab. Inhil Jl. Soebrantas Tembilahan", "Kabupaten Indragiri Hilir")),
    # a TPS is a venue; "RT 16" starts an address part (train ppid-dumai-8704-3)
    ("Plh Walikota Dumai, H Herdi Salioso bersama Istri melaksanakan hak berdemokrasi sebagai warga negara, "
     "dengan melakukan pencoblosan untuk memilih Walikota dan Wakil Walikota Dumai di TPS 16 , RT 16 Jalan Air "
     "Bersih Kelurahan Teluk Binjai, Kecamatan Dumai Kota. Rabu, 09 Desember 2020.", D(2020, 12, 10), None,
     (D(2020, 12, 9), None, "TPS 16 , RT 16 Jalan Air Bersih Kelurahan Teluk Binjai, Kecamatan Dumai Kota",
      "Kota Dumai")),
    # "di" + a place word inside a venue (train kominfosandi-kampar-2021-06-30-aspirasi-kepala-desa)
    ("Kata Catur saat menerima Kepala Desa dan Camat di Kediaman di Desa Sei Lembu Makmur, Rabu, 30/06.",
     None, "Sei Lembu, Tapung", (None, None, "Kediaman di Desa Sei Lembu Makmur", "Kabupaten Kampar")),
    # no event word: the lead's occasion at a venue (train dprd-2023-06-22-audensi-komisi-ii-pks-non-kebun)
    ("Pekanbaru – Komisi II DPRD Provinsi Riau melakukan uudensi dengan mitra kerja, berkaitan dengan Persoalan "
     "Publik Pabrik Kelapa Sawit (PKS) Non Kebun, di Ruang Rapat Medium DPRD Provinsi Riau, Kamis (22/6/2023).",
     D(2023, 6, 23), "Pekanbaru", (D(2023, 6, 22), None, "Ruang Rapat Medium DPRD Provinsi Riau", "Kota Pekanbaru")),
    # a town after a comma names the venue's kota (train simalungunkab-2023-08-16-anugerah-kip)
    ("Pemerintah Kabupaten Simalungun menerima penyerahan Anugerah Keterbukaan Informasi Publik di Aula Raja "
     "Inal Siregar Kantor Gubsu, Medan, Selasa (15/8/2023).", None, None,
     (D(2023, 8, 15), None, "Aula Raja Inal Siregar Kantor Gubsu, Medan", "Kota Medan")),
    # "yang berada di" after a comma goes on with the address; "nomor." inside it (train ppid-2305)
    ("PEKABARU- Gubernur Riau, Syamsuar, mendampingi Menteri Dalam Negeri dalam peninjauan pelaksanaan vaksinasi "
     "anak-anak. Mendagri meninjau kegiatan ini di SDN 036, yang berada di Jalan Hang Tuah nomor. 59, Pekanbaru "
     "(21/01/2022).", D(2022, 1, 21), "Pekabaru",
     (D(2022, 1, 21), None, "SDN 036, yang berada di Jalan Hang Tuah nomor. 59, Pekanbaru", "Kota Pekanbaru")),
    # the year of a date without one: the page's one year, links to other articles aside
    # (train pekanbaru-2019-kota-layak-pemuda)
    ("PEKANBARU-- Pemerintah Kota Pekanbaru menggelar upacara peringatan Hari Sumpah Pemuda, Senin (28/10) di "
     "Halaman kantor Mal Pelayanan Publik (MPP) Pekanbaru Jalan Jenderal Sudirman. Kota Layak Pemuda tahun 2019."
     "\n\n[02/07/2025] Wali Kota Buka Festival", None, "Pekanbaru",
     (D(2019, 10, 28), None, "Halaman kantor Mal Pelayanan Publik (MPP) Pekanbaru Jalan Jenderal Sudirman",
      "Kota Pekanbaru")),
    # a dateline that is a kecamatan gives a local building its kabupaten (train ppid-kampar-1270)
    ("Bangkinang Kota - Bursa Inovasi Desa (BID) 2018 digelar di Gor Sport Center Bangkinang Kota, Selasa "
     "(23/10/2018).", D(2018, 10, 23), "Bangkinang Kota",
     (D(2018, 10, 23), None, "Gor Sport Center Bangkinang Kota", "Kabupaten Kampar")),
]


@pytest.mark.parametrize("text,published,dateline,expected", ISSUE19)
def test_issue19_sentences(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    ev = extract_events(ctx)[0]
    assert (ev.date, ev.end_date, ev.venue, ev.venue_region) == expected
    _check_spans(ctx, [ev])


def test_date_on_a_line_of_its_own_dates_no_event():
    """A page's stamp under the article is no date of the sentence before it."""
    text = "Rapat koordinasi persiapan HUT digelar di Kantor Gubernur Kaltim.\n\n14 April 2023 Jam 13:33:51"
    assert [ev.date for ev in extract_events(_ctx(text, None, "Samarinda"))] == [None]


# (text, published, dateline) -> (date, end_date, venue) of each event
ISSUE19_PAGES = [
    # "sejak" before a range opens the event's days (train diskominfotik-bengkalis-8780)
    ("Hal itu menandakan perhelatan Musabaqah Tilawatil Quran (MTQ) ke-43 Tingkat Kabupaten Bengkalis di Kecamatan "
     "Bukit Batu yang digelar sejak 23 hingga 30 September 2018 secara resmi ditutup.", D(2018, 9, 30), "Sungai Pakning",
     [(D(2018, 9, 23), D(2018, 9, 30), "Kecamatan Bukit Batu")]),
    # a bare venue ends after its region and the acronym in brackets (train rokanhulukab-2022-...-rohil)
    ("ROKAN HULU - Mengikuti Musabaqoh Tilawatil Qur'an (MTQ) Tingkat Provinsi Riau di Kabupaten Rokan Hilir (Rohil) "
     "Pemerintah Kabupaten Rokan Hulu (Rohul) Akan mengutus Qori dan Qoriah.", None, "Rokan Hulu",
     [(None, None, "Kabupaten Rokan Hilir (Rohil)")]),
    # no closing quote in a venue (train mediacenter-temanggungkab-528)
    ("“Pilkada, yang dalam waktu dekat ini akan segera dilaksanakan di Kabupaten Temanggung”, tandasnya.", None,
     "Temanggung", [(None, None, "Kabupaten Temanggung")]),
    # a bare town that another venue holds is no venue of its own (train bengkaliskab-kasmarni-audiensi-rri-ceria-tv)
    ("\"Kemudian Kami akan mengundang ibuk Bupati ke Kantor Pusat Pekanbaru dalam rangka kegiatan dialog interaktif,\" "
     "jelas Ali. Lebih lanjut kami mengadakan acara di Pekanbaru karena ingin mengkafer area.", None, "Bengkalis",
     [(None, None, "Kantor Pusat Pekanbaru")]),
]


@pytest.mark.parametrize("text,published,dateline,expected", ISSUE19_PAGES)
def test_issue19_events(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    events = extract_events(ctx)
    assert [(ev.date, ev.end_date, ev.venue) for ev in events] == expected
    _check_spans(ctx, events)


def test_field_idiom_is_no_venue():
    """ "di lapangan" (in the field): a lowercase venue head alone names no place (train ppid-12504)."""
    text = ("PEKANBARU - Pemprov Riau menggelar rapat kesiapsiagaan banjir, memantau kondisi terkini di lapangan, "
            "Kamis (21/12/2023).")
    assert [ev.venue for ev in extract_events(_ctx(text, D(2023, 12, 21), "Pekanbaru"))] == [None]


def test_listing_of_other_articles_is_no_event():
    """Stamped links to other articles are page furniture (train pekanbaru-news-2022-pj-wali-kota-muflihun-dilantik)."""
    text = ("Pelantikan Penjabat Wali Kota Pekanbaru digelar di Balai Pauh Janggi, Gedung Daerah.\n\n"
            "[09/07/2025] Kadispora Buka Sosialisasi Perpres 46 Tahun 2025 [09/07/2025] Pj Sekda Tinjau "
            "Infrastruktur di Pelabuhan Sungai Duku [09/07/2025] DLHK Pekanbaru Koordinasi dengan Polresta")
    events = extract_events(_ctx(text, None, "Pekanbaru"))
    assert [(ev.date, ev.venue) for ev in events] == [(None, "Balai Pauh Janggi, Gedung Daerah")]


# (text, url, dateline) -> venue_region of the event: a local venue with no region in its text and no
# dateline to read lies in the one region its heads' titles name, or in the region of the portal
REGION_FALLBACKS = [
    # train ppid-sambas-turnamen-mancing-udang-desa-durian (stored text: no url, no dateline)
    ("Bupati Sambas Satono menutup secara resmi Turnamen Mancing Udang yang digelar Pemerintah Desa Durian, "
     "Minggu 30 Oktober 2022. Turnamen mancing udang galah digelar di Desa Durian.", None, None,
     "Kabupaten Sambas"),
    # train pojokperekonomian-grobogan-175
    ("Bupati Grobogan Sri Sumarni menyerahkan bonus kepada para atlit peraih medali Porprov 2018 di Hotel 21 "
     "Purwodadi, Sabtu (10/11/2018).", None, None, "Kabupaten Grobogan"),
    # the portal's host names its regency
    ("Penyerahan bonus kepada para atlit peraih medali Porprov 2018 digelar di Hotel 21 Purwodadi, Sabtu "
     "(10/11/2018).", "http://pojokperekonomian.grobogan.go.id/berita/175", None, "Kabupaten Grobogan"),
    ("Rapat koordinasi digelar di Aula Kantor Bupati, Senin (3/10/2016).", "https://mc.temanggungkab.go.id/d/1",
     None, "Kabupaten Temanggung"),
    # a province's portal and two regions' heads name no one region
    ("Rapat koordinasi digelar di Aula Kantor Bupati, Senin (3/10/2016).", "https://www.riau.go.id/home/1",
     None, None),
    ("Bupati Sambas dan Bupati Grobogan menghadiri rapat koordinasi di Gedung Serbaguna, Senin (3/10/2016).",
     None, None, None),
]


# the venue's own words name its kabupaten (by its initials, in brackets); the dateline does in Riau only
VENUE_REGIONS = [
    # train gorontaloprov-2023-07-03-acting-governor-surprise-visit: outside Riau a dateline that writes its
    # kind ("Regency") gives a local venue its kabupaten; a bare town's name ("Samarinda") does not
    ("Bone Bolango Regency, Kominfotik – Acting Gorontalo Governor Ismail Pakaya visited Diskominfotik office in "
     "the morning to surprise all the staff, Monday (3/7/2023).", "Bone Bolango Regency", "Kabupaten Bone Bolango"),
    ("Rapat yang dihadiri Kepala Dinas Komunikasi dan Informatika (Diskominfo) Prov Kaltim, Muhammad Faisal beserta "
     "Perangkat Daerah (PD) Lingkup Pemprov  Kaltim, bertempat di Ruang Rapat Tepian 1 Kantor Gubernur, Senin (11/10).",
     "Samarinda", None),
    # train sbdkab-sbd-menjuarai-lomba-inovasi-daerah-tatanan-normal-baru
    ("Demikian diungkap oleh Bupati Kabupaten SBD dr. Kornelius Kodi Mete saat berpidato sebagai inspektur "
     "upacara HUT  ke-75 RI di Stadion Lapangan Galatama Tambolaka Kabupaten SBD Propinsi Nusa Tenggara Timur, "
     "Senin (17/8/2020/).", "Tambolaka", "Kabupaten Sumba Barat Daya"),
    # train diskominfo-kaltimprov-gubernur-siap-kunker-wilayah-selatan
    ("Lisa menerangkan Kunker  tersebut diawali kunjungan ke Desa Bukit Merdeka yang berada di Samboja (Kutai "
     "Kartanegara), ujar Lisa.", "Samarinda", "Kabupaten Kutai Kartanegara"),
    # outside Riau a dateline does not make a building's kabupaten/kota clear (ANNOTATING.md; train
    # diskominfo-kaltimprov-gubernur-siap-kunker-wilayah-selatan)
    ("Rapat Persiapan akhir Kunjungan Kerja (Kunker) Gubernur Kaltim dihadiri Kepala Dinas Komunikasi dan "
     "Informatika (Diskominfo) Prov Kaltim, bertempat di Ruang Rapat Tepian 1 Kantor Gubernur, Senin (11/10).",
     "Samarinda", None),
    # in Riau it does
    ("Rapat koordinasi dihadiri Kepala Dinas Komunikasi dan Informatika, bertempat di Ruang Rapat Melati Kantor "
     "Gubernur, Senin (11/10).", "Pekanbaru", "Kota Pekanbaru"),
    # a town's name ends the venue, after the building: its kabupaten/kota (train dkp3a-kaltimprov-2024-01-16-
    # lomba-jajanan-pasar, kebumenkab-3482)
    ("Samarinda — Kamis ceria (11/1/2024), ajang Pekan Raya Kaltim (PRK) 2024 Kalimantan Timur di Lapangan Parkir "
     "Gelora Kadrie Oening Sempaja Samarinda tampak berbeda.", "Samarinda", "Kota Samarinda"),
    ("KEBUMEN - Dalam rangka untuk memperingati hari lingkungan hidup sedunia tingkat Kabupaten Kebumen "
     "dilaksanakan Upacara Bendera di Halaman Setda Kebumen. Upacara kali ini dibarengkan dengan upacara 17-an "
     "bulan Juni 2015 (17/6).", "Kebumen", "Kabupaten Kebumen"),
    # ... but not a kecamatan's or a province's name that ends with one (train prokopim-bengkalis-8830: Kota
    # Batu; dev dprd-31544: Kota Yogyakarta)
    ("Dewan Hakim mengumumkan pembaca terbaik pada perhelatan MTQ ke-XLIII tingkat Kabupaten Bengkalis di "
     "Kecamatan Bukit Batu ini, Senin (11/10).", "Bukit Batu", "Kabupaten Bengkalis"),
    ("Yogyakarta – Komisi V DPRD Provinsi Riau melaksanakan kunjungan konsultasi ke Balai Besar Pendidikan dan "
     "Pelatihan Kesejahteraan Sosial (BBPPKS) Regional III Daerah Istimewa Yogyakarta, Jumat (12/9/2025).",
     "Yogyakarta", None),
]


@pytest.mark.parametrize("text,dateline,region", VENUE_REGIONS)
def test_region_of_a_venue(text, dateline, region):
    placed = [e for e in extract_events(_ctx(text, D(2021, 10, 11), dateline)) if e.venue]
    assert placed and placed[0].venue_region == region, [(e.venue, e.venue_region) for e in placed]


@pytest.mark.parametrize("text,url,dateline,region", REGION_FALLBACKS)
def test_region_of_a_local_venue_without_a_dateline(text, url, dateline, region):
    ctx = Context(text=text, page=Page(published=D(2022, 11, 1), dateline=dateline, url=url, text=text))
    placed = [e for e in extract_events(ctx) if e.venue]
    assert placed and placed[0].venue_region == region, [(e.venue, e.venue_region) for e in placed]


# English pages of other provinces: (text, dateline) -> (date, venue) of the main event
ENGLISH_EVENTS = [
    # train papua-news-7863
    ("JAYAPURA - Regent and Deputy Regent elected Boven Digoel Regency, Hengky Yaluwo - Lexi Romel Wagiu, the "
     "results of the 2020 election, officially inaugurated by the Governor of Papua Lukas Enembe, Wednesday "
     "(13/10/2021) at the State Building, Jayapura.", "Jayapura", (D(2021, 10, 13), "State Building, Jayapura")),
    # train gorontaloprov-2023-07-03-acting-governor-surprise-visit: the head after the name, a visited office
    ("Bone Bolango Regency, Kominfotik – Acting Gorontalo Governor Ismail Pakaya visited Diskominfotik office in "
     "the morning to surprise all the staff, Monday (3/7/2023).", "Bone Bolango Regency",
     (D(2023, 7, 3), "Diskominfotik office")),
    # https://setkab.go.id/en/newly-appointed-deputy-governor-of-bengkulu-calls-for-synergy/
    ("President Jokowi inaugurates Dedy Ermansyah as Deputy Governor of Bengkulu for the remaining term of "
     "2016-2021, at the State Palace, Jakarta, Wednesday (25/9/2019).", "Jakarta",
     (D(2019, 9, 25), "State Palace, Jakarta")),
    # https://voi.id/en/news/392126
    ("The inauguration of the newly planned Acting Governor of South Sumatra Monday (24/6/2024) at 15.30 WIB, at "
     "the Sasana Bhakti Praja (SBP) building, 3rd Floor, Ministry of Home Affairs Office in Jakarta.", "Jakarta",
     (D(2024, 6, 24), "Sasana Bhakti Praja (SBP) building")),
    ("The coordination meeting was held at the Governor's Office on Monday (11/10/2021).", "Jayapura",
     (D(2021, 10, 11), "Governor's Office")),
    ("The regional development workshop was held in Jakarta on Monday (11/10/2021).", "Jayapura",
     (D(2021, 10, 11), "Jakarta")),
]


# a venue after "berlangsung/bertempat/digelar di" that opens with a local word, and venue heads of
# other provinces: (text, dateline) -> (date, venue) of the main event
PLACED_VENUES = [
    # train distanpangan-baliprov-penyerahan-alsintan-subak
    ("Penyerahan ini berlangsung di wantilan kantor Distanpangan Provinsi Bali, pada hari Senin, 11 Oktober 2021.",
     "Denpasar", (D(2021, 10, 11), "wantilan kantor Distanpangan Provinsi Bali")),
    # train camatrupat-bengkalis-808
    ("Kegiatan festival pesta pantai dan permainan rakyat yang digelar di pantai wisata Desa makeruh. Senin, "
     "23/10/2023.", "Rupat", (D(2023, 10, 23), "pantai wisata Desa makeruh")),
    # train setda-kalteng-pj-sekda-sambut-kontingen-pon-xx
    ("Penyambutan kepulangan Kontingen Atlet Provinsi Kalimantan Tengah (Kalteng) pada Pekan Olahraga Nasional "
     "(PON) XX Papua, bertempat di Bandar Udara (Bandara) Tjilik Riwut, Kota Palangka Raya, pada Sabtu sore, 9 "
     "Oktober 2021.", "Palangka Raya",
     (D(2021, 10, 9), "Bandar Udara (Bandara) Tjilik Riwut, Kota Palangka Raya")),
    # of two bare places, the one the date follows (train diskominfotik-bengkalis-7075)
    ("“Kita bangga karena Porprov IX Riau di Kampar ini,” ujar Bupati Amril usai acara pembukaan di Bangkinang, "
     "Sabtu malam, 28 Oktober 2017.", "Bengkalis", (D(2017, 10, 28), "Bangkinang")),
    # the place "bertempat di" names, not the one the event's name holds (train dumaikota-2021-rapat-...-rth)
    ("Dumai - Walikota Dumai, H. Paisal, SKM, MARS menghadiri Rapat Pembahasan Komitmen Perusahaan untuk "
     "Pembangunan Ruang Terbuka Hijau (RTH) di Taman Bukit Gelanggang Dumai bertempat di Kantor Cabang Pelindo I "
     "Dumai di Jl. Sultan Syarif Kasim, Kamis (08/07/2021).", "Dumai",
     (D(2021, 7, 8), "Kantor Cabang Pelindo I Dumai di Jl. Sultan Syarif Kasim")),
    # a named site with no venue head after a verb of placing (train budaya-jogjaprov-1308,
    # desagiripurwo-gunungkidul-269)
    ("Anugerah Kebudayaan Gubernur Daerah Istimewa Yogyakarta tahun ini dilaksanakan pada Kamis, 27 Oktober 2022, "
     "bertempat di Bangsal Kepatihan Daerah Istimewa Yogyakarta.", "Yogyakarta",
     (D(2022, 10, 27), "Bangsal Kepatihan Daerah Istimewa Yogyakarta")),
    ("GIRIPURWO ( SIDA )  - Lomba Preanatacara sekabupaten Gunungkidul yang bertempat di Bangsal Sewokoprojo pada "
     "hari Jum'at tanggal 11 Oktober 2019.", "Giripurwo", (D(2019, 10, 11), "Bangsal Sewokoprojo")),
]


@pytest.mark.parametrize("text,dateline,expected", ENGLISH_EVENTS + PLACED_VENUES)
def test_main_event_date_and_venue(text, dateline, expected):
    ctx = _ctx(text, D(2023, 10, 30), dateline)
    events = extract_events(ctx)
    assert events and (events[0].date, events[0].venue) == expected
    _check_spans(ctx, events)


# one event, one record: the same name, dates inside one range, one place
SAME_EVENT_PAGES = [
    # train camatrupat-bengkalis-808: the opening day, then the festival's range and the beach again
    ("Camat Rupat Hariadi menghadiri sekaligus membuka secara resmi kegiatan festival pesta pantai dan permainan "
     "rakyat yang digelar di pantai wisata Desa makeruh. Senin, 23/10/2023.\n\nFestival pesta pantai ini akan "
     "digelar selama lima hari mulai dari tanggal 23 s/d 28 Oktober 2023, berbagai pertandingan akan "
     "diperlombakan.\n\nAntusiasme masyarakat cukup tinggi menyaksikan kegiatan yang dilaksanakan di Pantai "
     "Makeruh, Tampak hadir pada Festival ini Forkompincam Rupat.\n\nKemudian Camat Rupat menyampaikan Festival "
     "pesta pantai ini bertujuan sebagai ajang promosi pariwisata untuk menarik para wisatawan untuk mereka dapat "
     "berkunjung di pantai wisata yang ada diDesa Makeruh.", D(2023, 10, 24), "Rupat",
     [(D(2023, 10, 23), D(2023, 10, 28), "pantai wisata Desa makeruh")]),
    # train kesbangpol-bengkalis-1167: the kecamatan the hotel stands in is no other place
    ("MANDAU-Pemerintah Kabupaten Bengkalis melalui Badan Kesatuan Bangsa dan Politik (Kesbangpol) menggelar "
     "Sosialisasi Pendidikan Politik Bagi Kelompok Masyarakat di Kecamatan Mandau. Kegiatan digelar di Hotel "
     "Susuka Duri, Rabu (8/12/2022).", D(2022, 12, 8), "Mandau",
     [(D(2022, 12, 8), None, "Hotel Susuka Duri")]),
]


@pytest.mark.parametrize("text,published,dateline,expected", SAME_EVENT_PAGES)
def test_one_event_one_record(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    events = extract_events(ctx)
    assert [(ev.date, ev.end_date, ev.venue) for ev in events] == expected
    _check_spans(ctx, events)


# a lead with no event word and no place: the date it opens with dates what it reports
LEAD_OPENING_DATES = [
    # train mediacenter-kampar-5736
    ("Bangkinang, Jum’at 12 Desember 2025 — Kabupaten Kampar resmi menerima bantuan 1 unit bus sekolah dari "
     "Kementerian Perhubungan RI melalui alokasi APBN tahun 2025.", D(2026, 2, 4), "Bangkinang", [D(2025, 12, 12)]),
    # train dishub-kampar-69
    ("Jumat 05 Maret 2021 pukul 09.30 Wib. Dinas Perhubungan Kabupaten Kampar ikut memenuhi undangan dari Dinas "
     "Perhubungan Provinsi Riau.", None, None, [D(2021, 3, 5)]),
    # train dpmptsp-2025-rapat-kawasan-industri: a planned meeting, its lead hard-wrapped
    ("Pekanbaru, 6 Maret 2025 - Dalam rangka\nmempercepat pengembangan industri di Provinsi Riau, Dinas "
     "Penanaman Modal dan\nPelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Riau akan menggelar rapat\npenting.",
     D(2025, 3, 6), "Pekanbaru", []),
]


@pytest.mark.parametrize("text,published,dateline,expected", LEAD_OPENING_DATES)
def test_the_lead_opening_date(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    events = extract_events(ctx)
    assert [ev.date for ev in events] == expected
    _check_spans(ctx, events)


def test_the_lead_stamp_gives_way_and_a_few_days_name_no_day():
    """The date between the dateline and the lead is the page's stamp when the sentence dates the event
    itself; "beberapa hari ini" (these few days) names no day (train setda-inhil-2023-06-23-...-enok)."""
    text = ("Tembilahan, Jumat ( 23/06/2023 ) Di sela sela beberapa kegiatan yang padat, Bupati Inhil H.M.Wardan "
            "saat meninjau dan menyerahkan bantuan Musibah Korban Kebakaran di Sungai Lokan Kecamatan Enok pada "
            "hari Rabu lalu 21/06/2023.\n\nProyek yang menggunakan APBD Provinsi Riau ini menurut informasi "
            "pekerja disana sudah mulai dilaksanakan kembali beberapa hari ini.")
    ctx = _ctx(text, D(2023, 6, 23), "Tembilahan")
    events = extract_events(ctx)
    assert [ev.date for ev in events] == [D(2023, 6, 21)]
    _check_spans(ctx, events)


# an event's sentence gives neither date nor place; the next one, with no event word, says where (and when):
# (text, published, dateline) -> (date, venue) of each event
NEXT_SENTENCE_VENUES = [
    # train mediacenter-28611: a headed venue in the next paragraph
    ("Kunjungan kerja atau sering disebut dengan studi banding langsung dipimpin Ketua Komisi D DPRD DI Yogyakarta "
     "Yose Rizal.\n\nTim Komisi D yang membidangi soal kesejahteraan rakyat ini diterima langsung Staf Ahli "
     "Sekretariat Daerah Provinsi Riau Edi Kusdarwanto, di Ruang Melati Kantor Gubernur Riau Jalan Jenderal "
     "Sudirman Pekanbaru Riau.", D(2017, 8, 21), "Pekanbaru",
     [(None, "Ruang Melati Kantor Gubernur Riau Jalan Jenderal Sudirman Pekanbaru Riau")]),
    # train merantikab-2024-asmar-sembako-banjir-pulau-merbau: a bare kecamatan before the date
    ("MERANTI - Pelaksana tugas (Plt) Bupati AKBP (Purn) H. Asmar kembali melakukan peninjauan sekaligus "
     "menyerahkan bantuan paket sembako bagi masyarakat terdampak banjir.\nKali ini bantuan diberikan kepada 441 "
     "warga di Kecamatan Pulau Merbau, Ahad (14/1/2024).", D(2024, 1, 14), "Meranti",
     [(D(2024, 1, 14), "Kecamatan Pulau Merbau")]),
    # dev prokopim-bengkalis-15305: the end of a parade's route is no venue of its own
    ("Arak-arakan yang diiringi tabuhan kompang dan diikuti oleh seluruh kafilah tersebut dimulai dari Pelabuhan "
     "Roro Air Putih menuju ke arah Politeknik.\n\nKemudian menuju ke arah simpang lima Desa Pedekik, dari sana "
     "langsung ke Jalan Kelapapati Tengah, lalu di Simpang ABC dilanjutkan ke Parit Bangkong, dan Finish di "
     "Masjid Agung Istiqamah Bengkalis.", D(2023, 11, 20), "Bengkalis", []),
]


@pytest.mark.parametrize("text,published,dateline,expected", NEXT_SENTENCE_VENUES)
def test_the_next_sentence_gives_the_venue(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    events = extract_events(ctx)
    assert [(ev.date, ev.venue) for ev in events] == expected
    _check_spans(ctx, events)


def test_last_years_year_written_by_mistake():
    """The weekday fits the same day of the page's year: the year is a slip (train
    merantikab-2024-asmar-sembako-banjir-pulau-merbau, gold 2024-01-14); a weekday that fits neither is
    kept as written."""
    text = ("MERANTI - Plt Bupati H. Asmar kembali melakukan peninjauan sekaligus menyerahkan bantuan paket sembako "
            "bagi masyarakat terdampak banjir.\nKali ini bantuan diberikan kepada 441 warga di Kecamatan Pulau "
            "Merbau, Ahad (14/1/2023).")
    ctx = _ctx(text, D(2024, 1, 14), "Meranti")
    assert [ev.date for ev in extract_events(ctx)] == [D(2024, 1, 14)]
    ctx = _ctx(text.replace("Ahad", "Senin"), D(2024, 1, 14), "Meranti")
    assert [ev.date for ev in extract_events(ctx)] == [D(2023, 1, 14)]


def test_the_month_written_by_mistake():
    """The weekday fits the same day of the page's month, a week or less before it: the month is a slip
    (train ppid-11126, gold 2023-10-15); a weekday that fits neither is kept as written."""
    text = ("BENGKALIS  - Tim Satgas Kebakaran Hutan dan Lahan (Karhutla) Provinsi Riau berhasil memadamkan kebakaran "
            "lahan di Bengkalis, Riau, pada Minggu (15/9/2023). Tepat pukul 14.30 api yang membara di lokasi tersebut "
            "dinyatakan padam.")
    ctx = _ctx(text, D(2023, 10, 15), "Bengkalis")
    assert [ev.date for ev in extract_events(ctx)] == [D(2023, 10, 15)]
    ctx = _ctx(text.replace("Minggu", "Senin"), D(2023, 10, 15), "Bengkalis")
    assert [ev.date for ev in extract_events(ctx)] == [D(2023, 9, 15)]


@pytest.mark.parametrize("venue, region", [
    ("Jalan Gajah Mada Samarinda", "Kota Samarinda"),
    ("Hotel Santika Pontianak", "Kota Pontianak"),
    ("Jalan Bone", None),  # a street named after a regency
    ("kawasan Danau Toba", None),  # a lake in seven kabupaten
    ("Gedung Serbaguna Bukit Batu", None),  # a kecamatan of Bengkalis, not Kota Batu
    ("Kantor Desa Teluk Binjai", None),
])
def test_town_at_the_end_of_a_venue(venue, region):
    from psm_extract.extractors.events import _town_at_end
    r = _town_at_end(venue, [])
    assert (r.name if r else None) == region


# a document's date is no event date: "tertanggal", and "tanggal" after a decree's number
# (train dpmpd-kaltimprov-lomdeskel-2018, sumbarprov-news-881)
def test_a_decree_date_is_no_event_date():
    text = ("Penetapan juara lomba melalui Surat Keputusan Kepala DPMPD Kaltim No 441.4/86/DPM-PD/VII/2018 tertanggal "
            "31 Juli 2018 tentang penetapan juara lomdeskes 2018.")
    assert [ev.date for ev in extract_events(_ctx(text, D(2018, 8, 10), "Samarinda"))] == []
    # train kebumenkab-3482: "TMT" (terhitung mulai tanggal) dates a retirement, no event
    text = ("Pada saat itu juga diserahkan penghargaan kepada 19 PNS Kabupaten Kebumen yang memasuki purna tugas TMT 1 "
            "Juli 2015.")
    assert [ev.date for ev in extract_events(_ctx(text, D(2015, 6, 18), "Kebumen"))] == []


@pytest.mark.parametrize("text,blocked", [
    ("Sesuai SK.Gubernur Sumatera Barat No.414.3-331-2013 tanggal 19 Juni 2013.", True),
    ("Sesuai Peraturan Gubernur Nomor 12 Tahun 2020, tanggal 19 Juni 2013.", True),
    ("Rapat digelar di Ruang Rapat No. 2, tanggal 19 Juni 2013.", False),
])
def test_the_date_after_a_decree_number(text, blocked):
    from psm_extract import dates
    from psm_extract.extractors.events import _blocked_date
    m = dates.find_dates(text, D(2013, 7, 4))[0]
    assert _blocked_date(text, 0, m) is blocked


# a seat of the state stands in the capital: the dateline gives it no kabupaten/kota
# (train pekanbaru-news-2020-apeksi-komwil-i-audiensi-presiden)
def test_a_seat_of_the_state_takes_no_region_from_the_dateline():
    text = ("PEKANBARU - Wali Kota Pekanbaru, DR. H. Firdaus, MT bersama pengurus Asosiasi Pemerintah Kota Seluruh "
            "Indonesia (Apeksi) Komisariat Wilayah (Komwil) I melaksanakan silaturrahmi sekaligus audiensi dengan "
            "Presiden Republik Indonesia Ir. Joko Widodo, di Istana Negara, pada Selasa (2/3/2020).")
    events = extract_events(_ctx(text, D(2020, 3, 3), "Pekanbaru"))
    assert [(ev.venue, ev.venue_region) for ev in events] == [("Istana Negara", None)]


# one region written twice (an abbreviation, the full name) is one place: one record, the fuller form
# (train rokanhulukab-2022-rapat-persiapan-mtq-provinsi-rohil)
def test_one_region_written_twice_is_one_venue():
    text = ("ROKAN HULU - Mengikuti Musabaqoh Tilawatil Qur'an (MTQ) Tingkat Provinsi Riau di Kabupaten Rokan Hilir "
            "(Rohil) Pemerintah Kabupaten Rokan Hulu (Rohul) Akan mengutus Qori dan Qoriah serta Hafidz dan Hafizah di "
            "setiap Ajang Event yang diperlombakan.\n\nSekda Rohul menambahkan bahwa Pemerintah Kabupaten Rokan Hulu "
            "pada ajang MTQ Provinsi Riau di Kabupaten Rohil menargetkan Juara Umum bisa kembali diraih oleh Kabupaten "
            "Rokan Hulu.")
    events = extract_events(_ctx(text, D(2022, 4, 22), "Rokan Hulu"))
    assert [ev.venue for ev in events if ev.venue] == ["Kabupaten Rokan Hilir (Rohil)"]


# a "di" glued to a venue head, and titles glued before a name, whose dots end no sentence
# (train sumbar-kemenag-mqk-agam-juara-umum)
def test_glued_di_and_glued_titles():
    text = ("MQK DITUTUP Kafilah Agam Juara Umum Padang, Humas Musabaqah Qira’atil Kutub (MQK) Nasional Tingkat Propinsi "
            "Sumbar ke-IV, Jumat (24/6) resmi ditutup Kakanwil Kemenag Sumbar Drs.H. Darwas, dipelataran parkir kantor "
            "setempat.")
    events = extract_events(_ctx(text, D(2011, 6, 24), "Padang"))
    assert [(ev.date, ev.venue) for ev in events] == [(D(2011, 6, 24), "pelataran parkir kantor setempat")]


@pytest.mark.parametrize("text,words", [
    ("Darwas, dipelataran parkir", ["Darwas", ",", "di", "pelataran", "parkir"]),
    ("produk yang dipasarkan diaula", ["produk", "yang", "dipasarkan", "di", "aula"]),
])
def test_a_glued_di_is_a_token_of_its_own(text, words):
    from psm_extract.extractors.events import _tokens
    assert _tokens(text, [(0, len(text))])[0].word == words



# a bare town right after the date of an event named before it: the event's place
DATED_PLACES = [
    # train mc-temanggungkab-6624
    ("Peserta yang menjadi juara 1 akan mewakili Provinsi Jawa Tengah pada Jambore Nasional PKK 2024, "
     "tanggal 16 Mei di Kota Surakarta.", D(2024, 5, 1), None, [(D(2024, 5, 16), "Kota Surakarta", "Kota Surakarta")]),
    # synthetic variants of the same construction
    ("Musyawarah Nasional APEKSI digelar pada Rabu, 12 Agustus 2020 di Kota Tangerang Selatan.",
     D(2020, 8, 1), None, [(D(2020, 8, 12), "Kota Tangerang Selatan", "Kota Tangerang Selatan")]),
    ("Tim Kabupaten Bengkalis akan mengikuti Festival Pacu Jalur Tradisional pada 23 Agustus 2023 di Kabupaten "
     "Kuantan Singingi.", D(2023, 8, 9), None,
     [(D(2023, 8, 23), "Kabupaten Kuantan Singingi", "Kabupaten Kuantan Singingi")]),
]


@pytest.mark.parametrize("text,published,dateline,expected", DATED_PLACES)
def test_a_town_after_the_events_date_is_its_place(text, published, dateline, expected):
    ctx = _ctx(text, published, dateline)
    events = extract_events(ctx)
    assert [(ev.date, ev.venue, ev.venue_region) for ev in events] == expected
    _check_spans(ctx, events)
