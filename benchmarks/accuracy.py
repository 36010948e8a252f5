#!/usr/bin/env python3
"""Accuracy per split and per source family: run the CLI over the pages, score with score.py.

    python benchmarks/accuracy.py                     # dev, train and blind tables (markdown)
    python benchmarks/accuracy.py --split blind       # one split
    python benchmarks/accuracy.py --json              # every table as JSON
    python benchmarks/accuracy.py --min-f1 core=0.8   # exit 1 below the bar (dev pages)
    python benchmarks/accuracy.py --code 860d0d4      # today's pages, the extractors of a commit
    python benchmarks/accuracy.py --ner-officials     # officials also from the NER (Options.ner_officials)
    python benchmarks/accuracy.py --learned-officials # officials decided by a trained model (Options.learned_officials)
    python benchmarks/accuracy.py --learned-awards    # award recipients decided by a trained model (Options.learned_awards)

``--code REV`` runs the extractors as they stood at commit REV (a temporary git worktree) over
today's corpus: the first-sight figure of pages that landed after the rules changed.

The dev pages are the 17 gold pages of fixtures/gold with their stored texts and HTML renderings
(fixtures/pages). The corpus splits are fixtures/corpus/train and fixtures/corpus/blind; each is
scored as a whole and per source family (riau.go.id and sister portals, regency portals, other
provinces), the family read from each page's URL. The scorer is ../shared/tools/score.py
(override with --scorer).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "corpus"))
from corpus import CORPUS, FAMILIES, SPLITS, family  # noqa: E402

PAGES, GOLD = ROOT / "fixtures" / "pages", ROOT / "fixtures" / "gold"


CODE = {"root": ROOT, "flags": []}  # where the psm_extract that runs is (``--code``: a worktree of that
# commit) and the extract flags it runs with (``--ner-officials``)


def run_cli(paths: list[Path], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:  # ``-m`` from the code root: its package comes first
        subprocess.run([sys.executable, "-m", "psm_extract.cli", "--format", "jsonl", "--no-text",
                        *CODE["flags"], *map(str, paths)], stdout=fh, check=False, cwd=CODE["root"])


def score(scorer: Path, pred: Path, gold: Path, extra: list[str] = ()) -> tuple[dict, str]:
    done = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred),
                           "--json", *extra], capture_output=True, text=True)
    text = done.stdout
    return json.loads(text[:text.rindex("}") + 1]), done.stdout[text.rindex("}") + 1:] + done.stderr


def subset(tmp: Path, name: str, golds: list[Path]) -> Path:
    d = tmp / name
    d.mkdir()
    for g in golds:
        shutil.copy(g, d / g.name)
    return d


def table(title: str, columns: dict[str, dict]) -> str:
    fields = list(next(iter(columns.values()))["fields"])
    head = " | ".join(f"{c} ({r['gold']})" for c, r in columns.items())
    lines = [f"### {title}", "", f"| field | {head} |", "|---|" + "---:|" * len(columns)]
    for f in fields:
        cells = [(f"{r['fields'][f]['f1']:.2f}" if r["fields"][f]["support"] or r["fields"][f]["f1"] else "-")
                 for r in columns.values()]
        lines.append(f"| {f} | " + " | ".join(cells) + " |")
    lines.append("| **core F1** | " + " | ".join(f"**{r['core_f1']:.3f}**" for r in columns.values()) + " |")
    return "\n".join(lines) + "\n"


def measure(args: argparse.Namespace, splits: list[str], tmp: Path,
            results: dict[str, dict[str, dict]]) -> int:
    """Run and score each split into ``results``; 1 when the dev pages fall below a --min-f1 bar."""
    status = 0
    if "dev" in splits:
        texts, htmls = sorted(PAGES.glob("*.txt")), sorted(PAGES.glob("*.html"))
        run_cli(texts, tmp / "dev-texts.jsonl")
        run_cli(htmls, tmp / "dev-html.jsonl")
        every = tmp / "dev-all.jsonl"
        every.write_text((tmp / "dev-texts.jsonl").read_text() + (tmp / "dev-html.jsonl").read_text())
        flags = [x for spec in args.min_f1 for x in ("--min-f1", spec)]
        all_dev, verdict = score(args.scorer, every, GOLD, flags)
        status = 1 if "below the bar" in verdict else 0
        results["dev"] = {"stored texts": score(args.scorer, tmp / "dev-texts.jsonl", GOLD)[0],
                          "HTML renderings": score(args.scorer, tmp / "dev-html.jsonl", GOLD)[0],
                          "all": all_dev}
    for split in (s for s in SPLITS if s in splits):
        golds = sorted((CORPUS / split).glob("*.json"))
        if not golds:
            continue
        pred = tmp / f"{split}.jsonl"
        run_cli(sorted((CORPUS / split).glob("*.txt")), pred)
        cols = {"all": score(args.scorer, pred, CORPUS / split)[0]}
        by_family: dict[str, list[Path]] = {}
        for g in golds:
            by_family.setdefault(family(json.loads(g.read_text(encoding="utf-8"))["url"]) or "?", []).append(g)
        for fam, label in FAMILIES.items():
            if by_family.get(fam):
                cols[label] = score(args.scorer, pred, subset(tmp, f"{split}-{fam}", by_family[fam]))[0]
        results[split] = cols
    return status


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    ap.add_argument("--split", choices=("dev", *SPLITS), action="append")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--min-f1", action="append", default=[], help="passed on to score.py (dev pages)")
    ap.add_argument("--code", metavar="REV", help="run the extractors of this git commit")
    ap.add_argument("--ner-officials", action="store_true",
                    help="extract with --ner-officials (officials also from the NER's names)")
    ap.add_argument("--learned-officials", action="store_true",
                    help="extract with --learned-officials (which names are officials: a trained model)")
    ap.add_argument("--learned-awards", action="store_true",
                    help="extract with --learned-awards (which names received an award: a trained model)")
    args = ap.parse_args(argv)
    CODE["flags"] = ["--ner-officials"] * args.ner_officials + ["--learned-officials"] * args.learned_officials \
        + ["--learned-awards"] * args.learned_awards
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    splits = args.split or ["dev", *SPLITS]
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.code:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet",
                            str(tmp / "code"), args.code], check=True)
            CODE["root"] = tmp / "code"
        try:
            status = measure(args, splits, tmp, results)
        finally:
            if args.code:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                                str(tmp / "code")], check=False)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        titles = {"dev": "dev pages (17 gold pages; stored texts and their HTML renderings)",
                  "train": "corpus train split (stored texts)",
                  "blind": "corpus blind split (stored texts; scored, never debugged against)"}
        code = f" Extractors of commit {args.code}." if args.code else ""
        code += " With --ner-officials." if args.ner_officials else ""
        code += " With --learned-officials." if args.learned_officials else ""
        code += " With --learned-awards." if args.learned_awards else ""
        print(f"F1 per field (gold articles in brackets); `-` where neither gold nor prediction has a value.{code}\n")
        for name, cols in results.items():
            print(table(titles[name], cols))
    return status


if __name__ == "__main__":
    sys.exit(main())
