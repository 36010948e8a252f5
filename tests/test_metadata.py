"""The metadata cascade (psm_extract/metadata.py) and how parse() weighs it against the page.

Each case is one rule: the page's fields from what the page shows, else from its metadata, with
the rule id in ``Page.field_rules``. The body is a real lead of a corpus train page.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, strategies as st

from psm_extract import extract
from psm_extract.metadata import category_of_crumbs, iso_date
from psm_extract.parse import parse

TITLE = "Plt Bupati Asmar Serahkan Paket Sembako untuk Masyarakat Terdampak Banjir"
BODY = ("<p>MERANTI - Pelaksana tugas (Plt) Bupati AKBP (Purn) H. Asmar bersama unsur Forkompinda "
        "Kabupaten Kepulauan Meranti kembali melakukan peninjauan sekaligus menyerahkan bantuan.</p>"
        "<p>Kali ini bantuan diberikan kepada 441 warga di Kecamatan Pulau Merbau, Ahad (14/1/2023). "
        "Sebagaimana diketahui ada tiga desa di kecamatan tersebut yang terdampak banjir.</p>")


def page(head: str = "", top: str = "", body: str = BODY, charset: str = "utf-8") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset=\"{charset}\">{head}</head><body>"
            f"<div class=\"content\">{top}{body}</div></body></html>").encode("utf-8")


def rules(p) -> dict[str, str]:
    return {r.field: r.rule for r in p.field_rules}


def jsonld(**fields) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields}) + "</script>")


@pytest.mark.parametrize("head, top, title, rule", [
    ("", f"<h1>{TITLE}</h1>", TITLE, "page.h1"),
    (f'<meta property="og:title" content="{TITLE}">', f"<div class=judul><b>{TITLE}</b></div>", TITLE,
     "page.headline"),
    (jsonld(headline=TITLE), "", TITLE, "jsonld.headline"),
    (f'<meta property="og:title" content="{TITLE}">', "", TITLE, "meta.og:title"),
    (f"<title>{TITLE} | Kabupaten Kepulauan Meranti</title>", "", TITLE, "meta.title"),
    # the site's name is no headline: a <title> of one part, an og:title equal to og:site_name
    ("<title>Kabupaten Kepulauan Meranti</title>", "", None, None),
    ('<meta property="og:site_name" content="Pemkab Meranti">'
     '<meta property="og:title" content="Pemkab Meranti">', "", None, None),
])
def test_title_cascade(head, top, title, rule):
    p = parse(page(head, top))
    assert p.title == title
    assert rules(p).get("title") == rule


@pytest.mark.parametrize("head, top, published, rule", [
    ("", f"<h1>{TITLE}</h1><div>Minggu, 14 Januari 2024</div>", dt.date(2024, 1, 14), "page.date_line"),
    (jsonld(headline=TITLE, datePublished="2024-01-14T10:12:00+07:00", dateModified="2024-02-01"),
     f"<h1>{TITLE}</h1>", dt.date(2024, 1, 14), "jsonld.datePublished"),
    ('<meta property="article:published_time" content="2024-01-14T10:12:00+07:00">', f"<h1>{TITLE}</h1>",
     dt.date(2024, 1, 14), "meta.article:published_time"),
    ('<meta name="pubdate" content="20240114">', f"<h1>{TITLE}</h1>", dt.date(2024, 1, 14), "meta.pubdate"),
    ("", f'<h1>{TITLE}</h1><time datetime="2024-01-14T08:00">Ahad</time>', dt.date(2024, 1, 14), "page.time"),
])
def test_published_cascade(head, top, published, rule):
    p = parse(page(head, top))
    assert p.published == published
    assert rules(p)["published"] == rule


def test_metadata_date_that_contradicts_the_date_line_loses_with_a_warning():
    p = parse(page('<meta property="article:published_time" content="2023-12-30T10:00:00+07:00">',
                   f"<h1>{TITLE}</h1><div>Minggu, 14 Januari 2024</div>"))
    assert p.published == dt.date(2024, 1, 14)
    assert rules(p)["published"] == "page.date_line"
    assert any("2023-12-30" in w and "date line" in w for w in p.warnings)


def test_a_date_in_the_url_path_is_not_the_publication_date():
    p = parse(page("", f"<h1>{TITLE}</h1>"), url="https://www.riau.go.id/home/skpd/2017/02/16/2574-x")
    assert p.published is None


@pytest.mark.parametrize("head, top, category, rule", [
    ("", '<ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li>'
         f'<li><a href="/c/sosial">Sosial dan Budaya</a></li><li>{TITLE}</li></ol><h1>{TITLE}</h1>',
     "Sosial dan Budaya", "page.breadcrumb"),
    ("", '<div id="breadcrumbs">Home &raquo; Berita &raquo; Pemerintahan</div>' f"<h1>{TITLE}</h1>",
     "Pemerintahan", "page.breadcrumb"),
    # a trail of generic items only names no category
    ("", '<ul class="breadcrumb"><li>Beranda</li><li>Berita</li></ul>' f"<h1>{TITLE}</h1>", None, None),
    ("", f"<h1>{TITLE}</h1><div>Minggu, 14 Januari 2024 | 10:12 WIB | Sosial dan Budaya | Dibaca 812 kali</div>",
     "Sosial dan Budaya", "page.date_line"),
    ("", f'<span class="kategori">Sosial dan Budaya</span><h1>{TITLE}</h1>', "Sosial dan Budaya", "page.label"),
    (jsonld(headline=TITLE, articleSection="Sosial dan Budaya"), f"<h1>{TITLE}</h1>", "Sosial dan Budaya",
     "jsonld.articleSection"),
    ('<meta property="article:section" content="Pemerintahan">', f"<h1>{TITLE}</h1>", "Pemerintahan",
     "meta.article:section"),
    ('<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
     '{"@type": "ListItem", "position": 1, "name": "Beranda"},'
     '{"@type": "ListItem", "position": 2, "name": "Pemerintahan"}]}</script>', f"<h1>{TITLE}</h1>",
     "Pemerintahan", "jsonld.breadcrumb"),
    # pulauseribu-11160: a table of header fields; its labels are no category
    ("", f"<h1>{TITLE}</h1><div>Kategori | Pemerintahan</div><div>Reporter | Petrus Ardianto</div>"
         "<div>Tanggal | 03 Dec 2021</div><div>Dilihat | 153x</div>", "Pemerintahan", "page.category_label"),
    ("", f"<h1>{TITLE}</h1><div>Rubrik: Olahraga</div><div>Minggu, 14 Januari 2024</div>", "Olahraga",
     "page.category_label"),
    ("", f"<h1>{TITLE}</h1><div>Tanggal | 03 Dec 2021</div>", None, None),
    # what the page shows wins over the metadata
    ('<meta property="article:section" content="Berita Daerah">',
     f"<h1>{TITLE}</h1><div>Minggu, 14 Januari 2024 | Sosial dan Budaya | Admin</div>", "Sosial dan Budaya",
     "page.date_line"),
])
def test_category_cascade(head, top, category, rule):
    p = parse(page(head, top))
    assert p.category == category
    assert rules(p).get("category") == rule


SHORT = "https://www.riau.go.id/s-2574"


@pytest.mark.parametrize("head, top, short_url, rule", [
    ("", f"<h1>{TITLE}</h1><div>Short url: {SHORT}</div>", SHORT, "page.short_url_text"),
    ("", f'<h1>{TITLE}</h1><form><label>Short url</label><input type="text" value="{SHORT}" readonly></form>',
     SHORT, "page.short_url_field"),
    ("", f'<h1>{TITLE}</h1><div>Link pendek: <a href="{SHORT}">{SHORT}</a></div>', SHORT, "page.short_url_link"),
    ("", f'<h1>{TITLE}</h1><a href="{SHORT}">Short url</a>', SHORT, "page.short_url_link"),
    (f'<link rel="shortlink" href="{SHORT}">', f"<h1>{TITLE}</h1>", SHORT, "link.shortlink"),
    # a link that is not labelled as the short url is not one
    ("", f'<h1>{TITLE}</h1><div>Sumber: <a href="{SHORT}">{SHORT}</a></div>', None, None),
])
def test_short_url_cascade(head, top, short_url, rule):
    p = parse(page(head, top))
    assert p.short_url == short_url
    assert rules(p).get("short_url") == rule


def test_a_shortlink_that_is_the_page_url_is_no_short_url():
    url = "https://dprd.riau.go.id/?p=31544"
    p = parse(page(f'<link rel="canonical" href="{url}"><link rel="shortlink" href="{url}">', f"<h1>{TITLE}</h1>"))
    assert p.url == url and rules(p)["url"] == "link.canonical"
    assert p.short_url is None


def test_utf8_declared_as_latin1_is_read_as_utf8():
    data = page("", f"<h1>{TITLE} – Pekanbaru</h1>", charset="iso-8859-1")
    assert parse(data).title == f"{TITLE} – Pekanbaru"


def test_field_rules_reach_the_article_and_its_tables():
    a = extract(page('<meta property="og:title" content="' + TITLE + '">', ""))
    assert a.title == TITLE and a.rule_of("title") == "meta.og:title"
    assert a.to_dict()["field_rules"][0] == {"field": "title", "rule": "meta.og:title"}


@pytest.mark.parametrize("text, label", [
    # stored text: a rubric line just above the headline (train: merantikab, malangkota)
    ("Sosial dan Budaya\n" + TITLE + "\nMinggu, 14 Januari 2024\n", "Sosial dan Budaya"),
    ("Berita\n" + TITLE + "\n", "Berita"),
    # the site's name split over two lines is no category (train: kuansing)
    ("Kabupaten\nKuantan Singingi\n" + TITLE + "\n", None),
])
def test_stored_text_label_above_the_headline(text, label):
    lead = ("MERANTI - Pelaksana tugas (Plt) Bupati AKBP (Purn) H. Asmar bersama unsur Forkompinda "
            "Kabupaten Kepulauan Meranti kembali melakukan peninjauan sekaligus menyerahkan bantuan.\n")
    assert parse(text + lead).category == label


def test_lead_date_line_is_no_category_line():
    # train dpmptsp: the lead carries the date; "Dalam rangka" is no category
    text = ("Rapat Pembahasan Rencana Pembangunan Kawasan Industri di Kabupaten/Kota Provinsi Riau\n"
            "Pekanbaru, 6 Maret 2025 - Dalam rangka\nmempercepat pengembangan industri di Provinsi Riau, "
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Riau akan menggelar rapat.\n")
    assert parse(text).category is None


@pytest.mark.parametrize("names, title, category", [
    (["Beranda", "Berita", "Politik"], None, "Politik"),
    (["Home", "News", "Politik", TITLE], TITLE, "Politik"),
    (["Beranda", "Berita"], None, None),
    (["Beranda", "Berita", "Berita"], None, "Berita"),
    (["Beranda", "Berita", TITLE], TITLE, None),
    (["Beranda", "Berita", "Seorang Warga Desa Menemukan Harimau Sumatera di Kebun Sawit Miliknya"], None, None),
])
def test_category_of_crumbs(names, title, category):
    assert category_of_crumbs(names, title) == category


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(["", "T10:12:00+07:00", "T00:00:00Z", " 10:12:00", "T23:59"]))
def test_iso_date_reads_every_iso_form(day, rest):
    assert iso_date(day.isoformat() + rest) == day
    assert iso_date(day.strftime("%Y%m%d")) == day


@given(st.text(max_size=40))
def test_iso_date_never_raises(text):
    found = iso_date(text)
    assert found is None or isinstance(found, dt.date)
