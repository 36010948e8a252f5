#!/usr/bin/env python3
"""Admit one collected page into the corpus pool, or refuse it.

    python tools/corpus/admit.py --url URL --id ID [--query Q] PAGE.txt

PAGE.txt holds the stored text of the page exactly as the search corpus gave it. The page is
refused (and PAGE.txt deleted) when ../shared/tools/heldout.py flags its text or URL; refused
(kept where it is) when its URL or its story is already in the corpus, when the host is not a
government portal, or when the id is malformed. An admitted page is moved to
fixtures/corpus/pool/<id>.txt with <id>.meta.json beside it; its split (train or blind) is
drawn at admission, from the id alone, before anyone annotates it: one page in three is blind.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import CORPUS, POOL, ROOT, family, read_index, split_of, url_key

SHARED = ROOT.parent / "shared"
HELDOUT = SHARED / "tools" / "heldout.py"
TEXT_DIRS = [SHARED / "corpus" / "dev", ROOT / "fixtures" / "pages", POOL, CORPUS / "train", CORPUS / "blind"]
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WORD = re.compile(r"\w+", re.UNICODE)
RUN = 8
SAME_STORY = 12   # shared 8-word runs (boilerplate excluded) that make two pages one story


def runs(text: str) -> set[str]:
    w = WORD.findall(text.lower())
    return {" ".join(w[i:i + RUN]) for i in range(max(0, len(w) - RUN + 1))}


def held_out(text: str, url: str) -> bool:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(f"URL: {url}\n{text}")
    try:
        done = subprocess.run([sys.executable, str(HELDOUT), fh.name], capture_output=True, text=True)
        by_url = subprocess.run([sys.executable, str(HELDOUT), "--url", url], capture_output=True, text=True)
    finally:
        Path(fh.name).unlink()
    return "held out" in done.stdout or "held out" in by_url.stdout or done.returncode not in (0, 1)


def same_story(text: str, skip: Path) -> str | None:
    """The corpus page telling the same story, if any (runs shared by 2+ other pages are boilerplate)."""
    others: dict[str, set[str]] = {}   # by page id: fixtures/pages holds copies of the dev texts
    for d in TEXT_DIRS:
        for p in sorted(d.glob("*.txt")) if d.is_dir() else []:
            if p.resolve() != skip.resolve():
                key = p.name.split(".")[0]
                others[key] = others.get(key, set()) | runs(p.read_text(encoding="utf-8", errors="replace"))
    seen: dict[str, int] = {}
    for r in others.values():
        for x in r:
            seen[x] = seen.get(x, 0) + 1
    mine = runs(text)
    for path, r in others.items():
        shared = [x for x in mine & r if seen[x] < 2]
        if len(shared) >= SAME_STORY:
            return path
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", type=Path)
    ap.add_argument("--url", required=True)
    ap.add_argument("--id", required=True, dest="page_id")
    ap.add_argument("--query", default="")
    a = ap.parse_args(argv)
    text = a.page.read_text(encoding="utf-8")
    fam = family(a.url)
    if held_out(text, a.url):
        a.page.unlink()
        print("REFUSED held out: deleted. Do not read it further, do not note anything from it; pick another page.")
        return 1
    if fam is None:
        print(f"REFUSED not a government portal (*.go.id): {a.url}")
        return 1
    if not ID.match(a.page_id):
        print(f"REFUSED id {a.page_id!r}: lower-case letters, digits and single hyphens only (no dots)")
        return 1
    metas = [json.loads(m.read_text()) for m in POOL.glob("*.meta.json")] + read_index()
    if any(m["id"] == a.page_id for m in metas) or (SHARED / "corpus" / "dev" / f"{a.page_id}.json").exists():
        print(f"REFUSED id {a.page_id} is taken: choose another")
        return 1
    if any(url_key(m["url"]) == url_key(a.url) for m in metas):
        print(f"REFUSED url already in the corpus: {a.url}")
        return 1
    if len(WORD.findall(text)) < 60:
        print("REFUSED too short (fewer than 60 words): not an article text")
        return 1
    twin = same_story(text, a.page)
    if twin:
        print(f"REFUSED same story as {twin}")
        return 1
    split = split_of(a.page_id)
    POOL.mkdir(parents=True, exist_ok=True)
    (POOL / f"{a.page_id}.txt").write_text(text, encoding="utf-8")
    meta = {"id": a.page_id, "url": a.url, "family": fam, "split": split, "query": a.query}
    (POOL / f"{a.page_id}.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if a.page.resolve() != (POOL / f"{a.page_id}.txt").resolve():
        a.page.unlink()
    counts: dict[str, int] = {}
    for m in metas + [meta]:
        counts[m["family"]] = counts.get(m["family"], 0) + 1
    print(f"ADMITTED {a.page_id} family={fam} -> fixtures/corpus/pool/{a.page_id}.txt; corpus now {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
