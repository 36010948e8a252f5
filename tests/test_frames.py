"""to_frames(): flat, joinable pandas tables of records, with exact dtypes."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

from psm_extract import cli  # noqa: E402
from psm_extract.core import extract  # noqa: E402
from psm_extract.errors import PsmExtractError  # noqa: E402
from psm_extract.frames import COLUMNS, flat_rows, to_frames  # noqa: E402
from psm_extract.records import Article, Award, Event, Participants, Span  # noqa: E402

from test_render import seed_article  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted((FIXTURES / "pages").glob("*.txt"))
DTYPES = {"string": pd.StringDtype(), "Int64": pd.Int64Dtype(), "boolean": pd.BooleanDtype(),
          "datetime64[ns]": "datetime64[ns]"}


@pytest.fixture(scope="module")
def fixture_records() -> list[Article]:
    return [extract(p) for p in PAGES]


def check_dtypes(frames):
    assert set(frames) == set(COLUMNS)
    for name, columns in COLUMNS.items():
        frame = frames[name]
        assert list(frame.columns) == list(columns), name
        for col, dtype in columns.items():
            assert frame[col].dtype == DTYPES[dtype], (name, col, frame[col].dtype)
        assert frame.index.equals(pd.RangeIndex(len(frame))), name


def test_fixture_records_round_trip(fixture_records):
    frames = to_frames(fixture_records)
    check_dtypes(frames)
    arts = frames["articles"]
    assert len(arts) == len(PAGES) == 17 and arts["article"].is_unique
    for path, a, row in zip(PAGES, fixture_records, arts.itertuples(index=False)):
        assert row.article == a.input == str(path)
        for col in ("url", "site", "article_id", "title", "category", "short_url", "dateline", "source"):
            value = getattr(row, col)
            assert (value is pd.NA and getattr(a, col) is None) or value == getattr(a, col), col
        assert (pd.isna(row.published) if a.published is None
                else row.published == pd.Timestamp(a.published))
        assert (row.n_events, row.n_officials, row.n_awards) == (len(a.events), len(a.officials),
                                                                 len(a.awards))
        assert row.n_chars == len(a.text) and row.n_paragraphs == len(a.paragraphs)
    # every span of every record is a row of `spans`, and reads the text
    texts = {a.input: a.text for a in fixture_records}
    spans = frames["spans"]
    assert len(spans) == sum(arts["n_spans"])
    for s in spans.itertuples(index=False):
        assert texts[s.article][s.start:s.end] == s.text
    # the same tables from dicts, from JSON round trips, and from the CLI's JSON Lines
    dicts = [a.to_dict() for a in fixture_records]
    for other in (to_frames(dicts), to_frames([Article.from_dict(json.loads(json.dumps(d)))
                                               for d in dicts])):
        for name in COLUMNS:
            pd.testing.assert_frame_equal(frames[name], other[name])


def test_from_cli_jsonl_file(tmp_path, fixture_records, capsys):
    out = tmp_path / "out.jsonl"
    args = cli.parse_args(["--format", "jsonl", *map(str, PAGES)])
    with out.open("w", encoding="utf-8") as fh:
        assert cli.process_args(args, out=fh) == 0
    from_file = to_frames(out)
    direct = to_frames(fixture_records)
    for name in COLUMNS:
        pd.testing.assert_frame_equal(from_file[name], direct[name])
    assert to_frames(str(out))["articles"]["article"].tolist() == [str(p) for p in PAGES]


def test_seed_values_and_joins():
    frames = to_frames(seed_article())
    check_dtypes(frames)
    ev = frames["events"].iloc[0]
    assert ev["date"] == pd.Timestamp("2018-09-12") and pd.isna(ev["end_date"])
    assert ev["venue"] == "aula Kantor Bupati Siak" and ev["venue_region"] == "Kabupaten Siak"
    assert ev["rules"] == "date.dmy,event.bimtek,org.subject,region.alias,venue.di"
    off = frames["officials"]
    assert off["name"].tolist() == ["Nurmansyah", "Dahrius Husin"]
    assert off["honorifics"].isna().tolist() == [True, False] and off["honorifics"][1] == "H."
    part = frames["participants"]
    assert part["region"].tolist() == ["Kabupaten Siak", "Kabupaten Pelalawan", "Kota Pekanbaru"]
    assert part["count"].tolist() == [25, 10, 10] and part["total"].tolist() == [50, 50, 50]
    assert part["approximate"].tolist() == [False] * 3
    assert frames["awards"]["year"].tolist() == [2018]
    art = frames["articles"].iloc[0]
    assert (art["participants_total"], art["participants_unit"], art["n_spans"]) == (50, "orang", 22)
    joined = frames["events"].merge(frames["articles"][["article", "published"]], on="article")
    assert joined["published"].tolist() == [pd.Timestamp("2018-09-25")]
    per_region = part.groupby("region")["count"].sum()
    assert per_region["Kota Pekanbaru"] == 10 and per_region.dtype == pd.Int64Dtype()


def test_missing_values_are_na_and_empty_frames_keep_dtypes():
    a = Article(input="x.html", events=(Event(name="Rapat", end_date=dt.date(2024, 1, 2)),),
                participants=Participants(unit="peserta", approximate=True),
                awards=(Award(title="Adipura"),))
    frames = to_frames([a])
    check_dtypes(frames)
    ev = frames["events"].iloc[0]
    assert pd.isna(ev["date"]) and ev["end_date"] == pd.Timestamp("2024-01-02")
    assert ev["rules"] is pd.NA and ev["time"] is pd.NA
    part = frames["participants"]
    assert len(part) == 1 and part["total"][0] is pd.NA and part["count"][0] is pd.NA
    assert bool(part["approximate"][0]) is True
    assert frames["awards"]["year"][0] is pd.NA
    assert pd.isna(frames["articles"]["published"][0])
    empty = to_frames([])
    check_dtypes(empty)
    assert all(len(f) == 0 for f in empty.values())


def test_error_rows_and_keys():
    rows = [{"input": "bad.html", "error": {"type": "UndecodableInput", "message": "binary"}},
            Article(url="https://www.riau.go.id/s-1"), Article(site="riau.go.id", article_id="9"),
            Article(), Article(), Article(input="same.txt"), Article(input="same.txt")]
    arts = to_frames(rows)["articles"]
    assert arts["article"].tolist() == ["bad.html", "https://www.riau.go.id/s-1", "riau.go.id/9",
                                        "#3", "#4", "same.txt", "same.txt#6"]
    assert arts["error"][0] == "UndecodableInput: binary" and arts["error"][1:].isna().all()


def test_text_column_on_request():
    a = seed_article()
    assert "text" not in to_frames(a)["articles"]
    arts = to_frames(a, text=True)["articles"]
    assert arts["text"][0] == a.text and arts["text"].dtype == pd.StringDtype()


def test_bad_inputs(tmp_path):
    with pytest.raises(TypeError):
        to_frames([42])
    with pytest.raises(PsmExtractError, match="no such"):
        to_frames(tmp_path / "none.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"input": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(PsmExtractError, match="line 2"):
        to_frames(bad)


def test_without_pandas_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(PsmExtractError, match=r"pip install 'psm-extract\[pandas\]'"):
        to_frames([Article()])


def test_span_rows_name_their_record():
    text = "Juara I"
    a = Article(input="a", text=text, spans=(Span(0, 5, "Juara", "r0", "dateline"),),
                awards=(Award(title="Juara I", spans=(Span(0, 7, text, "r1", "title"),)),))
    spans = to_frames(a)["spans"]
    assert spans[["record", "field", "rule"]].values.tolist() == [
        ["page", "dateline", "r0"], ["awards", "title", "r1"]]
    assert spans["item"].isna().tolist() == [True, False]


def test_flat_rows_are_the_plain_rows_of_the_frames():
    a = seed_article()
    rows = flat_rows(a, "k", text=True)
    assert set(rows) == set(COLUMNS)
    frames = to_frames(a, text=True)
    for name, found in rows.items():
        assert len(found) == len(frames[name]), name
        for row in found:
            assert list(row) == list(COLUMNS[name]) + (["text"] if name == "articles" else [])
            assert row["article"] == "k"
            assert all(v is None or type(v) in (str, int, bool, dt.date) for v in row.values()), row
    assert rows["events"][0]["date"] == dt.date(2018, 9, 12)
    assert flat_rows(Article(input="x"), "x", error="E: m")["articles"][0]["error"] == "E: m"
    # frames.py (and the batch tables built on it) never import pandas themselves
    code = "import sys, psm_extract.frames, psm_extract.outputs; assert 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
