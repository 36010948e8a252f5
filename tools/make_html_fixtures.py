#!/usr/bin/env python3
"""Write realistic HTML renderings of the stored corpus texts, with distractors.

For every ``fixtures/pages/<id>.txt`` (gold in ``fixtures/gold/<id>.json``) this writes
``fixtures/pages/<id>.a.html`` (older riau.go.id table/font layout, some pages windows-1252),
``fixtures/pages/<id>.b.html`` (modern HTML5 layout, UTF-8) and, for sister-site pages,
``fixtures/pages/<id>.c.html`` (the sister site's own look), plus ``fixtures/distractors.json``.

Every rendering shows exactly the page fields the stored text carries (title, category,
short url, date line: only those that the gold has non-null) and the body lines verbatim, one
paragraph per line. Chrome strings are drawn from seeded pools, recorded as distractors and
checked not to occur in the body. Standard library only; deterministic output.

Usage: python tools/make_html_fixtures.py [--root FIXTURES_DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import html.entities
import json
import random
import re
import sys
import zlib
from pathlib import Path

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MON_FULL = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Era reference dates for pages whose gold has no published date (taken from the text/url).
ERA = {
    "bengkaliskab-prokopim-8129": "2018-02-28",
    "dinsos-740": "2022-07-27",
    "diskominfotik-bengkalis-10895": "2019-07-10",
    "dprd-31544": "2025-09-12",
    "kominfosandi-kampar-2020-10-06-psbm-siak-hulu": "2020-10-06",
    "kominfosandi-kampar-2021-02-05-hari-jadi-kampar": "2021-02-05",
    "mediacenter-82285": "2023-11-16",
    "mediacenter-8441": "2014-10-08",
    "ppid-10528": "2023-09-18",
}

SITES = {
    "riau": dict(name="Pemerintah Provinsi Riau", host="www.riau.go.id", phone="Telp +62 761 45505",
                 addr="Jl. Jenderal Sudirman No. 460, Pekanbaru, Riau 28126"),
    "ppid": dict(name="PPID Provinsi Riau", host="ppid.riau.go.id", phone="Telp +62 761 45505",
                 addr="Kantor Gubernur Riau Lt. 7, Jl. Jenderal Sudirman No. 460, Pekanbaru"),
    "mediacenter": dict(name="Media Center Riau", host="mediacenter.riau.go.id",
                        phone="Telp +62 761 45505",
                        addr="Jl. Jenderal Sudirman No. 460, Gedung Menara Lancang Kuning, Pekanbaru"),
    "dinsos": dict(name="Dinas Sosial Provinsi Riau", host="dinsos.riau.go.id", phone="Telp (0761) 21561",
                   addr="Jl. Jenderal Sudirman No. 239, Pekanbaru"),
    "dprd": dict(name="DPRD Provinsi Riau", host="dprd.riau.go.id", phone="Telp (0761) 31066",
                 addr="Jl. Jenderal Sudirman No. 1, Gedung DPRD Riau, Pekanbaru"),
    "bengkalis": dict(name="Prokopim Setda Kabupaten Bengkalis", host="prokopim.bengkaliskab.go.id",
                      phone="Telp (0766) 21015", addr="Jl. Ahmad Yani No. 1, Bengkalis, Riau 28711"),
    "diskominfotik": dict(name="Diskominfotik Kabupaten Bengkalis", host="diskominfotik.bengkaliskab.go.id",
                          phone="Telp (0766) 24321", addr="Jl. Pramuka, Bengkalis, Riau 28712"),
    "kampar": dict(name="Diskominfo dan Persandian Kabupaten Kampar", host="kominfosandi.kamparkab.go.id",
                   phone="Telp (0762) 20170", addr="Jl. Prof. M. Yamin SH No. 83, Bangkinang Kota"),
}

REGIONS = ["Kabupaten Rokan Hulu", "Kabupaten Kuantan Singingi", "Kota Dumai", "Kabupaten Pelalawan",
           "Kabupaten Indragiri Hilir", "Kabupaten Kepulauan Meranti", "Kabupaten Rokan Hilir",
           "Kabupaten Indragiri Hulu", "Kabupaten Kampar", "Kota Pekanbaru", "Kabupaten Bengkalis"]
CITY_OF = {"Kabupaten Rokan Hulu": "PASIR PENGARAIAN", "Kabupaten Kuantan Singingi": "TELUK KUANTAN",
           "Kota Dumai": "DUMAI", "Kabupaten Pelalawan": "PANGKALAN KERINCI", "Kabupaten Indragiri Hilir": "TEMBILAHAN",
           "Kabupaten Kepulauan Meranti": "SELATPANJANG", "Kabupaten Rokan Hilir": "BAGANSIAPIAPI",
           "Kabupaten Indragiri Hulu": "RENGAT", "Kabupaten Kampar": "BANGKINANG", "Kota Pekanbaru": "PEKANBARU",
           "Kabupaten Bengkalis": "BENGKALIS"}
PLACES = ["Pasir Pengaraian", "Teluk Kuantan", "Tembilahan", "Selatpanjang", "Bagansiapiapi", "Rengat",
          "Pangkalan Kerinci", "Bangkinang", "Dumai", "Duri", "Rupat", "Ujung Batu", "Kandis", "Perawang"]
# Fictional officials (real offices only): distractor names that must never reach the body.
FAKE = ["Ardiansyah Putra", "Rika Marlina", "Hendra Saputra", "Yulia Andriani", "Darmawan Sitompul",
        "Syahrial Effendi", "Nurhayati Lubis", "Fadli Ramadhan", "Taufik Hidayat Siregar",
        "Mardianto Nasution", "Desi Kurniasih", "Zulkarnain Hasibuan", "Wahyu Prasetyo", "Irwan Gunadi"]
OFFICES = ["Kadis PUPR Riau", "Kadis Kesehatan Riau", "Kepala BPBD Riau", "Kadisdik Riau",
           "Kadis Perhubungan Riau", "Kepala Bappedalitbang Riau", "Kadis Pariwisata Riau",
           "Karo Kesra Setdaprov Riau", "Kadis Ketahanan Pangan Riau", "Kepala Satpol PP Riau",
           "Kadis Kominfotik Riau", "Kadis Perkebunan Riau"]
REG_HEADS = ["Bupati Rokan Hulu", "Wali Kota Dumai", "Bupati Pelalawan", "Bupati Kuansing",
             "Bupati Inhil", "Bupati Meranti", "Bupati Rohil", "Bupati Inhu", "Bupati Kampar"]
PREDICATES = [
    "Resmikan Jembatan Penghubung Dua Kecamatan di {place}",
    "Tinjau Banjir di {region}, {n} Rumah Terendam",
    "Buka MTQ ke-{k} Tingkat {region}",
    "Serahkan {n} Paket Sembako untuk Warga {place}",
    "Hadiri Rakor Pengendalian Inflasi Daerah Bersama {n2} Kepala OPD",
    "Lepas {n2} Atlet ke Porwil Sumatera",
    "Terima Penghargaan Anugerah Parahita Ekapraya Kategori Utama",
    "Canangkan Gerakan Tanam Cabai Serentak di {region}",
    "Pantau Harga Bahan Pokok di Pasar {place}",
    "Salurkan Bantuan Alat Pertanian kepada {n2} Kelompok Tani",
    "Kukuhkan {n2} Anggota Paskibraka {region}",
    "Ingatkan ASN Jaga Netralitas Jelang Pilkada",
    "Gelar Rapat Evaluasi Penanganan Karhutla di {place}",
    "Teken MoU Percepatan Sertifikasi Tanah dengan BPN",
    "Luncurkan Aplikasi Layanan Perizinan Online di {region}",
    "Minta Camat Percepat Penyaluran BLT Dana Desa",
    "Raih Predikat Kepatuhan Tinggi dari Ombudsman RI",
    "Kunjungi Korban Kebakaran di {place}, Serahkan Bantuan Rp{n3} Juta",
    "Pimpin Apel Siaga Bencana di Halaman Kantor Gubernur",
    "Sosialisasikan Program Beasiswa Riau Bermarwah untuk {n} Mahasiswa",
]
LONG_SENT = [
    "{city} - {who} menegaskan bahwa seluruh organisasi perangkat daerah wajib mempercepat realisasi anggaran triwulan ketiga agar program prioritas dapat dirasakan masyarakat sebelum akhir tahun.",
    "Hal itu disampaikannya saat memimpin rapat koordinasi di Ruang Melati Kantor Gubernur Riau yang diikuti {n2} kepala OPD dan perwakilan {region}.",
    "Menurutnya, capaian serapan anggaran saat ini baru {p} persen sehingga perlu langkah cepat dan terukur dari setiap kepala dinas.",
    "Ia juga meminta camat dan lurah di {region} aktif turun ke lapangan memastikan bantuan sosial tepat sasaran dan tidak ada warga yang terlewat.",
    "Kegiatan ini dirangkai dengan penyerahan bantuan {n} paket sembako dan pemeriksaan kesehatan gratis bagi warga {place} yang berlangsung hingga sore hari.",
    "{city} - {who} mengatakan Pemerintah {region} menargetkan penurunan angka stunting hingga {p} persen pada akhir tahun melalui pendampingan keluarga berisiko dan pemberian makanan tambahan.",
]
COMMENTERS = ["Andi Pratama", "Siti Rahmah", "Budi Santoso", "Rina Oktaviani", "Fauzan Akbar", "M. Ridwan"]
COMMENTS = ["Mantap, semoga programnya berkelanjutan dan merata sampai ke desa-desa.",
            "Mohon info persyaratan pendaftarannya di mana ya pak?",
            "Terima kasih atas informasinya, sangat bermanfaat bagi kami di daerah.",
            "Semoga ke depan kegiatan seperti ini juga diadakan di kecamatan kami.",
            "Kapan jadwal berikutnya? Kami dari kelurahan ingin ikut serta."]
TAGS_POOL = ["pemprov riau", "kesejahteraan sosial", "pelayanan publik", "pembangunan daerah",
             "mediacenter", "berita daerah", "riau bermarwah", "pemerintahan"]

_WS = re.compile(r"\s+")


def norm(s: str) -> str:
    """Collapse whitespace (incl. NBSP) to single spaces and strip."""
    return _WS.sub(" ", s).strip()


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def id_date(d: dt.date, style: str) -> str:
    """Indonesian date strings in the site styles."""
    if style == "short":
        return f"{DAYS[d.weekday()]}, {d.day:02d} {MON_ABBR[d.month - 1]} {d.year}"
    if style == "long":
        return f"{DAYS[d.weekday()]}, {d.day} {MON_FULL[d.month - 1]} {d.year}"
    if style == "ppid":
        return f"{d.day:02d} {MON_EN[d.month - 1]} {d.year}"
    if style == "plain":
        return f"{d.day:02d} {MON_FULL[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def site_of(pid: str) -> str:
    if pid.isdigit():
        return "riau"
    for key in ("ppid", "mediacenter", "dinsos", "dprd", "diskominfotik", "kominfosandi"):
        if pid.startswith(key):
            return {"kominfosandi": "kampar"}.get(key, key)
    return "bengkalis"


def split_body(pid: str, text: str, gold: dict) -> list[str]:
    """Body lines of a stored text: from the lead line up to the PPID sidebar (raw text)."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    lead = (gold["dateline"] or "").lower()
    start = next(i for i, ln in enumerate(lines) if lead and ln.strip().lower().startswith(lead))
    body = []
    for ln in lines[start:]:
        if ln.strip().lower().startswith("struktur ppid"):
            break
        if ln.strip():
            body.append(ln.strip())
    if len(body) < 2:
        raise SystemExit(f"{pid}: body too short")
    return body


def ppid_tail(text: str) -> list[str]:
    lines = [ln.strip() for ln in text.splitlines()]
    for i, ln in enumerate(lines):
        if ln.lower().startswith("struktur ppid"):
            return [x for x in lines[i:] if x]
    return []


class Gen:
    """State for one rendering: seeded choices and the distractor record."""

    def __init__(self, pid: str, layout: str, gold: dict, body: list[str], text: str):
        self.pid, self.layout, self.gold, self.body, self.text = pid, layout, gold, body, text
        self.rng = random.Random(zlib.crc32(f"{pid}.{layout}".encode()))
        self.site = SITES[site_of(pid)]
        self.era = dt.date.fromisoformat(gold["published"] or ERA[pid])
        self.distractors: list[str] = []
        self._used: set[str] = set()
        self.body_norm = [norm(p).lower() for p in body]
        names = FAKE[:]
        self.rng.shuffle(names)
        self.staff = dict(zip(OFFICES, names))

    # -- distractor bookkeeping -------------------------------------------------------------
    def collides(self, s: str) -> bool:
        low = norm(s).lower()
        return any(low in p for p in self.body_norm)

    def d(self, s: str) -> str:
        """Record a distractor string and return it HTML-escaped."""
        s = norm(s)
        low = s.lower()
        for p in self.body_norm:
            if low in p:
                raise SystemExit(f"{self.pid}.{self.layout}: distractor {s!r} occurs in body: {p[:80]!r}")
        if s not in self.distractors:
            self.distractors.append(s)
        return esc(s)

    # -- pools ---------------------------------------------------------------------------------
    def leaders(self) -> tuple[str, str]:
        y = self.era
        if y < dt.date(2014, 9, 25):
            return "Gubri Annas Maamun", "Wagubri Arsyadjuliandi Rachman"
        if y < dt.date(2016, 5, 25):
            return "Plt Gubri Arsyadjuliandi Rachman", "Sekdaprov Riau"
        if y < dt.date(2019, 2, 20):
            return "Gubri Arsyadjuliandi Rachman", "Wagubri Wan Thamrin Hasyim"
        if y < dt.date(2023, 11, 1):
            return "Gubernur Riau Syamsuar", "Wagubri Edy Natar Nasution"
        if y < dt.date(2025, 2, 20):
            return "Plt Gubernur Riau Edy Natar Nasution", "Sekdaprov Riau"
        return "Gubernur Riau Abdul Wahid", "Wagubri SF Hariyanto"

    def who(self) -> str:
        r = self.rng.random()
        gub, wag = self.leaders()
        if r < 0.25:
            return gub
        if r < 0.35:
            return wag
        if r < 0.7:
            office = self.rng.choice(OFFICES)
            return f"{office} {self.staff[office]}"
        return self.rng.choice(REG_HEADS)

    def fill(self, tpl: str, **fixed: str) -> str:
        r = self.rng
        vals = dict(place=r.choice(PLACES), region=r.choice(REGIONS), n=f"{r.randint(1, 9)}.{r.randint(100, 999)}",
                          n2=r.randint(12, 480), n3=r.randint(5, 95), k=r.randint(38, 54), p=r.randint(31, 89),
                    city="PEKANBARU", who="")
        vals.update(fixed)
        return tpl.format(**vals)

    def headline(self) -> str:
        for _ in range(50):
            h = f"{self.who()} {self.fill(self.rng.choice(PREDICATES))}"
            if h not in self._used and not self.collides(h):
                self._used.add(h)
                return h
        raise SystemExit("headline pool exhausted")

    def other_date(self, style: str = "short", after: bool = False) -> str:
        """Another date near the page's era (recorded as a distractor)."""
        for _ in range(50):
            sign = 1 if after else self.rng.choice([-1, 1])
            off = sign * self.rng.randint(1, 40)
            s = id_date(self.era + dt.timedelta(days=off), style)
            if not self.collides(s):
                return self.d(s)
        raise SystemExit(f"{self.pid}.{self.layout}: no free distractor date")

    def long_par(self) -> str:
        """An article-like sidebar paragraph (starts like a lead) to stress the body finder."""
        r = self.rng
        i = r.randrange(len(REGIONS))
        region, city = REGIONS[i], CITY_OF[REGIONS[i]]
        who = self.who()
        if r.random() < 0.5:
            sents = [LONG_SENT[0]] + r.sample(LONG_SENT[1:5], 3)
        else:
            sents = [LONG_SENT[5], LONG_SENT[4]]
        return " ".join(self.fill(t, region=region, city=city, who=who) for t in sents)

    def slug(self, s: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:70]

    def link(self, h: str) -> str:
        n = self.rng.randint(1000, 99999)
        host = self.site["host"]
        if host == "www.riau.go.id":
            return f"https://www.riau.go.id/home/skpd/{self.era.year}/{self.era.month:02d}/{self.rng.randint(1, 28):02d}/{n}-{self.slug(h)}"
        return f"https://{host}/berita/{n}/{self.slug(h)}"

    def news_items(self, k: int, style: str = "short", views: bool = False,
                   dated: bool = True) -> list[tuple[str, str, str, str]]:
        out = []
        for _ in range(k):
            h = self.headline()
            date = self.other_date(style) if dated else ""
            v = f"Dibaca {self.rng.randint(1, 9)}.{self.rng.randint(100, 999)} kali" if views else ""
            out.append((h, self.link(h), date, v))
        return out

    # -- shared chunks -----------------------------------------------------------------------
    def css(self, modern: bool = False) -> str:
        r = self.rng
        rules = [":root{--primary:#0a5c36;--accent:#f5b800}", ".entry-title{font:700 2rem/1.2 Poppins,sans-serif}",
                 ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee}",
                 ".share a::before{content:\"Bagikan ke \"}", ".sidebar section{margin-bottom:2rem}",
                 "@media (max-width:768px){.sidebar{display:none}}"] if modern else [".judul{font-size:18px;color:#003366}", "#kolom_kiri{width:230px;vertical-align:top}",
                 ".box-title:before{content:\"Berita Terkini\";display:none}",
                 "a{color:#0b4f8a;text-decoration:none}", ".tgl{color:#777;font-size:11px}",
                 "body{font-family:Tahoma,Verdana,sans-serif;font-size:12px;margin:0}",
                 ".menu li{display:inline;padding:4px 9px}", "#footer{background:#123456;color:#fff}",
                 "@media print{#kolom_kanan,#menu{display:none}}"]
        r.shuffle(rules)
        filler = "\n".join(f".w{i}{{margin:{i % 7}px;padding:{i % 5}px;border-color:#{(i * 7919) % 0xffffff:06x}}}"
                           for i in range(r.randint(60, 140)))
        return "\n".join(rules) + "\n" + filler

    def script(self) -> str:
        r = self.rng
        msg = self.d("Terima kasih telah berkunjung ke portal resmi " + self.site["name"])
        poll = self.d(f"Survei Kepuasan Masyarakat {self.era.year}: bagaimana penilaian Anda terhadap layanan kami?")
        h = self.headline()
        return (
            "<script type=\"text/javascript\">\n"
            f"var siteMsg = \"{msg}\";\n"
            f"var breaking = ['{self.d(h)}', 'Pengumuman Seleksi CPNS Pemprov Riau Tahun {self.era.year}'];\n"
            f"function showPoll(){{ document.getElementById('poll').innerHTML = '<p class=\"q\">{poll}</p>'; }}\n"
            "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-" + str(r.randint(1000000, 9999999)) + "-1']);\n"
            "_gaq.push(['_trackPageview']);\n"
            + "".join(f"function f{i}(a,b){{return a*{i}+b-{r.randint(1, 99)};}}\n" for i in range(r.randint(20, 60)))
            + "</script>\n"
        )

    def comments(self, cls: str) -> str:
        r = self.rng
        n = r.randint(1, 3)
        parts = [f"<div class=\"{cls}\"><h4>{self.d(f'Komentar ({n})')}</h4>"]
        for name, c in zip(r.sample(COMMENTERS, n), r.sample(COMMENTS, n)):
            parts.append(f"<div class=\"item\"><b>{esc(name)}</b> <small>{self.other_date('plain', after=True)} "
                         f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}</small><p>{self.d(c)}</p></div>")
        parts.append("</div>")
        return "".join(parts)

    def baca_juga(self, kind: str) -> str:
        h = self.headline()
        u = self.link(h)
        if kind == "p":
            return f"<p><strong>{self.d('Baca Juga:')}</strong> <a href=\"{u}\">{self.d(h)}</a></p>"
        if kind == "div":
            return (f"<div class=\"baca-juga\"><span>{self.d('Baca Juga')}</span><ul><li><a href=\"{u}\">{self.d(h)}</a>"
                    "</li></ul></div>")
        if kind == "box":  # old style, no telling class
            return (f"<table width=\"100%\" cellpadding=\"4\" style=\"border-left:3px solid #c00\"><tr><td>"
                    f"<font size=\"2\"><b>{self.d('Baca Juga :')}</b> <a href=\"{u}\">{self.d(h)}</a></font></td></tr></table>")
        if kind == "br":
            return f"<b>{self.d('Baca Juga:')}</b> <a href=\"{u}\">{self.d(h)}</a>"
        raise ValueError(kind)

    def view_count(self) -> str:
        return f"Dilihat {self.rng.randint(1, 9)}.{self.rng.randint(100, 999)} kali"

    def field(self, name: str):
        return self.gold.get(name)


# ----------------------------------------------------------------------------------------------
# Layout a: older riau.go.id (table/font, XHTML 1.0 transitional)
# ----------------------------------------------------------------------------------------------
ENCODINGS_A = ["cp1252-declared", "utf8-entities", "cp1252-iso-label", "utf8-bom", "cp1252-undeclared",
               "utf8-declared"]


def ent(s: str) -> str:
    """Old CMS style: non-ASCII as named/numeric entities."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append(f"&{name};" if name else f"&#{ord(ch)};")
    return "".join(out)



def layout_a(g: Gen, enc: str) -> tuple[bytes, str]:
    r = g.rng
    site = g.site
    title, cat, surl, pub = g.field("title"), g.field("category"), g.field("short_url"), g.field("published")
    charset = {"cp1252-declared": "windows-1252", "cp1252-iso-label": "iso-8859-1", "utf8-entities": "utf-8",
               "utf8-bom": "utf-8", "utf8-declared": "utf-8", "cp1252-undeclared": None}[enc]
    head_title = f"{esc(title)} - {esc(site['name'])}" if title else esc(site["name"])
    meta = (f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\" />\n"
            if charset else "")
    gub, _ = g.leaders()
    out = [
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n", meta,
        f"<title>{head_title}</title>\n",
        f"<meta name=\"keywords\" content=\"riau, pemprov riau, berita riau, {esc(site['host'])}\" />\n",
        f"<link rel=\"canonical\" href=\"{esc(g.gold['url'])}\" />\n",
        f"<link rel=\"stylesheet\" type=\"text/css\" href=\"http://{site['host']}/css/style.css\" />\n",
        f"<style type=\"text/css\">\n{g.css()}\n</style>\n",
        "<script type=\"text/javascript\" src=\"/js/jquery-1.7.2.min.js\"></script>\n", g.script(),
        "</head>\n<body bgcolor=\"#e9eef3\" topmargin=\"0\">\n",
        # modal (riau.go.id), hidden
        "<div id=\"kontak_popup\" style=\"display:none\"><a href=\"#\" onclick=\"tutup()\">close&times;</a> ",
        g.d(site["phone"]), "<br /><a href=\"#\">close&times;</a></div>\n",
        "<table width=\"980\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" bgcolor=\"#ffffff\">\n",
        f"<tr><td colspan=\"3\" background=\"/images/bg_header.jpg\" height=\"120\">"
        f"<img src=\"/images/logo_riau.png\" alt=\"{esc(site['name'])}\" />"
        f"<font face=\"Georgia\" size=\"5\" color=\"#ffffff\"><b>{esc(site['name'].upper())}</b></font><br />"
        f"<font size=\"2\" color=\"#ffff99\">{g.d('Bumi Lancang Kuning - Menuju Riau Hijau dan Sejahtera')}</font>"
        "</td></tr>\n",
        "<tr><td colspan=\"3\" id=\"menu\" bgcolor=\"#003366\"><font color=\"#ffffff\" size=\"2\">",
        " | ".join(f"<a href=\"/{m.lower().replace(' ', '')}\"><font color=\"#ffffff\">{m}</font></a>"
                   for m in ["Beranda", "Profil", "Pemerintahan", "Berita", "Pengumuman", "Agenda", "Galeri Foto",
                             "Download", "Kontak"]),
        "</font></td></tr>\n",
    ]
    # running ticker + capture-day date bar (not the published date)
    tick = g.news_items(3, dated=False)
    out.append("<tr><td colspan=\"3\" bgcolor=\"#fff7cc\"><font size=\"1\"><b>" + g.d("Hari ini:") + "</b> "
               + (g.other_date("long")) + " &nbsp; <marquee scrollamount=\"3\">"
               + " &nbsp;&bull;&nbsp; ".join(g.d(h) for h, _, _, _ in tick) + "</marquee></font></td></tr>\n")
    # left column
    out.append("<tr>\n<td id=\"kolom_kiri\" width=\"220\" valign=\"top\" bgcolor=\"#f2f5f8\">")
    out.append(f"<div class=\"judul_kiri\"><b>{g.d('Berita Terkini')}</b></div><ul>")
    for h, u, d, _ in g.news_items(r.randint(5, 8)):
        out.append(f"<li><a href=\"{u}\">{g.d(h)}</a><br /><font size=\"1\" color=\"#888888\">{d}</font></li>")
    out.append("</ul>")
    out.append(f"<div class=\"judul_kiri\"><b>{g.d('Agenda Pimpinan')}</b></div><p><font size=\"2\">"
               f"{g.d(g.long_par())}</font></p>")
    out.append(f"<div class=\"judul_kiri\"><b>{g.d('Jajak Pendapat')}</b></div><form action=\"/poll\" method=\"post\">"
               f"<div id=\"poll\"></div><input type=\"radio\" name=\"p\" value=\"1\" /> Sangat Puas<br />"
               "<input type=\"radio\" name=\"p\" value=\"2\" /> Puas<br /><input type=\"submit\" value=\"Pilih\" /></form>")
    out.append("</td>\n<td id=\"isi\" valign=\"top\" width=\"540\" style=\"padding:10px\">\n")
    crumbs = ["Beranda", "Berita"] + ([cat] if cat else [])
    out.append("<div class=\"path\"><font size=\"1\">" + " &gt; ".join(
        f"<a href=\"#\">{esc(c)}</a>" for c in crumbs) + "</font></div>\n")
    g.d("Beranda > Berita")
    out.append(f"<div align=\"right\"><a href=\"/home/indeks\"><font size=\"1\">{g.d('Index Berita')}</font></a></div>\n")
    # headline block
    if title:
        if r.random() < 0.5:
            out.append(f"<h2 class=\"judul\">{esc(title)}</h2>\n")
        else:
            out.append(f"<font face=\"Arial\" size=\"4\" color=\"#003366\"><b>{esc(title)}</b></font><br />\n")
    if cat or surl:
        out.append("<div class=\"info\">")
        if cat:
            out.append(f"<font color=\"#cc0000\"><b>{esc(cat)}</b></font>")
        if surl:
            out.append(f"Short url: <a href=\"{esc(surl)}\">{esc(surl)}</a>")
        out.append("</div>\n")
    if pub:
        out.append(f"<span class=\"tgl\">{esc(id_date(dt.date.fromisoformat(pub), 'short'))}</span><br />\n")
    img_cap = f"Ilustrasi kegiatan {site['name']}"
    out.append(f"<img src=\"/images/berita/{g.pid}.jpg\" width=\"520\" alt=\"{esc(img_cap)}\" /><br />"
               f"<font size=\"1\"><i>{g.d('Foto: MC Riau')}</i></font><br /><br />\n")
    # body
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    style = r.choice(["br", "p"])
    bold_lead = r.random() < 0.6
    paras = []
    for i, p in enumerate(body):
        t = esc(p)
        if i == 0 and bold_lead:
            m = re.match(r"^(.{2,40}?(?:MC\.|MC|HUMAS-|PROKOPIM -|-|–|;))\s", p)
            if m:
                t = f"<b>{esc(m.group(1))}</b> {esc(p[m.end():])}"
        paras.append(t)
    if style == "br":
        items = paras[:bj_at] + [g.baca_juga("br")] + paras[bj_at:]
        out.append("<div class=\"isi_berita\" align=\"justify\"><font face=\"Verdana\" size=\"2\">\n"
                   + "\n<br /><br />\n".join(items) + "\n</font></div>\n")
    else:
        items = [f"<p align=\"justify\">{t}</p>" for t in paras]
        items.insert(bj_at, g.baca_juga("box"))
        out.append("<div class=\"isi_berita\">\n" + "\n".join(items) + "\n</div>\n")
    out.append(f"<br /><font size=\"1\" color=\"#999999\">{g.d(g.view_count())}</font><br />\n")
    out.append("<div class=\"sharebox\">" + g.d("Bagikan:") + " <a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> "
               "<a href=\"#\">WhatsApp</a> <a href=\"javascript:window.print()\">" + g.d("Cetak Berita") + "</a></div>\n")
    out.append(f"<br /><b>{g.d('Berita Lainnya')}</b><table width=\"100%\">")
    for h, u, d, _ in g.news_items(r.randint(4, 6)):
        out.append(f"<tr><td><font size=\"2\">&raquo; <a href=\"{u}\">{g.d(h)}</a></font></td>"
                   f"<td width=\"120\"><font size=\"1\">{d}</font></td></tr>")
    out.append("</table>\n" + g.comments("komentar_box") + "\n</td>\n")
    # right column
    out.append("<td id=\"kolom_kanan\" width=\"220\" valign=\"top\">")
    out.append(f"<div class=\"judul_kanan\"><b>{g.d('Berita Populer')}</b></div><ol>")
    for h, u, d, v in g.news_items(r.randint(5, 7), views=True):
        out.append(f"<li><a href=\"{u}\">{g.d(h)}</a> <br /><font size=\"1\">{d} ({g.d(v)})</font></li>")
    out.append(f"</ol><div class=\"judul_kanan\"><b>{g.d('Opini')}</b></div>"
               f"<div style=\"font-size:11px\"><p>{g.d(g.long_par())}</p><p>{g.d(g.long_par())}</p></div>")
    out.append(f"<div class=\"judul_kanan\"><b>{g.d('Link Terkait')}</b></div><ul><li><a href=\"http://www.kemendagri.go.id\">"
               "Kemendagri</a></li><li><a href=\"http://lpse.riau.go.id\">LPSE Riau</a></li></ul>")
    out.append(f"<p><font size=\"1\">{g.d(f'Pengunjung hari ini: {r.randint(200, 2999)}')}<br />"
               f"{g.d(f'Total pengunjung: {r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}')}</font></p></td>\n</tr>\n")
    # footer
    out.append("<tr><td colspan=\"3\" id=\"footer\" align=\"center\" bgcolor=\"#123456\"><font color=\"#ffffff\" size=\"1\">"
               f"{g.d(site['name'] + ' - ' + site['addr'])}<br />"
               f"{g.d('Copyright © ' + str(g.era.year) + ' ' + site['name'] + '. All Rights Reserved.')}<br />"
               f"{g.d('Dikelola oleh Dinas Komunikasi, Informatika dan Statistik Provinsi Riau')}</font></td></tr>\n")
    out.append("</table>\n<script type=\"text/javascript\">function tutup(){document.getElementById('kontak_popup')"
               ".style.display='none';}</script>\n</body>\n</html>\n")
    doc = "".join(out)
    if enc == "utf8-entities":
        return ent(doc).encode("ascii"), enc
    if enc.startswith("cp1252"):
        return doc.encode("cp1252"), enc
    data = doc.encode("utf-8")
    return (b"\xef\xbb\xbf" + data if enc == "utf8-bom" else data), enc


# ----------------------------------------------------------------------------------------------
# Layout b: modern HTML5, UTF-8
# ----------------------------------------------------------------------------------------------
def layout_b(g: Gen) -> tuple[bytes, str]:
    r = g.rng
    site = g.site
    title, cat, surl, pub = g.field("title"), g.field("category"), g.field("short_url"), g.field("published")
    url = g.gold["url"]
    pubd = dt.date.fromisoformat(pub) if pub else None
    hh, mm = r.randint(7, 20), r.randint(0, 59)
    o = ["<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n",
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
         f"<title>{esc(title) + ' | ' if title else ''}{esc(site['name'])}</title>\n",
         f"<link rel=\"canonical\" href=\"{esc(url)}\">\n",
         f"<meta property=\"og:url\" content=\"{esc(url)}\">\n",
         f"<meta property=\"og:site_name\" content=\"{esc(site['name'])}\">\n",
         "<meta property=\"og:type\" content=\"article\">\n"]
    if title:
        o.append(f"<meta property=\"og:title\" content=\"{html.escape(title)}\">\n")
    if pubd:
        o.append(f"<meta property=\"article:published_time\" content=\"{pubd.isoformat()}T{hh:02d}:{mm:02d}:00+07:00\">\n")
    if cat:
        o.append(f"<meta property=\"article:section\" content=\"{html.escape(cat)}\">\n")
    if surl:
        o.append(f"<link rel=\"shortlink\" href=\"{esc(surl)}\">\n")
    o.append(f"<style>\n{g.css(modern=True)}\n</style>\n")
    if title or pubd:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url,
              "publisher": {"@type": "Organization", "name": site["name"]}}
        if title:
            ld["headline"] = title
        if pubd:
            ld["datePublished"] = f"{pubd.isoformat()}T{hh:02d}:{mm:02d}:00+07:00"
        o.append("<script type=\"application/ld+json\">" + json.dumps(ld, ensure_ascii=False) + "</script>\n")
    o.append(g.script())
    o.append("</head>\n<body class=\"single-post\">\n")
    o.append(f"<div class=\"topbar\"><span>{g.d(site['phone'])}</span> <span>{g.d('info@' + site['host'].replace('www.', ''))}</span>"
             "<span class=\"sosmed\"><a href=\"#\">Instagram</a> <a href=\"#\">YouTube</a></span></div>\n")
    o.append(f"<header class=\"site-header\"><a class=\"brand\" href=\"/\"><img src=\"/assets/img/logo.svg\" alt=\"logo\">"
             f"<span>{esc(site['name'])}</span></a>\n<nav class=\"main-nav\"><ul>")
    for m in ["Beranda", "Profil", "Berita", "Pengumuman", "Layanan Publik", "PPID", "Galeri", "Kontak"]:
        o.append(f"<li><a href=\"/{m.lower().replace(' ', '-')}\">{m}</a></li>")
    o.append("</ul></nav>\n<form class=\"search\" role=\"search\"><input type=\"search\" placeholder=\"Cari berita...\">"
             "<button>Cari</button></form></header>\n")
    tick = g.news_items(2, dated=False)
    o.append("<div class=\"breaking\"><strong>" + g.d("Breaking News") + "</strong> "
             + " ".join(f"<a href=\"{u}\">{g.d(h)}</a>" for h, u, _, _ in tick) + "</div>\n")
    o.append("<main id=\"content\" class=\"container\">\n<div class=\"row\">\n<div class=\"col-md-8\">\n")
    crumbs = ["Beranda", "Berita"] + ([cat] if cat else [])
    o.append("<ol class=\"breadcrumb\">" + "".join(f"<li><a href=\"#\">{esc(c)}</a></li>" for c in crumbs)
             + f"</ol><a class=\"index-link\" href=\"/home/indeks\">{g.d('Index Berita')}</a>\n")
    o.append("<article class=\"post\">\n<header class=\"entry-header\">\n")
    if cat:
        o.append(f"<a class=\"badge\" href=\"/kategori/{g.slug(cat)}\">{esc(cat)}</a>\n")
    if title:
        o.append(f"<h1 class=\"entry-title\">{esc(title)}</h1>\n")
    meta = []
    if surl:
        meta.append(f"<span class=\"short-url\">Short url: <a href=\"{esc(surl)}\">{esc(surl)}</a></span>")
    if pubd:
        meta.append(f"<time datetime=\"{pubd.isoformat()}T{hh:02d}:{mm:02d}:00+07:00\">{esc(id_date(pubd, 'short'))}</time>")
    vc = g.view_count()
    meta.append(f"<span class=\"views\">{g.d(vc)}</span>")
    o.append("<div class=\"entry-meta\">" + " ".join(meta) + "</div>\n</header>\n")
    cap = r.choice(["Suasana kegiatan yang dihadiri sejumlah pejabat dan tamu undangan.",
                    "Para peserta berfoto bersama usai acara.", "Dokumentasi kegiatan di lokasi acara."])
    o.append(f"<figure class=\"featured\"><img src=\"/uploads/{g.era.year}/{g.era.month:02d}/{g.pid}.jpg\" alt=\"\" "
             f"loading=\"lazy\"><figcaption>{g.d(cap)} <span class=\"credit\">{g.d('Foto: MC Riau')}</span></figcaption></figure>\n")
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    items = [f"<p>{esc(p)}</p>" for p in body]
    items.insert(bj_at, g.baca_juga(r.choice(["p", "div"])))
    o.append("<div class=\"entry-content\">\n" + "\n".join(items) + "\n</div>\n")
    o.append("<footer class=\"entry-footer\"><div class=\"tags\">" + g.d("Tag:") + " "
             + " ".join(f"<a rel=\"tag\" href=\"#\">#{t.replace(' ', '')}</a>" for t in r.sample(TAGS_POOL, 3))
             + "</div>\n<div class=\"share\">" + g.d("Bagikan:")
             + " <a class=\"fb\" href=\"#\">Facebook</a> <a class=\"tw\" href=\"#\">Twitter</a> "
               "<a class=\"wa\" href=\"#\">WhatsApp</a> <button class=\"copy\">" + g.d("Salin Tautan") + "</button></div>"
               "</footer>\n</article>\n")
    o.append(f"<section class=\"related\"><h3>{g.d('Berita Terkait')}</h3><div class=\"grid\">")
    for h, u, d, _ in g.news_items(r.randint(3, 4)):
        o.append(f"<div class=\"card\"><a href=\"{u}\"><h4>{g.d(h)}</h4></a><span>{d}</span>"
                 f"<p>{g.d(g.long_par()[:180].rsplit(' ', 1)[0] + '...')}</p></div>")
    o.append("</div></section>\n" + g.comments("comments") + "\n</div>\n")
    o.append("<aside class=\"col-md-4 sidebar\">\n")
    o.append(f"<section><h3>{g.d('Berita Terkini')}</h3><ul>")
    for h, u, d, _ in g.news_items(r.randint(5, 7)):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a><time>{d}</time></li>")
    o.append(f"</ul></section>\n<section><h3>{g.d('Berita Populer')}</h3><ol>")
    for h, u, d, v in g.news_items(r.randint(4, 6), views=True):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a><small><time>{d}</time> &middot; {g.d(v)}</small></li>")
    o.append(f"</ol></section>\n<section><h3>{g.d('Sorotan')}</h3><div class=\"text\"><p>{g.d(g.long_par())}</p></div></section>\n")
    o.append(f"<section><h3>{g.d('Agenda Kegiatan')}</h3><ul><li>{g.d(g.other_date('long') + ' - Rapat Paripurna DPRD Provinsi Riau')}</li>"
             f"<li>{g.d(g.other_date('long') + ' - Upacara Hari Jadi Provinsi Riau')}</li></ul></section>\n</aside>\n")
    o.append("</div>\n</main>\n")
    o.append("<footer class=\"site-footer\"><div class=\"container\"><div class=\"about\"><h4>" + esc(site["name"]) + "</h4>"
             f"<p>{g.d(site['addr'])}</p><p>{g.d(site['phone'])}</p></div>"
             "<div class=\"links\"><a href=\"#\">Kebijakan Privasi</a> <a href=\"#\">Disclaimer</a> <a href=\"#\">Peta Situs</a></div>"
             f"<p class=\"copy\">{g.d('© ' + str(g.era.year) + ' ' + site['name'] + '. Hak Cipta Dilindungi Undang-Undang.')}</p></div></footer>\n")
    o.append("<div id=\"cookie-consent\" class=\"cookie-banner\"><p>"
             + g.d("Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda saat menjelajah.")
             + " 🍪</p><button>" + g.d("Saya Setuju") + "</button></div>\n")
    o.append("<div class=\"modal fade\" id=\"modalKontak\" tabindex=\"-1\"><div class=\"modal-dialog\"><div class=\"modal-content\">"
             "<button type=\"button\" class=\"close\" data-dismiss=\"modal\">close×</button>"
             f"<div class=\"modal-body\">{g.d(site['phone'])}</div>"
             "<button class=\"close\">close×</button></div></div></div>\n")
    g.d("close×")
    o.append("<a href=\"#top\" class=\"back-to-top\">" + g.d("Kembali ke atas") + "</a>\n")
    o.append("<script src=\"/assets/js/bootstrap.bundle.min.js\" defer></script>\n</body>\n</html>\n")
    return "".join(o).encode("utf-8"), "utf-8"


# ----------------------------------------------------------------------------------------------
# Layout c: sister sites in their own look
# ----------------------------------------------------------------------------------------------
def layout_c_ppid(g: Gen) -> str:
    r = g.rng
    title, pub = g.field("title"), g.field("published")
    meta_line = re.search(r"•\s*PPID UTAMA.*?•\s*[^\n]+?\n\s*•\s*(\d[\d.]*) View", g.text, re.S)
    views = meta_line.group(1) if meta_line else None
    tail = ppid_tail(g.text)
    o = ["<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n",
         f"<title>{esc(title) + ' - ' if title else ''}PPID Provinsi Riau</title>\n",
         f"<link rel=\"canonical\" href=\"{esc(g.gold['url'])}\">\n<meta property=\"og:url\" content=\"{esc(g.gold['url'])}\">\n",
         f"<style>{g.css()}\n{g.css()}</style>\n", g.script(), g.script(), "</head>\n<body>\n",
         "<div class=\"header-top\"><div class=\"container\"><ul class=\"contact-info\">"
         f"<li><i class=\"fa fa-envelope\"></i> {g.d('ppid@riau.go.id')}</li><li><i class=\"fa fa-phone\"></i> {g.d('(0761) 45505')}</li>"
         "</ul></div></div>\n",
         "<nav class=\"navbar\"><a class=\"navbar-brand\" href=\"/\">PPID PROVINSI RIAU</a><ul class=\"navbar-nav\">"
         + "".join(f"<li><a href=\"#\">{m}</a></li>" for m in ["Beranda", "Profil", "Informasi Publik", "Regulasi",
                                                                "Layanan", "Berita", "Kontak"]) + "</ul></nav>\n",
         "<section class=\"page-title\"><h2>" + g.d("Berita PPID") + "</h2></section>\n",
         "<div class=\"container\"><div class=\"row\"><div class=\"col-lg-8\"><div class=\"blog-details\">\n"]
    if title:
        o.append(f"<h3 class=\"blog-title\">{esc(title)}</h3>\n")
    if pub:
        d = dt.date.fromisoformat(pub)
        o.append("<ul class=\"blog-meta\">"
                 f"<li><i class=\"fa fa-user\"></i> PPID UTAMA</li>"
                 f"<li><i class=\"fa fa-calendar\"></i> {esc(id_date(d, 'ppid'))}</li>"
                 f"<li><i class=\"fa fa-eye\"></i> {g.d((views or str(r.randint(300, 999))) + ' View')}</li></ul>\n")
    o.append(f"<img class=\"img-fluid\" src=\"/uploads/berita/{g.pid}.jpg\" alt=\"\">\n<div class=\"blog-content\">\n")
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    items = [f"<p>{esc(p)}</p>" for p in body]
    items.insert(bj_at, g.baca_juga("p"))
    o.append("\n".join(items) + "\n</div>\n")
    o.append("<div class=\"share-post\">" + g.d("Share:") + " <a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> "
             "<a href=\"#\">WhatsApp</a></div>\n</div>\n")
    o.append(f"<div class=\"other-news\"><h4>{g.d('Berita Lainnya')}</h4>")
    for h, u, d, _ in g.news_items(4, style="ppid"):
        o.append(f"<div class=\"media\"><a href=\"{u}\">{g.d(h)}</a><span>{d}</span></div>")
    o.append("</div>\n</div>\n<div class=\"col-lg-4\"><div class=\"widget\">\n")
    if tail:
        o.append(f"<h4 class=\"widget-title\">{esc(tail[0])}</h4>")
        for t in tail[1:]:
            g.d(t)
        if len(tail) > 1:
            o.append(f"<p>{esc(tail[1])}</p>")
        names = tail[2:]
    else:
        o.append(f"<h4 class=\"widget-title\">{g.d('Struktur PPID')}</h4>"
                 f"<p>{g.d('Struktur Pejabat Pengelola dan Dokumentasi (PPID) Riau')}</p>")
        names = []
    g.d("Struktur PPID")
    full = {"Dr. RAHMAN HADI, M": "Dr. RAHMAN HADI, M.Si", "H. ABDUL WAH": "H. ABDUL WAHID"}
    o.append("<ul class=\"struktur\">")
    for n in names or ["H. ABDUL WAH"]:
        o.append(f"<li><img src=\"/img/pejabat.jpg\" alt=\"\"><b>{g.d(full.get(n, n))}</b><br><small>Atasan PPID</small></li>")
    o.append("</ul></div>\n")
    o.append(f"<div class=\"widget\"><h4 class=\"widget-title\">{g.d('Berita Terkini')}</h4><ul>")
    for h, u, d, _ in g.news_items(5, style="ppid"):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a><br><small>{d}</small></li>")
    o.append("</ul></div>\n</div></div></div>\n")
    o.append("<footer class=\"footer\"><p>" + g.d(SITES["ppid"]["addr"]) + "</p><p>"
             + g.d(f"Copyright © {g.era.year} PPID Provinsi Riau") + "</p></footer>\n</body>\n</html>\n")
    return "".join(o)


def layout_c_mediacenter(g: Gen) -> str:
    r = g.rng
    o = ["<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n",
         "<title>Media Center Riau</title>\n",
         f"<link rel=\"canonical\" href=\"{esc(g.gold['url'])}\">\n<meta property=\"og:url\" content=\"{esc(g.gold['url'])}\">\n",
         "<meta property=\"og:site_name\" content=\"Media Center Riau\">\n",
         f"<style>{g.css()}</style>\n", g.script(), "</head>\n<body>\n",
         "<div id=\"wrapper\"><div id=\"header\"><h1 class=\"logo\"><a href=\"/\">Media Center Riau</a></h1>"
         f"<span class=\"slogan\">{g.d('Portal Berita Resmi Pemerintah Provinsi Riau')}</span></div>\n",
         "<div id=\"mainmenu\"><ul>" + "".join(f"<li><a href=\"#\">{m}</a></li>" for m in
                                              ["Home", "Pemerintahan", "Ekonomi", "Pendidikan", "Kesehatan", "Olahraga",
                                               "Kabupaten/Kota", "Foto", "Video"]) + "</ul></div>\n"]
    tick = g.news_items(3, dated=False)
    o.append("<div class=\"running\">" + g.d("Terkini:") + " " + " | ".join(g.d(h) for h, _, _, _ in tick) + "</div>\n")
    o.append("<div id=\"content\"><div class=\"kiri\">\n<div class=\"detail\">\n")
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    items = [f"<p>{esc(p)}</p>" for p in body]
    items.insert(bj_at, g.baca_juga("div"))
    o.append("<div class=\"isi\">\n" + "\n".join(items) + "\n</div>\n")
    o.append(f"<div class=\"counter\">{g.d(g.view_count())}</div>")
    o.append("<div class=\"sosmed\">" + g.d("Bagikan:") + " <a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> "
             "<a href=\"#\">WhatsApp</a></div>\n</div>\n")
    o.append(f"<div class=\"terkait\"><h3>{g.d('Berita Terkait')}</h3><ul>")
    for h, u, d, _ in g.news_items(5, style="long"):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a> <em>{d}</em></li>")
    o.append("</ul></div>\n" + g.comments("komentar") + "\n</div>\n<div class=\"kanan\">")
    o.append(f"<div class=\"box\"><h3>{g.d('Terpopuler')}</h3><ol>")
    for h, u, d, v in g.news_items(6, views=True):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a> <span>{d} | {g.d(v)}</span></li>")
    o.append(f"</ol></div><div class=\"box\"><h3>{g.d('Kabar Daerah')}</h3><p>{g.d(g.long_par())}</p>"
             f"<p>{g.d(g.long_par())}</p></div></div></div>\n")
    o.append("<div id=\"footer\"><p>" + g.d(SITES["mediacenter"]["addr"]) + "</p><p>"
             + g.d(f"© {g.era.year} Media Center Riau. All rights reserved.") + "</p></div></div>\n</body>\n</html>\n")
    return "".join(o)


def layout_c_print(g: Gen) -> str:
    """Print view (prokopim.bengkaliskab cetakberita / dinsos Joomla print / detail pages)."""
    r = g.rng
    site = g.site
    title, pub = g.field("title"), g.field("published")
    lines = [ln.strip() for ln in g.text.splitlines() if ln.strip()]
    dline = next((ln for ln in lines if re.search(r"\|\s*\d\d:\d\d:\d\d WIB", ln)), None)
    byline = next((ln for ln in lines if ln.startswith("Editor :")), None)
    caption = next((ln for ln in lines if "Teks foto:" in ln), None)
    o = ["<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n",
         f"<title>{'Cetak Berita - ' + esc(title) if title else 'Cetak Berita'}</title>\n",
         f"<link rel=\"canonical\" href=\"{esc(g.gold['url'])}\">\n",
         "<style>body{font-family:'Times New Roman',serif;width:760px;margin:auto}.kop{border-bottom:3px double #000}"
         "@media print{.noprint{display:none}}\n" + g.css() + "\n" + g.css() + "</style>\n", g.script(), g.script(),
         "</head>\n<body onload=\"window.print()\">\n",
         "<table class=\"kop\" width=\"100%\"><tr><td width=\"90\"><img src=\"/assets/img/logo_kab.png\" width=\"80\"></td><td align=\"center\">"
         f"<b>{g.d('PEMERINTAH ' + ('KABUPATEN BENGKALIS' if 'bengkalis' in site['host'] else 'PROVINSI RIAU'))}</b><br>"
         f"<b>{esc(site['name'].upper())}</b><br><small>{g.d(site['addr'] + ' ' + site['phone'])}</small></td></tr></table>\n",
         f"<div class=\"noprint\"><a href=\"javascript:window.print()\">{g.d('Cetak Halaman Ini')}</a> | "
         f"<a href=\"javascript:window.close()\">{g.d('Tutup Jendela')}</a></div>\n"]
    if pub:
        d = dt.date.fromisoformat(pub)
        if dline:
            # the stored date line (its counter is chrome)
            date_part, rest = dline.split("|", 1)
            o.append(f"<p class=\"tanggal\">{esc(date_part.strip())} |{esc(rest.rsplit('|', 1)[0])}| "
                     f"<span>{g.d(dline.rsplit('|', 1)[1].strip())}</span></p>\n")
        else:
            o.append(f"<p class=\"tanggal\">{esc(id_date(d, 'long'))}</p>\n")
    if title:
        o.append(f"<h2>{esc(title)}</h2>\n")
    if byline:
        o.append(f"<p class=\"byline\"><small>{g.d(byline)}</small></p>\n")
    if caption:
        o.append(f"<div class=\"foto\"><img src=\"/upload/berita/{g.pid}.jpg\" width=\"600\" alt=\"{html.escape(title or '')}\">"
                 f"<p><i>{g.d(caption)}</i></p></div>\n")
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    items = [f"<p style=\"text-align:justify\">{esc(p)}</p>" for p in body]
    items.insert(bj_at, g.baca_juga("p"))
    o.append("<div class=\"isiberita\">\n" + "\n".join(items) + "\n</div>\n<hr>\n")
    o.append(f"<div class=\"noprint\"><b>{g.d('Berita Lainnya')}</b><ul>")
    for h, u, d, _ in g.news_items(4, style="long"):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a> ({d})</li>")
    o.append("</ul></div>\n")
    o.append(f"<p><small>{g.d('Dicetak dari ' + site['host'] + ' pada ' + g.other_date('long', after=True))}</small></p>\n"
             f"<p><small>{g.d('Copyright © ' + str(g.era.year) + ' ' + site['name'])}</small></p>\n</body>\n</html>\n")
    return "".join(o)


def layout_c_wordpress(g: Gen) -> str:
    """dprd.riau.go.id: a WordPress theme (entry-content, widgets, wp-emoji script)."""
    r = g.rng
    url = g.gold["url"]
    o = ["<!DOCTYPE html>\n<html lang=\"id-ID\">\n<head>\n<meta charset=\"UTF-8\">\n",
         "<title>DPRD Provinsi Riau</title>\n",
         f"<link rel=\"canonical\" href=\"{esc(url)}\">\n<link rel=\"shortlink\" href=\"{esc(url)}\">\n",
         "<meta property=\"og:locale\" content=\"id_ID\">\n<meta property=\"og:site_name\" content=\"DPRD Provinsi Riau\">\n",
         f"<meta property=\"og:url\" content=\"{esc(url)}\">\n",
         "<script>window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/\","
         "\"ext\":\".png\",\"source\":{\"concatemoji\":\"https:\\/\\/dprd.riau.go.id\\/wp-includes\\/js\\/wp-emoji-release.min.js\"}};</script>\n",
         f"<style id=\"wp-block-library-inline-css\">{g.css(modern=True)}</style>\n", g.script(),
         "</head>\n<body class=\"post-template-default single single-post postid-" + g.pid.split("-")[-1] + " single-format-standard\">\n",
         f"<a class=\"skip-link screen-reader-text\" href=\"#content\">{g.d('Langsung ke konten')}</a>\n",
         "<div id=\"page\" class=\"site\"><header id=\"masthead\" class=\"site-header\"><div class=\"site-branding\">"
         f"<p class=\"site-title\"><a href=\"/\">DPRD Provinsi Riau</a></p><p class=\"site-description\">{g.d('Sekretariat DPRD Provinsi Riau')}</p></div>\n",
         "<nav id=\"site-navigation\" class=\"main-navigation\"><ul id=\"primary-menu\">"
         + "".join(f"<li class=\"menu-item\"><a href=\"#\">{m}</a></li>" for m in
                   ["Beranda", "Profil", "Pimpinan", "Alat Kelengkapan", "Fraksi", "Produk Hukum", "Berita", "Galeri", "Kontak"])
         + "</ul></nav></header>\n<div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">"
           "<main id=\"main\" class=\"site-main\">\n<article class=\"post type-post status-publish format-standard hentry category-berita\">\n"]
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    items = [f"<p>{esc(p)}</p>" for p in body]
    items.insert(bj_at, g.baca_juga("p"))
    o.append("<div class=\"entry-content\">\n" + "\n".join(items) + "\n</div>\n")
    o.append("<footer class=\"entry-footer\"><span class=\"cat-links\">" + g.d("Diposting di") + " <a href=\"#\" rel=\"category tag\">"
             + g.d("Kunjungan Kerja") + "</a></span> <div class=\"sharedaddy\"><h3 class=\"sd-title\">" + g.d("Bagikan ini:")
             + "</h3><a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">WhatsApp</a></div></footer>\n</article>\n")
    prev_h, next_h = g.headline(), g.headline()
    o.append("<nav class=\"navigation post-navigation\"><div class=\"nav-previous\"><a href=\"#\"><span>" + g.d("Sebelumnya")
             + "</span> " + g.d(prev_h) + "</a></div><div class=\"nav-next\"><a href=\"#\"><span>" + g.d("Selanjutnya")
             + "</span> " + g.d(next_h) + "</a></div></nav>\n")
    o.append("<div id=\"comments\" class=\"comments-area\"><div id=\"respond\"><h3>" + g.d("Tinggalkan Balasan")
             + "</h3><p>" + g.d("Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *")
             + "</p><form><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"Kirim Komentar\"></form></div></div>\n")
    o.append("</main></div>\n<aside id=\"secondary\" class=\"widget-area\">")
    o.append(f"<section class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">{g.d('Pos-pos Terbaru')}</h2><ul>")
    for h, u, d, _ in g.news_items(6, style="plain"):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a> <span class=\"post-date\">{d}</span></li>")
    o.append(f"</ul></section><section class=\"widget widget_text\"><h2 class=\"widget-title\">{g.d('Sekilas DPRD')}</h2>"
             f"<div class=\"textwidget\"><p>{g.d(g.long_par())}</p></div></section>")
    o.append(f"<section class=\"widget widget_archive\"><h2 class=\"widget-title\">{g.d('Arsip')}</h2><ul>"
             + "".join(f"<li><a href=\"#\">{MON_FULL[(g.era.month - i - 1) % 12]} {g.era.year if g.era.month - i > 0 else g.era.year - 1}</a></li>"
                       for i in range(1, 5)) + "</ul></section></aside>\n</div>\n")
    o.append("<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">" + g.d(SITES["dprd"]["addr"]) + " | "
             + g.d("Hak Cipta © " + str(g.era.year) + " Sekretariat DPRD Provinsi Riau") + "</div></footer></div>\n"
             "<script src=\"/wp-includes/js/jquery/jquery.min.js?ver=3.7.1\"></script>\n</body>\n</html>\n")
    return "".join(o)


def layout_c_amp(g: Gen) -> str:
    """kominfosandi.kamparkab.go.id AMP page (amp-img, amp-social-share, amp-sidebar)."""
    r = g.rng
    url = g.gold["url"]
    o = ["<!doctype html>\n<html amp lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n",
         "<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n",
         "<script async custom-element=\"amp-social-share\" src=\"https://cdn.ampproject.org/v0/amp-social-share-0.1.js\"></script>\n",
         "<script async custom-element=\"amp-sidebar\" src=\"https://cdn.ampproject.org/v0/amp-sidebar-0.1.js\"></script>\n",
         "<title>Diskominfo dan Persandian Kabupaten Kampar</title>\n",
         f"<link rel=\"canonical\" href=\"{esc(url.replace('/amp/', '/'))}\">\n",
         f"<meta property=\"og:url\" content=\"{esc(url)}\">\n",
         "<meta name=\"viewport\" content=\"width=device-width,minimum-scale=1,initial-scale=1\">\n",
         "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
         "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>\n",
         f"<style amp-custom>{g.css(modern=True)}\n{g.css(modern=True)}</style>\n",
         "<script type=\"application/ld+json\">" + json.dumps({"@context": "https://schema.org", "@type": "BlogPosting",
                                                              "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": "Diskominfo Kampar"}})
         + "</script>\n</head>\n<body>\n",
         "<amp-sidebar id=\"menu\" layout=\"nodisplay\" side=\"left\"><ul>"
         + "".join(f"<li><a href=\"#\">{m}</a></li>" for m in ["Beranda", "Profil", "Berita", "Pengumuman", "Galeri", "PPID", "Kontak"])
         + "</ul></amp-sidebar>\n",
         f"<header class=\"amp-wp-header\"><a href=\"/\">{esc(SITES['kampar']['name'])}</a> <button on=\"tap:menu.toggle\">&#9776;</button></header>\n",
         "<article class=\"amp-wp-article\">\n",
         f"<figure class=\"amp-wp-article-featured-image\"><amp-img src=\"/wp-content/uploads/{g.era.year}/{g.era.month:02d}/img.jpg\" width=\"1024\" height=\"683\" layout=\"responsive\"></amp-img>"
         f"<figcaption>{g.d('Foto: Diskominfo Kampar')}</figcaption></figure>\n"]
    body = g.body
    bj_at = r.randint(1, len(body) - 1)
    items = [f"<p>{esc(p)}</p>" for p in body]
    items.insert(bj_at, g.baca_juga("div"))
    o.append("<div class=\"amp-wp-article-content\">\n" + "\n".join(items) + "\n</div>\n")
    o.append("<footer class=\"amp-wp-article-footer\"><div class=\"amp-wp-meta amp-wp-tax-tag\">" + g.d("Tag:") + " "
             + ", ".join(f"<a href=\"#\">{t}</a>" for t in ["Pemkab Kampar", "Covid-19", "Kampar"])
             + "</div><div class=\"share\">" + g.d("Bagikan:")
             + " <amp-social-share type=\"facebook\" width=\"40\" height=\"40\"></amp-social-share>"
               "<amp-social-share type=\"whatsapp\" width=\"40\" height=\"40\"></amp-social-share></div>"
             + "<div class=\"amp-wp-comments-link\"><a href=\"#\">" + g.d("Tinggalkan Komentar") + "</a></div></footer>\n</article>\n")
    o.append(f"<section class=\"related\"><h3>{g.d('Berita Terkait')}</h3><ul>")
    for h, u, d, _ in g.news_items(6, style="plain"):
        o.append(f"<li><a href=\"{u}\">{g.d(h)}</a> <time>{d}</time></li>")
    o.append(f"</ul></section>\n<section class=\"sorotan\"><h3>{g.d('Kampar Hari Ini')}</h3><p>{g.d(g.long_par())}</p>"
             f"<p>{g.d(g.long_par())}</p></section>\n")
    o.append("<footer class=\"amp-wp-footer\"><p>" + g.d(SITES["kampar"]["addr"]) + "</p><p>"
             + g.d("© " + str(g.era.year) + " Diskominfo dan Persandian Kabupaten Kampar") + "</p>"
             "<a href=\"#top\" class=\"back-to-top\">" + g.d("Kembali ke atas") + "</a></footer>\n</body>\n</html>\n")
    return "".join(o)


def layout_c(g: Gen) -> tuple[bytes, str] | None:
    s = site_of(g.pid)
    if s == "ppid":
        doc = layout_c_ppid(g)
    elif s == "mediacenter":
        doc = layout_c_mediacenter(g)
    elif s in ("bengkalis", "diskominfotik", "dinsos"):
        doc = layout_c_print(g)
    elif s == "dprd":
        doc = layout_c_wordpress(g)
    elif s == "kampar":
        doc = layout_c_amp(g)
    else:
        return None
    return doc.encode("utf-8"), "utf-8"


# ----------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parent.parent / "fixtures"))
    args = ap.parse_args(argv)
    root = Path(args.root)
    pages, gold_dir = root / "pages", root / "gold"
    manifest: dict[str, dict] = {}
    ids = sorted(p.stem for p in pages.glob("*.txt"))
    non_ascii_i = 0
    sizes: dict[str, int] = {}
    for pid in ids:
        text = (pages / f"{pid}.txt").read_text(encoding="utf-8")
        gold = json.loads((gold_dir / f"{pid}.json").read_text(encoding="utf-8"))
        body = split_body(pid, text, gold)
        expected = [norm(p) for p in body]
        has_non_ascii = any(ord(c) > 127 for c in "".join(body))
        if has_non_ascii:
            enc_a = ENCODINGS_A[non_ascii_i % len(ENCODINGS_A)]
            non_ascii_i += 1
        else:
            enc_a = "utf8-declared"
        jobs = [("a", lambda g, e=enc_a: layout_a(g, e)), ("b", layout_b), ("c", layout_c)]
        for layout, fn in jobs:
            g = Gen(pid, layout, gold, body, text)
            res = fn(g)
            if res is None:
                continue
            data, enc = res
            name = f"{pid}.{layout}.html"
            (pages / name).write_bytes(data)
            sizes[name] = len(data)
            manifest[name] = {"id": pid, "layout": layout, "encoding": enc,
                              "distractors": g.distractors, "paragraphs": expected}
    bad = {k: v for k, v in sizes.items() if not 15_000 <= v <= 60_000}
    if bad:
        raise SystemExit(f"pages outside 15-60 KB: {bad}")
    (root / "distractors.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"wrote {len(manifest)} HTML files and distractors.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
