"""HTML renderings of the corpus pages: the body and nothing else, page fields as in the gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from psm_extract.parse import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MANIFEST = json.loads((FIXTURES / "distractors.json").read_text(encoding="utf-8"))
HTML = sorted(MANIFEST)
PAGE_FIELDS = ("title", "category", "published", "short_url", "dateline", "source")


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_there_are_two_layouts_for_every_page():
    layouts: dict[str, set[str]] = {}
    for name, entry in MANIFEST.items():
        layouts.setdefault(entry["id"], set()).add(entry["layout"])
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    assert set(layouts) == gold
    assert all(len(v) >= 2 for v in layouts.values())


@pytest.mark.parametrize("name", HTML)
def test_no_distractor_in_body_and_every_body_paragraph_present(name: str):
    entry = MANIFEST[name]
    page = parse(FIXTURES / "pages" / name)
    body = "\n".join(page.paragraphs)
    leaked = [d for d in entry["distractors"] if _norm(d) in body]
    assert leaked == []
    assert [_norm(p) for p in entry["paragraphs"]] == list(page.paragraphs)


@pytest.mark.parametrize("name", HTML)
def test_page_fields_match_the_gold(name: str):
    page = parse(FIXTURES / "pages" / name)
    gold = json.loads((FIXTURES / "gold" / f"{MANIFEST[name]['id']}.json").read_text(encoding="utf-8"))
    got = {f: getattr(page, f) for f in PAGE_FIELDS}
    got["published"] = got["published"].isoformat() if got["published"] else None
    assert got == {f: gold[f] for f in PAGE_FIELDS}
    assert page.url is None or page.url.startswith("http")
