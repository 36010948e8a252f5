#!/usr/bin/env python3
"""Rewrite the golden records fixtures/expected/<page file>.json from the current extraction.

    python tools/update_golden.py            # after a change whose new output you have checked

tests/test_golden.py compares every fixture page's record with its golden file, so any change
in what psm_extract extracts shows up as a diff to review (git diff fixtures/expected).
"""
from __future__ import annotations

import json
from pathlib import Path

from psm_extract import extract

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
EXPECTED = ROOT / "fixtures" / "expected"


def record(path: Path) -> dict:
    data = extract(path).to_dict()
    data.pop("input")
    return data


def main() -> None:
    EXPECTED.mkdir(exist_ok=True)
    pages = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html"))
    for path in pages:
        out = EXPECTED / f"{path.name}.json"
        out.write_text(json.dumps(record(path), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(pages)} golden records to {EXPECTED}")


if __name__ == "__main__":
    main()
