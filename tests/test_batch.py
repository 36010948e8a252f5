"""psm-extract batch: every input kind, every output format, resume after SIGKILL, Dask = local.

The archives are built here from the fixture pages (fixtures/pages/*.txt and *.html).
"""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract import batch, cli, errors
from psm_extract.errors import PsmExtractError
from psm_extract.inputs import Item, iter_items
from psm_extract.parse import decode
from psm_extract.frames import COLUMNS, flat_rows
from psm_extract.outputs import SCHEMAS, TABLES, Journal, repair, table_rows, write_tables
from psm_extract.records import Article, Award, Event, Official, Participants, RegionCount, Span

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
TXT = sorted(PAGES.glob("*.txt"))
HTML = sorted(PAGES.glob("*.html"))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
ERROR_TYPES = set(errors.__all__)  # the names of the package's exception tree


# -- archive builders ---------------------------------------------------------------------------

def make_tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def warc_record(writer, url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                kind: str = "response", status: str = "200 OK"):
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, kind, payload=io.BytesIO(body), http_headers=headers)


def make_warc(path: Path, pages: list[tuple[str, bytes]], *, garbage_after: int | None = None,
              truncated_tail: bool = False, extras: bool = False) -> Path:
    """A WARC (gzipped when the name ends in .gz); garbage bytes after record ``garbage_after``."""
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        if extras:  # records that are no pages: a warcinfo, an image, a redirect
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
            writer.write_record(warc_record(writer, "https://www.riau.go.id/logo.png", PNG, "image/png"))
            writer.write_record(warc_record(writer, "http://riau.go.id/", b"<html>Moved</html>",
                                            status="301 Moved Permanently"))
        for n, (url, body) in enumerate(pages):
            writer.write_record(warc_record(writer, url, body))
            if n == garbage_after:
                fh.write(b"this is no WARC record\r\n" * 20)
        if truncated_tail:  # a record cut off in the middle
            buf = io.BytesIO()
            tail = WARCWriter(buf, gzip=path.name.endswith(".gz"))
            tail.write_record(warc_record(tail, "https://www.riau.go.id/cut", HTML[0].read_bytes()))
            fh.write(buf.getvalue()[: len(buf.getvalue()) // 2])
    return path


def text_of(page: Path) -> str:
    return decode(page.read_bytes())


def url_of(page: Path) -> str:
    return f"https://www.riau.go.id/home/skpd/{page.stem}"


def rows_of(out: Path, name: str) -> list[dict]:
    path = out / name
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def all_keys(out: Path) -> Counter:
    """How often each input appears across the three journals."""
    return Counter(r["input"] for name in ("articles.jsonl", "errors.jsonl", "duplicates.jsonl")
                   for r in rows_of(out, name)
                   if name != "duplicates.jsonl" or not r.get("written"))


# -- inputs -------------------------------------------------------------------------------------

def test_folder_is_walked_recursively_with_glob(tmp_path: Path):
    (tmp_path / "in" / "2018" / "09").mkdir(parents=True)
    for page in TXT[:3]:
        (tmp_path / "in" / "2018" / "09" / page.name).write_bytes(page.read_bytes())
    (tmp_path / "in" / "notes.md").write_text("not a page")
    (tmp_path / "in" / "logo.png").write_bytes(PNG)
    summary = batch.run([tmp_path / "in"], out=tmp_path / "out", workers=1, progress=False)
    names = sorted(Path(r["input"]).name for r in rows_of(tmp_path / "out", "articles.jsonl"))
    assert names == sorted(p.name for p in TXT[:3])
    assert summary.pages == 3 and summary.records == 3 and not summary.errors
    only = batch.run([tmp_path / "in"], out=tmp_path / "out2", workers=1, progress=False,
                     globs=("*.png",))
    assert only.errors == {"UndecodableInput": 1} and only.records == 0


def test_tar_members_are_read_in_place_and_a_binary_member_is_an_error_row(tmp_path: Path):
    members = {f"pages/{p.name}": p.read_bytes() for p in TXT[:4]}
    members["pages/images/logo.png"] = PNG
    archive = make_tar(tmp_path / "pages.tar.gz", members)
    before = set(tmp_path.rglob("*"))
    rows = list(batch.iter_records([archive]))
    assert [r["input"] for r in rows] == [f"{archive}!{name}" for name in members]
    assert all(r.get("title") for r in rows[:4])
    assert rows[4]["stage"] == "read" and rows[4]["error"]["type"] == "UndecodableInput"
    assert set(tmp_path.rglob("*")) == before  # nothing unpacked


def test_zip_members_each_give_one_row(tmp_path: Path):
    members = {p.name: p.read_bytes() for p in HTML[:3]}
    members["empty.html"] = b"   \n"
    archive = make_zip(tmp_path / "pages.zip", members)
    rows = list(batch.iter_records(str(archive)))
    assert [r["input"] for r in rows] == [f"{archive}!{name}" for name in members]
    assert [r.get("title") is not None for r in rows] == [True, True, True, False]
    assert rows[3]["error"]["type"] == "EmptyInput"


def test_warc_keeps_urls_skips_non_pages_and_survives_a_malformed_record(tmp_path: Path):
    pages = [(url_of(p), p.read_bytes()) for p in HTML[:5]]
    for suffix in ("warc", "warc.gz"):
        path = make_warc(tmp_path / f"crawl.{suffix}", pages, garbage_after=1, truncated_tail=True,
                         extras=True)
        items = list(iter_items([path]))
        good = [i for i in items if i.error is None]
        bad = [i for i in items if i.error is not None]
        assert [i.url for i in good[:5]] == [u for u, _ in pages], suffix  # all 5, even after garbage
        assert all(re.fullmatch(re.escape(str(path)) + r"#offset=\d+", i.input) for i in items)
        assert len({i.input for i in items}) == len(items)
        assert len(bad) >= 1 and bad[0].error[0] == "MalformedArchive"
        assert len(good) == 5 + truncated_items(good)  # no image, no redirect, no warcinfo
        rows = list(batch.iter_records([path]))
        assert len(rows) == len(items)
        assert [r["url"] for r in rows if "error" not in r][:5] == [u for u, _ in pages]
        assert {r["stage"] for r in rows if "error" in r} >= {"read"}


def truncated_items(good: list[Item]) -> int:
    """The half-written last record, when the reader could still make an item of it."""
    return sum(1 for i in good if i.url == "https://www.riau.go.id/cut")


def test_http_charset_is_honoured_when_the_page_declares_none():
    src = re.sub(r"<meta[^>]*charset[^>]*>", "", (PAGES / "4412.b.html").read_text(encoding="utf-8"))
    src = src.replace("Bimtek PSM Di Kabupaten Siak", "Bimtek PSM Di Kabupaten Siak \u2013 Caf\u00e9")
    data = src.encode("cp1252", "xmlcharrefreplace")
    title = "Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak \u2013 Caf\u00e9"
    assert batch.process_item(Item("x", data=data, charset="iso-8859-1"))["title"] == title
    # the header decides (even a wrong one), unless the HTML itself declares a charset
    assert batch.process_item(Item("x", data=data, charset="koi8-r"))["title"].endswith("Caf\u0418")
    declared = data.replace(b"<head>", b'<head><meta charset="windows-1252">', 1)
    assert batch.process_item(Item("x", data=declared, charset="koi8-r"))["title"] == title


def test_json_lines_input(tmp_path: Path):
    path = tmp_path / "pages.jsonl"
    lines = [json.dumps({"url": url_of(p), "html": text_of(p)}) for p in HTML[:2]]
    lines += ["{not json", json.dumps({"url": "https://x"}), ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = list(batch.iter_records([path]))
    assert [r["input"] for r in rows] == [f"{path}#line={n}" for n in (1, 2, 3, 4)]
    assert [r.get("url") for r in rows[:2]] == [url_of(p) for p in HTML[:2]]
    assert [r["error"]["type"] for r in rows[2:]] == ["MalformedArchive", "InputError"]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["x.warc", "x.warc.gz", "x.tar", "x.tar.gz",
                                                  "x.zip", "x.jsonl"]))
def test_any_bytes_as_an_archive_give_items_never_an_exception(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    items = list(iter_items([path]))
    assert all(isinstance(i, Item) and i.input.startswith(str(path)) for i in items)


@pytest.fixture(scope="module")
def good_archives(tmp_path_factory) -> dict[str, bytes]:
    where = tmp_path_factory.mktemp("good")
    pages = {p.name: p.read_bytes()[:3000] for p in HTML[:3]}
    records = [(url_of(HTML[0]), body) for body in pages.values()]
    return {
        "x.tar.gz": make_tar(where / "x.tar.gz", pages).read_bytes(),
        "x.zip": make_zip(where / "x.zip", pages).read_bytes(),
        "x.warc.gz": make_warc(where / "x.warc.gz", records).read_bytes(),
        "x.warc": make_warc(where / "x.warc", records).read_bytes(),
    }


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(["x.tar.gz", "x.zip", "x.warc.gz", "x.warc"]), cut=st.floats(0, 1),
       flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=4))
def test_damaged_archives_give_items_never_an_exception(tmp_path_factory, good_archives, name, cut,
                                                        flips):
    data = bytearray(good_archives[name])
    for where, byte in flips:
        data[int(where * (len(data) - 1))] = byte
    path = tmp_path_factory.mktemp("damaged") / name
    path.write_bytes(bytes(data[: max(1, int(cut * len(data)))]))
    items = list(iter_items([path]))
    assert all(i.input.startswith(str(path)) for i in items)
    assert len({i.input for i in items}) == len(items)
    rows = [batch.process_item(i) for i in items]
    assert all(("error" in r) != ("title" in r) for r in rows)
    assert {r["error"]["type"] for r in rows if "error" in r} <= ERROR_TYPES  # the package's own


def test_a_record_the_warc_reader_chokes_on_is_a_typed_error_row_at_its_offset():
    # a WARC of three fixture pages whose third record's WARC-Target-URI header is garbled ("WiRC-Target-URI"), which makes
    # warcio raise AttributeError ('NoneType' object has no attribute 'startswith')
    path = ROOT / "fixtures" / "archives" / "damaged-record.warc"
    rows = list(batch.iter_records([path]))
    errors = [r for r in rows if "error" in r]
    assert len(rows) == 3 and [r["url"] for r in rows[:2]] == [
        "https://www.riau.go.id/home/skpd/2579.a", "https://www.riau.go.id/home/skpd/2579.b"]
    assert [(r["input"], r["stage"], r["error"]["type"]) for r in errors] == [
        (f"{path}#offset=44179", "read", "MalformedArchive")]
    assert "offset 44179" in errors[0]["error"]["message"] and "AttributeError" in errors[0]["error"]["message"]


def test_garbage_inside_a_warc_loses_only_the_damaged_record(tmp_path: Path):
    pages = [(url_of(p), p.read_bytes()) for p in HTML[:4]]
    path = make_warc(tmp_path / "c.warc.gz", pages)
    raw = path.read_bytes()
    offsets = [int(i.input.split("=")[1]) for i in iter_items([path])]
    damaged = raw[: offsets[2] + 40] + b"\x00garbage\x00" * 5 + raw[offsets[2] + 40:]
    path.write_bytes(damaged)
    items = list(iter_items([path]))
    assert [i.url for i in items if i.error is None] == [pages[0][0], pages[1][0], pages[3][0]]
    assert [i.input for i in items if i.error] == [f"{path}#offset={offsets[2]}"]


# -- outputs ------------------------------------------------------------------------------------

def synthetic_record() -> dict:
    article = Article(
        input="a.tar!1.html", article_id="4412", site="riau.go.id", title="Dinsos Riau Taja Bimtek PSM",
        published=dt.date(2018, 9, 25), text="Bimtek PSM di Siak",
        events=(Event(name="Bimtek PSM", date=dt.date(2018, 9, 12),
                      spans=(Span(0, 10, "Bimtek PSM", "event.bimtek", "name"),)),
                Event(name="Rakor PSM")),
        officials=(Official(name="Dahrius Husin", honorifics=("H.", "M.Si"),
                            position="Kepala Dinas Sosial Provinsi Riau"),),
        participants=Participants(total=60, unit="orang", by_region=(
            RegionCount(region="Kabupaten Siak", count=25, code="14.08"),
            RegionCount(region="Kota Pekanbaru", count=35, code="14.71"))),
        awards=(Award(recipient="Vinora Nongsih", title="PSM berprestasi", year=2018),))
    return article.to_dict()


def read_csv_tables(out: Path) -> dict:
    """The CSV tables read back with pandas, in the dtypes of frames.COLUMNS."""
    pd = pytest.importorskip("pandas")
    frames = {}
    for table, columns in COLUMNS.items():
        dates = [c for c, dtype in columns.items() if dtype == "datetime64[ns]"]
        frame = pd.read_csv(out / f"{table}.csv", keep_default_na=False, na_values=[""],
                            dtype={c: dtype for c, dtype in columns.items() if c not in dates})
        for col in dates:
            frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d").astype("datetime64[ns]")
        frames[table] = frame
    return frames


def test_table_rows_are_the_rows_of_to_frames():
    record = synthetic_record()
    rows = table_rows(record)
    assert set(rows) == set(TABLES) == set(COLUMNS) and "spans" in TABLES
    assert rows == flat_rows(Article.from_dict(record), "a.tar!1.html")
    art = rows["articles"][0]
    assert (art["n_events"], art["participants_total"], art["published"]) == (2, 60, dt.date(2018, 9, 25))
    assert [(r["event"], r["name"], r["date"]) for r in rows["events"]] == [
        (0, "Bimtek PSM", dt.date(2018, 9, 12)), (1, "Rakor PSM", None)]
    assert rows["officials"][0]["honorifics"] == "H., M.Si"
    assert [(r["region"], r["count"], r["total"]) for r in rows["participants"]] == [
        ("Kabupaten Siak", 25, 60), ("Kota Pekanbaru", 35, 60)]
    assert [(r["record"], r["item"], r["field"], r["rule"]) for r in rows["spans"]] == [
        ("events", 0, "name", "event.bimtek")]
    for table, table_rows_ in rows.items():
        for row in table_rows_:
            assert list(row) == list(COLUMNS[table]) == list(SCHEMAS[table])
            assert row["article"] == "a.tar!1.html"


def test_csv_tables(tmp_path: Path):
    (tmp_path / "out").mkdir()
    records = [synthetic_record()] + [dict(synthetic_record(), input=f"k{n}") for n in range(2)]
    Journal(tmp_path / "out" / "articles.jsonl").write(records)
    write_tables(tmp_path / "out", ["csv"])
    read = {t: list(csv.DictReader(open(tmp_path / "out" / f"{t}.csv", encoding="utf-8"))) for t in TABLES}
    assert [len(read[t]) for t in TABLES] == [3, 6, 3, 6, 3, 3]
    assert [list(read[t][0]) for t in TABLES] == [list(COLUMNS[t]) for t in TABLES]
    assert read["participants"][1] == {"article": "a.tar!1.html", "total": "60", "unit": "orang",
                                       "approximate": "False", "origin": "", "region": "Kota Pekanbaru",
                                       "region_code": "14.71", "count": "35", "rules": ""}
    assert read["articles"][0]["published"] == "2018-09-25" and read["events"][0]["date"] == "2018-09-12"
    assert [r["article"] for r in read["articles"]] == ["a.tar!1.html", "k0", "k1"]
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_csv_and_parquet_tables_are_the_frames_of_to_frames(tmp_path: Path):
    pd = pytest.importorskip("pandas")
    from psm_extract.core import extract
    from psm_extract.frames import to_frames

    records = [dict(extract(p).to_dict(), input=str(p)) for p in TXT] + [synthetic_record()]
    Journal(tmp_path / "articles.jsonl").write(records)
    write_tables(tmp_path, ["csv", "parquet"] if _has_parquet() else ["csv"])
    frames = to_frames(records)
    assert len(frames["spans"]) > 100 and frames["participants"]["approximate"].notna().any()
    from_csv = read_csv_tables(tmp_path)
    for table in TABLES:
        assert list(from_csv[table].columns) == list(frames[table].columns), table
        pd.testing.assert_frame_equal(from_csv[table], frames[table], obj=table)
    if _has_parquet():
        import pyarrow.parquet as pq

        for table, columns in COLUMNS.items():
            from_parquet = pq.read_table(tmp_path / f"{table}.parquet")
            assert [str(t) for t in from_parquet.schema.types] == [
                {"string": "string", "Int64": "int64", "boolean": "bool",
                 "datetime64[ns]": "date32[day]"}[dtype] for dtype in columns.values()], table
            pd.testing.assert_frame_equal(from_parquet.to_pandas().astype(columns), frames[table],
                                          obj=table)


def _has_parquet() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def test_batch_writes_every_format(tmp_path: Path):
    pa = pytest.importorskip("pyarrow.parquet")
    tar = make_tar(tmp_path / "p.tar", {p.name: p.read_bytes() for p in TXT[:3]} | {"x.png": PNG}, "w")
    summary = batch.run([tar], out=tmp_path / "out", workers=1, formats=("jsonl", "csv", "parquet"),
                        progress=False)
    out = tmp_path / "out"
    assert summary.records == 3 and summary.errors == {"UndecodableInput": 1}
    articles = rows_of(out, "articles.jsonl")
    errors = rows_of(out, "errors.jsonl")
    assert [r["input"] for r in articles] == [f"{tar}!{p.name}" for p in TXT[:3]]
    assert errors == [{"input": f"{tar}!x.png", "stage": "read",
                       "error": {"type": "UndecodableInput", "message": errors[0]["error"]["message"]}}]
    for table in TABLES:
        from_csv = list(csv.DictReader(open(out / f"{table}.csv", encoding="utf-8")))
        from_parquet = pa.read_table(out / f"{table}.parquet")
        assert from_parquet.column_names == list(COLUMNS[table])
        assert from_parquet.num_rows == len(from_csv)
    assert [r["article"] for r in csv.DictReader(open(out / "articles.csv", encoding="utf-8"))] == \
        [r["input"] for r in articles]
    assert json.loads((out / "summary.json").read_text())["records"] == 3


def test_parquet_dates_are_dates(tmp_path: Path):
    pa = pytest.importorskip("pyarrow.parquet")
    batch.run([TXT[0]], out=tmp_path, workers=1, formats=("parquet",), progress=False)
    table = pa.read_table(tmp_path / "articles.parquet").to_pylist()
    record = rows_of(tmp_path, "articles.jsonl")[0]
    assert table[0]["published"].isoformat() == record["published"]


def test_repair_cuts_only_a_torn_last_line(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"input": "a"}\n{"input": "b"}\n{"input": "c", "ti')
    assert repair(path) == len(b'{"input": "c", "ti')
    assert path.read_bytes() == b'{"input": "a"}\n{"input": "b"}\n'
    assert repair(path) == 0
    path.write_bytes(b'{"input": "half')
    assert repair(path) > 0 and path.read_bytes() == b""


def test_existing_results_need_resume_or_overwrite(tmp_path: Path):
    batch.run([TXT[0]], out=tmp_path, workers=1, progress=False)
    with pytest.raises(PsmExtractError, match="--resume"):
        batch.run([TXT[0]], out=tmp_path, workers=1, progress=False)
    again = batch.run([TXT[0], TXT[1]], out=tmp_path, workers=1, resume=True, progress=False)
    assert (again.skipped, again.pages) == (1, 1)
    fresh = batch.run([TXT[1]], out=tmp_path, workers=1, overwrite=True, progress=False)
    assert fresh.pages == 1 and [r["input"] for r in rows_of(tmp_path, "articles.jsonl")] == [str(TXT[1])]


def test_dedupe_writes_an_article_once_and_reports_the_rest(tmp_path: Path):
    pages = TXT + HTML  # the .txt and .html copies of each article
    summary = batch.run(pages, out=tmp_path / "d", workers=1, dedupe=True, progress=False)
    articles = rows_of(tmp_path / "d", "articles.jsonl")
    dups = rows_of(tmp_path / "d", "duplicates.jsonl")
    ids = Counter((r["site"], r["article_id"]) for r in articles if r.get("article_id") and r.get("site"))
    assert max(ids.values()) == 1
    assert len(articles) + len(dups) + sum(summary.errors.values()) == len(pages)
    assert all(d["written"] is False and d["by"] in ("article_id+site", "content hash") for d in dups)
    assert summary.duplicates == len(dups) >= len(HTML)
    assert all_keys(tmp_path / "d") == Counter(str(p) for p in pages)
    plain = batch.run(pages, out=tmp_path / "p", workers=1, progress=False)  # reported, all written
    assert plain.duplicates == summary.duplicates and plain.records == len(pages)


# -- nothing lost --------------------------------------------------------------------------------

def expected_keys(inputs: list[Path]) -> set[str]:
    return {item.input for item in iter_items(inputs)}


def build_corpus(tmp_path: Path, copies: int) -> list[Path]:
    """``copies`` pages: half as files in a folder, half in a WARC.gz with a malformed record."""
    folder = tmp_path / "pages"
    folder.mkdir()
    sources = TXT + HTML
    for n in range(copies // 2):
        page = sources[n % len(sources)]
        (folder / f"{n:05d}-{page.name}").write_bytes(page.read_bytes())
    warc_pages = [(f"{url_of(p)}?copy={n}", p.read_bytes())
                  for n, p in enumerate(HTML[i % len(HTML)] for i in range(copies - copies // 2))]
    warc = make_warc(tmp_path / "crawl.warc.gz", warc_pages, garbage_after=7)
    return [folder, warc]


def test_workers_give_the_same_rows_as_one_process(tmp_path: Path):
    inputs = build_corpus(tmp_path, 40)
    one = list(batch.iter_records(inputs, workers=1))
    two = list(batch.iter_records(inputs, workers=2))
    assert two == one and len(one) == len(expected_keys(inputs)) == 41  # 40 pages + 1 bad record


def crashing_work(batch: list[Item]) -> list[dict]:
    """Stands in for the worker's task: the page named "crash" kills its process."""
    if any(item.input == "crash" for item in batch):
        os._exit(3)
    return [{"input": item.input} for item in batch]


def test_a_page_that_kills_its_worker_is_reported_and_nothing_else_is_lost():
    items = [Item(f"p{n}") for n in range(30)] + [Item("crash")] + [Item(f"q{n}") for n in range(30)]
    rows = list(batch._pool_rows(iter(items), 2, batch.Options(), work=crashing_work))
    assert [r["input"] for r in rows] == [i.input for i in items]
    assert [r for r in rows if "error" in r] == [
        {"input": "crash", "stage": "extract", "error": {"type": "WorkerCrashed",
                                                         "message": rows[30]["error"]["message"]}}]


def live_members(group: int) -> list[int]:
    """Processes of a process group that are still running (zombies do not count)."""
    if not Path("/proc").is_dir():
        try:
            os.killpg(group, 0)
            return [group]
        except ProcessLookupError:
            return []
    alive = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()  # state, ppid, pgrp, ...
        if entry.name.isdigit() and int(fields[2]) == group and fields[0] != "Z":
            alive.append(int(entry.name))
    return alive


def workers_gone(group: int, wait: float = 15.0) -> bool:
    """True once nothing of the killed run is left running (else kill what is left, False)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if not live_members(group):
            return True
        time.sleep(0.1)
    os.killpg(group, signal.SIGKILL)
    return False


def test_resume_after_sigkill_gives_every_item_exactly_once(tmp_path: Path):
    inputs = build_corpus(tmp_path, 400)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "psm_extract.cli", "batch", *map(str, inputs), "--out", str(out),
           "--workers", "2", "--no-progress", "--format", "jsonl,csv"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, start_new_session=True)
    journal = out / "articles.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.stat().st_size > 0:
            break
        time.sleep(0.01)
    proc.kill()  # SIGKILL to the main process, mid-way
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert workers_gone(proc.pid), "worker processes outlived the killed run"
    written = len(journal.read_bytes().splitlines())
    expected = expected_keys(inputs)
    assert 0 < written < len(expected)
    with open(journal, "ab") as fh:  # as if the kill had come in the middle of a write
        fh.write(b'{"input": "torn lin')
    resumed = subprocess.run(cmd + ["--resume"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert resumed.returncode in (0, 1), resumed.stderr
    counts = all_keys(out)
    assert set(counts) == expected and set(counts.values()) == {1}
    assert "skipped" in resumed.stderr
    assert len(list(csv.DictReader(open(out / "articles.csv", encoding="utf-8")))) == \
        len(rows_of(out, "articles.jsonl"))


# -- safety ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["tar", "zip"])
def test_member_names_never_become_paths(tmp_path: Path, kind: str):
    page = HTML[0].read_bytes()
    members = {"../../evil.html": page, "/tmp/abs-evil.html": page, "ok/../../../evil2.html": page}
    inner = tmp_path / "deep" / "in"
    inner.mkdir(parents=True)
    archive = (make_tar if kind == "tar" else make_zip)(inner / f"evil.{kind}", members)
    out = tmp_path / "deep" / "out"
    before = {p for p in tmp_path.rglob("*")}
    summary = batch.run([archive], out=out, workers=1, formats=("jsonl", "csv"), progress=False)
    assert summary.records == 3
    assert [r["input"] for r in rows_of(out, "articles.jsonl")] == [f"{archive}!{m}" for m in members]
    created = {p for p in tmp_path.rglob("*")} - before
    assert all(out in p.parents or p == out for p in created)
    assert not Path("/tmp/abs-evil.html").exists()
    assert not list(tmp_path.rglob("evil*.html"))


def test_out_folder_inside_an_input_folder_is_not_read(tmp_path: Path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / TXT[0].name).write_bytes(TXT[0].read_bytes())
    batch.run([tmp_path / "pages"], out=tmp_path / "pages" / "records", workers=1, progress=False)
    again = batch.run([tmp_path / "pages"], out=tmp_path / "pages" / "records", workers=1,
                      resume=True, progress=False)
    assert (again.pages, again.skipped) == (0, 1)


# -- engines and entry points ---------------------------------------------------------------------

def test_process_item_accepts_a_mapping_and_never_raises():
    row = batch.process_item({"url": "https://www.riau.go.id/x", "html": text_of(HTML[0]),
                              "input": "spark:0"})
    assert row["input"] == "spark:0" and row["url"] == "https://www.riau.go.id/x" and row["title"]
    assert batch.process_item({"input": "png", "html": PNG})["error"]["type"] == "UndecodableInput"
    assert batch.process_item(Item("gone", path="/no/such/page.html"))["error"]["type"] == "InputNotFound"
    listing = "<html><body><ul><li>a</li></ul></body></html>"
    not_article = batch.process_item({"input": "list", "html": listing})
    assert (not_article["stage"], not_article["error"]["type"]) == ("extract", "NotAnArticle")


def test_process_sources_is_the_local_engine_per_partition(tmp_path: Path):
    inputs = build_corpus(tmp_path, 20)
    files = sorted(str(p) for p in (tmp_path / "pages").iterdir()) + [str(inputs[1])]
    local = list(batch.iter_records(inputs))
    parts = batch.process_sources(files[:5]) + batch.process_sources(files[5:], skip={files[6]})
    assert sorted(r["input"] for r in parts) == sorted(r["input"] for r in local if r["input"] != files[6])


def test_dask_engine_without_dask_says_what_to_install(tmp_path: Path, monkeypatch):
    import sys

    for module in ("dask", "dask.bag", "distributed"):  # as on a machine without the extra
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(PsmExtractError, match=r"pip install 'psm-extract\[dask\]'"):
        batch.run([TXT[0]], out=tmp_path / "out", engine="dask", progress=False)
    assert not (tmp_path / "out").exists()  # said before anything is written


def test_dask_local_cluster_gives_the_local_engines_records(tmp_path: Path):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    inputs = build_corpus(tmp_path, 30)
    batch.run(inputs, out=tmp_path / "local", workers=1, progress=False)
    batch.run(inputs, out=tmp_path / "dask", workers=2, engine="dask", progress=False)
    for name in ("articles.jsonl", "errors.jsonl", "duplicates.jsonl"):
        if name == "duplicates.jsonl":  # which copy comes first depends on completion order
            assert len(rows_of(tmp_path / "dask", name)) == len(rows_of(tmp_path / "local", name))
            continue
        key = lambda r: r["input"]  # noqa: E731
        assert sorted(rows_of(tmp_path / "dask", name), key=key) == \
            sorted(rows_of(tmp_path / "local", name), key=key)


def test_cli_batch_command(tmp_path: Path, capsys):
    tar = make_tar(tmp_path / "p.tar.gz", {"a.txt": TXT[0].read_bytes(), "b.png": PNG})
    args = cli.parse_args(["batch", str(tar), "--out", str(tmp_path / "out"), "--workers", "1",
                           "--format", "csv", "--no-progress"])
    assert cli.process_args(args) == 1  # one error row
    err = capsys.readouterr().err
    assert "2 pages read, 1 records, 1 errors (UndecodableInput 1)" in err and "pages/s" in err
    assert (tmp_path / "out" / "events.csv").exists()
    assert cli.process_args(args) == 2  # results there, neither --resume nor --overwrite
    assert cli.main(["batch", "--help"]) == 0


def test_plain_progress_lines_when_not_a_terminal(capsys):
    progress = batch._Progress(None, None, every=0)
    progress.update(batch.Summary(pages=1, records=1))
    assert progress.bar is None
    assert "psm-extract batch: 1 pages, 1 records, 0 errors" in capsys.readouterr().err


def test_gzip_jsonl_and_a_missing_input(tmp_path: Path):
    path = tmp_path / "p.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"url": "u", "html": text_of(HTML[0])}) + "\n")
    rows = list(batch.iter_records([path, tmp_path / "gone.warc.gz"]))
    assert rows[0]["url"] == "u" and rows[1]["error"]["type"] == "InputNotFound"


def test_members_over_the_size_limit_are_refused_unread(tmp_path: Path):
    pages = {p.name: p.read_bytes() for p in TXT[:2]}
    small = min(len(b) for b in pages.values())
    for archive in (make_tar(tmp_path / "p.tar", pages, "w"), make_zip(tmp_path / "p.zip", pages)):
        items = list(iter_items([archive], max_bytes=small - 1))
        assert [i.error[0] for i in items] == ["InputTooLarge", "InputTooLarge"]
        assert [i.data for i in items] == [None, None]
