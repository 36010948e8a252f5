"""people(): one person under every spelling across articles, and who held which office when."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from psm_extract import PsmExtractError, cli, extract
from psm_extract.people import name_key, normalise_office, offices, people, people_dask

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
D = dt.date


def page(text: str, input: str) -> dict:
    """A record as ``psm-extract --format jsonl`` writes it, extracted from a real sentence."""
    return extract(text, input=input).to_dict()


def gold_records() -> list[dict]:
    rows = []
    for path in sorted((FIXTURES / "gold").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        row["input"] = f"gold/{path.name}"
        rows.append(row)
    return rows


def persons_by_name(persons) -> dict[str, list]:
    out: dict[str, list] = {}
    for p in persons:
        out.setdefault(p.name, []).append(p)
    return out


@pytest.mark.parametrize("name, key", [
    ("Syamsuar", ("syamsuar",)),
    ("H. Syamsuar, M.Si", ("syamsuar",)),
    ("Syamsuar, M. Si", ("syamsuar",)),
    ("Drs. H. Syarifuddin AR, M.Si", ("syarifudin", "#ar")),
    ("M. Job Kurniawan", ("#m", "job", "kurniawan")),
    ("Umar HM", ("umar", "#hm")),
    ("M. Safa’at", ("#m", "safat")),
    ("Moh. Yusuf", ("muhamad", "yusuf")),
    ("Mohammad Yusuf", ("muhamad", "yusuf")),
    ("Soeharto", ("suharto",)),
    ("Djoko Santoso", ("joko", "santoso")),
])
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("position, office", [
    ("Kadis Sosial Riau", "Kepala Dinas Sosial Provinsi Riau"),
    ("Kepala Dinas Sosial Provinsi Riau", "Kepala Dinas Sosial Provinsi Riau"),
    ("Gubri", "Gubernur Riau"),
    ("Plt Gubri", "Pelaksana Tugas Gubernur Riau"),
    ("Bupati Kab. Siak", "Bupati Siak"),
    ("Walikota Pekanbaru", "Wali Kota Pekanbaru"),
    ("Sekda Kampar", "Sekretaris Daerah Kabupaten Kampar"),
    ("Kepala Dinas Pemberdayaan Masyarakat dan Desa (PMD) Kabupaten Bengkalis",
     "Kepala Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Bengkalis"),
    ("Camat Siak Hulu", "Camat Siak Hulu"),  # a kecamatan, not the kabupaten Siak
])
def test_normalise_office(position, office):
    assert normalise_office(position) == office


SYAMSUAR = [
    "PEKANBARU - Gubri Syamsuar membuka Rapat Koordinasi di Gedung Daerah, Senin (12/3/2019). "
    "Rapat dihadiri 120 peserta dari seluruh kabupaten.",
    "PEKANBARU - Gubernur Riau H. Syamsuar menghadiri peringatan Hari Jadi di Balai Serindit, "
    "Rabu (20/3/2019). Acara dihadiri ratusan undangan.",
    "SIAK - Bupati Siak Syamsuar, M.Si meresmikan Masjid Raya di Siak, Kamis (9/10/2014). "
    "Peresmian dihadiri ribuan warga.",
]


@pytest.mark.parametrize("texts", [SYAMSUAR, SYAMSUAR[:2], SYAMSUAR[::-1]])
def test_variants_of_one_name_are_one_person(texts):
    records = [page(t, f"p{i}.txt") for i, t in enumerate(texts)]
    (person,) = people(records)
    assert person.name == "Syamsuar" and person.id == "syamsuar"
    seen = {t.office: (t.first_seen, t.last_seen) for t in person.offices}
    assert seen["Gubernur Riau"] == (D(2019, 3, 12), D(2019, 3, 20))
    assert ("Bupati Siak" in seen) == (len(texts) == 3)
    assert sum(len(t.articles) for t in person.offices) == len(texts)
    for term in person.offices:  # every appearance says where, and its spans say so
        for a, record in ((a, next(r for r in records if r["input"] == a.input)) for a in term.articles):
            assert a.spans and all(record["text"][s.start:s.end] == s.text for s in a.spans)


@pytest.mark.parametrize("first, second", [
    ("Kadis Sosial Riau Arsyadjuliandi meninjau panti di Pekanbaru, Senin (4/3/2019).",
     "Kepala Dinas Sosial Provinsi Riau Arsyajuliandi membuka Bimtek di Pekanbaru, Selasa (12/3/2019)."),
    ("Kepala Dinas Sosial Provinsi Riau Arsyajuliandi membuka Bimtek di Pekanbaru, Selasa (12/3/2019).",
     "Kadis Sosial Riau Arsyadjuliandi meninjau panti di Pekanbaru, Senin (4/3/2019)."),
])
def test_misspelt_name_is_one_person(first, second):
    records = [page("PEKANBARU - " + t, f"p{i}.txt") for i, t in enumerate((first, second))]
    (person,) = people(records)
    assert person.variants == ("Arsyadjuliandi", "Arsyajuliandi")
    (term,) = person.offices
    assert term.office == "Kepala Dinas Sosial Provinsi Riau"
    assert (term.first_seen, term.last_seen) == (D(2019, 3, 4), D(2019, 3, 12))


def official(name: str, position: str | None, date: str | None, input: str, **more) -> dict:
    return {"input": input, "url": f"https://example.go.id/{input}", "published": date,
            "events": [], "officials": [{"name": name, "honorifics": [], "position": position, **more}]}


@pytest.mark.parametrize("a, b, same", [
    # same common name, two exclusive offices in the same week: two people
    (("Yusri", "Sekda Kampar", "2020-10-06"), ("Yusri", "Camat Tambang", "2020-10-08"), False),
    (("Yusri", "Kepala Dinas Kesehatan Kabupaten Kampar", "2020-10-06"),
     ("Yusri", "Kepala Bidang Rehabilitasi Sosial Dinas Sosial Provinsi Riau", "2020-10-30"), False),
    (("Hermansyah", "Bupati Rokan Hulu", "2019-01-02"), ("Hermansyah", "Camat Tambang", "2019-01-02"), False),
    # ... but the same office, one written shorter: one person
    (("Yusri", "Sekda Kampar", "2020-10-06"), ("Yusri", "Sekretaris Daerah", "2020-10-08"), True),
    # ... an exclusive post and a post held beside it: one person
    (("Yusri", "Sekda Kampar", "2020-10-06"), ("Yusri", "Ketua KONI Kabupaten Kampar", "2020-10-08"), True),
    # ... two posts years apart: a career, one person
    (("Syamsuar", "Bupati Siak", "2014-10-08"), ("Syamsuar", "Gubernur Riau", "2021-09-21"), True),
])
def test_common_name_in_incompatible_offices_stays_apart(a, b, same):
    records = [official(*a, input="a.txt"), official(*b, input="b.txt")]
    found = people(records)
    assert len(found) == (1 if same else 2)
    if not same:
        assert sorted(p.id for p in found) == [_slug(a[0]), f"{_slug(a[0])}-2"]


def _slug(name: str) -> str:
    return name.lower()


def test_two_officials_of_one_record_stay_two():
    record = {"input": "one.txt", "published": "2021-02-05", "officials": [
        {"name": "Catur Sugeng Susanto", "position": "Bupati Kampar"},
        {"name": "Catur", "position": "Bupati Kampar"}]}
    assert len(people([record])) == 2


@pytest.mark.parametrize("short, position, joins", [
    ("Catur", "Bupati Kampar", "Catur Sugeng Susanto"),  # one word, same office: the Bupati
    ("Catur", "Ketua TP-PKK Kabupaten Kampar", "Muslimawati Catur"),
    ("Catur", "Kepala Dinas UMKM Kabupaten Kampar", None),  # no one of that office: alone
    ("Job Kurniawan", "Asisten II Setdaprov Riau", "M. Job Kurniawan"),  # same office, written short
    ("Job Kurniawan", "Kepala Dinas Sosial Provinsi Riau", None),  # another office: not enough
    ("Kurniawan", None, "M. Job Kurniawan"),  # no office at all: the one fuller Kurniawan
    ("M. Job Kurniawan", "Asisten II Sekretariat Daerah Provinsi Riau", "M. Job Kurniawan"),
    ("Ahmadsyah", "Asisten Pemerintahan dan Kesejahteraan Rakyat Setdaprov Riau", "Ahmad Syah Harofie"),
])
def test_shorter_name_joins_the_one_fuller_person(short, position, joins):
    records = [
        official("Catur Sugeng Susanto", "Bupati Kampar", "2020-10-06", "k1.txt"),
        official("Muslimawati Catur", "Ketua TP-PKK Kabupaten Kampar", "2021-02-05", "k2.txt"),
        official("M. Job Kurniawan", "Asisten II Sekretariat Daerah Provinsi Riau", "2023-08-19", "r1.txt"),
        official("Ahmad Syah Harofie", "Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah "
                 "Provinsi Riau", "2018-02-28", "r2.txt"),
        official(short, position, "2021-06-01", "new.txt"),
    ]
    found = people(records)
    holder = next(p for p in found if any(a.input == "new.txt" for t in p.offices for a in t.articles))
    if joins is None:
        assert holder.variants == (short,) and len(found) == 5
    else:
        assert holder.name == joins and len(found) == 4


def test_gold_records_link_across_pages_and_offices_read_back():
    found = people(gold_records())
    by_name = persons_by_name(found)
    (dahrius,) = by_name["Dahrius Husin"]
    (term,) = dahrius.offices
    assert term.office == "Kepala Dinas Sosial Provinsi Riau" and len(term.articles) == 3
    assert (term.first_seen, term.last_seen) == (D(2018, 9, 12), D(2018, 12, 6))
    (syamsuar,) = by_name["Syamsuar"]
    assert [t.office for t in syamsuar.offices] == ["Bupati Siak", "Gubernur Riau"]
    assert len(by_name["Catur Sugeng Susanto"]) == 1 and len(by_name["Muslimawati Catur"]) == 1
    office = {o.office: o for o in offices(found)}["Kepala Dinas Sosial Provinsi Riau"]
    assert [(h.name, h.first_seen) for h in office.holders] == [
        ("Syarifuddin AR", D(2017, 1, 31)), ("Dahrius Husin", D(2018, 9, 12))]
    assert not office.flagged


def test_two_holders_of_one_office_at_once_are_flagged():
    records = [official("Amril Mukminin", "Bupati Bengkalis", "2018-02-28", "a.txt"),
               official("Amril Mukminin", "Bupati Bengkalis", "2018-06-01", "b.txt"),
               official("Kasmarni", "Bupati Bengkalis", "2018-04-02", "c.txt"),
               official("Fairus", "Anggota DPRD Provinsi Riau", "2018-04-02", "d.txt"),
               official("Eva Yuliana", "Anggota DPRD Provinsi Riau", "2018-04-02", "e.txt")]
    found = {o.office: o for o in offices(records)}
    bupati = found["Bupati Bengkalis"]
    assert bupati.flagged and [h.overlaps for h in bupati.holders] == [("kasmarni",), ("amril-mukminin",)]
    assert not found["Anggota DPRD Provinsi Riau"].flagged  # many members at once


def test_reads_json_lines_of_the_command_line(tmp_path: Path):
    out = io.StringIO()
    pages = [str(FIXTURES / "pages" / f"{n}.txt") for n in ("4410", "4412", "4790")]
    assert cli.process_args(cli.parse_args(["--format", "jsonl", *pages]), out=out) == 0
    path = tmp_path / "records.jsonl"
    path.write_text(out.getvalue(), encoding="utf-8")
    from_file = people([str(path)])
    assert from_file == people([json.loads(line) for line in out.getvalue().splitlines()])
    (dahrius,) = [p for p in from_file if p.name == "Dahrius Husin"]
    assert [len(t.articles) for t in dahrius.offices] == [3]


def test_bad_input_raises_package_errors(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"officials": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(PsmExtractError, match="line 2"):
        people([str(bad)])
    with pytest.raises(PsmExtractError):
        people([str(tmp_path / "missing.jsonl")])
    with pytest.raises(PsmExtractError):
        people([42])


def run_cli(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return cli.process_args(cli.parse_args(argv), out=out), out.getvalue()


def test_command_line(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_records()), encoding="utf-8")
    code, out = run_cli(["people", str(path)])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == len(people(gold_records()))
    dahrius = next(r for r in rows if r["id"] == "dahrius-husin")
    assert dahrius["offices"][0]["first_seen"] == "2018-09-12" and len(dahrius["offices"][0]["articles"]) == 3
    code, out = run_cli(["people", str(path), "--by", "office", "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [r["name"] for r in table if r["position"] == "Kepala Dinas Sosial Provinsi Riau"] == [
        "Syarifuddin AR", "Dahrius Husin"]
    code, _ = run_cli(["people", str(tmp_path / "missing.jsonl")])
    assert code == 2


def test_command_line_parquet(tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_records()), encoding="utf-8")
    code, _ = run_cli(["people", str(path), "--format", "parquet", "--out", str(tmp_path / "p.parquet")])
    table = pq.read_table(tmp_path / "p.parquet").to_pylist()
    assert code == 0 and {r["person_id"] for r in table} == {p.id for p in people(gold_records())}


def test_dask_gives_the_same_persons(tmp_path: Path):
    pytest.importorskip("dask.bag")
    records = gold_records() + [page(t, f"s{i}.txt") for i, t in enumerate(SYAMSUAR)]
    paths = []
    for n in range(3):  # three files, several partitions each
        path = tmp_path / f"part{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records[n::3]), encoding="utf-8")
        paths.append(str(path))
    assert people_dask(paths, blocksize=2_000, scheduler="sync") == people(paths)


def test_hand_checked_mentions_score_above_the_floors():
    import importlib.util

    path = FIXTURES.parent / "benchmarks" / "people_accuracy.py"
    spec = importlib.util.spec_from_file_location("people_accuracy", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = bench.read_mentions()
    assert len(rows) >= 300 and len({r["mention"] for r in rows}) == len(rows)  # ids unique
    assert all(r["person"] for r in rows)
    for result in (bench.score_gold(rows), bench.score_extracted(rows)):
        assert result["precision"] >= 0.97 and result["recall"] >= 0.90, result
    # B-cubed itself: one wrong merge of two singletons costs both of them half their precision
    assert bench.bcubed({"a": "x", "b": "x", "c": "y"}, {"a": "1", "b": "2", "c": "3"}) == (2 / 3, 1.0)


def test_to_frames_gains_persons_and_offices():
    pytest.importorskip("pandas")
    from psm_extract import to_frames
    from psm_extract.frames import COLUMNS, PEOPLE_COLUMNS

    assert set(to_frames(gold_records())) == set(COLUMNS)  # as before unless asked
    frames = to_frames(gold_records(), people=True)
    assert set(frames) == set(COLUMNS) | set(PEOPLE_COLUMNS)
    persons, held = frames["persons"], frames["offices"]
    for name, columns in PEOPLE_COLUMNS.items():
        assert list(frames[name].columns) == list(columns)
        assert {c: str(t) for c, t in frames[name].dtypes.items()} == columns
    syamsuar = persons[persons["person_id"] == "syamsuar"]
    assert list(syamsuar["position"]) == ["Bupati Siak", "Gubernur Riau"]
    assert list(syamsuar["n_articles"]) == [1, 2]
    kadis = held[held["position"] == "Kepala Dinas Sosial Provinsi Riau"]
    assert list(kadis["name"]) == ["Syarifuddin AR", "Dahrius Husin"]
    assert str(kadis["first_seen"].iloc[1].date()) == "2018-09-12"


@pytest.mark.parametrize("record", [
    {"officials": 5},
    {"officials": [{"name": 7}, "x", {"name": "Yusri", "honorifics": "H.", "position": ["x"]}]},
    {"events": "x", "published": 20, "officials": [{"name": "Yusri", "spans": [{"start": "a"}, 3]}]},
    {"input": 3, "officials": [{"name": "H.", "position": "Bupati Kampar"}]},  # no name left
    {"error": {"type": "NotAnArticle", "message": "listing"}, "input": "x.html"},
])
def test_odd_records_give_persons_or_nothing(record):
    found = people([record])
    assert all(p.name == "Yusri" and p.honorifics == () for p in found)
    assert len(found) <= 1
