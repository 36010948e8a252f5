#!/usr/bin/env python3
"""Accuracy on the dev corpus: run the CLI over the fixture pages, score with score.py.

    python benchmarks/accuracy.py                 # texts, HTML renderings, and all together
    python benchmarks/accuracy.py --min-f1 core=0.8

Prints one score.py table per subset: the stored texts, the HTML renderings, and the
riau.go.id / sister-site split (article ids that are plain numbers are www.riau.go.id pages).
The scorer lives beside the project in ../shared/tools/score.py (override with --scorer).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
GOLD = ROOT / "fixtures" / "gold"


def run_cli(paths: list[Path], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, "-m", "psm_extract.cli", "--format", "jsonl", "--no-text",
                        *map(str, paths)], stdout=fh, check=False, cwd=ROOT)


def score(scorer: Path, pred: Path, gold: Path, extra: list[str]) -> str:
    done = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), *extra],
                          capture_output=True, text=True)
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    ap.add_argument("--min-f1", action="append", default=[], help="passed on to score.py (all pages)")
    args = ap.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    texts = sorted(PAGES.glob("*.txt"))
    htmls = sorted(PAGES.glob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        pred = {"texts": tmpdir / "texts.jsonl", "html": tmpdir / "html.jsonl"}
        run_cli(texts, pred["texts"])
        if htmls:
            run_cli(htmls, pred["html"])
        # gold subsets: riau.go.id (numeric ids) and the sister sites
        subsets = {"riau.go.id": tmpdir / "gold-riau", "sister sites": tmpdir / "gold-sister"}
        for d in subsets.values():
            d.mkdir()
        for g in GOLD.glob("*.json"):
            (subsets["riau.go.id"] if g.stem.isdigit() else subsets["sister sites"]).joinpath(g.name).write_bytes(g.read_bytes())
        every = tmpdir / "all.jsonl"
        every.write_text("".join(p.read_text(encoding="utf-8") for p in pred.values() if p.exists()),
                         encoding="utf-8")
        print(f"## stored texts ({len(texts)} pages)\n```\n{score(args.scorer, pred['texts'], GOLD, [])}```")
        if htmls:
            print(f"## HTML renderings ({len(htmls)} pages)\n```\n{score(args.scorer, pred['html'], GOLD, [])}```")
        for name, gold in subsets.items():
            print(f"## {name}, texts and HTML\n```\n{score(args.scorer, every, gold, [])}```")
        flags = [x for spec in args.min_f1 for x in ("--min-f1", spec)]
        result = score(args.scorer, every, GOLD, flags)
        print(f"## all pages ({len(texts) + len(htmls)} inputs)\n```\n{result}```")
        return 1 if "below the bar" in result else 0


if __name__ == "__main__":
    sys.exit(main())
