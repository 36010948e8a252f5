"""The review page in a real headless browser (Debian's chromium): it draws, every highlight is
visible and readable in light and dark, nothing logs an error, hostile page text stays inert.

Skipped when no ``chromium`` binary is on PATH (CI installs it: ``apt-get install -y chromium``).
"""
from __future__ import annotations

import collections
import json
import re
import shutil
import struct
import subprocess
import zlib
from html import unescape
from pathlib import Path

import pytest

from psm_extract import resources
from psm_extract.records import Article, Award, Event, Official, Span
from psm_extract.render import marks, render

from test_render import HOSTILE, seed_article

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio"]
DARK_FLAGS = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"]

# Injected into the page under test only (render() itself ships no script): counts errors,
# console.error calls and alert() calls, and on load writes what it measured into <body>.
PROBE = """<script>
window.__errors = []; window.__alerts = 0;
window.addEventListener('error', function (e) {
  window.__errors.push(String(e.message || (e.target && (e.target.src || e.target.tagName)) || e));
}, true);
window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
(function () { var ce = console.error;
  console.error = function () { window.__errors.push([].join.call(arguments, ' ')); ce.apply(console, arguments); };
})();
window.alert = window.confirm = window.prompt = function () { window.__alerts++; };
function __rgb(s) { var m = /rgba?\\(([\\d.]+), ([\\d.]+), ([\\d.]+)(?:, ([\\d.]+))?/.exec(s);
  return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null; }
function __lum(c) { var v = c.slice(0, 3).map(function (x) { x /= 255;
  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
function __contrast(a, b) { var x = __lum(a), y = __lum(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function __bgOf(el) { for (; el && el.nodeType === 1; el = el.parentNode) {
  var c = __rgb(getComputedStyle(el).backgroundColor); if (c && c[3] === 1) return c; }
  return [255, 255, 255, 1]; }
window.addEventListener('load', function () {
  var marks = document.querySelectorAll('.psmx-text mark'), visible = 0, minContrast = 99, sids = {};
  for (var i = 0; i < marks.length; i++) {
    var r = marks[i].getBoundingClientRect(), st = getComputedStyle(marks[i]);
    if (r.width > 0 && r.height > 0 && st.visibility === 'visible' && st.display !== 'none') {
      visible++; sids[marks[i].getAttribute('data-sid')] = 1; }
    var bg = __rgb(st.backgroundColor);
    if (bg && bg[3] === 1) minContrast = Math.min(minContrast, __contrast(__rgb(st.color), bg));
  }
  var text = document.querySelector('.psmx-text'), table = document.querySelector('.psmx-summary');
  var page = __bgOf(text);
  document.body.setAttribute('data-probe', JSON.stringify({
    marks: marks.length, visible: visible, sids: Object.keys(sids).length,
    minContrast: minContrast, pageLuminance: __lum(page),
    textContrast: __contrast(__rgb(getComputedStyle(text).color), page),
    textHeight: text.getBoundingClientRect().height, textContent: text.textContent,
    tableHeight: table ? table.getBoundingClientRect().height : 0,
    images: document.images.length, scripts: document.scripts.length,
    errors: window.__errors, alerts: window.__alerts }));
});
</script>"""


def chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    """Run Chromium; its log goes to a file (a browser that logs without end must not fill this
    process's memory), and the result carries the log's last 20,000 characters as ``stderr``."""
    log = tmp / "chromium.log"
    with log.open("w") as err:
        done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp / 'profile'}", *args],
                              stdout=subprocess.PIPE, stderr=err, text=True, timeout=120, check=False)
    with log.open("rb") as fh:
        fh.seek(max(0, log.stat().st_size - 20_000))
        done.stderr = fh.read().decode("utf-8", "replace")
    return done


def page_file(tmp: Path, html: str, probe: bool = True) -> Path:
    if probe:
        html = html.replace("</head>", PROBE + "</head>", 1)
    path = tmp / "review.html"
    path.write_text(html, encoding="utf-8")
    return path


def probe(tmp: Path, html: str, dark: bool = False) -> dict:
    path = page_file(tmp, html)
    run = chromium([*(DARK_FLAGS if dark else []), "--window-size=1200,2000",
                    "--enable-logging=stderr", "--v=0", "--dump-dom", path.as_uri()], tmp)
    m = re.search(r'data-probe="([^"]*)"', run.stdout)
    assert m, f"no probe result; chromium exit {run.returncode}: {run.stderr[-2000:]}"
    result = json.loads(unescape(m.group(1)))
    result["console"] = [ln for ln in run.stderr.splitlines()
                         if "CONSOLE" in ln or "Uncaught" in ln]
    return result


def read_png(path: Path) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, pixel rows) of an 8-bit RGB/RGBA PNG, in pure Python."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and not interlace, (depth, ctype, interlace)
        elif kind == b"IDAT":
            idat.append(body)
    raw = zlib.decompress(b"".join(idat))
    bpp = 3 if ctype == 2 else 4
    stride = w * bpp
    lo, hi = int.from_bytes(b"\x7f" * stride, "big"), int.from_bytes(b"\x80" * stride, "big")
    prev, rows = bytes(stride), []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        if f == 0:
            cur = bytes(line)
        elif f == 2:  # Up: a bytewise add, all lanes at once
            a, b = int.from_bytes(line, "big"), int.from_bytes(prev, "big")
            cur = (((a & lo) + (b & lo)) ^ ((a ^ b) & hi)).to_bytes(stride, "big")
        else:
            c = bytearray(line)
            for i in range(stride):
                left = c[i - bpp] if i >= bpp else 0
                up = prev[i]
                if f == 1:
                    c[i] = (c[i] + left) & 255
                elif f == 3:
                    c[i] = (c[i] + ((left + up) >> 1)) & 255
                else:
                    ul = prev[i - bpp] if i >= bpp else 0
                    p = left + up - ul
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                    c[i] = (c[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else ul)) & 255
            cur = bytes(c)
        rows.append(cur)
        prev = cur
    return w, h, bpp, rows


def screenshot_colours(tmp: Path, html: str, dark: bool = False) -> collections.Counter:
    png = tmp / ("dark.png" if dark else "light.png")
    path = page_file(tmp, html, probe=False)
    run = chromium([*(DARK_FLAGS if dark else []), f"--screenshot={png}", "--window-size=1200,2000",
                    path.as_uri()], tmp)
    assert png.exists() and png.stat().st_size > 0, run.stderr[-2000:]
    w, h, bpp, rows = read_png(png)
    assert (w, h) == (1200, 2000)
    return collections.Counter(row[i:i + 3] for row in rows for i in range(0, len(row), bpp))


def palette(dark: bool) -> dict[str, bytes]:
    """The highlight background colours of render.css, light (first block) or dark (second)."""
    css = resources.read_text("render.css")
    blocks = re.findall(r"\{([^{}]*--psmx-event-bg[^{}]*)\}", css)
    return {k: bytes.fromhex(v) for k, v in re.findall(r"--psmx-(\w+)-bg:\s*#([0-9a-f]{6})",
                                                       blocks[1 if dark else 0])}


@pytest.fixture(scope="module")
def seed() -> Article:
    return seed_article()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_highlights_visible_readable_no_errors(tmp_path, seed, dark):
    result = probe(tmp_path, render(seed, standalone=True), dark=dark)
    n = len(marks(seed)[0])
    assert result["errors"] == [] and result["alerts"] == 0 and result["console"] == []
    assert result["marks"] >= n and result["visible"] == result["marks"] and result["sids"] == n
    assert result["minContrast"] >= 4.5 and result["textContrast"] >= 7
    assert result["textHeight"] > 500 and result["tableHeight"] > 50
    assert result["textContent"] == seed.text
    assert (result["pageLuminance"] < 0.05) if dark else (result["pageLuminance"] > 0.9)


def test_forced_dark_theme_without_dark_os(tmp_path, seed):
    result = probe(tmp_path, render(seed, standalone=True, theme="dark"))
    assert result["pageLuminance"] < 0.05 and result["minContrast"] >= 4.5
    assert result["visible"] == result["marks"] > 0 and result["errors"] == []


def test_fragment_in_a_foreign_page(tmp_path, seed):
    """As a notebook shows it: the fragment inside someone else's page, light or dark."""
    for bg, fg in (("#ffffff", "#000000"), ("#111111", "#eeeeee")):
        html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
                f"<body style='background:{bg};color:{fg}'>{render(seed)}</body></html>")
        result = probe(tmp_path, html)
        assert result["visible"] == result["marks"] > 0 and result["minContrast"] >= 4.5
        assert result["textContrast"] >= 7 and result["errors"] == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_screenshot_shows_every_kind(tmp_path, seed, dark):
    colours = screenshot_colours(tmp_path, render(seed, standalone=True), dark=dark)
    background, covered = colours.most_common(1)[0]
    assert covered < 0.99 * sum(colours.values()), "the screenshot is (nearly) blank"
    assert len(colours) > 50
    missing = [k for k, rgb in palette(dark).items() if colours[rgb] < 50]
    assert missing == [], f"highlight colours not drawn: {missing}"


def test_hostile_page_stays_inert(tmp_path):
    text = "PEKANBARU - " + " ".join(HOSTILE) + "\r\n\nRapat di Siak " + HOSTILE[1]
    spans = tuple(Span(text.index(b), text.index(b) + len(b), b, f'"><script>alert({i})</script>',
                       "name") for i, b in enumerate(HOSTILE))
    a = Article(title=HOSTILE[0], url=HOSTILE[1], source=HOSTILE[2], text=text,
                events=(Event(name=HOSTILE[0], venue=HOSTILE[1], spans=spans),),
                officials=(Official(HOSTILE[1], position=HOSTILE[0]),), awards=(Award(HOSTILE[3]),))
    result = probe(tmp_path, render(a, standalone=True))
    assert result["alerts"] == 0 and result["errors"] == [] and result["images"] == 0
    assert result["scripts"] == 1  # the probe only
    assert result["visible"] == result["marks"] == len(HOSTILE)
    assert result["textContent"] == text
