"""Golden records: every fixture page gives exactly its checked record in fixtures/expected/.

After an intended change, rerun ``python tools/update_golden.py`` and review the diff.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from psm_extract import Article, extract

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_golden_record(path: Path):
    expected = json.loads((FIXTURES / "expected" / f"{path.name}.json").read_text(encoding="utf-8"))
    article = extract(path)
    got = article.to_dict()
    got.pop("input")
    assert got == expected
    assert Article.from_dict(article.to_dict()) == article


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_span_indexes_the_text(path: Path):
    article = extract(path)
    items = [article, *article.events, *article.officials, *article.awards]
    if article.participants:
        items += [article.participants, *article.participants.by_region]
    for item in items:
        for span in item.spans:
            assert article.text[span.start:span.end] == span.text, (span, item)
            assert span.rule
