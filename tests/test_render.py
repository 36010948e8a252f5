"""render(): the review HTML shows every span of the record, keeps the text, escapes the page."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from psm_extract import cli
from psm_extract.core import extract
from psm_extract.records import (Article, Award, Entity, Event, Official, Participants, RegionCount,
                                 Span)
from psm_extract.render import KINDS, marks, render

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "pages" / "4412.txt"


def span(text: str, phrase: str, field: str, rule: str, after: str = "") -> Span:
    """The span of ``phrase`` (first found after ``after``) in ``text``."""
    start = text.index(phrase, text.index(after) if after else 0)
    return Span(start, start + len(phrase), phrase, rule, field)


def seed_article() -> Article:
    """The real extraction of 4412 with the gold facts filled in, each with its evidence spans."""
    a = extract(SEED)
    t = a.text
    event = Event(
        name="Bimtek Pekerja Sosial Masyarakat (PSM)", date=dt.date(2018, 9, 12),
        venue="aula Kantor Bupati Siak", venue_region="Kabupaten Siak",
        organizer="Dinas Sosial Provinsi Riau",
        spans=(span(t, "Bimtek Pekerja Sosial Masyarakat (PSM)", "name", "event.bimtek"),
               span(t, "Rabu, 12 September 2018", "date", "date.dmy"),
               span(t, "aula Kantor Bupati Siak", "venue", "venue.di"),
               span(t, "Siak", "venue_region", "region.alias", after="aula Kantor Bupati"),
               span(t, "Dinas Sosial Provinsi Riau", "organizer", "org.subject")))
    officials = (
        Official("Nurmansyah", position="Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi Siak",
                 spans=(span(t, "Nurmansyah", "name", "official.selaku"),
                        span(t, "Kepala Dinas Sosial, Tenaga Kerja dan Transmigrasi "
                                "(Dissonakertrans) Siak", "position", "official.selaku"))),
        Official("Dahrius Husin", honorifics=("H.",), position="Kepala Dinas Sosial Provinsi Riau",
                 spans=(span(t, "Kadis Sosial Provinsi Riau", "position", "official.pos_name"),
                        span(t, "H.", "honorifics", "official.honorific", after="Kadis Sosial"),
                        span(t, "Dahrius Husin", "name", "official.pos_name"))),
    )
    by_region = (
        RegionCount("Kabupaten Siak", 25, "14.08", spans=(
            span(t, "Kab. Siak", "region", "region.alias"), span(t, "25 peserta", "count", "count.unit"))),
        RegionCount("Kabupaten Pelalawan", 10, "14.05", spans=(
            span(t, "Kab. Pelalawan", "region", "region.alias"),
            span(t, "10 peserta", "count", "count.unit"))),
        RegionCount("Kota Pekanbaru", 10, "14.71", spans=(
            span(t, "Pekanbaru", "region", "region.alias", after="Kab. Pelalawan"),
            span(t, "10 peserta", "count", "count.unit", after="Pekanbaru"))),
    )
    participants = Participants(50, "orang", spans=(span(t, "50 orang", "total", "count.bagi"),),
                                by_region=by_region)
    award = Award(recipient="Vinora Nongsih",
                  title="5 besar PSM berprestasi ditingkat Provinsi Riau tahun 2018", year=2018,
                  spans=(span(t, "Vinora Nongsih", "recipient", "award.sebagai"),
                         span(t, "5 besar PSM berprestasi ditingkat Provinsi Riau tahun 2018",
                              "title", "award.sebagai"),
                         span(t, "2018", "year", "award.year", after="berprestasi")))
    ent = span(t, "Dahrius Husin", "", "")
    entities = (Entity("PER", ent.text, ent.start, ent.end),)
    return dataclasses.replace(a, events=(event,), officials=officials, participants=participants,
                               awards=(award,), entities=entities)


class Marks(HTMLParser):
    """Reads rendered HTML: the text of the ``psmx-text`` block and the marks inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0            # element depth inside the text block (0: outside)
        self.text: list[str] = []
        self.open: list[dict[str, str] | None] = []
        self.pieces: dict[str, list[str]] = {}   # data-sid -> text of its pieces, in order
        self.kinds: dict[str, set[str]] = {}
        self.titles: dict[str, str] = {}
        self.tags: list[str] = []  # every tag name in the whole document
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        a = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts += 1
        if self.depth:
            self.depth += 1
            self.open.append(a if tag == "mark" else None)
            if tag == "mark":
                sid = a["data-sid"]
                self.pieces.setdefault(sid, []).append("")
                self.kinds.setdefault(sid, set()).add(a["data-kind"])
                self.titles[sid] = a["title"]
        elif tag == "div" and "psmx-text" in a.get("class", "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.open:
                self.open.pop()

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)
            for a in self.open:
                if a is not None:
                    self.pieces[a["data-sid"]][-1] += data


def read(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def seed() -> Article:
    return seed_article()


def test_seed_record_spans_are_true(seed):
    for m in marks(seed)[0]:
        assert m.matches, m
    assert marks(seed)[1] == []


def test_visible_text_equals_article_text(seed):
    assert "".join(read(render(seed)).text) == seed.text


def test_every_span_is_highlighted_with_its_kind(seed):
    items, _ = marks(seed)
    doc = read(render(seed))
    assert len(items) == 23 and set(doc.pieces) == {str(m.sid) for m in items}
    for m in items:
        assert "".join(doc.pieces[str(m.sid)]) == seed.text[m.start:m.end]
        assert doc.kinds[str(m.sid)] == {m.kind}
        assert f"rule: {m.rule}" in doc.titles[str(m.sid)]


@pytest.mark.parametrize("where, kind, value", [
    ("page.dateline", "dateline", "dateline = Siak"),
    ("page.source", "dateline", "source = Dinsos MC"),
    ("events[0].name", "event", "name = Bimtek Pekerja Sosial Masyarakat (PSM)"),
    ("events[0].date", "date", "date = 2018-09-12"),
    ("events[0].venue", "venue", "venue = aula Kantor Bupati Siak"),
    ("events[0].venue_region", "region", "venue_region = Kabupaten Siak"),
    ("events[0].organizer", "organizer", "organizer = Dinas Sosial Provinsi Riau"),
    ("officials[1].name", "official", "name = Dahrius Husin"),
    ("officials[1].honorifics", "official", "honorifics = H."),
    ("officials[1].position", "position", "position = Kepala Dinas Sosial Provinsi Riau"),
    ("participants.total", "count", "total = 50"),
    ("participants.by_region[2].region", "region", "region = Kota Pekanbaru"),
    ("participants.by_region[0].count", "count", "count = 25"),
    ("awards[0].recipient", "award", "recipient = Vinora Nongsih"),
    ("awards[0].year", "award", "year = 2018"),
    ("entities[0]", "entity", "PER Dahrius Husin"),
])
def test_kind_and_hover_value(seed, where, kind, value):
    (m,) = [m for m in marks(seed)[0] if m.where == where]
    doc = read(render(seed))
    assert m.kind == kind
    title = doc.titles[str(m.sid)]
    assert title.splitlines()[1] == value and title.startswith(KINDS[kind])


def test_nested_spans_nest(seed):
    html = render(seed)
    venue = re.search(r'<mark [^>]*data-kind="venue"[^>]*>(.*?)</mark>', html).group(1)
    assert re.fullmatch(r'aula Kantor Bupati <mark [^>]*data-kind="region"[^>]*>Siak', venue)


def test_summary_legend_and_title(seed):
    html = render(seed)
    assert '<div class="psmx-title">Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak</div>' in html
    assert "Events (1)" in html and "Officials (2)" in html and "Awards (1)" in html
    assert "<b>Dahrius Husin</b>" in html and "Kabupaten Pelalawan 10" in html
    for kind, label in KINDS.items():
        assert f'psmx-swatch psmx-k-{kind}">{label}</span>' in html
    assert "psmx-k-award\">award</span><span class=\"psmx-n\">3</span>" in html


def test_self_contained_no_script_no_external():
    a = seed_article()
    for html in (render(a), render(a, standalone=True), render(a, theme="dark")):
        doc = read(html)
        assert doc.scripts == 0 and "@import" not in html and "url(" not in html
        assert not re.search(r'\b(src|srcset)\s*=', html)
        assert not set(doc.tags) & {"link", "img", "iframe", "object", "embed", "script"}
    page = render(a, standalone=True)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "prefers-color-scheme: dark" in page


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</mark></div><script>document.body.remove()</script>",
    "&lt;b&gt; &amp; &#60;i&#62; ]]> <!-- x --> <style>*{display:none}</style>",
    "Tanda ' kutip \" & < > di judul",
]


@pytest.mark.parametrize("bad", HOSTILE)
def test_hostile_text_is_escaped(bad):
    text = f"PEKANBARU - {bad} Rapat dibuka {bad}\n\n{bad}"
    start = text.index(bad)
    spans = (Span(start, start + len(bad), bad, f'r"><script>{bad}', "name"),)
    a = Article(title=bad, url=f'javascript:alert(1)//{bad}', site=bad, article_id=bad, source=bad,
                dateline=bad, category=bad, text=text, warnings=(bad,),
                events=(Event(name=bad, venue=bad, organizer=bad, spans=spans),),
                officials=(Official(bad, honorifics=(bad,), position=bad, spans=spans),),
                participants=Participants(3, bad, origin=bad, by_region=(RegionCount(bad, 1),)),
                awards=(Award(bad, bad, bad, bad, spans=spans),))
    for html in (render(a), render(a, standalone=True)):
        doc = read(html)
        assert doc.scripts == 0
        assert not set(doc.tags) & {"img", "script", "iframe"}
        assert "".join(doc.text) == text
        assert 'href="javascript' not in html
        assert len(doc.pieces) == 3 and all("".join(p) == bad for p in doc.pieces.values())
    # the only <style> is ours
    assert read(render(a)).tags.count("style") == 1


def test_crossing_spans_are_split_not_lost():
    text = "Rapat di Gedung Daerah Pekanbaru pada Senin"
    a = Article(text=text, events=(Event(name="Rapat", spans=(
        Span(0, 22, text[0:22], "r1", "name"),          # Rapat di Gedung Daerah
        Span(9, 32, text[9:32], "r2", "venue"),         # Gedung Daerah Pekanbaru (crosses r1's end)
        Span(23, 43, text[23:43], "r3", "date"),        # Pekanbaru pada Senin (crosses r2's end)
        Span(23, 32, text[23:32], "r4", "venue_region"),
        Span(23, 32, text[23:32], "r5", "venue_region_code"),  # the same range twice
    )),))
    doc = read(render(a))
    assert "".join(doc.text) == text
    for sid, (s, e) in enumerate([(0, 22), (9, 32), (23, 43), (23, 32), (23, 32)]):
        assert "".join(doc.pieces[str(sid)]) == text[s:e]
    assert len(doc.pieces["1"]) == 2  # venue: split at the end of the name


def test_bad_spans_are_reported_not_fatal():
    text = "Sosialisasi di Siak"
    a = Article(text=text, events=(Event(name="Sosialisasi", spans=(
        Span(0, 11, "Sosialisasi", "ok", "name"), Span(15, 99, "Siak", "past.end", "venue"),
        Span(15, 19, "Dumai", "wrong.text", "venue_region"), Span(5, 5, "", "empty", "date"))),))
    items, problems = marks(a)
    html = render(a)
    assert "".join(read(html).text) == text
    assert [m.rule for m in items] == ["ok", "wrong.text"] and not items[1].matches
    assert len(problems) == 3 and "3 span problem(s)" in html and "psmx-mismatch" in html


def test_unknown_field_falls_back_to_the_item_kind():
    text = "Juara I lomba"
    a = Article(text=text, awards=(Award(title="Juara I lomba", spans=(Span(0, 13, text, "x", ""),)),),
                officials=(Official("A", honorifics=("H.",), spans=(
                    Span(0, 5, "Juara", "y", "officials.mystery"),
                    Span(6, 7, "I", "z", "honorific"))),))
    kinds = {m.rule: (m.kind, m.value) for m in marks(a)[0]}
    assert kinds == {"x": ("award", "title = Juara I lomba"), "y": ("official", "name = A"),
                     "z": ("official", "honorifics = H.")}


def test_empty_article_renders():
    html = render(Article())
    assert "(no title)" in html and "".join(read(html).text) == ""
    assert html.count('<span class="psmx-none">none</span>') == 4


def test_theme_is_checked():
    with pytest.raises(ValueError):
        render(Article(), theme="blue")
    assert 'data-theme="dark"' in render(Article(), theme="dark")


def test_real_extraction_of_every_fixture_renders():
    for path in sorted((FIXTURES / "pages").glob("*.txt")):
        a = extract(path)
        doc = read(render(a))
        assert "".join(doc.text) == a.text, path.name
        assert len(doc.pieces) == len(marks(a)[0]), path.name


def test_cli_render_writes_a_page(tmp_path: Path, capsys):
    out = tmp_path / "review.html"
    assert cli.main(["render", str(SEED), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    a = extract(SEED)
    assert html == render(a, standalone=True)
    assert unescape("".join(read(html).text)) == unescape(a.text)


def test_cli_render_missing_page(tmp_path: Path, capsys):
    assert cli.main(["render", str(tmp_path / "none.html"), "-o", str(tmp_path / "x.html")]) == 1
    assert "psm-extract render:" in capsys.readouterr().err and not (tmp_path / "x.html").exists()


def test_render_help_lists_the_options(capsys):
    assert cli.main(["render", "--help"]) == 0
    out = capsys.readouterr().out
    assert "psm-extract render" in out and "--output" in out and "--theme" in out


_FIELDS = ["name", "date", "venue", "venue_region", "organizer", "", "odd"]


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\r;é\u202e")), max_size=40))
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        s = draw(st.integers(0, len(text)))
        e = draw(st.integers(s, len(text)))
        spans.append(Span(s, e, text[s:e], draw(st.sampled_from(["r", "<b>", '"q'])),
                          draw(st.sampled_from(_FIELDS))))
    return text, tuple(spans)


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_any_spans_keep_the_text_and_every_span(data):
    text, spans = data
    a = Article(text=text, events=(Event(spans=spans),))
    doc = read(render(a))
    assert "".join(doc.text) == text
    kept = [s for s in spans if s.start < s.end]
    assert len(doc.pieces) == len(kept)
    for sid, s in enumerate(kept):
        assert "".join(doc.pieces[str(sid)]) == text[s.start:s.end]
