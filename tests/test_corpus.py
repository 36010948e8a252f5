"""The annotated corpus (fixtures/corpus): every gold valid, texts and golds paired, the index
true to the folders, two annotation passes behind every gold, and no held-out page anywhere."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "corpus"))
from corpus import CORPUS, PASSES, POOL, SPLITS, family, read_index, split_of  # noqa: E402
from validate import problems, regions  # noqa: E402

HELDOUT = ROOT.parent / "shared" / "tools" / "heldout.py"
GOLDS = sorted(p for s in SPLITS for p in (CORPUS / s).glob("*.json"))
KNOWN = regions()


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_is_valid(gold):
    assert problems(json.loads(gold.read_text(encoding="utf-8")), gold.stem, KNOWN) == []


@pytest.mark.parametrize("split", SPLITS)
def test_every_text_has_its_gold_and_every_gold_its_text(split):
    folder = CORPUS / split
    texts = {p.stem for p in folder.glob("*.txt")}
    golds = {p.stem for p in folder.glob("*.json")}
    assert texts == golds
    stray = [p.name for p in folder.iterdir() if p.suffix not in (".txt", ".json")] \
        if folder.is_dir() else []   # git keeps no empty folder: a split yet to land is absent
    assert stray == []


def test_the_index_lists_every_landed_page_in_its_drawn_split():
    rows = read_index()
    assert len({r["id"] for r in rows}) == len(rows)
    on_disk = {(p.parent.name, p.stem) for p in GOLDS}
    assert {(r["split"], r["id"]) for r in rows} == on_disk
    for r in rows:
        assert r["split"] == split_of(r["id"]), r["id"]   # drawn at admission, never moved
        gold = json.loads((CORPUS / r["split"] / f"{r['id']}.json").read_text(encoding="utf-8"))
        assert gold["url"] == r["url"]
        assert family(r["url"]) == r["family"] is not None


def test_every_gold_rests_on_two_annotation_passes():
    missing = [p.stem for p in GOLDS for who in "AB" if not (PASSES / who / f"{p.stem}.json").exists()]
    assert missing == []


def test_no_page_is_in_two_places():
    dev = {p.stem for p in (ROOT.parent / "shared" / "corpus" / "dev").glob("*.json")} | \
          {p.stem for p in (ROOT / "fixtures" / "gold").glob("*.json")}
    ids = [p.stem for p in GOLDS] + [p.name.split(".")[0] for p in POOL.glob("*.txt")]
    assert len(ids) == len(set(ids))
    assert not set(ids) & dev


@pytest.mark.skipif(not HELDOUT.exists(), reason="../shared/tools/heldout.py is not beside the project")
def test_no_corpus_page_is_held_out(tmp_path):
    texts = sorted(p for s in (*SPLITS, "pool") for p in (CORPUS / s).glob("*.txt"))
    if not texts:
        pytest.skip("the corpus holds no pages yet")
    urls = []
    for t in texts:   # the text with its URL line, as heldout.py reads stored pages
        meta = t.with_suffix(".meta.json") if t.parent == POOL else t.with_suffix(".json")
        url = json.loads(meta.read_text(encoding="utf-8"))["url"]
        urls.append(url)
        (tmp_path / t.name).write_text(f"URL: {url}\n" + t.read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run([sys.executable, str(HELDOUT), *sorted(map(str, tmp_path.iterdir()))],
                          capture_output=True, text=True)
    by_url = subprocess.run([sys.executable, str(HELDOUT), "--url", *urls], capture_output=True, text=True)
    flagged = [line for line in (done.stdout + by_url.stdout).splitlines() if line.startswith("held out")]
    assert flagged == [] and done.returncode == 0 and by_url.returncode == 0
