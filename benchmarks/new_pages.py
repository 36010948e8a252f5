#!/usr/bin/env python3
"""Aggregate scores of the corpus pages one commit landed: the first-sight figure of new pages.

    python benchmarks/new_pages.py 76efea3 --split train   # the train pages landed by 76efea3
    python benchmarks/new_pages.py 76efea3 --split blind --code 9db48c0

Prints one line of F1 per field over those pages only (never per page: blind pages are scored,
not read). ``--code REV`` runs the extractors of commit REV, as in ``accuracy.py``.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import accuracy

ROOT = accuracy.ROOT
CORPUS = ROOT / "fixtures" / "corpus"


def landed(commit: str, split: str) -> list[str]:
    """Ids of the pages of ``split`` that ``commit`` added to fixtures/corpus/pages.tsv."""
    diff = subprocess.run(["git", "diff", f"{commit}^1", commit, "--", "fixtures/corpus/pages.tsv"],
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [line[1:].split("\t")[0] for line in diff.splitlines()
            if line.startswith("+") and not line.startswith("+++") and f"\t{split}\t" in line]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("commit")
    ap.add_argument("--split", choices=("train", "blind"), default="train")
    ap.add_argument("--code", help="run the extractors of this git commit")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    args = ap.parse_args(argv)
    ids = landed(args.commit, args.split)
    if not ids:
        print(f"{args.commit} landed no {args.split} page", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        gold = tmp / "gold"
        gold.mkdir()
        for i in ids:
            shutil.copy(CORPUS / args.split / f"{i}.json", gold)
        texts = [CORPUS / args.split / f"{i}.txt" for i in ids]
        if args.code:  # a worktree of that commit, as accuracy.py --code
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet",
                            str(tmp / "code"), args.code], check=True)
            accuracy.CODE["root"] = tmp / "code"
        try:
            accuracy.run_cli(texts, tmp / "pred.jsonl")
        finally:
            if args.code:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "code")],
                               check=False)
        result = accuracy.score(args.scorer, tmp / "pred.jsonl", gold)[0]
    print(f"{len(ids)} {args.split} pages landed by {args.commit}; core F1 {result['core_f1']:.3f}")
    print("  ".join(f"{k} {v['f1']:.2f} ({v['support']})" for k, v in result["fields"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
