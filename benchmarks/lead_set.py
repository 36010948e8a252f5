#!/usr/bin/env python3
"""F1 of the lead fields (title, category, published, dateline, source) on the lead set.

    python benchmarks/lead_set.py                # F1 per field per split (work, check)
    python benchmarks/lead_set.py --misses       # also each miss of the work split
    python benchmarks/lead_set.py --code 14a8cd1 # the extractors of a commit

The lead set is fixtures/lead/ (pages.tsv + texts/): outside portal pages annotated for the lead
fields only (see its README). The pages run through the CLI as in accuracy.py and are scored by
../shared/tools/score.py, whose matching (normalised equality; published on the ISO date) is used
as it stands. The check split is scored, never listed page by page.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import accuracy

ROOT = accuracy.ROOT
LEAD = ROOT / "fixtures" / "lead"
FIELDS = ("title", "category", "published", "dateline", "source")


def lead_pages() -> list[dict]:
    """The rows of fixtures/lead/pages.tsv, empty cells as None."""
    with (LEAD / "pages.tsv").open(encoding="utf-8") as fh:
        return [{k: (v or None) for k, v in row.items()} for row in csv.DictReader(fh, delimiter="\t")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the misses of the work split")
    ap.add_argument("--code", help="run the extractors of this git commit")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    args = ap.parse_args(argv)
    rows = lead_pages()
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        if args.code:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet",
                            str(tmp / "code"), args.code], check=True)
            accuracy.CODE["root"] = tmp / "code"
        try:
            pred = tmp / "pred.jsonl"
            accuracy.run_cli([LEAD / "texts" / f"{r['id']}.txt" for r in rows], pred)
        finally:
            if args.code:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "code")],
                               check=False)
        records = {Path(rec["input"]).name.split(".")[0]: rec
                   for rec in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
        print("| field | " + " | ".join(f"{s} ({sum(r['split'] == s for r in rows)})" for s in ("work", "check"))
              + " |\n|---|---:|---:|")
        results = {}
        for split in ("work", "check"):
            gold = tmp / split
            gold.mkdir()
            for r in rows:
                if r["split"] == split:
                    (gold / f"{r['id']}.json").write_text(json.dumps({"id": r["id"], **{f: r[f] for f in FIELDS}}))
            results[split], _ = accuracy.score(args.scorer, pred, gold)
        for f in FIELDS:
            cells = []
            for split in ("work", "check"):
                m = results[split]["fields"][f]
                cells.append(f"{m['f1']:.2f} ({m['support']})")
            print(f"| {f} | " + " | ".join(cells) + " |")
        if args.misses:
            for r in rows:
                if r["split"] != "work":
                    continue
                rec = records.get(r["id"], {})
                for f in FIELDS:
                    got = rec.get(f)
                    got = str(got)[:10] if f == "published" and got else got
                    if (got or None) != r[f]:
                        print(f"{r['id']}\t{f}\tgold={r[f]!r}\tgot={got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
