"""Render a stored page text in any of hundreds of HTML layouts composed from independent axes.

A layout picks one choice on each axis of ``AXES`` (markup generation, headline element, date-line
format and place, where the category and the short url stand, paragraph markup, distractors,
metadata present / absent / contradicting, encoding, the URL given or not). ``layouts(n)`` draws
``n`` distinct layouts from a seed, every choice of every axis in many of them; ``render(text,
gold, layout)`` shows exactly the page fields the gold has (title, category, published, short url;
the lead stays in the body, verbatim) and every body line of the stored text, one paragraph each.
What the page shows always agrees with the gold; contradicting metadata is metadata only, so the
expected page fields are always the gold's. Standard library only; deterministic.
"""
from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import random
import re
import zlib
from dataclasses import dataclass

AXES: dict[str, tuple[str, ...]] = {
    "markup": ("html4-table", "xhtml", "html5", "amp"),
    "headline": ("h1", "h2", "div-judul", "b", "strong", "font", "span-title", "td-header"),
    "date_format": ("short", "long-time", "numeric", "iso", "combined-pipe", "combined-bullet",
                    "byline", "english"),
    "date_place": ("below", "above"),
    "category": ("short-url-line", "breadcrumb", "label", "date-line", "meta-section", "jsonld-section"),
    "short_url": ("text", "input", "link-label", "link-url", "shortlink"),
    "paragraphs": ("p", "br", "div", "p-inline"),
    "distractors": ("none", "related", "marquee-cookie", "all"),
    "metadata": ("absent", "agree", "contradict"),
    "encoding": ("utf-8", "windows-1252", "utf-8-as-latin1", "windows-1252-undeclared", "utf-8-bom"),
    "url": ("given", "absent"),
}

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MON = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
       "Oktober", "November", "Desember"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SITE = "Portal Berita Pemerintah Daerah"
OTHER_HEADLINES = [
    "Bupati Resmikan Jembatan Penghubung Dua Kecamatan di Rangsang",
    "Wabup Tinjau Harga Bahan Pokok di Pasar Selatpanjang Jelang Ramadhan",
    "Sekda Pimpin Apel Siaga Bencana di Halaman Kantor Bupati",
    "Dinas Kesehatan Gelar Vaksinasi Massal untuk Pelajar Sekolah Dasar",
    "Pemkab Salurkan Bantuan Alat Pertanian kepada Kelompok Tani",
    "Ratusan Peserta Ikuti Lomba Lari Peringatan Hari Jadi Daerah",
]


@dataclass(frozen=True)
class Layout:
    """One layout: a choice per axis, and the seed of its filler text."""

    choices: tuple[tuple[str, str], ...]
    seed: int

    def __getitem__(self, axis: str) -> str:
        return dict(self.choices)[axis]

    @property
    def name(self) -> str:
        return "/".join(choice for _axis, choice in self.choices)


def layouts(n: int = 240, seed: int = 17) -> list[Layout]:
    """``n`` distinct layouts: choice ``i % len(axis)`` of every axis in layout ``i`` of each cycle,
    the axes' cycles shuffled apart by the seed, so every choice appears about ``n / len`` times and
    the combinations vary."""
    rng = random.Random(seed)
    orders = {axis: rng.sample(range(n), n) for axis in AXES}
    out: list[Layout] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    for i in itertools.count():
        if len(out) == n:
            break
        k = i % n
        choices = tuple((axis, values[(orders[axis][k] + i // n) % len(values)]) for axis, values in AXES.items())
        if choices not in seen:
            seen.add(choices)
            out.append(Layout(choices, seed * 100_003 + i))
    return out


# -- the page's parts, from the stored text and its gold -------------------------------------

_URL_LINE = re.compile(r"short\s*url\s*:", re.I)


def split_page(text: str, gold: dict) -> tuple[list[str], list[str]] | None:
    """(menu lines above the headline, body lines) of a stored text, or None when the text cannot be
    cut at its headline or lead. The body runs from the first prose line after the header (the
    headline, the category and short url line, the date line and their furniture) to the end."""
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    title, lead = gold.get("title"), (gold.get("dateline") or "").lower()
    at = next((i for i, ln in enumerate(lines) if title and ln == " ".join(title.split())), -1)
    if at < 0 and not lead:
        return None
    start = at + 1 if at >= 0 else 0
    # the lead, wherever it stands (a page may show it above its headline), else the first prose line
    body_at = next((i for i in range(len(lines)) if lead and lead in lines[i][:40].lower()
                    and (len(lines[i]) >= 60 or lines[i].lower().startswith(lead + ",") and len(lines[i]) >= 25
                         and i + 1 < len(lines) and lines[i + 1][:1].islower()  # a wrapped lead
                         or i > at >= 0 and lines[i].lower().startswith(lead)  # a short lead line below
                         and lines[i][len(lead):len(lead) + 1] in (",", ".", " ", ""))  # the headline
                    and i != at), -1)
    if body_at < 0:
        body_at = next((i for i in range(start, len(lines)) if at >= 0 and len(lines[i]) >= 60
                        and not _URL_LINE.search(lines[i])), -1)
    if body_at < 0:
        return None
    menu = lines[:min(at, body_at)] if at >= 0 else lines[:body_at]
    body = [ln for ln in lines[body_at:] if ln != title and not _URL_LINE.search(ln)]
    return (menu[-12:], body) if len(body) >= 1 else None


def _date_text(d: dt.date, fmt: str, rng: random.Random) -> str:
    hh, mm = rng.randint(7, 20), rng.randint(0, 59)
    day = DAYS[d.weekday()]
    if fmt == "short":
        return f"{day}, {d.day:02d} {MON[d.month - 1][:3]} {d.year}"
    if fmt == "long-time":
        return f"{day}, {d.day} {MON[d.month - 1]} {d.year} - {hh:02d}:{mm:02d} WIB"
    if fmt == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}"
    if fmt == "iso":
        return d.isoformat()
    if fmt in ("combined-pipe", "combined-bullet"):
        sep = " | " if fmt == "combined-pipe" else " • "
        parts = [f"{day}, {d.day} {MON[d.month - 1]} {d.year}", f"{hh:02d}:{mm:02d} WIB"]
        return sep.join(parts + [f"Dibaca {rng.randint(20, 3000)} kali"])
    if fmt == "byline":
        return f"Oleh Admin - {d.day:02d} {MON[d.month - 1][:3]} {d.year}"
    return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"


def _distractors(kind: str, rng: random.Random, era: dt.date) -> tuple[str, str, str]:
    """(before the article, beside it, after it) for a distractor choice."""
    def dated() -> str:
        d = era - dt.timedelta(days=rng.randint(1, 40))
        return f"{DAYS[d.weekday()]}, {d.day:02d} {MON[d.month - 1][:3]} {d.year}"

    heads = rng.sample(OTHER_HEADLINES, 4)
    related = ('<div class="related"><h3>Berita Terkait</h3><ul>' + "".join(
        f'<li><a href="/berita/{rng.randint(1000, 9999)}">{h}</a> <span>{dated()}</span></li>'
        for h in heads[:3]) + "</ul></div>")
    popular = ('<div class="box-populer"><b>Terpopuler</b>' + "".join(
        f'<p><a href="/b/{rng.randint(1000, 9999)}">{h}</a><br><small>{dated()}</small></p>'
        for h in heads[1:]) + "</div>")
    marquee = f"<marquee>{' +++ '.join(heads[:3])}</marquee>"
    cookie = ('<div class="cookie-notice">Situs ini menggunakan cookie untuk meningkatkan pengalaman '
              'Anda. <a href="#">Setuju</a></div>')
    subscribe = ('<div class="subscribe-box"><b>Berlangganan Berita</b><form><input type="email" '
                 'value="" placeholder="Email Anda"><button>Kirim</button></form></div>')
    comments = ('<div class="comments"><h4>2 Komentar</h4><div><b>Andi Pratama</b> ' + dated() +
                '<p>Mantap, semoga programnya berkelanjutan dan merata sampai ke desa-desa.</p></div></div>')
    footer = ('<div class="footer">Hak Cipta 2024 Pemerintah Daerah. Jl. Jenderal Sudirman No. 460, '
              "Pekanbaru</div>")
    if kind == "none":
        return "", "", footer
    if kind == "related":
        return "", related, footer
    if kind == "marquee-cookie":
        return cookie + marquee, "", footer
    return cookie + marquee + popular, related + subscribe, comments + footer


def render(text: str, gold: dict, layout: Layout) -> tuple[bytes, str | None] | None:
    """The page in ``layout``, as bytes, and the URL to pass to ``parse`` (None: none given); None
    when the stored text cannot be cut at its headline or lead (``split_page``)."""
    parts = split_page(text, gold)
    if parts is None:
        return None
    menu, body = parts
    rng = random.Random(zlib.crc32(f"{layout.seed}:{gold.get('id')}".encode()))
    title, category, short = gold.get("title"), gold.get("category"), gold.get("short_url")
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    era = published or dt.date(2020, 6, 15)
    url = gold.get("url") or f"https://portal.example.go.id/berita/{zlib.crc32((title or '').encode()) % 100000}"
    e = html.escape
    cat_place = layout["category"]
    if cat_place == "short-url-line" and not short:
        cat_place = "label"
    if cat_place == "date-line" and not published:
        cat_place = "label"

    # the header: headline, date line, category, short url
    date_line = _date_text(published, layout["date_format"], rng) if published else None
    if date_line and category and cat_place == "date-line":
        sep = " • " if layout["date_format"] == "combined-bullet" else " | "
        date_line = f"{date_line}{sep}{category}"
    head_html = ""
    if title:
        t = e(title)
        head_html = {
            "h1": f"<h1 class=\"entry-title\">{t}</h1>", "h2": f"<h2>{t}</h2>",
            "div-judul": f'<div class="judul" style="font-size:22px;font-weight:bold">{t}</div>',
            "b": f"<div><b>{t}</b></div>", "strong": f"<p><strong>{t}</strong></p>",
            "font": f'<font size="4" face="Arial"><b>{t}</b></font><br>',
            "span-title": f'<span class="title" style="font-size:24px">{t}</span>',
            "td-header": f'<table><tr><td class="header"><strong>{t}</strong></td></tr></table>',
        }[layout["headline"]]
    date_html = f'<div class="tanggal">{e(date_line)}</div>' if date_line else ""
    label_html = f'<div class="kategori">{e(category)}</div>' if category and cat_place == "label" else ""
    crumb_html = ""
    if category and cat_place == "breadcrumb":
        crumb_html = ('<ol class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a>'
                      f'</li><li><a href="/kategori">{e(category)}</a></li></ol>')
    short_html = ""
    if short:
        form = layout["short_url"]
        lead_label = e(category) if category and cat_place == "short-url-line" else ""
        if form == "text" or cat_place == "short-url-line":  # the portal's own "Category Short url: URL"
            short_html = f"<div class=\"shorturl\">{lead_label}Short url: {e(short)}</div>"
        elif form == "input":
            short_html = (f'<div class="share-url">Short url <input type="text" value="{e(short)}" '
                          'readonly onclick="this.select()"></div>')
        elif form == "link-label":
            short_html = f'<div><a href="{e(short)}">Short url</a></div>'
        elif form == "link-url":
            short_html = f'<div>Link pendek: <a href="{e(short)}">{e(short)}</a></div>'
    if layout["date_place"] == "below":
        header = crumb_html + label_html + head_html + short_html + date_html
    else:
        header = crumb_html + label_html + date_html + head_html + short_html

    # the body
    style = layout["paragraphs"]
    if style == "br":
        body_html = '<div class="isi">' + "<br><br>\n".join(e(p) for p in body) + "</div>"
    elif style == "div":
        body_html = '<div class="isi">' + "".join(f"<div>{e(p)}</div>\n" for p in body) + "</div>"
    elif style == "p-inline":
        first, rest = body[0], body[1:]
        m = re.match(r"([A-Z][A-Za-z .]{1,30}?)(\s*[,(-–—].*)", first)
        lead = f"<strong>{e(m.group(1))}</strong>{e(m.group(2))}" if m else f"<span>{e(first)}</span>"
        body_html = '<div class="isi">' + f"<p>{lead}</p>\n" + "".join(f"<p>{e(p)}</p>\n" for p in rest) + "</div>"
    else:
        body_html = '<div class="isi">' + "".join(f"<p>{e(p)}</p>\n" for p in body) + "</div>"

    before, beside, after = _distractors(layout["distractors"], rng, era)
    menu_html = '<ul class="menu">' + "".join(f"<li><a href=\"#\">{e(m)}</a></li>" for m in menu) + "</ul>"

    # metadata
    meta = []
    mode = layout["metadata"]
    if mode != "absent":
        meta_date = published
        meta_title = title
        if mode == "contradict":  # (a page that shows no date gets none: metadata would fill it)
            meta_date = (published - dt.timedelta(days=rng.randint(3, 400))) if published else None
            meta_title = SITE
        meta.append(f'<meta property="og:site_name" content="{SITE}">')
        if meta_title:
            meta.append(f'<meta property="og:title" content="{e(meta_title)}">')
        if meta_date:
            meta.append(f'<meta property="article:published_time" content="{meta_date.isoformat()}T08:00:00+07:00">')
        meta.append(f'<meta property="og:url" content="{e(url)}"><link rel="canonical" href="{e(url)}">')
        meta.append('<meta name="description" content="' + e(body[0][:150]) + '">')
        meta.append('<meta name="keywords" content="berita, pemerintah, daerah">')
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url,
              "publisher": {"@type": "Organization", "name": SITE}}
        if meta_title:
            ld["headline"] = meta_title
        if meta_date:
            ld["datePublished"] = meta_date.isoformat() + "T08:00:00+07:00"
            ld["dateModified"] = (meta_date + dt.timedelta(days=rng.randint(1, 30))).isoformat()
        meta.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    if category and cat_place == "meta-section":
        meta.append(f'<meta property="article:section" content="{e(category)}">')
    if category and cat_place == "jsonld-section":
        meta.append('<script type="application/ld+json">' + json.dumps(
            {"@context": "https://schema.org", "@type": "Article", "articleSection": category},
            ensure_ascii=False) + "</script>")
    if short and layout["short_url"] == "shortlink" and cat_place != "short-url-line":
        meta.append(f'<link rel="shortlink" href="{e(short)}">')
    page_title = f"<title>{e(title)} | {SITE}</title>" if title and mode != "absent" else f"<title>{SITE}</title>"

    # the document
    enc = layout["encoding"]
    declared = {"utf-8": "utf-8", "windows-1252": "windows-1252", "utf-8-as-latin1": "iso-8859-1",
                "windows-1252-undeclared": None, "utf-8-bom": "utf-8"}[enc]
    markup = layout["markup"]
    charset = ""
    if declared:
        charset = (f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
                   if markup in ("html4-table", "xhtml") else f'<meta charset="{declared}">')
    head = charset + page_title + "".join(meta) + "<style>.judul{color:#036}</style><script>var x=1;</script>"
    if markup == "html4-table":
        doc = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>' + head +
               '</head><body bgcolor="#ffffff">' + before + '<table width="100%" border="0"><tr><td>' + menu_html +
               '</td></tr><tr><td width="70%" valign="top"><font face="Verdana" size="2">' + header + body_html +
               '</font></td><td width="30%" valign="top">' + beside + "</td></tr></table>" + after + "</body></html>")
    elif markup == "xhtml":
        doc = ('<?xml version="1.0" encoding="' + (declared or "utf-8") + '"?>\n' if declared else "") + (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>' + head + "</head><body>" + before +
            '<div id="menu">' + menu_html + '</div><div id="content"><div class="post">' + header + body_html +
            '</div></div><div id="sidebar">' + beside + "</div>" + after + "</body></html>")
    elif markup == "amp":
        doc = ('<!doctype html>\n<html amp lang="id"><head>' + head.replace("<script>var x=1;</script>", "") +
               '<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>' + before +
               "<header><nav>" + menu_html + "</nav></header><main><article>" + header +
               '<amp-img src="/foto.jpg" width="600" height="400" layout="responsive"></amp-img>' + body_html +
               "</article></main><aside>" + beside + "</aside>" + after + "</body></html>")
    else:
        doc = ("<!DOCTYPE html>\n<html lang=\"id\"><head>" + head + "</head><body>" + before +
               "<header class=\"site-header\"><div class=\"logo\">" + SITE + "</div><nav>" + menu_html +
               "</nav></header><main><article class=\"post\">" + header + body_html + "</article></main><aside>" +
               beside + "</aside>" + after + "</body></html>")
    if enc in ("windows-1252", "windows-1252-undeclared"):
        data = doc.encode("windows-1252", "xmlcharrefreplace")
    else:
        data = doc.encode("utf-8")
        if enc == "utf-8-bom":
            data = b"\xef\xbb\xbf" + data
    return data, (url if layout["url"] == "given" and gold.get("url") else None)
