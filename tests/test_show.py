"""psm-extract show: the terminal summary, with rich and in plain text."""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

from psm_extract import cli
from psm_extract.records import Article, Award, Event, Official, Participants, RegionCount, Span
from psm_extract.show import format_plain, print_rich

from test_render import HOSTILE, seed_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = str(FIXTURES / "pages" / "4412.txt")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.process_args(cli.parse_args(argv), out=out)
    return code, out.getvalue()


def rich_text(article: Article, **kw) -> str:
    rich_console = pytest.importorskip("rich.console")
    buf = io.StringIO()
    console = rich_console.Console(file=buf, force_terminal=True, width=120, highlight=False,
                                   markup=False, color_system="standard")
    print_rich(article, console, **kw)
    return buf.getvalue()


def test_plain_summary_of_the_seed_record():
    out = format_plain(seed_article())
    lines = out.splitlines()
    assert lines[0] == "Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak"
    assert lines[1] == "  riau.go.id #4412 · 2018-09-25 · Politik dan Pemerintahan · lead: Siak, Dinsos MC"
    assert "Events (1)" in lines and "Officials (2)" in lines and "Awards (1)" in lines
    assert ("  1. Bimtek Pekerja Sosial Masyarakat (PSM) — date 2018-09-12 · venue aula Kantor "
            "Bupati Siak (Kabupaten Siak) · organizer Dinas Sosial Provinsi Riau") in lines
    assert "  2. Dahrius Husin (H.) — Kepala Dinas Sosial Provinsi Riau" in lines
    assert ("Participants: 50 orang · Kabupaten Siak 25, Kabupaten Pelalawan 10, "
            "Kota Pekanbaru 10") in lines
    assert ("  1. Vinora Nongsih — 5 besar PSM berprestasi ditingkat Provinsi Riau tahun 2018 · "
            "2018") in lines
    assert lines[-1].startswith("Spans: event 1 · date 1 · venue 1 · organizer 1 · official 3")


def test_plain_spans_and_text():
    a = seed_article()
    out = format_plain(a, spans=True, text=True)
    assert re.search(r"^ +707-730 +date +'Rabu, 12 September 2018' +events\[0\]\.date \[date\.dmy\]$",
                     out, re.M)
    assert out.rstrip("\n").endswith(a.text.rstrip("\n"))


def test_plain_empty_sections():
    out = format_plain(Article(title="Rapat", text="Rapat."))
    for line in ("Events: none", "Officials: none", "Participants: none", "Awards: none",
                 "Spans: none"):
        assert line in out.splitlines()


def test_rich_summary_has_the_facts_in_colour():
    out = rich_text(seed_article(), spans=True, text=True)
    plain = ANSI.sub("", out)
    assert "\x1b[" in out  # coloured
    for fact in ("Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak", "Bimtek Pekerja Sosial Masyarakat",
                 "Dahrius Husin (H.)", "Kepala Dinas Sosial Provinsi Riau", "Vinora Nongsih",
                 "Kabupaten Pelalawan 10", "events[0].venue_region", "region.alias"):
        assert fact in plain, fact
    assert "\x1b[32mRabu, 12 September 2018\x1b[0m" in out  # the date highlighted in the text


def _hostile() -> Article:
    bad = "\x1b[2J\x1b]0;pwned\x07[bold red]MARKUP[/] \u202egnp.exe " + " ".join(HOSTILE)
    text = f"Siak - {bad}"
    spans = (Span(7, len(text), bad, "[red]r[/]", "name"),)
    return Article(title=bad, site=bad, source=bad, text=text,
                   events=(Event(name=bad, venue=bad, time=bad, spans=spans),),
                   officials=(Official(bad, honorifics=(bad,), position=bad),),
                   participants=Participants(1, bad, by_region=(RegionCount(bad, 1),)),
                   awards=(Award(bad, bad),), warnings=(bad,))


def test_plain_neutralises_control_characters():
    out = format_plain(_hostile(), spans=True, text=True)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[bold red]MARKUP[/]" in out  # shown as text


def test_rich_neutralises_markup_and_control_characters():
    out = rich_text(_hostile(), spans=True, text=True)
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x07" not in out
    assert "\u202e" not in out
    assert "[bold red]MARKUP[/]" in ANSI.sub("", out)  # markup printed literally, not applied


def test_cli_show_plain_when_not_a_terminal():
    code, out = run(["show", SEED])
    assert code == 0 and "\x1b[" not in out
    lines = out.splitlines()
    assert lines[0] == "Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak"
    assert "lead: Siak, Dinsos MC" in lines[1] and lines[-1].startswith("Spans: ")


def test_cli_show_rich_when_asked():
    pytest.importorskip("rich")
    code, out = run(["show", "--rich", SEED])
    assert code == 0 and "\x1b[" in out and "Dinsos Riau Taja Bimtek PSM" in out


def test_cli_show_falls_back_to_plain_without_rich(monkeypatch):
    monkeypatch.setitem(sys.modules, "rich", None)
    monkeypatch.setitem(sys.modules, "rich.console", None)
    code, out = run(["show", "--rich", SEED])
    assert code == 0 and "\x1b[" not in out and out.startswith("Dinsos Riau Taja Bimtek PSM")


def test_cli_show_folder_and_failures(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out = run(["show", "--plain", str(tmp_path)])
    assert code == 1 and out.count("Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak") == 1
    assert "psm-extract show:" in capsys.readouterr().err


def test_cli_show_every_fixture():
    code, out = run(["show", "--plain", str(FIXTURES / "pages")])
    assert code == 0
    titles = [ln for ln in out.splitlines() if ln and not ln.startswith((" ", "Events", "Officials",
                                                                        "Participants", "Awards",
                                                                        "Spans", "Warnings"))]
    assert len(titles) == len(list((FIXTURES / "pages").glob("*.*")))
